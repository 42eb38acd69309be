"""Page text: an avatar's alt text printing the author's name in other case ("jane Roe" over
"Jane Roe") does not make the name's words common lower-case words."""

from __future__ import annotations

import pytest

import newsparse

STORY = (
    "Engineers shared their best practices for bridge repairs with the council on Tuesday.\n\n"
    "The home routers of the town's data safety office were also checked for flaws.\n\n"
    + ("The council agreed to rebuild the old bridge next spring, after a long debate. " * 2)
)
FOOTER = "\n\nNewsletter\nSubscribe\nAbout us\nContact\n"


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        (
            "jane Roe\nJane Roe\nJane Roe is a reporter who has covered the harbour since 2019.",
            ("Jane Roe",),
        ),
        (
            "Jane roe\nJane Roe\nJane Roe is a reporter who has covered the harbour since 2019.",
            ("Jane Roe",),
        ),
    ],
)
def test_name_over_a_bio_under_its_alt_text_in_other_case(
    box: str, authors: tuple[str, ...]
) -> None:
    page = f"Home\nNews\nBridge Repairs Begin\n\n{STORY}\n\n{box}{FOOTER}"
    assert newsparse.parse(page, kind="text").authors == authors
