"""Stage ``language``: the page's language, for the word tables the later stages use.

Evidence, in order:
1. what the markup declared (the ``metadata`` stage already set it: ``<html lang>``, og:locale...);
2. the function words of the page's text, counted per language.
"""

from __future__ import annotations

import collections
from types import MappingProxyType

from newsparse.document import Document, Evidence
from newsparse.model import Source
from newsparse.patterns.languages import STOPWORDS
from newsparse.pipeline import stage
from newsparse.textshape import comparable_words

__all__ = ["detect_language", "language"]

# Words read for detection: a few paragraphs tell the language; more only costs time.
MAX_WORDS_READ = 1500
# Fewer function-word hits than this is too little evidence to name a language.
MIN_HITS = 8
# The winner must beat the runner-up by this factor (Danish and Norwegian share many words).
MIN_MARGIN = 1.2


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for code, table in STOPWORDS.items():
        for word in table:
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


# Each function word and the languages it belongs to: one lookup per word of the page.
LANGUAGES_OF_WORD = MappingProxyType(_languages_of_words())


def detect_language(words: list[str]) -> str | None:
    """The ISO 639-1 code whose function words are most frequent in ``words``, if clear."""
    counts = dict.fromkeys(STOPWORDS, 0)
    for word, times in collections.Counter(words[:MAX_WORDS_READ]).items():
        for code in LANGUAGES_OF_WORD.get(word, ()):
            counts[code] += times  # each distinct word looked up once
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits < MIN_HITS or hits < second * MIN_MARGIN:
        return None
    return best


@stage("language", provides={"language"})
def language(doc: Document) -> None:
    """Set the page language from its text when the markup did not declare one."""
    if doc.language is not None:
        return
    words: list[str] = []
    for segment in doc.segments:
        if segment.label is None and segment.words >= 8:
            words.extend(comparable_words(segment.text))
            if len(words) >= MAX_WORDS_READ:
                break
    code = detect_language(words)
    if code is not None:
        doc.language = Evidence(
            value=code, source=Source.TEXT_RULE, raw="function words", stage="language"
        )
