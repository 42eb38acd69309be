"""The headline of page text: the title-shaped line over the story, not a subheading, an image
line, a teaser or a menu item near it."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document import Document

PARAGRAPHS = (
    "The council met on Tuesday and agreed to rebuild the old bridge over the river next spring.",
    "Engineers found last year that the bridge's piers had cracked, and heavy lorries were banned.",
    "The new crossing will cost about twelve million pounds, most of it paid by the national fund.",
    "Residents said the closure had doubled their journeys to the market town on the other bank.",
    "Work is due to start in April, and a ferry will carry people across while the bridge is shut.",
)
SHIFTED = PARAGRAPHS[1:] + PARAGRAPHS[:1]
STORY = "\n\n".join(f"{p} {q}" for p, q in zip(PARAGRAPHS, SHIFTED, strict=True))
MENU = "Home\nNews\nGuides\nAbout\nContact"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # the author's picture line and the byline sit above the headline
        (
            "Picture of John Roe\nJohn Roe\nSeptember 4, 2025\n5:50 am\n"
            "How the Council Plans to Rebuild the Old Bridge",
            "How the Council Plans to Rebuild the Old Bridge",
        ),
        # a table of contents with short section headings between the headline and the story
        (
            "Rebuilding the Old Bridge: What the Council Agreed\nby Jane Roe\n6 Comments\n"
            "A river crossing seen from the bank\n\nThe bridge has stood for a century and the "
            "council has now decided what will replace it, after a long debate.\n\n"
            "Table of Contents\nWhy the bridge must go\nWhat it will cost\nWhat the Council Agreed",
            "Rebuilding the Old Bridge: What the Council Agreed",
        ),
        # a question headline over a share bar
        ("Do I Need a New Bridge?\nShare  Tweet  LinkedIn", "Do I Need a New Bridge?"),
        # an image's alt text in brackets (a lynx dump) between the headline and its byline
        (
            "A Century On, a Town Says Goodbye\n\n"
            "[The Council Agreed to Rebuild the Old Bridge Over the River]\n\nBy Jane Roe",
            "A Century On, a Town Says Goodbye",
        ),
        # key takeaways under a byline of editors
        (
            "Bridge Repairs 101: Understanding the basics\nOctober 2, 2025\n"
            "By The Borough editors\nKey takeaways",
            "Bridge Repairs 101: Understanding the basics",
        ),
    ],
)
def test_text_headline(header: str, expected: str) -> None:
    page = f"{MENU}\n{header}\n\n{STORY}"
    assert newsparse.parse(page, kind="text").headline == expected


@pytest.mark.parametrize(
    ("header", "url", "expected"),
    [
        # a title in title case that reads like two names, over a standfirst
        (
            "Bridge Repairs and River Crossings\nWhat the town must know before the works begin",
            "https://example.org/home/bridge-repairs-and-river-crossings/",
            "Bridge Repairs and River Crossings",
        ),
        (
            "Mastering Bridge Design: Core Ideas and Good Habits\nShare  Tweet  LinkedIn",
            "https://example.org/mastering-bridge-design-core-ideas-and-good-habits/",
            "Mastering Bridge Design: Core Ideas and Good Habits",
        ),
    ],
)
def test_text_headline_that_reads_like_names(header: str, url: str, expected: str) -> None:
    """A byline-shaped line weighs against, not out: the URL's words can still make it the
    headline."""
    page = f"{MENU}\n{header}\n\n{STORY}"
    assert newsparse.parse(page, kind="text", url=url).headline == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # an image's alt text over the story: "Photo of ...", "... cover"
        (
            "How the Council Rebuilds the Bridge\n\n"
            "Photo of Engineers at the Old Bridge Over the River",
            "How the Council Rebuilds the Bridge",
        ),
        (
            "The Old Bridge\n\nThe Council Rebuilds the Old Bridge Over the River cover",
            "The Old Bridge",
        ),
    ],
)
def test_text_headline_is_not_image_alt_text(header: str, expected: str) -> None:
    page = f"{MENU}\n{header}\n\n{STORY}"
    assert newsparse.parse(page, kind="text").headline == expected


@pytest.mark.parametrize("date", ["2 days ago", "Dec 23", "Posted 3 hours ago"])
def test_date_line_is_no_headline_candidate(date: str) -> None:
    """A date the dates stage left (no year, a relative date) is not weighed as a headline."""
    from newsparse import defaults
    from newsparse.load import load
    from newsparse.stages import headline as stage

    doc = load(f"{MENU}\nRebuilding the Old Bridge\n{date}\n\n{STORY}", kind="text")
    for step in defaults.default_pipeline():
        if step.name == "headline":
            break
        step(doc)
    assert date not in [c.segment.text for c in stage._candidates(doc)]


@pytest.mark.parametrize(
    ("header", "url", "expected"),
    [
        # a headline with a word of a newsletter box in it, over a subheading
        (
            "How to Plan a Good Newsletter for Your Club\nJane Roe\nDec 19, 2025\n\n"
            "Step 1: Feed It Your Story",
            "https://example.org/p/how-to-plan-a-good-newsletter-for",
            "How to Plan a Good Newsletter for Your Club",
        ),
        (
            "I Sent My Own Newsletter Through a Spam Filter\nJane Roe\n\nThe Tool and the Bridge",
            "https://example.org/p/i-sent-my-own-newsletter-through",
            "I Sent My Own Newsletter Through a Spam Filter",
        ),
        # a newsletter box's line itself still loses to the headline
        (
            "Rebuilding the Old Bridge\n\nSign up for our newsletter",
            "https://example.org/news/rebuilding-old-bridge",
            "Rebuilding the Old Bridge",
        ),
    ],
)
def test_text_headline_with_newsletter_words(header: str, url: str, expected: str) -> None:
    page = f"{MENU}\n{header}\n\n{STORY}"
    assert newsparse.parse(page, kind="text", url=url).headline == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # the headline printed twice (a sticky header's copy), a question as its subtitle
        (
            "Report a problem\nBridges\nRepairs\nBridge Repair vs Bridge Replacement\n"
            "Bridge Repair vs Bridge Replacement\nbridge repair vs replacement\n\n"
            "How Do the Two Compare, and Which Should Your Town Choose?",
            "Bridge Repair vs Bridge Replacement",
        ),
        # a standfirst between the headline and its byline, an avatar line under it
        (
            "Posted in Town Hall\nA Bridge Was Supposed to Save the Market. The Results? Mixed\n"
            "Delays made it difficult to deliver the crossing that could make a real difference\n"
            "Avatar photo\nby Jane Roe August 25, 2025\nShare this:",
            "A Bridge Was Supposed to Save the Market. The Results? Mixed",
        ),
        # the headline over a section heading that repeats its first words
        (
            "Sign in\nTop 10 Bridge Builders in the World and the Towns They Changed\nHome\n"
            "Our Blogs\nTop 10 Bridge Builders in the World",
            "Top 10 Bridge Builders in the World and the Towns They Changed",
        ),
        # a page title line (as a WET record starts) that extends the headline with the site
        (
            "Top 10 Bridge Builders in the World | Bridge Weekly\nSign in\n"
            "Top 10 Bridge Builders in the World\nBy Jane Roe\nMarch 3, 2025",
            "Top 10 Bridge Builders in the World",
        ),
    ],
)
def test_text_headline_over_its_variants(header: str, expected: str) -> None:
    """The first copy of a headline wins over what repeats or follows it (a standfirst with
    the byline under it, a section heading that starts like it), but a page title line that
    adds the site's name to it does not."""
    page = f"{MENU}\n{header}\n\n{STORY}"
    assert newsparse.parse(page, kind="text").headline == expected


