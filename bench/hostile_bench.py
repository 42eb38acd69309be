"""Time and peak memory of ``newsparse.parse`` as inputs grow from 10 KB to 20 MB.

Four input shapes, each made in code at every size: an HTML page of many distinct paragraphs
(a long live blog), the same story as page text, and one single line of sentences as HTML
(one ``<p>``, as minified pages give) and as page text. Each parse runs in a fresh process,
so its peak resident memory (Linux ``VmHWM``, less the process's size before the parse) is
its own; a parse that runs past ``--timeout`` is killed and reported as such.

Linear behaviour shows as a constant time per MB down each column. Writes a table to stdout
and ``bench/results/hostile.md``, the figures to ``bench/results/hostile.json``, and a log-log
plot to ``bench/results/hostile.png`` when matplotlib is installed.

Run: ``python -m bench.hostile_bench [--sizes 10K,100K,1M] [--shapes html-paragraphs]
[--timeout 300]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

RESULTS = Path(__file__).resolve().parent / "results"
KB = 1 << 10
MB = 1 << 20
DEFAULT_SIZES = (10 * KB, 30 * KB, 100 * KB, 300 * KB, MB, 3 * MB, 10 * MB, 20 * MB)
# Seconds one parse may take before it is killed: 20 MB parse in about 20 s when linear.
DEFAULT_TIMEOUT = 300.0
# Parses per (shape, size) below 1 MB, the fastest kept: small parses are noisy.
SMALL_REPEATS = 3
SMALL_INPUT = MB


def _paragraph(number: int) -> str:
    return (
        f"Update {number}: the council said plan {number * 7 % 1000} for district "
        f"{number % 97} would be put to a vote on day {number % 28 + 1}, after a debate "
        "that lasted most of the evening."
    )


def _paragraphs_to(size: int) -> list[str]:
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraphs.append(_paragraph(len(paragraphs)))
        total += len(paragraphs[-1]) + 8
    return paragraphs


def _sentences_to(size: int) -> str:
    sentences: list[str] = []
    total = 0
    while total < size:
        sentences.append(f"In meeting {len(sentences)} the council voted on plan {total % 997}. ")
        total += len(sentences[-1])
    return "".join(sentences)


HEAD = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Live: council votes on the budget - Example News</title>"
    "<meta property='og:title' content='Live: council votes on the budget'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<article><h1>Live: council votes on the budget</h1><p class='byline'>By Jane Doe</p>"
)
TAIL = "</article><footer>© 2024 Example News. All rights reserved.</footer></body></html>"
TEXT_HEAD = "Example News\nHome | World\n\nLive: council votes on the budget\nBy Jane Doe\n\n"


def html_paragraphs(size: int) -> str:
    return HEAD + "".join(f"<p>{p}</p>" for p in _paragraphs_to(size)) + TAIL


def text_paragraphs(size: int) -> str:
    return TEXT_HEAD + "\n\n".join(_paragraphs_to(size)) + "\n"


def html_one_line(size: int) -> str:
    return HEAD + "<p>" + _sentences_to(size) + "</p>" + TAIL


def text_one_line(size: int) -> str:
    return _sentences_to(size)


SHAPES: dict[str, tuple[Callable[[int], str], str]] = {
    "html-paragraphs": (html_paragraphs, "html"),
    "text-paragraphs": (text_paragraphs, "text"),
    "html-one-line": (html_one_line, "html"),
    "text-one-line": (text_one_line, "text"),
}


@attrs.frozen
class Measure:
    """One parse: its input, CPU and wall time, and peak memory, or why it has none."""

    shape: str
    size: int
    chars: int = 0
    seconds: float | None = None
    cpu_seconds: float | None = None
    peak_mb: float | None = None
    paragraphs: int | None = None
    failure: str | None = None

    @property
    def cpu_seconds_per_mb(self) -> float | None:
        """CPU time per MB of input: constant down a column when the parse is linear (CPU
        time, unlike wall time, does not grow when other work shares the machine)."""
        if self.cpu_seconds is None:
            return None
        return self.cpu_seconds / (self.chars / MB)


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure_here(shape: str, size: int, repeats: int) -> dict[str, object]:
    """Make the input and parse it in this process (the child side of ``measure``)."""
    import newsparse

    make, kind = SHAPES[shape]
    source = make(size)
    newsparse.parse(html_paragraphs(10 * KB))  # warm-up: imports, caches, compiled tables
    best: tuple[float, float] | None = None
    paragraphs = 0
    before_kb = _status_kb("VmRSS")
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        article = newsparse.parse(source, kind=kind)  # type: ignore[arg-type]
        taken = (time.perf_counter() - wall, time.process_time() - cpu)
        paragraphs = len(article.paragraphs)
        del article
        if best is None or taken[1] < best[1]:
            best = taken
    assert best is not None
    return {
        "chars": len(source),
        "seconds": best[0],
        "cpu_seconds": best[1],
        "peak_mb": (_status_kb("VmHWM") - before_kb) / KB,
        "paragraphs": paragraphs,
    }


def measure(shape: str, size: int, timeout: float) -> Measure:
    """Run one parse in a fresh process; a timeout or a crash becomes ``failure``."""
    repeats = SMALL_REPEATS if size < SMALL_INPUT else 1
    command = [
        sys.executable,
        "-m",
        "bench.hostile_bench",
        "--child",
        shape,
        str(size),
        str(repeats),
    ]
    root = Path(__file__).resolve().parents[1]
    try:
        done = subprocess.run(
            command, cwd=root, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return Measure(shape, size, failure=f"over {timeout:.0f} s")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return Measure(shape, size, failure=f"exit {done.returncode}: {last[:120]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return Measure(shape, size, **data)


def _size_label(size: int) -> str:
    return f"{size // MB} MB" if size >= MB else f"{size // KB} KB"


def table(measures: Sequence[Measure]) -> str:
    """A markdown table: one row per shape and size."""
    rows = [
        "| input | size | wall (s) | CPU (s) | CPU s per MB | peak memory (MB) | MB per input MB "
        "| paragraphs |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in measures:
        if m.failure is not None:
            rows.append(f"| {m.shape} | {_size_label(m.size)} | {m.failure} | | | | | |")
            continue
        assert m.seconds is not None and m.cpu_seconds is not None and m.peak_mb is not None
        per_mb = m.cpu_seconds_per_mb or 0.0
        memory_ratio = m.peak_mb / (m.chars / MB)
        rows.append(
            f"| {m.shape} | {_size_label(m.size)} | {m.seconds:.3f} | {m.cpu_seconds:.3f} "
            f"| {per_mb:.2f} | {m.peak_mb:.1f} | {memory_ratio:.1f} | {m.paragraphs} |"
        )
    return "\n".join(rows)


def plot(measures: Sequence[Measure], path: Path) -> bool:
    """Log-log plots of time and peak memory against input size; False without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))
    for shape in SHAPES:
        done = [m for m in measures if m.shape == shape and m.failure is None]
        if not done:
            continue
        sizes = [m.chars / MB for m in done]
        left.plot(sizes, [m.cpu_seconds for m in done], marker="o", label=shape)
        grew = [m for m in done if m.peak_mb]  # 0 (within the warm-up's peak) has no log
        right.plot([m.chars / MB for m in grew], [m.peak_mb for m in grew], marker="o", label=shape)
        for m in measures:
            if m.shape == shape and m.failure is not None:
                left.axvline(m.size / MB, linestyle=":", color=left.lines[-1].get_color())
    reference = [0.01, 20.0]
    left.plot(reference, [r * 1.0 for r in reference], "k--", linewidth=0.8, label="1 s per MB")
    right.plot(reference, [r * 30.0 for r in reference], "k--", linewidth=0.8, label="30 MB per MB")
    for axes, title, unit in (
        (left, "parse CPU time (dotted: killed at the timeout)", "CPU seconds"),
        (right, "peak memory added by the parse", "MB"),
    ):
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.set_xlabel("input size (MB)")
        axes.set_ylabel(unit)
        axes.set_title(title)
        axes.grid(True, which="both", linewidth=0.3)
        axes.legend(fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return True


def _parse_size(text: str) -> int:
    text = text.strip().upper()
    for suffix, factor in (("MB", MB), ("M", MB), ("KB", KB), ("K", KB)):
        if text.endswith(suffix):
            return int(float(text[: -len(suffix)]) * factor)
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--sizes", default=",".join(_size_label(s).replace(" ", "") for s in DEFAULT_SIZES)
    )
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--child", nargs=3, metavar=("SHAPE", "SIZE", "REPEATS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        shape, size, repeats = args.child
        print(json.dumps(measure_here(shape, int(size), int(repeats))))
        return 0
    sizes = [_parse_size(s) for s in args.sizes.split(",") if s.strip()]
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    unknown = set(shapes) - set(SHAPES)
    if unknown:
        parser.error(f"unknown shapes {sorted(unknown)}; shapes are: {', '.join(SHAPES)}")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs", file=sys.stderr)
    measures: list[Measure] = []
    for shape in shapes:
        killed = False
        for size in sizes:
            if killed:  # a larger input of a shape that already timed out would too
                measures.append(Measure(shape, size, failure="skipped (smaller size timed out)"))
                continue
            result = measure(shape, size, args.timeout)
            killed = result.failure is not None and result.failure.startswith("over")
            measures.append(result)
            print(table([result]).splitlines()[-1], file=sys.stderr, flush=True)
    report = table(measures)
    print(report)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "hostile.md").write_text(report + "\n", encoding="utf-8")
    (args.out / "hostile.json").write_text(
        json.dumps([attrs.asdict(m) for m in measures], indent=2) + "\n", encoding="utf-8"
    )
    if plot(measures, args.out / "hostile.png"):
        print(f"plot: {args.out / 'hostile.png'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
