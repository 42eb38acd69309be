"""The systems the benchmark runs, the input modes, and how to build each one's page function.

An input mode is ``html`` (the page's bytes) or ``text-<renderer>`` (the page rendered to page
text by one of ``bench.render``'s renderers). Peers take HTML only; newsparse and the all-text
baseline take both.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Literal

import attrs

from bench.peers import PEER_FACTORIES, PEER_FIELDS, PEER_MODULES
from bench.records import Extraction
from bench.render import RENDERERS, render_innertext

__all__ = [
    "MODES",
    "SYSTEMS",
    "System",
    "available",
    "make_extractor",
    "render_for_mode",
]

HTML_MODE = "html"
TEXT_MODES = tuple(f"text-{name}" for name in RENDERERS)
MODES = (HTML_MODE, *TEXT_MODES)

# A page function: the page (bytes in html mode, page text in a text mode) and its URL.
PageFunction = Callable[[bytes | str, str | None], Extraction]


@attrs.frozen
class System:
    """One system: its name, which fields it reports, and whether it reads page text."""

    name: str
    fields: frozenset[str]
    reads_text: bool
    module: str | None  # the import that must be installed for it to run; None for our own


ALL_FIELDS = frozenset({"body", "title", "author", "date"})

SYSTEMS: dict[str, System] = {
    "newsparse": System("newsparse", ALL_FIELDS, reads_text=True, module=None),
    "alltext": System("alltext", frozenset({"body"}), reads_text=True, module=None),
    **{
        name: System(name, PEER_FIELDS[name], reads_text=False, module=PEER_MODULES[name])
        for name in PEER_FACTORIES
    },
}


def available(name: str) -> bool:
    """Whether a system's library is installed (our own systems always are)."""
    module = SYSTEMS[name].module
    return module is None or importlib.util.find_spec(module) is not None


def render_for_mode(mode: str, html: bytes) -> bytes | str:
    """The system's input for a mode: the bytes themselves, or the rendered page text."""
    if mode == HTML_MODE:
        return html
    return RENDERERS[mode.removeprefix("text-")](html)


def _make_newsparse(mode: str) -> PageFunction:
    import newsparse

    kind: Literal["html", "text"] = "html" if mode == HTML_MODE else "text"

    def run(source: bytes | str, url: str | None) -> Extraction:
        data = newsparse.parse(source, url=url, kind=kind).to_dict()
        byline = data.get("byline") or {}
        dateline = data.get("dateline") or {}
        return Extraction(
            body="\n".join(p["text"] for p in data.get("paragraphs") or ()),
            title=data.get("headline"),
            authors=[*byline.get("people", ()), *byline.get("organizations", ())],
            date=data.get("published"),
            captions=[c["text"] or c["credit"] for c in data.get("captions") or ()],
            pull_quotes=[q["text"] for q in data.get("pull_quotes") or ()],
            dateline=dateline.get("text"),
            byline=byline.get("text"),
            related=[r["title"] for r in data.get("related_links") or ()],
        )

    return run


def _make_alltext(mode: str) -> PageFunction:
    """Keep everything: the innerText rendering of the HTML, or the page text as given."""

    def run(source: bytes | str, url: str | None) -> Extraction:
        if isinstance(source, bytes):
            return Extraction(body=render_innertext(source))
        return Extraction(body=source)

    return run


def make_extractor(name: str, mode: str) -> PageFunction:
    """Import a system and return its page function for one mode."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; valid: {', '.join(MODES)}")
    if name == "newsparse":
        return _make_newsparse(mode)
    if name == "alltext":
        return _make_alltext(mode)
    if name not in PEER_FACTORIES:
        raise ValueError(f"unknown system {name!r}; valid: {', '.join(SYSTEMS)}")
    if mode != HTML_MODE:
        raise ValueError(f"{name} reads HTML only, not {mode}")
    peer = PEER_FACTORIES[name]()

    def run(source: bytes | str, url: str | None) -> Extraction:
        assert isinstance(source, bytes)
        return peer(source, url)

    return run
