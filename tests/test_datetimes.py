"""Tests for newsparse.datetimes: one date, dates in a line, date lines, and hostile input.

Cases are named lists (the first item is the case's name); the expected value is the ISO form
of ``ParsedDate.value`` (an offset in it means the value is tz-aware) or None.
"""

from __future__ import annotations

import datetime as dt
import doctest
import time
from collections.abc import Sequence

import pytest

import newsparse.datetimes
from newsparse.datetimes import (
    MAX_YEAR,
    MIN_YEAR,
    DateRole,
    ParsedDate,
    find_dates,
    label_role,
    looks_like_date_line,
    page_numeric_order,
    parse_date,
    with_region,
)
from newsparse.patterns import dates as patterns

# The "now" relative dates are counted from in these tests.
REFERENCE = dt.datetime(2022, 1, 7, 12, 0, tzinfo=dt.timezone.utc)
# Hostile input must come back within this much CPU time (wall time stretches with the machine's
# load): a behavioural bound (no backtracking blow-up), not a benchmark.
HOSTILE_SECONDS = 2.0
MEGABYTE = 1_000_000


def _iso(parsed: ParsedDate | None) -> str | None:
    return None if parsed is None else parsed.value.isoformat()


# (name, text, languages, expected value, has_time)
PARSE_CASES: list[tuple[str, str, Sequence[str], str | None, bool]] = [
    # ISO 8601 and variants
    ("iso-offset", "2022-01-07T10:24:00+08:00", (), "2022-01-07T10:24:00+08:00", True),
    ("iso-zulu-millis", "2022-01-07T10:24:00.123Z", (), "2022-01-07T10:24:00.123000+00:00", True),
    ("iso-offset-no-colon", "2022-01-07T10:24:00+0800", (), "2022-01-07T10:24:00+08:00", True),
    (
        "iso-millis-after-colon",
        "2022-01-10T22:06:08:684Z",
        (),
        "2022-01-10T22:06:08.684000+00:00",
        True,
    ),
    ("iso-space-minutes", "2022-01-07 10:24", (), "2022-01-07T10:24:00", True),
    ("iso-date-only", "2022-01-07", (), "2022-01-07T00:00:00", False),
    ("iso-basic", "20220107", (), "2022-01-07T00:00:00", False),
    ("iso-basic-time", "20220107T102400Z", (), "2022-01-07T10:24:00+00:00", True),
    ("iso-space-utc", "2022-01-07 10:24:00 UTC", (), "2022-01-07T10:24:00+00:00", True),
    ("year-first-slashes", "2022/01/07", (), "2022-01-07T00:00:00", False),
    ("iso-surrounding-space", "  2022-01-07T10:24:00Z \n", (), "2022-01-07T10:24:00+00:00", True),
    # RFC 2822
    ("rfc2822-gmt", "Fri, 07 Jan 2022 10:24:00 GMT", (), "2022-01-07T10:24:00+00:00", True),
    ("rfc2822-offset", "Fri, 07 Jan 2022 10:24:00 +0800", (), "2022-01-07T10:24:00+08:00", True),
    ("rfc2822-negative", "Tue, 4 Jan 2022 15:45:00 -0500", (), "2022-01-04T15:45:00-05:00", True),
    # English written forms
    ("us-long-am-est", "January 7, 2022 10:24 AM EST", (), "2022-01-07T10:24:00-05:00", True),
    ("uk-long", "7 January 2022", (), "2022-01-07T00:00:00", False),
    ("ap-style-et-winter", "Jan. 7, 2022 at 3:45 p.m. ET", (), "2022-01-07T15:45:00-05:00", True),
    ("ap-style-et-summer", "July 7, 2022 at 3:45 p.m. ET", (), "2022-07-07T15:45:00-04:00", True),
    ("pt-summer", "Aug 1, 2022 9:00 AM PT", (), "2022-08-01T09:00:00-07:00", True),
    ("time-first", "10:24, January 07, 2022", (), "2022-01-07T10:24:00", True),
    ("ordinal", "January 7th, 2022", (), "2022-01-07T00:00:00", False),
    ("ordinal-of", "7th of January 2022", (), "2022-01-07T00:00:00", False),
    ("weekday-prefix", "Friday, January 7, 2022", (), "2022-01-07T00:00:00", False),
    ("noon-pm", "Jan 7, 2022 12:30 PM", (), "2022-01-07T12:30:00", True),
    ("midnight-am", "Jan 7, 2022 12:05 AM", (), "2022-01-07T00:05:00", True),
    ("dotted-time-gmt", "Fri 7 Jan 2022 09.05 GMT", (), "2022-01-07T09:05:00+00:00", True),
    ("dashed-month-name", "07-Jan-2022", (), "2022-01-07T00:00:00", False),
    ("year-month-name-day", "2022 Jan 7", (), "2022-01-07T00:00:00", False),
    ("ctime-via-dateutil", "Fri Jan  7 10:24:00 2022", (), "2022-01-07T10:24:00", True),
    (
        "js-date-string",
        "Fri Jan 07 2022 10:24:00 GMT+0800 (China Standard Time)",
        (),
        "2022-01-07T10:24:00+08:00",
        True,
    ),
    ("gmt-plus-hours", "January 7, 2022 10:24 GMT+8", (), "2022-01-07T10:24:00+08:00", True),
    ("utc-plus-half", "7 Jan 2022 10:24 UTC+05:30", (), "2022-01-07T10:24:00+05:30", True),
    ("cest", "7 July 2022 10:24 CEST", (), "2022-07-07T10:24:00+02:00", True),
    ("bst", "7 July 2022 10:24 BST", (), "2022-07-07T10:24:00+01:00", True),
    ("cjk-jst", "2022年1月7日 10:24 JST", (), "2022-01-07T10:24:00+09:00", True),
    ("unknown-zone-naive", "January 7, 2022 10:24 IST", (), "2022-01-07T10:24:00", True),
    # Shapes seen in <time> texts and meta values of the benchmark pages
    ("slash-then-time-cst", "Nov 8, 2023 / 04:43 PM CST", (), "2023-11-08T16:43:00-06:00", True),
    ("pipe-then-time", "November 8, 2023 | 6:03 pm", (), "2023-11-08T18:03:00", True),
    ("double-slash-then-time", "29.07.2020 // 12:56", (), "2020-07-29T12:56:00", True),
    (
        "double-dash-then-time",
        "November 18, 2019 -- 19:14 GMT",
        (),
        "2019-11-18T19:14:00+00:00",
        True,
    ),
    ("html-entity-nbsp", "23. Mai 2018 um 21:15&nbsp;Uhr", ("de",), "2018-05-23T21:15:00", True),
    ("html-entity-plus", "2020-01-10T00:00:00&#43;00:00", (), "2020-01-10T00:00:00+00:00", True),
    ("de-two-letter-weekday", "Mi., 26.01.2022 - 14:30", ("de",), "2022-01-26T14:30:00", True),
    (
        "es-label-h-suffix",
        "Actualizado 07 May 2022 | 13:43 h",
        ("es",),
        "2022-05-07T13:43:00",
        True,
    ),
    # Numeric day/month order
    ("numeric-de-day-first", "07/01/2022", ("de",), "2022-01-07T00:00:00", False),
    ("numeric-en-us-month-first", "07/01/2022", ("en-US",), "2022-07-01T00:00:00", False),
    ("numeric-en-gb-day-first", "07/01/2022", ("en-GB",), "2022-01-07T00:00:00", False),
    ("numeric-bare-en-ambiguous", "07/01/2022", ("en",), None, False),
    ("numeric-no-language-ambiguous", "07/01/2022", (), None, False),
    ("numeric-13-decides", "13/01/2022", ("en",), "2022-01-13T00:00:00", False),
    ("numeric-13-decides-us", "01/13/2022", ("de",), "2022-01-13T00:00:00", False),
    ("numeric-same-both-ways", "07/07/2022", (), "2022-07-07T00:00:00", False),
    ("numeric-dotted-day-first", "07.01.2022", (), "2022-01-07T00:00:00", False),
    ("numeric-dotted-two-digit-year", "07.01.22", (), "2022-01-07T00:00:00", False),
    ("numeric-slash-two-digit-year", "7/1/22", ("en-US",), "2022-07-01T00:00:00", False),
    ("numeric-two-digit-1990s", "07.01.98", (), "1998-01-07T00:00:00", False),
    ("numeric-with-dash-time", "14/01/2022 - 10:24", ("en",), "2022-01-14T10:24:00", True),
    ("numeric-czech-spaced", "7. 1. 2022", ("cs",), "2022-01-07T00:00:00", False),
    ("numeric-impossible-feb-31", "31/02/2022", ("de",), None, False),
    ("numeric-impossible-13-13", "13/13/2022", (), None, False),
    # Other languages
    ("de-long-uhr", "7. Januar 2022, 10:24 Uhr", ("de",), "2022-01-07T10:24:00", True),
    ("de-numeric-uhr", "07.01.2022, 10:24 Uhr", ("de",), "2022-01-07T10:24:00", True),
    ("de-um-dotted", "7. März 2022 um 10.24 Uhr", ("de",), "2022-03-07T10:24:00", True),
    ("de-austrian-jaenner", "7. Jänner 2022", ("de",), "2022-01-07T00:00:00", False),
    ("de-mez", "7. Januar 2022, 10:24 MEZ", ("de",), "2022-01-07T10:24:00+01:00", True),
    ("fr-a-h", "7 janvier 2022 à 10h24", ("fr",), "2022-01-07T10:24:00", True),
    ("fr-premier", "1er mars 2021", ("fr",), "2021-03-01T00:00:00", False),
    ("fr-accentless", "7 fevrier 2022", ("fr",), "2022-02-07T00:00:00", False),
    ("fr-weekday", "vendredi 7 janvier 2022", ("fr",), "2022-01-07T00:00:00", False),
    ("es-de-a-las", "7 de enero de 2022 a las 10:24", ("es",), "2022-01-07T10:24:00", True),
    ("it-alle", "7 gennaio 2022 alle 10:24", ("it",), "2022-01-07T10:24:00", True),
    ("pt-as-h", "7 de março de 2022 às 10h24", ("pt",), "2022-03-07T10:24:00", True),
    ("nl-om", "7 januari 2022 om 10:24", ("nl",), "2022-01-07T10:24:00", True),
    ("pl-genitive", "7 stycznia 2022 r., godz. 10:24", ("pl",), "2022-01-07T10:24:00", True),
    ("pl-october-genitive", "7 października 2022", ("pl",), "2022-10-07T00:00:00", False),
    ("sv-kl-dotted", "7 januari 2022 kl. 10.24", ("sv",), "2022-01-07T10:24:00", True),
    ("da-marts", "7. marts 2022 kl. 10.24", ("da",), "2022-03-07T10:24:00", True),
    ("nb-alias-desember", "7. desember 2022", ("nb",), "2022-12-07T00:00:00", False),
    ("cs-genitive", "7. ledna 2022 v 10:24", ("cs",), "2022-01-07T10:24:00", True),
    ("ru-genitive", "7 января 2022 г. в 10:24", ("ru",), "2022-01-07T10:24:00", True),
    ("ru-may", "7 мая 2022", ("ru",), "2022-05-07T00:00:00", False),
    ("all-languages-when-none-given", "7 stycznia 2022", (), "2022-01-07T00:00:00", False),
    ("english-always-on", "January 7, 2022", ("de",), "2022-01-07T00:00:00", False),
    ("inactive-language-month", "7 janvier 2022", ("de",), None, False),
    # Not a date, or not a whole one
    ("phone-us", "555-123-4567", (), None, False),
    ("phone-intl", "+49 30 1234567", (), None, False),
    ("score-dash", "3-1", (), None, False),
    ("score-colon", "2:1", (), None, False),
    ("version-v", "v1.2.3", (), None, False),
    ("version-python", "3.11.7", (), None, False),
    ("version-two-digit-last", "2.10.22", (), None, False),
    ("ip-address", "192.168.1.1", (), None, False),
    ("fraction-recipe", "1/2 cup", (), None, False),
    ("plain-number", "42", (), None, False),
    ("unix-timestamp", "1651626439", (), None, False),
    ("time-only", "12:00 a. m.", (), None, False),
    ("two-digit-year-caps", "14 JAN 20", (), None, False),
    ("plain-six-digits", "123456", (), None, False),
    ("plain-eight-digits-not-a-date", "12345678", (), None, False),
    ("year-only", "2022", (), None, False),
    ("month-and-year", "January 2022", (), None, False),
    ("day-and-month-no-year", "Jan 5", (), None, False),
    ("year-before-range", "7 January 1850", (), None, False),
    ("year-after-range", "7 January 2150", (), None, False),
    ("two-digit-year-written", "Jan 7, 22", (), None, False),
    ("empty", "", (), None, False),
    ("blank", "   ", (), None, False),
    ("sentence-with-date", "The meeting on January 7, 2022 was long", (), None, False),
    ("date-range", "January 7, 2022 - January 8, 2022", (), None, False),
    ("relative-without-reference", "2 hours ago", (), None, False),
    ("yesterday-without-reference", "yesterday", (), None, False),
]


