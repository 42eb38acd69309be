"""Stage ``dates``: the visible "Published ... | Updated ..." lines, and the dates they give.

Lines that are only dates and their labels (possibly followed by a byline) are labelled DATE, so
they never reach the body. Evidence for the fields, in order:
1. the markup (``metadata`` already set published/updated from JSON-LD, meta tags, ``<time>``);
2. the first visible date line at the top of the story: labelled dates go to their role, an
   unlabelled date is the publication date (two side by side are the publication, the
   earlier, and the update), and a "Published" date there beats an unlabelled one taken
   first. A masthead's date of the day ("Wednesday, January 8, 2020" among the first lines)
   counts only when nothing else dates the page. Date lines further down (comments, teasers,
   footers) are removed but never date the story, but for a "Published" one in the story
   (or a date paired with its update there), which counts as a labelled date at the top, and
   an unlabelled one, taken only when nothing above dates the page. A sentence about the page
   itself ("This article was originally published on ...", "Der Beitrag wurde am ...
   veröffentlicht", "Diese Seite wurde zuletzt am ... geändert") dates it when no labelled
   line does (in HTML, after a date line by the article's start). Event and deadline dates
   ("Termin: ...", "Deadline: ...") are the story's content and date nothing;
3. a paragraph at the top that opens with its date and a dash ("12.12.2022 - Empa ...");
4. a page that shows only an "Updated" date is dated by it: that is the date its readers see
   (the date stays in ``updated`` too, and the provenance keeps the "Updated" label).
The markup's publication date is checked against the top of the story: a "Published" date
there more than a day away replaces it, and a UTC time shown there as a local time takes that
zone (the same instant). HTML: the date a page prints by its headline (the first date line from
just above the ``<h1>`` to a few blocks under it) replaces a markup date that no line there
shows and that is more than a day away: a re-save or an import stamps ``datePublished``, and
the reader sees the printed date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

import attrs

from newsparse.datetimes import (
    DateMention,
    DateRole,
    find_dates,
    label_role,
    looks_like_date_line,
    numeric_order,
    page_numeric_order,
    relative_spans,
    sub_labels,
    sub_reading_times,
    with_region,
)
from newsparse.document import Document, Evidence, Role, Segment
from newsparse.model import Source
from newsparse.names import looks_like_byline
from newsparse.patterns.dates import (
    EVENT_LABEL,
    FILED_POST,
    IGNORABLE_WORDS,
    META_SEPARATOR,
    PUBLISHING_VERB,
    RELATIVE_ANCHOR_HEADS,
    SELF_REFERENCE,
    SELF_REFERENCE_ASCII_NEEDLES,
    SELF_REFERENCE_REACH,
    UPDATING_VERB,
    WEEKDAY_WORDS,
    phrase_key,
)
from newsparse.patterns.dates import LABEL as DATE_LABEL
from newsparse.patterns.furniture import COMMENTS_START, IMAGE_FILE
from newsparse.pipeline import stage
from newsparse.stages.furniture import header_region
from newsparse.textshape import MIN_PROSE_WORDS, comparable_words

__all__ = ["date_under_headline", "dates", "relative_stamp", "strip_dates"]

_DIGIT = re.compile(r"\d")
# An embedded post's account line ("— Jane Roe (@janeroe) March 8, 2026", "A post shared by
# Valley Echo (@valleyecho)"): the post's date, not the page's.
_EMBEDDED_POST_STAMP = re.compile(r"\(@\w{1,40}\)|^A post shared by\b", re.IGNORECASE)
# What follows a date that opens a paragraph: a dash or a bar ("12.12.2022 - Empa ...").
LEAD_SEPARATOR = re.compile(r"[^\S\n]{0,3}[-–—|]")
# A letter running into a digit or into a capitalised word: where a glued date may be
# ("RoeJune 14, 2017", "Jane Roe12 July 2015").
GLUED_DATE_HINT = re.compile(r"[^\W\d_](?:\d|[A-Z][a-z])")
# What follows the date that opens a story's first paragraph, up to its first word's capital:
# "14.06.2017Die ...", "03.07.2015 „Die ...", "21.09.2016, 18:40 UhrAm ..." (the time is
# part of the date; a bare "Uhr" or "h" is left behind it). A lower-case word after the date
# makes it the sentence's own ("March 3, 2020 was ...").
STORY_OPENING = re.compile(r"[^\S\n]{0,3}(?:Uhr|h\b)?[^\S\n]{0,3}[„“\"«‘']?(?=[^\W\d_])")

NAME = "dates"
# A relative stamp line ("Published 3 hours ago") has a few words; without its date and label
# at most one word is left ("Updated", "Posted" are labels).
MAX_RELATIVE_STAMP_WORDS = 6
MAX_STAMP_LEFTOVER_WORDS = 1
_ANCHOR_WORD = re.compile(r"\w+")
# The reason of a relative stamp's label ("2 years ago" in an HTML story's header).
RELATIVE_DATE_LINE = "relative date line"
# A date line is short; a long line with a date in it is a sentence that mentions a date.
MAX_DATE_LINE_WORDS = 30
# A meta line opening with its date may list many categories after it ("Posted on <date> in
# Health, Nutrition, Master of Science in ..."); its date must open it, so the cap is looser.
MAX_META_LINE_WORDS = 60
# Words a date line may hold besides its dates: labels, separators, a reading time.
MAX_LEFTOVER_WORDS = 4
# HTML fallback: an unlabelled date outside the article counts this close to its first text.
NEAR_ARTICLE_SEGMENTS = 10
# The article's first text block has at least this many words.
MIN_STORY_WORDS = 12
# Class/id tokens of comment blocks, whose dates are the commenters'.
COMMENT_TOKENS = frozenset({"comment", "comments", "reply", "replies", "disqus", "respond"})
# A date that opens a paragraph ("Veröffentlicht am 25. Januar 2022 |") ends this early.
LEAD_DATE_REACH = 60
# How far a publisher's clock may be behind or ahead of UTC (UTC-12 to UTC+14), and the
# minutes past the hour a zone's offset may have (India +5:30, Nepal +5:45).
MAX_ZONE_BEHIND = dt.timedelta(hours=12)
MAX_ZONE_AHEAD = dt.timedelta(hours=14)
ZONE_MINUTES = frozenset({0, 15, 30, 45})
# Words of a name before the date of a meta line ("Posted by Jane Q. Doe on Friday ...").
MAX_META_NAME_WORDS = 4
# A masthead's date of the day stands among the page's first lines, above its menus.
MASTHEAD_LINES = 8
# Two dates at most this far apart on a line (a space, " | ", " · ") are side by side.
MAX_DATE_GAP = 3
# Lower-case words that open the rest of a meta line after its date: a byline, a place or a
# category ("by Jane Doe", "in Travel", "from the ... dept.", "von", "par", "por", "di", "av").
META_LINE_CONNECTORS = frozenset(
    {
        "by",
        "in",
        "on",
        "from",
        "at",
        "under",
        "filed",
        "posted",
        "von",
        "im",
        "par",
        "dans",
        "por",
        "en",
        "di",
        "da",
        "door",
        "av",
        "i",
        "w",
        "z",
    }
)
# Words of a line, and a lower-case letter glued to a capital ("byJane", "DoeIn").
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")
# HTML: where the date a page prints by its headline sits, from just above the <h1> (a kicker
# line with the date) to a few blocks under it (byline, share row, standfirst between).
SHOWN_BEFORE_HEADLINE = 2
SHOWN_AFTER_HEADLINE = 8
# A line left outside the article counts when it is only a date this close under the headline
# (the standfirst may come between).
SHOWN_OUTSIDE_AFTER_HEADLINE = 3
# A date line by the headline is short; a longer line is a sentence that mentions a date.
MAX_SHOWN_LINE_WORDS = 12
# The <h1> of the markup's headline shares this share of its words.
MIN_HEADLINE_MATCH = 0.8
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TABLE_CELLS = frozenset({"td", "th"})
# Page text: how far under the headline its date line may sit (a byline, a standfirst and a
# share bar may come between).
DATE_UNDER_HEADLINE_LINES = 4
# Lines under the headline read for the story's first paragraph, past a subtitle and a byline.
STORY_OPENING_LINES = 6
# Date lines this far past the header still date the story ("Posted ..." under the first
# paragraph); further down, dates belong to comments, teasers and footers.
DATE_EVIDENCE_AFTER_HEADER = 4


@attrs.frozen
class _Reading:
    """How this page's dates are read: its languages, with the region its markup declares
    ("en-GB"), or every language when none is known ("7. oktober 2020" on a page whose
    language no rule found), and the day/month order of numeric dates where the language
    leaves it open and the page's own dates show it."""

    languages: tuple[str, ...]
    day_first: bool | None

    @classmethod
    def of(cls, doc: Document) -> _Reading:
        if doc.language is None:
            languages: tuple[str, ...] = ()  # no language known: every table's month names
        else:
            languages = with_region(doc.languages, doc.language.raw)
        day_first = None
        if numeric_order(languages) is None:
            day_first = page_numeric_order(s.text for s in doc.segments)
        return cls(languages, day_first)

    def find(self, text: str) -> tuple[DateMention, ...]:
        return find_dates(text, languages=self.languages, day_first=self.day_first)


