"""Small pure functions about the shape of a line of text, shared by the stages.

A reader tells a story paragraph from a menu item by its shape: length, sentence punctuation,
capitalisation. These helpers put numbers on that shape; the thresholds live here, named.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

__all__ = [
    "MIN_PROSE_WORDS",
    "comparable_words",
    "ends_like_sentence",
    "is_prose",
    "looks_like_title",
    "lower_case_share",
    "normalize_space",
    "upper_share",
    "url_slug_words",
    "word_count",
]

# A story paragraph has at least this many words; shorter free lines are menus, labels, teasers.
MIN_PROSE_WORDS = 12
# A headline or subheading has at most this many words (long headlines run to ~25).
MAX_TITLE_WORDS = 30

# Words: letters and digits in any script, with inner apostrophes ("don't", "l'homme").
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Sentence end, allowing closing quotes/brackets after the mark: 'said.', 'it."', '(AP).'
_SENTENCE_END = re.compile(r"[.!?…:;。！？．：；][\"'”’»)\]」』）]*$")
_SPACE = re.compile(r"\s+")
# Scripts written without spaces between words: Han, kana (Chinese, Japanese).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A Chinese or Japanese word is about two characters long.
UNSPACED_CHARS_PER_WORD = 2
# Several stages ask the same questions of every line of a page (its words, whether it is
# prose): the answers depend on the text alone, so the latest are kept in a bounded cache,
# about the lines of a long page. Only lines up to LINE_CACHE_CHARS are kept, so the cache
# holds a few megabytes at most however long the lines of a batch's pages run.
LINE_CACHE_SIZE = 8192
LINE_CACHE_CHARS = 1000


def word_count(text: str) -> int:
    """Words in a text; in Chinese and Japanese, which put no spaces between words, every two
    characters count as one (so a paragraph of Japanese is not taken for a one-word label)."""
    if len(text) > LINE_CACHE_CHARS:
        return _count_words(text)
    return _cached_word_count(text)


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def _cached_word_count(text: str) -> int:
    return _count_words(text)


def _count_words(text: str) -> int:
    words = len(text.split())
    if text.isascii() or _UNSPACED.search(text) is None:
        return words
    return words + len(_UNSPACED.findall(text)) // UNSPACED_CHARS_PER_WORD


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space, strip the ends."""
    return _SPACE.sub(" ", text).strip()


def comparable_words(text: str) -> list[str]:
    """Lower-case word tokens, for comparing two texts regardless of punctuation and quotes."""
    if len(text) > LINE_CACHE_CHARS:
        return _WORD.findall(text.lower())
    return list(_comparable_words(text))  # a new list: the caller may change it


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def _comparable_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def ends_like_sentence(text: str) -> bool:
    """True if the text ends with sentence punctuation (possibly inside closing quotes)."""
    return _SENTENCE_END.search(text.rstrip()) is not None


def upper_share(text: str) -> float:
    """Share of letters that are upper case (0 for a text without letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


def lower_case_share(text: str) -> float:
    """Share of the words opening with a letter that open with a lower-case one: about 0.8 in a
    sentence, 0 in a title-case headline or menu ("Food & Drink"), 0 without letters."""
    opening = [word[0] for word in text.split() if word[0].isalpha()]
    if not opening:
        return 0.0
    return sum(1 for letter in opening if letter.islower()) / len(opening)


def is_prose(text: str, *, min_words: int = MIN_PROSE_WORDS) -> bool:
    """True for a line that reads like a paragraph of a story: long enough and punctuated."""
    if min_words == MIN_PROSE_WORDS and len(text) <= LINE_CACHE_CHARS:
        return _is_prose(text)
    return _reads_as_prose(text, min_words)


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_prose(text: str) -> bool:
    """``is_prose`` with the usual least words, which nearly every caller asks."""
    return _reads_as_prose(text, MIN_PROSE_WORDS)


def _reads_as_prose(text: str, min_words: int) -> bool:
    words = word_count(text)
    if words < min_words:
        return False
    return ends_like_sentence(text) or words >= 2 * min_words


def looks_like_title(text: str) -> bool:
    """True for a line shaped like a headline: a few words, no sentence-final period."""
    if not 2 <= word_count(text) <= MAX_TITLE_WORDS:
        return False
    stripped = text.rstrip()
    if stripped.endswith((".", ":", ";", ",", "。", "：", "；", "，")) and not stripped.endswith(
        "..."
    ):
        return False
    return any(c.isalpha() for c in text)


# Slug words that carry no title content.
SLUG_STOPWORDS = frozenset(
    {
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "are",
        "was",
        "html",
        "htm",
        "php",
        "aspx",
        "amp",
        "index",
        "article",
        "story",
        "news",
        "www",
    }
)
_SLUG_SPLIT = re.compile(r"[-_+.,%\d]+")


def url_slug_words(url: str | None) -> set[str]:
    """Content words of the URL's last path part: /world/kazakh-president-says-order-restored."""
    if not url:
        return set()
    try:
        path = urlsplit(url if "//" in url else f"//{url}").path.rstrip("/")
    except ValueError:  # "http://[" and other URLs urllib cannot split
        return set()
    last = path.rsplit("/", 1)[-1]
    last = last.rsplit(".", 1)[0] if "." in last[-6:] else last
    words = {w for w in _SLUG_SPLIT.split(last.lower()) if w.isalpha() and len(w) > 2}
    return words - SLUG_STOPWORDS
