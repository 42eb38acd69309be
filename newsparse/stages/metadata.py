"""Stage ``metadata``: the fields an HTML page states in its markup, with their provenance.

Each field is read by an ordered tuple of strategies; the first that finds a value wins, and the
value is recorded as :class:`~newsparse.document.Evidence` with its source and the raw string as
the page wrote it. The orders (the data below, ``*_STRATEGIES``):

- language: ``<html lang>``; ``content-language`` meta; ``og:locale``; JSON-LD ``inLanguage``.
- site_name: ``og:site_name``; JSON-LD ``publisher.name``; ``application-name``.
- headline: JSON-LD ``headline``/``name`` of the article; ``og:title``; ``twitter:title``; the
  ``<h1>`` that best matches ``<title>``; ``<title>`` without its site-name part.
- canonical_url: ``<link rel=canonical>``; ``og:url``.
- image: ``og:image``; JSON-LD ``image``; ``twitter:image``.
- section_path: JSON-LD ``BreadcrumbList`` (minus home and the article itself);
  ``articleSection``; ``article:section``.
- published: JSON-LD ``datePublished``; ``article:published_time`` and other date metas;
  microdata ``datePublished``; ``<time datetime>`` in the article; a date line by the headline;
  any ``<time datetime>`` outside comments, teasers and sidebars; a full date in the page's
  URL. A UTC stamp one day off the URL's date takes the URL's (local) day.
- updated: JSON-LD ``dateModified``; ``article:modified_time``, ``og:updated_time``...;
  microdata ``dateModified``.
- byline: JSON-LD ``author`` of the article (else of the page node); ``author``/
  ``article:author`` and other author metas that are not URLs; ``rel=author`` links;
  microdata ``author``. The site's own name is dropped beside other names, kept when alone.

A value already set (by the caller, or an earlier stage) is kept. Page text has no markup: the
stage does nothing for it. Malformed JSON-LD never raises: it is repaired or skipped.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import attrs
from lxml import etree
from lxml.html import HtmlElement

from newsparse.datetimes import parse_date, with_region
from newsparse.document import Document, Evidence
from newsparse.htmlblocks import BLOCK_TAGS, is_hidden, is_permalink
from newsparse.model import Byline, Source
from newsparse.names import clean_author_values
from newsparse.patterns import html as patterns
from newsparse.patterns.dates import MONTH_LOOKUP
from newsparse.pipeline import stage

__all__ = ["json_ld_objects", "metadata", "parse_json_ld", "strip_site_name"]

NAME = "metadata"
T = TypeVar("T")

# Longest string read from one attribute or JSON-LD value: a headline or a name is short, and
# a multi-megabyte attribute is an attack or an encoding accident, not metadata.
MAX_VALUE_CHARS = 2000
# The visible <h1> is the headline when it shares this share of its words with a title the
# markup states: SEO titles reword the headline ("Top 10 trends to watch" is printed over
# "Health trends for 2026"), a logo or a section name shares nothing.
MIN_H1_TITLE_OVERLAP = 0.3
# A kicker (overline) set inside the <h1> before the headline is a few words.
MAX_KICKER_WORDS = 4
# A heading longer than this is a sentence set large, not a headline.
MAX_HEADLINE_WORDS = 40
# A title part naming the page's host has at least this many letters ("Vox" on vox.com).
MIN_HOST_NAME_CHARS = 3
# A <title> part shorter than this many words, beside a longer one, is the site's name.
MAX_SITE_PART_WORDS = 5
# How many segments after the headline a visible date line may sit (byline, date, share row).
VISIBLE_DATE_WINDOW = 8
# A visible date line is short; a longer line is a sentence that mentions a date.
MAX_DATE_LINE_WORDS = 12
# How far up from a <time> element we look for the article or furniture around it.
MAX_TIME_ANCESTORS = 40
# A breadcrumb trail longer than this is a menu; a crumb longer than this is a sentence.
MAX_BREADCRUMBS = 12
MAX_CRUMB_CHARS = 80
# How far a publisher's clock may be behind or ahead of UTC (UTC-12 to UTC+14).
MAX_ZONE_BEHIND = dt.timedelta(hours=12)
MAX_ZONE_AHEAD = dt.timedelta(hours=14)
# JSON-LD scripts larger than this are data dumps (product feeds), not page metadata.
MAX_JSON_LD_CHARS = 1_000_000

_WHITESPACE = re.compile(r"\s+")
# One JSON token the repair step must see whole, or a piece to drop:
#   a string "a \"b\" c" (possibly unterminated), a // line comment, a /* block comment */,
#   a trailing comma before } or ].
_JSON_PIECE = re.compile(
    r'"(?:[^"\\]|\\.)*"?'
    r"|//[^\n]*"
    r"|/\*(?:[^*]|\*(?!/))*(?:\*/)?"
    r"|,(?=\s*[}\]])",
    re.S,
)
# Raw control characters inside a JSON string: "line one<newline>line two"
_CONTROL_IN_STRING = re.compile(r"[\x00-\x1f]")
# Wrappers around a script's JSON: "<![CDATA[ ... ]]>", "//<![CDATA[", "<!-- ... -->"
_SCRIPT_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
# A language tag: "en", "en-GB", "pt_BR", "zh-Hant-TW"
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
# A URL-looking author value: "https://facebook.com/jane", "www.example.com/author/x"
_URL_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|www\.)", re.I)
# A value that is an identifier, not a name: "223509017", "andrew.keaveney", "page.head.author",
# "@jdoe", "j_doe"
_NOT_A_NAME = re.compile(r"^(?:[\d\W_]+|@\S+|[^\s.]+(?:[._][^\s.]+)+)$")
# Elements holding a breadcrumb trail (microdata, ARIA label, or a "breadcrumb(s)" class/id
# token) hold this in their class, id or aria-label ("readcrumb" matches "breadcrumbs" and
# "Breadcrumb" without a costly case fold), or the microdata type in their itemtype; a trail
# inside another one's class is part of it.
_BREADCRUMB_MARK = "readcrumb"
_BREADCRUMB_TYPE = "BreadcrumbList"
# the attributes whose value names a breadcrumb trail ("breadcrumbs", "Breadcrumb")
_BREADCRUMB_ATTRIBUTES = frozenset({"class", "id", "aria-label"})
# <a rel="author">, rel being a list of words apart by XML whitespace (as XPath's
# normalize-space reads them): " author " in the padded value once its tabs and newlines are
# spaces.
_XML_WHITESPACE = str.maketrans("\t\r\n", "   ")
# A full date as a path segment of a URL: "/2020/01/15/", "/2020-01-15-storm-hits", with the
# month as a word too: "/2025/dec/05/", "/2023/october/03/" (looked up in the month tables)
# (a compact "20200115" is left alone: archive timestamps and story ids look like it).
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?P<sep>[/-])(?P<month>0?[1-9]|1[0-2]|[^\W\d_]{3,12})(?P=sep)"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?=[/-]|$)"
)
# The page's outermost elements: their classes describe the whole page, not one part of it.
_PAGE_TAGS = frozenset({"body", "html"})
# Links to the site's home page, as a logo or masthead writes them.
_HOME_HREFS = frozenset({"/", "./", "/index.html", "/index.php"})
# Words for comparing titles: "Storm hits, coast!" -> storm, hits, coast
_WORD = re.compile(r"\w+")


# --- what the strategies read ------------------------------------------------------------


@attrs.frozen
class JsonLdNode:
    """One JSON-LD object of the page and its normalised ``@type`` names (lower-cased)."""

    data: Mapping[str, Any]
    types: frozenset[str]


@attrs.frozen
class _Marked:
    """Elements a few strategies look for by their attributes, in document order."""

    itemprops: Mapping[str, tuple[HtmlElement, ...]]
    breadcrumbs: tuple[HtmlElement, ...]
    author_links: tuple[HtmlElement, ...]


def _marked_elements(root: HtmlElement) -> _Marked:
    """Microdata elements, breadcrumb trails and ``rel=author`` links of the document ``root``
    belongs to (all of it, as an XPath "//" search finds them, top-level siblings included)."""
    top = root.getroottree().getroot()
    tops = [*reversed(list(top.itersiblings(preceding=True))), top, *top.itersiblings()]
    itemprops: dict[str, list[HtmlElement]] = {}
    breadcrumbs: list[HtmlElement] = []
    author_links: list[HtmlElement] = []
    mark, list_type = _BREADCRUMB_MARK, _BREADCRUMB_TYPE
    for outer in tops:
        # Elements only (no comments or processing instructions). Most carry no attribute,
        # and the others are read in one call for all their attributes, not one per name
        # (and without the attribute proxy ``.attrib`` would make for every element).
        for element in outer.iter(etree.Element):
            items = element.items()
            if not items:
                continue
            crumb = False
            for name, value in items:
                if name == "itemprop":
                    for part in value[:MAX_VALUE_CHARS].lower().split():
                        itemprops.setdefault(part, []).append(element)
                elif name == "rel":
                    if element.tag == "a" and " author " in f" {value.translate(_XML_WHITESPACE)} ":
                        author_links.append(element)
                elif name in _BREADCRUMB_ATTRIBUTES:
                    crumb = crumb or mark in value
                elif name == "itemtype":
                    crumb = crumb or list_type in value
            if crumb and not any(mark in (a.get("class") or "") for a in element.iterancestors()):
                breadcrumbs.append(element)
    return _Marked(
        itemprops={k: tuple(v) for k, v in itemprops.items()},
        breadcrumbs=tuple(breadcrumbs),
        author_links=tuple(author_links),
    )


@attrs.frozen
class _Page:
    """The markup the strategies read, gathered in one pass over the tree."""

    doc: Document
    metas: Mapping[str, tuple[str, ...]]
    links: Mapping[str, tuple[str, ...]]
    json_ld: tuple[JsonLdNode, ...]
    json_ld_ids: Mapping[str, JsonLdNode]
    title: str | None
    h1s: tuple[str, ...]
    html_lang: str | None
    times: tuple[HtmlElement, ...]
    root: HtmlElement
    # Searches most pages never need, run on first use (breadcrumbs, microdata, rel=author).
    _lazy: dict[str, Any] = attrs.field(factory=dict, alias="_lazy")

    def itemprops(self) -> Mapping[str, tuple[HtmlElement, ...]]:
        """Microdata elements by (lower-cased) itemprop."""
        return self._scan().itemprops

    def breadcrumbs(self) -> tuple[HtmlElement, ...]:
        """Elements holding a breadcrumb trail, outermost only, in document order."""
        return self._scan().breadcrumbs

    def author_links(self) -> tuple[HtmlElement, ...]:
        """``<a rel="author">`` elements, in document order."""
        return self._scan().author_links

    def _scan(self) -> _Marked:
        """The marked elements, found in one pass over the whole document on first use (an
        XPath search per kind costs more: libxml2 visits every node for each)."""
        found: _Marked | None = self._lazy.get("marked")
        if found is None:
            found = self._lazy["marked"] = _marked_elements(self.root)
        return found

    def meta(self, keys: Iterable[str]) -> tuple[str, str] | None:
        """The first (key, content) among ``keys`` that the page has, in the order given."""
        for key in keys:
            values = self.metas.get(key)
            if values:
                return key, values[0]
        return None

    def article(self) -> JsonLdNode | None:
        """The JSON-LD node of the story, in this order:

        1. of several article-typed nodes (an ``@graph`` that also describes the stories it
           links to), the first that names this page's address (its ``mainEntityOfPage``,
           ``url`` or ``@id``) or shows its title (``og:title``, an ``<h1>``), when the first
           one does neither;
        2. the first article-typed node;
        3. the first page-typed node."""
        if "article" in self._lazy:
            found: JsonLdNode | None = self._lazy["article"]
            return found
        found = None
        articles = [
            self._full(node) for node in self.json_ld if node.types & patterns.ARTICLE_TYPES
        ]
        if len(articles) > 1 and not self._of_this_page(articles[0]):
            found = next((node for node in articles[1:] if self._of_this_page(node)), None)
        if found is None and articles:
            found = articles[0]
        if found is None:
            found = next((node for node in self.json_ld if node.types & patterns.PAGE_TYPES), None)
        self._lazy["article"] = found
        return found

    def _full(self, node: JsonLdNode) -> JsonLdNode:
        """A node that only names another by ``@id`` (a page's ``mainEntity`` stub) replaced
        by the node it names."""
        if set(node.data) <= {"@id", "@type", "@context"}:
            named = self.json_ld_ids.get(str(node.data.get("@id")))
            if named is not None:
                return named
        return node

    def _of_this_page(self, node: JsonLdNode) -> bool:
        """True when a JSON-LD node names the page's own address or shows its title."""
        addresses = self._lazy.get("addresses")
        if addresses is None:
            addresses = self._lazy["addresses"] = {_address(u) for u in self.stated_urls()}
        data = node.data
        for key in ("mainEntityOfPage", "url", "@id"):
            value = data.get(key)
            if isinstance(value, Mapping):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str) and _address(value) in addresses:
                return True
        headline = data.get("headline")
        if not isinstance(headline, str) or not headline.strip():
            return False
        titles = [*self.metas.get("og:title", ()), *self.h1s]
        return any(_same_name(headline, title) for title in titles)

    def stated_urls(self) -> list[str]:
        """The page's own addresses: the caller's URL, the canonical link, ``og:url``."""
        stated = [self.doc.url, *self.links.get("canonical", ()), *self.metas.get("og:url", ())]
        return [url for url in stated if url]

    def story_articles(self) -> frozenset[HtmlElement]:
        """The nearest ``<article>`` around each ``<h1>``: the story's, not teaser cards (a
        walk up from each heading, so nested articles cost no more than their depth)."""
        found: frozenset[HtmlElement] | None = self._lazy.get("story_articles")
        if found is None:
            stories: set[HtmlElement] = set()
            for heading in self.root.iter("h1"):
                current = heading.getparent()
                depth = 0
                while current is not None and depth < MAX_TIME_ANCESTORS:
                    if current.tag == "article":
                        stories.add(current)
                        break
                    current = current.getparent()
                    depth += 1
            found = self._lazy["story_articles"] = frozenset(stories)
        return found

    def resolve(self, value: Any) -> Any:
        """A JSON-LD ``{"@id": ...}`` reference replaced by the node it names, if known."""
        if isinstance(value, Mapping) and set(value) <= {"@id", "@type"} and "@id" in value:
            node = self.json_ld_ids.get(str(value["@id"]))
            if node is not None:
                return node.data
        return value


