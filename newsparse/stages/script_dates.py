"""Stage ``script_dates``: the publication date a page states only in its data scripts.

A page rendered in the browser may carry its date only in a JSON blob that is not JSON-LD
(``window.__STATE__ = {... "publishedAt": "2021-03-04T10:00:00Z" ...}``, a
``<script type="application/json">``). Such blobs also date other stories (teasers, comments,
images), so the stage is a last resort, read only when no other stage dated the page, and only
when every publication key in the page's scripts names the same day. Creation keys
("createdAt") count only on a page with no publication key, under the same agreement and
only when two or more agree: a lone one is as often an image's upload time.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from lxml.html import HtmlElement

from newsparse.datetimes import parse_date, with_region
from newsparse.document import Document, Evidence
from newsparse.model import Source
from newsparse.patterns.dates import SCRIPT_DATE_KEY, SCRIPT_DATE_VALUE
from newsparse.pipeline import stage

__all__ = ["script_dates"]

NAME = "script_dates"
# Script text read per page: the state blob of a heavy page can run to megabytes, and its
# article's own keys come first.
MAX_SCRIPT_CHARS = 2_000_000
# Keys read per page before the question is settled.
MAX_KEYS = 200
# Characters before a script date searched for its key: the longest key, escaped and spaced.
KEY_REACH = 48
# Creation keys that must agree before they date a page.
MIN_CREATION_KEYS = 2


def _data_scripts(root: HtmlElement) -> list[str]:
    """The texts of a page's inline scripts other than JSON-LD, up to ``MAX_SCRIPT_CHARS``."""
    texts: list[str] = []
    budget = MAX_SCRIPT_CHARS
    for element in root.iter("script"):
        kind = (element.get("type") or "").strip().lower()
        text = element.text
        if kind == "application/ld+json" or not text:
            continue
        texts.append(text[:budget])
        budget -= len(texts[-1])
        if budget <= 0:
            break
    return texts


def _keyed_dates(scripts: list[str]) -> Iterator[tuple[bool, str]]:
    """Each script date with a key before it, in page order: whether the key is a publication
    key, and the date as written."""
    for text in scripts:
        for value in SCRIPT_DATE_VALUE.finditer(text):
            start = value.start()
            key = SCRIPT_DATE_KEY.search(text, max(0, start - KEY_REACH), start)
            if key is not None:
                yield key.group("published") is not None, value.group()


def agreed_script_date(scripts: list[str]) -> str | None:
    """The first publication date in ``scripts`` when all their publication keys name one day;
    else the first creation date when there is no publication key and two or more creation
    keys all name one day; else None. Only the first MAX_KEYS keyed dates are read."""
    published: list[str] = []
    created: list[str] = []
    for is_published, value in itertools.islice(_keyed_dates(scripts), MAX_KEYS):
        (published if is_published else created).append(value)
    if published:
        return published[0] if len({v[:10] for v in published}) == 1 else None
    if len(created) >= MIN_CREATION_KEYS and len({v[:10] for v in created}) == 1:
        return created[0]
    return None


@stage(NAME, requires={"dates"}, provides={"script_dates"})
def script_dates(doc: Document) -> None:
    """Date an undated HTML page from its data scripts when they agree on the day."""
    if doc.published is not None or doc.root is None:
        return
    raw = agreed_script_date(_data_scripts(doc.root))
    if raw is None:
        return
    declared = doc.language.raw if doc.language is not None else None
    parsed = parse_date(raw, languages=with_region(doc.languages, declared))
    if parsed is not None and isinstance(parsed.value, dt.datetime):
        doc.published = Evidence(parsed.value, Source.SCRIPT_DATA, raw, NAME)
