"""Main-content detection on small pages: what stays for the later stages, and why the rest went."""

from __future__ import annotations

import time

import pytest

from newsparse.document import Document, Role
from newsparse.htmlblocks import html_document
from newsparse.stages.main_content import main_content
from newsparse.stages.metadata import metadata
from newsparse.textblocks import text_document

STORY_PARAGRAPHS = (
    "<p>The council approved the new budget on Tuesday after a debate that lasted well into the "
    "night, with several members raising concerns about the cost of road repairs.</p>",
    "<p>The budget includes money for two new libraries, a swimming pool and the repair of "
    "more than forty miles of roads that were damaged in last winter's storms.</p>",
    "<p>Opposition members said the plan relied on optimistic forecasts of tax income and "
    "would leave the city with little room to respond to another bad winter.</p>",
    "<p>The mayor said the spending was overdue and that residents had waited long enough for "
    "the roads to be fixed, adding that the forecasts were cautious.</p>",
)
STORY = "".join(STORY_PARAGRAPHS)
STORY_HEAD = "".join(STORY_PARAGRAPHS[:2])
STORY_TAIL = "".join(STORY_PARAGRAPHS[2:])
STORY_START = "The council approved the new budget"

NAV = (
    '<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
    '<li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li>'
    '<li><a href="/opinion">Opinion</a></li></ul></nav>'
)
RELATED = (
    '<aside class="related-stories"><h2>Related stories</h2><ul>'
    '<li><a href="/a">Mayor defends road plan after criticism from residents</a></li>'
    '<li><a href="/b">Libraries to open longer hours from next month</a></li>'
    '<li><a href="/c">Storm damage bill rises to four million pounds</a></li></ul></aside>'
)
COMMENTS = (
    '<section id="comments" class="comments"><h2>Comments</h2>'
    + "".join(
        f'<div class="comment"><p>Comment number {i}: I have lived here for thirty years and '
        "the roads have never been this bad, so I am glad something is finally being done about "
        "them, though I doubt the money will be enough for all of it.</p></div>"
        for i in range(8)
    )
    + "</section>"
)
COOKIE = (
    '<div id="cookie-banner" class="cookie-consent"><p>We use cookies to make this site work '
    "and to understand how you use it.</p></div>"
)
FOOTER = '<footer><p>Copyright 2024 Valley Echo. All rights reserved.</p></footer>'


def _run(body: str, head: str = "") -> Document:
    doc = html_document(f"<html><head>{head}</head><body>{body}</body></html>")
    metadata(doc)
    main_content(doc)
    return doc


def _kept(doc: Document) -> list[str]:
    return [s.text for s in doc.segments if s.label is None]


def _reason(doc: Document, start: str) -> str | None:
    for segment in doc.segments:
        if segment.text.startswith(start):
            if segment.label is None:
                return None
            assert segment.label.role is Role.BOILERPLATE
            assert segment.label.stage == "main_content"
            return segment.label.reason
    raise AssertionError(f"no segment starts with {start!r}")


def test_story_kept_and_furniture_labelled_with_reasons() -> None:
    doc = _run(
        COOKIE + "<header><a class='logo' href='/'>Valley Echo</a></header>" + NAV
        + f"<main><article><h1>Council approves budget</h1>{STORY}</article>{RELATED}"
        f"{COMMENTS}</main>{FOOTER}"
    )
    kept = _kept(doc)
    assert kept[0] == "Council approves budget"
    assert kept[1].startswith(STORY_START)
    assert len(kept) == 5
    assert _reason(doc, "We use cookies") == "cookie"
    assert _reason(doc, "Sport") == "navigation"
    assert _reason(doc, "Mayor defends road plan") == "related"
    assert _reason(doc, "Comment number 3") == "comment"
    assert _reason(doc, "Copyright 2024") == "footer"


def test_long_comment_thread_does_not_win() -> None:
    doc = _run(f"<div><div class='post'>{STORY}</div>{COMMENTS}{COMMENTS}{COMMENTS}</div>")
    kept = _kept(doc)
    assert kept[0].startswith(STORY_START)
    assert not any(k.startswith("Comment number") for k in kept)


