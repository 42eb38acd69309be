"""Page text: byline lines that only the page's wording tells from other lines.

- Page text: the word "Author" alone over the name ("Author" / "Jane Roe"), a label without
  its colon.
- Page text: an avatar's alt text printing the author's name in other case ("jane Roe" over
  "Jane Roe") does not make the name's words common lower-case words.
- Page text: byline lines whose pieces a text rendering set apart by wide gaps, or whose date
  follows the name after a capitalised link ("By Jane Roe On October 2, 2025").
- Page text: a byline inside a date line, after words that are not a marker ("Posted in
  Garden Diary by jroe on May 2, 2025"), which the dates stage leaves unlabelled.
- Page text: the weekdays a date line leaves without its dates are no one's name.
- Page text: a blog's user name in lower case after a marker on the line by the date, or after
  a label's colon on the date line ("By jroeblog", "Author: jroeblog"), or alone between the
  headline and the date line.
- Page text: an author box's name over a bio in the first person ("I'm a reporter ...").
- A category list after "in" on a byline: its one-word items after a comma are no authors
  ("von Jana in Gedanken, Alltag").
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.names import looks_like_byline

STORY = (
    "Engineers shared their best practices for bridge repairs with the council on Tuesday.\n\n"
    "The home routers of the town's data safety office were also checked for flaws.\n\n"
    + ("The council agreed to rebuild the old bridge next spring, after a long debate. " * 2)
)


FOOTER = "\n\nNewsletter\nSubscribe\nAbout us\nContact\n"


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        # under the headline, a person's name
        (f"Home\nNews\nBridge Repairs Begin\nAuthor\nJane Roe\n\n{STORY}", ("Jane Roe",)),
        (f"Accueil\nBridge Repairs Begin\nAuteur\nJeanne Roux\n\n{STORY}", ("Jeanne Roux",)),
        # an author box under the story: the name printed twice (an avatar's alt text)
        (
            f"Home\nNews\nBridge Repairs Begin\n\n{STORY}\n\nAuthor\nHarbour Desk Team\n"
            f"Harbour Desk Team{FOOTER}",
            ("Harbour Desk Team",),
        ),
        # over another line it is a menu's item
        (f"Home\nAuthor\nBooks\nBridge Repairs Begin\n\n{STORY}", ()),
    ],
)
def test_author_word_over_a_name(page: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(page, kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        (
            "jane Roe\nJane Roe\nJane Roe is a reporter who has covered the harbour since 2019.",
            ("Jane Roe",),
        ),
        (
            "Jane roe\nJane Roe\nJane Roe is a reporter who has covered the harbour since 2019.",
            ("Jane Roe",),
        ),
    ],
)
def test_name_over_a_bio_under_its_alt_text_in_other_case(
    box: str, authors: tuple[str, ...]
) -> None:
    page = f"Home\nNews\nBridge Repairs Begin\n\n{STORY}\n\n{box}{FOOTER}"
    assert newsparse.parse(page, kind="text").authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a link to the print edition beside the byline, a wide gap between them
        ("Bridge Repairs Begin\nBy Jane Roe \u00a0\u00a0 View Print Edition", ("Jane Roe",)),
        ("Bridge Repairs Begin\nBy Jane Roe     Read Later", ("Jane Roe",)),
        # another credit beside it
        ("Bridge Repairs Begin\nText by Jane Roe     Illustrations by John Poe", ("Jane Roe",)),
        # a gap right after the marker is a space
        ("Bridge Repairs Begin\nby  Jane Roe\nOctober 2, 2025", ("Jane Roe",)),
        # the date's link capitalised
        ("Bridge Repairs Begin\nBy Jane Roe On October 2, 2025", ("Jane Roe",)),
    ],
)
def test_byline_pieces_set_apart(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # gaps by the commas and joining words of a list of names join it
        (
            "Bridge Repairs Begin\nBy  Jane Roe  ,  John Poe  and  Ann Lee  on October 2, 2025",
            ("Jane Roe", "John Poe", "Ann Lee"),
        ),
        ("Bridge Repairs Begin\nBy Jane Roe   &   John Poe     Print", ("Jane Roe", "John Poe")),
    ],
)
def test_names_listed_with_wide_gaps(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a category, then the marker and a user name, then the date
        ("Bridge Repairs Begin\nPosted in Town News by janeroe on October 2, 2025", ("janeroe",)),
        # the date first, the marker after it
        ("Bridge Repairs Begin\nPublished on October 2, 2025 by Jane Roe", ("Jane Roe",)),
        (
            "Bridge Repairs Begin\nThursday 2 October 2025, by Town Harbour Trust",
            ("Town Harbour Trust",),
        ),
        # a kind of story before the marker, the date behind a separator
        ("Bridge Repairs Begin\nA report by Jane Roe | 02.10.2025 - 12:45", ("Jane Roe",)),
        # a marker of two words inside the line, another credit after a separator
        (
            "Bridge Repairs Begin\nOctober 2, 2025 \u2022 words written by Jane Roe \u2022 "
            "Art by John Poe",
            ("Jane Roe",),
        ),
        # a category glued to the name ("Jane RoeIn Travel")
        (
            "Bridge Repairs Begin\nOn October 2, 2025 By Jane RoeIn Town News, Bridges",
            ("Jane Roe",),
        ),
    ],
)
def test_byline_inside_a_date_line(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    "header",
    [
        # a teaser's title with its date: words after the "name" make it a title
        "Bridge Repairs Begin\nReports by Harbour Engineers on Bridge Safety Win Prize 02.10.2025",
        "Bridge Repairs Begin\nTests by Road Crews with New Tools 02.10.2025 - 12:45",
    ],
)
def test_title_with_by_and_a_date_is_no_byline(header: str) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == ()


def test_sentence_with_a_date_and_by_is_no_date_line() -> None:
    page = (
        f"Bridge Repairs Begin\n\n{STORY}\n\n"
        "The plan was posted online on April 27, 2016 by the agency.\n\nShare this story"
    )
    article = newsparse.parse(page, kind="text")
    assert article.authors == ()
    assert article.published is None


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        (
            "Bridge Repairs Begin\n"
            "Mon 2 Oct 2025 06.05 GMT Last modified on Mon 2 Oct 2025 06.07 GMT",
            (),
        ),
        (
            "Bridge Repairs Begin\nThu 2 Oct 2025 06.05\u00a0GMT  Last modified on Thu 2 Oct 2025 "
            "06.07\u00a0GMT",
            (),
        ),
        # a name on such a line is still read
        (
            "Bridge Repairs Begin\nBy Jane Roe\n"
            "Thu 2 Oct 2025 06.05 GMT Last modified on Thu 2 Oct 2025 06.07 GMT",
            ("Jane Roe",),
        ),
    ],
)
def test_weekdays_left_on_a_date_line_are_no_byline(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a marker and a user name under the date line, or over it
        ("Bridge Repairs Begin\nOctober 2, 2025\nBy harbourjane", ("harbourjane",)),
        ("Bridge Repairs Begin\nBy harbourjane\nOctober 2, 2025", ("harbourjane",)),
        # after a label's colon, on the date line
        (
            "Bridge Repairs Begin\nPublished: October 2, 2025 | Author: harbourjane | "
            "Filed under: Photos, Trips",
            ("harbourjane",),
        ),
        # a marker alone on its line over the user name
        ("Bridge Repairs Begin\nOctober 2, 2025\nWritten by:\nharbourjane", ("harbourjane",)),
        # alone between the headline and the date line
        (
            "Town Bridge Repairs Begin Today\nharbourjane\nOctober 2, 2025\nNo Comments",
            ("harbourjane",),
        ),
        # a word the page writes elsewhere is none
        ("Town Bridge Repairs Begin Today\nrepairs\nOctober 2, 2025\nNo Comments", ()),
        # in front of the date, a date's verb in lower case
        ("Town Bridge Repairs Begin Today\nasked October 2, 2025 at 10:15", ()),
        # a German plural written with a colon is one word, no label and a name
        ("Bridge Repairs Begin\nOctober 2, 2025\nAutor:innen", ()),
        # a licence's "by" over its code is no marker over a user name
        ("Bridge Repairs Begin\nOctober 2, 2025\nLicence\nby\nby-nc", ()),
    ],
)
def test_user_name_by_the_date(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        (
            "Jane Roe\nI'm a reporter who has covered the harbour and its roads since 2019.",
            ("Jane Roe",),
        ),
        (
            "author-image\nJane Roe\nI\u2019m the founder of Harbour Notes. I have written "
            "about bridges for ten years.",
            ("Jane Roe",),
        ),
        # a comment thread: each commenter's name over what they say
        (
            "Comments\nJane Roe\nI'm a big fan of the new bridge and hope it is built soon.\n"
            "John Poe\nI'm a long-time resident and I think the plan costs far too much.",
            (),
        ),
        # a bio that does not say what the person is
        ("Jane Roe\nI'm so glad the council finally agreed to rebuild the old bridge.", ()),
    ],
)
def test_name_over_a_first_person_bio(box: str, authors: tuple[str, ...]) -> None:
    page = f"Home\nNews\nBridge Repairs Begin\n\n{STORY}\n\n{STORY}\n\n{box}{FOOTER}"
    assert newsparse.parse(page, kind="text").authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Bridge Repairs Begin\nPosted by Jane Roe in Town News, Roads", ("Jane Roe",)),
        ("Bridge Repairs Begin\nOctober 2, 2025 by Jana in Garden Notes, Roads", ("Jana",)),
        # two people, each with a place, stay two
        ("Bridge Repairs Begin\nBy Jane Roe in Paris, John Poe in Rome", ("Jane Roe", "John Poe")),
    ],
)
def test_category_list_after_in(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        # after a word set off by commas, a list of words is no byline ("a heading's list")
        "Unser Motto Hafen: Fazit, Brücken, Pläne",
        "Our Motto Harbour: Roads, Bridges, Plans",
    ],
)
def test_words_listed_after_a_comma_are_no_byline(line: str) -> None:
    assert not looks_like_byline(line)


@pytest.mark.parametrize(
    ("top", "tail", "byline", "organizations"),
    [
        # a provider's line above the story: the outlet or agency that supplies it
        ("Source: Valley News Agency\nPublished: Mar 12, 2024 08:54 PM", "",
         "Source: Valley News Agency", ("Valley News Agency",)),
        ("Source: Xinhua| 2024-03-12 20:54:13|Editor: jroe", "", "Source: Xinhua", ("Xinhua",)),
        ("Quelle: dpa | 12.03.2024", "", "Quelle: dpa", ("dpa",)),
        # wire names alone on a line
        ("Reuters | AFP\nPublished June 4, 2024", "", "Reuters | AFP", ("Reuters", "AFP")),
        # a chart's source under the story credits data; a menu row names no wire
        ("Published June 4, 2024", "Source: Valley Statistics Office", None, ()),
        ("Sport | Opinion\nPublished June 4, 2024", "", None, ()),
    ],
)
def test_provider_line_over_the_story(
    top: str, tail: str, byline: str | None, organizations: tuple[str, ...]
) -> None:
    page = f"Bridge Repairs Begin\n{top}\n\n{STORY}\n\n{tail}\n"
    article = newsparse.parse(page, kind="text")
    assert (article.byline.text if article.byline else None) == byline
    assert (article.byline.organizations if article.byline else ()) == organizations
    assert "Source:" not in article.text.split("\n")[0]


def test_wire_names_line_is_no_section_trail() -> None:
    """"Reuters | AFP" over the story is its byline, not a breadcrumb trail."""
    page = f"Bridge Repairs Begin\nReuters | AFP\nPublished June 4, 2024\n\n{STORY}\n"
    article = newsparse.parse(page, kind="text")
    assert article.section_path == ()
    assert article.byline is not None and article.byline.organizations == ("Reuters", "AFP")
