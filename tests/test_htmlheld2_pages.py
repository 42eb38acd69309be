"""A second held-out check on invented HTML article pages: the general causes it found.

Every page here is invented (names, places, sites ending in ``.example``); each copies the shape
of a kind of served page the fixtures did not cover: a JSON-LD ``@graph`` that describes a
linked story before this one, and an endless-scroll page that preloads the next story in an
``<article>`` of its own under this one.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsparse

STORY = [
    "The library board voted on Thursday to open the central branch on Sundays from next "
    "month, the first time in twenty years that readers will have a seven-day service.",
    "The extra day will be paid for by closing two smaller reading rooms an hour earlier on "
    "weekday evenings, when the board said few people used them.",
    "Staff unions said they had agreed to the change after the board promised that no one "
    "would be made to work Sundays against their wishes.",
]
NEXT_STORY = [
    "A cyclist was taken to hospital with minor injuries after a collision with a delivery van "
    "at the crossroads by the old market hall on Wednesday afternoon.",
    "Police asked anyone who saw the collision, or who has dashboard camera footage from the "
    "area at about four o'clock, to get in touch with officers.",
]
HEADLINE = "Central library to open on Sundays"
SITE = "https://www.ferncastle-herald.example"
URL = f"{SITE}/news/2024/03/07/library-sundays/"


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


# --- a JSON-LD @graph whose first article node is another story --------------------------


def _graph_page(this_node: dict[str, object], *, head: str) -> str:
    """A page whose @graph lists a linked story's NewsArticle before this page's own node."""
    other = {
        "@type": "NewsArticle",
        "@id": f"{SITE}/news/2024/03/01/library-cuts/#article",
        "headline": "Library opening hours to be cut",
        "datePublished": "2024-03-01T09:00:00+00:00",
        "author": {"@type": "Person", "name": "Odile Marchetti"},
    }
    webpage = {"@type": "WebPage", "@id": URL, "url": URL, "name": HEADLINE}
    graph = {"@context": "https://schema.org", "@graph": [other, webpage, this_node]}
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>{HEADLINE} | Ferncastle Herald'
        f'</title>{head}<script type="application/ld+json">{json.dumps(graph)}</script></head>'
        f"<body><main><article><h1>{HEADLINE}</h1>{_paragraphs(STORY)}</article></main>"
        "</body></html>"
    )


THIS_NODE = {
    "@type": "NewsArticle",
    "headline": HEADLINE,
    "datePublished": "2024-03-07T18:40:00+00:00",
    "author": [{"@type": "Person", "name": "Wendell Oyama"}],
}


@pytest.mark.parametrize(
    ("this_node", "head"),
    [
        # named by mainEntityOfPage, the canonical link giving the page's address
        (
            {**THIS_NODE, "headline": "Sunday opening", "mainEntityOfPage": {"@id": URL}},
            f'<link rel="canonical" href="{URL}">',
        ),
        # named by its url, the page's address in og:url (without "www." and the slash)
        (
            {**THIS_NODE, "headline": "Sunday opening", "url": URL.replace("www.", "")[:-1]},
            f'<meta property="og:url" content="{URL}">',
        ),
        # no address at all: its headline is the page's <h1>
        (THIS_NODE, ""),
    ],
)
def test_the_graph_node_of_this_page_gives_the_date_and_authors(
    this_node: dict[str, object], head: str
) -> None:
    article = newsparse.parse(_graph_page(this_node, head=head), kind="html")
    assert article.published == dt.datetime(2024, 3, 7, 18, 40, tzinfo=dt.UTC)
    assert article.byline is not None
    assert article.byline.people == ("Wendell Oyama",)


def test_the_first_graph_node_stays_when_it_is_this_page() -> None:
    """Two article nodes, the first naming the page: the first is read, as before."""
    first = {**THIS_NODE, "mainEntityOfPage": URL}
    later = {**THIS_NODE, "datePublished": "2024-03-09T08:00:00+00:00", "headline": HEADLINE}
    graph = {"@context": "https://schema.org", "@graph": [first, later]}
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title><link rel="canonical" href="{URL}">'
        f'<script type="application/ld+json">{json.dumps(graph)}</script></head><body><article>'
        f"<h1>{HEADLINE}</h1>{_paragraphs(STORY)}</article></body></html>"
    )
    article = newsparse.parse(html, kind="html")
    assert article.published == dt.datetime(2024, 3, 7, 18, 40, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "stub",
    [
        {"@type": "NewsArticle", "@id": f"{URL}#article"},
        {"@id": f"{URL}#article", "@type": "Article"},
    ],
)
@pytest.mark.parametrize("stub_first", [True, False])
def test_a_main_entity_stub_reads_as_the_node_it_names(
    stub: dict[str, object], stub_first: bool
) -> None:
    """A WebPage's ``mainEntity`` names the story's node by ``@id`` only; the page shows no
    address and another headline: the named node's date is read."""
    full = {**THIS_NODE, "@id": f"{URL}#article", "headline": "Sunday opening at last"}
    webpage = {"@type": "WebPage", "@id": URL, "mainEntity": stub}
    nodes = [webpage, full] if stub_first else [full, webpage]
    graph = {"@context": "https://schema.org", "@graph": nodes}
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title>'
        f'<script type="application/ld+json">{json.dumps(graph)}</script></head><body><article>'
        f"<h1>{HEADLINE}</h1>{_paragraphs(STORY)}</article></body></html>"
    )
    article = newsparse.parse(html, kind="html")
    assert article.published == dt.datetime(2024, 3, 7, 18, 40, tzinfo=dt.UTC)