def strip_dates(text: str, mentions: tuple[DateMention, ...]) -> str:
    """The text with every date mention cut out."""
    pieces: list[str] = []
    position = 0
    for mention in sorted(mentions, key=lambda m: m.start):
        pieces.append(text[position : mention.start])
        position = max(position, mention.end)
    pieces.append(text[position:])
    rest = " ".join(p.strip(" |·•,-–—") for p in pieces if p.strip(" |·•,-–—"))
    # the labels of the dates go too: "Posted on ... by X" leaves "by X"
    return sub_labels("", rest)[0].strip(" |·•,-–—:")


def _classify(
    doc: Document, reading: _Reading, segment: Segment
) -> tuple[DateMention, ...] | None:
    """The date mentions of a line that is a date line, or None if it is not one."""
    text = segment.text
    if segment.words > MAX_DATE_LINE_WORDS or _DIGIT.search(text) is None:
        return None  # every date the stage can read has a number (relative ones need a reference)
    if IMAGE_FILE.match(text):
        return None  # "Screenshot 2025-12-18 at 12.20.26.png": a file name, dated by its maker
    if EVENT_LABEL.match(text):
        return None  # "Termin: 21.02.2026, 19 Uhr", "Deadline: March 3": the story's content
    if _embedded_post_stamp(text):
        return None  # an embedded post's stamp, under the post the story quotes
    mentions = reading.find(text)
    if not mentions:
        return None
    mentions = _labelled_above(doc, segment, mentions)
    if looks_like_date_line(text):
        return mentions
    # a reading time beside the date is no word of a sentence ("Jane Doe July 13, 2025 — 7
    # minutes read")
    rest = sub_reading_times(" ", strip_dates(text, mentions))[0].strip(" |·•,-–—:")
    if len(comparable_words(rest)) <= MAX_LEFTOVER_WORDS or looks_like_byline(
        rest, languages=doc.languages
    ):
        return mentions
    if _date_piece(text):
        return mentions
    return None


