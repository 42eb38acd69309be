"""Pull quotes in HTML: a repeated line is a quote box only when its markup sets it apart."""

from __future__ import annotations

import pytest

import newsparse

PARAGRAPHS = (
    "<p>The council approved the new budget on Tuesday after a debate that lasted well into the "
    "night, with several members raising concerns about the cost of road repairs.</p>"
    "<p>The mayor said residents had waited long enough for the roads to be fixed, and that "
    "the city could no longer put off the work it had promised for years.</p>"
    "<p>Opposition members said the plan relied on optimistic forecasts of tax income and "
    "would leave the city with little room to respond to another bad winter.</p>"
)
REPEATED = "Residents had waited long enough for the roads to be fixed, the mayor said"


def _page(inner: str) -> str:
    return (
        "<html><head><title>Council approves budget</title></head><body><article>"
        f"<h1>Council approves budget</h1>{inner}</article></body></html>"
    )


def test_quote_box_in_an_aside_is_a_pull_quote() -> None:
    article = newsparse.parse(
        _page(
            f"{PARAGRAPHS}<aside><p>{REPEATED}</p><p>Jane Doe, mayor</p></aside>"
            f"<p>{REPEATED} on Tuesday night, after the vote that approved the budget.</p>"
        )
    )
    assert [q.text for q in article.pull_quotes] == [REPEATED]
    assert article.pull_quotes[0].attribution == "Jane Doe, mayor"
    assert REPEATED not in [b.text for b in article.paragraphs]


def test_repeated_line_without_quote_markup_stays_in_the_body() -> None:
    line = "Amazon discounts laptops and tablets by up to forty percent this week"
    article = newsparse.parse(
        _page(
            f"<ul><li>{line}</li><li>Short note</li></ul>{PARAGRAPHS}"
            f"<h2>{line}</h2><p>Deals start today</p>"
        )
    )
    assert article.pull_quotes == ()
    assert line in [b.text for b in article.paragraphs]


def test_pull_quote_hidden_from_screen_readers_only_is_found() -> None:
    article = newsparse.parse(
        _page(
            f"{PARAGRAPHS}"
            f'<aside class="pullquote-embed" aria-hidden="true" role="presentation">'
            f'<span class="pullquote-embed__content"><p>{REPEATED}</p></span></aside>'
            f"<p>{REPEATED} on Tuesday night, after the vote that approved the budget.</p>"
        )
    )
    assert [q.text for q in article.pull_quotes] == [REPEATED]


def test_hidden_block_is_still_hidden() -> None:
    article = newsparse.parse(
        _page(f'{PARAGRAPHS}<div class="promo" aria-hidden="true"><p>{REPEATED}</p></div>')
    )
    assert article.pull_quotes == ()
    assert REPEATED not in article.text


STORY_TEXT = (
    "Ledgerly is a free bookkeeping tool for small shops with one to five staff, and the "
    "best free bookkeeping app for independent designers who send a handful of invoices a "
    "month.\n\n"
    "Teachers said the cuts had left them buying pens and paper for their classes, and the "
    "head said: \u201cWe are being asked to run schools on goodwill, and the goodwill has run "
    "out.\u201d\n\n"
)


def test_page_text_repeated_subheading_is_not_a_pull_quote() -> None:
    article = newsparse.parse(
        "Free accounting software\n\n" + STORY_TEXT
        + "Ledgerly: best free bookkeeping app for independent designers\n"
        + "Ledgerly is built for small teams that send a few invoices each month and want "
        "their books done in minutes rather than hours, the company says.\n",
        kind="text",
    )
    assert article.pull_quotes == ()


def test_page_text_pull_quote_without_full_stop_before_its_speaker() -> None:
    article = newsparse.parse(
        "Schools run out of money\n\n" + STORY_TEXT
        + "We are being asked to run schools on goodwill, and the goodwill has run out\n"
        + "Deborah Kell, headteacher\n\n"
        + "The council said it would review the budget for schools in the spring, after the "
        "complaints from teachers and parents.\n",
        kind="text",
    )
    assert [(q.text, q.attribution) for q in article.pull_quotes] == [
        ("We are being asked to run schools on goodwill, and the goodwill has run out",
         "Deborah Kell, headteacher")
    ]


def test_obfuscated_two_letter_classes_are_no_quote_box() -> None:
    """Generated class names ("pw-post-body-paragraph pq pr ps") may spell a pull-quote
    abbreviation by chance: every paragraph of such a story stays in the body."""
    paragraphs = PARAGRAPHS.replace("<p>", '<p class="pw-post-body-paragraph pq pr ps pt">')
    article = newsparse.parse(_page(paragraphs))
    assert article.pull_quotes == ()
    assert len(article.paragraphs) == 3


