"""Parse HTML with lxml and cut it into block segments in reading order.

Each segment is the inline text of one block element (``p``, ``h2``, ``li``, ``figcaption``,
a ``div`` holding text directly...). Segments carry hints from their ancestors (tag names and
class/id tokens) and their link density, which the stages use to tell content from furniture.

What a reader would not see is handled here once: scripts, styles, forms' controls and ruby
annotations are skipped; hidden inline text ("sr-only" labels) is skipped, while hidden blocks
are kept with ``hidden`` in their context (some frameworks hide the whole page until a script
runs); ``<noscript>`` content is read; React's streamed parts are put back where they show.
The walk is iterative and linear, so pages nested 300,000 deep or holding a million ``<br>``
cannot exhaust the stack or the clock; a page deeper than the parser's limit is read again
with its container tags stripped, so its text is not lost.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree, html
from lxml.html import HtmlElement

from newsparse.document import Document, MarkupTree, NodeAttributes, Segment
from newsparse.model import BlockKind
from newsparse.patterns.html import (
    CLASS_TOKEN_SPLIT,
    SHOWN_ON_WIDE_SCREENS,
    VISUALLY_HIDDEN_CLASS,
)

__all__ = [
    "hidden_by",
    "html_document",
    "is_hidden",
    "is_permalink",
    "near_tokens",
    "parse_html",
    "restore_streamed_content",
    "segments_of",
    "walk_tree",
]

# Elements whose content is never text a reader sees. (<noscript> is read: see _is_raw_markup.)
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
        "input",
        "rt",
        "rp",
        "head",
        "title",
        "meta",
        "link",
        "base",
    }
)
# Controls whose few words ("Menu", "Share") are skipped, unless the parser nested blocks in
# them: an unclosed <button> can swallow the whole page, and the page is still text to read.
CONTROL_TAGS = frozenset({"button", "select", "option", "textarea"})
# Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "figure",
        "figcaption",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "address",
        "hr",
        "body",
        "html",
        "center",
        "fieldset",
        "legend",
        "details",
        "summary",
        "dialog",
        "menu",
        "picture",
        "hgroup",
    }
)
_KIND_OF_TAG = {
    "h1": BlockKind.HEADING,
    "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING,
    "h5": BlockKind.HEADING,
    "h6": BlockKind.HEADING,
    "li": BlockKind.LIST_ITEM,
    "dd": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE,
}
# Elements whose class/id describe the whole page (theme options, page type), never a block:
# their tokens are left out of the segments' context.
PAGE_TAGS = frozenset({"html", "body"})
# Beyond this depth ancestors add no more context tokens (hostile pages nest 100,000 deep).
MAX_CONTEXT_DEPTH = 256
# Longest class/id attribute read for tokens; a 4 MB class attribute is an attack, not a hint.
MAX_ATTRIBUTE_CHARS = 512

_NO_TOKENS: frozenset[str] = frozenset()

_WHITESPACE = re.compile(r"\s+")
# Soft hyphens and zero-width spaces split words a reader sees whole (str.translate table).
_INVISIBLE = dict.fromkeys(map(ord, "\xad\u200b\u2060\ufeff"))
# Tags that nest without limit on hostile pages, stripped when the parser gives up:
# "<div class='x'>", "</span>", "<font size=2>"
_NESTING_TAG = re.compile(
    r"</?(?:div|span|section|font|b|i|u|em|strong|small|big|center|blockquote|a|article|aside|"
    r"header|footer|nav|main|figure|table|tbody|tr|td|th|ul|ol|li|dl|dt|dd|form|label)\b[^>]*>",
    re.I,
)
# libxml2 checks each attribute of an element against all the earlier ones (quadratic: 100,000
# on one element take about 15 CPU seconds). A page with fewer "=" than FLOOD_EQUALS cannot hold
# such a flood (counting them is a fast byte scan); above it, a tag longer than FLOOD_TAG_CHARS
# with more than FLOOD_ATTRIBUTES "=" keeps its first FLOOD_KEPT_CHARS: no real element has
# that many attributes (a long data: URI is one).
FLOOD_EQUALS = 50_000
FLOOD_TAG_CHARS = 65_536
FLOOD_ATTRIBUTES = 1_000
FLOOD_KEPT_CHARS = 16_384
_LONG_TAG = re.compile(rf"<[A-Za-z][\w:-]*\s[^<>]{{{FLOOD_TAG_CHARS},}}")
# Every tag but the page skeleton and paragraphs: the last resort for nesting-bombs of other
# tags ("<q><q><q>..."); "<p>" and "<br>" cannot nest, so the text keeps its paragraphs.
_ANY_BODY_TAG = re.compile(
    r"<(?!/?(?:p|br|html|head|body|title|meta|script|style)\b)/?[A-Za-z][^>]*>"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# style="display: none" / "visibility:hidden"
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Words one of which every match of _DISPLAY_NONE, and of VISUALLY_HIDDEN_CLASS ("sr-only",
# "screen-reader-text", "visually-hidden", "element-invisible", "offscreen"...), holds.
_HIDING_STYLE_WORDS = ("none", "hidden")
_HIDING_CLASS_WORDS = ("hidden", "invisible", "sr-only", "screen-reader", "off-screen", "offscreen")


# Every element is an HtmlElement: lxml.html's own lookup picks form classes by tag in Python
# for each element lxml hands out (a cost per element of every walk); this one is in C.
_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=HtmlElement,
    comment=html.HtmlComment,
    pi=html.HtmlProcessingInstruction,
    entity=html.HtmlEntity,
)


def _utf8(markup: str) -> bytes | None:
    """The markup as UTF-8 bytes, or None when lxml should read the str itself: ASCII, which
    it reads as it is, or a lone surrogate, which UTF-8 cannot hold.

    lxml hands libxml2 other text as UTF-16 or UCS-4 to be converted by iconv; UTF-8 from
    Python's encoder costs a fraction of that and gives the same tree (150 of 150 pages)."""
    if markup.isascii():
        return None
    try:
        return markup.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _parse(markup: str, utf8: bytes | None = None) -> tuple[HtmlElement, bool]:
    """The parsed tree, and whether the parser stopped at its nesting limit. ``utf8``, when
    given, is the markup's UTF-8 already at hand."""
    markup = markup or "<html></html>"
    encoded = (utf8 if utf8 is not None and not markup.isascii() else None) or _utf8(markup)
    source: str | bytes = markup if encoded is None else encoded
    parser = etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        recover=True,
        default_doctype=False,  # type: ignore[call-arg]  # missing from lxml-stubs
        encoding="utf-8" if encoded is not None else None,
    )
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    try:
        root = html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError):
        return html.document_fromstring("<html></html>", parser=parser), False
    too_deep = any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log)
    return root, too_deep