def relative_stamp(text: str, languages: Sequence[str]) -> bool:
    """True for a short line that only gives a relative time ("Published 3 hours ago", "2 years
    ago", "vor 2 Stunden"): a date line that dates nothing without a "now"."""
    if len(text.split()) > MAX_RELATIVE_STAMP_WORDS:
        return False
    if RELATIVE_ANCHOR_HEADS.isdisjoint(_ANCHOR_WORD.findall(text.lower())):
        return False  # no "ago", "vor", "hace": a quarter of the scan below
    spans = relative_spans(text, languages)
    if len(spans) != 1:
        return False
    start, end = spans[0]
    rest = sub_labels("", f"{text[:start]} {text[end:]}")[0].strip(" |·•,-–—:")
    return len(rest.split()) <= MAX_STAMP_LEFTOVER_WORDS


def _embedded_post_stamp(text: str) -> bool:
    """True for an embedded post's account line with its date ("— Jane Roe (@janeroe) March
    8, 2026"): the post's stamp, neither the page's date nor its story."""
    return "@" in text and _DIGIT.search(text) is not None and (
        _EMBEDDED_POST_STAMP.search(text) is not None
    )


def _date_piece(text: str) -> bool:
    """True if a line of pieces joined by bars or dots has a piece that is only a date ("Dec.
    19, 2025 · Jane Roe on behalf of the docs team", "On behalf of X | Jun 14, 2017 |
    Road Safety"): a meta line of the story, whatever its other pieces say."""
    pieces = META_SEPARATOR.split(text)
    return len(pieces) > 1 and any(
        _DIGIT.search(piece) is not None and looks_like_date_line(piece) for piece in pieces
    )


def _labelled_above(
    doc: Document, segment: Segment, mentions: tuple[DateMention, ...]
) -> tuple[DateMention, ...]:
    """Unlabelled dates under a line that is only a "Published" label ("Published" over
    "Feb 2, 2023", two blocks in the markup) are publication dates, wherever the line is.

    An "Updated" label above is not followed: a page showing only that date is dated by it,
    as the pages and the benchmarks' readers take it."""
    if segment.index == 0 or any(m.role is not DateRole.UNKNOWN for m in mentions):
        return mentions
    if label_role(doc.segments[segment.index - 1].text) is not DateRole.PUBLISHED:
        return mentions
    return tuple(attrs.evolve(m, role=DateRole.PUBLISHED) for m in mentions)


def _offer(doc: Document, mentions: tuple[DateMention, ...], source: Source) -> None:
    """Give the line's dates to the fields still empty: labelled dates to their role, else
    the first unlabelled one to ``published``. Two unlabelled dates of different days side by
    side ("May 21, 2025April 24, 2025 by Jane Roe": a theme printing both stamps) are the
    story's publication and its update, in either order: the earlier is the publication."""
    unknown = [m for m in mentions if m.role is DateRole.UNKNOWN]
    if len(unknown) == 2 == len(mentions) and _side_by_side(*unknown):
        first, second = sorted(unknown, key=lambda m: m.date.value.replace(tzinfo=None))
        if first.date.value.date() != second.date.value.date():
            mentions = (
                attrs.evolve(first, role=DateRole.PUBLISHED),
                attrs.evolve(second, role=DateRole.UPDATED),
            )
            unknown = []
    for mention in mentions:
        evidence = Evidence(mention.date.value, source, mention.raw, NAME)
        if mention.role is DateRole.PUBLISHED and doc.published is None:
            doc.published = evidence
        elif mention.role is DateRole.UPDATED and doc.updated is None:
            doc.updated = evidence
    if unknown and doc.published is None:
        doc.published = Evidence(unknown[0].date.value, source, unknown[0].raw, NAME)


def _side_by_side(first: DateMention, second: DateMention) -> bool:
    """True if two dates of a line stand at most a separator apart (" | ", or glued): no
    label or words ("valid since") between them tell them apart."""
    return second.start - first.end <= MAX_DATE_GAP


