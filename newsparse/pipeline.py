"""Stages and the pipeline that runs them.

A stage is a named callable that reads a :class:`~newsparse.document.Document` and records one
kind of finding. It declares what it ``requires`` (findings earlier stages must provide) and what
it ``provides``; :class:`Pipeline` checks those contracts when it is built, so a mis-ordered or
missing stage fails at construction with the list of valid names, not halfway through a page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, runtime_checkable

import attrs

from newsparse.document import Document
from newsparse.errors import PipelineError

__all__ = ["BASE_PROVIDES", "FunctionStage", "Pipeline", "Stage", "stage"]

# What the loader provides before any stage runs: the segments, and for HTML the tree.
BASE_PROVIDES = frozenset({"segments"})


@runtime_checkable
class Stage(Protocol):
    """What the pipeline needs of a stage."""

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> frozenset[str]: ...

    @property
    def provides(self) -> frozenset[str]: ...

    def __call__(self, doc: Document) -> None: ...


def _name_set(names: Iterable[str]) -> frozenset[str]:
    return frozenset(names)


def _stage_tuple(stages: Iterable[Stage]) -> tuple[Stage, ...]:
    return tuple(stages)


@attrs.frozen
class FunctionStage:
    """A stage made from a plain function ``(Document) -> None``."""

    name: str
    func: Callable[[Document], None]
    requires: frozenset[str] = attrs.field(default=frozenset(), converter=_name_set)
    provides: frozenset[str] = attrs.field(default=frozenset(), converter=_name_set)
    doc: str = ""

    def __call__(self, doc: Document) -> None:
        self.func(doc)


def stage(
    name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = ()
) -> Callable[[Callable[[Document], None]], FunctionStage]:
    """Decorator turning ``def f(doc) -> None`` into a :class:`FunctionStage`.

    Nothing is registered anywhere: the returned object is the stage, to be put in a pipeline.
    """

    def wrap(func: Callable[[Document], None]) -> FunctionStage:
        return FunctionStage(
            name=name,
            func=func,
            requires=frozenset(requires),
            provides=frozenset(provides),
            doc=(func.__doc__ or "").strip().split("\n", 1)[0],
        )

    return wrap


def _check_contracts(stages: tuple[Stage, ...]) -> None:
    seen_names: set[str] = set()
    available = set(BASE_PROVIDES)
    for item in stages:
        if not isinstance(item, Stage):
            raise PipelineError(
                f"{item!r} is not a stage (needs name, requires, provides, __call__)"
            )
        if item.name in seen_names:
            raise PipelineError(f"two stages are named {item.name!r}; stage names must be unique")
        missing = item.requires - available
        if missing:
            raise PipelineError(
                f"stage {item.name!r} requires {sorted(missing)}, which no earlier stage provides "
                f"(earlier stages: {sorted(seen_names) or 'none'}; available: {sorted(available)})"
            )
        seen_names.add(item.name)
        available |= item.provides


@attrs.frozen
class Pipeline:
    """An immutable, ordered list of stages whose contracts were checked when it was built.

    ``strict`` makes a stage's exception propagate (for tests and stage authors); by default a
    failing stage is recorded as a warning on the article and the other stages still run, since a
    scraper calling ``parse`` millions of times must never be stopped by one odd page.
    """

    stages: tuple[Stage, ...] = attrs.field(converter=_stage_tuple)
    strict: bool = False

    def __attrs_post_init__(self) -> None:
        _check_contracts(self.stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __iter__(self) -> Iterator[Stage]:
        return iter(self.stages)

    def __len__(self) -> int:
        return len(self.stages)

    def _position(self, name: str) -> int:
        for i, item in enumerate(self.stages):
            if item.name == name:
                return i
        raise PipelineError(f"no stage named {name!r}; stages are: {', '.join(self.names)}")

    def get(self, name: str) -> Stage:
        """The stage called ``name``."""
        return self.stages[self._position(name)]

    def with_stage(
        self, new: Stage, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """A new pipeline with ``new`` inserted (at the end, or before/after a named stage).

        If a stage of the same name exists and no position is given, it is replaced in place.
        """
        if before is not None and after is not None:
            raise PipelineError("give before= or after=, not both")
        stages = list(self.stages)
        if before is None and after is None:
            try:
                stages[self._position(new.name)] = new
            except PipelineError:
                stages.append(new)
        else:
            anchor = before if before is not None else after
            assert anchor is not None
            position = self._position(anchor) + (1 if after is not None else 0)
            stages.insert(position, new)
        return attrs.evolve(self, stages=tuple(stages))

    def replace(self, name: str, new: Stage) -> Pipeline:
        """A new pipeline where stage ``name`` is swapped for ``new``."""
        stages = list(self.stages)
        stages[self._position(name)] = new
        return attrs.evolve(self, stages=tuple(stages))

    def without(self, *names: str) -> Pipeline:
        """A new pipeline without the named stages (the contracts are checked again)."""
        for name in names:
            self._position(name)
        return attrs.evolve(self, stages=tuple(s for s in self.stages if s.name not in names))

    def run(self, doc: Document) -> Document:
        """Run every stage on ``doc`` in order and return it."""
        for item in self.stages:
            if self.strict:
                item(doc)
                continue
            try:
                item(doc)
            except RecursionError:
                doc.warnings.append(f"stage {item.name!r} gave up: the page nests too deeply")
            except Exception as error:
                doc.warnings.append(f"stage {item.name!r} failed: {type(error).__name__}: {error}")
        return doc
