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


@pytest.mark.parametrize(
    ("stamp", "header", "expected"),
    [
        # the markup's date is the last re-save; the story's top prints when it was published
        ("2025-08-21", "<p>Published Apr 26, 2023</p><p>Updated Aug 21, 2025</p>", "2023-04-26"),
        ("2023-01-11T12:43:42", "<p>Veröffentlicht am 01.11.2023</p>", "2023-11-01"),
        # a day apart is a zone
        ("2025-08-21T01:00:00Z", "<p>Published Aug 20, 2025</p>", "2025-08-21"),
        # but not when no zone explains it
        ("2025-08-21T22:00:00Z", "<p>Published Aug 20, 2025</p>", "2025-08-20"),
        ("2025-08-21", "<p>Published Aug 20, 2025</p>", "2025-08-20"),
    ],
)
def test_labelled_published_line_beats_a_markup_date_days_away(
    stamp: str, header: str, expected: str
) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    article = newsparse.parse(_page(head, header, lang="de"), kind="html")
    assert article.published is not None
    assert article.published.date().isoformat() == expected


@pytest.mark.parametrize(
    ("stamp", "header", "expected"),
    [
        # the page prints a date by its headline that the markup's stamp is days away from
        ("2025-08-21", "<p>Apr 26, 2023</p>", "2023-04-26"),
        ("2025-01-29T20:47:55+00:00", "<p>By Jane Doe</p><p>August 19, 2025</p>", "2025-08-19"),
        # the markup's day is printed there too, or is the printed one read in the other order
        ("2025-08-21", "<p>Apr 26, 2023</p><p>Aug 21, 2025</p>", "2025-08-21"),
        ("2021-11-01T08:00:00", "<p>11/01/2021</p>", "2021-11-01"),
        # an update line, or a day apart (a zone): the markup stays
        ("2025-08-21", "<p>Updated Apr 26, 2023</p>", "2025-08-21"),
        ("2025-08-21T01:00:00Z", "<p>Aug 20, 2025</p>", "2025-08-21"),
        # no zone puts 22:02 UTC on the day before; a markup date without a time names its day
        ("2025-12-19T22:02:58Z", "<p>Dec 18, 2025</p>", "2025-12-18"),
        ("2020-04-30", "<p>29.04.2020, 12:01 Uhr</p>", "2020-04-29"),
        # a time without a zone may be a day off the local one
        ("2020-04-30T01:00:00", "<p>29.04.2020</p>", "2020-04-30"),
    ],
)
def test_date_printed_by_the_headline_beats_a_markup_stamp_it_does_not_show(
    stamp: str, header: str, expected: str
) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    article = newsparse.parse(_page(head, header, lang="de"), kind="html")
    assert article.published is not None
    assert article.published.date().isoformat() == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("12.12.2022 - Empa, the Swiss materials lab, has founded a company.", "2022-12-12"),
        (
            "Veröffentlicht am 25. Januar 2022 | Berlin – Die Ministerin traf den Direktor.",
            "2022-01-25",
        ),
        ("29.11.2022 – Mehrfach hatte die Branche protestiert.", "2022-11-29"),
        # a release's "of <date>" label
        (
            "Pressemitteilung vom 18. März 2021 | Berlin – Die Ministerin traf den Direktor.",
            "2021-03-18",
        ),
        # a date inside the sentence, or a lead without a separator, dates nothing
        ("On 12.12.2022 - a Monday - Empa founded a company.", None),
        ("12.12.2022 Empa founded a company in Zurich.", None),
    ],
)
def test_date_opening_the_first_paragraph(lead: str, expected: str | None) -> None:
    article = newsparse.parse(_page("", f"<p>{lead} {SENTENCE}</p>", lang="de"), kind="html")
    got = article.published.date().isoformat() if article.published else None
    assert got == expected


def test_byline_line_that_gives_the_date() -> None:
    header = "<p>Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)</p>"
    article = newsparse.parse(_page("", header, lang="de"), kind="html")
    assert article.authors == ("Cooper",)
    assert article.published == dt.datetime(2015, 8, 25, 22, 30)


