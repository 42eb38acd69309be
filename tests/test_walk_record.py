"""The fast paths give what the plain ones give: the walk's record of the markup (the tree that
main_content climbs instead of asking lxml), and clean_text's shortcut past its regexes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html

from newsparse.htmlblocks import html_document, near_tokens, walk_tree
from newsparse.load import clean_text
from newsparse.stages.main_content import main_content
from newsparse.stages.metadata import metadata

PARAGRAPH = (
    "<p>The council approved the new budget on Tuesday after a debate that lasted well into "
    "the night, with several members raising concerns about the cost of road repairs.</p>"
)
PAGES = {
    "nested-wrappers": (
        '<html><body class="single-post"><div id="page-12"><header class="site-header">'
        '<a href="/">Home</a></header><main><article class="entry-content post-4163">'
        f"<h1>Budget approved</h1>{PARAGRAPH * 3}</article>"
        '<aside class="sidebar-2"><ul><li><a href="/a">Other story one</a></li>'
        '<li><a href="/b">Other story two</a></li></ul></aside></main>'
        '<footer class="footer">Contact us</footer></div></body></html>'
    ),
    "hidden-and-aria-hidden-quote": (
        f"<html><body><article><h1>Budget approved</h1>{PARAGRAPH}"
        '<div class="pullquote" aria-hidden="true">"Overdue," the mayor said.</div>'
        '<div hidden>Hidden text here</div><span class="sr-only">Skip</span>'
        f'<div style="display: none">Invisible block</div>{PARAGRAPH}</article></body></html>'
    ),
    "inline-wrapping-blocks": (
        f'<html><body><span class="wrap"><div class="story">{PARAGRAPH}{PARAGRAPH}</div></span>'
        '<a href="/x" class="card"><div>Teaser card title</div></a>'
        '<button class="menu"><div>Menu text inside a button</div></button></body></html>'
    ),
    "noscript-copy": (
        f"<html><body><article>{PARAGRAPH}<noscript><p>Enable scripts to read.</p></noscript>"
        f"<noscript>{PARAGRAPH}</noscript></article></body></html>"
    ),
    "same-class-many-ids": (
        "<html><body>"
        + "".join(
            f'<div class="comment" id="comment-{n}" role="article"><p>Reader comment {n} says '
            "the roads were never this bad.</p></div>"
            for n in range(5)
        )
        + f'<div itemprop="articleBody">{PARAGRAPH * 2}</div></body></html>'
    ),
}
FIXTURES = sorted(Path(__file__).parent.glob("fixtures/*/source.html"))


def _labels(markup: str, *, with_tree: bool) -> list[tuple[str, str | None]]:
    doc = html_document(markup)
    if not with_tree:
        doc.tree = None  # main_content climbs the lxml tree instead
    metadata(doc)
    main_content(doc)
    return [(s.text, s.label.reason if s.label else None) for s in doc.segments]


@pytest.mark.parametrize(
    "markup",
    [*PAGES.values(), *(path.read_text(encoding="utf-8") for path in FIXTURES)],
    ids=[*PAGES, *(path.parent.name for path in FIXTURES)],
)
def test_main_content_reads_the_walk_record_as_it_reads_lxml(markup: str) -> None:
    assert _labels(markup, with_tree=True) == _labels(markup, with_tree=False)


@pytest.mark.parametrize("markup", list(PAGES.values()), ids=list(PAGES))
def test_tree_climbs_the_same_ancestors_as_getparent(markup: str) -> None:
    doc = html_document(markup)
    assert doc.tree is not None
    for segment in doc.segments:
        assert segment.element is not None
        climbed: list[str] = []
        node = segment.node
        while node >= 0:
            climbed.append(doc.tree.tags[node])
            node = doc.tree.parents[node]
        element = segment.element
        expected: list[str] = []
        while element is not None:
            expected.append(element.tag)
            element = element.getparent()
        assert climbed == expected
        tokens = set(near_tokens(segment.element))
        assert {segment.tag} <= tokens


@pytest.mark.parametrize(
    "where", ["root", "child"], ids=["document-root", "element-with-a-parent"]
)
def test_tree_is_left_out_when_the_walk_starts_below_the_root(where: str) -> None:
    root = html.document_fromstring(f"<html><body><article>{PARAGRAPH}</article></body></html>")
    start = root if where == "root" else root.find(".//article")
    segments, tree = walk_tree(start)
    assert segments
    assert (tree is None) == (where == "child")


_OLD_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\xad\u200b\u2060\ufeff]")
_OLD_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii page",
        "caf\u00e9 au lait",
        "nul\x00byte and bell\x07",
        "soft\u00adhyphen, zero\u200bwidth, joiner\u2060, bom\ufeff",
        "lone \ud800 surrogate",
        "both \x1f and \udfff",
        "tab\tand\nnewlines\r\nkept",
        "\x7f",
        "",
    ],
)
def test_clean_text_matches_the_plain_regex_passes(text: str) -> None:
    assert clean_text(text) == _OLD_LONE_SURROGATE.sub("\ufffd", _OLD_CONTROL_CHARS.sub("", text))


@pytest.mark.parametrize(
    "markup",
    [
        '<html><body><div hidden id="S:0">a</div><div id="S:1">b</div></body></html>',
        '<html><body><DIV HIDDEN ID="S:2"><div hidden="" id="S:3">c</div></DIV>'
        '<div hidden id="s:4">d</div><div hidden id=" S:5">e</div><p hidden id="S:6">f</p>'
        "</body></html>",
        '<html><body><p>x</p></body></html><div hidden id="S:7">after the end</div>',
        "<html><body><p>nothing streamed</p></body></html>",
    ],
)
def test_streamed_parts_match_xpath(markup: str) -> None:
    from newsparse.htmlblocks import _streamed_parts, parse_html

    root = parse_html(markup)
    assert _streamed_parts(root) == root.xpath("//div[@hidden][starts-with(@id, 'S:')]")
