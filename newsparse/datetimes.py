"""Dates and times as news pages write them: parse one, find them in a line, tell date lines.

Pure functions over strings; the word tables and regexes live in ``newsparse.patterns.dates``.

``parse_date`` reads ONE date expression (a metadata value, a ``<time>`` text). Its evidence, in
order, first hit wins:

1. ISO 8601 extended ("2022-01-07T10:24:00+08:00"), the usual metadata form: one regex;
2. ISO 8601 basic ("20220107", "20220107T102400Z"), only as the whole string;
3. the scanner shared with ``find_dates``: a date core (numeric, or with a month name, in any
   order news pages use), a time just before or after it, a zone after the time; the rest of
   the string may only be weekday names, labels, connectors and punctuation;
4. a relative date ("2 hours ago", "vor 3 Stunden", "yesterday"), only when ``reference`` is
   given: it is the "now" the expression is relative to;
5. dateutil, with a ``parserinfo`` answered from the same tables, for orders the scanner lacks
   ("Fri Jan  7 10:24:00 2022"); only when a month name and a four-digit year are present and
   every word is known, and parsed twice with two different defaults so that any part dateutil
   would fill from its default is detected and refused.

Rules that hold everywhere:

* Never a missing part from today: year, month and day must all be in the text. A year alone
  ("2022"), a month and year ("January 2022") and a day and month ("Jan 5") give None.
* Years outside ``MIN_YEAR..MAX_YEAR`` give None. Two-digit years only in numeric dates
  ("07/01/22"); ``90``-``99`` are the 1990s, ``00``-``89`` the 2000s.
* Numeric day/month order ("07/01/2022"): a value above 12 decides it; else ``day_first``
  when given; else a dotted date ("07.01.2022") is day first (a European form, never US);
  else the first language decides: ``MONTH_FIRST_LOCALES`` (en-US) month first,
  ``AMBIGUOUS_ORDER_LOCALES`` (bare "en", en-CA) ambiguous, any other language or region
  day first; with no language at all it stays ambiguous. Ambiguous gives None: a swapped
  day and month is a wrong date, which is worse than none.
* Zones: "Z", numeric offsets, UTC/GMT(+N), and the unambiguous abbreviations of
  ``ZONE_OFFSETS``; "ET", "CT", "MT", "PT" are resolved with the IANA database for the date
  (EST or EDT). Any other abbreviation leaves the datetime naive: a zone is never guessed.
* A date line's second stamp may give only its time after a label of the other role
  ("Publié le 03/03/2025 à 09h41, modifié à 13h12"): ``find_dates`` dates it on the first
  stamp's day, in the line's zone, and only when the publication does not follow the update.
* Languages: month and relative words are taken from the tables of the given languages plus
  English (the web's lingua franca: English month names turn up on pages in every language);
  with no language given, from every table. The first language also sets the numeric order.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import html
import re
from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from dateutil.parser import parser as dateutil_parser
from dateutil.parser import parserinfo

from newsparse.patterns import dates as P
from newsparse.sre import odd_case_matches, sre_modules

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "DateMention",
    "DateRole",
    "ParsedDate",
    "find_dates",
    "label_role",
    "looks_like_date_line",
    "numeric_order",
    "page_numeric_order",
    "parse_date",
    "relative_spans",
    "sub_labels",
    "sub_reading_times",
    "with_region",
]

# News on the web starts with the web (1991): older years in a news page are history mentioned
# in the story, not when it was published; this also rejects most numbers that only look like
# dates. The end leaves room for any real publication date and rejects codes like "2199".
MIN_YEAR = 1990
MAX_YEAR = 2100
# Two-digit years from here on are the 1900s ("99" -> 1999), below it the 2000s ("22" -> 2022).
TWO_DIGIT_PIVOT = MIN_YEAR % 100
# One date expression (a meta value, a <time> text) is far shorter; longer text is prose.
MAX_EXPRESSION_CHARS = 200
# How far before a date its time may start: "3:45 PM EST, Tuesday " is 21 characters.
BEFORE_WINDOW = 48
# How far a label may end before its date: "Last modified on Wednesday, " leaves room.
MAX_LABEL_GAP = 32
# Where to look for that label: the gap plus the longest label ("zuletzt aktualisiert am").
LABEL_REACH = MAX_LABEL_GAP + 2 * P.LONGEST_LABEL
# A date line is short: "By Jane Doe | Updated 3:45 PM EST, Tue January 4, 2022" is 56.
MAX_DATE_LINE_CHARS = 200
# Words a date line may keep besides dates, labels, weekdays and a byline: a place or an
# outlet ("Kazakhstan, January 7, 2022"). Two words already make "He died January 7, 2022".
MAX_STRAY_WORDS = 1
# A byline beside a date ("By Xinhua and Agencies"); longer is a sentence starting with "By".
MAX_BYLINE_WORDS = 6

_UTC_NAMES = frozenset({"UTC", "GMT", "UT"})
# Two defaults that differ in every field: a field dateutil filled from its default differs.
_DEFAULT_A = dt.datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = dt.datetime(2002, 2, 2, 1, 1, 1)
_DASHES = frozenset("-–—")
_WORD_TOKEN = re.compile(r"[^\W_]+")  # "Published", "7", "января"
_YEAR_TOKEN = re.compile(r"(?<!\d)(?:19|20|21)\d{2}(?!\d)")  # "2022"
_ZONE_WITH_OFFSET = re.compile(r"[A-Za-z]{2,5}\s?[+-]\d")  # "GMT+8": dateutil flips its sign


class DateRole(enum.Enum):
    """What a date on the page says it is, from the label before it."""

    PUBLISHED = "published"
    UPDATED = "updated"
    UNKNOWN = "unknown"


@attrs.frozen
class ParsedDate:
    """One date as read: ``value`` is tz-aware iff ``has_zone``; date-only values are at 00:00."""

    value: dt.datetime
    has_time: bool
    has_zone: bool
    raw: str


@attrs.frozen
class DateMention:
    """A date found in a line, where it is (``text[start:end] == raw``) and its role."""

    role: DateRole
    date: ParsedDate
    start: int
    end: int
    raw: str


@attrs.frozen
class _Context:
    """What the caller told us: active languages (None: all), numeric order, the "now"."""

    codes: frozenset[str] | None
    day_first: bool | None
    reference: dt.datetime | None

    def allows(self, codes: frozenset[str]) -> bool:
        return self.codes is None or not self.codes.isdisjoint(codes)


@attrs.frozen
class _Clock:
    hour: int
    minute: int
    second: int
    microsecond: int
    zone: dt.tzinfo | None


@attrs.frozen
class _Found:
    """A date expression in a text; ``date`` is None when it cannot be resolved (ambiguous
    numeric order, relative without reference). ``day_word`` marks "yesterday"-like finds."""

    start: int
    end: int
    date: ParsedDate | None
    day_word: bool = False


# ---------------------------------------------------------------------------------------------
# Context


def _context(
    languages: Sequence[str], day_first: bool | None, reference: dt.datetime | None
) -> _Context:
    codes: set[str] = set()
    for language in languages:
        base = language.replace("_", "-").lower().split("-", 1)[0]
        base = P.LANGUAGE_ALIASES.get(base, base)
        if base in P.LANGUAGES:
            codes.add(base)
    active = frozenset(codes | {"en"}) if languages else None
    return _Context(active, _day_first(languages, day_first), reference)


def with_region(languages: Sequence[str], tag: str | None) -> tuple[str, ...]:
    """The languages, the first one narrowed to the page's declared tag when that tag names a
    region of it ("en-GB" for "en"): the region sets the numeric order ("04/02/2016" is
    2 April in en-US, 4 February in en-GB), where the bare language leaves it open.

    >>> with_region(("en",), "en-GB")
    ('en-gb',)
    >>> with_region(("de", "en"), "fr-CA")
    ('de', 'en')
    """
    if not languages or not tag:
        return tuple(languages)
    parts = tag.strip().replace("_", "-").lower().split("-")
    if len(parts) < 2 or parts[0] != languages[0].lower() or not parts[1].isalpha():
        return tuple(languages)
    return (f"{parts[0]}-{parts[1]}", *languages[1:])


def _day_first(languages: Sequence[str], day_first: bool | None) -> bool | None:
    """The caller's numeric order, else the first language's (see the module docstring)."""
    if day_first is not None:
        return day_first
    if not languages:
        return None
    locale = languages[0].replace("_", "-").lower()
    if locale in P.MONTH_FIRST_LOCALES:
        return False
    if locale in P.AMBIGUOUS_ORDER_LOCALES:
        return None
    return True


def numeric_order(languages: Sequence[str]) -> bool | None:
    """True if the first language reads numeric dates day first, False if month first, None
    if it leaves the order open (bare "en", en-CA, no language)."""
    return _day_first(languages, None)


def page_numeric_order(texts: Iterable[str]) -> bool | None:
    """The day/month order a page's own numeric dates show: True (day first) if one of them
    has a first number above 12 ("18/12/2025"), False (month first) if one has a second
    number above 12 ("12/18/2025"), None if none does or they disagree. A site prints its
    dates one way, so "10/12/2023" on a page that also shows "12/18/2025" is 12 October.

    >>> page_numeric_order(["Posted 10/12/2023", "Updated 12/18/2025 4:00 PM"])
    False
    >>> page_numeric_order(["18/12/2025", "12/18/2025"]) is None
    True
    """
    return _numeric_order_shown("\n".join(texts))


# Two stages read the page's order (the dates stage, and the headline's date line under it):
# the second time it is the same page, kept for this many pages.
PAGE_ORDER_CACHE_SIZE = 4


@functools.lru_cache(maxsize=PAGE_ORDER_CACHE_SIZE)
def _numeric_order_shown(joined: str) -> bool | None:
    """``page_numeric_order`` of the page's lines joined by line breaks."""
    shown: set[bool] = set()
    for tail in P.NUMERIC_YEAR_TAIL.finditer(joined):
        start = tail.start()
        match = P.NUMERIC_DAY_MONTH_HEAD.search(joined, max(0, start - P.NUMERIC_HEAD_REACH), start)
        if match is None or match.group(2) != tail.group(1):
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second >= 1:
            shown.add(True)
        elif second > 12 >= first >= 1:
            shown.add(False)
        if len(shown) > 1:
            return None
    return next(iter(shown), None)


