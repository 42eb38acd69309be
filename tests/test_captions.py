"""Caption lines: the caption text and its credit, split apart, and lines that only look so."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.stages.captions import credit_only, split_credit


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Protesters gather in Almaty on Jan 5, 2022. (VLADIMIR TRETYAKOV / AP)",
         "Protesters gather in Almaty on Jan 5, 2022.", "VLADIMIR TRETYAKOV / AP"),
        ("Fans queue outside the stadium in Hong Kong (Image: GETTY)",
         "Fans queue outside the stadium in Hong Kong", "GETTY"),
        ("A view of the port. Photo: John Smith/Getty Images", "A view of the port.",
         "John Smith/Getty Images"),
        ("Protesters in Kyiv on Jan 5, 2022. OLIVIER CHASSAGNE / AFP",
         "Protesters in Kyiv on Jan 5, 2022.", "OLIVIER CHASSAGNE / AFP"),
        ("Protesters in Kyiv on Jan 5, 2022. — AP PHOTO / JOHN DOE",
         "Protesters in Kyiv on Jan 5, 2022.", "AP PHOTO / JOHN DOE"),
    ],
)
def test_caption_and_credit_split(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # an advice column's letter, signed off in capitals
        "Am I right to feel hurt, or should I be content and happy? -- FEELING LIKE SECOND RATE",
        "Should I have pressed charges? — BEATEN UP IN CALIFORNIA",
        # an acronym explained in a story sentence
        "The figures come from the World Health Organization (WHO)",
    ],
)
def test_lines_that_carry_no_credit(line: str) -> None:
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo: Connie Park", "Connie Park"),
        ("(Reuters)", "Reuters"),
        ("(Sign out / Change)", None),
    ],
)
def test_credit_alone_on_a_line(line: str, credit: str | None) -> None:
    assert credit_only(line) == credit


def test_html_credit_alone_in_a_figure_does_not_take_the_paragraph_above() -> None:
    paragraph = ("The new bridge opened to traffic on Monday after three years of work, "
                 "the city said.")
    article = newsparse.parse(
        "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
        "<p>The council approved the new budget on Tuesday after a debate that lasted well "
        "into the night, with several members raising concerns about the cost.</p>"
        f'<p>{paragraph}</p><figure><img src="bridge.jpg"><figcaption>Foto: Anita Roe'
        "</figcaption></figure><p>Drivers said the new route saves them twenty minutes a day, "
        "and shops near the bridge expect more customers.</p></article></body></html>"
    )
    assert paragraph in [b.text for b in article.paragraphs]
    assert [(c.text, c.credit) for c in article.captions] == [("", "Anita Roe")]


def test_page_text_credit_line_credits_the_line_above() -> None:
    article = newsparse.parse(
        "Bridge opens\n\nThe council approved the new budget on Tuesday after a debate that "
        "lasted well into the night, with several members raising concerns.\n\n"
        "The new bridge seen from the river bank on Monday.\nPhoto: Anita Roe\n\n"
        "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
        "expect more customers.\n",
        kind="text",
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The new bridge seen from the river bank on Monday.", "Anita Roe")
    ]
