"""parse never opens a socket: not for the corpora pages, not for pages that ask it to.

Two nets: Python's socket entry points are replaced by a function that records the attempt
and refuses it, and a listening server on 127.0.0.1, which pages name in every place a parser
might fetch from (external DTDs and entities, stylesheets, XInclude, images, scripts), counts
connections, so that a fetch from C code (libxml2 has its own HTTP client) is caught too.
"""

from __future__ import annotations

import gzip
import select
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse.load import Kind

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
FIXTURES = Path(__file__).parent / "fixtures"
# Pages taken from each corpus: spread over the sorted list, so every run reads the same ones.
PAGES_PER_CORPUS = 12
# Seconds to wait for a connection that a parse may have started in the background.
LISTEN_GRACE = 0.2


class SocketAttempt(AssertionError):
    """Raised in place of any socket use while a test parses."""


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the socket module's entry points; the list collects every attempt."""
    seen: list[str] = []

    def refuse(name: str) -> object:
        def blocked(*args: object, **kwargs: object) -> object:
            seen.append(f"{name}{args!r}"[:120])
            raise SocketAttempt(f"parse called socket.{name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return seen


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A server on a free local port; made before the socket module is patched."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    try:
        yield server
    finally:
        server.close()


def connections(server: socket.socket) -> int:
    """Connections waiting on the server (each one a fetch some code tried)."""
    count = 0
    while select.select([server], [], [], LISTEN_GRACE if count == 0 else 0)[0]:
        connection, _ = server.accept()
        connection.close()
        count += 1
    return count


def _corpus_pages() -> list[Path]:
    pages: list[Path] = []
    for corpus in sorted(CORPORA.iterdir()):
        found = sorted(corpus.rglob("*.html.gz"))
        found = [p for p in found if p.name != "expected.html.gz"]
        if found:
            step = max(1, len(found) // PAGES_PER_CORPUS)
            pages.extend(found[::step][:PAGES_PER_CORPUS])
    return pages


def _fixture_sources() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("*/source.*") if p.suffix in (".txt", ".html"))


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _ids(paths: list[Path], root: Path) -> list[str]:
    return [str(p.relative_to(root)) for p in paths]


def _corpus_params() -> list[object]:
    if not CORPORA.is_dir():
        reason = f"the shared corpora are absent ({CORPORA} does not exist)"
        return [pytest.param(None, id="corpora-absent", marks=pytest.mark.skip(reason=reason))]
    pages = _corpus_pages()
    return [pytest.param(p, id=i) for p, i in zip(pages, _ids(pages, CORPORA), strict=True)]


@pytest.mark.parametrize("path", _corpus_params())
def test_corpus_page_opens_no_socket(path: Path, attempts: list[str]) -> None:
    article = newsparse.parse(_read(path), url="https://example.com/news/story.html")
    assert attempts == []
    assert isinstance(article, newsparse.Article)


FIXTURE_SOURCES = _fixture_sources()


@pytest.mark.parametrize("path", FIXTURE_SOURCES, ids=_ids(FIXTURE_SOURCES, FIXTURES))
def test_fixture_opens_no_socket(path: Path, attempts: list[str]) -> None:
    kind: Kind = "text" if path.suffix == ".txt" else "html"
    newsparse.parse(_read(path), kind=kind)
    assert attempts == []


def test_the_guard_works(attempts: list[str]) -> None:
    """The patched module refuses and records (else the tests above prove nothing)."""
    with pytest.raises(SocketAttempt):
        socket.create_connection(("127.0.0.1", 9))
    assert attempts


def _fetching_page(base: str) -> str:
    return f"""<?xml version="1.0"?>
<?xml-stylesheet type="text/xsl" href="{base}/style.xsl"?>
<!DOCTYPE html SYSTEM "{base}/page.dtd" [
  <!ENTITY remote SYSTEM "{base}/entity">
  <!ENTITY % dtd SYSTEM "{base}/param.dtd"> %dtd;
]>
<html xmlns:xi="http://www.w3.org/2001/XInclude"><head>
<title>Council votes &remote;</title>
<link rel="stylesheet" href="{base}/style.css"><link rel="canonical" href="{base}/story">
<meta property="og:image" content="{base}/image.jpg">
<script src="{base}/app.js"></script>
<script type="application/ld+json">{{"@context": "{base}/context.jsonld",
 "@type": "NewsArticle", "headline": "Council votes", "image": "{base}/ld.jpg",
 "author": {{"@id": "{base}/people/jane"}}}}</script>
<base href="{base}/"></head>
<body><article><h1>Council votes &remote;</h1>
<xi:include href="{base}/include.xml"/>
<img src="{base}/photo.jpg" srcset="{base}/photo-2x.jpg 2x"><iframe src="{base}/frame"></iframe>
<object data="{base}/object"></object><embed src="{base}/embed"><video src="{base}/v.mp4"></video>
<p>The city council voted on Tuesday to build twelve kilometres of protected bike lanes
across the centre, after a debate that lasted most of the evening.
<a href="{base}/more">More</a></p>
</article></body></html>"""


@pytest.mark.parametrize("kind", ["auto", "html", "text"])
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_a_page_naming_a_live_server_is_not_fetched(
    listener: socket.socket, kind: Kind, as_bytes: bool
) -> None:
    host, port = listener.getsockname()
    source = _fetching_page(f"http://{host}:{port}")
    newsparse.parse(source.encode() if as_bytes else source, kind=kind)
    assert connections(listener) == 0


def test_the_listener_sees_a_real_fetch(listener: socket.socket) -> None:
    """A connection that does happen is counted (else the test above proves nothing)."""
    client = socket.create_connection(listener.getsockname())
    try:
        assert connections(listener) == 1
    finally:
        client.close()