def test_story_found_without_any_markup_hints() -> None:
    links = "".join(f'<div><a href="/{i}">Section {i}</a></div>' for i in range(30))
    teasers = "".join(
        f'<div><a href="/t{i}">Teaser headline number {i} about something</a></div>'
        for i in range(10)
    )
    doc = _run(f"<div>{links}</div><div><div>{STORY}</div></div><div>{teasers}</div>")
    assert _kept(doc) == [s.text for s in doc.segments if s.text.startswith(
        ("The council", "The budget", "Opposition", "The mayor"))]


@pytest.mark.parametrize(
    ("inner", "start", "reason"),
    [
        pytest.param('<div class="share-tools"><a href="#">Share on Facebook</a>'
                     '<a href="#">Share on X</a></div>', "Share on Facebook", "share",
                     id="share bar"),
        pytest.param('<div class="newsletter-signup"><p>Get our daily briefing in your inbox '
                     "every morning.</p></div>", "Get our daily briefing", "newsletter",
                     id="newsletter box"),
        pytest.param('<div class="ad-slot"><p>Advertisement</p></div>', "Advertisement",
                     "advert", id="advert slot"),
        pytest.param('<span class="sr-only">Opens in a new window</span>',
                     "Opens in a new window", "hidden", id="screen-reader text block"),
        pytest.param('<div style="display:none"><p>Hidden teaser text</p></div>',
                     "Hidden teaser text", "hidden", id="display none block"),
        pytest.param('<div class="author-bio mt-2"><p>Jane Doe is a reporter who has covered '
                     "the city council since 2015.</p></div>", "Jane Doe is a reporter",
                     "author bio", id="author bio box"),
        pytest.param('<div class="TestReport__AuthorBox"><p>Jane Doe leitet das Ressort '
                     "Politik.</p></div>", "Jane Doe leitet", "author bio",
                     id="author box, CamelCase"),
    ],
)
def test_furniture_inside_the_story(inner: str, start: str, reason: str) -> None:
    doc = _run(f"<article><h1>Council approves budget</h1>{STORY_HEAD}{inner}{STORY_TAIL}"
               "</article>")
    if start == "Opens in a new window":
        assert not any(start in s.text for s in doc.segments)  # hidden inline text is skipped
        return
    assert _reason(doc, start) == reason
    assert sum(k.startswith(("The council", "The budget", "Opposition", "The mayor"))
               for k in _kept(doc)) == 4


def test_link_lists_inside_the_story_go_single_link_lines_stay() -> None:
    doc = _run(
        f"<article><h1>Council approves budget</h1>{STORY_HEAD}"
        '<p><strong>Read more:</strong> <a href="/x">Roads plan explained</a></p>'
        f"{STORY_TAIL}<ul>"
        + "".join(f'<li><a href="/t{i}">Topic {i}</a></li>' for i in range(5))
        + "</ul></article>"
    )
    assert _reason(doc, "Read more:") is None  # the related stage reads it
    assert _reason(doc, "Topic 2") == "related"


def test_captions_pull_quotes_and_byline_stay_unlabelled() -> None:
    doc = _run(
        '<div class="page-title"><h1>Council approves budget</h1>'
        '<p class="byline">By Jane Doe</p><p class="dateline">5 March 2024</p></div>'
        f'<div class="story-body"><figure><img src="a.jpg"><figcaption>The town hall on Tuesday. '
        f"Photo: Ann Lee</figcaption></figure>{STORY_HEAD}"
        '<aside class="pullquote"><p>Residents had waited long enough.</p></aside>'
        f"{STORY_TAIL}</div>",
        head='<meta property="og:title" content="Council approves budget">',
    )
    kept = _kept(doc)
    for start in ("Council approves budget", "By Jane Doe", "5 March 2024", "The town hall",
                  "Residents had waited"):
        assert any(k.startswith(start) for k in kept), start


