"""Refit the page-text headline weights (``newsparse/stages/headline.py``, ``WEIGHT_*``).

``python -m bench.fit_headline [--renderer innertext] [--limit N]``

Each wcxb-dev page (the dev corpus only) is rendered as page text and run through the pipeline
up to the headline stage; every candidate line ``_candidates`` offers becomes one row of the
evidence the stage scores, labelled by whether it matches the gold title. A softmax over each
page's candidates is fitted by gradient descent (L2-regularised), and the fitted weights are
printed beside the shipped, rounded ones with the accuracy of both on wcxb-dev and on the
held-out trafilatura-eval pages. The shipped constants are the rounded fit: rerun this after
changing the evidence, then round by hand. The guards in ``HELD`` (a long line, a byline, a
box's line, an image's alt text) are not fitted but held at their shipped weights: the dev
pages rarely show what they prevent, so a fit would price them near zero. So is a line that
repeats the page title line a WET record starts with (``repeats_page_title``): innertext
renderings, fitted on by default, start with a menu instead. So is a line that is the site's
name (``names_site``), a post's filing line (``filed``), a section heading inside the story
(``inside_story``) or a line closed by a full stop (``closed``): set by hand, as rare on the dev
pages.
Needs numpy (the ``bench`` extra brings it).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from typing import Any

from bench.corpora import load_corpus, sample
from bench.metrics import title_match
from bench.render import RENDERERS
from newsparse import defaults
from newsparse.load import load
from newsparse.stages import headline as stage

__all__ = ["FEATURES", "HELD", "candidate_rows", "features_of", "main"]

# The evidence of ``_Candidate.score``, in order, with the shipped weight of each.
FEATURES: tuple[tuple[str, float], ...] = (
    ("slug_share", stage.WEIGHT_SLUG),
    ("body_share", stage.WEIGHT_BODY_WORDS),
    ("title_case_share", stage.WEIGHT_TITLE_CASE),
    ("log1p_free_lines_below", stage.WEIGHT_DISTANCE),
    ("above_first_story_line", stage.WEIGHT_ABOVE_FIRST_STORY_LINE),
    ("meta_below", stage.WEIGHT_META_BELOW),
    ("meta_above", stage.WEIGHT_META_ABOVE),
    ("in_menu", stage.WEIGHT_MENU),
    ("size", stage.WEIGHT_SIZE),
    ("short", stage.WEIGHT_SHORT),
    ("long", stage.WEIGHT_LONG),
    ("echoed", stage.WEIGHT_ECHO),
    ("inside_longer", stage.WEIGHT_INSIDE_LONGER),
    ("prefix_of_longer", stage.WEIGHT_PREFIX_OF_LONGER),
    ("extends_shorter", stage.WEIGHT_EXTENDS_SHORTER),
    ("lower_start", stage.WEIGHT_LOWER_START),
    ("image_word", stage.WEIGHT_IMAGE_WORD),
    ("names_someone", stage.WEIGHT_NAMES),
    ("box_words", stage.WEIGHT_BOX_WORDS),
    ("repeated", stage.WEIGHT_REPEATED),
    ("under_title", stage.WEIGHT_UNDER_TITLE),
    ("first_sized", stage.WEIGHT_FIRST_SIZED),
    ("meta_far", stage.WEIGHT_META_FAR),
    ("extends_below", stage.WEIGHT_EXTENDS_BELOW),
    ("restates_above", stage.WEIGHT_RESTATES_ABOVE),
    ("repeats_page_title", stage.WEIGHT_REPEATS_PAGE_TITLE),
    ("names_site", stage.WEIGHT_SITE_NAME),
    ("filed", stage.WEIGHT_FILED),
    ("inside_story", stage.WEIGHT_INSIDE_STORY),
    ("closed", stage.WEIGHT_CLOSED),
)


# Evidence held at its shipped weight by the fit (see the module docstring).
HELD = frozenset(
    {
        "long",
        "image_word",
        "names_someone",
        "box_words",
        "repeats_page_title",
        "names_site",
        "filed",
        "inside_story",
        "closed",
    }
)


def features_of(candidate: Any) -> tuple[float, ...]:
    """One candidate's evidence as numbers, in the order of FEATURES (``score`` is their dot
    product with the shipped weights; a test holds the two together)."""
    segment = candidate.segment
    text = segment.text.strip()
    words = segment.words
    return (
        candidate.slug_share,
        candidate.body_share,
        candidate.title_case_share,
        math.log1p(candidate.free_lines_below),
        float(candidate.above_first_story_line),
        float(candidate.meta_below),
        float(candidate.meta_above),
        float(candidate.in_menu),
        float(stage.MIN_HEADLINE_WORDS <= words <= stage.MAX_HEADLINE_WORDS),
        float(words < stage.MIN_HEADLINE_WORDS),
        float(words > stage.MAX_HEADLINE_WORDS),
        float(candidate.echoed),
        float(candidate.inside_longer),
        float(candidate.prefix_of_longer),
        float(candidate.extends_shorter),
        float(text[:1].islower()),
        float(stage.IMAGE_ALT.search(text) is not None),
        float(candidate.names_someone),
        float(candidate.box_words),
        float(candidate.repeated),
        float(candidate.under_title),
        float(candidate.first_sized),
        float(candidate.meta_far),
        float(candidate.extends_below),
        float(candidate.restates_above),
        float(candidate.repeats_page_title),
        float(candidate.names_site),
        float(candidate.filed),
        float(candidate.inside_story),
        float(candidate.closed),
    )


def candidate_rows(text: str, url: str | None) -> list[tuple[str, tuple[float, ...]]]:
    """(line, features) for each headline candidate of one page of text."""
    doc = load(text, kind="text", url=url)
    for step in defaults.default_pipeline():
        if step.name == "headline":
            break
        step(doc)
    return [(c.segment.text, features_of(c)) for c in stage._candidates(doc)]


def _pages(corpus: str, renderer: str, limit: int | None) -> list[tuple[list[Any], list[bool]]]:
    render = RENDERERS[renderer]
    pages = []
    for page in sample(load_corpus(corpus), limit):
        if not page.gold.title:
            continue
        rows = candidate_rows(render(page.html()), page.url)
        pages.append(([f for _, f in rows], [title_match(t, page.gold.title) for t, _ in rows]))
    return pages


def _accuracy(pages: Sequence[tuple[list[Any], list[bool]]], weights: Sequence[float]) -> float:
    right = 0
    for rows, labels in pages:
        if rows:
            scores = [sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]
            right += labels[scores.index(max(scores))]
    return right / len(pages) if pages else 0.0


def _fit(pages: Sequence[tuple[list[Any], list[bool]]], l2: float, steps: int) -> list[float]:
    import numpy as np

    data = [(np.array(r, dtype=float), np.array(y, dtype=float)) for r, y in pages if any(y)]
    held = np.array([name in HELD for name, _ in FEATURES])
    weights = np.where(held, [w for _, w in FEATURES], 0.0)
    for _ in range(steps):
        gradient = np.zeros(len(FEATURES))
        for rows, labels in data:
            scores = rows @ weights
            chances = np.exp(scores - scores.max())
            chances /= chances.sum()
            gradient += rows.T @ (chances - labels / labels.sum())
        weights -= np.where(held, 0.0, 0.1 * (gradient / len(data) + l2 * weights))
    return [float(w) for w in weights]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renderer", default="innertext", choices=sorted(RENDERERS))
    parser.add_argument("--limit", type=int, default=None, help="pages per corpus")
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--l2", type=float, default=0.01)
    args = parser.parse_args(argv)
    train = _pages("wcxb-dev", args.renderer, args.limit)
    held_out = _pages("trafilatura-eval", args.renderer, args.limit)
    fitted = _fit(train, args.l2, args.steps)
    shipped = [w for _, w in FEATURES]
    print(f"{'evidence':24s} {'fitted':>8s} {'shipped':>8s}")
    for (name, weight), value in zip(FEATURES, fitted, strict=True):
        print(f"{name:24s} {value:+8.2f} {weight:+8.2f}")
    for label, pages in (("wcxb-dev (fitted on)", train), ("trafilatura-eval", held_out)):
        print(
            f"{label}: accuracy fitted {_accuracy(pages, fitted):.3f}, "
            f"shipped {_accuracy(pages, shipped):.3f} ({len(pages)} pages with a gold title)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
