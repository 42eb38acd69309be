"""Page-text held-out check, round 5: bylines, datelines and dates.

- A byline set in capitals with its city ("AMARA NDIAYE IN DAKAR"): the preposition is in
  capitals too, and the place is no part of the name.
- A byline's place after a dash or bar ("Por Ana Roe — São Paulo", "By Jane Doe — Los
  Angeles"): where the author writes from, not a second author.
- Page text: names each with a newsroom role between bars ("Jane Roe, Political Editor | John
  Poe, Health Reporter") are a byline, also when only a relative time ("Published 3 hours
  ago") sits beside them.
- Page text: a marker alone over the authors' names one to a line, joined by a line that is
  only "and" (or "&", ","): every name is an author ("By" / "Jane Roe" / "and" / "John Poe").
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.names import looks_like_byline, split_byline

STORY = (
    "The regional council approved the new water plan on Thursday after a long debate.\n\n"
    "Officials said the first pipes would be laid before the rainy season begins.\n\n"
    "Farmers in the valley welcomed the plan but asked for lower connection fees.\n\n"
    "The work is expected to take about three years, the council said.\n"
)


def _page(header: str) -> str:
    return (
        "THE DAILY COURIER\nSubscribe\nNews\nBusiness\nSport\n\n"
        "Council approves new water plan for the valley\n"
        f"{header}\n\n{STORY}\nShare this article\nFacebook\n"
    )


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("AMARA NDIAYE IN DAKAR", ("AMARA NDIAYE",)),
        ("By KOFI MENSAH IN ACCRA", ("KOFI MENSAH",)),
        ("BY RUTH ACHIENG AND SAMUEL KIPROP IN ELDORET", ("RUTH ACHIENG", "SAMUEL KIPROP")),
    ],
)
def test_capitals_byline_with_its_city(line: str, people: tuple[str, ...]) -> None:
    found = split_byline(line, languages=("en",))
    assert found is not None
    assert found.people == people
    assert found.organizations == ()
    article = newsparse.parse(_page(f"{line}\nPublished on: Mon, 03 Feb 2025 09:40 EAT"))
    assert article.byline is not None
    assert article.byline.people == people


@pytest.mark.parametrize(
    ("line", "languages", "people"),
    [
        ("Por Marta Quintela Ramos — São Paulo", ("pt",), ("Marta Quintela Ramos",)),
        (
            "Por Caio Lemos e Irene Faria — São José dos Campos",
            ("pt",),
            ("Caio Lemos", "Irene Faria"),
        ),
        ("By Dana Whitcombe — Los Angeles", ("en",), ("Dana Whitcombe",)),
        ("By Dana Whitcombe | New Orleans", ("en",), ("Dana Whitcombe",)),
        ("Por Lucía Arredondo - Santa Cruz de la Sierra", ("es",), ("Lucía Arredondo",)),
    ],
)
def test_place_after_a_byline_separator(
    line: str, languages: tuple[str, ...], people: tuple[str, ...]
) -> None:
    found = split_byline(line, languages=languages)
    assert found is not None
    assert found.people == people
    assert found.organizations == ()
    assert looks_like_byline(line, languages=languages)


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "Imogen Tarrant, Political Editor | Ravi Chaudry, Health Reporter",
            ("Imogen Tarrant", "Ravi Chaudry"),
        ),
        (
            "Bea Lindqvist, Science Correspondent | Tom Okoro, Data Journalist"
            " | Hal Brecker, Environment Editor",
            ("Bea Lindqvist", "Tom Okoro", "Hal Brecker"),
        ),
    ],
)
def test_names_with_roles_between_bars(line: str, people: tuple[str, ...]) -> None:
    article = newsparse.parse(_page(f"{line}\nPublished 3 hours ago"))
    assert article.byline is not None
    assert article.byline.people == people
    assert article.published is None


@pytest.mark.parametrize(
    ("lines", "people"),
    [
        ("By\nMara Quill\nand\nTobias Renner", ("Mara Quill", "Tobias Renner")),
        (
            "By\nIlse Varga\n,\nOwen Mbeki\nand\nLiu Fen Ward",
            ("Ilse Varga", "Owen Mbeki", "Liu Fen Ward"),
        ),
        ("Written by\nJonas Hellwig\n&\nMarta Kühn", ("Jonas Hellwig", "Marta Kühn")),
    ],
)
def test_names_one_to_a_line_under_a_marker(lines: str, people: tuple[str, ...]) -> None:
    article = newsparse.parse(_page(f"{lines}\n\nPublished Feb 6, 2025\n\nShare"))
    assert article.byline is not None
    assert article.byline.people == people
    assert not any("Renner" in p.text or "Kühn" in p.text for p in article.paragraphs)