SECTION = (
    "Renovation costs depend on several things, such as the size of the room, the materials "
    "you choose and the rates builders charge where you live."
)
BUILDERS = (
    "Builders in large cities charge more than those in small towns, and the gap has grown "
    "over the last ten years.\n\n"
)
TAX_STORY = (
    "Harbour dues are a fee charged on boats that moor in the port, set at a share of the "
    "length of the hull that each town decides for itself.\n\n"
    "So how on earth do I pick which mooring is right for my boat? There is no single "
    "answer, and the right choice depends on the work you run.\n\n"
    "Let us look at the plan the builders drew for the small slipway we asked for.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # A section printed twice (tabs, a mobile copy): each copy is followed by a heading.
        (f"Regional costs\n{SECTION}\nKey Factors\n\n{BUILDERS}Regional costs\n{SECTION}\n"
         "Key Factors\n\n", SECTION),
        # A lone word after an exact repeat is a heading, not a speaker.
        (f"{SECTION}\n\n{BUILDERS}{SECTION}\nOverview\n\n", SECTION),
        # A glossary entry sums up a story paragraph.
        ("Harbour dues: A fee charged on boats that moor in the port, set at a share.\n\n",
         "Harbour dues: A fee charged on boats that moor in the port"),
        # An FAQ question repeats a sentence of the story.
        ("How do I pick which mooring is right for my boat?\n\n",
         "How do I pick which mooring is right for my boat?"),
        # A list's lead-in repeats a line of the story.
        ("Look at the plan the builders drew for the small slipway:\n\n",
         "Look at the plan the builders drew for the small slipway:"),
        # The same words in another order are no repeat.
        ("The right choice for me depends on the answer and the work there is.\n\n",
         "The right choice for me depends on the answer and the work there is."),
    ],
)
def test_page_text_repeated_story_line_is_no_pull_quote(tail: str, kept: str) -> None:
    """Lines a page text repeats for other reasons than a quote box stay in the body."""
    article = newsparse.parse(
        "Home renovation costs\n\n" + STORY_TEXT + TAX_STORY + BUILDERS + tail
        + "The council said it would review the rules for builders in the spring, after the "
        "complaints from owners.\n",
        kind="text",
    )
    assert article.pull_quotes == ()
    assert kept in article.text


QUOTED_STORY = (
    "From farms to bakeries, even old firms now use the new sorting machines to cut their "
    "waste. \u201cThe machines are changing, or will change, every trade, and owners need to "
    "learn the basics and the limits,\u201d said Ana Ruiz, who teaches at the college.\n\n"
    "Owners do not need every detail, she added, but they should know what the machines do "
    "and what they cannot do, before they buy one for their shop.\n\n"
    "Sorting at work\n\n"
    "The owners said the machines paid for themselves within a year of use on most farms.\n\n"
)
BOX_LINE = (
    "The machines are changing, or will change, every trade, and owners need to learn the "
    "basics and the limits."
)


@pytest.mark.parametrize(
    ("reason", "found"),
    [
        ("footer", True),  # a footer run swallowed the quote box
        ("newsletter", False),  # a sign-up box's line is never a quote box
    ],
)
def test_page_text_quote_box_taken_for_furniture(reason: str, found: bool) -> None:
    """Page text: a line the boilerplate stage took for furniture that repeats a passage the
    story prints in quotation marks is a pull quote."""
    from newsparse.document import Role
    from newsparse.load import load
    from newsparse.stages.pull_quotes import pull_quotes

    doc = load(
        "Machines on the farm\n\n" + QUOTED_STORY + BOX_LINE + "\nAna Ruiz College Teacher\n\n"
        "Farmers said the machines paid for themselves within a year, the survey found.\n",
        kind="text",
    )
    box = next(s for s in doc.segments if s.text == BOX_LINE)
    doc.label(box, Role.BOILERPLATE, "boilerplate", reason)
    pull_quotes(doc)
    assert [q.text for q in doc.pull_quotes] == ([BOX_LINE] if found else [])


@pytest.mark.parametrize(
    ("quote", "paragraph", "expected"),
    [
        (
            "machines are changing or will change",
            "He said: \u201cMachines are changing, or will change, all.\u201d",
            True,
        ),
        ("machines are changing or will change", "\u00abMachines are changing or will\u00bb", True),
        (
            "machines are changing or will change",
            "Machines are changing, or will change.",
            False,
        ),  # no quotation mark: the words are the writer's
        ("machines are changing or will change", "\u201cMost machines are changing\u201d", False),
    ],
)
def test_quoted_in(quote: str, paragraph: str, expected: bool) -> None:
    from newsparse.stages.pull_quotes import _quoted_in

    assert _quoted_in(quote.split(), paragraph) is expected


