"""Caption lines: the caption text and its credit, split apart, and lines that only look so."""

from __future__ import annotations

import pytest

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
