"""The code stays ruff-clean and mypy --strict clean (both are in the ``dev`` extra)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.skipif(
    shutil.which("ruff") is None, reason="ruff is not installed (pip install -e '.[dev]')"
)
def test_ruff_is_clean() -> None:
    result = _run("ruff", "check", "newsparse", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[dev]')")
    result = _run(sys.executable, "-m", "mypy", "--strict", "newsparse")
    assert result.returncode == 0, result.stdout + result.stderr
