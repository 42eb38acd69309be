"""Findings of a robustness sweep (corpus pages mutated, odd files in a batch folder).

Each case is the smallest input that showed the failure: a batch that stopped or hung on one
odd file in a folder, or a parse that grew super-linearly (the captions stage measured every
box around every figure in full).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from test_hostile import STORY, check_article, page, parse_bounded

GOOD_PAGE = page(f"<article><h1>Council votes</h1><p>{STORY}</p></article>").encode("utf-8")
# Arrays nested in one JSONL line, far past Python's recursion limit.
DEEP = 100_000
# Seconds the batch command may take on a folder of two tiny files (a hung read never ends).
BATCH_TIMEOUT = 60


def _broken_link(folder: Path, name: str) -> None:
    os.symlink(folder / "nothing-here", folder / name)


def _fifo(folder: Path, name: str) -> None:
    os.mkfifo(folder / name)


def _write(data: bytes) -> Callable[[Path, str], None]:
    def write(folder: Path, name: str) -> None:
        (folder / name).write_bytes(data)

    return write


def _undecodable_name(folder: Path, name: str) -> None:
    (folder / os.fsdecode(os.fsencode(name) + b"\xff.html")).write_bytes(GOOD_PAGE)


ODD_ENTRIES: dict[str, tuple[str, Callable[[Path, str], None]]] = {
    "broken-link-page": ("b.html", _broken_link),
    "broken-link-jsonl": ("b.jsonl", _broken_link),
    "broken-link-warc": ("b.warc.gz", _broken_link),
    "fifo-page": ("b.html", _fifo),
    "fifo-jsonl": ("b.jsonl", _fifo),
    "fifo-warc": ("b.warc", _fifo),
    "name-not-utf8": ("b", _undecodable_name),
    "jsonl-id-lone-surrogate": ("b.jsonl", _write(b'{"id": "x\\ud800", "html": "<p>x</p>"}\n')),
    "jsonl-url-lone-surrogate": ("b.jsonl", _write(b'{"url": "http://\\udc00/", "text": "x"}\n')),
    "jsonl-deep-nesting": ("b.jsonl", _write(b'{"html": ' + b"[" * DEEP + b"]" * DEEP + b"}\n")),
}


@pytest.mark.parametrize("workers", [("--workers", "0"), ("--workers", "2")], ids=["0", "2"])
@pytest.mark.parametrize("name", list(ODD_ENTRIES))
def test_one_odd_file_in_a_folder_does_not_stop_the_batch(
    name: str, workers: tuple[str, str], tmp_path: Path
) -> None:
    """Each gave a traceback (a broken link's size, a name or id no UTF-8 writer encodes, a
    JSON line nested past the recursion limit) or blocked forever (a FIFO read); now it is one
    record, and the good page beside it is parsed."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes(GOOD_PAGE)
    entry, make = ODD_ENTRIES[name]
    make(folder, entry)
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "newsparse.batch_cli", str(folder), "-o", str(out), *workers],
        capture_output=True,
        text=True,
        check=False,
        timeout=BATCH_TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines()]
    assert len(lines) == 2
    assert lines[0]["status"] == "ok" and lines[0]["id"].endswith("a.html")
    assert lines[1]["status"] == "ok" or lines[1]["reason"] == "decode_error"


def test_a_broken_link_named_on_the_command_line_is_one_error_record(tmp_path: Path) -> None:
    """A name with no file behind it is read (and reported) as in a folder, not refused as
    missing: ``read_inputs`` expands the expanded list again."""
    from newsparse.batch import expand_inputs, read_inputs

    _broken_link(tmp_path, "b.html")
    assert expand_inputs([str(tmp_path / "b.html")]) == [str(tmp_path / "b.html")]
    (record,) = read_inputs([str(tmp_path / "b.html")])
    assert record.problem is not None and record.problem.reason.value == "decode_error"


