"""Writes the report: ``latest.md``, ``latest.json`` and ``chart.png`` (F1 against docs/s).

The tables are built from scored rows only, so rows of an earlier run can be merged in.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from bench.records import Status
from bench.scoring import BODY_METRICS, Accuracy, PageScore, Row

__all__ = [
    "RunInfo",
    "Summary",
    "load_report",
    "load_rows",
    "summarize",
    "worst_pages",
    "write_report",
]

# How many of newsparse's worst pages the report lists.
WORST_PAGES = 30
_REPO_ROOT = Path(__file__).resolve().parents[1]
BODY_CORPORA = tuple(name for name, metric in BODY_METRICS.items() if metric)


@attrs.frozen
class RunInfo:
    """How a run was made: what the report's header says and ``latest.json`` keeps as meta."""

    command: str
    date: str
    commit: str | None
    python: str
    cpus: int | None
    jobs: int
    page_timeout: float
    limit: int | None
    pages: dict[str, int]  # pages per corpus
    versions: dict[str, str | None]  # installed version of newsparse and each peer
    warnings: tuple[str, ...] = ()
    merged_from: str | None = None  # date of the run whose rows were kept by --merge

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RunInfo:
        names = {f.name for f in attrs.fields(cls)}
        fields = {k: v for k, v in data.items() if k in names}
        fields["warnings"] = tuple(fields.get("warnings") or ())
        return cls(**fields)


@attrs.frozen
class Summary:
    """One system in one mode, over all corpora of the run."""

    system: str
    mode: str
    mean_body_f1: float | None  # mean of the per-corpus body F1s (corpora with a body gold)
    body_f1: dict[str, float | None]
    title: Accuracy | None
    author: Accuracy | None
    date: Accuracy | None
    failures: int  # errors + time-outs + crashes
    network_attempts: int
    docs_per_s: float | None
    peak_rss_mb: float | None


def _pool(values: Sequence[Accuracy | None]) -> Accuracy | None:
    present = [v for v in values if v is not None]
    if not present:
        return None
    return Accuracy(sum(v.correct for v in present), sum(v.total for v in present))


def summarize(rows: Sequence[Row]) -> list[Summary]:
    """Pool each system-and-mode's rows: mean body F1, pooled accuracies, overall speed."""
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        groups.setdefault((row.system, row.mode), []).append(row)
    summaries = []
    for (system, mode), group in groups.items():
        body = {r.corpus: r.body_f1 for r in group if r.body_metric}
        scored = [v for v in body.values() if v is not None]
        seconds = sum(r.pages / r.docs_per_s for r in group if r.docs_per_s)
        pages = sum(r.pages for r in group if r.docs_per_s)
        rss = [r.peak_rss_mb for r in group if r.peak_rss_mb is not None]
        summaries.append(
            Summary(
                system=system,
                mode=mode,
                mean_body_f1=sum(scored) / len(scored) if scored else None,
                body_f1=body,
                title=_pool([r.title for r in group]),
                author=_pool([r.author for r in group]),
                date=_pool([r.date for r in group]),
                failures=sum(r.errors + r.timeouts + r.crashes for r in group),
                network_attempts=sum(r.network_attempts for r in group),
                docs_per_s=pages / seconds if seconds else None,
                peak_rss_mb=max(rss) if rss else None,
            )
        )
    return sorted(summaries, key=lambda s: (s.mode != "html", -(s.mean_body_f1 or 0), s.system))


def worst_pages(scores: Sequence[PageScore], limit: int = WORST_PAGES) -> list[PageScore]:
    """The pages with the lowest body score, lowest first (ties by page key)."""
    scored = [s for s in scores if s.body_f1 is not None]
    return sorted(scored, key=lambda s: (s.body_f1, s.page_key))[:limit]