def parse_html(markup: str, *, utf8: bytes | None = None) -> HtmlElement:
    """Parse markup into an lxml tree without touching the network or expanding entities.
    ``utf8`` is the markup's UTF-8 when the caller has it (the page's own bytes).

    libxml2 stops reading at a nesting depth of a few thousand elements and drops the rest of
    the page; such a page is read again with its container tags stripped, so its text survives
    (its structure does not: nothing nests that deep for a reason)."""
    # lxml refuses str input that carries an XML encoding declaration: strip it.
    if markup.lstrip().startswith("<?xml"):
        end = markup.find("?>")
        markup = markup[end + 2 :] if end >= 0 else markup
        utf8 = None
    if markup.count("=") > FLOOD_EQUALS:
        cut = _without_attribute_floods(markup)
        if cut is not markup:
            markup, utf8 = cut, None
    root, too_deep = _parse(markup, utf8)
    if too_deep:
        root, too_deep = _parse(_NESTING_TAG.sub("", markup))
    if too_deep:
        root, _ = _parse(_ANY_BODY_TAG.sub(" ", markup))
    _adopt_content_after_the_end(root)
    return root


def _without_attribute_floods(markup: str) -> str:
    """The markup with each start tag of a flood of attributes (over FLOOD_TAG_CHARS long, over
    FLOOD_ATTRIBUTES of them) cut to its first FLOOD_KEPT_CHARS, at an attribute's end, so the
    parser's attribute check stays cheap; the markup itself when there is none. A tag's text
    content is never touched."""
    pieces: list[str] = []
    position = 0
    for m in _LONG_TAG.finditer(markup):
        if m.group().count("=") <= FLOOD_ATTRIBUTES:
            continue
        head = m.group()[:FLOOD_KEPT_CHARS]
        space = head.rfind(" ")
        pieces.append(markup[position : m.start()])
        pieces.append(head[:space] if space > 0 else head)
        position = m.end()
    if not pieces:
        return markup
    pieces.append(markup[position:])
    return "".join(pieces)


