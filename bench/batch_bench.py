"""Batch throughput: ``newsparse batch`` over all wcxb-dev pages packed in one WARC.

Figures: documents per second with 1 and 2 workers (and the scaling between them), the peak
resident memory of each worker, CPU seconds per document, and beside them
``trafilatura --input-dir DIR --parallel N`` on the same pages (as .html files) when
trafilatura is installed. Everything is written to a temporary folder; the corpus is read in
place. Run: ``python -m bench.batch_bench [--repeat R] [--json OUT]``.

The machine's load average is printed first: with other work on the two cores, wall-clock
rates and the scaling figure mean little, while CPU seconds per document still do, and
"cores used" (CPU seconds per wall second) shows how much of the machine a run was given.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from newsparse.batch import http_response, warc_record

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "wcxb-dev"
WORKER_COUNTS = (1, 2)
# How often the process tree's memory is sampled, in seconds (catches peaks of a page's parse,
# which lasts 50-300 ms on this corpus).
SAMPLE_INTERVAL = 0.02
# "workers: 2 started, 0 killed, peak RSS 48 MB" in the batch summary
_PEAK_LINE = re.compile(r"workers: (\d+) started, (\d+) killed, peak RSS (\d+) MB")


@attrs.frozen
class Run:
    """One timed run of a batch tool over the corpus."""

    tool: str
    workers: int
    docs: int
    seconds: float
    cpu_seconds: float
    peak_worker_rss_mb: float
    peak_tree_rss_mb: float
    outputs: int
    main_cpu_share: float

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds

    @property
    def cpu_ms_per_doc(self) -> float:
        return 1000 * self.cpu_seconds / self.docs

    @property
    def cores_used(self) -> float:
        """CPU seconds per wall second: below the worker count when other work took the cores."""
        return self.cpu_seconds / self.seconds


def pack(corpus: Path, folder: Path) -> tuple[Path, Path, int]:
    """Write every page into one WARC.gz (with its URL) and as .html files; return both."""
    warc = folder / "wcxb-dev.warc.gz"
    pages = folder / "pages"
    pages.mkdir()
    count = 0
    with warc.open("wb") as out:
        for path in sorted((corpus / "html").glob("*.html.gz")):
            stem = path.name.removesuffix(".html.gz")
            truth = corpus / "ground-truth" / f"{stem}.json"
            url = json.loads(truth.read_text()).get("url") if truth.exists() else None
            html = gzip.decompress(path.read_bytes())
            out.write(
                warc_record(
                    "response",
                    http_response(html),
                    record_id=f"urn:wcxb-dev:{stem}",
                    url=url or f"https://wcxb.invalid/{stem}",
                )
            )
            (pages / f"{stem}.html").write_bytes(html)
            count += 1
    return warc, pages, count


class TreeMemory:
    """Samples the resident memory of a process and all its descendants (needs psutil)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}  # CPU seconds of each process, as last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            import psutil  # type: ignore[import-untyped,unused-ignore]
        except ImportError:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                return
            for proc in tree:
                try:
                    rss = proc.memory_info().rss
                    times = proc.cpu_times()
                except psutil.Error:
                    continue
                self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)
                self.cpu[proc.pid] = times.user + times.system
            self._stop.wait(SAMPLE_INTERVAL)

    def worker_peak(self) -> int:
        """The largest peak among the descendants (the workers), 0 if none was seen."""
        return max((rss for pid, rss in self.peaks.items() if pid != self.pid), default=0)

    def tree_peak(self) -> int:
        return max(self.peaks.values(), default=0)

    def main_cpu_share(self) -> float:
        """The main process's share of the tree's CPU time (sampled, so slightly low)."""
        total = sum(self.cpu.values())
        return self.cpu.get(self.pid, 0.0) / total if total else 0.0


