"""Turns one task's outcomes into a scored row (one system, mode and corpus) and per-page scores.

Which body metric a corpus uses is data (``BODY_METRICS``); metadata accuracies are counted
over the pages whose gold has the field, and only for systems that report that field.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence
from typing import Any

import attrs

from bench import metrics
from bench.records import Outcome, Page, Status
from bench.runner import TaskResult

__all__ = ["BODY_METRICS", "PageScore", "Row", "score_task"]

# The body metric of each corpus, as its authors define it; readability-pages has no body gold
# (its expected.html is Readability.js's own output, not a reference).
BODY_METRICS: dict[str, str | None] = {
    "wcxb-dev": "wcxb-word",
    "scrapinghub": "shingle-4",
    "trafilatura-eval": "snippets",
    "readability-pages": None,
}
# Percentile reported beside the median page time.
TAIL_PERCENTILE = 95
# How many distinct failure messages a row keeps.
TOP_ERRORS = 5


@attrs.frozen
class PageScore:
    """One page's scores for one system and mode (None: not scored on this page)."""

    page_key: str
    corpus: str
    page_id: str
    path: str
    status: Status
    body_f1: float | None
    title_ok: bool | None
    author_ok: bool | None
    date_ok: bool | None
    error: str | None


@attrs.frozen
class Accuracy:
    """Matches over scored pages; ``value`` is None when no page had the field in its gold."""

    correct: int
    total: int

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@attrs.frozen
class Row:
    """Every number the report gives for one system, mode and corpus."""

    system: str
    mode: str
    corpus: str
    pages: int
    body_metric: str | None
    body_f1: float | None
    body_precision: float | None
    body_recall: float | None
    without_absent: float | None  # trafilatura-eval only: share of ``without`` snippets absent
    title: Accuracy | None
    author: Accuracy | None
    date: Accuracy | None
    errors: int
    timeouts: int
    crashes: int
    network_attempts: int
    docs_per_s: float | None  # from CPU time: what one core does, whatever else the machine runs
    median_ms: float | None  # CPU ms per page
    p95_ms: float | None
    wall_docs_per_s: float | None  # from wall-clock time, for comparison
    peak_rss_mb: float | None
    # The commonest failure messages and their counts, to see at a glance what broke.
    top_errors: tuple[tuple[str, int], ...] = ()

    def to_json(self) -> dict[str, Any]:
        data = attrs.asdict(self, recurse=False)
        for name in ("title", "author", "date"):
            value = getattr(self, name)
            data[name] = None if value is None else attrs.asdict(value) | {"value": value.value}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        fields = dict(data)
        for name in ("title", "author", "date"):
            value = fields.get(name)
            fields[name] = None if value is None else Accuracy(value["correct"], value["total"])
        fields["top_errors"] = tuple(tuple(e) for e in fields.get("top_errors") or ())
        names = [f.name for f in attrs.fields(cls)]
        return cls(**{name: fields.get(name) for name in names})  # type: ignore[arg-type]


