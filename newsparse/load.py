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
from newsparse.mojibake import repair_mojibake
from newsparse.textblocks import text_document

__all__ = ["Kind", "decode_bytes", "load", "page_codec", "sniff_kind"]

Kind = Literal["auto", "html", "text"]

# How much of the start of a byte string to search for a declared charset: browsers look at
# the first 1024 bytes; pages with long <head> preambles put it a little later.
CHARSET_SNIFF_BYTES = 4096
# UTF-8 with a few bad bytes stays UTF-8 when at least this many good non-ASCII characters
# stand for each bad byte; a Latin-1 page read as UTF-8 has no good ones.
MIN_GOOD_PER_BAD_UTF8 = 10
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
# Control characters other than tab and newlines (NUL bytes and friends break lxml and readers),
# and the invisible soft hyphen, zero-width space, word joiner and stray byte-order mark, which
# split words a reader sees whole ("auto\xadnome").
_DROPPED_CHARS = (
    "".join(map(chr, range(0x00, 0x09))) + "\x0b\x0c" + "".join(map(chr, range(0x0E, 0x20)))
    + "\x7f\xad\u200b\u2060\ufeff"
)
_CONTROL_CHARS = re.compile(f"[{re.escape(_DROPPED_CHARS)}]")
# The ASCII ones as bytes, and the others: text decoded from UTF-8 holds an ASCII character
# exactly when its bytes hold that byte (UTF-8 writes other characters with bytes above 127).
_DROPPED_BYTES = tuple(char.encode("ascii") for char in _DROPPED_CHARS if char.isascii())
_DROPPED_WIDE = tuple(char for char in _DROPPED_CHARS if not char.isascii())
# A lone UTF-16 surrogate ("\ud800"): only a str built from broken data holds one, and no
# UTF-8 writer can encode it, so the output could not be saved.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")

