"""Page text: a byline inside a date line, after words that are not a marker ("Posted in
Garden Diary by jroe on May 2, 2025"), which the dates stage leaves unlabelled."""

from __future__ import annotations

import pytest

import newsparse

STORY = (
    "Engineers shared their best practices for bridge repairs with the council on Tuesday.\n\n"
    "The home routers of the town's data safety office were also checked for flaws.\n\n"
    + ("The council agreed to rebuild the old bridge next spring, after a long debate. " * 2)
)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a category, then the marker and a user name, then the date
        ("Bridge Repairs Begin\nPosted in Town News by janeroe on October 2, 2025", ("janeroe",)),
        # the date first, the marker after it
        ("Bridge Repairs Begin\nPublished on October 2, 2025 by Jane Roe", ("Jane Roe",)),
        ("Bridge Repairs Begin\nThursday 2 October 2025, by Town Harbour Trust", (
            "Town Harbour Trust",
        )),
        # a kind of story before the marker, the date behind a separator
        ("Bridge Repairs Begin\nA report by Jane Roe | 02.10.2025 - 12:45", ("Jane Roe",)),
        # a marker of two words inside the line, another credit after a separator
        (
            "Bridge Repairs Begin\nOctober 2, 2025 \u2022 words written by Jane Roe \u2022 "
            "Art by John Poe",
            ("Jane Roe",),
        ),
        # a category glued to the name ("Jane RoeIn Travel")
        (
            "Bridge Repairs Begin\nOn October 2, 2025 By Jane RoeIn Town News, Bridges",
            ("Jane Roe",),
        ),
    ],
)
def test_byline_inside_a_date_line(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    "header",
    [
        # a teaser's title with its date: words after the "name" make it a title
        "Bridge Repairs Begin\nReports by Harbour Engineers on Bridge Safety Win Prize 02.10.2025",
        "Bridge Repairs Begin\nTests by Road Crews with New Tools 02.10.2025 - 12:45",
    ],
)
def test_title_with_by_and_a_date_is_no_byline(header: str) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == ()


def test_sentence_with_a_date_and_by_is_no_date_line() -> None:
    page = (
        f"Bridge Repairs Begin\n\n{STORY}\n\n"
        "The plan was posted online on April 27, 2016 by the agency.\n\nShare this story"
    )
    article = newsparse.parse(page, kind="text")
    assert article.authors == ()
    assert article.published is None
