"""Batch parsing: one output record per input record, whatever the archive holds.

The pages are made here (small articles), so the suite needs no corpus and stays fast. The
stages below are module-level so that worker processes can import them by reference.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import attrs
import pytest

from newsparse import default_pipeline, stage
from newsparse.batch import (
    DEFAULT_MAX_BYTES,
    FLAT_COLUMNS,
    ArticleRecord,
    ErrorReason,
    ErrorRecord,
    InputRecord,
    JsonFields,
    PoolStats,
    ReadStats,
    expand_inputs,
    flat_row,
    http_response,
    parse_many,
    read_inputs,
    read_jsonl,
    read_warc,
    warc_record,
)
from newsparse.document import Document
from newsparse.errors import InputError
from newsparse.pipeline import Pipeline

HANG = "HANG-THIS-WORKER"
BLOAT = "BLOAT-THIS-WORKER"
CRASH = "CRASH-THIS-WORKER"
RAISE = "RAISE-IN-THIS-STAGE"


def page(number: int, *, marker: str = "") -> bytes:
    """A small news article in HTML."""
    body = "".join(
        f"<p>Paragraph {i} of story {number}: forecasters said on Monday that heavy rain would "
        f"reach the capital by evening, and asked residents to stay at home. {marker}</p>"
        for i in range(4)
    )
    return (
        f"<html><head><title>Story {number}</title></head><body><article>"
        f"<h1>Heavy rain is coming, story {number}</h1>{body}</article></body></html>"
    ).encode()


def page_text(number: int) -> bytes:
    """The same article as page text, as a WET conversion record holds it."""
    paragraphs = "\n\n".join(
        f"Paragraph {i} of story {number}: forecasters said on Monday that heavy rain would "
        "reach the capital by evening, and asked residents to stay at home."
        for i in range(4)
    )
    return f"Heavy rain is coming, story {number}\n\n{paragraphs}\n".encode()


def _segments_contain(doc: Document, marker: str) -> bool:
    return any(marker in segment.text for segment in doc.segments)


@stage("test-misbehave", requires={"segments"}, provides={"test-misbehave"})
def misbehave(doc: Document) -> None:
    """Hang, swell, crash or raise when the page asks for it (to test the pool's limits)."""
    if _segments_contain(doc, HANG):
        time.sleep(3600)
    if _segments_contain(doc, BLOAT):
        hog = [b"x" * (1 << 20) for _ in range(1000)]  # 1 GB, touched page by page
        time.sleep(3600)
        del hog
    if _segments_contain(doc, CRASH):
        os._exit(7)
    if _segments_contain(doc, RAISE):
        raise RuntimeError("this stage failed on purpose")


def misbehaving_pipeline() -> Pipeline:
    return attrs.evolve(default_pipeline().with_stage(misbehave, before="body"), strict=True)


# --- a WARC with every kind of record -------------------------------------------------------


def _member(
    warc_type: str, block: bytes, n: int, *, content_type: str | None = None, compress: bool = True
) -> bytes:
    return warc_record(
        warc_type,
        block,
        record_id=f"urn:uuid:{n}",
        url=f"https://e.com/{n}",
        content_type=content_type,
        compress=compress,
    )


def _response(body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str) -> bytes:
    extra = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in headers.items())
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{extra}\r\n".encode("ascii") + body


