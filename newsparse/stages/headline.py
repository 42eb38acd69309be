"""Stage ``headline``: the story's title, and the standfirst under it.

Evidence for the headline, in order:
1. the markup's headline (``metadata``: JSON-LD, og:title, ``<h1>``/``<title>``): the matching
   visible line is labelled so that it stays out of the body;
2. page text: the best-scored title-shaped line above the story, weighing what marks a
   headline (a byline or date line under it, the URL slug's words, the story's words, title
   case, a breadcrumb or page title repeating it, the page printing it twice, being the
   page's first title-sized line, printing again the page title line a WET record starts
   with, nearness to the story) against what marks a menu item, a section heading that
   repeats its first words, image alt text, a shorter restatement of a title line above it (a
   breadcrumb's last item), a standfirst (right under a title line), the site's name (the
   URL's host, the footer's copyright holder) or a post's filing line ("Labels: ...") (see
   the weights below); a copy cut short with an ellipsis is no candidate; the site's name and
   a short part after a bar ("| Opinion") are dropped from the value. A line closed by a full
   stop is weighed too, weighed down, unless it sits right under a title-sized line or right
   over a caption (a standfirst's or a caption's sentence); so is a line of two sentences
   over MAX_CLOSED_TITLE_WORDS words. A video player's playlist titles (a running time under
   each, "00:58") and their labels ("Up Next") are no candidates.
Standfirst: a sentence between the headline and the byline/date lines or the first paragraph,
when it is set apart by markup (``standfirst``, ``dek``, ``summary`` classes) or by the page
description, or (page text) when byline or date lines follow it; else (page text) two
sentences right above the headline, with the byline or dates under it.
"""

from __future__ import annotations

import bisect
import contextlib
import heapq
import itertools
import math
import re
from collections.abc import Container
from urllib.parse import urlsplit

import attrs

