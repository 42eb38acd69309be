"""newsparse: turn scraped news pages (HTML or plain page text) into clean, typed articles.

>>> import newsparse
>>> article = newsparse.parse("<html><body><article><h1>Rain is coming</h1>"
...     "<p>WELLINGTON (AP) — Forecasters said on Monday that heavy rain would reach the capital "
...     "by the evening, and asked residents to stay home.</p></article></body></html>")
>>> article.headline
'Rain is coming'
>>> article.dateline.text
'WELLINGTON (AP)'
>>> article.paragraphs[0].text[:11]
'Forecasters'
"""

from __future__ import annotations

import os
from typing import Any

from newsparse.assemble import assemble
from newsparse.defaults import default_pipeline
from newsparse.document import Document
from newsparse.errors import InputError, NewsparseError, PipelineError
from newsparse.gcpause import collection_paused
from newsparse.load import Kind, load
from newsparse.model import (
    Article,
    Block,
    BlockKind,
    Byline,
    Caption,
    Dateline,
    Provenance,
    PullQuote,
    RelatedLink,
    Removal,
    Source,
)
from newsparse.pipeline import FunctionStage, Pipeline, Stage, stage

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Byline",
    "Caption",
    "Dateline",
    "Document",
    "FunctionStage",
    "InputError",
    "NewsparseError",
    "Pipeline",
    "PipelineError",
    "Provenance",
    "PullQuote",
    "RelatedLink",
    "Removal",
    "Source",
    "Stage",
    "default_pipeline",
    "parse",
    "parse_document",
    "parse_file",
    "stage",
]

__version__ = "0.1.0"

_DEFAULT = default_pipeline()


def parse_document(
    source: Any, *, url: str | None = None, kind: Kind = "auto", pipeline: Pipeline | None = None
) -> Document:
    """Run the pipeline and return the working Document (what ``explain`` shows)."""
    if pipeline is not None and not isinstance(pipeline, Pipeline):
        raise TypeError(f"pipeline must be a newsparse.Pipeline, not {type(pipeline).__name__}")
    with collection_paused():
        doc = load(source, url=url, kind=kind)
        return (pipeline or _DEFAULT).run(doc)


def parse(
    source: Any, *, url: str | None = None, kind: Kind = "auto", pipeline: Pipeline | None = None
) -> Article:
    """Parse one page (HTML or page text) into an Article.

    ``source`` is a ``str`` (HTML or page text, told apart unless ``kind`` forces it), ``bytes``
    (decoded from BOM, declared charset, UTF-8, then detection), an lxml element or a
    ``bs4.BeautifulSoup``. Never touches the network. Raises ``TypeError`` for another type.
    Python's cyclic garbage collector is paused while the page is parsed, and turned back on
    after, if it was on (see ``newsparse.gcpause``).
    """
    with collection_paused():
        return assemble(parse_document(source, url=url, kind=kind, pipeline=pipeline))


def parse_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    kind: Kind = "auto",
    pipeline: Pipeline | None = None,
) -> Article:
    """Parse a file; ``.txt`` files are page text, other files are sniffed."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise InputError(f"cannot read {os.fspath(path)!r}: {error.strerror or error}") from error
    if kind == "auto" and os.fspath(path).endswith(".txt"):
        kind = "text"
    if kind == "text":
        from newsparse.load import decode_bytes

        return parse(decode_bytes(data), url=url, kind="text", pipeline=pipeline)
    return parse(data, url=url, kind=kind, pipeline=pipeline)
