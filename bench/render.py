"""Our own HTML-to-page-text renderers: what scrapers and archives save instead of HTML.

- ``innertext``: like a browser's ``innerText`` / select-all copy: one line per block, a blank line
  around paragraphs, image alt text (or file name) on its own line; banners, menus, breadcrumbs and
  captions all kept; scripts, styles and hidden elements dropped (see ``../shared/seed``).
- ``wet``: like a Common Crawl WET record: the ``<title>`` first, then one line per block, no blank
  lines, all whitespace (no-break spaces too) collapsed.
- ``lynx``: like ``lynx -dump`` / html2text: paragraphs hard-wrapped at 76 columns with blank lines
  between them, list items bulleted, images shown inline as ``[alt]``.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import textwrap
from collections.abc import Callable, Iterator
from typing import cast
from urllib.parse import unquote, urlsplit

import attrs
import lxml.etree
import lxml.html

__all__ = [
    "RENDERERS",
    "decode_html",
    "parse_html",
    "render_innertext",
    "render_lynx",
    "render_wet",
]

# A charset declared in the first bytes: <meta charset="utf-8"> or content="text/html; charset=gbk".
CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
# How far into a page a charset declaration is looked for (the HTML spec's pre-scan reads 1024).
CHARSET_SCAN_BYTES = 4096
# An XML declaration, which lxml refuses in a str: <?xml version="1.0" encoding="utf-8"?>.
XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>")
# Inline styles that hide an element: "display: none", "visibility:hidden".
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# HTML collapsible white space (not the no-break space): spaces, tabs, newlines, form feeds.
HTML_SPACE_RE = re.compile(r"[ \t\n\r\f]+")
# Any white space, the no-break space included, for the WET renderer.
ANY_SPACE_RE = re.compile(r"\s+")
# Column at which the lynx-like renderer wraps, as lynx -dump and html2text do by default.
WRAP_COLUMNS = 76

# Elements whose content a reader never sees in the rendered page.
SKIPPED_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
        "canvas", "video", "audio", "select", "datalist", "textarea", "input", "map", "title",
        "meta", "link", "base",
    }
)  # fmt: skip
# Block elements: each starts and ends a line.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "menu", "nav", "ol", "pre", "section", "summary", "table", "tbody",
        "thead", "tfoot", "tr", "ul", "caption", "p",
    }
)  # fmt: skip
# Blocks that a browser's innerText sets apart with a blank line.
INNERTEXT_PARAGRAPH_TAGS = frozenset({"p"})
# Blocks that lynx and html2text set apart with a blank line.
LYNX_PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table",
     "figure"}
)  # fmt: skip
CELL_TAGS = frozenset({"td", "th"})


def decode_html(data: bytes) -> str:
    """Bytes to text: BOM, then a declared charset, then UTF-8, then charset detection."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = CHARSET_RE.search(data[:CHARSET_SCAN_BYTES])
    if declared:
        name = declared.group(1).decode("ascii", errors="ignore")
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # a newsparse dependency; imported late because it is slow to load

    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else data.decode("cp1252", errors="replace")


def parse_html(source: bytes | str) -> lxml.html.HtmlElement | None:
    """An lxml tree of the page, or None for an empty or unparseable one."""
    text = decode_html(source) if isinstance(source, bytes) else source
    text = XML_DECL_RE.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return None


@attrs.frozen
class _Style:
    """How one renderer lays blocks out."""

    paragraph_tags: frozenset[str]
    images_on_own_line: bool
    bullets: bool
    keep_nbsp: bool


@attrs.frozen
class Line:
    """One rendered line and how far it is set from the previous one (1 newline or 2)."""

    text: str
    gap: int
    bullet: bool = False


def _image_label(element: lxml.html.HtmlElement) -> str | None:
    """An image's alt text, else its file name; None for decorative (alt="") or inline data."""
    alt = element.get("alt")
    if alt is not None:
        return alt.strip() or None
    src = element.get("src") or element.get("data-src") or ""
    if not src or src.startswith("data:"):
        return None
    name = posixpath.basename(unquote(urlsplit(src).path))
    return name or None


def _hidden(element: lxml.html.HtmlElement) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style and HIDDEN_STYLE_RE.search(style))


# The walk emits text pieces (text, preformatted) and breaks (an int: 1 newline or 2).
_Piece = tuple[str, bool] | int


