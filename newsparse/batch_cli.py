"""``newsparse batch``: parse archives into one JSONL line (or Parquet row) per input record.

The JSONL output is also the run's journal: each line carries ``seq``, its input position, so
``--resume`` counts the complete lines, drops a half-written last one, checks that the last
record's id matches the inputs, and goes on with the next record. Parquet output is written
from that journal (``OUT.journal.jsonl``) when the run completes, so it resumes the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import IO, Any

import attrs

from newsparse.batch import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    FLAT_COLUMNS,
    BatchResult,
    ErrorReason,
    ErrorRecord,
    InputRecord,
    JsonFields,
    PoolStats,
    ReadStats,
    expand_inputs,
    flat_row_from_json,
    parse_many,
    read_inputs,
    result_to_json,
)
from newsparse.errors import NewsparseError

__all__ = ["add_batch_command", "main", "run_batch"]

# The start of every output line, enough to count outcomes without decoding the article:
# b'{"seq": 12, "status": "error", "reason": "timeout", ...'
_LINE_HEAD = re.compile(rb'\{"seq": (\d+), "status": "(ok|error)"(?:, "reason": "([a-z_]+)")?')
# Seconds between two redraws of the progress bar: often enough to look alive, rarely enough
# to cost nothing.
PROGRESS_INTERVAL = 0.2
# Rows per Parquet row group: about 25 MB of articles, so converting never holds much more.
PARQUET_BATCH_ROWS = 500
# Exit status after Ctrl-C or SIGTERM, as shells report a SIGINT death.
EXIT_INTERRUPTED = 130
EXIT_USAGE = 2


class _Interrupted(Exception):
    """SIGTERM arrived: stop like Ctrl-C, leaving a resumable output."""


@attrs.define
class _Tally:
    """Outcome counts of the records in the output (before and during this run)."""

    outcomes: Counter[str] = attrs.field(factory=Counter)
    resumed: int = 0  # records already in the output when this run started
    last_id: str | None = None  # the id of the last of them

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())

    def add(self, result: BatchResult) -> None:
        key = result.reason.value if isinstance(result, ErrorRecord) else "ok"
        self.outcomes[key] += 1


def add_batch_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``batch`` to the ``newsparse`` command's subparsers and return its parser."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="parse files, folders, globs, JSONL, WARC and WET archives into JSONL or Parquet",
        description=__doc__,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, glob or archive")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="output file (- for stdout JSONL)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: one per core; 0 parses in this process, no limits)",
    )
    parser.add_argument(
        "--format",
        choices=("jsonl", "parquet"),
        default=None,
        help="output format (default: parquet if OUT ends in .parquet, else jsonl)",
    )
    parser.add_argument(
        "--resume", action="store_true", help="continue an interrupted run into the same OUT"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"seconds per document before its worker is killed (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest page parsed, in bytes (default {DEFAULT_MAX_BYTES})",
    )
    defaults = JsonFields()
    for name in ("id", "html", "text", "url"):
        parser.add_argument(
            f"--{name}-field",
            default=getattr(defaults, name),
            metavar="NAME",
            help=f"JSONL field holding the {name} (default {getattr(defaults, name)!r})",
        )
    parser.set_defaults(run=run_batch)
    return parser


def _fail(message: str) -> int:
    print(f"newsparse batch: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_batch(args: argparse.Namespace) -> int:
    """Run ``newsparse batch`` with parsed arguments; return the exit status."""
    fmt: str = args.format or ("parquet" if args.output.endswith(".parquet") else "jsonl")
    if args.workers < 0:
        return _fail("--workers must be 0 or more")
    if args.timeout <= 0:
        return _fail("--timeout must be positive")
    if args.output == "-" and (fmt == "parquet" or args.resume):
        return _fail("-o - writes JSONL to stdout and cannot be resumed")
    if fmt == "parquet":
        try:
            import pyarrow  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
        except ImportError:
            return _fail("Parquet output needs pyarrow: pip install 'newsparse[batch]'")
    try:
        files = expand_inputs(args.inputs)
    except NewsparseError as error:
        return _fail(str(error))
    journal = args.output + ".journal.jsonl" if fmt == "parquet" else args.output
    if not args.resume:
        for path in {journal, args.output} - {"-"}:
            if os.path.exists(path):
                return _fail(f"{path} exists: pass --resume to continue that run, or remove it")
    elif fmt == "parquet" and os.path.exists(args.output) and not os.path.exists(journal):
        print(f"newsparse batch: {args.output} is complete; nothing to resume", file=sys.stderr)
        return 0
    fields = JsonFields(
        id=args.id_field, html=args.html_field, text=args.text_field, url=args.url_field
    )
    try:
        return _run(args, files, fields, journal, fmt)
    except NewsparseError as error:
        return _fail(str(error))
    except RuntimeError as error:  # a worker process could not start: the environment is broken
        print(f"newsparse batch: {error}", file=sys.stderr)
        return 1


def _run(
    args: argparse.Namespace, files: list[str], fields: JsonFields, journal: str, fmt: str
) -> int:
    tally = _Tally()
    if args.resume and os.path.exists(journal):
        tally = _scan_journal(journal)
    read_stats, pool_stats = ReadStats(), PoolStats()
    records = read_inputs(files, fields=fields, max_bytes=args.max_bytes, stats=read_stats)
    records = _skip_done(records, tally.resumed, tally.last_id, journal)
    results = parse_many(
        records,
        workers=args.workers,
        timeout=args.timeout,
        max_bytes=args.max_bytes,
        stats=pool_stats,
    )
    total_bytes = sum(map(_size, files))
    progress = _Progress(sys.stderr, total_bytes, read_stats) if sys.stderr.isatty() else None
    started = time.monotonic()
    interrupted = False
    previous = signal.getsignal(signal.SIGTERM)
    in_main = _in_main_thread()
    if in_main:
        signal.signal(signal.SIGTERM, _raise_interrupted)
    out = sys.stdout.buffer if args.output == "-" else open(journal, "ab")  # noqa: SIM115
    try:
        for seq, result in enumerate(results, start=tally.resumed):
            out.write(result_to_json(result, seq).encode("utf-8") + b"\n")
            out.flush()
            tally.add(result)
            if progress is not None:
                progress.update(tally.total - tally.resumed, tally.total - tally.outcomes["ok"])
    except (KeyboardInterrupt, _Interrupted):
        interrupted = True
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
        if progress is not None:
            progress.clear()
        if out is not sys.stdout.buffer:
            out.close()
        results.close()
    elapsed = time.monotonic() - started
    if interrupted:
        print(
            f"newsparse batch: interrupted after {tally.total} records; "
            "run the same command with --resume to continue",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    if fmt == "parquet":
        _journal_to_parquet(journal, args.output)
        os.remove(journal)
    _summary(sys.stderr, args.output, fmt, tally, read_stats, pool_stats, elapsed)
    return 0


def _size(path: str) -> int:
    """A file's size for the progress bar, 0 when it cannot be read (a broken symbolic link
    in a folder): that file becomes an error record, it must not stop the batch here."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    raise _Interrupted


