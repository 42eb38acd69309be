"""Batch normalization of archives: many pages in, exactly one output record per input record.

1. Readers turn inputs into typed :class:`InputRecord` values, streaming: files, folders and
   globs (one page per file), JSONL (records with html or text, url and id fields), WARC
   (HTTP response and resource records with HTML) and WET (conversion records: page text).
   A record that cannot be read (corrupt, truncated, too large) is still yielded, carrying the
   :class:`Problem`, so it becomes an error record instead of vanishing.
2. :func:`parse_many` parses them in worker processes with a per-document time limit and a
   memory cap (a worker that hangs or swells is killed and replaced) and yields one
   :class:`ArticleRecord` or :class:`ErrorRecord` per input record, in input order.
3. :func:`result_to_json` and :func:`flat_row` are the two output shapes: the JSONL record and
   the flat row of the Parquet file and of the dask DataFrame (columns: :data:`FLAT_COLUMNS`).

The WARC reader is our own small streaming reader (one gzip member per record), because it must
recover after a corrupt or truncated record and report it, where common readers stop the file.
"""

from __future__ import annotations

import codecs
import contextlib
import copyreg
import enum
import glob
import gzip
import importlib
import io
import json
import os
import pickle
import re
import select
import signal
import stat
import struct
import subprocess
import sys
import threading
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from typing import IO, Any, Literal

import attrs

from newsparse.errors import InputError
from newsparse.load import Kind, decode_bytes, page_codec, sniff_kind
from newsparse.model import Article
from newsparse.pipeline import FunctionStage, Pipeline

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MEMORY_LIMIT",
    "DEFAULT_TIMEOUT",
    "FLAT_COLUMNS",
    "ArticleRecord",
    "BatchResult",
    "ErrorReason",
    "ErrorRecord",
    "InputRecord",
    "JsonFields",
    "PoolStats",
    "Problem",
    "ReadStats",
    "expand_inputs",
    "flat_row",
    "flat_row_from_json",
    "parse_many",
    "process_record",
    "read_file",
    "read_inputs",
    "read_jsonl",
    "read_warc",
    "record_from_mapping",
    "result_to_json",
]

# ---------------------------------------------------------------------------------------------
# Limits
# ---------------------------------------------------------------------------------------------

# Largest page (after HTTP decoding) we parse. The largest wcxb-dev page is 1.8 MB; a worker
# needs about 25 MB of memory per MB of ordinary HTML, so 5 MiB keeps it near 160 MB, well
# under the 300 MB a worker may use.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# Seconds one document may take. The slowest wcxb-dev page takes 0.3 s: 100 times that is a
# hang, not a page.
DEFAULT_TIMEOUT = 30.0
# Memory one worker may use (the bound): its address space is capped there, so its
# resident memory stays below; where no such cap exists, a busy worker seen above it is killed.
DEFAULT_MEMORY_LIMIT = 300 * 1024 * 1024
# A worker above this much resident memory after a document exits and is replaced: CPython
# seldom returns freed arenas, so one big page would otherwise keep a worker large for good.
WORKER_RECYCLE_RSS = 200 * 1024 * 1024
# Share of the memory limit whose use makes a failure a memory failure (allocations fail a
# little before the cap: the request that fails is the one that would pass it).
NEAR_CAP_SHARE = 0.9
# How often the pool looks at busy workers' clocks and memory, in seconds: small enough to
# catch a worker swelling at the measured 20-100 MB/s before it doubles the memory limit.
POLL_INTERVAL = 0.05
# Pipe buffer asked for between the pool and a worker: the default 64 KiB makes the pool wait
# while a worker drains a 200 KB page; 1 MiB is Linux's default ceiling for unprivileged users.
PIPE_BYTES = 1 << 20
# Seconds a new worker may take to import newsparse and say it is ready.
STARTUP_TIMEOUT = 120.0
# Documents read ahead of the oldest unfinished one, per worker: enough to keep workers busy
# while one slow page holds back the in-order output, small enough to bound memory.
WINDOW_PER_WORKER = 8
# Share of U+FFFD replacement characters above which decoded text is garbage, not a page.
MAX_REPLACEMENT_SHARE = 0.1
# How much of a payload is looked at for NUL bytes, which no text page contains.
BINARY_SNIFF_BYTES = 8192
# Read size for streaming inputs.
CHUNK_BYTES = 1 << 16
# Compressed bytes inflated per call: small enough that damage late in a record leaves its
# header readable, large enough that the calls cost nothing next to parsing.
GZIP_FEED_BYTES = 4096
# Gzip header flag bits (RFC 1952): optional fields to skip, and reserved bits that must be 0.
_GZIP_FHCRC, _GZIP_FEXTRA, _GZIP_FNAME, _GZIP_FCOMMENT = 0x02, 0x04, 0x08, 0x10
_GZIP_RESERVED_FLAGS = 0xE0
# Longest WARC or HTTP header block: real ones are a few hundred bytes; more is corruption.
MAX_HEADER_BYTES = 64 * 1024
# JSON escapes can make a page up to six times longer in a JSONL line ("<" as "\u003c").
JSONL_ESCAPE_FACTOR = 6

# ---------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------

# The first line of a WARC record: b"WARC/1.0\r\n", b"WARC/1.1\n"
_WARC_VERSION = re.compile(rb"WARC/\d{1,2}\.\d{1,2}\r?\n\Z")
# An HTTP status line: b"HTTP/1.1 200 OK\r\n", b"HTTP/2 404\r\n"
_HTTP_STATUS = re.compile(rb"HTTP/\d(?:\.\d)? (\d{3})\b")
# One chunk-size line of a chunked HTTP body: b"1a2f\r\n", b"0;ext=1\r\n". Its extensions
# are a few bytes; a longer "extension" is no chunk line (the body is then read as it is), and
# the bound keeps a search through a broken body linear.
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]{0,1024})?\r?\n")
# The charset parameter of a Content-Type: "text/html; charset=ISO-8859-1"
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]{1,40})", re.I)
# Encodings an HTTP charset may name beyond those of a page's own declaration.
_HEADER_ONLY_CODECS = frozenset({"utf-16", "utf-16-le", "utf-16-be"})
# Glob characters that make an INPUT argument a pattern: "pages/*.html", "dump/[0-9]*.warc.gz"
_GLOB_CHARS = re.compile(r"[*?\[]")

# Media types parsed as HTML: "text/html", "application/xhtml+xml"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
# Media types that say nothing, so the payload is sniffed: none, "application/octet-stream"
_UNTYPED = frozenset({"", "application/octet-stream", "unknown/unknown", "text/unknown"})
# Magic numbers of binary formats that can hide behind a page's name or a wrong Content-Type.
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
# File names read as one page of text rather than sniffed.
_TEXT_SUFFIXES = (".txt", ".txt.gz", ".text")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".warc.wet", ".warc.wet.gz")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
# WARC record types that hold a page; every other type is skipped and counted.
_PAGE_RECORD_TYPES = frozenset({"response", "resource", "conversion"})


# ---------------------------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------------------------


class ErrorReason(str, enum.Enum):
    """Why an input record gave no article."""

    DECODE_ERROR = "decode_error"  # corrupt or truncated container, bad compression, bad JSON
    NOT_HTML = "not_html"  # an image, PDF or other non-page response
    TOO_LARGE = "too_large"  # over the size limit, or the worker passed the memory limit
    TIMEOUT = "timeout"  # the worker passed the time limit and was killed
    PARSER_FAILURE = "parser_failure"  # parse raised, or the worker died
    EMPTY = "empty"  # nothing to parse: no bytes, only whitespace, no html/text field


# Failures that are not for want of memory, or already say so.
_NOT_MEMORY = frozenset({ErrorReason.TIMEOUT, ErrorReason.TOO_LARGE})