def _adopt_content_after_the_end(root: HtmlElement) -> None:
    """Move markup that follows an early ``</body></html>`` into the body, as browsers do.

    libxml2 keeps it in a second top-level element beside the root, which a walk from the root
    never reaches: a page whose template closes the document before the article lost it all."""
    trailing = [e for e in root.itersiblings() if isinstance(e.tag, str)]
    if not trailing:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    for top in trailing:
        children = [top.find("body")] if top.find("body") is not None else [top]
        for holder in children:
            if holder.text and holder.text.strip():
                paragraph = etree.SubElement(body, "p")
                paragraph.text = holder.text
            for child in list(holder):
                if isinstance(child.tag, str) and child.tag == "head":
                    continue
                body.append(child)


# How many levels around a block ``near_tokens`` reads: the block, its figure or aside, and one
# wrapper.
NEAR_LEVELS = 3


def _value_tokens(value: str) -> tuple[str, ...]:
    """The tokens of one class/id/role/itemprop value: its words, and their parts."""
    value = value[:MAX_ATTRIBUTE_CHARS].lower()
    return (*value.split(), *filter(None, CLASS_TOKEN_SPLIT.split(value)))


def _attribute_tokens(element: HtmlElement) -> tuple[str, ...]:
    tokens: list[str] = []
    for name in ("class", "id", "role", "itemprop"):
        value = element.get(name)
        if value:
            tokens.extend(_value_tokens(value))
    return tuple(tokens)


def near_tokens(element: HtmlElement | None, levels: int = NEAR_LEVELS) -> frozenset[str]:
    """Tag names and class/id tokens of a block and its closest ancestors only.

    A caption or pull-quote class must sit on the block or just around it: a theme class high
    up the tree ("theme-caption-two" on a wrapper) says nothing about the blocks inside.
    """
    tokens: set[str] = set()
    current: Any = element
    for _ in range(levels):
        if current is None:
            break
        if isinstance(current.tag, str):
            tokens.add(current.tag.lower())
            tokens.update(_attribute_tokens(current))
        current = current.getparent()
    return frozenset(tokens)


