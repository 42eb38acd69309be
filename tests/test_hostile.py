"""Hostile and broken pages: parse never crashes, never hangs, never expands, never leaks.

Every input is generated here (nothing big is committed). Each case is parsed in a forked
child with a CPU-time budget (the kernel stops the child past it, however busy the machine):
a case that hangs fails with its name, a case that raises fails with the child's traceback.
The child also refuses sockets and reports its peak memory. Each case must give an Article
with no stage failure recorded in ``warnings``, an output that encodes as UTF-8, no larger
than the input allows, and holding no file content.

Budgets are far above the CPU time a linear parse needs (the figures are in
docs/robustness.md), so only a hang or a super-linear blow-up fails them.
"""

from __future__ import annotations

import gzip
import math
import multiprocessing
import random
import resource
import signal
import socket
import time
import traceback
from collections.abc import Callable
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsparse
from newsparse import htmlblocks
from newsparse.load import decode_bytes

MB = 1 << 20
# Budgets are CPU seconds, which do not grow when other jobs share the machine.
# CPU seconds any small case may take; real pages parse in milliseconds.
SMALL_BUDGET = 10.0
# CPU seconds a 20 MB case may take: about 19 s is measured, the budget allows for a slower
# CI machine (a quadratic step would need hours).
HUGE_BUDGET = 45.0
# Wall-clock seconds allowed per CPU second of budget: a loaded machine gives a parse a share
# of a core, and a parse blocked without using CPU (a network wait) must still be stopped.
WALL_PER_CPU_SECOND = 5
# Output characters allowed per input character (paragraphs, removed blocks, captions and
# provenance each repeat some text) plus a constant for the JSON keys: entity expansion or
# duplicated text would exceed it.
OUTPUT_PER_INPUT_CHAR = 4
OUTPUT_OVERHEAD_CHARS = 20_000
# Peak memory a parse may add, in bytes per input character plus a constant for the tree and
# the interpreter's arenas. A 20 MB page peaks near 40 bytes per character (lxml's tree, the
# text segments and their words).
MEMORY_PER_INPUT_CHAR = 120
MEMORY_OVERHEAD = 300 * MB
# Text no output may hold: the first field of /etc/passwd (an XXE attack reads that file).
PASSWD_MARK = "root:x:0:0"


class SocketAttemptError(OSError):
    """Raised in the child whenever parse tries to create a socket."""


@attrs.frozen
class Outcome:
    """What the child sends back: the article, CPU seconds, peak extra memory, socket attempts."""

    article: newsparse.Article
    seconds: float
    peak_bytes: int
    socket_attempts: int


def _memory_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _child(source: Any, kwargs: dict[str, Any], budget: float, conn: Connection) -> None:
    # The kernel stops the child once it has used ``budget`` CPU seconds (SIGXCPU), however
    # busy the machine is; no core file is written.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (math.ceil(budget), hard))
    attempts: list[str] = []

    def refuse(*args: object, **kw: object) -> None:
        attempts.append(repr(args)[:80])
        raise SocketAttemptError("sockets are blocked in this test")

    socket.socket = refuse  # type: ignore[assignment,misc]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    start_kb = _memory_kb("VmRSS")
    try:
        started = time.process_time()
        article = newsparse.parse(source, **kwargs)
        seconds = time.process_time() - started
    except BaseException as error:
        conn.send(("raised", f"{type(error).__name__}: {error}", traceback.format_exc()))
    else:
        peak = (_memory_kb("VmHWM") - start_kb) * 1024
        conn.send(("ok", Outcome(article, seconds, peak, len(attempts))))
    conn.close()


