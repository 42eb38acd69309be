"""Held-out page-text layouts (round 5): a gallery's counter over its caption and credit,
credit labels for drawings and charts, a quote card with its speaker on the quote's line.
Invented examples."""

from __future__ import annotations

import pytest

import newsparse

STORY_ABOVE = (
    "The council approved the new budget on Tuesday after a debate that lasted well into the "
    "night, with several members raising concerns."
)
STORY_BELOW = (
    "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
    "expect more customers."
)
CAPTION = "Cyclists cross the new bridge at dawn on Monday."


def _captions(*lines: str) -> list[tuple[str, str | None]]:
    page = "\n".join(["Bridge opens", STORY_ABOVE, *lines, STORY_BELOW])
    article = newsparse.parse(page, kind="text")
    assert STORY_ABOVE in article.text and STORY_BELOW in article.text
    assert CAPTION not in article.text
    return [(caption.text, caption.credit) for caption in article.captions]


@pytest.mark.parametrize("counter", ["Image 2 of 6", "2 of 6", "Photo 3/8", "Bild 2 von 9"])
@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("Anita Roe / Valley Echo", "Anita Roe / Valley Echo"),
        ("Anita Roe | Harbour Post", "Anita Roe | Harbour Post"),
    ],
)
def test_a_gallerys_counter_over_its_caption_and_a_bare_credit(
    counter: str, credit_line: str, credit: str
) -> None:
    assert _captions(counter, CAPTION, credit_line) == [(CAPTION, credit)]


def test_a_gallerys_counter_over_the_story_going_on_is_no_caption() -> None:
    """With no credit, the sentence under a counter may be the story's (a gallery's caption
    left empty)."""
    page = "\n".join(["Bridge opens", STORY_ABOVE, "Image 4 of 6", CAPTION, STORY_BELOW])
    article = newsparse.parse(page, kind="text")
    assert not article.captions
    assert CAPTION in article.text


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("Illustration: Marta Okoye", "Marta Okoye"),
        ("Grafik: Stadt Musterhausen", "Stadt Musterhausen"),
        ("Ilustración: Pablo Roe", "Pablo Roe"),
    ],
)
def test_a_drawings_or_a_charts_credit_label(credit_line: str, credit: str) -> None:
    assert _captions(CAPTION, credit_line) == [(CAPTION, credit)]


REPEATED = (
    "Internet access is not a luxury any more. It is how our kids do their homework and how "
    "our seniors see their doctors,\" said council member Rita Mbeki, who sponsored the plan."
)


@pytest.mark.parametrize("dash", ["—", "–", "―"])
@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("“Internet access is not a luxury any more.”", "Rita Mbeki, council member"),
        ('"Internet access is not a luxury any more."', "Rita Mbeki"),
    ],
)
def test_a_quote_cards_speaker_on_the_quotes_line(dash: str, quote: str, speaker: str) -> None:
    page = "\n".join([
        "Council approves city Wi-Fi",
        STORY_ABOVE,
        '"' + REPEATED,
        f"{quote} {dash} {speaker}",
        STORY_BELOW,
    ])
    article = newsparse.parse(page, kind="text")
    assert [(q.text, q.attribution) for q in article.pull_quotes] == [(quote, speaker)]


@pytest.mark.parametrize(
    ("title_line", "player"),
    [
        ("Watch: Ferry crews rescue a stranded seal", ["Play video", "Video duration 02:31"]),
        ("VIDEO: Ferry crews rescue a stranded seal", ["1:14"]),
        ("Vídeo: Ferry crews rescue a stranded seal", ["Duration: 0:45"]),
    ],
)
def test_an_embedded_videos_title_over_its_player_is_its_caption(
    title_line: str, player: list[str]
) -> None:
    page = "\n".join(
        ["Bridge opens", STORY_ABOVE, title_line, *player, "Ferry crews rescue a stranded seal",
         STORY_BELOW]
    )
    article = newsparse.parse(page, kind="text")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Ferry crews rescue a stranded seal", None)
    ]
    assert not article.related_links
    assert "seal" not in article.text and "Play" not in article.text
    assert STORY_BELOW in article.text


def test_a_watch_line_with_no_player_under_it_is_no_caption() -> None:
    page = "\n".join(["Bridge opens", STORY_ABOVE, "Watch: Ferry crews rescue a stranded seal",
                      STORY_BELOW])
    assert not newsparse.parse(page, kind="text").captions