class _Walker:
    """Collects block segments during one iterative walk of the tree.

    Each open element's node is on a stack; each node records the context tokens it adds, and
    the union of those of its open ancestors and itself (what a segment's ``context`` holds) is
    computed lazily, once per node, and shared by the segments below it, so a page costs one
    pass however many blocks it has. Each entered element also becomes a node of the ``tree``
    (parent, tag, attributes), read once here so that later stages need not ask lxml again.
    """

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.parts: list[str] = []
        self.blocks: list[HtmlElement] = []
        self.block_nodes: list[int] = []
        # per node: the context tokens it adds, and its context (None until asked for)
        self.own_tokens: list[tuple[str, ...]] = []
        self.cumulative: list[frozenset[str] | None] = []
        self.open_nodes: list[int] = []
        self.tree = MarkupTree()
        self.described: dict[
            tuple[str | None, ...], tuple[tuple[str, ...], bool, NodeAttributes | None]
        ] = {}
        self.value_tokens: dict[str, tuple[str, ...]] = {}
        self.hidden: dict[tuple[str | None, ...], bool] = {}
        # (id of a context, id of a node's own tokens) -> their union. Both are kept alive by
        # ``cumulative`` and ``own_tokens`` for the whole walk, so their ids stay unique.
        self.unions: dict[tuple[int, int], frozenset[str]] = {}

    def describe(
        self, key: tuple[str | None, ...]
    ) -> tuple[tuple[str, ...], bool, NodeAttributes | None]:
        """The context tokens an element adds (its tag, class/id tokens, ``hidden``), whether
        it is hidden, and its attributes, from ``key``: its tag and its class, id, role,
        itemprop, style, hidden and aria-hidden values; remembered per key, which pages
        repeat."""
        tag = key[0]
        assert tag is not None
        attributes = NodeAttributes(*key[1:])
        hiding = (key[1], key[5], key[6], key[7])  # class, style, hidden, aria-hidden
        hidden = self.hidden.get(hiding)
        if hidden is None:
            hidden = self.hidden[hiding] = hidden_by(attributes)
        own: tuple[str, ...] = (tag,)
        # <html> and <body> classes are page-wide flags ("single-post", "theme-caption-two")
        if tag not in PAGE_TAGS:
            for value in key[1:5]:
                if value:
                    tokens = self.value_tokens.get(value)
                    if tokens is None:
                        tokens = self.value_tokens[value] = _value_tokens(value)
                    own += tokens
        if hidden:
            own += ("hidden",)
        found = self.described[key] = (own, hidden, attributes)
        return found

    def context(self) -> frozenset[str]:
        """The context of the innermost open element: the union of the tokens of it and of
        its open ancestors, each level's computed once and kept for the segments below it.
        Sibling blocks of one kind ("p" after "p" in a story) get the same union, so each
        union is made once and shared: stages that remember answers per context hit them."""
        cumulative, open_nodes, own_tokens = self.cumulative, self.open_nodes, self.own_tokens
        top = len(open_nodes) - 1
        if top < 0:
            return _NO_TOKENS
        found = cumulative[open_nodes[top]]
        if found is not None:
            return found
        known = top - 1
        while known >= 0 and cumulative[open_nodes[known]] is None:
            known -= 1
        base = cumulative[open_nodes[known]] if known >= 0 else _NO_TOKENS
        assert base is not None
        unions = self.unions
        for level in range(known + 1, top + 1):
            node = open_nodes[level]
            own = own_tokens[node]
            key = (id(base), id(own))
            union = unions.get(key)
            if union is None:
                union = unions[key] = base if base.issuperset(own) else base.union(own)
            base = cumulative[node] = union
        return base

    def flush(self, raw: str, link_chars: int) -> None:
        """Cut the text collected since the last block boundary into segments of the innermost
        open block."""
        stripped = raw.strip()
        if not stripped or not self.blocks:
            return
        block = self.blocks[-1]
        node = self.block_nodes[-1]
        tag = self.tree.tags[node]  # a block tag: lower case already
        context = self.context()
        density = min(1.0, link_chars / len(stripped)) if link_chars else 0.0
        kind = _KIND_OF_TAG.get(tag, BlockKind.PARAGRAPH)
        pieces = _PARAGRAPH_BREAK.split(raw) if "\n" in raw else (raw,)
        if "\xad" in raw or "\u200b" in raw:  # from "&shy;" and "&#8203;" in the markup
            pieces = [piece.translate(_INVISIBLE) for piece in pieces]
        segments = self.segments
        for piece in pieces:
            # str.split() splits at exactly the characters r"\s" matches
            words = piece.split()
            if not words:
                continue
            # positional: index, text, kind, tag, context, link_density, blank_before,
            # element, label, node, words
            segments.append(
                Segment(
                    len(segments), " ".join(words), kind, tag, context, density, False, block,
                    None, node, len(words),
                )
            )

    def walk(self, root: HtmlElement) -> list[Segment]:
        """One pass of start/end events; hot loop, so names are bound to locals."""
        walker = etree.iterwalk(root, events=("start", "end"))
        parts, blocks, block_nodes = self.parts, self.blocks, self.block_nodes
        own_tokens, cumulative, open_nodes = self.own_tokens, self.cumulative, self.open_nodes
        parents, tags, attributes = self.tree.parents, self.tree.tags, self.tree.attributes
        flush, describe, described = self.flush, self.describe, self.described
        bare: dict[str, tuple[str, ...]] = {}  # the context tokens of elements without attributes
        skip_tags, block_tags, control_tags = SKIP_TAGS, BLOCK_TAGS, CONTROL_TAGS
        skipped: HtmlElement | None = None
        after_bare_br = False  # the last element was a <br> with no text after it
        anchor_depth = 0  # open <a> elements: their text is link text
        link_chars = 0  # link text collected since the last flush
        for event, element in walker:
            tag = element.tag
            if not isinstance(tag, str):  # comments and processing instructions
                if event == "end" and element.tail:
                    parts.append(element.tail)
                    if anchor_depth:
                        link_chars += len(element.tail.strip())
                    after_bare_br = False
                continue
            if tag == "br":  # first: pages hold a million of them
                if event == "start":
                    parts.append("\n\n" if after_bare_br else "\n")
                    continue
                after_bare_br = not element.tail
                text = element.tail
            elif event == "start":
                after_bare_br = False
                # Hidden inline text ("sr-only" labels) is skipped; hidden blocks are kept and
                # marked "hidden" in their context, for the main-content stage to judge.
                if tag in skip_tags:
                    walker.skip_subtree()
                    skipped = element
                    continue
                attrib = element.attrib
                if attrib:  # cheaper than element.keys(), which builds a list
                    get = attrib.get
                    key = (
                        tag,
                        get("class"),
                        get("id"),
                        get("role"),
                        get("itemprop"),
                        get("style"),
                        get("hidden"),
                        get("aria-hidden"),
                    )
                    found = described.get(key)
                    own, hidden, attributes_of = found if found is not None else describe(key)
                else:
                    own = bare.get(tag) or bare.setdefault(tag, (tag,))
                    hidden, attributes_of = False, None
                if (
                    (tag in control_tags or (hidden and tag not in block_tags))
                    and not _holds_blocks(element)
                ) or (tag == "noscript" and _is_raw_markup(element)) or (
                    tag == "a" and is_permalink(element)
                ):
                    walker.skip_subtree()
                    skipped = element
                    continue
                node = len(parents)
                parents.append(open_nodes[-1] if open_nodes else -1)
                tags.append(tag)
                attributes.append(attributes_of)
                if tag in block_tags:
                    if parts:
                        raw = "".join(parts)
                        parts.clear()
                        if raw and not raw.isspace():
                            flush(raw, link_chars)
                        link_chars = 0
                    blocks.append(element)
                    block_nodes.append(node)
                elif tag == "a":
                    anchor_depth += 1
                if len(open_nodes) >= MAX_CONTEXT_DEPTH:
                    # hostile nesting: tag names only, so the context stays small
                    own = own[:1] if own[-1] != "hidden" else (own[0], "hidden")
                own_tokens.append(own)
                cumulative.append(None)
                open_nodes.append(node)
                text = element.text
            else:
                after_bare_br = False
                if element is skipped:
                    skipped = None
                elif tag in block_tags:
                    if parts:
                        raw = "".join(parts)
                        parts.clear()
                        if raw and not raw.isspace():
                            flush(raw, link_chars)
                        link_chars = 0
                    if blocks and blocks[-1] is element:
                        blocks.pop()
                        block_nodes.pop()
                    if open_nodes:
                        open_nodes.pop()
                else:
                    if tag == "a" and anchor_depth:
                        anchor_depth -= 1
                    if open_nodes:
                        open_nodes.pop()
                text = element.tail
            if text:
                parts.append(text)
                if anchor_depth:
                    link_chars += len(text.strip())
        if parts:
            flush("".join(parts), link_chars)
        return self.segments