def _chunked(body: bytes) -> bytes:
    parts = [body[i : i + 100] for i in range(0, len(body), 100)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def _corrupt_middle(member: bytes) -> bytes:
    """Flip bytes inside the deflate stream: the member fails to decompress."""
    cut = len(member) // 2
    return member[:cut] + bytes(b ^ 0x5A for b in member[cut : cut + 16]) + member[cut + 16 :]


def _bad_checksum(member: bytes) -> bytes:
    """Break the CRC-32 in the trailer: the whole record decompresses, then fails its check."""
    return member[:-8] + bytes(b ^ 0xFF for b in member[-8:-4]) + member[-4:]


# What each page-holding record must give, in order; None is an article.
ARCHIVE_EXPECTED: list[ErrorReason | None] = [
    None,  # 1 plain response
    None,  # 2 gzip content-encoding
    None,  # 3 chunked transfer-encoding
    ErrorReason.EMPTY,  # 4 empty body
    ErrorReason.NOT_HTML,  # 5 image/png
    ErrorReason.NOT_HTML,  # 6 JSON with no content type
    ErrorReason.TOO_LARGE,  # 7 20 MB body, never read whole
    ErrorReason.DECODE_ERROR,  # 8 corrupt deflate stream
    None,  # 9 WET conversion record: page text
    ErrorReason.DECODE_ERROR,  # 10 bad gzip checksum after a whole record
    ErrorReason.DECODE_ERROR,  # 11 garbage that is not a WARC record
    ErrorReason.DECODE_ERROR,  # 12 bad content-encoding data
    None,  # 13 resource record with HTML
    ErrorReason.DECODE_ERROR,  # 14 truncated last record
]
ARCHIVE_SKIPPED = {"warc warcinfo record": 1, "warc request record": 2, "warc metadata record": 1}


def build_archive(path: Path) -> None:
    """A WARC.gz with good, empty, non-HTML, huge, corrupt and truncated records."""
    huge = b"<html><body>" + b"<p>more words</p>" * (20 * 1024 * 1024 // 17) + b"</body></html>"
    members = [
        warc_record("warcinfo", b"software: tests\r\n", record_id="urn:uuid:info"),
        _member("request", b"GET /1 HTTP/1.1\r\n\r\n", 100),
        _member("response", http_response(page(1)), 1),
        _member("response", _response(gzip.compress(page(2)), Content_Encoding="gzip"), 2),
        _member("request", b"GET /3 HTTP/1.1\r\n\r\n", 101),
        _member("response", _response(_chunked(page(3)), Transfer_Encoding="chunked"), 3),
        _member("metadata", b"via: test\r\n", 102),
        _member("response", _response(b""), 4),
        _member("response", _response(b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"), 5),
        _member("response", b'HTTP/1.1 200 OK\r\n\r\n{"json": "not a page"}', 6),
        _member("response", _response(huge), 7),
        _corrupt_middle(_member("response", http_response(page(8) * 20), 8)),
        _member("conversion", page_text(9), 9),
        _bad_checksum(_member("response", http_response(page(10)), 10)),
        gzip.compress(b"this is not a WARC record at all\r\n\r\n"),
        _member("response", _response(b"\x1f\x8b\x08 broken gzip", Content_Encoding="gzip"), 12),
        _member("resource", page(13), 13, content_type="text/html"),
        _member("response", http_response(page(14)), 14)[:-40],
    ]
    path.write_bytes(b"".join(members))


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("warc") / "mixed.warc.gz"
    build_archive(path)
    return path


def outcome(result: ArticleRecord | ErrorRecord) -> ErrorReason | None:
    return result.reason if isinstance(result, ErrorRecord) else None


def test_archive_gives_one_record_per_input_record(archive: Path) -> None:
    stats = ReadStats()
    results = list(parse_many(read_warc(archive, stats=stats), workers=0))
    assert [outcome(r) for r in results] == ARCHIVE_EXPECTED
    assert dict(stats.skipped) == ARCHIVE_SKIPPED
    assert stats.bytes_read == archive.stat().st_size
    by_id = {r.id: r for r in results}
    assert by_id["<urn:uuid:8>"].url == "https://e.com/8"  # a corrupt record keeps its id
    assert by_id["<urn:uuid:10>"].reason == ErrorReason.DECODE_ERROR  # type: ignore[union-attr]
    assert "truncated" in by_id["<urn:uuid:14>"].detail  # type: ignore[union-attr]
    assert results[10].id.startswith(f"{archive}@")  # garbage has no id: named by offset
    article = by_id["<urn:uuid:2>"]
    assert isinstance(article, ArticleRecord) and article.http_status == 200
    assert article.article.headline == "Heavy rain is coming, story 2"
    assert article.article.url == "https://e.com/2"
    wet = by_id["<urn:uuid:9>"]
    assert isinstance(wet, ArticleRecord) and "Paragraph 0 of story 9" in wet.article.text
    assert wet.article.headline == "Heavy rain is coming, story 9"


def test_plain_warc_recovers_after_a_broken_record(tmp_path: Path) -> None:
    path = tmp_path / "plain.warc"
    good = [_member("response", http_response(page(n)), n, compress=False) for n in (1, 3)]
    broken = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nxx\r\n\r\n"
    cut = _member("response", http_response(page(4)), 4, compress=False)[:-100]
    path.write_bytes(good[0] + broken + good[1] + cut)
    results = list(parse_many(read_warc(path), workers=0))
    assert [outcome(r) for r in results] == [
        None,
        ErrorReason.DECODE_ERROR,
        None,
        ErrorReason.DECODE_ERROR,
    ]
    assert [r.id for r in results][::2] == ["<urn:uuid:1>", "<urn:uuid:3>"]
    assert results[3].id == "<urn:uuid:4>"


def test_huge_record_is_never_held_whole(archive: Path) -> None:
    records = list(read_warc(archive))
    huge = next(r for r in records if r.id == "<urn:uuid:7>")
    assert huge.payload == b"" and huge.problem is not None
    assert huge.problem.reason == ErrorReason.TOO_LARGE
    assert all(len(r.payload) <= DEFAULT_MAX_BYTES for r in records)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"<html><body><p>brotli page</p></body></html>", None),
        # a small body that expands past the limit: stopped in pieces, never decoded whole
        (b"<p>x</p>" * 2_000_000, ErrorReason.TOO_LARGE),
        ("truncated", ErrorReason.DECODE_ERROR),
        (b"\xff not brotli at all", ErrorReason.DECODE_ERROR),
    ],
    ids=["page", "expands-past-limit", "truncated", "not-brotli"],
)
def test_brotli_content_coding_is_capped_like_gzip(
    tmp_path: Path, body: bytes | str, expected: ErrorReason | None
) -> None:
    brotli = pytest.importorskip("brotli", reason="brotli is in the 'batch' extra")
    if body == "truncated":
        coded = brotli.compress(page(1) * 50)[:-10]
    elif isinstance(body, bytes) and body.startswith(b"\xff"):
        coded = body
    else:
        assert isinstance(body, bytes)
        coded = brotli.compress(body)
    path = tmp_path / "br.warc.gz"
    path.write_bytes(_member("response", _response(coded, Content_Encoding="br"), 1))
    records = list(read_warc(path, max_bytes=1_000_000))
    assert len(records) == 1
    problem = records[0].problem
    assert (problem.reason if problem is not None else None) == expected
    assert len(records[0].payload) <= 1_000_000


# --- JSONL, files, folders and globs ---------------------------------------------------------


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    lines = [
        json.dumps({"doc": "a", "body": page(1).decode(), "link": "https://e.com/a"}),
        json.dumps({"doc": 2, "plain": "Rain is coming\n\nForecasters said rain would come."}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"doc": "c"}),
        json.dumps({"doc": "d", "body": 42}),
    ]
    path.write_text("\n".join(lines) + "\n")
    fields = JsonFields(id="doc", html="body", text="plain", url="link")
    stats = ReadStats()
    results = list(parse_many(read_jsonl(path, fields=fields, stats=stats), workers=0))
    assert [r.id for r in results] == ["a", "2", f"{path}:4", f"{path}:5", "c", "d"]
    assert [outcome(r) for r in results] == [
        None,
        None,
        ErrorReason.DECODE_ERROR,
        ErrorReason.DECODE_ERROR,
        ErrorReason.EMPTY,
        ErrorReason.DECODE_ERROR,
    ]
    assert results[0].url == "https://e.com/a"
    assert stats.skipped == Counter({"blank jsonl line": 1})