@pytest.mark.parametrize(
    ("header", "published", "updated"),
    [
        ("<p>Published</p><p>Feb 2, 2023</p>", "2023-02-02", None),
        ("<p>Veröffentlicht:</p><p>12.12.2025</p>", "2025-12-12", None),
    ],
)
def test_label_on_the_line_above_the_date(
    header: str, published: str | None, updated: str | None
) -> None:
    # the label and its date in two blocks of a strip far below the story's first text
    page = _page("", BODY * 12).replace("</article>", f"</article><footer>{header}</footer>")
    article = newsparse.parse(page, kind="html")
    assert (article.published.date().isoformat() if article.published else None) == published
    assert (article.updated.date().isoformat() if article.updated else None) == updated


@pytest.mark.parametrize(
    "header",
    [
        # a section link glued to a date set in capitals, then the update stamp
        '<div><a href="/s/garden">Gardening</a><span>APRIL 9, 2019</span>'
        "<span>Updated: MAY 1, 2020</span></div>",
        '<div><a href="/s/garden">Gardening</a><span>April 9, 2019</span>'
        "<span>Updated: May 1, 2020</span></div>",
    ],
)
def test_date_glued_to_a_section_link_before_an_update_stamp(header: str) -> None:
    article = newsparse.parse(_page("", header), kind="html")
    assert article.published is not None and article.updated is not None
    assert article.published.date().isoformat() == "2019-04-09"
    assert article.updated.date().isoformat() == "2020-05-01"


def _footer_page(footer: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Bridge to be rebuilt</title></head><body>"
        f"<article><h1>Bridge to be rebuilt</h1>{BODY * 8}{footer}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        # the theme prints the post's date line in the story's own footer, under the text: its
        # <time> gives the hour and the zone
        (
            '<footer class="entry-footer"><span class="posted-on">Posted on '
            '<time datetime="2021-06-03T08:00:00+00:00">June 3, 2021</time></span></footer>',
            "2021-06-03T08:00:00+00:00",
        ),
        (
            '<div class="post-footer-meta"><a href="/tag/roads">Roads</a>'
            '<time datetime="2021-06-03T08:00:00Z">June 3, 2021</time></div>',
            "2021-06-03T08:00:00+00:00",
        ),
        # the site's footer, a comment's footer: not the story's date
        ('<footer class="site-footer"><time datetime="2021-06-03">June 3</time></footer>', None),
        (
            '<div class="comment"><footer class="comment-footer">'
            '<time datetime="2021-06-03">June 3</time></footer></div>',
            None,
        ),
    ],
)
def test_date_in_the_story_own_footer(footer: str, published: str | None) -> None:
    article = newsparse.parse(_footer_page(footer), kind="html")
    assert (article.published.isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    "stamp",
    [
        "— Valley Roads (@ValleyRoads) March 8, 2026",
        "A post shared by Jane Roe (@janeroe) on Mar 8, 2026 at 9:24am PST",
    ],
)
def test_an_embedded_post_s_stamp_dates_nothing(stamp: str) -> None:
    """An embedded post's account line carries the post's date, not the page's."""
    page = (
        f"Bridge to be rebuilt\n\n{SENTENCE * 3}\n\nThe crossing stays shut.\n{stamp}\n\n"
        f"{SENTENCE * 3}"
    )
    article = newsparse.parse(page, kind="text")
    assert article.published is None
    assert stamp not in article.text


TEXT_BODY = "\n\n".join([SENTENCE * 3] * 3)


@pytest.mark.parametrize(
    ("date_line", "published", "updated"),
    [
        ("Last updated: Dec 4, 2025", "2025-12-04", "2025-12-04"),
        ("Updated on 23 Oct 2025", "2025-10-23", "2025-10-23"),
        ("Aktualisiert am 12.12.2025", "2025-12-12", "2025-12-12"),
        ("Published Apr 26, 2023 | Updated Aug 21, 2025", "2023-04-26", "2025-08-21"),
        # a news story's update time, when the page shows no other date
        ("Updated 3:45 PM EST, Tue January 4, 2022", "2022-01-04", "2022-01-04"),
    ],
)
def test_a_page_showing_only_an_updated_date_is_dated_by_it(
    date_line: str, published: str | None, updated: str
) -> None:
    page = f"Bridge to be rebuilt\n{date_line}\n\n{TEXT_BODY}"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published
    assert (article.updated.date().isoformat() if article.updated else None) == updated


