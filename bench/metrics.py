"""Scores, each as its benchmark's authors define it (reimplemented from their description).

- WCXB: word-level precision / recall / F1 per page, averaged over pages.
- scrapinghub: 4-gram shingle TP / FP / FN per page, normalised per page; precision and recall
  averaged over pages, F1 from the two averages.
- trafilatura: ``with`` / ``without`` snippets counted as TP / FN / FP / TN over all pages.
- title / author / date: exact match after the normalisations written in ``bench/README.md``.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs
from dateutil import parser as date_parser

__all__ = [
    "PRF",
    "SnippetCounts",
    "TpFpFn",
    "author_match",
    "date_match",
    "normalize_title",
    "parse_day",
    "shingle_counts",
    "shingle_scores",
    "snippet_counts",
    "snippet_scores",
    "title_match",
    "wcxb_tokens",
    "word_prf",
]

# A word for WCXB and scrapinghub alike: a run of Unicode word characters ("Kazakh", "2022", "é").
WORD_RE = re.compile(r"\w+")
# Any run of whitespace, for trafilatura's snippet normalisation ("a \n  b" -> "a b").
SPACE_RE = re.compile(r"\s+")
# The start of an ISO date, read at day precision: "2025-09-04", "2015-03-17T16:27:40Z".
ISO_DAY_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
# Shingle length of the scrapinghub benchmark.
SHINGLE_N = 4


@attrs.frozen
class PRF:
    """Precision, recall and F1, each in [0, 1]."""

    precision: float
    recall: float
    f1: float


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


# --- WCXB ---------------------------------------------------------------------------------


def wcxb_tokens(text: str | None) -> list[str]:
    """WCXB's tokens: lower-cased ``\\w+`` runs."""
    return WORD_RE.findall(text.lower()) if text else []


def word_prf(predicted: str | None, reference: str | None) -> PRF:
    """WCXB word-level P / R / F1 of one page (bag-of-words overlap of the two token multisets).

    Empty reference: 1.0 if the prediction is empty too, else 0.0. Empty prediction: 0.0.
    """
    pred = wcxb_tokens(predicted)
    ref = wcxb_tokens(reference)
    if not ref:
        return PRF(1.0, 1.0, 1.0) if not pred else PRF(0.0, 0.0, 0.0)
    if not pred:
        return PRF(0.0, 0.0, 0.0)
    overlap = sum((Counter(pred) & Counter(ref)).values())
    precision = overlap / len(pred)
    recall = overlap / len(ref)
    return PRF(precision, recall, _f1(precision, recall))


def mean_prf(scores: Sequence[PRF]) -> PRF:
    """Each of P, R and F1 averaged over pages (WCXB's macro average)."""
    if not scores:
        return PRF(0.0, 0.0, 0.0)
    return PRF(
        statistics.fmean(s.precision for s in scores),
        statistics.fmean(s.recall for s in scores),
        statistics.fmean(s.f1 for s in scores),
    )


# --- scrapinghub --------------------------------------------------------------------------