def _encodable(text: str) -> str:
    """``text`` with each lone surrogate (a file name's undecodable byte, a JSON ``"\\ud800"``
    escape) written as a backslash escape: an output line holding one could not be written as
    UTF-8, which stopped the whole batch."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _optional_encodable(text: str | None) -> str | None:
    """``_encodable`` for a value that may be absent."""
    return None if text is None else _encodable(text)


@attrs.frozen
class Problem:
    """Why a record cannot be parsed, found before or while parsing."""

    reason: ErrorReason
    detail: str = attrs.field(converter=_encodable)  # an OSError's text names the file


@attrs.frozen
class InputRecord:
    """One page to parse and where it came from.

    ``id`` names the record in the output (WARC-Record-ID, the JSONL id field, the file path);
    ``source`` says where it was read (``a.warc.gz@1024``, ``data.jsonl:3``, ``pages/x.html``).
    A reader that could not read the page sets ``problem`` and leaves ``payload`` empty.
    """

    id: str = attrs.field(converter=_encodable)
    source: str = attrs.field(converter=_encodable)
    payload: bytes | str = b""
    kind: Kind = "auto"
    url: str | None = attrs.field(default=None, converter=_optional_encodable)
    content_type: str | None = None
    http_status: int | None = None
    problem: Problem | None = None

    def without_payload(self) -> InputRecord:
        """The same record without its page: what is kept while a worker parses it."""
        return attrs.evolve(self, payload=b"")


@attrs.frozen
class ArticleRecord:
    """An input record that parsed: its identity and the article."""

    id: str
    source: str
    url: str | None
    http_status: int | None
    article: Article


@attrs.frozen
class ErrorRecord:
    """An input record that gave no article, with a typed reason and a human detail."""

    id: str
    source: str
    url: str | None
    http_status: int | None
    reason: ErrorReason
    detail: str = attrs.field(converter=_encodable)  # an exception's text may quote the page


BatchResult = ArticleRecord | ErrorRecord


@attrs.frozen
class JsonFields:
    """The field names of a JSONL input record."""

    id: str = "id"
    html: str = "html"
    text: str = "text"
    url: str = "url"


@attrs.define
class ReadStats:
    """What the readers saw besides pages: skipped records by kind, and bytes read (for ETA)."""

    skipped: Counter[str] = attrs.field(factory=Counter)
    bytes_read: int = 0


@attrs.define
class PoolStats:
    """What the worker pool did: workers started and killed, and the largest worker's peak RSS."""

    workers_started: int = 0
    workers_killed: int = 0
    peak_worker_rss: int = 0


def _error(record: InputRecord, problem: Problem) -> ErrorRecord:
    return ErrorRecord(
        id=record.id,
        source=record.source,
        url=record.url,
        http_status=record.http_status,
        reason=problem.reason,
        detail=problem.detail,
    )


def _article(record: InputRecord, article: Article) -> ArticleRecord:
    return ArticleRecord(
        id=record.id,
        source=record.source,
        url=record.url,
        http_status=record.http_status,
        article=article,
    )


# ---------------------------------------------------------------------------------------------
# Checking and parsing one record (in a worker, or in-process)
# ---------------------------------------------------------------------------------------------


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _declared_codec(content_type: str | None) -> str | None:
    match = _CHARSET_PARAM.search(content_type or "")
    if match is None:
        return None
    # The codecs browsers decode pages with (a latin-1 or ascii label means windows-1252), and
    # UTF-16, which only a header (not a <meta> read as ASCII) can declare truly; another
    # label ("rot13", "undefined", "utf-7", which made decoding raise or misread) is ignored.
    codec = page_codec(match.group(1))
    if codec is not None:
        return codec
    try:
        codec = codecs.lookup(match.group(1)).name
    except LookupError:
        return None
    return codec if codec in _HEADER_ONLY_CODECS else None


