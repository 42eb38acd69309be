"""Stage ``headline``: the story's title, and the standfirst under it.

Evidence for the headline, in order:
1. the markup's headline (``metadata``: JSON-LD, og:title, ``<h1>``/``<title>``): the matching
   visible line is labelled so that it stays out of the body;
2. page text: the title-shaped line right above the byline or date lines;
3. page text: the last title-shaped line above the first paragraph of the story.
Standfirst: a sentence between the headline and the byline/date lines or the first paragraph,
when it is set apart by markup (``standfirst``, ``dek``, ``summary`` classes) or by the page
description, or (page text) when byline or date lines follow it.
"""

from __future__ import annotations

from newsparse.document import Document, Evidence, Role, Segment
from newsparse.model import BlockKind, Source
from newsparse.pipeline import stage
from newsparse.stages.boilerplate import furniture_reason
from newsparse.stages.captions import credit_only, split_credit
from newsparse.stages.furniture import header_region
from newsparse.textshape import comparable_words, is_prose, looks_like_title

__all__ = ["headline"]

NAME = "headline"
# Where to look for the visible headline of an HTML page: it sits near the top of the content.
MAX_HEADLINE_POSITION = 60
# A headline line shares this share of its words with the markup's headline (sites add a
# kicker or drop the site suffix).
MIN_HEADLINE_OVERLAP = 0.8
# Headlines rarely run past this; a longer title-shaped line under the headline is a standfirst.
MAX_HEADLINE_WORDS = 20
# Lines (standfirst, kicker) that may sit between the headline and the byline or dates.
MAX_LINES_BETWEEN_HEADLINE_AND_BYLINE = 2
# A standfirst is one or two sentences.
MAX_STANDFIRST_WORDS = 80
# Class/id tokens of a standfirst in HTML.
STANDFIRST_TOKENS = frozenset(
    {
        "standfirst",
        "dek",
        "deck",
        "subtitle",
        "subheadline",
        "sub-headline",
        "summary",
        "excerpt",
        "lede",
        "lead",
        "teaser",
        "intro",
        "article-summary",
        "description",
        "strapline",
    }
)
_META_ROLES = (Role.BYLINE, Role.DATE)


def _overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(set(a) & set(b))
    return common / max(len(set(a)), len(set(b)))


def _label_markup_headline(doc: Document, title: str) -> Segment | None:
    wanted = comparable_words(title)
    best: Segment | None = None
    best_score = 0.0
    for segment in doc.segments[:MAX_HEADLINE_POSITION]:
        if segment.label is not None and segment.label.role is not Role.BOILERPLATE:
            continue
        if not looks_like_title(segment.text) and segment.kind is not BlockKind.HEADING:
            continue
        score = _overlap(wanted, comparable_words(segment.text))
        if segment.tag == "h1":
            score += 0.1  # the h1 is the page's own headline when two lines match
        if score > best_score:
            best, best_score = segment, score
    if best is not None and best_score >= MIN_HEADLINE_OVERLAP:
        doc.label(best, Role.HEADLINE, NAME, "matches the markup's headline")
        return best
    return None


def _standfirst_like(text: str) -> bool:
    """Longer than a headline, or ending like a sentence: a standfirst, not a title."""
    return len(text.split()) > MAX_HEADLINE_WORDS or text.rstrip().endswith((".", "!", "?"))


def _beside_headline(text: str) -> bool:
    """Captions, photo credits and furniture lines that sit between a headline and its byline."""
    return (
        split_credit(text)[1] is not None
        or credit_only(text) is not None
        or furniture_reason(text) is not None
    )


def _text_headline(doc: Document) -> Segment | None:
    """Walk up from the byline/date lines: skip captions and a standfirst, take the title."""
    header = header_region(doc)
    free = [s for s in header if s.label is None and looks_like_title(s.text)]
    if not free:
        return None
    meta_positions = [
        s.index for s in header if s.label is not None and s.label.role in _META_ROLES
    ]
    if not meta_positions:
        return free[-1]
    # Walk up from the last byline/date line of the header (a "Published | Updated" bar may
    # also sit above the headline), passing over captions, credits and furniture lines.
    last_meta = max(meta_positions)
    above = [s for s in header[:last_meta] if s.label is None and not _beside_headline(s.text)]
    skipped = 0
    for segment in reversed(above):
        if not looks_like_title(segment.text) or _standfirst_like(segment.text):
            if skipped >= MAX_LINES_BETWEEN_HEADLINE_AND_BYLINE:
                break
            skipped += 1
            continue
        return segment
    return None


def _standfirst(doc: Document, title: Segment) -> None:
    for segment in doc.segments[title.index + 1 : title.index + 4]:
        if segment.label is not None:
            if segment.label.role in _META_ROLES:
                return
            continue
        words = segment.words
        if words > MAX_STANDFIRST_WORDS or words < 5:
            return
        marked = bool(segment.context & STANDFIRST_TOKENS)
        followed_by_meta = any(
            s.label is not None and s.label.role in _META_ROLES
            for s in doc.segments[segment.index + 1 : segment.index + 3]
        )
        if marked or (
            doc.kind == "text" and followed_by_meta and not is_prose(segment.text, min_words=40)
        ):
            doc.label(segment, Role.STANDFIRST, NAME, "sentence between headline and byline")
            if doc.standfirst is None:
                doc.standfirst = Evidence(segment.text, Source.VISIBLE_TEXT, segment.text, NAME)
        return


@stage(NAME, requires={"byline", "dates", "section"}, provides={"headline"})
def headline(doc: Document) -> None:
    """Find the visible headline (labelled HEADLINE) and the standfirst under it."""
    segment: Segment | None = None
    if doc.headline is not None:
        segment = _label_markup_headline(doc, doc.headline.value)
    if segment is None and doc.headline is None and doc.kind == "text":
        segment = _text_headline(doc)
        if segment is not None:
            doc.label(segment, Role.HEADLINE, NAME, "title-shaped line above the story")
            doc.headline = Evidence(segment.text, Source.VISIBLE_TEXT, segment.text, NAME)
    if segment is not None:
        _standfirst(doc, segment)