def _scan_journal(path: str) -> _Tally:
    """Count the complete records of an earlier run, cutting a half-written last line."""
    tally = _Tally()
    complete = 0  # byte length of the complete lines
    with open(path, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            match = _LINE_HEAD.match(line)
            if match is None or int(match.group(1)) != tally.resumed:
                raise NewsparseError(
                    f"{path}: line {tally.resumed + 1} is not record {tally.resumed} "
                    "of a newsparse batch run; cannot resume from it"
                )
            tally.outcomes[(match.group(3) or match.group(2)).decode("ascii")] += 1
            tally.resumed += 1
            complete += len(line)
    if os.path.getsize(path) != complete:
        with open(path, "r+b") as handle:
            handle.truncate(complete)
    if tally.resumed:
        tally.last_id = str(json.loads(_last_line(path, complete)).get("id"))
    return tally


def _last_line(path: str, end: int) -> bytes:
    """The last complete line of a file whose complete lines end at byte ``end``."""
    step = 1 << 16
    with open(path, "rb") as handle:
        start = max(0, end - step)
        while True:
            handle.seek(start)
            tail = handle.read(end - start)
            cut = tail.rfind(b"\n", 0, len(tail) - 1)
            if cut >= 0 or start == 0:
                return tail[cut + 1 :]
            start = max(0, start - step)


def _skip_done(
    records: Iterator[InputRecord], done: int, last_id: str | None, journal: str
) -> Iterator[InputRecord]:
    """The records after the first ``done``, checking that record ``done - 1`` is the last one
    written (so a resumed run reads the same inputs, in the same order)."""
    position = -1
    for position, record in enumerate(records):
        if position < done - 1:
            continue
        if position == done - 1:
            if record.id != last_id:
                raise NewsparseError(
                    f"{journal} ends with record {last_id!r} but input record {position} is "
                    f"{record.id!r}: the inputs are not those of the interrupted run"
                )
            continue
        yield record
    if position < done - 1:
        raise NewsparseError(f"{journal} holds more records than the inputs")


class _Progress:
    """A one-line progress bar on a terminal: records, docs/s, share of input read, ETA."""

    def __init__(self, stream: IO[str], total_bytes: int, stats: ReadStats) -> None:
        self.stream = stream
        self.total_bytes = total_bytes
        self.stats = stats
        self.started = time.monotonic()
        self.start_bytes = stats.bytes_read
        self.drawn = 0.0

    def update(self, done: int, errors: int) -> None:
        now = time.monotonic()
        if now - self.drawn < PROGRESS_INTERVAL:
            return
        self.drawn = now
        elapsed = max(now - self.started, 1e-9)
        read = self.stats.bytes_read
        share = min(read / self.total_bytes, 1.0) if self.total_bytes else 0.0
        byte_rate = (read - self.start_bytes) / elapsed
        eta = (self.total_bytes - read) / byte_rate if byte_rate > 0 else None
        line = (
            f"{done:,} docs  {done / elapsed:.1f} docs/s  {share:4.0%} read  "
            f"ETA {_clock(eta)}  {errors:,} errors"
        )
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    whole = int(max(seconds, 0))
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def _parquet_schema() -> Any:
    import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]

    types = {"string": pa.string(), "int": pa.int64(), "strings": pa.list_(pa.string())}
    return pa.schema(
        [pa.field("seq", pa.int64(), nullable=False)]
        + [pa.field(name, types[kind]) for name, kind, _ in FLAT_COLUMNS]
    )