@pytest.mark.parametrize(
    ("text", "languages", "expected", "has_time"),
    [case[1:] for case in PARSE_CASES],
    ids=[case[0] for case in PARSE_CASES],
)
def test_parse_date(
    text: str, languages: Sequence[str], expected: str | None, has_time: bool
) -> None:
    parsed = parse_date(text, languages=languages)
    assert _iso(parsed) == expected
    if parsed is not None:
        assert parsed.has_time is has_time
        assert parsed.has_zone is (parsed.value.tzinfo is not None)
        assert parsed.raw == text.strip()


# (name, text, day_first, expected)
DAY_FIRST_CASES: list[tuple[str, str, bool | None, str | None]] = [
    ("flag-day-first", "07/01/2022", True, "2022-01-07T00:00:00"),
    ("flag-month-first", "07/01/2022", False, "2022-07-01T00:00:00"),
    ("flag-beats-dotted-default", "07.01.2022", False, "2022-07-01T00:00:00"),
    ("flag-cannot-make-impossible", "13/01/2022", False, "2022-01-13T00:00:00"),
]


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [case[1:] for case in DAY_FIRST_CASES],
    ids=[case[0] for case in DAY_FIRST_CASES],
)
def test_parse_date_day_first(text: str, day_first: bool | None, expected: str | None) -> None:
    assert _iso(parse_date(text, languages=("en",), day_first=day_first)) == expected


