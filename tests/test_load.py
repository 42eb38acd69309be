"""Loading: input types, kind sniffing and decoding never raise on odd input."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.load import decode_bytes, sniff_kind

HTML = "<html><head><title>T</title></head><body><p>Hello there, this is a page.</p></body></html>"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(HTML, "html", id="full-page"),
        pytest.param("<!DOCTYPE html><p>x</p>", "html", id="doctype"),
        pytest.param("  \n<div><p>a</p><p>b</p></div>", "html", id="fragment"),
        pytest.param("Site\nHeadline\nBy Jane Doe\n\nText of the story.", "text", id="page-text"),
        pytest.param("He wrote <b> in a story about tags.", "text", id="one-tag-in-text"),
        pytest.param("", "text", id="empty"),
    ],
)
def test_sniff_kind(text: str, kind: str) -> None:
    assert sniff_kind(text) == kind


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("café".encode(), "café", id="utf8"),
        pytest.param(b"\xef\xbb\xbfcaf\xc3\xa9", "café", id="utf8-bom"),
        pytest.param("café".encode("utf-16"), "café", id="utf16-bom"),
        pytest.param(
            b'<meta charset="iso-8859-1"><p>caf\xe9</p>',
            '<meta charset="iso-8859-1"><p>café</p>',
            id="declared-latin1",
        ),
        pytest.param(
            b'<meta charset="utf-8"><p>caf\xe9</p>',
            '<meta charset="utf-8"><p>café</p>',
            id="wrong-declaration",
        ),
        pytest.param(
            b'<meta charset="no-such-codec"><p>x</p>',
            '<meta charset="no-such-codec"><p>x</p>',
            id="unknown-codec",
        ),
    ],
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(b"\x00\x01\x02\xff\xfe binary", id="binary"),
        pytest.param("<p>nul\x00 inside</p>", id="nul"),
        pytest.param("", id="empty-str"),
        pytest.param(b"", id="empty-bytes"),
        pytest.param("<html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000, id="deep"),
        pytest.param(
            '<script type="application/ld+json">{"@type": "NewsArticle",, "headline": }</script>',
            id="bad-json-ld",
        ),
    ],
)
def test_odd_input_gives_an_article(source: str | bytes) -> None:
    article = newsparse.parse(source)
    assert isinstance(article, newsparse.Article)


def test_lxml_and_soup_inputs() -> None:
    import lxml.html
    from bs4 import BeautifulSoup

    page = (
        "<html><body><article><h1>Big news today</h1><p>"
        + "Word " * 40
        + ".</p></article></body></html>"
    )
    from_tree = newsparse.parse(lxml.html.document_fromstring(page))
    from_soup = newsparse.parse(BeautifulSoup(page, "html.parser"))
    assert from_tree.paragraphs == from_soup.paragraphs
    assert from_tree.paragraphs


@pytest.mark.parametrize("bad", [42, None, ["<p>x</p>"], object()])
def test_wrong_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        newsparse.parse(bad)


def test_unknown_kind_is_an_input_error() -> None:
    with pytest.raises(newsparse.InputError):
        newsparse.parse("x", kind="pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("<html><body><article><h1>Title</h1><p>Sans recherche auto&shy;nome, nous n'avons "
         "pas d'avenir, dit-elle devant le conseil de l'universit&eacute;.</p></article>"
         "</body></html>", "html"),
        ("<html><body><article><h1>Title</h1><p>Sans recherche auto\u00adnome, nous n'avons "
         "pas d'avenir, dit-elle devant le conseil de l'universit&eacute;.</p></article>"
         "</body></html>", "html"),
        ("Title\n\nSans recherche auto\u00adnome, nous n'avons pas d'avenir, dit-elle "
         "devant le conseil de l'universit\u00e9.\n", "text"),
        ("Title\n\nSans recherche auto\u200bnome, nous n'avons pas d'avenir, dit-elle "
         "devant le conseil de l'universit\u00e9.\n", "text"),
    ],
)
def test_soft_hyphens_and_zero_width_spaces_do_not_split_words(source: str, kind: str) -> None:
    article = newsparse.parse(source, kind=kind)  # type: ignore[arg-type]
    assert "autonome" in article.text


STORY_SENTENCE = "The council met on Tuesday and agreed to rebuild the old bridge next spring. "


@pytest.mark.parametrize(
    "after_the_end",
    [
        f"<div class='post'><p>{STORY_SENTENCE * 3}</p><p>{STORY_SENTENCE * 2}</p></div>",
        f"{STORY_SENTENCE * 3}<p>{STORY_SENTENCE * 2}</p>",
        f"<body><p>{STORY_SENTENCE * 3}</p><p>{STORY_SENTENCE * 2}</p></body></html>",
    ],
)
def test_story_after_an_early_end_of_document_is_read(after_the_end: str) -> None:
    """A template that closes </body></html> before the article: browsers show what follows
    in the body, and so must the parser."""
    page = (
        "<html><head><title>Bridge to be rebuilt</title></head><body>"
        "<nav><a href='/'>Home</a></nav></body></html>" + after_the_end
    )
    article = newsparse.parse(page, kind="html")
    assert "agreed to rebuild the old bridge" in article.text
