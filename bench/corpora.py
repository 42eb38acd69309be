"""Loaders for the four benchmark corpora in ``../shared/corpora``, as typed ``Page`` values.

The corpora are read in place, never copied: see ``../shared/README.md`` for their formats.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.records import Gold, Page

__all__ = [
    "CORPORA",
    "CorpusMissingError",
    "default_corpora_root",
    "load_corpus",
    "sample",
]

# Readability.js's own test harness parses every test page as if fetched from this URL.
READABILITY_TEST_URL = "http://fakehost/test/page.html"


class CorpusMissingError(FileNotFoundError):
    """A corpus folder is not where the benchmark expects it."""


def default_corpora_root() -> Path:
    """``../shared/corpora`` next to the repository root this file lives in."""
    return (Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora").resolve()


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _load_wcxb(root: Path) -> list[Page]:
    """WCXB dev split, article pages: ``ground-truth/NNNN.json`` beside ``html/NNNN.html.gz``."""
    pages = []
    for gold_path in sorted((root / "ground-truth").glob("*.json")):
        data = _read_json(gold_path)
        truth = data.get("ground_truth") or {}
        page_id = gold_path.stem
        pages.append(
            Page(
                corpus="wcxb-dev",
                page_id=page_id,
                path=root / "html" / f"{page_id}.html.gz",
                url=data.get("url") or None,
                gold=Gold(
                    body=truth.get("main_content"),
                    with_snippets=truth.get("with") or (),
                    without_snippets=truth.get("without") or (),
                    title=truth.get("title"),
                    author=truth.get("author"),
                    date=truth.get("publish_date"),
                ),
            )
        )
    return pages


def _load_scrapinghub(root: Path) -> list[Page]:
    """scrapinghub/article-extraction-benchmark: ``ground-truth.json`` maps id to body and URL."""
    data = _read_json(root / "ground-truth.json")
    return [
        Page(
            corpus="scrapinghub",
            page_id=page_id,
            path=root / "html" / f"{page_id}.html.gz",
            url=item.get("url") or None,
            gold=Gold(body=item.get("articleBody")),
        )
        for page_id, item in sorted(data.items())
    ]


def _load_trafilatura(root: Path) -> list[Page]:
    """trafilatura's eval set: ``evaldata.json`` maps a URL (or label) to snippets and metadata."""
    data = _read_json(root / "evaldata.json")
    pages = []
    for key, item in data.items():
        file_name = str(item["file"])
        pages.append(
            Page(
                corpus="trafilatura-eval",
                page_id=file_name.split(".")[0],
                path=root / "html" / file_name,
                # Most keys are the page's URL; a few are labels ("hard::site-name.html").
                url=key.strip() if key.startswith(("http://", "https://")) else None,
                gold=Gold(
                    with_snippets=item.get("with") or (),
                    without_snippets=item.get("without") or (),
                    title=item.get("title"),
                    author=item.get("author"),
                    date=item.get("date"),
                ),
            )
        )
    return sorted(pages, key=lambda page: page.page_id)


def _load_readability(root: Path) -> list[Page]:
    """Mozilla Readability's test pages: one folder per page with ``expected-metadata.json``."""
    pages = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        meta_path = folder / "expected-metadata.json"
        if not meta_path.exists():
            continue
        meta = _read_json(meta_path)
        pages.append(
            Page(
                corpus="readability-pages",
                page_id=folder.name,
                path=folder / "source.html.gz",
                url=READABILITY_TEST_URL,
                gold=Gold(
                    title=meta.get("title"),
                    author=meta.get("byline"),
                    date=meta.get("publishedTime"),
                ),
            )
        )
    return pages


CORPORA: dict[str, Callable[[Path], list[Page]]] = {
    "wcxb-dev": _load_wcxb,
    "scrapinghub": _load_scrapinghub,
    "trafilatura-eval": _load_trafilatura,
    "readability-pages": _load_readability,
}


def load_corpus(name: str, root: Path | None = None) -> list[Page]:
    """All pages of one corpus, in a stable order; raises ``CorpusMissingError`` if absent."""
    if name not in CORPORA:
        raise ValueError(f"unknown corpus {name!r}; valid: {', '.join(CORPORA)}")
    folder = (root or default_corpora_root()) / name
    if not folder.is_dir():
        raise CorpusMissingError(f"corpus folder not found: {folder}")
    return CORPORA[name](folder)


def sample(pages: Sequence[Page], limit: int | None) -> list[Page]:
    """``limit`` pages spread evenly over the corpus (deterministic), or all when ``None``."""
    if limit is None or limit >= len(pages):
        return list(pages)
    if limit <= 0:
        return []
    step = len(pages) / limit
    return [pages[int(i * step)] for i in range(limit)]
