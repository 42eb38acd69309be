"""Page text: the word "Author" alone over the name ("Author" / "Jane Roe"), a label without
its colon."""

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
    ("page", "authors"),
    [
        # under the headline, a person's name
        (f"Home\nNews\nBridge Repairs Begin\nAuthor\nJane Roe\n\n{STORY}", ("Jane Roe",)),
        (f"Accueil\nBridge Repairs Begin\nAuteur\nJeanne Roux\n\n{STORY}", ("Jeanne Roux",)),
        # an author box under the story: the name printed twice (an avatar's alt text)
        (
            f"Home\nNews\nBridge Repairs Begin\n\n{STORY}\n\nAuthor\nHarbour Desk Team\n"
            f"Harbour Desk Team{FOOTER}",
            ("Harbour Desk Team",),
        ),
        # over another line it is a menu's item
        (f"Home\nAuthor\nBooks\nBridge Repairs Begin\n\n{STORY}", ()),
    ],
)
def test_author_word_over_a_name(page: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(page, kind="text")
    assert article.authors == authors
