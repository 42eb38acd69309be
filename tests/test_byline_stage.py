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
        f'<meta property="og:site_name" content="ExampleSoft">{ld}</head><body><article>'
        f"<h1>Bridge to be rebuilt</h1>{header}{BODY}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("ld_author", "header", "authors"),
    [
        # the site alone is credited: it is the author
        ('{"@type": "Organization", "name": "ExampleSoft"}', "", ("ExampleSoft",)),
        # ... unless the page's author markup names a person
        (
            '{"@type": "Organization", "name": "ExampleSoft"}',
            '<div class="author-name">Sarah Mills</div>',
            ("Sarah Mills",),
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
        ("By Ann Major, The Daily Planet", ("Ann Major",)),
        ("By Ann Major, Associated Press", ("Ann Major", "Associated Press")),
    ],
)
def test_site_name_after_the_people_of_a_visible_byline_is_dropped(
    line: str, authors: tuple[str, ...]
) -> None:
    page = _page('""', f"<p>{line}</p>").replace("ExampleSoft", "The Daily Planet")
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


TEXT_STORY = (
    "Engineers shared their best practices for bridge repairs with the council on Tuesday.\n\n"
    "The home routers of the town's data safety office were also checked for flaws.\n\n"
    + ("The council agreed to rebuild the old bridge next spring, after a long debate. " * 2)
)


