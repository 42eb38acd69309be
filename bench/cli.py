"""``python -m bench run|silver``: run the benchmark and write its report."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import subprocess
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.corpora import CORPORA, CorpusMissingError, default_corpora_root, load_corpus, sample
from bench.records import Page, Task
from bench.report import RunInfo, load_report, load_rows, worst_pages, write_report
from bench.runner import DEFAULT_PAGE_TIMEOUT_S, TaskResult, run_tasks
from bench.scoring import PageScore, Row, score_task
from bench.systems import MODES, SYSTEMS, available

__all__ = ["main", "run_benchmark"]

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = REPO_ROOT / "bench" / "results"
# Git-ignored: smoke and partial runs, and each run's worker logs and newsparse's raw outputs.
CACHE_DIR = RESULTS_DIR / "cache"
# Pages per corpus in smoke mode: enough to exercise every metric, a couple of minutes in all.
SMOKE_PAGES = 20
# Distribution names whose versions the report records.
DISTRIBUTIONS = ("newsparse", "trafilatura", "newspaper4k", "readability-lxml", "goose3",
                 "justext", "boilerpy3", "resiliparse", "lxml")  # fmt: skip


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _checked(values: Sequence[str], valid: Sequence[str], what: str) -> list[str]:
    unknown = [v for v in values if v not in valid]
    if unknown:
        raise SystemExit(f"unknown {what}: {', '.join(unknown)}; valid: {', '.join(valid)}")
    return list(values)


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO_ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


def _save_outputs(result: TaskResult, directory: Path) -> None:
    """newsparse's raw per-page outputs, to read beside the worst-pages table."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / f"{result.task.name}.jsonl").open("w", encoding="utf-8") as handle:
        for outcome in result.outcomes:
            record: dict[str, Any] = {"key": outcome.page_key, "status": outcome.status.value}
            record |= {"error": outcome.error, **outcome.extraction.to_wire()}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_benchmark(
    *,
    systems: Sequence[str],
    corpora: Sequence[str],
    modes: Sequence[str],
    limit: int | None,
    jobs: int,
    page_timeout: float,
    out_dir: Path,
    corpora_root: Path | None = None,
    merge: bool = False,
    chart: bool = True,
    command: str = "python -m bench run",
    quiet: bool = False,
) -> tuple[list[Row], dict[str, Path]]:
    """Run systems x modes x corpora, score, and write the report; returns rows and paths."""
    root = corpora_root or default_corpora_root()
    pages_by_corpus: dict[str, list[Page]] = {
        corpus: sample(load_corpus(corpus, root), limit) for corpus in corpora
    }
    warnings: list[str] = []
    tasks = []
    for system in systems:
        if not available(system):
            warnings.append(f"{system} is not installed: skipped (pip install -e '.[bench]')")
            continue
        for mode in modes:
            if mode != "html" and not SYSTEMS[system].reads_text:
                continue  # peers read HTML only
            tasks += [Task(system, mode, corpus) for corpus in corpora]

    def progress(result: TaskResult) -> None:
        if not quiet:
            bad = sum(1 for o in result.outcomes if o.status.value != "ok")
            print(f"  done {result.task.name}: {len(result.outcomes)} pages, {bad} failed",
                  file=sys.stderr, flush=True)  # fmt: skip

    results = run_tasks(
        tasks, pages_by_corpus, jobs=jobs, page_timeout=page_timeout,
        log_dir=out_dir / "cache" / "logs", progress=progress,
    )  # fmt: skip
    rows: list[Row] = []
    newsparse_scores: dict[str, list[PageScore]] = {}
    for result in results:
        task = result.task
        row, scores = score_task(
            result, pages_by_corpus[task.corpus], SYSTEMS[task.system].fields,
            page_timeout=page_timeout,
        )  # fmt: skip
        rows.append(row)
        if task.system == "newsparse":
            newsparse_scores.setdefault(task.mode, []).extend(scores)
            _save_outputs(result, out_dir / "cache" / "outputs")
            if result.peer_imports:
                warnings.append(f"newsparse imported peers: {', '.join(result.peer_imports)}")
        if row.network_attempts:
            warnings.append(f"{task.name}: {row.network_attempts} network attempts (blocked)")
        warnings += [f"{task.name}: {failure}" for failure in result.worker_failures]
    pages = {corpus: len(items) for corpus, items in pages_by_corpus.items()}
    merged_from = None
    latest = out_dir / "latest.json"
    if merge and latest.exists():
        old_rows, old = load_rows(latest)
        if old.limit == limit:
            fresh = {(r.system, r.mode, r.corpus) for r in rows}
            rows = [r for r in old_rows if (r.system, r.mode, r.corpus) not in fresh] + rows
            pages = old.pages | pages
            merged_from = old.date
        else:
            warnings.append(f"--merge ignored: {latest} was run with --limit {old.limit}")
    meta = RunInfo(
        command=command,
        date=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        commit=_commit(),
        python=platform.python_version(),
        cpus=os.cpu_count(),
        jobs=jobs,
        page_timeout=page_timeout,
        limit=limit,
        pages=pages,
        versions={name: _version(name) for name in DISTRIBUTIONS},
        warnings=tuple(sorted(set(warnings))),
        merged_from=merged_from,
    )
    worst = {mode: worst_pages(scores) for mode, scores in newsparse_scores.items()}
    paths = write_report(rows, worst, meta, out_dir, chart=chart)
    return rows, paths