@attrs.frozen
class TpFpFn:
    """Shingle counts of one page, divided by their sum so that long pages weigh no more."""

    tp: float
    fp: float
    fn: float

    @property
    def f1(self) -> float:
        """This page's own F1 (for listing the worst pages; not the benchmark's aggregate)."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 1.0


def _shingles(text: str | None, n: int) -> Counter[tuple[str, ...]]:
    """Counts of n-token shingles; a text shorter than n tokens is one shingle of all of them.

    Tokens are ``\\w+`` runs, case kept (the benchmark does not lower-case).
    """
    tokens = WORD_RE.findall(text or "")
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def shingle_counts(predicted: str | None, reference: str | None, n: int = SHINGLE_N) -> TpFpFn:
    """Per-page TP / FP / FN over shingle multisets, normalised to sum to 1 (unless all zero)."""
    pred = _shingles(predicted, n)
    true = _shingles(reference, n)
    tp = float(sum((pred & true).values()))
    fp = float(sum((pred - true).values()))
    fn = float(sum((true - pred).values()))
    total = tp + fp + fn
    if total > 0:
        return TpFpFn(tp / total, fp / total, fn / total)
    return TpFpFn(tp, fp, fn)


def _page_precision(c: TpFpFn) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    if c.tp == c.fp == 0:
        return 0.0
    return c.tp / (c.tp + c.fp)


def _page_recall(c: TpFpFn) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    if c.tp == c.fn == 0:
        return 0.0
    return c.tp / (c.tp + c.fn)


def shingle_scores(pages: Sequence[TpFpFn]) -> PRF:
    """scrapinghub's aggregate: precision averaged over pages with a non-empty prediction,
    recall over pages with a non-empty gold, F1 from those two averages.

    Where no page qualifies the average is reported as 0.0 (the original script raises there).
    """
    precisions = [_page_precision(c) for c in pages if c.tp + c.fp > 0]
    recalls = [_page_recall(c) for c in pages if c.tp + c.fn > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    return PRF(precision, recall, _f1(precision, recall))


# --- trafilatura --------------------------------------------------------------------------


@attrs.frozen
class SnippetCounts:
    """trafilatura's counts: ``with`` found (TP) or not (FN); ``without`` found (FP) or not (TN)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn
        )

    @property
    def f1(self) -> float:
        """F1 from these counts (0.0 when there is nothing to count)."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0


# Invisible characters (soft hyphen, zero-width space, word joiner): the corpora's snippets
# were copied from pages, some with the page's "&shy;" kept and some without.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060"))


def _squash(text: str) -> str:
    return SPACE_RE.sub(" ", text.translate(_INVISIBLE)).strip()


def snippet_counts(
    predicted: str | None, with_snippets: Iterable[str], without_snippets: Iterable[str]
) -> SnippetCounts:
    """Whitespace-normalised, case-sensitive substring tests of each snippet in the body.

    A failed extraction (``None``) finds nothing: each ``with`` is a miss, each ``without`` absent.
    """
    withs = list(with_snippets)
    withouts = list(without_snippets)
    body = _squash(predicted) if predicted else ""
    tp = sum(1 for s in withs if body and _squash(s) in body)
    fp = sum(1 for s in withouts if body and _squash(s) in body)
    return SnippetCounts(tp=tp, fp=fp, fn=len(withs) - tp, tn=len(withouts) - fp)


@attrs.frozen
class SnippetScores:
    """trafilatura's scores over all pages' counts, plus the two shares the issue asks for."""

    precision: float
    recall: float  # also the share of ``with`` snippets found
    f1: float
    accuracy: float
    without_absent: float  # share of ``without`` snippets absent (true-negative rate)


def snippet_scores(counts: Iterable[SnippetCounts]) -> SnippetScores:
    """Precision, recall, F1 and accuracy of the summed counts (0.0 for an empty denominator)."""
    total = SnippetCounts()
    for c in counts:
        total = total + c
    precision = total.tp / (total.tp + total.fp) if total.tp + total.fp else 0.0
    recall = total.tp / (total.tp + total.fn) if total.tp + total.fn else 0.0
    n = total.tp + total.fp + total.fn + total.tn
    accuracy = (total.tp + total.tn) / n if n else 0.0
    absent = total.tn / (total.tn + total.fp) if total.tn + total.fp else 0.0
    return SnippetScores(precision, recall, total.f1, accuracy, absent)


# --- metadata -----------------------------------------------------------------------------

# Typographic characters folded to ASCII before comparing titles ("’" -> "'", "—" -> "-").
_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        # invisible: soft hyphen, zero-width space, word joiner (gold titles copied from a page
        # keep its "&shy;"; a reader sees no difference)
        "\u00ad": None,
        "\u200b": None,
        "\u2060": None,
    }
)
# Characters stripped from both ends of a title: space, quotes, final full stops and colons.
_TITLE_EDGE = " \"'.:;,"


def normalize_title(title: str | None) -> str | None:
    """NFKC, typographic quotes and dashes to ASCII, invisible soft hyphens dropped,
    case-folded, whitespace collapsed, quotes and end punctuation trimmed; ``None`` when
    nothing is left."""
    if not title:
        return None
    text = unicodedata.normalize("NFKC", title).translate(_TYPOGRAPHIC).casefold()
    text = _squash(text).strip(_TITLE_EDGE)
    return text or None


def title_match(predicted: str | None, gold: str | None) -> bool:
    """Exact equality of the two normalised titles; a missing prediction never matches."""
    pred = normalize_title(predicted)
    return pred is not None and pred == normalize_title(gold)


# Words that join or introduce names rather than being part of them, in the corpora's languages:
# "By", "and", German "Von"/"und", French "Par"/"et", Spanish "Por"/"y", Italian/Portuguese "e",
# Polish "i", Dutch "Door"/"en", Scandinavian "av"/"og". Dropped from both sides before comparing.
AUTHOR_CONNECTORS = frozenset(
    {"by", "and", "von", "und", "par", "et", "por", "y", "e", "i", "door", "en", "av", "og", "di"}
)


def author_tokens(text: str) -> frozenset[str]:
    """The set of name words in an author string: NFKC, case-folded ``\\w+`` runs, connectors
    dropped ("By Erin Cunningham and Bo Li" -> {erin, cunningham, bo, li})."""
    words = WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())
    return frozenset(w for w in words if w not in AUTHOR_CONNECTORS)


def author_match(predicted: Sequence[str], gold: str | None) -> bool:
    """True when the predicted names, together, use exactly the gold string's name words.

    Order, punctuation, case and joining words do not matter; a missing or extra name does.
    """
    if not gold or not predicted:
        return False
    expected = author_tokens(gold)
    return bool(expected) and author_tokens(" ".join(predicted)) == expected


# Two defaults far apart: a date string that names its own day parses to the same day with both.
_DEFAULT_A = dt.datetime(1900, 1, 1)
_DEFAULT_B = dt.datetime(1904, 2, 29)


def parse_day(value: str | dt.date | None) -> dt.date | None:
    """The calendar day a date string names, as written (no time-zone conversion).

    ISO forms are read directly; other forms with python-dateutil, and only when the string
    gives year, month and day itself (a missing part is never filled in from a default).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    iso = ISO_DAY_RE.match(value)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    try:
        with warnings.catch_warnings():  # unknown zone names ("CET") do not change the day
            warnings.simplefilter("ignore")
            first = date_parser.parse(value, default=_DEFAULT_A, fuzzy=True)
            second = date_parser.parse(value, default=_DEFAULT_B, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


def date_match(predicted: str | None, gold: str | None) -> bool:
    """Same calendar day; a missing or unreadable prediction never matches."""
    pred = parse_day(predicted)
    return pred is not None and pred == parse_day(gold)