from newsparse.datetimes import looks_like_date_line
from newsparse.document import Document, Evidence, Role, Segment
from newsparse.model import BlockKind, Source
from newsparse.names import credit_label_line, looks_like_byline, split_byline
from newsparse.patterns.furniture import IMAGE_ALT_LINE, VIDEO_DURATION
from newsparse.patterns.html import TITLE_SEPARATOR
from newsparse.pipeline import stage
from newsparse.stages.boilerplate import BOX_REASONS, furniture_reason
from newsparse.stages.byline import LowerCaseWords, common_words_only, has_marker
from newsparse.stages.captions import credit_only, split_credit
from newsparse.stages.dates import date_under_headline
from newsparse.stages.furniture import prose_line, story_start
from newsparse.textshape import (
    MIN_PROSE_WORDS,
    comparable_words,
    is_prose,
    looks_like_title,
    url_slug_words,
)

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
# Scoring a title-shaped line above the story as the headline (page text). Each weight was
# fitted on page-text renderings of the WCXB dev pages (a softmax over each page's candidate
# lines) and rounded; trafilatura-eval pages and the other renderers were held out. The fit is
# rerun, and its weights printed beside these, by ``python -m bench.fit_headline``.
# The story a headline sits over: the longest run of prose lines (gaps of this many lines or
# fewer inside it: a subheading, an image line) or, when it starts later, the first story line.
STORY_RUN_GAP = 3
# The first "story" line may be a breadcrumb trail or an image's description long enough to
# read as prose, with the headline right under it: lines this close under it are weighed too
# (with the strong evidence a line under the story needs: ``_vouched_below_story``).
UNDER_STORY_START = 2
# A line under the first story paragraph needs this share of the URL slug's words.
MIN_SLUG_SHARE_BELOW_STORY = 0.5
# Title-shaped lines are looked for this far from the top (long menus come first).
MAX_TEXT_HEADLINE_POSITION = 600
# Body words shorter than this are function words ("the", "and") that every line shares.
MIN_CONTENT_WORD_CHARS = 4
# What separates a title from the rest of a line that repeats it: "Home » Title",
# "Title | Site", "6 thoughts on “Title”".
MAX_ECHO_EXTRA_WORDS = 8
# Evidence for a candidate line and its weight:
WEIGHT_ABOVE_FIRST_STORY_LINE = 0.8  # above the first story paragraph, not inside a menu text
WEIGHT_META_BELOW = 1.75  # a byline or date line within two lines under it
NEAR_META_LINES = 2
WEIGHT_META_ABOVE = 0.6  # a byline or date line right above it
WEIGHT_MENU = -1.1  # inside a run of very short lines
WEIGHT_SIZE = 0.55  # 3 to 20 words
WEIGHT_SHORT = -0.7  # one or two words: a section name
WEIGHT_LONG = -2.0  # over 20 words: the standfirst under the headline
WEIGHT_SLUG = 3.9  # times the share of the URL slug's words it holds
WEIGHT_ECHO = 1.1  # repeated inside another line with a separator (breadcrumb, page title)
WEIGHT_INSIDE_LONGER = 0.65  # repeated inside a longer title-shaped line
WEIGHT_PREFIX_OF_LONGER = -0.65  # the start of a longer title-shaped line ("X" of "X: how to")
WEIGHT_EXTENDS_SHORTER = 0.3  # that longer line
WEIGHT_BODY_WORDS = 1.9  # times the share of its content words the story uses
WEIGHT_LOWER_START = -0.5  # starts in lower case: image alt text, a slogan
WEIGHT_TITLE_CASE = 0.65  # times the share of its longer words that are capitalised
WEIGHT_IMAGE_WORD = -2.0  # reads like image alt text: "... avatar", "Picture of ..."
WEIGHT_DISTANCE = -0.65  # times log(1 + free lines between it and the next story paragraph)
WEIGHT_BOX_WORDS = -2.0  # reads like a newsletter, cookie or paywall box's line
WEIGHT_NAMES = -2.0  # byline-shaped ("Jane Doe, MD"; also "Home Routers and Data Safety")
WEIGHT_REPEATED = 0.5  # the same line again within REPEAT_LINES (pages print the title twice)
# A page's second copy of its headline (a sticky header, a mobile layout) sits a line or two
# from the first, past a share or "report" line at most.
REPEAT_LINES = 3
WEIGHT_UNDER_TITLE = -0.65  # right under a title-sized line that does not hold it: a standfirst
WEIGHT_FIRST_SIZED = 0.6  # the page's first title-sized line, unless it reads "Title | Site"
WEIGHT_META_FAR = 1.25  # no byline or date within NEAR_META_LINES, but one by FAR_META_LINES
# A standfirst and an image line may sit between a headline and its byline.
FAR_META_LINES = NEAR_META_LINES + 2
WEIGHT_EXTENDS_BELOW = 0.5  # starts like a shorter title line under it, not as "Title | Site"
# Restates a title-sized line a few lines above it (see below). Set by hand: the fit gives
# -0.73 (the other weights within 0.05 of the ones above), which as -0.75 picks one title
# fewer on wcxb-dev (innertext and wet) and none more anywhere.
WEIGHT_RESTATES_ABOVE = -1.0
# The page's first line when it is a page title, as a WET record starts ("Title | Site"): a
# title-sized line further down that prints it again (or its part before a separator) is the
# headline printed over the story. Set by hand: the fit is on innertext renderings, whose first
# line is a menu's or a masthead's (the feature is then near absent); on wcxb-dev wet renderings
# 1.0 picks 10 titles more and none fewer, on innertext none change (1.5: one lost there).
WEIGHT_REPEATS_PAGE_TITLE = 1.0
# The site's name as a line of its own (a masthead printed once or twice over the headline):
# its letters are a label of the URL's host or the holder of the footer's copyright ("© 2015
# The Example Times"; ``_page_site_keys``). Set by hand, as a guard (a headline is never the
# bare site name); ``bench.fit_headline`` holds it.
WEIGHT_SITE_NAME = -2.0
# A post's filing line: "Labels: travel, food", "Published in Design, Interaction Design",
# "Filed under: News". Set by hand, as a guard; ``bench.fit_headline`` holds it.
WEIGHT_FILED = -2.0
# A section heading inside the story ("The Best Budget Pick" between a review's paragraphs):
# a line under the first story paragraph with JOINED_PARAGRAPHS_ABOVE paragraphs or more from
# that one down to it that each follow another paragraph line on line. (A headline under the
# first "story" line, a breadcrumb trail or an image's description read as prose, has none;
# neither has one under a list of teasers, whose blurbs each sit under their story's title.)
# Set by hand: on wcxb-dev innertext -1.2 to -2.5 picks 3 titles more and none fewer (held-out
# trafilatura-eval: 3 more, readability-pages: none changed; counting all paragraphs instead
# loses a page under a list of teasers); ``bench.fit_headline`` holds it.
WEIGHT_INSIDE_STORY = -1.5
JOINED_PARAGRAPHS_ABOVE = 3
# A title closed by a full stop ("Lights Out at the Old Mill.", "Markets in the U.S.", two short
# sentences: "Ravenous goats ruled it. Now it is reborn."): such a line is weighed too, against
# the evidence that it is a sentence (a standfirst's, a caption's, the story's first). Up to
# MAX_CLOSED_TITLE_WORDS words; right under a title-sized line or right over a caption it is
# no candidate (``_Page.closed_aside``), and it is no title-sized line for the lines around it.
# Set by hand: the fit gives -0.50, which picks one title fewer on wcxb-dev innertext than
# -1.0; ``bench.fit_headline`` holds it.
WEIGHT_CLOSED = -1.0
MAX_CLOSED_TITLE_WORDS = 15
# A full stop inside a line after a lower-case word of four letters or more, then a capital:
# one sentence ends and another begins ("... before Saturday. Now he ..."). Shorter words are
# abbreviations ("Mr. Hale", "Gov. Hale", "U.S. Senate").
INNER_SENTENCE_END = re.compile(r"[a-z]{4}\.[\"”’']? +[A-Z]")
# The footer's copyright line is looked for among the page's last lines.
COPYRIGHT_LINES = 40
# A headline restated shorter under itself, past a byline or a breadcrumb, is a breadcrumb's
# last item, an image's alt text or a section heading ("Best Bridges in the Region"
# under "The Best Bridges in the Region to Walk This Spring"): most of its content words
# are in a longer title-sized line RESTATE_MIN_GAP to RESTATE_LINES lines above. (Right under
# it, the line is as often the page's own headline under a kicker, and is left to the other
# evidence; so is a line that a breadcrumb trail above ends with, that a page title line above
# holds ("Title : 21 Steps - Site"), or that a teaser above prints with one more word, its
# tag: "Title Neu".)
RESTATE_MIN_GAP = 2
RESTATE_LINES = 8
MIN_RESTATED_SHARE = 0.75
MIN_RESTATED_WORDS = 2
MAX_TAG_WORDS = 1
# A menu is a run of very short lines; a headline has more words.
MENU_ITEM_WORDS = 3
MENU_RUN = 3
MIN_HEADLINE_WORDS = 3
# Title-sized: a title-shaped free line outside a menu with more words than a section label.
SIZED_TITLE_WORDS = MIN_HEADLINE_WORDS + 1
# A visible headline line holds at least this share of the markup headline's words.
MIN_TITLE_SHARE = 0.5
# A standfirst is one or two sentences.
MAX_STANDFIRST_WORDS = 80
# A player's playlist: two running times or more within this many lines of a title.
PLAYLIST_REACH = 4
MIN_PLAYLIST_DURATIONS = 2
# A standfirst printed above the headline is a sentence or two; a shorter closed line there is
# a kicker or a slogan.
MIN_STANDFIRST_ABOVE_WORDS = 10
# Class/id tokens of a standfirst in HTML (the parts of "story-dek" are tokens too).
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
        # French "chapô", Spanish "entradilla"/"sumario"/"subtítulo"/"bajada", Italian
        # "sommario"/"sottotitolo", German "Vorspann"
        "chapo",
        "chapeau",
        "entradilla",
        "sumario",
        "subtitulo",
        "bajada",
        "sommario",
        "sottotitolo",
        "vorspann",
    }
)
_META_ROLES = (Role.BYLINE, Role.DATE)
# Image alt text names what the image is: "Jane Doe avatar", "Acme logo", "Author photo",
# "Title featured image", "Title cover", "Picture of Jane Doe".
IMAGE_ALT = re.compile(
    r"\b(?:avatar|logo|icon|image|photo|picture|profile pic|headshot|thumbnail|cover|banner"
    r"|screenshot|homepage)s?$"
    r"|^(?:picture|photo|image|portrait|headshot|screenshot)s? of\b",
    re.IGNORECASE,
)
# Characters that set a repeated title apart in a longer line: "Home » Title", "Title | Site".
ECHO_SEPARATOR = re.compile(r"[|»›>/–—\-“”\"«‘’']")
# How a line cut short ends: "Title of the Story..." (see ``_Page.cut_copy``).
ELLIPSES = ("...", "…")
ELLIPSIS_CHARS = ".… "
# Typographic apostrophes, read as plain ones to compare a line with the page's title line.
_APOSTROPHES = str.maketrans("’‘", "''")
# What is not a letter or digit, dropped to compare a title part with the site's name.
NOT_LETTERS = re.compile(r"[\W_]+")
# A top-level domain after a site's name in a title part: "Newegg.com", "Example.co.uk".
DOMAIN_ENDING = re.compile(r"(?:\.[a-z]{2,6}){1,2}$", re.IGNORECASE)
# Host labels that name no site: "www.", "m.", and top-level domains of three letters or fewer.
HOST_NOISE = frozenset({"www", "m", "amp", "mobile"})
MAX_TLD_CHARS = 3
# A page title's last part after a bar names the site, the section or a tag, when it is a few
# words under a longer title ("... in Spring 2025 | Top 12 Walks", "... | Opinion"); a longer
# part is the headline's own subtitle.
TITLE_BAR = " | "
MAX_TITLE_TAG_WORDS = 4
# A footer's copyright line and its holder: "© 2010-2015 The Example Times. All rights reserved",
# "Copyright (c) 2024 Example Media, LLC", "© Copyright 2026, Example Institute" (a "Copyright
# Policy" link, with no sign and no year, names no one).
COPYRIGHT_HOLDER = re.compile(
    r"(?:(?:©|\(c\))(?:\s*copyright)?|copyright\s*(?:©|\(c\))?(?=\s*\d{4}))"
    r"\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?([^\W\d][^,.|©]{1,60})",
    re.IGNORECASE,
)
# A post's filing line: a taxonomy label and a colon, or a filing phrase and a colon or a list
# ("Published in Haste: ..." is a headline).
FILED_LINE = re.compile(
    r"^(?:(?:labels?|tags?|tagged|categor(?:y|ies)|topics?|schlagw[öo]rter|kategorien?|"
    r"étiquettes|catégories?|etiquetas|categorías?|etichette|categorie)\s*:"
    r"|(?:filed (?:under|in)|posted in|published in|tagged (?:with|in)|abgelegt (?:unter|in)|"
    r"ver[öo]ffentlicht in|publié dans|classé dans|publicado en|archivado en|pubblicato in)"
    r"(?:\s*:|\s[^,:\n]*,))",
    re.IGNORECASE,
)
# What follows a copyright holder's name: "All rights reserved", a company form.
HOLDER_END = re.compile(
    r"(?<!\s)\s+(?:all rights reserved|inc|llc|ltd|gmbh|s\.?a|limited)\b.*$", re.IGNORECASE
)


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