@pytest.mark.parametrize(
    ("header", "headline", "authors"),
    [
        # a title-case headline over the date: its "names" are words the story writes in lower
        # case
        (
            "Best Practices for Bridge Repairs\nOctober 2, 2025",
            "Best Practices for Bridge Repairs",
            (),
        ),
        (
            "Home Routers and Data Safety\nOctober 2, 2025",
            "Home Routers and Data Safety",
            (),
        ),
        # a person's name is not written in lower case
        (
            "Best Practices for Bridge Repairs\nJohn Roe\nOctober 2, 2025",
            "Best Practices for Bridge Repairs",
            ("John Roe",),
        ),
    ],
)
def test_title_case_line_over_a_date_is_no_byline(
    header: str, headline: str, authors: tuple[str, ...]
) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors
    assert article.headline == headline


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the marker alone on its line, the name on the next
        ("Bridge Repairs Begin\nBy\nJane Roe\n5 min read", ("Jane Roe",)),
        ("Bridge Repairs Begin\nWritten by:\nJane Roe\nSenior Editor", ("Jane Roe",)),
        # a no-break space after the marker
        ("Bridge Repairs Begin\nBy\u00a0 Jane Roe\n5 min read", ("Jane Roe",)),
        # the author's picture names the line under it
        ("Bridge Repairs Begin\nPicture of Jane Roe\nJane Roe\n5 min read", ("Jane Roe",)),
        ("Bridge Repairs Begin\nJane Roe's avatar\nJane Roe\n5 min read", ("Jane Roe",)),
        # a name in capitals beside the date; a section label in capitals is no name
        ("Bridge Repairs Begin\nJANE ROE\nOctober 2, 2025", ("JANE ROE",)),
        ("Bridge Repairs Begin\nBRIDGE REPAIRS\nOctober 2, 2025", ()),
        # a menu's "Authors" link is no marker
        ("Authors\nServices\nBridge Repairs Begin\n5 min read", ()),
    ],
)
def test_name_line_under_a_marker_or_a_picture(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


# Menus whose links carry prose descriptions: the header region ends in them, far above the
# story's own header.
PROSE_MENU = (
    "Home\nPrograms\n"
    "The two-year program teaches the science of management to leaders who want to grow.\n"
    "A full-time program for leaders eager to spend a year of discovery on a lifetime of impact.\n"
    "Events\nAbout us\nContact\nCareers\nNewsroom\nPodcasts\nSearch\n"
)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the byline beside the date line that dates the story
        ("Bridge Repairs Begin\nBy\nJane Roe\nApr 21, 2021", ("Jane Roe",)),
        ("Bridge Repairs Begin\nJane Roe\nApr 21, 2021", ("Jane Roe",)),
        ("Bridge Repairs Begin\nBy Jane Roe – Updated Apr 21, 2021", ("Jane Roe",)),
        # an unmarked line there must name people: not a menu's organisation or a heading
        ("Bridge Repairs Begin\nApr 21, 2021\nOur Services", ()),
        ("Bridge Repairs Begin\nApr 21, 2021\nLatest Articles", ()),
        ("Bridge Repairs Begin\nApr 21, 2021\nCouncil Meeting Notes", ()),
    ],
)
def test_byline_beside_the_date_under_a_prose_menu(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"{PROSE_MENU}{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors
    assert article.headline == "Bridge Repairs Begin"


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a date line that names the author, the date after a connecting "on"
        ("Bridge Repairs Begin\nBy Jane Roe on October 2, 2025", ("Jane Roe",)),
        # the marker glued to the name by its colon
        ("Bridge Repairs Begin\nWritten by:Jane Roe\nOctober 2, 2025", ("Jane Roe",)),
        # no-break spaces inside the marker
        ("Bridge Repairs Begin\nWritten\u00a0by\u00a0Jane Roe\nOctober 2, 2025", ("Jane Roe",)),
    ],
)
def test_byline_spelled_loosely(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a job title, a reading time or an icon's name between the name and the date
        ("Bridge Repairs Begin\nJane Roe\nStaff Writer\nOctober 2, 2025", ("Jane Roe",)),
        ("Bridge Repairs Begin\nPublished\nOctober 2, 2025\n5 min read\nJane Roe", ("Jane Roe",)),
        ("Bridge Repairs Begin\nJane Roe\ncalendar\nOctober 2, 2025", ("Jane Roe",)),
        # a menu item a few lines over a date, with the real byline beside the date
        ("Contact Desk\nFAQs\nOctober 2, 2025\nJane Roe", ("Jane Roe",)),
    ],
)
def test_name_a_few_short_lines_from_the_date(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


def test_name_piece_of_a_dated_meta_line() -> None:
    header = "Bridge Repairs Begin\nOctober 2, 2025 · 30 min · 6279 words · Jane Roe"
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == ("Jane Roe",)


def test_fact_checker_after_a_reading_time_on_the_date_line() -> None:
    header = (
        "Bridge Repairs Begin\nJane Roe\n"
        "Last Updated: Oct 2, 2025 \u2022 5 min read Fact Checked by: John Poe"
    )
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == ("Jane Roe",)


@pytest.mark.parametrize(
    ("header", "url", "headline", "authors"),
    [
        # a title whose words the story never writes: the URL repeats it
        (
            "Moving Day Checklist\nOctober 2, 2025",
            "https://example.com/blog/moving-day-checklist",
            "Moving Day Checklist",
            (),
        ),
        (
            "Harbour Strategy\nOctober 2, 2025",
            "https://example.com/p/harbour-strategy",
            "Harbour Strategy",
            (),
        ),
        # an author's name is a small part of a long slug
        (
            "I was at a wedding in the country last weekend\nAnja Roemer\nOctober 2, 2025",
            "https://example.com/pulse/i-was-at-a-wedding-in-the-country-anja-roemer",
            "I was at a wedding in the country last weekend",
            ("Anja Roemer",),
        ),
    ],
)
def test_name_shaped_line_that_the_url_repeats_is_the_title(
    header: str, url: str, headline: str, authors: tuple[str, ...]
) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text", url=url)
    assert article.authors == authors
    assert article.headline == headline


def test_a_name_in_a_lower_case_alt_line_is_still_a_name() -> None:
    """An image's alt text written all in lower case ("jane roe moving expert") is no sign
    that the name's words are common words."""
    header = "Best Movers in Town\nJane Roe\nLast Updated: Dec 17, 2025\njane roe moving expert"
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == ("Jane Roe",)


# A menu: enough short lines that its items sit far above the byline's usual place.
LONG_MENU = "".join(f"Menu Item {n}\n" for n in range(20))


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # an author block without a date: the name over a job title alone
        ("Bridge Repairs Begin\nJane Roe\nTech Writer", ("Jane Roe",)),
        ("Bridge Repairs Begin\nJane Roe\nSenior QA Engineer", ("Jane Roe",)),
        # the name printed twice (an avatar's alt text, then the name)
        ("Bridge Repairs Begin\nJane Roe\nJane Roe\nContent Editor", ("Jane Roe",)),
        # words the page writes in lower case are a menu item, not a name
        ("Bridge Repairs Begin\nBest Practices\nStaff Writer", ()),
        # a name over a title high up in a menu is a menu
        (f"Mental Health\nHealth Coach\n{LONG_MENU}Bridge Repairs Begin", ()),
        # a name over a line that is no job title
        ("Bridge Repairs Begin\nJane Roe\nResearch & Development", ()),
    ],
)
def test_name_over_a_job_title(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a name on the date line, tied to the date by "on" or "at"
        ("Bridge Repairs Begin\nJane Roe on Oct. 2, 2025", ("Jane Roe",)),
        ("Bridge Repairs Begin\nPosted by Jane Roe at October 2, 2025 11:15 AM", ("Jane Roe",)),
        # a count of comments after the name
        ("Bridge Repairs Begin\nMay 3, 2017 By Jane Roe 4 Comments", ("Jane Roe",)),
        # a blog's user name after "by"; a word the page writes in lower case is none
        ("Bridge Repairs Begin\nOctober 2, 2025\nby janeroe", ("janeroe",)),
        ("Bridge Repairs Begin\nOctober 2, 2025\nby repairs", ()),
    ],
)
def test_byline_on_a_date_line_or_by_a_user_name(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


FOOTER_PROSE = (
    "Our newsletter brings the week's council news to your inbox every Friday morning, "
    "with notes from the reporters and a look at the meetings ahead.\n\n"
    "Newsletter\nSubscribe\nAbout us\nContact\n"
    "We publish the town's news with the help of readers, who fund our reporting with small "
    "monthly gifts. Every gift keeps the site free for everyone to read.\n"
)


@pytest.mark.parametrize(
    ("after_story", "authors"),
    [
        # the byline under the story's last paragraph, with a footer's prose below it
        ("Text by Jane Roe\n\n", ("Jane Roe",)),
        ("By Jane Roe\nRelated Topics\n", ("Jane Roe",)),
        # a marked sentence is no byline, nor a line of words the page writes in lower case
        ("By clicking Join you agree to our Privacy Policy\n\n", ()),
        ("By Bridge Repairs\n\n", ()),
    ],
)
def test_byline_under_the_story_above_a_footer(after_story: str, authors: tuple[str, ...]) -> None:
    more = "The mayor said the work would be paid for from the town's own budget this year.\n\n"
    story = f"{TEXT_STORY}\n\n{more * 4}"
    page = f"Home\nNews\nBridge Repairs Begin\n\n{story}{after_story}{FOOTER_PROSE}"
    article = newsparse.parse(page, kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a menu's "browse by" heading in words the page writes in lower case is no byline
        (
            "By Best Practices\nSolutions\nBridge Repairs Begin\nJane Roe\nOctober 2, 2025",
            ("Jane Roe",),
        ),
        ("By Repairs\nSolutions\nBridge Repairs Begin\nJane Roe\nOctober 2, 2025", ("Jane Roe",)),
        # a marked name is a byline
        ("Bridge Repairs Begin\nBy Jane Roe\nOctober 2, 2025", ("Jane Roe",)),
    ],
)
def test_marked_menu_heading_is_no_byline(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


BIO = "a reporter, has covered the council and the schools of the town since 2019."


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        # an author box after the story: the name over a bio opening with the first name
        (f"Jane Roe\nJane is {BIO}", ("Jane Roe",)),
        (f"Jane Roe\nJane Roe\nJane, {BIO}", ("Jane Roe",)),
        # the whole name opening the bio, when the name is printed twice (avatar, name)
        (f"Jane Roe\nJane Roe\nJane Roe is {BIO}", ("Jane Roe",)),
        # a section opening with the heading's whole name is no bio
        (f"Power Drills\nPower Drills are tools that {BIO}", ()),
        # words the page writes in lower case are no name
        (f"Bridge Repairs\nBridge is {BIO}", ()),
    ],
)
def test_name_over_an_author_bio(box: str, authors: tuple[str, ...]) -> None:
    page = f"Home\nNews\nBridge Repairs Begin\n\n{TEXT_STORY}\n\n{box}\n\nContact\nAbout"
    article = newsparse.parse(page, kind="text")
    assert article.authors == authors