@pytest.mark.parametrize("separator", [" | ", " - ", " – "])
def test_page_title_line_is_not_the_first_title(separator: str) -> None:
    """A page title line ("Title | Site", as a WET record starts) that adds the site's name to
    the headline under it is neither the page's first title-sized line nor a headline over a
    section heading that starts like it."""
    from newsparse import defaults
    from newsparse.load import load
    from newsparse.stages import headline as stage

    title = "How We Rebuilt the River Bridge"
    doc = load(f"{title}{separator}Bridge Weekly\n{MENU}\n{title}\n\n{STORY}", kind="text")
    for step in defaults.default_pipeline():
        if step.name == "headline":
            break
        step(doc)
    (page_title,) = [c for c in stage._candidates(doc) if c.segment.index == 0]
    assert not page_title.first_sized
    assert not page_title.extends_below


TITLE = "How the Town Rebuilt Its Old Bridge"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the site's name after a separator, as a page title prints it
        (f"{TITLE} | Bridge Weekly", TITLE),
        (f"{TITLE} – BridgeWeekly.com", TITLE),
        (f"{TITLE} - Bridge Weekly | Bridge Weekly", TITLE),
        # a subtitle after a dash is the headline's own
        (
            f"{TITLE} - What the Council Agreed",
            f"{TITLE} - What the Council Agreed",
        ),
    ],
)
def test_text_headline_without_site_name(line: str, expected: str) -> None:
    """A headline line that ends with the site's name (its URL's host) is the headline without
    it; the line itself stays the raw value."""
    page = f"{MENU}\n{line}\nBy Jane Roe\n\n{STORY}"
    article = newsparse.parse(page, kind="text", url="https://www.bridgeweekly.com/news/bridge")
    assert article.headline == expected
    assert article.provenance_of("headline").raw == line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Repairs to the Bridge | Bridge Weekly", "Repairs to the Bridge"),
        # a site's name is shorter than the title it follows: here the line is the site's
        ("Notes | Bridge Weekly", "Notes | Bridge Weekly"),
        ("Bridge Weekly", "Bridge Weekly"),
    ],
)
def test_without_site(line: str, expected: str) -> None:
    from newsparse.load import load
    from newsparse.stages import headline as stage

    doc = load(STORY, kind="text", url="https://bridgeweekly.co.uk/news")
    assert stage._without_site(line, doc) == expected


