"""The script_dates stage: an undated page's date from its data scripts, when they agree."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.model import Source
from newsparse.stages.script_dates import agreed_script_date

SENTENCE = "The council met on Tuesday and agreed to rebuild the old bridge next spring. "
BODY = f"<p>{SENTENCE * 3}</p>"


def _page(scripts: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>Bridge to be rebuilt</title>{head}"
        f"</head><body><article><h1>Bridge to be rebuilt</h1>{BODY}{BODY}</article>"
        f"{scripts}</body></html>"
    )


@pytest.mark.parametrize(
    ("scripts", "expected"),
    [
        # a state blob's publication key
        ('<script>window.__STATE__={"id":7,"publishedAt":"2021-03-04T10:00:00Z"}</script>',
         "2021-03-04T10:00:00+00:00"),
        # a JSON data script, and a key escaped inside a JSON string
        ('<script type="application/json">{"publishedDate":"2017-06-14T18:40:05Z"}</script>',
         "2017-06-14T18:40:05+00:00"),
        ('<script>var s = "{\\"datePublished\\":\\"2020-06-01\\"}";</script>',
         "2020-06-01T00:00:00"),
        # the same day under several keys: the first is taken, with its time
        ('<script>x={published_at:"2015-07-03T21:10:44+01:00",pubDate:"2015-07-03"}</script>',
         "2015-07-03T21:10:44+01:00"),
        # a publication key beside creation keys of another day (a draft made earlier)
        ('<script>{"publishedAt":"2021-03-04","createdAt":"2021-03-01","b":{"createdAt":'
         '"2021-03-01"}}</script>', "2021-03-04T00:00:00"),
        # two creation keys agreeing, on a page with no publication key
        ('<script>{"createdAt":"2016-09-21T08:12:09+02:00","a":{"createdAt":"2016-09-21"}}'
         "</script>", "2016-09-21T08:12:09+02:00"),
    ],
)
def test_an_undated_page_takes_the_date_its_scripts_agree_on(
    scripts: str, expected: str
) -> None:
    article = newsparse.parse(_page(scripts), kind="html")
    assert article.published is not None
    assert article.published.isoformat() == expected
    provenance = article.provenance_of("published")
    assert provenance is not None and provenance.source is Source.SCRIPT_DATA


@pytest.mark.parametrize(
    "scripts",
    [
        # keys that disagree: other stories' dates are in the blob too
        '<script>{"publishedAt":"2021-03-04","related":[{"publishedAt":"2021-02-11"}]}</script>',
        # a lone creation key is as often an image's upload time
        '<script>{"image":{"createdAt":"2016-04-27T03:51:30Z"}}</script>',
        # a key inside a longer key, and a plain "date" key, date nothing
        '<script>{"lastPublishedAt":"2021-03-04","date":"2021-03-04"}</script>',
        '<script>{"unpublished_at":"2021-03-04"}</script>',
        # JSON-LD is the metadata stage's, read there with its own rules
        '<script type="application/ld+json">{"@type":"Thing","publishedAt":"2021-03-04"}'
        "</script>",
    ],
)
def test_scripts_without_one_agreed_publication_day_date_nothing(scripts: str) -> None:
    assert newsparse.parse(_page(scripts), kind="html").published is None


def test_a_page_dated_elsewhere_keeps_its_date() -> None:
    head = '<meta property="article:published_time" content="2017-02-08T08:00:00Z">'
    scripts = '<script>{"publishedAt":"2021-03-04T10:00:00Z"}</script>'
    article = newsparse.parse(_page(scripts, head), kind="html")
    assert article.published is not None
    assert article.published.date().isoformat() == "2017-02-08"


def test_page_text_has_no_scripts_to_read() -> None:
    text = 'Bridge to be rebuilt\n\n{"publishedAt":"2021-03-04T10:00:00Z"}\n\n' + SENTENCE * 3
    provenance = newsparse.parse(text, kind="text").provenance_of("published")
    assert provenance is None or provenance.source is not Source.SCRIPT_DATA


@pytest.mark.parametrize(
    ("scripts", "expected"),
    [
        (['{"publishedAt":"2021-03-04"}', '{"publishedAt":"2021-03-04T09:00:00Z"}'],
         "2021-03-04"),
        (['{"publishedAt":"2021-03-04"}', '{"publishedAt":"2021-03-05"}'], None),
        (["'" + "publishedAt" * 5000 + "'", '{"publishedAt" :  "2021-03-04"}'], "2021-03-04"),
        ([" ".join(['"publishedAt":"2021-03-04"'] * 10_000)], "2021-03-04"),
        ([], None),
        # only the first 200 keyed dates are read, however many scripts hold them
        (['{"publishedAt":"2021-03-04"} ' * 100] * 3 + ['{"publishedAt":"2021-03-05"}'],
         "2021-03-04"),
    ],
)
def test_agreed_script_date(scripts: list[str], expected: str | None) -> None:
    assert agreed_script_date(scripts) == expected
