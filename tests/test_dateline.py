"""Datelines: the place (and agency) opening the story's first paragraph, cut from it."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.stages.dateline import find_dateline

STORY = (
    "New uncertainty hangs over the primary as ten candidates prepare to take the debate stage "
    "on Wednesday night, with the race as open as it has been all year."
)


@pytest.mark.parametrize(
    ("line", "text", "agency"),
    [
        (f"WASHINGTON (AP) — {STORY}", "WASHINGTON (AP)", "AP"),
        (f"ST. JOSEPH, Mich. (AP) — {STORY}", "ST. JOSEPH, Mich. (AP)", "AP"),
        (f"UNITED NATIONS / ALMATY - {STORY}", "UNITED NATIONS / ALMATY", None),
        (f"LONDON, Jan 5 (Reuters) - {STORY}", "LONDON, Jan 5 (Reuters)", "Reuters"),
        # an all-caps place with a local outlet in brackets
        (
            f"HONOLULU, Hawaii (Channel 9 News) - {STORY}",
            "HONOLULU, Hawaii (Channel 9 News)",
            "Channel 9 News",
        ),
        # a mixed-case town and its state, as AP abbreviates it or as a postal code
        (f"Springfield, Ill. — {STORY}", "Springfield, Ill.", None),
        (f"Centerville, NY – {STORY}", "Centerville, NY", None),
        (f"St. Paul, Minnesota -- {STORY}", "St. Paul, Minnesota", None),
        # Spanish wire style: the dash after a full stop, the month after "de", a year
        (f"VALPARAÍSO, 9 mar (EFE).- {STORY}", "VALPARAÍSO, 9 mar (EFE)", "EFE"),
        (f"Cali, 9 de marzo de 2024 (EFE).- {STORY}", "Cali, 9 de marzo de 2024 (EFE)", "EFE"),
        (f"OSAKA, Feb. 3, 2024 (Kyodo) -- {STORY}", "OSAKA, Feb. 3, 2024 (Kyodo)", "Kyodo"),
        # Indian agencies write no dash after the bracket: only a dated line is taken so
        (f"PUNE, Aug 14 (PTI) {STORY}", "PUNE, Aug 14 (PTI)", "PTI"),
        # Italian wires print the agency first
        (f"(ANSA) - PORTOVERDE, 07 MAR - {STORY}", "(ANSA) - PORTOVERDE, 07 MAR", "ANSA"),
    ],
)
def test_find_dateline(line: str, text: str, agency: str | None) -> None:
    found = find_dateline(line)
    assert found is not None
    assert (found[0].text, found[0].agency) == (text, agency)


@pytest.mark.parametrize(
    "line",
    [
        f"BREAKING NEWS - {STORY.upper()}",
        f"I - {STORY}",
        STORY,
        # a mixed-case place needs a state: a name and a dash open many sentences
        f"Springfield — {STORY}",
        f"Meanwhile, Jane — {STORY}",
        f"Springfield, Illinoisans - {STORY}",
        # no dash and no date: a bracketed agency alone does not make a dateline
        f"Shares of Northwind (AP) Rose {STORY}",
        # an agency in brackets before a sentence names no place
        f"(AP) - {STORY}",
    ],
)
def test_no_dateline(line: str) -> None:
    assert find_dateline(line) is None


def test_page_text_dateline_after_gallery_captions() -> None:
    captions = "\n\n".join(
        f"Photo {i}: a candidate speaks during a forum in Las Vegas on Saturday, as supporters "
        "cheer behind him in the hall."
        for i in range(2)
    )
    article = newsparse.parse(
        f"Debate nears\n\n{captions}\n\nWASHINGTON (AP) — {STORY}\n\n{STORY}\n", kind="text"
    )
    assert article.dateline is not None
    assert article.dateline.text == "WASHINGTON (AP)"