@pytest.mark.parametrize(
    ("header", "restating"),
    [
        # a breadcrumb's last item under the headline, past the breadcrumb
        (
            "Bridge Weekly Guides\nHow the Town Rebuilt Its Old River Bridge in Spring\nHome\n"
            "Guides\nHow the Town Rebuilt Its Old Bridge",
            ["How the Town Rebuilt Its Old Bridge"],
        ),
        # an image's alt text under the headline and its byline
        (
            "Rebuilding the River Bridge: What the Council Agreed\nBy Jane Roe\nMarch 3, 2025\n"
            "The River Bridge the council agreed on",
            ["The River Bridge the council agreed on"],
        ),
        # right under a kicker line: left to the other evidence
        (
            "Rebuilt River Bridge Guide\nYour Guide to the Rebuilt River Bridge\nBy Jane Roe",
            [],
        ),
        # under a breadcrumb trail that ends with it, or a teaser that tags it
        (
            "Start News Bridges How the Town Rebuilt Its Old Bridge\nNews\nBridges\n"
            "How the Town Rebuilt Its Old Bridge",
            [],
        ),
        (
            "How the Town Rebuilt Its Old Bridge New\nNews\nBy Jane Roe\n"
            "How the Town Rebuilt Its Old Bridge",
            [],
        ),
        # under a page title line that holds it with more words and the site's name
        (
            "How the Town Rebuilt Its Old Bridge : 21 Steps - Bridge Weekly\nHide\nNews\n"
            "How the Town Rebuilt Its Old Bridge",
            [],
        ),
        # the same words in another order, no shorter
        (
            "Old Bridge Rebuilt: How the Town Did It\nNews\nBy Jane Roe\n"
            "How the Town Did It: Old Bridge Rebuilt",
            [],
        ),
        # under a page title line that adds the site's name, or a copy of itself
        (
            "How the Town Rebuilt Its Old Bridge | Bridge Weekly\nSign in\n"
            "How the Town Rebuilt Its Old Bridge\nBy Jane Roe\n"
            "How the Town Rebuilt Its Old Bridge",
            [],
        ),
    ],
)
def test_restates_a_title_above(header: str, restating: list[str]) -> None:
    """A title line that restates a longer title-sized line two to eight lines above it (a
    breadcrumb's last item, an image's alt text) is marked; one right under it, one a
    breadcrumb trail above ends with and one a teaser above tags is not."""
    from newsparse import defaults
    from newsparse.load import load
    from newsparse.stages import headline as stage

    doc = load(f"{MENU}\n{header}\n\n{STORY}", kind="text")
    for step in defaults.default_pipeline():
        if step.name == "headline":
            break
        step(doc)
    found = [c.segment.text for c in stage._candidates(doc) if c.restates_above]
    assert found == restating


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a section, a tag or a site's name after a bar
        (f"{TITLE} | Opinion", TITLE),
        (f"{TITLE} | Top 12 Trails", TITLE),
        (f"{TITLE} | Steel, Stone & Wood", TITLE),
        # a subtitle after a bar is the headline's own; so is a dash's part
        (f"{TITLE} | Piers, Deck and the Ferry", f"{TITLE} | Piers, Deck and the Ferry"),
        (f"{TITLE} - Opinion", f"{TITLE} - Opinion"),
        (TITLE, TITLE),
    ],
)
def test_text_headline_without_tag(line: str, expected: str) -> None:
    """Page text: a headline line that ends with a short part after a bar ("| Opinion") is the
    headline without it; the line stays the raw value."""
    page = f"{MENU}\n{line}\nBy Jane Roe\n\n{STORY}"
    article = newsparse.parse(page, kind="text")
    assert article.headline == expected
    assert article.provenance_of("headline").raw == line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bridge Repairs in Spring | News", "Bridge Repairs in Spring"),
        # the part before the bar is no longer than the tag
        ("Bridges | Town News Desk", "Bridges | Town News Desk"),
        (" | Town News", " | Town News"),
        ("Bridge Repairs in Spring | ", "Bridge Repairs in Spring | "),
    ],
)
def test_without_tag(line: str, expected: str) -> None:
    from newsparse.stages import headline as stage

    assert stage._without_tag(line) == expected