def _beside_headline(text: str) -> bool:
    """Captions, photo credits, image alt lines ("[Two advisers at a desk]") and furniture
    lines that sit between a headline and its byline. A line that would belong to a
    newsletter, cookie or paywall box, which the boilerplate stage left alone, stays (weighed
    against: "How to Write a Newsletter With AI" is a headline). (Furniture is asked first: the
    boilerplate stage asks it of the same lines, from a cache.)"""
    reason = furniture_reason(text)
    return (
        (reason is not None and reason not in BOX_REASONS)
        or (text.startswith("[") and IMAGE_ALT_LINE.match(text) is not None)
        or credit_only(text) is not None
        or split_credit(text)[1] is not None
    )


def _beside_headline_once(text: str, known: dict[str, bool]) -> bool:
    """``_beside_headline``, asked once per text of a page (``known`` keeps the answers)."""
    found = known.get(text)
    if found is None:
        found = known[text] = _beside_headline(text)
    return found


def _in_menu(doc: Document, segment: Segment) -> bool:
    """True inside a run of very short lines (a menu), where a headline never sits. Byline and
    date lines are passed over, and a line printed twice in a row counts once: a short
    headline printed twice over its byline and date ("Climate Change", "Climate Change",
    "Updated: June 2, 2025") is no menu."""
    run = 0
    previous = None
    for other in doc.segments[max(0, segment.index - 2) : segment.index + 3]:
        if other.text == previous or (other.label is not None and other.label.role in _META_ROLES):
            continue
        previous = other.text
        run = run + 1 if other.words <= MENU_ITEM_WORDS else 0
        if run >= MENU_RUN:
            return True
    return False