@pytest.mark.parametrize(
    ("date_line", "published", "author"),
    [
        # pieces joined by spaced slashes or dot operators: a desk, a domain, an update stamp
        ("Metro Desk / example.com / Updated: Dec 17, 2025, 21:47 IST", "2025-12-17",
         "Metro Desk"),
        ("By Jane Roe ⋅ Founder and Editor ⋅ Updated May 6, 2025", "2025-05-06", "Jane Roe"),
    ],
)
def test_meta_line_pieces_joined_by_slashes_or_dots(
    date_line: str, published: str, author: str | None
) -> None:
    page = f"Bridge to be rebuilt\n{date_line}\n\n{TEXT_BODY}"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published
    assert (article.authors[0] if article.authors else None) == author


@pytest.mark.parametrize("label", ["Post time:", "Post date:", "Posted on"])
def test_a_publication_label_under_the_story(label: str) -> None:
    """A labelled publication date under the story dates it when the top shows only an
    update."""
    story = "\n\n".join([TEXT_BODY] * 4)
    page = f"Bridge to be rebuilt\nUpdated: Jan 9, 2024\n\n{story}\n\n{label} Jan 4, 2024\n"
    article = newsparse.parse(page, kind="text")
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-01-04"


def test_a_date_line_named_again_in_a_changelog_is_no_masthead() -> None:
    """A date at the top that the story repeats ("February 17, 2026: Added ...") is the
    story's date, not a site name named again below."""
    page = "\n".join(
        [
            "Best rain jackets 2026",
            "By Jane Roe",
            "February 17, 2026",
            "",
            TEXT_BODY,
            "",
            "February 17, 2026: Added two jackets and checked every price again.",
            "",
            TEXT_BODY,
        ]
    )
    article = newsparse.parse(page, kind="text")
    assert article.published is not None
    assert article.published.date().isoformat() == "2026-02-17"
    assert article.site_name != "February 17, 2026"


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("Jane Roe July 13, 2025 — 7 minutes read", "2025-07-13"),
        ("Written by Jane Roe Feb 11, 2019 · 3 min read", "2019-02-11"),
        ("Jane Roe 12.12.2025 · Lesezeit 3 Min.", "2025-12-12"),
    ],
)
def test_date_line_with_a_name_and_a_reading_time(date_line: str, published: str) -> None:
    page = f"Bridge to be rebuilt\n{date_line}\n\n{TEXT_BODY}"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        # a meta line whose pieces are joined by dots or bars: one piece is only the date
        ("Oct. 2, 2025 · Jane Roe on behalf of the bridge repairs team", "2025-10-02"),
        ("On behalf of Roe & Partners PLLC | Jun 14, 2017 | Road Safety", "2017-06-14"),
        # a sentence that only mentions a date is no date line
        ("The council met on Oct. 2, 2025 and agreed to rebuild the old bridge next spring.", None),
    ],
)
def test_date_piece_of_a_meta_line(meta: str, published: str | None) -> None:
    story = "The council agreed to rebuild the old bridge next spring, after a long debate. " * 3
    page = f"Home\nNews\nBridge Repairs Begin\n{meta}\n\n{story}\n\n{story}"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    ("meta_line", "published"),
    [
        # a meta line that opens with its date, after a label or a short name
        (
            "Posted on December 20, 2025 by Jane Roe - 5 Comments on Bridge to be rebuilt",
            "2025-12-20",
        ),
        ("Posted on December 18, 2025   Posted by Jane Roe   59 Comments", "2025-12-18"),
        ("Jane Roe  02 Feb 2026 Product Reviews 7 Comments", "2026-02-02"),
        (
            "On January 12, 2025January 22, 2025 By Jane RoeIn Travel, Travel Guides, Bridges",
            "2025-01-12",
        ),
        (
            "Posted by JaneR on Friday December 19, 2025 @08:00PM from the old-bridge dept.",
            "2025-12-19",
        ),
        ("Published 5 March 2025 by Jane Roe in Transport, Bridges, Town Hall", "2025-03-05"),
        # words glued by lost markup: "by" to the name, a reading time to a comment count
        ("September 14, 2021 byJane roe Post a Comment", "2021-09-14"),
        ("Jane Roe , December 3, 2019, 9:41 am 4 min readComments2", "2019-12-03"),
        # a sentence that opens with a date, or a date deep in a sentence: no meta line
        ("On January 12, 2025, the council voted to close the bridge for good", None),
        ("The council said on January 12, 2025 that the bridge will close for good", None),
    ],
)
def test_meta_line_opening_with_its_date(meta_line: str, published: str | None) -> None:
    page = f"Bridge to be rebuilt\n{meta_line}\n\n{TEXT_BODY}"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    ("top", "under", "published"),
    [
        # a masthead's date of the day or a teaser's date above the headline: the date line
        # under the headline dates the story
        ("Friday, December 19, 2025\nHome  News  Sport", "December 12, 2025", "2025-12-12"),
        (
            "Latest: Ferry fares to rise\nMarch 3, 2025",
            "By Jane Roe\nFebruary 27, 2025",
            "2025-02-27",
        ),
        # a meta line under the headline that opens with its date
        (
            "Friday, December 19, 2025",
            "By Jane RoeJanuary 4, 2026Updated:January 8, 20262 Comments7 Mins Read",
            "2026-01-04",
        ),
        # a "Published" date above the headline stays; so does one when none is under it
        ("Published: March 3, 2025", "February 27, 2025", "2025-03-03"),
        ("Friday, December 19, 2025", "By Jane Roe", "2025-12-19"),
        # an update under the headline does not replace the date above it
        ("December 19, 2025", "Updated December 20, 2025", "2025-12-19"),
    ],
)
def test_date_line_under_the_headline(top: str, under: str, published: str) -> None:
    page = f"{top}\nHow the Council Plans to Rebuild the Old Bridge\n{under}\n\n{TEXT_BODY}"
    article = newsparse.parse(page, kind="text")
    assert article.headline == "How the Council Plans to Rebuild the Old Bridge"
    assert (article.published.date().isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    "line", ["Screenshot 2025-12-18 at 12.20.26.png", "IMG_2025-03-04 10.15.22.jpg"]
)
def test_image_file_name_is_no_date_line(line: str) -> None:
    page = (
        f"How the Council Plans to Rebuild the Old Bridge\n\n{TEXT_BODY}\n\n{line}\n\n{TEXT_BODY}"
    )
    assert newsparse.parse(page, kind="text").published is None


