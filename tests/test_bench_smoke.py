"""The benchmark harness: each metric on tiny hand-made inputs, the renderers, and a smoke run.

The smoke runs need ``../shared/corpora`` (skipped without it); the peer run needs the ``bench``
extra (each peer that is not installed is skipped).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

# bench/ is a folder of the repository, not an installed package: import it from the repo root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import metrics
from bench.corpora import CORPORA, default_corpora_root
from bench.render import render_innertext, render_lynx, render_wet
from bench.scoring import Row
from bench.systems import SYSTEMS, available

CORPORA_ROOT = default_corpora_root()
needs_corpora = pytest.mark.skipif(
    not all((CORPORA_ROOT / name).is_dir() for name in CORPORA),
    reason=f"benchmark corpora not found at {CORPORA_ROOT} (../shared/corpora)",
)


# --- WCXB word-level F1 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("The cat sat", "the CAT sat", (1.0, 1.0, 1.0)),
        ("", "the cat", (0.0, 0.0, 0.0)),
        ("", "", (1.0, 1.0, 1.0)),
        ("anything", "", (0.0, 0.0, 0.0)),
        # 2 of 4 predicted words are gold words; 2 of 2 gold words found.
        ("the cat menu login", "the cat", (0.5, 1.0, 2 / 3)),
        # Multiset overlap: "a" twice predicted, once in gold -> overlap 2 of 3 predicted.
        ("a a b", "a b c d", (2 / 3, 0.5, 2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))),
        ("", "", (1.0, 1.0, 1.0)),
        ("l'été, c'est", "L été c EST", (1.0, 1.0, 1.0)),
    ],
)
def test_word_prf(predicted: str, gold: str, expected: tuple[float, float, float]) -> None:
    score = metrics.word_prf(predicted, gold)
    assert (score.precision, score.recall, score.f1) == pytest.approx(expected)


def test_mean_prf_averages_each_number() -> None:
    pages = [metrics.PRF(1.0, 0.5, 2 / 3), metrics.PRF(0.0, 0.0, 0.0)]
    assert metrics.mean_prf(pages) == metrics.PRF(0.5, 0.25, 1 / 3)


# --- scrapinghub shingles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("a b c d e", "a b c d e", (1.0, 0.0, 0.0)),
        ("", "", (0.0, 0.0, 0.0)),
        ("", "a b c d", (0.0, 0.0, 1.0)),
        # Fewer than 4 tokens: one shingle of all of them.
        ("a b", "a b", (1.0, 0.0, 0.0)),
        # Case is kept: "A" and "a" differ.
        ("A b c d", "a b c d", (0.0, 0.5, 0.5)),
        # pred shingles: abcd, bcde; gold: abcd -> tp 1, fp 1, fn 0 -> normalised /2.
        ("a b c d e", "a b c d", (0.5, 0.5, 0.0)),
    ],
)
def test_shingle_counts(predicted: str, gold: str, expected: tuple[float, float, float]) -> None:
    counts = metrics.shingle_counts(predicted, gold)
    assert (counts.tp, counts.fp, counts.fn) == pytest.approx(expected)


def test_shingle_scores_skip_empty_predictions_in_precision() -> None:
    perfect = metrics.shingle_counts("a b c d", "a b c d")
    empty = metrics.shingle_counts("", "a b c d")
    scores = metrics.shingle_scores([perfect, empty])
    assert scores.precision == 1.0  # the empty prediction is left out of the precision average
    assert scores.recall == 0.5
    assert scores.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_shingle_scores_with_no_prediction_at_all() -> None:
    scores = metrics.shingle_scores([metrics.shingle_counts("", "a b c d")])
    assert (scores.precision, scores.recall, scores.f1) == (0.0, 0.0, 0.0)


# --- trafilatura snippets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Keep this  sentence.\nAnd this one.", metrics.SnippetCounts(tp=2, fp=0, fn=0, tn=1)),
        ("Keep this sentence. Share on Facebook", metrics.SnippetCounts(tp=1, fp=1, fn=1, tn=0)),
        ("keep THIS sentence.", metrics.SnippetCounts(tp=0, fp=0, fn=2, tn=1)),  # case-sensitive
        # invisible soft hyphens do not count
        ("Keep th\u00adis sentence. And this one.", metrics.SnippetCounts(tp=2, fp=0, fn=0, tn=1)),
        (None, metrics.SnippetCounts(tp=0, fp=0, fn=2, tn=1)),
    ],
)
def test_snippet_counts(body: str | None, expected: metrics.SnippetCounts) -> None:
    got = metrics.snippet_counts(body, ["Keep this sentence.", "And this one."], ["Share on"])
    assert got == expected


def test_snippet_scores_sum_over_pages() -> None:
    pages = [metrics.SnippetCounts(2, 0, 0, 1), metrics.SnippetCounts(1, 1, 1, 0)]
    scores = metrics.snippet_scores(pages)
    assert scores.precision == pytest.approx(3 / 4)
    assert scores.recall == pytest.approx(3 / 4)
    assert scores.without_absent == pytest.approx(1 / 2)
    assert scores.accuracy == pytest.approx(4 / 6)


# --- metadata -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "ok"),
    [
        ("Apple’s Vision Pro — hands-on", "apple's vision pro - hands-on", True),
        ("  Title  with   spaces. ", "Title with spaces", True),
        ("Title", "Title | Site", False),
        (None, "Title", False),
        ("", "Title", False),
    ],
)
def test_title_match(predicted: str | None, gold: str, ok: bool) -> None:
    assert metrics.title_match(predicted, gold) is ok


@pytest.mark.parametrize(
    ("predicted", "gold", "ok"),
    [
        (["Erin Cunningham"], "By Erin Cunningham", True),
        (["Erin Cunningham", "Bo Li"], "Bo Li and Erin Cunningham", True),
        (["Alexandre Hervaud", "Jérémy Piette"], "Alexandre Hervaud, Jérémy Piette", True),
        (
            ["Roland Brockmann", "Sebastian Drescher"],
            "Von Roland Brockmann und Sebastian Drescher",
            True,
        ),
        (["Erin Cunningham"], "Erin Cunningham and Bo Li", False),
        (["Dylan Bailey"], "Dylan Bailey, MS, RD", False),
        ([], "Erin Cunningham", False),
        (["Erin Cunningham"], None, False),
    ],
)
def test_author_match(predicted: list[str], gold: str | None, ok: bool) -> None:
    assert metrics.author_match(predicted, gold) is ok


@pytest.mark.parametrize(
    ("predicted", "gold", "ok"),
    [
        ("2015-03-17T23:30:00-05:00", "2015-03-17", True),  # the day as written, no conversion
        ("2019-11-19T13:03:00+00:00", "2019-11-19T23:59:59Z", True),
        ("Thu, 01 Aug 2019 10:00:00 GMT", "2019-08-01", True),
        ("August 2019", "2019-08-01", False),  # no day named: never filled in
        ("2019-08-02", "2019-08-01", False),
        (None, "2019-08-01", False),
    ],
)
def test_date_match(predicted: str | None, gold: str, ok: bool) -> None:
    assert metrics.date_match(predicted, gold) is ok


# --- renderers ------------------------------------------------------------------------------

PAGE = (
    "<html><head><title>Story | Site</title><style>p{color:red}</style></head><body>"
    '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
    '<img src="/img/2024%20Banner.gif"><img src="x.png" alt="">'
    "<h1>The   headline</h1><p>First\n paragraph&nbsp;here.</p><p>Second <b>one</b>.</p>"
    '<figure><img src="a.jpg" alt="A photo"><figcaption>Caption (AP)</figcaption></figure>'
    "<script>var x = 1;</script><div hidden>secret</div>"
    '<div style="display: none">also secret</div><ul><li>one</li><li>two</li></ul>'
    "</body></html>"
)


def test_render_innertext() -> None:
    assert render_innertext(PAGE) == (
        "Home World\n2024 Banner.gif\nThe headline\n\nFirst paragraph\u00a0here.\n\n"
        "Second one.\n\nA photo\nCaption (AP)\none\ntwo"
    )


def test_render_wet() -> None:
    assert render_wet(PAGE) == (
        "Story | Site\nHome World\n2024 Banner.gif\nThe headline\nFirst paragraph here.\n"
        "Second one.\nA photo\nCaption (AP)\none\ntwo"
    )


def test_render_lynx_wraps_and_bullets() -> None:
    long_paragraph = "<p>" + "word " * 40 + "</p><ul><li>item</li></ul>"
    text = render_lynx(long_paragraph)
    assert all(len(line) <= 76 for line in text.splitlines())
    assert text.endswith("\n\n  * item")


def test_renderers_survive_empty_input() -> None:
    for render in (render_innertext, render_wet, render_lynx):
        assert render(b"") == ""


# --- smoke runs -----------------------------------------------------------------------------

SMOKE_PAGES_PER_CORPUS = 3


def _in_unit_interval(value: float | None) -> bool:
    return value is not None and not math.isnan(value) and 0.0 <= value <= 1.0


@needs_corpora
def test_smoke_run_newsparse_and_baseline(tmp_path: Path) -> None:
    from bench.cli import run_benchmark

    rows, paths = run_benchmark(
        systems=["newsparse", "alltext"],
        corpora=list(CORPORA),
        modes=["html", "text-innertext"],
        limit=SMOKE_PAGES_PER_CORPUS,
        jobs=2,
        page_timeout=60,
        out_dir=tmp_path,
        chart=_has_matplotlib(),
        quiet=True,
    )
    assert {(r.system, r.mode, r.corpus) for r in rows} == {
        (system, mode, corpus)
        for system in ("newsparse", "alltext")
        for mode in ("html", "text-innertext")
        for corpus in CORPORA
    }
    for row in rows:
        _check_row(row)
        if row.system == "alltext":
            assert row.errors == row.timeouts == row.crashes == 0
        if row.system == "newsparse":
            for name in ("title", "author", "date"):
                accuracy = getattr(row, name)
                assert accuracy is not None
                assert accuracy.value is None or _in_unit_interval(accuracy.value)
    report = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert report["rows"] and report["summary"]
    assert "newsparse" in paths["md"].read_text(encoding="utf-8")
    assert not [w for w in report["meta"]["warnings"] if "imported peers" in w]


def _check_row(row: Row) -> None:
    assert row.pages == SMOKE_PAGES_PER_CORPUS
    if row.body_metric is not None:
        for value in (row.body_f1, row.body_precision, row.body_recall):
            assert _in_unit_interval(value), row
    if row.errors + row.timeouts + row.crashes < row.pages:
        assert row.docs_per_s is not None and row.docs_per_s > 0
        assert row.median_ms is not None and row.p95_ms is not None
        assert row.median_ms <= row.p95_ms
        assert row.peak_rss_mb is not None and row.peak_rss_mb > 0
    assert row.network_attempts == 0


def _has_matplotlib() -> bool:
    import importlib.util

    return importlib.util.find_spec("matplotlib") is not None


PEERS = [name for name, system in SYSTEMS.items() if system.module is not None]


@needs_corpora
@pytest.mark.parametrize("peer", PEERS)
def test_smoke_run_peer(peer: str, tmp_path: Path) -> None:
    if not available(peer):
        pytest.skip(f"{peer} is not installed (pip install -e '.[bench]')")
    from bench.cli import run_benchmark

    rows, _ = run_benchmark(
        systems=[peer],
        corpora=["scrapinghub", "readability-pages"],
        modes=["html"],
        limit=2,
        jobs=2,
        page_timeout=60,
        out_dir=tmp_path,
        chart=False,
        quiet=True,
    )
    assert len(rows) == 2
    for row in rows:
        assert row.pages == 2
        assert row.crashes == row.timeouts == 0
        assert row.network_attempts == 0
        if row.body_metric is not None:
            assert _in_unit_interval(row.body_f1)


# --- silver labels --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("WASHINGTON (AP) — Ambassador Gordon Sondland said", "WASHINGTON (AP)"),
        ("LONDON, Jan 5 (Reuters) - Oil prices fell", "LONDON, Jan 5 (Reuters)"),
        ("BUFFALO, N.Y. — Hours before the game", "BUFFALO, N.Y."),
        ("UNITED NATIONS / ALMATY - Kazakh President", "UNITED NATIONS / ALMATY"),
        ("Dekalb, Ill. — Mike Glass threw for three", "Dekalb, Ill."),
        ("BERLIN -- The European Space Agency says", "BERLIN"),
        ("Two hostages — an American and an Australian", None),
        ("A case of the bubonic plague — after two", None),
        ("Indianapolis – Several thousand teachers", None),  # a bare title-case word: too unsure
        (None, None),
    ],
)
def test_silver_dateline(body: str | None, expected: str | None) -> None:
    from bench.silver import dateline_of

    assert dateline_of(body) == expected


def test_silver_related_links(tmp_path: Path) -> None:
    from bench.records import Gold, Page
    from bench.silver import labels_of

    html = (
        "<html><body><article><p>The story.</p></article>"
        '<div class="related-posts"><a href="/a">Storm closes the coast road</a>'
        '<a href="/b">More</a><a href="/c">Storm closes the coast road</a></div>'
        '<div class="menu"><a href="/d">Council votes on the harbour</a></div></body></html>'
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    labels = labels_of(Page("toy", "1", path, None, Gold()))
    assert labels.related == ("Storm closes the coast road",)
    assert not labels.empty


def test_decode_html_uses_declared_charset() -> None:
    from bench.render import decode_html

    page = '<meta charset="windows-1252"><p>café</p>'.encode("cp1252")
    assert "café" in decode_html(page)
    assert decode_html("<p>naïve</p>".encode()) == "<p>naïve</p>"


@pytest.mark.parametrize(
    "fixture",
    sorted(p.name for p in (Path(__file__).parent / "fixtures").iterdir() if p.is_dir())[:8],
)
def test_headline_fit_uses_the_evidence_the_stage_scores(fixture: str) -> None:
    """bench/fit_headline.py refits the stage's weights: its features, weighted by the shipped
    constants, must give the stage's own score for every candidate line."""
    from bench.fit_headline import FEATURES, features_of
    from newsparse import defaults
    from newsparse.load import load
    from newsparse.stages import headline as stage

    source = Path(__file__).parent / "fixtures" / fixture / "source.txt"
    if not source.exists():
        pytest.skip("an HTML fixture: the fitted weights are for page text")
    doc = load(source.read_text(encoding="utf-8"), kind="text")
    for step in defaults.default_pipeline():
        if step.name == "headline":
            break
        step(doc)
    candidates = stage._candidates(doc)
    assert candidates
    weights = [w for _, w in FEATURES]
    for candidate in candidates:
        total = sum(w * x for w, x in zip(weights, features_of(candidate), strict=True))
        assert math.isclose(total, candidate.score(), abs_tol=1e-9)