@pytest.mark.parametrize(
    "credit_line",
    [
        "Photo courtesy of the Harbour Trust", "Courtesy of Marta Okoye",
        "Image courtesy Acme Labs.",
        "Foto cedida por Manuel Roe", "Photo fournie par la Mairie", "Gentileza de Ana Roe",
    ],
)
def test_a_courtesy_credit_alone_on_its_line(credit_line: str) -> None:
    assert _captions(CAPTION, credit_line) == [(CAPTION, credit_line.rstrip("."))]


def test_a_lead_photos_credit_via_an_agency_is_no_breadcrumb_trail() -> None:
    """Above the story, "Name / Outlet via Agency" credits the lead photo: no section."""
    page = "\n".join([
        "Heat closes schools",
        "By Amal Roe",
        "July 22, 2025",
        CAPTION,
        "Ines Varga / Northlight Images via Getty Images",
        STORY_ABOVE,
        STORY_BELOW,
    ])
    article = newsparse.parse(page, kind="text")
    assert article.section_path == ()
    assert [(c.text, c.credit) for c in article.captions] == [
        (CAPTION, "Ines Varga / Northlight Images via Getty Images")
    ]


@pytest.mark.parametrize(
    "box", ["“Nobody is asking for more money.”", '"Nobody is asking for more money."',
            "«Nobody is asking for more money.»"],
)
def test_a_quote_box_set_right_above_the_story(box: str) -> None:
    """A passage in quotation marks under the lead photo, repeating the story, is its quote
    box (no speaker)."""
    said = (
        '"Nobody is asking for more money. We are asking to be able to sleep at night," said '
        "Hanna Roe, who chairs the residents' group."
    )
    page = "\n".join([
        "Night flights row",
        "By Amal Roe",
        "March 3, 2026",
        CAPTION,
        "Photo: Anita Roe",
        box,
        STORY_ABOVE,
        said,
        STORY_BELOW,
    ])
    article = newsparse.parse(page, kind="text")
    assert [(q.text, q.attribution, q.repeats_paragraph) for q in article.pull_quotes] == [
        (box, None, 1)
    ]


@pytest.mark.parametrize(
    "credit_line", ["Photo: Dana Roe for Valley Echo", "Credit: Dana Roe", "Dana Roe / Reuters"]
)
def test_a_caption_printed_under_its_photos_credit_above_the_story(credit_line: str) -> None:
    page = "\n".join([
        "Council approves city Wi-Fi",
        "Updated: 11:05 AM EDT, Thu September 4, 2025",
        "By Kevin Roe",
        "Staff Writer",
        credit_line,
        "Council member Rita Mbeki speaks during Tuesday's vote at City Hall.",
        STORY_ABOVE,
        STORY_BELOW,
    ])
    article = newsparse.parse(page, kind="text")
    assert [c.text for c in article.captions] == [
        "Council member Rita Mbeki speaks during Tuesday's vote at City Hall."
    ]
    assert STORY_ABOVE in article.text


@pytest.mark.parametrize("line", ["Courtesy Pay", "Courtesy calls were made"])
def test_courtesy_without_of_or_a_photo_label_is_no_credit(line: str) -> None:
    from newsparse.stages.captions import credit_only

    assert credit_only(line) is None


@pytest.mark.parametrize("line", ["What is mindful eating?", "Sign up for our updates!"])
def test_a_question_or_a_call_under_a_credit_above_the_story_is_no_caption(line: str) -> None:
    page = "\n".join([
        "Council approves city Wi-Fi",
        "By Kevin Roe",
        "Staff Writer",
        "Photo: Dana Roe",
        line,
        STORY_ABOVE,
        STORY_BELOW,
    ])
    article = newsparse.parse(page, kind="text")
    assert line not in [c.text for c in article.captions]


def test_a_sentence_under_a_credit_under_an_image_alt_line_is_not_its_caption() -> None:
    """Alt line, credit, then a summary sentence: the photo had its line above the credit."""
    summary = "Doctors and healers met in the city to compare their treatments."
    page = "\n".join([
        "What do other therapies bring?",
        "Von Klara Roe 19. Oktober 2019 00:04 Uhr",
        "What do other therapies bring?",
        "A healer talks with an oncologist at the congress in the old town hall",
        "Bild: Jan Roe",
        summary,
        STORY_ABOVE,
        STORY_BELOW,
    ])
    article = newsparse.parse(page, kind="text")
    assert summary not in [c.text for c in article.captions]
