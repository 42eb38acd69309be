"""newsparse: turn scraped news pages (HTML or plain page text) into clean, typed articles."""

from __future__ import annotations

from typing import Any

from newsparse.model import Article

__all__ = ["Article", "parse"]


def parse(source: Any, *, url: str | None = None, kind: str = "auto", pipeline: Any = None) -> Article:
    """Placeholder until the pipeline lands: returns an empty Article."""
    return Article(url=url)