def test_a_section_heading_high_on_the_page_is_no_author_box() -> None:
    sections = f"Jane Roe\nJane is {BIO}\n\n"
    page = f"Home\nNews\nBridge Repairs Begin\n\n{sections}{TEXT_STORY}\n\n{TEXT_STORY}"
    article = newsparse.parse(page, kind="text")
    assert article.authors == ()


MENU = "Recipes\nBreads\nCocktails\nBy Region\nAsian Food\nEuropean Food\nDesserts\n"


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # past a list of contributors and their roles, a few lines above the date
        (
            "Bridge Repairs Begin\nContributors (3)\nJane Roe\nJohn Poe\nMary Major\n"
            "By Jane Roe\nFact-checked by John Poe\nTested by Mary Major\n"
            "Our Editorial Process\nUpdated on Oct. 2, 2025",
            ("Jane Roe",),
        ),
        # a marker over the name, past a picture's alt text, a few lines under the date
        (
            "Bridge Repairs Begin\n5 min read\nupdated 2 Oct 2025\nan old stone bridge at dusk\n"
            "an old stone bridge at dusk\nJane-Roe.jpg\nwritten by\nJane Roe\nChief Editor",
            ("Jane Roe",),
        ),
    ],
)
def test_marked_byline_a_few_lines_further_down(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"{PROSE_MENU}{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # past a picture's alt text, its credit and a share bar: up to twelve lines down
        (
            "Bridge Repairs Begin\nan old stone bridge at dusk\nan old stone bridge at dusk\n"
            "Photo: Mary Major\nShare\nPrint\nBy Jane Roe",
            ("Jane Roe",),
        ),
        (
            "Bridge Repairs Begin\nan old stone bridge at dusk\nan old stone bridge at dusk\n"
            "Photo: Mary Major\nShare\nWritten by Jane Roe",
            ("Jane Roe",),
        ),
        # not past the story's end: a teaser's byline follows it
        (
            "Bridge Repairs Begin\nImage\nLesen Sie auch\nAnother Teaser Headline Here\n"
            "By Jane Roe",
            (),
        ),
        ("Bridge Repairs Begin\nImage\nRead next\nAnother Teaser Headline Here\nBy Jane Roe", ()),
    ],
)
def test_marked_byline_far_under_the_headline(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"{PROSE_MENU}{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Mary (Major) Roe  Published: June 14, 2017", ("Mary Major Roe",)),
        ("Jane (Doe) Roe  June 14, 2017", ("Jane Doe Roe",)),
        ("Jane Roe  Published: June 14, 2017", ("Jane Roe",)),
        # whom the author writes for, after the name on the date line
        ("Dec. 19, 2025 · Mary Major on behalf of Example Doc group", ("Mary Major",)),
        # a calendar's dated lines name bands, not authors
        (
            "14.06.2017 - Grey Water - City Hall\n15.06.2017 - Mary Major - Arena\n"
            "16.06.2017 - Jane Roe - Flex",
            (),
        ),
    ],
)
def test_name_on_the_date_line(line: str, authors: tuple[str, ...]) -> None:
    """A name on the date line, with a bracketed middle or maiden name in it or whom it writes
    for after it."""
    page = f"{PROSE_MENU}Bridge Repairs Begin\n{line}\n\n{TEXT_STORY}"
    assert newsparse.parse(page, kind="text").authors == authors


