"""Runs each task (one system, one mode, one corpus) in its own worker process.

A page that outlasts the per-page limit gets the worker killed and is counted as a time-out;
a worker that dies on a page counts a crash; either way a fresh worker goes on from the next
page. Tasks run ``jobs`` at a time: keep ``jobs`` at or below the number of cores, so that
each worker has a core to itself and its timings stay those of one core.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

import attrs

from bench.records import Extraction, Outcome, Page, Status, Task
from bench.worker import READY

__all__ = ["TaskResult", "run_task", "run_tasks"]

# How long a worker may take to import its system before its first page.
STARTUP_TIMEOUT_S = 120.0
# Default per-page limit: trafilatura's slowest corpus page takes a few seconds; 30 s is far
# beyond any healthy extraction and keeps a stuck page from stalling the run.
DEFAULT_PAGE_TIMEOUT_S = 30.0
_REPO_ROOT = Path(__file__).resolve().parents[1]


@attrs.frozen
class TaskResult:
    """All outcomes of one task, in page order, and what the worker reported about itself."""

    task: Task
    outcomes: tuple[Outcome, ...]
    startup_rss_kb: int | None
    peer_imports: tuple[str, ...] = ()
    worker_failures: tuple[str, ...] = ()  # workers that died before they were ready


def _reader(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _outcome_from(record: dict[str, Any]) -> Outcome:
    status = Status(record["status"])
    wire = record.get("extraction")
    return Outcome(
        page_key=str(record["key"]),
        status=status,
        extraction=Extraction.from_wire(wire) if wire else Extraction(),
        ms=record.get("ms"),
        cpu_ms=record.get("cpu_ms"),
        rss_kb=record.get("rss_kb"),
        error=record.get("error"),
        network_attempts=int(record.get("network_attempts", 0)),
    )


def run_task(
    task: Task,
    pages: Sequence[Page],
    *,
    page_timeout: float = DEFAULT_PAGE_TIMEOUT_S,
    log_dir: Path | None = None,
) -> TaskResult:
    """Run one task over ``pages`` in worker processes; never raises for a page's failure."""
    outcomes: list[Outcome] = []
    startup_rss: int | None = None
    peer_imports: tuple[str, ...] = ()
    failures: list[str] = []
    python_path = [str(_REPO_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(python_path)}
    log_path = (log_dir / f"{task.name}.log") if log_dir else None
    if log_dir:
        log_dir.mkdir(parents=True, exist_ok=True)
    start = 0
    while start < len(pages):
        job = {
            "system": task.system,
            "mode": task.mode,
            "pages": [[p.key, str(p.path), p.url] for p in pages[start:]],
        }
        log = log_path.open("a", encoding="utf-8") if log_path else subprocess.DEVNULL
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "bench.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                encoding="utf-8",
                cwd=_REPO_ROOT,
                env=env,
            )
        finally:
            if log_path and not isinstance(log, int):
                log.close()
        assert process.stdin is not None and process.stdout is not None
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True).start()
        process.stdin.write(json.dumps(job))
        process.stdin.close()
        timeout = STARTUP_TIMEOUT_S
        ready = False
        stopped: Status | None = None
        while True:
            try:
                line = lines.get(timeout=timeout)
            except queue.Empty:
                stopped = Status.TIMEOUT
                break
            if line is None:
                stopped = Status.CRASH
                break
            record = json.loads(line)
            event = record.get("event")
            if event == READY:
                ready = True
                startup_rss = startup_rss or record.get("rss_kb")
                timeout = page_timeout
            elif event == "page":
                outcomes.append(_outcome_from(record))
            elif event == "peer_imports":
                peer_imports = tuple(record.get("modules") or ())
        if process.poll() is None:
            process.kill()
        process.wait()
        if not ready:
            failures.append(f"worker did not start ({stopped.value if stopped else 'exit'})")
            # Without a working system every remaining page is a failure of the same kind.
            for page in pages[len(outcomes) :]:
                outcomes.append(Outcome(page.key, Status.CRASH, error=failures[-1]))
            break
        if len(outcomes) >= len(pages):
            break
        assert stopped is not None
        page = pages[len(outcomes)]
        outcomes.append(Outcome(page.key, stopped, error=f"{stopped.value} on this page"))
        start = len(outcomes)
    return TaskResult(task, tuple(outcomes), startup_rss, peer_imports, tuple(failures))


def run_tasks(
    tasks: Sequence[Task],
    pages_by_corpus: dict[str, list[Page]],
    *,
    jobs: int = 1,
    page_timeout: float = DEFAULT_PAGE_TIMEOUT_S,
    log_dir: Path | None = None,
    progress: Callable[[TaskResult], None] | None = None,
) -> list[TaskResult]:
    """Run tasks ``jobs`` at a time; results in the order of ``tasks``."""

    def one(task: Task) -> TaskResult:
        result = run_task(
            task, pages_by_corpus[task.corpus], page_timeout=page_timeout, log_dir=log_dir
        )
        if progress:
            progress(result)
        return result

    if log_dir:
        log_dir.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(one, tasks))
