"""The README's and the package docstring's examples run as written."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

import pytest

import newsparse

ROOT = Path(__file__).resolve().parents[1]


def test_readme_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        os.fspath(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert result.attempted > 0 and result.failed == 0


def test_package_docstring_examples() -> None:
    result = doctest.testmod(newsparse, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
