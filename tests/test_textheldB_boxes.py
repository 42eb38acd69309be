"""Held-out page-text layouts (round 5): teaser boxes in the story's middle, a teaser's label
alone on its line, and more languages' "most read" headings. Invented examples."""

from __future__ import annotations

import pytest

import newsparse

STORY = [
    "Engineers opened the new river bridge to cars on Monday morning, three years after the "
    "old crossing was closed for repairs.",
    "Drivers said the route saves them twenty minutes a day, and shop owners near the bridge "
    "expect more customers this winter.",
]
AFTER_BOX = [
    "A footbridge for walkers and cyclists will follow next year. Drivers must use the ring "
    "road until then.",
    "The county will keep one lane closed at night until the lighting is finished.",
]


def _page(*lines: str) -> newsparse.Article:
    return newsparse.parse("\n".join(["New river bridge opens", *lines]), kind="text")


@pytest.mark.parametrize(
    "heading", ["Mehr zum Thema", "Te puede interesar", "Related stories", "À lire aussi"]
)
def test_a_box_of_two_titles_in_the_story_leaves_the_story_after_it(heading: str) -> None:
    """Two titles with nothing between them have no blurbs: the sentence under them is the
    story going on (with an image's line and a subheading), not the second card's blurb."""
    going_on = [
        AFTER_BOX[0], "A drawing shows the planned footbridge.", "Works start in the spring",
        AFTER_BOX[1],
    ]
    article = _page(
        *STORY,
        heading,
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
        *going_on,
    )
    assert [link.title for link in article.related_links] == [
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
    ]
    assert AFTER_BOX[0] in article.text
    assert AFTER_BOX[1] in article.text


@pytest.mark.parametrize(
    ("label_line", "label"),
    [
        ("READ MORE:", "READ MORE"),
        ("ALSO READ |", "ALSO READ"),
        ("Lesen Sie auch:", "Lesen Sie auch"),
        ("Leia também:", "Leia também"),
    ],
)
def test_a_teasers_label_alone_on_the_line_above_labels_it(label_line: str, label: str) -> None:
    article = _page(
        *STORY, label_line, "Storm closes the coast road for a week", *AFTER_BOX
    )
    assert [(link.label, link.title) for link in article.related_links] == [
        (label, "Storm closes the coast road for a week")
    ]
    assert label_line not in article.text
    assert AFTER_BOX[1] in article.text


@pytest.mark.parametrize(
    "heading", ["Lo más leído", "Las más vistas", "Mais lidas", "Leia mais", "I più letti"]
)
def test_most_read_headings_in_more_languages(heading: str) -> None:
    article = _page(
        *STORY,
        *AFTER_BOX,
        heading,
        "1",
        "Storm closes the coast road for a week",
        "2",
        "Council votes on the new harbour plan",
        "3",
        "Where to eat near the market hall",
    )
    assert [link.title for link in article.related_links] == [
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
        "Where to eat near the market hall",
    ]