def _before_headline(page: str, url: str | None = None) -> Document:
    """A page of text run through the pipeline up to the headline stage."""
    from newsparse import defaults
    from newsparse.load import load

    doc = load(page, kind="text", url=url)
    for step in defaults.default_pipeline():
        if step.name == "headline":
            break
        step(doc)
    return doc


@pytest.mark.parametrize(
    ("header", "line", "in_menu"),
    [
        # a short headline printed twice over its date is no menu item (its second copy)
        ("Home\nTopics\nBridge Works\nBridge Works\nUpdated: June 2, 2025", "Bridge Works", False),
        # nor one over its byline and date
        ("Search\nBridge Works\nBy Jane Roe\nMay 5, 2025", "Bridge Works", False),
        # a run of short links is a menu, repeats or not
        ("Home\nTopics\nBridge Works\nRoads\nRoads\nRail", "Bridge Works", True),
        ("Home\nTopics\nBridge Works\nRoads\nRail", "Bridge Works", True),
    ],
)
def test_in_menu(header: str, line: str, in_menu: bool) -> None:
    from newsparse.stages import headline as stage

    doc = _before_headline(f"{header}\n\n{STORY}")
    segment = [s for s in doc.segments if s.text == line][-1]
    assert stage._in_menu(doc, segment) is in_menu


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # an image's description long enough to read as the story's first line, over the
        # headline, its standfirst and byline
        (
            "A wooden footbridge over a wide river at dusk, seen from the bank with a heron.",
            "How the Council Plans to Rebuild the Old Bridge",
        ),
        # a headline under a line that is no story line is found as before
        ("Local news", "How the Council Plans to Rebuild the Old Bridge"),
    ],
)
def test_text_headline_under_the_first_story_line(first: str, expected: str) -> None:
    page = (
        f"{MENU}\nThe Borough News\n{first}\nHow the Council Plans to Rebuild the Old Bridge\n"
        "The town has argued for years about its crossing, and now the money is there to "
        f"replace it.\nBy Jane Roe\nMay 5, 2025\n\n{STORY}"
    )
    assert newsparse.parse(page, kind="text").headline == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a breadcrumb's and a sticky header's copies of the headline, cut with an ellipsis
        (
            "Home » News » How the Council Plans to Rebuild...\n"
            "How the Council Plans to Rebuild the Old Bridge Over the River\nShare\n"
            "How the Council Plans to Rebuild...\nMay 5, 2025",
            "How the Council Plans to Rebuild the Old Bridge Over the River",
        ),
        (
            "How the Council Plans to Rebuild the Old Bridge Over the River\nShare\n"
            "How the Council Plans to Rebuild…\nMay 5, 2025",
            "How the Council Plans to Rebuild the Old Bridge Over the River",
        ),
    ],
)
def test_text_headline_over_its_cut_copies(header: str, expected: str) -> None:
    page = f"{MENU}\n{header}\n\n{STORY}"
    url = "https://example.org/news/council-plans-rebuild-old-bridge/"
    assert newsparse.parse(page, kind="text", url=url).headline == expected


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("How the Council Plans to Rebuild...", True),
        ("How the Council Plans to Rebuild …", True),
        ("How the Council Plans to Rebuild the Old Bridge Over the River", False),
        # a teaser cut short that no title line starts with is weighed as any line
        ("Why the Bridge Closed...", False),
    ],
)
def test_cut_copy(line: str, cut: bool) -> None:
    from newsparse.stages import headline as stage

    header = f"How the Council Plans to Rebuild the Old Bridge Over the River\nShare\n{line}"
    doc = _before_headline(f"{MENU}\n{header}\n\n{STORY}")
    page = stage._Page.of(doc)
    segment = [s for s in doc.segments if s.text == line][-1]
    assert page.cut_copy(segment) is cut


