"""Silver labels for captions, pull quotes, bylines, datelines and related-story links, and
newsparse's scores on them.

The labels come from the corpora's own markup and gold bodies, not from people: they are
incomplete (a caption without caption markup is not labelled) and sometimes wrong, so the
precisions here are estimates over the pages that carry a label for the field.

- caption: ``<figcaption>`` or an element whose class names a caption, inside the article
  container (``<article>``, ``itemprop=articleBody`` or an article-body class); its credit is a
  descendant whose class names a credit or copyright. Caption markup holding fewer than three
  words ("Jim Parsons", "iStock") is no label, since widgets say as little ("Caption Close"):
  a predicted caption with the same words is left unscored, neither right nor wrong.
- pull quote: an element whose class names a pull quote (``pullquote``, ``pull-quote``).
- byline: the first visible element whose class names a byline, or ``rel=author`` /
  ``itemprop=author``.
- related: the text of each link inside an element whose class names related stories
  (``related``, ``related-posts``, ``relatedArticles``), anywhere in the page's body: a teaser
  for another story. Boxes named otherwise ("recommended", "more-stories", "recirc") are not
  labelled, so precision is a lower bound.
- dateline: the start of the gold body (wcxb-dev, scrapinghub) when it reads like one:
  ``WASHINGTON (AP) —``, ``LONDON, Jan 5 (Reuters) -``, ``BUFFALO, N.Y. —``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import lxml.html

from bench import metrics
from bench.corpora import load_corpus, sample
from bench.records import Extraction, Page, Status, Task
from bench.render import ANY_SPACE_RE, parse_html
from bench.runner import run_task

__all__ = ["SilverLabels", "dateline_of", "labels_of", "run_silver"]

# Article containers, most specific first.
CONTAINER_XPATHS = (
    '//*[@itemprop="articleBody"]',
    "//article",
    '//*[contains(@class, "article-body") or contains(@class, "article__body")'
    ' or contains(@class, "story-body") or contains(@class, "entry-content")'
    ' or contains(@class, "post-content") or contains(@class, "articleBody")]',
)
# Lower-cased @class, for case-insensitive class tests in XPath 1.0.
_LOWER_CLASS = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
CAPTION_XPATH = f'.//figcaption | .//*[contains({_LOWER_CLASS}, "caption")]'
CREDIT_XPATH = f'.//*[contains({_LOWER_CLASS}, "credit") or contains({_LOWER_CLASS}, "copyright")]'
PULL_QUOTE_XPATH = (
    f'//body//*[contains({_LOWER_CLASS}, "pullquote") or contains({_LOWER_CLASS}, "pull-quote")'
    f' or contains({_LOWER_CLASS}, "pull_quote")]'
)
BYLINE_XPATH = (
    f'//body//*[contains({_LOWER_CLASS}, "byline") or @rel="author" or @itemprop="author"]'
)
RELATED_LINK_XPATH = f'//body//*[contains({_LOWER_CLASS}, "related")]//a[@href]'
SKIP_TEXT_TAGS = frozenset({"script", "style", "noscript", "template"})

# Label lengths outside these bounds are markup noise (an empty caption holder, a whole
# article that happens to carry a "caption" class).
MIN_CAPTION_CHARS = 5
MAX_CAPTION_CHARS = 500
# Fewer words than this is a widget label with a caption class ("Advertisement", "Caption Close").
MIN_CAPTION_WORDS = 3
MIN_PULL_QUOTE_CHARS = 10
MAX_PULL_QUOTE_CHARS = 600
MAX_BYLINE_CHARS = 200
# A related link is a story title: a few words ("More", "Next" are buttons), not a paragraph.
MIN_RELATED_CHARS = 10
MAX_RELATED_CHARS = 200
MIN_RELATED_WORDS = 3
# The dateline is looked for in the first characters of the gold body only.
DATELINE_SCAN_CHARS = 200
# Two texts are the same label when their WCXB word F1 reaches this (markup and extraction
# differ in stray words: a "Photo:" prefix, a trailing credit).
TEXT_MATCH_F1 = 0.8

# A dateline at the start of a body, up to its dash:
#   "WASHINGTON (AP) — ", "LONDON, Jan 5 (Reuters) - ", "BUFFALO, N.Y. — ",
#   "UNITED NATIONS / ALMATY - ", "Dekalb, Ill. — ", "New York, NY – ".
# Either an upper-case place (optionally ", Region") or a title-case place with ", Region";
# then an optional ", Mon D" date and "(Agency)"; then a dash with a space after it.
DATELINE_RE = re.compile(
    r"^(?P<text>"
    r"(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?: / [A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*)?"
    r"(?:, [A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,3})?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]*){0,2})"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: \([^()\n]{1,40}\))?"
    r") ?(?:—|–|--|-) "
)


@attrs.frozen
class Caption:
    text: str
    credit: str | None = None


@attrs.frozen
class SilverLabels:
    """The silver labels of one page; empty where the markup gives none."""

    captions: tuple[Caption, ...] = ()
    # Texts in caption markup too short to label (fewer than MIN_CAPTION_WORDS words): a
    # prediction with the same words is not scored either way.
    short_captions: tuple[str, ...] = ()
    pull_quotes: tuple[str, ...] = ()
    byline: str | None = None
    dateline: str | None = None
    related: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (
            self.captions or self.pull_quotes or self.byline or self.dateline or self.related
        )


def _text(element: lxml.html.HtmlElement) -> str:
    parts = [
        t
        for node in element.iter()
        if isinstance(node.tag, str) and node.tag not in SKIP_TEXT_TAGS
        for t in (node.text, node.tail if node is not element else None)
        if t
    ]
    return ANY_SPACE_RE.sub(" ", " ".join(parts)).strip()


def _visible(element: lxml.html.HtmlElement) -> bool:
    for node in (element, *element.iterancestors()):
        style = (node.get("style") or "").replace(" ", "").lower()
        if node.get("hidden") is not None or "display:none" in style:
            return False
    return True


def _container(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for xpath in CONTAINER_XPATHS:
        found = [e for e in root.xpath(xpath) if isinstance(e, lxml.html.HtmlElement)]
        if found:
            return max(found, key=lambda e: len(_text(e)))
    return None


def _unique(texts: Sequence[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for text in texts:
        if not any(_same(text, s) for s in seen):
            seen.append(text)
    return tuple(seen)


def dateline_of(body: str | None) -> str | None:
    """The dateline a gold body starts with, without its dash, or None."""
    if not body:
        return None
    match = DATELINE_RE.match(body[:DATELINE_SCAN_CHARS])
    return match.group("text").strip() if match else None


def labels_of(page: Page) -> SilverLabels:
    """Read one page's silver labels from its markup and its gold body."""
    root = parse_html(page.html())
    dateline = dateline_of(page.gold.body)
    if root is None:
        return SilverLabels(dateline=dateline)
    captions: list[Caption] = []
    short: list[str] = []
    container = _container(root)
    if container is not None:
        for element in container.xpath(CAPTION_XPATH):
            if not isinstance(element, lxml.html.HtmlElement) or not _visible(element):
                continue
            text = _text(element)
            if 0 < len(metrics.wcxb_tokens(text)) < MIN_CAPTION_WORDS:
                short.append(text)  # "Acer" is too short to label, yet no empty holder
                continue
            if not MIN_CAPTION_CHARS <= len(text) <= MAX_CAPTION_CHARS:
                continue
            if any(_within(text, c.text) for c in captions):
                continue  # a caption holder and its inner caption are one caption
            credits = [_text(e) for e in element.xpath(CREDIT_XPATH)]
            captions.append(Caption(text, next((c for c in credits if c), None)))
    quotes = [
        _text(e)
        for e in root.xpath(PULL_QUOTE_XPATH)
        if isinstance(e, lxml.html.HtmlElement) and _visible(e)
    ]
    quotes = [q for q in quotes if MIN_PULL_QUOTE_CHARS <= len(q) <= MAX_PULL_QUOTE_CHARS]
    byline = next(
        (
            text
            for e in root.xpath(BYLINE_XPATH)
            if isinstance(e, lxml.html.HtmlElement) and _visible(e)
            for text in [_text(e)]
            if text and len(text) <= MAX_BYLINE_CHARS and metrics.author_tokens(text)
        ),
        None,
    )
    related = [
        text
        for e in root.xpath(RELATED_LINK_XPATH)
        if isinstance(e, lxml.html.HtmlElement) and _visible(e)
        for text in [_text(e)]
        if MIN_RELATED_CHARS <= len(text) <= MAX_RELATED_CHARS
        and len(metrics.wcxb_tokens(text)) >= MIN_RELATED_WORDS
    ]
    return SilverLabels(
        tuple(captions), tuple(short), _unique(quotes), byline, dateline, _unique(related)
    )


