"""The page-text path's shortcuts give the answers of the plain tests they stand in for: the
headline search asks the dear names test of few lines but picks the best-scored candidate, and
the quick line tests agree with the ones they spare.

Also: the page-text path's faster forms give the answers of the plain code they replace: the code
test read in three parts, the line tests answered from a cache, the screen before the regex of
sentences about the page itself, the furniture rules screened only where they float, the page's
numeric date order read once, the date labels cut only where one of them opens.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from newsparse import datetimes, defaults, textshape
from newsparse.document import Document, Segment
from newsparse.load import load
from newsparse.model import BlockKind
from newsparse.patterns import captions as caption_patterns
from newsparse.patterns.captions import TRAILING_CREDIT_TAIL, TRAILING_LABELLED_CREDIT
from newsparse.patterns.dates import LABEL, READING_TIME, SELF_REFERENCE, SELF_REFERENCE_REACH
from newsparse.patterns.furniture import COPYRIGHT_LINE
from newsparse.patterns.languages import STOPWORDS
from newsparse.stages import body, boilerplate
from newsparse.stages import dates as dates_stage
from newsparse.stages import headline as stage
from newsparse.stages.captions import TAIL_CHARS, _may_end_in_tail, _may_end_labelled
from newsparse.stages.furniture import (
    _copyright_lines,
    _may_be_copyright,
    prose_line,
    story_start,
)
from newsparse.stages.language import (
    LANGUAGES_OF_WORD,
    MAX_WORDS_READ,
    MIN_HITS,
    MIN_MARGIN,
    detect_language,
)
from newsparse.stages.pull_quotes import _title_cased, key_trigrams
from newsparse.textblocks import split_segments
from newsparse.textshape import is_prose

FIXTURES = Path(__file__).parent / "fixtures"
STORY = "\n\n".join(
    [
        "The council met on Tuesday and agreed to rebuild the old bridge over the river next "
        "spring, after engineers found its piers had cracked.",
        "The new crossing will cost about twelve million pounds, most of it paid by the national "
        "fund, and work is due to start in April.",
        "Residents said the closure had doubled their journeys to the market town on the other "
        "bank, and a ferry will carry people across.",
    ]
)
# Title-case menu lines: each one reads like two names, so the names test has to read it.
NAME_LIKE_MENU = "\n".join(
    f"{first} {last}"
    for first, last in zip(
        ("Garden Parties", "River Walks", "Market Days", "Bridge Views", "Town Halls", "Old Mills"),
        ("And Fairs", "And Trails", "And Stalls", "And Towers", "And Squares", "And Lanes"),
        strict=True,
    )
)


def _before_headline(text: str, url: str | None = None) -> Document:
    doc = load(text, kind="text", url=url)
    for step in defaults.default_pipeline():
        if step.name == "headline":
            break
        step(doc)
    return doc


def _best_of_all(doc: Document) -> Segment | None:
    """The plain search: every candidate scored, the first of equals wins."""
    best: Segment | None = None
    best_score = float("-inf")
    for candidate in stage._candidates(doc):
        if candidate.score() > best_score:
            best, best_score = candidate.segment, candidate.score()
    return best


PAGES = [
    pytest.param((FIXTURES / name / "source.txt").read_text(encoding="utf-8"), id=name)
    for name in sorted(p.name for p in FIXTURES.iterdir() if (p / "source.txt").exists())
] + [
    pytest.param(f"{NAME_LIKE_MENU}\nRebuilding the Old Bridge\nBy Jane Roe\n\n{STORY}", id="menu"),
    pytest.param(f"Bridge News\nBridge News: the Old Bridge\n\n{STORY}", id="prefix"),
    pytest.param(f"Home » The Old Bridge\nThe Old Bridge\nThe Old Bridge\n\n{STORY}", id="equal"),
    pytest.param(STORY, id="no-title"),
]


@pytest.mark.parametrize("text", PAGES)
def test_text_headline_is_the_best_scored_candidate(text: str) -> None:
    doc = _before_headline(text)
    assert stage._text_headline(doc) is _best_of_all(doc)


@pytest.mark.parametrize(
    "header",
    [
        "Rebuilding the Old Bridge\nBy Jane Roe",
        "How the Council Plans to Rebuild the Old Bridge\nMarch 3, 2025",
        "Rebuilding the Old Bridge",
    ],
)
def test_names_test_is_asked_of_few_lines(header: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    names_someone = stage._names_someone

    def counting(doc: Document, text: str, lower: object) -> bool:
        asked.append(text)
        return names_someone(doc, text, lower)  # type: ignore[arg-type]

    doc = _before_headline(f"{NAME_LIKE_MENU}\n{header}\n\n{STORY}")
    monkeypatch.setattr(stage, "_names_someone", counting)
    found = stage._text_headline(doc)
    assert found is not None and found.text == header.split("\n")[0]
    assert len(asked) <= 2  # not one per menu line


@pytest.mark.parametrize(
    "text",
    [
        "Home",
        "Five words and no more",
        "Six words here and no more",
        "Six words, and a sentence end.",
        "A short line of a few words only",
        "This line has exactly twelve words in it and it ends right here.",
        "This line has exactly twelve words in it and no sentence end",
        " ".join(["word"] * 24),
        " ".join(["word"] * 23),
        "Ein Satz über die Brücke, der zwölf Wörter hat und endet hier.",
        "日本語の文章はスペースを使わずに書かれるので単語の数は文字の数から数えます。",
        "中文新闻",
        "Résumé",
    ],
)
@pytest.mark.parametrize("min_words", [6, 12, 40])
def test_prose_line_agrees_with_is_prose(text: str, min_words: int) -> None:
    segment = Segment(index=0, text=text)
    assert prose_line(segment, min_words) is is_prose(text, min_words=min_words)


@pytest.mark.parametrize(
    "texts",
    [
        ["© 2024 Acme News", "About", "Copyright Acme", "(c) 2023 x © y", "(C) 1999 Acme"],
        ["no", "match here", "(see below)", "copyrights reserved"],
        ["COPYRİGHT Acme", "Copyrıght Acme", "Kopyright", "All rights reserved."],
        ["", "copyright", "(c)2020", "Site (c) 2020"],
    ],
)
def test_copyright_lines_agree_with_searching_each_line(texts: list[str]) -> None:
    segments = [Segment(index=i, text=t) for i, t in enumerate(texts)]
    assert _copyright_lines(segments) == [t for t in texts if COPYRIGHT_LINE.search(t)]


def test_copyright_pre_test_covers_the_pattern() -> None:
    """The quick test is written for this pattern: change both together."""
    assert COPYRIGHT_LINE.pattern == r"©|\(c\) \d{4}|\bcopyright\b"
    assert COPYRIGHT_LINE.flags & re.IGNORECASE
    # every character the regex takes for a letter of "copyright" is that letter in lower
    # case, or one of the two i's the pre-test looks for
    letter = re.compile("[copyright]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if letter.fullmatch(char):
            assert char.lower() in "copyright" or _may_be_copyright(char), hex(code)


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("• First item", BlockKind.LIST_ITEM, "First item"),
        ("- Second item", BlockKind.LIST_ITEM, "Second item"),
        ("12. Januar 2022", BlockKind.PARAGRAPH, "12. Januar 2022"),
        # a day-first date keeps its day: an abbreviated month, a spaced numeric date
        ("2. Okt. 2021 Jana Roe", BlockKind.PARAGRAPH, "2. Okt. 2021 Jana Roe"),
        ("07. Dez. 2020 | 14:08 Uhr", BlockKind.PARAGRAPH, "07. Dez. 2020 | 14:08 Uhr"),
        ("17. 04. 2013 21:40", BlockKind.PARAGRAPH, "17. 04. 2013 21:40"),
        ("5. mars 2019", BlockKind.PARAGRAPH, "5. mars 2019"),
        # numbered steps holding numbers stay list items; a month name needs a number after it
        ("3. Add 2 cups of flour", BlockKind.LIST_ITEM, "Add 2 cups of flour"),
        ("1. In 2019 we moved", BlockKind.LIST_ITEM, "In 2019 we moved"),
        ("2. May all go well", BlockKind.LIST_ITEM, "May all go well"),
        ("4. Canon R6 Mark II, 2020", BlockKind.LIST_ITEM, "Canon R6 Mark II, 2020"),
        ("3) Third item", BlockKind.LIST_ITEM, "Third item"),
        ("## Subhead", BlockKind.HEADING, "Subhead"),
        ("#hashtag", BlockKind.PARAGRAPH, "#hashtag"),
        ("Plain line [logo.png]", BlockKind.PARAGRAPH, "Plain line"),
        ("[logo.png]", BlockKind.PARAGRAPH, "logo.png"),
        ("A [bracket] line", BlockKind.PARAGRAPH, "A [bracket] line"),
        ("   Indented line  ", BlockKind.PARAGRAPH, "Indented line"),
    ],
)
def test_split_segments_markers(line: str, kind: BlockKind, text: str) -> None:
    (segment,) = split_segments(line)
    assert (segment.kind, segment.text) == (kind, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Quick Brown Fox", True),
        ("the quick brown fox", False),
        ("The quick Brown fox", False),
        ("The Quick brown fox", False),
        ("123 456", True),
        ("“Quoted” words here", False),
    ],
)
def test_title_cased(text: str, expected: bool) -> None:
    assert _title_cased(text) is expected


@pytest.mark.parametrize(
    "words",
    [[], ["a"], ["a", "b"], ["a", "b", "c"], ["a", "b", "c", "d"], list("abcdefghij")],
)
def test_key_trigrams(words: list[str]) -> None:
    grams = list(zip(words, words[1:], words[2:], strict=False))
    expected = (grams[0], grams[len(grams) // 2], grams[-1]) if grams else ()
    assert key_trigrams(words) == expected


@pytest.mark.parametrize(
    "words",
    [
        ["the", "and", "of", "the", "to", "in"] * 3,
        ["der", "die", "und", "das", "the"] * 4,
        ["le", "la", "et", "les", "des", "the", "and"] * 5,
        ["word"] * 10,
        [],
    ],
)
def test_detect_language_counts_each_word(words: list[str]) -> None:
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in words[:MAX_WORDS_READ]:
        for code in LANGUAGES_OF_WORD.get(word, ()):
            counts[code] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, hits), (_, second) = ranked[0], ranked[1]
    expected = None if hits < MIN_HITS or hits < second * MIN_MARGIN else best
    assert detect_language(words) == expected


# Every label TRAILING_LABELLED_CREDIT knows, each optional part spelt out; the label pattern
# itself is pinned below, so a label added there must be added here (and to the screen).
CREDIT_LABELS = [
    *(f"{w} {k}" for w in ("photo", "image", "picture", "video") for k in ("source", "credit")),
    *("photo", "photos", "photoy", "photograph", "photographs", "photography"),
    *("picture", "image", "credit", "foto", "fotos", "fot", "bild", "crédit", "crédits"),
    *("crédit photo", "crédits photos", "video", "pictured", "photographer", "fotograf"),
    *("fotografin", "fotógrafo", "photographe", "bildquelle", "titelbild", "beitragsbild"),
    *("bildnachweis", "screenshot", "screenshots", "фото"),
    *("illustration", "ilustración", "illustrazione", "grafik"),
]


def test_credit_labels_are_pinned() -> None:
    assert caption_patterns._LABELS == (
        r"(?:photo|image|picture|video) (?:source|credit)|photo(?:graph)?(?:s|y)?|picture|image|"
        r"credit|foto|fotos|fot|bild|crédits?(?: photos?)?|video|pictured|photographer|"
        r"fotograf(?:in)?|fotógrafo|photographe|bildquelle|titelbild|beitragsbild|bildnachweis|"
        r"screenshots?|фото|illustration|ilustración|illustrazione|grafik"
    )


@pytest.mark.parametrize("label", CREDIT_LABELS)
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
@pytest.mark.parametrize("separator", [": ", " by ", " - ", ". "])
def test_labelled_credit_screen_passes_every_label(
    label: str, case: object, separator: str
) -> None:
    assert callable(case)
    line = f"Crowds gather in Kyiv on Monday. {case(label)}{separator}John Smith/Reuters"
    tail_from = max(0, len(line) - TAIL_CHARS)
    assert TRAILING_LABELLED_CREDIT.search(line, tail_from) is not None
    assert _may_end_labelled(line, tail_from)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Home | News | Sport", False),
        ("Read more about the council's plans for the bridge.", False),
        ("Crowds gather in Kyiv. Picture: Jane Doe", True),
        ("Straße in Berlin. Foto: Max Muster", True),  # not ASCII: always searched
        ("Photo: too far from the end " + "x" * 300, False),
    ],
)
def test_labelled_credit_screen(line: str, expected: bool) -> None:
    tail_from = max(0, len(line) - TAIL_CHARS)
    assert _may_end_labelled(line, tail_from) is expected
    if not expected:
        assert TRAILING_LABELLED_CREDIT.search(line, tail_from) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The mayor opens the new bridge. OLIVIER CHASSAGNE / AFP", True),
        ("A caption ending in its sentence.", False),
        ("A question?", False),
        ("Credit ©", False),
        ("Home | News | Sport", False),
        ("He said \u201cno\u201d Jane Doe", True),
        ("It\u2019s here Jane Doe", True),
        ("Wow! Jane Doe\n", True),
        ("Wow! Jane Doe.\n", True),
    ],
)
def test_credit_tail_screen(line: str, expected: bool) -> None:
    assert _may_end_in_tail(line) is expected
    if not expected:
        assert TRAILING_CREDIT_TAIL.search(line) is None


def test_credit_tail_screen_covers_every_mark() -> None:
    for code in range(sys.maxunicode + 1):
        for line in (f"A caption here{chr(code)} Jane Doe", f"Jane Doe{chr(code)}"):
            if TRAILING_CREDIT_TAIL.search(line) is not None:
                assert _may_end_in_tail(line), hex(code)


@pytest.mark.parametrize(
    "text",
    [
        STORY,
        "Menu\nNews\nSport\n\n" + STORY,
        "Short line\n\nA lone paragraph that is long enough to count as prose for the test.",
        "Straße\n\n" + STORY.replace("council", "Gemeinderat"),
        "東京で会議が開かれた。市長は新しい橋の建設を発表した。工事は来年の春に始まる予定だ。\n\n"
        + STORY,
        "",
    ],
)
def test_story_start_skips_short_lines_as_prose_line_does(text: str) -> None:
    doc = load(text, kind="text")
    expected = next(
        (
            i
            for i, s in enumerate(doc.segments)
            if prose_line(s) and any(prose_line(f) for f in doc.segments[i + 1 : i + 3])
        ),
        None,
    )
    if expected is not None:
        assert story_start(doc) == expected


@pytest.mark.parametrize(
    "text",
    [
        STORY,
        "Menu\nNews\n\n" + STORY + "\n\nShare this\n\n" + STORY,
        "Straße\n\n" + STORY.replace("council", "Gemeinderat"),
        "東京で会議が開かれた。市長は新しい橋の建設を発表した。工事は来年の春に始まる予定だ。\n\n"
        + STORY,
    ],
)
def test_story_runs_skip_short_lines_as_prose_line_does(text: str) -> None:
    doc = load(text, kind="text")
    prose = [
        s.index
        for s in doc.segments
        if s.label is None and prose_line(s) and stage.furniture_reason(s.text) is None
    ]
    assert [i for run in stage._story_runs(doc) for i in (run[0], run[1])][:1] == prose[:1]
    assert sum(run[2] for run in stage._story_runs(doc)) == sum(
        doc.segments[i].words for i in prose
    )


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