SIGNUP_STORY = (
    "Cleaning firms expect a busy year, as more offices hire outside crews for the work their "
    "own staff used to do, the trade group said in its yearly report.\n\n"
    "Try Sweeply for 14 days to see how easy it is to run your cleaning business.\n"
    "Company Name\n"
    "Demand for deep cleaning rose fastest, with hospitals and schools asking for more "
    "visits each week than they did before the pandemic.\n\n"
    "Firms that train their staff well keep them longer, and the report says pay is the "
    "main reason cleaners leave for other jobs.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Try Sweeply for 14 days to see how easy running your cleaning business can be.\n"
        "Company Name\n",
        "Try Sweeply for 14 days to see how easy running your cleaning business can be.\n"
        "Company Name\nStart Now\n",
    ],
)
def test_page_text_box_printed_twice_is_no_pull_quote(tail: str) -> None:
    """A sign-up box printed twice (its copies run on into the same field line) holds no
    pull quote, however its wording differs."""
    article = newsparse.parse("Cleaning trends\n\n" + SIGNUP_STORY + tail, kind="text")
    assert article.pull_quotes == ()


@pytest.mark.parametrize(
    ("reason", "attributions"),
    [("footer", ["Deborah Kell, headteacher"]), ("newsletter", []), ("cookie", [])],
)
def test_page_text_box_field_is_no_speaker(reason: str, attributions: list[str]) -> None:
    """The line under a quote box that the boilerplate stage took for a sign-up or cookie box's
    line ("Email Address") names no speaker (so it vouches for no unpunctuated quote); other
    furniture may."""
    from newsparse.document import Role
    from newsparse.load import load
    from newsparse.stages.pull_quotes import pull_quotes

    doc = load(
        "Schools run out of money\n\n"
        + STORY_TEXT
        + "We are being asked to run schools on goodwill, and the goodwill has run out\n"
        + "Deborah Kell, headteacher\n\n"
        + "The council said it would review the budget for schools in the spring, after the "
        "complaints from teachers and parents.\n",
        kind="text",
    )
    speaker = next(s for s in doc.segments if s.text == "Deborah Kell, headteacher")
    doc.label(speaker, Role.BOILERPLATE, "boilerplate", reason)
    pull_quotes(doc)
    assert [q.attribution for q in doc.pull_quotes] == attributions


CUT_STORY = (
    "The survey took a whole summer and the plans are expected to change a lot before the "
    "bridge opens next year, which leaves the river as the one thing the engineers can plan "
    "around.\n\n"
)
CUT_BOX = "The river is the one thing the engineers can plan around"


@pytest.mark.parametrize(
    ("story", "found"),
    [
        # the box reprises the paragraph right above it, cut before its final stop
        (CUT_STORY + CUT_BOX + "\n\n" + BUILDERS, [CUT_BOX]),
        # the same line far below its paragraph opens a section: a subheading
        (CUT_STORY + BUILDERS + TAX_STORY + CUT_BOX + "\n\n" + BUILDERS, []),
        # opening in lower case: an image's description or a video's title
        (CUT_STORY + CUT_BOX.lower() + "\n\n" + BUILDERS, []),
        # a list's item under a heading sums up the story
        (CUT_STORY + "What the panel found\n" + CUT_BOX + "\n\n" + BUILDERS, []),
        # a card's title under its image's description: no longer passage around it
        (f"Image for: {CUT_BOX}\n{CUT_BOX}\n\n" + BUILDERS, []),
        # a list item's lead: the paragraph opens with the same words
        (f"{CUT_BOX}, as the list below shows for each of the five models we tried this "
         f"spring.\n{CUT_BOX}\n\n" + BUILDERS, []),
        # the words run on in the paragraph: no sentence ends with them
        ("The survey was short, and the plans will change before work starts, but the river "
         "is the one thing the engineers can plan around, its width and its floods, today.\n"
         f"{CUT_BOX}\n\n" + BUILDERS, []),
    ],
)
def test_page_text_cut_quote_reprising_the_paragraph_above(story: str, found: list[str]) -> None:
    """Page text: a line cut before its sentence ends, with no speaker under it, is a pull
    quote when it repeats the words of the story paragraph just above it."""
    article = newsparse.parse("Bridge plans take shape\n\n" + STORY_TEXT + story, kind="text")
    assert [q.text for q in article.pull_quotes] == found


COUNCIL_STORY = (
    "One long-serving councillor said: \u201cWe waited far too long for this bridge, and the "
    "town paid for every month of that delay.\u201d\n\n"
)
COUNCIL_BOX = (
    "We waited far too long for this bridge, and the town paid for every month of that delay"
)


