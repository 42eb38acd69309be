"""The page-text path's faster forms give the answers of the plain code they replace: the code
test read in three parts, the line tests answered from a cache, the screen before the regex of
sentences about the page itself, the furniture rules screened only where they float, the page's
numeric date order read once, the date labels cut only where one of them opens."""

from __future__ import annotations

import random
import re

import pytest

from newsparse import datetimes, textshape
from newsparse.patterns.dates import LABEL, READING_TIME, SELF_REFERENCE, SELF_REFERENCE_REACH
from newsparse.stages import body, boilerplate
from newsparse.stages import dates as dates_stage

CODE_SHAPE_LINES = [
    "if err != nil {",
    "return fmt.Errorf(err)",
    "}",
    "  ) ",
    "// set up the client",
    "/* a comment */",
    "# install the tools",
    "-- select the rows",
    "$ make install",
    ">>> print(total)",
    "total = price * 3",
    "count += 1",
    "x.items[2] = y",
    "import os",
    "import os;",
    "from pathlib import Path",
    "items.map(x => x + 1)",
    "a -> b",
    "Read more ->",
    "if a === b",
    "a !== b",
    "a == b",
    "ready && set",
    "left || right",
    "std::vector",
    "Email(Required)",
    "print(Hello)",
    "call(Abc)",
    "call(ABC)",
    "Call me (maybe)",
    "a list ending with a bracket (",
    "a line ending with a semicolon;",
    "a line ending with a semicolon; \u00a0",
    "a line that ends in a brace {\n",
    "Then the council met (again) to vote.",
    "The mayor said: the bridge will open in May.",
    "",
    " ",
    "plain words only",
    "x=1",
    "x ==1",
    "key: value",
    "a = = b",
    "important news from home",
    "from here import\tthere",
]


@pytest.mark.parametrize("line", CODE_SHAPE_LINES)
def test_code_shape_in_parts_agrees_with_the_whole_regex(line: str) -> None:
    assert body._code_shaped(line) == (body._CODE_SHAPE.search(line) is not None)


def test_code_shape_in_parts_agrees_on_random_lines() -> None:
    pieces = [*"ab Z(){}[];=!<>-&|:/*#$._\n\t1", "\u00a0", "é", "import ", "from ", ">>> ", "--"]
    rng = random.Random(7)
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert body._code_shaped(line) == (body._CODE_SHAPE.search(line) is not None), line


PROSE_LINES = [
    "The council met on Tuesday and agreed to rebuild the old bridge over the river next spring.",
    "Short line.",
    "A title without a period that runs on for quite a few more words than twelve of them here",
    "雨の日に町の図書館で古い地図を見つけた彼は、その場所を訪ねることにした。",
    "",
]


@pytest.mark.parametrize("line", PROSE_LINES)
@pytest.mark.parametrize("min_words", [textshape.MIN_PROSE_WORDS, 4, 20])
def test_cached_prose_test_agrees_with_the_plain_one(line: str, min_words: int) -> None:
    words = textshape.word_count(line)
    plain = words >= min_words and (textshape.ends_like_sentence(line) or words >= 2 * min_words)
    assert textshape.is_prose(line, min_words=min_words) == plain
    assert textshape.is_prose(line, min_words=min_words) == plain  # asked again: from the cache


def test_comparable_words_gives_a_new_list_each_time() -> None:
    first = textshape.comparable_words("Don't stop the Music!")
    first.append("changed")
    assert textshape.comparable_words("Don't stop the Music!") == ["don't", "stop", "the", "music"]


SELF_REFERENCE_LINES = [
    "This article was first published on 3 May 2021",
    "THE POST WAS UPDATED ON 4 JUNE 2020",
    "The blog post went up on 2 March",
    "the entry dates from 2019",
    "This page was last edited on 12 August 2023",
    "the story first ran in 2018",
    "Der Beitrag wurde am 27. November 2019 veröffentlicht",
    "Dieser Artikel erschien am 3. März 2020",
    "der Eintrag vom 4. Mai",
    "Diese Seite wurde zuletzt am 3. Mai geändert",
    "Cet article a été publié le 3 mai 2021",
    "Cette page a été modifiée le 4 juin",
    "Cette entrée date du 4 juin",
    "Este artículo se publicó el 3 de mayo",
    "El post del 4 de junio",
    "Esta entrada es del 4 de junio",
    "Esta página es del 4 de junio",
    "Questo articolo è del 3 maggio",
    "Questa pagina è del 4 giugno",
    "Posted in News on 3 May 2021",
    "Page 3 of 7",
    "The council met on 3 May 2021 to vote on the bridge",
    "A quiet morning at the harbour, then this article",
    "In 2019, the article said, the harbour was closed to boats",
    "",
]


@pytest.mark.parametrize("line", SELF_REFERENCE_LINES)
def test_self_reference_screen_lets_every_match_through(line: str) -> None:
    matched = SELF_REFERENCE.search(line, 0, SELF_REFERENCE_REACH) is not None
    assert not matched or dates_stage._may_refer_to_itself(line)


@pytest.mark.parametrize("line", ["Updated 3 May 2021", "The council met on 3 May", "Jan 5, 2022"])
def test_self_reference_screen_stops_lines_without_its_nouns(line: str) -> None:
    assert not dates_stage._may_refer_to_itself(line)


