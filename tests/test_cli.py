"""The newsparse command: formats, explain, and one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).parent / "fixtures" / "china-daily-kazakhstan" / "source.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse.cli", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        check=False,
    )


def test_parse_json() -> None:
    result = run("parse", str(SEED))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["headline"].startswith("Constitutional order")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_parse_other_formats(fmt: str) -> None:
    result = run("parse", str(SEED), "--format", fmt)
    assert result.returncode == 0
    assert "Constitutional order mostly restored" in result.stdout
    assert "Share this story" not in result.stdout


def test_parse_stdin() -> None:
    result = run("parse", "-", "--kind", "text", stdin=SEED.read_bytes())
    assert result.returncode == 0 and json.loads(result.stdout)["paragraphs"]


def test_explain_shows_stage_and_reason() -> None:
    result = run("explain", str(SEED))
    assert result.returncode == 0
    assert "boilerplate" in result.stdout and "furniture: banner" in result.stdout


@pytest.mark.parametrize(
    ("path", "message"),
    [("/no/such/file.html", "no such file"), ("/", "folder"), ("EMPTY", "empty")],
)
def test_bad_input_is_one_line_no_traceback(path: str, message: str, tmp_path: Path) -> None:
    if path == "EMPTY":
        path = str(tmp_path / "empty.html")
        Path(path).write_bytes(b"")
    result = run("parse", path)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("module", ["newsparse", "newsparse.cli"])
def test_the_command_runs_as_a_module(module: str) -> None:
    """``python -m newsparse`` is the installed ``newsparse`` command."""
    result = subprocess.run(
        [sys.executable, "-m", module, "parse", str(SEED)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["headline"].startswith("Constitutional order")
