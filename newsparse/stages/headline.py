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

import re
from urllib.parse import urlsplit

from newsparse.document import Document, Evidence, Role, Segment
from newsparse.model import BlockKind, Source
from newsparse.names import looks_like_byline
from newsparse.pipeline import stage
from newsparse.stages.boilerplate import furniture_reason
from newsparse.stages.captions import credit_only, split_credit
from newsparse.stages.furniture import story_start
from newsparse.textshape import comparable_words, is_prose, looks_like_title

__all__ = ["headline"]

NAME = "headline"
# Where to look for the visible headline of an HTML page: it sits near the top of the content.
MAX_HEADLINE_POSITION = 400
# A headline line shares this share of its words with the markup's headline (sites add a
# kicker or drop the site suffix).
MIN_HEADLINE_OVERLAP = 0.8
# Headlines rarely run past this; a longer title-shaped line under the headline is a standfirst.
MAX_HEADLINE_WORDS = 20
# Lines (standfirst, kicker) that may sit between the headline and the byline or dates.
MAX_LINES_BETWEEN_HEADLINE_AND_BYLINE = 2
# URL slugs with fewer content words than this say too little to pick a line.
MIN_SLUG_WORDS = 3
# Slug words that carry no title content.
SLUG_STOPWORDS = frozenset(
    {
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "are",
        "was",
        "html",
        "htm",
        "php",
        "aspx",
        "amp",
        "index",
        "article",
        "story",
        "news",
        "www",
    }
)
# Scoring a title-shaped header line as the headline (page text):
# each free line between it and the story costs this much (the headline sits right above);
DISTANCE_WEIGHT = 0.5
MAX_COUNTED_DISTANCE = 10
# a byline or date line just above or within two lines below it is strong evidence;
META_NEIGHBOUR_BONUS = 2.0
NEAR_META_LINES = 2
# menus never hold it; headlines have 3 to 20 words; a sentence with a period is a standfirst;
MENU_PENALTY = 3.0
SIZE_BONUS = 1.0
STANDFIRST_PENALTY = 2.0
# lines under the byline are share bars and reading times, not the headline;
BELOW_BYLINE_PENALTY = 3.0
BELOW_META_REACH = 3
# a title echoed inside a longer line (breadcrumb, image alt text) is likely the headline;
ECHO_BONUS = 1.5
# and the URL slug, when it has words, names it.
SLUG_WEIGHT = 4.0
# A menu is a run of very short lines; a headline has more words.
MENU_ITEM_WORDS = 3
MENU_RUN = 3
MIN_HEADLINE_WORDS = 3
# A visible headline line holds at least this share of the markup headline's words.
MIN_TITLE_SHARE = 0.5
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
_SLUG_SPLIT = re.compile(r"[-_+.,%\d]+")


def _overlap(title: list[str], line: list[str]) -> float:
    """How well a visible line matches the markup's headline: the share of the line's words in
    the headline, zero unless the line also holds half of the headline's (a site suffix or a
    kicker on one side is common; a different short line is not a match)."""
    if not title or not line:
        return 0.0
    common = len(set(title) & set(line))
    if common / len(set(title)) < MIN_TITLE_SHARE:
        return 0.0
    return common / len(set(line))


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


def _slug_words(url: str | None) -> set[str]:
    """Content words of the URL's last path part: /world/kazakh-president-says-order-restored."""
    if not url:
        return set()
    try:
        path = urlsplit(url if "//" in url else f"//{url}").path.rstrip("/")
    except ValueError:  # "http://[" and other URLs urllib cannot split
        return set()
    last = path.rsplit("/", 1)[-1]
    last = last.rsplit(".", 1)[0] if "." in last[-6:] else last
    words = {w for w in _SLUG_SPLIT.split(last.lower()) if w.isalpha() and len(w) > 2}
    return words - SLUG_STOPWORDS


def _in_menu(doc: Document, segment: Segment) -> bool:
    """True inside a run of very short lines (a menu), where a headline never sits."""
    run = 0
    for other in doc.segments[max(0, segment.index - 2) : segment.index + 3]:
        run = run + 1 if other.words <= MENU_ITEM_WORDS else 0
        if run >= MENU_RUN:
            return True
    return False


