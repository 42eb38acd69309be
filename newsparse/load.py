"""Turn what the caller hands us (str, bytes, an lxml tree, a BeautifulSoup) into a Document.

Decoding never raises: bytes are decoded by BOM, then the declared charset, then UTF-8, then
detection, and as a last resort with replacement characters. The input kind is sniffed unless
the caller forces it.
"""

from __future__ import annotations

import codecs
import re
from typing import Any, Literal

from newsparse.document import Document, SourceKind
from newsparse.errors import InputError
from newsparse.htmlblocks import html_document
from newsparse.textblocks import text_document

__all__ = ["Kind", "decode_bytes", "load", "sniff_kind"]

Kind = Literal["auto", "html", "text"]

# How much of the start of a byte string to search for a declared charset: browsers look at
# the first 1024 bytes; pages with long <head> preambles put it a little later.
CHARSET_SNIFF_BYTES = 4096
# How much of the start of a string to look at when deciding whether it is HTML.
KIND_SNIFF_CHARS = 2048
# Markup tags that make a string HTML rather than page text (a page text may quote one tag).
MIN_HTML_TAGS = 3

# <meta charset="utf-8"> / <meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I
)
# <?xml version="1.0" encoding="windows-1252"?>
_XML_ENCODING = re.compile(
    rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""", re.I
)
# An opening tag of a common HTML element: "<html", "<div class=...", "<!DOCTYPE html"
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|span|a|meta|title|script|article|section|br|li|ul|h[1-6]|table|img)[\s>/]",
    re.I,
)
# Control characters other than tab and newlines: NUL bytes and friends break lxml and readers.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _known_codec(name: bytes) -> str | None:
    try:
        codec = codecs.lookup(name.decode("ascii", "ignore")).name
    except LookupError:
        return None
    # A page declaring latin-1 almost always means windows-1252 (the WHATWG rule browsers follow).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def decode_bytes(data: bytes) -> str:
    """Decode page bytes: BOM, declared charset, UTF-8, detection, then cp1252 with replacement."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    head = data[:CHARSET_SNIFF_BYTES]
    declared = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if declared:
        codec = _known_codec(declared.group(1))
        if codec is not None and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall through to UTF-8 and detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[: 1 << 20]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:
        pass
    return data.decode("cp1252", errors="replace")


def sniff_kind(text: str) -> SourceKind:
    """``html`` if the start of the string is markup, else ``text``."""
    head = text[:KIND_SNIFF_CHARS]
    stripped = head.lstrip()
    if stripped.startswith("<") and _HTML_TAG.match(stripped):
        return "html"
    for count, _ in enumerate(_HTML_TAG.finditer(head), start=1):
        if count >= MIN_HTML_TAGS:
            return "html"
    return "text"


def clean_text(text: str) -> str:
    """Drop NUL and other control characters, which no page means to show."""
    return _CONTROL_CHARS.sub("", text)


def load(source: Any, *, url: str | None = None, kind: Kind = "auto") -> Document:
    """Build the Document for ``source``; raise TypeError for an unsupported argument type."""
    if kind not in ("auto", "html", "text"):
        raise InputError(f"kind must be 'auto', 'html' or 'text', not {kind!r}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = decode_bytes(bytes(source))
    if isinstance(source, str):
        text = clean_text(source)
        chosen: SourceKind = sniff_kind(text) if kind == "auto" else kind
        if chosen == "text":
            return text_document(text, url=url)
        return html_document(text, url=url)
    if _is_lxml(source):
        if kind == "text":
            raise InputError("an lxml element is HTML; kind='text' does not apply")
        return html_document(source, url=url)
    if _is_soup(source):
        if kind == "text":
            raise InputError("a BeautifulSoup is HTML; kind='text' does not apply")
        return html_document(clean_text(str(source)), url=url)
    raise TypeError(
        "parse() takes str, bytes, an lxml element or a bs4.BeautifulSoup, "
        f"not {type(source).__name__}"
    )


def _is_lxml(source: Any) -> bool:
    try:
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml is a dependency
        return False
    return isinstance(source, (etree._Element, etree._ElementTree))


def _is_soup(source: Any) -> bool:
    try:
        from bs4 import BeautifulSoup
    except ImportError:  # pragma: no cover - bs4 is a dependency
        return False
    return isinstance(source, BeautifulSoup)
