"""Property tests: parse never raises on any str or bytes, and its output keeps its contract.

Hypothesis draws random text, random bytes, and random HTML-ish pages built from news-page
parts (bylines, dates, captions, share bars, JSON-LD, broken markup). For each the output must:
give an Article with no stage failure, validate against the shipped JSON Schema, survive
``Article.from_dict(to_dict())`` unchanged, hold no empty paragraph, encode as UTF-8. A strict
pipeline (stage exceptions propagate) surfaces what the default pipeline would only record.
Wrong argument types raise TypeError and nothing else.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, default_pipeline
from newsparse.schema import SCHEMA_PATH

# CPU seconds one small example may take; a page of a few KB parses in milliseconds, so only a
# hang or a super-linear blow-up reaches it.
EXAMPLE_TIME_LIMIT = 5
# Examples per property: enough variety for CI in a few seconds per property. A longer hunt:
# NEWSPARSE_PROPERTY_EXAMPLES=5000 python -m pytest tests/test_properties.py
EXAMPLES = int(os.environ.get("NEWSPARSE_PROPERTY_EXAMPLES", "150"))

PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the first parse warms caches; the alarm below bounds every example
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
STRICT = default_pipeline(strict=True)
KINDS = ("auto", "html", "text")


class ParseTooSlowError(Exception):
    """Raised by the alarm when one example parses longer than EXAMPLE_TIME_LIMIT."""


@contextmanager
def time_limit(seconds: int = EXAMPLE_TIME_LIMIT) -> Iterator[None]:
    """Fail an example that uses too much CPU time (a profiling timer counts CPU, not wall
    time, so a busy CI machine does not trip it; a strict pipeline lets the error through)."""

    def alarm(signum: int, frame: FrameType | None) -> None:
        raise ParseTooSlowError(f"parse used more than {seconds} s of CPU")

    previous = signal.signal(signal.SIGPROF, alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


# --- strategies ---------------------------------------------------------------------------

# Lines news pages are made of, so random pages reach the stages' rules, not only their exits.
NEWS_PHRASES = (
    "By Jane Doe",
    "By JANE DOE and JOHN ROE, Associated Press",
    "Jane Doe | Reuters",
    "Published January 5, 2022 | Updated 10:24 a.m. ET",
    "Updated: 2022-01-05T10:24:00+08:00",
    "5 min read",
    "WASHINGTON (AP) — ",
    "LONDON, Jan 5 (Reuters) - ",
    "Photo: Jane Doe/AP",
    "(VLADIMIR TRETYAKOV / AFP)",
    "READ MORE:",
    "ALSO READ: Council approves budget",
    "Share this article",
    "Subscribe to our newsletter",
    "We use cookies to improve your experience.",
    "© 2022 The Valley Courier. All rights reserved.",
    "Home > World > Asia",
    "Advertisement",
    "“We will build it,” the mayor said.",
    "The city council voted on Tuesday to build twelve kilometres of bike lanes.",
    "Von dpa",
    "Par Jean Dupont, AFP",
    "12. Januar 2022",
    "1.",
    "•",
    "#",
    "|",
    "—",
    "",
)
TAGS = (
    "p",
    "div",
    "span",
    "a",
    "h1",
    "h2",
    "h3",
    "li",
    "ul",
    "ol",
    "article",
    "main",
    "section",
    "nav",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "blockquote",
    "time",
    "b",
    "em",
    "table",
    "tr",
    "td",
    "button",
    "form",
    "pre",
    "address",
    "q",
    "small",
    "noscript",
)
VOID_TAGS = ("br", "hr", "img", "meta", "input", "wbr")
CLASS_TOKENS = (
    "article",
    "story",
    "body",
    "content",
    "byline",
    "author",
    "caption",
    "credit",
    "share",
    "social",
    "related",
    "promo",
    "hidden",
    "sr-only",
    "pullquote",
    "comments",
    "footer",
    "menu",
    "ad",
    "newsletter",
    "date",
    "dateline",
    "headline",
    "standfirst",
    "main",
)
# Fragments of broken markup pages really contain.
BROKEN = (
    "<",
    ">",
    "</",
    "</div",
    "<p",
    "&",
    "&amp",
    "&#",
    "&#x",
    "&#xD800;",
    "&#0;",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml ?>",
    "<!DOCTYPE html>",
    "\x00",
    "\r",
    "\u2028",
    "\ufeff",
    "\ud800",  # a lone surrogate: only a str can hold one
    "\udfff",
)

words = st.text(max_size=30)
phrase = st.one_of(st.sampled_from(NEWS_PHRASES), words)
attribute_value = st.one_of(
    st.lists(st.sampled_from(CLASS_TOKENS), max_size=3).map(" ".join), words
)


def _attribute(pair: tuple[str, str]) -> str:
    name, value = pair
    return f' {name}="{value.replace(chr(34), "&quot;")}"'


attributes = st.lists(
    st.tuples(
        st.sampled_from(("class", "id", "role", "itemprop", "style", "hidden", "href", "rel")),
        attribute_value,
    ),
    max_size=3,
).map(lambda pairs: "".join(_attribute(pair) for pair in pairs))


def _element(args: tuple[str, str, list[str], bool]) -> str:
    tag, attrs_text, children, closed = args
    inner = "".join(children)
    return f"<{tag}{attrs_text}>{inner}" + (f"</{tag}>" if closed else "")


leaf = st.one_of(
    phrase,
    st.sampled_from(BROKEN),
    st.sampled_from(VOID_TAGS).map(lambda tag: f"<{tag}>"),
)
markup = st.recursive(
    leaf,
    lambda children: st.tuples(
        st.sampled_from(TAGS),
        attributes,
        st.lists(children, max_size=5),
        st.booleans(),
    ).map(_element),
    max_leaves=40,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | words,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                (
                    "@type",
                    "@graph",
                    "@id",
                    "headline",
                    "name",
                    "author",
                    "datePublished",
                    "dateModified",
                    "image",
                    "url",
                    "publisher",
                    "inLanguage",
                    "mainEntityOfPage",
                )
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=15,
)
json_ld = st.one_of(
    json_values.map(json.dumps),
    json_values.map(json.dumps).map(lambda text: text[: len(text) // 2]),  # cut short
    words,
).map(lambda text: f'<script type="application/ld+json">{text}</script>')
# Characters that make urllib raise "Invalid IPv6 URL"; stages still fail on them (see the
# strict xfails at the end), so URLs are drawn without them until that is fixed.
KNOWN_BAD_URL_CHARS = "[]"
url_like = st.one_of(
    words,
    st.tuples(
        st.sampled_from(("http://", "https://", "//", "/", "", "ftp://", "javascript:")),
        st.text(max_size=20),
    ).map("".join),
).filter(lambda url: not any(c in url for c in KNOWN_BAD_URL_CHARS))
link = st.one_of(
    st.tuples(st.sampled_from(("og:image", "og:url", "twitter:image")), url_like).map(
        lambda pair: f'<meta property="{pair[0]}" content="{pair[1]}">'
    ),
    url_like.map(lambda url: f'<link rel="canonical" href="{url}">'),
)
head = st.lists(
    st.one_of(
        json_ld,
        link,
        phrase.map(lambda text: f"<title>{text}</title>"),
        st.tuples(
            st.sampled_from(("og:title", "article:published_time", "author", "og:site_name")),
            phrase,
        ).map(lambda pair: f'<meta property="{pair[0]}" name="{pair[0]}" content="{pair[1]}">'),
    ),
    max_size=4,
).map("".join)
html_pages = st.tuples(head, st.lists(markup, max_size=8).map("".join)).map(
    lambda parts: f"<html><head>{parts[0]}</head><body>{parts[1]}</body></html>"
)
text_pages = st.lists(phrase, max_size=30).flatmap(
    lambda lines: st.sampled_from(("\n", "\n\n", "\r\n")).map(lambda sep: sep.join(lines))
)
any_str = st.one_of(st.text(), html_pages, text_pages)


def _utf8(text: str) -> bytes:
    """UTF-8, with lone surrogates written as the invalid bytes a careless encoder writes."""
    return text.encode("utf-8", errors="surrogatepass")


any_bytes = st.one_of(
    st.binary(),
    html_pages.map(_utf8),
    st.tuples(
        html_pages, st.sampled_from(("utf-8", "cp1252", "koi8-r", "shift_jis", "utf-16"))
    ).map(lambda pair: pair[0].encode(pair[1], errors="replace")),
    st.tuples(st.binary(max_size=200), html_pages).map(
        lambda pair: _utf8(pair[1])[:100] + pair[0] + _utf8(pair[1])[100:]
    ),
)


# --- the output contract ------------------------------------------------------------------


def assert_contract(article: Article) -> None:
    """What every Article must satisfy, whatever the page."""
    assert isinstance(article, Article)
    assert article.warnings == (), f"a stage failed: {article.warnings}"
    assert all(block.text.strip() for block in article.paragraphs), "an empty paragraph"
    data = article.to_dict()
    assert Article.from_dict(data) == article
    assert Article.from_json(article.to_json()) == article
    article.to_json().encode("utf-8")


@PROPERTY_SETTINGS
@given(source=any_str, kind=st.sampled_from(KINDS))
def test_any_str_gives_an_article(source: str, kind: Any) -> None:
    with time_limit():
        article = newsparse.parse(source, kind=kind)
    assert_contract(article)


@PROPERTY_SETTINGS
@given(source=any_bytes, kind=st.sampled_from(KINDS))
def test_any_bytes_gives_an_article(source: bytes, kind: Any) -> None:
    with time_limit():
        article = newsparse.parse(source, kind=kind)
    assert_contract(article)


@PROPERTY_SETTINGS
@given(source=st.one_of(html_pages, text_pages, st.text()), url=st.none() | url_like)
def test_no_stage_raises_in_a_strict_pipeline(source: str, url: str | None) -> None:
    with time_limit():
        article = newsparse.parse(source, url=url, pipeline=STRICT)
    assert_contract(article)
    assert article.url == url


@PROPERTY_SETTINGS
@given(source=st.one_of(html_pages, text_pages))
def test_output_validates_against_the_schema(source: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    with time_limit():
        article = newsparse.parse(source)
    jsonschema.Draft202012Validator(schema).validate(article.to_dict())


@PROPERTY_SETTINGS
@given(source=html_pages)
def test_bytes_and_str_of_the_same_page_agree(source: str) -> None:
    """A UTF-8 page gives the same article as bytes and as str."""
    assume(not any("\ud800" <= char <= "\udfff" for char in source))
    with time_limit():
        from_str = newsparse.parse(source)
        from_bytes = newsparse.parse(source.encode("utf-8"))
    assert from_str.paragraphs == from_bytes.paragraphs
    assert from_str.headline == from_bytes.headline


NOT_A_PAGE = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.lists(st.text(), max_size=2),
    st.dictionaries(st.text(), st.text(), max_size=2),
    st.tuples(st.text()),
    st.builds(object),
)


@settings(max_examples=50, deadline=None)
@given(source=NOT_A_PAGE)
def test_a_wrong_source_type_is_a_type_error(source: object) -> None:
    with pytest.raises(TypeError):
        newsparse.parse(source)


@settings(max_examples=50, deadline=None)
@given(url=NOT_A_PAGE.filter(lambda value: value is not None))
def test_a_wrong_url_type_is_a_type_error(url: object) -> None:
    with pytest.raises(TypeError):
        newsparse.parse("<p>x</p>", url=url)  # type: ignore[arg-type]


@settings(max_examples=50, deadline=None)
@given(kind=NOT_A_PAGE)
def test_a_wrong_kind_type_is_a_type_error(kind: object) -> None:
    with pytest.raises(TypeError):
        newsparse.parse("<p>x</p>", kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["pdf", "", "HTML", "auto "])
def test_an_unknown_kind_is_an_input_error(kind: str) -> None:
    with pytest.raises(newsparse.InputError):
        newsparse.parse("<p>x</p>", kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize("pipeline", [42, "default", [default_pipeline()]])
def test_a_wrong_pipeline_type_is_a_type_error(pipeline: object) -> None:
    with pytest.raises(TypeError):
        newsparse.parse("<p>x</p>", pipeline=pipeline)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url", ["http://[", "[", "http://]x/", "http://a\uff03b/", "http://\u2100/"]
)
def test_an_unsplittable_url_fails_no_stage(url: str) -> None:
    article = newsparse.parse("Council votes\n\nThe council voted on Tuesday.", url=url)
    assert article.warnings == ()


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:image" content="http://[">',
        '<link rel="canonical" href="http://[::1/x">',
        '<meta property="og:image" content="http://a\uff03b/x.jpg">',  # "＃" is "#" under NFKC
        '<script type="application/ld+json">{"@type": "NewsArticle", "image": "http://["}</script>',
    ],
)
def test_an_unsplittable_page_url_fails_no_stage(head: str) -> None:
    source = f"<html><head>{head}</head><body><p>The council voted on Tuesday.</p></body></html>"
    assert newsparse.parse(source).warnings == ()
