"""The regex engine's own parser, for reading a compiled pattern's literal openings.

Two stages screen lines by the literal words a pattern must start with, read off the
pattern itself so the screen cannot drift from it. CPython names the parser ``re._parser``
(3.11 on) or ``sre_parse`` (3.10).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from types import ModuleType

__all__ = ["odd_case_matches", "sre_modules"]

# The Basic Multilingual Plane: case-insensitive matches of a Latin letter all lie in it
# (a test checks the planes above); surrogates are no characters.
_BMP = (range(0, 0xD800), range(0xE000, 0x10000))


def sre_modules() -> tuple[ModuleType, ModuleType] | None:
    """The parser and constants modules of ``re``, or None if neither name is importable."""
    for parser_name, constants_name in (
        ("re._parser", "re._constants"),
        ("sre_parse", "sre_constants"),
    ):
        try:
            return importlib.import_module(parser_name), importlib.import_module(constants_name)
        except ImportError:
            continue
    return None  # pragma: no cover - both ship with CPython


def odd_case_matches(chars: Iterable[str], flags: int) -> set[str]:
    """The characters that match one of ``chars`` under ``flags`` (case-blind) though their
    lower case is not it: the long "ſ" for "s", the Kelvin sign for "k". A screen that looks
    for ``chars`` in a lower-cased line misses these, so a line holding one is read in full."""
    wanted = sorted(set(chars))
    if not wanted:
        return set()
    candidates = re.compile(f"[{re.escape(''.join(wanted))}]", flags)
    return {
        found
        for block in _BMP
        for found in candidates.findall("".join(map(chr, block)))
        if any(
            found.lower() != char for char in wanted if re.fullmatch(re.escape(char), found, flags)
        )
    }
