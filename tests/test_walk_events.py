"""The walk's bookkeeping: text and tails land in the right block however elements close, and
blocks in the same place share one context."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from lxml import etree, html

from newsparse.document import Segment
from newsparse.htmlblocks import _parse, _utf8, html_document, segments_of, walk_tree
from newsparse.load import _decode, clean_text, decode_bytes, load
from newsparse.mojibake import repair_mojibake

CASES = {
    "inline-tails": (
        "<p>one <b>two <i>three</i> four</b> five</p>",
        [("one two three four five", "p", 0.0)],
    ),
    "block-tail-goes-to-the-parent": (
        "<div>lead<p>para</p>tail text</div>",
        [("lead", "div", 0.0), ("para", "p", 0.0), ("tail text", "div", 0.0)],
    ),
    "line-breaks": (
        "<p>a<br>b<br><br>c</p>",
        [("a b", "p", 0.0), ("c", "p", 0.0)],
    ),
    "skipped-elements-keep-their-tails": (
        "<p>before<script>x()</script> after<button>Menu</button> end</p>",
        [("before after end", "p", 0.0)],
    ),
    "hidden-inline-text-skipped": (
        '<p>Read<span class="sr-only">hidden label</span> on</p>',
        [("Read on", "p", 0.0)],
    ),
    "link-text": (
        '<p>read <a href="/x">this story</a> now</p>',
        [("read this story now", "p", round(10 / 19, 6))],
    ),
    "links-closing-in-list-items": (
        '<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a> more</li></ul>',
        [("One", "li", 1.0), ("Two more", "li", round(3 / 8, 6))],
    ),
    "unclosed-nesting-closed-at-the-end": (
        "<div><section><div><p>deep<b>er",
        [("deeper", "p", 0.0)],
    ),
    "nested-blocks-closing-together": (
        "<div><div><p>x</p></div></div><p>y</p>",
        [("x", "p", 0.0), ("y", "p", 0.0)],
    ),
}


def _read(segments: Sequence[Segment]) -> list[tuple[str, str | None, float]]:
    return [(s.text, s.tag, round(s.link_density, 6)) for s in segments]


@pytest.mark.parametrize(("markup", "expected"), list(CASES.values()), ids=list(CASES))
def test_text_and_tails_land_in_their_blocks(
    markup: str, expected: list[tuple[str, str, float]]
) -> None:
    root = html.document_fromstring(f"<html><body>{markup}</body></html>")
    assert _read(segments_of(root)) == expected


@pytest.mark.parametrize("where", ["body", "div"])
def test_a_walk_from_an_element_leaves_its_tail_out(where: str) -> None:
    root = html.document_fromstring("<html><body><div><p>inside</p></div>after</body></html>")
    start = root.find(f".//{where}")
    segments, _ = walk_tree(start)
    expected = ["inside", "after"] if where == "body" else ["inside"]
    assert [s.text for s in segments] == expected


@pytest.mark.parametrize(
    "markup",
    [
        "<article>" + "<p>A paragraph of the story.</p>" * 4 + "</article>",
        '<div class="story">' + '<p class="x">One.</p><p class="x">Two.</p>' * 2 + "</div>",
        "<ul>" + '<li><a href="/a">Link</a></li>' * 3 + "</ul>",
    ],
    ids=["paragraphs", "classed-paragraphs", "list-items"],
)
def test_blocks_in_the_same_place_share_one_context(markup: str) -> None:
    segments = segments_of(html.document_fromstring(f"<html><body>{markup}</body></html>"))
    assert len(segments) >= 3
    first = segments[0].context
    assert all(s.context == first for s in segments)
    assert all(s.context is first for s in segments)


def _parsed_from_str(markup: str) -> bytes:
    """The tree lxml builds when it reads the str itself (UTF-16 or UCS-4 through iconv)."""
    parser = etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        recover=True,
        default_doctype=False,  # type: ignore[call-arg]  # missing from lxml-stubs
    )
    return etree.tostring(html.document_fromstring(markup, parser=parser), encoding="unicode")


@pytest.mark.parametrize(
    ("markup", "as_bytes"),
    [
        ("<html><body><p>Caf\u00e9 cr\u00e8me, na\u00efve</p></body></html>", True),
        ("<p>\u201cQuoted\u201d \u2014 and \u2026</p>", True),
        ("<p>\u041f\u0440\u0438\u0432\u0435\u0442 \u4e16\u754c</p>", True),
        ("<p>An emoji \U0001f600 and a \U00010348 rune</p>", True),
        ('<meta charset="iso-8859-1"><p>D\u00e9clar\u00e9 latin-1</p>', True),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            "<p>\u0414\u0430</p>",
            True,
        ),
        ('<meta charset="utf-16"><p>\u00fcber</p>', True),
        ("<p>R&eacute;sum&#233; &amp; caf\u00e9</p>", True),
        ("<p>plain ascii</p>", False),
        ("<p>lone \ud800 surrogate</p>", False),
    ],
    ids=[
        "latin-1",
        "punctuation",
        "cyrillic-cjk",
        "astral",
        "declared-latin-1",
        "declared-cp1251",
        "declared-utf-16",
        "entities",
        "ascii",
        "lone-surrogate",
    ],
)
def test_markup_handed_to_libxml2_as_utf8_parses_to_the_same_tree(
    markup: str, as_bytes: bool
) -> None:
    assert (_utf8(markup) is not None) is as_bytes
    root, _ = _parse(markup)
    assert etree.tostring(root, encoding="unicode") == _parsed_from_str(markup)


_STORY = (
    "<html><body><p>Caf\u00e9 \u201cna\u00efve\u201d \u2014 "
    "\u041f\u0440\u0438\u0432\u0435\u0442</p></body></html>"
)


@pytest.mark.parametrize(
    ("data", "reused"),
    [
        (_STORY.encode("utf-8"), True),
        (b"\xef\xbb\xbf" + _STORY.encode("utf-8"), True),
        (b'<meta charset="utf-8">' + _STORY.encode("utf-8"), True),
        (b'<meta charset="iso-8859-1"><p>Caf\xe9 cr\xe8me</p>', False),
        (_STORY.encode("utf-8")[:-20] + b"\xff" + _STORY.encode("utf-8")[-20:], False),
        (b"\xef\xbb\xbf<p>bad \xff byte " + "\u00e9".encode() * 20 + b"</p>", False),
        (b"<p>nul\x00 and caf\xc3\xa9</p>", True),
        ("<p>doesn\u00e2\u20ac\u2122t</p>".encode(), True),
        ("<p>caf\u00e9</p>".encode("utf-16"), False),
        (b"<p>plain ascii</p>", True),
    ],
    ids=[
        "utf-8",
        "bom",
        "declared-utf-8",
        "declared-latin-1",
        "bad-byte",
        "bom-bad-byte",
        "control-char",
        "mojibake",
        "utf-16",
        "ascii",
    ],
)
def test_the_page_bytes_are_parsed_as_the_decoded_text_is(data: bytes, reused: bool) -> None:
    text, utf8 = _decode(data)
    assert text == decode_bytes(data)
    assert (utf8 is not None) is reused
    if utf8 is not None:
        assert utf8 == text.encode("utf-8")
    from_bytes = load(data, kind="html")
    from_text = html_document(repair_mojibake(clean_text(text)))
    assert [s.text for s in from_bytes.segments] == [s.text for s in from_text.segments]
    assert from_bytes.root is not None and from_text.root is not None
    assert etree.tostring(from_bytes.root) == etree.tostring(from_text.root)
