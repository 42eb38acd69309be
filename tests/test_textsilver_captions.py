"""Page-text captions measured on the silver labels: invented cases of the shapes found there."""

from __future__ import annotations

import pytest

import newsparse

STORY_ABOVE = (
    "The council approved the new budget on Tuesday after a debate that lasted well into the "
    "night, with several members raising concerns."
)
STORY_BELOW = (
    "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
    "expect more customers."
)


@pytest.mark.parametrize(
    ("image", "captions"),
    [
        # an image without alt text, printed as its file name: the line under it, over the
        # credit, is the caption, though it has no full stop
        ("harbour-bridge-0412.jpg", [("Cyclists crossing the new bridge at dawn", "Anita Roe")]),
        ("IMG_2231.JPEG", [("Cyclists crossing the new bridge at dawn", "Anita Roe")]),
        ("[bridge_dawn.png]", [("Cyclists crossing the new bridge at dawn", "Anita Roe")]),
        # no file name above: the line is the image's alt, the caption only a credit
        ("", [("", "Anita Roe")]),
        # a one-word line that names no image file is no picture's
        ("Transport", [("", "Anita Roe")]),
    ],
)
def test_page_text_line_under_a_file_name_over_a_credit_is_the_caption(
    image: str, captions: list[tuple[str, str]]
) -> None:
    image_line = f"{image}\n" if image else ""
    article = newsparse.parse(
        f"Bridge opens\n\n{STORY_ABOVE}\n\n{image_line}Cyclists crossing the new bridge at dawn\n"
        f"Photo: Anita Roe\n\n{STORY_BELOW}\n",
        kind="text",
    )
    assert [(c.text, c.credit) for c in article.captions] == captions