# --- an endless-scroll page: the next story preloaded in an <article> of its own ---------


@pytest.mark.parametrize(
    "heading",
    ["h1", "h2"],
)
@pytest.mark.parametrize(
    "between",
    [
        '<div class="next-up"><span>Next story</span></div>',
        "",
    ],
)
def test_a_preloaded_next_story_is_not_this_story(heading: str, between: str) -> None:
    html = (
        f'<html lang="en"><head><meta charset="utf-8"><title>{HEADLINE} | Ferncastle Herald'
        f'</title><meta property="og:title" content="{HEADLINE}"></head><body>'
        '<header><a href="/">Ferncastle Herald</a></header><div class="scroll-stream">'
        f'<article class="story"><{heading}>{HEADLINE}</{heading}><p class="author">Wendell '
        f"Oyama</p>{_paragraphs(STORY)}</article>{between}"
        f'<article class="story"><{heading}>Cyclist hurt in crossroads collision</{heading}>'
        f'<p class="author">Ines Halloran</p>{_paragraphs(NEXT_STORY)}</article>'
        "</div><footer>Ferncastle Herald</footer></body></html>"
    )
    article = newsparse.parse(html, kind="html")
    assert [p.text for p in article.paragraphs] == STORY


def test_posts_of_a_liveblog_without_headlines_of_their_rank_stay() -> None:
    """A liveblog's posts are <article>s too, under smaller headings: all of them are the story."""
    posts = "".join(
        f'<article class="post"><h3>Update {n}</h3><p>{text}</p></article>'
        for n, text in enumerate(STORY, start=1)
    )
    earlier = "".join(
        f'<article class="post"><h3>Earlier</h3><p>{text}</p></article>' for text in NEXT_STORY
    )
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title></head><body><main>'
        f'<article class="live"><h1>{HEADLINE}</h1>{posts}</article>'
        f"{earlier}"
        "</main></body></html>"
    )
    article = newsparse.parse(html, kind="html")
    assert [p.text for p in article.paragraphs if p.kind.name == "PARAGRAPH"] == STORY + NEXT_STORY


def test_an_article_holding_only_the_story_header_does_not_narrow() -> None:
    """The story's <article> wraps its header alone, the body beside it, and a teaser card below
    is an <article> with a heading of the same rank: the body stays."""
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title></head><body><main>'
        f'<article class="head"><h1>{HEADLINE}</h1></article>'
        f'<div class="body">{_paragraphs(STORY)}</div>'
        '<article class="card"><h1>Cyclist hurt in crossroads collision</h1>'
        '<p>A short summary of another story.</p></article></main></body></html>'
    )
    article = newsparse.parse(html, kind="html")
    assert [p.text for p in article.paragraphs][: len(STORY)] == STORY


# --- teaser cards with their own <time> before the story ---------------------------------