def _looks_binary(data: bytes) -> bool:
    head = data[:BINARY_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False  # UTF-16 text is full of NUL bytes
    return b"\x00" in head or head.startswith(_BINARY_MAGIC)


def _decode(record: InputRecord, data: bytes) -> str:
    codec = _declared_codec(record.content_type)
    if codec is not None:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # a wrong HTTP charset is common: fall back to the page's own declaration
    return decode_bytes(data)


def check_record(record: InputRecord, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Problem | None:
    """The problem that stops ``record`` from being parsed, found without parsing it, or None."""
    if record.problem is not None:
        return record.problem
    payload = record.payload
    size = len(payload) if isinstance(payload, bytes) else len(payload.encode("utf-8", "replace"))
    if size > max_bytes:
        return Problem(ErrorReason.TOO_LARGE, f"{size} bytes, over the {max_bytes}-byte limit")
    if not payload.strip():
        return Problem(ErrorReason.EMPTY, "the page is empty" if not payload else "only whitespace")
    media = _media_type(record.content_type)
    typed_not_page = media not in _HTML_TYPES and media not in _UNTYPED
    # An HTTP response says what it is; a file or a resource record may call a page text/*.
    lenient = record.http_status is None and media.startswith("text/")
    if record.kind != "text" and typed_not_page and not lenient:
        return Problem(ErrorReason.NOT_HTML, f"content type {media}")
    if isinstance(payload, bytes) and _looks_binary(payload):
        return Problem(ErrorReason.NOT_HTML, "binary content")
    return None


def _parse_checked(record: InputRecord, pipeline: Pipeline | None) -> Article | Problem:
    """Decode and parse a record that passed :func:`check_record`."""
    from newsparse import parse

    payload = record.payload
    text = _decode(record, payload) if isinstance(payload, bytes) else payload
    if text.count("\ufffd") > MAX_REPLACEMENT_SHARE * len(text):
        return Problem(ErrorReason.DECODE_ERROR, "mostly undecodable bytes")
    if not text.strip():
        return Problem(ErrorReason.EMPTY, "only whitespace")
    kind: Kind = record.kind
    # An HTTP response is a page only if it is markup: JSON or plain text is not a page.
    response = kind == "auto" and record.http_status is not None
    untyped = _media_type(record.content_type) not in _HTML_TYPES
    if response and untyped and sniff_kind(text) != "html":
        return Problem(ErrorReason.NOT_HTML, "the response is not markup")
    try:
        return parse(text, url=record.url, kind=kind, pipeline=pipeline)
    except MemoryError:
        return Problem(ErrorReason.TOO_LARGE, "the page needs more memory than a worker may use")
    except RecursionError:
        return Problem(ErrorReason.PARSER_FAILURE, "the page nests too deeply")
    except Exception as error:
        return Problem(ErrorReason.PARSER_FAILURE, f"{type(error).__name__}: {error}")


def process_record(
    record: InputRecord, *, pipeline: Pipeline | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> BatchResult:
    """Check and parse one record in this process (no time or memory limit)."""
    problem = check_record(record, max_bytes=max_bytes)
    outcome = problem if problem is not None else _parse_checked(record, pipeline)
    if isinstance(outcome, Problem):
        return _error(record, outcome)
    return _article(record, outcome)


# ---------------------------------------------------------------------------------------------
# Streaming byte readers
# ---------------------------------------------------------------------------------------------


class _Corrupt(Exception):
    """The bytes under a record cannot be read: bad compression or an early end."""


class _Malformed(Exception):
    """A record's header is not a WARC header."""


class _ChunkReader:
    """Line and block reads over an iterator of byte chunks, holding at most a chunk or a line."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = bytearray()
        self._done = False
        self.consumed = 0  # bytes handed out or skipped so far

    def _fill(self) -> bool:
        if self._done:
            return False
        chunk = next(self._chunks, None)
        if chunk is None:
            self._done = True
            return False
        self._buf += chunk
        return True

    def at_end(self) -> bool:
        """True when every byte has been read."""
        return not self._buf and not self._fill()

    def readline(self, limit: int) -> bytes:
        """The next line with its newline; at most ``limit`` bytes; b"" at the end."""
        start = 0
        while True:
            found = self._buf.find(b"\n", start, limit)
            if found >= 0:
                return self._take(found + 1)
            if len(self._buf) >= limit:
                return self._take(limit)
            start = len(self._buf)
            if not self._fill():
                return self._take(len(self._buf))

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes (fewer only at the end)."""
        while len(self._buf) < size and self._fill():
            pass
        return self._take(min(size, len(self._buf)))

    def skip(self, size: int) -> int:
        """Drop up to ``size`` bytes without keeping them; return how many were dropped."""
        dropped = 0
        while dropped < size:
            if not self._buf and not self._fill():
                break
            step = min(size - dropped, len(self._buf))
            del self._buf[:step]
            dropped += step
        self.consumed += dropped
        return dropped

    def _take(self, size: int) -> bytes:
        data = bytes(self._buf[:size])
        del self._buf[:size]
        self.consumed += len(data)
        return data

    def unread(self, data: bytes) -> None:
        """Put ``data`` back in front of the unread bytes."""
        self._buf[:0] = data
        self.consumed -= len(data)


class _GzipMembers:
    """The gzip members of a file one after another, each as a stream of decompressed chunks.

    A WARC.gz holds one record per member, so a corrupt member costs one record: the reader
    then looks for the next member header and goes on.
    """

    _MAGIC = b"\x1f\x8b\x08"

    def __init__(self, handle: IO[bytes], start: bytes = b"") -> None:
        self._handle = handle
        self._pending = start  # compressed bytes read but not yet fed to a decompressor
        self._position = 0  # file offset of the first byte of _pending

    @property
    def position(self) -> int:
        """File offset of the next unread compressed byte."""
        return self._position

    def _read(self) -> bytes:
        return self._handle.read(CHUNK_BYTES)

    def _have(self, size: int) -> bool:
        """Make at least ``size`` bytes pending, if the file has them."""
        while len(self._pending) < size:
            more = self._read()
            if not more:
                return False
            self._pending += more
        return True

    def _take(self, size: int) -> bytes:
        if not self._have(size):
            raise _Corrupt("the gzip member ends early (truncated file)")
        data, self._pending = self._pending[:size], self._pending[size:]
        self._position += size
        return data

    def _take_zero_terminated(self) -> None:
        """Drop a zero-terminated header field (file name, comment)."""
        while True:
            end = self._pending.find(b"\x00", 0, MAX_HEADER_BYTES)
            if end >= 0:
                self._take(end + 1)
                return
            if len(self._pending) >= MAX_HEADER_BYTES or not self._have(len(self._pending) + 1):
                raise _Corrupt("bad gzip header")

    def next_member(self) -> int | None:
        """Offset of the next member, or None at the end of the file."""
        return self._position if self._have(1) else None

    def chunks(self) -> Iterator[bytes]:
        """Decompressed chunks of the member at :meth:`next_member`; raises _Corrupt.

        The header and the trailer are read here, not by zlib, so that every chunk is handed
        on as soon as it is inflated and a bad checksum is found after the record was read.
        """
        header = self._take(10)
        flags = header[3]
        if header[:3] != self._MAGIC or flags & _GZIP_RESERVED_FLAGS:
            raise _Corrupt("not a gzip member")
        if flags & _GZIP_FEXTRA:
            self._take(int.from_bytes(self._take(2), "little"))
        for flag in (_GZIP_FNAME, _GZIP_FCOMMENT):
            if flags & flag:
                self._take_zero_terminated()
        if flags & _GZIP_FHCRC:
            self._take(2)
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        checksum = size = 0
        while not inflater.eof:
            if not self._pending and not self._have(1):
                raise _Corrupt("the gzip member ends early (truncated file)")
            # Feed a slice at a time: zlib drops a call's output when it fails, and the
            # record header at the start must survive damage further on.
            piece = self._pending[:GZIP_FEED_BYTES]
            try:
                out = inflater.decompress(piece)
            except zlib.error as error:
                raise _Corrupt(f"bad gzip data: {error}") from None
            used = len(piece) - len(inflater.unused_data)
            self._pending = self._pending[used:]
            self._position += used
            if out:
                checksum = zlib.crc32(out, checksum)
                size += len(out)
                yield out
        trailer = self._take(8)
        if int.from_bytes(trailer[:4], "little") != checksum:
            raise _Corrupt("gzip checksum mismatch")
        if int.from_bytes(trailer[4:], "little") != size & 0xFFFFFFFF:
            raise _Corrupt("gzip length mismatch")

    def resync(self, after: int) -> None:
        """Move to the first member header after offset ``after`` (or to the end)."""
        seekable = self._handle.seekable()
        if seekable:
            self._handle.seek(after + 1)
            self._position, self._pending = after + 1, b""
        window = self._pending
        base = self._position
        while True:
            found = window.find(self._MAGIC)
            if found >= 0:
                self._pending = window[found:]
                self._position = base + found
                return
            keep = window[-(len(self._MAGIC) - 1) :]
            more = self._read()
            if not more:
                self._pending, self._position = b"", base + len(window)
                return
            base += len(window) - len(keep)
            window = keep + more


def _plain_chunks(handle: IO[bytes]) -> Iterator[bytes]:
    while True:
        data = handle.read(CHUNK_BYTES)
        if not data:
            return
        yield data


# ---------------------------------------------------------------------------------------------
# WARC / WET
# ---------------------------------------------------------------------------------------------


@attrs.frozen
class _WarcHead:
    """A WARC record header: its fields (lower-cased names) and the content length."""

    fields: Mapping[str, str]
    length: int

    def get(self, name: str) -> str | None:
        return self.fields.get(name)

    @property
    def type(self) -> str:
        return (self.fields.get("warc-type") or "").lower()


def _header_fields(lines: Iterable[bytes]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for raw in lines:
        name, sep, value = raw.decode("utf-8", "replace").partition(":")
        if sep:
            fields.setdefault(name.strip().lower(), value.strip())
    return fields


def _read_header_block(reader: _ChunkReader) -> list[bytes]:
    """Header lines up to the blank line; raises _Malformed when too long or cut off."""
    lines: list[bytes] = []
    total = 0
    while True:
        line = reader.readline(MAX_HEADER_BYTES)
        total += len(line)
        if not line:
            raise _Malformed("the header block ends early")
        if total > MAX_HEADER_BYTES:
            raise _Malformed("the header block is too long")
        if line in (b"\r\n", b"\n"):
            return lines
        lines.append(line)


def _read_warc_head(reader: _ChunkReader, first: bytes) -> _WarcHead:
    if not _WARC_VERSION.match(first):
        raise _Malformed(f"not a WARC record header: {first[:40]!r}")
    fields = _header_fields(_read_header_block(reader))
    try:
        length = int(fields.get("content-length", ""))
    except ValueError:
        raise _Malformed("no valid Content-Length") from None
    if length < 0:
        raise _Malformed("negative Content-Length")
    return _WarcHead(fields=fields, length=length)


def _next_nonblank(reader: _ChunkReader) -> bytes:
    while True:
        line = reader.readline(MAX_HEADER_BYTES)
        if not line or line.strip():
            return line


def _dechunk(body: bytes) -> bytes | None:
    """Undo HTTP chunked transfer coding; None when the body is not chunked after all."""
    out = bytearray()
    position = 0
    while True:
        match = _CHUNK_SIZE.match(body, position)
        if match is None:
            return None
        size = int(match.group(1), 16)
        position = match.end()
        if size == 0:
            return bytes(out)
        if position + size > len(body):
            return None
        out += body[position : position + size]
        position += size
        if body[position : position + 2] == b"\r\n":
            position += 2
        elif body[position : position + 1] == b"\n":
            position += 1


def _decompress(body: bytes, coding: str, max_bytes: int) -> bytes | Problem:
    """Undo a Content-Encoding, never producing more than ``max_bytes`` + 1 bytes."""
    if coding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif coding == "deflate":
        inflater = zlib.decompressobj(zlib.MAX_WBITS if body[:1] == b"\x78" else -zlib.MAX_WBITS)
    elif coding == "br":
        try:
            import brotli  # type: ignore[import-not-found,import-untyped,unused-ignore]
        except ImportError:
            return Problem(ErrorReason.DECODE_ERROR, "brotli-encoded body (pip install brotli)")
        return _unbrotli(brotli, body, max_bytes)
    else:
        return Problem(ErrorReason.DECODE_ERROR, f"unknown content encoding {coding!r}")
    try:
        data = inflater.decompress(body, max_bytes + 1)
    except zlib.error as error:
        return Problem(ErrorReason.DECODE_ERROR, f"bad {coding} data: {error}")
    if len(data) > max_bytes:
        return Problem(ErrorReason.TOO_LARGE, f"decompresses to over {max_bytes} bytes")
    return data


def _unbrotli(brotli: Any, body: bytes, max_bytes: int) -> bytes | Problem:
    """Undo brotli coding in pieces, stopping once the output passes ``max_bytes`` (a small
    body can expand a thousandfold); a brotli module without an output limit (before 1.1)
    decodes whole and is checked after."""
    decompressor = brotli.Decompressor()
    try:
        try:
            pieces = [decompressor.process(body, output_buffer_limit=max_bytes + 1)]
        except TypeError:
            whole: bytes = brotli.decompress(body)
            pieces = [whole]
        else:
            size = len(pieces[0])
            while size <= max_bytes and not decompressor.can_accept_more_data():
                piece = decompressor.process(b"", output_buffer_limit=max_bytes + 1 - size)
                if not piece:
                    break
                pieces.append(piece)
                size += len(piece)
            if size <= max_bytes and not decompressor.is_finished():
                return Problem(ErrorReason.DECODE_ERROR, "bad brotli data: truncated")
    except Exception as error:  # brotli.error, or brotlicffi's own
        return Problem(ErrorReason.DECODE_ERROR, f"bad brotli data: {error}")
    data = b"".join(pieces)
    if len(data) > max_bytes:
        return Problem(ErrorReason.TOO_LARGE, f"decompresses to over {max_bytes} bytes")
    return data


def _http_payload(block: bytes, max_bytes: int) -> tuple[int | None, str | None, bytes | Problem]:
    """Split an HTTP response into status, Content-Type and the decoded body."""
    reader = _ChunkReader(iter((block,)))
    status_line = reader.readline(MAX_HEADER_BYTES)
    status_match = _HTTP_STATUS.match(status_line)
    if status_match is None:
        return None, None, Problem(ErrorReason.DECODE_ERROR, "no HTTP status line")
    status = int(status_match.group(1))
    try:
        fields = _header_fields(_read_header_block(reader))
    except _Malformed as error:
        return status, None, Problem(ErrorReason.DECODE_ERROR, f"HTTP headers: {error}")
    body = reader.read(len(block))
    content_type = fields.get("content-type")
    if "chunked" in (fields.get("transfer-encoding") or "").lower():
        body = _dechunk(body) or body  # crawlers often store the body already de-chunked
    coding = (fields.get("content-encoding") or "identity").strip().lower()
    if coding not in ("identity", "none", ""):
        decoded = _decompress(body, coding, max_bytes)
        if isinstance(decoded, Problem):
            if body.lstrip()[:1] != b"<":
                return status, content_type, decoded
            # The crawler stored the body decoded but kept the header: the body is markup.
        else:
            body = decoded
    return status, content_type, body


def _warc_record(head: _WarcHead, block: bytes, source: str, max_bytes: int) -> InputRecord:
    """The input record for one page-holding WARC record."""
    record_id = head.get("warc-record-id") or source
    url = head.get("warc-target-uri") or None
    if head.type == "conversion":
        return InputRecord(
            id=record_id, source=source, payload=block, kind="text", url=url, content_type=None
        )
    block_type = _media_type(head.get("content-type"))
    if block_type == "application/http":
        status, content_type, body = _http_payload(block, max_bytes)
        if isinstance(body, Problem):
            return InputRecord(
                id=record_id, source=source, url=url, content_type=content_type,
                http_status=status, problem=body,
            )  # fmt: skip
        return InputRecord(
            id=record_id, source=source, payload=body, url=url,
            content_type=content_type or "", http_status=status,
        )  # fmt: skip
    return InputRecord(
        id=record_id, source=source, payload=block, url=url, content_type=head.get("content-type")
    )


class _ByteCount:
    """Adds a reader's progress through one file to ``ReadStats.bytes_read`` (for the ETA)."""

    def __init__(self, stats: ReadStats | None) -> None:
        self._stats = stats
        self._done = 0

    def at(self, position: int) -> None:
        if self._stats is not None and position > self._done:
            self._stats.bytes_read += position - self._done
            self._done = position


class _LastHead:
    """The header of the WARC record being read, so an error further on can still name it."""

    def __init__(self) -> None:
        self.head: _WarcHead | None = None
        self.source: str | None = None


def _warc_problem(head: _WarcHead | None, source: str, problem: Problem) -> InputRecord:
    record_id = head.get("warc-record-id") if head is not None else None
    url = head.get("warc-target-uri") if head is not None else None
    return InputRecord(id=record_id or source, source=source, url=url or None, problem=problem)


def _unreadable(
    last: _LastHead, source: str, error: Exception, stats: ReadStats | None
) -> InputRecord | None:
    """The error record for a record that could not be read; None (counted) if it was no page."""
    head = last.head
    if head is not None and head.type not in _PAGE_RECORD_TYPES:
        if stats is not None:
            stats.skipped[f"warc {head.type or 'untyped'} record (unreadable)"] += 1
        return None
    return _warc_problem(head, source, Problem(ErrorReason.DECODE_ERROR, str(error)))


def _read_warc_records(
    reader: _ChunkReader,
    where: Callable[[int], str],
    max_bytes: int,
    stats: ReadStats | None,
    last: _LastHead,
) -> Iterator[InputRecord]:
    """Every record in one stream of WARC bytes (a gzip member, or a whole plain file).

    ``where(offset)`` names the record starting at that offset of the stream. Raises _Corrupt
    or _Malformed for the record being read (``last.head`` is its header, if it was read).
    """
    while True:
        last.head = last.source = None
        first = _next_nonblank(reader)
        if not first:
            return
        source = where(reader.consumed - len(first))
        last.source = source
        head = _read_warc_head(reader, first)
        last.head = head
        if head.type not in _PAGE_RECORD_TYPES:
            if reader.skip(head.length) < head.length:
                raise _Corrupt("the record ends early (truncated)")
            if stats is not None:
                stats.skipped[f"warc {head.type or 'untyped'} record"] += 1
            continue
        if head.length > max_bytes + MAX_HEADER_BYTES:
            # Never held in memory: skipped through in chunks.
            if reader.skip(head.length) < head.length:
                raise _Corrupt("the record ends early (truncated)")
            size = f"{head.length} bytes, over the {max_bytes}-byte limit"
            yield _warc_problem(head, source, Problem(ErrorReason.TOO_LARGE, size))
            continue
        block = reader.read(head.length)
        if len(block) < head.length:
            raise _Corrupt("the record ends early (truncated)")
        yield _warc_record(head, block, source, max_bytes)


def read_warc(
    path: str | os.PathLike[str],
    *,
    handle: IO[bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stats: ReadStats | None = None,
) -> Iterator[InputRecord]:
    """Stream the page records of a WARC or WET file, plain or gzipped (told by its bytes).

    HTTP ``response`` and ``resource`` records become HTML records (a non-HTML response becomes
    a ``not_html`` error); WET ``conversion`` records become page-text records. Other record
    types (warcinfo, request, metadata, revisit) are skipped and counted in ``stats.skipped``.
    A corrupt or truncated record yields one record carrying a ``decode_error`` problem, and
    reading goes on at the next gzip member (or WARC header). ``handle`` reads an open file.
    """
    name = os.fspath(path)
    try:
        stream = _open_regular(name) if handle is None else handle
    except OSError as error:
        source = f"{name}@0"
        problem = Problem(ErrorReason.DECODE_ERROR, f"cannot read: {error}")
        yield InputRecord(id=source, source=source, kind="auto", problem=problem)
        return
    try:
        start = stream.read(2)
        if start == b"\x1f\x8b":
            yield from _read_gzip_warc(stream, start, name, max_bytes, stats)
        else:
            yield from _read_plain_warc(stream, start, name, max_bytes, stats)
    finally:
        if handle is None:
            stream.close()


def _read_gzip_warc(
    handle: IO[bytes], start: bytes, name: str, max_bytes: int, stats: ReadStats | None
) -> Iterator[InputRecord]:
    """Records of a gzipped WARC, each held until its member's checksum has been read.

    After a failure the reader looks for the next member; what it finds in the damaged
    stretch that is not a WARC record is part of the same failure, reported once.
    """
    members = _GzipMembers(handle, start)
    count = _ByteCount(stats)
    last = _LastHead()
    in_bad_stretch = False
    while True:
        offset = members.next_member()
        if offset is None:
            return
        reader = _ChunkReader(members.chunks())

        def where(inner: int, member: int = offset) -> str:
            return f"{name}@{member}" if inner == 0 else f"{name}@{member}+{inner}"

        held: InputRecord | None = None
        try:
            for record in _read_warc_records(reader, where, max_bytes, stats, last):
                if held is not None:
                    yield held
                held, in_bad_stretch = record, False
            if held is not None:
                yield held
            count.at(members.position)
            continue
        except _Malformed as error:
            # Not WARC: garbage in a sound gzip member, or the output of a corrupt one.
            damage = _damage(reader)
            failure: Exception = damage or error
            sound = damage is None
        except _Corrupt as error:
            failure, sound = error, False
        if held is not None and last.head is None and not sound:
            # The member failed after its last whole record (bad checksum or trailer):
            # that record's bytes cannot be trusted.
            problem = Problem(ErrorReason.DECODE_ERROR, str(failure))
            yield attrs.evolve(held, payload=b"", problem=problem)
        else:
            if held is not None:
                yield held
            if sound or last.head is not None or not in_bad_stretch:
                broken = _unreadable(last, last.source or where(0), failure, stats)
                if broken is not None:
                    yield broken
        in_bad_stretch = not sound
        if not sound:
            members.resync(offset)
        count.at(members.position)


def _damage(reader: _ChunkReader) -> _Corrupt | None:
    """Read a gzip member to its end: the damage found, or None if it is sound."""
    try:
        while reader.read(CHUNK_BYTES):
            pass
    except _Corrupt as error:
        return error
    return None


def _read_plain_warc(
    handle: IO[bytes], start: bytes, name: str, max_bytes: int, stats: ReadStats | None
) -> Iterator[InputRecord]:
    reader = _ChunkReader(_chain(start, _plain_chunks(handle)))
    count = _ByteCount(stats)
    last = _LastHead()

    def where(offset: int) -> str:
        return f"{name}@{offset}"

    while True:
        try:
            for record in _read_warc_records(reader, where, max_bytes, stats, last):
                count.at(reader.consumed)
                yield record
            count.at(reader.consumed)
            return
        except (_Corrupt, _Malformed) as error:
            broken = _unreadable(last, last.source or where(reader.consumed), error, stats)
            if broken is not None:
                yield broken
            if not _skip_to_warc_header(reader):
                return


def _chain(start: bytes, chunks: Iterator[bytes]) -> Iterator[bytes]:
    if start:
        yield start
    yield from chunks


def _skip_to_warc_header(reader: _ChunkReader) -> bool:
    """Drop lines up to the next WARC version line, left to be read next; False at the end."""
    while True:
        line = reader.readline(MAX_HEADER_BYTES)
        if not line:
            return False
        if _WARC_VERSION.match(line):
            reader.unread(line)
            return True


# ---------------------------------------------------------------------------------------------
# JSONL and plain files
# ---------------------------------------------------------------------------------------------


def record_from_mapping(
    data: Mapping[str, Any], *, source: str, fields: JsonFields = JsonFields()
) -> InputRecord:
    """The input record for one JSON object: html (or else text), url and id fields.

    A missing id is replaced by ``source``; a record with neither page field is ``empty``.
    """
    raw_id = data.get(fields.id)
    record_id = str(raw_id) if raw_id is not None and raw_id != "" else source
    raw_url = data.get(fields.url)
    url = raw_url if isinstance(raw_url, str) and raw_url else None
    for name, kind in ((fields.html, "html"), (fields.text, "text")):
        value = data.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            problem = Problem(ErrorReason.DECODE_ERROR, f"field {name!r} is not a string")
            return InputRecord(id=record_id, source=source, url=url, problem=problem)
        page_kind: Kind = "html" if kind == "html" else "text"
        return InputRecord(id=record_id, source=source, payload=value, kind=page_kind, url=url)
    problem = Problem(ErrorReason.EMPTY, f"no {fields.html!r} or {fields.text!r} field")
    return InputRecord(id=record_id, source=source, url=url, problem=problem)


def _is_gzip_name(name: str) -> bool:
    return name.lower().endswith(".gz")


def read_jsonl(
    path: str | os.PathLike[str],
    *,
    fields: JsonFields = JsonFields(),
    max_bytes: int = DEFAULT_MAX_BYTES,
    stats: ReadStats | None = None,
) -> Iterator[InputRecord]:
    """Stream the records of a JSONL file (gzipped if its name ends in .gz), one per line.

    Blank lines are no records (counted in ``stats.skipped``); a line that is not a JSON object
    is a ``decode_error`` record; an over-long line is a ``too_large`` record, never held whole.
    """
    name = os.fspath(path)
    line_limit = max_bytes * JSONL_ESCAPE_FACTOR + MAX_HEADER_BYTES
    count = _ByteCount(stats)
    try:
        raw = _open_regular(name)
    except OSError as error:
        problem = Problem(ErrorReason.DECODE_ERROR, f"cannot read: {error}")
        yield InputRecord(id=f"{name}:1", source=f"{name}:1", problem=problem)
        return
    with raw:
        stream = gzip.GzipFile(fileobj=raw) if _is_gzip_name(name) else raw
        lineno = 0
        while True:
            source = f"{name}:{lineno + 1}"
            try:
                line = stream.readline(line_limit)
                if len(line) >= line_limit and not line.endswith(b"\n"):
                    while True:  # drop the rest of the over-long line
                        rest = stream.readline(CHUNK_BYTES)
                        if not rest or rest.endswith(b"\n"):
                            break
                    lineno += 1
                    problem = Problem(ErrorReason.TOO_LARGE, f"line over {line_limit} bytes")
                    yield InputRecord(id=source, source=source, problem=problem)
                    continue
            except (OSError, EOFError, zlib.error) as error:
                problem = Problem(ErrorReason.DECODE_ERROR, f"cannot read on: {error}")
                yield InputRecord(id=source, source=source, problem=problem)
                return
            if not line:
                count.at(raw.tell())
                return
            lineno += 1
            count.at(raw.tell())
            if not line.strip():
                if stats is not None:
                    stats.skipped["blank jsonl line"] += 1
                continue
            yield _jsonl_record(line, source, fields)


def _jsonl_record(line: bytes, source: str, fields: JsonFields) -> InputRecord:
    try:
        data = json.loads(line)
    except (ValueError, RecursionError) as error:  # also UnicodeDecodeError; deep nesting
        problem = Problem(ErrorReason.DECODE_ERROR, f"not JSON: {error}")
        return InputRecord(id=source, source=source, problem=problem)
    if not isinstance(data, dict):
        problem = Problem(ErrorReason.DECODE_ERROR, "the line is not a JSON object")
        return InputRecord(id=source, source=source, problem=problem)
    return record_from_mapping(data, source=source, fields=fields)


def read_file(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stats: ReadStats | None = None,
) -> InputRecord:
    """One page file as one record (``.gz`` files decompressed; ``.txt`` files are page text)."""
    name = os.fspath(path)
    lower = name.lower()
    kind: Kind = "text" if lower.endswith(_TEXT_SUFFIXES) else "auto"
    try:
        size = os.path.getsize(name)
        if _is_gzip_name(lower):
            with _open_regular(name) as raw, gzip.GzipFile(fileobj=raw) as stream:
                data = stream.read(max_bytes + 1)
        elif size > max_bytes:
            data = b""
        else:
            with _open_regular(name) as handle:
                data = handle.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        reason = ErrorReason.DECODE_ERROR
        return InputRecord(id=name, source=name, kind=kind, problem=Problem(reason, str(error)))
    finally:
        if stats is not None and os.path.exists(name):
            stats.bytes_read += os.path.getsize(name)
    if (size > max_bytes and not data) or len(data) > max_bytes:
        problem = Problem(ErrorReason.TOO_LARGE, f"over the {max_bytes}-byte limit")
        return InputRecord(id=name, source=name, kind=kind, problem=problem)
    return InputRecord(id=name, source=name, payload=data, kind=kind)


def _open_regular(name: str) -> IO[bytes]:
    """Open a file to read, raising OSError for what is no regular file: a FIFO or a
    terminal in a folder blocked the batch forever on open or read, and a device never ends."""
    if not stat.S_ISREG(os.stat(name).st_mode):
        raise OSError(f"{name}: not a regular file")
    return open(name, "rb")


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """The files named by ``inputs`` (files, folders walked in sorted order, globs), in order.

    Hidden files and folders (names starting with ".") inside folders are left out. Raises
    InputError for a path that does not exist or a glob that matches nothing.
    """
    files: list[str] = []
    for item in inputs:
        if os.path.isdir(item):
            files.extend(_walk(item))
        elif os.path.lexists(item):  # a file, or a name no file is behind (a broken link, a
            files.append(item)  # FIFO): read_file makes it an error record, as in a folder
        elif _GLOB_CHARS.search(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"{item}: matches no file")
            for match in matches:
                files.extend(_walk(match) if os.path.isdir(match) else [match])
        else:
            raise InputError(f"{item}: no such file or folder")
    return files


def _walk(folder: str) -> list[str]:
    found: list[str] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, n) for n in sorted(names) if not n.startswith("."))
    return found


def input_kind(path: str) -> Literal["warc", "jsonl", "page"]:
    """How a file is read, from its name: a WARC/WET archive, a JSONL file, or one page."""
    lower = path.lower()
    if lower.endswith(_WARC_SUFFIXES):
        return "warc"
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    return "page"


def read_inputs(
    inputs: Iterable[str],
    *,
    fields: JsonFields = JsonFields(),
    max_bytes: int = DEFAULT_MAX_BYTES,
    stats: ReadStats | None = None,
) -> Iterator[InputRecord]:
    """Every input record of ``inputs`` (see :func:`expand_inputs`), streamed in order."""
    for path in expand_inputs(inputs):
        kind = input_kind(path)
        if kind == "warc":
            yield from read_warc(path, max_bytes=max_bytes, stats=stats)
        elif kind == "jsonl":
            yield from read_jsonl(path, fields=fields, max_bytes=max_bytes, stats=stats)
        else:
            yield read_file(path, max_bytes=max_bytes, stats=stats)


# ---------------------------------------------------------------------------------------------
# Worker processes
# ---------------------------------------------------------------------------------------------

_FRAME = struct.Struct("!Q")
_READY = b"ready"
_WORKER_CODE = "from newsparse.batch import _worker_main; _worker_main()"


@attrs.frozen
class _WorkerInit:
    """What a worker needs before its first document."""

    parent: int
    pipeline: bytes | None
    recycle_rss: int
    memory_limit: int | None


@attrs.frozen
class _Reply:
    """A worker's answer for one document."""

    outcome: Article | Problem
    peak_rss: int
    retiring: bool


def _write_frame(stream: IO[bytes], data: bytes) -> None:
    view = memoryview(_FRAME.pack(len(data)) + data)
    while view:
        written = stream.write(view)
        view = view[written or 0 :]
    stream.flush()


def _read_frame(stream: IO[bytes]) -> bytes | None:
    head = _read_exact(stream, _FRAME.size)
    if head is None:
        return None
    return _read_exact(stream, _FRAME.unpack(head)[0])


def _read_exact(stream: IO[bytes], size: int) -> bytes | None:
    parts: list[bytes] = []
    left = size
    while left:
        part = stream.read(left)
        if not part:
            return None
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _rss(pid: int | str = "self") -> int | None:
    """Resident memory of a process in bytes (Linux), or None where /proc is missing."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _status_bytes(field: bytes) -> int | None:
    """A size from /proc/self/status (``VmHWM``, ``VmPeak``) in bytes, None without /proc."""
    try:
        with open("/proc/self/status", "rb") as handle:
            for line in handle:
                if line.startswith(field + b":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _peak_rss() -> int:
    """This process's peak resident memory in bytes."""
    peak_hwm = _status_bytes(b"VmHWM")
    if peak_hwm is not None:
        return peak_hwm
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _exit_with_parent(parent: int) -> None:
    """End this worker when the pool's process is gone (killed with no chance to stop us)."""

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="newsparse-parent-watch", daemon=True).start()


def _cap_address_space(limit: int) -> None:
    """Make allocations past ``limit`` bytes of address space fail with MemoryError.

    Resident memory never exceeds the address space, so this holds a worker under the limit
    whatever the page; the pool's own watch on resident memory covers systems without it.
    """
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass  # no such limit here (Windows, some BSDs): the pool's watch still applies


def _worker_main() -> None:
    """A worker process: read pickled records on stdin, write pickled replies on stdout."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the pool's to handle
    replies = os.fdopen(os.dup(1), "wb", buffering=0)
    tasks = os.fdopen(os.dup(0), "rb", buffering=0)
    os.dup2(2, 1)  # a stray print must not corrupt the replies
    frame = _read_frame(tasks)
    if frame is None:
        return
    init: _WorkerInit = pickle.loads(frame)
    _exit_with_parent(init.parent)
    pipeline: Pipeline | None = pickle.loads(init.pipeline) if init.pipeline else None
    import newsparse  # noqa: F401 - load everything before saying ready

    if init.memory_limit is not None:
        _cap_address_space(init.memory_limit)
    _write_frame(replies, _READY)
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)  # library warnings would scribble over the progress bar
    while True:
        frame = _read_frame(tasks)
        if frame is None:
            return
        outcome: Article | Problem
        try:
            record: InputRecord = pickle.loads(frame)
            outcome = _parse_checked(record, pipeline)
        except Exception as error:
            outcome = Problem(ErrorReason.PARSER_FAILURE, f"{type(error).__name__}: {error}")
        # Out of memory under the address-space cap often surfaces as some other error from C
        # code ("SystemError: error return without exception set"): call it what it is.
        at_cap = init.memory_limit is not None and (_status_bytes(b"VmPeak") or 0) >= (
            NEAR_CAP_SHARE * init.memory_limit
        )
        if at_cap and isinstance(outcome, Problem) and outcome.reason not in _NOT_MEMORY:
            limit = (init.memory_limit or 0) // (1024 * 1024)
            outcome = Problem(
                ErrorReason.TOO_LARGE, f"the page needs more than {limit} MB ({outcome.detail})"
            )
        rss = _rss() or 0
        reply = _Reply(
            outcome=outcome, peak_rss=_peak_rss(), retiring=at_cap or rss > init.recycle_rss
        )
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:
            problem = Problem(ErrorReason.PARSER_FAILURE, f"result cannot be sent: {error}")
            data = pickle.dumps(attrs.evolve(reply, outcome=problem))
        _write_frame(replies, data)
        if reply.retiring:
            return


@attrs.define
class _Slot:
    """One input record on its way through the pool, in input order."""

    record: InputRecord
    result: BatchResult | None = None
    tries: int = 0


def _widen_pipe(fd: int) -> None:
    """Let a pipe hold a whole page (Linux): the pool then never waits for a worker to read."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass  # another system, or over the system's pipe-max-size: pipes stay as they are


class _Worker:
    """One worker process and the document it is parsing."""

    def __init__(self, init: bytes, stats: PoolStats) -> None:
        paths = [p for p in sys.path if p]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER_CODE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,
            env=env,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.tasks: IO[bytes] = self.proc.stdin
        self.replies: IO[bytes] = self.proc.stdout
        for pipe in (self.tasks, self.replies):
            _widen_pipe(pipe.fileno())
        self.state: Literal["starting", "idle", "busy", "retiring", "gone"] = "starting"
        self.slot: _Slot | None = None
        self.since = time.monotonic()
        stats.workers_started += 1
        _write_frame(self.tasks, init)

    def fileno(self) -> int:
        return self.replies.fileno()

    def assign(self, slot: _Slot) -> bool:
        """Send a document; False if the worker is gone (the slot is not taken)."""
        try:
            _write_frame(self.tasks, pickle.dumps(slot.record, protocol=pickle.HIGHEST_PROTOCOL))
        except (BrokenPipeError, OSError):
            self.stop()
            return False
        slot.record = slot.record.without_payload()
        slot.tries += 1
        self.slot, self.state, self.since = slot, "busy", time.monotonic()
        return True

    def started(self) -> None:
        """Read the ready message; raise with the worker's stderr if it could not start."""
        frame = _read_frame(self.replies)
        if frame != _READY:
            self.proc.kill()
            _, err = self.proc.communicate()
            message = err.decode("utf-8", "replace").strip().splitlines()
            raise RuntimeError(
                "a newsparse worker process could not start: "
                + (message[-1] if message else f"exit status {self.proc.returncode}")
            )
        assert self.proc.stderr is not None
        self.proc.stderr.close()
        self.state, self.since = "idle", time.monotonic()

    def stop(self, *, kill: bool = False) -> int | None:
        """End the process (closing its input lets an idle worker exit by itself)."""
        if self.state == "gone":
            return self.proc.returncode
        self.state = "gone"
        for stream in (self.tasks, self.replies):
            with contextlib.suppress(OSError):
                stream.close()
        if kill:
            self.proc.kill()
        try:
            return self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


def parse_many(
    records: Iterable[InputRecord],
    *,
    workers: int = 1,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    pipeline: Pipeline | None = None,
    stats: PoolStats | None = None,
) -> Generator[BatchResult, None, None]:
    """Parse ``records`` and yield one result per record, in input order.

    With ``workers >= 1`` pages are parsed in that many worker processes: a page taking longer
    than ``timeout`` seconds gets its worker killed and replaced, and a ``timeout`` error. A
    worker's address space is capped at ``memory_limit`` bytes (a page needing more gets a
    ``too_large`` error), and a worker seen above it anyway is killed the same way.
    ``workers=0`` parses in this process, with no time or memory limit. Records are read
    lazily, a few per worker ahead, so an archive is never held whole. A custom ``pipeline``
    must pickle (its stages module-level objects) to reach the workers.
    """
    if workers < 0:
        raise ValueError("workers must be 0 (in this process) or more")
    if workers == 0:
        for record in records:
            yield process_record(record, pipeline=pipeline, max_bytes=max_bytes)
        return
    try:
        shipped = _dump_pipeline(pipeline) if pipeline is not None else None
    except Exception as error:
        raise InputError(
            f"the pipeline cannot be sent to worker processes ({error}); "
            "build its stages from module-level functions, or use workers=0"
        ) from None
    init = pickle.dumps(
        _WorkerInit(
            parent=os.getpid(),
            pipeline=shipped,
            recycle_rss=WORKER_RECYCLE_RSS,
            memory_limit=memory_limit,
        )
    )
    pool = _Pool(
        init=init,
        workers=workers,
        timeout=timeout,
        memory_limit=memory_limit,
        max_bytes=max_bytes,
        stats=stats if stats is not None else PoolStats(),
    )
    yield from pool.run(iter(records))


def _module_attribute(module: str, name: str) -> Any:
    """The object ``module.name``: how a stage made by the ``@stage`` decorator is unpickled."""
    return getattr(importlib.import_module(module), name)


def _reduce_stage(item: FunctionStage) -> Any:
    """Pickle a decorated stage by reference: its function's name now holds the stage itself."""
    module = sys.modules.get(getattr(item.func, "__module__", "") or "")
    if module is not None:
        for name, value in vars(module).items():
            same = value is item or (
                # a copy made by pickling by value (cloudpickle, dask) names the same stage
                isinstance(value, FunctionStage)
                and value.name == item.name
                and getattr(value.func, "__qualname__", None)
                == getattr(item.func, "__qualname__", "")
            )
            if same:
                return _module_attribute, (module.__name__, name)
    return item.__reduce_ex__(pickle.HIGHEST_PROTOCOL)


def _dump_pipeline(pipeline: Pipeline) -> bytes:
    """Pickle a pipeline for the workers; decorated stages travel as module references."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    table = dict(copyreg.dispatch_table)
    table[FunctionStage] = _reduce_stage
    pickler.dispatch_table = table  # this pickler only: nothing global changes
    pickler.dump(pipeline)
    return buffer.getvalue()


class _Pool:
    """The worker processes behind :func:`parse_many`: one document per worker at a time."""

    def __init__(
        self,
        *,
        init: bytes,
        workers: int,
        timeout: float | None,
        memory_limit: int | None,
        max_bytes: int,
        stats: PoolStats,
    ) -> None:
        self.init = init
        self.size = workers
        self.timeout = timeout
        self.memory_limit = memory_limit
        self.max_bytes = max_bytes
        self.stats = stats
        self.crew: list[_Worker] = []
        self.queue: deque[_Slot] = deque()

    def run(self, records: Iterator[InputRecord]) -> Iterator[BatchResult]:
        window: deque[_Slot] = deque()
        exhausted = False
        try:
            while True:
                while not exhausted and len(window) < self.size * WINDOW_PER_WORKER:
                    record = next(records, None)
                    if record is None:
                        exhausted = True
                        break
                    window.append(self._admit(record))
                done = window[0].result if window else None
                if done is not None:
                    window.popleft()
                    yield done
                    continue
                if not window:
                    return
                self._staff()
                self._wait()
        finally:
            for worker in self.crew:
                worker.stop(kill=worker.state == "busy")

    def _admit(self, record: InputRecord) -> _Slot:
        slot = _Slot(record)
        problem = check_record(record, max_bytes=self.max_bytes)
        if problem is not None:
            slot.result = _error(record, problem)
        else:
            self.queue.append(slot)
        return slot

    def _staff(self) -> None:
        """Start workers as needed and hand queued documents to idle ones."""
        self.crew = [w for w in self.crew if w.state != "gone"]
        live = [w for w in self.crew if w.state in ("starting", "idle", "busy")]
        ready = sum(1 for w in live if w.state in ("starting", "idle"))
        for _ in range(min(self.size - len(live), len(self.queue) - ready)):
            self.crew.append(_Worker(self.init, self.stats))
        for worker in self.crew:
            if worker.state == "idle" and self.queue:
                slot = self.queue.popleft()
                if not worker.assign(slot):
                    self._lost(slot, worker)

    def _lost(self, slot: _Slot, worker: _Worker) -> None:
        """A worker died before taking a document: try it once more on another worker."""
        if slot.tries == 0 and worker.slot is None:
            slot.tries = 1
            self.queue.appendleft(slot)
        else:
            slot.result = _error(
                slot.record, Problem(ErrorReason.PARSER_FAILURE, "the worker process died")
            )

    def _wait(self) -> None:
        """Wait for replies, then enforce the time and memory limits."""
        watched = [w for w in self.crew if w.state in ("starting", "busy", "retiring")]
        if not watched:
            return
        readable, _, _ = select.select(watched, [], [], POLL_INTERVAL)
        for worker in readable:
            self._receive(worker)
        now = time.monotonic()
        for worker in self.crew:
            if worker.state == "starting" and now - worker.since > STARTUP_TIMEOUT:
                worker.stop(kill=True)
                raise RuntimeError("a newsparse worker process did not start in time")
            if worker.state != "busy" or worker.slot is None:
                continue
            if self.timeout is not None and now - worker.since > self.timeout:
                self._kill(worker, ErrorReason.TIMEOUT, f"no result after {self.timeout:g} s")
                continue
            rss = _rss(worker.proc.pid) if self.memory_limit is not None else None
            if rss is not None and self.memory_limit is not None and rss > self.memory_limit:
                self.stats.peak_worker_rss = max(self.stats.peak_worker_rss, rss)
                limit = self.memory_limit // (1024 * 1024)
                self._kill(worker, ErrorReason.TOO_LARGE, f"the worker passed {limit} MB")

    def _kill(self, worker: _Worker, reason: ErrorReason, detail: str) -> None:
        slot = worker.slot
        assert slot is not None
        worker.stop(kill=True)
        self.stats.workers_killed += 1
        slot.result = _error(slot.record, Problem(reason, f"{detail}; the worker was killed"))

    def _receive(self, worker: _Worker) -> None:
        if worker.state == "starting":
            worker.started()
            return
        frame = _read_frame(worker.replies)
        slot, worker.slot = worker.slot, None
        if frame is None:
            status = worker.stop()
            if slot is not None:
                detail = f"the worker process died (exit status {status})"
                slot.result = _error(slot.record, Problem(ErrorReason.PARSER_FAILURE, detail))
            return
        if slot is None:  # pragma: no cover - a reply nobody asked for
            return
        reply: _Reply = pickle.loads(frame)
        self.stats.peak_worker_rss = max(self.stats.peak_worker_rss, reply.peak_rss)
        if isinstance(reply.outcome, Problem):
            slot.result = _error(slot.record, reply.outcome)
        else:
            slot.result = _article(slot.record, reply.outcome)
        worker.state = "retiring" if reply.retiring else "idle"


# ---------------------------------------------------------------------------------------------
# Output shapes
# ---------------------------------------------------------------------------------------------


def result_to_dict(result: BatchResult, seq: int | None = None) -> dict[str, Any]:
    """The JSON record of one result (the JSONL line, with ``seq`` first when given)."""
    out: dict[str, Any] = {} if seq is None else {"seq": seq}
    if isinstance(result, ErrorRecord):
        out.update(status="error", reason=result.reason.value, detail=result.detail)
    else:
        out["status"] = "ok"
    out.update(id=result.id, source=result.source, url=result.url, http_status=result.http_status)
    if isinstance(result, ArticleRecord):
        out["article"] = result.article.to_dict()
    return out


def result_to_json(result: BatchResult, seq: int | None = None) -> str:
    """One JSONL line (without the newline): ``seq``, ``status``, ``reason``, ``detail``, ..."""
    return json.dumps(result_to_dict(result, seq), ensure_ascii=False)


ColumnType = Literal["string", "int", "strings"]

# The flat row of the Parquet file and the dask DataFrame: name, type, meaning.
FLAT_COLUMNS: tuple[tuple[str, ColumnType, str], ...] = (
    ("id", "string", "input record id (WARC-Record-ID, JSONL id field, file path)"),
    ("source", "string", "where the record was read: file@offset, file:line, or path"),
    ("url", "string", "the page URL given with the record"),
    ("http_status", "int", "HTTP status of a WARC response record"),
    ("status", "string", "ok or error"),
    ("error_reason", "string", "decode_error, not_html, too_large, timeout, parser_failure, empty"),
    ("error_detail", "string", "what went wrong, for people"),
    ("headline", "string", "Article.headline"),
    ("standfirst", "string", "Article.standfirst"),
    ("site_name", "string", "Article.site_name"),
    ("section_path", "strings", "Article.section_path"),
    ("language", "string", "Article.language (ISO 639-1)"),
    ("canonical_url", "string", "Article.canonical_url"),
    ("image", "string", "Article.image"),
    ("published", "string", "ISO 8601; with an offset only when the page gave a zone"),
    ("updated", "string", "ISO 8601, as published"),
    ("byline", "string", "Byline.text"),
    ("byline_people", "strings", "Byline.people"),
    ("byline_organizations", "strings", "Byline.organizations"),
    ("dateline", "string", "Dateline.text"),
    ("dateline_locations", "strings", "Dateline.locations"),
    ("dateline_agency", "string", "Dateline.agency"),
    ("text", "string", "the body, one block per line"),
    ("paragraph_count", "int", "number of body blocks"),
    ("caption_count", "int", "number of captions"),
    ("pull_quote_count", "int", "number of pull quotes"),
    ("related_link_count", "int", "number of related-link teasers"),
    ("warnings", "strings", "Article.warnings"),
    ("article_json", "string", "the whole Article as JSON (Article.to_dict)"),
)


def flat_row_from_json(record: Mapping[str, Any]) -> dict[str, Any]:
    """The flat row (:data:`FLAT_COLUMNS`) of one JSON record as written by result_to_json."""
    article: Mapping[str, Any] = record.get("article") or {}
    byline: Mapping[str, Any] = article.get("byline") or {}
    dateline: Mapping[str, Any] = article.get("dateline") or {}
    ok = record.get("status") == "ok"

    def count(name: str) -> int | None:
        return len(article.get(name) or ()) if ok else None

    return {
        "id": record.get("id"),
        "source": record.get("source"),
        "url": record.get("url"),
        "http_status": record.get("http_status"),
        "status": record.get("status"),
        "error_reason": record.get("reason"),
        "error_detail": record.get("detail"),
        "headline": article.get("headline"),
        "standfirst": article.get("standfirst"),
        "site_name": article.get("site_name"),
        "section_path": list(article.get("section_path") or ()),
        "language": article.get("language"),
        "canonical_url": article.get("canonical_url"),
        "image": article.get("image"),
        "published": article.get("published"),
        "updated": article.get("updated"),
        "byline": byline.get("text"),
        "byline_people": list(byline.get("people") or ()),
        "byline_organizations": list(byline.get("organizations") or ()),
        "dateline": dateline.get("text"),
        "dateline_locations": list(dateline.get("locations") or ()),
        "dateline_agency": dateline.get("agency"),
        "text": "\n".join(b["text"] for b in article.get("paragraphs") or ()) if ok else None,
        "paragraph_count": count("paragraphs"),
        "caption_count": count("captions"),
        "pull_quote_count": count("pull_quotes"),
        "related_link_count": count("related_links"),
        "warnings": list(article.get("warnings") or ()),
        "article_json": json.dumps(article, ensure_ascii=False) if ok else None,
    }


def flat_row(result: BatchResult) -> dict[str, Any]:
    """The flat row (:data:`FLAT_COLUMNS`) of one result."""
    return flat_row_from_json(result_to_dict(result))


# ---------------------------------------------------------------------------------------------
# Writing WARC records (tests, benchmarks, packing a folder of pages)
# ---------------------------------------------------------------------------------------------


def http_response(body: bytes, *, content_type: str = "text/html; charset=utf-8") -> bytes:
    """An HTTP/1.1 200 response message holding ``body``: the block of a WARC response."""
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def warc_record(
    warc_type: str,
    block: bytes,
    *,
    record_id: str,
    url: str | None = None,
    content_type: str | None = None,
    compress: bool = True,
) -> bytes:
    """One WARC/1.1 record (one gzip member when ``compress``); ``record_id`` like urn:uuid:..."""
    if content_type is None:
        content_type = {
            "response": "application/http; msgtype=response",
            "request": "application/http; msgtype=request",
            "conversion": "text/plain",
        }.get(warc_type, "application/octet-stream")
    lines = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        f"WARC-Record-ID: <{record_id}>",
        "WARC-Date: 2024-01-01T00:00:00Z",
    ]
    if url is not None:
        lines.append(f"WARC-Target-URI: {url}")
    lines += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    data = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(data, compresslevel=6, mtime=0) if compress else data
