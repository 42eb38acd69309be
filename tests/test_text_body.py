"""Page-text body extraction: which lines of a text dump end up in the story, on small pages."""

from __future__ import annotations

import pytest

import newsparse

STORY = [
    "The city council voted on Tuesday to close the old library on Main Street next year, "
    "ending a century of service in the building.",
    "Officials said the building needs repairs that would cost more than the town can raise "
    "in the next five years, according to the report.",
    "Residents who spoke at the meeting asked the council to look for a new site in the "
    "town centre before the doors close for good.",
    "A final decision on the new site is expected in the spring, the mayor said after the "
    "meeting ended late in the evening.",
]


def _body(text: str) -> str:
    return newsparse.parse(text, kind="text").text


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    "bar",
    [
        ["Facebook", "Twitter", "Comments", "Print", "Email"],
        ["Tweet", "Share", "Comment"],
    ],
    ids=["fox-style bar", "comment button last"],
)
def test_comments_button_under_the_headline_does_not_open_the_comments(bar: list[str]) -> None:
    page = _page(
        "Council closes the old library",
        "A short summary of what happened to the library, in one sentence.",
        "\n".join(bar),
        *STORY,
    )
    body = _body(page)
    for paragraph in STORY:
        assert paragraph in body


def test_comments_heading_after_the_story_still_opens_the_comments() -> None:
    page = _page(
        "Council closes the old library",
        *STORY,
        "Facebook\nComments",
        "I have lived in this town for thirty years and the library was always the heart of "
        "it, so this decision makes me very sad indeed.",
    )
    assert "thirty years" not in _body(page)


JAPANESE_STORY = [
    "先日、不正に改造したスマートフォンを販売したとして、商標法違反の疑いで男性が逮捕されたという"
    "ニュースを耳にしました。",
    "通常、権利者により正規のルートで販売された商品をそのまま転売する場合は、商標権侵害には"
    "なりません。",
    "しかし、権利者の意思に基づくことなく、もとの商品に改造を加えて販売した場合は、商標権侵害と"
    "判断される場合があります。",
]


def test_japanese_paragraphs_are_prose() -> None:
    page = _page("ホーム", "ブログ", *JAPANESE_STORY, "関連記事")
    body = _body(page)
    for paragraph in JAPANESE_STORY:
        assert paragraph in body
    assert "ホーム" not in body


TEASER_CARDS = [
    "Carlos Ghosn and the dark side of justice",
    "Anthony Ghosn",
    "Wednesday November 20, 2019",
    "Our family always celebrates anniversaries, but not this week, when a year has passed "
    "since our father was arrested at the airport.",
    "What made the film so popular?",
    "Madeline Fry",
    "Wednesday November 20, 2019",
    "The film killed at the box office, and critics are still trying to work out why so many "
    "people went to see it twice in the first week.",
]


def test_teaser_cards_run_together_after_paragraphs_set_apart_are_not_story() -> None:
    more = (
        "The library opened in 1921 with money raised by the town's factory workers, and it "
        "has moved only once, after a fire in the reading room in the winter of 1957."
    )
    page = _page("Council closes the old library", *STORY, more, "\n".join(TEASER_CARDS))
    body = _body(page)
    assert STORY[-1] in body
    assert "box office" not in body
    assert "anniversaries" not in body


def test_paragraphs_run_together_are_all_story_when_no_line_is_set_apart() -> None:
    page = "\n".join(["Council closes the old library", *STORY])
    body = _body(page)
    for paragraph in STORY:
        assert paragraph in body


def _wrapped(paragraph: str, width: int = 76) -> list[str]:
    import textwrap

    return textwrap.wrap(paragraph, width)


def test_wrapped_dump_with_many_short_last_lines_is_rejoined() -> None:
    from newsparse.textblocks import split_segments, wrap_width

    # two-line paragraphs: half the prose-length lines are short last lines
    paragraphs = [
        "Inspectors in the port have closed an inquiry into a complaint made against the "
        "harbour master in 2010, the board said.",
        "The 48-year-old was suspended in April and fined a month of pay for breaching the "
        "safety rules of the quay last year.",
        "Separately, the ferry company wants him to pay for the cargo of timber that slid "
        "off the wet boards of the pier.",
        "The board said the old tide logs were too worn to read, so nobody could say which "
        "boat had tied up there.",
        "Inspectors told reporters the decision to close the inquiry had been taken after "
        "talks with seven sailors in the case.",
        "The harbour master has said all along that he kept the logbook locked in the old "
        "tower because the office roof leaked, and that he handed every page over when the "
        "inspectors came to get it in April.",
    ]
    menu = ["These are external links and will open in a new window", "Share this with Email"]
    lines: list[str] = [*menu, ""]
    for paragraph in paragraphs:
        lines += [*_wrapped(paragraph), ""]
    assert wrap_width(lines) is not None
    texts = [s.text for s in split_segments("\n".join(lines))]
    for paragraph in paragraphs:
        assert paragraph in texts


def test_one_line_per_block_dump_is_not_taken_for_wrapped() -> None:
    from newsparse.textblocks import wrap_width

    lines = [" ".join(["word"] * n) for n in (9, 10, 11, 12, 13, 14, 15, 16, 17, 30, 40, 60)]
    assert wrap_width(lines) is None


def test_short_closing_sentence_after_the_last_paragraph_is_story() -> None:
    closing = "Authorities say the cases appear to be unrelated."
    page = _page("Council closes the old library", *STORY, closing, "Share this:\nFacebook")
    assert closing in _body(page)