def _strip_page(top: str, bottom: str) -> str:
    """A page without markup dates: a header strip above the story, a footer strip below."""
    filler = "".join(f"<p>{SENTENCE}</p>" for _ in range(14))
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Bridge to be rebuilt</title></head><body>'
        f"<header>{top}</header><article><h1>Bridge to be rebuilt</h1>{filler}</article>"
        f"<footer>{bottom}</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("top", "bottom", "expected"),
    [
        # a labelled "Published" line anywhere outside the article dates it, even far below
        ("<p>Home</p>", "<p>Published: March 3, 2021</p>", "2021-03-03"),
        ("<p>Home</p>", "<p>Published:</p><p>March 3, 2021</p>", "2021-03-03"),
        # an unlabelled date near the top of the article does too; far below, it does not
        ("<p>March 3, 2021</p>", "<p>Home</p>", "2021-03-03"),
        ("<p>Home</p>", "<p>March 3, 2021</p>", None),
        # a page whose only date is the footer's update stamp is dated by it
        ("<p>Home</p>", "<p>Last updated: November 13, 2025</p>", "2025-11-13"),
    ],
)
def test_date_line_outside_the_article(top: str, bottom: str, expected: str | None) -> None:
    article = newsparse.parse(_strip_page(top, bottom), kind="html")
    got = article.published.date().isoformat() if article.published else None
    assert got == expected