@stage(NAME, requires={"language", "section"}, provides={"dates"})
def dates(doc: Document) -> None:
    """Label date lines; take published/updated from those at the top, else the first one
    above the reader comments."""
    header = header_region(doc)
    evidence_until = (header[-1].index if header else -1) + DATE_EVIDENCE_AFTER_HEADER
    reading = _Reading.of(doc)
    later: tuple[DateMention, ...] | None = None
    labelled_later: DateMention | None = None
    # "This page was first published on ..." in the story or under it: when nothing else says
    self_published: DateMention | None = None
    self_updated: DateMention | None = None
    top: list[DateMention] = []
    day_stamp: tuple[DateMention, ...] | None = None
    in_comments = False
    for segment in doc.segments:
        if segment.label is not None:
            continue
        if segment.index > evidence_until and COMMENTS_START.match(segment.text):
            in_comments = True
        if segment.tag in _TABLE_CELLS and segment.index > evidence_until:
            continue  # a table's dates below the top are its data, not the page's date lines
        if (
            segment.words <= MAX_DATE_LINE_WORDS
            and _embedded_post_stamp(segment.text)
            and reading.find(segment.text)
        ):
            doc.label(segment, Role.BOILERPLATE, NAME, "embedded post's stamp")
            continue
        mentions = _classify(doc, reading, segment)
        if (
            mentions is None
            and doc.kind == "html"
            and segment.index <= evidence_until
            and relative_stamp(segment.text, doc.languages)
        ):
            # "2 years ago" in the story's header: the page's date line, which dates nothing
            # without a "now" (the markup's date stands); no paragraph of the story
            doc.label(segment, Role.DATE, NAME, RELATIVE_DATE_LINE)
            continue
        if mentions is None:
            if not in_comments and (self_published is None or self_updated is None):
                said = _self_dated(reading, segment)
                if said:
                    self_published = self_published or _labelled_story_date(said)
                    self_updated = self_updated or _updated_in(said)
            continue
        doc.label(segment, Role.DATE, NAME, "date line")
        if segment.index <= evidence_until:
            if day_stamp is None and _date_of_the_day(segment, mentions):
                day_stamp = mentions
                continue
            top.extend(mentions)
            _offer(doc, mentions, Source.VISIBLE_TEXT)
        elif not in_comments:
            later = mentions if later is None else later
            labelled_later = labelled_later or _labelled_story_date(mentions)
    if doc.published is not None:
        shown = top if labelled_later is None else [*top, labelled_later]
        doc.published = _labelled_published(doc.published, shown)
        doc.published = _labelled_over_unlabelled(doc.published, top)
        doc.published = _in_local_zone(doc.published, top)
        if doc.kind == "html" and doc.published.stage != NAME:
            doc.published = _shown_by_headline(doc, reading, doc.published)
    if doc.published is None and labelled_later is not None:
        _offer(doc, (labelled_later,), Source.VISIBLE_TEXT)
    if doc.published is None and self_published is not None and doc.kind == "text":
        _offer(doc, (self_published,), Source.VISIBLE_TEXT)
    if doc.published is None and doc.updated is None and later is not None:
        _offer(doc, later, Source.VISIBLE_TEXT)
    if doc.updated is None and self_updated is not None:
        _offer(doc, (self_updated,), Source.VISIBLE_TEXT)
    if doc.published is None:
        _lead_date(doc, reading, evidence_until)
    if doc.published is None:
        _meta_line_date(doc, reading, evidence_until)
    if doc.published is None and day_stamp is not None:
        _offer(doc, day_stamp, Source.VISIBLE_TEXT)
    if doc.published is None and doc.kind == "html":
        _outside_the_article(doc, reading)
    # HTML: a date line by the article's start, outside it, was nearer evidence than the
    # sentence about the page
    if doc.published is None and self_published is not None:
        _offer(doc, (self_published,), Source.VISIBLE_TEXT)
    if doc.published is None:
        _fallback_line_date(
            doc, reading, _filing_line, _first_mention, agreeing=True, free_only=False
        )
    if doc.published is None:
        # the post's own glued meta line comes first; the previous and next posts' cards
        # under it print theirs in the same shape. Teaser cards in a page's header glue theirs
        # too ("News12.13.2016"): only free lines are read
        _fallback_line_date(
            doc, reading, _may_glue_a_date, _glued_mention, agreeing=False, free_only=True
        )
    if doc.published is None:
        _only_updated(doc, reading)


def _filing_line(text: str) -> bool:
    """A blog theme's filing line ("Posted in News by jroe on June 14, 2017", "...
    gespeichert unter Allgemein", "... gepostet und unter X abgelegt")."""
    return FILED_POST.search(text) is not None


def _first_mention(text: str, mentions: Sequence[DateMention]) -> DateMention | None:
    return mentions[0]


def _glued_mention(text: str, mentions: Sequence[DateMention]) -> DateMention | None:
    """A date glued to the word before it, or None: a meta line whose fields lost the spaces
    between them ("Day tripsJane RoeJune 14, 2017bridges, ferries", "Jane Roe12 July 2015");
    prose never glues a word to a date. The first such line dates an undated page, as the
    first date line under the top does."""
    return next((m for m in mentions if m.start > 0 and text[m.start - 1].isalpha()), None)


def _may_glue_a_date(text: str) -> bool:
    """False when no word of the line runs into a digit or a capitalised word (a cheap screen
    before reading its dates for ``_glued_mention``)."""
    return GLUED_DATE_HINT.search(text) is not None


