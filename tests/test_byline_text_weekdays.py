"""Page text: the weekdays a date line leaves without its dates are no one's name."""

from __future__ import annotations

import pytest

import newsparse

STORY = (
    "Engineers shared their best practices for bridge repairs with the council on Tuesday.\n\n"
    "The home routers of the town's data safety office were also checked for flaws.\n\n"
    + ("The council agreed to rebuild the old bridge next spring, after a long debate. " * 2)
)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Bridge Repairs Begin\nMon 2 Oct 2025 06.05 GMT Last modified on Mon 2 Oct 2025 06.07 GMT",
         ()),
        ("Bridge Repairs Begin\nThu 2 Oct 2025 06.05\u00a0GMT  Last modified on Thu 2 Oct 2025 "
         "06.07\u00a0GMT", ()),
        # a name on such a line is still read
        ("Bridge Repairs Begin\nBy Jane Roe\nThu 2 Oct 2025 06.05 GMT Last modified on Thu 2 Oct "
         "2025 06.07 GMT", ("Jane Roe",)),
    ],
)
def test_weekdays_left_on_a_date_line_are_no_byline(
    header: str, authors: tuple[str, ...]
) -> None:
    article = newsparse.parse(f"Home\nNews\n{header}\n\n{STORY}", kind="text")
    assert article.authors == authors
