"""The body stage on HTML: copies of the story for other screen sizes, and repeats that stay."""

from __future__ import annotations

import pytest

import newsparse

PARAGRAPHS = [
    "The council approved the new budget on Tuesday after a debate that lasted well into the "
    "night, with several members raising concerns about the cost of road repairs.",
    "The mayor said residents had waited long enough for the roads to be fixed, and that the "
    "city could no longer put off the work it had promised for years.",
    "Opposition members said the plan relied on optimistic forecasts of tax income and would "
    "leave the city with little room to respond to another bad winter.",
    "Work on the first roads is due to begin in March and should be finished by the end of the "
    "summer, the council's engineers said.",
]


def _page(story: str) -> str:
    return (
        "<html><head><title>Council approves budget</title></head><body><main>"
        f"<h1>Council approves budget</h1>{story}</main></body></html>"
    )


def test_story_rendered_once_per_screen_size_is_read_once() -> None:
    copy = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    variants = "".join(
        f'<div class="ssr-variant hidden-{size}">{copy}</div>' for size in ("a1", "b2", "c3")
    )
    article = newsparse.parse(_page(variants), kind="html")
    assert [p.text for p in article.paragraphs] == PARAGRAPHS


@pytest.mark.parametrize(
    "story",
    [
        # a training plan repeats its warm-up every week
        "".join(
            f"<h2>Week {week}</h2><p>{PARAGRAPHS[0]}</p><p>Run {week * 5} km at an easy pace "
            "and walk for ten minutes afterwards.</p>"
            for week in (1, 2, 3, 4, 5)
        ),
        # a table header and short items repeated in the same order
        "".join(
            f"<p>{PARAGRAPHS[day % 2]}</p><ul><li>Pos</li><li>Player</li><li>Plays</li>"
            "<li>Stats</li></ul>"
            for day in range(3)
        ),
    ],
)
def test_repeats_that_belong_to_the_story_stay(story: str) -> None:
    article = newsparse.parse(_page(story), kind="html")
    assert article.text.count(PARAGRAPHS[0]) >= 2


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        # a heading's permalink mark, before or after it, is not its text
        ('<a class="headerlink" href="#roads" title="Permalink">¶</a>', False),
        ('<a class="anchor" href="#roads" aria-hidden="false">#</a>', False),
        ('<a href="#roads">§</a>', False),
        ('<a href="#roads"> 🔗 </a>', False),
        # a link with words, or to another page, stays
        ('<a href="#roads">jump</a>', True),
        ('<a href="/tags/roads">#</a>', True),
    ],
)
def test_a_permalink_mark_is_no_text(link: str, kept: bool) -> None:
    mark = link.split(">", 1)[1].split("<", 1)[0].strip()
    story = (
        f"<p>{PARAGRAPHS[0]}</p><h2>Which roads come first{link}</h2><p>{PARAGRAPHS[1]}</p>"
        f"<p>{PARAGRAPHS[2]}</p>"
    )
    page = (
        "<html><head><title>Council approves budget</title></head><body><main>"
        f"<h1>Council approves budget{link}</h1>{story}</main></body></html>"
    )
    article = newsparse.parse(page, kind="html")
    heading = next(b.text for b in article.paragraphs if b.kind.value == "heading")
    assert heading.startswith("Which roads come first")
    assert heading.endswith(mark) is kept
    assert (article.headline or "").endswith(mark) is kept
