"""The peer extractors, each called as its documentation says, reduced to an ``Extraction``.

Peers ship without type stubs: their calls are isolated here, with narrow ``type: ignore``s.
None of them may fetch anything: images, feeds and downloads are switched off where the
library offers a switch, and the worker blocks sockets besides (see ``bench.worker``).
Each ``make_*`` imports its library and returns the per-page function, so that import time
is not counted as page time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import lxml.html

from bench.records import Extraction
from bench.render import decode_html, parse_html, render_wet

__all__ = ["PEER_FACTORIES", "PEER_FIELDS"]

Extractor = Callable[[bytes, str | None], Extraction]

# jusText needs the page's language for its stop-word list: html lang codes to its list names.
# Pages whose language is not in this table are read with the English list.
JUSTEXT_LANGUAGES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian",
    "fi": "Finnish", "fr": "French", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian",
    "it": "Italian", "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch", "no": "Norwegian_Bokmal",
    "nb": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish",
    "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
}  # fmt: skip
JUSTEXT_DEFAULT_LANGUAGE = "English"


def _iso(value: object) -> str | None:
    """A date as an ISO string; strings are kept as the library wrote them."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _names(value: object) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


def make_trafilatura() -> Extractor:
    """trafilatura's ``bare_extraction`` with metadata, tables kept, comments left out."""
    import trafilatura

    def run(html: bytes, url: str | None) -> Extraction:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
        if result is None:
            return Extraction()
        data: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
        author = data.get("author")
        # trafilatura joins several authors with "; ".
        authors = tuple(a.strip() for a in author.split(";")) if author else ()
        return Extraction(
            body=data.get("text") or "",
            title=data.get("title"),
            authors=authors,
            date=_iso(data.get("date")),
        )

    return run


def make_newspaper4k() -> Extractor:
    """newspaper4k's ``Article`` fed the HTML (no download), image fetching off."""
    import newspaper  # type: ignore[import-untyped]

    def run(html: bytes, url: str | None) -> Extraction:
        article = newspaper.Article(url or "http://localhost/", fetch_images=False)
        article.download(input_html=decode_html(html))
        article.parse()
        return Extraction(
            body=article.text or "",
            title=article.title or None,
            authors=_names(article.authors),
            date=_iso(article.publish_date),
        )

    return run


def make_readability() -> Extractor:
    """readability-lxml: ``summary()`` rendered to text, ``short_title()`` as the title."""
    from readability import Document  # type: ignore[import-untyped]

    def run(html: bytes, url: str | None) -> Extraction:
        document = Document(decode_html(html), url=url)
        summary = document.summary(html_partial=True)
        return Extraction(body=render_wet(summary), title=document.short_title() or None)

    return run


def make_goose3() -> Extractor:
    """goose3 with image fetching off, fed the HTML."""
    from goose3 import Goose  # type: ignore[import-untyped]

    goose = Goose({"enable_image_fetching": False, "http_timeout": 1})

    def run(html: bytes, url: str | None) -> Extraction:
        article = goose.extract(url=url, raw_html=decode_html(html))
        return Extraction(
            body=article.cleaned_text or "",
            title=article.title or None,
            authors=_names(article.authors),
            date=_iso(article.publish_date),
        )

    return run


def make_justext() -> Extractor:
    """jusText with the stop-word list of the page's declared language (English otherwise)."""
    import justext  # type: ignore[import-untyped]

    stoplists: dict[str, frozenset[str]] = {}

    def stoplist(root: lxml.html.HtmlElement | None) -> frozenset[str]:
        lang = (root.get("lang") or "") if root is not None else ""
        name = JUSTEXT_LANGUAGES.get(lang.split("-")[0].strip().lower(), JUSTEXT_DEFAULT_LANGUAGE)
        if name not in stoplists:
            stoplists[name] = frozenset(justext.get_stoplist(name))
        return stoplists[name]

    def run(html: bytes, url: str | None) -> Extraction:
        paragraphs = justext.justext(html, stoplist(parse_html(html)))
        body = "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
        return Extraction(body=body)

    return run


def make_boilerpy3() -> Extractor:
    """boilerpy3's ``ArticleExtractor``: content and the document title."""
    from boilerpy3 import extractors  # type: ignore[import-untyped]

    extractor = extractors.ArticleExtractor(raise_on_failure=False)

    def run(html: bytes, url: str | None) -> Extraction:
        document = extractor.get_doc(decode_html(html))
        return Extraction(body=document.content or "", title=document.title or None)

    return run


def make_resiliparse() -> Extractor:
    """resiliparse's ``extract_plain_text`` with its main-content heuristics on."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def run(html: bytes, url: str | None) -> Extraction:
        tree = HTMLTree.parse(decode_html(html))
        body = extract_plain_text(tree, main_content=True, preserve_formatting=True)
        return Extraction(body=body or "", title=tree.title or None)

    return run


PEER_FACTORIES: dict[str, Callable[[], Extractor]] = {
    "trafilatura": make_trafilatura,
    "newspaper4k": make_newspaper4k,
    "readability": make_readability,
    "goose3": make_goose3,
    "justext": make_justext,
    "boilerpy3": make_boilerpy3,
    "resiliparse": make_resiliparse,
}

# Which scored fields each peer reports at all (an unsupported field is shown as "-", not 0).
PEER_FIELDS: dict[str, frozenset[str]] = {
    "trafilatura": frozenset({"body", "title", "author", "date"}),
    "newspaper4k": frozenset({"body", "title", "author", "date"}),
    "readability": frozenset({"body", "title"}),
    "goose3": frozenset({"body", "title", "author", "date"}),
    "justext": frozenset({"body"}),
    "boilerpy3": frozenset({"body", "title"}),
    "resiliparse": frozenset({"body", "title"}),
}

# The import name of each peer, to check that it is installed and that newsparse never loads it.
PEER_MODULES: dict[str, str] = {
    "trafilatura": "trafilatura",
    "newspaper4k": "newspaper",
    "readability": "readability",
    "goose3": "goose3",
    "justext": "justext",
    "boilerpy3": "boilerpy3",
    "resiliparse": "resiliparse",
}
