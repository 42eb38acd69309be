"""Every module-level compiled regex stays fast on adversarial strings (no ReDoS).

The patterns are collected by importing every module of ``newsparse``, ``newsparse.patterns``
and ``newsparse.stages`` and scanning their globals (and the tuples, lists and dicts held
there). Each pattern runs in a forked child over strings built from its own alphabet (50,000
repetitions of each of its punctuation characters, its literal words repeated, "a"*n + "!"
style runs); the kernel stops the child when one string takes more than ``TIME_BOUND`` CPU
seconds, and the test fails naming the pattern's module and name. A regex that backtracks
quadratically or worse cannot finish 50,000 characters within the bound; a linear one needs
milliseconds.
"""

from __future__ import annotations

import importlib
import math
import multiprocessing
import pkgutil
import re
import resource
import signal
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from types import ModuleType
from typing import Any

import pytest

import newsparse
import newsparse.patterns
import newsparse.stages

# Characters in each adversarial string: long enough that quadratic backtracking costs
# over a billion steps (minutes), while a linear pattern needs a few milliseconds.
REPEATS = 50_000
# CPU seconds one pattern may spend on one string. Generous: the slowest linear pattern (a
# many-language alternation tried at every position) needs about 0.2 s.
TIME_BOUND = 2.0
# Wall-clock seconds allowed per CPU second before the child is killed anyway (a busy CI
# machine gives it a share of a core).
WALL_PER_CPU_SECOND = 5
# Longest run of patterns held inside a container we follow (tuples of rule tables).
MAX_CONTAINER_DEPTH = 3
# Literal words taken from a pattern's source to repeat (its most specific material).
MAX_LITERAL_WORDS = 4
# A character no pattern expects, ending each run so that the match fails at the very end.
SPOILER = "\x01"

PACKAGES = (newsparse, newsparse.patterns, newsparse.stages)

# Escapes in a pattern's source and characters that each stands for: "\s" covers spaces,
# tabs, newlines and the no-break space that news pages are full of.
ESCAPE_SAMPLES = {
    "s": " \t\n\u00a0",
    "d": "1",
    "w": "a_",
    "S": "a",
    "W": " ,",
    "b": " ",
}
# Runs every pattern meets, whatever its alphabet: letters, digits, spacing, punctuation.
GENERIC_RUNS = ("a", "A", "1", " ", "\n", "\t", ".", ",", "-", "- ", "a ", "Aa ", ". ", "a1 ")
# A literal word in a pattern's source: three letters or more ("published", "Reuters").
_SOURCE_WORD = re.compile(r"[^\W\d_]{3,}")
# A pattern anchored at the start of the string: "^By ", "\\A\\s*", "(?:^Photo"
_ANCHORED = re.compile(r"(?:\(\?:)*(?:\^|\\A)")
# A backslash escape in a pattern's source: "\s", "\d", "\."
_SOURCE_ESCAPE = re.compile(r"\\(.)")


def _modules() -> Iterator[ModuleType]:
    for package in PACKAGES:
        for info in pkgutil.iter_modules(package.__path__):
            if not info.ispkg:
                yield importlib.import_module(f"{package.__name__}.{info.name}")


def _patterns_in(value: object, path: str, depth: int = 0) -> Iterator[tuple[str, re.Pattern[Any]]]:
    if isinstance(value, re.Pattern):
        yield path, value
    elif depth < MAX_CONTAINER_DEPTH and isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            yield from _patterns_in(item, f"{path}[{i}]", depth + 1)
    elif depth < MAX_CONTAINER_DEPTH and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(item, f"{path}[{key!r}]", depth + 1)


def collect_patterns() -> dict[str, re.Pattern[Any]]:
    """Every compiled pattern held at module level, keyed ``module.NAME``.

    A pattern imported into several modules is listed once, under the module that holds it
    first in this order: ``newsparse.patterns`` (where regexes are defined) before the others.
    """
    modules = sorted(
        _modules(), key=lambda m: (not m.__name__.startswith("newsparse.patterns"), m.__name__)
    )
    found: dict[str, re.Pattern[Any]] = {}
    seen: set[int] = set()
    for module in modules:
        for name, value in sorted(vars(module).items()):
            if name.startswith("__"):
                continue
            for path, pattern in _patterns_in(value, name):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[f"{module.__name__}.{path}"] = pattern
    return found


