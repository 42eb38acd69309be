"""The HTML path's shortcuts give the answers of the plain tests they stand in for."""

from __future__ import annotations

import pytest

from newsparse.mojibake import _C1_CONTROLS, _may_hold_mojibake

# What the quick test of a page for mojibake stands in for: any of the leads, or a C1 control.
_LEADS = ("\u00e2\u20ac", "\u00c3", "\u00c2", "\u00f0\u0178")


@pytest.mark.parametrize(
    "text",
    [
        "doesn\u00e2\u20ac\u2122t",  # "â€™"
        "price \u20ac100, la \u00e2me",  # "€" and "â" apart: no lead
        "caf\u00c3\u00a9",
        "25\u00c2\u00b0C",
        "\u00f0\u0178\u02dc\u20ac",  # "ðŸ˜€"
        "\u0178 and \u00f0 apart",
        "doesn\u00e2\u0080\u0099t",  # C1 controls
        "na\u00efve \u201cquoted\u201d \u2014 done",
        "\u00e2",
        "\u20ac",
    ],
)
def test_the_mojibake_screen_agrees_with_the_plain_test(text: str) -> None:
    plain = any(lead in text for lead in _LEADS) or any(c in text for c in _C1_CONTROLS)
    assert _may_hold_mojibake(text) is plain