# (name, text, reference, expected, has_time): "now" is REFERENCE unless given.
RELATIVE_CASES: list[tuple[str, str, dt.datetime, str | None, bool]] = [
    ("en-hours", "2 hours ago", REFERENCE, "2022-01-07T10:00:00+00:00", True),
    ("en-an-hour", "an hour ago", REFERENCE, "2022-01-07T11:00:00+00:00", True),
    ("en-glued-minutes", "5m ago", REFERENCE, "2022-01-07T11:55:00+00:00", True),
    ("en-days-date-only", "3 days ago", REFERENCE, "2022-01-04T00:00:00+00:00", False),
    ("en-weeks", "2 weeks ago", REFERENCE, "2021-12-24T00:00:00+00:00", False),
    ("en-months-too-coarse", "3 months ago", REFERENCE, None, False),
    ("en-yesterday", "yesterday", REFERENCE, "2022-01-06T00:00:00+00:00", False),
    ("en-yesterday-at", "yesterday at 10:24", REFERENCE, "2022-01-06T10:24:00+00:00", True),
    ("en-label", "Updated 2 hours ago", REFERENCE, "2022-01-07T10:00:00+00:00", True),
    ("de-vor", "vor 3 Stunden", REFERENCE, "2022-01-07T09:00:00+00:00", True),
    ("de-vor-einer", "vor einer Stunde", REFERENCE, "2022-01-07T11:00:00+00:00", True),
    ("de-gestern-um", "gestern um 10:24 Uhr", REFERENCE, "2022-01-06T10:24:00+00:00", True),
    ("fr-il-y-a", "il y a 2 jours", REFERENCE, "2022-01-05T00:00:00+00:00", False),
    ("fr-hier", "hier à 10h24", REFERENCE, "2022-01-06T10:24:00+00:00", True),
    ("es-hace", "hace una hora", REFERENCE, "2022-01-07T11:00:00+00:00", True),
    ("it-fa", "2 ore fa", REFERENCE, "2022-01-07T10:00:00+00:00", True),
    ("pt-ha-atras", "há 2 horas atrás", REFERENCE, "2022-01-07T10:00:00+00:00", True),
    ("nl-geleden", "2 uur geleden", REFERENCE, "2022-01-07T10:00:00+00:00", True),
    ("pl-temu", "2 godziny temu", REFERENCE, "2022-01-07T10:00:00+00:00", True),
    ("sv-for-sedan", "för 2 timmar sedan", REFERENCE, "2022-01-07T10:00:00+00:00", True),
    ("da-for-siden", "for 2 timer siden", REFERENCE, "2022-01-07T10:00:00+00:00", True),
    ("cs-pred", "před hodinou", REFERENCE, "2022-01-07T11:00:00+00:00", True),
    ("ru-nazad", "2 часа назад", REFERENCE, "2022-01-07T10:00:00+00:00", True),
    (
        "naive-reference-stays-naive",
        "2 hours ago",
        dt.datetime(2022, 1, 7, 12, 0),
        "2022-01-07T10:00:00",
        True,
    ),
    ("absolute-ignores-reference", "7 January 2021", REFERENCE, "2021-01-07T00:00:00", False),
]