# The encodings browsers decode pages with (the WHATWG Encoding Standard), keyed by Python codec
# name, each mapped to the codec to decode with: WHATWG reads some labels as their superset
# (latin-1 and ascii as windows-1252, gb2312 as gbk...). A page declaring anything else
# (utf-7, EBCDIC, or Python's rot13, base64, zlib and "undefined", which are no text encodings
# and made bytes.decode raise) is decoded as if it declared nothing, as a browser does.
# UTF-16 and UTF-32 are absent: a declaration we could read as ASCII cannot be true.
_PAGE_CODECS = {
    **{
        codec: codec
        for codec in [
            "utf-8",
            "cp866",
            "iso8859-2",
            "iso8859-3",
            "iso8859-4",
            "iso8859-5",
            "iso8859-6",
            "iso8859-7",
            "iso8859-8",
            "iso8859-10",
            "iso8859-13",
            "iso8859-14",
            "iso8859-15",
            "iso8859-16",
            "koi8-r",
            "koi8-u",
            "mac-roman",
            "mac-cyrillic",
            "cp874",
            "cp1250",
            "cp1251",
            "cp1252",
            "cp1253",
            "cp1254",
            "cp1255",
            "cp1256",
            "cp1257",
            "cp1258",
            "gbk",
            "gb18030",
            "big5hkscs",
            "euc_jp",
            "iso2022_jp",
            "cp932",
            "cp949",
        ]
    },
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}
# WHATWG labels that Python's codec registry does not know: "windows-874", "x-sjis"...
_LABEL_ALIASES = {
    "windows-874": "cp874",
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "x-mac-cyrillic": "mac-cyrillic",
    "iso-8859-8-i": "iso8859-8",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _known_codec(name: bytes) -> str | None:
    """The codec to decode a page declaring ``name`` with, or None for a label browsers ignore."""
    return page_codec(name.decode("ascii", "ignore"))


def page_codec(label: str) -> str | None:
    """The codec a browser decodes a page labelled ``label`` with (a ``<meta charset>``, an HTTP
    ``charset=``), or None for a label it ignores: Python's "rot13" or "undefined" made
    ``bytes.decode`` raise, and "utf-7" read "+AGA-" as an escape."""
    label = label.strip().lower()
    try:
        codec = codecs.lookup(_LABEL_ALIASES.get(label, label)).name
    except LookupError:
        return None
    return _PAGE_CODECS.get(codec)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a stray bad byte or two (a cut-off character, a pasted symbol): the text
    with U+FFFD for the bad bytes, when correct multi-byte characters far outnumber them."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if char > "\x7f") - bad
    return text if good >= MIN_GOOD_PER_BAD_UTF8 * bad else None


def decode_bytes(data: bytes) -> str:
    """Decode page bytes: BOM, declared charset, UTF-8, detection, then cp1252 with replacement."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, bytes | None]:
    """``decode_bytes``, and the bytes that are exactly the text's UTF-8 when it was read
    as UTF-8 without a replacement (None otherwise): the HTML parser reads them as they are,
    rather than having the text encoded again."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = body.decode(encoding, errors="replace")
            exact = encoding == "utf-8" and "\ufffd" not in text
            return text, body if exact else None
    head = data[:CHARSET_SNIFF_BYTES]
    declared = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if declared:
        codec = _known_codec(declared.group(1))
        if codec is not None:
            try:
                return data.decode(codec), data if codec == "utf-8" else None
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall through to UTF-8 and detection
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    return _detected(data), None


def _detected(data: bytes) -> str:
    """Bytes that are not UTF-8: mostly UTF-8 with a bad byte or two, detection, or cp1252."""
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
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
    """Drop NUL and other control characters, which no page means to show, and replace lone
    surrogates with U+FFFD (the replacement character), so the output always encodes as UTF-8."""
    return _clean(text, utf8=None)


def _clean(text: str, *, utf8: bytes | None) -> str:
    """``clean_text``; ``utf8`` is the text's exact UTF-8 when it was decoded from it.

    Such text holds no lone surrogate, which the UTF-8 decoder refuses, so its encoding test is
    skipped; and its ASCII control characters are looked for in the bytes: a byte scan is
    several times faster than one of a str holding a character beyond Latin-1 (most pages),
    and the str scan for NUL is the slowest of all."""
    # Most pages hold none of them: a substring test per character (a fast C scan) is a
    # fraction of the cost of a regex pass over a 200 kB page.
    if utf8 is not None:
        if any(byte in utf8 for byte in _DROPPED_BYTES) or any(
            char in text for char in _DROPPED_WIDE
        ):
            text = _CONTROL_CHARS.sub("", text)
        return text
    if any(char in text for char in _DROPPED_CHARS):
        text = _CONTROL_CHARS.sub("", text)
    if text.isascii():
        return text
    try:
        text.encode("utf-8")  # fails only on a lone surrogate, at C speed
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
    return text


def load(source: Any, *, url: str | None = None, kind: Kind = "auto") -> Document:
    """Build the Document for ``source``; raise TypeError for an unsupported argument type."""
    if not isinstance(kind, str):
        raise TypeError(f"kind must be a str ('auto', 'html' or 'text'), not {type(kind).__name__}")
    if kind not in ("auto", "html", "text"):
        raise InputError(f"kind must be 'auto', 'html' or 'text', not {kind!r}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if url is not None:
        url = _LONE_SURROGATE.sub("\ufffd", url)  # the Article is always written out as UTF-8
    utf8: bytes | None = None  # the text's UTF-8, while the text is the bytes' exact decoding
    if isinstance(source, (bytes, bytearray, memoryview)):
        source, utf8 = _decode(bytes(source))
    if isinstance(source, str):
        text = repair_mojibake(_clean(source, utf8=utf8))
        chosen: SourceKind = sniff_kind(text) if kind == "auto" else kind
        if chosen == "text":
            return text_document(text, url=url)
        return html_document(text, url=url, utf8=utf8 if text is source else None)
    if _is_lxml(source):
        if kind == "text":
            raise InputError("an lxml element is HTML; kind='text' does not apply")
        return html_document(source, url=url)
    if _is_soup(source):
        if kind == "text":
            raise InputError("a BeautifulSoup is HTML; kind='text' does not apply")
        return html_document(repair_mojibake(clean_text(str(source))), url=url)
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
