"""Page text: byline lines whose pieces a text rendering set apart by wide gaps, or whose date
follows the name after a capitalised link ("By Jane Roe On October 2, 2025")."""

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
        # a link to the print edition beside the byline, a wide gap between them
        ("Bridge Repairs Begin\nBy Jane Roe \u00a0\u00a0 View Print Edition", ("Jane Roe",)),
        ("Bridge Repairs Begin\nBy Jane Roe     Read Later", ("Jane Roe",)),
        # another credit beside it
        ("Bridge Repairs Begin\nText by Jane Roe     Illustrations by John Poe", ("Jane Roe",)),
        # a gap right after the marker is a space
        ("Bridge Repairs Begin\nby  Jane Roe\nOctober 2, 2025", ("Jane Roe",)),
        # the date's link capitalised
        ("Bridge Repairs Begin\nBy Jane Roe On October 2, 2025", ("Jane Roe",)),
    ],
)
def test_byline_pieces_set_apart(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # gaps by the commas and joining words of a list of names join it
        (
            "Bridge Repairs Begin\nBy  Jane Roe  ,  John Poe  and  Ann Lee  on October 2, 2025",
            ("Jane Roe", "John Poe", "Ann Lee"),
        ),
        ("Bridge Repairs Begin\nBy Jane Roe   &   John Poe     Print", ("Jane Roe", "John Poe")),
    ],
)
def test_names_listed_with_wide_gaps(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors
