"""The byline stage on whole small pages: visible and markup bylines against the metadata's."""

from __future__ import annotations

import pytest

import newsparse

SENTENCE = "The council met on Tuesday and agreed to rebuild the old bridge next spring. "
BODY = f"<p>{SENTENCE * 3}</p>"


def _page(ld_author: str, header: str) -> str:
    ld = (
        '<script type="application/ld+json">{"@type": "Article", "headline": "Bridge to be '
        f'rebuilt", "author": {ld_author}}}</script>'
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Bridge to be rebuilt</title>'
        f'<meta property="og:site_name" content="GlossGenius">{ld}</head><body><article>'
        f"<h1>Bridge to be rebuilt</h1>{header}{BODY}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("ld_author", "header", "authors"),
    [
        # the site alone is credited: it is the author
        ('{"@type": "Organization", "name": "GlossGenius"}', "", ("GlossGenius",)),
        # ... unless the page's author markup names a person
        (
            '{"@type": "Organization", "name": "GlossGenius"}',
            '<div class="author-name">Shauna Mitchell</div>',
            ("Shauna Mitchell",),
        ),
        # a person in the JSON-LD is kept
        ('{"@type": "Person", "name": "Jane Doe"}', "", ("Jane Doe",)),
    ],
)
def test_site_credited_as_author(ld_author: str, header: str, authors: tuple[str, ...]) -> None:
    assert newsparse.parse(_page(ld_author, header), kind="html").authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Bob Yirka, The Daily Planet", ("Bob Yirka",)),
        ("By Bob Yirka, Associated Press", ("Bob Yirka", "Associated Press")),
    ],
)
def test_site_name_after_the_people_of_a_visible_byline_is_dropped(
    line: str, authors: tuple[str, ...]
) -> None:
    page = _page('""', f"<p>{line}</p>").replace("GlossGenius", "The Daily Planet")
    assert newsparse.parse(page, kind="html").authors == authors


def _header_outside_the_story(header: str, language: str = "en") -> str:
    """A page whose headline and byline sit in a header box above the story's container."""
    return (
        f'<!DOCTYPE html><html lang="{language}"><head>'
        "<title>Bridge to be rebuilt</title></head><body>"
        f'<div class="top"><div class="cats"><a href="/news">News</a></div>'
        f"<h1>Bridge to be rebuilt</h1>{header}</div>"
        f'<div class="story">{BODY}{BODY}{BODY}</div>'
        '<div class="more"><h2>Most read</h2><p>Par Pierre Roe</p></div></body></html>'
    )


@pytest.mark.parametrize(
    ("header", "language", "authors"),
    [
        # "By" and a linked name: mostly link text, left out with the header, still the byline
        ('<address>By <a href="/author/jdoe/">Jane Doe</a></address>', "en", ("Jane Doe",)),
        (
            '<div><span>By</span><span><a href="/team/jdoe">Jane Doe</a></span></div>',
            "en",
            ("Jane Doe",),
        ),
        ('<div>Par <a href="/auteur/jdoe">Jeanne Doe</a> |</div>', "fr", ("Jeanne Doe",)),
        # the byline set in "authorbox" markup under the headline
        ('<div class="authorbox"><div>von Jana Roe</div></div>', "de", ("Jana Roe",)),
        # a category line beside the headline, with no marker, is no byline
        ('<div class="cats"><a href="/reviews">Album Reviews</a></div>', "en", ()),
    ],
)
def test_byline_in_a_header_left_out_of_the_story(
    header: str, language: str, authors: tuple[str, ...]
) -> None:
    page = _header_outside_the_story(header, language)
    assert newsparse.parse(page, kind="html").authors == authors


def test_byline_in_an_author_box_after_the_story() -> None:
    """The author box under the story names the author: "<h2>Autor: <span>..." ."""
    box = (
        '<div class="author-info"><div class="author-description"><h2 class="author-title">'
        '<span class="author-label">Autor:</span> Petra Roe</h2>'
        "<p>Ich schreibe über Handarbeit und nähe seit zwanzig Jahren.</p></div></div>"
    )
    page = _page('""', "").replace("</article>", f"</article>{box}").replace(
        'lang="en"', 'lang="de"'
    )
    article = newsparse.parse(page, kind="html")
    assert article.authors == ("Petra Roe",)
    assert "nähe seit zwanzig" not in article.text