def _num(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _acc(value: Accuracy | None) -> str:
    if value is None:
        return "–"
    if value.value is None:
        return "n/a"
    return f"{value.value:.3f} ({value.total})"


def _relative(path: str) -> str:
    return os.path.relpath(path, _REPO_ROOT)


def _table(header: Sequence[str], lines: Sequence[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(line) + " |" for line in lines]
    return out


def _markdown(
    rows: Sequence[Row],
    summaries: Sequence[Summary],
    worst: dict[str, list[PageScore]],
    meta: RunInfo,
) -> str:
    out = [
        "# newsparse benchmark: latest run",
        "",
        f"Command: `{meta.command}`  ",
        f"Date: {meta.date}; newsparse {meta.commit}; Python {meta.python}; "
        f"{meta.cpus} cores; jobs {meta.jobs}; per-page time-out {meta.page_timeout} s.  ",
        "Pages: " + ", ".join(f"{name} {count}" for name, count in meta.pages.items()) + ".  ",
        "Versions: "
        + ", ".join(f"{name} {version}" for name, version in meta.versions.items() if version)
        + ".  ",
        *(
            [f"Rows of systems not rerun were kept from the run of {meta.merged_from}.  "]
            if meta.merged_from
            else []
        ),
        "Metric definitions: `bench/README.md`; how to read the numbers: `docs/benchmark.md`.",
        "",
        "## Summary",
        "",
        "Body F1 per corpus as each benchmark defines it; *mean* is their plain mean. Title, "
        "author and date: accuracy pooled over all corpora (pages whose gold has the field, "
        "count in brackets); – where the system does not report the field. docs/s, median and "
        "p95 ms: from the worker's CPU time in the system's call, one core (wall-clock docs/s "
        "is in latest.json).",
        "",
    ]
    header = ["system", "mode", "mean body F1", *BODY_CORPORA, "title", "author", "date"]
    header += ["failures", "docs/s", "peak RSS MB"]
    lines = []
    for s in summaries:
        line = [s.system, s.mode, _num(s.mean_body_f1)]
        line += [_num(s.body_f1.get(c)) for c in BODY_CORPORA]
        line += [_acc(s.title), _acc(s.author), _acc(s.date), str(s.failures)]
        line += [_num(s.docs_per_s, 1), _num(s.peak_rss_mb, 0)]
        lines.append(line)
    out += _table(header, lines)
    out.append("")
    if meta.warnings:
        out += ["## Warnings", ""] + [f"- {w}" for w in meta.warnings] + [""]
    for corpus in meta.pages:
        corpus_rows = [r for r in rows if r.corpus == corpus]
        if not corpus_rows:
            continue
        metric = BODY_METRICS.get(corpus)
        out += [f"## {corpus}", "", f"Body metric: {metric or 'none (no body gold)'}.", ""]
        header = ["system", "mode", "F1", "P", "R"]
        if metric == "snippets":
            header.append("without absent")
        header += ["title", "author", "date", "err", "t/o", "crash", "docs/s", "median ms"]
        header += ["p95 ms", "peak RSS MB"]
        lines = []
        ordered = sorted(corpus_rows, key=lambda r: (r.mode != "html", -(r.body_f1 or 0), r.system))
        for r in ordered:
            line = [r.system, r.mode, _num(r.body_f1), _num(r.body_precision)]
            line.append(_num(r.body_recall))
            if metric == "snippets":
                line.append(_num(r.without_absent))
            line += [_acc(r.title), _acc(r.author), _acc(r.date)]
            line += [str(r.errors), str(r.timeouts), str(r.crashes), _num(r.docs_per_s, 1)]
            line += [_num(r.median_ms, 1), _num(r.p95_ms, 1), _num(r.peak_rss_mb, 0)]
            lines.append(line)
        out += _table(header, lines)
        out.append("")
    failing = [r for r in rows if r.top_errors]
    if failing:
        out += ["## Failures", "", "The commonest messages per task (count in brackets).", ""]
        for r in failing:
            listed = "; ".join(
                f"`{' '.join(message.split())[:150]}` ({count})" for message, count in r.top_errors
            )
            out.append(f"- {r.system} / {r.mode} / {r.corpus}: {listed}")
        out.append("")
    for mode, pages in worst.items():
        if not pages:
            continue
        out += [f"## newsparse: worst {len(pages)} pages ({mode})", ""]
        lines = [
            [s.page_id, s.corpus, _num(s.body_f1), s.status.value, f"`{_relative(s.path)}`"]
            for s in pages
        ]
        out += _table(["page", "corpus", "body F1", "status", "path"], lines)
        out.append("")
    return "\n".join(out)


def _chart(summaries: Sequence[Summary], path: Path) -> None:
    """Mean body F1 against docs/s, one point per system (and per newsparse text mode)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 5.5))
    # The baseline in a text mode returns its input: its speed means nothing.
    shown = [
        s
        for s in summaries
        if s.mean_body_f1 is not None
        and s.docs_per_s
        and (s.mode == "html" or s.system != "alltext")
    ]
    for s in shown:
        assert s.mean_body_f1 is not None and s.docs_per_s is not None
        label = s.system if s.mode == "html" else f"{s.system} ({s.mode})"
        ours = s.system in ("newsparse", "alltext")
        axes.scatter(
            s.docs_per_s,
            s.mean_body_f1,
            marker="o" if s.mode == "html" else "s",
            color="tab:red" if s.system == "newsparse" else ("tab:gray" if ours else "tab:blue"),
        )
        axes.annotate(label, (s.docs_per_s, s.mean_body_f1), fontsize=8, xytext=(4, 3),
                      textcoords="offset points")  # fmt: skip
    axes.set_xscale("log")
    axes.set_xlabel("documents per second, one core (log scale)")
    axes.set_ylabel("mean body F1 over " + ", ".join(BODY_CORPORA))
    lowest = min((s.mean_body_f1 or 0.0 for s in shown), default=0.0)
    axes.set_ylim(max(0.0, math.floor((lowest - 0.05) * 10) / 10), 1.0)
    axes.grid(True, alpha=0.3)
    axes.set_title("newsparse benchmark: body F1 against speed")
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def write_report(
    rows: Sequence[Row],
    worst: dict[str, list[PageScore]],
    meta: RunInfo,
    out_dir: Path,
    *,
    chart: bool = True,
) -> dict[str, Path]:
    """Write latest.md, latest.json and chart.png into ``out_dir``; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    summaries = summarize(rows)
    paths = {"md": out_dir / "latest.md", "json": out_dir / "latest.json"}
    paths["md"].write_text(_markdown(rows, summaries, worst, meta) + "\n", encoding="utf-8")
    document = {
        "meta": attrs.asdict(meta),
        "summary": [
            attrs.asdict(s, recurse=False)
            | {
                name: None if getattr(s, name) is None else getattr(s, name).value
                for name in ("title", "author", "date")
            }
            for s in summaries
        ],
        "rows": [r.to_json() for r in rows],
        "worst_pages": {
            mode: [
                attrs.asdict(p) | {"path": _relative(p.path), "status": p.status.value}
                for p in pages
            ]
            for mode, pages in worst.items()
        },
    }
    paths["json"].write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", "utf-8")
    if chart:
        paths["png"] = out_dir / "chart.png"
        _chart(summaries, paths["png"])
    return paths


def load_report(path: Path) -> tuple[list[Row], dict[str, list[PageScore]], RunInfo]:
    """Everything ``write_report`` needs, read back from a ``latest.json``."""
    document = json.loads(path.read_text(encoding="utf-8"))
    rows = [Row.from_json(r) for r in document.get("rows", [])]
    worst = {
        mode: [
            PageScore(
                page_key=p["page_key"],
                corpus=p["corpus"],
                page_id=p["page_id"],
                path=str((_REPO_ROOT / p["path"]).resolve()),
                status=Status(p["status"]),
                body_f1=p["body_f1"],
                title_ok=p["title_ok"],
                author_ok=p["author_ok"],
                date_ok=p["date_ok"],
                error=p["error"],
            )
            for p in pages
        ]
        for mode, pages in (document.get("worst_pages") or {}).items()
    }
    return rows, worst, RunInfo.from_json(document["meta"])


def load_rows(path: Path) -> tuple[list[Row], RunInfo]:
    """The rows and run info of an earlier ``latest.json`` (for ``--merge``)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    rows = [Row.from_json(r) for r in document.get("rows", [])]
    return rows, RunInfo.from_json(document["meta"])