def test_jsonl_overlong_line_is_one_too_large_record(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl.gz"
    big = json.dumps({"id": "big", "html": "<p>" + "word " * 200_000 + "</p>"})
    small = json.dumps({"id": "small", "html": page(1).decode()})
    path.write_bytes(gzip.compress((big + "\n" + small + "\n").encode()))
    results = list(parse_many(read_jsonl(path, max_bytes=10_000), workers=0, max_bytes=10_000))
    assert [outcome(r) for r in results] == [ErrorReason.TOO_LARGE, None]
    assert results[1].id == "small"


def test_files_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.html").write_bytes(page(1))
    (tmp_path / "b" / "c.html.gz").write_bytes(gzip.compress(page(2)))
    (tmp_path / "b" / "d.txt").write_text("Rain is coming\n\nForecasters said it would rain.")
    (tmp_path / "b" / "e.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "b" / "f.html.gz").write_bytes(gzip.compress(page(3))[:-30])
    (tmp_path / "b" / ".hidden.html").write_bytes(page(4))
    (tmp_path / "empty.html").write_bytes(b"  \n")
    files = expand_inputs([str(tmp_path / "*.html"), str(tmp_path / "b")])
    assert [Path(f).name for f in files] == [
        "a.html",
        "empty.html",
        "c.html.gz",
        "d.txt",
        "e.png",
        "f.html.gz",
    ]
    results = list(parse_many(read_inputs(files), workers=0))
    assert [outcome(r) for r in results] == [
        None,
        ErrorReason.EMPTY,
        None,
        None,
        ErrorReason.NOT_HTML,
        ErrorReason.DECODE_ERROR,
    ]
    with pytest.raises(InputError, match="no such file"):
        expand_inputs([str(tmp_path / "missing.html")])
    with pytest.raises(InputError, match="matches no file"):
        expand_inputs([str(tmp_path / "*.warc")])


def test_flat_row_has_every_column(archive: Path) -> None:
    results = list(parse_many(read_warc(archive), workers=0))
    names = [name for name, _, _ in FLAT_COLUMNS]
    for result in results:
        assert list(flat_row(result)) == names
    ok, bad = flat_row(results[0]), flat_row(results[3])
    assert ok["status"] == "ok" and ok["headline"] == "Heavy rain is coming, story 1"
    assert json.loads(ok["article_json"])["headline"] == ok["headline"]
    assert bad["status"] == "error" and bad["error_reason"] == "empty" and bad["text"] is None


# --- the worker pool --------------------------------------------------------------------------


def test_pool_keeps_input_order_and_matches_in_process(archive: Path) -> None:
    records = [
        InputRecord(id=f"p{n}", source="test", payload=page(n) * (1 + n % 5)) for n in range(24)
    ]
    stats = PoolStats()
    pooled = list(parse_many(records, workers=2, stats=stats))
    inline = list(parse_many(records, workers=0))
    assert [r.id for r in pooled] == [f"p{n}" for n in range(24)]
    assert pooled == inline
    assert stats.workers_started == 2 and stats.workers_killed == 0
    assert 0 < stats.peak_worker_rss < 300 * 1024 * 1024
    archive_pooled = list(parse_many(read_warc(archive), workers=2))
    assert [outcome(r) for r in archive_pooled] == ARCHIVE_EXPECTED


def test_pool_kills_hung_swollen_and_crashed_workers() -> None:
    markers = ["", HANG, "", BLOAT, "", CRASH, RAISE, ""]
    records = [
        InputRecord(id=f"r{n}", source="test", payload=page(n, marker=m))
        for n, m in enumerate(markers)
    ]
    stats = PoolStats()
    started = time.monotonic()
    results = list(
        parse_many(
            records,
            workers=2,
            timeout=2.0,
            memory_limit=250 * 1024 * 1024,
            pipeline=misbehaving_pipeline(),
            stats=stats,
        )
    )
    assert time.monotonic() - started < 30
    assert [outcome(r) for r in results] == [
        None,
        ErrorReason.TIMEOUT,
        None,
        ErrorReason.TOO_LARGE,
        None,
        ErrorReason.PARSER_FAILURE,
        ErrorReason.PARSER_FAILURE,
        None,
    ]
    assert [r.id for r in results] == [f"r{n}" for n in range(8)]
    assert "exit status 7" in results[5].detail  # type: ignore[union-attr]
    assert "failed on purpose" in results[6].detail  # type: ignore[union-attr]
    assert "memory" in results[3].detail  # type: ignore[union-attr]
    assert stats.workers_killed >= 1  # the hung one (the swollen one hit its address cap)
    assert stats.workers_started >= 3  # lost workers were replaced
    assert stats.peak_worker_rss < 250 * 1024 * 1024


def test_unpicklable_pipeline_is_refused_clearly() -> None:
    pipeline = default_pipeline().with_stage(
        stage("local", requires={"segments"}, provides={"local"})(lambda doc: None),
        before="body",
    )
    with pytest.raises(InputError, match="workers=0"):
        next(parse_many([InputRecord(id="x", source="t", payload=page(1))], pipeline=pipeline))


# --- the command ------------------------------------------------------------------------------


def run_cli(*args: str, stderr: int = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse.batch_cli", *args],
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        check=False,
        timeout=120,
    )


def read_lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_cli_archive_summary_and_quiet_when_not_a_tty(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run_cli(str(archive), "-o", str(out), "--workers", "2")
    assert result.returncode == 0, result.stderr
    lines = read_lines(out)
    assert [line["seq"] for line in lines] == list(range(len(ARCHIVE_EXPECTED)))
    assert [line.get("reason") for line in lines] == [
        r.value if r else None for r in ARCHIVE_EXPECTED
    ]
    assert "ETA" not in result.stderr  # no progress bar when stderr is not a terminal
    summary = result.stderr
    assert f"{len(ARCHIVE_EXPECTED)} records" in summary
    assert "decode_error" in summary and "skipped: warc request record" in summary
    counts = Counter(r.value if r else "ok" for r in ARCHIVE_EXPECTED)
    for key, count in counts.items():
        assert any(line.split() == [key, str(count)] for line in summary.splitlines())
    again = run_cli(str(archive), "-o", str(out))
    assert again.returncode == 2 and "--resume" in again.stderr


def test_cli_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import pty

    pages = tmp_path / "pages.jsonl"
    pages.write_text(
        "".join(json.dumps({"id": n, "html": page(n).decode()}) + "\n" for n in range(30))
    )
    leader, follower = pty.openpty()
    result = run_cli(str(pages), "-o", str(tmp_path / "o.jsonl"), "--workers", "0", stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert result.returncode == 0
    assert b"docs/s" in shown and b"ETA" in shown and b"30 records" in shown


def _pages_warc(path: Path, count: int) -> None:
    path.write_bytes(b"".join(_member("response", http_response(page(n)), n) for n in range(count)))


def test_cli_resume_after_kill_matches_an_uninterrupted_run(tmp_path: Path) -> None:
    source = tmp_path / "pages.warc.gz"
    _pages_warc(source, 300)
    whole = tmp_path / "whole.jsonl"
    assert run_cli(str(source), "-o", str(whole), "--workers", "1").returncode == 0
    part = tmp_path / "part.jsonl"
    command = [sys.executable, "-m", "newsparse.batch_cli", str(source), "-o", str(part)]
    proc = subprocess.Popen([*command, "--workers", "1"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if part.exists() and part.read_bytes().count(b"\n") >= 40:
            break
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = part.read_bytes().count(b"\n")
    assert 40 <= written < 300, "the run was not stopped halfway"
    with part.open("ab") as handle:  # a kill can leave half a line: resume must drop it
        handle.write(b'{"seq": 999, "status": "ok", "id": "half a li')
    resumed = run_cli(str(source), "-o", str(part), "--workers", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert f"resumed after {written}" in resumed.stderr
    assert part.read_bytes() == whole.read_bytes()


def test_cli_sigterm_stops_cleanly_then_resumes(tmp_path: Path) -> None:
    source = tmp_path / "pages.warc.gz"
    _pages_warc(source, 100)
    out = tmp_path / "o.jsonl"
    command = [sys.executable, "-m", "newsparse.batch_cli", str(source), "-o", str(out)]
    proc = subprocess.Popen(
        [*command, "--workers", "1"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 10:
            break
        time.sleep(0.002)
    proc.terminate()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "--resume" in err
    assert out.read_bytes().endswith(b"\n")  # stopped between records
    resumed = run_cli(str(source), "-o", str(out), "--workers", "0", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert [line["seq"] for line in read_lines(out)] == list(range(100))


def test_cli_resume_refuses_other_inputs(tmp_path: Path) -> None:
    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    _pages_warc(first, 3)
    second.write_bytes(_member("response", http_response(page(50)), 50) * 4)
    out = tmp_path / "o.jsonl"
    assert run_cli(str(first), "-o", str(out), "--workers", "0").returncode == 0
    result = run_cli(str(second), "-o", str(out), "--workers", "0", "--resume")
    assert result.returncode == 2 and "not those of the interrupted run" in result.stderr


def test_cli_parquet_output(archive: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs pyarrow")
    out = tmp_path / "out.parquet"
    result = run_cli(str(archive), "-o", str(out), "--workers", "0")
    assert result.returncode == 0, result.stderr
    table = pq.read_table(out)
    assert table.column_names == ["seq", *(name for name, _, _ in FLAT_COLUMNS)]
    assert table.num_rows == len(ARCHIVE_EXPECTED)
    assert table.column("error_reason").to_pylist() == [
        r.value if r else None for r in ARCHIVE_EXPECTED
    ]
    assert not Path(str(out) + ".journal.jsonl").exists()
    resumed = run_cli(str(archive), "-o", str(out), "--resume")
    assert resumed.returncode == 0 and "complete" in resumed.stderr


def test_cli_usage_errors(tmp_path: Path) -> None:
    missing = run_cli(str(tmp_path / "nothing.warc"), "-o", str(tmp_path / "o.jsonl"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_zlib_sanity() -> None:
    # The corrupt member really is corrupt: the test archive means what it says.
    member = _corrupt_middle(_member("response", http_response(page(8) * 20), 8))
    with pytest.raises((zlib.error, EOFError, OSError)):
        gzip.decompress(member)


def test_docs_list_every_parquet_column() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "batch.md").read_text()
    documented = [
        line.split("|")[1].strip().strip("`") for line in docs.splitlines() if line.startswith("|")
    ]
    start = documented.index("seq")
    assert documented[start : start + len(FLAT_COLUMNS) + 1] == [
        "seq",
        *(name for name, _, _ in FLAT_COLUMNS),
    ]
