"""Page-text captions measured on the silver labels: invented cases of the shapes found there."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.stages.captions import split_credit

STORY_ABOVE = (
    "The council approved the new budget on Tuesday after a debate that lasted well into the "
    "night, with several members raising concerns."
)
STORY_BELOW = (
    "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
    "expect more customers."
)


@pytest.mark.parametrize(
    ("image", "captions"),
    [
        # an image without alt text, printed as its file name: the line under it, over the
        # credit, is the caption, though it has no full stop
        ("harbour-bridge-0412.jpg", [("Cyclists crossing the new bridge at dawn", "Anita Roe")]),
        ("IMG_2231.JPEG", [("Cyclists crossing the new bridge at dawn", "Anita Roe")]),
        ("[bridge_dawn.png]", [("Cyclists crossing the new bridge at dawn", "Anita Roe")]),
        # no file name above: the line is the image's alt, the caption only a credit
        ("", [("", "Anita Roe")]),
        # a one-word line that names no image file is no picture's
        ("Transport", [("", "Anita Roe")]),
    ],
)
def test_page_text_line_under_a_file_name_over_a_credit_is_the_caption(
    image: str, captions: list[tuple[str, str]]
) -> None:
    image_line = f"{image}\n" if image else ""
    article = newsparse.parse(
        f"Bridge opens\n\n{STORY_ABOVE}\n\n{image_line}Cyclists crossing the new bridge at dawn\n"
        f"Photo: Anita Roe\n\n{STORY_BELOW}\n",
        kind="text",
    )
    assert [(c.text, c.credit) for c in article.captions] == captions


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # a chart's alt, then its source alone on a line, among the story's paragraphs
        (
            [
                STORY_ABOVE,
                "Share of commuters by mode (2023)",
                "Source: Harbour Board",
                STORY_BELOW,
            ],
            [("", "Harbour Board")],
        ),
        (
            [STORY_ABOVE, "commuters per weekday", "Quelle: statistik.example.org", STORY_BELOW],
            [("", "statistik.example.org")],
        ),
        # a caption sentence over the source: the caption, with the source as its credit
        (
            [
                STORY_ABOVE,
                "Commuters per weekday since the bridge opened.",
                "Source: Harbour Board",
                STORY_BELOW,
            ],
            [("Commuters per weekday since the bridge opened.", "Harbour Board")],
        ),
        # a source under a paragraph cites the story's own figures
        ([STORY_ABOVE, "Source: Harbour Board", STORY_BELOW], []),
        # a source closing the story is the story's
        ([STORY_ABOVE, STORY_BELOW, "Share of commuters by mode", "Source: Harbour Board"], []),
    ],
)
def test_page_text_source_line_under_a_chart_credits_it(
    lines: list[str], captions: list[tuple[str, str]]
) -> None:
    article = newsparse.parse("Bridge opens\n\n" + "\n\n".join(lines) + "\n", kind="text")
    assert [(c.text, c.credit) for c in article.captions] == captions
    if captions:
        assert "Source:" not in article.text and "Quelle:" not in article.text


@pytest.mark.parametrize(
    ("line", "captions"),
    [
        # a numbered photo's label opens its caption, in page text as in HTML
        ("Image 3: A simple routing agent", ["Image 3: A simple routing agent"]),
        (
            "Photo 2 - The harbour at dawn, seen from the pier.",
            ["Photo 2 - The harbour at dawn, seen from the pier."],
        ),
        ("Foto 4: Der Hafen am Morgen", ["Foto 4: Der Hafen am Morgen"]),
        # a paper's figure and table captions stay in a page-text body
        ("Figure 3. Enrollment by month.", []),
        ("Table 2: Baseline scores by group", []),
        # a photo word and a number without a label's mark run on a sentence
        ("Picture 12 of the series opens the show on Friday evening.", []),
    ],
)
def test_page_text_numbered_photo_label_opens_a_caption(line: str, captions: list[str]) -> None:
    article = newsparse.parse(
        f"Bridge opens\n\n{STORY_ABOVE}\n\n{line}\n\n{STORY_BELOW}\n", kind="text"
    )
    assert [c.text for c in article.captions] == captions
    assert (line in article.text) is not bool(captions)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a labelled credit after a slash, with no full stop before it
        (
            "The harbour at dawn / Photo by Jane Roe on Example",
            "The harbour at dawn",
            "Jane Roe on Example",
        ),
        ("Der Hafen am Morgen / Foto: Max Roe", "Der Hafen am Morgen", "Max Roe"),
        # after a bar, as before
        ("The harbour at dawn | Photo: Jane Roe", "The harbour at dawn", "Jane Roe"),
    ],
)
def test_labelled_credit_after_a_slash(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)
