"""Page-text body extraction: which lines of a text dump end up in the story, on small pages."""

from __future__ import annotations

import pytest

import newsparse

STORY = [
    "The city council voted on Tuesday to close the old library on Main Street next year, "
    "ending a century of service in the building.",
    "Officials said the building needs repairs that would cost more than the town can raise "
    "in the next five years, according to the report.",
    "Residents who spoke at the meeting asked the council to look for a new site in the "
    "town centre before the doors close for good.",
    "A final decision on the new site is expected in the spring, the mayor said after the "
    "meeting ended late in the evening.",
]


def _body(text: str) -> str:
    return newsparse.parse(text, kind="text").text


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    "bar",
    [
        ["Facebook", "Twitter", "Comments", "Print", "Email"],
        ["Tweet", "Share", "Comment"],
    ],
    ids=["fox-style bar", "comment button last"],
)
def test_comments_button_under_the_headline_does_not_open_the_comments(bar: list[str]) -> None:
    page = _page(
        "Council closes the old library",
        "A short summary of what happened to the library, in one sentence.",
        "\n".join(bar),
        *STORY,
    )
    body = _body(page)
    for paragraph in STORY:
        assert paragraph in body


def test_comments_heading_after_the_story_still_opens_the_comments() -> None:
    page = _page(
        "Council closes the old library",
        *STORY,
        "Facebook\nComments",
        "I have lived in this town for thirty years and the library was always the heart of "
        "it, so this decision makes me very sad indeed.",
    )
    assert "thirty years" not in _body(page)


JAPANESE_STORY = [
    "先日、不正に改造したスマートフォンを販売したとして、商標法違反の疑いで男性が逮捕されたという"
    "ニュースを耳にしました。",
    "通常、権利者により正規のルートで販売された商品をそのまま転売する場合は、商標権侵害には"
    "なりません。",
    "しかし、権利者の意思に基づくことなく、もとの商品に改造を加えて販売した場合は、商標権侵害と"
    "判断される場合があります。",
]


def test_japanese_paragraphs_are_prose() -> None:
    page = _page("ホーム", "ブログ", *JAPANESE_STORY, "関連記事")
    body = _body(page)
    for paragraph in JAPANESE_STORY:
        assert paragraph in body
    assert "ホーム" not in body


TEASER_CARDS = [
    "Carlos Ghosn and the dark side of justice",
    "Anthony Ghosn",
    "Wednesday November 20, 2019",
    "Our family always celebrates anniversaries, but not this week, when a year has passed "
    "since our father was arrested at the airport.",
    "What made the film so popular?",
    "Madeline Fry",
    "Wednesday November 20, 2019",
    "The film killed at the box office, and critics are still trying to work out why so many "
    "people went to see it twice in the first week.",
]


def test_teaser_cards_run_together_after_paragraphs_set_apart_are_not_story() -> None:
    more = (
        "The library opened in 1921 with money raised by the town's factory workers, and it "
        "has moved only once, after a fire in the reading room in the winter of 1957."
    )
    page = _page("Council closes the old library", *STORY, more, "\n".join(TEASER_CARDS))
    body = _body(page)
    assert STORY[-1] in body
    assert "box office" not in body
    assert "anniversaries" not in body


def test_paragraphs_run_together_are_all_story_when_no_line_is_set_apart() -> None:
    page = "\n".join(["Council closes the old library", *STORY])
    body = _body(page)
    for paragraph in STORY:
        assert paragraph in body