COMMENTS = [
    "No surprise they are keeping the old building, to be honest with you all here.",
    "It makes the whole plan more complete, and I think the mayor knows that very well.",
    "I sure wish the council would offer the chance to keep the reading room open on weekends.",
]


def test_story_lines_run_together_are_story_beside_heavier_comments_set_apart() -> None:
    # a story in <div>s: no empty lines between its paragraphs; the comments weigh more
    story = "\n".join(["Council closes the old library", *STORY, "2 days ago"])
    comments = [f"Reader {n} says: {comment}" for n in range(4) for comment in COMMENTS]
    page = _page("Menu", story, *comments)
    body = _body(page)
    for paragraph in STORY:
        assert paragraph in body


def test_ticker_of_blurbs_cut_short_is_not_story() -> None:
    ticker = [
        "Council approves the new budget for schools NEW DELHI: The council approved a budget "
        "that raises spending on schools by a tenth, and the...",
        "Bridge reopens after repairs COLOMBO: The bridge over the river reopened on Monday "
        "after three months of repairs to its...",
        "Storm closes the coast road for a day KARACHI: The coast road was closed on Sunday "
        "after a storm washed away part of the...",
    ]
    page = _page("\n".join([*ticker, "Home", "World"]), "Council closes the old library", *STORY)
    body = _body(page)
    assert "Storm closes" not in body
    assert STORY[0] in body


BLURBS = (
    "Our family always celebrates anniversaries, but not this week, when a year has passed "
    "since our father was arrested.",
    "The film killed at the box office, and critics are still trying to work out why so many "
    "people went to see it twice.",
    "Various outlets reported that a United Nations study found the country has the highest "
    "rate of children in detention.",
    "After three days of hearings, only one witness has emerged so far with a gripe, and it has "
    "nothing to do with the case.",
)


def _teaser_cards(blurbs: tuple[str, ...]) -> list[str]:
    """Teaser cards as a WET-like dump shows them: title, writer, date and blurb lines."""
    cards: list[str] = []
    for n, blurb in enumerate(blurbs):
        cards += [f"Teaser title number {n}", f"Writer {n}", f"Wednesday November {n + 10}, 2019"]
        cards.append(blurb)
    return cards


def test_row_of_teaser_cards_under_date_lines_does_not_extend_the_story() -> None:
    cards = _teaser_cards(BLURBS[:3])
    # a WET-like dump: one line per block, no empty lines
    page = "\n".join(["Council closes the old library", *STORY, "More from the site", *cards])
    body = _body(page)
    assert STORY[-1] in body
    assert "box office" not in body


def test_list_without_bullets_after_an_intro_line_is_story() -> None:
    items = [
        "Plan the route like a pilot, not a tourist",
        "Use the tide tables to pick the hour",
        "Answer the crew's questions with patience and care",
    ]
    intro = "Inside, you will find tested checklists and tips to help you:"
    page = _page("Council closes the old library", *STORY[:2], intro, "\n".join(items), *STORY[2:])
    body = _body(page)
    for item in items:
        assert item in body


def test_a_single_line_set_apart_does_not_decide_the_layout() -> None:
    tags = (
        "adopt a friend water alert environment friendship service library council "
        "culture sport health school traffic weather tourism"
    )
    story = STORY[0]  # a one-paragraph story in a <div>, run into the lines around it
    page = "\n".join(["Home", "News", f"{tags}.", "", "Archive", story, "Back", "Contact us"])
    assert STORY[0] in _body(page)


def test_story_ends_before_a_row_of_teaser_cards() -> None:
    cards = _teaser_cards(BLURBS)
    caption = (
        "A member of the council speaks during a news conference with other members on the "
        "steps of the town hall in the rain."
    )
    page = "\n".join(["Council closes the old library", *STORY, *cards, caption, "Contact us"])
    body = _body(page)
    assert STORY[-1] in body
    assert "news conference" not in body


def test_blurb_cut_short_does_not_start_the_story() -> None:
    blurb = (
        "Council approves the new budget for schools NEW DELHI: The council approved a budget "
        "that raises spending on schools by a tenth, and the..."
    )
    page = "\n".join(["Home", blurb, "Council closes the old library", *STORY, "Contact us"])
    body = _body(page)
    assert "budget" not in body
    assert STORY[0] in body


def test_comment_count_in_the_byline_meta_does_not_open_the_comments() -> None:
    page = _page(
        "If you buy through our links, we may earn an affiliate commission. Learn more.",
        "Council closes the old library",
        "By Jane Doe\nUpdated: Dec 31, 2025 8:51pm UTC\n21 comments",
        *STORY,
    )
    body = _body(page)
    for paragraph in STORY:
        assert paragraph in body


TEASER_PAIRS = [
    "Diversity among film directors improves",
    "Women directed a greater share of the shows last season, but most first jobs still go "
    "to insiders, a new report says.",
    "Agency signs agreement with the writers guild",
    "The agency is the fifth company to break ranks with the others over the new code of "
    "conduct for agents.",
]


