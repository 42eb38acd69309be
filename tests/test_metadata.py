"""The metadata stage, strategy by strategy, on small inline pages.

Each case names the strategy it exercises; the page holds just enough markup for it (and, where
the order matters, the competing evidence it must win or lose against).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import newsparse
from newsparse.document import Document
from newsparse.htmlblocks import html_document
from newsparse.model import Source
from newsparse.stages.metadata import metadata, parse_json_ld, strip_site_name
from newsparse.textblocks import text_document

UTC = dt.timezone.utc


def _read(
    head: str = "", body: str = "", *, url: str | None = None, lang: str = "",
    body_class: str = "has-sidebar comments-open",
) -> Document:
    attribute = f' lang="{lang}"' if lang else ""
    doc = html_document(
        f'<!DOCTYPE html><html{attribute}><head>{head}</head><body class="{body_class}">{body}'
        "</body></html>",
        url=url,
    )
    metadata(doc)
    return doc


def _ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


def _value(doc: Document, field: str) -> Any:
    evidence = getattr(doc, field)
    return evidence.value if evidence is not None else None


# --- headline ----------------------------------------------------------------------------

HEADLINE_CASES = [
    pytest.param(
        _ld('{"@type": "NewsArticle", "headline": "Storm hits coast"}')
        + '<meta property="og:title" content="Other">',
        "",
        "Storm hits coast",
        Source.JSON_LD,
        id="json-ld headline beats og:title",
    ),
    pytest.param(
        _ld(
            '{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebPage", "name": "Page name | Site"},'
            '{"@type": ["ReportageNewsArticle"], "headline": "Flood waters recede"}]}'
        ),
        "",
        "Flood waters recede",
        Source.JSON_LD,
        id="json-ld @graph, typed list, page node skipped",
    ),
    pytest.param(
        _ld('[{"@type": "Organization", "name": "Daily"}, '
            '{"@type": "http://schema.org/BlogPosting", "name": "Garden notes"}]'),
        "",
        "Garden notes",
        Source.JSON_LD,
        id="json-ld top-level array, schema URL type, name",
    ),
    pytest.param(
        _ld('{"@type": "NewsArticle", "headline": "Fish &amp; chips tax"}'),
        "",
        "Fish & chips tax",
        Source.JSON_LD,
        id="json-ld entities decoded",
    ),
    pytest.param(
        '<meta property="og:site_name" content="The Daily">'
        '<meta property="og:title" content="Bridge opens | The Daily">',
        "",
        "Bridge opens",
        Source.OPENGRAPH,
        id="og:title without the site name",
    ),
    pytest.param(
        '<meta name="twitter:title" content="Rail strike called off">',
        "",
        "Rail strike called off",
        Source.TWITTER,
        id="twitter:title",
    ),
    pytest.param(
        "<title>Council approves budget - Valley Echo</title>",
        "<h1>Valley Echo</h1><h1>Council approves budget</h1>",
        "Council approves budget",
        Source.MARKUP,
        id="h1 that best matches title",
    ),
    pytest.param(
        _ld('{"@type": "NewsArticle", "headline": "Health trends for 2026 | Daily"}')
        + '<meta property="og:site_name" content="Daily">',
        "<article><h1>Top 10 health trends to watch</h1><p>Text.</p></article>",
        "Top 10 health trends to watch",
        Source.MARKUP,
        id="visible h1 agreeing with the stated title beats it",
    ),
    pytest.param(
        '<meta property="og:title" content="Council approves budget">',
        "<header><h1>Council approves budget news</h1></header><main><p>Text.</p></main>",
        "Council approves budget",
        Source.OPENGRAPH,
        id="h1 in the site header is not the headline",
    ),
    pytest.param(
        '<meta property="og:title" content="Council approves budget">',
        "<h1>Weather and traffic</h1>",
        "Council approves budget",
        Source.OPENGRAPH,
        id="h1 unrelated to every stated title is ignored",
    ),
    pytest.param(
        "<title>Council approves budget for 2024 | Valley Echo</title>",
        "<h1>Menu</h1>",
        "Council approves budget for 2024",
        Source.TITLE_ELEMENT,
        id="title with site suffix removed",
    ),
]


HEADLINE_CASES += [
    pytest.param(
        '<meta property="og:title" content="Weekend coding agent">',
        "<h1> WEEKEND<br>CODING<br> <span>AGENT</span><!-- x --> </h1>",
        "WEEKEND CODING AGENT",
        Source.MARKUP,
        id="h1 broken by <br> reads with spaces",
    ),
]


@pytest.mark.parametrize(("head", "body", "expected", "source"), HEADLINE_CASES)
def test_headline(head: str, body: str, expected: str, source: Source) -> None:
    doc = _read(head, body)
    assert doc.headline is not None
    assert (doc.headline.value, doc.headline.source) == (expected, source)
    assert doc.headline.stage == "metadata"


def test_headline_raw_keeps_the_page_string() -> None:
    doc = _read("<title>  Council approves budget | Valley Echo </title>")
    assert doc.headline is not None
    assert doc.headline.value == "Council approves budget"
    assert doc.headline.raw == "  Council approves budget | Valley Echo "


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Storm hits coast | The Daily", None, "Storm hits coast"),
        ("The Daily - Storm hits the coast overnight", None, "Storm hits the coast overnight"),
        ("Storm hits coast — The Daily", "The Daily", "Storm hits coast"),
        ("Q&A: Why the storm hit - and what next | The Daily", "The Daily",
         "Q&A: Why the storm hit - and what next"),
        ("Storm hits coast", None, "Storm hits coast"),
    ],
)
def test_strip_site_name(title: str, site: str | None, expected: str) -> None:
    assert strip_site_name(title, site) == expected


# --- malformed JSON-LD -------------------------------------------------------------------

MALFORMED_JSON_LD = [
    pytest.param('{"@type": "NewsArticle", "headline": "A",}', id="trailing comma"),
    pytest.param('{"@type": "NewsArticle",\n "headline": "A" // the title\n}', id="line comment"),
    pytest.param('/* generated */ {"@type": "NewsArticle", "headline": "A"}', id="block comment"),
    pytest.param('{"@type": "NewsArticle", "headline": "A", "description": "one\ntwo"}',
                 id="raw newline in string"),
    pytest.param('//<![CDATA[\n{"@type": "NewsArticle", "headline": "A"}\n//]]>', id="CDATA"),
    pytest.param('{"@type": "Organization", "name": "X"}\n'
                 '{"@type": "NewsArticle", "headline": "A"}', id="two objects in a row"),
    pytest.param('{"@type": "NewsArticle", "url": "https://x.example/a//b", "headline": "A",}',
                 id="double slash inside a string is not a comment"),
]


@pytest.mark.parametrize("script", MALFORMED_JSON_LD)
def test_malformed_json_ld_is_repaired(script: str) -> None:
    doc = _read(_ld(script))
    assert doc.headline is not None
    assert (doc.headline.value, doc.headline.source) == ("A", Source.JSON_LD)


@pytest.mark.parametrize(
    "script",
    ['{"@type": "NewsArticle", "headline": ', "{{{{", "]", "", "null", '"just a string"',
     "[" * 100_000],
    ids=["cut short", "braces", "bracket", "empty", "null", "string", "nested 100,000 deep"],
)
def test_unreadable_json_ld_is_skipped(script: str) -> None:
    doc = _read(_ld(script) + '<meta property="og:title" content="From OpenGraph">')
    assert doc.headline is not None
    assert (doc.headline.value, doc.headline.source) == ("From OpenGraph", Source.OPENGRAPH)


def test_parse_json_ld_never_raises() -> None:
    assert parse_json_ld("{'single': 'quotes'}") == []
    assert parse_json_ld('{"a": 1} trailing words') == [{"a": 1}]


# --- site name, language, canonical URL, image -------------------------------------------

FIELD_CASES = [
    pytest.param("site_name", '<meta property="og:site_name" content="Valley Echo">', "",
                 "Valley Echo", Source.OPENGRAPH, id="site_name og"),
    pytest.param("site_name",
                 _ld('{"@type": "NewsArticle", "publisher": {"@type": "Organization", '
                     '"name": "Echo Media"}}') + '<meta name="application-name" content="App">',
                 "", "Echo Media", Source.JSON_LD, id="site_name json-ld publisher"),
    pytest.param("site_name", '<meta name="application-name" content="Echo App">', "",
                 "Echo App", Source.META, id="site_name application-name"),
    pytest.param("language", '<meta http-equiv="content-language" content="de-AT">', "", "de",
                 Source.META, id="language content-language"),
    pytest.param("language", '<meta property="og:locale" content="fr_FR">', "", "fr",
                 Source.OPENGRAPH, id="language og:locale"),
    pytest.param("language", _ld('{"@type": "NewsArticle", "inLanguage": "pl-PL"}'), "", "pl",
                 Source.JSON_LD, id="language json-ld"),
    pytest.param("image", '<meta property="og:image" content="https://x.example/a.jpg">', "",
                 "https://x.example/a.jpg", Source.OPENGRAPH, id="image og"),
    pytest.param("image",
                 _ld('{"@type": "NewsArticle", "image": [{"@type": "ImageObject", '
                     '"url": "https://x.example/b.jpg"}]}'),
                 "", "https://x.example/b.jpg", Source.JSON_LD, id="image json-ld object list"),
    pytest.param("canonical_url", '<meta property="og:url" content="https://x.example/story">',
                 "", "https://x.example/story", Source.OPENGRAPH, id="canonical og:url"),
]


@pytest.mark.parametrize(("field", "head", "body", "expected", "source"), FIELD_CASES)
def test_field(field: str, head: str, body: str, expected: Any, source: Source) -> None:
    evidence = getattr(_read(head, body), field)
    assert evidence is not None
    assert (evidence.value, evidence.source) == (expected, source)


def test_language_from_html_lang_keeps_raw() -> None:
    doc = _read('<meta property="og:locale" content="fr_FR">', lang="en-GB")
    assert doc.language is not None
    assert (doc.language.value, doc.language.raw, doc.language.source) == (
        "en", "en-GB", Source.MARKUP
    )


def test_canonical_link_is_made_absolute() -> None:
    doc = _read('<link rel="canonical" href="/news/story-1">', url="https://x.example/a?b=1")
    assert doc.canonical_url is not None
    assert doc.canonical_url.value == "https://x.example/news/story-1"
    assert doc.canonical_url.raw == "/news/story-1"


def test_relative_canonical_without_page_url_falls_back() -> None:
    doc = _read('<link rel="canonical" href="/news/story-1">'
                '<meta property="og:url" content="https://x.example/news/story-1">')
    assert doc.canonical_url is not None
    assert doc.canonical_url.source is Source.OPENGRAPH


# --- dates -------------------------------------------------------------------------------

DATE_CASES = [
    pytest.param(
        _ld('{"@type": "NewsArticle", "datePublished": "2022-01-07T10:24:00+01:00"}')
        + '<meta property="article:published_time" content="2020-01-01T00:00:00Z">',
        "",
        dt.datetime(2022, 1, 7, 10, 24, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        Source.JSON_LD,
        "2022-01-07T10:24:00+01:00",
        id="json-ld datePublished keeps its zone",
    ),
    pytest.param(
        '<meta property="article:published_time" content="2022-02-10T06:00:00Z">',
        "",
        dt.datetime(2022, 2, 10, 6, 0, tzinfo=UTC),
        Source.OPENGRAPH,
        "2022-02-10T06:00:00Z",
        id="article:published_time",
    ),
    pytest.param(
        '<meta name="pubdate" content="2021-05-03">',
        "",
        dt.datetime(2021, 5, 3),
        Source.META,
        "2021-05-03",
        id="pubdate meta, naive without zone",
    ),
    pytest.param(
        '<meta name="sailthru.date" content="2021-05-03 14:20:00">',
        "",
        dt.datetime(2021, 5, 3, 14, 20),
        Source.META,
        "2021-05-03 14:20:00",
        id="sailthru.date meta",
    ),
    pytest.param(
        "",
        '<article><span itemprop="datePublished" content="2020-11-30T08:00:00-05:00">'
        "Nov 30</span></article>",
        dt.datetime(2020, 11, 30, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        Source.MICRODATA,
        "2020-11-30T08:00:00-05:00",
        id="microdata datePublished",
    ),
    pytest.param(
        "",
        '<article><abbr class="published" itemprop="datePublished" '
        'title="2017-09-09T10:52:00+02:00">10:52</abbr></article>',
        dt.datetime(2017, 9, 9, 10, 52, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        Source.MICRODATA,
        "2017-09-09T10:52:00+02:00",
        id="microdata datePublished in the title of an abbr showing only the time",
    ),
    pytest.param(
        "",
        '<aside class="related"><time datetime="2019-01-01">old</time></aside>'
        '<article><p class="byline">By A <time datetime="2023-03-04T09:00:00Z">Mar 4</time></p>'
        "</article>",
        dt.datetime(2023, 3, 4, 9, 0, tzinfo=UTC),
        Source.TIME_ELEMENT,
        "2023-03-04T09:00:00Z",
        id="time in the article, not in a related box",
    ),
    pytest.param(
        "",
        '<article><header class="entry-header"><span class="posted-on">'
        '<time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10 Feb</time>'
        "</span></header><p>Text</p></article>",
        dt.datetime(2019, 2, 10, 9, 30, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        Source.TIME_ELEMENT,
        "2019-02-10T09:30:10+01:00",
        id="time in the article of a page whose body class names its sidebar",
    ),
    pytest.param(
        "",
        '<article><p class="meta"><time class="updated" datetime="2021-06-01">1 Jun</time>'
        '<time class="published" datetime="2020-05-04">4 May</time></p></article>',
        dt.datetime(2020, 5, 4),
        Source.TIME_ELEMENT,
        "2020-05-04",
        id="a time marked as the update is skipped",
    ),
    pytest.param(
        "",
        '<div class="sidebar"><time datetime="2019-01-01">old</time></div>'
        '<main><div class="text-sm"><time datetime="2025-01-17T13:39:16-0500">Jan. 17</time>'
        "</div><p>Text</p></main>",
        dt.datetime(2025, 1, 17, 13, 39, 16, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        Source.TIME_ELEMENT,
        "2025-01-17T13:39:16-0500",
        id="a time outside any article, not the sidebar's",
    ),
    pytest.param(
        "",
        '<div class="menu-item"><time datetime="2025-01-31T12:00:00+00:00">Jan 31</time></div>'
        '<p><time datetime="2017-03-01T12:00:00+00:00">March 1, 2017</time></p><p>Text</p>',
        dt.datetime(2017, 3, 1, 12, tzinfo=dt.timezone.utc),
        Source.TIME_ELEMENT,
        "2017-03-01T12:00:00+00:00",
        id="a time in the story, not a menu's teaser's",
    ),
]


@pytest.mark.parametrize(("head", "body", "expected", "source", "raw"), DATE_CASES)
def test_published(head: str, body: str, expected: dt.datetime, source: Source, raw: str) -> None:
    doc = _read(head, body)
    assert doc.published is not None
    assert doc.published.value == expected
    assert doc.published.value.utcoffset() == expected.utcoffset()
    assert (doc.published.source, doc.published.raw) == (source, raw)


@pytest.mark.parametrize(
    "name", ["published", "published-date", "publication_date", "og:publish_date", "pub_date"]
)
def test_more_publication_date_meta_names(name: str) -> None:
    doc = _read(f'<meta name="{name}" content="July 17, 2025">', lang="en")
    assert doc.published is not None
    assert doc.published.value == dt.datetime(2025, 7, 17)


def test_time_in_comments_does_not_date_the_story() -> None:
    doc = _read("", '<article><p>Text</p></article><section class="comments"><article>'
                    '<time datetime="2024-01-01T00:00:00Z">1 Jan</time></article></section>')
    assert doc.published is None


def test_visible_date_under_the_headline() -> None:
    doc = _read('<meta property="og:title" content="Bridge opens">',
                "<h1>Bridge opens</h1><p>By Jane Doe</p><p>5 March 2022</p><p>Text.</p>",
                lang="en")
    assert doc.published is not None
    assert doc.published.value == dt.datetime(2022, 3, 5)
    assert (doc.published.source, doc.published.raw) == (Source.VISIBLE_TEXT, "5 March 2022")


@pytest.mark.parametrize(
    ("head", "expected", "source"),
    [
        (_ld('{"@type": "NewsArticle", "dateModified": "2022-01-07T15:02:00+01:00"}'),
         dt.datetime(2022, 1, 7, 15, 2, tzinfo=dt.timezone(dt.timedelta(hours=1))),
         Source.JSON_LD),
        ('<meta property="article:modified_time" content="2022-01-07T15:02:00Z">',
         dt.datetime(2022, 1, 7, 15, 2, tzinfo=UTC), Source.OPENGRAPH),
        ('<meta property="og:updated_time" content="2022-01-08">', dt.datetime(2022, 1, 8),
         Source.OPENGRAPH),
    ],
)
def test_updated(head: str, expected: dt.datetime, source: Source) -> None:
    doc = _read(head)
    assert doc.updated is not None
    assert (doc.updated.value, doc.updated.source) == (expected, source)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/2020/01/15/storm-hits", dt.datetime(2020, 1, 15)),
        ("https://x.example/blog/2020-10-18-notes/", dt.datetime(2020, 10, 18)),
        ("https://x.example/news/20200115/storm", None),
        ("https://x.example/2019/13/01/x", None),
        # the month as a word, in any month table; another word is no month
        ("https://x.example/books/2025/dec/05/best-books", dt.datetime(2025, 12, 5)),
        ("https://x.example/blog/2023/october/03/wine-styles/", dt.datetime(2023, 10, 3)),
        ("https://x.example/2022/mai/04/bericht", dt.datetime(2022, 5, 4)),
        ("https://x.example/2022/page/04/", None),
    ],
)
def test_published_from_the_url_as_a_last_resort(url: str, expected: dt.datetime | None) -> None:
    doc = _read("", "<p>Text.</p>", url=url)
    assert (doc.published.value if doc.published else None) == expected
    if doc.published is not None:
        assert doc.published.source is Source.URL


@pytest.mark.parametrize(
    ("url", "stamp", "expected", "source"),
    [
        ("https://x.example/2025/12/18/post", "2025-12-19T02:41:41+00:00",
         dt.datetime(2025, 12, 18), Source.URL),
        ("https://x.example/2019/01/01/post", "2018-12-31T23:11:59Z",
         dt.datetime(2019, 1, 1), Source.URL),
        # same day, two days off, or an offset already given: the stamp stands
        ("https://x.example/2025/12/19/post", "2025-12-19T02:41:41+00:00",
         dt.datetime(2025, 12, 19, 2, 41, 41, tzinfo=UTC), Source.OPENGRAPH),
        ("https://x.example/2025/12/17/post", "2025-12-19T02:41:41+00:00",
         dt.datetime(2025, 12, 19, 2, 41, 41, tzinfo=UTC), Source.OPENGRAPH),
        ("https://x.example/2025/12/18/post", "2025-12-19T02:41:41-05:00",
         dt.datetime(2025, 12, 19, 2, 41, 41, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
         Source.OPENGRAPH),
        # noon UTC is the same day in every zone: a day off is not a zone
        ("https://x.example/2025/12/18/post", "2025-12-19T12:00:00Z",
         dt.datetime(2025, 12, 19, 12, tzinfo=UTC), Source.OPENGRAPH),
    ],
)
def test_utc_stamp_a_day_off_the_url_date_takes_the_local_day(
    url: str, stamp: str, expected: dt.datetime, source: Source
) -> None:
    doc = _read(f'<meta property="article:published_time" content="{stamp}">', url=url)
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == (expected, source)
    assert doc.published.value.utcoffset() == expected.utcoffset()


def test_unreadable_date_is_skipped_for_the_next_strategy() -> None:
    doc = _read(_ld('{"@type": "NewsArticle", "datePublished": "soon"}')
                + '<meta property="article:published_time" content="2022-02-10">')
    assert doc.published is not None
    assert doc.published.source is Source.OPENGRAPH


# --- section path ------------------------------------------------------------------------

BREADCRUMBS = _ld(
    '{"@type": "BreadcrumbList", "itemListElement": ['
    '{"@type": "ListItem", "position": 3, "name": "Bridge opens",'
    ' "item": "https://x.example/news/transport/bridge"},'
    '{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://x.example/"},'
    '{"@type": "ListItem", "position": 2, "item": {"@id": "https://x.example/news",'
    ' "name": "News"}}]}'
)

SECTION_CASES = [
    pytest.param(
        BREADCRUMBS + '<meta property="og:title" content="Bridge opens">'
        '<link rel="canonical" href="https://x.example/news/transport/bridge">',
        "",
        ("News",),
        Source.JSON_LD,
        id="breadcrumbs minus home and the article, sorted by position",
    ),
    pytest.param(
        _ld('{"@type": "NewsArticle", "articleSection": ["Politics", "Europe"]}'),
        "",
        ("Politics", "Europe"),
        Source.JSON_LD,
        id="articleSection list",
    ),
    pytest.param(
        '<meta property="article:section" content="Sport">',
        "",
        ("Sport",),
        Source.OPENGRAPH,
        id="article:section",
    ),
    pytest.param(
        "",
        '<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a>'
        '</li><li><a href="/news/transport">Transport</a></li></ol>',
        ("News", "Transport"),
        Source.MARKUP,
        id="visible breadcrumb trail",
    ),
]


@pytest.mark.parametrize(("head", "body", "expected", "source"), SECTION_CASES)
def test_section_path(head: str, body: str, expected: tuple[str, ...], source: Source) -> None:
    doc = _read(head, body)
    assert doc.section_path is not None
    assert (doc.section_path.value, doc.section_path.source) == (expected, source)


# --- byline ------------------------------------------------------------------------------

BYLINE_CASES = [
    pytest.param(
        _ld('{"@graph": [{"@type": "WebPage", "author": {"@id": "#p1"}},'
            ' {"@type": "Person", "@id": "#p1", "name": "Luis Hofer"}]}'),
        "",
        ("Luis Hofer",),
        Source.JSON_LD,
        id="json-ld author on the page node, by reference",
    ),
    pytest.param(
        '<meta name="shareaholic:article_author_name" content="Wolfgang Maier">',
        "",
        ("Wolfgang Maier",),
        Source.META,
        id="shareaholic author meta",
    ),
    pytest.param(
        _ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}'),
        "",
        ("Jane Doe",),
        Source.JSON_LD,
        id="json-ld person",
    ),
    pytest.param(
        _ld('{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"},'
            ' {"@type": "Person", "name": "John Roe"}]}'),
        "",
        ("Jane Doe", "John Roe"),
        Source.JSON_LD,
        id="json-ld author array",
    ),
    pytest.param(
        _ld('{"@graph": [{"@type": "NewsArticle", "author": {"@id": "#jane"}},'
            ' {"@type": "Person", "@id": "#jane", "name": "Jane Doe"}]}'),
        "",
        ("Jane Doe",),
        Source.JSON_LD,
        id="json-ld author by @id in @graph",
    ),
    pytest.param(
        '<meta property="article:author" content="https://facebook.com/jane">'
        '<meta name="author" content="Jane Doe">',
        "",
        ("Jane Doe",),
        Source.META,
        id="meta author, URL skipped",
    ),
    pytest.param(
        "",
        '<p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p>',
        ("Jane Doe",),
        Source.MARKUP,
        id="rel=author link",
    ),
    pytest.param(
        "",
        '<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span>'
        '<span itemprop="jobTitle">Editor</span></span>',
        ("Jane Doe",),
        Source.MICRODATA,
        id="microdata author name",
    ),
]


@pytest.mark.parametrize(("head", "body", "people", "source"), BYLINE_CASES)
def test_byline(head: str, body: str, people: tuple[str, ...], source: Source) -> None:
    doc = _read(head, body)
    assert doc.byline is not None
    assert (doc.byline.value.people, doc.byline.source) == (people, source)


# --- the stage as a whole ----------------------------------------------------------------


def test_page_text_is_left_alone() -> None:
    doc = text_document("Storm hits coast\n\nBy Jane Doe\n\nRain fell all night.")
    metadata(doc)
    assert doc.headline is None and doc.published is None and doc.byline is None


def test_values_already_set_are_kept() -> None:
    doc = html_document('<html><head><meta property="og:title" content="Markup"></head></html>')
    first = _read('<meta property="og:title" content="Caller">').headline
    doc.headline = first
    metadata(doc)
    assert doc.headline is first


def test_page_without_metadata_gives_nothing() -> None:
    doc = _read("", "<p>Just a paragraph.</p>")
    for field in ("headline", "site_name", "language", "canonical_url", "image", "published",
                  "updated", "byline", "section_path"):
        assert getattr(doc, field) is None, field


@pytest.mark.parametrize(
    ("h1", "headline"),
    [
        # a kicker set inside the <h1> before the headline the markup states
        ("<em>Gedenktag </em>Erinnerung an die Opfer der Flut",
         "Erinnerung an die Opfer der Flut"),
        # a heading that rewords the stated title is kept as printed
        ("Erinnerung im Stadtrat an die Opfer der Flut",
         "Erinnerung im Stadtrat an die Opfer der Flut"),
    ],
)
def test_kicker_inside_the_h1_is_not_headline(h1: str, headline: str) -> None:
    article = newsparse.parse(
        "<html><head><meta property='og:title' content='Erinnerung an die Opfer der "
        "Flut'><title>Stadtrat - Erinnerung an die Opfer der Flut</title>"
        f"</head><body><article><h1>{h1}</h1><p>Der Stadtrat hat am Donnerstag der Opfer "
        "gedacht, mit einer Kranzniederlegung und einer Rede des Präsidenten.</p></article>"
        "</body></html>"
    )
    assert article.headline == headline


def test_words_before_a_short_stated_title_are_no_kicker() -> None:
    article = newsparse.parse(
        "<html><head><title>Story 2</title></head><body><article>"
        "<h1>Heavy rain is coming, story 2</h1><p>Forecasters said on Monday that heavy rain "
        "would reach the capital by evening.</p></article></body></html>"
    )
    assert article.headline == "Heavy rain is coming, story 2"


# What the one-pass scan finds must be what an XPath search of the whole document finds.
_MARKED_PAGES = [
    '<html><body><nav class="breadcrumbs"><ol class="breadcrumb"><li>'
    '<a href="/">Home</a></li></ol></nav><div id="Breadcrumb-bar">x</div></body></html>',
    '<html><body><div aria-label="breadcrumb">a</div>'
    '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement">'
    '<span itemprop="name">News</span></li></ol></body></html>',
    '<html><body><a rel="author" href="/a">Jane</a><a rel="nofollow\tauthor">Joe</a>'
    '<a rel="me\xa0author">Not</a><a rel="authors">Not</a><a rel=" Author ">Not</a>'
    '<span rel="author">Not an a</span></body></html>',
    '<html><head><meta itemprop="datePublished" content="2024"></head><body>'
    '<div itemprop="author Creator"><span itemprop="name">Jo</span></div><p itemprop="">x</p>'
    "</body></html><div itemprop='late'>after the end</div>",
]


@pytest.mark.parametrize("markup", _MARKED_PAGES)
def test_marked_elements_match_xpath(markup: str) -> None:
    from newsparse.htmlblocks import parse_html
    from newsparse.stages.metadata import _marked_elements

    root = parse_html(markup)
    found = _marked_elements(root)
    assert list(found.breadcrumbs) == root.xpath(
        "//*[contains(@class, 'readcrumb') or contains(@id, 'readcrumb')"
        " or contains(@aria-label, 'readcrumb') or contains(@itemtype, 'BreadcrumbList')]"
        "[not(ancestor::*[contains(@class, 'readcrumb')])]"
    )
    assert list(found.author_links) == root.xpath(
        "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
    )
    by_prop: dict[str, list[object]] = {}
    for element in root.xpath("//*[@itemprop]"):
        for part in element.get("itemprop").lower().split():
            by_prop.setdefault(part, []).append(element)
    assert {k: list(v) for k, v in found.itemprops.items()} == by_prop


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        # the last part names the page's host: the site's name as its address writes it
        ('<meta property="og:title" content="Five mistakes to avoid | GameForge">', "",
         "https://gameforge.example/blog/mistakes", "Five mistakes to avoid"),
        ('<meta property="og:title" content="Finding the right policy – Shieldwide">', "",
         "https://www.shieldwide.example/guides/policy", "Finding the right policy"),
        # the <h1> prints the site's known name after its headline
        ('<meta property="og:site_name" content="Artview">'
         '<meta property="og:title" content="Best art shows of 2025 - Artview">',
         "<article><h1>Best art shows of 2025 – Artview</h1><p>Text.</p></article>",
         None, "Best art shows of 2025"),
        # a last part that names nothing in the address stays; a part too short to tell too
        ('<meta property="og:title" content="Storm hits | Opinion">', "",
         "https://www.valleyecho.example/story", "Storm hits | Opinion"),
        ('<meta property="og:title" content="Power cut | AB">', "",
         "https://ab.example/story", "Power cut | AB"),
    ],
)
def test_headline_site_part_named_by_host_or_site_is_cut(
    head: str, body: str, url: str | None, expected: str
) -> None:
    doc = _read(head, body, url=url)
    assert doc.headline is not None
    assert doc.headline.value == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # a year before the stated title is part of the printed headline, not a kicker
        (_ld('{"@type": "Article", "headline": "Price Guide for Home Repairs"}'),
         "<article><h1>2026 Price Guide for Home Repairs</h1><p>Text.</p></article>",
         "2026 Price Guide for Home Repairs"),
        # a word before it still is
        (_ld('{"@type": "Article", "headline": "Price Guide for Home Repairs"}'),
         "<article><h1>Exclusive Price Guide for Home Repairs</h1><p>Text.</p></article>",
         "Price Guide for Home Repairs"),
    ],
)
def test_headline_year_before_a_stated_title_is_no_kicker(
    head: str, body: str, expected: str
) -> None:
    doc = _read(head, body)
    assert doc.headline is not None
    assert (doc.headline.value, doc.headline.source) == (expected, Source.MARKUP)


@pytest.mark.parametrize(
    ("title", "h1s", "headline"),
    [
        # the site's logo in an <h1>, named by the <title>'s last part, over the story's <h1>
        (
            "Storm Season Is Here — Notes for River Town",
            ["Notes for River Town", "Storm Season Is Here"],
            "Storm Season Is Here",
        ),
        # the logo's <h1> alone: the <title> without its site part
        (
            "How the Ferry Runs in Winter :: River Town Notes",
            ["River Town Notes"],
            "How the Ferry Runs in Winter",
        ),
        # ... also when the site part is as long as the title before it
        (
            "The Ferry Runs Again | Notes From River Town",
            ["Notes From River Town"],
            "The Ferry Runs Again",
        ),
        # "Site - Section - Headline": the last part, longer than the first, is the headline
        (
            "Ferry Times - News - How the Ferry Runs in Winter",
            ["Ferry Times", "How the Ferry Runs in Winter"],
            "How the Ferry Runs in Winter",
        ),
        # a word of the site's name opens the headline: still the headline
        (
            "Ferry Plans Its Winter Timetable | Ferry",
            ["Ferry Plans Its Winter Timetable"],
            "Ferry Plans Its Winter Timetable",
        ),
        # a site part as long as the title before it may be the headline's own: kept
        (
            "Ferry Times - How the Ferry Runs in Winter",
            ["How the Ferry Runs in Winter"],
            "How the Ferry Runs in Winter",
        ),
    ],
)
def test_h1_naming_the_title_site_part_is_not_headline(
    title: str, h1s: list[str], headline: str
) -> None:
    heads = "".join(f"<h1>{h}</h1>" for h in h1s)
    article = newsparse.parse(
        f"<html><head><title>{title}</title></head><body>{heads}<article><p>The ferry runs "
        "twice a day in winter, when the river is high and the bridge is closed to lorries.</p>"
        "</article></body></html>"
    )
    assert article.headline == headline
