"""The HTML path's shortcuts give the answers of the plain tests they stand in for."""

from __future__ import annotations

import re

import pytest

from newsparse.document import NodeAttributes
from newsparse.htmlblocks import (
    _DISPLAY_NONE,
    _HIDING_CLASS_WORDS,
    _HIDING_STYLE_WORDS,
    _may_match,
    hidden_by,
)
from newsparse.mojibake import _C1_CONTROLS, _may_hold_mojibake
from newsparse.patterns.html import VISUALLY_HIDDEN_CLASS

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


@pytest.mark.parametrize(
    "value",
    [
        "sr-only",
        "Screen-Reader-Text",
        "visually-hidden",
        "visuallyhidden",
        "u-hidden",
        "a11y-hidden",
        "element-invisible",
        "off-screen",
        "OFFSCREEN",
        "is-hidden",
        "invisible",
        "entry-content post-4163 clearfix",
        "col-md-8 hidden md:block",
        "\u017fr-only",  # a long s matches "s" case-insensitively: not screened
        "caf\u00e9 hidden",
    ],
)
def test_the_hiding_class_screen_agrees_with_the_pattern(value: str) -> None:
    screened = _may_match(value, _HIDING_CLASS_WORDS)
    assert screened or not VISUALLY_HIDDEN_CLASS.search(value)


def test_every_hiding_class_holds_a_screen_word() -> None:
    names = re.search(r"\(\?:\^\|\\s\)\(\?:(.*)\)\(\?=", VISUALLY_HIDDEN_CLASS.pattern)
    assert names is not None
    for name in names.group(1).split("|"):
        assert any(word in name for word in _HIDING_CLASS_WORDS), name


@pytest.mark.parametrize(
    "style",
    ["display:none", "DISPLAY : NONE", "visibility: hidden", "color: red", "display:block"],
)
def test_the_hiding_style_screen_agrees_with_the_pattern(style: str) -> None:
    screened = _may_match(style, _HIDING_STYLE_WORDS)
    assert screened or not _DISPLAY_NONE.search(style)
    assert hidden_by(NodeAttributes(style=style)) is bool(_DISPLAY_NONE.search(style))
