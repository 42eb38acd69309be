"""The cyclic collector is paused while a page is parsed, and left as the caller had it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import newsparse
from newsparse import Document, default_pipeline, stage
from newsparse.gcpause import collection_paused

PAGE = (
    "<html><body><h1>City council approves new bike lanes</h1><p>The city council voted on "
    "Tuesday to build twelve kilometres of protected bike lanes across the centre.</p>"
    "</body></html>"
)


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def _probe(seen: list[bool], *, fail: bool = False) -> newsparse.Pipeline:
    @stage("probe")
    def probe(doc: Document) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError("boom")

    return default_pipeline(strict=fail).with_stage(probe)


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("entry", [newsparse.parse, newsparse.parse_document])
def test_the_collector_is_off_during_a_page_and_as_before_after_it(
    collector_restored: None, enabled: bool, entry: object
) -> None:
    if enabled:
        gc.enable()
    else:
        gc.disable()
    seen: list[bool] = []
    entry(PAGE, pipeline=_probe(seen))  # type: ignore[operator]
    assert seen == [False]
    assert gc.isenabled() is enabled


@pytest.mark.parametrize("enabled", [True, False])
def test_a_page_that_raises_leaves_the_collector_as_before(
    collector_restored: None, enabled: bool
) -> None:
    if enabled:
        gc.enable()
    else:
        gc.disable()
    seen: list[bool] = []
    with pytest.raises(RuntimeError, match="boom"):
        newsparse.parse(PAGE, pipeline=_probe(seen, fail=True))
    assert seen == [False]
    assert gc.isenabled() is enabled


@pytest.mark.parametrize("depth", [1, 2, 3])
def test_nested_pauses_turn_the_collector_back_on_once_at_the_outermost(
    collector_restored: None, depth: int
) -> None:
    gc.enable()

    def nest(level: int) -> None:
        with collection_paused():
            assert not gc.isenabled()
            if level > 1:
                nest(level - 1)
            assert not gc.isenabled()

    nest(depth)
    assert gc.isenabled()
