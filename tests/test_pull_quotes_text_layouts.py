"""Pull quotes in page text: quotes printed once whose portrait is missing, and embedded posts.

All names, places and wording are invented.
"""

from __future__ import annotations

import pytest

import newsparse

HEADLINE = "Small bakeries ride out the flour crunch\n\n"
STORY = (
    "Independent bakeries across the region say the price of flour has nearly doubled in two "
    "years, forcing many to shorten their menus and open fewer days each week.\n\n"
    "Several owners said they now buy grain straight from nearby farms and mill part of it "
    "themselves, which cuts the cost and gives the bread a taste customers ask for.\n\n"
)
MORE = (
    "Others have joined buying groups, pooling their orders so that a mill will deliver to a "
    "whole street of shops at the wholesale price.\n\n"
)
END = (
    "Bakers expect prices to stay high through next year, and the trade group said it would "
    "ask the region for help with the energy bills of their ovens.\n"
)
# A quote printed once with its speaker's portrait (evidence 6): the page's quote layout.
PORTRAYED = (
    "We stopped trying to bake everything. I make four breads now, and my regulars know "
    "exactly what they will find on the shelf every morning."
)
PORTRAYED_BOX = f"{PORTRAYED}\nPortrait of Ilse Maarten\nIlse Maarten Corner Loaf Bakery\n\n"
# Another quote in the same layout, its portrait missing.
UNPORTRAYED = (
    "You have to know your neighbours. Half of my customers are people I first met at the "
    "market stall years ago."
)
SPEAKER = "Benedikt Sorensen Mill Lane Breads"
WRITER_PARAGRAPH = (
    "I have covered the trade for ten years, and I have never seen owners so worried about the "
    "winter ahead of them."
)


@pytest.mark.parametrize(
    ("tail", "found"),
    [
        # the page's layout shown by a portrayed quote; a second quote lacks its portrait
        (
            f"{PORTRAYED_BOX}{MORE}{UNPORTRAYED}\n\n{SPEAKER}\n\n",
            [PORTRAYED, UNPORTRAYED],
        ),
        # the quote without a portrait first, the portrayed one below it
        (
            f"{UNPORTRAYED}\n{SPEAKER}\n\n{MORE}{PORTRAYED_BOX}",
            [UNPORTRAYED, PORTRAYED],
        ),
        # the speaker line opens with a dash
        (
            f"{PORTRAYED_BOX}{MORE}{UNPORTRAYED}\n\u2014 {SPEAKER}\n\n",
            [PORTRAYED, UNPORTRAYED],
        ),
        # no portrayed quote on the page: a name line under a passage is no evidence
        (f"{MORE}{UNPORTRAYED}\n\n{SPEAKER}\n\n", []),
        # a heading in Title Case under the passage: the story prints its words in lower case
        (
            f"{PORTRAYED_BOX}{UNPORTRAYED}\n\nNeighbours And Market Stalls\n\n"
            "Bakers said the market stall was where their neighbours first tasted the "
            "bread.\n\n",
            [PORTRAYED],
        ),
        # a button under the passage: "visit" and "website" are words the story uses
        (
            f"{PORTRAYED_BOX}{UNPORTRAYED}\nVisit Website\n\n"
            "Shoppers can visit the website of each bakery to order ahead.\n\n",
            [PORTRAYED],
        ),
        # a passage in the third person: nobody speaks
        (
            f"{PORTRAYED_BOX}{MORE}Half of the customers are people the owners first met at "
            f"the market stall years ago.\n{SPEAKER}\n\n",
            [PORTRAYED],
        ),
        # a story paragraph quoting someone in double quotation marks
        (
            f"{PORTRAYED_BOX}{MORE}\u201cYou have to know your neighbours,\u201d one owner "
            f"said of the market stall.\n{SPEAKER}\n\n",
            [PORTRAYED],
        ),
        # a passage cut before its stop: no quote of this layout
        (
            f"{PORTRAYED_BOX}{MORE}You have to know your neighbours and the people at the "
            f"market stall\n{SPEAKER}\n\n",
            [PORTRAYED],
        ),
    ],
    ids=[
        "layout-shown-then-portrait-missing", "portrait-missing-first", "speaker-after-a-dash",
        "no-portrayed-quote-on-the-page", "title-case-heading", "button", "third-person",
        "story-paragraph-quoting", "cut-before-its-stop",
    ],
)
def test_page_text_quote_printed_once_without_its_portrait(tail: str, found: list[str]) -> None:
    """Page text: once a quote printed once with its speaker's portrait shows the page's
    layout, a passage in the first or second person above a line opening with a person's name
    is a quote of the same layout; it stays in the body, and the quote points at it."""
    article = newsparse.parse(HEADLINE + STORY + tail + END, kind="text")
    assert [q.text for q in article.pull_quotes] == found
    for quote in article.pull_quotes:
        assert quote.repeats_paragraph is not None
        assert article.paragraphs[quote.repeats_paragraph].text == quote.text
    if UNPORTRAYED in found:
        quote = next(q for q in article.pull_quotes if q.text == UNPORTRAYED)
        assert quote.attribution == SPEAKER
        assert SPEAKER in article.text


def test_page_text_writer_line_under_a_passage_is_no_speaker() -> None:
    """The writer's own line under a first-person paragraph is no quote's speaker, even on a
    page whose quotes show their speakers."""
    article = newsparse.parse(
        HEADLINE + "By Tomas Eriksen\n\n" + STORY + PORTRAYED_BOX + MORE + WRITER_PARAGRAPH
        + "\nTomas Eriksen Trade Reporter\n\n" + END,
        kind="text",
    )
    assert [q.text for q in article.pull_quotes] == [PORTRAYED]


PASS_STORY = (
    "The northern mountain pass stayed closed for a third day on Sunday as snow kept falling, "
    "and road crews said they could not say when it would reopen.\n\n"
    "\u201cCrews are working through the night but the pass will stay closed until the "
    "avalanche risk drops,\u201d the regional road agency wrote on Sunday morning, asking "
    "drivers to stay at home.\n\n"
)
POST = (
    "Crews are working through the night but the pass will stay closed until the avalanche "
    "risk drops."
)
PASS_END = (
    "Hotels in the villages below the pass said guests had extended their stays, and one "
    "owner said she had not seen so much snow in twenty years.\n\n"
    "The weather service expects the snow to ease on Tuesday, when crews hope to begin "
    "clearing the upper bends of the road.\n"
)


@pytest.mark.parametrize(
    ("under", "found"),
    [
        # an embedded post: the line under it names the account in brackets
        ("\u2014 Valley Roads (@ValleyRoadsDept) March 8, 2026\n\n", []),
        ("\u2014 Valley Roads (@ValleyRoadsDept) March 8, 2026\nView on X\n\n", []),
        ("A post shared by Valley Roads (@valley.roads)\n\n", []),
        # a quote box with its speaker under it stays a pull quote
        ("\u2014 Ivo Marsh, road agency spokesman\n\n", [POST]),
    ],
    ids=["post-account-line", "post-account-line-and-link", "post-shared-by", "quote-box"],
)
def test_page_text_embedded_post_the_story_quotes_is_no_pull_quote(
    under: str, found: list[str]
) -> None:
    """Page text: a post embedded in the story (a tweet with its account line under it) that
    the story quotes is the story's source, not a quote box repeating it."""
    article = newsparse.parse(
        "Storm closes mountain pass\n\n" + PASS_STORY + POST + "\n" + under + PASS_END,
        kind="text",
    )
    assert [q.text for q in article.pull_quotes] == found