@pytest.mark.parametrize(
    ("line", "url", "expected"),
    [
        # a host with a hyphen names the site as "Bridge Weekly"
        (f"{TITLE} - Bridge Weekly", "https://www.bridge-weekly.com/news/bridge", TITLE),
        # the site's name and a country or a tagline after it
        (f"{TITLE} - BRIDGEWEEKLY US", "https://www.bridgeweekly.com/us/news/bridge", TITLE),
        (f"{TITLE} • Bridgeweekly Books", "https://bridgeweekly.dev/posts/bridge", TITLE),
        # a part that does not start with the site's name stays
        (
            f"{TITLE} - The Weekly Bridge",
            "https://www.bridgeweekly.com/news/bridge",
            f"{TITLE} - The Weekly Bridge",
        ),
    ],
)
def test_without_site_from_host(line: str, url: str, expected: str) -> None:
    from newsparse.load import load
    from newsparse.stages import headline as stage

    doc = load(STORY, kind="text", url=url)
    assert stage._without_site(line, doc) == expected


def test_text_headline_repeats_page_title() -> None:
    """A WET record's page title line, repeated by the headline under a kicker and over a
    standfirst that would otherwise win on the byline under it."""
    header = (
        f"Why Hasn't the Bridge Been Rebuilt?\n{MENU}\nRiver Crossings What the Town Says\n"
        "Why Hasn’t the Bridge Been Rebuilt?\nThe council has argued about it for years\n"
        "By Jane Roe\nMay 5, 2025"
    )
    page = f"{header}\n\n{STORY}"
    assert newsparse.parse(page, kind="text").headline == "Why Hasn’t the Bridge Been Rebuilt?"