@attrs.frozen
class _Candidate:
    """A title-shaped line above the story and the evidence that it is the headline."""

    segment: Segment
    above_first_story_line: bool
    meta_below: bool
    meta_above: bool
    in_menu: bool
    slug_share: float
    echoed: bool
    inside_longer: bool
    prefix_of_longer: bool
    extends_shorter: bool
    body_share: float
    title_case_share: float
    free_lines_below: int
    names_someone: bool
    box_words: bool
    repeated: bool
    under_title: bool
    first_sized: bool
    meta_far: bool
    extends_below: bool
    restates_above: bool
    repeats_page_title: bool
    names_site: bool
    filed: bool
    inside_story: bool
    closed: bool

    def score(self) -> float:
        """The weighted sum of the evidence (weights above)."""
        segment = self.segment
        text = segment.text.strip()
        total = WEIGHT_SLUG * self.slug_share + WEIGHT_BODY_WORDS * self.body_share
        total += WEIGHT_TITLE_CASE * self.title_case_share
        total += WEIGHT_DISTANCE * math.log1p(self.free_lines_below)
        flags = (
            (self.above_first_story_line, WEIGHT_ABOVE_FIRST_STORY_LINE),
            (self.meta_below, WEIGHT_META_BELOW),
            (self.meta_above, WEIGHT_META_ABOVE),
            (self.in_menu, WEIGHT_MENU),
            (MIN_HEADLINE_WORDS <= segment.words <= MAX_HEADLINE_WORDS, WEIGHT_SIZE),
            (segment.words < MIN_HEADLINE_WORDS, WEIGHT_SHORT),
            (segment.words > MAX_HEADLINE_WORDS, WEIGHT_LONG),
            (self.echoed, WEIGHT_ECHO),
            (self.inside_longer, WEIGHT_INSIDE_LONGER),
            (self.prefix_of_longer, WEIGHT_PREFIX_OF_LONGER),
            (self.extends_shorter, WEIGHT_EXTENDS_SHORTER),
            (text[:1].islower(), WEIGHT_LOWER_START),
            (IMAGE_ALT.search(text) is not None, WEIGHT_IMAGE_WORD),
            (self.names_someone, WEIGHT_NAMES),
            (self.box_words, WEIGHT_BOX_WORDS),
            (self.repeated, WEIGHT_REPEATED),
            (self.under_title, WEIGHT_UNDER_TITLE),
            (self.first_sized, WEIGHT_FIRST_SIZED),
            (self.meta_far, WEIGHT_META_FAR),
            (self.extends_below, WEIGHT_EXTENDS_BELOW),
            (self.restates_above, WEIGHT_RESTATES_ABOVE),
            (self.repeats_page_title, WEIGHT_REPEATS_PAGE_TITLE),
            (self.names_site, WEIGHT_SITE_NAME),
            (self.filed, WEIGHT_FILED),
            (self.inside_story, WEIGHT_INSIDE_STORY),
            (self.closed, WEIGHT_CLOSED),
        )
        return total + sum(weight for present, weight in flags if present)


def _closed(text: str) -> bool:
    """True for a title line closed by a full stop ("Lights Out at the Old Mill."), or one of
    two sentences longer than MAX_CLOSED_TITLE_WORDS, the second left open as standfirsts are
    ("The striker had not scored since spring. Now he has four goals in two games"): weighed
    as a sentence, never a title-sized line."""
    stripped = text.rstrip()
    if stripped.endswith(".") and not stripped.endswith(".."):
        return True
    return (
        INNER_SENTENCE_END.search(stripped) is not None
        and len(stripped.split()) > MAX_CLOSED_TITLE_WORDS
    )


def _title_line(text: str) -> bool:
    """A title-shaped line (``looks_like_title``), or one closed by a full stop that is a
    title-shaped line without it and no longer than MAX_CLOSED_TITLE_WORDS; never a credit
    under a label ("Editor: Jane Roe")."""
    if ":" in text and credit_label_line(text):
        return False
    if looks_like_title(text):
        return True
    if not _closed(text):
        return False
    return len(text.split()) <= MAX_CLOSED_TITLE_WORDS and looks_like_title(text.rstrip()[:-1])


def _story_lines(doc: Document) -> list[Segment]:
    """The free prose lines that are not furniture: the story's paragraphs (and teasers')."""
    lines: list[Segment] = []
    for segment in doc.segments:
        if segment.label is not None:
            continue
        if segment.words < MIN_PROSE_WORDS and segment.text.isascii():
            continue  # ``prose_line``'s own first "no", without the call: most lines are short
        if not prose_line(segment) or furniture_reason(segment.text) is not None:
            continue
        lines.append(segment)
    return lines


def _story_runs(doc: Document, lines: list[Segment] | None = None) -> list[tuple[int, int, int]]:
    """Runs of story paragraphs (``_story_lines``, read again unless given) as (first and last
    segment index, words); a few lines between two paragraphs (a subheading, an image line) do
    not end a run."""
    runs: list[tuple[int, int, int]] = []
    last = -STORY_RUN_GAP - 1
    for segment in _story_lines(doc) if lines is None else lines:
        if runs and segment.index - last <= STORY_RUN_GAP:
            runs[-1] = (runs[-1][0], segment.index, runs[-1][2] + segment.words)
        else:
            runs.append((segment.index, segment.index, segment.words))
        last = segment.index
    return runs


def _alike(text: str) -> str:
    """A line as it is compared with the page's title line: ``_fold``-ed, typographic
    apostrophes as plain ones ("Why Hasn’t It Worked?" is "Why Hasn't It Worked?")."""
    return _fold(text).translate(_APOSTROPHES)


def _page_title(segments: list[Segment]) -> frozenset[str]:
    """The page's first line and, when separators split it ("Title | Site"), its first part,
    as ``_alike`` compares them."""
    if not segments:
        return frozenset()
    text = segments[0].text
    parts = TITLE_SEPARATOR.split(text)
    found = {_alike(text)}
    if len(parts) > 1:
        found.add(_alike(parts[0]))
    return frozenset(found)


def _fold(text: str) -> str:
    """A line as lines are compared for repeats: case-folded, every run of spaces (no-break
    spaces too) one space ("Mobile UX design" repeats "Mobile UX Design: The Guide")."""
    return " ".join(text.casefold().split())


@attrs.frozen
class _Lines:
    """Lines (``_fold``-ed) joined into one string, to find the lines that contain a text in
    one pass."""

    segments: tuple[Segment, ...]
    texts: tuple[str, ...]
    joined: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, segments: list[Segment]) -> _Lines:
        texts = tuple(_fold(s.text) for s in segments)
        starts: list[int] = []
        position = 0
        for text in texts:
            starts.append(position)
            position += len(text) + 1
        return cls(tuple(segments), texts, "\n".join(texts), tuple(starts))


def _containing(lines: _Lines, text: str, segment: Segment) -> list[tuple[Segment, str]]:
    """The lines longer than ``text`` (folded) that contain it, other than ``segment``, with
    their folded text."""
    found: dict[int, tuple[Segment, str]] = {}
    start = lines.joined.find(text)
    while start >= 0:
        at = bisect.bisect_right(lines.starts, start) - 1
        other, other_text = lines.segments[at], lines.texts[at]
        if other is not segment and len(other_text) > len(text):
            found[at] = (other, other_text)
        start = lines.joined.find(text, start + 1)
    return list(found.values())