@pytest.mark.parametrize(
    "cards",
    [
        # a rail of latest stories above the story, each card an <article> with a <time>
        '<section class="latest-news"><article class="card"><h3><a href="/n/1">Bridge repairs '
        'to start in May</a></h3><time datetime="2024-02-28T08:00:00+00:00">28 Feb</time>'
        "</article></section>",
        # cards in a wrapper without any class
        '<div><article><a href="/n/2">School roof fixed</a> <time datetime="2024-03-01T17:15:00'
        '+00:00">1 March</time></article><article><a href="/n/3">Market moves indoors</a> '
        '<time datetime="2024-03-02T09:30:00+00:00">2 March</time></article></div>',
    ],
)
def test_a_teaser_cards_time_is_not_the_storys(cards: str) -> None:
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title></head><body>{cards}<article>'
        f'<h1>{HEADLINE}</h1><time datetime="2024-03-07T18:40:00+00:00">7 March 2024</time>'
        f"{_paragraphs(STORY)}</article></body></html>"
    )
    article = newsparse.parse(html, kind="html")
    assert article.published == dt.datetime(2024, 3, 7, 18, 40, tzinfo=dt.UTC)


def test_a_liveblog_posts_time_inside_its_story_article_counts() -> None:
    """Posts are <article>s inside the story's <article>: their <time> is the story's own."""
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}'
        '</h1><article class="post"><time datetime="2024-03-07T18:40:00+00:00">18:40</time>'
        f"{_paragraphs(STORY)}</article></article></body></html>"
    )
    article = newsparse.parse(html, kind="html")
    assert article.published == dt.datetime(2024, 3, 7, 18, 40, tzinfo=dt.UTC)


# --- JSON-LD's times without a zone, the meta tags' with one ----------------------------


@pytest.mark.parametrize(
    ("json_ld", "metas", "published", "updated"),
    [
        # the same wall times: the meta tags' zone is taken
        (
            {"datePublished": "2024-03-07T18:40:00", "dateModified": "2024-03-08T09:05:00"},
            '<meta property="article:published_time" content="2024-03-07T18:40:00+01:00">'
            '<meta property="article:modified_time" content="2024-03-08T09:05:00+01:00">',
            dt.datetime(2024, 3, 7, 18, 40, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            dt.datetime(2024, 3, 8, 9, 5, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        # another wall time (the meta tags in UTC): nothing is taken, no zone is guessed
        (
            {"datePublished": "2024-03-07T18:40:00"},
            '<meta property="article:published_time" content="2024-03-07T17:40:00+00:00">',
            dt.datetime(2024, 3, 7, 18, 40),
            None,
        ),
    ],
)
def test_a_time_without_a_zone_takes_the_zone_another_source_states(
    json_ld: dict[str, str], metas: str, published: dt.datetime, updated: dt.datetime | None
) -> None:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", **json_ld}
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title>{metas}<script type="application/ld+json">'
        f"{json.dumps(node)}</script></head><body><article><h1>{HEADLINE}</h1>"
        f"{_paragraphs(STORY)}</article></body></html>"
    )
    article = newsparse.parse(html, kind="html")
    assert (article.published, article.updated) == (published, updated)


# --- no site-name markup: the <title>'s site part, confirmed by the home-page link --------

SITE_NAME = "Ferncastle Herald"


@pytest.mark.parametrize(
    ("title", "masthead", "site_name"),
    [
        # the logo set as an <h1> linking to "/"
        (
            f"{HEADLINE} - {SITE_NAME}",
            f'<h1 class="logo"><a href="/">{SITE_NAME}</a></h1>',
            SITE_NAME,
        ),
        # the site first in the title; the logo an image whose alt names it, linking to the host
        (
            f"{SITE_NAME} | {HEADLINE}",
            f'<a href="{SITE}/"><img src="/logo.png" alt="{SITE_NAME}"></a>',
            SITE_NAME,
        ),
        # the same words in a link to a section page: no confirmation, no site name
        (
            f"{HEADLINE} - {SITE_NAME}",
            f'<a href="/news/">{SITE_NAME}</a>',
            None,
        ),
        # a masthead that differs from the title's part: nothing is guessed
        (
            f"{HEADLINE} | News from Ferncastle",
            f'<a href="/">{SITE_NAME}</a>',
            None,
        ),
    ],
)
def test_the_titles_site_part_named_by_the_home_link_is_the_site_name(
    title: str, masthead: str, site_name: str | None
) -> None:
    html = (
        f'<html lang="en"><head><title>{title}</title><link rel="canonical" href="{URL}">'
        f"</head><body><header>{masthead}</header><article><h2>{HEADLINE}</h2>"
        f"{_paragraphs(STORY)}</article></body></html>"
    )
    article = newsparse.parse(html, kind="html")
    assert article.site_name == site_name
    assert article.headline == HEADLINE