def _fallback_line_date(
    doc: Document,
    reading: _Reading,
    screen: Callable[[str], bool],
    pick: Callable[[str, Sequence[DateMention]], DateMention | None],
    *,
    agreeing: bool,
    free_only: bool,
) -> None:
    """Date an undated page by the first line ``screen`` lets through and ``pick`` takes a date
    from, above or under the story; with ``agreeing``, only when all such lines agree on the
    day (a listing prints a filing line for every teaser); with ``free_only``, only from lines
    no stage labelled (in HTML, not outside the article). Comment blocks are not read."""
    found: DateMention | None = None
    for segment in doc.segments:
        label = segment.label
        if label is not None and (free_only or label.reason == "comment"):
            continue
        text = segment.text
        if segment.words > MAX_META_LINE_WORDS or _DIGIT.search(text) is None:
            continue
        if not screen(text):
            continue
        mentions = [m for m in reading.find(text) if m.role is not DateRole.UPDATED]
        chosen = pick(text, mentions) if mentions else None
        if chosen is None:
            continue
        if found is not None and chosen.date.value.date() != found.date.value.date():
            return
        found = found or chosen
        if not agreeing:
            break
    if found is not None:
        doc.published = Evidence(found.date.value, Source.VISIBLE_TEXT, found.raw, NAME)


def _date_of_the_day(segment: Segment, mentions: tuple[DateMention, ...]) -> bool:
    """True for a masthead's date of the day: a line among the page's first that is only one
    unlabelled date opening with its weekday ("Mittwoch, 13. März 2024", "Thursday,
    March 14th 2024"). It is the day the page was served; the story's own date lines win,
    and it dates the page only when no other line does."""
    if segment.index >= MASTHEAD_LINES or len(mentions) != 1:
        return False
    if mentions[0].role is not DateRole.UNKNOWN:
        return False
    first = _WORD.match(segment.text.lstrip())
    return (
        first is not None
        and first.group().lower().rstrip(".") in WEEKDAY_WORDS
        and looks_like_date_line(segment.text)
    )


def _labelled_story_date(mentions: tuple[DateMention, ...]) -> DateMention | None:
    """The publication date of a date line in the story below its top: a date labelled
    "Published" ("Erstellt am: 02.05.2022" under the text), or the unlabelled date of a line
    that pairs it with an update ("December 3, 2025. Updated: December 7, 2025"). A lone
    unlabelled date there may be anything the story mentions, and says nothing."""
    published = next((m for m in mentions if m.role is DateRole.PUBLISHED), None)
    if published is not None:
        return attrs.evolve(published, role=DateRole.PUBLISHED)
    if len(mentions) == 2 and [m.role for m in mentions] == [DateRole.UNKNOWN, DateRole.UPDATED]:
        return attrs.evolve(mentions[0], role=DateRole.PUBLISHED)
    return None


def _may_refer_to_itself(text: str) -> bool:
    """False only where SELF_REFERENCE cannot match: an ASCII opening without any of the
    nouns it needs (a cheap screen; other openings are read by the regex)."""
    opening = text[:SELF_REFERENCE_REACH]
    if not opening.isascii():
        return True
    lowered = opening.lower()
    return any(needle in lowered for needle in SELF_REFERENCE_ASCII_NEEDLES)


def _self_dated(reading: _Reading, segment: Segment) -> tuple[DateMention, ...]:
    """The dates of a sentence about the page itself ("This article was originally published
    on 26 Sep 2019 at 4:12pm but has been regularly updated", "Der Beitrag wurde am 27.
    November 2019 veröffentlicht"), each given the role its label or the sentence's verb
    says; none for other lines."""
    text = segment.text
    if not _may_refer_to_itself(text):
        return ()  # first: most lines fail here
    if SELF_REFERENCE.search(text, 0, SELF_REFERENCE_REACH) is None:
        return ()
    if segment.words > MAX_META_LINE_WORDS or _DIGIT.search(text) is None:
        return ()
    mentions = reading.find(text)
    if any(m.role is not DateRole.UNKNOWN for m in mentions):
        return mentions
    published, updated = PUBLISHING_VERB.search(text), UPDATING_VERB.search(text)
    if (published is None) == (updated is None):
        return ()
    role = DateRole.PUBLISHED if published is not None else DateRole.UPDATED
    return tuple(attrs.evolve(m, role=role) for m in mentions)


def _updated_in(mentions: tuple[DateMention, ...]) -> DateMention | None:
    """The first date labelled as an update."""
    return next((m for m in mentions if m.role is DateRole.UPDATED), None)


def _only_updated(doc: Document, reading: _Reading) -> None:
    """A page whose only visible date is labelled "Updated" ("Last updated: Dec 4, 2025",
    "Updated 3:45 PM EST, Tue January 4, 2022") is dated by it: a guide revised in place
    shows the day of its last revision as its date, and a news story's update stamp is most
    often the day it ran (on the dev corpora 15 of 19 such page-text stamps were the
    publication day). The date stays in ``updated`` and its provenance keeps the label."""
    updated = doc.updated
    if updated is None or updated.source is not Source.VISIBLE_TEXT:
        return
    shown = reading.find(updated.raw)
    if shown:
        doc.published = Evidence(updated.value, updated.source, updated.raw, NAME)


def _lead_date(doc: Document, reading: _Reading, until: int) -> None:
    """A paragraph at the top of the story that opens with its date and a dash or bar
    ("12.12.2022 - Empa ...", "Veröffentlicht am 25. Januar 2022 | Berlin - ..."): the
    date is the story's. The paragraph stays in the body."""
    for segment in doc.segments[: until + 1]:
        if segment.label is not None or _DIGIT.search(segment.text[:LEAD_DATE_REACH]) is None:
            continue
        text = segment.text
        if EVENT_LABEL.match(text):
            continue
        mentions = reading.find(text[:LEAD_DATE_REACH])
        if not mentions or mentions[0].role is DateRole.UPDATED:
            continue
        first = mentions[0]
        before = sub_labels("", text[: first.start])[0]
        if comparable_words(before) or not LEAD_SEPARATOR.match(text, first.end):
            continue
        doc.published = Evidence(first.date.value, Source.VISIBLE_TEXT, first.raw, NAME)
        return


