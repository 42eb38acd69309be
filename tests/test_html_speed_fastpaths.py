"""Shortcuts of the HTML path give what the general path gives: control characters looked for
in the page's UTF-8 bytes rather than in its text, and word counts handed on by the walk
rather than counted again."""

from __future__ import annotations

import pytest

from newsparse.document import Segment
from newsparse.htmlblocks import html_document
from newsparse.load import _DROPPED_CHARS, _clean, clean_text, load
from newsparse.stages.main_content import _word_count

PAGE = (
    "<html><head><meta charset='utf-8'><title>Harbour lights</title></head><body>"
    "<h1>Harbour lights return to Velmora</h1><p>The ferry{mark} crossed at dawn, "
    "said Oskar Lindqvist \u2014 “a calm day”.</p><p>Caf\u00e9 owners in \u6e2f\u53e3 "
    "cheered.</p></body></html>"
)


@pytest.mark.parametrize(
    "mark", ["", *_DROPPED_CHARS], ids=lambda mark: f"U+{ord(mark):04X}" if mark else "none"
)
def test_bytes_scan_drops_what_the_text_scan_drops(mark: str) -> None:
    text = PAGE.format(mark=mark)
    assert _clean(text, utf8=text.encode("utf-8")) == _clean(text, utf8=None) == clean_text(text)
    assert mark not in _clean(text, utf8=text.encode("utf-8")) or not mark


@pytest.mark.parametrize("mark", ["", "\x00", "\x1f", "\x7f", "\xad", "\u200b", "\ufeff"])
def test_page_bytes_and_page_text_give_the_same_segments(mark: str) -> None:
    text = PAGE.format(mark=mark)
    from_bytes = load(text.encode("utf-8"), kind="html").segments
    from_text = load(text, kind="html").segments
    assert [(s.text, s.words) for s in from_bytes] == [(s.text, s.words) for s in from_text]
    assert any(s.text.startswith("The ferry crossed at dawn") for s in from_bytes)


WALKED = {
    "spaces-and-breaks": "<p>  one\ttwo \n three<br>four</p><p>five\u00a0six</p>",
    "paragraph-break-inside-a-block": "<div>first line<br><br>second  line</div>",
    "inline-markup": "<p><b>Mira</b> <i>Halvorsen</i> wrote <a href='/x'>this</a>.</p>",
    "unspaced-script": "<p>\u6e2f\u53e3\u306e\u706f\u308a \u304c\u623b\u308b</p>",
    "soft-hyphen-and-zero-width": "<p>auto\u00admatic zero\u200bwidth</p>",
}


@pytest.mark.parametrize("markup", list(WALKED.values()), ids=list(WALKED))
def test_walk_hands_on_the_word_count_the_text_has(markup: str) -> None:
    doc = html_document(f"<html><body>{markup}</body></html>")
    assert doc.segments
    for segment in doc.segments:
        assert segment.words == len(segment.text.split())
        fresh = Segment(segment.index, segment.text)
        assert fresh.words == segment.words


@pytest.mark.parametrize(
    "text",
    [
        "Storm hits the coast",
        "\u6e2f\u53e3\u306e\u706f\u308a\u304c\u623b\u308b",
        "Caf\u00e9 au lait",
        "x",
    ],
)
def test_word_count_from_the_segment_matches_a_fresh_count(text: str) -> None:
    assert _word_count(text, len(text.split())) == _word_count(text)
    assert _word_count(text, Segment(0, text).words) == _word_count(text)
