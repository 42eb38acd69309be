"""Stage ``byline``: the visible byline line, split into people and organisations.

Evidence, in order:
1. a byline line in the header region or just under it ("By Jane Doe and John Roe, AP"); a
   marked line there beats an unmarked one above it (a menu's entry, a category); a marker
   alone over the names one to a line ("By" / "Jane Doe" / "and" / "John Roe"); an unmarked
   line needs support: a date line beside it (a relative stamp, "Published 3 hours ago",
   counts), a newsroom title after each name ("Jane Doe, Political Editor | John Roe, Health
   Reporter"), the author's picture or markup;
2. the byline left over on a date line ("Published: ... By Xinhua and Agencies"), also on one
   the dates stage left unlabelled, the marker inside it ("Posted in News by jroe on May 2");
3. the markup (``metadata`` set it from JSON-LD or meta author): used when no line is found,
   and replaced by a visible line that names the same people plus an agency;
4. page text without any: a marked byline further down, one closing the story (also on a
   blog's date line under the post), an author box under the story (a marker alone over the
   name, or the word "Author" over a name, once on the page; a name over a bio, or once on
   the page over one in the first person: "I'm a reporter ..."), a name
   printed twice by the date line, one word by it (opening it, or between it and the
   headline).
Reporting credits at the end of a story ("Reporting by ...; Editing by ...") are removed.
A dateline ("WASHINGTON (AP) — ...") is never taken for a byline: it opens a prose paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

import attrs

from newsparse.datetimes import DateMention, DateRole, find_dates
from newsparse.document import Document, Evidence, Role, Segment
from newsparse.model import BlockKind, Byline, Source
from newsparse.names import (
    group_after_marker,
    is_job_title,
    is_known_organization,
    is_site_name,
    looks_like_byline,
    split_byline,
    without_name_brackets,
)
from newsparse.patterns.bylines import (
    AUTHOR_NOUNS,
    BY_LANGUAGE,
    COMMENT_WORD_RE,
    DATE_LINE_PIECES_RE,
    DATE_NOUNS,
    FIRST_PERSON_BIO_RE,
    INNER_BYLINE_LINKS,
    NOUN_CAPITALISING_LANGUAGES,
)
from newsparse.patterns.bylines import (
    WEEKDAYS as BYLINE_WEEKDAYS,
)
from newsparse.patterns.dates import META_SEPARATOR, READING_TIME
from newsparse.patterns.furniture import END_OF_STORY, REPORTING_CREDITS
from newsparse.pipeline import stage
from newsparse.stages.dates import (
    MAX_RELATIVE_STAMP_WORDS,
    RELATIVE_DATE_LINE,
    relative_stamp,
    strip_dates,
)
from newsparse.stages.dates import NAME as DATES_STAGE
from newsparse.stages.furniture import header_region
from newsparse.textshape import comparable_words, is_prose, looks_like_title, url_slug_words

__all__ = ["byline"]

NAME = "byline"
# Authors' names printed one to a line under a marker ("By" / "Jane Roe" / "and" / "John Poe"):
# at most this many are joined (a byline names a few people; a list goes on).
MAX_LINKED_NAMES = 4
# Bylines sit in the header or right under it (after a caption or the standfirst).
BYLINE_SEARCH_AFTER_HEADER = 4
# Class/id tokens of byline markup in HTML.
AUTHOR_TOKENS = frozenset(
    {"byline", "author", "authors", "byline-name", "author-name", "contributor"}
)
# Author markup is looked for in this many blocks from the top (it sits by the headline).
MAX_AUTHOR_MARKUP_POSITION = 300
# Class, itemprop or rel words that mark the author's own element inside a byline block.
AUTHOR_MARKS = ("author",)
# Longest attribute read for those marks.
MAX_MARK_CHARS = 200
# HTML bylines may sit under the lead paragraph, a little further than in page text.
HTML_BYLINE_SEARCH_AFTER_HEADER = 8
# In HTML, a byline that the main-content stage left out as the story's header sits within this
# many blocks of the headline ("By <a>Jane Doe</a>" is mostly link text, so it looks like a menu).
HEADER_BYLINE_REACH = 3
# The main-content stage's reasons for such a line: the header above the story, or an author
# box (some pages set the byline itself in "authorbox" markup).
HEADER_REASONS = frozenset({"header", "author bio"})
# Page text: a byline sits within this many lines of the date line that dated the story.
BYLINE_AROUND_DATE = 3
# Below the header, an unmarked name by the date has at most this many words ("Jane Ann
# Doe"); a longer capitalised line there is a teaser's title.
MAX_UNMARKED_NAME_WORDS = 3
# A name line that shares most of its words (two or more) with the URL's slug, and most of the
# slug's, is the page's title.
MIN_SLUG_NAME_WORDS = 2
MIN_SLUG_NAME_SHARE = 0.6
# An unmarked line with a marked byline this many lines below it is no byline (a headline).
MARKED_BELOW_REACH = 2
# A closing byline sits within this many blocks of the last paragraph.
END_BYLINE_REACH = 3
# A marker alone on its line has at most this many words ("Article written by:").
MAX_MARKER_WORDS = 4
# page text: how far under the byline's usual place a marked byline may still sit (past a
# standfirst, a picture and its caption, a list of contributors)
MARKED_BYLINE_REACH = 12
# past this many, only when it is the one marked line there: teaser cards each carry theirs
MARKED_BYLINE_NEAR = 4
# page text: how far from the date line a marked byline may sit
MARKED_AROUND_DATE = 6
# A marked line with this many menu items above and below it is a menu's ("By Region")
MENU_SIDE_ITEMS = 2
MAX_MENU_ITEM_WORDS = 3
# "ByJane Doe", "ByJ.R. Roe", "PorJane Doe": a one-word marker glued to the name
GLUED_BY = re.compile(r"^(?:By|Por|Par|Von)(?=[A-Z][a-z]|[A-Z]\.)")
_GLUED_BY_OPENINGS = ("By", "Por", "Par", "Von")
# "By Jane DoeIn Travel", "By janedoeFebruary 16, 2026", "By Jane DoeStaff Writer", "By Jane
# Doe@JaneDoe": a word that follows a byline glued to its last name (markup without a space):
# a category list's "In", a date's month, a job title, a handle
GLUED_AFTER_NAME = re.compile(
    r"(?<=[a-z])(?:(?P<category>In)\b|(?=(?:On|Updated|Published|Posted)\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d"
    r"|(?:Staff|Senior|Contributing|Contributor|Reporter|Writer|Editor|Correspondent"
    r"|Columnist)\b|@[A-Z]))"
)
# "[Jane Doe] Jane Doe": a text browser's image brackets round the author's picture's alt
# text, then the name
ALT_THEN_NAME = re.compile(r"^\[([^\[\]]{1,80})\] \1$")
# A text browser's picture before or after a byline on its line ("[Avatar]   Jane Roe am 18.
# September 2019", "ByJane Roe [Example logo]"): no part of it.
LEADING_ALT = re.compile(r"^\[[^\[\]]{1,80}\] (?=[^\W\d_])")
TRAILING_ALT = re.compile(r"(?<=\S) \[[^\[\]]{1,80}\]$")
# Words that join two names, in every language ("and", "und", "et")
_CONJUNCTIONS = frozenset(w for table in BY_LANGUAGE.values() for w in table.conjunctions)
# A wide gap inside a line of page text: two or more spaces (no-break ones too) between the
# pieces of a byline line ("By Jane Roe   Print Edition")
WIDE_GAP = re.compile(r"[^\S\n]{2,}")
# Longest line whose glued words are set apart: a byline line is short (prose is not read).
MAX_GLUED_LINE_CHARS = 200
# "Written by:Jane Doe", "Author:Jane Doe": a label of one or two words glued to the name
GLUED_LABEL_COLON = re.compile(r"^([^\W\d_]{1,15}(?: [^\W\d_]{1,15})?):(?=[^\W\d_])")
# Its colon stands within this many characters of the line's start (two words of 15 and a
# space).
GLUED_LABEL_REACH = 32
# A bare name is two to four capitalised words.
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
# A byline line is short; the name tables do the fine checks.
MAX_BYLINE_WORDS = 20
# A date line this many lines from a bare name vouches for it ("Jane Doe", "Staff Writer",
# date), when the lines between are short: a job title, a reading time, an icon's name.
DATE_NEAR_NAME_REACH = 3
MAX_WORDS_BETWEEN_NAME_AND_DATE = 4
# An author block ("Jane Doe" / "Staff Writer") sits within this many lines above the end
# of the byline's usual place; higher up, a name over a title is a menu ("Mental Health" /
# "Health Coach").
TITLE_BLOCK_REACH = 12
# Bylines naming this many different authors away from the story's date line are teasers'
# (a list of related stories); a byline by the date line is then the story's own.
TEASER_BYLINES = 3
# A name printed twice that one of this many lines above repeats is the story's subject.
SUBJECT_REACH = 3
# A name printed twice over a date line with another date line this near is a teaser card's
# title (each card dated, one under the other).
TEASER_DATE_REACH = 6
# An author box with a bio sits in the page's last part: from this share of its lines on.
AUTHOR_BOX_FROM = 0.5
# An author block may print the name this many times more (an avatar's alt text, a link).
NAME_REPEATS = 2
# A headline over a one-word author has this many words at least (a menu's item fewer).
MIN_HEADLINE_WORDS = 4
# An image line naming the author: "Picture of Jane Doe", "Jane Doe's avatar".
AUTHOR_PICTURE = re.compile(r"\b(?:avatar|picture|photo|headshot|profile|image|portrait)\b")
# An image line standing for the author's picture: "Photo of author", "Author avatar",
# "author-image", "Picture of the author".
AUTHOR_PICTURE_LINE = re.compile(
    r"(?:(?:avatar|picture|photo|headshot|image|portrait) of (?:the )?author"
    r"|author[ -](?:avatar|picture|photo|headshot|image|portrait))"
)
# Words of a name checked against the page's lower-case words ("of", "de" join names).
MIN_CHECKED_NAME_WORD_CHARS = 3
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# Punctuation around a word in running text: "(practices," reads "practices".
WORD_EDGES = "\"'“”‘’«»()[]{}.,;:!?…*"


# A provider's line above the story: "Source: Xinhua", "Quelle: dpa | 12.03.2024 | ..."
SOURCE_PROVIDER = re.compile(
    r"^(?:Source|Quelle|Fuente|Fonte|Źródło|Bron)\s?:\s*([^|\n:]{2,60}?)\s*(?:\||$)"
)
SOURCE_INITIALS = frozenset("SQFŹB")
# Wire names alone on a line, apart: "Reuters | AFP", "AP / Reuters"
PROVIDER_SEPARATOR = re.compile(r"\s[|/]\s|\s&\s|\sand\s")
MAX_PROVIDER_WORDS = 5
MAX_PROVIDER_PIECES = 4
# A provider's line may already be read as a date line ("Source: X | <date>") or as a trail.
_PROVIDER_LINE_ROLES = frozenset({Role.DATE, Role.SECTION})


def marker_alone(text: str, languages: tuple[str, ...]) -> bool:
    """True if the line is nothing but an author marker ("By", "Written by:") or a label with
    its colon ("Author:"): the name follows on the next line. A bare label ("Authors") is a
    menu item."""
    stripped = text.casefold().strip()
    folded = stripped.rstrip(":").strip()
    for code in (*languages, "en"):
        table = BY_LANGUAGE.get(code)
        if table is None:
            continue
        if folded in table.markers or (folded in table.labels and stripped.endswith(":")):
            return True
    return False


def _opening(markers: frozenset[str], labels: frozenset[str]) -> re.Pattern[str]:
    """One pattern for a language's openings: a marker before a colon or a space ("by jane",
    "by:", "by\xa0jane"), or a label before its colon ("author:")."""
    def alternatives(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    return re.compile(rf"(?:{alternatives(markers)})(?=[:\s])|(?:{alternatives(labels)}):")


# The first words of the English markers ("by", "written", "posted"): the words glued after a
# name (GLUED_AFTER_NAME) are English, and only a line opening with one is read for them.
_MARKER_FIRST_WORDS = frozenset(m.split()[0] for m in BY_LANGUAGE["en"].markers)
# "Written byJane Doe", "Veröffentlicht vonChris Jung": a marker of two or more words glued to
# the name (markup without a space); a one-word marker so glued is a word ("Bylaws").
GLUED_MARKER = re.compile(
    "^(?i:"
    + "|".join(
        re.escape(marker)
        for marker in sorted(
            {m for table in BY_LANGUAGE.values() for m in table.markers if " " in m},
            key=len,
            reverse=True,
        )
    )
    + ")(?=[A-ZÀ-ÖØ-Þ])"
)
# Separators a meta line sets between its date and the pieces around it.
DATE_SEPARATORS = "|·•"
# The first letters of those markers, either case: only a line opening with one is matched.
_GLUED_MARKER_INITIALS = frozenset(
    c
    for table in BY_LANGUAGE.values()
    for m in table.markers
    if " " in m
    for c in (m[0].lower(), m[0].upper())
)
# Every language with a byline table: a date line's marker may be in any of them.
ALL_LANGUAGES = tuple(BY_LANGUAGE)
# A one-word author marker inside a line, after a space ("Posted on May 2, 2025 by Jane Roe",
# "Publiziert am 2. Mai 2025 von jroe"): with a date and names after it, a date line the dates
# stage left unlabelled (its date is not alone there).
INNER_MARKER = re.compile(
    r"(?<=\s)(?i:"
    + "|".join(
        re.escape(marker)
        for marker in sorted(
            {m for table in BY_LANGUAGE.values() for m in table.markers if " " not in m},
            key=len,
            reverse=True,
        )
    )
    + r")\s+(?=\w)"
)
# The author openings of each language, read once: has_marker runs on every short line.
_OPENINGS = {code: _opening(table.markers, table.labels) for code, table in BY_LANGUAGE.items()}


def has_marker(text: str, languages: tuple[str, ...]) -> bool:
    """True if the line opens with an author marker of one of the languages ("By", "Von")."""
    folded = text.casefold().lstrip()
    for code in (*languages, "en"):
        opening = _OPENINGS.get(code)
        if opening is not None and opening.match(folded):
            return True
    return False


def _vouched(doc: Document, segment: Segment, lower: Container[str]) -> bool | None:
    """A byline without "By" needs support: a date line beside it, the author's picture named
    on the line above, or author markup (True); or, weaker, a date line a few short lines away
    (a job title, a reading time or an icon's name between) (False). None without support."""
    if segment.context & AUTHOR_TOKENS:
        return True
    if _a_date_line(doc, segment):
        return True
    index = segment.index
    neighbours = doc.segments[max(0, index - 1) : index + 2]
    if any(_dated_neighbour(doc, n) for n in neighbours):
        return True
    if doc.kind == "text" and any(n is not segment and _relative_stamp(doc, n) for n in neighbours):
        return True  # "Jane Roe and John Poe" over "Published 3 hours ago"
    if has_marker(_unglue(segment.text), doc.languages):
        return True
    if index > 0 and _pictures(doc.segments[index - 1].text, segment.text):
        return True
    if index > 0 and _author_picture(doc.segments[index - 1].text):
        return True
    if _titled(segment.text):
        return True
    if _author_block(doc, segment, lower):
        return True
    # page text only: HTML has the author markup to fall back on
    return False if doc.kind == "text" and _date_nearby(doc, index) else None


def _dated_neighbour(doc: Document, segment: Segment) -> bool:
    """True for a date line beside a name. In HTML a relative stamp ("Published 1 day ago")
    is not one: a topic tag over it is no author there, and the markup names the author."""
    label = segment.label
    if label is None or label.role is not Role.DATE:
        return False
    return doc.kind == "text" or label.reason != RELATIVE_DATE_LINE


def _relative_stamp(doc: Document, segment: Segment) -> bool:
    """True for a short unlabelled line that only gives a relative time ("Published 3 hours
    ago"): the page's date line (see ``relative_stamp``)."""
    if segment.label is not None or segment.words > MAX_RELATIVE_STAMP_WORDS:
        return False
    return relative_stamp(segment.text, doc.languages)


def _written_elsewhere(doc: Document, segment: Segment, word: str) -> bool:
    """True when a line other than ``segment`` has ``word`` as a word (read only for a
    lower-case user name beside the date line: a few lines a page)."""
    return any(
        other.index != segment.index
        and word in (w.strip(WORD_EDGES) for w in other.text.split())
        for other in doc.segments
    )


def _beside_a_date_line(doc: Document, index: int) -> bool:
    """True when the line just above or just below ``index`` is a date line."""
    return _dated_line(doc, index - 1) or _dated_line(doc, index + 1)


def _a_date_line(doc: Document, segment: Segment) -> bool:
    """True for a date line: one the dates stage labelled, or an unlabelled short line with a
    date and a byline after an author marker between words ("Posted on May 2, 2025 by Jane
    Roe"; see ``_inner_byline``)."""
    if segment.label is not None:
        return segment.label.role is Role.DATE
    if segment.words > MAX_BYLINE_WORDS or INNER_MARKER.search(segment.text) is None:
        return False
    return bool(find_dates(segment.text, languages=doc.languages)) and bool(
        _inner_byline(segment.text, doc.languages)
    )


def _titled(text: str) -> bool:
    """True for names with their job title after a comma or a bar: "Jane Roe, Staff Writer",
    "Jane Roe and John Poe | Guest Columnists", or each name with its own between bars ("Jane
    Roe, Political Editor | John Poe, Health Reporter")."""
    pieces = text.split("|")
    if len(pieces) > 1 and all(_titled(piece) for piece in pieces):
        return True
    head, bar, tail = text.rpartition("|")
    if not bar:
        head, _, tail = text.rpartition(",")
    head, tail = head.strip(), tail.strip()
    if not head or not tail[:1].isupper() or "," in head or "|" in head:
        return False
    return is_job_title(tail)


def _author_block(doc: Document, segment: Segment, lower: Container[str]) -> bool:
    """True when the next line (past repeats of this one: an avatar's alt text and the name)
    is a job title alone, near the byline's usual place: an author block ("Jane Doe" / "Staff
    Writer"). Not a menu's items ("Garden Courses" / "Graphic Designer"): words the page
    writes in lower case are no name."""
    if not is_job_title(_line_under_name(doc, segment)):
        return False
    if _has_common_word(segment.text, lower):
        return False
    return (
        segment.index >= _header_end(doc) - TITLE_BLOCK_REACH
        or segment.index in _beside_the_date(doc)
    )


def _line_under_name(doc: Document, segment: Segment) -> str:
    """The line under a name line, past up to NAME_REPEATS repeats of the name (an avatar's
    alt text, then the name): a job title or a bio in an author block."""
    name = segment.text.strip()
    following = doc.segments[segment.index + 1 : segment.index + 2 + NAME_REPEATS]
    return next((t for line in following if (t := line.text.strip()) != name), "")


def _date_nearby(doc: Document, index: int) -> bool:
    """True if a date line sits within ``DATE_NEAR_NAME_REACH`` lines above or below, with only
    short lines between ("Jane Doe" / "Staff Writer" / "May 2, 2025")."""
    for step in (-1, 1):
        for distance in range(1, DATE_NEAR_NAME_REACH + 1):
            position = index + step * distance
            if not 0 <= position < len(doc.segments):
                break
            line = doc.segments[position]
            if line.label is not None and line.label.role is Role.DATE:
                return True
            if line.words > MAX_WORDS_BETWEEN_NAME_AND_DATE or is_prose(line.text):
                break
    return False


def _author_picture(line: str) -> bool:
    """True for an image line that names the author without the name: "Photo of author",
    "Author avatar", "author-image"; the name is on the next line."""
    return AUTHOR_PICTURE_LINE.fullmatch(_alt_text(line).casefold()) is not None


def _alt_text(line: str) -> str:
    """A line without the brackets a text browser puts around an image's alt text: "[Jane
    Doe]" reads "Jane Doe"."""
    line = line.strip()
    if line.startswith("[") and line.endswith("]") and "[" not in line[1:]:
        return line[1:-1].strip()
    return line


def _pictures(line: str, name: str) -> bool:
    """True if an image line names the person: "Picture of Jane Doe", "Jane Doe's avatar",
    "Headshot of Jane Doe, editor"."""
    folded = line.casefold()
    return name.casefold() in folded and AUTHOR_PICTURE.search(folded) is not None


def lower_case_words(doc: Document) -> frozenset[str]:
    """Words the page writes in lower case somewhere: common words ("practices", "security"),
    which a person's name is not made of. Addresses and handles ("jane.doe@", "/janedoe")
    are not words, and neither is a line with no capital at all: an image's alt text or a tag
    list writes names in lower case too ("jane doe moving expert")."""
    segments = doc.segments
    tokens = {
        token
        for segment in segments
        if not segment.text.islower() and not _case_twin(segments, segment.index)
        for token in segment.text.split()
    }
    cores = (token.strip(WORD_EDGES) for token in tokens)
    return frozenset(core for core in cores if core.isalpha() and core.islower())


def _case_twin(segments: list[Segment], index: int) -> bool:
    """True when the line next to this one prints it again in other case: an avatar's alt
    text over the name ("jane Roe" / "Jane Roe"), whose lower-case words are the name's."""
    folded = segments[index].text.strip().casefold()
    return any(
        0 <= other < len(segments)
        and segments[other].text.strip().casefold() == folded
        and segments[other].text.strip() != segments[index].text.strip()
        for other in (index - 1, index + 1)
    )


class LowerCaseWords:
    """The page's lower-case words, read on first use: most pages never ask."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = lower_case_words(self._doc)
        return word in self._words


def common_words_only(found: Byline, lower: Container[str], *, most: bool = False) -> bool:
    """True when a byline names no organisation and each of its people is made of words the
    page writes in lower case elsewhere: a title in title case ("Best Practices for Staff
    Benefits", "Home Routers and Data Safety"), not people. With ``most``, more than half of
    each one's words will do ("Bridge Repairs Begin": a headline's verb is no common noun)."""
    if not found.people or found.organizations:
        return False
    for person in found.people:
        words = [
            w.casefold() for w in _WORD.findall(person) if len(w) >= MIN_CHECKED_NAME_WORD_CHARS
        ]
        common = sum(w in lower for w in words)
        enough = common * 2 > len(words) if most else common == len(words)
        if not words or not enough:
            return False
    return True


class _Vouches:
    """Each line's support (see ``_vouched``), read once: the byline's passes ask for the same
    lines, and labelling a byline changes no line's support (dates and text only)."""

    def __init__(self, doc: Document, lower: Container[str]) -> None:
        self._doc = doc
        self._lower = lower
        self._known: dict[int, bool | None] = {}

    def __call__(self, segment: Segment) -> bool | None:
        index = segment.index
        if index not in self._known:
            self._known[index] = _vouched(self._doc, segment, self._lower)
        return self._known[index]


def _from_segment(
    doc: Document,
    segment: Segment,
    lower: Container[str],
    *,
    outside: bool = False,
    weak: bool = True,
    vouches: _Vouches | None = None,
) -> Byline | None:
    """The byline a searched line gives, or None. ``weak=False`` refuses a name vouched for
    only by a date a few lines away."""
    if len(segment.text.split()) > MAX_BYLINE_WORDS:
        return None  # ungluing only adds words
    text = _unglue(segment.text)
    if len(text.split()) > MAX_BYLINE_WORDS:
        return None
    support = vouches(segment) if vouches is not None else _vouched(doc, segment, lower)
    if support is None or (support is False and not weak):
        return None
    if doc.headline is not None and text.casefold() == doc.headline.value.casefold():
        return None  # the headline repeated beside the date is not a byline
    texts = [text]
    languages = doc.languages
    if (
        doc.language_code is None
        and not has_marker(text, languages)
        and has_marker(text, ALL_LANGUAGES)
    ):
        # a page whose language was not told: the marker tells it ("Écrit par Jane Roe")
        languages = ALL_LANGUAGES
    categories: set[str] = set()  # a meta line's unmarked pieces: maybe a category's name
    date_line = _a_date_line(doc, segment)
    if date_line:
        # a reading time is no part of a name ("5 min read Fact checked by: Jane Roe")
        text = READING_TIME.sub(" | ", text)
        mentions = find_dates(text, languages=doc.languages)
        # the line without its dates; else whole, for the names reader cuts a date itself
        # ("By Jane Doe on January 21, 2023" leaves a dangling "on")
        stripped = _without_dates(text, mentions)
        texts = [stripped, text]
        # or the names after a marker inside it ("Posted in Garden Diary by jroe on May 2, 2025")
        inner = _inner_byline(text, languages)
        if inner:
            texts.append(inner)
        opening = _before_the_date(text, mentions)
        if opening:
            # the name opening the line, before a category after the date ("Jane Doe  May 2,
            # 2025 Product Reviews", "by Jane Doe | May 2, 2025 | Indoor Plants")
            texts.insert(0, opening)
        if not has_marker(stripped, languages) and has_marker(stripped, ALL_LANGUAGES):
            # a date line in the language of its marker, whatever the page was read as ("von
            # Jana Roe | 20. Mai 2007" on a page taken for English)
            languages = ALL_LANGUAGES
        # or without a comment count after the name ("May 2, 2025 Jane Doe 0")
        words = stripped.split()
        if len(words) > 1 and words[-1].isdigit():
            texts.append(" ".join(words[:-1]))
        # or one piece of a meta line ("May 2, 2025 · 30 min · 6279 words · Jane Doe")
        # ("May 2, 2025 · Garden Diary · Jane Doe": an unmarked piece in words the page writes
        # in lower case elsewhere is a category)
        # (by a dash or a double slash in page text only, and not in a list of dated lines:
        # "2.11.2022 - Band - Venue", a calendar; HTML has the author markup to fall back on)
        listed = _dated_line(doc, segment.index - 1) or _dated_line(doc, segment.index + 1)
        parts = META_SEPARATOR if listed or doc.kind != "text" else DATE_LINE_PIECES_RE
        pieces = [p.strip() for p in parts.split(f" {stripped} ") if p.strip()]
        if len(pieces) > 1:
            categories.update(p for p in pieces if not has_marker(p, languages))
        texts.extend(p for p in pieces if not _DIGIT.search(p))
        # or the name opening a piece, cut where a word ends it ("Dec. 19, 2025 · Jane Roe on
        # behalf of the Example Team"); not at a separator ("Mark Roe - Arena" in a calendar)
        for piece in pieces:
            if listed or _DIGIT.search(piece):
                continue
            head = split_byline(piece, languages=languages)
            if head is not None and piece.startswith(head.text):
                rest = piece[len(head.text) :].lstrip()
                if rest[:1].isalpha():
                    texts.append(head.text)
        # or the name that opens the line, cut off by the date with its linking word ("Jane
        # Doe on May 2, 2025"); a category after the date is none ("May 2, 2025 | Travel")
        cut = split_byline(text, languages=languages)
        if cut is not None and text.startswith(cut.text):
            texts.append(cut.text)
    text = next(
        (
            t
            for t in texts
            if (looks_like_byline(t, languages=languages) or _bare_name_read(t, languages))
            and not (t in categories and _has_common_word(t, lower))
        ),
        "",
    )
    marked_rest = not text and len(texts) > 1 and has_marker(texts[0], languages)
    if marked_rest:
        # the date line's marked rest, though it reads like a title without the date ("May
        # 21, 2025 by The Daily Grind"): a title names no one after "by" beside a date
        text = texts[0]
    if not text:
        return _group_by_the_date(doc, segment, lower)
    found = split_byline(text, languages=languages)
    if found is None or (marked_rest and not has_marker(found.text, languages)):
        return None  # the names must follow the marker, not a category further on
    if _weekdays_only(found):
        return None  # a date line's weekdays left over ("Thursday, 4 May 2023Thursday, ...")
    if has_marker(text, languages):
        # "by janedoe" names a user; "By using" is a sentence's start, and "By Use Case" or
        # "By Region" a menu's heading: words the page writes in lower case elsewhere. On the
        # date line, a user name may be such a word ("by acme | Apr 21, 2025": the site's app).
        # Beside the date line, one not written elsewhere in lower case ("By janedoe" over
        # "May 2, 2025"; "by repairs" there is a menu's).
        users = [p for p in found.people if p.islower() and " " not in p]
        handle = bool(users) and len(users) == len(found.people) and (
            date_line
            or (
                _beside_a_date_line(doc, segment.index)
                and not any(_written_elsewhere(doc, segment, user) for user in users)
            )
        )
        if not handle and (
            common_words_only(found, lower) or any(p.islower() and p in lower for p in found.people)
        ):
            return None
        if _in_a_menu(doc, segment) and not _date_nearby(doc, segment.index):
            return None
        if _one_word(found, segment.text) and not _near_the_date(doc, segment.index):
            return None  # "By Occasion", "By Challenge": a shop's or a menu's filter
        return found
    if common_words_only(found, lower, most=True) or _marked_below(doc, segment):
        return None
    if _names_the_url(doc, text):
        return None  # the headline, which the URL repeats ("/moving-day-guide")
    if _dated_name_below(doc, segment, lower):
        return None
    if (outside or not support) and (
        found.organizations
        or any(len(person.split()) > MAX_UNMARKED_NAME_WORDS for person in found.people)
        or any_common_word(found, lower)
    ):
        return None  # below the header or a few lines from the date, only people's names
    return found


def _weekdays_only(found: Byline) -> bool:
    """True when every word the byline names is a weekday ("Mon Mon", "Donnerstag"): what a
    date line leaves without its dates, no one's name."""
    words = [w.casefold() for name in found.authors for w in _WORD.findall(name)]
    return bool(words) and all(w in BYLINE_WEEKDAYS for w in words)


def _inner_byline(line: str, languages: tuple[str, ...]) -> str:
    """The byline after an author marker inside a date line ("Posted in Garden Diary by jroe
    on May 2, 2025", "Ein Artikel von Jana Roe | 2. Mai 2025"), or "": only where the names
    end the line or a separator or a linking word follows them ("on", "am", "in"); other
    words make the line a title ("Tests von Fahrzeugen mit neuen Reifen 2. Mai 2025")."""
    inner = INNER_MARKER.search(line)
    if inner is None:
        return ""
    piece = _unglue(line[inner.start() :])
    named = split_byline(piece, languages=languages)
    if named is None or not piece.startswith(named.text):
        return ""
    if any(a[:1].islower() and " " in a for a in named.authors):
        return ""  # words in lower case: a sentence's ("posted on May 2, 2025 by the agency")
    rest = piece[len(named.text) :].split(maxsplit=1)
    if rest and rest[0][:1].isalpha() and rest[0].casefold() not in INNER_BYLINE_LINKS:
        return ""
    return named.text


def _without_dates(text: str, mentions: tuple[DateMention, ...]) -> str:
    """The line without its dates; a date (or dates printed side by side) between two
    separators leaves one, so the pieces around it stay apart ("By Jane Roe | May 2, 2025 |
    Roads" reads "By Jane Roe | Roads", not a name "Jane Roe Roads")."""
    runs = _date_runs(text, mentions)
    if not any(_between_separators(text, start, end) for start, end in runs):
        return strip_dates(text, mentions)
    for start, end in reversed(runs):
        text = f"{text[:start].rstrip()} {text[end:].lstrip()}"
    return strip_dates(" ".join(text.split()).replace("| |", "|"), ())


def _before_the_date(text: str, mentions: tuple[DateMention, ...]) -> str:
    """The words before the line's first date when words follow its last one too, without
    the separators at their end ("Jane Doe | May 2, 2025 | Travel" gives "Jane Doe"); else
    "" (nothing on one side: the stripped line already is that piece)."""
    if not mentions:
        return ""
    first = min(m.start for m in mentions)
    last = max(m.end for m in mentions)
    after = text[last:].strip(f" {DATE_SEPARATORS}")
    if not after or not _LETTER.search(after):
        return ""
    return text[:first].strip().rstrip(f"{DATE_SEPARATORS}-–—/,").strip()


def _date_runs(text: str, mentions: tuple[DateMention, ...]) -> list[tuple[int, int]]:
    """Where the line's dates stand, dates with only white space between them as one run
    ("May 2, 2025 May 4, 2025": a theme printing both stamps)."""
    runs: list[tuple[int, int]] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if runs and not text[runs[-1][1] : mention.start].strip():
            runs[-1] = (runs[-1][0], max(runs[-1][1], mention.end))
        else:
            runs.append((mention.start, mention.end))
    return runs


def _between_separators(text: str, start: int, end: int) -> bool:
    """True when a separator stands right before and right after a date ("X | date | Y")."""
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return before in DATE_SEPARATORS and after in DATE_SEPARATORS and before != ""


def _group_by_the_date(doc: Document, segment: Segment, lower: Container[str]) -> Byline | None:
    """A marked line beside a date line naming a group or site the name tables do not know
    ("By Ask the Gardeners" over "May 4, 2021"); not a menu's heading in words the page
    writes in lower case ("By Region")."""
    if segment.label is not None:
        return None
    index = segment.index
    if not any(_dated_line(doc, i) for i in (index - 1, index + 1)):
        return None
    found = group_after_marker(_unglue(segment.text), languages=doc.languages)
    if found is None or _in_a_menu(doc, segment):
        return None
    words = _WORD.findall(found.organizations[0])
    if all(w.casefold() in lower for w in words if len(w) >= MIN_CHECKED_NAME_WORD_CHARS):
        return None
    return found


def _near_the_date(doc: Document, index: int) -> bool:
    """True for a line of HTML, or a line of page text that is a date line, sits a few lines
    from the one that dated the story, or has one a few short lines away."""
    if doc.kind != "text" or _dated_line(doc, index) or index in _beside_the_date(doc):
        return True
    return _date_nearby(doc, index)


def _one_word(found: Byline, line: str) -> bool:
    """True when a byline is a marker and one capitalised word, no agency the tables know,
    with no colon or figure on the line ("By Occasion", "By Jez"): only a date line near it
    makes it an author's first name. A label ("Writer: Ben"), a date on the line or a user
    name in lower case or camel case ("by jez", "By JezMorton") is a byline's own shape."""
    if len(found.authors) != 1 or len(found.authors[0].split()) != 1:
        return False
    name = found.authors[0]
    if name.islower() or not name[1:].islower() or ":" in line or _DIGIT.search(line):
        return False
    return not is_known_organization(name)


def _in_a_menu(doc: Document, segment: Segment) -> bool:
    """True when the lines just above and just below are all a menu's items: short, with no
    figure and no sentence ("Breads" / "Cocktails" / "By Region" / "Asian Food" / "Desserts").
    A byline has the headline above it, or the date, or the story below."""
    index = segment.index
    if index < MENU_SIDE_ITEMS:
        return False
    sides = (
        doc.segments[index - MENU_SIDE_ITEMS : index]
        + doc.segments[index + 1 : index + 1 + MENU_SIDE_ITEMS]
    )
    return len(sides) == 2 * MENU_SIDE_ITEMS and all(_menu_item(line) for line in sides)


def _menu_item(segment: Segment) -> bool:
    """A menu's item: a short line with no figure, neither a date line nor a sentence."""
    text = segment.text
    return (
        0 < segment.words <= MAX_MENU_ITEM_WORDS
        and (segment.label is None or segment.label.role is not Role.DATE)
        and not _DIGIT.search(text)
        and not text.rstrip().endswith((".", "!", "?", ":"))
    )


def _names_the_url(doc: Document, text: str) -> bool:
    """True when a line and the URL's slug are mostly the same words: the page's title, which
    reads like names when written in title case ("Moving Day Guide"). An author's name is a
    small part of a long slug ("/i-was-at-a-wedding-jane-doe")."""
    slug = url_slug_words(doc.url)
    words = {w for w in comparable_words(text) if len(w) > 2}
    if len(words) < MIN_SLUG_NAME_WORDS:
        return False
    shared = len(words & slug)
    return shared >= len(words) * MIN_SLUG_NAME_SHARE and shared >= len(slug) * MIN_SLUG_NAME_SHARE


def _dated_name_below(doc: Document, segment: Segment, lower: Container[str]) -> bool:
    """True when the next line is a date line that names its own author ("Bridge Repairs
    Begin" over "May 2, 2025 · Jane Doe"): that name is the byline, the line above the
    headline."""
    if segment.label is not None and segment.label.role is Role.DATE:
        return False
    position = segment.index + 1
    if position >= len(doc.segments):
        return False
    below = doc.segments[position]
    if below.label is None or below.label.role is not Role.DATE:
        return False
    return _from_segment(doc, below, lower) is not None


def _marked_below(doc: Document, segment: Segment) -> bool:
    """True when a line just below opens with an author marker: that line is the byline, and
    the unmarked title-case line above it the headline ("Bridge Repairs Begin" over "By Jane
    Doe on May 2, 2025"). A name repeated in the marked line is the author's own line."""
    below = doc.segments[segment.index + 1 : segment.index + 1 + MARKED_BELOW_REACH]
    name = segment.text.casefold()
    return any(
        has_marker(_unglue(line.text), doc.languages) and name not in line.text.casefold()
        for line in below
    )


def any_common_word(found: Byline, lower: Container[str]) -> bool:
    """True when a person of an unmarked byline has a word the page writes in lower case
    ("Industry Insights", "Latest Articles"): below the header a category or a teaser line
    beside the date, not a person."""
    return any(_has_common_word(person, lower) for person in found.people)


def _has_common_word(name: str, lower: Container[str]) -> bool:
    """True when a name has a word (long enough to check) the page writes in lower case."""
    return any(
        w.casefold() in lower for w in _WORD.findall(name) if len(w) >= MIN_CHECKED_NAME_WORD_CHARS
    )


def _date_on_the_byline(doc: Document, segment: Segment) -> None:
    """A byline line that also gives the date ("Geschrieben von X am 25.08.2015 22:30 (1599 x
    gelesen)") dates the story when nothing else did; the dates stage left it for its words."""
    if doc.published is not None:
        return
    mentions = [
        m
        for m in find_dates(segment.text, languages=doc.languages)
        if m.role is not DateRole.UPDATED
    ]
    if mentions:
        doc.published = Evidence(mentions[0].date.value, Source.VISIBLE_TEXT, mentions[0].raw, NAME)


def _bare_name(text: str) -> bool:
    """A name alone ("John Roe", "Dr. Jane Roe", "Jane (Doe) Roe"): a byline when a date line
    is beside it."""
    words = without_name_brackets(text).split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return False
    return all(w[0].isupper() and not any(c.isdigit() for c in w) for w in words) and not any(
        c in text for c in ":|!?"
    )


def _bare_name_read(text: str, languages: tuple[str, ...]) -> bool:
    """A bare name (``_bare_name``) that the names reader reads as a byline: not capitalised
    words ending in a date's link ("By Jane Roe On 2. Mai 2025" without its date reads "By
    Jane Roe On"; the whole line is read next, and the reader cuts the date itself)."""
    return _bare_name(text) and split_byline(text, languages=languages) is not None


# Labelled lines still read for a byline: a date line may end with one, and a name the page
# repeats (a blog's author, named again in the footer) may have been taken for the site name.
_SEARCHED_ROLES = (Role.DATE, Role.BYLINE, Role.SITE_NAME)


def _header_end(doc: Document) -> int:
    """Index of the last line of the byline's usual place: the header region and a few
    lines under it."""
    header = header_region(doc)
    reach = BYLINE_SEARCH_AFTER_HEADER if doc.kind == "text" else HTML_BYLINE_SEARCH_AFTER_HEADER
    return (header[-1].index if header else -1) + reach


def _searched(doc: Document) -> list[Segment]:
    until = _header_end(doc)
    beside = _beside_the_headline(doc)
    dated = _beside_the_date(doc)
    return [
        s
        for s in doc.segments
        if (s.index <= until or s.index in dated)
        and (
            s.label is None
            or s.label.role in _SEARCHED_ROLES
            or (
                s.index in beside
                and s.label.reason in HEADER_REASONS
                and has_marker(_unglue(s.text), doc.languages)
            )
        )
    ]


def _beside_the_date(doc: Document, reach: int = BYLINE_AROUND_DATE) -> range:
    """Page text: indexes of lines around the date line that dated the story. The byline sits
    by the date ("By" / "Jane Doe" / "Apr 21, 2021"), also when menus with prose-like
    descriptions above it made the header region end early."""
    if doc.kind != "text":
        return range(0)
    for evidence in (doc.published, doc.updated):
        if evidence is None or evidence.stage != DATES_STAGE:
            continue
        line = next(
            (
                s.index
                for s in doc.segments
                if s.label is not None and s.label.role is Role.DATE and evidence.raw in s.text
            ),
            None,
        )
        if line is not None:
            return range(line - reach, line + reach + 1)
    return range(0)


def _beside_the_headline(doc: Document) -> range:
    """Indexes of blocks near the headline, where an HTML byline sits even when the main-content
    stage left it out with the story's header or as an author box. Such a line must
    open with a marker ("By", "Par", "Von"): a category or site name beside a date is none."""
    if doc.kind != "html":
        return range(0)
    if doc.headline is None:
        return range(0)
    wanted = doc.headline.value.casefold()
    headline = next((s for s in doc.segments if s.kind is BlockKind.HEADING
                     and len(s.text) * 2 > len(wanted) and s.text.casefold() in wanted), None)
    if headline is None:
        return range(0)
    return range(headline.index - HEADER_BYLINE_REACH, headline.index + HEADER_BYLINE_REACH + 1)


@stage(NAME, requires={"dates"}, provides={"byline"})
def byline(doc: Document) -> None:
    """Label byline lines near the top and set the byline; remove end-of-story credits."""
    found: Byline | None = None
    site_named: Byline | None = None  # a name the furniture stage took for the site name
    lower = LowerCaseWords(doc)
    until = _header_end(doc)
    searched = _searched(doc)
    vouches = _Vouches(doc, lower)
    weak = _only_weak_names(doc, searched, lower, until, vouches)
    dated = _beside_the_date(doc)
    date_line = dated.start + BYLINE_AROUND_DATE
    found_by_date = False  # whether the byline taken sits by the story's date line
    by_date: Byline | None = None  # else the byline nearest to it, which may be preferred
    nearest = BYLINE_AROUND_DATE + 1
    away: set[tuple[str, ...]] = set()  # the authors of bylines away from the date line
    unmarked_at: int | None = None  # the line of an unmarked byline a marked one may replace
    for segment in searched:
        if found is None and _name_after_marker(doc, segment, lower):
            found = doc.byline.value if doc.byline is not None else None
            found_by_date = segment.index + 1 in dated
            continue
        outside = segment.index > until
        candidate = _from_segment(
            doc, segment, lower, outside=outside, weak=weak, vouches=vouches
        )
        if candidate is None:
            continue
        if segment.label is not None and segment.label.role is Role.SITE_NAME:
            site_named = site_named or candidate
            continue
        if segment.label is None:
            doc.label(segment, Role.BYLINE, NAME, "byline line")
            _date_on_the_byline(doc, segment)
        if segment.index not in dated:
            away.add(candidate.authors)
        if found is None:
            found = candidate
            found_by_date = segment.index in dated
            if not has_marker(segment.text, doc.languages):
                unmarked_at = segment.index
            _offer(doc, candidate)
            continue
        if unmarked_at is not None and has_marker(segment.text, doc.languages):
            # "Written by Jane Roe" under an unmarked line taken for a byline (a category or
            # a kicker beside the date, a menu's entry, a teaser's name higher up): the marked
            # line names the author
            found, unmarked_at = candidate, None
            found_by_date = segment.index in dated
            _offer(doc, candidate)
            continue
        if dated and not found_by_date and abs(segment.index - date_line) < nearest:
            by_date, nearest = candidate, abs(segment.index - date_line)
        if (
            candidate.authors == found.authors
            and segment.label is not None
            and segment.label.role is Role.BYLINE
        ):
            doc.label(segment, Role.BOILERPLATE, NAME, "duplicate byline")
    if by_date is not None and len(away) >= TEASER_BYLINES and by_date.authors not in away:
        _offer(doc, by_date)  # teasers' bylines higher up give way to the story's own
    if found is None and site_named is not None:
        _offer(doc, site_named)  # a blog's author is its masthead: used when no other is named
    if (doc.byline is None or _only_the_site(doc)) and doc.kind == "html":
        _from_author_markup(doc)
    if doc.byline is None and doc.kind == "text":
        _marked_further_down(doc, lower)
    if doc.byline is None:
        _at_the_end(doc)
    if doc.kind == "text":
        for fallback in TEXT_FALLBACKS:
            if doc.byline is not None:
                break
            fallback(doc, lower)
    _label_name_lines(doc)
    _label_job_titles(doc)
    for segment in doc.segments:
        if segment.label is None and REPORTING_CREDITS.match(segment.text):
            doc.label(segment, Role.BOILERPLATE, NAME, "reporting credits")


def _only_weak_names(
    doc: Document, searched: list[Segment], lower: Container[str], until: int, vouches: _Vouches
) -> bool:
    """True when no searched line is a byline on strong evidence (a marker, a date beside
    it, a picture, markup, a marker alone over it): only then may a name a few lines from
    the date be taken ("Call Us" in a menu over "Mary Major" beside the date is not)."""
    for segment in searched:
        if marker_alone(segment.text, doc.languages):
            return False
        outside = segment.index > until
        if _from_segment(doc, segment, lower, outside=outside, weak=False, vouches=vouches):
            return False
    return True


def _name_after_marker(doc: Document, segment: Segment, lower: Container[str]) -> bool:
    """A marker alone on its line ("By", "Written by") and the name on the next line: both
    are the byline. True if it was found and offered. Not a category's line there, in words
    the page writes in lower case ("By" / "Wedding Planning" / "Jane Roe")."""
    found = _marker_and_name(doc, segment, lower)
    if found is None:
        return False
    doc.label(segment, Role.BYLINE, NAME, "author marker")
    for name in _name_lines(doc, segment.index + 1):
        if name.label is None:
            doc.label(name, Role.BYLINE, NAME, "byline line under its marker")
    _offer(doc, found)
    return True


def _name_lines(doc: Document, index: int) -> list[Segment]:
    """The name line at ``index`` and the names joined to it line by line, as a page's text
    prints each author's link on its own line: "Jane Roe" / "and" / "John Poe" (a line that is
    only a conjunction or a comma between two names)."""
    lines = [doc.segments[index]]
    while len(lines) < MAX_LINKED_NAMES and index + 2 < len(doc.segments):
        joiner, name = doc.segments[index + 1], doc.segments[index + 2]
        word = joiner.text.strip().casefold()
        if joiner.label is not None or not (word in _CONJUNCTIONS or word in {",", "&"}):
            break
        if name.label is not None or not _bare_name(name.text.strip()):
            break
        lines += [joiner, name]
        index += 2
    return lines


def _marker_and_name(
    doc: Document, segment: Segment, lower: Container[str] | None
) -> Byline | None:
    """The byline of a marker alone on its line and the name on the next ("Written by" /
    "Jane Roe"), or None; with ``lower``, not in words the page writes in lower case."""
    index = segment.index
    if segment.label is not None or index + 1 >= len(doc.segments):
        return None
    name = doc.segments[index + 1]
    languages = doc.languages
    if not marker_alone(segment.text, languages):
        if not _author_noun_over_name(segment, name, doc):
            return None
        languages = ALL_LANGUAGES  # the word is the label in its own language ("Autor")
    if name.label is not None and name.label.role is not Role.SITE_NAME:
        return None
    if name.words > MAX_BYLINE_WORDS:
        return None
    names = " ".join(line.text.strip() for line in _name_lines(doc, index + 1))
    found = split_byline(f"{segment.text.strip().rstrip(':')}: {names}", languages=languages)
    if found is None or not found.authors:
        return None
    marker = segment.text.strip().rstrip(":").casefold()
    if any(a.casefold().startswith(f"{marker}-") for a in found.authors):
        return None  # a licence's code under its "by" ("by" / "by-nc"), no user name
    if lower is not None and common_words_only(found, lower):
        return None
    return found


def _author_noun_over_name(segment: Segment, name: Segment, doc: Document) -> bool:
    """True for the word "Author" alone ("Autor", "Auteur") over a name line: two to four
    capitalised words, or a name printed twice (an avatar's alt text, then the name): "Author"
    / "Jane Roe". Over another line it is a menu's item ("Authors" / "Books")."""
    if segment.text.strip().casefold() not in AUTHOR_NOUNS:
        return False
    return _bare_name(name.text.strip()) or _doubled(doc, name)


def _marked_further_down(doc: Document, lower: Container[str]) -> None:
    """Page text without a byline: a marked one ("By Jane Doe", or "Written by" over "Jane
    Doe") a few lines under its usual place or a few lines from the date line, past a list of
    contributors, a picture's alt text or a standfirst. Only a marker vouches for a name this
    far from both. Not past the story's end ("Lesen Sie auch", "Read next"): a teaser's
    byline follows it; nor far down among teaser cards ("By" / "Jane Roe" / "By" / "John Roe")."""
    start = _header_end(doc)
    until = start + MARKED_BYLINE_REACH
    dated = _beside_the_date(doc, MARKED_AROUND_DATE)
    far = start + MARKED_BYLINE_NEAR
    cards = (
        sum(
            has_marker(s.text, doc.languages) or marker_alone(s.text, doc.languages)
            for s in doc.segments[start + 1 : until + 1]
        )
        > 1
    )
    for segment in doc.segments:
        if segment.index > until and segment.index not in dated:
            if segment.index > dated.stop:
                return
            continue
        if segment.index > start and END_OF_STORY.match(segment.text.strip()):
            return
        if cards and segment.index > far and segment.index not in dated:
            continue
        if segment.label is not None and segment.label.role is not Role.DATE:
            continue
        if _name_after_marker(doc, segment, lower):
            return
        if not has_marker(_unglue(segment.text), doc.languages):
            continue
        found = _from_segment(doc, segment, lower, outside=True)
        if found is None or not found.authors:
            continue
        if segment.label is None:
            doc.label(segment, Role.BYLINE, NAME, "byline line")
        _offer(doc, found)
        return


def _only_the_site(doc: Document) -> bool:
    """True when the byline so far is the site's own name from the markup (a blog whose
    JSON-LD credits "ExampleSoft"): a person named in the page's author markup beats it."""
    if doc.byline is None or doc.site_name is None or doc.byline.stage == NAME:
        return False
    found = doc.byline.value
    return (
        not found.people
        and len(found.organizations) == 1
        and is_site_name(found.organizations[0], doc.site_name.value)
    )


def _at_the_end(doc: Document) -> None:
    """A marked byline closing the story ("Text: Jane Doe", "Von Jane Doe"), when none opened it:
    by the last paragraph, or else (page text) right under a paragraph (a footer's prose may
    follow the story), there only a marked line naming people in words the page never writes
    in lower case ("By clicking Join you agree to our Privacy Policy" is no byline)."""
    # page text: a blog's date line under the post may carry its byline ("Posted by Jane at
    # 11:15 AM", "Eingestellt von Jana um 21:11")
    free = [s for s in doc.segments if s.label is None or _dated_line(doc, s.index)]
    if doc.kind != "text":
        free = [s for s in free if s.label is None]
    prose = [s for s in free if is_prose(s.text)]
    if not prose:
        return
    last = prose[-1].index
    closing = [s for s in free if s.index > last - END_BYLINE_REACH][: END_BYLINE_REACH * 2]
    if _closing_byline(doc, closing, None) or doc.kind != "text":
        return  # HTML has the author markup to fall back on
    until = _header_end(doc)
    under = [s for s in free if s.index > until and is_prose(doc.segments[s.index - 1].text)]
    _closing_byline(doc, under, LowerCaseWords(doc))


def _closing_byline(doc: Document, segments: list[Segment], lower: Container[str] | None) -> bool:
    """Take the first marked byline among ``segments``; with ``lower``, only one that reads as
    a byline and names people alone, in no word the page writes in lower case."""
    for segment in segments:
        text = _unglue(segment.text)
        if segment.words > MAX_BYLINE_WORDS or not has_marker(text, doc.languages):
            continue
        found = split_byline(text, languages=doc.languages)
        if found is None or not found.authors:
            continue
        if lower is not None and (
            found.organizations
            or not looks_like_byline(text, languages=doc.languages)
            or any_common_word(found, lower)
        ):
            continue
        if segment.label is None:
            doc.label(segment, Role.BYLINE, NAME, "byline closing the story")
        doc.byline = Evidence(found, Source.VISIBLE_TEXT, segment.text, NAME)
        return True
    return False


def _marked_author_box(doc: Document, lower: Container[str]) -> None:
    """Page text without a byline: an author box under the story, a marker alone over the
    name ("Posted by:" / "Jane Doe", "Written by" / "Jane Doe"), past the share buttons of a
    blog's post footer. Only when the page has one such pair below its header: teaser cards
    repeat theirs ("By" / "Jane Roe" / "By" / "John Roe")."""
    until = _header_end(doc)
    boxes = [
        s
        for s in doc.segments[until + 1 :]
        if s.words <= MAX_MARKER_WORDS and _marker_and_name(doc, s, None)
    ]
    if len(boxes) > 1:  # the page's lower-case words are read only when they may decide
        boxes = [s for s in boxes if _marker_and_name(doc, s, lower)]
    if len(boxes) == 1:
        _name_after_marker(doc, boxes[0], lower)


def _from_author_bio(doc: Document, lower: Container[str]) -> None:
    """Page text without a byline: an author box's name line over a bio that opens with the
    first name ("Jane Doe" / "Jane has covered ..."), the name maybe printed twice (an
    avatar's alt text, then the name), in the page's second half (higher up, a heading over a
    section of a list: "Acme Roadster" / "Acme has ..."); or over a bio in the first person
    saying what the author is ("Jane Doe" / "I'm a reporter ..."), when the page has one such
    pair: a comment thread prints its commenters' names over what they say."""
    segments = doc.segments
    first_person: list[tuple[Segment, Byline]] = []
    for segment in segments[int(len(segments) * AUTHOR_BOX_FROM) :]:
        text = segment.text.strip()
        if segment.label is not None or not _bare_name(text):
            continue
        bio = _line_under_name(doc, segment)
        if not is_prose(bio):
            continue
        named = _opens_with_name(bio, text, whole=_doubled(doc, segment))
        if not named and FIRST_PERSON_BIO_RE.match(bio) is None:
            continue
        found = split_byline(text, languages=doc.languages)
        if found is None or not found.people or found.organizations:
            continue
        if any_common_word(found, lower) or any(w.isupper() and len(w) > 1 for w in text.split()):
            continue  # "Westfield GSB" / "Westfield's ..." names a school
        if not named:
            first_person.append((segment, found))
            continue
        # the line is left to the later stages: an author box, not a byline under the headline
        doc.byline = Evidence(found, Source.VISIBLE_TEXT, segment.text, NAME)
        return
    if len(first_person) == 1:
        segment, found = first_person[0]
        doc.byline = Evidence(found, Source.VISIBLE_TEXT, segment.text, NAME)


def _doubled_name_by_the_date(doc: Document, lower: Container[str]) -> None:
    """Page text without a byline: a name printed twice in a row (an avatar's alt text, then
    the name: "Jane Doe" / "Jane Doe") a few lines from the date line that dated the story;
    or one word so printed, or under its picture ("Picture of Jez" / "Jez"), right over the
    date line (a blog's author by a first name or a handle); a text browser prints the
    picture's alt text in brackets ("[Jane Doe]", "[Jane Doe] Jane Doe"). Higher up, a menu
    prints its items twice (a menu for wide screens, one for phones). A name the lines just
    above repeat (the headline: "Bernal fights for his career") is the story's subject under
    its picture, alt text and caption."""
    dated = _beside_the_date(doc, MARKED_AROUND_DATE)
    segments = doc.segments
    for segment in segments[max(0, dated.start) : dated.stop]:
        index = segment.index
        if index + 1 >= len(segments):
            return
        inline = ALT_THEN_NAME.match(" ".join(segment.text.split()))  # "[Jez] Jez"
        text = inline.group(1) if inline else _alt_text(segment.text)
        doubled = inline is not None or _printed_again(segments[index + 1].text, text)
        if segment.label is not None and segment.label.role not in _NAME_LINE_ROLES:
            continue
        if len(text.split()) == 1:
            pictured = index > 0 and _pictures(segments[index - 1].text, text)
            below = index + 2 if doubled and not inline else index + 1
            if not (doubled or pictured) or not _dated_line(doc, below):
                continue
            found = _one_word_name(doc, text, lower)
            top = index - 1 if pictured and not doubled else index
        else:
            if not doubled or not _bare_name(text) or _has_common_word(text, lower):
                continue
            found = split_byline(text, languages=doc.languages)
            top = index
        if found is None or not found.people or found.organizations:
            continue
        if _named_above(doc, top, found.people[0].split()[-1]):
            continue
        if segment.label is None:
            doc.label(segment, Role.BYLINE, NAME, "name printed twice by the date")
        doc.byline = Evidence(found, Source.VISIBLE_TEXT, segment.text, NAME)
        return


def _one_word_by_the_date(doc: Document, lower: Container[str]) -> None:
    """Page text without a byline: one capitalised word opening the date line that dated the
    story, right before its date ("Susan  December 9, 2024  0 Comments", "Redaktion 1.
    November 2023 10:29"): a blog's author by a first name or user name, or a desk. Not a
    word the page writes in lower case, one in capitals ("NEWS"), a weekday or a date's label
    ("Monday", "Updated"). Alone on the line above the date, such a word is as often a label
    or a heading ("Date", "Conclusion"): not taken."""
    dated = _beside_the_date(doc, 0)
    if not dated:
        return
    line = doc.segments[dated.start]
    mentions = find_dates(line.text, languages=doc.languages)
    if not mentions:
        return
    start = mentions[0].start
    # a separator may stand between the word and the date ("Jana · June 14, 2017")
    word = line.text[:start].strip().rstrip(_WORD_DATE_SEPARATORS).strip()
    if not line.text[start - 1].isspace():
        return  # glued to the date: a category ("EditorialNovember 22, 2018")
    found = _lone_word_name(doc, word, lower)
    if found is not None:
        doc.byline = Evidence(found, Source.VISIBLE_TEXT, word, NAME)


def _one_word_over_the_date(doc: Document, lower: Container[str]) -> None:
    """Page text without a byline: one word alone on the line between a title-shaped line
    (the headline) and the date line that dated the story ("Jana" or "Redaktion" over
    "June 14, 2017"): a blog's author by a first name, or a desk; the same words as one
    opening the date line. A label there ("Date") or a word the page writes in lower case is
    none; a capitalised noun ("Familie") is none on a page in German; nor is the word when
    the headline follows the date (a teaser's, or a heading: "Conclusion")."""
    dated = _beside_the_date(doc, 0)
    if not dated or dated.start < 2:
        return
    line = doc.segments[dated.start - 1]
    above = doc.segments[dated.start - 2]  # the headline: its stage runs later
    if above.label is not None or above.words < MIN_HEADLINE_WORDS or not looks_like_title(
        above.text
    ):
        return
    if line.label is not None and line.label.role not in _NAME_LINE_ROLES:
        return
    word = line.text.strip()
    if len(word) < MIN_CHECKED_NAME_WORD_CHARS or _title_under(doc, dated.start):
        return
    found = _lone_word_name(doc, word, lower, line)
    if found is not None:
        doc.label(line, Role.BYLINE, NAME, "one word between the headline and the date")
        doc.byline = Evidence(found, Source.VISIBLE_TEXT, word, NAME)


def _title_under(doc: Document, index: int) -> bool:
    """True when the line under ``index`` is title-shaped: the story's headline printed under
    the date, so the title-shaped line above was a teaser's, the word over the date a
    heading ("Conclusion") or a section's name."""
    if index + 1 >= len(doc.segments):
        return False
    below = doc.segments[index + 1]
    return below.words >= MIN_HEADLINE_WORDS and looks_like_title(below.text)


def _lone_word_name(
    doc: Document, word: str, lower: Container[str], line: Segment | None = None
) -> Byline | None:
    """The byline of one word standing by the story's date line, or None: not a word in
    capitals ("NEWS"), a weekday or a date's label ("Monday", "Updated"), a word the page
    writes in lower case, or a capitalised noun on a page in a language that capitalises
    them ("Serie 14.06.2017"; a user name, "MikeNils", or a desk will do). With the
    ``line`` it stands alone on, a user name in lower case will do too ("janeroe"); not in
    front of a date, where a date's verb stands ("asked Feb 6, 2014") or a commenter's name."""
    if not word or " " in word or word.isupper() or word.casefold() in _DATE_LABELS:
        return None
    found = _one_word_name(doc, word, lower, line)
    if found is None or not found.authors:
        return None
    if found.people and word[:1].isupper() and word[1:].islower() and doc.languages[:1] and (
        doc.languages[0] in NOUN_CAPITALISING_LANGUAGES
    ):
        return None
    return found


def _doubled_name_over_a_date(doc: Document, lower: Container[str]) -> None:
    """Page text without a byline: a name printed twice (an avatar's alt text, then the name)
    over a date line, maybe with a job title between ("Jane Doe" / "Jane Doe" / "Writer" /
    "12/11/25"), away from the date that dated the story (a sidebar's date was taken). Only
    when the page has one such name: teaser cards repeat theirs."""
    segments = doc.segments
    names: dict[str, Segment] = {}
    for segment in segments[:-2]:
        text = segment.text.strip()
        if segment.label is not None and segment.label.role not in _NAME_LINE_ROLES:
            continue
        if segments[segment.index + 1].text.strip() != text or not _bare_name(text):
            continue
        below = segment.index + 2
        if below < len(segments) and is_job_title(segments[below].text.strip()):
            below += 1
        if not _dated_line(doc, below) or _has_common_word(text, lower):
            continue
        if _other_dates_near(doc, segment.index, below):
            continue  # a list of teasers, each dated: a title printed with its picture's alt
        above = segments[max(0, segment.index - SUBJECT_REACH) : segment.index]
        if any(COMMENT_WORD_RE.search(line.text) for line in above):
            continue  # a commenter's name and avatar under "Top Comment"
        names.setdefault(text, segment)
    if len(names) != 1:
        return
    segment = next(iter(names.values()))
    found = split_byline(segment.text.strip(), languages=doc.languages)
    if found is None or not found.people or found.organizations:
        return
    if segment.label is None:
        doc.label(segment, Role.BYLINE, NAME, "name printed twice over a date")
    doc.byline = Evidence(found, Source.VISIBLE_TEXT, segment.text, NAME)


def _other_dates_near(doc: Document, index: int, date_line: int) -> bool:
    """True when a date line other than ``date_line`` sits within ``TEASER_DATE_REACH`` lines
    of ``index``: dated teaser cards one under the other."""
    lines = range(max(0, index - TEASER_DATE_REACH), index + TEASER_DATE_REACH + 1)
    return any(i != date_line and _dated_line(doc, i) for i in lines)


def _printed_again(line: str, name: str) -> bool:
    """True when the next line repeats the name alone, or with the job title glued after it
    ("Jane Doe" / "Jane DoeFounder at Example", "Jane Doe" / "& Jane Doe Writer, Hardware")."""
    line = line.strip()
    if line == name:
        return True
    line = line.removeprefix("& ").removeprefix("and ")
    if not name or not line.startswith(name):
        return False
    return is_job_title(line[len(name) :].strip())


# Words before a date that name no one: weekdays and date labels of every language.
_DATE_LABELS = (
    BYLINE_WEEKDAYS
    | DATE_NOUNS
    | frozenset(word for table in BY_LANGUAGE.values() for word in table.date_words)
)
# Separators between a word opening the date line and the date ("Jana · June 14, 2017").
# A hyphen is left: a category may stand there too ("Video - December 19, 2025").
_WORD_DATE_SEPARATORS = f" {DATE_SEPARATORS}"
# Labels a name line may carry before this stage: furniture (a header's line) or the site's
# name (a blog's author named again where its masthead is).
_NAME_LINE_ROLES = (Role.BOILERPLATE, Role.SITE_NAME)


def _dated_line(doc: Document, index: int) -> bool:
    """True if the line at ``index`` is a date line."""
    if not 0 <= index < len(doc.segments):
        return False
    label = doc.segments[index].label
    return label is not None and label.role is Role.DATE


def _one_word_name(
    doc: Document, word: str, lower: Container[str], line: Segment | None = None
) -> Byline | None:
    """A one-word name read as after a marker ("Jez", "Ola"): capitalised letters, in no
    word the page writes in lower case, and a person to the names reader; with the ``line``
    it stands on, also a user name in lower case that no other line writes ("janeroe")."""
    letters = word.replace("-", "").replace("'", "")
    if word[:1].islower() and line is not None:
        if not letters.isalnum() or _written_elsewhere(doc, line, word):
            return None
    elif not letters.isalpha() or not word[0].isupper() or word.casefold() in lower:
        return None
    found = split_byline(f"By {word}", languages=doc.languages)
    return None if found is None else attrs.evolve(found, text=word)


def _named_above(doc: Document, index: int, word: str) -> bool:
    """True if one of the ``SUBJECT_REACH`` lines above ``index`` has ``word`` (a family name)
    as a word: the headline or a standfirst about the person."""
    lines = doc.segments[max(0, index - SUBJECT_REACH) : index]
    return any(word in (w.strip(WORD_EDGES) for w in line.text.split()) for line in lines)


def _opens_with_name(bio: str, name: str, *, whole: bool = False) -> bool:
    """True when a bio opens with the first name alone, then a lower-case word or a comma
    ("Jane is ...", "Jane has ...", "Jane, a reporter, ..."): a section about a product opens
    with its whole name ("Cloud Ledger" / "Cloud Ledger is ..."). With ``whole`` (the name was
    printed twice: an avatar's alt text, then the name), the whole name will do too ("Jane
    Doe" / "Jane Doe" / "Jane Doe is ...")."""
    first = name.split()[0]
    if whole and bio.startswith(name):
        first = name
    elif not bio.startswith(first) or bio.startswith(name):
        return False
    rest = bio[len(first) :]
    return rest.startswith(",") or (rest[:1] == " " and rest[1:2].islower())


def _doubled(doc: Document, segment: Segment) -> bool:
    """True when the line above or below prints the same name (an avatar's alt text, then the
    name; case aside: "jane Doe" / "Jane Doe")."""
    name = segment.text.strip().casefold()
    index = segment.index
    lines = doc.segments[max(0, index - 1) : index + 2]
    return any(line.index != index and line.text.strip().casefold() == name for line in lines)


def _unglue(text: str) -> str:
    """ "ByJane Doe" (markup without a space) reads "By Jane Doe", "Written by:Jane Doe" reads
    "Written by: Jane Doe", "Written byJane Doe" reads "Written by Jane Doe", and no-break
    spaces are spaces ("Written\xa0by\xa0Jane Doe"); on a marked line, "By Jane DoeIn
    Travel" reads "By Jane Doe · In: Travel"; a text browser's picture in brackets at either
    end is dropped ("[Avatar] Jane Doe am 2. Mai 2025", "By Jane Doe [Example logo]")."""
    # each pattern is tried only when the cheap check that it needs holds (most lines are
    # prose or menu items: no colon near the start, no "By", no marker's first letter)
    if "  " in text or "\xa0\xa0" in text:
        text = _wide_gaps_apart(text)
    text = " ".join(text.split())
    if text.startswith("["):
        text = LEADING_ALT.sub("", ALT_THEN_NAME.sub(r"\1", text))
    if text.endswith("]"):
        text = TRAILING_ALT.sub("", text)
    if ":" in text[:GLUED_LABEL_REACH]:
        text = GLUED_LABEL_COLON.sub(r"\1: ", text, count=1)
    if text.startswith(_GLUED_BY_OPENINGS):
        text = GLUED_BY.sub(r"\g<0> ", text, count=1)
    if len(text) > MAX_GLUED_LINE_CHARS:
        return text  # a long line is prose: no byline to set apart
    if text[:1] in _GLUED_MARKER_INITIALS:
        glued = GLUED_MARKER.match(text)
        if glued is not None:
            text = f"{glued.group()} {text[glued.end() :]}"
    first = text.split(" ", 1)[0].casefold().rstrip(":")
    if first not in _MARKER_FIRST_WORDS or GLUED_AFTER_NAME.search(text) is None:
        return text
    return GLUED_AFTER_NAME.sub(_apart, text) if has_marker(text, ()) else text


def _wide_gaps_apart(text: str) -> str:
    """A marked line's first piece, where a text rendering set its pieces apart by wide gaps
    (two or more spaces: markup boxes side by side): "By Jane Roe   View Print Edition" reads
    "By Jane Roe". A gap after the marker, or by a comma or a joining word, is a space ("By
    Jane Roe  ,  John Poe  and  Ann Lee"). Other lines are left as they are."""
    pieces = WIDE_GAP.split(text.strip())
    if len(pieces) < 2 or len(text) > MAX_GLUED_LINE_CHARS:
        return text
    head = pieces[0]
    if not (has_marker(head, ALL_LANGUAGES) or marker_alone(head, ALL_LANGUAGES)):
        return text
    for piece in pieces[1:]:
        joined = (
            marker_alone(head, ALL_LANGUAGES)
            or not head[-1].isalnum()
            or not piece[0].isalnum()
            or piece.split(maxsplit=1)[0].casefold() in _CONJUNCTIONS
            or head.rsplit(maxsplit=1)[-1].casefold() in _CONJUNCTIONS
        )
        if not joined:
            break
        head = f"{head} {piece}"
    return head


def _apart(glued: re.Match[str]) -> str:
    """The space a glued word lost; a glued "In" opens a category's list ("In: Travel, Food")."""
    return " · In:" if glued.group("category") else " "


def _from_author_markup(doc: Document) -> None:
    """HTML without author metadata: the first short block inside author/byline markup."""
    headline = doc.headline.value.casefold() if doc.headline is not None else None
    for segment in doc.segments[:MAX_AUTHOR_MARKUP_POSITION]:
        if not segment.context & AUTHOR_TOKENS or segment.words > MAX_BYLINE_WORDS:
            continue
        if segment.label is not None and segment.label.role not in (Role.BOILERPLATE, Role.DATE):
            continue
        if headline is not None and segment.text.casefold() == headline:
            continue
        # the author element's own text, else the block's ("<h2>Autor: <span class=author>
        # </span>...": the marked element may hold the label alone)
        texts = [t for t in (_inner_author_text(segment), segment.text) if t]
        if segment.label is not None and segment.label.role is Role.DATE:
            texts = [strip_dates(t, find_dates(t, languages=doc.languages)) for t in texts]
        text = next(
            (t for t in texts if looks_like_byline(t, languages=doc.languages) or _bare_name(t)),
            None,
        )
        if text is None:
            continue
        found = split_byline(text, languages=doc.languages)
        if found is not None and found.authors:
            if segment.label is None or segment.label.role is Role.BOILERPLATE:
                doc.label(segment, Role.BYLINE, NAME, "byline markup")
            doc.byline = Evidence(found, Source.MARKUP, segment.text, NAME)
            return


def _inner_author_text(segment: Segment) -> str | None:
    """The text of the innermost author element inside a byline block, if it has one.

    A block such as ``<p class="byline"><a rel="author">Jane Doe</a> in <a>Culture</a></p>``
    reads "Jane Doe in Culture"; the element marked as the author holds the name alone.
    """
    if segment.element is None:
        return None
    for element in segment.element.iter():
        if element is segment.element or not isinstance(element.tag, str):
            continue
        marks = " ".join(
            (element.get(name) or "")[:MAX_MARK_CHARS] for name in ("class", "itemprop", "rel")
        ).casefold()
        if not any(token in marks for token in AUTHOR_MARKS) and element.get("itemprop") != "name":
            continue
        text = " ".join(element.text_content().split())
        if text and len(text.split()) <= MAX_NAME_WORDS + 1:
            return text
    return None


def _label_name_lines(doc: Document) -> None:
    """Lines near the top that only name an author ("Jane Doe", "By Jane Doe") are byline lines."""
    if doc.byline is None:
        return
    names = {name.casefold() for name in doc.byline.value.authors}
    if not names:
        return
    for segment in _searched(doc):
        if segment.label is not None:
            continue
        text = segment.text.casefold().removeprefix("by ").strip(" ,|·")
        if text in names:
            doc.label(segment, Role.BYLINE, NAME, "names an author of the byline")


def _label_job_titles(doc: Document) -> None:
    """A job title alone on the line under the byline line at the top ("By Jane Doe" /
    "Senior Markets Reporter"): the author block's second line, not the story's first
    paragraph. Not under a line that gives its own title ("Jane Doe, Editor") or under a
    name further down (a quote's speaker, an author box)."""
    if doc.byline is None or not doc.byline.value.people:
        return
    names = [name.casefold() for name in doc.byline.value.people]
    segments = doc.segments
    for segment in segments[: min(_header_end(doc) + 1, len(segments) - 1)]:
        label = segment.label
        if label is None or label.role is not Role.BYLINE or label.stage != NAME:
            continue
        text = segment.text.casefold()
        if "," in text or not any(name in text for name in names):
            continue
        below = segments[segment.index + 1]
        if below.label is None and is_job_title(below.text.strip()):
            doc.label(below, Role.BOILERPLATE, NAME, "the author's job title")


def _without_the_site(doc: Document, visible: Byline) -> Byline:
    """A visible byline without the site's own name after its people ("By Jane Roe,
    Example Science" on example-science.org): the outlet of the page is not a co-author."""
    if doc.site_name is None or not visible.people:
        return visible
    site = doc.site_name.value
    kept = tuple(o for o in visible.organizations if not is_site_name(o, site))
    if len(kept) == len(visible.organizations):
        return visible
    return attrs.evolve(visible, organizations=kept)


def _offer(doc: Document, visible: Byline) -> None:
    """Prefer the visible byline unless the markup's names are a strict superset of it."""
    visible = _without_the_site(doc, visible)
    current = doc.byline
    if current is not None:
        known = {name.casefold() for name in current.value.authors}
        shown = {name.casefold() for name in visible.authors}
        if known > shown:
            return
    doc.byline = Evidence(visible, Source.VISIBLE_TEXT, visible.text, NAME)


def _provider_line(doc: Document, lower: Container[str]) -> None:
    """Page text: a line above the story naming who provides it: "Source: Xinhua", a portal's
    "Source: Valley Ledger | 2024-03-12 20:54 | Editor: X", or wire names alone ("Reuters |
    AFP"). Under the story, or under a chart, "Source:" credits data and is not read."""
    for segment in header_region(doc):
        label = segment.label
        if label is not None and label.role not in _PROVIDER_LINE_ROLES:
            continue
        text = segment.text
        source = SOURCE_PROVIDER.match(text) if text[:1] in SOURCE_INITIALS else None
        if source is not None:
            name = source.group(1).strip()
            if (
                len(name.split()) <= MAX_PROVIDER_WORDS
                and (name[:1].isupper() or is_known_organization(name))
                and not any(c.isdigit() for c in name)
            ):
                if label is None:
                    doc.label(segment, Role.BYLINE, NAME, "provider over the story")
                line = text[: source.end(1)].strip()
                read = split_byline(name, languages=doc.languages)
                found = (
                    attrs.evolve(read, text=line)
                    if read is not None
                    else Byline(text=line, organizations=(name,))
                )
                doc.byline = Evidence(found, Source.TEXT_RULE, text, NAME)
                return
            continue
        pieces = [p.strip() for p in PROVIDER_SEPARATOR.split(text)]
        if 1 < len(pieces) <= MAX_PROVIDER_PIECES and all(is_known_organization(p) for p in pieces):
            doc.label(segment, Role.BYLINE, NAME, "agencies over the story")
            if doc.section_path is not None and doc.section_path.raw == text:
                doc.section_path = None  # the furniture stage read the agencies as a trail
            found = Byline(text=text, organizations=tuple(pieces))
            doc.byline = Evidence(found, Source.TEXT_RULE, text, NAME)
            return


# Page text: the readings tried in turn, once nothing else named the author, from the most
# marked (an author box) to the least (one word over the date line).
TEXT_FALLBACKS: tuple[Callable[[Document, Container[str]], None], ...] = (
    _provider_line,
    _marked_author_box,
    _from_author_bio,
    _doubled_name_by_the_date,
    _one_word_by_the_date,
    _one_word_over_the_date,
    _doubled_name_over_a_date,
)