def _address(url: str) -> str:
    """A page address compared loosely: no scheme, ``www.``, fragment or trailing slash, and
    in lower case (``https://www.site.example/a/#x`` -> ``site.example/a``)."""
    text = url[:MAX_VALUE_CHARS].strip().lower().split("#", 1)[0]
    text = text.split("://", 1)[-1].removeprefix("//").removeprefix("www.")
    return text.rstrip("/")


def _clean(text: str | None) -> str | None:
    """Entities decoded and whitespace collapsed; None for an empty value."""
    if text is None:
        return None
    cleaned = _WHITESPACE.sub(" ", html_lib.unescape(text[:MAX_VALUE_CHARS])).strip()
    return cleaned or None


def _element_text(element: HtmlElement) -> str | None:
    return _clean(element.text_content())


def _heading_text(element: HtmlElement) -> str | None:
    """A heading's text with a space where a <br> or a block breaks it ("WEEKEND<br>CODING"
    reads "WEEKEND CODING", as the page shows it) and without its permalink mark, the DOM
    left untouched."""
    pieces: list[str] = []
    size = 0
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack and size <= MAX_VALUE_CHARS:
        node, closing = stack.pop()
        if not isinstance(node.tag, str):  # a comment: only what follows it is text
            piece = node.tail or ""
        else:
            breaks = node.tag == "br" or node.tag in BLOCK_TAGS
            own = (node.tail if node is not element else None) if closing else node.text
            if not closing and node.tag == "a" and is_permalink(node):
                own = None  # "Setup¶": the heading's permalink mark is not its text
            piece = (" " if breaks else "") + (own or "")
            if not closing:
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(node))
        pieces.append(piece)
        size += len(piece)
    return _clean("".join(pieces))


