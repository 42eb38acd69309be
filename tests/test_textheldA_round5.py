"""Page-text held-out check, round 5: bylines, datelines and dates.

- A byline set in capitals with its city ("AMARA NDIAYE IN DAKAR"): the preposition is in
  capitals too, and the place is no part of the name.
- A byline's place after a dash or bar ("Por Ana Roe — São Paulo", "By Jane Doe — Los
  Angeles"): where the author writes from, not a second author.
- After a name and a comma: an outlet named by an acronym and a desk ("Jane Doe, WXYZ
  Weather") is an organisation, not a second person; a place with its preposition ("Par Julie
  Roe, à Lyon") or a one-word place after the outlet ("Jane Doe, Example News, Accra") is no
  author and keeps the line a byline.
- A full stop before another credit's role phrase parts the credits ("By Jane Roe.
  Photography by John Poe": the photographer is no author); other full stops stay ("Dr.").
- A title linked to its place by "a" ("Por Carla Roe, enviada especial a Quito", "Di Marco
  Roe, inviato a Kiev"): the byline keeps the person and drops the title and place.
- Page text whose language is not told (too few function words): a byline line opening with
  another language's marker is read in that language ("Écrit par Jane Roe").
- Page text: names each with a newsroom role between bars ("Jane Roe, Political Editor | John
  Poe, Health Reporter") are a byline, also when only a relative time ("Published 3 hours
  ago") sits beside them.
- Page text: two unmarked names beside a line that only gives a relative time ("Published 3
  hours ago", "Updated an hour ago") are the byline, as beside an absolute date line; the
  relative time dates nothing.
- Page text: a marker alone over the authors' names one to a line, joined by a line that is
  only "and" (or "&", ","): every name is an author ("By" / "Jane Roe" / "and" / "John Poe").
- A time set off from its date by a middle dot or a bullet ("3 March 2025 • 11:20 SGT",
  "4. März 2025 · 09:15 Uhr") is the date's time; a reading time after one is none.
- Datelines: an all-caps place with accented capitals ("BOGOTÁ (Agency) —", "GENÈVE"), an
  agency's regional service after a slash ("Würzburg (dpa/lby) -"), an agency we do not list,
  in capitals, when a dash and a sentence's capital follow ("Surabaya (ANTARA) - The"); else
  none.
- A date line's second stamp that gives only its time, after a label of the other role
  ("Updated May 6, 2025 — 8.10pm AEST, first published 1.05pm", "Publié le 03/03/2025 à 09h41,
  modifié à 13h12", "Publicado: ... | Actualizado: 13:12"): that day, in the line's zone; none
  when the publication would come after the update (another day, not printed).
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.datetimes import DateRole, find_dates
from newsparse.names import looks_like_byline, split_byline
from newsparse.stages.dateline import find_dateline

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
    ("line", "published", "updated"),
    [
        (
            "Updated May 6, 2025 — 8.10pm AEST, first published 1.05pm",
            "2025-05-06T13:05:00+10:00",
            "2025-05-06T20:10:00+10:00",
        ),
        (
            "Updated October 2, 2024 — 11.20am, first published 6.45am",
            "2024-10-02T06:45:00",
            "2024-10-02T11:20:00",
        ),
        (
            "Updated March 9, 2025 at 4:40 p.m., first published at 9:15 a.m.",
            "2025-03-09T09:15:00",
            "2025-03-09T16:40:00",
        ),
    ],
)
def test_first_published_time_after_the_update(line: str, published: str, updated: str) -> None:
    found = {m.role: m.date.value.isoformat() for m in find_dates(line, languages=("en",))}
    assert found == {DateRole.UPDATED: updated, DateRole.PUBLISHED: published}
    article = newsparse.parse(_page(f"By Corin Maddox\n{line}"))
    assert article.published is not None and article.updated is not None
    assert article.published.isoformat() == published
    assert article.updated.isoformat() == updated


def test_first_published_after_the_update_time_is_another_day() -> None:
    line = "Updated May 6, 2025 — 7.10am, first published 11.50pm"
    roles = [m.role for m in find_dates(line, languages=("en",))]
    assert roles == [DateRole.UPDATED]


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


@pytest.mark.parametrize(
    ("line", "languages", "value"),
    [
        ("3 March 2025 • 11:20 SGT", ("en",), "2025-03-03T11:20:00+08:00"),
        ("Apr 9, 2025 · 4:05 PM ET", ("en",), "2025-04-09T16:05:00-04:00"),
        ("4. März 2025 · 09:15 Uhr", ("de",), "2025-03-04T09:15:00"),
        ("Apr 9, 2025 · 6 min read", ("en",), "2025-04-09T00:00:00"),
    ],
)
def test_time_after_a_dot_or_bullet(line: str, languages: tuple[str, ...], value: str) -> None:
    (mention,) = find_dates(line, languages=languages)
    assert mention.date.value.isoformat() == value


DATELINE_STORY = "The provincial government said on Monday it would double the bus fleet."


@pytest.mark.parametrize(
    ("opening", "text", "locations", "agency"),
    [
        ("BOGOTÁ (Sputnik) — ", "BOGOTÁ (Sputnik)", ("BOGOTÁ",), "Sputnik"),
        ("GENÈVE, 4 mars (AFP) - ", "GENÈVE, 4 mars (AFP)", ("GENÈVE",), "AFP"),
        ("ÁVILA — ", "ÁVILA", ("ÁVILA",), None),
        ("Würzburg (dpa/lby) - ", "Würzburg (dpa/lby)", ("Würzburg",), "dpa/lby"),
        ("Surabaya (ANTARA) - ", "Surabaya (ANTARA)", ("Surabaya",), "ANTARA"),
        ("Chittagong, March 4 (UNB) - ", "Chittagong, March 4 (UNB)", ("Chittagong",), "UNB"),
    ],
)
def test_dateline_accents_services_unlisted_agencies(
    opening: str, text: str, locations: tuple[str, ...], agency: str | None
) -> None:
    found = find_dateline(opening + DATELINE_STORY)
    assert found is not None
    line, cut = found
    assert (line.text, line.locations, line.agency) == (text, locations, agency)
    assert (opening + DATELINE_STORY)[cut:] == DATELINE_STORY


@pytest.mark.parametrize(
    "line",
    [
        f"Surabaya (ANTARA) {DATELINE_STORY}",
        f"Officials (UN) {DATELINE_STORY}",
        "Water inspectors (WQA) - the office said on Monday the fleet would double.",
    ],
)
def test_unlisted_agency_needs_a_dash_and_a_sentence(line: str) -> None:
    assert find_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "languages", "people", "organizations"),
    [
        ("By Selma Okoth, KVTX Weather", ("en",), ("Selma Okoth",), ("KVTX Weather",)),
        ("By Selma Okoth, WBRZ Bay Desk", ("en",), ("Selma Okoth",), ("WBRZ Bay Desk",)),
        ("By Selma Okoth, Lakeshore News, Kisumu", ("en",), ("Selma Okoth",), ("Lakeshore News",)),
        ("Par Odile Ferrand, à Grenoble", ("fr",), ("Odile Ferrand",), ()),
        ("Von Lea Wendt, in Rostock", ("de",), ("Lea Wendt",), ()),
        # two letters are a person's initials, not an outlet
        ("By Mara Quill, TJ Holloway", ("en",), ("Mara Quill", "TJ Holloway"), ()),
    ],
)
def test_outlet_and_place_after_a_name(
    line: str, languages: tuple[str, ...], people: tuple[str, ...], organizations: tuple[str, ...]
) -> None:
    found = split_byline(line, languages=languages)
    assert found is not None
    assert (found.people, found.organizations) == (people, organizations)
    assert looks_like_byline(line, languages=languages)


@pytest.mark.parametrize(
    ("header", "people"),
    [
        ("Ines Calloway and Bram Oduya\nPublished 3 hours ago", ("Ines Calloway", "Bram Oduya")),
        ("Updated an hour ago\nInes Calloway and Bram Oduya", ("Ines Calloway", "Bram Oduya")),
        ("Ines Calloway & Bram Oduya\n5 hours ago", ("Ines Calloway", "Bram Oduya")),
    ],
)
def test_names_beside_a_relative_stamp(header: str, people: tuple[str, ...]) -> None:
    article = newsparse.parse(_page(header))
    assert article.byline is not None
    assert article.byline.people == people
    assert article.published is None


@pytest.mark.parametrize(
    ("line", "languages", "published", "updated"),
    [
        (
            "Publié le 05/06/2025 à 08h20, modifié à 17h45",
            ("fr",),
            "2025-06-05T08:20:00",
            "2025-06-05T17:45:00",
        ),
        (
            "Publicado: 05/06/2025 08:20 | Actualizado: 17:45",
            ("es",),
            "2025-06-05T08:20:00",
            "2025-06-05T17:45:00",
        ),
        (
            "Veröffentlicht am 05.06.2025 um 08:20 Uhr, aktualisiert um 17:45 Uhr",
            ("de",),
            "2025-06-05T08:20:00",
            "2025-06-05T17:45:00",
        ),
        (
            "June 5, 2025 8:20 AM EDT | Updated 5:45 PM EDT",
            ("en",),
            "2025-06-05T08:20:00-04:00",
            "2025-06-05T17:45:00-04:00",
        ),
    ],
)
def test_second_stamp_with_its_time_only(
    line: str, languages: tuple[str, ...], published: str, updated: str
) -> None:
    mentions = find_dates(line, languages=languages)
    assert [m.date.value.isoformat() for m in mentions] == [published, updated]
    assert mentions[1].role is DateRole.UPDATED


# A full stop before another credit ends the byline; a title tied to a place by "a" is no name.
OTHER_CREDIT_OR_PLACE = [
    ("By Petra Lindahl. Photography by Oskar Brenn", ("en",), ("Petra Lindahl",)),
    ("Words by Petra Lindahl. Photos: Oskar Brenn", ("en",), ("Petra Lindahl",)),
    ("Text: Petra Lindahl. Fotos: Oskar Brenn", ("de",), ("Petra Lindahl",)),
    ("By Dr. Petra Lindahl", ("en",), ("Dr. Petra Lindahl",)),
    ("Por Carla Montalvo, enviada especial a Quito", ("es",), ("Carla Montalvo",)),
    ("Por Carla Montalvo, enviada a Cúcuta", ("es",), ("Carla Montalvo",)),
    ("Por Rui Falcão, enviado especial a Luanda", ("pt",), ("Rui Falcão",)),
    ("Di Marco Bellini, inviato a Kiev", ("it",), ("Marco Bellini",)),
]


@pytest.mark.parametrize(("line", "languages", "people"), OTHER_CREDIT_OR_PLACE)
def test_people_before_another_credit_or_a_title_and_place(
    line: str, languages: tuple[str, ...], people: tuple[str, ...]
) -> None:
    found = split_byline(line, languages=languages)
    assert found is not None
    assert found.people == people
    assert looks_like_byline(line, languages=languages)


@pytest.mark.parametrize(
    ("line", "people", "organizations"),
    [
        ("Écrit par Maëlle Fontaine", ("Maëlle Fontaine",), ()),
        ("Par Maëlle Fontaine avec AFP", ("Maëlle Fontaine",), ("AFP",)),
    ],
)
def test_marker_of_another_language_on_a_page_of_unknown_language(
    line: str, people: tuple[str, ...], organizations: tuple[str, ...]
) -> None:
    page = (
        "L'Écho du Plateau\nAbonnez-vous\nActualités\nSports\n\nIsère\n"
        "Une nouvelle passerelle relie Voiron à la gare\n"
        f"{line}\nLe 9 février 2025 à 08h10\nMis à jour le 9 février 2025 à 12h05\n\n"
        "La passerelle, qui a coûté 4 millions d'euros, permet de rejoindre la gare en cinq"
        " minutes.\n\nLa commune espère attirer 10 % de cyclistes en plus d'ici deux ans.\n\n"
        "Les élus saluent un projet structurant pour la vallée.\n"
    )
    article = newsparse.parse(page)
    assert article.byline is not None
    assert (article.byline.people, article.byline.organizations) == (people, organizations)
