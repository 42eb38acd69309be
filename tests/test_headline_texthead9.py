"""Page-text headlines (texthead9): a title closed by a full stop."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document import Document

PARAGRAPHS = (
    "The council met on Tuesday and agreed to rebuild the old bridge over the river next spring.",
    "Engineers found last year that the bridge's piers had cracked, and heavy lorries were banned.",
    "The new crossing will cost about twelve million pounds, most of it paid by the national fund.",
    "Residents said the closure had doubled their journeys to the market town on the other bank.",
    "Work is due to start in April, and a ferry will carry people across while the bridge is shut.",
)
SHIFTED = PARAGRAPHS[1:] + PARAGRAPHS[:1]
STORY = "\n\n".join(f"{p} {q}" for p, q in zip(PARAGRAPHS, SHIFTED, strict=True))
MENU = "Home\nNews\nGuides\nAbout\nContact"


def _before_headline(page: str, url: str | None = None) -> Document:
    """A page of text run through the pipeline up to the headline stage."""
    from newsparse import defaults
    from newsparse.load import load

    doc = load(page, kind="text", url=url)
    for step in defaults.default_pipeline():
        if step.name == "headline":
            break
        step(doc)
    return doc


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a short title closed by a full stop, over its date line
        ("Sign in\nJoin now\nA Bridge Too Old.\nMay 5, 2025", "A Bridge Too Old."),
        # an abbreviation closes it
        (
            "Local News\nThe Busiest Bridges in the U.S.\nBy Jane Roe",
            "The Busiest Bridges in the U.S.",
        ),
        # two short sentences, under a section label
        (
            "Environment\nThe old bridge stood for a century. Now it is coming down.\nBy Jane Roe",
            "The old bridge stood for a century. Now it is coming down.",
        ),
        # a lower-case headline in another language
        (
            "Startseite\nImpressum\nDie alte Brücke wird im Frühjahr neu gebaut.\n"
            "Veröffentlicht am 5. Mai 2025",
            "Die alte Brücke wird im Frühjahr neu gebaut.",
        ),
    ],
)
def test_text_headline_closed_by_a_full_stop(header: str, expected: str) -> None:
    page = f"{MENU}\n{header}\n\n{STORY}"
    assert newsparse.parse(page, kind="text").headline == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a standfirst's sentence right under the headline, over the byline
        (
            "What the Vote Means for Us\n"
            "The council agreed to rebuild the old bridge over the river.\nBy Jane Roe",
            "What the Vote Means for Us",
        ),
        # a caption's first sentence over the rest of it
        (
            "What the Vote Means for Us\nBy Jane Roe\nLocal News\n"
            "The council agreed to rebuild the old bridge over the river.\n"
            "A lorry crosses the old bridge at dawn on Tuesday. Photo: Jane Roe/Borough Press",
            "What the Vote Means for Us",
        ),
    ],
)
def test_text_headline_over_a_closed_sentence(header: str, expected: str) -> None:
    """The sentence holds the URL slug's words, the headline none."""
    page = f"{MENU}\n{header}\n\n{STORY}"
    url = "https://example.org/news/council-rebuild-old-bridge/"
    assert newsparse.parse(page, kind="text", url=url).headline == expected


@pytest.mark.parametrize(
    ("line", "closed", "candidate"),
    [
        ("A Bridge Too Old.", True, True),
        ("The Busiest Bridges in the U.S.", True, True),
        ("A Bridge Too Old", False, True),
        ("A Bridge Too Old...", False, True),
        # too long for a title: a sentence
        (
            "The council met on Tuesday and at last agreed after a long and bitter debate to "
            "rebuild the bridge.",
            True,
            False,
        ),
    ],
)
def test_closed(line: str, closed: bool, candidate: bool) -> None:
    from newsparse.stages import headline as stage

    doc = _before_headline(f"{MENU}\n{line}\nMay 5, 2025\n\n{STORY}")
    found = [c for c in stage._candidates(doc) if c.segment.text == line]
    assert bool(found) is candidate
    assert stage._closed(line) is closed
    assert all(c.closed is closed for c in found)