@pytest.mark.parametrize(
    "bar",
    [["Facebook", "Twitter", "Email"], ["Share this story"]],
    ids=["share bar", "share line"],
)
def test_share_bar_under_the_headline_does_not_hide_the_end_of_story(bar: list[str]) -> None:
    # a dump with no empty lines: the share bar repeated after the story ends it, although the
    # same bar under the summary came first
    summary = "The town will lose the library that served it for a century, the council said."
    page = "\n".join(
        ["Council closes the old library", summary, *bar, *STORY, *bar, *TEASER_PAIRS, "Contact"]
    )
    body = _body(page)
    assert STORY[-1] in body
    for teaser in TEASER_PAIRS:
        assert teaser not in body


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("[li_red.gif] Armenia named the most popular spot for travellers",
         "Armenia named the most popular spot for travellers"),
        ("The council met [arrow.png] on Tuesday", "The council met on Tuesday"),
        ("[scroll_l.gif]", "scroll_l.gif"),
        ("[Photo] The mayor spoke", "[Photo] The mayor spoke"),
    ],
)
def test_bracketed_image_file_names_are_not_text(line: str, kept: str) -> None:
    from newsparse.textblocks import split_segments

    assert [s.text for s in split_segments(line)] == [kept]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("[Photo of the mayor] The mayor spoke", ["[Photo of the mayor]", "The mayor spoke"]),
        (
            "1 [Jets at a plant] Order won 2 [A hyperloop capsule] Will it fly?",
            ["1", "[Jets at a plant]", "Order won 2",
             "[A hyperloop capsule]", "Will it fly?"],
        ),
        ("He said [Mayor Jones] would resign", ["He said [Mayor Jones] would resign"]),
        ("[Windows Expertenwissen] Per Update", ["[Windows Expertenwissen] Per Update"]),
        ("[the mayor and his aides] spoke", ["[the mayor and his aides] spoke"]),
    ],
    ids=["opening alt", "row of cards", "editor's insertion", "short tag", "lower-case"],
)
def test_inline_alt_text_gets_a_line_of_its_own(line: str, parts: list[str]) -> None:
    # lynx and w3m print an image inline as "[alt]"; a browser copy puts it on its own line,
    # where the boilerplate stage knows a bracketed line for an image
    import textwrap

    from newsparse.textblocks import split_segments

    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in [*STORY, *STORY]) + "\n\n" + line
    segments = split_segments(wrapped)
    assert [s.text for s in segments[2 * len(STORY) :]] == parts
    # a dump of one block per line shows images on lines of their own: its brackets are text
    assert [s.text for s in split_segments(line)] == [line]


def test_inline_alt_text_of_a_teaser_row_is_not_story() -> None:
    row = "[Relics found on the hill] Relics found on the hill near the old fort, experts say."
    import textwrap

    page = _page(
        "Council closes the old library", *(textwrap.fill(p, 50) for p in [*STORY, row])
    )
    assert "Relics found" not in _body(page)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("[Protesters outside the town hall]", False),
        ("[The library on Main Street, seen from the park |]", False),
        ("[This story was updated with the mayor's comments.]", True),
    ],
)
def test_bracketed_line_of_a_text_dump_is_an_image_unless_a_sentence(
    line: str, kept: bool
) -> None:
    page = _page("Council closes the old library", *STORY[:2], line, *STORY[2:])
    assert (line in _body(page)) is kept


SHORT_TEASERS = [
    "Diversity among film directors improves",
    "Women directed a greater share of the shows last season, a new report says.",
    "Agency signs agreement with the writers guild",
    "The agency is the fifth company to break ranks with the others this year.",
    "Old rules on film distribution to be thrown out",
    "The rules have governed how films reach cinemas for decades, officials said.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
def test_many_short_teasers_after_the_end_of_story_are_not_story(separator: str) -> None:
    # more blurbs than half the story's paragraphs, but far fewer words
    page = separator.join(
        ["Council closes the old library", *STORY, "Share this story", *SHORT_TEASERS]
    )
    body = _body(page)
    assert STORY[-1] in body
    for teaser in SHORT_TEASERS:
        assert teaser not in body


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Resolution: 5MP (3K)", True),
        ("Kat: Then what?", True),
        ("Battery life: 12 hours", True),
        ("Home | News | Sport", False),
        ("Posted by the editors of the town paper: Jane", False),
    ],
)
def test_labelled_fact_line_after_story_text_is_story(line: str, kept: bool) -> None:
    # a run of short lines after a paragraph, the last one before the next paragraph
    page = "\n".join(
        ["Council closes the old library", *STORY[:2], line, "Weight: 1.2 kg", *STORY[2:]]
    )
    assert (line in _body(page)) is kept