def _framed(head: str, top: str, *, lang: str = "de") -> str:
    """A page whose story container holds ``top`` (headline, date lines) before its body."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Bridge to be rebuilt</title>{head}'
        f"</head><body><article>{top}{BODY}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("stamp", "top", "expected"),
    [
        # the headline is a lower heading (the <h1> holds a section's name): its date counts
        (
            "2021-12-20T11:02:44+01:00",
            "<h1>Details</h1><h2>Bridge to be rebuilt</h2><div>27.01.2022</div>",
            "2022-01-27",
        ),
        # a heading that is only a date is a date line; one that says more is not
        (
            "2021-10-15",
            "<h1>Bridge to be rebuilt</h1><h2>13.10.2021</h2>",
            "2021-10-13",
        ),
        (
            "2021-10-15",
            "<h1>Bridge to be rebuilt</h1><h2>Der Gipfel vom 13.10.2021 im Rückblick</h2>",
            "2021-10-15",
        ),
        # a date right under the headline in a box the markup files as a sidebar or a footer
        (
            "2022-01-26T14:32:06+02:00",
            "<h1>Bridge to be rebuilt</h1><div class='sidebar'><p>21.01.2022 - 13:30</p></div>",
            "2022-01-21",
        ),
        (
            "2022-01-26T14:32:06+02:00",
            "<h1>Bridge to be rebuilt</h1><footer><p>21.01.2022</p></footer>",
            "2022-01-21",
        ),
        # an event's date by the headline is not the story's
        (
            "2019-11-27T15:21:21+01:00",
            "<h1>Bridge to be rebuilt</h1><p>Termin: 14.03.2020, 19 Uhr</p>",
            "2019-11-27",
        ),
        (
            "2019-11-27T15:21:21+01:00",
            "<h1>Bridge to be rebuilt</h1><p>Deadline: March 3, 2020</p>",
            "2019-11-27",
        ),
    ],
)
def test_where_the_date_by_the_headline_may_sit(stamp: str, top: str, expected: str) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    article = newsparse.parse(_framed(head, top), kind="html")
    assert article.published is not None
    assert article.published.date().isoformat() == expected


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        # a "Published" line under the story: its day, when no zone explains the markup's
        (
            '<meta property="article:published_time" content="2025-11-29T12:28:31-05:00">',
            "<p>Published August 13, 2025</p>",
            "2025-08-13",
        ),
        (
            '<meta property="article:published_time" content="2022-02-05T12:43:42">',
            "<p>Erstellt am: 02.05.2022</p>",
            "2022-05-02",
        ),
        # a line pairing a date with its update, when the markup gives only the update
        (
            '<meta property="article:modified_time" content="2025-12-07T13:33:15Z">',
            "<p>December 3, 2025. Updated: December 7, 2025</p>",
            "2025-12-03",
        ),
        # a lone unlabelled date down there says nothing
        (
            '<meta property="article:published_time" content="2025-11-29T12:28:31-05:00">',
            "<p>August 13, 2025</p>",
            "2025-11-29",
        ),
    ],
)
def test_labelled_date_line_under_the_story(head: str, tail: str, expected: str | None) -> None:
    page = (
        f'<!DOCTYPE html><html lang="de"><head><title>Bridge to be rebuilt</title>{head}</head>'
        f"<body><article><h1>Bridge to be rebuilt</h1>{BODY * 8}{tail}</article></body></html>"
    )
    article = newsparse.parse(page, kind="html")
    assert article.published is not None
    assert article.published.date().isoformat() == expected


@pytest.mark.parametrize(
    ("lang", "shown", "expected"),
    [
        # the region the page declares sets the numeric order the bare language leaves open
        ("en-GB", "02/10/2020", "2020-10-02"),
        ("en-US", "04/02/2016", "2016-04-02"),
        ("en_us", "04/02/2016", "2016-04-02"),
        ("en", "04/02/2016", None),
        # a date past 12 decides whatever the region
        ("en-GB", "12/25/2020", "2020-12-25"),
    ],
)
def test_declared_region_sets_the_numeric_order(
    lang: str, shown: str, expected: str | None
) -> None:
    article = newsparse.parse(_page("", f"<p>{shown}</p>", lang=lang), kind="html")
    published = article.published.date().isoformat() if article.published else None
    assert published == expected


def test_dates_in_a_table_below_the_top_stay_in_the_body() -> None:
    rows = "".join(f"<tr><td>{m}/1/2013</td><td>{m * 3}%</td></tr>" for m in range(1, 13))
    page = _page("", f"{BODY}{BODY}<table>{rows}</table>", lang="en-US")
    article = newsparse.parse(page, kind="html")
    assert "7/1/2013" in article.text


@pytest.mark.parametrize(
    ("date_line", "elsewhere", "published"),
    [
        # the page's other dates show its order: month first, then day first
        ("10/12/2023 7:38 PM | 3 minute read", "Related: 12/18/2025", "2023-10-12"),
        ("8/1/2025", "Comments closed 8/27/2025", "2025-08-01"),
        ("10/12/2023", "Related: 18/12/2025", "2023-12-10"),
        # no date on the page decides: no guess
        ("10/12/2023", "Related: 12/11/2025", None),
        # two disagree: the top line stays unread, and the first date line below dates it
        ("10/12/2023", "Related: 18/12/2025 and 12/18/2025", "2025-12-18"),
    ],
)
def test_numeric_dates_read_in_the_order_the_page_shows(
    date_line: str, elsewhere: str, published: str | None
) -> None:
    story = "\n\n".join([TEXT_BODY] * 3)
    page = f"Bridge to be rebuilt\n{date_line}\n\n{story}\n\n{elsewhere}\n"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    ("date_line", "published", "updated"),
    [
        # a theme printing both stamps side by side, in either order
        ("May 21, 2025April 24, 2025 by Jane Roe", "2025-04-24", "2025-05-21"),
        ("April 24, 2025 | May 21, 2025", "2025-04-24", "2025-05-21"),
        ("2025-05-21T10:00:00+00:00April 24, 2025", "2025-04-24", "2025-05-21"),
        # words between the dates tell them apart: the first is the date line's
        ("May 21, 2025 (valid since April 24, 2025)", "2025-05-21", None),
    ],
)
def test_two_dates_side_by_side_are_publication_and_update(
    date_line: str, published: str, updated: str | None
) -> None:
    page = f"Bridge to be rebuilt\n{date_line}\n\n{TEXT_BODY}"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published
    assert (article.updated.date().isoformat() if article.updated else None) == updated


def test_a_long_meta_line_under_the_headline_dates_the_story() -> None:
    """A meta line opening with its date may list many categories after it; the date is the
    story's."""
    categories = ", ".join(f"Category number {n} of the school" for n in range(6))
    page = (
        "Bridge to be rebuilt\n\n"
        f"Posted on November 25, 2024December 3, 2024 in {categories}\n\n{TEXT_BODY}"
    )
    article = newsparse.parse(page, kind="text")
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-11-25"