def _echoed(text: str, other: str) -> bool:
    """True if ``other`` repeats ``text`` set off by a separator or quotes, with a few more
    words: a breadcrumb ("Home » Title"), a page title ("Title | Site"), a comments heading."""
    start = other.find(text)
    while start >= 0:
        before, after = other[:start].rstrip(), other[start + len(text) :].lstrip()
        if (
            (before or after)
            and (not before or ECHO_SEPARATOR.match(before[-1]))
            and (not after or ECHO_SEPARATOR.match(after[0]))
            and len(before.split()) + len(after.split()) <= MAX_ECHO_EXTRA_WORDS
        ):
            return True
        start = other.find(text, start + 1)
    return False


def _share(words: list[str], known: Container[str]) -> float:
    return sum(1 for w in words if w in known) / len(words) if words else 0.0


def _title_case_share(text: str) -> float:
    """Share of the longer words that start with a capital ("Top Nutrition Trends for Fall")."""
    words = [w for w in text.split() if len(w) >= MIN_CONTENT_WORD_CHARS and w[0].isalpha()]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


@attrs.define
class _FreeLines:
    """Free lines (no label, not beside a headline: ``_beside_headline``) counted from the
    first line asked down only as far as asked (a running count), so that the lines above
    the first candidate and under the story's start are never tested."""

    segments: list[Segment]
    beside: dict[str, bool]  # ``_beside_headline`` of each text asked (lines repeat)
    start: int = -1
    counts: list[int] = attrs.Factory(lambda: [0])  # free lines in [start, start + i)

    def between(self, first: int, stop: int) -> int:
        """Free lines with an index in [first, stop)."""
        if self.start < 0 or first < self.start:
            self.start, self.counts = first, [0]
        counts, segments = self.counts, self.segments
        while self.start + len(counts) - 1 < stop:
            segment = segments[self.start + len(counts) - 1]
            free = segment.label is None and not _beside_headline_once(segment.text, self.beside)
            counts.append(counts[-1] + free)
        return counts[max(stop, first) - self.start] - counts[first - self.start]