# Figures with a caption each: a caption's teaser-card test measured every box around its
# figure in full, the whole story included, so the work grew with figures times page length.
MANY_FIGURES = 10_000
MANY_FIGURES_BUDGET = 5.0


def test_many_captioned_figures_parse_in_linear_time() -> None:
    figures = "<figure><img src=x><figcaption>Photo: AP</figcaption></figure>" * MANY_FIGURES
    source = page(f"<article><h1>Council votes</h1>{figures}<p>{STORY}</p></article>")
    check_article(parse_bounded(source, budget=MANY_FIGURES_BUDGET), source)


ARTICLE = f"<article><h1>Council votes</h1><p>{STORY}</p></article>"


@pytest.mark.parametrize(
    "url",
    [
        "http://[zz]/news/2024/01/15/council",
        "http://[::1/news",
        "https://[/",
        "example.com/news/a",
        "javascript:alert(1)",
        "http://" + "a" * 10_000 + ".example/x",
        "http://bücher.例え.テスト/記事?q=ü",
        "http://x:99999999/",
        "\x00http://x\x00/",
    ],
)
def test_an_odd_url_fails_no_stage(url: str) -> None:
    """A bracketed host urllib refuses ("http://[zz]/") made ``urlsplit`` raise in the
    metadata stage, which lost every field it gives."""
    source = page(ARTICLE)
    article = check_article(parse_bounded(source, url=url), source)
    assert article.headline == "Council votes"


@pytest.mark.parametrize("item", ["http://[zz]/world", "http://[::1/world", "https://[/"])
def test_a_breadcrumb_url_urllib_refuses_fails_no_stage(item: str) -> None:
    crumbs = json.dumps(
        {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "World", "item": item},
                {"@type": "ListItem", "position": 2, "name": "Europe", "item": item + "/eu"},
            ],
        }
    )
    source = page(ARTICLE, f'<script type="application/ld+json">{crumbs}</script>')
    article = check_article(parse_bounded(source), source)
    assert article.section_path == ("World", "Europe")


@pytest.mark.parametrize(
    "reference",
    [
        dt.datetime.min,
        dt.datetime.max,
        dt.datetime.min.replace(tzinfo=dt.timezone(dt.timedelta(hours=-23))),
        dt.datetime.max.replace(tzinfo=dt.timezone(dt.timedelta(hours=23))),
    ],
    ids=["min", "max", "min-with-zone", "max-with-zone"],
)
@pytest.mark.parametrize(
    "text", ["yesterday", "tomorrow at 10:00", "Updated 2 hours ago", "3 days ago", "2 weeks ago"]
)
def test_a_relative_date_past_the_calendar_ends_is_no_date(
    text: str, reference: dt.datetime
) -> None:
    """Moving a reference at ``datetime.min``/``max`` by a day or an hour raised OverflowError
    out of ``parse_date`` and ``find_dates``; such a date is simply not there."""
    from newsparse.datetimes import find_dates, parse_date

    parse_date(text, reference=reference)
    find_dates(text, reference=reference)


@pytest.mark.parametrize(
    "label",
    ["undefined", "rot13", "base64", "hex", "zlib", "uu", "utf-7", "unicode_escape", "punycode"],
)
def test_an_http_charset_browsers_ignore_is_ignored(label: str) -> None:
    """A WARC response declaring ``charset=undefined`` (or rot13, base64...) made
    ``bytes.decode`` raise out of ``parse_many``, stopping the batch; utf-7 and unicode_escape
    misread the page. Browsers ignore such labels, and so do we."""
    from newsparse.batch import ArticleRecord, InputRecord, parse_many

    payload = page(f"<article><h1>Council votes</h1><p>{STORY} Café +AGA- \\u0041</p></article>")
    record = InputRecord(
        id="r", source="r", payload=payload.encode(), content_type=f"text/html; charset={label}"
    )
    (result,) = parse_many([record], workers=0)
    assert isinstance(result, ArticleRecord)
    assert f"{STORY} Café +AGA- \\u0041" in result.article.text