@pytest.mark.parametrize(
    ("first", "line", "repeats"),
    [
        ("How the Town Rebuilt Its Bridge", "How the Town Rebuilt Its Bridge", True),
        (
            "How the Town Rebuilt Its Bridge | Bridge Weekly",
            "How the Town Rebuilt Its Bridge",
            True,
        ),
        ("How the Town’s Bridge Was Rebuilt", "How the Town's Bridge Was Rebuilt", True),
        ("How the Town Rebuilt Its Bridge", "How the Town Rebuilt It", False),
        # a short line (a menu's, a search box's) is no page title's repeat
        ("Bridge Weekly News", "Bridge Weekly News", False),
    ],
)
def test_repeats_page_title(first: str, line: str, repeats: bool) -> None:
    from newsparse.stages import headline as stage

    doc = _before_headline(f"{first}\n{MENU}\n{line}\nBy Jane Roe\n\n{STORY}")
    (found,) = [c for c in stage._candidates(doc) if c.segment.index > 0 and c.segment.text == line]
    assert found.repeats_page_title is repeats


@pytest.mark.parametrize(
    ("footer", "url"),
    [
        # the masthead's name is the footer's copyright holder
        ("© 1998-2025 The Borough Courier. All rights reserved", None),
        ("Copyright (c) 2025 The Borough Courier, LLC", None),
        # the masthead spells the URL's host
        ("", "https://boroughcourier.example/news/bridge"),
    ],
)
def test_text_headline_is_not_the_site_name(footer: str, url: str | None) -> None:
    """A masthead printed twice over the headline, its words in the story and in title case."""
    expected = "Where do the town's bridge plans go after the vote?"
    story = f"{STORY}\n\nThe mayor told The Borough Courier on Monday that the vote is in May."
    header = f"Sections\nThe Borough Courier\nThe Borough Courier\n{expected}\nSign In\nLocal"
    page = f"{MENU}\n{header}\n\n{story}\n\nMore stories\n{footer}\nTerms of Service"
    assert newsparse.parse(page, kind="text", url=url).headline == expected


@pytest.mark.parametrize(
    ("first", "footer", "line", "names"),
    [
        ("", "© 2025 The Borough Courier", "The Borough Courier", True),
        (
            "",
            "Copyright 2020-2025 Borough Courier Inc. All rights reserved.",
            "Borough Courier",
            True,
        ),
        ("", "© Copyright 2025, The Borough Courier, Inc.", "The Borough Courier", True),
        ("", "© 2025 The Borough Courier", "The Borough Courier Weekly Quiz", False),
        ("", "", "The Borough Courier", False),
    ],
)
def test_names_site(first: str, footer: str, line: str, names: bool) -> None:
    from newsparse.stages import headline as stage

    # printed twice: the furniture stage may take one copy for the masthead, not the other
    page = f"{first}\n{MENU}\n{line}\n{line}\nSign In\nThe Bridge Plan\nBy Jane Roe\n\n{STORY}"
    doc = _before_headline(f"{page}\n\n{footer}")
    found = [c.names_site for c in stage._candidates(doc) if c.segment.text == line]
    assert found and all(f is names for f in found)


@pytest.mark.parametrize(
    ("line", "filed"),
    [
        ("Labels: bridges, river crossings", True),
        ("Published in Town Planning, Bridges, Local News", True),
        ("Filed under: Local News", True),
        ("Tags: bridges", True),
        ("Kategorien: Brücken, Verkehr", True),
        ("Publié dans Ville, Ponts", True),
        # headlines that open with the same words
        ("Published in Haste: How the Bridge Plan Was Agreed", False),
        ("Tagged and Released: The River's Last Salmon", False),
        ("Topics the Council Would Rather Not Discuss", False),
    ],
)
def test_filed_line(line: str, filed: bool) -> None:
    from newsparse.stages import headline as stage

    assert (stage.FILED_LINE.match(line) is not None) is filed