def _walk(root: lxml.html.HtmlElement, style: _Style) -> Iterator[_Piece]:
    """Document-order text and line breaks, without recursion (news pages nest deeply)."""
    stack: list[tuple[str, object]] = [("open", root)]
    pre_depth = 0
    while stack:
        kind, payload = stack.pop()
        if kind == "text":
            yield (str(payload), pre_depth > 0)
            continue
        element = cast(lxml.html.HtmlElement, payload)
        tag = element.tag if isinstance(element.tag, str) else ""
        if kind == "close":
            if tag == "pre":
                pre_depth -= 1
            if tag in CELL_TAGS:
                yield ("\t", True)
            elif tag in BLOCK_TAGS:
                yield 2 if tag in style.paragraph_tags else 1
            continue
        if not tag or tag in SKIPPED_TAGS or _hidden(element):
            continue  # comments, processing instructions, invisible elements
        if tag == "br":
            yield 1
            continue
        if tag == "img":
            label = _image_label(element)
            if label and style.images_on_own_line:
                yield 1
                yield (label, False)
                yield 1
            elif label:
                yield (f" [{label}] ", False)
            continue
        if tag in BLOCK_TAGS:
            yield 2 if tag in style.paragraph_tags else 1
        if tag == "li" and style.bullets:
            yield ("\x00", True)  # bullet marker, resolved when lines are built
        if tag == "pre":
            pre_depth += 1
        if element.text:
            yield (element.text, pre_depth > 0)
        stack.append(("close", element))
        for child in reversed(element):
            if child.tail:
                stack.append(("text", child.tail))
            stack.append(("open", child))


def _lines(root: lxml.html.HtmlElement, style: _Style) -> list[Line]:
    """The page's non-empty lines, each with its gap from the previous one."""
    lines: list[Line] = []
    buffer: list[str] = []
    gap = 0
    bullet = False

    def flush() -> None:
        nonlocal gap, bullet
        text = "".join(buffer).strip(" \t")
        buffer.clear()
        if text:
            lines.append(Line(text, max(gap, 1), bullet))
            gap = 0
            bullet = False

    space = HTML_SPACE_RE if style.keep_nbsp else ANY_SPACE_RE
    for piece in _walk(root, style):
        if isinstance(piece, int):
            flush()
            gap = max(gap, piece)
            continue
        text, preformatted = piece
        if text == "\x00":
            bullet = True
            continue
        if preformatted:
            parts = text.split("\n")
            for index, part in enumerate(parts):
                if index:
                    flush()
                    gap = max(gap, 1)
                buffer.append(part.rstrip())
            continue
        collapsed = space.sub(" ", text)
        if not buffer or buffer[-1].endswith(" "):
            collapsed = collapsed.lstrip(" ")
        buffer.append(collapsed)
    flush()
    return lines


_INNERTEXT = _Style(
    INNERTEXT_PARAGRAPH_TAGS, images_on_own_line=True, bullets=False, keep_nbsp=True
)
_WET = _Style(frozenset(), images_on_own_line=True, bullets=False, keep_nbsp=False)
_LYNX = _Style(LYNX_PARAGRAPH_TAGS, images_on_own_line=False, bullets=True, keep_nbsp=False)


def render_innertext(html: bytes | str) -> str:
    """A browser select-all copy: one line per block, blank line around paragraphs."""
    root = parse_html(html)
    if root is None:
        return ""
    parts = []
    for index, line in enumerate(_lines(root, _INNERTEXT)):
        if index:
            parts.append("\n" * line.gap)
        parts.append(line.text)
    return "".join(parts)


def render_wet(html: bytes | str) -> str:
    """A Common-Crawl-WET-like record: title line, then block texts one per line."""
    root = parse_html(html)
    if root is None:
        return ""
    lines = [line.text for line in _lines(root, _WET)]
    title = root.findtext(".//title")
    if title and title.strip():
        lines.insert(0, ANY_SPACE_RE.sub(" ", title).strip())
    return "\n".join(ANY_SPACE_RE.sub(" ", line).strip() for line in lines)


def render_lynx(html: bytes | str) -> str:
    """A lynx-dump-like text: wrapped at 76 columns, blank lines between paragraphs."""
    root = parse_html(html)
    if root is None:
        return ""
    parts = []
    for index, line in enumerate(_lines(root, _LYNX)):
        if index:
            parts.append("\n" * line.gap)
        if line.bullet:
            wrapped = textwrap.fill(
                line.text,
                WRAP_COLUMNS,
                initial_indent="  * ",
                subsequent_indent="    ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        else:
            wrapped = textwrap.fill(
                line.text, WRAP_COLUMNS, break_long_words=False, break_on_hyphens=False
            )
        parts.append(wrapped)
    return "".join(parts)


RENDERERS: dict[str, Callable[[bytes | str], str]] = {
    "innertext": render_innertext,
    "wet": render_wet,
    "lynx": render_lynx,
}