def _journal_to_parquet(journal: str, output: str) -> None:
    """Write the journal's records as Parquet rows, a row group at a time, then swap it in."""
    import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]
    import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]

    schema = _parquet_schema()
    partial = output + ".tmp"
    with pq.ParquetWriter(partial, schema) as writer, open(journal, "rb") as lines:
        rows: list[dict[str, Any]] = []
        for line in lines:
            record = json.loads(line)
            rows.append({"seq": record["seq"], **flat_row_from_json(record)})
            if len(rows) >= PARQUET_BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows or not os.path.getsize(journal):
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    os.replace(partial, output)


def _summary(
    stream: IO[str],
    output: str,
    fmt: str,
    tally: _Tally,
    read_stats: ReadStats,
    pool_stats: PoolStats,
    elapsed: float,
) -> None:
    """What the run did: each outcome counted, then what was skipped and the workers."""
    fresh = tally.total - tally.resumed
    rate = fresh / elapsed if elapsed > 0 else 0.0
    where = "stdout" if output == "-" else output
    lines = [
        f"newsparse batch: {tally.total:,} records in {where} ({fmt}); "
        f"{fresh:,} parsed in {elapsed:.1f} s ({rate:.1f} docs/s)"
        + (f", resumed after {tally.resumed:,}" if tally.resumed else "")
    ]
    for key in ["ok", *(reason.value for reason in ErrorReason)]:
        lines.append(f"  {key:<15}{tally.outcomes[key]:>10,}")
    for kind, count in sorted(read_stats.skipped.items()):
        lines.append(f"  skipped: {kind:<35}{count:>10,}")
    if pool_stats.workers_started:
        lines.append(
            f"  workers: {pool_stats.workers_started} started, {pool_stats.workers_killed} "
            f"killed, peak RSS {pool_stats.peak_worker_rss / 2**20:.0f} MB"
        )
    stream.write("\n".join(lines) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m newsparse.batch_cli INPUT... -o OUT``: the batch command on its own."""
    parser = argparse.ArgumentParser(prog="newsparse")
    add_batch_command(parser.add_subparsers(dest="command", required=True))
    return run_batch(parser.parse_args(["batch", *(sys.argv[1:] if argv is None else argv)]))


if __name__ == "__main__":
    raise SystemExit(main())