def test_embedded_social_post_is_story_not_a_share_bar() -> None:
    doc = _run(
        f"<article><h1>Council approves budget</h1>{STORY_HEAD}"
        '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The roads in my '
        "street have not been fixed for ten years, and now they finally will be.</p>"
        "&mdash; Ann Lee (@annlee) March 5, 2024</blockquote></div>"
        '<div class="social-share"><a href="#">Share on Facebook</a></div>'
        f"{STORY_TAIL}</article>"
    )
    assert _reason(doc, "The roads in my street") is None
    assert _reason(doc, "Share on Facebook") == "share"


def test_intro_in_a_teaser_class_is_story_but_teaser_cards_are_not() -> None:
    intro = ("Die Stadt hat am Dienstag den neuen Haushalt beschlossen, nach einer Debatte, die "
             "bis tief in die Nacht dauerte und viele Fragen offen ließ.")
    doc = _run(
        f'<article><h1>Council approves budget</h1><p class="article-teaser">{intro}</p>'
        f'{STORY}</article><div class="teaser-list">'
        + "".join(
            f'<div class="teaser"><h3><a href="/t{i}">Other story number {i}</a></h3>'
            f"<p>A summary of another story, which readers may also like to read.</p></div>"
            for i in range(3)
        )
        + "</div>"
    )
    assert _reason(doc, "Die Stadt hat") is None
    assert _reason(doc, "Other story number 1") is not None


def test_layout_wrapper_with_furniture_class_is_not_furniture() -> None:
    doc = _run(f'<div class="layout has-sidebar"><div class="content">{STORY}</div>'
               f'<div class="sidebar">{RELATED}</div></div>')
    assert _kept(doc)[0].startswith(STORY_START)
    assert _reason(doc, "Mayor defends") in ("sidebar", "related")


def test_page_hidden_until_scripts_run_is_read() -> None:
    doc = _run(f"<div hidden><nav>{NAV}</nav><article>{STORY}</article></div>")
    assert _kept(doc)[0].startswith(STORY_START)


def test_streamed_content_is_put_back_in_place() -> None:
    doc = _run(
        f'<article><h1>Council approves budget</h1>{STORY_HEAD}<template id="B:0"></template>'
        f'</article>{FOOTER}<div hidden id="S:0">{STORY_TAIL}</div>'
    )
    kept = _kept(doc)
    assert [k[:10] for k in kept[1:]] == ["The counci", "The budget", "Opposition", "The mayor "]


def test_button_that_swallows_the_page_is_read() -> None:
    doc = _run(f"<header><button class='menu'>Menu<div><article>{STORY}</article></div>"
               "</button></header>")
    assert any(k.startswith(STORY_START) for k in _kept(doc))


def test_chinese_story_scores_by_letters() -> None:
    paragraph = "<p>" + "市议会周二批准了新的预算案其中包括两座新图书馆和一座游泳池" * 4 + "</p>"
    menu = "".join(f'<li><a href="/{i}">栏目{i}</a></li>' for i in range(20))
    doc = _run(f"<ul class='menu'>{menu}</ul><div class='text'>{paragraph * 4}</div>")
    kept = _kept(doc)
    assert len(kept) == 4 and all(k.startswith("市议会") for k in kept)


def test_tiny_page_keeps_its_text() -> None:
    doc = _run("<p>Short note.</p>")
    assert _kept(doc) == ["Short note."]


def test_page_text_is_left_alone() -> None:
    doc = text_document("Home | News | Sport\n\nStorm hits coast\n\nRain fell all night.")
    main_content(doc)
    assert all(s.label is None for s in doc.segments)


def test_deep_nesting_is_linear_and_does_not_recurse() -> None:
    depth = 100_000
    markup = "<div class='x'>" * depth + STORY + "</div>" * depth
    started = time.perf_counter()
    doc = _run(markup)
    assert time.perf_counter() - started < 30
    assert _kept(doc)[0].startswith(STORY_START)


def test_a_million_line_breaks() -> None:
    markup = "<p>" + "word<br>" * 1_000_000 + "</p>"
    started = time.perf_counter()
    doc = _run(markup)
    assert time.perf_counter() - started < 30
    assert len(doc.segments) == 1