@pytest.mark.parametrize(
    ("top", "published"),
    [
        # the masthead's date of the day above the story's labelled date
        ("Thursday, March 14th 2024", "2024-03-13"),
        ("Donnerstag, 14. März 2024", "2024-03-13"),
        # a labelled date at the top is kept
        ("Updated: March 14, 2024", "2024-03-13"),
    ],
)
def test_a_labelled_publication_date_beats_an_unlabelled_one_at_the_top(
    top: str, published: str
) -> None:
    page = (
        f"{top}\nNews\nSport\nWeather\n\nBridge to be rebuilt\n"
        "The old crossing will close for a year.\nBy Jane Roe\nShare\nTweet\nEmail\n"
        f"PUBLISHED: March 13, 2024 at 9:12 a.m.\n\n{TEXT_BODY}"
    )
    article = newsparse.parse(page, kind="text")
    assert article.published is not None
    assert article.published.date().isoformat() == published


@pytest.mark.parametrize(
    ("top", "published"),
    [
        # the masthead's date of the day, above the menus: the story's date line wins
        ("Wednesday, January 8, 2020", "2020-04-27"),
        ("Mittwoch, 8. Januar 2020", "2020-04-27"),
        # no weekday: an ordinary date line at the top, taken first as before
        ("January 8, 2020", "2020-01-08"),
    ],
)
def test_a_masthead_date_of_the_day_gives_way_to_the_story_date(
    top: str, published: str
) -> None:
    page = (
        f"{top}\nNews\nSport\nWeather\n\nBridge to be rebuilt\n"
        "The old crossing will close for a year.\nBy Jane Roe\nShare\nTweet\nEmail\n"
        f"April 27, 2020\n\n{TEXT_BODY}"
    )
    article = newsparse.parse(page, kind="text")
    assert article.published is not None
    assert article.published.date().isoformat() == published


def test_a_masthead_date_of_the_day_dates_a_page_with_no_other() -> None:
    page = f"Wednesday, January 8, 2020\nNews\nSport\n\nBridge to be rebuilt\n\n{TEXT_BODY}"
    article = newsparse.parse(page, kind="text")
    assert article.published is not None
    assert article.published.date().isoformat() == "2020-01-08"


def test_a_page_in_a_language_no_rule_finds_reads_every_month_table() -> None:
    sentence = (
        "Kommunen vil bygge den gamle brua på nytt neste vår, sa ordføreren etter møtet i går "
        "kveld. "
    )
    page = "Ny bru i byen\n7. oktober 2020\n\n" + "\n\n".join([sentence * 3] * 3)
    article = newsparse.parse(page, kind="text")
    assert article.language is None
    assert article.published is not None
    assert article.published.date().isoformat() == "2020-10-07"