# A teaser card whose title is as long as a sentence: title and blurb make a run of two prose
# lines, then the card's date and author.
LONG_TITLE_CARDS = [
    "Is this folding bike with a lighter frame the best deal for commuters this winter?",
    "This bike folds in ten seconds and fits under a desk at the office.",
    "09/28/2025",
    "By Sam Roe",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
def test_teaser_cards_with_sentence_long_titles_after_the_end_are_not_story(
    separator: str,
) -> None:
    page = separator.join(
        ["Council closes the old library", *STORY, "Recommended for you", *LONG_TITLE_CARDS]
    )
    body = _body(page)
    assert STORY[-1] in body
    for card in LONG_TITLE_CARDS[:2]:
        assert card not in body


def test_three_paragraphs_after_a_share_bar_mid_story_stay() -> None:
    """A share bar between the story's parts: three paragraphs running on after it are story."""
    more = [
        "The library's books will move to the school on Elm Street, where volunteers have "
        "offered to keep the reading room open.",
        "Parents said the school is too far from the bus routes used by older readers, and "
        "asked for a shuttle on weekdays.",
        "The council said it would study a shuttle and report back before the library closes "
        "next year.",
    ]
    page = "\n".join(["Council closes the old library", *STORY, *STORY[:2], "Share this story",
                      *more])
    body = _body(page)
    assert all(paragraph in body for paragraph in more)


def test_unmarked_list_under_an_intro_line_in_a_dump_without_empty_lines() -> None:
    """A WET record has no empty lines: a list without bullets under "...:" is told by its
    short lines."""
    items = ["Typography fundamentals", "Colour theory and palettes", "Layout design"]
    page = "\n".join(
        ["Council closes the old library", *STORY[:2], "What the course covers:", *items,
         *STORY[2:]]
    )
    body = _body(page)
    assert all(item in body for item in items)


def test_long_run_of_short_lines_under_an_intro_line_is_a_menu() -> None:
    menu = [f"Section {letter * 3}" for letter in "ABCDEFGHIJKLMNOPQRST"]
    page = "\n".join(
        ["Council closes the old library", *STORY[:2], "Or jump to:", *menu, *STORY[2:]]
    )
    body = _body(page)
    assert not any(item in body for item in menu[:-1])  # the last one heads the story



SECTIONS = [f"* {name}" for name in (
    "Politics", "White House", "Congress", "Campaigns", "Policy", "Defense", "Energy",
    "Healthcare", "Economy", "Tax", "Trade", "Opinion", "Columnists", "Editorials", "Sports",
    "Weather", "Video", "Podcasts", "Magazine", "Newsletters", "Events", "About",
)]


@pytest.mark.parametrize("promo_before", [True, False], ids=["promo above menu", "menu only"])
def test_a_bulleted_menu_under_a_lone_line_far_above_the_story_is_not_its_list(
    promo_before: bool,
) -> None:
    # a pitch or standfirst set apart above a long bulleted menu opens the story's span; the
    # menu between it and the story is no list of the story
    promo = "Complete coverage of the capital, weekly video and the editors' picks in one place."
    menu = "\n".join(SECTIONS)
    lines = ["Council closes the old library", *([promo] if promo_before else []), menu]
    body = _body(_page(*lines, *STORY, *STORY[::-1]))
    assert "Congress" not in body
    assert STORY[0] in body


def test_a_list_under_its_intro_far_above_the_story_is_kept() -> None:
    intro = "These are the services the council will keep running in the town hall next year:"
    body = _body(_page("Council closes the old library", intro, "\n".join(SECTIONS), *STORY))
    assert "Congress" in body


CARDS = [
    ("[Relics found on the hill]", "Relics unearthed near the old fort",
     "Archaeologists found pottery and coins from the ninth century on the hill near the fort."),
    ("[An actor on the stage]", "Stage actor dies aged 96",
     "The actor who played in more than a hundred films died on Thursday at his home in Paris."),
    ("[The bridge at night]", "Bridge to close for repairs",
     "The old bridge over the river will close for six months of repairs from next spring."),
    ("[A row of market stalls]", "Market moves to the square",
     "The weekly market will move to the square while the car park is rebuilt next year."),
]


@pytest.mark.parametrize("cards", [3, 4], ids=["three cards", "four cards"])
def test_teaser_cards_with_images_after_the_story_end_do_not_outweigh_it(cards: int) -> None:
    # image, title, blurb: a row of teaser cards under "Top stories" is many prose lines, but
    # no second part of the story
    card_lines = [line for card in CARDS[:cards] for line in card]
    body = _body(_page("Council closes the old library", *STORY, "Top stories", *card_lines))
    assert STORY[-1] in body
    for _, _, blurb in CARDS[:cards]:
        assert blurb not in body


def test_long_run_of_one_word_bullets_is_a_menu_not_the_story_s_list() -> None:
    menu = [f"  * Topic{letter * 2}" for letter in "ABCDEFGHIJKLMNOPQRSTUV"]
    ingredients = ["  * Flour", "  * Two eggs", "  * Salt"]
    page = "\n\n".join(
        ["Council closes the old library", STORY[0], "\n".join(ingredients), STORY[1],
         "\n".join(menu), *STORY[2:]]
    )
    body = _body(page)
    assert all(item.strip(" *") in body for item in ingredients)
    assert not any(item.strip(" *") in body for item in menu)


@pytest.mark.parametrize("between", ["http://example.com/game-{n}", "Price: {n}0 euros"])
def test_a_line_between_two_list_items_after_the_last_paragraph_is_kept(between: str) -> None:
    lines = [f"{n}) Board game number {n} for the whole family" for n in range(1, 6)]
    listing = "\n".join(
        line for n, item in enumerate(lines, 1) for line in (item, between.format(n=n))
    )
    page = _page(
        "Council closes the old library",
        *STORY,
        "Here are the games the library will give away before it closes:",
        listing,
        "About us\nContact\nPrivacy",
    )
    body = _body(page)
    assert "Board game number 5" in body
    for n in range(1, 5):
        assert between.format(n=n) in body
    assert "Privacy" not in body


@pytest.mark.parametrize(
    "heading",
    ["Top Rated Comments", "Featured comments (12)", "Readers' comments", "Most liked replies"],
)
def test_a_qualified_comments_heading_after_the_story_opens_the_comments(heading: str) -> None:
    page = _page(
        "Council closes the old library",
        *STORY,
        heading,
        "I have lived in this town for thirty years and the library was always the heart of "
        "it, so this decision makes me very sad indeed.",
    )
    body = _body(page)
    assert "thirty years" not in body
    assert STORY[-1] in body


FOOTER_PARAGRAPH = (
    "The Valley Echo customer service centre can be reached with any questions or requests "
    "by telephone or e-mail; it is staffed from Sunday to Thursday between seven in the "
    "morning and two in the afternoon, and on Fridays it only handles delivery requests."
)


@pytest.mark.parametrize(
    "footer",
    [
        "About Us\nCopyright\nTerms of Service\nPrivacy Policy",
        "Impressum | Datenschutz",
        "© 2019 Valley Echo Inc.",
        "Sign up for our newsletter\nPrivacy Policy",
    ],
    ids=["legal links", "row of legal links", "copyright notice", "newsletter box"],
)
def test_a_paragraph_under_the_page_s_legal_footer_is_not_story(footer: str) -> None:
    page = _page("Council closes the old library", *STORY[:2], footer, FOOTER_PARAGRAPH)
    body = _body(page)
    assert STORY[1] in body
    assert "customer service" not in body


def test_a_lone_contact_link_above_the_story_does_not_end_it() -> None:
    blurbs = [
        f"Model {n} cleans every floor of a family house on one charge and empties itself into "
        "its station, so you can forget about it for weeks."
        for n in range(1, 9)
    ]
    menu = "\n".join(["Support", "Customer Care", "Contact us", "Shipping Policy"])
    story = [STORY[0], "Why it closes", STORY[1], "What comes next", STORY[2], STORY[3]]
    page = _page("\n".join(blurbs), menu, "Council closes the old library", *story)
    body = _body(page)
    for paragraph in STORY:
        assert paragraph in body


@pytest.mark.parametrize("longer", ["Food & Drink", "TV Shows A-Z", "Work Transformed Daily"])
def test_a_menu_with_a_few_longer_items_is_still_a_menu(longer: str) -> None:
    menu = [f"  * Topic{letter * 2}" for letter in "ABCDEFGHIJKLMNOPQRSTUV"]
    menu[5] = menu[15] = f"  * {longer}"
    page = "\n\n".join(
        ["Council closes the old library", STORY[0], STORY[1], "\n".join(menu), *STORY[2:]]
    )
    body = _body(page)
    assert longer not in body
    assert not any(item.strip(" *") in body for item in menu)
    assert STORY[3] in body


@pytest.mark.parametrize("image", ["teaser_{n}.jpg", "[The town hall at night, view {n}]"])
def test_a_grid_of_image_cards_above_the_story_is_not_story(image: str) -> None:
    cards = "\n".join(
        f"{image.format(n=n)}\nTeaser number {n} goes hereA short blurb of the teaser story "
        f"number {n} that runs on for a line and a half, as teaser blurbs on a home page do."
        for n in range(1, 12)
    )
    page = _page("News\nWeather", cards, "Council closes the old library", *STORY)
    body = _body(page)
    assert "Teaser number" not in body
    for paragraph in STORY:
        assert paragraph in body


def test_a_lone_subscribe_button_inside_the_story_does_not_end_it() -> None:
    later = [
        "The library's books will move to the school on the hill, where a new reading room "
        "will open to everyone in the town from the autumn.",
        "Volunteers who ran the reading club said they would carry on in the church hall, "
        "which has offered them a room every Thursday evening.",
    ]
    story = [*STORY, "Sign up for our newsletter", "Where the books go", later[0],
             "What the club does", later[1]]
    body = _body(_page("Council closes the old library", *story))
    for paragraph in [*STORY, *later]:
        assert paragraph in body


BROKEN_PARAGRAPH = (
    "Rowing boats are an essential part of any harbour club, as they give a simple\n"
    "way to build strength and learn the water. Dinghies are one of the most liked\n"
    "boats, offering a place for racing, cruising or fishing on quiet days at many\n"
    "tides and winds, inshore and in most weather."
)


@pytest.mark.parametrize("blank", ["\n\n", "\n"], ids=["innertext", "wet"])
def test_paragraph_broken_into_lines_in_a_one_line_per_block_dump(blank: str) -> None:
    """A paragraph whose source breaks every line (a <br> at each, a copy of fixed-width
    text) is one paragraph again, where a dump otherwise gives one line per block."""
    from newsparse.textblocks import split_segments

    long_paragraph = (
        "The club opened its new shed this week, and the staff say the boats were chosen "
        "with first-time members in mind, from the dinghies by the slipway to the sculls."
    )
    texts = [s.text for s in split_segments(blank.join(["Rowing boats", long_paragraph,
                                                         BROKEN_PARAGRAPH]))]
    assert texts[-1] == BROKEN_PARAGRAPH.replace("\n", " ")


@pytest.mark.parametrize(
    "lines",
    [
        # titles over their blurbs: one break alone is no broken paragraph
        ["Storm closes the coast road for a week as repairs begin on the old sea",
         "wall, the council said on Monday, and drivers should plan for delays.",
         "Council votes on the new harbour plan after a long and heated debate"],
        # lines that end sentences or carry on in capitals are lines of their own
        ["The council met on Tuesday and agreed to rebuild the old bridge next spring.",
         "the mayor said the cost would be shared with the county and the state.",
         "Residents asked for a footpath on both sides and for lights along the river."],
    ],
)
def test_lines_that_are_no_broken_paragraph_stay_apart(lines: list[str]) -> None:
    from newsparse.textblocks import split_segments

    assert [s.text for s in split_segments("\n".join(lines))] == lines


GLUED_CARDS = [
    "Police Name Two Suspects In Harbour Theft CaseA man and a woman were arrested on Monday "
    "in connection with the theft of boat engines from the marina.",
    "Diners Leave Without Paying At Riverside SteakhouseA party of six left the restaurant "
    "without paying their bill after an argument at the bar.",
    "County Mails Redistricting Applications To VotersThe county will mail thousands of "
    "applications asking voters to serve on the new commission.",
    "Storm Closes The Coast Road For A WeekThe road between the two harbours will stay closed "
    "while crews repair the sea wall.",
]


def test_teaser_cards_glued_to_their_blurbs_do_not_start_the_story() -> None:
    """A WET record joins a teaser card's title and blurb with no space: a grid of such cards
    above the story is no part of it."""
    text = "\n".join(["Council closes the old library", *GLUED_CARDS, *STORY])
    body = _body(text)
    assert STORY[0] in body
    assert "Harbour Theft" not in body and "Coast Road" not in body


@pytest.mark.parametrize(
    "line",
    [
        # a brand glued the same way inside a sentence is no card
        "The company said its new PlayStation games and YouTube channel would launch on Monday "
        "across the country.",
        # a title-case line glued to too short a blurb
        "Storm Closes The Coast Road For A WeekRead more",
    ],
)
def test_glued_card_needs_a_title_case_title_and_a_sentence(line: str) -> None:
    from newsparse.stages.body import _glued_card

    assert not _glued_card(line)


@pytest.mark.parametrize(
    ("items", "kept"),
    [
        (["Draw up a budget with your partner", "Book the venue and the caterer early",
          "Send the invitations to your guests"], True),
        (["Servers: dedicated machines with up to 128 cores", "Setup time: ready in about "
          "fifteen minutes", "Billing: pay by the hour or by the month"], True),
        (["Best Budget Phones Of The Year", "Food And Drink Guides", "Travel Deals For Winter"],
         False),
        (["a woman wearing a pink shirt with jeans"], False),
        (["if err != nil {", "return nil, fmt.Errorf(err)", "log.Printf(msg, err);"], True),
        (["Two troops killed in a helicopter crash near the border",
          "Officials dismiss a claim that the craft was shot down"], False),
    ],
    ids=["checklist", "spec lines", "title-case menu", "lone description", "code", "teaser pair"],
)
@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
def test_list_of_sentence_pieces_inside_the_story_is_story(
    items: list[str], kept: bool, separator: str
) -> None:
    """Lines that read as pieces of sentences, run into one another, are the items of a list
    without bullets; title-case lines are a menu, and one description alone is no list. Lines
    of code are no list but a block of code, which the story keeps."""
    page = separator.join(
        [STORY[0], STORY[1], "Features", "\n".join(items), "Advertisement", STORY[2], STORY[3]]
    )
    body = _body(page)
    assert all((item in body) is kept for item in items)
    assert STORY[3] in body


FEED_POSTS = [
    "Fresh bread is out of the oven early on Saturdays now, so the bakery opens its doors an "
    "hour before the market starts.",
    "The reading room stays closed on Monday for the new carpets, and the lending desk opens "
    "again on Tuesday at ten.",
    "Our pottery evening returns in the spring, with clay, glazes and the kiln firing all "
    "included in the ticket.",
]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        *((f"{post[:40]} [{post}]", False) for post in FEED_POSTS),
        ("The mayor said the plan [for the new library] would go ahead next year after the "
         "vote, whatever the cost.", True),
    ],
    ids=["card 1", "card 2", "card 3", "editor's insertion"],
)
def test_feed_card_repeating_its_text_as_alt_is_not_story(line: str, kept: bool) -> None:
    """lynx prints a social feed's linked image as the post cut short, then its alt text in
    brackets repeating the post: a feed card, not story text."""
    page = _page("Council closes the old library", *STORY[:3], line, STORY[3])
    assert (line in _body(page)) is kept