def _run(args: argparse.Namespace) -> int:
    systems = _checked(_csv(args.systems), list(SYSTEMS), "system")
    corpora = _checked(_csv(args.corpora), list(CORPORA), "corpus")
    modes = _checked(_csv(args.modes), MODES, "mode")
    limit = SMOKE_PAGES if args.smoke else args.limit
    if args.out:
        out_dir = Path(args.out)
    elif limit is not None:
        out_dir = CACHE_DIR / ("smoke" if args.smoke else f"limit-{limit}")
    else:
        out_dir = RESULTS_DIR
    try:
        _, paths = run_benchmark(
            systems=systems, corpora=corpora, modes=modes, limit=limit, jobs=args.jobs,
            page_timeout=args.timeout, out_dir=out_dir,
            corpora_root=Path(args.corpora_root) if args.corpora_root else None,
            merge=args.merge, chart=not args.no_chart,
            command="python -m bench " + shlex.join(sys.argv[1:]),
        )  # fmt: skip
    except CorpusMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for path in paths.values():
        print(path)
    return 0


def _report(args: argparse.Namespace) -> int:
    out_dir = Path(args.out) if args.out else RESULTS_DIR
    rows, worst, meta = load_report(out_dir / "latest.json")
    for path in write_report(rows, worst, meta, out_dir, chart=not args.no_chart).values():
        print(path)
    return 0


def _silver(args: argparse.Namespace) -> int:
    from bench.silver import run_silver

    corpora = _checked(_csv(args.corpora), list(CORPORA), "corpus")
    modes = _checked(_csv(args.modes), MODES, "mode")
    out_dir = Path(args.out) if args.out else RESULTS_DIR
    try:
        paths = run_silver(
            corpora=corpora, modes=modes, limit=args.limit, out_dir=out_dir,
            corpora_root=Path(args.corpora_root) if args.corpora_root else None,
            page_timeout=args.timeout,
        )  # fmt: skip
    except CorpusMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for path in paths.values():
        print(path)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run systems over the corpora and write the report")
    run.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated (default: all)")
    run.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated (default: all)")
    run.add_argument("--modes", default=",".join(MODES), help="html and/or text-<renderer>")
    run.add_argument("--limit", type=int, default=None, help="pages per corpus (evenly spread)")
    run.add_argument("--smoke", action="store_true", help=f"{SMOKE_PAGES} pages per corpus")
    run.add_argument("--jobs", type=int, default=1, help="tasks at once (<= cores)")
    run.add_argument("--timeout", type=float, default=DEFAULT_PAGE_TIMEOUT_S, help="s per page")
    run.add_argument("--out", default=None, help="report folder (default: bench/results)")
    run.add_argument("--corpora-root", default=None, help="default: ../shared/corpora")
    run.add_argument("--merge", action="store_true", help="keep other rows of latest.json")
    run.add_argument("--no-chart", action="store_true", help="skip chart.png")
    run.set_defaults(func=_run)
    report = commands.add_parser("report", help="rewrite latest.md and chart.png from latest.json")
    report.add_argument("--out", default=None, help="report folder (default: bench/results)")
    report.add_argument("--no-chart", action="store_true", help="skip chart.png")
    report.set_defaults(func=_report)
    silver = commands.add_parser(
        "silver", help="score captions, pull quotes, bylines, related"
    )
    silver.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated")
    silver.add_argument("--modes", default="html,text-innertext", help="comma-separated")
    silver.add_argument("--limit", type=int, default=None, help="pages per corpus")
    silver.add_argument("--timeout", type=float, default=DEFAULT_PAGE_TIMEOUT_S, help="s per page")
    silver.add_argument("--out", default=None, help="folder for silver.md / silver.json")
    silver.add_argument("--corpora-root", default=None, help="default: ../shared/corpora")
    silver.set_defaults(func=_silver)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    result: int = args.func(args)
    return result