@attrs.frozen
class _Page:
    """What every headline candidate of one page is weighed against, read once: where the
    story starts, its runs and words, the URL slug, and the free title-shaped lines (before
    the test that a line names someone, which is dear and is asked only of the lines that can
    still win). Whether a line sits beside a headline (``_beside_headline``: the captions
    patterns, dear too) is asked of title-shaped lines, and of the lines under the first
    candidate only as its free lines are counted, each text once (``free``)."""

    doc: Document
    first_story: int
    end: int
    starts: tuple[int, ...]
    joined: tuple[int, ...]  # indices of ``_story_lines`` right under another of them
    free: _FreeLines
    slug: frozenset[str]
    body: frozenset[str]
    header: _Lines
    titles: _Lines
    by_opening: dict[str, tuple[tuple[Segment, str], ...]]
    lower: LowerCaseWords
    sized: frozenset[int]
    first_sized: int
    sized_order: tuple[int, ...]
    sized_words: dict[int, frozenset[str]]  # content words of the sized lines read so far
    page_title: frozenset[str]  # the first line and its part before a separator (``_alike``)
    site: frozenset[str]  # the site's name as letters (``_page_site_keys``)

    @classmethod
    def of(cls, doc: Document) -> _Page:
        segments = doc.segments
        first_story = story_start(doc)
        story_lines = _story_lines(doc)
        runs = _story_runs(doc, story_lines)
        main = max(runs, key=lambda run: run[2]) if runs else None
        end = min(
            max(first_story + UNDER_STORY_START, main[0] if main else 0),
            MAX_TEXT_HEADLINE_POSITION,
            len(segments),
        )
        beside: dict[str, bool] = {}  # ``_beside_headline`` of each text asked (lines repeat)
        slug = url_slug_words(doc.url)
        if len(slug) < MIN_SLUG_WORDS:
            slug = set()
        body: set[str] = set()  # the story's content words (only membership is asked)
        if main is not None:
            for segment in segments[main[0] : main[1] + 1]:
                if segment.label is None:
                    body.update(_content_words(comparable_words(segment.text)))
        titles = [
            s
            for s in segments[:end]
            if s.label is None and _title_line(s.text) and not _beside_headline_once(s.text, beside)
        ]
        sized = frozenset(
            s.index
            for s in titles
            if s.words >= SIZED_TITLE_WORDS and not _in_menu(doc, s) and not _closed(s.text)
        )
        title_lines = _Lines.of(titles)
        by_opening: dict[str, list[tuple[Segment, str]]] = {}
        for segment, folded in zip(titles, title_lines.texts, strict=True):
            by_opening.setdefault(folded[:_OPENING_CHARS], []).append((segment, folded))
        return cls(
            doc=doc,
            first_story=first_story,
            end=end,
            starts=tuple(run[0] for run in runs),
            joined=tuple(
                line.index
                for above, line in itertools.pairwise(story_lines)
                if above.index == line.index - 1
            ),
            free=_FreeLines(segments, beside),
            slug=frozenset(slug),
            body=frozenset(body),
            header=_Lines.of(segments[:end]),
            titles=title_lines,
            by_opening={key: tuple(group) for key, group in by_opening.items()},
            lower=LowerCaseWords(doc),
            sized=sized,
            first_sized=min(sized, default=-1),
            sized_order=tuple(sorted(sized)),
            sized_words={},
            page_title=_page_title(segments),
            site=_page_site_keys(doc),
        )

    def scored(self) -> list[Segment]:
        """The title lines that are weighed (those under the first story paragraph need strong
        evidence; a cut copy of another title line is none), before the names test."""
        return [
            s
            for s in self.titles.segments
            if (s.index < self.first_story or _vouched_below_story(self.doc, s, set(self.slug)))
            and not self.cut_copy(s)
            and not self.closed_aside(s)
            and not _in_playlist(self.doc, s)
        ]

    def closed_aside(self, segment: Segment) -> bool:
        """True for a line closed by a full stop (``_closed``) right under a title-sized line
        that does not hold it, or right over a caption: a standfirst or a caption's sentence."""
        if not _closed(segment.text):
            return False
        index, segments = segment.index, self.doc.segments
        if index - 1 in self.sized and segment.text not in segments[index - 1].text:
            return True
        below = segments[index + 1] if index + 1 < len(segments) else None
        return (
            below is not None
            and below.label is not None
            and below.label.role in (Role.CAPTION, Role.CREDIT)
        )

    def cut_copy(self, segment: Segment) -> bool:
        """True for a title line cut short with an ellipsis that another title line starts with:
        a breadcrumb or a teaser prints the headline so ("What Are the Latest Trends..." over
        "What Are the Latest Trends in Bridge Design?")."""
        if not segment.text.rstrip().endswith(ELLIPSES):
            return False
        folded = _fold(segment.text)
        core = folded.rstrip(ELLIPSIS_CHARS)
        return len(core) >= _OPENING_CHARS and any(
            other.startswith(core) and len(other) > len(core) and other != folded
            for _, other in self.by_opening.get(core[:_OPENING_CHARS], ())
        )

    def candidate(self, segment: Segment, level: int, known: dict[int, bool]) -> _Candidate:
        """The evidence for one line, at one level of certainty (see ``_ROUGH``)."""
        doc, slug = self.doc, self.slug
        segments = doc.segments
        index, text = segment.index, segment.text
        words = comparable_words(text)  # read once for the slug, the story's words, restating
        if level == _ROUGH:
            echoed = WEIGHT_ECHO > 0
            inside_longer = WEIGHT_INSIDE_LONGER > 0
            prefix_of_longer = WEIGHT_PREFIX_OF_LONGER > 0
            extends_shorter = WEIGHT_EXTENDS_SHORTER > 0
            extends_below = WEIGHT_EXTENDS_BELOW > 0
            page_title = False
            restates_above = WEIGHT_RESTATES_ABOVE > 0
        else:
            folded = _fold(text)
            echoed = any(
                _echoed(folded, other) for _, other in _containing(self.header, folded, segment)
            )
            longer = _containing(self.titles, folded, segment)
            shorter_texts = [
                (other, other_text)
                for other, other_text in self.by_opening.get(folded[:_OPENING_CHARS], ())
                if other_text != folded and folded.startswith(other_text)
            ]
            shorter = [other for other, _ in shorter_texts]
            if level == _EXACT:
                longer = [(o, t) for o, t in longer if not self.names_someone(o, known)]
                shorter = [o for o in shorter if not self.names_someone(o, known)]
            inside_longer = bool(longer)
            prefix_of_longer = any(t.startswith(folded) for _, t in longer)
            extends_shorter = bool(shorter)
            # "Title | Site", a page title line, extends the headline: it is not the first
            # title line, nor a headline over its section heading (asked of the exact score)
            echoes = {o.index for o, t in shorter_texts if level == _EXACT and _echoed(t, folded)}
            page_title = bool(echoes)
            extends_below = any(o.index > index and o.index not in echoes for o in shorter)
            restates_above = self.restates_above(segment, folded, words)
            if level == _BOUND:  # the names test may still drop lines: keep only what helps
                inside_longer = inside_longer and WEIGHT_INSIDE_LONGER > 0
                prefix_of_longer = prefix_of_longer and WEIGHT_PREFIX_OF_LONGER > 0
                extends_shorter = extends_shorter and WEIGHT_EXTENDS_SHORTER > 0
                extends_below = extends_below and WEIGHT_EXTENDS_BELOW > 0
        return _Candidate(
            segment=segment,
            above_first_story_line=index < self.first_story,
            meta_below=_has_meta(segments[index + 1 : index + 1 + NEAR_META_LINES]),
            meta_above=_has_meta(segments[max(0, index - 1) : index]),
            in_menu=_in_menu(doc, segment),
            slug_share=len(slug.intersection(words)) / len(slug) if slug else 0.0,
            echoed=echoed,
            inside_longer=inside_longer,
            prefix_of_longer=prefix_of_longer,
            extends_shorter=extends_shorter,
            body_share=_share(_content_words(words), self.body),
            title_case_share=_title_case_share(text),
            free_lines_below=self.free_lines_below(index),
            names_someone=(
                self.names_someone(segment, known) if level == _EXACT else WEIGHT_NAMES > 0
            ),
            box_words=furniture_reason(text) in BOX_REASONS,
            repeated=any(
                other.text == text
                for other in segments[max(0, index - REPEAT_LINES) : index + REPEAT_LINES + 1]
                if other is not segment
            ),
            under_title=index - 1 in self.sized and text not in segments[index - 1].text,
            first_sized=index == self.first_sized and not page_title,
            meta_far=_has_meta(segments[index + 1 + NEAR_META_LINES : index + 1 + FAR_META_LINES])
            and not _has_meta(segments[index + 1 : index + 1 + NEAR_META_LINES]),
            extends_below=extends_below,
            restates_above=restates_above,
            repeats_page_title=index > 0
            and segment.words >= SIZED_TITLE_WORDS
            and _alike(text) in self.page_title,
            names_site=_names_site_exactly(text, self.site),
            filed=FILED_LINE.match(text) is not None,
            inside_story=self.inside_story(index),
            closed=_closed(text),
        )

    def restates_above(self, segment: Segment, folded: str, words: list[str]) -> bool:
        """True if most of the line's content words are in a longer title-sized line a few
        lines above it (``RESTATE_LINES``) that is not a page title line holding it ("Title |
        Site"), a breadcrumb trail ending with it or the line and a tag."""
        index = self.sized_order
        first = bisect.bisect_left(index, segment.index - RESTATE_LINES)
        stop = bisect.bisect_right(index, segment.index - RESTATE_MIN_GAP)
        if first >= stop:
            return False
        content = set(_content_words(words))
        if len(content) < MIN_RESTATED_WORDS:
            return False
        for above in index[first:stop]:
            line = self.doc.segments[above]
            if line.words <= segment.words:
                continue
            other = _fold(line.text)
            if other.endswith(folded) or _echoed(folded, other):
                continue
            if folded in other and TITLE_SEPARATOR.search(other) is not None:
                continue  # a page title line: "Title : 21 Steps - Site"
            if other.startswith(folded) and line.words - segment.words <= MAX_TAG_WORDS:
                continue
            known = self.sized_words.get(above)
            if known is None:
                known = self.sized_words[above] = frozenset(
                    _content_words(comparable_words(line.text))
                )
            if len(content & known) >= MIN_RESTATED_SHARE * len(content):
                return True
        return False

    def inside_story(self, index: int) -> bool:
        """True for a line with JOINED_PARAGRAPHS_ABOVE paragraphs or more from the first story
        paragraph down to it that each follow another: a section heading inside the story."""
        if index <= self.first_story:
            return False
        joined = self.joined
        above = bisect.bisect_left(joined, index) - bisect.bisect_left(joined, self.first_story)
        return above >= JOINED_PARAGRAPHS_ABOVE

    def free_lines_below(self, index: int) -> int:
        """The free lines between a line and the next story paragraph (``_FreeLines``)."""
        position = bisect.bisect_right(self.starts, index)
        below = min(self.starts[position] if position < len(self.starts) else self.end, self.end)
        return self.free.between(index + 1, below)

    def names_someone(self, segment: Segment, known: dict[int, bool]) -> bool:
        """``_names_someone`` for a title line, asked once per line (``known`` keeps answers)."""
        found = known.get(segment.index)
        if found is None:
            found = known[segment.index] = _names_someone(self.doc, segment.text, self.lower)
        return found