def parse_bounded(source: Any, *, budget: float = SMALL_BUDGET, **kwargs: Any) -> Outcome:
    """Parse in a forked child; fail the test if it raises or uses more than ``budget`` CPU
    seconds (or, blocked without using CPU, more than WALL_PER_CPU_SECOND times that)."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(source, kwargs, budget, child), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(budget * WALL_PER_CPU_SECOND):
            pytest.fail(f"parse did not finish within {budget * WALL_PER_CPU_SECOND:.0f} s")
        try:
            message = parent.recv()
        except EOFError:
            process.join()
            if process.exitcode == -signal.SIGXCPU:
                pytest.fail(f"parse used more than {budget:.0f} s of CPU")
            pytest.fail(f"the parsing process died (exit code {process.exitcode})")
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        parent.close()
    if message[0] == "raised":
        pytest.fail(f"parse raised {message[1]}\n{message[2]}")
    outcome: Outcome = message[1]
    return outcome


def check_article(outcome: Outcome, source: Any) -> newsparse.Article:
    """The invariants every hostile case must keep; returns the article for further checks."""
    article = outcome.article
    assert isinstance(article, newsparse.Article)
    assert article.warnings == (), f"a stage failed: {article.warnings}"
    assert outcome.socket_attempts == 0, "parse tried to open a socket"
    output = article.to_json()
    output.encode("utf-8")  # no lone surrogates: the output can always be written out
    size = len(source) if isinstance(source, (str, bytes)) else 0
    assert len(output) <= OUTPUT_PER_INPUT_CHAR * size + OUTPUT_OVERHEAD_CHARS, "output blew up"
    assert PASSWD_MARK not in output
    assert outcome.peak_bytes <= MEMORY_PER_INPUT_CHAR * size + MEMORY_OVERHEAD, (
        f"peak memory grew by {outcome.peak_bytes / MB:.0f} MB"
    )
    assert all(block.text.strip() for block in article.paragraphs), "an empty paragraph"
    return article


# --- the inputs ---------------------------------------------------------------------------

STORY = (
    "The city council voted on Tuesday to build twelve kilometres of protected bike lanes "
    "across the centre, after a debate that lasted most of the evening."
)


def page(body: str, head: str = "<title>Council votes for bike lanes</title>") -> str:
    """A plain page around ``body``."""
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def sentences_to(size: int) -> str:
    """Varied sentences (numbered, so no two are the same) on one line, about ``size`` chars."""
    parts: list[str] = []
    total = 0
    number = 0
    while total < size:
        sentence = f"In meeting {number} the council voted on plan {number * 7 % 1000}. "
        parts.append(sentence)
        total += len(sentence)
        number += 1
    return "".join(parts)


def nesting_bomb(tag: str) -> str:
    """``tag`` nested 100,000 deep around the story."""
    return page(f"<{tag}>" * 100_000 + STORY + f"</{tag}>" * 100_000)


def left_open(tag: str) -> str:
    """``tag`` opened 10,000 times and never closed, then the story."""
    return page(f"{tag}Council votes. " * 10_000 + f"<p>{STORY}</p>")


def declaring(label: str) -> bytes:
    """A UTF-8 page whose meta tag declares the charset ``label``."""
    return page(f"<p>Café {STORY}</p>", f'<meta charset="{label}">').encode("utf-8")


def random_bytes(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def random_text(size: int, seed: int = 7) -> str:
    """Code points from every plane but the surrogates, as a careless encoder makes them."""
    rng = random.Random(seed)
    points = [rng.randrange(0x110000) for _ in range(size)]
    return "".join(chr(p) for p in points if not 0xD800 <= p <= 0xDFFF)


BILLION_LAUGHS = (
    """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<html><head><title>&lol9;</title><meta property="og:title" content="&lol9;"></head>
<body><article><h1>&lol9;</h1><p>&lol9; """
    + STORY
    + """</p></article></body></html>"""
)

# One entity of 50,000 characters used 10,000 times: 500 MB if expanded ("quadratic blowup").
QUADRATIC_BLOWUP = (
    '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "'
    + "x" * 50_000
    + '">]><html><body><p>'
    + "&a;" * 10_000
    + "</p></body></html>"
)

XXE = (
    """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY net SYSTEM "http://127.0.0.1:9/secret">
  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;
]>
<html xmlns:xi="http://www.w3.org/2001/XInclude"><head><title>&xxe;</title>
<meta name="author" content="&xxe;"><link rel="stylesheet" href="file:///etc/passwd">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "&xxe;",
 "author": {"@id": "file:///etc/passwd"}, "image": "file:///etc/passwd"}</script></head>
<body><article><h1>Title &xxe;</h1><p>&xxe; &net; """
    + STORY
    + """</p>