CODE_BLOCKS = {
    "python": [
        "import json",
        "from pathlib import Path",
        "def load(path):",
        "print(path)",
        "with open(path) as handle:",
        "data = json.load(handle)",
        "if not data:",
        "raise ValueError(path)",
        "return data",
    ],
    "javascript": [
        "function splitPair(text) {",
        "// look for the equals sign",
        "const index = text.indexOf('=')",
        "if (index === -1) {",
        "return null",
        "}",
        "const name = text.slice(0, index).trim()",
        "return { name }",
        "}",
    ],
    "shell": [
        "$ git clone https://example.org/tool.git",
        "$ cd tool",
        "$ make install",
        "done",
    ],
}


@pytest.mark.parametrize("language", list(CODE_BLOCKS))
@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
def test_long_code_block_does_not_end_the_story(language: str, separator: str) -> None:
    """A technical blog prints every line of a code block as its own line: a block longer than
    STORY_GAP_LINES does not part the story, and its lines are story text."""
    code = (CODE_BLOCKS[language] * 6)[:24]
    page = separator.join(
        ["Council closes the old library", STORY[0], STORY[1], "\n".join(code), STORY[2],
         STORY[3]]
    )
    body = _body(page)
    assert STORY[3] in body
    assert all(line in body for line in code)


