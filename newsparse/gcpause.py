"""Pause Python's cyclic garbage collector while one page is parsed.

A page allocates tens of thousands of short-lived objects (segments, lists, lxml proxies) and
almost no reference cycles: the collector's generation-0 passes, triggered every few hundred
allocations, found nothing to free and cost about a sixth of a page's CPU time. Reference
counting still frees everything at once; the few cycles a page leaves are collected by the
first pass after the page. A collector that is off when a page starts (the caller's choice,
or another thread's page under way) is left as it is; the pause that turned it off turns it
back on.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collection_paused"]


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Disable the cyclic collector for the block, if it was enabled, and enable it after
    (also when the block raises). Nested or concurrent pauses leave it as the outermost found it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
