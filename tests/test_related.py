"""Related-link teasers: labelled lines in several languages, taken out of the body."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse
from newsparse.patterns.related import RELATED_LABEL


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        ("READ MORE: Kazakhstan govt resigns after protests", "READ MORE",
         "Kazakhstan govt resigns after protests"),
        ("Lesen Sie auch: Regierung tritt zurück", "Lesen Sie auch", "Regierung tritt zurück"),
        ("Lea más: El alcalde propone cerrar el puente viejo", "Lea más",
         "El alcalde propone cerrar el puente viejo"),
        ("PUEDES VER: ¿Qué es el nuevo bono escolar?", "PUEDES VER",
         "¿Qué es el nuevo bono escolar?"),
        ("VEA TAMBIÉN: La feria del libro vuelve al puerto", "VEA TAMBIÉN",
         "La feria del libro vuelve al puerto"),
        ("Lea: El consejo regional aprueba el presupuesto", "Lea",
         "El consejo regional aprueba el presupuesto"),
        # Russian, Czech, Swedish
        ("Читайте также: В городе откроют новый мост", "Читайте также",
         "В городе откроют новый мост"),
        ("Přečtěte si také: Ve městě přibudou nové linky", "Přečtěte si také",
         "Ve městě přibudou nové linky"),
        ("Läs också: Bron öppnar igen i juni", "Läs också", "Bron öppnar igen i juni"),
    ],
)
def test_related_label(line: str, label: str, title: str) -> None:
    match = RELATED_LABEL.match(line)
    assert match is not None
    assert (match.group(1), match.group(2)) == (label, title)


@pytest.mark.parametrize(
    "line", ["The minister said more: the cuts would go on", "Readers can see more online"]
)
def test_not_a_related_label(line: str) -> None:
    assert RELATED_LABEL.match(line) is None


SENTENCE = "The council met on Tuesday and agreed to rebuild the old bridge next spring. "


def _page_with_box(box: str) -> str:
    """An article followed by a box of links."""
    story = "".join(f"<p>{SENTENCE * 3}</p>" for _ in range(4))
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Bridge to be rebuilt</title></head><body>'
        f"<article><h1>Bridge to be rebuilt</h1>{story}</article>{box}</body></html>"
    )


@pytest.mark.parametrize(
    ("box", "related"),
    [
        # a related-stories box: each linked story title is a teaser, with its link
        (
            '<div class="related-posts"><h3>More stories</h3><ul>'
            '<li><a href="/storm">Storm closes the coast road for a week</a></li>'
            '<li><a href="/vote">Council votes on the new harbour plan</a></li>'
            '<li><a href="/more">More</a></li>'
            '<li><a href="/storm">11 min read</a></li></ul></div>',
            [
                ("Storm closes the coast road for a week", "/storm"),
                ("Council votes on the new harbour plan", "/vote"),
            ],
        ),
        (
            '<section class="recommended"><div><a href="/a">Five walks along the old canal</a>'
            '</div><div><a href="/b">Where to eat near the market hall</a></div></section>',
            [
                ("Five walks along the old canal", "/a"),
                ("Where to eat near the market hall", "/b"),
            ],
        ),
        # a run of links with no related-stories markup (a menu, a list of resources): none
        (
            '<ul class="resources"><li><a href="/a">Five walks along the old canal</a></li>'
            '<li><a href="/b">Where to eat near the market hall</a></li>'
            '<li><a href="/c">Opening hours of the town museum</a></li></ul>',
            [],
        ),
    ],
)
def test_html_related_box_links(box: str, related: list[tuple[str, str]]) -> None:
    import newsparse

    article = newsparse.parse(_page_with_box(box), kind="html")
    assert [(r.title, r.url) for r in article.related_links] == related
    assert "Five walks" not in article.text and "Storm closes" not in article.text


STORY_LINES = [
    "Engineers opened the new river bridge to cars on Monday morning, three years after the "
    "old crossing was closed for repairs.",
    "Drivers said the route saves them twenty minutes a day, and shop owners near the bridge "
    "expect more customers this winter.",
    "The county will keep one lane closed at night until the lighting on the footpath is "
    "finished in the spring, officials said.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
def test_page_text_teaser_cards_under_a_related_heading(separator: str) -> None:
    """Each card's title is a teaser; its date, read time and blurb are not; the list ends at
    the comment prompt."""
    cards = [
        "Related Posts",
        "Travel tips for Budapest in winter",
        "March 12, 2024",
        "6 min read",
        "Where to eat, what to see and how to get around the city on a budget this season.",
        "Our best Madrid tips for first timers",
        "July 10, 2025",
        "Write a Comment",
    ]
    article = newsparse.parse(
        separator.join(["New river bridge opens", *STORY_LINES, *cards]), kind="text"
    )
    assert [link.title for link in article.related_links] == [
        "Travel tips for Budapest in winter",
        "Our best Madrid tips for first timers",
    ]
    assert "Budapest" not in article.text
    assert STORY_LINES[-1] in article.text


# The teaser titles most page-text tests expect, in order.
TWO_TEASERS = ["Storm closes the coast road for a week", "Council votes on the new harbour plan"]


def _text_page(*after_story: str, separator: str = "\n") -> newsparse.Article:
    return newsparse.parse(
        separator.join(["New river bridge opens", *STORY_LINES, *after_story]), kind="text"
    )


@pytest.mark.parametrize(
    "heading",
    ["Up next", "More from Europe", "Most read in World", "Recent posts", "You'll also love",
     "You may like to read:",
     "You might also like...", "Lesen Sie auch", "Auch interessant", "Читайте также",
     "Further reading", "Explore Related Articles", "Other articles you may find interesting",
     "You may also be interested in:", "Das könnte Sie auch interessieren",
     "Mehr zum Thema Verkehr", "Weitere Artikel zum Thema:", "Passend dazu", "Ähnliche Rezepte",
     "Pour approfondir", "Sur le même thème", "Relacionadas:", "Más de Economía", "関連記事",
     "Similar Posts", "Für dich empfohlen", "Diese Artikel könnten dich interessieren",
     "Les plus lus", "Trending on Example", "More on Web Design", "More to Explore",
     "Related Terms", "Recently by Jane Roe", "You Might Also Enjoy Some of My Other Posts",
     "Beliebte Beiträge zum Thema:", "Unsere Lesetipps", "Das wird dir auch gefallen!",
     "Související", "Więcej na ten temat", "Вам также может быть интересно",
     "Les dernières news Suisse"],
)
def test_page_text_teaser_list_headings(heading: str) -> None:
    """The headings sites put over a list of other stories open a teaser list."""
    article = _text_page(
        heading,
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
        "Where to eat near the market hall",
    )
    assert [link.title for link in article.related_links] == [
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
        "Where to eat near the market hall",
    ]


def test_page_text_menu_under_a_heading_is_no_teaser_list() -> None:
    """A heading over a menu of one- and two-word sections: the few longer items among them
    ("Complaints and corrections") are menu items too, not stories."""
    article = _text_page(
        "Related stories", "Environment", "Climate change", "Wildlife", "Energy",
        "Complaints and corrections", "Work for us", "Terms and conditions",
    )
    assert not article.related_links


def test_page_text_cards_with_a_repeated_button_and_the_story_going_on() -> None:
    """A line every card repeats ("Link to the article") is the cards' button, no teaser; two
    title-shaped lines back to back after the cards are the story going on (a line of
    dialogue, a subheading), not more cards."""
    article = _text_page(
        "Related stories",
        "Link to the article", "1", "Storm closes the coast road for a week",
        "Link to the article", "2", "Council votes on the new harbour plan",
        "Link to the article", "3", "Where to eat near the market hall",
        "«Did you know the old ferry is back?»",
        "Oh, really? Since when?",
        "The ferry runs twice a day from the harbour to the island until the end of the "
        "summer, the operator said, and tickets are sold on board.",
        "More than two hundred people took it on the first day, and the operator expects "
        "more once the schools close for the holidays.",
    )
    assert [link.title for link in article.related_links] == [
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
        "Where to eat near the market hall",
    ]
    assert "Oh, really? Since when?" in article.text


def test_page_text_card_title_printed_twice_and_card_bylines() -> None:
    """A card printing its title twice (the image's alt text, then a cut copy) is one teaser;
    the card's author line is part of the box, not a teaser."""
    article = _text_page(
        "Related articles",
        "Storm closes the coast road for a week",
        "Storm closes the coast road for...",
        "Jane Roe",
        "Council votes on the new harbour plan",
        "Council votes on the new harbour plan",
        "John Doe",
    )
    assert [link.title for link in article.related_links] == TWO_TEASERS
    assert "Jane Roe" not in article.text


def test_boilerplate_knows_the_related_stage_by_its_name() -> None:
    """Boilerplate names the related stage without importing it (related imports boilerplate)."""
    from newsparse.stages import boilerplate, related

    assert boilerplate.RELATED_STAGE == related.NAME


def test_an_ellipsis_line_is_no_copy_of_a_card_title() -> None:
    """A line of only "..." after a card's title is no cut copy of it (nor of any title)."""
    from newsparse.document import Segment
    from newsparse.stages.related import _same_teaser

    title = Segment(index=0, text="Storm closes the coast road for a week")
    assert not _same_teaser(title, Segment(index=1, text="…"))
    assert _same_teaser(title, Segment(index=1, text="Storm closes the coast road…"))


@pytest.mark.parametrize(
    "subheading", ["Más de 300 heridos en la costa", "Zum Thema Verkehr sagte der Bürgermeister"]
)
def test_story_lines_shaped_like_a_heading_open_no_teaser_list(subheading: str) -> None:
    """A count after "Más de" is a subheading of the story; a sentence is no heading."""
    article = _text_page(
        subheading,
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
        "Where to eat near the market hall",
    )
    assert not article.related_links


def test_page_text_cards_opening_with_their_images_description() -> None:
    """Each card starts with its image's description (a sentence), then its category and
    title: the cards' titles are the teasers, the descriptions and categories are not."""
    article = _text_page(
        "Related content",
        "A woman holds an umbrella on a windy street.",
        "Weather",
        "Storm closes the coast road for a week",
        "Two men read a notice at the town hall.",
        "Politics",
        "Council votes on the new harbour plan",
    )
    assert [link.title for link in article.related_links] == TWO_TEASERS
    assert "windy street" not in article.text


def test_page_text_one_title_after_a_sentence_under_a_heading_is_the_story() -> None:
    """A sentence and a single title-shaped line under a teaser heading are the story going
    on (a subheading), not a list of cards."""
    article = _text_page(
        "Related",
        "The county says the bridge will carry twice the traffic of the old one.",
        "What comes next",
        "Work on the second lane starts in March and should be finished by the autumn, the "
        "county said, when the ferry will stop running for good.",
        "The old toll house will become a small museum about the river and its crossings, "
        "with photographs lent by families who lived near the bank.",
    )
    assert not article.related_links
    assert "What comes next" in article.text


def test_a_carousel_repeating_its_cards_gives_each_teaser_once() -> None:
    """A carousel prints its cards again (the clones that make it loop): one teaser each."""
    titles = ["Storm closes the coast road for a week", "Council votes on the new harbour plan"]
    article = _text_page("Most read", *titles, "Read next", *titles)
    assert [link.title for link in article.related_links] == titles


@pytest.mark.parametrize(
    "prompt",
    ["Schreiben Sie einen Kommentar", "Log in to your account", "Name Email Website",
     "Get in touch"],
)
def test_page_text_teaser_list_ends_at_a_prompt_or_a_form(prompt: str) -> None:
    """A comment prompt, a sign-in button or a form's fields end the cards: the title-shaped
    lines after them are no teasers."""
    article = _text_page(
        "Related articles",
        "A woman holds an umbrella on a windy street.",
        "Storm closes the coast road for a week",
        "Two men read a notice at the town hall.",
        "Council votes on the new harbour plan",
        prompt,
        "Your Weekly Digest From The Newsroom",
    )
    assert [link.title for link in article.related_links] == TWO_TEASERS


@pytest.mark.parametrize("pitch", ["Download our app", "Advertisement", "Get the app"])
def test_an_ad_marker_or_an_app_pitch_among_the_cards_is_no_teaser(pitch: str) -> None:
    """A furniture line between or after the cards (an ad marker, an app's pitch) is skipped:
    the cards around it are the list."""
    article = _text_page(
        "Related articles",
        "Storm closes the coast road for a week",
        pitch,
        "Council votes on the new harbour plan",
    )
    assert [link.title for link in article.related_links] == TWO_TEASERS


@pytest.mark.parametrize(
    "title", ["Guest comment: Why the bridge matters", "Sign in 2 minutes: the new bus pass"]
)
def test_a_teaser_naming_a_prompt_does_not_end_the_list(title: str) -> None:
    """A teaser titled "Guest comment: ..." (a colon, a number) is a card, not a prompt."""
    article = _text_page(
        "Related articles",
        "Storm closes the coast road for a week",
        title,
        "Council votes on the new harbour plan",
    )
    assert "Council votes on the new harbour plan" in [
        link.title for link in article.related_links
    ]


def test_page_text_card_printing_its_title_again_under_its_meta() -> None:
    """A card printing its title, category and read time, then its title again with its blurb
    and author: one teaser per card, and the author line is none."""
    article = _text_page(
        "Related posts",
        "Storm closes the coast road for a week",
        "Weather",
        "6 min read",
        "Storm closes the coast road for a week",
        "The county shut the road after the cliff gave way on Monday night.",
        "Written by Jane Roe",
        "Council votes on the new harbour plan",
        "Politics",
        "4 min read",
        "Council votes on the new harbour plan",
    )
    assert [link.title for link in article.related_links] == TWO_TEASERS


def test_page_text_plain_list_ends_at_the_story_going_on() -> None:
    """Titles one under the other (a list of resources) end at the first line that is no
    title: the paragraph and the checklist after it are the story's."""
    article = _text_page(
        "Related resources",
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
        "Where to eat near the market hall",
        "Keep this list handy while you plan the route over the old bridge this spring.",
        "Before you go",
        "Check the tide tables and the ferry times on the day",
    )
    assert [link.title for link in article.related_links] == [
        "Storm closes the coast road for a week",
        "Council votes on the new harbour plan",
        "Where to eat near the market hall",
    ]
    assert "Keep this list handy" in article.text


def _box_with_card_line(line: str, box_class: str = "related-posts") -> str:
    """A box of two linked story titles with one of the cards' meta lines, linked, between."""
    return (
        f'<div class="{box_class}"><ul>'
        '<li><a href="/storm">Storm closes the coast road for a week</a></li>'
        f'<li><a href="/storm">{line}</a></li>'
        '<li><a href="/vote">Council votes on the new harbour plan</a></li></ul></div>'
    )


@pytest.mark.parametrize(
    "line",
    ["By Jane Roe", "Written by Jane Roe", "© Jane Roe / Agency", "December 12, 2025 Read More",
     "4.9 out of 5 stars 707 Reviews", "Read the article", "12 Comments",
     "Posted in Travel, Food, Local News", "Abgelegt unter: Reisen, Hafen",
     "Tags: harbour, ferry, weather", "Diesen Artikel teilen", "Print this article",
     "Harbour, fishing boats, morning mist, North Coast, dawn"],
)
def test_html_card_meta_lines_in_a_box_are_no_teasers(line: str) -> None:
    """A card's byline, photo credit, date, rating, count or button, its filing line ("Posted
    in ...") or its image's keywords, linked like its title, is no teaser."""
    article = newsparse.parse(_page_with_box(_box_with_card_line(line)), kind="html")
    assert [r.title for r in article.related_links] == TWO_TEASERS


@pytest.mark.parametrize(
    "title",
    ["Von Berlin bis Rom: die schönsten Radwege am Fluss", "Por qué el puerto cierra de noche",
     "Espresso Maker Classic 2026 Review", "Weekly review: ferries, storms, tolls, the harbour",
     "Rome, Paris and London: three cities by train",
     "Why Jane Roe, MD, PhD, Loves Her Town", "Live, Work, Play, Rest, Repeat"],
)
def test_html_titles_shaped_like_meta_lines_are_teasers(title: str) -> None:
    """A long title opening like a byline ("Von", "Por") or a title with a year before "Review"
    is a teaser, not a card's meta line."""
    article = newsparse.parse(_page_with_box(_box_with_card_line(title)), kind="html")
    assert title in [r.title for r in article.related_links]


@pytest.mark.parametrize("line", ["Read the article", "1 January 2022", "By Jane Roe"])
def test_html_card_meta_lines_under_a_teaser_heading_are_no_teasers(line: str) -> None:
    """Under a "What to read next" heading, the cards' meta lines (links like the titles) are
    skipped, not taken as teasers, and the list goes on to the next card."""
    from newsparse.document import Segment
    from newsparse.stages.related import _link_teasers

    texts = [TWO_TEASERS[0], line, TWO_TEASERS[1]]
    links = [Segment(index=i, text=text, link_density=1.0) for i, text in enumerate(texts)]
    assert [s.text for s in _link_teasers(links)] == TWO_TEASERS


@pytest.mark.parametrize("box_class", ["flyout-menu teaserblock", "megamenu teaser"])
def test_html_teasers_in_a_menu_flyout_are_no_related_links(box_class: str) -> None:
    """Teasers in the site menu's flyout promote its sections, not stories related to this
    one."""
    article = newsparse.parse(
        _page_with_box(_box_with_card_line("Where to eat near the market hall", box_class)),
        kind="html",
    )
    assert not article.related_links


def test_html_a_button_every_card_repeats_is_no_teaser() -> None:
    """A short line on every card, each linking to its own story ("Link to the article"), is
    the cards' button."""
    box = (
        '<div class="teaser-list">'
        '<div><h3><a href="/storm">Storm closes the coast road for a week</a></h3>'
        '<a href="/storm?b">Link to the story</a></div>'
        '<div><h3><a href="/vote">Council votes on the new harbour plan</a></h3>'
        '<a href="/vote?b">Link to the story</a></div></div>'
    )
    article = newsparse.parse(_page_with_box(box), kind="html")
    assert [r.title for r in article.related_links] == TWO_TEASERS


@pytest.mark.parametrize("field", ["Email Address *", "ZIP Code *"])
def test_page_text_teaser_list_ends_at_a_forms_required_field(field: str) -> None:
    """A form's required field ("Email Address *") ends the cards: it is no teaser."""
    article = _text_page(
        "Related Stories",
        "Storm closes the coast road for a week",
        "April 12, 2018",
        "Council votes on the new harbour plan",
        "April 2, 2018",
        "Stay Informed",
        field,
    )
    assert [link.title for link in article.related_links] == TWO_TEASERS


def test_page_text_cards_with_long_asking_titles() -> None:
    """A card's long title that asks ("... Which Should You Buy?"), printed twice like the
    others, is a teaser, not a blurb: the list goes on past it."""
    titles = [
        "Storm closes the coast road for a week",
        "Power rack or half rack: what is the difference and which one should you buy today?",
        "Council votes on the new harbour plan",
    ]
    article = _text_page("Related Articles", *(line for title in titles for line in (title, title)))
    assert [link.title for link in article.related_links] == titles


@pytest.mark.parametrize(
    "line",
    ["Why did the council wait so long? The answer lies in the budget it set last spring.",
     "the council asked residents what they thought of the plan and what it should cost?"],
)
def test_a_question_in_a_blurb_is_no_asking_title(line: str) -> None:
    """A question after a sentence of its own, or opening in lower case, is a blurb."""
    from newsparse.document import Segment
    from newsparse.stages.related import _asking_title

    assert not _asking_title(Segment(index=0, text=line))


@pytest.mark.parametrize(
    "line",
    ["Pingback: Storm closes the coast road again, and the ferry runs twice a day",
     "Your email address will not be published. Required fields are marked *",
     "Deixe uma resposta", "Scrivi alla redazione"],
)
def test_page_text_teaser_list_ends_at_a_pingback_or_a_comment_forms_notice(line: str) -> None:
    """A pingback, a comment form's notice or prompt (in several languages) ends the cards."""
    article = _text_page(
        "Related posts", TWO_TEASERS[0], "May 2, 2024", TWO_TEASERS[1], "May 1, 2024", line,
        "Where to eat near the market hall",
    )
    assert [link.title for link in article.related_links] == TWO_TEASERS


@pytest.mark.parametrize(
    "pictures",
    [("Image of Jane Roe", "Image of John Doe"), ("Photo of the harbour", "Bild von Max")],
)
def test_page_text_a_cards_image_description_is_no_teaser(pictures: tuple[str, str]) -> None:
    """A card's image described ("Image of Jane Roe") is its picture, not its title."""
    article = _text_page(
        "Related posts", pictures[0], TWO_TEASERS[0], pictures[1], TWO_TEASERS[1]
    )
    assert [link.title for link in article.related_links] == TWO_TEASERS


FOOTER_CARDS = [
    "Storm closes the coast road for a week",
    "Council votes on the new harbour plan tonight",
    "Where to eat near the old market hall",
]


@pytest.mark.parametrize(
    "card_line",
    [
        lambda title, n: f"October {10 - n}, 2025",
        lambda title, n: f"{n + 4} min read",
        lambda title, n: title,
        lambda title, n: f"Read more ({n + 2} comments)",
        lambda title, n: (
            "Crews worked through the night to clear the fallen trees.",
            "Members will hear from the harbour master before the vote.",
            "Three new places have opened since the summer, and two more are coming.",
        )[n],
    ],
    ids=["date", "read time", "title again", "button", "blurb"],
)
@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
def test_page_text_teaser_cards_with_no_heading_after_the_story(
    card_line: Callable[[str, int], str], separator: str
) -> None:
    """After the story's end, headline-shaped lines each with the same kind of card line
    under it (a date, a read time, the title again, a one-sentence blurb) are teasers though
    no heading names the box; the story keeps its text."""
    cards = [line for n, title in enumerate(FOOTER_CARDS) for line in (title, card_line(title, n))]
    article = _text_page("Share this story", *cards, "Privacy Policy", "Terms of Use",
                         separator=separator)
    assert [link.title for link in article.related_links] == FOOTER_CARDS
    assert all(line in article.text for line in STORY_LINES)


@pytest.mark.parametrize("kept", [True, False], ids=["default", "without the stage"])
def test_heading_less_teaser_cards_are_a_stage_of_their_own(kept: bool) -> None:
    """The cards are read by the ``footer_teasers`` stage, right after ``boilerplate``: a
    pipeline without it keeps them out of the related links."""
    pipeline = newsparse.default_pipeline()
    names = pipeline.names
    assert names.index("footer_teasers") == names.index("boilerplate") + 1
    if not kept:
        pipeline = pipeline.without("footer_teasers")
    cards = [line for n, title in enumerate(FOOTER_CARDS) for line in (title, f"{n + 4} min read")]
    page = "\n".join(["New river bridge opens", *STORY_LINES, "Share this story", *cards])
    article = newsparse.parse(page, kind="text", pipeline=pipeline)
    assert [link.title for link in article.related_links] == (FOOTER_CARDS if kept else [])


@pytest.mark.parametrize(
    "footer",
    [
        # titles with no card lines: a list of links, which may be the site's own pages
        FOOTER_CARDS,
        # two cards are no list
        [FOOTER_CARDS[0], "March 12, 2024", FOOTER_CARDS[1], "March 11, 2024"],
        # a menu's items with dates are too short to be headlines
        ["Local news", "March 12, 2024", "Sport", "March 11, 2024", "Weather",
         "March 10, 2024"],
        # an FAQ after the story: questions, each with its answer
        ["What is included in the harbour fee?", "The fee covers a berth and water.",
         "How will I be charged for a berth?", "Each berth is billed at the end of the month.",
         "Where do I park the trailer overnight?", "Trailers stay in the yard by the gate."],
        # cards whose lines under the title differ in kind
        [FOOTER_CARDS[0], "March 12, 2024", FOOTER_CARDS[1], "6 min read",
         FOOTER_CARDS[2], FOOTER_CARDS[2]],
    ],
    ids=["plain links", "two cards", "menu", "faq", "mixed"],
)
def test_page_text_footer_lines_that_are_no_teaser_cards(footer: list[str]) -> None:
    """Without a heading, only a run of three or more cards of one shape makes a teaser
    list: plain link lists, two cards, a menu and lines of mixed shape are left alone."""
    article = _text_page("Share this story", *footer, "Privacy Policy", "Terms of Use")
    assert not article.related_links


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a card's stamp run on after its title: with a time, or after a separator
        ("Storm closes the coast road north of the old harbour 2023-08-30 10:12",
         "Storm closes the coast road north of the old harbour"),
        ("Sturm sperrt die Küstenstraße nördlich vom alten Hafen – 30.08.2023",
         "Sturm sperrt die Küstenstraße nördlich vom alten Hafen"),
        # a date in the title's own sentence stays
        ("Harbour festival returns to the old town square on June 14, 2024",
         "Harbour festival returns to the old town square on June 14, 2024"),
        ("Council looks back at 2023", "Council looks back at 2023"),
    ],
)
def test_teaser_title_without_its_card_stamp(line: str, title: str) -> None:
    lines = ["New river bridge opens", "Published June 2, 2023", *STORY_LINES, "Related Articles"]
    cards = [line, "Council votes on the new harbour plan", "Where to eat near the market hall"]
    article = newsparse.parse("\n".join(lines + cards), kind="text")
    assert next(link.title for link in article.related_links) == title