@pytest.mark.parametrize(
    "filing",
    [
        "Labels: council meetings, bridge repairs, river crossings",
        "Published in Council Meetings, Bridge Repairs, River Crossings",
    ],
)
def test_text_headline_is_not_a_filing_line(filing: str) -> None:
    """A post's filing line between the byline and the date, its words the story's."""
    expected = "Why the bridge repairs took a year"
    page = f"{MENU}\n\n{expected}\nBy Jane Roe\n{filing}\nMay 5, 2025\n\n{STORY}"
    assert newsparse.parse(page, kind="text").headline == expected


@pytest.mark.parametrize("above", [4, 5])
def test_text_headline_is_not_a_section_heading_inside_the_story(above: int) -> None:
    """A section heading a few story paragraphs down, holding the URL slug's words, loses to
    the headline with its byline over the story."""
    expected = "Five Plans We Tested for the Town's Future"
    heading = "Why the Council Will Rebuild the Old Bridge"
    paragraphs = "\n\n".join(PARAGRAPHS[:above])
    shifted = PARAGRAPHS[2:] + PARAGRAPHS[:2]
    later = "\n\n".join(f"{p} {q}" for p, q in zip(PARAGRAPHS, shifted, strict=True))
    page = (
        f"{MENU}\n{expected}\nBy Jane Roe\nMay 5, 2025\n\n{paragraphs}\n\n{heading}\n\n"
        f"{PARAGRAPHS[-1]}\nShare\nAdvertisement\nRead next\n\n{STORY}\n\n{later}"
    )
    url = "https://example.org/guides/council-rebuild-old-bridge-tested/"
    assert newsparse.parse(page, kind="text", url=url).headline == expected


@pytest.mark.parametrize(
    ("above", "teasers", "inside"),
    [
        (0, False, False),
        (1, False, False),
        (3, False, False),
        (4, False, True),
        (5, False, True),
        # blurbs of a list of teasers, each under its story's title, are no story run
        (5, True, False),
    ],
)
def test_inside_story(above: int, teasers: bool, inside: bool) -> None:
    """A line is inside the story with JOINED_PARAGRAPHS_ABOVE paragraphs from the first one
    down to it that each follow another."""
    from newsparse.stages import headline as stage

    heading = "Why the Council Will Rebuild the Old Bridge"
    title = "More News From the Borough\n" if teasers else ""
    paragraphs = "".join(f"{p}\n{title}" for p in PARAGRAPHS[:above])
    doc = _before_headline(f"{MENU}\nThe Borough News\n\n{paragraphs}{heading}\n\n{STORY}")
    page = stage._Page.of(doc)
    segment = next(s for s in doc.segments if s.text == heading)
    assert page.inside_story(segment.index) is inside


TEASER = (
    "The drivers' union has called another strike. Almost no long-distance train will run "
    "until Friday."
)
LONG_PARAGRAPH = (
    "The union called its members out again on Thursday, after talks with the rail company "
    "broke down for the third time this month, and the company said it would run an "
    "emergency timetable with about one train in five on the main lines and fewer on the "
    "regional routes, which carry most of the region's commuters to work every morning."
)


@pytest.mark.parametrize(
    ("under_date", "standfirst"),
    [
        # the teaser under the date line, with the writer's line under it
        ([TEASER, "By Anna Roe, capital bureau"], TEASER),
        # the story's first paragraph under the date line, no writer's line: no standfirst
        ([LONG_PARAGRAPH], None),
    ],
)
def test_standfirst_under_a_date_line(under_date: list[str], standfirst: str | None) -> None:
    page = "\n".join(
        ["Home", "National", "Commuters face days of cancelled trains",
         "As of: 12.03.2025 14:22", *under_date, "", LONG_PARAGRAPH, "", LONG_PARAGRAPH]
    )
    article = newsparse.parse(page, kind="text")
    assert article.headline == "Commuters face days of cancelled trains"
    assert article.standfirst == standfirst


