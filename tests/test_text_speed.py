"""The page-text path's shortcuts give the answers of the plain tests they stand in for: the
headline search asks the dear names test of few lines but picks the best-scored candidate, and
the quick line tests agree with the ones they spare."""

from __future__ import annotations

import re

import pytest

from newsparse.document import Segment
from newsparse.stages.furniture import _matching_lines, prose_line
from newsparse.textshape import is_prose


@pytest.mark.parametrize(
    "text",
    [
        "Home",
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
def test_prose_line_agrees_with_is_prose(text: str) -> None:
    assert prose_line(Segment(index=0, text=text)) is is_prose(text)


@pytest.mark.parametrize(
    ("texts", "pattern"),
    [
        (
            ["© 2024 Acme News", "About", "Copyright Acme", "(c) 2023 x © y"],
            r"©|\(c\) \d{4}|\bcopyright\b",
        ),
        (["no", "match here"], r"©"),
        (["a ©", "b", "©©"], r"©"),
        (["", "copyright", ""], r"\bcopyright\b"),
    ],
)
def test_matching_lines_agrees_with_searching_each_line(texts: list[str], pattern: str) -> None:
    compiled = re.compile(pattern, re.I)
    segments = [Segment(index=i, text=t) for i, t in enumerate(texts)]
    assert _matching_lines(segments, compiled) == [t for t in texts if compiled.search(t)]