@pytest.mark.parametrize(
    "lines",
    [
        ["Home", "News", "Sport", "Weather", "Contact us"],
        ["Share (12)", "Privacy Policy", "Terms of Use"],
        ["Advertisement", "Story continues below", "Sign up"],
        ["x = 1", "Photo: Reuters", "Read more"],
        ["{{ item.title }}", "{{ item.title }}", "{{ item.title }}", "{{ item.title }}"],
        ["Read more ->", "Read more ->", "See all ->", "Top stories ->"],
        ["@CityCouncil", "@LibraryFriends", "@TownMayor", "@LocalNews"],
    ],
    ids=["menu", "one call", "promo lines", "one assignment", "template", "arrows", "handles"],
)
def test_short_lines_without_code_marks_are_no_code(lines: list[str]) -> None:
    """Menus, labels and a lone code-shaped line are no block of code: short lines inside the
    story stay furniture."""
    page = _page("Council closes the old library", STORY[0], STORY[1], "\n".join(lines),
                 "Advertisement", STORY[2], STORY[3])
    body = _body(page)
    assert not any(line in body.split("\n") for line in lines)


@pytest.mark.parametrize(
    "lines",
    [
        ["Name(Required)", "Email(Required)", "Organization(Required)", "Phone(Required)",
         "Submit"],
        ["Phone (Optional)", "Company(Optional)", "Email (Required)", "Submit"],
    ],
    ids=["required fields", "optional fields"],
)
def test_form_labels_are_no_code(lines: list[str]) -> None:
    """A form's labels ("Email(Required)") read like calls but are furniture."""
    page = _page("Council closes the old library", STORY[0], STORY[1], "\n".join(lines),
                 STORY[2], STORY[3])
    body = _body(page)
    assert not any(line in body.split("\n") for line in lines)


