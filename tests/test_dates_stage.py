"""The dates stage on whole small pages: visible date lines against the markup's dates."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

SENTENCE = "The council met on Tuesday and agreed to rebuild the old bridge next spring. "
BODY = f"<p>{SENTENCE * 3}</p>"


def _page(head: str, header: str, *, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Bridge to be rebuilt</title>{head}'
        f"</head><body><article><h1>Bridge to be rebuilt</h1>{header}{BODY}{BODY}</article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("stamp", "shown", "expected"),
    [
        # the page shows the same instant in its own zone: that zone is kept
        ("2022-05-04T02:41:00Z", "3/5/2022 22:41", "2022-05-03T22:41:00-04:00"),
        ("2019-10-19T09:36:11+00:00", "19.10.2019, 11:36 Uhr", "2019-10-19T11:36:11+02:00"),
        ("2020-01-10T06:30:00Z", "10.01.2020 12:00", "2020-01-10T12:00:00+05:30"),
        # a time that no zone offset explains, a zone already given, an update: left alone
        ("2022-05-04T02:41:00Z", "3/5/2022 22:17", "2022-05-04T02:41:00+00:00"),
        ("2022-05-04T02:41:00-03:00", "3/5/2022 22:41", "2022-05-04T02:41:00-03:00"),
        ("2022-05-04T02:41:00Z", "Updated 3/5/2022 22:41", "2022-05-04T02:41:00+00:00"),
    ],
)
def test_utc_stamp_takes_the_zone_of_the_time_the_page_shows(
    stamp: str, shown: str, expected: str
) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    article = newsparse.parse(_page(head, f"<p>{shown}</p>", lang="es"), kind="html")
    assert article.published is not None
    assert article.published.isoformat() == expected
    assert article.published.utcoffset() == dt.datetime.fromisoformat(expected).utcoffset()
