"""The typed values the benchmark passes between its modules: pages, gold, outputs, outcomes.

Absent is ``None`` or an empty tuple, never ``""``.
"""

from __future__ import annotations

import enum
import gzip
from pathlib import Path
from typing import Any

import attrs


def _none_if_blank(value: object) -> str | None:
    """Gold files write a missing value as ``""``, ``null`` or whitespace: all mean absent."""
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _str_tuple(values: object) -> tuple[str, ...]:
    if not values:
        return ()
    if isinstance(values, str):
        return (values,)
    return tuple(str(v) for v in values if str(v).strip())  # type: ignore[attr-defined]


@attrs.frozen
class Gold:
    """What one benchmark's authors say a page contains; ``None`` where they say nothing."""

    body: str | None = attrs.field(default=None, converter=_none_if_blank)
    with_snippets: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    without_snippets: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    title: str | None = attrs.field(default=None, converter=_none_if_blank)
    author: str | None = attrs.field(default=None, converter=_none_if_blank)
    date: str | None = attrs.field(default=None, converter=_none_if_blank)


@attrs.frozen
class Page:
    """One benchmark page: where its HTML is, the URL it was fetched from, and its gold."""

    corpus: str
    page_id: str
    path: Path
    url: str | None
    gold: Gold

    @property
    def key(self) -> str:
        """A unique name across corpora: ``corpus/page_id``."""
        return f"{self.corpus}/{self.page_id}"

    def html(self) -> bytes:
        """The page's raw HTML bytes (the corpora store them gzipped)."""
        if self.path.suffix == ".gz":
            with gzip.open(self.path, "rb") as handle:
                return handle.read()
        return self.path.read_bytes()


@attrs.frozen
class Extraction:
    """What one system returned for one page, reduced to the fields the benchmark scores.

    The last five fields are only filled by newsparse, for the silver-label scores.
    """

    body: str = ""
    title: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    date: str | None = None
    captions: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    pull_quotes: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    dateline: str | None = None
    byline: str | None = None
    related: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)

    def to_wire(self) -> dict[str, Any]:
        """A JSON-ready form, for the pipe between a worker process and the runner."""
        return {
            "body": self.body,
            "title": self.title,
            "authors": list(self.authors),
            "date": self.date,
            "captions": list(self.captions),
            "pull_quotes": list(self.pull_quotes),
            "dateline": self.dateline,
            "byline": self.byline,
            "related": list(self.related),
        }

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            body=str(data.get("body") or ""),
            title=_none_if_blank(data.get("title")),
            authors=data.get("authors") or (),
            date=_none_if_blank(data.get("date")),
            captions=data.get("captions") or (),
            pull_quotes=data.get("pull_quotes") or (),
            dateline=_none_if_blank(data.get("dateline")),
            byline=_none_if_blank(data.get("byline")),
            related=data.get("related") or (),
        )


class Status(str, enum.Enum):
    """How one page went for one system."""

    OK = "ok"
    ERROR = "error"  # the system raised: scored as an empty output
    TIMEOUT = "timeout"  # the page took longer than the per-page limit: the worker was killed
    CRASH = "crash"  # the worker process died on the page (segfault, out of memory)


@attrs.frozen
class Outcome:
    """One system's run on one page: status, output, time and memory."""

    page_key: str
    status: Status
    extraction: Extraction = Extraction()
    ms: float | None = None  # wall time of the system call alone, None when it never returned
    cpu_ms: float | None = None  # CPU time of this process during that call
    rss_kb: int | None = None  # the worker's peak resident memory so far
    error: str | None = None
    network_attempts: int = 0  # blocked socket calls made while on this page


@attrs.frozen
class Task:
    """One worker's job: one system, in one input mode, over one corpus."""

    system: str
    mode: str
    corpus: str

    @property
    def name(self) -> str:
        return f"{self.system}__{self.mode}__{self.corpus}"