def adversarial_strings(pattern: re.Pattern[Any]) -> dict[str, str]:
    """Strings built from the pattern's own alphabet, keyed by a short description."""
    source = pattern.pattern
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    alphabet = {c for c in _SOURCE_ESCAPE.sub("", source) if not c.isalnum()}
    for escaped in _SOURCE_ESCAPE.findall(source):
        alphabet.update(ESCAPE_SAMPLES.get(escaped, escaped if not escaped.isalnum() else ""))
    runs = set(GENERIC_RUNS) | alphabet
    # words joined by each punctuation mark ("A-A-A-", "A.A.A."): a pattern whose word class
    # also holds its separator ("[A-Z][\\w-]*(?:-[A-Z]...)") backtracks over every split
    runs |= {"A" + mark for mark in alphabet if not mark.isspace()}
    strings: dict[str, str] = {}
    # finditer starts at every position, so "Ab" + run also tries the bare run; only a pattern
    # anchored at the start ("^", "\\A") needs the run alone as well.
    anchored = _ANCHORED.match(source) is not None
    for run in sorted(runs):
        count = REPEATS // len(run)
        strings[f"'Ab' + {run!r} * {count}"] = "Ab" + run * count + SPOILER
        if anchored:
            strings[f"{run!r} * {count}"] = run * count + SPOILER
    letters = "".join(sorted({c for c in source if c.isalpha()}))
    if letters:
        strings["its letters cycled"] = (letters * (REPEATS // len(letters) + 1))[:REPEATS]
    words = list(dict.fromkeys(_SOURCE_WORD.findall(source)))
    chosen = words[: MAX_LITERAL_WORDS // 2] + sorted(words, key=len)[-MAX_LITERAL_WORDS // 2 :]
    for word in dict.fromkeys(chosen):
        for variant, joiner in ((word, " "), (word.capitalize(), ", "), (word.upper(), "")):
            unit = variant + joiner
            strings[f"{unit!r} * {REPEATS // len(unit)}"] = unit * (REPEATS // len(unit)) + SPOILER
    mixed = "".join(sorted(alphabet)) + " a1A"
    strings["its punctuation cycled"] = (mixed * (REPEATS // len(mixed) + 1))[:REPEATS] + SPOILER
    return strings


def _run_pattern(pattern: re.Pattern[Any], conn: Connection) -> None:
    """Child process: scan every adversarial string, reporting before and after each one.

    Before each string the kernel is told to stop the child once it has used TIME_BOUND more
    CPU seconds (SIGXCPU): CPU time, unlike wall time, does not grow on a busy machine."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    for label, text in adversarial_strings(pattern).items():
        subject: str | bytes = text
        if isinstance(pattern.pattern, bytes):
            subject = text.encode("utf-8")
        conn.send(("start", label))
        started = time.process_time()
        resource.setrlimit(resource.RLIMIT_CPU, (math.ceil(started + TIME_BOUND), hard))
        for _ in pattern.finditer(subject):
            pass
        conn.send(("done", label, time.process_time() - started))
    conn.send(("finished",))
    conn.close()


def slowest_run(name: str, pattern: re.Pattern[Any]) -> tuple[str, float]:
    """The slowest string and its CPU time; fails the test when one string exceeds the bound."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_run_pattern, args=(pattern, child), daemon=True)
    process.start()
    child.close()
    slowest = ("", 0.0)
    current = "(start-up)"
    too_slow = f"{name} ({pattern.pattern!r}) took over {TIME_BOUND} s on {current}"
    try:
        while True:
            if not parent.poll(TIME_BOUND * WALL_PER_CPU_SECOND):
                pytest.fail(f"{too_slow}: catastrophic backtracking (wall-clock limit)")
            try:
                message = parent.recv()
            except EOFError:
                process.join()
                if process.exitcode == -signal.SIGXCPU:
                    pytest.fail(f"{too_slow} of CPU: catastrophic backtracking")
                pytest.fail(f"{name}: the child process died on {current}")
            if message[0] == "finished":
                return slowest
            if message[0] == "start":
                current = message[1]
                too_slow = f"{name} ({pattern.pattern!r}) took over {TIME_BOUND} s on {current}"
            elif message[2] > slowest[1]:
                slowest = (message[1], message[2])
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        parent.close()


PATTERNS = collect_patterns()

# Patterns that backtrack polynomially, in files this test's author may not change: each one
# is a strict xfail naming what fails, so a fix shows up as an XPASS to remove from here.
KNOWN_SLOW: dict[str, str] = {}


def _cases() -> Iterator[Any]:
    for name, pattern in PATTERNS.items():
        marks = []
        if name in KNOWN_SLOW:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_SLOW[name]))
        yield pytest.param(name, pattern, id=name.removeprefix("newsparse."), marks=marks)


def test_patterns_were_found() -> None:
    """The collector sees the pattern tables (a refactor must not make this test vacuous)."""
    assert len(PATTERNS) >= 50
    assert any(name.startswith("newsparse.patterns.dates.") for name in PATTERNS)
    assert any(name.startswith("newsparse.stages.") for name in PATTERNS)


def test_known_slow_names_exist() -> None:
    """Every known-slow entry still names a collected pattern."""
    assert set(KNOWN_SLOW) <= set(PATTERNS)


@pytest.mark.parametrize(("name", "pattern"), list(_cases()))
def test_pattern_is_linear_on_adversarial_strings(name: str, pattern: re.Pattern[Any]) -> None:
    slowest, seconds = slowest_run(name, pattern)
    assert seconds <= TIME_BOUND, f"{name} took {seconds:.2f} s on {slowest}"