@pytest.mark.parametrize(
    ("text", "reference", "expected", "has_time"),
    [case[1:] for case in RELATIVE_CASES],
    ids=[case[0] for case in RELATIVE_CASES],
)
def test_parse_date_relative(
    text: str, reference: dt.datetime, expected: str | None, has_time: bool
) -> None:
    parsed = parse_date(text, reference=reference)
    assert _iso(parsed) == expected
    if parsed is not None:
        assert parsed.has_time is has_time


@pytest.mark.parametrize(
    "text",
    [case[1] for case in RELATIVE_CASES if case[0] != "absolute-ignores-reference"],
    ids=[case[0] for case in RELATIVE_CASES if case[0] != "absolute-ignores-reference"],
)
def test_parse_date_relative_needs_reference(text: str) -> None:
    assert parse_date(text) is None


def _found(
    text: str, languages: Sequence[str] = (), reference: dt.datetime | None = None
) -> list[tuple[str, str]]:
    mentions = find_dates(text, languages=languages, reference=reference)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.raw
    return [(m.role.value, m.date.value.isoformat()) for m in mentions]


# (name, line, languages, reference, [(role, value), ...])
FIND_CASES: list[tuple[str, str, Sequence[str], dt.datetime | None, list[tuple[str, str]]]] = [
    (
        "china-daily-pipe",
        "Published: 10:24, January 07, 2022 | Updated: 18:27, January 07, 2022",
        ("en",),
        None,
        [("published", "2022-01-07T10:24:00"), ("updated", "2022-01-07T18:27:00")],
    ),
    (
        "china-daily-glued-with-byline",
        "Published:10:24, January 07, 2022 Updated:18:27, January 07, 2022 By Xinhua and Agencies",
        ("en",),
        None,
        [("published", "2022-01-07T10:24:00"), ("updated", "2022-01-07T18:27:00")],
    ),
    (
        "ap-updated-time-first-weekday",
        "By Jane Doe | Updated 3:45 PM EST, Tue January 4, 2022",
        ("en",),
        None,
        [("updated", "2022-01-04T15:45:00-05:00")],
    ),
    (
        "de-veroeffentlicht-aktualisiert",
        "Veröffentlicht am 7. Januar 2022, 10:24 Uhr · Aktualisiert am 8. Januar 2022, 9:00 Uhr",
        ("de",),
        None,
        [("published", "2022-01-07T10:24:00"), ("updated", "2022-01-08T09:00:00")],
    ),
    (
        "fr-publie-mis-a-jour",
        "Publié le 7 janvier 2022 à 10h24, mis à jour le 8 janvier 2022 à 09h00",
        ("fr",),
        None,
        [("published", "2022-01-07T10:24:00"), ("updated", "2022-01-08T09:00:00")],
    ),
    (
        "posted-on",
        "Posted on January 7, 2022",
        ("en",),
        None,
        [("published", "2022-01-07T00:00:00")],
    ),
    (
        "first-published-weekday-dotted",
        "First published on Fri 7 Jan 2022 09.05 GMT",
        ("en",),
        None,
        [("published", "2022-01-07T09:05:00+00:00")],
    ),
    (
        "last-modified-on",
        "Last modified on Fri 7 Jan 2022 16.40 GMT",
        ("en",),
        None,
        [("updated", "2022-01-07T16:40:00+00:00")],
    ),
    (
        "issued-modified-numeric",
        "Issued on: 14/01/2022 - 10:24 Modified: 14/01/2022 - 18:27",
        ("en",),
        None,
        [("published", "2022-01-14T10:24:00"), ("updated", "2022-01-14T18:27:00")],
    ),
    (
        "fr-modifie-numeric",
        "Modifié le 08/01/2022 à 09h00",
        ("fr",),
        None,
        [("updated", "2022-01-08T09:00:00")],
    ),
    (
        "es-actualizado",
        "Actualizado: 07/01/2022 10:24",
        ("es",),
        None,
        [("updated", "2022-01-07T10:24:00")],
    ),
    (
        "it-aggiornato",
        "Aggiornato il 7 gennaio 2022 alle 10:24",
        ("it",),
        None,
        [("updated", "2022-01-07T10:24:00")],
    ),
    (
        "it-modifica-in-brackets",
        "7 gennaio 2022 (modifica il 7 gennaio 2022 | 18:27)",
        ("it",),
        None,
        [("unknown", "2022-01-07T00:00:00"), ("updated", "2022-01-07T18:27:00")],
    ),
    (
        "es-update-time-after-a-space",
        "Viernes, 7 enero 2022, 10:24 Actualizado 18:27h.",
        ("es",),
        None,
        [("unknown", "2022-01-07T10:24:00"), ("updated", "2022-01-07T18:27:00")],
    ),
    (
        "de-second-label-over-a-numeric-date-not-a-time",
        "Geändert: 06.01.2022 - 14:49 Erschienen am: 07.01.2022",
        ("de",),
        None,
        [("updated", "2022-01-06T14:49:00"), ("published", "2022-01-07T00:00:00")],
    ),
    (
        "it-ultima-modifica",
        "Ultima modifica: 08/01/2022 09:00",
        ("it",),
        None,
        [("updated", "2022-01-08T09:00:00")],
    ),
    (
        "pl-zaktualizowano",
        "Zaktualizowano: 7 stycznia 2022, 10:24",
        ("pl",),
        None,
        [("updated", "2022-01-07T10:24:00")],
    ),
    (
        "uppercase-label",
        "UPDATED: Jan 7, 2022",
        ("en",),
        None,
        [("updated", "2022-01-07T00:00:00")],
    ),
    (
        "glued-zone-and-label-no-reference",
        "January 5, 2022 4:12 PM GMTUpdated 2 hours ago",
        ("en",),
        None,
        [("unknown", "2022-01-05T16:12:00+00:00")],
    ),
    (
        "glued-zone-and-label-with-reference",
        "January 5, 2022 4:12 PM GMTUpdated 2 hours ago",
        ("en",),
        REFERENCE,
        [("unknown", "2022-01-05T16:12:00+00:00"), ("updated", "2022-01-07T10:00:00+00:00")],
    ),
    (
        "date-in-caption",
        "gather near a police line in Almaty, Kazakhstan on Jan 5, 2022. (AP)",
        ("en",),
        None,
        [("unknown", "2022-01-05T00:00:00")],
    ),
    (
        "label-far-from-date",
        "Updated rules say the vote, planned for weeks now, is on January 7, 2022",
        ("en",),
        None,
        [("unknown", "2022-01-07T00:00:00")],
    ),
    (
        "time-between-dates-belongs-to-the-next",
        "Published: January 07, 2022 | 18:27, January 08, 2022",
        ("en",),
        None,
        [("published", "2022-01-07T00:00:00"), ("unknown", "2022-01-08T18:27:00")],
    ),
    (
        "ambiguous-numeric-left-out",
        "Updated 07/01/2022",
        ("en",),
        None,
        [],
    ),
    (
        "updated-yesterday-label",
        "Updated yesterday",
        ("en",),
        REFERENCE,
        [("updated", "2022-01-06T00:00:00+00:00")],
    ),
    (
        "bare-yesterday-in-prose",
        "I saw him yesterday in town",
        ("en",),
        REFERENCE,
        [],
    ),
    (
        "numbers-that-are-not-dates",
        "Call 555-123-4567; it ended 3-1; version 1.2.3 needs 1/2 cup at 10.5%",
        ("en",),
        None,
        [],
    ),
    ("date-does-not-run-across-lines", "in 2026.\n\nMarch 25 was", ("en",), None, []),
    ("year-comma-month-day-in-prose", "since 2019, February 26 was", ("en",), None, []),
    ("empty", "", (), None, []),
]


