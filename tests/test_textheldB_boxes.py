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
    "heading",
    [
        "Lo más leído", "Las más vistas", "Mais lidas", "Leia mais", "I più letti",
        "Meest gelezen", "Mest läst", "Nejčtenější", "Самое читаемое",
    ],
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


@pytest.mark.parametrize(
    "cards",
    [
        # kicker, title, blurb: the last card's blurb is the box's, the story goes on after it
        [
            "Economy", "Storm closes the coast road for a week",
            "The road will stay shut while engineers check the sea wall.",
            "Economy", "Council votes on the new harbour plan",
            "Councillors meet on Tuesday to decide on the scheme.",
        ],
        # title and time
        [
            "Storm closes the coast road for a week", "2 hours ago",
            "Council votes on the new harbour plan", "5 hours ago",
        ],
    ],
    ids=["kicker-title-blurb", "title-time"],
)
def test_the_last_cards_lines_under_a_box_in_the_story_are_the_boxs(cards: list[str]) -> None:
    article = _page(*STORY, "Recommended", *cards, *AFTER_BOX)
    assert [link.title for link in article.related_links] == [
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
    ]
    text = article.text
    assert cards[-1] not in text
    assert AFTER_BOX[0] in text and AFTER_BOX[1] in text


def test_a_label_alone_over_several_titles_heads_a_list() -> None:
    """"Also read:" over three titles is the list's heading: no teaser takes the label."""
    article = _page(
        *STORY,
        "Also read:",
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
        "Where to eat near the market hall",
        *AFTER_BOX,
    )
    assert [(link.label, link.title) for link in article.related_links] == [
        (None, "Storm closes the coast road for a week"),
        (None, "Council votes on the new harbour plan"),
        (None, "Where to eat near the market hall"),
    ]


def test_a_line_leading_into_a_list_under_the_last_card_is_the_storys() -> None:
    lead_in = "The bridge matters to the town for three reasons:"
    article = _page(
        *STORY,
        "Recommended",
        "Storm closes the coast road for a week",
        "The road will stay shut while engineers check the sea wall.",
        "Council votes on the new harbour plan",
        lead_in,
        *AFTER_BOX,
    )
    assert lead_in in article.text