@pytest.mark.parametrize(
    "kicker", ["Town Hall Notes", "Grey Water"]
)
def test_marked_byline_under_an_unmarked_line_by_the_date(kicker: str) -> None:
    """A kicker beside the date reads like an unmarked byline; the "Written by" line two lines
    under it names the author."""
    header = f"{kicker}\nJuly 25, 2019\nBridge Repairs Begin Across the County\nWritten by Kristin"
    article = newsparse.parse(f"{PROSE_MENU}{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == ("Kristin",)


@pytest.mark.parametrize(
    "header",
    [
        # a kicker over the date, the marked byline under the standfirst and a place
        "Grey Water\nOctober 2, 2025\nBridge Repairs Begin\nThe council votes for a new bridge."
        "\nCity Hall\nBy Jane Roe",
        "Grey Water\nOctober 2, 2025\nBridge Repairs Begin\nThe council votes for a new bridge."
        "\nCity Hall\nEast Side\nWritten by Jane Roe",
    ],
)
def test_marked_byline_further_under_an_unmarked_line(header: str) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == ("Jane Roe",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a job title after the name, with no comma ("Astrologer & Gardener")
        ("Written By: Jane Roe Astrologer & Gardener", ("Jane Roe",)),
        ("Written By: Jane Roe Executive Digital Editor and Master Gardener", ("Jane Roe",)),
        # the job word as a family name stays
        ("By Jane Gardener", ("Jane Gardener",)),
    ],
)
def test_job_titles_around_the_name(line: str, authors: tuple[str, ...]) -> None:
    page = f"Home\nNews\nBridge Repairs Begin\n{line}\n\n{TEXT_STORY}"
    assert newsparse.parse(page, kind="text").authors == authors