def _is_raw_markup(element: HtmlElement) -> bool:
    """True for a <noscript> the parser kept as unparsed markup text (in <head>: a tracking
    pixel's "<img ...>"). A <noscript> holding elements is read: some blogs put the whole
    story there for readers without scripts."""
    return len(element) == 0 and "<" in (element.text or "")


# The marks a heading's permalink shows: Sphinx's "¶", MkDocs' and GitHub's "#", "§", a link or
# an anchor emoji (with or without its text-style selector).
PERMALINK_MARKS = frozenset({"¶", "#", "§", "🔗", "⚓", "🔗\ufe0e", "⚓\ufe0e", "¶\ufe0e"})


def is_permalink(element: HtmlElement) -> bool:
    """True for a link to a place on the page shown only as a mark (``<a class="headerlink"
    href="#setup">¶</a>`` after a heading): a reader does not read it as part of the text."""
    if len(element) or not (element.get("href") or "").startswith("#"):
        return False
    text = element.text
    return text is not None and text.strip() in PERMALINK_MARKS


def _holds_blocks(element: HtmlElement) -> bool:
    """True when a block element is a direct child: markup the parser nested in by mistake."""
    return any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element)


def is_hidden(element: HtmlElement) -> bool:
    """True for elements a reader does not see: ``hidden``, ``aria-hidden``, an inline
    ``display:none``, or a class that hides them (``sr-only``, ``visually-hidden``...).

    Their text is still cut into segments (with ``hidden`` in the context): frameworks hide the
    whole page until a script runs, so only a stage that sees the page can tell furniture."""
    return hidden_by(NodeAttributes.of(element))