def _joined(text: str) -> str:
    """A text's WCXB tokens joined by single spaces."""
    return " ".join(metrics.wcxb_tokens(text))


def _run_of(tokens: str, other: str) -> bool:
    """True if joined tokens are a run of whole words of ``other``: "japan" is no run of
    "japanese garden", "ap" none of "apple"."""
    return bool(tokens) and f" {tokens} " in f" {other} "


def _within(text: str, label: str) -> bool:
    """True if a caption's words are a run of an earlier label's words: the inner element of a
    caption holder, or the same caption shown twice. Sharing most words is not enough: "Image
    credit: Acme/Digital Foundry" after "Image credit: Digital Foundry" is another photo's."""
    return _run_of(_joined(text), _joined(label))


def _same(a: str, b: str) -> bool:
    """Two label texts name the same thing: one's words contain the other's, or F1 >= 0.8."""
    tokens_a, tokens_b = _joined(a), _joined(b)
    if not tokens_a or not tokens_b:
        return False
    if _run_of(tokens_a, tokens_b) or _run_of(tokens_b, tokens_a):
        return True
    return metrics.word_prf(a, b).f1 >= TEXT_MATCH_F1


def _scored_captions(
    predicted: Sequence[str], silver: Sequence[str], short: Sequence[str]
) -> list[str]:
    """The predicted captions to score: one that matches no label but whose words are those
    of a caption too short to label, or a run of them (its credit without the label: "iStock"
    for "photo: iStock"), is left out: the labels cannot tell a two-word caption from a
    widget's label, so it is neither right nor wrong."""
    return [
        p
        for p in predicted
        if not any(_within(p, s) for s in short) or any(_same(p, s) for s in silver)
    ]


