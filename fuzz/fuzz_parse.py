"""Coverage-guided fuzz target for ``newsparse.parse`` (atheris, which wraps libFuzzer).

Each input is split by atheris's FuzzedDataProvider into a choice of input form (bytes, or a
str that may hold lone surrogates), a kind (auto, html, text), an optional URL, and the page
itself. The parse runs with a strict pipeline, so a stage's exception is a crash here, and the
Article must keep its contract: paragraphs not empty, output encodable as UTF-8, the
``from_dict(to_dict())`` round trip exact. libFuzzer's ``-timeout`` turns a hang into a finding.

Run it for 10 minutes (seeds: the test fixtures; findings go to /tmp/newsparse-fuzz/)::

    pip install atheris
    mkdir -p /tmp/newsparse-fuzz/corpus
    python fuzz/fuzz_parse.py /tmp/newsparse-fuzz/corpus tests/fixtures/*/ \\
        -max_total_time=600 -timeout=20 -rss_limit_mb=4096 -max_len=65536 \\
        -artifact_prefix=/tmp/newsparse-fuzz/

Replay one finding: ``python fuzz/fuzz_parse.py /tmp/newsparse-fuzz/crash-<sha>``.
"""

from __future__ import annotations

import sys
import traceback

import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]  # no stubs

with atheris.instrument_imports(include=["newsparse"]):
    import newsparse
    from newsparse import Article, default_pipeline

STRICT = default_pipeline(strict=True)
KINDS = ("auto", "html", "text")
# Longest URL drawn from the input; the rest of the input is the page.
MAX_URL_CHARS = 64

# Known bugs, in files owned by other engineers, each also a strict xfail in tests/: the fuzzer
# skips them so that it can look for new ones. Remove an entry once its xfail turns XPASS.
# (exception type name, file and function of the innermost newsparse frame, or "" for an
# error raised by this target's own checks, text in the message)
KNOWN_BUGS: tuple[tuple[str, str, str, str], ...] = ()  # none open (see docs/robustness.md)


class ContractError(AssertionError):
    """The Article broke its contract (the message says which part)."""


def _innermost_newsparse_frame(error: BaseException) -> tuple[str, str]:
    """(file, function) of the deepest traceback frame inside the newsparse package."""
    found = ("", "")
    for frame in traceback.extract_tb(error.__traceback__):
        path = frame.filename.replace("\\", "/")
        if "/newsparse/" in path:
            found = (path[path.rindex("newsparse/") :], frame.name)
    return found


def _known(error: BaseException) -> bool:
    where = _innermost_newsparse_frame(error)
    for name, path, function, text in KNOWN_BUGS:
        if type(error).__name__ != name or text not in str(error):
            continue
        if not path or where == (path, function):
            return True
    return False


def check(article: Article) -> None:
    """The output contract every page must keep."""
    if not isinstance(article, Article):
        raise ContractError(f"parse returned {type(article).__name__}")
    if article.warnings:
        raise ContractError(f"stage warnings with a strict pipeline: {article.warnings}")
    if any(not block.text.strip() for block in article.paragraphs):
        raise ContractError("an empty paragraph")
    article.to_json().encode("utf-8")
    if Article.from_dict(article.to_dict()) != article:
        raise ContractError("Article.from_dict(to_dict()) changed the article")


def test_one_input(data: bytes) -> None:
    """Parse one fuzzed page; raise on anything but a clean, valid Article."""
    provider = atheris.FuzzedDataProvider(data)
    as_text = provider.ConsumeBool()
    kind = KINDS[provider.ConsumeIntInRange(0, len(KINDS) - 1)]
    url = provider.ConsumeUnicode(MAX_URL_CHARS) if provider.ConsumeBool() else None
    source: str | bytes
    if as_text:
        source = provider.ConsumeUnicode(provider.remaining_bytes())
    else:
        source = provider.ConsumeBytes(provider.remaining_bytes())
    try:
        article = newsparse.parse(source, url=url, kind=kind, pipeline=STRICT)  # type: ignore[arg-type]
        check(article)
    except Exception as error:
        if _known(error):
            return
        raise


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