# ---------------------------------------------------------------------------------------------
# Pieces: years, days, months, clocks, zones


def _valid_date(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12 or day < 1:
        return None
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return (year, month, day)


def _leading_int(text: str) -> int:
    """The number a day starts with: "7th" -> 7, "1er" -> 1."""
    digits = text[:2] if text[:2].isdigit() else text[:1]
    return int(digits)


def _month(word: str, ctx: _Context) -> int | None:
    found = P.MONTH_LOOKUP.get(word.lower().rstrip("."))
    if found is None or not ctx.allows(found[1]):
        return None
    return found[0]


def _zone(m: re.Match[str]) -> tuple[bool, dt.tzinfo | None]:
    """(a zone was written, its tzinfo or None when unknown) from the zone groups."""
    if m["zulu"]:
        return True, dt.timezone.utc
    if m["offset"]:
        return True, _offset_zone(m["offset"])
    if m["unknown_zone"]:
        return True, None  # written, but not one we know: naive, never guessed
    abbr = m["abbr"]
    if not abbr:
        return False, None
    if m["abbr_offset"]:
        return True, _offset_zone(m["abbr_offset"]) if abbr in _UTC_NAMES else None
    if abbr in P.ZONE_NAMES:
        try:
            return True, ZoneInfo(P.ZONE_NAMES[abbr])
        except (ZoneInfoNotFoundError, ValueError):
            return True, None  # no IANA database here: naive, never guessed
    return True, _fixed_zone(P.ZONE_OFFSETS[abbr])


def _offset_zone(text: str) -> dt.tzinfo | None:
    """A fixed zone from an offset: "+08:00", "+0800", "-5", "+5:30"; None for an offset no
    clock uses ("+41:00", "+05:99"), so the time stays naive rather than raising."""
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if minutes >= 60 or hours * 60 + minutes > MAX_OFFSET_MINUTES:
        return None
    return _fixed_zone(sign * (hours * 60 + minutes))


# The largest UTC offset ISO 8601 and the W3C date format allow (real zones stay within 14 h).
MAX_OFFSET_MINUTES = 18 * 60


def _fixed_zone(minutes: int) -> dt.tzinfo:
    return dt.timezone.utc if minutes == 0 else dt.timezone(dt.timedelta(minutes=minutes))


def _clock(m: re.Match[str], *, word_before: bool) -> _Clock | None:
    """The time from the ``_TIME`` groups of a match, or None when it is not a clock time.

    A bare number is no time ("2022 10 people"); a dotted time ("10.24") needs a word, suffix,
    am/pm or zone around it, since "10.24" alone is as often a decimal.
    """
    hour = int(m["hour"])
    minute_text = m["minute"] or m["h_minute"]
    ampm, suffix = m["ampm"], m["suffix"]
    has_zone, zone = _zone(m)
    if minute_text is None and not (ampm or m["h"] or suffix):
        return None
    if m["sep"] == "." and not (word_before or ampm or suffix or has_zone):
        return None
    if ampm and 1 <= hour <= 12:
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if hour > 23:
        return None
    second = min(int(m["second"]), 59) if m["second"] else 0  # a leap second is :59
    fraction = m["fraction"]
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    return _Clock(hour, int(minute_text or 0), second, micro, zone)


def _make(ymd: tuple[int, int, int], clock: _Clock | None, raw: str) -> ParsedDate:
    year, month, day = ymd
    if clock is None:
        return ParsedDate(dt.datetime(year, month, day), False, False, raw)
    value = dt.datetime(
        year, month, day, clock.hour, clock.minute, clock.second, clock.microsecond, clock.zone
    )
    return ParsedDate(value, True, value.tzinfo is not None, raw)


# ---------------------------------------------------------------------------------------------
# Absolute dates


def _core(m: re.Match[str], ctx: _Context) -> tuple[tuple[int, int, int] | None, bool]:
    """(year, month, day) of a DATE_CORE match, and whether it is a date at all.

    (None, True) is a date whose day/month order cannot be told; (None, False) is no date.
    """
    groups = m.groupdict()
    if groups["iso_y"]:
        ymd = _valid_date(int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"]))
        return ymd, ymd is not None
    if groups["cjk_y"]:
        ymd = _valid_date(int(groups["cjk_y"]), int(groups["cjk_m"]), int(groups["cjk_d"]))
        return ymd, ymd is not None
    if groups["num_a"]:
        return _numeric(groups["num_a"], groups["num_b"], groups["num_y"], groups["num_sep"], ctx)
    for form in ("dmy", "mdy", "ymd"):
        if groups[f"{form}_m"]:
            month = _month(groups[f"{form}_m"], ctx)
            if month is None:
                return None, False
            day = _leading_int(groups[f"{form}_d"])
            ymd = _valid_date(int(groups[f"{form}_y"]), month, day)
            return ymd, ymd is not None
    return None, False


def _numeric(
    a_text: str, b_text: str, y_text: str, sep: str, ctx: _Context
) -> tuple[tuple[int, int, int] | None, bool]:
    """A numeric day/month/year in either order ("07/01/2022"); see the module docstring."""
    dotted = sep.startswith(".")
    if len(y_text) == 2:
        # "3-1-22" is a score or a code; "2.10.22" a version: two-digit years want "/" or
        # a dotted date with two-digit day and month ("07.01.22").
        if sep == "-" or (dotted and (len(a_text) != 2 or len(b_text) != 2)):
            return None, False
        short = int(y_text)
        year = 1900 + short if short >= TWO_DIGIT_PIVOT else 2000 + short
    else:
        year = int(y_text)
    a, b = int(a_text), int(b_text)
    day_first = _valid_date(year, b, a)
    month_first = _valid_date(year, a, b)
    if day_first is None and month_first is None:
        return None, False
    if month_first is None or day_first == month_first:
        return day_first, True
    if day_first is None:
        return month_first, True
    order = ctx.day_first
    if order is None and dotted:
        order = True
    if order is None:
        return None, True
    return (day_first if order else month_first), True


def _time_before(text: str, low: int, high: int) -> tuple[_Clock, int] | None:
    """A time that ends just before a date ("10:24, " January 07, 2022) and where it starts."""
    pos = low
    while pos < high:
        m = P.BEFORE_TIME.search(text, pos, high)
        if m is None:
            return None
        weekday = m["weekday"]
        if weekday and weekday.lower() not in P.WEEKDAY_WORDS:
            return None
        clock = _clock(m, word_before=False)
        if clock is not None:
            return clock, m.start()
        pos = m.start() + 1
    return None


def _time_after(text: str, pos: int) -> tuple[_Clock, int] | None:
    """A time right after a date (" at 3:45 p.m. ET") and where it ends."""
    m = P.TIME_AFTER.match(text, pos)
    if m is None:
        return None
    connector = m["conn"]
    clock = _clock(m, word_before=bool(connector) and connector not in _DASHES)
    return (clock, m.end()) if clock is not None else None


def _core_windows(text: str) -> list[tuple[int, int]]:
    """Disjoint stretches of the text that can hold a date: around each year-like number.

    A window never ends inside a run of digits, so that "20223" is not read as "2022".
    """
    windows: list[tuple[int, int]] = []
    size = len(text)
    for hint in P.YEAR_HINT.finditer(text):
        low = max(0, hint.start() - P.CORE_REACH_BEFORE)
        high = min(size, hint.end() + P.CORE_REACH_AFTER)
        while high < size and text[high].isdigit():
            high += 1
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    return windows


def _date_follows(text: str, pos: int) -> bool:
    """True if another date starts right here: then a time just before it is that date's
    ("January 07, 2022 | 18:27, January 08, 2022")."""
    m = P.DATE_CORE.search(text, pos, min(len(text), pos + P.NEXT_DATE_REACH))
    return m is not None and not text[pos : m.start()].strip(" ,|·")


def _iso_time(text: str, end: int) -> bool:
    """True if a "T" joins the time to the date ("2024-04-18T13:00:39+00:00"): the time is that
    date's even when another date is glued after it."""
    return text.startswith("T", end)


def _scan_absolute(text: str, ctx: _Context) -> list[_Found]:
    """Every absolute date in the text, left to right, with its time; linear in the text."""
    found: list[_Found] = []
    previous_end = 0
    for low, high in _core_windows(text):
        pos = max(low, previous_end)
        while pos < high:
            m = P.DATE_CORE.search(text, pos, high)
            if m is None:
                break
            ymd, is_date = _core(m, ctx)
            if not is_date:
                pos = m.start() + 1
                continue
            start, end = m.span()
            suffix = P.YEAR_SUFFIX.match(text, end)
            if suffix is not None:
                end = suffix.end()
            clock: _Clock | None = None
            before = _time_before(text, max(previous_end, start - BEFORE_WINDOW), start)
            if before is not None:
                clock, start = before
            else:
                after = _time_after(text, end)
                if after is not None and (
                    _iso_time(text, end) or not _date_follows(text, after[1])
                ):
                    clock, end = after
            date = _make(ymd, clock, text[start:end]) if ymd is not None else None
            found.append(_Found(start, end, date))
            pos = previous_end = end
    return found


# ---------------------------------------------------------------------------------------------
# Relative dates


def _relative_value(
    amount: int, unit: P.TimeUnit, reference: dt.datetime, raw: str
) -> ParsedDate | None:
    """The reference minus the amount: to the second for time units, to the day for days and
    weeks; months and years are too coarse to give a day, so None."""
    if unit in (P.TimeUnit.MONTH, P.TimeUnit.YEAR):
        return None
    if unit in (P.TimeUnit.DAY, P.TimeUnit.WEEK):
        days = amount * (7 if unit is P.TimeUnit.WEEK else 1)
        return _day_value(reference, -days, None, raw)
    seconds = amount * {P.TimeUnit.SECOND: 1, P.TimeUnit.MINUTE: 60, P.TimeUnit.HOUR: 3600}[unit]
    delta = dt.timedelta(seconds=seconds)
    try:
        if reference.tzinfo is None:
            value = reference - delta
        else:  # through UTC, so that a DST change in between is counted right
            value = (reference.astimezone(dt.timezone.utc) - delta).astimezone(reference.tzinfo)
    except OverflowError:  # a reference at the calendar's first or last day: no date
        return None
    return ParsedDate(value, True, value.tzinfo is not None, raw)


def _day_value(
    reference: dt.datetime, offset: int, clock: _Clock | None, raw: str
) -> ParsedDate | None:
    """The reference's day moved by ``offset`` days, at the clock time if one was given; None
    past the calendar's ends (a caller's reference of ``datetime.min`` and "yesterday")."""
    try:
        day = reference.date() + dt.timedelta(days=offset)
    except OverflowError:
        return None
    if clock is None:
        value = dt.datetime(day.year, day.month, day.day, tzinfo=reference.tzinfo)
        return ParsedDate(value, False, value.tzinfo is not None, raw)
    zone = clock.zone if clock.zone is not None else reference.tzinfo
    value = dt.datetime(
        day.year,
        day.month,
        day.day,
        clock.hour,
        clock.minute,
        clock.second,
        clock.microsecond,
        zone,
    )
    return ParsedDate(value, True, value.tzinfo is not None, raw)


def _amount_unit(
    m: re.Match[str], prefix: str, suffix: str, ctx: _Context
) -> tuple[int, P.TimeUnit] | None:
    """(amount, unit) of a relative date whose words belong to one active language."""
    codes = P.RELATIVE_FORMS.get((prefix, suffix))
    unit_word = m["unit"]
    units = P.UNIT_LOOKUP.get(unit_word.lower())
    if codes is None or units is None:
        return None
    langs = [code for code in codes if code in units and ctx.allows(frozenset({code}))]
    if not langs:
        return None
    word = m["word"] or m["w"]
    if m["n"] is not None:
        amount = int(m["n"])
    elif word is not None:
        word_codes = P.NUMBER_ONE_WORDS.get(word.lower().rstrip("'’"))
        if word_codes is None or word_codes.isdisjoint(langs):
            return None
        amount = 1
    elif len(unit_word) == 1:
        return None  # "h ago" without a number is not a date
    else:
        amount = 1  # "před hodinou", "час назад": the unit alone is one of it
    return amount, units[langs[0]]


def _relative_at(
    text: str, anchor: re.Match[str], low: int, ctx: _Context
) -> tuple[int, int, int, P.TimeUnit] | None:
    """(start, end, amount, unit) of the relative date around a prefix or suffix word."""
    key = P.phrase_key(anchor.group())
    if key in P.RELATIVE_PREFIX_KEYS:
        m = P.RELATIVE_AFTER_PREFIX.match(text, anchor.end())
        if m is not None:
            parsed = _amount_unit(m, key, P.phrase_key(m["suf"] or ""), ctx)
            if parsed is not None:
                return anchor.start(), m.end(), *parsed
    if key in P.RELATIVE_SUFFIX_KEYS:
        pos = max(low, anchor.start() - P.RELATIVE_REACH)
        while pos < anchor.start():
            m = P.RELATIVE_BEFORE_SUFFIX.search(text, pos, anchor.start())
            if m is None:
                break
            parsed = _amount_unit(m, "", key, ctx)
            if parsed is not None:
                return m.start(), anchor.end(), *parsed
            pos = m.start() + 1  # "published hours ago": try "hours ago"
    return None


def _head_starts(
    text: str, heads: Sequence[frozenset[str]], low: int = 0, high: int | None = None
) -> list[list[int]]:
    """Where words of each head set start in ``text[low:high]``: runs of letters scanned once
    and looked up in sets, which is faster than trying long alternations at every position."""
    starts: list[list[int]] = [[] for _ in heads]
    pairs = list(zip(starts, heads, strict=True))
    for m in P.LETTERS.finditer(text, low, len(text) if high is None else high):
        run = m.group()
        word = run.lower()
        if word[1:] == run[1:]:  # the usual case: no capital inside the run
            for found, head in pairs:
                if word in head:
                    found.append(m.start())
            continue
        for offset, piece in _words_of_run(run):
            for found, head in pairs:
                if piece in head:
                    found.append(m.start() + offset)
    return starts


def _words_of_run(run: str) -> list[tuple[int, str]]:
    """(offset, lower-cased word) of a run of letters: the run, and its pieces where a
    capitalised word is glued to the one before ("GMTUpdated" -> "GMT", "Updated"), as
    markup stripped without spaces leaves them."""
    words = [(0, run.lower())]
    tail = run[1:]
    if tail == tail.lower():
        return words
    bounds = [i for i in range(1, len(run) - 1) if run[i].isupper() and run[i + 1].islower()]
    for begin, end in zip([0, *bounds], [*bounds, len(run)], strict=True):
        if begin > 0 or end < len(run):
            words.append((begin, run[begin:end].lower()))
    return words


def _scan_relative(text: str, ctx: _Context, starts: list[int]) -> list[_Found]:
    """Relative dates ("2 hours ago", "vor 3 Stunden"); dated only with a reference."""
    found: list[_Found] = []
    consumed = 0  # the amount and unit lie after the previous anchor: each stretch read once
    for start in starts:
        anchor = P.RELATIVE_ANCHOR.match(text, start)
        if anchor is None or start < consumed:
            continue
        hit = _relative_at(text, anchor, consumed, ctx)
        if hit is None:
            consumed = anchor.end()
            continue
        start, end, amount, unit = hit
        date = None
        if ctx.reference is not None:
            date = _relative_value(amount, unit, ctx.reference, text[start:end])
        found.append(_Found(start, end, date))
        consumed = end
    return found


def relative_spans(text: str, languages: Sequence[str] = ()) -> list[tuple[int, int]]:
    """(start, end) of each relative date in ``text`` ("3 hours ago", "2 years ago", "vor 5
    Monaten"), months and years included: where they are, never what date they mean.

    >>> relative_spans("Posted 2 years ago", ["en"])
    [(7, 18)]
    """
    (starts,) = _head_starts(text, (P.RELATIVE_ANCHOR_HEADS,))
    if not starts:
        return []
    return [(f.start, f.end) for f in _scan_relative(text, _context(languages, None, None), starts)]


def _scan_day_words(text: str, ctx: _Context, starts: list[int]) -> list[_Found]:
    """Whole-day words ("yesterday", "gestern um 10:24"); dated only with a reference."""
    found: list[_Found] = []
    for start in starts:
        m = P.DAY_WORD.match(text, start)
        if m is None or (found and start < found[-1].end):
            continue
        entry = P.DAY_WORD_OFFSETS.get(P.phrase_key(m.group()))
        if entry is None or not ctx.allows(entry[1]):
            continue
        end = m.end()
        after = _time_after(text, end)
        clock = None
        if after is not None:
            clock, end = after
        date = None
        if ctx.reference is not None:
            date = _day_value(ctx.reference, entry[0], clock, text[start:end])
        found.append(_Found(start, end, date, day_word=True))
    return found


def _merge(*groups: list[_Found]) -> list[_Found]:
    """All finds by position; one that overlaps an earlier find is dropped."""
    merged: list[_Found] = []
    for item in sorted((f for group in groups for f in group), key=lambda f: (f.start, -f.end)):
        if merged and item.start < merged[-1].end:
            continue
        merged.append(item)
    return merged


def _scan(text: str, ctx: _Context) -> list[_Found]:
    """Absolute, relative and whole-day dates, by position, without overlaps."""
    relative_starts, day_starts = _head_starts(text, (P.RELATIVE_ANCHOR_HEADS, P.DAY_WORD_HEADS))
    return _merge(
        _scan_absolute(text, ctx),
        _scan_relative(text, ctx, relative_starts),
        _scan_day_words(text, ctx, day_starts),
    )


# ---------------------------------------------------------------------------------------------
# One date: parse_date


def _only_ignorable(text: str, *, short_weekdays: bool = False) -> bool:
    """True if the text holds nothing but weekdays, labels, connectors and punctuation
    (and, around a one-date string, two-letter weekdays such as "Mi.")."""
    for word in _WORD_TOKEN.findall(text):
        low = word.lower()
        if low in P.IGNORABLE_WORDS or low in P.WEEKDAY_WORDS:
            continue
        if short_weekdays and low in P.SHORT_WEEKDAYS:
            continue
        return False
    return True


def _from_iso(m: re.Match[str], raw: str) -> ParsedDate | None:
    ymd = _valid_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if ymd is None:
        return None
    if m["h"] is None:
        return _make(ymd, None, raw)
    hour, minute = int(m["h"]), int(m["mi"])
    if hour > 23 or minute > 59:
        return None
    second = min(int(m["s"]), 59) if m["s"] else 0
    if second > 59:
        return None
    groups = m.groupdict()
    fraction = groups.get("f") or groups.get("ms")
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    zone_text = m["z"]
    zone: dt.tzinfo | None = None
    if zone_text:
        zone = dt.timezone.utc if zone_text in ("Z", "z") else _offset_zone(zone_text)
    return _make(ymd, _Clock(hour, minute, second, micro, zone), raw)


class _TableParserInfo(parserinfo):
    """dateutil's word tables answered from ``patterns.dates`` for the active languages."""

    def __init__(self, ctx: _Context) -> None:
        super().__init__(dayfirst=bool(ctx.day_first))
        self._ctx = ctx

    def month(self, name: str) -> int | None:
        return _month(name, self._ctx)

    def weekday(self, name: str) -> int | None:
        found = P.WEEKDAY_WORDS.get(name.lower().rstrip("."))
        return found[0] if found is not None else None

    def jump(self, name: str) -> bool:
        return super().jump(name) or name.lower() in P.IGNORABLE_WORDS


def _dateutil_zone(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """dateutil's zone callback: our tables, numeric offsets, else naive (never local time)."""
    if name is not None and name in P.ZONE_NAMES:
        try:
            return ZoneInfo(P.ZONE_NAMES[name])
        except (ZoneInfoNotFoundError, ValueError):
            return None
    if name is not None and name in P.ZONE_OFFSETS:
        return _fixed_zone(P.ZONE_OFFSETS[name])
    if offset is not None and (name is None or name in _UTC_NAMES):
        return _fixed_zone(offset // 60)
    return None


def _known_word(word: str, ctx: _Context) -> bool:
    low = word.lower()
    return (
        _month(word, ctx) is not None
        or low in P.WEEKDAY_WORDS
        or low in P.IGNORABLE_WORDS
        or word in P.ZONE_OFFSETS
        or word in P.ZONE_NAMES
        or low in {"am", "pm", "a", "p", "m", "t", "h", "uhr", "st", "nd", "rd", "th", "er", "de"}
    )


def _dateutil_parse(text: str, ctx: _Context) -> ParsedDate | None:
    """The dateutil fallback, guarded against filling any date part from its default."""
    words = [w for w in _WORD_TOKEN.findall(text) if not w.isdigit()]
    years = set(_YEAR_TOKEN.findall(text))
    if not years or not any(_month(w, ctx) is not None for w in words):
        return None
    if not all(_known_word(w, ctx) for w in words) or _ZONE_WITH_OFFSET.search(text):
        return None
    parser = dateutil_parser(_TableParserInfo(ctx))
    try:
        first = parser.parse(text, default=_DEFAULT_A, tzinfos=_dateutil_zone)
        second = parser.parse(text, default=_DEFAULT_B, tzinfos=_dateutil_zone)
    except (ValueError, OverflowError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    if str(first.year) not in years or _valid_date(first.year, first.month, first.day) is None:
        return None
    has_time = first.hour == second.hour
    value = first if has_time else first.replace(hour=0, minute=0, second=0, microsecond=0)
    return ParsedDate(value, has_time, value.tzinfo is not None, text)


def parse_date(
    text: str,
    *,
    languages: Sequence[str] = (),
    day_first: bool | None = None,
    reference: dt.datetime | None = None,
) -> ParsedDate | None:
    """Parse ONE date expression, or None; see the module docstring for the order and rules.

    >>> parse_date("2022-01-07T10:24:00+08:00").value.isoformat()
    '2022-01-07T10:24:00+08:00'
    >>> parse_date("Jan. 7, 2022 at 3:45 p.m. ET").value.isoformat()
    '2022-01-07T15:45:00-05:00'
    >>> parse_date("07/01/2022", languages=["de"]).value.date().isoformat()
    '2022-01-07'
    >>> parse_date("2 hours ago") is None  # no reference: never relative to today
    True
    """
    original = raw = text.strip()
    if not raw or len(raw) > MAX_EXPRESSION_CHARS:
        return None
    if "&" in raw:  # a value copied from HTML source: "&#43;00:00", "21:15&nbsp;Uhr"
        raw = html.unescape(raw).strip()
    iso = P.ISO_DATETIME.fullmatch(raw) or P.COMPACT_DATETIME.fullmatch(raw)
    if iso is not None:
        return _from_iso(iso, original)
    ctx = _context(languages, day_first, reference)
    found = _scan(raw, ctx)
    if len(found) > 1:
        return None  # a range or two dates: not one expression
    if found:
        item = found[0]
        rest = raw[: item.start] + " " + raw[item.end :]
        if item.date is not None and item.date.has_zone:
            rest = P.TRAILING_ZONE_NAME.sub("", rest)
        if item.date is None or not _only_ignorable(rest, short_weekdays=True):
            return None
        return attrs.evolve(item.date, raw=original)
    parsed = _dateutil_parse(raw, ctx)
    return attrs.evolve(parsed, raw=original) if parsed is not None else None


# ---------------------------------------------------------------------------------------------
# Dates in a line: find_dates


def _role(text: str, low: int, high: int) -> DateRole:
    """The role given by the last label in ``text[low:high]``, if only filler follows it."""
    role = DateRole.UNKNOWN
    (starts,) = _head_starts(text, (P.LABEL_HEADS,), max(low, high - LABEL_REACH), high)
    for start in starts:
        m = P.LABEL.match(text, start, high)
        if m is None:
            continue
        gap = text[m.end() : high]
        if len(gap) > MAX_LABEL_GAP or not _only_ignorable(gap):
            role = DateRole.UNKNOWN
            continue
        key = P.phrase_key(m.group())
        if key in P.UPDATED_LABEL_KEYS:
            role = DateRole.UPDATED
        elif key in P.PUBLISHED_LABEL_KEYS:
            role = DateRole.PUBLISHED
    return role


def label_role(text: str) -> DateRole | None:
    """The role a line holding only a date label gives the date after it ("Published",
    "Zuletzt aktualisiert:"), or None for any other line.

    >>> label_role("Published:"), label_role("Published today")
    (<DateRole.PUBLISHED: 'published'>, None)
    """
    key = P.phrase_key(text)
    if key in P.UPDATED_LABEL_KEYS:
        return DateRole.UPDATED
    if key in P.PUBLISHED_LABEL_KEYS:
        return DateRole.PUBLISHED
    return None


def find_dates(
    text: str,
    *,
    languages: Sequence[str] = (),
    reference: dt.datetime | None = None,
    day_first: bool | None = None,
) -> tuple[DateMention, ...]:
    """Every date in a visible line, left to right, with the role its label gives it.

    Relative dates ("Updated 2 hours ago") are returned only when ``reference`` is given;
    "yesterday"-like words only with a time or right after a label. Dates that cannot be
    resolved (ambiguous numeric order) are left out. Linear in the length of the text.

    >>> [(m.role.value, m.date.value.isoformat()) for m in find_dates(
    ...     "Published: 10:24, January 07, 2022 | Updated: 18:27, January 07, 2022")]
    [('published', '2022-01-07T10:24:00'), ('updated', '2022-01-07T18:27:00')]
    """
    if reference is None and P.YEAR_DIGITS.search(text) is None:
        return ()  # without a "now", only absolute dates are kept, and each has a year
    ctx = _context(languages, day_first, reference)
    cuts = [m.start() for m in P.GLUED_MONTH.finditer(text)]
    if P.GLUED_YEAR_HINT.search(text) is not None:  # a year with a digit glued on: rare
        cuts = sorted(cuts + [m.end() for m in P.GLUED_YEAR.finditer(text)])
    spaced = _spaced(text, cuts)
    mentions: list[DateMention] = []
    previous_end = 0
    for item in _scan(spaced, ctx):
        role = _role(spaced, previous_end, item.start)
        previous_end = item.end
        if item.date is None:
            continue
        if item.day_word and role is DateRole.UNKNOWN and not item.date.has_time:
            continue  # a bare "today" in a sentence is no date of the page
        start, end = _unspaced(item.start, cuts), _unspaced(item.end, cuts)
        mention = DateMention(role, item.date, start, end, text[start:end])
        mentions.append(mention)
        if item.date.has_time:
            second = _same_day_stamp(text, mention)
            if second is not None:
                mentions.append(second)
    return tuple(mentions)


def _same_day_stamp(text: str, first: DateMention) -> DateMention | None:
    """The second stamp of a date line that gives only its time, after a label of the other
    role ("Publié le 03/03/2025 à 09h41, mis à jour à 13h12"; "Updated February 4, 2025 —
    7.45pm AEDT, first published 2.15pm"): on the first stamp's day, in the zone the line
    gives (the first's, when the time has none). None when the publication would come after
    the update (another day, which the line does not print), when only one time has a zone, or
    when a date follows the time (the scanner reads that stamp itself)."""
    lead = P.SAME_DAY_LEAD.match(text, first.end)
    if lead is None:
        return None
    label = P.LABEL.match(text, lead.end())
    if label is None:
        return None
    key = P.phrase_key(label.group())
    role = (
        DateRole.UPDATED
        if key in P.UPDATED_LABEL_KEYS
        else DateRole.PUBLISHED
        if key in P.PUBLISHED_LABEL_KEYS
        else None
    )
    if role is None or role is first.role:
        return None
    m = P.TIME_AFTER.match(text, label.end())
    if m is None or m["t"] is not None:
        return None
    if P.NUMERIC_DATE_GOES_ON.match(text, m.end()):
        return None  # "Erschienen am: 07.01.2022": a date, not a time
    clock = _clock(m, word_before=True)
    if clock is None or _date_follows(text, m.end()):
        return None
    value = first.date.value.replace(
        hour=clock.hour, minute=clock.minute, second=clock.second, microsecond=clock.microsecond
    )
    if clock.zone is not None:
        value = value.replace(tzinfo=clock.zone)
    if (value.tzinfo is not None) != first.date.has_zone:
        return None  # a zone on one time only: the two cannot be told apart in order
    published, updated = (value, first.date.value) if role is DateRole.PUBLISHED else (
        first.date.value,
        value,
    )
    if published > updated:
        return None
    raw = text[m.start("hour") : m.end()]
    date = ParsedDate(value, True, value.tzinfo is not None, raw)
    return DateMention(role, date, m.start("hour"), m.end(), raw)


def _spaced(text: str, cuts: Sequence[int]) -> str:
    """The text with a space put back at each cut ("Jane DoeMarch 5" -> "Jane Doe March 5")."""
    if not cuts:
        return text
    pieces = [text[start:end] for start, end in zip((0, *cuts), (*cuts, len(text)), strict=True)]
    return " ".join(pieces)


def _unspaced(position: int, cuts: Sequence[int]) -> int:
    """A position in the spaced text, back in the text as given."""
    shift = 0
    for index, cut in enumerate(cuts):
        if cut + index < position:
            shift += 1
    return position - shift


# ---------------------------------------------------------------------------------------------
# Date labels cut out of a line: sub_labels

# LABEL is hundreds of case-blind phrases (every language's "Published", "Updated", ...) with
# no word boundary before them, so ``LABEL.sub`` tries every phrase at every character of a
# line (about 200 us for a date line). A line is read faster: a phrase can start only where
# the lower-cased line holds the phrase's first characters, and these are found by one
# case-sensitive search that skips every other character in C; LABEL itself is tried only
# there. The openings are read off the compiled pattern, so they cannot drift from it.
# Characters of a phrase's opening: enough to make the search skip most of a line.
LABEL_OPENING_CHARS = 4


@attrs.frozen
class _LabelOpenings:
    """The lower-cased openings of LABEL's phrases as one case-sensitive pattern, and the
    characters that match an opening's letter case-blind though their lower case differs
    from it (the long "ſ" for "s", the Kelvin sign for "k"): a line holding one of those (or
    whose lower case changes its length) is read by LABEL itself."""

    openings: re.Pattern[str]
    odd: re.Pattern[str] | None


@functools.cache
def _label_openings() -> _LabelOpenings | None:
    """LABEL's openings (their first literal characters, up to LABEL_OPENING_CHARS); None
    when the pattern cannot be read so (no parser, or no alternation of phrases opening with a
    literal character). Worked out on the first line read (about 20 ms)."""
    modules = sre_modules()
    if modules is None:  # pragma: no cover - both ship with CPython
        return None
    parser, ops = modules
    items = list(parser.parse(P.LABEL.pattern, P.LABEL.flags))
    if items and items[0][0] is ops.SUBPATTERN:
        items = list(items[0][1][3])  # the phrases' group, where the parser keeps it
    if not items or items[0][0] is not ops.BRANCH:
        return None
    openings: set[str] = set()
    for branch in items[0][1][1]:
        parts = list(branch)
        if not parts or parts[0][0] is not ops.LITERAL:
            return None
        opening = ""
        for op, value in parts[:LABEL_OPENING_CHARS]:
            lowered = chr(value).lower() if op is ops.LITERAL else ""
            if len(lowered) != 1:
                break  # spaces between words (or a letter lower-cased to two): it ends here
            opening += lowered
        openings.add(opening)
    if "" in openings:  # a phrase opening with a letter lower-cased to two: read it all
        return None
    odd = odd_case_matches((char for opening in openings for char in opening), P.LABEL.flags)
    return _LabelOpenings(
        openings=re.compile("|".join(map(re.escape, sorted(openings)))),
        odd=re.compile(f"[{re.escape(''.join(sorted(odd)))}]") if odd else None,
    )


def sub_labels(replacement: str, text: str) -> tuple[str, int]:
    """``P.LABEL.subn(replacement, text)``: the text with every date label replaced, and how
    many were. LABEL is tried only where one of its openings is (see ``_label_openings``)."""
    table = _label_openings()
    lowered = text.lower()
    if (
        table is None
        or len(lowered) != len(text)
        or (table.odd is not None and not text.isascii() and table.odd.search(text))
    ):
        return P.LABEL.subn(replacement, text)
    pieces: list[str] = []
    kept = 0
    position = 0
    while (opening := table.openings.search(lowered, position)) is not None:
        start = opening.start()
        found = P.LABEL.match(text, start)
        if found is None:
            position = start + 1
            continue
        pieces.append(text[kept:start])
        pieces.append(replacement)
        kept = position = found.end()  # never empty: every phrase has a letter
    if not pieces:
        return text, 0
    pieces.append(text[kept:])
    return "".join(pieces), len(pieces) // 2


def sub_reading_times(replacement: str, text: str) -> tuple[str, int]:
    """``P.READING_TIME.subn(replacement, text)``. Every reading time holds "min" (or "мин"):
    an ASCII text without it, in any case, has none, and the regex (a number or one of many
    case-blind phrases, at every character) is spared."""
    if text.isascii() and "min" not in text.lower():
        return text, 0
    return P.READING_TIME.subn(replacement, text)


# ---------------------------------------------------------------------------------------------
# Date lines: looks_like_date_line


def _cut(text: str, pattern: re.Pattern[str]) -> tuple[str, bool]:
    """The text with every match of the pattern replaced by a separator, and whether any was."""
    cut, count = pattern.subn(" | ", text)
    return cut, count > 0


def _cut_partial_dates(text: str) -> tuple[str, bool]:
    """Cut day-month pairs without a year ("Jan 5", "5. Januar") whose word is a month."""
    everywhere = _Context(None, None, None)
    hit = False

    def replace(m: re.Match[str]) -> str:
        nonlocal hit
        if _month(m["pm"] or m["qm"], everywhere) is None:
            return m.group()
        hit = True
        return " | "

    return P.PARTIAL_DATE.sub(replace, text), hit


def _cut_times(text: str) -> str:
    def replace(m: re.Match[str]) -> str:
        return " | " if _clock(m, word_before=False) is not None else m.group()

    return P.TIME_ALONE.sub(replace, text)


def _cut_bylines(text: str) -> str:
    def replace(m: re.Match[str]) -> str:
        words = _WORD_TOKEN.findall(m.group())
        return " | " if len(words) <= MAX_BYLINE_WORDS + 1 else m.group()

    return P.BYLINE_SEGMENT.sub(replace, text)


def looks_like_date_line(text: str) -> bool:
    """True if a short line is essentially only dates and their labels.

    Such lines ("Published: ... | Updated: ...", "January 7, 2022", "Updated 2 hours ago",
    "7 min read · Jan 5, 2022", "By Jane Doe | Updated 3:45 PM EST, Tue January 4, 2022")
    are page furniture, not body text. Besides dates, labels, weekdays, reading times, times
    and a short byline, at most ``MAX_STRAY_WORDS`` words may remain; a time alone is not
    enough (it could be a verse or a score).

    >>> looks_like_date_line("Updated 2 hours ago")
    True
    >>> looks_like_date_line("He died on January 7, 2022.")
    False
    """
    line = text.strip()
    if not line or len(line) > MAX_DATE_LINE_CHARS:
        return False
    ctx = _Context(None, None, None)
    pieces: list[str] = []
    position = 0
    found = _scan(line, ctx)
    for item in found:
        pieces.append(line[position : item.start])
        position = item.end
    pieces.append(line[position:])
    rest = " | ".join(pieces)
    rest, readings = sub_reading_times(" | ", rest)
    has_reading = readings > 0
    rest, has_partial = _cut_partial_dates(rest)
    rest, labels = sub_labels(" | ", rest)
    has_label = labels > 0
    strong = any(not item.day_word for item in found)
    if not (strong or found or has_reading or has_partial or has_label):
        return False
    rest = _cut_bylines(_cut_times(rest))
    stray = [
        w
        for w in _WORD_TOKEN.findall(rest)
        if w.lower() not in P.IGNORABLE_WORDS and w.lower() not in P.WEEKDAY_WORDS
    ]
    # A full or relative date may keep a stray word beside it ("Kazakhstan, January 7, 2022");
    # a label, a day and month, a reading time or "today" alone may not ("Publication
    # standards", "NEBULA MARS 3", "At least today.").
    return len(stray) <= (MAX_STRAY_WORDS if strong else 0)