@pytest.mark.parametrize(
    ("pattern", "screened"),
    [
        (r"^(?:(?:photo )?\d{1,3} of \d{1,3})$", False),  # an optional word: fails fast as it is
        (r"^(?:\*?sponsored by [^\n]{1,40})$", False),
        (r"^(?:[^\n]{0,80}\bcookies?\b[^\n]{0,80})$", True),  # any characters before the word
        (r"^(?:.{0,80}\bcookies?\b)$", True),
    ],
)
def test_only_rules_opening_with_any_characters_are_screened(pattern: str, screened: bool) -> None:
    assert (boilerplate._screen(re.compile(pattern, re.I)) is not None) == screened


PAGES_OF_DATES = [
    ["Posted 10/12/2023", "Updated 12/18/2025 4:00 PM"],
    ["18/12/2025", "12/18/2025"],
    ["Posted 18/12/2025"],
    ["No dates on this page"],
    [],
]


@pytest.mark.parametrize("lines", PAGES_OF_DATES)
def test_page_numeric_order_read_again_gives_the_same_answer(lines: list[str]) -> None:
    first = datetimes.page_numeric_order(lines)
    assert datetimes.page_numeric_order(iter(lines)) is first
    assert datetimes.page_numeric_order([*lines, "Posted 25/01/2024"]) in (True, None)


LABEL_LINES = [
    "Published: 10:24, January 07, 2022 | Updated: 18:27, January 07, 2022",
    "PUBLISHED 3 May 2021 UPDATED 4 May 2021",
    "Posted on June 14, 2017 by jroe",
    "Last updated: 12 March 2024",
    "Veröffentlicht am 3. Mai 2021, aktualisiert am 4. Mai 2021",
    "Mis à jour le 3 mai 2021",
    "Publié le 3 mai 2021 à 10h00",
    "Publicado el 3 de mayo de 2021",
    "Opublikowano: 3 maja 2021",
    "The story was republished on 3 May 2021",
    "Updated—3 May 2021",
    "Upſated 3 May 2021",  # a long s, which matches "s" case-blind
    "İssued 3 May 2021",  # a dotted capital I, lower-cased to two characters
    "“Published” in quotes, 3 May 2021",
    "Stand: 03.05.2021 10:00 Uhr",
    "Erstellt: 03.05.2021",
    "A line without any label at all",
    "",
]


@pytest.mark.parametrize("line", LABEL_LINES)
@pytest.mark.parametrize("replacement", ["", " | "])
def test_labels_cut_at_their_openings_as_the_regex_cuts_them(line: str, replacement: str) -> None:
    assert datetimes.sub_labels(replacement, line) == LABEL.subn(replacement, line)


def test_label_openings_are_read_off_the_pattern() -> None:
    table = datetimes._label_openings()
    assert table is not None  # else every line would be read by the slow regex
    assert table.openings.search("published") is not None
    assert table.odd is not None and table.odd.search("ſ") is not None


def test_label_letters_match_no_odd_character_beyond_the_basic_plane() -> None:
    """The odd case matches of the openings' letters are looked for in the BMP only."""
    table = datetimes._label_openings()
    assert table is not None
    letters = {c for c in table.openings.pattern if c.isalpha()}
    beyond = "".join(map(chr, range(0x10000, 0x110000)))
    assert not re.findall(f"[{re.escape(''.join(letters))}]", beyond, LABEL.flags)


READING_TIME_LINES = [
    "5 min read",
    "5 MIN READ · Jan 5, 2022",
    "Reading time: 4 mins",
    "Lesezeit: 4 Minuten",
    "4 Min. Lesezeit",
    "Temps de lecture : 3 min",
    "3 мин чтения",
    "Jane Roe | July 13, 2025 — 7 minutes read",
    "A line without a reading time",
    "The minister spoke for 5 minutes",
    "",
]


@pytest.mark.parametrize("line", READING_TIME_LINES)
def test_reading_times_cut_as_the_regex_cuts_them(line: str) -> None:
    assert datetimes.sub_reading_times(" | ", line) == READING_TIME.subn(" | ", line)


def test_the_line_cache_keeps_short_lines_only() -> None:
    """A batch of pages with very long lines must not pin megabytes of them in the cache:
    lines over LINE_CACHE_CHARS are answered without it (same answers)."""
    from newsparse import textshape

    long_line = "The council met again on Tuesday. " * 200
    assert len(long_line) > textshape.LINE_CACHE_CHARS
    caches = (textshape._cached_word_count, textshape._comparable_words, textshape._is_prose)
    for cache in caches:
        cache.cache_clear()  # a full cache would not grow below
    before = [0, 0, 0]
    assert textshape.word_count(long_line) == 1200
    assert textshape.comparable_words(long_line)[:3] == ["the", "council", "met"]
    assert textshape.is_prose(long_line)
    assert [cache.cache_info().currsize for cache in caches] == before
    short = "A short line the cache keeps, unlike the long one above it, for the later stages."
    textshape.word_count(short)
    assert textshape._cached_word_count.cache_info().currsize == before[0] + 1
