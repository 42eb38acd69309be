"""Page text: the masthead (site name) is a header line the page names again further down."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.stages.furniture import split_breadcrumbs

STORY = "\n\n".join(
    [
        "The council met on Tuesday and agreed to rebuild the old bridge next spring, after "
        "two years of surveys and a long public consultation about its design."
    ]
    * 4
)


@pytest.mark.parametrize(
    "footer",
    [
        "Jane Roe is a reporter for Valley Courier Weekly and covers the county council.",
        "© 2025 Valley Courier Weekly. All rights reserved.",
    ],
)
def test_header_line_named_again_in_the_footer_is_the_masthead(footer: str) -> None:
    page = "\n".join(
        ["Valley Courier Weekly", "News", "Sport", "", "Bridge to be rebuilt", "", STORY, "",
         footer]
    )
    article = newsparse.parse(page, kind="text")
    assert article.site_name == "Valley Courier Weekly"
    assert article.headline == "Bridge to be rebuilt"


@pytest.mark.parametrize(
    ("header", "footer", "site_name"),
    [
        # a menu word that is only the start of the name in the copyright line
        (
            ["Region", "Valley", "Sport"],
            "© 2025 Valley Courier Information Co. All rights reserved.",
            None,
        ),
        # the whole name, then a company word
        (["Valley Courier", "News", "Sport"], "© 2025 Valley Courier Media Group Ltd",
         "Valley Courier"),
    ],
)
def test_a_masthead_is_named_whole_in_the_copyright_line(
    header: list[str], footer: str, site_name: str | None
) -> None:
    page = "\n".join([*header, "", "Bridge to be rebuilt", "", STORY, "", footer])
    assert newsparse.parse(page, kind="text").site_name == site_name


def test_headline_printed_again_with_the_blogs_name_is_no_masthead() -> None:
    """The page's title and, just under it, the same title with the blog's name before it:
    the shorter line is the headline named twice, not a site name named below."""
    page = "\n".join(
        ["Old Bridge Rebuilt", "", "Garden Notes Blog: Old Bridge Rebuilt", "March 3, 2025", "",
         STORY]
    )
    article = newsparse.parse(page, kind="text")
    assert article.site_name != "Old Bridge Rebuilt"
    assert article.headline is not None and "Old Bridge Rebuilt" in article.headline


@pytest.mark.parametrize(
    ("button", "again"),
    [
        ("Sign in", "Sign in or register to join the conversation"),
        ("Log out", "Log out of every device from your account page"),
    ],
)
def test_a_button_named_again_below_is_no_masthead(button: str, again: str) -> None:
    """An account button in the header and a longer line starting with it in the comments:
    buttons end on a lower-case word ("Sign in"), mastheads on a name."""
    page = "\n".join(
        ["Skip to content", button, "Riverside Evening Star", "News", "Sport", "",
         "Bridge to be rebuilt", "", STORY, "", again]
    )
    article = newsparse.parse(page, kind="text")
    assert article.site_name != button


@pytest.mark.parametrize(
    "thread",
    [
        "12 thoughts on \u201cRebuilding The Old Mill Bridge\u201d",
        "3 Antworten zu Rebuilding The Old Mill Bridge",
        "Pingback: Rebuilding The Old Mill Bridge | Another Garden Blog",
    ],
)
def test_the_title_named_in_a_comment_thread_is_no_masthead(thread: str) -> None:
    """A blog post's title over its date line, named again by the comment thread's heading
    or a pingback: the headline, not a masthead named in a credit."""
    page = "\n".join(
        ["Garden Notes", "Home", "About", "", "Rebuilding The Old Mill Bridge",
         "Posted on June 3, 2025 by gardener", "", STORY, "", STORY, "", STORY, "", thread,
         "Leave a Reply"]
    )
    article = newsparse.parse(page, kind="text")
    assert article.site_name != "Rebuilding The Old Mill Bridge"
    assert article.headline == "Rebuilding The Old Mill Bridge"


def test_a_writer_named_again_in_their_bio_is_no_masthead() -> None:
    """A column's writer on a line of their own above it and their bio under it: the name
    opens the bio, where a masthead would stand inside a credit or a copyright line."""
    page = "\n".join(
        ["Skip to content", "Opinion", "Bridge to be rebuilt", "Tomasz Weller", "Guest columnist",
         "", STORY, "", "Tomasz Weller is a civil engineer and lives in the valley."]
    )
    article = newsparse.parse(page, kind="text")
    assert article.site_name != "Tomasz Weller"


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        ("News / Local / Transport", ("News", "Local", "Transport")),
        ("Home › Sport › Football", ("Home", "Sport", "Football")),
        # a photo's credit and a footer's notice are no trail
        ("© Anita Roe / Ocean Watch", None),
        ("(c) Valley Courier / All rights reserved", None),
        ("Photo: Anita Roe / Reuters", None),
        # a row of the site's sections is its menu bar, not a trail
        ("Home | News | Sport | Money | Travel | Science | Video | Puzzles", None),
    ],
)
def test_breadcrumb_lines(line: str, crumbs: tuple[str, ...] | None) -> None:
    assert split_breadcrumbs(line) == crumbs


@pytest.mark.parametrize("label", ["News provided by", "Presented by:"])
def test_a_name_under_a_provided_by_label_is_no_masthead(label: str) -> None:
    """A press release's company (or a sponsor) under "News provided by", named again in the
    release, is who provides the story, not the site."""
    page = "\n".join(
        [
            label,
            "Northwind Tools Inc.",
            "Mar 14, 2024, 08:30 ET",
            "Northwind Tools opens a second plant, adding 400 jobs",
            "DAYTON, Ohio, March 14, 2024 /PRNewswire/ -- Northwind Tools Inc., a maker of hand "
            "tools, today announced it will open a second plant in the region.",
            "The plant will build the company's new line of drills and is expected to open in "
            "the spring of 2025, the company said.",
            "About Northwind Tools",
            "Northwind Tools designs and builds hand tools for builders and farms.",
            "SOURCE Northwind Tools Inc.",
        ]
    )
    assert newsparse.parse(page, kind="text").site_name is None