BAKERY_POSTS = [
    "Fresh sourdough is out of the oven this morning and the first loaves always go before "
    "ten, so come early.",
    "Our winter menu starts on Monday with three new soups, a ginger cake and the return of "
    "the hot spiced cider.",
    "The kitchen is closed on Thursday afternoon for a private party, but the counter stays "
    "open until six.",
]


def _cut_inside_a_word(post: str, at: int = 45) -> str:
    """The post cut short at the first place from ``at`` on that falls inside a word."""
    while not (post[at - 1].isalnum() and post[at].isalnum()):
        at += 1
    return post[:at]


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
@pytest.mark.parametrize(("cards", "kept"), [(3, False), (2, True)], ids=["feed", "two cards"])
def test_social_feed_of_cut_posts_over_full_posts_is_not_story(
    separator: str, cards: int, kept: bool
) -> None:
    """A social feed prints each post cut short inside a word, then the post in full: three
    such cards are a feed, not story text (two may be headings over their paragraphs)."""
    feed = [line for post in BAKERY_POSTS[:cards] for line in (_cut_inside_a_word(post), post)]
    page = separator.join(["Council closes the old library", *STORY[:3], *feed, STORY[3]])
    body = _body(page)
    assert STORY[3] in body
    assert all((post in body) is kept for post in BAKERY_POSTS[:cards])


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
def test_feed_post_cut_between_two_words_at_the_feeds_length(separator: str) -> None:
    """Once a feed is found, a post cut at the same length between two words (the dump drops
    the space) is one of its cards too."""
    cut = [_cut_inside_a_word(post) for post in BAKERY_POSTS]
    fourth = "Thank you all for a lovely summer here at the bakery, see you in the spring."
    length = len(cut[0])  # the post's character at the feed's cut length is a space
    assert fourth[length] == " "
    feed = [line for pair in zip(cut, BAKERY_POSTS, strict=True) for line in pair]
    page = separator.join(
        ["Council closes the old library", *STORY[:3], *feed, fourth[:length], fourth, STORY[3]]
    )
    body = _body(page)
    assert fourth not in body
    assert STORY[3] in body


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
@pytest.mark.parametrize(
    ("intro", "kept"),
    [("Pros:", True), ("Ideal for:", True), ("Search for:", False), ("Tags:", False),
     ("Compare:", False), ("Stay connected:", False)],
)
def test_a_one_or_two_word_intro_opens_a_list_of_the_story(
    separator: str, intro: str, kept: bool
) -> None:
    """"Pros:" over short items inside the story introduces a list of the story; a navigation
    label ending in a colon heads links."""
    items = ["Quiet Reading Room", "Late Opening on Fridays", "Free Parking"]
    block = "\n".join([intro, *items])
    page = separator.join(["Council closes the old library", *STORY[:2], block, *STORY[2:]])
    body = _body(page).split("\n")
    assert (intro in body) is kept
    # (the last item, over a paragraph, may pass for a subheading either way)
    assert all((item in body) is kept for item in items[:-1])


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Maria Lindqvist is a freelance writer based in Uppsala who covers local politics.",
         False),
        ("Maria has written for the paper since 2012 and lives by the river with two dogs.",
         False),
        ("Maria Lindqvist, a former teacher, writes about schools and the people who run them.",
         False),
        # the story's own people, and a name that only starts like the author's
        ("Jonas Berg is the librarian who ran the building for thirty years, until last May.",
         True),
        ("Marian Holt is the librarian who ran the building for thirty years, until last May.",
         True),
        # the author's first name as a word of the story
        ("Maria has also said the library would keep its evening hours until the last week.",
         True),
    ],
    ids=["full name", "first name", "apposition", "another person", "longer first name",
         "first name in a sentence"],
)
def test_the_byline_author_s_bio_is_not_story(separator: str, line: str, kept: bool) -> None:
    """A paragraph introducing the byline's author in the third person is the author's bio
    box, wherever the page puts it."""
    page = separator.join(
        ["Council closes the old library", "By Maria Lindqvist", *STORY[:3], line, STORY[3]]
    )
    assert (line in _body(page)) is kept


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
def test_the_heading_of_the_author_s_bio_box_goes_with_it(separator: str) -> None:
    bio = "Maria Lindqvist is a freelance writer based in Uppsala who covers local politics."
    page = separator.join(
        ["Council closes the old library", "By Maria Lindqvist", *STORY, "About Maria Lindqvist",
         bio]
    )
    body = _body(page)
    assert bio not in body
    assert "About Maria Lindqvist" not in body


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The old reading room of the library, seen from the gallery in 1950.", False),
        ("Council Approves New Budget for the Harbour District", False),
        ("Two words", True),  # too short to tell: a label, a refrain
    ],
    ids=["caption", "card title", "short line"],
)
def test_a_line_printed_twice_in_a_row_is_not_story(
    separator: str, line: str, kept: bool
) -> None:
    """An image's alt text over its caption (or a card's title over its link) prints the same
    line twice in a row: neither copy is story text."""
    page = separator.join(
        ["Council closes the old library", *STORY[:2], line, line, "8 October 2019", *STORY[2:]]
    )
    assert (line in _body(page).split("\n")) is kept


