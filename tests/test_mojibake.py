"""Double-encoded UTF-8 ("doesnâ€™t") is read back; real text in Latin scripts is untouched."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.mojibake import repair_mojibake


@pytest.mark.parametrize(
    ("garbled", "text"),
    [
        ("doesn\u00e2\u0080\u0099t", "doesn’t"),  # read as Latin-1: C1 controls
        ("doesnâ€™t", "doesn’t"),  # read as Windows-1252
        ("at our desks â€“ and", "at our desks – and"),
        ("cafÃ©", "café"),
        ("25Â°C", "25°C"),
        ("ðŸ˜€", "😀"),
    ],
)
def test_double_encoded_text_is_read_back(garbled: str, text: str) -> None:
    assert repair_mojibake(garbled) == text


@pytest.mark.parametrize(
    "text",
    [
        "café\u00a0» dit-il",  # French: "é", no-break space, guillemet spell a UTF-8 lead
        "SÃO PAULO",
        "Straße § 5",
        "Größe und Maß",
        "naïve “quoted” €100 — done",
        "plain ASCII",
        "Ã",
        "â€",
    ],
)
def test_real_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_parse_reads_a_double_encoded_page() -> None:
    sentence = "The council said it wasn’t ready – not yet – to approve the new budget plan."
    garbled = sentence.encode("utf-8").decode("cp1252")
    page = f"<html><head><title>Budget</title></head><body><article><p>{garbled}</p>" * 3
    assert sentence in newsparse.parse(page, kind="html").text