@pytest.mark.parametrize(
    ("credit", "headline"),
    [
        # a credit under a label over the date line is no headline
        ("Editor: Jana Roe", "Feature: Farmers turn to drones as the harvest nears"),
        ("Redaktion: Jana Roe", "Feature: Farmers turn to drones as the harvest nears"),
    ],
)
def test_a_credit_under_a_label_is_no_headline(credit: str, headline: str) -> None:
    page = "\n".join(
        ["Home | World | Business", headline, "Source: Eastwire", credit, "2025-03-12 14:22:05",
         "", LONG_PARAGRAPH, "", LONG_PARAGRAPH]
    )
    assert newsparse.parse(page, kind="text").headline == headline


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Editor: Jana Roe", True),
        ("Source: Xinhua", True),
        ("Video: Fire closes the old bridge", False),  # a video's headline
        ("Editor: the one who picks the stories for the front page", False),
    ],
)
def test_credit_label_line(line: str, credit: bool) -> None:
    from newsparse.names import credit_label_line

    assert credit_label_line(line) is credit


# Titles closed by a full stop

@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a short title closed by a full stop, over its date line
        ("Sign in\nJoin now\nA Bridge Too Old.\nMay 5, 2025", "A Bridge Too Old."),
        # an abbreviation closes it
        (
            "Local News\nThe Busiest Bridges in the U.S.\nBy Jane Roe",
            "The Busiest Bridges in the U.S.",
        ),
        # two short sentences, under a section label
        (
            "Environment\nThe old bridge stood for a century. Now it is coming down.\nBy Jane Roe",
            "The old bridge stood for a century. Now it is coming down.",
        ),
        # a lower-case headline in another language
        (
            "Startseite\nImpressum\nDie alte Brücke wird im Frühjahr neu gebaut.\n"
            "Veröffentlicht am 5. Mai 2025",
            "Die alte Brücke wird im Frühjahr neu gebaut.",
        ),
    ],
)
def test_text_headline_closed_by_a_full_stop(header: str, expected: str) -> None:
    page = f"{MENU}\n{header}\n\n{STORY}"
    assert newsparse.parse(page, kind="text").headline == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a standfirst's sentence right under the headline, over the byline
        (
            "What the Vote Means for Us\n"
            "The council agreed to rebuild the old bridge over the river.\nBy Jane Roe",
            "What the Vote Means for Us",
        ),
        # a caption's first sentence over the rest of it
        (
            "What the Vote Means for Us\nBy Jane Roe\nLocal News\n"
            "The council agreed to rebuild the old bridge over the river.\n"
            "A lorry crosses the old bridge at dawn on Tuesday. Photo: Jane Roe/Borough Press",
            "What the Vote Means for Us",
        ),
    ],
)
def test_text_headline_over_a_closed_sentence(header: str, expected: str) -> None:
    """The sentence holds the URL slug's words, the headline none."""
    page = f"{MENU}\n{header}\n\n{STORY}"
    url = "https://example.org/news/council-rebuild-old-bridge/"
    assert newsparse.parse(page, kind="text", url=url).headline == expected


@pytest.mark.parametrize(
    ("line", "closed", "candidate"),
    [
        ("A Bridge Too Old.", True, True),
        ("The Busiest Bridges in the U.S.", True, True),
        ("A Bridge Too Old", False, True),
        ("A Bridge Too Old...", False, True),
        # too long for a title: a sentence
        (
            "The council met on Tuesday and at last agreed after a long and bitter debate to "
            "rebuild the bridge.",
            True,
            False,
        ),
    ],
)
def test_closed(line: str, closed: bool, candidate: bool) -> None:
    from newsparse.stages import headline as stage

    doc = _before_headline(f"{MENU}\n{line}\nMay 5, 2025\n\n{STORY}")
    found = [c for c in stage._candidates(doc) if c.segment.text == line]
    assert bool(found) is candidate
    assert stage._closed(line) is closed
    assert all(c.closed is closed for c in found)