MENU_BLURBS = [
    ("Cordless Drills",
     "Compact cordless drills with two batteries, a fast charger and a hard case."),
    ("Garden Tools",
     "Spades, rakes and shears for every bed, with a lifetime guarantee on blades."),
    ("Paint Supplies",
     "Rollers, brushes and trays for a clean finish on walls, doors and ceilings."),
]
OPENING = [
    "Library staff began packing the rare books on Monday, a job they expect to take most of "
    "the winter.",
    "Volunteers from the historical society will help sort the maps and photographs before "
    "the move.",
]
LONG_STORY = [f"{STORY[n % 4][:-1]}, in part {n + 1} of the report." for n in range(20)]


@pytest.mark.parametrize(
    ("top", "headline_below", "dropped"),
    [
        ([line for pair in MENU_BLURBS for line in pair], True, True),
        # the same cards under the headline: as often the story's own (a glossary of settings)
        ([line for pair in MENU_BLURBS for line in pair], False, False),
        # the story's own opening paragraphs, run into one another, above a long table
        (OPENING, True, False),
    ],
    ids=["menu blurbs", "cards under the headline", "story opening"],
)
def test_card_blurbs_above_the_headline_do_not_start_the_story_in_a_wet_record(
    top: list[str], headline_below: bool, dropped: bool
) -> None:
    """In a dump without empty lines, a light group of card blurbs (a title line between each
    two) above the headline, far above the story's main part, is a mega menu, not the story's
    start."""
    from newsparse.document import Role
    from newsparse.stages.body import _story_start
    from newsparse.stages.furniture import prose_line
    from newsparse.textblocks import text_document

    gap = [f"Section {n}" for n in range(25)]
    title = "Council closes the old library"
    lines = [*top, *gap, title, *LONG_STORY] if headline_below else [title, *top, *gap, *LONG_STORY]
    doc = text_document("\n".join(lines))
    doc.label(doc.segments[lines.index(title)], Role.HEADLINE, "test", "headline")
    prose = [s.index for s in doc.segments if s.label is None and prose_line(s)]
    first_story_line = lines.index(LONG_STORY[0])
    first_top_prose = next(i for i, line in enumerate(lines) if line in top and line.endswith("."))
    assert _story_start(doc, prose, set()) == (first_story_line if dropped else first_top_prose)


def test_each_intro_in_a_wet_record_opens_its_own_short_list() -> None:
    """A run of "label:" intros, each over two short lines, is a list of the story, however long
    the run: the next intro ends the list above it."""
    picks = []
    for n in range(6):
        picks += [f"Best pick number {n + 1}:", f"Acme Drill {n + 1}", f"4.{n} out of 5"]
    page = "\n".join(["Council closes the old library", *STORY[:2], *picks, *STORY[2:]])
    body = _body(page).split("\n")
    assert all(line in body for line in picks)


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        # a wire's end mark run on after the last sentence: the sentence stays, the mark goes
        ("Experts said the new quay would ease the queues at the older port. Enditem",
         "Experts said the new quay would ease the queues at the older port."),
        ("Experts said the new quay would ease the queues at the older port. (END)",
         "Experts said the new quay would ease the queues at the older port."),
        # a word of the sentence is no mark
        ("Experts said the queues at the port would end", None),
    ],
)
def test_wire_end_mark_after_the_last_sentence(last: str, kept: str | None) -> None:
    page = (
        "Port opens a new quay\n"
        "BEIJING, March 12 (Xinhua) -- A new quay opened on Tuesday at the harbour, raising its "
        "yearly capacity by a third, officials said.\n"
        "The quay, built over four years, has twelve berths and can take the largest ships now "
        "at sea, the port authority said.\n"
        f"{last}\n"
    )
    article = newsparse.parse(page, kind="text")
    if kept is not None:
        assert article.paragraphs[-1].text == kept
    assert "Enditem" not in article.text and "(END)" not in article.text
