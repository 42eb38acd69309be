"""Related-link teasers: labelled lines in several languages, taken out of the body."""

from __future__ import annotations

import pytest

from newsparse.patterns.related import RELATED_LABEL


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        ("READ MORE: Kazakhstan govt resigns after protests", "READ MORE",
         "Kazakhstan govt resigns after protests"),
        ("Lesen Sie auch: Regierung tritt zurück", "Lesen Sie auch", "Regierung tritt zurück"),
        ("Lea más: Juan Carlos Ortega propone legalizar", "Lea más",
         "Juan Carlos Ortega propone legalizar"),
        ("PUEDES VER: ¿Qué es la Sunedu?", "PUEDES VER", "¿Qué es la Sunedu?"),
        ("VEA TAMBIÉN: Estrella de la educación", "VEA TAMBIÉN", "Estrella de la educación"),
        ("Lea: Consejo Permanente de OEA aborda", "Lea", "Consejo Permanente de OEA aborda"),
    ],
)
def test_related_label(line: str, label: str, title: str) -> None:
    match = RELATED_LABEL.match(line)
    assert match is not None
    assert (match.group(1), match.group(2)) == (label, title)


@pytest.mark.parametrize(
    "line", ["The minister said more: the cuts would go on", "Readers can see more online"]
)
def test_not_a_related_label(line: str) -> None:
    assert RELATED_LABEL.match(line) is None