@pytest.mark.parametrize(
    ("text", "languages", "reference", "expected"),
    [case[1:] for case in FIND_CASES],
    ids=[case[0] for case in FIND_CASES],
)
def test_find_dates(
    text: str,
    languages: Sequence[str],
    reference: dt.datetime | None,
    expected: list[tuple[str, str]],
) -> None:
    assert _found(text, languages, reference) == expected


def test_find_dates_raw_spans_the_time_before_the_date() -> None:
    (mention,) = find_dates("By Jane Doe | Updated 3:45 PM EST, Tue January 4, 2022")
    assert mention.raw == "3:45 PM EST, Tue January 4, 2022"
    assert mention.role is DateRole.UPDATED
    assert mention.date.has_time and mention.date.has_zone


# (name, line, is a date line)
DATE_LINE_CASES: list[tuple[str, str, bool]] = [
    (
        "published-updated",
        "Published: 10:24, January 07, 2022 | Updated: 18:27, January 07, 2022",
        True,
    ),
    (
        "published-updated-byline",
        "Published:10:24, January 07, 2022 Updated:18:27, January 07, 2022 By Xinhua and Agencies",
        True,
    ),
    ("date-only", "January 7, 2022", True),
    ("relative", "Updated 2 hours ago", True),
    ("reading-time-and-date", "7 min read · Jan 5, 2022", True),
    ("reading-time-and-day-month", "7 min read · Jan 5", True),
    ("byline-and-updated", "By Jane Doe | Updated 3:45 PM EST, Tue January 4, 2022", True),
    ("label-alone", "Published", True),
    ("label-and-time", "Updated 18:27", True),
    ("de-date-uhr", "12. Januar 2022, 08:15 Uhr", True),
    ("de-aktualisiert", "Aktualisiert am 12. Januar 2022, 14:02 Uhr", True),
    (
        "fr-publie-mis-a-jour",
        "Publié le 19 janvier 2022 à 11h05 - Mis à jour le 19 janvier 2022 à 17h48",
        True,
    ),
    ("de-reading-time", "Lesezeit: 3 Min. · 7. Januar 2022", True),
    ("place-and-date", "Kazakhstan, January 7, 2022", True),
    ("sentence-with-date", "He died on January 7, 2022.", False),
    ("label-word-in-prose", "Publication standards", False),
    ("day-month-in-a-name", "NEBULA MARS 3", False),
    ("italian-month-abbreviation-in-a-heading", "9. Set boundaries", False),
    ("today-in-prose", "At least today.", False),
    ("prose", "Kazakh President Tokayev said on Friday that order was restored", False),
    ("headline", "Constitutional order mostly restored, Kazakh president says", False),
    ("verse-time-alone", "John 3:16", False),
    ("year-in-sentence", "The 2022 budget was passed", False),
    ("empty", "", False),
    ("too-long", "January 7, 2022 " * 20, False),
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [case[1:] for case in DATE_LINE_CASES],
    ids=[case[0] for case in DATE_LINE_CASES],
)
def test_looks_like_date_line(line: str, expected: bool) -> None:
    assert looks_like_date_line(line) is expected