def _meta_line_date(doc: Document, reading: _Reading, until: int) -> None:
    """A meta line at the top of the story that opens with its date, after at most a label and
    a short name ("Posted on December 20, 2025 by Jane Doe - 5 Comments on ...", "Jane Doe
    02 Feb 2026 Product Reviews 7 Comments", "On May 3, 2025 By Jane DoeIn Travel, Guides"):
    its other pieces (categories, comment counts, tags) keep it from being a date line, but
    the date is the story's. The line is left to the other stages."""
    for segment in doc.segments[: until + 1]:
        if segment.label is not None:
            continue
        first = _meta_line_mention(reading, segment)
        if first is not None:
            doc.published = Evidence(first.date.value, Source.VISIBLE_TEXT, first.raw, NAME)
            return


def _meta_line_mention(reading: _Reading, segment: Segment) -> DateMention | None:
    """The date a meta line opens with (see ``_meta_line_date``), or None. A sentence that opens
    with a date ("On May 3, 2025, the council voted ...") is no meta line; an update is not
    taken."""
    text = segment.text
    if segment.words > MAX_META_LINE_WORDS or _DIGIT.search(text[:LEAD_DATE_REACH]) is None:
        return None
    if EVENT_LABEL.match(text):
        return None
    mentions = reading.find(text)
    if not mentions or mentions[0].role is DateRole.UPDATED:
        return None
    first = mentions[0]
    if first.start > LEAD_DATE_REACH or not _name_and_label_only(text[: first.start]):
        return None
    if _opens_a_sentence(text[first.end :]):
        return None
    return first


def _name_and_label_only(text: str) -> bool:
    """True if the text before a date is at most a date label and a short name: capitalised
    words, "by"/"on" and the like ("Posted by Jane Doe on Friday", "Posted byJane Doe")."""
    words = _WORD.findall(_GLUED_WORDS.sub(" ", sub_labels(" ", text)[0]))
    names = [w for w in words if phrase_key(w) not in IGNORABLE_WORDS | META_LINE_CONNECTORS]
    return len(names) <= MAX_META_NAME_WORDS and all(w[:1].isupper() for w in names)


def _opens_a_sentence(rest: str) -> bool:
    """True if what follows a date reads as the rest of a sentence (", the council voted ..."):
    a lower-case word that is no byline or place connector (a reading time is no word), or a
    long line ending in a full stop."""
    # a word glued to the next by lost markup ("byJane Roe", "4 min readComments") is two
    words = _WORD.findall(sub_reading_times(" ", _GLUED_WORDS.sub(" ", rest))[0])
    if not words:
        return False
    first = words[0]
    if first[:1].islower() and phrase_key(first) not in META_LINE_CONNECTORS:
        return True
    return len(words) >= MIN_PROSE_WORDS and rest.rstrip().endswith(".")


def _labelled_published(
    published: Evidence[dt.datetime], mentions: Sequence[DateMention]
) -> Evidence[dt.datetime]:
    """The date the story prints under a "Published" label, when the markup names
    a day further off than a zone explains: content systems stamp a re-save or an import as
    ``datePublished``; the label is what the publisher shows."""
    if published.stage == NAME:
        return published
    labelled = next((m for m in mentions if m.role is DateRole.PUBLISHED), None)
    if labelled is None:
        return published
    shown = labelled.date.value
    if _zone_explains(shown.date(), published.value):
        return published
    return Evidence(shown, Source.VISIBLE_TEXT, labelled.raw, NAME)


def _labelled_over_unlabelled(
    published: Evidence[dt.datetime], top: Sequence[DateMention]
) -> Evidence[dt.datetime]:
    """A date the page labels "Published" beats an unlabelled date line taken at the top (a
    masthead's date of the day, "Thursday, March 14th 2024", above the story's "PUBLISHED:
    March 13, 2024")."""
    if published.stage != NAME:
        return published
    taken = next((m for m in top if m.raw == published.raw), None)
    if taken is None or taken.role is not DateRole.UNKNOWN:
        return published
    labelled = next((m for m in top if m.role is DateRole.PUBLISHED), None)
    if labelled is None:
        return published
    return Evidence(labelled.date.value, Source.VISIBLE_TEXT, labelled.raw, NAME)


def _zone_explains(day: dt.date, value: dt.datetime) -> bool:
    """True if a day the page prints may be the markup's moment read on a local clock: within
    the zones UTC-12 to UTC+14 of a time with a zone, a day either way of a time without one
    (its zone is not known). A markup date without a time names its day: nothing else does."""
    if value.tzinfo is not None:
        utc = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return (utc - MAX_ZONE_BEHIND).date() <= day <= (utc + MAX_ZONE_AHEAD).date()
    if value.time() == dt.time(0):
        return day == value.date()
    return abs((day - value.date()).days) <= 1