@pytest.mark.parametrize(
    ("speaker", "found"),
    [
        # the box cut before its stop, its speaker described as the story describes them
        ("A long-serving councillor", [(COUNCIL_BOX, "A long-serving councillor")]),
        # a described speaker the story does not name: the line under the box is no speaker
        ("A senior engineer", [(COUNCIL_BOX, None)]),
        # a heading under the box is no speaker either
        ("What happens next", [(COUNCIL_BOX, None)]),
        # one word after the article is too little to tell a speaker from a heading
        ("A councillor", [(COUNCIL_BOX, None)]),
    ],
)
def test_page_text_cut_quote_of_a_quoted_passage(
    speaker: str, found: list[tuple[str, str | None]]
) -> None:
    """Page text: a quote box cut before its stop, two paragraphs below the passage the story
    quotes, is a pull quote; a line under it is its speaker when it describes them in the
    story's words ("A long-serving councillor" for "one long-serving councillor")."""
    story = COUNCIL_STORY + COUNCIL_BOX + "\n\n" + speaker + "\n\n" + BUILDERS
    article = newsparse.parse("Bridge plans take shape\n\n" + STORY_TEXT + story, kind="text")
    assert [(q.text, q.attribution) for q in article.pull_quotes] == found


TESTIMONIAL = (
    "Your job ad should put the perks first, because that is what people look for before "
    "they ask about anything else in the work."
)
UPSELL = "You should always offer the next service up, even when nobody asked you for it."
CLEANING_STORY = (
    "Cleaning firms expect a busy year, as more offices hire outside crews for the work their "
    "own staff used to do, the trade group said in its yearly report.\n\n"
    "Firms that train their staff well keep them longer, and the report says pay is the "
    "main reason cleaners leave for other jobs.\n\n"
)
CLEANING_MORE = (
    "Demand for deep cleaning rose fastest, with hospitals and schools asking for more "
    "visits each week than they did before the pandemic.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "found"),
    [
        # a portrait line naming the speaker, then the speaker's line
        (f"{TESTIMONIAL}\nHeadshot of Marla Quince\nMarla Quince Bright Nest Cleaning\n\n",
         [(TESTIMONIAL, "Marla Quince Bright Nest Cleaning")]),
        (f"{TESTIMONIAL}\nPhoto of Marla Quince of Bright Nest.\n"
         "Marla Quince, Bright Nest Cleaning\n\n",
         [(TESTIMONIAL, "Marla Quince, Bright Nest Cleaning")]),
        # lynx prints the portrait's alt text in brackets
        (f"{TESTIMONIAL}\n[Headshot of Marla Quince]\nMarla Quince Bright Nest Cleaning\n\n",
         [(TESTIMONIAL, "Marla Quince Bright Nest Cleaning")]),
        # the portrait names someone else: no speaker
        (f"{TESTIMONIAL}\nHeadshot of Marla Quince\nJane Roe Bright Nest Cleaning\n\n", []),
        # a bio in the third person above a portrait: no one speaks
        ("Her coaching makes running easy and guides women to their goals through a team of "
         "support.\nHeadshot of Marla Quince\nMarla Quince\n\n", []),
        # a story paragraph quoting someone else
        ("\u201cYou can send estimates and bills,\u201d Lund says of the app she uses each "
         "day.\nHeadshot of Marla Quince\nMarla Quince\n\n", []),
        # a name line under a passage, even under two: buttons and card labels stand there too
        (f"{TESTIMONIAL}\nPetra Lund Shoreline Washing\n\n", []),
        (f"{TESTIMONIAL}\nVisit Website\n\n{CLEANING_MORE}{UPSELL}\nVisit Website\n\n", []),
    ],
)
def test_page_text_quote_printed_once_with_its_speaker(
    tail: str, found: list[tuple[str, str]]
) -> None:
    """Page text: a passage printed once is a pull quote when its speaker sets it apart: a
    portrait line and a line opening with that name. It is the story's only copy, so it stays
    in the body and the quote points at it."""
    article = newsparse.parse(
        "Cleaning trends\n\n" + CLEANING_STORY + tail + CLEANING_MORE, kind="text"
    )
    assert [(q.text, q.attribution) for q in article.pull_quotes] == found
    for quote in article.pull_quotes:
        assert quote.repeats_paragraph is not None
        assert article.paragraphs[quote.repeats_paragraph].text == quote.text
    for text, _ in found:
        assert text in article.text
        assert "Headshot" not in article.text


def test_page_text_writer_portrait_is_no_speaker() -> None:
    """The story's last paragraph above its writer's own box (portrait, name) is no quote."""
    article = newsparse.parse(
        "Cleaning trends\n\nBy Marla Quince\n\n" + CLEANING_STORY + TESTIMONIAL
        + "\nHeadshot of Marla Quince\nMarla Quince Contributing Writer\n\n"
        + CLEANING_MORE,
        kind="text",
    )
    assert article.byline is not None and article.byline.people == ("Marla Quince",)
    assert article.pull_quotes == ()