def timed(command: Sequence[str], cwd: Path) -> tuple[float, float, str, TreeMemory]:
    """Run a command; return wall seconds, CPU seconds of it and its children, stderr, memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    with TreeMemory(proc.pid) as memory:
        _, err = proc.communicate()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({proc.returncode}): {err[-2000:]}")
    return seconds, cpu, err, memory


def run_newsparse(warc: Path, workers: int, folder: Path, docs: int) -> Run:
    out = folder / f"newsparse-{workers}.jsonl"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "newsparse.batch_cli", str(warc), "-o", str(out)]
    seconds, cpu, err, memory = timed([*command, "--workers", str(workers)], folder)
    match = _PEAK_LINE.search(err)
    reported = int(match.group(3)) if match else 0
    with out.open("rb") as handle:
        outputs = sum(1 for _ in handle)
    return Run(
        tool="newsparse batch",
        workers=workers,
        docs=docs,
        seconds=seconds,
        cpu_seconds=cpu,
        peak_worker_rss_mb=max(reported, memory.worker_peak() / 2**20),
        peak_tree_rss_mb=memory.tree_peak() / 2**20,
        outputs=outputs,
        main_cpu_share=memory.main_cpu_share(),
    )


def run_trafilatura(pages: Path, workers: int, folder: Path, docs: int) -> Run | None:
    binary = shutil.which("trafilatura")
    if binary is None:
        return None
    out = folder / f"trafilatura-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    command = [binary, "--input-dir", str(pages), "-o", str(out), "--parallel", str(workers)]
    seconds, cpu, _, memory = timed(command, folder)
    outputs = sum(1 for _ in out.rglob("*")) if out.exists() else 0
    return Run(
        tool="trafilatura --input-dir",
        workers=workers,
        docs=docs,
        seconds=seconds,
        cpu_seconds=cpu,
        peak_worker_rss_mb=memory.worker_peak() / 2**20,
        peak_tree_rss_mb=memory.tree_peak() / 2**20,
        outputs=outputs,
        main_cpu_share=memory.main_cpu_share(),
    )


def best(runs: list[Run]) -> Run:
    """The fastest of repeated runs: the one least disturbed by other work on the machine."""
    return min(runs, key=lambda run: run.seconds)


def table(runs: list[Run]) -> str:
    lines = [
        "| tool | workers | docs | outputs | seconds | docs/s | CPU ms/doc | cores used |"
        " main process CPU share | peak RSS per worker | peak RSS, any process |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for run in runs:
        lines.append(
            f"| {run.tool} | {run.workers} | {run.docs} | {run.outputs} | {run.seconds:.1f} | "
            f"{run.docs_per_second:.1f} | {run.cpu_ms_per_doc:.0f} | {run.cores_used:.2f} | "
            f"{run.main_cpu_share:.0%} | "
            f"{run.peak_worker_rss_mb:.0f} MB | {run.peak_tree_rss_mb:.0f} MB |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS.resolve())
    parser.add_argument("--repeat", type=int, default=1, help="runs per setting; best is kept")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--no-trafilatura", action="store_true")
    args = parser.parse_args(argv)
    if not (args.corpus / "html").is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory(prefix="newsparse-batch-bench-") as tmp:
        folder = Path(tmp)
        warc, pages, docs = pack(args.corpus, folder)
        size = warc.stat().st_size / 2**20
        print(f"packed {docs} pages into a {size:.1f} MB WARC.gz")
        runs: list[Run] = []
        for workers in WORKER_COUNTS:
            runs.append(
                best([run_newsparse(warc, workers, folder, docs) for _ in range(args.repeat)])
            )
        if not args.no_trafilatura:
            for workers in WORKER_COUNTS:
                tried = [run_trafilatura(pages, workers, folder, docs) for _ in range(args.repeat)]
                found = [run for run in tried if run is not None]
                if found:
                    runs.append(best(found))
    print(table(runs))
    ours = [run for run in runs if run.tool == "newsparse batch"]
    scaling = ours[1].docs_per_second / ours[0].docs_per_second
    print(f"newsparse scaling 1 -> 2 workers: {scaling:.2f}x")
    # On two idle cores the main process shares a core with the workers: two workers finish
    # the work W plus the main process's P in (W + P) / 2, one worker in W.
    share = ours[1].main_cpu_share
    print(f"ceiling on two idle cores from the main process's CPU share: {2 * (1 - share):.2f}x")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json is not None:
        figures = {
            "runs": [{**attrs.asdict(run), "docs_per_second": run.docs_per_second} for run in runs],
            "scaling": scaling,
            "load_average_end": os.getloadavg(),
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