def _types_of(data: Mapping[str, Any]) -> frozenset[str]:
    raw = data.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    types: set[str] = set()
    for value in values:
        if isinstance(value, str):
            match = patterns.JSON_LD_TYPE.search(value.strip())
            if match:
                types.add(match.group(1).lower())
    return frozenset(types)


def _repair_json(text: str) -> str:
    """JSON with comments and trailing commas dropped and control characters escaped."""

    def piece(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith('"'):
            if not token.endswith('"') or len(token) == 1:
                token += '"'
            return _CONTROL_IN_STRING.sub(lambda m: f"\\u{ord(m.group(0)):04x}", token)
        return ""

    return _JSON_PIECE.sub(piece, text)


# A JSON escape of half a surrogate pair without its other half: "\\ud800" alone
_LONE_SURROGATE_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def _decode_all(text: str) -> list[Any]:
    """Every JSON value in ``text``: one, or several written one after another."""
    decoder = json.JSONDecoder()
    values: list[Any] = []
    position = 0
    length = len(text)
    while position < length:
        while position < length and text[position] in " \t\r\n;,":
            position += 1
        if position >= length:
            break
        try:
            value, position = decoder.raw_decode(text, position)
        except ValueError:
            if values:
                break  # keep what was read before the garbage
            raise
        values.append(value)
    return values


def parse_json_ld(text: str) -> list[Any]:
    """The JSON values of one ``ld+json`` script; ``[]`` when it cannot be read, never an error.

    Tried in turn: strict JSON; then a repair (wrappers, comments, trailing commas, raw control
    characters in strings, several objects in a row).
    """
    if len(text) > MAX_JSON_LD_CHARS:
        return []
    if "\\u" in text:  # escaped lone surrogates would make the output unencodable as UTF-8
        text = _LONE_SURROGATE_ESCAPE.sub(r"\\ufffd", text)
    try:
        return [json.loads(text)]
    except (ValueError, RecursionError):
        pass
    repaired = _repair_json(_SCRIPT_WRAPPER.sub("", text))
    try:
        return _decode_all(repaired)
    except (ValueError, RecursionError):
        return []


def json_ld_objects(values: Iterable[Any]) -> Iterator[Mapping[str, Any]]:
    """The objects of parsed JSON-LD, with ``@graph`` and arrays flattened (iteratively)."""
    stack = list(values)[::-1]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            for key in ("@graph", "mainEntity"):
                inner = item.get(key)
                if isinstance(inner, (list, dict)):
                    stack.append(inner)


def _collect(doc: Document, root: HtmlElement) -> _Page:
    metas: dict[str, list[str]] = {}
    links: dict[str, list[str]] = {}
    nodes: list[JsonLdNode] = []
    title: str | None = None
    h1s: list[str] = []
    times: list[HtmlElement] = []
    for element in root.iter("meta", "link", "script", "title", "h1", "time"):
        tag = element.tag
        if tag == "meta":
            content = element.get("content")
            if content is None:
                content = element.get("value")
            if content is None or not content.strip():
                continue
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                key = element.get(attribute)
                if key:
                    for part in key[:MAX_VALUE_CHARS].lower().split():
                        metas.setdefault(part, []).append(content)
        elif tag == "link":
            href = element.get("href")
            rel = element.get("rel")
            if href and rel:
                for part in rel.lower().split():
                    links.setdefault(part, []).append(href.strip())
        elif tag == "script":
            kind = (element.get("type") or "").strip().lower()
            if kind == "application/ld+json" and element.text:
                for data in json_ld_objects(parse_json_ld(element.text)):
                    nodes.append(JsonLdNode(data=data, types=_types_of(data)))
        elif tag == "title":
            if title is None:
                title = element.text_content()
        elif tag == "h1":
            text = _heading_text(element)
            if text and not _in_furniture(element):
                h1s.append(text)
        elif tag == "time":
            times.append(element)
    ids: dict[str, JsonLdNode] = {}
    for node in nodes:
        key = node.data.get("@id")
        # a stub naming a node ({"@id": ...} in a page's mainEntity) never hides the node
        if isinstance(key, str) and len(node.data) > len(ids[key].data if key in ids else ()):
            ids[key] = node
    html_lang = root.get("lang") or root.get("xml:lang")
    return _Page(
        doc=doc,
        metas={k: tuple(v) for k, v in metas.items()},
        links={k: tuple(v) for k, v in links.items()},
        json_ld=tuple(nodes),
        json_ld_ids=ids,
        title=title,
        h1s=tuple(h1s),
        html_lang=html_lang,
        times=tuple(times),
        root=root,
    )


# --- helpers shared by strategies --------------------------------------------------------


def _evidence(value: T, source: Source, raw: str) -> Evidence[T]:
    return Evidence(value=value, source=source, raw=raw, stage=NAME)


def _text_evidence(value: Any, source: Source) -> Evidence[str] | None:
    if not isinstance(value, str):
        return None
    cleaned = _clean(value)
    return _evidence(cleaned, source, value) if cleaned else None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _overlap(a: str, b: str) -> float:
    """Shared words over the larger word set of the two: 1.0 for the same words."""
    first, second = set(_words(a)), set(_words(b))
    if not first or not second:
        return 0.0
    return len(first & second) / max(len(first), len(second))


def _same_name(a: str, b: str) -> bool:
    return "".join(_words(a)) == "".join(_words(b))


def strip_site_name(title: str, site_name: str | None = None) -> str:
    """A title without its site part: ``"Storm hits coast | The Daily"`` -> ``"Storm hits coast"``.

    A part equal to the site name is dropped; without a known site name, a short first or last
    part beside a longer one is taken for it. A title with no separator is returned unchanged.
    """
    parts = [p.strip() for p in patterns.TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    if site_name:
        kept = [p for p in parts if not _same_name(p, site_name)]
        if kept and len(kept) < len(parts):
            return _rejoin(title, kept)
    first, last = parts[0], parts[-1]
    if len(last.split()) <= MAX_SITE_PART_WORDS and len(first.split()) > len(last.split()):
        return _rejoin(title, parts[:-1])
    if len(first.split()) <= MAX_SITE_PART_WORDS and len(last.split()) > len(first.split()):
        return _rejoin(title, parts[1:])
    return title.strip()


def _rejoin(title: str, parts: Sequence[str]) -> str:
    """The span of ``title`` from the first kept part to the last (inner separators kept)."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1])
    if start < 0 or end < 0 or end + len(parts[-1]) <= start:
        return parts[0]
    return title[start : end + len(parts[-1])].strip()


def _absolute_url(doc: Document, value: str | None) -> str | None:
    """The URL made absolute against the page URL; None if it stays relative or is not http."""
    if not value:
        return None
    value = value.strip()[:MAX_VALUE_CHARS]
    try:
        if doc.url:
            value = urljoin(doc.url, value)
        elif value.startswith("//"):
            return None  # the scheme is unknown without the page URL: do not guess it
        parts = urlsplit(value)
    except ValueError:  # "http://[" and netlocs urllib refuses: no URL, not a lost stage
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return value


def _parse_date(doc: Document, raw: str) -> dt.datetime | None:
    """A datetime from a date string, with its zone when the string gives one."""
    text = raw.strip()[:MAX_VALUE_CHARS]
    if not text:
        return None
    declared = doc.language.raw if doc.language is not None else None
    parsed = parse_date(text, languages=with_region(doc.languages, declared))
    return parsed.value if parsed is not None else None


def _date_evidence(doc: Document, raw: Any, source: Source) -> Evidence[dt.datetime] | None:
    if isinstance(raw, list) and raw:
        raw = raw[0]
    if not isinstance(raw, str):
        return None
    value = _parse_date(doc, raw)
    return _evidence(value, source, raw) if value is not None else None


def _byline(
    doc: Document, names: Sequence[str], source: Source, raw: str
) -> Evidence[Byline] | None:
    cleaned = [
        c for c in (_clean(n) for n in names)
        if c and not _URL_LIKE.match(c) and not _NOT_A_NAME.match(c)
    ]
    if not cleaned:
        return None
    site = doc.site_name.value if doc.site_name is not None else None
    byline = clean_author_values(cleaned, site_name=site)
    return _evidence(byline, source, raw) if byline is not None else None


def _meta_source(key: str) -> Source:
    if key.startswith(("og:", "article:")):
        return Source.OPENGRAPH
    if key.startswith("twitter:"):
        return Source.TWITTER
    return Source.META


# --- strategies, field by field ----------------------------------------------------------

def _language_html(page: _Page) -> Evidence[str] | None:
    return _language_evidence(page.html_lang, Source.MARKUP)


def _language_meta(page: _Page) -> Evidence[str] | None:
    found = page.meta(patterns.LANGUAGE_META)
    return _language_evidence(found[1], _meta_source(found[0])) if found else None


def _language_json_ld(page: _Page) -> Evidence[str] | None:
    node = page.article()
    value = node.data.get("inLanguage") if node else None
    if isinstance(value, Mapping):
        value = value.get("alternateName") or value.get("name")
    return _language_evidence(value, Source.JSON_LD) if isinstance(value, str) else None


def _language_evidence(raw: str | None, source: Source) -> Evidence[str] | None:
    if not raw:
        return None
    value = raw.strip().split(",")[0].strip()
    if not _LANGUAGE_TAG.match(value):
        return None
    # The field is the ISO 639 code ("en" for "en-GB"): the region never changes the word tables.
    return _evidence(value.replace("_", "-").split("-")[0].lower(), source, raw)


def _site_name_og(page: _Page) -> Evidence[str] | None:
    found = page.meta(("og:site_name",))
    return _text_evidence(found[1], Source.OPENGRAPH) if found else None


def _site_name_json_ld(page: _Page) -> Evidence[str] | None:
    node = page.article()
    publisher = page.resolve(node.data.get("publisher")) if node else None
    if isinstance(publisher, list) and publisher:
        publisher = page.resolve(publisher[0])
    if isinstance(publisher, Mapping):
        return _text_evidence(publisher.get("name"), Source.JSON_LD)
    return None


def _site_name_application(page: _Page) -> Evidence[str] | None:
    found = page.meta(("application-name",))
    return _text_evidence(found[1], Source.META) if found else None


def _site_name_title_home_link(page: _Page) -> Evidence[str] | None:
    """The ``<title>``'s first or last part when a link to the site's home page says the same
    ("Ferry strike ends - Harbour Post" and ``<a href="/">Harbour Post</a>``, or the logo's
    ``alt``): the title names the site and the masthead confirms it."""
    title = _clean(page.title)
    if not title:
        return None
    parts = [p.strip() for p in patterns.TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return None
    ends = [
        part for part in (parts[-1], parts[0]) if len(part.split()) <= MAX_SITE_PART_WORDS
    ]
    if not ends:
        return None
    homes = _home_addresses(page)
    for link in page.root.iter("a"):
        href = (link.get("href") or "").strip()
        if href not in _HOME_HREFS and _address(href) not in homes:
            continue
        names = [link.text_content(), *(img.get("alt") or "" for img in link.iter("img"))]
        for part in ends:
            if any(_same_name(part, name) for name in names if name.strip()):
                return _evidence(part, Source.TITLE_ELEMENT, title)
    return None


def _home_addresses(page: _Page) -> set[str]:
    """The site's home page as ``_address`` writes it ("site.example"), from the page's own
    addresses."""
    return {_address(url).split("/", 1)[0] for url in page.stated_urls() if "://" in url}


def _headline_json_ld(page: _Page) -> Evidence[str] | None:
    for node in page.json_ld:
        if node.types & patterns.ARTICLE_TYPES:
            for key in ("headline", "name"):
                found = _text_evidence(node.data.get(key), Source.JSON_LD)
                if found is not None:
                    return found
    return None


def _headline_json_ld_stripped(page: _Page) -> Evidence[str] | None:
    found = _headline_json_ld(page)
    if found is None:
        return None
    value = _strip_site_parts(page, found.value)
    return attrs.evolve(found, value=value) if value and value != found.value else found


def _headline_meta(key: str, source: Source) -> Callable[[_Page], Evidence[str] | None]:
    def strategy(page: _Page) -> Evidence[str] | None:
        found = page.meta((key,))
        evidence = _text_evidence(found[1], source) if found else None
        if evidence is None:
            return None
        value = _strip_site_parts(page, evidence.value)
        if value != evidence.value and value:
            return attrs.evolve(evidence, value=value)
        return evidence

    strategy.__name__ = f"_headline_{key.replace(':', '_')}"
    return strategy


def _site(page: _Page) -> str | None:
    return page.doc.site_name.value if page.doc.site_name is not None else None


def _strip_site_parts(page: _Page, text: str) -> str:
    """The text without a separated part that is the site's name, or (last part) that names
    the page's host ("Storm hits | Valleyecho" on valleyecho.example): the site's name as its
    address writes it, where the markup states none or another form of it."""
    text = _strip_known_site(text, _site(page))
    parts = [p.strip() for p in patterns.TITLE_SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2:
        return text
    host = _host_letters(page.doc)
    last = "".join(_words(parts[-1]))
    if host and len(last) >= MIN_HOST_NAME_CHARS and last in host:
        return _rejoin(text, parts[:-1])
    return text


def _url_path(url: str) -> str | None:
    """The path of a URL; None for one urllib cannot split ("http://[::1", "http://[zz]/"),
    which a caller's ``url=`` or a page's breadcrumb may hold: no path, not a lost stage."""
    try:
        return urlsplit(url).path
    except ValueError:
        return None


def _host_letters(doc: Document) -> str:
    """The letters and digits of the page's host name ("www.valleyecho.example" ->
    "wwwvalleyechoexample")."""
    url = doc.url or (doc.canonical_url.value if doc.canonical_url is not None else None)
    if not url:
        return ""
    try:
        host = urlsplit(url[:MAX_VALUE_CHARS]).hostname or ""
    except ValueError:
        return ""
    return "".join(_words(host))


def _strip_known_site(text: str, site: str | None) -> str:
    """The text without a separated part that is the site's name ("Storm | Daily" -> "Storm")."""
    if not site:
        return text
    parts = [p.strip() for p in patterns.TITLE_SEPARATOR.split(text) if p.strip()]
    kept = [p for p in parts if not _same_name(p, site)]
    return _rejoin(text, kept) if kept and len(kept) < len(parts) else text


def _stated_titles(page: _Page) -> list[str]:
    """The titles the markup states (JSON-LD, OpenGraph, Twitter, <title>), site name removed."""
    site = _site(page)
    stated: list[str] = []
    for found in (_headline_json_ld(page), page.meta(("og:title",)), page.meta(("twitter:title",))):
        raw = found.raw if isinstance(found, Evidence) else found[1] if found else None
        value = _clean(raw)
        if value:
            stated.append(_strip_known_site(value, site))
    title = _clean(page.title)
    if title:
        stated.append(strip_site_name(title, site))
    return stated


def _headline_visible(page: _Page) -> Evidence[str] | None:
    """The <h1> a reader sees, when it agrees with a title the markup states, without a
    separated part naming the site ("Storm hits coast – Daily" with site "Daily").

    Publishers tune og:title and <title> for search and sharing ("Best walks 2026 | Top 12
    Trails"); the visible heading is the headline as the page prints it."""
    stated = _stated_titles(page)
    site = _site(page)
    title_site = _title_site_part(_clean(page.title) or "")
    best, best_score = None, 0.0
    for text in page.h1s:
        if (site and _same_name(text, site)) or len(text.split()) > MAX_HEADLINE_WORDS:
            continue
        if title_site and "".join(_words(text)) == title_site:
            continue  # the site's logo: "Example Docs" over a <title> "Page — Example Docs"
        score = max((_overlap(text, title) for title in stated), default=0.0)
        if score > best_score:
            best, best_score = text, score
    if best is None or best_score < MIN_H1_TITLE_OVERLAP:
        return None
    value = _strip_site_parts(page, _without_kicker(best, stated))
    return _evidence(value, Source.MARKUP, best)


def _title_site_part(title: str) -> str:
    """The letters of a <title>'s last separated part when it may name the site: a few words,
    no more than its first part ("Storm Season Is Here — Notes for River Town"; in "Site -
    Section - A Longer Headline" the site is first and the last part is the headline)."""
    parts = [p.strip() for p in patterns.TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return ""
    last = parts[-1].split()
    if len(last) > MAX_SITE_PART_WORDS or len(last) > len(parts[0].split()):
        return ""
    return "".join(_words(parts[-1]))


def _without_kicker(heading: str, stated: list[str]) -> str:
    """The heading without a kicker set inside it ("<h1><em>Holocaust-Gedenktag</em> Erinnerung
    an die Opfer</h1>" over og:title "Erinnerung an die Opfer"): a few words before a stated
    title that the heading ends with."""
    words = heading.split()
    folded = [w.casefold() for w in words]
    for title in stated:
        wanted = [w.casefold() for w in title.split()]
        extra = len(words) - len(wanted)
        if not 0 < extra <= min(MAX_KICKER_WORDS, len(wanted) // 2):
            continue  # a kicker is short beside the title it sits over
        if words[extra - 1].endswith(","):
            continue  # "Heavy rain is coming, story 2" over a <title> "Story 2" is one title
        if all(w.isdigit() for w in words[:extra]):
            continue  # "2025 Price Guide" over a title "Price Guide": the year is the title's
        if folded[extra:] == wanted:
            return " ".join(words[extra:])
    return heading


def _headline_title(page: _Page) -> Evidence[str] | None:
    title = _clean(page.title)
    if not title or page.title is None:
        return None
    site = page.doc.site_name.value if page.doc.site_name is not None else None
    logo = _title_site_part(title)
    if site is None and logo:
        # the site's logo <h1> spells the title's last part: that part names the site
        site = next((h for h in page.h1s if "".join(_words(h)) == logo), None)
    return _evidence(strip_site_name(title, site), Source.TITLE_ELEMENT, page.title)


def _canonical_link(page: _Page) -> Evidence[str] | None:
    for href in page.links.get("canonical", ()):
        value = _absolute_url(page.doc, href)
        if value:
            return _evidence(value, Source.LINK_ELEMENT, href)
    return None


def _canonical_og(page: _Page) -> Evidence[str] | None:
    found = page.meta(("og:url",))
    value = _absolute_url(page.doc, found[1]) if found else None
    return _evidence(value, Source.OPENGRAPH, found[1]) if value and found else None


def _image_meta(keys: tuple[str, ...]) -> Callable[[_Page], Evidence[str] | None]:
    def strategy(page: _Page) -> Evidence[str] | None:
        for key in keys:
            for raw in page.metas.get(key, ()):
                value = _absolute_url(page.doc, raw)
                if value:
                    return _evidence(value, _meta_source(key), raw)
        return None

    return strategy


def _image_json_ld(page: _Page) -> Evidence[str] | None:
    node = page.article()
    image = page.resolve(node.data.get("image")) if node else None
    if isinstance(image, list) and image:
        image = page.resolve(image[0])
    if isinstance(image, Mapping):
        image = image.get("url") or image.get("contentUrl")
    if not isinstance(image, str):
        return None
    value = _absolute_url(page.doc, image)
    return _evidence(value, Source.JSON_LD, image) if value else None


def _section_breadcrumbs(page: _Page) -> Evidence[tuple[str, ...]] | None:
    for node in page.json_ld:
        if "breadcrumblist" not in node.types:
            continue
        items = node.data.get("itemListElement")
        if not isinstance(items, list):
            continue
        crumbs: list[tuple[float, str, str | None]] = []
        for order, item in enumerate(items):
            item = page.resolve(item)
            if not isinstance(item, Mapping):
                continue
            inner = page.resolve(item.get("item"))
            name = item.get("name")
            url = None
            if isinstance(inner, Mapping):
                name = name or inner.get("name")
                url = inner.get("@id") or inner.get("url")
            elif isinstance(inner, str):
                url = inner
            position = item.get("position")
            rank = float(position) if isinstance(position, (int, float)) else float(order)
            if isinstance(name, str) and _clean(name):
                crumbs.append((rank, name, url if isinstance(url, str) else None))
        crumbs.sort(key=lambda c: c[0])
        names = [c for c in crumbs if not _is_home(page, c[1], c[2])]
        if names and _is_this_article(page, names[-1][1], names[-1][2]):
            names.pop()
        path = tuple(n for n in (_clean(c[1]) for c in names) if n)
        if path:
            return _evidence(path, Source.JSON_LD, " > ".join(c[1] for c in crumbs))
    return None


def _is_home(page: _Page, name: str, url: str | None) -> bool:
    cleaned = _clean(name)
    if cleaned is not None and cleaned.lower() in patterns.HOME_WORDS:
        return True
    if page.doc.site_name is not None and _same_name(name, page.doc.site_name.value):
        return True
    if url:
        return _url_path(url.strip()) in ("", "/")
    return False


def _is_this_article(page: _Page, name: str, url: str | None) -> bool:
    if page.doc.headline is not None and _overlap(name, page.doc.headline.value) >= 0.8:
        return True
    canonical = page.doc.canonical_url.value if page.doc.canonical_url is not None else page.doc.url
    return bool(url and canonical and url.rstrip("/") == canonical.rstrip("/"))


def _section_breadcrumb_markup(page: _Page) -> Evidence[tuple[str, ...]] | None:
    """The link texts of a visible breadcrumb trail (``<ol class="breadcrumbs">``, microdata)."""
    for trail in page.breadcrumbs():
        items = trail.xpath(".//a | .//*[@itemprop='name'][not(ancestor::a)]")
        names: list[tuple[str, str | None]] = []
        for item in items[:MAX_BREADCRUMBS]:
            text = _element_text(item)
            if text and len(text) <= MAX_CRUMB_CHARS:
                href = item.get("href") if item.tag == "a" else None
                if not names or names[-1][0] != text:
                    names.append((text, href))
        raw = " > ".join(n[0] for n in names)
        kept = [n for n in names if not _is_home(page, n[0], n[1])]
        if kept and _is_this_article(page, kept[-1][0], kept[-1][1]):
            kept.pop()
        if kept:
            return _evidence(tuple(n[0] for n in kept), Source.MARKUP, raw)
    return None


def _section_article_section(page: _Page) -> Evidence[tuple[str, ...]] | None:
    node = page.article()
    value = node.data.get("articleSection") if node else None
    values = value if isinstance(value, list) else [value]
    raws = [v for v in values if isinstance(v, str) and _clean(v)]
    if not raws:
        return None
    path = tuple(dict.fromkeys(c for c in (_clean(v) for v in raws) if c))
    return _evidence(path, Source.JSON_LD, ", ".join(raws))


def _section_meta(page: _Page) -> Evidence[tuple[str, ...]] | None:
    found = page.meta(patterns.SECTION_META)
    cleaned = _clean(found[1]) if found else None
    if not found or not cleaned:
        return None
    return _evidence((cleaned,), _meta_source(found[0]), found[1])


def _date_json_ld(key: str) -> Callable[[_Page], Evidence[dt.datetime] | None]:
    def strategy(page: _Page) -> Evidence[dt.datetime] | None:
        node = page.article()
        if node is None:
            return None
        return _date_evidence(page.doc, node.data.get(key), Source.JSON_LD)

    return strategy


def _date_meta(keys: tuple[str, ...]) -> Callable[[_Page], Evidence[dt.datetime] | None]:
    def strategy(page: _Page) -> Evidence[dt.datetime] | None:
        for key in keys:
            for raw in page.metas.get(key, ()):
                found = _date_evidence(page.doc, raw, _meta_source(key))
                if found is not None:
                    return found
        return None

    return strategy


def _date_itemprop(prop: str) -> Callable[[_Page], Evidence[dt.datetime] | None]:
    def strategy(page: _Page) -> Evidence[dt.datetime] | None:
        for element in page.itemprops().get(prop, ()):
            if element.tag == "meta":
                continue  # read with the other metas
            # an <abbr> keeps the machine date in its title ("<abbr itemprop="datePublished"
            # title="2017-09-09T10:52:00+02:00">10:52</abbr>"): read when the text gives none
            for raw in (
                element.get("datetime") or element.get("content") or element.text_content(),
                element.get("title"),
            ):
                found = _date_evidence(page.doc, raw, Source.MICRODATA)
                if found is not None:
                    return found
        return None

    return strategy


def _in_article(element: HtmlElement) -> bool:
    """True when a <time> sits in the story (an <article>, a byline, the post's meta line).

    The walk stops at ``<body>``: its classes describe the page's layout ("has-sidebar",
    "comments-open"), not the place of the <time>."""
    current = element.getparent()
    depth = 0
    found = False
    while current is not None and depth < MAX_TIME_ANCESTORS:
        tag = current.tag if isinstance(current.tag, str) else ""
        if tag in _PAGE_TAGS:
            break
        tokens = _tokens(current)
        negative = tag in patterns.NEGATIVE_TAGS or tag == "aside"
        if _story_footer(tag, tokens):
            found = True
        elif negative or tokens & patterns.TIME_NEGATIVE_TOKENS:
            return False
        if tag == "article" or tokens & patterns.TIME_POSITIVE_TOKENS:
            found = True
        current = current.getparent()
        depth += 1
    return found


def _in_others_item(element: HtmlElement) -> bool:
    """True when an element sits in a comment, a teaser or a sidebar: someone else's item."""
    current = element.getparent()
    depth = 0
    while current is not None and depth < MAX_TIME_ANCESTORS:
        tag = current.tag if isinstance(current.tag, str) else ""
        if tag in _PAGE_TAGS:
            return False
        tokens = _tokens(current)
        others = tag in ("aside", "footer", "nav") or tokens & patterns.TIME_NEGATIVE_TOKENS
        if others and not _story_footer(tag, tokens):
            return True
        current = current.getparent()
        depth += 1
    return False


def _story_footer(tag: str, tokens: frozenset[str]) -> bool:
    """True for the story's own footer ("entry-footer", ``<footer class="post-footer">``):
    the theme prints the post's date line there, under the text."""
    footer = tag == "footer" or "footer" in tokens
    return (
        footer
        and bool(tokens & patterns.STORY_FOOTER_TOKENS)
        and not (tokens - {"footer"}) & patterns.TIME_NEGATIVE_TOKENS
    )


def _in_furniture(element: HtmlElement) -> bool:
    """True when an <h1> sits in a menu, footer, aside, hidden box or the site's own header
    (a logo or a site name set as <h1>); an article's <header> is not furniture."""
    current = element
    depth = 0
    in_header = False
    while current is not None and depth < MAX_TIME_ANCESTORS:
        tag = current.tag if isinstance(current.tag, str) else ""
        if tag in ("nav", "footer", "aside") or is_hidden(current):
            return True
        if tag == "header":
            in_header = True
        elif tag in patterns.CONTENT_CONTAINER_TAGS:
            return False
        current = current.getparent()
        depth += 1
    return in_header


def _tokens(element: HtmlElement) -> frozenset[str]:
    value = " ".join(element.get(a) or "" for a in ("class", "id", "itemprop"))[:MAX_VALUE_CHARS]
    return frozenset(t for t in re.split(r"[\s\-_]+", value.lower()) if t)


def _dated_time_element(
    page: _Page, wanted: Callable[[HtmlElement], bool], *, update: bool = False
) -> Evidence[dt.datetime] | None:
    """The first dated <time> that ``wanted`` accepts and that is marked as the update or not,
    as ``update`` asks."""
    for element in page.times:
        raw = element.get("datetime")
        if not raw or bool(_tokens(element) & patterns.UPDATED_TOKENS) != update:
            continue
        if not wanted(element):
            continue
        found = _date_evidence(page.doc, raw, Source.TIME_ELEMENT)
        if found is not None:
            return found
    return None


def _date_time_element(page: _Page) -> Evidence[dt.datetime] | None:
    """The first dated <time> in the story that is not marked as the update time, nor in a
    teaser card of its own (``_in_teaser_article``)."""
    return _dated_time_element(
        page, lambda element: _in_article(element) and not _in_teaser_article(page, element)
    )


def _in_teaser_article(page: _Page, element: HtmlElement) -> bool:
    """True when an element's nearest ``<article>`` is another story's card: the page has
    ``<article>``s holding an ``<h1>`` (the story's), and this one neither holds an ``<h1>``
    nor sits in one that does (a liveblog's post inside its story stays the story's)."""
    stories = page.story_articles()
    if not stories:
        return False
    current = element.getparent()
    depth = 0
    nearest = True
    while current is not None and depth < MAX_TIME_ANCESTORS:
        if current.tag == "article":
            if current in stories:
                return False
            nearest = False
        current = current.getparent()
        depth += 1
    return not nearest


def _date_updated_time_element(page: _Page) -> Evidence[dt.datetime] | None:
    """The first dated <time> marked as the update (a blog theme's ``<time class="updated">``
    beside its ``entry-date published``), in the story and in no one else's item."""
    return _dated_time_element(
        page, lambda element: _in_article(element) and not _in_others_item(element), update=True
    )


def _date_page_time_element(page: _Page) -> Evidence[dt.datetime] | None:
    """A dated <time> outside any comment, teaser, sidebar or footer, on a page whose story
    sits in no <article> or classed container (``<div class="text-sm"><time>``)."""
    return _dated_time_element(page, lambda element: not _in_others_item(element))


def _date_visible(page: _Page) -> Evidence[dt.datetime] | None:
    doc = page.doc
    headline = doc.headline.value if doc.headline is not None else None
    if headline is None:
        return None
    start = next(
        (s.index for s in doc.segments if s.tag == "h1" and _overlap(s.text, headline) >= 0.8),
        None,
    )
    if start is None:
        return None
    for segment in doc.segments[start + 1 : start + 1 + VISIBLE_DATE_WINDOW]:
        if segment.words > MAX_DATE_LINE_WORDS:
            continue
        found = _date_evidence(doc, segment.text, Source.VISIBLE_TEXT)
        if found is not None:
            return found
    return None


def _date_url(page: _Page) -> Evidence[dt.datetime] | None:
    """A full date in the page's address: ``/2020/01/15/slug``, ``/2020-01-15-slug``."""
    doc = page.doc
    for url in (doc.url, doc.canonical_url.value if doc.canonical_url is not None else None):
        if not url:
            continue
        path = _url_path(url[:MAX_VALUE_CHARS])
        for match in _URL_DATE.finditer(path or ""):
            year, day = int(match.group("year")), int(match.group("day"))
            month = _url_month(match.group("month"))
            if month is None:
                continue
            try:
                value = dt.datetime(year, month, day)
            except ValueError:
                continue
            return _evidence(value, Source.URL, match.group(0).strip("/-"))
    return None


def _url_month(text: str) -> int | None:
    """The month of a URL's date segment: a number, or a month's name or abbreviation in any
    table ("12", "dec", "october", "mai")."""
    if text.isdigit():
        return int(text)
    found = MONTH_LOOKUP.get(text.lower())
    return found[0] if found is not None else None


def _url_day(page: _Page) -> tuple[dt.date, str] | None:
    """The full date in the page's address, with the segment it was read from."""
    found = _date_url(page)
    return (found.value.date(), found.raw) if found is not None else None


def _local_day(page: _Page, found: Evidence[dt.datetime]) -> Evidence[dt.datetime]:
    """A UTC publication time whose day is one off the date in the page's own address, as
    near midnight as a zone (UTC-12 to UTC+14) can explain: the address names the publisher's
    local day ("/2025/12/18/" stamped "2025-12-19T02:41Z"), so that day is kept, without a
    time (the local time is not known)."""
    value = found.value
    if value.utcoffset() != dt.timedelta(0) or found.source is Source.URL:
        return found
    url_day = _url_day(page)
    if url_day is None:
        return found
    day, raw = url_day
    utc_day = value.date()
    if abs((day - utc_day).days) != 1:
        return found
    if not (value - MAX_ZONE_BEHIND).date() <= day <= (value + MAX_ZONE_AHEAD).date():
        return found
    return _evidence(dt.datetime(day.year, day.month, day.day), Source.URL, raw)


def _author_names(page: _Page, value: Any) -> list[str]:
    """Names from a JSON-LD author value: a string, a Person/Organization, or a list of them."""
    names: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        item = page.resolve(item)
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, Mapping):
            name = item.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            if isinstance(name, Mapping):
                name = name.get("@value")
            if isinstance(name, str):
                names.append(name)
            else:
                parts = [item.get("givenName"), item.get("familyName")]
                joined = " ".join(p for p in parts if isinstance(p, str))
                if joined:
                    names.append(joined)
    return names


def _byline_json_ld(page: _Page) -> Evidence[Byline] | None:
    """The author of the story's node (``article``); else of the first article node with one;
    else of the page node (Yoast puts it on WebPage)."""
    story = page.article()
    if story is not None and story.types & patterns.ARTICLE_TYPES and "author" in story.data:
        names = _author_names(page, story.data.get("author"))
        if names:
            return _byline(page.doc, names, Source.JSON_LD, ", ".join(names))
    for wanted in (patterns.ARTICLE_TYPES, patterns.PAGE_TYPES - {"videoobject"}):
        for node in page.json_ld:
            if node.types & wanted and "author" in node.data:
                names = _author_names(page, node.data.get("author"))
                if names:
                    return _byline(page.doc, names, Source.JSON_LD, ", ".join(names))
    return None


def _byline_meta(page: _Page) -> Evidence[Byline] | None:
    for key in patterns.AUTHOR_META_NAMES:
        values = [v for v in page.metas.get(key, ()) if not _URL_LIKE.match(v.strip())]
        if values:
            values = list(dict.fromkeys(values))
            return _byline(page.doc, values, _meta_source(key), ", ".join(values))
    return None


def _byline_rel_author(page: _Page) -> Evidence[Byline] | None:
    names = [t for t in (_element_text(a) for a in page.author_links()) if t]
    names = list(dict.fromkeys(names))
    return _byline(page.doc, names, Source.MARKUP, ", ".join(names)) if names else None


def _byline_itemprop(page: _Page) -> Evidence[Byline] | None:
    names: list[str] = []
    for prop in patterns.AUTHOR_ITEMPROPS:
        for element in page.itemprops().get(prop, ()):
            if _in_others_item(element):
                continue  # a comment's or a teaser's author
            if element.tag == "meta":
                content = element.get("content")
                if content:
                    names.append(content)
                continue
            inner = element.xpath(".//*[@itemprop='name']")
            target = inner[0] if inner else element
            text = target.get("content") or _element_text(target)
            if text and len(text) <= MAX_AUTHOR_CHARS:
                names.append(text)
        if names:
            break
    names = list(dict.fromkeys(names))
    return _byline(page.doc, names, Source.MICRODATA, ", ".join(names)) if names else None


# An author text longer than this is a bio box, not a name.
MAX_AUTHOR_CHARS = 120

LANGUAGE_STRATEGIES: tuple[Callable[[_Page], Evidence[str] | None], ...] = (
    _language_html,
    _language_meta,
    _language_json_ld,
)
SITE_NAME_STRATEGIES: tuple[Callable[[_Page], Evidence[str] | None], ...] = (
    _site_name_og,
    _site_name_json_ld,
    _site_name_application,
    _site_name_title_home_link,
)
HEADLINE_STRATEGIES: tuple[Callable[[_Page], Evidence[str] | None], ...] = (
    _headline_visible,
    _headline_json_ld_stripped,
    _headline_meta("og:title", Source.OPENGRAPH),
    _headline_meta("twitter:title", Source.TWITTER),
    _headline_title,
)
CANONICAL_STRATEGIES: tuple[Callable[[_Page], Evidence[str] | None], ...] = (
    _canonical_link,
    _canonical_og,
)
IMAGE_STRATEGIES: tuple[Callable[[_Page], Evidence[str] | None], ...] = (
    _image_meta(("og:image", "og:image:url", "og:image:secure_url")),
    _image_json_ld,
    _image_meta(("twitter:image", "twitter:image:src")),
)
SECTION_STRATEGIES: tuple[Callable[[_Page], Evidence[tuple[str, ...]] | None], ...] = (
    _section_breadcrumbs,
    _section_breadcrumb_markup,
    _section_article_section,
    _section_meta,
)
PUBLISHED_STRATEGIES: tuple[Callable[[_Page], Evidence[dt.datetime] | None], ...] = (
    _date_json_ld("datePublished"),
    _date_meta(patterns.DATE_PUBLISHED_META),
    _date_itemprop("datepublished"),
    _date_time_element,
    _date_json_ld("dateCreated"),
    _date_visible,
    _date_page_time_element,
    _date_url,
)
UPDATED_STRATEGIES: tuple[Callable[[_Page], Evidence[dt.datetime] | None], ...] = (
    _date_json_ld("dateModified"),
    _date_meta(patterns.DATE_UPDATED_META),
    _date_itemprop("datemodified"),
    _date_updated_time_element,
)
BYLINE_STRATEGIES: tuple[Callable[[_Page], Evidence[Byline] | None], ...] = (
    _byline_json_ld,
    _byline_meta,
    _byline_rel_author,
    _byline_itemprop,
)

# The fields in the order they are filled: later strategies read earlier fields (the site
# name strips title suffixes, the language picks date words, the headline finds the date line).
FIELD_STRATEGIES: tuple[tuple[str, tuple[Callable[[_Page], Any], ...]], ...] = (
    ("language", LANGUAGE_STRATEGIES),
    ("site_name", SITE_NAME_STRATEGIES),
    ("headline", HEADLINE_STRATEGIES),
    ("canonical_url", CANONICAL_STRATEGIES),
    ("image", IMAGE_STRATEGIES),
    ("section_path", SECTION_STRATEGIES),
    ("published", PUBLISHED_STRATEGIES),
    ("updated", UPDATED_STRATEGIES),
    ("byline", BYLINE_STRATEGIES),
)


def _first(page: _Page, strategies: Iterable[Callable[[_Page], Any]]) -> Any:
    for strategy in strategies:
        found = strategy(page)
        if found is not None:
            return found
    return None


def _zoned(
    page: _Page,
    strategies: Sequence[Callable[[_Page], Evidence[dt.datetime] | None]],
    found: Evidence[dt.datetime],
) -> Evidence[dt.datetime]:
    """A date and time stated without a zone (JSON-LD's ``2023-04-15T10:00:00``) takes the
    zone of another source that states the same wall time with one (``article:published_time``
    ``2023-04-15T10:00:00+02:00``): the same moment, told in full. A date without a time, or
    another time, is left as it is (no zone is guessed)."""
    value = found.value
    if value.tzinfo is not None or value.time() == dt.time(0, 0):
        return found
    for strategy in strategies:
        other = strategy(page)
        if (
            other is not None
            and other.value.tzinfo is not None
            and other.value.replace(tzinfo=None) == value
        ):
            return other
    return found


def _read_metadata(doc: Document) -> None:
    """Fill each unset metadata field from the markup, first hit of its strategies winning."""
    if doc.root is None:
        return
    page = _collect(doc, doc.root)
    for field, strategies in FIELD_STRATEGIES:
        if getattr(doc, field) is None:
            found = _first(page, strategies)
            if found is not None:
                if field == "published":
                    found = _local_day(page, _zoned(page, PUBLISHED_STRATEGIES, found))
                elif field == "updated":
                    found = _zoned(page, UPDATED_STRATEGIES, found)
                setattr(doc, field, found)


metadata = stage(NAME, provides={"metadata"})(_read_metadata)
