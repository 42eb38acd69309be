"""The walk's bookkeeping: text and tails land in the right block however elements close, and
blocks in the same place share one context."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from lxml import html

from newsparse.document import Segment
from newsparse.htmlblocks import segments_of, walk_tree

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