def _in_local_zone(
    published: Evidence[dt.datetime], mentions: Sequence[DateMention]
) -> Evidence[dt.datetime]:
    """A UTC publication time shown at the top of the story as a local date and time: the
    same instant, expressed in the zone the page shows ("2022-05-04T02:41Z" printed as
    "3/5/2022 22:41" is 2022-05-03T22:41-04:00). The two must differ by a whole zone offset."""
    value = published.value
    if value.utcoffset() != dt.timedelta(0):
        return published
    utc = value.replace(tzinfo=None, second=0, microsecond=0)
    for mention in mentions:
        shown = mention.date
        if mention.role is DateRole.UPDATED or not shown.has_time or shown.has_zone:
            continue
        offset = shown.value.replace(second=0, microsecond=0) - utc
        minutes = int(offset.total_seconds()) // 60
        if (
            offset
            and -MAX_ZONE_BEHIND <= offset <= MAX_ZONE_AHEAD
            and (minutes % 60 in ZONE_MINUTES)
        ):
            local = value.astimezone(dt.timezone(offset))
            return Evidence(local, published.source, published.raw, NAME)
    return published


def _headline_h1(doc: Document) -> int | None:
    """The index of the <h1> that prints the markup's headline, else of the first lower
    heading that does (an <h1> kept for the logo or a hidden "Details"), or None."""
    if doc.headline is None:
        return None
    wanted = set(comparable_words(doc.headline.value))
    if not wanted:
        return None
    lower: int | None = None
    for segment in doc.segments:
        if segment.tag not in _HEADING_TAGS or (lower is not None and segment.tag != "h1"):
            continue
        words = set(comparable_words(segment.text))
        if words and len(words & wanted) / max(len(words), len(wanted)) >= MIN_HEADLINE_MATCH:
            if segment.tag == "h1":
                return segment.index
            lower = segment.index
    return lower


def _shown_lines(doc: Document) -> list[Segment]:
    """The short lines around the headline's <h1> that may print the story's date: not
    headings, not a comment's or a teaser's lines, and not boilerplate other than a header
    strip the main-content stage left outside the article."""
    h1 = _headline_h1(doc)
    if h1 is None:
        return []
    lines: list[Segment] = []
    for segment in doc.segments[max(0, h1 - SHOWN_BEFORE_HEADLINE) : h1 + 1 + SHOWN_AFTER_HEADLINE]:
        label = segment.label
        if (
            segment.index == h1
            or segment.words > MAX_SHOWN_LINE_WORDS
            or _DIGIT.search(segment.text) is None
            or segment.context & COMMENT_TOKENS
        ):
            continue
        if segment.tag in _HEADING_TAGS and not looks_like_date_line(segment.text):
            continue  # a heading is a date line only when it holds nothing else
        if (
            label is not None
            and label.role is Role.BOILERPLATE
            and label.reason != "header"
            and not _date_right_under(segment, h1)
        ):
            continue
        if label is not None and label.role not in (Role.BOILERPLATE, Role.DATE, Role.BYLINE):
            continue
        lines.append(segment)
    return lines


def _date_right_under(segment: Segment, h1: int) -> bool:
    """True if a line the main-content stage put outside the article is only a date, right
    under the headline: the story's date, in a strip its markup files as a sidebar, footer or
    newsletter box. A comment's date is never one."""
    label = segment.label
    return (
        h1 < segment.index <= h1 + SHOWN_OUTSIDE_AFTER_HEADLINE
        and (label is None or label.reason != "comment")
        and looks_like_date_line(segment.text)
    )


def _shown_by_headline(
    doc: Document, reading: _Reading, published: Evidence[dt.datetime]
) -> Evidence[dt.datetime]:
    """The date the page prints by its headline, over a markup date it does not show (see the
    module docstring). An "Updated" line there dates nothing; a numeric date that is the
    markup's day and month swapped is the markup's date read in the other order; an event's
    date ("Termin: 14.03.2020") is not the story's."""
    lines = _shown_lines(doc)
    shown: DateMention | None = None
    for segment in lines:
        mentions = _classify(doc, reading, segment)
        if not mentions:
            continue  # (an event's or a deadline's date line is none: see ``_classify``)
        kept = [m for m in mentions if m.role is not DateRole.UPDATED]
        if not kept:
            return published
        shown = next((m for m in kept if m.role is DateRole.PUBLISHED), kept[0])
        break
    if shown is None:
        return published
    day = published.value.date()
    for segment in lines:
        for mention in reading.find(segment.text):
            other = mention.date.value.date()
            if other == day or _swapped(other, day):
                return published  # the page shows the markup's date too
    if _zone_explains(shown.date.value.date(), published.value):
        return published  # a zone apart: the markup's instant stays
    return Evidence(shown.date.value, Source.VISIBLE_TEXT, shown.raw, NAME)


def _swapped(a: dt.date, b: dt.date) -> bool:
    """True if two dates are one numeric date read day first and month first (11/01 and 01/11)."""
    return a != b and a.year == b.year and a.month == b.day and a.day == b.month