def test_an_update_labelled_on_the_line_above_under_the_headline_keeps_the_date_above() -> None:
    page = (
        f"Example Movers\nFebruary 8, 2022\n10 min read\n\nBridge to be rebuilt\n"
        f"Last update:\nJuly 16, 2025\n\n{TEXT_BODY}"
    )
    article = newsparse.parse(page, kind="text")
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-02-08"


GERMAN_BODY = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke im nächsten Frühjahr neu zu "
    "bauen. Die Arbeiten sollen im März beginnen und bis zum Herbst dauern. "
) * 3


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("2. Okt. 2021", "2021-10-02"),
        ("28. Jan. 2022 Jana Roe", "2022-01-28"),
        ("07. Dez. 2020 | 14:08 Uhr | von Jana Roe", "2020-12-07"),
        ("17. 04. 2013 21:40", "2013-04-17"),
        # "Eingetragen am": posted on
        ("Eingetragen am 9. März 2021, aktualisiert am 9. März 2021 vom Team Süd", "2021-03-09"),
    ],
)
def test_day_first_date_line_opening_with_its_day(date_line: str, published: str) -> None:
    """The day opening a line is no list number: the line stays a date line."""
    page = f"Wie die Stadt die alte Brücke neu bauen will\n{date_line}\n\n{GERMAN_BODY}"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    ("event_line", "language_body"),
    [
        ("Termin: 21.02.2026, 19 Uhr", GERMAN_BODY),
        ("Deadline: March 3, 2026", TEXT_BODY),
    ],
)
def test_an_event_date_line_dates_nothing(
    event_line: str, language_body: str
) -> None:
    """An event's or a deadline's date is the story's content, not its publication date."""
    page = f"Whisky tasting in the old town hall\n{event_line}\n\n{language_body}"
    assert newsparse.parse(page, kind="text").published is None


@pytest.mark.parametrize(
    ("footer", "body", "published", "updated"),
    [
        # a sentence about the page itself dates it when nothing else does
        (
            "Dieser Beitrag wurde am 4. Februar 2021 von Jana in Recht, Verkehr veröffentlicht.",
            GERMAN_BODY,
            "2021-02-04",
            None,
        ),
        (
            "This article was originally published on 6 Sep 2018 at 4:12pm but has been "
            "regularly revised to keep the information current.",
            TEXT_BODY,
            "2018-09-06",
            None,
        ),
        # a page that only says when it was last changed is dated by that
        (
            "Diese Seite wurde zuletzt am 29. Januar 2021 um 13:22 Uhr geändert.",
            GERMAN_BODY,
            "2021-01-29",
            "2021-01-29",
        ),
        # a sentence of the story about something else dates nothing
        (
            "The report was published on March 3, 2021 by the transport agency, officials said.",
            TEXT_BODY,
            None,
            None,
        ),
    ],
)
def test_a_sentence_about_the_page_dates_it(
    footer: str, body: str, published: str | None, updated: str | None
) -> None:
    page = f"How the old bridge will be rebuilt\n\n{body}\n\n{footer}\n\nShare this story"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published
    assert (article.updated.date().isoformat() if article.updated else None) == updated