def _byline_matches(predicted: Extraction, silver: str) -> bool:
    names = predicted.authors or ((predicted.byline,) if predicted.byline else ())
    found = metrics.author_tokens(" ".join(names))
    return bool(found) and found <= metrics.author_tokens(silver)


@attrs.frozen
class FieldScore:
    """Counts for one field in one mode."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    pages: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def _score_lists(
    predicted: Sequence[str], silver: Sequence[str]
) -> tuple[int, int, int, list[str]]:
    """TP / FP / FN of predicted texts against silver texts, and the silver texts missed."""
    missed = [s for s in silver if not any(_same(p, s) for p in predicted)]
    extra = [p for p in predicted if not any(_same(p, s) for s in silver)]
    return len(silver) - len(missed), len(extra), len(missed), missed


def run_silver(
    *,
    corpora: Sequence[str],
    modes: Sequence[str],
    limit: int | None,
    out_dir: Path,
    corpora_root: Path | None = None,
    page_timeout: float = 30.0,
) -> dict[str, Path]:
    """Build the silver set, run newsparse on its pages, write silver.md and silver.json."""
    labelled: dict[str, list[tuple[Page, SilverLabels]]] = {}
    for corpus in corpora:
        pages = sample(load_corpus(corpus, corpora_root), limit)
        labelled[corpus] = [(p, lab) for p in pages for lab in [labels_of(p)] if not lab.empty]
    fields = ("caption", "pull_quote", "byline", "dateline", "related")
    totals: dict[str, dict[str, list[int]]] = {m: {f: [0, 0, 0, 0] for f in fields} for m in modes}
    misses: list[dict[str, Any]] = []
    for mode in modes:
        for corpus, items in labelled.items():
            if not items:
                continue
            result = run_task(
                Task("newsparse", mode, corpus),
                [p for p, _ in items],
                page_timeout=page_timeout,
                log_dir=out_dir / "cache" / "logs",
            )
            outcomes = {o.page_key: o for o in result.outcomes}
            for page, labels in items:
                outcome = outcomes.get(page.key)
                output = outcome.extraction if outcome else Extraction()
                failed = outcome is None or outcome.status is not Status.OK
                checks: dict[str, tuple[int, int, int, list[str], list[str]]] = {}
                if labels.captions:
                    silver = [c.text for c in labels.captions]
                    scored = _scored_captions(output.captions, silver, labels.short_captions)
                    tp, fp, fn, missed = _score_lists(scored, silver)
                    checks["caption"] = (tp, fp, fn, missed, scored)
                if labels.pull_quotes:
                    tp, fp, fn, missed = _score_lists(output.pull_quotes, labels.pull_quotes)
                    checks["pull_quote"] = (tp, fp, fn, missed, list(output.pull_quotes))
                if labels.related:
                    tp, fp, fn, missed = _score_lists(output.related, labels.related)
                    checks["related"] = (tp, fp, fn, missed, list(output.related))
                if labels.byline:
                    ok = _byline_matches(output, labels.byline)
                    has = bool(output.authors or output.byline)
                    shown = [output.byline or ", ".join(output.authors)] if has else []
                    miss = [] if ok else [labels.byline]
                    checks["byline"] = (int(ok), int(has and not ok), int(not ok), miss, shown)
                if labels.dateline:
                    ok = output.dateline is not None and metrics.wcxb_tokens(
                        output.dateline
                    ) == metrics.wcxb_tokens(labels.dateline)
                    has = output.dateline is not None
                    shown = [output.dateline] if output.dateline else []
                    miss = [] if ok else [labels.dateline]
                    checks["dateline"] = (int(ok), int(has and not ok), int(not ok), miss, shown)
                for field, (tp, fp, fn, missed, shown) in checks.items():
                    total = totals[mode][field]
                    total[0] += tp
                    total[1] += fp
                    total[2] += fn
                    total[3] += 1
                    if missed or fp:
                        misses.append(
                            {
                                "mode": mode,
                                "page": page.key,
                                "field": field,
                                "status": "failed" if failed else "ok",
                                "missed": missed,
                                "predicted": shown,
                            }
                        )
    scores = {
        mode: {f: FieldScore(*counts) for f, counts in by_field.items()}
        for mode, by_field in totals.items()
    }
    return _write(scores, labelled, misses, out_dir)


# The misses table shows this many texts per cell, each cut to this many characters.
CELL_ITEMS = 4
CELL_CHARS = 100


def _cell(texts: Sequence[str]) -> str:
    shown = [t if len(t) <= CELL_CHARS else t[: CELL_CHARS - 1] + "…" for t in texts[:CELL_ITEMS]]
    more = len(texts) - CELL_ITEMS
    return " / ".join(shown) + (f" (+{more} more)" if more > 0 else "")


def _write(
    scores: dict[str, dict[str, FieldScore]],
    labelled: dict[str, list[tuple[Page, SilverLabels]]],
    misses: list[dict[str, Any]],
    out_dir: Path,
) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)

    def num(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    lines = [
        "# newsparse on the silver labels",
        "",
        "Labels read from the corpora's markup and gold bodies (see `bench/silver.py`): they are",
        "incomplete, so precision is an estimate over the pages labelled for the field.",
        "",
        "Labelled pages: "
        + ", ".join(f"{corpus} {len(items)}" for corpus, items in labelled.items())
        + ".",
        "",
        "| mode | field | pages | P | R | TP | FP | FN |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for mode, by_field in scores.items():
        for field, s in by_field.items():
            lines.append(
                f"| {mode} | {field} | {s.pages} | {num(s.precision)} | {num(s.recall)} "
                f"| {s.tp} | {s.fp} | {s.fn} |"
            )
    lines += ["", "## Misses per page", "", "| mode | page | field | silver (missed) | newsparse |"]
    lines.append("|---|---|---|---|---|")
    for miss in misses:
        silver = _cell(miss["missed"]) or "(all matched)"
        predicted = _cell(miss["predicted"]) or "(none)"
        cells = [miss["mode"], miss["page"], miss["field"], silver, predicted]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    paths = {
        "md": out_dir / "silver.md",
        "json": out_dir / "cache" / "silver.json",  # every miss in full: large, not committed
        "labels": out_dir / "cache" / "silver-labels.json",
    }
    paths["labels"].parent.mkdir(parents=True, exist_ok=True)
    paths["md"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = {
        "scores": {
            mode: {
                field: attrs.asdict(s) | {"precision": s.precision, "recall": s.recall}
                for field, s in by_field.items()
            }
            for mode, by_field in scores.items()
        },
        "misses": misses,
    }
    paths["json"].write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", "utf-8")
    labels_document = {
        page.key: {
            "captions": [attrs.asdict(c) for c in labels.captions],
            "short_captions": list(labels.short_captions),
            "pull_quotes": list(labels.pull_quotes),
            "byline": labels.byline,
            "dateline": labels.dateline,
            "related": list(labels.related),
        }
        for items in labelled.values()
        for page, labels in items
    }
    paths["labels"].write_text(json.dumps(labels_document, indent=1, ensure_ascii=False), "utf-8")
    return paths