def _score(doc: Document, segment: Segment, between: int, slug: set[str]) -> float:
    """How much a title-shaped header line looks like the headline (see the weights above).

    ``between`` counts the free lines between it and the story (captions and furniture aside).
    """
    score = -DISTANCE_WEIGHT * min(between, MAX_COUNTED_DISTANCE)
    nearby = doc.segments[max(0, segment.index - 1) : segment.index + 1 + NEAR_META_LINES]
    if any(s.label is not None and s.label.role in _META_ROLES for s in nearby):
        score += META_NEIGHBOUR_BONUS
    if _in_menu(doc, segment):
        score -= MENU_PENALTY
    if MIN_HEADLINE_WORDS <= segment.words <= MAX_HEADLINE_WORDS:
        score += SIZE_BONUS
    if _standfirst_like(segment.text):
        score -= STANDFIRST_PENALTY
    above = doc.segments[max(0, segment.index - BELOW_META_REACH) : segment.index]
    if any(s.label is not None and s.label.role is Role.BYLINE for s in above):
        score -= BELOW_BYLINE_PENALTY  # share bars and reading times sit under the byline
    if slug:
        score += SLUG_WEIGHT * len(slug & set(comparable_words(segment.text))) / len(slug)
    return score


def _echoes(header: list[Segment], eligible: list[bool]) -> dict[int, float]:
    """Score changes from repetition: a title is echoed inside other lines (breadcrumbs, image
    alt text, share text), and a line that is another candidate plus extra words is the echo."""
    changes: dict[int, float] = {}
    titles = [s for s, ok in zip(header, eligible, strict=True) if ok and looks_like_title(s.text)]
    for candidate in titles:
        for other in header:
            if other is candidate or candidate.text not in other.text:
                continue
            if other.words > candidate.words:
                changes[candidate.index] = ECHO_BONUS
                changes[other.index] = changes.get(other.index, 0.0) - ECHO_BONUS
    return changes


def _text_headline(doc: Document) -> Segment | None:
    """Page text: the best-scored title-shaped line above the story (slug, byline, place, shape)."""
    story = story_start(doc)
    header = doc.segments[: min(story, len(doc.segments))]
    eligible = [s.label is None and not _beside_headline(s.text) for s in header]
    # free lines after each header line, up to the story: suffix sums of ``eligible``
    after = [0] * (len(header) + 1)
    for position in range(len(header) - 1, -1, -1):
        after[position] = after[position + 1] + eligible[position]
    slug = _slug_words(doc.url)
    if len(slug) < MIN_SLUG_WORDS:
        slug = set()
    echoes = _echoes(header, eligible)
    best: Segment | None = None
    best_score = float("-inf")
    for position in range(len(header) - 1, -1, -1):
        segment = header[position]
        if not eligible[position] or not looks_like_title(segment.text):
            continue
        if looks_like_byline(segment.text, languages=doc.languages):
            continue
        score = _score(doc, segment, after[position + 1], slug) + echoes.get(segment.index, 0.0)
        if score > best_score:
            best, best_score = segment, score
    return best


def _first_h1(doc: Document) -> Segment | None:
    """HTML without a stated title: the first title-shaped <h1> that no stage removed."""
    for segment in doc.segments[:MAX_HEADLINE_POSITION]:
        if segment.tag == "h1" and segment.label is None and looks_like_title(segment.text):
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


@stage(NAME, requires={"byline", "dates", "section", "captions"}, provides={"headline"})
def headline(doc: Document) -> None:
    """Find the visible headline (labelled HEADLINE) and the standfirst under it."""
    segment: Segment | None = None
    if doc.headline is not None:
        segment = _label_markup_headline(doc, doc.headline.value)
    if segment is None and doc.headline is None and doc.kind == "html":
        segment = _first_h1(doc)
        if segment is not None:
            doc.label(segment, Role.HEADLINE, NAME, "the page's first <h1>")
            doc.headline = Evidence(segment.text, Source.MARKUP, segment.text, NAME)
    if segment is None and doc.headline is None and doc.kind == "text":
        segment = _text_headline(doc)
        if segment is not None:
            doc.label(segment, Role.HEADLINE, NAME, "title-shaped line above the story")
            doc.headline = Evidence(segment.text, Source.VISIBLE_TEXT, segment.text, NAME)
    if segment is not None:
        _standfirst(doc, segment)
