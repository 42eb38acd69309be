"""newsparse.dask on a real distributed.LocalCluster: two worker processes, as in production.

Skipped, with the reason, when the dask extra is not installed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag", reason="needs the dask extra: pip install -e '.[dask,batch]'")
distributed = pytest.importorskip(
    "distributed", reason="needs the dask extra: pip install -e '.[dask,batch]'"
)
pytest.importorskip("pandas", reason="needs the dask extra: pip install -e '.[dask,batch]'")

import dask.bag  # noqa: E402
from test_batch import (  # noqa: E402
    ARCHIVE_EXPECTED,
    HANG,
    build_archive,
    misbehaving_pipeline,
    page,
)

from newsparse.batch import FLAT_COLUMNS, ArticleRecord, ErrorReason, ErrorRecord  # noqa: E402
from newsparse.dask import parse_bag, parse_warc_paths, to_dataframe  # noqa: E402

db: Any = dask.bag  # dask's functions are not annotated


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    with distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


def test_cluster_has_two_worker_processes(client: Any) -> None:
    pids = client.run(os.getpid)
    assert len(pids) == 2 and len(set(pids.values())) == 2 and os.getpid() not in pids.values()


def test_warc_paths_to_dataframe(client: Any, tmp_path: Path) -> None:
    paths = []
    for name in ("a", "b"):
        build_archive(tmp_path / f"{name}.warc.gz")
        paths.append(str(tmp_path / f"{name}.warc.gz"))
    frame: Any = to_dataframe(parse_warc_paths(paths))
    assert list(frame.columns) == [name for name, _, _ in FLAT_COLUMNS]
    table = frame.compute()
    expected = [r.value if r else None for r in ARCHIVE_EXPECTED]
    assert len(table) == 2 * len(expected)  # exactly one row per input record
    for path in paths:
        rows = table[table["source"].str.startswith(path + "@")]
        assert [None if v is None or v != v else v for v in rows["error_reason"]] == expected
    ok = table[table["status"] == "ok"]
    assert ok["headline"].str.startswith("Heavy rain is coming").all()


def test_bag_of_mappings_keeps_order_and_names_missing_ids(client: Any) -> None:
    items = [{"id": f"d{n}", "html": page(n).decode()} for n in range(9)]
    items[4] = {"text": "Rain is coming\n\nForecasters said rain would come on Monday."}
    items[6] = {"id": "nothing"}
    bag: Any = parse_bag(db.from_sequence(items, npartitions=3))
    results = bag.compute()
    assert len(results) == 9
    assert [r.id for r in results][:4] == ["d0", "d1", "d2", "d3"]
    assert results[4].id == "bag[1]:1" and isinstance(results[4], ArticleRecord)
    assert isinstance(results[6], ErrorRecord) and results[6].reason == ErrorReason.EMPTY


def test_time_limit_holds_inside_dask_workers(client: Any) -> None:
    items = [
        {"id": "fine", "html": page(1).decode()},
        {"id": "hangs", "html": page(2, marker=HANG).decode()},
    ]
    bag: Any = parse_bag(
        db.from_sequence(items, npartitions=1), timeout=2.0, pipeline=misbehaving_pipeline()
    )
    fine, hung = bag.compute()
    assert isinstance(fine, ArticleRecord)
    assert isinstance(hung, ErrorRecord) and hung.reason == ErrorReason.TIMEOUT