# Levels of certainty of a candidate's evidence. Each level's score is at most the one before:
# rough: the lines that repeat it or that it extends are taken as present wherever that raises
#   the score (no search of the page);
# bound: those lines are searched for among all title lines, before the names test drops
#   some (kept only where they raise the score), and the line itself is taken to name nobody;
# exact: among the title lines that name nobody, and the names test asked of the line itself,
#   as ``_candidates`` reads them.
_ROUGH = 0
_BOUND = 1
_EXACT = 2
# Title lines are grouped by their first characters to find the ones a line starts with
# (every title line has two words, so at least three characters).
_OPENING_CHARS = 2


def _candidates(doc: Document) -> list[_Candidate]:
    """Title-shaped free lines above the story that are not a date line, with their evidence
    (every one of them: ``bench.fit_headline`` refits the weights on these)."""
    page = _Page.of(doc)
    known: dict[int, bool] = {}
    return [
        page.candidate(segment, _EXACT, known)
        for segment in page.scored()
        if not looks_like_date_line(segment.text)
    ]


def _names_someone(doc: Document, text: str, lower: Container[str]) -> bool:
    """A byline-shaped line, unless its "names" are words the page writes in lower case (a
    headline in title case: "Best Practices for Boat Rentals")."""
    if not looks_like_byline(text, languages=doc.languages):
        return False
    found = split_byline(text, languages=doc.languages)
    return found is None or has_marker(text, doc.languages) or not common_words_only(found, lower)


def _vouched_below_story(doc: Document, segment: Segment, slug: set[str]) -> bool:
    """A line under the first story paragraph is the headline only with strong evidence (the
    first "story" may be a menu's blurbs): a byline or date under it, or the URL slug's words.
    Else it is a subheading, a pull quote or its attribution."""
    index = segment.index
    if _has_meta(doc.segments[index + 1 : index + 1 + NEAR_META_LINES]):
        return True
    return bool(slug) and len(
        slug & set(comparable_words(segment.text))
    ) >= MIN_SLUG_SHARE_BELOW_STORY * len(slug)


def _content_words(words: list[str]) -> list[str]:
    """The words of a line (``comparable_words``) long enough to tell stories apart."""
    return [w for w in words if len(w) >= MIN_CONTENT_WORD_CHARS]


def _has_meta(segments: list[Segment]) -> bool:
    return any(s.label is not None and s.label.role in _META_ROLES for s in segments)


def _text_headline(doc: Document) -> Segment | None:
    """Page text: the best-scored title-shaped line above the story; the first of equals.

    Each line's score is refined only while it is the highest left (rough bound, then bound,
    then exact: see ``_ROUGH``), so the page is searched for repeats, and the names test
    asked, of few lines; the first line whose exact score tops every other line's bound wins,
    the same line as when every line is scored exactly.
    """
    page = _Page.of(doc)
    known: dict[int, bool] = {}
    heap = [
        (-page.candidate(segment, _ROUGH, known).score(), segment.index, _ROUGH, segment)
        for segment in page.scored()
    ]
    heapq.heapify(heap)
    while heap:
        _, index, level, segment = heapq.heappop(heap)
        if level == _EXACT:
            return segment
        if level == _BOUND and looks_like_date_line(segment.text):
            continue  # "2 days ago", "Dec 23": a date the dates stage did not take
        refined = page.candidate(segment, level + 1, known).score()
        heapq.heappush(heap, (-refined, index, level + 1, segment))
    return None


def _site_keys(doc: Document) -> frozenset[str]:
    """The site's name as letters only, from the site name found and from the URL's host
    ("Wine Folly", winefolly.com -> {"winefolly"})."""
    keys = set(_host_keys(doc))
    if doc.site_name is not None:
        keys.add(_letters(doc.site_name.value))
    keys.discard("")
    return frozenset(keys)


def _host_keys(doc: Document) -> frozenset[str]:
    """The labels of the URL's host that may name the site, as letters (not "www" nor a
    top-level domain)."""
    host = ""
    if doc.url:
        with contextlib.suppress(ValueError):  # "http://[": a URL urllib cannot split
            host = urlsplit(doc.url).hostname or ""
    return frozenset(
        _letters(label)
        for label in host.split(".")
        if label not in HOST_NOISE and len(label) > MAX_TLD_CHARS
    )


def _page_site_keys(doc: Document) -> frozenset[str]:
    """The site's name as letters: the URL's host labels and the holder of the copyright in
    the page's last lines. (Not the site name the furniture stage guessed, which may be the
    headline a page prints again lower down, nor the part a first line "Section | Title" cuts
    off.)"""
    keys = set(_host_keys(doc))
    for segment in doc.segments[-COPYRIGHT_LINES:]:
        found = COPYRIGHT_HOLDER.search(segment.text)
        if found is not None:
            keys.add(_letters(HOLDER_END.sub("", found.group(1))))
    keys.discard("")
    return frozenset(keys)