<xi:include href="file:///etc/passwd" parse="text"/>
<iframe src="file:///etc/passwd"></iframe><object data="file:///etc/passwd"></object>
<img src="file:///etc/passwd"></article></body></html>"""
)

XXE_EXTERNAL_DTD = (
    '<?xml version="1.0"?><!DOCTYPE html SYSTEM "file:///etc/passwd">'
    "<html><body><p>" + STORY + "</p></body></html>"
)


@attrs.frozen
class Case:
    """One hostile input: made on demand (so collection stays cheap), its budget and kind."""

    make: Callable[[], str | bytes]
    budget: float = SMALL_BUDGET
    kind: str = "auto"


# Tags left open ten thousand times, by name.
UNCLOSED = {
    "p": "<p>",
    "b": "<b>",
    "i-span": "<i><span>",
    "a": '<a href="/x">',
    "font": "<font size=2>",
    "div": "<div>",
    "table-cell": "<table><tr><td>",
    "li": "<li>",
    "ul-li": "<ul><li>",
    "blockquote": "<blockquote>",
    "select-option": "<select><option>",
    "button": "<button>",
    "h2": "<h2>",
    "bare-angle": "<",
    "bare-end-tag": "</",
    "class-quote": "<div class='",
    "href-quote": '<a href="',
}

CASES: dict[str, Case] = {
    # Nesting bombs: libxml2 stops at its depth limit; the page is read again, flattened.
    "nested-div-300k": Case(
        lambda: page("<div>" * 300_000 + STORY + "</div>" * 300_000 + f"<p>{STORY}</p>")
    ),
    **{
        f"nested-{tag}-100k": Case(partial(nesting_bomb, tag))
        for tag in ("table", "b", "q", "li", "a", "blockquote", "svg", "button", "custom-tag")
    },
    # Size: one line of 20 MB, as minified pages and scraper dumps have.
    "one-line-5mb-text": Case(lambda: sentences_to(5 * MB), budget=HUGE_BUDGET, kind="text"),
    "one-line-20mb-html": Case(
        lambda: page(
            "<article><h1>Council votes</h1><p>" + sentences_to(20 * MB) + "</p></article>"
        ),
        budget=HUGE_BUDGET,
    ),
    "one-word-20mb-text": Case(lambda: "x" * (20 * MB), budget=HUGE_BUDGET, kind="text"),
    "million-br": Case(lambda: page("<p>" + "<br>" * 1_000_000 + "</p>"), budget=30),
    "million-br-with-text": Case(
        lambda: page(("word<br>" * 250_000) + f"<p>{STORY}</p>"), budget=30
    ),
    "million-empty-lines-text": Case(lambda: "\n" * 1_000_000 + STORY, kind="text"),
    "class-4mb": Case(
        lambda: page(f'<div class="{"story-body_text a-b " * 220_000}"><p>{STORY}</p></div>')
    ),
    "style-4mb": Case(
        lambda: page(f'<div style="{"display:none;" * 350_000}"><p>{STORY}</p></div>')
    ),
    "href-4mb": Case(lambda: page(f'<p><a href="/{"a" * 4 * MB}">{STORY}</a></p>')),
    **{f"unclosed-{name}-10k": Case(partial(left_open, tag)) for name, tag in UNCLOSED.items()},
    "unclosed-script": Case(lambda: page(f"<p>{STORY}</p><script>var a = '" + "x" * MB)),
    "unclosed-comment": Case(lambda: page(f"<p>{STORY}</p><!-- " + STORY * 10_000)),
    "unclosed-title": Case(lambda: "<html><head><title>" + STORY * 10_000),
    "unclosed-cdata": Case(lambda: page(f"<p>{STORY}</p><![CDATA[" + STORY * 10_000)),
    "closing-tags-only-100k": Case(lambda: page("</div></p></span>" * 100_000 + STORY)),
    # Unicode floods.
    "bidi-override-flood": Case(
        lambda: page(
            "<p>"
            + "\u202e\u202d\u2066\u2067\u2068\u2069\u202c\u200f" * 125_000
            + "</p>"
            + f"<p>\u202e{STORY}\u202c</p>"
        )
    ),
    "bidi-override-text": Case(lambda: ("\u202e" + STORY + "\u202c\n") * 10_000, kind="text"),
    "combining-flood": Case(lambda: page("<p>a" + "\u0301" * 1_000_000 + f"</p><p>{STORY}</p>")),
    "zalgo-text": Case(
        lambda: " ".join("w" + "\u0300\u0301\u0302\u0303\u0304" * 20 for _ in range(20_000)),
        kind="text",
    ),
    "zero-width-flood": Case(lambda: page("<p>" + "\u200b\u200c\u200d\ufeff" * 250_000 + "</p>")),
    "noncharacters": Case(lambda: page("<p>" + "\ufffe\uffff\U0010ffff\ue000" * 100_000 + "</p>")),
    "random-code-points": Case(lambda: random_text(500_000)),
    "random-code-points-html": Case(lambda: page(random_text(500_000)), kind="html"),
    # Scripts only.
    "all-scripts": Case(
        lambda: (
            "<html><head>"
            + "<script>var x = '<p>not text</p>';</script>" * 50_000
            + "</head><body>"
            + "<script>document.write('<p>' + x + '</p>')</script>" * 50_000
            + "</body></html>"
        )
    ),
    "all-json-ld-scripts": Case(
        lambda: page(
            "".join(
                f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "H{i}"}}'
                "</script>"
                for i in range(20_000)
            )
        )
    ),
    # Nothing at all.
    "empty-str": Case(lambda: ""),
    "empty-bytes": Case(lambda: b""),
    "whitespace-only": Case(lambda: " \n\t\r\n  \u00a0\u3000 "),
    "empty-html-kind": Case(lambda: "", kind="html"),
    "empty-text-kind": Case(lambda: "", kind="text"),
    "bare-doctype": Case(lambda: "<!DOCTYPE html>"),
    "empty-skeleton": Case(lambda: "<html><head></head><body></body></html>"),
    # NUL bytes and control characters.
    "nul-in-text": Case(lambda: page(f"<p>{STORY}\x00</p>" * 1_000 + "<p>a\x00b\x00c</p>")),
    "nul-in-tags": Case(lambda: page(f"<di\x00v cl\x00ass='x\x00'><p\x00>{STORY}</p></div>")),
    "nul-only-bytes": Case(lambda: b"\x00" * MB),
    "nul-only-str": Case(lambda: "\x00" * MB),
    "nul-page-text": Case(lambda: (STORY + "\x00\n") * 1_000, kind="text"),
    "control-chars": Case(lambda: page("<p>" + "".join(map(chr, range(32))) * 10_000 + "</p>")),
    # Binary data handed over as a page.
    "binary-as-html": Case(lambda: random_bytes(MB), kind="html"),
    "binary-auto": Case(lambda: random_bytes(MB)),
    "binary-as-text": Case(lambda: random_bytes(MB), kind="text"),
    "png-as-html": Case(lambda: b"\x89PNG\r\n\x1a\n" + random_bytes(MB), kind="html"),
    "gzip-as-html": Case(lambda: gzip.compress(page(f"<p>{STORY}</p>").encode() * 1_000)),
    "utf16-without-bom": Case(lambda: page(f"<p>{STORY}</p>").encode("utf-16-le")),
    "utf32-with-bom": Case(lambda: page(f"<p>{STORY}</p>").encode("utf-32")),
    # Mixed and wrong declared encodings.
    "declared-utf8-is-cp1252": Case(
        lambda: page(f"<p>Café naïve “quoted” {STORY}</p>", '<meta charset="utf-8">').encode(
            "cp1252"
        )
    ),
    "declared-cp1252-is-utf8": Case(
        lambda: page(f"<p>Café naïve “quoted” {STORY}</p>", '<meta charset="windows-1252">').encode(
            "utf-8"
        )
    ),
    "declared-shift-jis-is-utf8": Case(
        lambda: page(f"<p>東京で会議 {STORY}</p>", '<meta charset="shift_jis">').encode("utf-8")
    ),
    "declared-utf16-is-ascii": Case(
        lambda: page(f"<p>{STORY}</p>", '<meta charset="utf-16">').encode("ascii")
    ),
    "utf8-bom-declared-latin1": Case(
        lambda: (
            b"\xef\xbb\xbf"
            + page(f"<p>Café {STORY}</p>", '<meta charset="iso-8859-1">').encode("utf-8")
        )
    ),
    "mixed-utf8-and-latin1": Case(
        lambda: (
            (
                page(f"<p>Café {STORY}</p>").encode("utf-8")
                + f"<p>Café {STORY}</p>".encode("latin-1")
            )
            * 1_000
        )
    ),
    "two-conflicting-declarations": Case(
        lambda: page(
            f"<p>Café {STORY}</p>",
            '<meta charset="koi8-r">'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        ).encode("utf-8")
    ),
    "xml-declaration-utf32": Case(
        lambda: ('<?xml version="1.0" encoding="utf-32"?>' + page(f"<p>{STORY}</p>")).encode()
    ),
    **{
        f"declared-{label}": Case(partial(declaring, label))
        for label in (
            "rot13",
            "base64",
            "hex",
            "zlib",
            "undefined",
            "utf-7",
            "cp037",
            "unicode_escape",
            "x-no-such-thing",
            "a" * 40,
        )
    },
    "long-charset-attribute": Case(
        lambda: page(f"<p>{STORY}</p>", "<meta " + "x" * 100_000 + ' charset="utf-8">').encode()
    ),
    # Entity expansion and external entities (XXE).
    "billion-laughs": Case(lambda: BILLION_LAUGHS),
    "billion-laughs-bytes": Case(lambda: BILLION_LAUGHS.encode("utf-8")),
    "billion-laughs-as-text": Case(lambda: BILLION_LAUGHS, kind="text"),
    "quadratic-blowup": Case(lambda: QUADRATIC_BLOWUP),
    "xxe": Case(lambda: XXE),
    "xxe-bytes": Case(lambda: XXE.encode("utf-8")),
    "xxe-external-dtd": Case(lambda: XXE_EXTERNAL_DTD.encode("utf-8")),
    "numeric-references-flood": Case(
        lambda: page("<p>" + "&#x1F600;&#0;&#xD800;&#99999999;" * 100_000 + "</p>")
    ),
    "named-references-flood": Case(
        lambda: page("<p>" + "&amp;&lt;&nbsp;&nosuch;&" * 100_000 + "</p>")
    ),
}


# Malformed JSON-LD as pages carry it: each is the text of one ld+json script.
JSON_LD_VARIANTS: dict[str, Callable[[], str]] = {
    "truncated": lambda: '{"@type": "NewsArticle", "headline": "Coun',
    "trailing-commas": lambda: '{"@type": "NewsArticle", "headline": "Council",,}',
    "comments": lambda: '// x\n{"@type": /* y */ "NewsArticle", "headline": "Council"}',
    "cdata-wrapped": lambda: '//<![CDATA[\n{"@type": "NewsArticle", "headline": "C"}\n//]]>',
    "html-escaped": lambda: "{&quot;@type&quot;: &quot;NewsArticle&quot;}",
    "empty": lambda: "",
    "only-whitespace": lambda: " \n\t ",
    "null": lambda: "null",
    "number": lambda: "12345",
    "string": lambda: '"NewsArticle"',
    "nan-infinity": lambda: '{"@type": "NewsArticle", "wordCount": NaN, "x": -Infinity}',
    "huge-number": lambda: '{"@type": "NewsArticle", "wordCount": 1' + "0" * 5_000 + "}",
    "huge-exponent": lambda: '{"@type": "NewsArticle", "wordCount": 1e999999}',
    "nested-arrays-100k": lambda: "[" * 100_000 + "]" * 100_000,
    "nested-objects-100k": lambda: '{"a":' * 100_000 + "1" + "}" * 100_000,
    "nested-graph-10k": lambda: '{"@graph": ' * 10_000 + '{"@type": "NewsArticle"}' + "}" * 10_000,
    "unclosed-nesting-100k": lambda: "[{" * 100_000,
    "array-100k-items": lambda: "[" + ",".join('{"@type": "Thing"}' for _ in range(100_000)) + "]",
    "several-objects-in-a-row": lambda: '{"@type": "NewsArticle"}{"@type": "Person"}' * 1_000,
    "wrong-field-types": lambda: (
        '{"@type": ["NewsArticle", 5, null], "headline": ["a", {"b": 1}], "author": 42, '
        '"datePublished": {"x": 1}, "dateModified": [1, 2], "image": false, '
        '"publisher": "x", "inLanguage": 7, "mainEntityOfPage": [null], "@id": 3}'
    ),
    "type-is-an-object": lambda: '{"@type": {"@type": "NewsArticle"}, "headline": "H"}',
    "absurd-dates": lambda: (
        '{"@type": "NewsArticle", "datePublished": "9999-99-99T99:99:99+99:99", '
        '"dateModified": "-000001-01-01", "dateCreated": "99999999999999999999"}'
    ),
    "author-id-loop": lambda: (
        '{"@graph": [{"@type": "NewsArticle", "author": {"@id": "#a"}}, '
        '{"@id": "#a", "@type": "Person", "name": {"@id": "#a"}, "sameAs": {"@id": "#a"}}]}'
    ),
    "duplicate-keys": lambda: (
        '{"@type": "NewsArticle", ' + '"headline": "H", ' * 10_000 + '"x": 1}'
    ),
    "backslash-flood": lambda: '{"headline": "' + "\\\\" * 500_000 + '"}',
    "unterminated-string": lambda: '{"headline": "' + "x" * MB,
    "control-characters": lambda: '{"headline": "a\x00b\x1fc\nd", "@type": "NewsArticle"}',
    "bom-inside": lambda: '\ufeff{"@type": "NewsArticle", "headline": "Council"}',
    "script-end-inside": lambda: '{"headline": "</script><p>not json</p>"}',
    "five-megabytes": lambda: '{"@type": "NewsArticle", "articleBody": "' + "word " * MB + '"}',
}


@pytest.mark.parametrize("name", list(JSON_LD_VARIANTS))
def test_malformed_json_ld_gives_an_article(name: str) -> None:
    script = f'<script type="application/ld+json">{JSON_LD_VARIANTS[name]()}</script>'
    source = page(f"<article><h1>Council votes</h1><p>{STORY}</p></article>", script)
    article = check_article(parse_bounded(source), source)
    assert any(block.text == STORY for block in article.paragraphs)


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_page_gives_an_article(name: str) -> None:
    case = CASES[name]
    source = case.make()
    outcome = parse_bounded(source, budget=case.budget, kind=case.kind)
    check_article(outcome, source)


@pytest.mark.parametrize("name", ["billion-laughs", "billion-laughs-bytes", "quadratic-blowup"])
def test_entities_are_not_expanded(name: str) -> None:
    source = CASES[name].make()
    article = check_article(parse_bounded(source), source)
    output = article.to_json()
    assert "lollol" not in output
    assert "x" * 60_000 not in output
    assert len(output) < 2 * len(source) + OUTPUT_OVERHEAD_CHARS


@pytest.mark.parametrize("name", ["xxe", "xxe-bytes", "xxe-external-dtd"])
def test_external_entities_are_not_read(name: str) -> None:
    source = CASES[name].make()
    article = check_article(parse_bounded(source), source)
    output = article.to_json()
    passwd = Path("/etc/passwd")
    if passwd.exists():
        first_line = passwd.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        assert first_line not in output
    assert "root:" not in output


@pytest.mark.parametrize(
    "label", ["rot13", "base64", "hex", "zlib", "undefined", "utf-7", "cp037", "unicode_escape"]
)
def test_a_label_browsers_ignore_is_ignored(label: str) -> None:
    """Codec names that are no page encoding (they made ``bytes.decode`` raise, or read
    ``+AGA-`` and ``\\u0041`` as escapes) are ignored as browsers ignore them."""
    data = f'<meta charset="{label}"><p>Café +AGA- \\u0041</p>'.encode()
    assert decode_bytes(data) == data.decode("utf-8")


@pytest.mark.parametrize(
    ("label", "raw", "text"),
    [
        pytest.param("iso-8859-1", b"\x93quoted\x94", "“quoted”", id="latin1-as-windows-1252"),
        pytest.param("gb2312", "镕".encode("gbk"), "镕", id="gb2312-as-gbk"),
        pytest.param("shift_jis", "①".encode("cp932"), "①", id="shift-jis-as-windows-31j"),
        pytest.param("windows-874", "ก".encode("cp874"), "ก", id="windows-874-label"),
        pytest.param("x-sjis", "東".encode("cp932"), "東", id="x-sjis-label"),
    ],
)
def test_whatwg_labels_decode_as_browsers_do(label: str, raw: bytes, text: str) -> None:
    head = f'<meta charset="{label}"><p>'.encode("ascii")
    assert decode_bytes(head + raw) == head.decode("ascii") + text


def test_lone_surrogates_in_a_str_are_replaced() -> None:
    text = f"<p>{STORY} \ud800 and \udfff end.</p>"
    article = newsparse.parse(text, url="https://example.com/\udc80")
    article.to_json().encode("utf-8")
    assert "\ufffd" in article.text
    assert article.url == "https://example.com/\ufffd"


# --- super-linear cases found here: fixed ones stay as tests, open ones are strict xfails ---


def many_paragraphs(size: int) -> str:
    """A page of distinct story paragraphs, as a long live blog or a minified archive page."""
    paragraphs = []
    total = 0
    number = 0
    while total < size:
        text = (
            f"<p>Update {number}: the council said plan {number} would be put to a vote soon.</p>"
        )
        paragraphs.append(text)
        total += len(text)
        number += 1
    return page("<article><h1>Live: council votes</h1>" + "".join(paragraphs) + "</article>")


# A 1.5 MB page of 20,000 paragraphs parses in under 2 CPU seconds; the quadratic pull-quote
# search (fixed in 22d79b9) took 20 s.
MANY_PARAGRAPHS_BUDGET = 6.0
# A run of this many spaces inside one line of page text: linear regexes need milliseconds,
# one that rescans the run from every position needs minutes.
SPACE_RUN = 30_000
# A quadratic regex over SPACE_RUN characters runs far past this; a linear one in 0.1 s.
SPACE_RUN_BUDGET = 5.0


def test_many_distinct_paragraphs_parse_in_linear_time() -> None:
    source = many_paragraphs(3 * MB // 2)
    check_article(parse_bounded(source, budget=MANY_PARAGRAPHS_BUDGET), source)


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("Home" + " " * SPACE_RUN + "World\n\n" + STORY, id="spaces-after-a-crumb"),
        pytest.param(
            "Photo: Jane Doe" + " " * SPACE_RUN + "x\n\n" + STORY, id="spaces-in-a-caption"
        ),
        pytest.param("By Jane" + "\t" * SPACE_RUN + "Doe\n\n" + STORY, id="tabs-in-a-byline"),
        pytest.param("Caption " + "." * SPACE_RUN + "\n\n" + STORY, id="dots-in-a-caption"),
        pytest.param("Home |" + " " * SPACE_RUN + "| World\n\n" + STORY, id="spaces-in-a-bar"),
    ],
)
def test_long_runs_in_a_text_line_parse_in_linear_time(source: str) -> None:
    """Runs that made separator regexes rescan from every position (fixed in 68de118)."""
    check_article(parse_bounded(source, budget=SPACE_RUN_BUDGET, kind="text"), source)


def test_json_ld_surrogate_escapes_give_encodable_output() -> None:
    source = page(
        f"<article><h1>Council</h1><p>{STORY}</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Bad \\ud800 title", "author": {"name": "Jane \\udc00 Doe"}}</script>',
    )
    check_article(parse_bounded(source), source)


# Attributes on one element: libxml2's HTML parser checks each new attribute against all the
# earlier ones: 40,000 take 1.6 CPU seconds, 80,000 take 9, 160,000 take 46 (quadratic), unless
# htmlblocks cuts such a tag first.
MANY_ATTRIBUTES = 100_000
MANY_ATTRIBUTES_BUDGET = 5.0


def test_many_attributes_on_one_element_parse_in_linear_time() -> None:
    attributes = " ".join(f"a{i}='{i}'" for i in range(MANY_ATTRIBUTES))
    source = page(f"<p {attributes}>{STORY}</p>")
    check_article(parse_bounded(source, budget=MANY_ATTRIBUTES_BUDGET), source)


@pytest.mark.parametrize("offset", ["+41:00", "+24:00", "-99:59"])
def test_an_impossible_zone_offset_fails_no_stage(offset: str) -> None:
    head = f'<meta property="article:published_time" content="2022-01-05T10:24:00{offset}">'
    source = page(f"<article><h1>Council votes</h1><p>{STORY}</p></article>", head)
    check_article(parse_bounded(source), source)


def test_a_long_data_attribute_and_ordinary_pages_are_left_whole() -> None:
    image = "data:image/png;base64," + "QUJD" * 40_000
    markup = page(f'<article><h1>Council votes</h1><img src="{image}"><p>{STORY}</p></article>')
    assert htmlblocks._without_attribute_floods(markup) is markup
    flood = "<p " + " ".join(f"a{i}='{i}'" for i in range(20_000)) + f">{STORY}</p>"
    cut = htmlblocks._without_attribute_floods(flood)
    assert cut.endswith(f">{STORY}</p>")
    assert len(cut) < htmlblocks.FLOOD_KEPT_CHARS + len(STORY) + 10