# (name, a megabyte of hostile text)
HOSTILE_CASES: list[tuple[str, str]] = [
    ("digits-and-colons", ("12:34:" * (MEGABYTE // 6 + 1))[:MEGABYTE]),
    ("digits", "7" * MEGABYTE),
    ("letters", "a" * MEGABYTE),
    ("spaces", " " * MEGABYTE),
    ("dots-and-digits", ("1.2." * (MEGABYTE // 4 + 1))[:MEGABYTE]),
    ("glued-capitals", ("GmtUpdated" * (MEGABYTE // 10 + 1))[:MEGABYTE]),
]


@pytest.mark.parametrize(
    "text", [case[1] for case in HOSTILE_CASES], ids=[case[0] for case in HOSTILE_CASES]
)
def test_hostile_input_returns(text: str) -> None:
    started = time.process_time()
    assert find_dates(text, reference=REFERENCE) == ()
    assert parse_date(text) is None
    assert looks_like_date_line(text) is False
    assert time.process_time() - started < HOSTILE_SECONDS


def test_many_real_dates_in_one_line_are_all_found() -> None:
    text = "Updated 7 January 2022 | " * 2000
    mentions = find_dates(text)
    assert len(mentions) == 2000
    assert all(m.role is DateRole.UPDATED for m in mentions)


def test_year_range_constants() -> None:
    assert parse_date(f"7 January {MIN_YEAR}") is not None
    assert parse_date(f"7 January {MIN_YEAR - 1}") is None
    assert parse_date(f"{MAX_YEAR}-01-07") is not None
    assert parse_date(f"{MAX_YEAR + 1}-01-07") is None


def test_every_language_has_a_full_table() -> None:
    for code, lang in patterns.LANGUAGES.items():
        assert code == lang.code
        assert len(lang.months) == 12 and all(lang.months)
        assert len(lang.weekdays) == 7 and all(lang.weekdays)
        assert lang.published_labels and lang.updated_labels
        assert lang.relative_forms and lang.relative_units and lang.day_words


def test_month_names_do_not_clash_across_languages() -> None:
    # The lookup is built at import and refuses a name that two tables number differently;
    # spot-check that genitive and accent-free spellings landed.
    assert patterns.MONTH_LOOKUP["stycznia"][0] == 1
    assert patterns.MONTH_LOOKUP["января"][0] == 1
    assert patterns.MONTH_LOOKUP["pazdziernika"][0] == 10
    assert patterns.MONTH_LOOKUP["mar"][1] >= {"en", "es", "it"}


def test_doctests() -> None:
    result = doctest.testmod(newsparse.datetimes)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published", DateRole.PUBLISHED),
        ("Publish Date:", DateRole.PUBLISHED),
        ("Veröffentlichung:", DateRole.PUBLISHED),
        ("Date de publication", DateRole.PUBLISHED),
        ("Pressemitteilung vom", DateRole.PUBLISHED),
        ("Communiqué de presse du", DateRole.PUBLISHED),
        ("Last updated:", DateRole.UPDATED),
        ("Published today", None),
        ("Breaking news", None),
    ],
)
def test_label_role(text: str, expected: DateRole | None) -> None:
    assert label_role(text) is expected


def test_publication_label_words_give_the_role() -> None:
    (mention,) = find_dates("Veröffentlichung:   04.02.2022", languages=["de"])
    assert (mention.role, mention.date.value) == (DateRole.PUBLISHED, dt.datetime(2022, 2, 4))


@pytest.mark.parametrize(
    ("line", "raw", "day"),
    [
        # a month name glued to the name before it, where inline markup lost a space
        ("By Jane DoeMar 5, 2025 | 6 comments", "Mar 5, 2025", "2025-03-05"),
        ("EditorialNovember 22, 2018", "November 22, 2018", "2018-11-22"),
        # a section link over a date set in capitals
        ("GardeningAPRIL 9, 2019", "APRIL 9, 2019", "2019-04-09"),
        ("GardeningAPR 9, 2019", "APR 9, 2019", "2019-04-09"),
        # spaced as usual: found as before
        ("By Jane Doe Mar 5, 2025", "Mar 5, 2025", "2025-03-05"),
    ],
)
def test_find_dates_month_glued_to_a_word(line: str, raw: str, day: str) -> None:
    (mention,) = find_dates(line)
    assert (mention.raw, line[mention.start : mention.end]) == (raw, raw)
    assert mention.date.value.date().isoformat() == day


@pytest.mark.parametrize(
    ("line", "raw", "value"),
    [
        # a year glued to the number after it, where inline markup lost a space
        ("October 17, 20236:01 PM ET", "October 17, 20236:01 PM ET", "2023-10-17T18:01:00-04:00"),
        ("Mar 27, 20255 mins", "Mar 27, 2025", "2025-03-27T00:00:00"),
        ("Jane Roe May 2nd 202511 mins", "May 2nd 2025", "2025-05-02T00:00:00"),
        (
            "Jane RoeApril 10, 20175 Tips, Composition4 Comments",
            "April 10, 2017",
            "2017-04-10T00:00:00",
        ),
        ("17 October 20236:01", "17 October 20236:01", "2023-10-17T06:01:00"),
    ],
)
def test_find_dates_year_glued_to_a_number(line: str, raw: str, value: str) -> None:
    (mention,) = find_dates(line)
    assert (mention.raw, line[mention.start : mention.end]) == (raw, raw)
    assert mention.date.value.isoformat() == value


@pytest.mark.parametrize(
    ("line", "languages", "raws"),
    [
        # a theme printing both stamps with no space: another language's month, numeric dates
        ("Posted on14. März 20219. April 2021", ("de",), ["14. März 2021", "9. April 2021"]),
        ("3 juin 20213 juin 2021", ("fr",), ["3 juin 2021", "3 juin 2021"]),
        ("14.03.202109.04.2021", ("de",), ["14.03.2021", "09.04.2021"]),
        ("17/06/201816/06/2018 ~ Jane Roe", ("en",), ["17/06/2018", "16/06/2018"]),
        # a range of two dotted dates is no date with a time
        ("01.02.2022-03.02.2022", ("de",), []),
        # a word that is no month, before a five-digit number, makes no date
        ("3 Stück 20201 Euro", ("de",), []),
    ],
)
def test_find_dates_two_dates_glued(line: str, languages: tuple[str, ...], raws: list[str]) -> None:
    assert [m.raw for m in find_dates(line, languages=languages)] == raws


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # a time after a hyphen, with no space around it
        ("-Aktualisiert am  14.06.2017-18:40", "2017-06-14T18:40:00"),
        ("14.06.2017 - 18:40", "2017-06-14T18:40:00"),
    ],
)
def test_find_dates_time_after_a_hyphen(line: str, value: str) -> None:
    (mention,) = find_dates(line, languages=["de"])
    assert mention.date.value.isoformat() == value


@pytest.mark.parametrize("line", ["20231017", "page 1, 20235 items", "March 1, 20235 people"])
def test_glued_year_needs_a_month_and_day(line: str) -> None:
    """A five-digit number is no year with a digit glued on unless a month and day come first
    (the last, "March 1, 2023" and 5 people, is read as a date: a cost of the rule)."""
    found = [m.raw for m in find_dates(line)]
    assert found == (["March 1, 2023"] if line.startswith("March") else [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a year glued to the number after it has its digits in the line as given
        ("October 17, 20236:01 PM ET", ["2023-10-17"]),
        ("Posted 07/01/22", ["2022-01-07"]),
        # no year-like digits: nothing to read, whatever else the line has
        ("Updated 3:45 PM, 12 comments, page 7 of 9", []),
        ("Jan 5 at 10:24", []),
    ],
)
def test_find_dates_needs_year_digits(line: str, expected: list[str]) -> None:
    found = find_dates(line, languages=["en-GB"])
    assert [m.date.value.date().isoformat() for m in found] == expected


@pytest.mark.parametrize(
    ("languages", "tag", "expected"),
    [
        (("en",), "en-GB", ("en-gb",)),
        (("en",), "en_US", ("en-us",)),
        (("de", "en"), "de-AT", ("de-at", "en")),
        # no region, another language's tag, or no tag: unchanged
        (("en",), "en", ("en",)),
        (("de", "en"), "fr-CA", ("de", "en")),
        (("en",), None, ("en",)),
        ((), "en-GB", ()),
    ],
)
def test_with_region(
    languages: tuple[str, ...], tag: str | None, expected: tuple[str, ...]
) -> None:
    assert with_region(languages, tag) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Posted 10/12/2023", "12/19/2025 3:10:00 PM"], False),
        (["18-12-2025", "10-12-2023"], True),
        (["10/12/2023", "11/12/2024"], None),  # nothing above 12: open
        (["18/12/2025", "12/18/2025"], None),  # the page disagrees with itself
        (["2025/12/18", "1.18.2025", "3/18/25", "13/13/2025"], None),  # no such dates
        (["12/18/2025 and 31/12/2025"], None),
    ],
)
def test_page_numeric_order(texts: list[str], expected: bool | None) -> None:
    assert page_numeric_order(texts) is expected


def test_an_iso_time_stays_with_its_date_when_another_date_is_glued_after() -> None:
    mentions = find_dates("2024-04-18T13:00:39+00:00March 22nd, 2024", languages=("en",))
    assert [m.date.value.isoformat() for m in mentions] == [
        "2024-04-18T13:00:39+00:00",
        "2024-03-22T00:00:00",
    ]
