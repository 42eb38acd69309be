"""The regex engine's own parser, for reading a compiled pattern's literal openings.

Two stages screen lines by the literal words a pattern must start with, read off the
pattern itself so the screen cannot drift from it. CPython names the parser ``re._parser``
(3.11 on) or ``sre_parse`` (3.10).
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["sre_modules"]


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
