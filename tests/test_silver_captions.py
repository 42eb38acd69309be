"""The silver caption matcher: captions too short to label are neither right nor wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.silver import SilverLabels


def _labels(tmp_path: Path, figures: str) -> SilverLabels:
    from bench.records import Gold, Page
    from bench.silver import labels_of

    html = f"<html><body><article><p>The story.</p>{figures}</article></body></html>"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return labels_of(Page("toy", "1", path, None, Gold()))


def test_short_caption_markup_is_kept_apart_from_the_labels(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path,
        "<figure><figcaption>Ann Roe on the pier at dawn</figcaption></figure>"
        "<figure><figcaption>Jim Doe</figcaption></figure>"
        "<figure><figcaption>Acer</figcaption></figure><figure><figcaption> </figcaption></figure>",
    )
    assert [c.text for c in labels.captions] == ["Ann Roe on the pier at dawn"]
    assert labels.short_captions == ("Jim Doe", "Acer")


@pytest.mark.parametrize(
    ("predicted", "scored"),
    [
        # a two-word caption the markup holds: unscored
        (["Jim Doe"], []),
        # the same words differently spaced or cased: unscored
        (["jim  doe"], []),
        # a short caption's credit without its label: unscored
        (["iStock"], []),
        # a prediction the short caption is only part of: scored (and wrong)
        (["Jim Doe of Acme"], ["Jim Doe of Acme"]),
        # a prediction matching a label stays scored though it repeats a short caption
        (["Ann Roe"], ["Ann Roe"]),
        # anything else: scored
        (["Advertisement"], ["Advertisement"]),
    ],
)
def test_predictions_equal_to_a_short_caption_are_unscored(
    predicted: list[str], scored: list[str]
) -> None:
    from bench.silver import _scored_captions

    silver = ["Ann Roe on the pier at dawn"]
    assert _scored_captions(predicted, silver, ["Jim Doe", "Ann Roe", "Photo: iStock"]) == scored


def test_captions_that_share_most_words_are_two_labels(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path,
        "<figure><figcaption>Image credit: Digital Foundry</figcaption></figure>"
        "<figure><figcaption>Image credit: Acme/Digital Foundry</figcaption></figure>"
        '<figure><div class="caption">The pier at dawn. <span class="caption-credit">'
        "Photo: Ann Roe</span></div></figure>"
        "<figure><figcaption>Image credit: Digital Foundry</figcaption></figure>",
    )
    assert [c.text for c in labels.captions] == [
        "Image credit: Digital Foundry",
        "Image credit: Acme/Digital Foundry",
        "The pier at dawn. Photo: Ann Roe",
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Japan", "Japanese Garden in Eastfield Park", False),  # a word's start is no word
        ("AP", "Apple iPhone 11 Pro at the launch", False),
        ("Eastfield Park", "Japanese Garden in Eastfield Park", True),  # a run of whole words
        ("The pier at dawn.", "The pier at dawn. Photo: Ann Roe", True),
    ],
)
def test_same_label_needs_whole_words(a: str, b: str, same: bool) -> None:
    from bench.silver import _same

    assert _same(a, b) is same