def _percentile(values: Sequence[float], percent: int) -> float | None:
    """Nearest-rank percentile."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def score_task(
    result: TaskResult,
    pages: Sequence[Page],
    fields: frozenset[str],
    *,
    page_timeout: float,
) -> tuple[Row, list[PageScore]]:
    """Score one task. Failed pages count as empty outputs, as the benchmarks' scripts do."""
    task = result.task
    by_key: dict[str, Outcome] = {o.page_key: o for o in result.outcomes}
    metric = BODY_METRICS[task.corpus]
    word_scores: list[metrics.PRF] = []
    shingles: list[metrics.TpFpFn] = []
    snippets: list[metrics.SnippetCounts] = []
    accuracy = {name: [0, 0] for name in ("title", "author", "date")}
    page_scores: list[PageScore] = []
    for page in pages:
        outcome = by_key.get(page.key) or Outcome(page.key, Status.CRASH, error="no result")
        output = outcome.extraction
        failed = outcome.status is not Status.OK
        body: str | None = None if failed else output.body
        page_f1: float | None = None
        if metric == "wcxb-word" and page.gold.body is not None:
            prf = metrics.word_prf(body, page.gold.body)
            word_scores.append(prf)
            page_f1 = prf.f1
        elif metric == "shingle-4" and page.gold.body is not None:
            counts = metrics.shingle_counts(body, page.gold.body)
            shingles.append(counts)
            page_f1 = counts.f1
        elif metric == "snippets" and (page.gold.with_snippets or page.gold.without_snippets):
            snippet = metrics.snippet_counts(
                body, page.gold.with_snippets, page.gold.without_snippets
            )
            snippets.append(snippet)
            page_f1 = snippet.f1
        checks: dict[str, bool | None] = {"title": None, "author": None, "date": None}
        if "title" in fields and page.gold.title is not None:
            checks["title"] = metrics.title_match(output.title, page.gold.title)
        if "author" in fields and page.gold.author is not None:
            checks["author"] = metrics.author_match(output.authors, page.gold.author)
        if "date" in fields and page.gold.date is not None and metrics.parse_day(page.gold.date):
            checks["date"] = metrics.date_match(output.date, page.gold.date)
        for name, ok in checks.items():
            if ok is not None:
                accuracy[name][0] += int(ok)
                accuracy[name][1] += 1
        page_scores.append(
            PageScore(
                page_key=page.key,
                corpus=page.corpus,
                page_id=page.page_id,
                path=str(page.path),
                status=outcome.status,
                body_f1=page_f1,
                title_ok=checks["title"],
                author_ok=checks["author"],
                date_ok=checks["date"],
                error=outcome.error,
            )
        )

    precision = recall = f1 = absent = None
    if metric == "wcxb-word" and word_scores:
        prf = metrics.mean_prf(word_scores)
        precision, recall, f1 = prf.precision, prf.recall, prf.f1
    elif metric == "shingle-4" and shingles:
        prf = metrics.shingle_scores(shingles)
        precision, recall, f1 = prf.precision, prf.recall, prf.f1
    elif metric == "snippets" and snippets:
        snip = metrics.snippet_scores(snippets)
        precision, recall, f1, absent = snip.precision, snip.recall, snip.f1, snip.without_absent

    outcomes = [by_key[p.key] for p in pages if p.key in by_key]
    times = [o.cpu_ms for o in outcomes if o.cpu_ms is not None]
    timeouts = sum(1 for o in outcomes if o.status is Status.TIMEOUT)
    seconds = sum(times) / 1000 + timeouts * page_timeout
    wall = sum(o.ms for o in outcomes if o.ms is not None) / 1000 + timeouts * page_timeout
    rss = [o.rss_kb for o in outcomes if o.rss_kb]
    row = Row(
        system=task.system,
        mode=task.mode,
        corpus=task.corpus,
        pages=len(pages),
        body_metric=metric,
        body_f1=f1,
        body_precision=precision,
        body_recall=recall,
        without_absent=absent,
        title=Accuracy(*accuracy["title"]) if "title" in fields else None,
        author=Accuracy(*accuracy["author"]) if "author" in fields else None,
        date=Accuracy(*accuracy["date"]) if "date" in fields else None,
        errors=sum(1 for o in outcomes if o.status is Status.ERROR),
        timeouts=timeouts,
        crashes=sum(1 for o in outcomes if o.status is Status.CRASH),
        network_attempts=sum(o.network_attempts for o in outcomes),
        docs_per_s=len(outcomes) / seconds if seconds > 0 else None,
        median_ms=statistics.median(times) if times else None,
        p95_ms=_percentile(times, TAIL_PERCENTILE),
        wall_docs_per_s=len(outcomes) / wall if wall > 0 else None,
        peak_rss_mb=max(rss) / 1024 if rss else None,
        top_errors=tuple(
            Counter(
                o.error or o.status.value for o in outcomes if o.status is not Status.OK
            ).most_common(TOP_ERRORS)
        ),
    )
    return row, page_scores
