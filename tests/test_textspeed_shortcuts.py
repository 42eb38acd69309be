"""The page-text path's faster forms give the answers of the plain code they replace: the code
test read in three parts, and the line tests answered from a cache."""

from __future__ import annotations

import random

import pytest

from newsparse import textshape
from newsparse.stages import body

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
