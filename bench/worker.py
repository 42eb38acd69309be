"""The child process that runs one system over a list of pages: ``python -m bench.worker``.

It reads one JSON job on stdin (system, mode, pages as ``[key, path, url]``), prints ``ready``
once the system is imported, then one JSON line per page. Sockets are blocked before anything
is imported, so no system can reach the network; each blocked attempt is counted. Rendering a
page to text (text modes) is done before the clock starts: only the system's call is timed.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import resource
import socket
import sys
import time
import traceback
from pathlib import Path
from typing import Any, NoReturn

from bench.peers import PEER_MODULES

READY = "ready"
# A small article each system parses once, untimed, before the first page: lazy imports and
# caches are warmed, so that page times measure steady-state work.
WARM_UP_HTML = (
    b"<html><head><title>Warm-up story - Example News</title>"
    b'<meta name="author" content="Jane Doe"></head><body><nav><a href="/">Home</a></nav>'
    b"<article><h1>Warm-up story</h1><p>By Jane Doe</p><p>Published January 5, 2022</p>"
    + b"<p>LONDON (Reuters) - This paragraph only warms up the extractor before timing."
    + b" It is long enough to be taken for body text by every system in the benchmark.</p>" * 4
    + b"</article><footer>Contact us</footer></body></html>"
)
# Longest error text sent back per page (a traceback's last line is enough to group errors).
MAX_ERROR_CHARS = 300


class NetworkBlockedError(OSError):
    """Raised by every socket connection or name lookup inside a worker."""


class _NetworkGuard:
    """Counts and refuses socket use; installed over the socket module's entry points."""

    def __init__(self) -> None:
        self.attempts = 0

    def refuse(self, *args: object, **kwargs: object) -> NoReturn:
        self.attempts += 1
        raise NetworkBlockedError("network access is blocked in the benchmark")

    def install(self) -> None:
        socket.socket.connect = self.refuse  # type: ignore[method-assign]
        socket.socket.connect_ex = self.refuse  # type: ignore[method-assign]
        socket.create_connection = self.refuse
        socket.getaddrinfo = self.refuse


def _read_html(path: str) -> bytes:
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            return handle.read()
    return Path(path).read_bytes()


def _emit(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _peak_rss_kb() -> int:
    """This process's peak resident memory in KiB.

    Linux's ``VmHWM`` is the high-water mark of this program alone; ``ru_maxrss`` survives
    ``exec`` and would report the parent's size at fork time, so it is only the fallback.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main() -> int:
    """Run the job read from stdin; one result line per page on stdout."""
    guard = _NetworkGuard()
    guard.install()
    job = json.loads(sys.stdin.read())
    system: str = job["system"]
    mode: str = job["mode"]

    from bench.systems import make_extractor, render_for_mode

    extract = make_extractor(system, mode)
    # A system that fails on the warm-up page fails (and is counted) on the real pages too.
    with contextlib.suppress(Exception):
        extract(render_for_mode(mode, WARM_UP_HTML), "https://example.com/news/warm-up")
    _emit({"event": READY, "rss_kb": _peak_rss_kb()})
    for key, path, url in job["pages"]:
        before = guard.attempts
        record: dict[str, Any] = {"event": "page", "key": key}
        try:
            source = render_for_mode(mode, _read_html(path))
        except Exception as exc:  # a page we cannot even read or render
            record.update(status="error", error=f"input: {type(exc).__name__}: {exc}")
        else:
            start = time.perf_counter()
            cpu_start = time.process_time()
            try:
                extraction = extract(source, url)
            except Exception as exc:  # any failure of the system is counted, never fatal
                record.update(status="error", error=_error_text(exc))
            else:
                record.update(status="ok", extraction=extraction.to_wire())
            record["cpu_ms"] = (time.process_time() - cpu_start) * 1000
            record["ms"] = (time.perf_counter() - start) * 1000
        record["rss_kb"] = _peak_rss_kb()
        record["network_attempts"] = guard.attempts - before
        _emit(record)
    if system == "newsparse":
        loaded = sorted(m for m in PEER_MODULES.values() if m in sys.modules)
        _emit({"event": "peer_imports", "modules": loaded})
    return 0


def _error_text(exc: BaseException) -> str:
    last = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return last[:MAX_ERROR_CHARS]


if __name__ == "__main__":
    raise SystemExit(main())