def hidden_by(attributes: NodeAttributes) -> bool:
    """``is_hidden`` from attribute values already read."""
    if attributes.hidden is not None or attributes.aria_hidden == "true":
        return True
    classes = attributes.classes
    if classes:
        classes = classes[:MAX_ATTRIBUTE_CHARS]
        if (
            _may_match(classes, _HIDING_CLASS_WORDS)
            and VISUALLY_HIDDEN_CLASS.search(classes)
            and not SHOWN_ON_WIDE_SCREENS.search(classes)
        ):
            return True
    style = attributes.style
    if not style:
        return False
    style = style[:MAX_ATTRIBUTE_CHARS]
    return _may_match(style, _HIDING_STYLE_WORDS) and _DISPLAY_NONE.search(style) is not None


def _may_match(value: str, words: tuple[str, ...]) -> bool:
    """False when an ASCII value holds none of ``words`` in any case, so a case-insensitive
    pattern each of whose matches holds one of them cannot match it (a substring test is
    several times faster than the pattern's search at every position). Other values may hold
    letters that match ASCII ones case-insensitively ("\u017f" matches "s"): True."""
    if not value.isascii():
        return True
    lowered = value.lower()
    # a loop: any() over a generator costs twice as much, on most elements of a page
    for word in words:  # noqa: SIM110 - see above
        if word in lowered:
            return True
    return False


def segments_of(root: HtmlElement) -> list[Segment]:
    """The block segments of a parsed tree in reading order."""
    return _Walker().walk(root)


def walk_tree(root: HtmlElement) -> tuple[list[Segment], MarkupTree | None]:
    """The block segments of a parsed tree in reading order, and the tree of the elements
    walked (None when ``root`` has a parent: its segments' ancestors go beyond the walk)."""
    walker = _Walker()
    segments = walker.walk(root)
    return segments, (walker.tree if root.getparent() is None else None)


def _detach(element: HtmlElement) -> None:
    """Remove an element from its parent, leaving its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    element.tail = None
    parent.remove(element)


def _streamed_parts(root: HtmlElement) -> list[HtmlElement]:
    """The hidden ``<div id="S:...">`` parts of the whole document ``root`` is in, in document
    order: what the XPath "//div[@hidden][starts-with(@id, 'S:')]" finds, at C speed (an
    XPath visits every node in Python-called libxml2 code, a cost on every page)."""
    top = root.getroottree().getroot()
    return [
        div
        for outer in (*reversed(list(top.itersiblings(preceding=True))), top, *top.itersiblings())
        if isinstance(outer.tag, str)
        for div in outer.iter("div")
        if div.get("hidden") is not None and (div.get("id") or "").startswith("S:")
    ]


def restore_streamed_content(root: HtmlElement) -> None:
    """Put streamed server-rendered content back where the page shows it.

    React streaming sends the late parts of a page as ``<div hidden id="S:1">`` at the end of
    the body, and a script moves each into its placeholder ``<template id="B:1">`` (or
    ``"P:1"``). Without scripts that content would read as hidden and out of order.
    """
    streamed = _streamed_parts(root)
    if not streamed:
        return
    templates = root.xpath("//template[starts-with(@id, 'B:') or starts-with(@id, 'P:')]")
    placeholders = {t.get("id"): t for t in templates}
    for div in streamed:
        key = div.get("id", "")[2:]
        target = placeholders.get(f"B:{key}")
        if target is None:
            target = placeholders.get(f"P:{key}")
        if target is None or target.getparent() is None:
            continue
        _detach(div)
        del div.attrib["hidden"]
        div.tail = target.tail
        target.tail = None
        target.getparent().replace(target, div)


def html_document(
    source: str | HtmlElement, *, url: str | None = None, utf8: bytes | None = None
) -> Document:
    """A Document of kind ``html``: the parsed tree and its segments. ``utf8`` is the markup's
    UTF-8 when the caller has it, so it is not encoded again for the parser."""
    if isinstance(source, str):
        root = parse_html(source, utf8=utf8)
        restore_streamed_content(root)
    else:
        root = source.getroot() if hasattr(source, "getroot") else source
    segments, tree = walk_tree(root)
    return Document(kind="html", segments=segments, url=url, root=root, tree=tree)