def test_a_publication_label_below_the_top_beats_an_unlabelled_date_above_it() -> None:
    story = "\n\n".join(f"{SENTENCE}It was the council's meeting number {n}." for n in range(8))
    page = (
        f"How the old bridge will be rebuilt\n\n{story}\n\nMarch 3, 2021\n\n"
        f"{SENTENCE * 2}\n\nPublished: February 2, 2021\n\nShare this story"
    )
    article = newsparse.parse(page, kind="text")
    assert article.published is not None
    assert article.published.date().isoformat() == "2021-02-02"


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        # a blog theme files the post under its categories with its date, above or under it
        (["Posted in Local news by jroe on June 14, 2017", TEXT_BODY], "2017-06-14"),
        ([TEXT_BODY, "This entry was posted on April 27, 2016 and is filed under Travel."],
         "2016-04-27"),
        ([GERMAN_BODY, "Von J. R. am 14.06.2017 um 18:40 Uhr gespeichert unter Allgemein"],
         "2017-06-14"),
        ([GERMAN_BODY, "Brückenbau wurde am 3. Juli 2015 um 21:10 Uhr gepostet und unter "
          "Stadt, Verkehr abgelegt."], "2015-07-03"),
        # a listing's lines disagree: other posts' dates
        ([TEXT_BODY, "Old ferry returns",
          "Filed under Local news, Travel by jroe on April 27, 2016",
          "New market hall", "Filed under Local news, Travel by jroe on March 30, 2016"], None),
        # a story sentence naming a date is no filing line
        ([TEXT_BODY, "The plan was posted online on April 27, 2016 by the agency."], None),
    ],
)
def test_a_blog_filing_line_dates_an_undated_post(lines: list[str], published: str | None) -> None:
    page = "How the old bridge will be rebuilt\n\n" + "\n\n".join(lines) + "\n\nShare this story"
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        # the story's first paragraph opens with its date, glued or spaced, maybe with a time
        ("14.06.2017Die Stadt baut die Brücke neu.", "2017-06-14"),
        ("03.07.2015 „Die Brücke wird neu gebaut“, sagte der Bürgermeister.", "2015-07-03"),
        ("21.09.2016, 18:40 UhrAm Dienstag hat der Stadtrat beschlossen.", "2016-09-21"),
        # a date that is the sentence's own subject, or none at the start
        ("03.07.2015 war ein guter Tag für die Stadt.", None),
        ("Am 03.07.2015 hat der Stadtrat beschlossen.", None),
    ],
)
def test_a_story_opening_with_its_date_under_the_headline_is_dated_by_it(
    opening: str, published: str | None
) -> None:
    page = (
        "Stadt baut die alte Brücke neu\n\nVon Jana Beispiel\n\n"
        f"{opening} {GERMAN_BODY}\n\n{GERMAN_BODY}\n\nArtikel teilen"
    )
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        # a meta line whose fields lost their spaces: the post's own comes first, the previous
        # and next posts' cards under it print theirs the same way
        ([TEXT_BODY, "Day tripsJane RoeJune 14, 2017bridges, old town, river walks",
          "Previous", "Old townJane RoeJune 2, 2017harbour, ferries"], "2017-06-14"),
        ([TEXT_BODY, "Jane Roe12 July 2015", "Share this story"], "2015-07-12"),
        # a date after a space is no glued field
        ([TEXT_BODY, "The bridge work ran late and was finished only after the holidays "
          "in a hurry on June 14, 2017 by the county crews"], None),
    ],
)
def test_a_glued_meta_line_dates_an_undated_post(lines: list[str], published: str | None) -> None:
    page = "How the old bridge will be rebuilt\n\n" + "\n\n".join(lines)
    article = newsparse.parse(page, kind="text")
    assert (article.published.date().isoformat() if article.published else None) == published


def test_a_teaser_card_glued_to_its_date_outside_the_article_dates_nothing() -> None:
    menu = "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(12))
    header = (
        "<header><div class='featured'><a href='/a'><span>News</span><span>12.13.2016"
        f"</span></a></div><nav><ul>{menu}</ul></nav></header>"
    )
    page = (
        "<!DOCTYPE html><html lang='en'><head><title>Bridge to be rebuilt</title></head><body>"
        f"{header}<main><article><h1>Bridge to be rebuilt</h1>{BODY}{BODY}</article></main>"
        "</body></html>"
    )
    assert newsparse.parse(page, kind="html").published is None


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ('<div class="meta"><time datetime="2021-06-02T08:10:00Z">3 years ago</time></div>', "en"),
        ("<p>Posted 5 hours ago</p>", "en"),
        ("<p>By Lena Marsh</p><p>Updated: 8 months ago</p>", "en"),
        ("<p>vor 2 Stunden</p>", "de"),
    ],
)
def test_relative_stamp_in_the_header_is_a_date_line(header: str, lang: str) -> None:
    head = '<meta property="article:published_time" content="2021-06-02T08:10:00Z">'
    article = newsparse.parse(_page(head, header, lang=lang), kind="html")
    assert " ago" not in article.text and "vor 2" not in article.text
    assert article.published is not None and article.published.year == 2021


def test_relative_time_in_a_sentence_stays() -> None:
    header = "<p>Three hours ago the council met.</p>"
    article = newsparse.parse(_page("", header), kind="html")
    assert "Three hours ago the council met." in article.text
