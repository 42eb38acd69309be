"""Parse archives on a cluster: dask is the engine, newsparse only says what one task does.

1. :func:`parse_bag` parses a ``dask.bag`` of :class:`~newsparse.batch.InputRecord` values or
   of JSON-like mappings (html or text, url and id fields).
2. :func:`parse_warc_paths` parses a bag (or a list) of WARC/WET paths: each task streams its
   files through the reader and the parser, so no archive is held whole.
3. :func:`to_dataframe` turns a bag of results into a dask DataFrame with the flat columns of
   :data:`~newsparse.batch.FLAT_COLUMNS` (the same as the Parquet output of ``newsparse batch``).

Each task parses its documents in one child process with the per-document time limit and
memory cap of :func:`~newsparse.batch.parse_many` (``timeout=None`` parses in the dask worker
itself, with no limits). Exactly one result comes out per input record, as in ``batch``.
dask is imported only when these functions run, so the core never needs it
(``pip install 'newsparse[dask]'``).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import attrs

from newsparse.batch import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MEMORY_LIMIT,
    DEFAULT_TIMEOUT,
    FLAT_COLUMNS,
    BatchResult,
    InputRecord,
    JsonFields,
    _dump_pipeline,
    flat_row,
    parse_many,
    read_warc,
    record_from_mapping,
)
from newsparse.pipeline import Pipeline

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd

__all__ = ["parse_bag", "parse_warc_paths", "to_dataframe", "warcs_to_dataframe"]


@attrs.frozen
class _TaskOptions:
    """What every task needs to parse its share: shipped to the dask workers with the task."""

    timeout: float | None = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT
    pipeline: bytes | None = None  # pickled with its stages by reference (see batch)
    fields: JsonFields = attrs.field(factory=JsonFields)


def _parse(records: Iterable[InputRecord], options: _TaskOptions) -> list[BatchResult]:
    pipeline: Pipeline | None = pickle.loads(options.pipeline) if options.pipeline else None
    return list(
        parse_many(
            records,
            workers=0 if options.timeout is None else 1,
            timeout=options.timeout,
            max_bytes=options.max_bytes,
            memory_limit=options.memory_limit,
            pipeline=pipeline,
        )
    )


def _as_records(
    items: Iterable[InputRecord | Mapping[str, Any]], options: _TaskOptions, partition: int
) -> Iterator[InputRecord]:
    for position, item in enumerate(items):
        if isinstance(item, InputRecord):
            yield item
        else:
            source = f"bag[{partition}]:{position}"
            yield record_from_mapping(item, source=source, fields=options.fields)


def _parse_partition(
    items: Iterable[InputRecord | Mapping[str, Any]],
    number: Iterable[int],
    options: _TaskOptions,
) -> list[BatchResult]:
    # dask hands a partition over as a list or as a lazy iterator: read it, do not index it
    return _parse(_as_records(items, options, next(iter(number))), options)


def _open(path: str) -> Any:
    """A binary file for a local path or, through fsspec, a URL such as s3://bucket/x.warc.gz."""
    if "://" in path:
        import fsspec  # type: ignore[import-untyped,unused-ignore]

        return fsspec.open(path, "rb").open()
    return open(path, "rb")


def _warc_records(paths: Iterable[str], options: _TaskOptions) -> Iterator[InputRecord]:
    for path in paths:
        with _open(os.fspath(path)) as handle:
            yield from read_warc(path, handle=handle, max_bytes=options.max_bytes)


def _parse_paths(paths: Iterable[str], options: _TaskOptions) -> list[BatchResult]:
    return _parse(_warc_records(paths, options), options)


def _options(
    timeout: float | None,
    max_bytes: int,
    memory_limit: int | None,
    pipeline: Pipeline | None,
    fields: JsonFields,
) -> _TaskOptions:
    return _TaskOptions(
        timeout=timeout,
        max_bytes=max_bytes,
        memory_limit=memory_limit,
        pipeline=_dump_pipeline(pipeline) if pipeline is not None else None,
        fields=fields,
    )


def parse_bag(
    bag: db.Bag,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    pipeline: Pipeline | None = None,
    fields: JsonFields | None = None,
) -> db.Bag:
    """A bag of :class:`~newsparse.batch.ArticleRecord` / ``ErrorRecord``, one per item.

    Items are ``InputRecord`` values or mappings read with ``fields`` (a record without an id
    is named ``bag[PARTITION]:POSITION``). Order within each partition is kept.
    """
    options = _options(timeout, max_bytes, memory_limit, pipeline, fields or JsonFields())
    items: Any = bag  # dask's Bag methods are not annotated
    numbers = _bags().from_sequence(range(items.npartitions), npartitions=items.npartitions)
    return cast("db.Bag", items.map_partitions(_parse_partition, numbers, options))


def parse_warc_paths(
    paths: db.Bag | Sequence[str],
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    pipeline: Pipeline | None = None,
) -> db.Bag:
    """A bag of results for every page record of the WARC/WET files named in ``paths``.

    A list becomes one partition per file. Each task streams its files, so memory holds one
    record at a time plus that task's results. Paths with a scheme (``s3://...``) are opened
    through fsspec, which must then have that filesystem installed.
    """
    bags = _bags()
    items: Any = paths  # dask's Bag methods are not annotated
    if not isinstance(paths, bags.Bag):
        names = [os.fspath(p) for p in paths]
        items = bags.from_sequence(names, npartitions=max(1, len(names)))
    options = _options(timeout, max_bytes, memory_limit, pipeline, JsonFields())
    return cast("db.Bag", items.map_partitions(_parse_paths, options))


def _bags() -> Any:
    """The dask.bag module, imported when first needed (dask is an optional extra)."""
    import dask.bag

    return dask.bag


def _meta() -> Any:
    """An empty pandas frame with the flat columns' names and types."""
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

    dtypes = {"string": "object", "int": "Int64", "strings": "object"}
    return pd.DataFrame({name: pd.Series(dtype=dtypes[kind]) for name, kind, _ in FLAT_COLUMNS})


def to_dataframe(results: db.Bag) -> dd.DataFrame:
    """The flat DataFrame of a bag of results: columns and types of ``FLAT_COLUMNS``."""
    items: Any = results  # dask's Bag methods are not annotated
    return cast("dd.DataFrame", items.map(flat_row).to_dataframe(meta=_meta()))


def warcs_to_dataframe(
    paths: db.Bag | Sequence[str],
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    pipeline: Pipeline | None = None,
) -> dd.DataFrame:
    """``to_dataframe(parse_warc_paths(paths, ...))``: WARC/WET files to a flat DataFrame."""
    return to_dataframe(
        parse_warc_paths(
            paths,
            timeout=timeout,
            max_bytes=max_bytes,
            memory_limit=memory_limit,
            pipeline=pipeline,
        )
    )
