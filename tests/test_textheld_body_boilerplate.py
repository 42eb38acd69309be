"""Page text, held-out round 5: body, boilerplate and page furniture on layouts the fixtures
lacked (live blogs, Q&A interviews, ad breaks and audio players in other languages, sign-up boxes
in dumps without blank lines, lists printed without bullets). Every page here is invented."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.model import BlockKind
from newsparse.stages.boilerplate import furniture_reason

HEADER = ["The Valley Wire", "News", "Politics", "Sport", "Weather"]

STORY = [
    "The county board voted on Wednesday to raise the tourist levy by two per cent from "
    "April, the first increase in more than a decade.",
    "Board chair Imelda Forsyth said the money would pay for new footpaths along the river "
    "and a second shuttle bus in the summer months.",
    "Several hotel owners told the meeting that the increase would push visitors to "
    "neighbouring counties where the levy is lower.",
    "A final vote on how the money is spent is expected at the board's next meeting in "
    "March, officials said after the session ended.",
]


def _parse(*lines: str) -> newsparse.Article:
    return newsparse.parse("\n".join(lines), kind="text")


def _texts(article: newsparse.Article) -> list[str]:
    return [block.text for block in article.paragraphs]


# --- a live blog: each post closes with its own share button ---------------------------------

POSTS = [
    (
        "16:40 GMT",
        "Minister leaves the chamber",
        "The transport minister has left the chamber after taking questions from members "
        "for just under two hours this afternoon.",
    ),
    (
        "16:12 GMT",
        "Rail fares to be frozen",
        "Rail fares will be frozen for the next twelve months, the minister has told members, "
        "at a cost of about £400m to the treasury.",
    ),
    (
        "15:51 GMT",
        "Questions begin",
        "The minister is on her feet and has begun answering questions on the delays to the "
        "new northern line, which is now three years late.",
    ),
]


@pytest.mark.parametrize("button", ["Share", "Share (4)"], ids=["bare", "with count"])
def test_live_blog_posts_under_share_buttons_are_all_kept(button: str) -> None:
    lines = [*HEADER, "Live", "Transport questions: minister faces MPs"]
    for stamp, title, text in POSTS:
        lines += [stamp, title, text, button]
    lines += ["Load more posts", "Privacy Policy", "© 2026 The Valley Wire"]
    body = _texts(_parse(*lines))
    for _, _, text in POSTS:
        assert text in body


def test_share_button_closing_the_story_still_ends_it() -> None:
    teaser = (
        "Residents of the valley are invited to a drop-in session at the library next week to "
        "give their views on the new bus routes."
    )
    article = _parse(
        *HEADER, "County board raises tourist levy", *STORY, "Share", "More from the valley",
        teaser, "Terms of use",
    )
    body = _texts(article)
    assert body[: len(STORY)] == STORY
    assert teaser not in body


# --- ad breaks and audio players in other languages -------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Continua após a publicidade", "promo"),
        ("Continua depois da publicidade", "promo"),
        ("Publicidade", "promo"),
        ("La suite après cette publicité", "promo"),
        ("Weiter nach der Anzeige", "promo"),
        ("L'articolo continua dopo la pubblicità", "promo"),
        ("Sigue después de la publicidad", "promo"),
        ("Artikel anhören", "promo"),
        ("Écouter cet article", "promo"),
        ("Ouvir o texto", "promo"),
        ("Ascolta l'articolo", "promo"),
        ("Escuchar este artículo", "promo"),
        ("Listen to the story", "promo"),
        (
            "Your details are handled in accordance with our Privacy Notice.",
            "disclaimer",
        ),
        (
            "Your information is being used in accordance with the Privacy Collection Statement.",
            "disclaimer",
        ),
    ],
)
def test_ad_break_and_player_lines_are_furniture(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "A publicidade da campanha custou dois milhões de reais ao governo do estado.",
        "Your information about the new bus routes was passed to the board, he said.",
    ],
)
def test_story_lines_naming_the_words_are_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None


def test_portuguese_ad_break_line_leaves_the_story() -> None:
    story = [
        "O preço do pão francês subiu 12% nos últimos doze meses, segundo levantamento "
        "divulgado nesta segunda-feira pelo instituto de pesquisas.",
        "A alta é a maior desde 2020 e já pesa na inflação de alimentos, disse a economista "
        "Lúcia Arantes em entrevista à rádio.",
        "Segundo os padeiros, a farinha de trigo ficou mais cara depois da quebra da safra "
        "na Argentina no começo do ano.",
    ]
    article = _parse(
        "Folha do Vale", "Economia", "Preço do pão sobe 12% no ano", story[0], story[1],
        "Continua após a publicidade", story[2], "Termos de uso",
    )
    assert _texts(article) == story


# --- a sign-up box inside a dump without blank lines -----------------------------------------


@pytest.mark.parametrize(
    "pitch",
    [
        ["Delivered every weekday morning."],
        ["The day's local news, free.", "One email a day."],
    ],
    ids=["one line", "two lines"],
)
def test_newsletter_pitch_between_title_and_small_print_is_the_box(pitch: list[str]) -> None:
    article = _parse(
        *HEADER, "County board raises tourist levy", *STORY[:2], "Get our morning newsletter",
        *pitch, "Your details are handled in accordance with our Privacy Notice.", *STORY[2:],
        "© 2026 The Valley Wire",
    )
    assert _texts(article) == STORY


# --- a Q&A interview: the questions are text, not subheadings ----------------------------------


@pytest.mark.parametrize(
    "questions",
    [
        ["Q: How did it start?", "Q: Was it hard?"],
        ["F: Wie fing es an?", "F: War es schwer?"],
    ],
    ids=["english", "german Frage"],
)
def test_interview_questions_are_paragraphs(questions: list[str]) -> None:
    answers = [
        "A: With a letter from a reader who had found her grandfather's diary in an attic "
        "and wanted someone to read it with her.",
        "A: Harder than any book before it. I rewrote the middle section four times and "
        "threw away almost a hundred pages of it.",
    ]
    if questions[0].startswith("F:"):
        answers = ["A" + answer[1:] for answer in answers]
    article = _parse(
        *HEADER, "'I rewrote it four times': a writer on her new book", STORY[0],
        questions[0], answers[0], questions[1], answers[1], STORY[1],
    )
    blocks = {block.text: block.kind for block in article.paragraphs}
    for question in questions:
        assert blocks[question] is BlockKind.PARAGRAPH


# --- a list printed without bullets (innerText drops them) -------------------------------------


def test_short_lines_under_a_list_intro_are_list_items() -> None:
    items = ["people over 70", "babies and young children", "anyone working outdoors"]
    article = _parse(
        *HEADER, "Heat warning for the valley", STORY[0],
        "Health officials say these groups should take extra care:", *items, *STORY[1:],
    )
    kinds = {block.text: block.kind for block in article.paragraphs}
    assert [kinds[item] for item in items] == [BlockKind.LIST_ITEM] * len(items)
    assert kinds[STORY[1]] is BlockKind.PARAGRAPH


# --- the headline under a standfirst of two sentences ------------------------------------------


@pytest.mark.parametrize(
    ("above", "title"),
    [
        (
            "The midfielder had not scored since the spring. Now he has three goals in his "
            "last two games",
            "Okafor ends his drought as Riverside beat Elmbridge",
        ),
        (
            "Passengers have waited three years for the new timetable. Most of them will have "
            "to wait another one",
            "Northern rail timetable delayed again until next spring",
        ),
    ],
)
def test_headline_under_a_two_sentence_standfirst(above: str, title: str) -> None:
    article = _parse(
        "Menu", "The Valley Wire", "Sport", above, title, "Jonah Whitcombe",
        "Sunday 18 October 2026 19:45 BST", *STORY,
    )
    assert article.headline == title


def test_long_headline_with_an_abbreviation_stays_the_headline() -> None:
    title = (
        "Gov. Hale calls lawmakers back to the capitol for a special session on road funding "
        "in August"
    )
    standfirst = "The session could split his own party before the primary, analysts say."
    article = _parse(
        "Menu", "The Valley Wire", "Politics", title, standfirst, "By Jonah Whitcombe",
        "Aug. 4, 2026", *STORY,
    )
    assert article.headline == title


# --- numbered questions as an explainer's subheadings ------------------------------------------

ANSWERS = [
    "Engineers found cracks in two of the six piers during a routine check last month, and the "
    "county closed the bridge the same afternoon.",
    "Not before September at the earliest, the county says, because the repairs need a "
    "specialist crane that is booked until the summer.",
    "Heavy vehicles are sent along the county road to the north, which adds about twenty "
    "minutes to the journey at busy times.",
]


@pytest.mark.parametrize("blank", [False, True], ids=["line per block", "blank lines"])
def test_numbered_title_lines_over_paragraphs_are_headings(blank: bool) -> None:
    questions = ["Why did the bridge close?", "When will it reopen?", "Where does the traffic go?"]
    lines = [*HEADER, "The Mill Bridge closure explained", STORY[0]]
    for number, (question, answer) in enumerate(zip(questions, ANSWERS, strict=True), 1):
        lines += [f"{number}. {question}", answer]
    lines += ["© 2026 The Valley Wire"]
    text = ("\n\n" if blank else "\n").join(lines)
    blocks = {b.text: b.kind for b in newsparse.parse(text, kind="text").paragraphs}
    assert [blocks[q] for q in questions] == [BlockKind.HEADING] * len(questions)
    assert [blocks[a] for a in ANSWERS] == [BlockKind.PARAGRAPH] * len(ANSWERS)


def test_numbered_list_under_its_intro_stays_a_list() -> None:
    items = ["Check the tyre pressure", "Top up the screen wash", "Test the lights"]
    article = _parse(
        *HEADER, "What to check on your car before the first frost of winter",
        "By Jonah Whitcombe", "Nov. 2, 2026", STORY[0], "Before a long trip, the club advises:",
        *(f"{n}. {item}" for n, item in enumerate(items, 1)), *STORY[1:],
    )
    blocks = {b.text: b.kind for b in article.paragraphs}
    assert [blocks[item] for item in items] == [BlockKind.LIST_ITEM] * len(items)


# --- a section named by the breadcrumb trail is no masthead -----------------------------------


def test_kicker_naming_the_last_crumb_is_not_the_site_name() -> None:
    article = _parse(
        "Zum Inhalt", "Anmelden", "Startseite / Bayern / Oberland", "OBERLAND",
        "Gemeinderat stimmt für neue Umgehungsstraße",
        "Der Gemeinderat hat am Dienstag mit großer Mehrheit für den Bau der neuen "
        "Umgehungsstraße gestimmt, die den Ortskern entlasten soll.",
        "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und rund zwei Jahre dauern, "
        "sagte der Bürgermeister nach der Sitzung.",
        "Anwohner hatten sich seit Jahren über den Lärm und die Abgase der Lastwagen in der "
        "engen Hauptstraße beschwert.",
        "Schlagwörter", "Oberland", "Verkehr",
    )
    assert article.section_path == ("Bayern", "Oberland")
    assert article.site_name != "OBERLAND"


def test_two_sentence_standfirst_above_the_headline_is_the_standfirst() -> None:
    above, title = (
        "The midfielder had not scored since the spring. Now he has three goals in his last "
        "two games",
        "Okafor ends his drought as Riverside beat Elmbridge",
    )
    article = _parse(
        "Menu", "The Valley Wire", "Sport", above, title, "Jonah Whitcombe",
        "Sunday 18 October 2026 19:45 BST", *STORY,
    )
    assert article.standfirst == above
    assert above not in _texts(article)


@pytest.mark.parametrize(
    ("asker", "answerer"),
    [("Mira Kowal", "Teodor Vance"), ("KOWAL", "VANCE")],
    ids=["full names", "caps surnames"],
)
def test_speaker_named_turns_are_paragraphs(asker: str, answerer: str) -> None:
    questions = [f"{asker}: How did it start?", f"{asker}: Was it hard?", f"{asker}: What next?"]
    answers = [
        f"{answerer}: With a letter from a reader who had found her grandfather's diary in an "
        "attic and wanted someone to read it with her.",
        f"{answerer}: Harder than any book before it. I rewrote the middle section four times "
        "and threw away almost a hundred pages.",
        f"{answerer}: A collection of short stories, all set on one street during one long "
        "summer, which I hope to finish next year.",
    ]
    turns = [line for pair in zip(questions, answers, strict=True) for line in pair]
    article = _parse(
        *HEADER, "'I rewrote it four times': a writer on her new book", STORY[0], *turns,
        STORY[1],
    )
    blocks = {block.text: block.kind for block in article.paragraphs}
    assert [blocks[q] for q in questions] == [BlockKind.PARAGRAPH] * len(questions)


# --- an ad break inside a paragraph's sentence -------------------------------------------------


@pytest.mark.parametrize(
    "ad",
    [
        ["Advertisement"],
        ["Advertisement", "SKIP ADVERTISEMENT"],
        ["Story continues below advertisement"],
    ],
    ids=["one line", "two lines", "continues below"],
)
def test_paragraph_cut_by_an_ad_break_is_joined(ad: list[str]) -> None:
    head = (
        "Crews from four fire departments spent five hours on Tuesday fighting a blaze at the "
        "old feed mill, and neighbours were told to stay indoors while they worked to keep the"
    )
    tail = "smoke away from the primary school across the road."
    article = _parse(
        *HEADER, "Feed mill fire keeps crews busy for five hours", "By Jonah Whitcombe",
        "Oct. 21, 2026", head, *ad, tail, *STORY,
    )
    body = _texts(article)
    assert body[0] == f"{head} {tail}"
    assert body[1:] == STORY


def test_paragraphs_either_side_of_an_ad_break_stay_apart() -> None:
    article = _parse(
        *HEADER, "County board raises tourist levy", "By Jonah Whitcombe", "Oct. 21, 2026",
        STORY[0], "Advertisement", STORY[1], *STORY[2:],
    )
    assert _texts(article) == STORY


# --- the writer's contact line under the story -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Contact Jonah Whitcombe at jwhitcombe@valleywire.example or follow him on X @jonahw.",
        "Email Ana Ruiz at aruiz@valleywire.example.",
        "Reach the reporter at news@valleywire.example.",
    ],
)
def test_writer_contact_line_closing_the_story_is_no_story_text(line: str) -> None:
    article = _parse(
        *HEADER, "County board raises tourist levy", "By Jonah Whitcombe", "Oct. 21, 2026",
        *STORY, line, "© 2026 The Valley Wire",
    )
    assert _texts(article) == STORY


def test_police_appeal_closing_the_story_stays() -> None:
    appeal = "Contact Crime Stoppers at 555-0100 with any information about the break-in."
    article = _parse(
        *HEADER, "County board raises tourist levy", "By Jonah Whitcombe", "Oct. 21, 2026",
        *STORY, appeal, "© 2026 The Valley Wire",
    )
    assert _texts(article) == [*STORY, appeal]


# --- a video player's playlist between the headline and the byline -----------------------------


@pytest.mark.parametrize(
    "durations", [("01:42", "00:58"), ("4:05", "1:02:33")], ids=["mm:ss", "h:mm:ss"]
)
def test_playlist_titles_above_the_byline_are_not_the_headline(durations: tuple[str, str]) -> None:
    title = "Drone video shows the Alder River over its banks after a night of storms"
    article = _parse(
        "Skip to content", "The Valley Wire", "Live", "Weather", "WATCH", title,
        "Now Playing", "Drone video shows the Alder River over its banks", durations[0],
        "Up Next", "Crews clear fallen trees in Eastbrook", durations[1],
        "Author: Jonah Whitcombe", "Published: 7:15 AM CDT June 3, 2026", *STORY,
    )
    assert article.headline == title


def test_lower_case_item_shaped_like_a_subheading_still_ends_the_list() -> None:
    """A bulletless item shaped like a subheading ends its list as the subheading did, so the
    menu under the next "...:" line (too long for a list) stays out of the story."""
    menu = [f"Archive link {n}" for n in range(1, 18)]
    article = _parse(
        *HEADER, "County board raises tourist levy", "By Jonah Whitcombe", "Oct. 21, 2026",
        STORY[0], "Browse the archive:", "geo.LX", "< prev | next >", "new | recent | 2026-03",
        "Switch the listing to:", *menu, *STORY[1:],
    )
    body = _texts(article)
    assert not any(line in body for line in menu[:-1])  # the last one heads the prose