def _names_site_exactly(text: str, keys: frozenset[str]) -> bool:
    """True if a line is the site's name (``_page_site_keys``), with or without a leading "The"
    its host leaves out ("The Example Times" on exampletimes.com)."""
    letters = _letters(text)
    return letters in keys or (letters.startswith("the") and letters[3:] in keys)


def _names_site(part: str, keys: frozenset[str]) -> bool:
    """True if a title part (``_letters``) is the site's name, or starts with it as the host
    spells it ("CNX Software" on cnx-software.com, "Example US" on example.com)."""
    return part in keys or any(part.startswith(key) for key in keys)


def _letters(text: str) -> str:
    """A title part as a site key: lower case, letters and digits only, a domain ending
    dropped ("Newegg.com" -> "newegg")."""
    return NOT_LETTERS.sub("", DOMAIN_ENDING.sub("", text.strip()).casefold())


def _without_site(text: str, doc: Document) -> str:
    """A headline line without the parts at its end that name the site, as a page title
    prints it ("Bridge Loans: How They Work | Example Bank" -> "Bridge Loans: How They Work"); only
    a part that is the site's name or its domain goes (a subtitle after a dash stays)."""
    keys = _site_keys(doc)
    if not keys:
        return text
    end = len(text)
    while True:
        separators = list(TITLE_SEPARATOR.finditer(text, 0, end))
        if not separators:
            return text[:end].strip()
        last = separators[-1]
        site, rest = text[last.end() : end], text[: last.start()]
        if not _names_site(_letters(site), keys) or len(rest.split()) <= len(site.split()):
            return text[:end].strip()  # a site's name is shorter than the title it follows
        end = last.start()


def _without_tag(text: str) -> str:
    """A headline line without the short part after its last bar, as a page title prints it
    ("How Rivers Shape Cities | Opinion" -> "How Rivers Shape Cities")."""
    rest, bar, tag = text.rpartition(TITLE_BAR)
    if not bar or not rest.strip():
        return text
    tag_words = len(tag.split())
    if not 1 <= tag_words <= MAX_TITLE_TAG_WORDS or len(rest.split()) <= tag_words:
        return text
    return rest.strip()


def _first_h1(doc: Document) -> Segment | None:
    """HTML without a stated title: the first title-shaped <h1> that no stage removed."""
    for segment in doc.segments[:MAX_HEADLINE_POSITION]:
        if segment.tag == "h1" and segment.label is None and looks_like_title(segment.text):
            return segment
    return None


def _standfirst(doc: Document, title: Segment) -> None:
    """The sentence or two between the headline and the byline or dates under it; in page
    text a date line may come first ("Stand: 12.03.2025 14:22 Uhr" over the teaser and the
    writer). In HTML a marked teaser under the date line is the story's lead paragraph (the
    benchmarks' golds keep it in the body)."""
    for segment in doc.segments[title.index + 1 : title.index + 4]:
        if segment.label is not None:
            if segment.label.role is Role.DATE and doc.kind == "text":
                continue
            if segment.label.role in _META_ROLES:
                return
            continue
        words = segment.words
        if words > MAX_STANDFIRST_WORDS or words < 5:
            return
        marked = bool(segment.context & STANDFIRST_TOKENS)
        if marked and segment.kind is BlockKind.LIST_ITEM:
            return  # a standfirst box of bullet points: the list stays whole, in the body
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


def _in_playlist(doc: Document, segment: Segment) -> bool:
    """A playlist's title (``_playlist_item``) or the label over one ("Up Next")."""
    following = segment.index + 1
    return _playlist_item(doc, segment) or (
        following < len(doc.segments) and _playlist_item(doc, doc.segments[following])
    )


def _playlist_item(doc: Document, segment: Segment) -> bool:
    """True for a video's title in a player's playlist ("Now Playing" / "Up Next"): its
    running time on the line under it ("00:58"), and another running time within
    PLAYLIST_REACH lines (a second video's). A title so close to the byline is still no
    headline."""
    index, segments = segment.index, doc.segments
    if index + 1 >= len(segments) or not VIDEO_DURATION.match(segments[index + 1].text):
        return False
    near = segments[max(0, index - PLAYLIST_REACH) : index + 2 + PLAYLIST_REACH]
    return sum(1 for s in near if VIDEO_DURATION.match(s.text)) >= MIN_PLAYLIST_DURATIONS


def _standfirst_above(doc: Document, title: Segment) -> None:
    """Page text: the standfirst some pages print above the headline, right over it: two
    sentences (one ending inside the line: a teaser card's blurb over the headline is one) of
    MIN_STANDFIRST_ABOVE_WORDS or more, with the byline or dates right under the headline."""
    if title.index == 0:
        return
    above = doc.segments[title.index - 1]
    if (
        above.label is not None
        or not MIN_STANDFIRST_ABOVE_WORDS <= above.words <= MAX_STANDFIRST_WORDS
        or INNER_SENTENCE_END.search(above.text) is None
        or is_prose(above.text, min_words=40)
        or not _has_meta(doc.segments[title.index + 1 : title.index + 1 + NEAR_META_LINES])
    ):
        return
    doc.label(above, Role.STANDFIRST, NAME, "sentence right above the headline")
    doc.standfirst = Evidence(above.text, Source.VISIBLE_TEXT, above.text, NAME)


@stage(NAME, requires={"byline", "dates", "section", "captions"}, provides={"headline"})
def headline(doc: Document) -> None:
    """Find the visible headline (labelled HEADLINE) and the standfirst under it; page text:
    the date line under the headline, when the dates taken came from above it."""
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
            value = _without_tag(_without_site(segment.text, doc))
            doc.headline = Evidence(value, Source.VISIBLE_TEXT, segment.text, NAME)
            date_under_headline(doc, segment)
    if segment is not None:
        _standfirst(doc, segment)
        if doc.standfirst is None and doc.kind == "text":
            _standfirst_above(doc, segment)