@pytest.mark.parametrize(
    "header",
    [
        "Bridge Repairs Begin\nBy\nJane Roe\nOctober 2, 2025",
        "Bridge Repairs Begin\nOctober 2, 2025\n\nBy Jane Roe",
    ],
)
def test_marked_menu_item_is_no_byline(header: str) -> None:
    """A menu's "browse by" item ("By Region" among "Breads" and "Asian Food") names no one."""
    article = newsparse.parse(f"Home\nNews\n{MENU}{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == ("Jane Roe",)


GERMAN_STORY = (
    "Die Stadt hat am Dienstag beschlossen, die alte Brücke im nächsten Frühjahr neu zu bauen, "
    "nach einer langen Debatte im Rat.\n\n"
) * 3


@pytest.mark.parametrize(
    ("line", "story", "authors"),
    [
        # a blog's meta line: the date, the author, the link to the comment form
        ("September 17, 2019 Jane Roe Leave a comment", TEXT_STORY, ("Jane Roe",)),
        ("26. September 2019 Anna Berger Schreibe einen Kommentar", GERMAN_STORY, ("Anna Berger",)),
        ("28. Januar 2015 Uwe Reimann Hinterlasse einen Kommentar", GERMAN_STORY, ("Uwe Reimann",)),
        # or its count of comments
        ("September 17, 2019 Jane Roe 0", TEXT_STORY, ("Jane Roe",)),
        ("17. September 2019 Anna Berger 12", GERMAN_STORY, ("Anna Berger",)),
    ],
)
def test_comment_link_after_the_name_on_a_date_line(
    line: str, story: str, authors: tuple[str, ...]
) -> None:
    page = f"Home\nContact\nBridge Repairs Begin\n{line}\n\n{story}"
    assert newsparse.parse(page, kind="text").authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # an avatar's alt text and the name, over a reviewer's line and the date
        (
            "Bridge Repairs Begin\nJane Roe\nJane Roe\nReviewed By: John Poe, PhD\n"
            "Last Updated: October 2, 2025",
            ("Jane Roe",),
        ),
        # printed three times under a summary, a few lines under the date
        (
            "Bridge Repairs Begin\nListen\nOctober 2, 2025\nThe council approved the bridge "
            "works on Tuesday after a long debate.\nJane Roe\nJane Roe\nJane Roe\nWho is Jane Roe?",
            ("Jane Roe",),
        ),
        # a name the headline repeats is the story's subject, under its picture
        ("October 2, 2025\nRoe Wins the Bridge Vote\nJane Roe\nJane Roe\nTown Council", ()),
        (
            "October 2, 2025\nDoe Wins the Bridge Vote\nJane Roe\nJane Roe\nTown Council",
            ("Jane Roe",),
        ),
    ],
)
def test_name_printed_twice_by_the_date(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"{PROSE_MENU}{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a category's line under the marker, in words the page writes in lower case
        ("Road Works Begin\nBy\nBridge Repairs\nJane Roe\nOctober 2, 2025", ("Jane Roe",)),
        ("Road Works Begin\nBy\nJane Roe\nOctober 2, 2025", ("Jane Roe",)),
    ],
)
def test_category_under_a_lone_marker_is_no_name(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a meta line's piece in words the page writes in lower case is its category
        ("Bridge Repairs Begin\nOctober 2, 2025 • Bridge Safety • Jane Roe", ("Jane Roe",)),
        ("Bridge Repairs Begin\nOctober 2, 2025 • Jane Roe • Bridge Safety", ("Jane Roe",)),
    ],
)
def test_category_piece_of_a_dated_meta_line(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the name opening a date line, a category after the date
        ("Bridge Repairs Begin\nJane Roe  October 2, 2025 Road Works 7 Comments", ("Jane Roe",)),
        ("Bridge Repairs Begin\nby Jane Roe | October 2, 2025 | Road Works", ("Jane Roe",)),
        # a label before the date names no one: the name after it is read
        ("Bridge Repairs Begin\nPosted on October 2, 2025 by Jane Roe", ("Jane Roe",)),
    ],
)
def test_category_after_the_date_on_a_byline(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a double slash or a spaced dash parts a date line's pieces
        ("Bridge Repairs Begin\nOctober 2, 2025 // Jane Roe", ("Jane Roe",)),
        ("Bridge Repairs Begin\nOctober 2, 2025 at 4:14 PM - Jane Roe - 9 Comments", ("Jane Roe",)),
        # not in a list of dated lines: a calendar's band and venue
        (
            "Bridge Repairs Begin\nOctober 2, 2025 - Jane Roe - City Hall\n"
            "October 3, 2025 - John Poe - Town Square",
            (),
        ),
    ],
)
def test_name_piece_of_a_date_line_after_a_dash(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(("html", "authors"), [(False, ("Jane Roe",)), (True, ())])
def test_date_line_parted_by_a_double_slash_in_page_text_only(
    html: bool, authors: tuple[str, ...]
) -> None:
    """Page text parts its date line at a double slash; HTML, which has the author markup to
    fall back on, does not (a lede over such a line was taken for a standfirst)."""
    line = "October 2, 2025 // Jane Roe"
    if html:
        article = newsparse.parse(_page('""', f"<p>{line}</p>"))
    else:
        article = newsparse.parse(f"Home\nNews\nBridge Repairs Begin\n{line}\n\n{TEXT_STORY}")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a text browser's picture in brackets before or after the byline on its line
        ("Bridge Repairs Begin\n[Avatar]   Jane Roe on October 2, 2025", ("Jane Roe",)),
        ("Bridge Repairs Begin\nByJane Roe [Example logo]\nOctober 2, 2025", ("Jane Roe",)),
        ("Bridge Repairs Begin\n[Jane Roe] By Jane RoeOctober 2, 2025", ("Jane Roe",)),
        # a marker glued to initials
        ("Bridge Repairs Begin\nByJ.R. Roe [Example logo]\nOctober 2, 2025", ("J.R. Roe",)),
        # the picture's alt text is the name when a handle follows it
        ("Bridge Repairs Begin\n[Jane Roe] @janeroe • October 2, 2025 • 5 min read", ("Jane Roe",)),
    ],
)
def test_picture_in_brackets_beside_the_byline(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


TEASERS = (
    "Latest\nRiver Walk Reopens This Week\nby Anna Poe\nPark Gets New Oak Trees\nby Mark Moe\n"
    "Library Hours Change in May\nby Sara Soe\nSections\nWorld\nBusiness\n"
)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # teasers' bylines above the story give way to the one by its date line
        (f"{TEASERS}Bridge Repairs Begin\nJane Roe October 2, 2025", ("Jane Roe",)),
        (f"{TEASERS}Bridge Repairs Begin\nBy Jane Roe\nOctober 2, 2025", ("Jane Roe",)),
        # one marked byline above the headline is the story's own
        (
            "River Walk Reopens This Week\nby Anna Poe\nSections\nWorld\nBusiness\n"
            "Bridge Repairs Begin\nJane Roe October 2, 2025",
            ("Anna Poe",),
        ),
    ],
)
def test_teasers_bylines_above_the_story(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a blog's author by one name, under its picture or printed twice, over the date line
        ("Bridge Repairs Begin\nPicture of Jez\nJez\nOctober 2, 2025", ("Jez",)),
        ("Bridge Repairs Begin\nJez's avatar\nJez\nOctober 2, 2025", ("Jez",)),
        ("Bridge Repairs Begin\nJez\nJez\nOctober 2, 2025", ("Jez",)),
        # a word the page writes in lower case is no name; one word alone is no byline
        ("Bridge Repairs Begin\nBridge\nBridge\nOctober 2, 2025", ()),
        ("Bridge Repairs Begin\nAdvertisement\nAdvertisement\nOctober 2, 2025", ()),
        ("Bridge Repairs Begin\nJez\nOctober 2, 2025", ()),
        # nor one word printed twice away from the date line
        ("Bridge Repairs Begin\nJez\nJez\nThe council met.\nOctober 2, 2025", ()),
    ],
)
def test_one_word_name_by_the_date(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"{PROSE_MENU}{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a marked name after the date, though "The Daily Grind" alone reads like a title
        ("Bridge Repairs Begin\nMay 21, 2025 by The Daily Grind", ("The Daily Grind",)),
        # a category further on is no author; the user name after the label is
        (
            "Road Works Begin on Main Street\nPosted: May 21, 2025 | Author: janedoe | "
            "Filed under: Cameras, Photography",
            ("janedoe",),
        ),
    ],
)
def test_marked_rest_of_a_date_line(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a headline over the date, most of its words written in lower case on the page
        ("Home\nNews\nBridge Repairs Begin\nOctober 2, 2025", ()),
        # a name with one such word is still a name
        (
            "Home\nNews\nThe Council Votes on the Bridge\nJane Bridge\nOctober 2, 2025",
            ("Jane Bridge",),
        ),
    ],
)
def test_title_mostly_in_common_words_is_no_name(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the author's picture over the name, the picture's alt text without the name
        ("Repairs Begin\nPhoto of author\nJane Roe\nLicensed Inspector, M.A.", ("Jane Roe",)),
        ("Repairs Begin\nAuthor avatar\nJane Roe\nLicensed Inspector, M.A.", ("Jane Roe",)),
        # a picture of something else vouches for no one
        ("Repairs Begin\nPhoto of bridge\nJane Roe\nLicensed Inspector, M.A.", ()),
    ],
)
def test_name_under_a_picture_of_the_author(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


# A story long enough that the lines under it are far from the byline's usual place.
LONG_STORY = TEXT_STORY + "\n\n" + (
    "The mayor said the work would be paid for from the town's own budget this year.\n\n" * 6
)
# Short lines that keep the header region going past an author block.
LONG_MENU_BELOW = "".join(f"Menu Item {n}\n" for n in range(30))
# A title long enough that a name under it is not vouched for by the date line above.
LONG_TITLE = "The council voted on Tuesday to rebuild the old bridge next spring"


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # an author block by the date line, though the header region reaches far below it
        (
            f"October 2, 2025\n{LONG_TITLE}\nauthor\nJane Roe\nSenior QA Engineer\n"
            f"{LONG_MENU_BELOW}",
            ("Jane Roe",),
        ),
        # the name again with the job title glued to it (markup without a space), or after "&"
        (f"October 2, 2025\n{LONG_TITLE}\nJane Roe\nJane RoeFounder at Example", ("Jane Roe",)),
        (f"October 2, 2025\n{LONG_TITLE}\nJane Roe\n& Jane Roe Writer, Hardware", ("Jane Roe",)),
        # the name again before words that are no job title is no author block
        (f"October 2, 2025\n{LONG_TITLE}\nJane Roe\nJane Roe Bridge Works", ()),
    ],
)
def test_author_block_by_the_date(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{LONG_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        # an author box under the story: a marker alone over the name
        ("Jane Roe's avatar\nPosted by:\nJane Roe\nPrevious Post\nNext Post", ("Jane Roe",)),
        ("Article by\nJane Roe\nLet's talk", ("Jane Roe",)),
        # teaser cards repeat theirs: no one of them is the author
        ("Related\nBy\nJane Roe\nBridge Vote\nBy\nJohn Poe\nRoad Works", ()),
    ],
)
def test_marked_author_box_under_the_story(box: str, authors: tuple[str, ...]) -> None:
    page = f"Home\nNews\nBridge Repairs Begin\n\n{LONG_STORY}{box}\n\nContact\nAbout"
    article = newsparse.parse(page, kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the byline glued to the next word by the markup: a category's "In", a date's month
        ("Bridge Repairs Begin\nBy Jane RoeIn Town News, Roads", ("Jane Roe",)),
        ("Bridge Repairs Begin\nBy janeroeOctober 2, 2025No Comments", ("janeroe",)),
        ("Bridge Repairs Begin\nBy Jane RoeStaff Writer\nOctober 2, 2025", ("Jane Roe",)),
        ("Bridge Repairs Begin\nBy Jane Roe@JaneRoe\nOctober 2, 2025", ("Jane Roe",)),
        # a first name alone after the marker on the date line
        ("Bridge Repairs Begin\nBy Jana on October 2, 2025 | 18 Comments", ("Jana",)),
        # a user name on the date line, though the page writes it in lower case elsewhere
        ("Bridge Repairs Begin\nby repairs | October 2, 2025", ("repairs",)),
        # a group the name tables do not know, marked and beside the date line
        ("Bridge Repairs Begin\nOctober 2, 2025\nBy Ask the Gardeners", ("Ask the Gardeners",)),
        ("Repairs\nWritten by Top Harvest Planning\nOctober 2, 2025", ("Top Harvest Planning",)),
        # ... not words the page writes in lower case, nor away from the date
        ("Bridge Repairs Begin\nOctober 2, 2025\nBy Bridge Repairs", ()),
        ("Bridge Repairs Begin\nBy Ask the Gardeners\nShare", ()),
    ],
)
def test_marked_bylines_the_names_reader_needs_help_with(
    header: str, authors: tuple[str, ...]
) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