def _outside_the_article(doc: Document, reading: _Reading) -> None:
    """HTML: a date line the main-content stage left outside the article (a header or footer
    strip), when nothing else dated the page. A labelled "Published ..." line anywhere wins;
    else an unlabelled one near the top of the article; else a "Last updated" stamp anywhere
    (the page's update, ``updated``). Comment blocks are never read."""
    first_text = next(
        (s.index for s in doc.segments if s.label is None and s.words >= MIN_STORY_WORDS), 0
    )
    fallback: tuple[DateMention, ...] | None = None
    update_stamp: tuple[DateMention, ...] | None = None
    for segment in doc.segments:
        label = segment.label
        if label is None or label.role is not Role.BOILERPLATE or label.reason == "comment":
            continue
        if segment.context & COMMENT_TOKENS or segment.words > MAX_DATE_LINE_WORDS:
            continue
        if _DIGIT.search(segment.text) is None:
            continue  # every date the stage reads has a number (as in _classify)
        near = fallback is None and abs(segment.index - first_text) <= NEAR_ARTICLE_SEGMENTS
        if not near and not _may_be_labelled_published(doc, segment):
            continue  # only a "Published" date counts here: no label, no need to read it
        mentions = _classify(doc, reading, segment)
        if not mentions:
            continue
        if any(m.role is DateRole.PUBLISHED for m in mentions):
            _offer(doc, mentions, Source.VISIBLE_TEXT)
            return
        if fallback is None and abs(segment.index - first_text) <= NEAR_ARTICLE_SEGMENTS:
            fallback = mentions
        elif update_stamp is None and all(m.role is DateRole.UPDATED for m in mentions):
            update_stamp = mentions
    if fallback is not None:
        _offer(doc, fallback, Source.VISIBLE_TEXT)
    elif update_stamp is not None and doc.updated is None:
        # the page's "Last updated: ..." in its footer: its only date (``_only_updated``)
        _offer(doc, update_stamp, Source.VISIBLE_TEXT)


def _may_be_labelled_published(doc: Document, segment: Segment) -> bool:
    """False when no date of the line can be a labelled publication date: the line holds no
    date label and the line above it is no "Published" label line (a cheap test that spares
    reading the dates of every boilerplate line)."""
    if DATE_LABEL.search(segment.text) is not None:
        return True
    return segment.index > 0 and (
        label_role(doc.segments[segment.index - 1].text) is DateRole.PUBLISHED
    )


def date_under_headline(doc: Document, headline: Segment) -> None:
    """Page text: a date line (or a meta line opening with its date) right under the headline
    dates the story when the date taken came from an unlabelled date line above it (a
    masthead's date of the day, a teaser's date), and the headline sits where this stage reads
    the story's dates. This stage runs before the
    headline is known and takes the first date line at the top; the headline stage calls this
    once it has found the headline."""
    published = doc.published
    if published is None:
        _story_opening_date(doc, headline)
        return
    if published.stage != NAME or published.source is not Source.VISIBLE_TEXT:
        return
    header = header_region(doc)
    if headline.index > (header[-1].index if header else -1) + DATE_EVIDENCE_AFTER_HEADER:
        return  # a line deep in the story taken for the headline: its dates are the story's
    reading = _Reading.of(doc)
    source = next(
        (
            s
            for s in doc.segments[: headline.index]
            if s.label is not None and s.label.role is Role.DATE and published.raw in s.text
        ),
        None,
    )
    if source is None or any(
        m.role is DateRole.PUBLISHED
        for m in reading.find(source.text)
        if m.raw == published.raw
    ):
        return
    for segment in doc.segments[
        headline.index + 1 : headline.index + 1 + DATE_UNDER_HEADLINE_LINES
    ]:
        chosen: DateMention | None = None
        if segment.label is None:
            chosen = _meta_line_mention(reading, segment)
        elif segment.label.role is Role.DATE:
            if label_role(doc.segments[segment.index - 1].text) is DateRole.UPDATED:
                return  # "Last update:" over the date: an update, and the date above stays
            mentions = [
                m
                for m in reading.find(segment.text)
                if m.role is not DateRole.UPDATED
            ]
            if not mentions:
                return  # an update under the headline: the date above stays
            chosen = next((m for m in mentions if m.role is DateRole.PUBLISHED), mentions[0])
        if chosen is not None:
            doc.published = Evidence(chosen.date.value, Source.VISIBLE_TEXT, chosen.raw, NAME)
            return


def _story_opening_date(doc: Document, headline: Segment) -> None:
    """Page text: an undated story whose first paragraph, under the headline, opens with its
    date ahead of its first word ("14.06.2017Die Stadt baut ...", "03.07.2015 „Die ...",
    "21.09.2016, 18:40 UhrAm Dienstag ..."), the way press releases and wire copy open, is
    dated by it. Only the first paragraph is read; a date starting a sentence ("March 3, 2020
    was ...") is no such date."""
    reading = _Reading.of(doc)
    for segment in doc.segments[headline.index + 1 : headline.index + 1 + STORY_OPENING_LINES]:
        if segment.label is not None or segment.words < MIN_STORY_WORDS:
            continue  # a byline, a subtitle, a caption
        text = segment.text
        if _DIGIT.search(text[:LEAD_DATE_REACH]) is None or EVENT_LABEL.match(text):
            return
        mentions = reading.find(text[:LEAD_DATE_REACH])
        if not mentions or mentions[0].start != 0 or mentions[0].role is DateRole.UPDATED:
            return
        first = mentions[0]
        opening = STORY_OPENING.match(text, first.end)
        if opening is None or not text[opening.end()].isupper():
            return
        doc.published = Evidence(first.date.value, Source.VISIBLE_TEXT, first.raw, NAME)
        return