# A shop's menu around a filter heading ("By Occasion"), with descriptions beside its items.
FILTER_MENU = "Tools\nConnect your tools for more productivity\nSolutions\n"
FILTER_NOTE = "Reduce invoice aging with billing tools.\n"


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # one word after "By" away from any date is a shop's or a menu's filter
        (f"{FILTER_MENU}By Occasion\n{FILTER_NOTE}Bridge Repairs Begin", ()),
        (
            f"{FILTER_MENU}By Challenge\n{FILTER_NOTE}Pricing\nAbout\nBridge Repairs Begin\n"
            "By Jane Roe\nOctober 2, 2025",
            ("Jane Roe",),
        ),
        # by the date line it is a first name
        ("Bridge Repairs Begin\nBy Jana\nOctober 2, 2025", ("Jana",)),
        # a label, a date on the line, a user name: a byline's own shape
        (f"{FILTER_MENU}Bridge Repairs Begin\nWriter: Ben", ("Ben",)),
        (f"{FILTER_MENU}Bridge Repairs Begin\nBy JezMorton", ("JezMorton",)),
        (f"{FILTER_MENU}Bridge Repairs Begin\nby kevfoster", ("kevfoster",)),
    ],
)
def test_one_word_after_the_marker_needs_the_date(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # names with their job title after a bar or a comma vouch for themselves, without a date
        ("Repairs Begin\nJane Roe and John Poe | Guest Columnists", ("Jane Roe", "John Poe")),
        ("Bridge Repairs Begin\nJane Roe, Senior Reporter", ("Jane Roe",)),
        # not names before words that are no job title
        ("Bridge Repairs Begin\nJane Roe | Town Hall", ()),
    ],
)
def test_names_with_their_job_title(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a text browser's image brackets round the picture's alt text
        ("October 2, 2025\nBridge Repairs Begin\n[Jane Roe] Jane Roe", ("Jane Roe",)),
        (
            f"October 2, 2025\n{LONG_TITLE}\n[Jane Roe]\nJane RoeFounder at Example",
            ("Jane Roe",),
        ),
        ("Repairs Begin\n[Photo of author]\nJane Roe\nLicensed Inspector, M.A.", ("Jane Roe",)),
    ],
)
def test_picture_in_a_text_browsers_brackets(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{LONG_STORY}", kind="text")
    assert article.authors == authors


def test_byline_on_a_blogs_date_line_under_the_post() -> None:
    post = f"{LONG_STORY}Posted by Jana at October 2, 2025 11:15 AM\nComments\n\nContact\nAbout"
    page = f"Home\nNews\nBridge Repairs Begin\nOctober 2, 2025\n\n{post}"
    assert newsparse.parse(page, kind="text").authors == ("Jana",)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # one word opening the story's date line: a first name, a user name, a desk
        ("Bridge Repairs Begin\nJana  October 2, 2025  0 Comments", ("Jana",)),
        ("Bridge Repairs Begin\nJanaRoe 2.10.2025, 15:07 Uhr", ("JanaRoe",)),
        # not a weekday, a date's label, a word in capitals or a word glued to the date
        ("Bridge Repairs Begin\nThursday October 2, 2025", ()),
        ("Bridge Repairs Begin\nDate 2.10.2025", ()),
        ("Bridge Repairs Begin\nNEWS October 2, 2025", ()),
        ("Bridge Repairs Begin\nEditorialOctober 2, 2025", ()),
        # a word the page writes in lower case is a category
        ("Bridge Repairs Begin\nBridge October 2, 2025", ()),
    ],
)
def test_one_word_opening_the_date_line(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # one word between the headline and the story's date line: a first name, a desk
        ("Bridge Repairs Begin on Monday\nJana\nOctober 2, 2025\n9 min read", ("Jana",)),
        ("Bridge Repairs Begin on Monday\nReuters\nOctober 2, 2025", ("Reuters",)),
        # a first name opening the date line, a separator before the date
        ("Bridge Repairs Begin on Monday\nJana · October 2, 2025 · 7 comments", ("Jana",)),
        # not a date's label, a word in capitals or a short word
        ("Bridge Repairs Begin on Monday\nDate\nOctober 2, 2025", ()),
        ("Bridge Repairs Begin on Monday\nNEWS\nOctober 2, 2025", ()),
        ("Bridge Repairs Begin on Monday\nSm\nOctober 2, 2025", ()),
        # nor a heading over a teaser's date, the headline under it
        (
            "Bridge Repairs Begin on Monday\nConclusion\nOctober 2, 2025\n"
            "River Walk Reopens This Week",
            (),
        ),
        # a category before the date after a hyphen ("Video - October 2, 2025")
        ("Bridge Repairs Begin on Monday\nVideo - October 2, 2025", ()),
    ],
)
def test_one_word_over_the_date_line(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


# A German story: nouns are capitalised, so a capitalised word alone is no name there.
GERMAN_STORY = (
    "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke im Frühjahr neu zu bauen.\n\n"
    + ("Die Arbeiten sollen nach einer langen Debatte im nächsten Jahr beginnen und dauern. " * 3)
)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Brücke wird neu gebaut\nSerie 2.10.2025 Bauen in der Stadt", ()),
        ("Brücke wird neu gebaut\nJanaRoe 2.10.2025, 15:07 Uhr", ("JanaRoe",)),
    ],
)
def test_one_word_on_a_german_date_line(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Startseite\n{header}\n\n{GERMAN_STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # a name printed twice over a date line away from the story's date (here, the author
        # box under the story)
        ("Jane Roe\nJane Roe\nJune 22, 2020\nShare", ("Jane Roe",)),
        # a commenter's name and avatar under a comment heading
        ("Top Comment\nJane Roe\nJane Roe\nJune 22, 2020\nShare", ()),
        # teaser cards, each dated
        ("Jane Roe\nJane Roe\nJune 22, 2020\nBridge Vote\nJune 21, 2020", ()),
    ],
)
def test_name_printed_twice_over_a_date(lines: str, authors: tuple[str, ...]) -> None:
    page = f"Home\nNews\nBridge Repairs Begin\nOctober 2, 2025\n\n{LONG_STORY}{lines}\n\nContact"
    article = newsparse.parse(page, kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a marker of two words glued to the name by the markup
        ("Bridge Repairs Begin\nWritten byJane Roe\nOctober 2, 2025", ("Jane Roe",)),
        # a one-word marker so glued is a word
        ("Bridge Repairs Begin\nBylaws\nOctober 2, 2025", ()),
    ],
)
def test_marker_glued_to_the_name(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{TEXT_STORY}", kind="text")
    assert article.authors == authors


def test_german_marker_glued_to_the_name() -> None:
    header = "Brücke wird neu gebaut\nVeröffentlicht vonJana Roe 2. Oktober 2025"
    article = newsparse.parse(f"Startseite\n{header}\n\n{GERMAN_STORY}", kind="text")
    assert article.authors == ("Jana Roe",)


@pytest.mark.parametrize(
    "line",
    [
        # a date line's marker in another language than the page's
        "von Jana Roe | 02.10.2025",
        # a category after the date between separators is no part of the name
        "By Jana Roe | October 2, 2025 | Roads",
        "von Jana Roe | 02.10.2025 | Roads | 0 Kommentare",
        # two dates side by side (a theme printing both stamps) are one piece
        "By Jana Roe | October 2, 2025 October 4, 2025 | Roads",
        "By Jana Roe | October 2, 2025October 4, 2025 | Roads",
    ],
)
def test_date_line_with_a_marker(line: str) -> None:
    page = f"Home\nNews\nBridge Repairs Begin\n{line}\n\n{TEXT_STORY}"
    assert newsparse.parse(page, kind="text").authors == ("Jana Roe",)


SPANISH_STORY = (
    "El ayuntamiento decidió el martes reconstruir el viejo puente la próxima primavera.\n\n"
    + ("Las obras empezarán el año que viene, después de un largo debate en el pleno. " * 3)
)


def test_published_by_is_a_marker() -> None:
    # two lines from the date (the headline printed again between): only a marker vouches
    title = "Obras en el puente largo del río"
    header = f"{title}\n04 mayo de 2022 | 01:10\n{title}\nPublicado por Ana Roe"
    article = newsparse.parse(f"Inicio\n{header}\n\n{SPANISH_STORY}", kind="text")
    assert article.authors == ("Ana Roe",)


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (
            '<div class="author"><div>By Tomas Ekberg</div><div>Senior Energy Reporter</div>'
            "<div>4 March 2025</div></div>",
            "Senior Energy Reporter",
        ),
        (
            "<p>Written by Ines Aldana</p><p>Home Affairs Editor</p>",
            "Home Affairs Editor",
        ),
    ],
)
def test_job_title_under_the_byline_leaves_the_body(header: str, title: str) -> None:
    article = newsparse.parse(_page('{"@type": "Person", "name": "Someone Else"}', header))
    assert article.byline is not None and len(article.byline.people) == 1
    assert title not in article.text
    assert SENTENCE.strip() in article.text


def test_short_first_paragraph_under_the_byline_stays() -> None:
    header = "<p>By Tomas Ekberg</p><p>Bridges matter.</p>"
    article = newsparse.parse(_page('{"@type": "Person", "name": "Tomas Ekberg"}', header))
    assert "Bridges matter." in article.text


def test_topic_tag_over_a_relative_stamp_is_no_author_in_html() -> None:
    header = "<p>Marla Quinn</p><p>Published 1 day ago</p>"
    article = newsparse.parse(_page('{"@type": "Person", "name": "Tomas Ekberg"}', header))
    assert article.byline is not None and article.byline.people == ("Tomas Ekberg",)


def test_names_over_a_relative_stamp_are_the_byline_in_page_text() -> None:
    page = "\n\n".join(
        ["Bridge to be rebuilt", "Marla Quinn", "Published 1 day ago", SENTENCE * 3]
    )
    article = newsparse.parse(page, kind="text")
    assert article.byline is not None and article.byline.people == ("Marla Quinn",)
