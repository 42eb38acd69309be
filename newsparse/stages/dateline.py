"""Stage ``dateline``: the place (agency, date) that opens the first paragraph, cut from it.

Evidence, in order:
1. a place followed by a bracketed agency: "LONDON, Jan 5 (Reuters) -", "Paris (AFP) -",
   "MADRID, 5 feb (EFE).-", "München (dpa/lby) -", or with no dash after a date: "NEW DELHI,
   May 24 (PTI) The"; an agency we do not list, in capitals, only with a dash: "Jakarta
   (ANTARA) -";
2. an all-capitals place and a dash: "UNITED NATIONS / ALMATY -", "WASHINGTON —", maybe
   with a local outlet in brackets: "HONOLULU, Hawaii (Channel 9 News) -";
3. a mixed-case town and its state: "Springfield, Ill. —", "Centerville, NY –";
4. the agency first, then an all-capitals place and its date: "(ANSA) - ROMA, 07 MAR -";
5. a press release's place, date and wire: "AUSTIN, Texas, March 3, 2025 /PRNewswire/ --",
   "Austin, Texas--(BUSINESS WIRE)--" (the wire is the agency).
Only the first few body paragraphs are read: a dateline opens the story or nowhere (page text
may put a gallery's captions before the story's first paragraph).
"""

from __future__ import annotations

from newsparse.document import Document, Evidence, Role
from newsparse.model import BlockKind, Dateline, Source
from newsparse.patterns.datelines import (
    DATELINE_AGENCY_FIRST,
    DATELINE_CAPS,
    DATELINE_STATE,
    DATELINE_WIRE,
    DATELINE_WITH_AGENCY,
    NOT_PLACES,
    PLACE_SPLIT,
)
from newsparse.pipeline import stage
from newsparse.textshape import is_prose, upper_share

__all__ = ["dateline", "find_dateline"]

NAME = "dateline"
# An all-caps place needs this many letters: "I - " or "A - " is not a place.
MIN_PLACE_LETTERS = 3
# The first paragraph of a story has at least this many words; shorter body lines before it
# are kickers or stray date lines, and the dateline is looked for after them.
MIN_WORDS = 8
# Paragraphs read for the dateline: the story's first, or a later one when photo captions or
# a teaser the other stages missed come before the story in page text.
MAX_PARAGRAPHS_BEFORE = 4
# The opening words of an all-caps paragraph ("BREAKING NEWS - ...") are no dateline unless
# the rest of the paragraph is ordinary mixed-case text.
MAX_REST_UPPER_SHARE = 0.5


def find_dateline(text: str) -> tuple[Dateline, int] | None:
    """The dateline opening ``text`` and how many characters it takes, or None."""
    match = (
        DATELINE_WITH_AGENCY.match(text)
        or DATELINE_CAPS.match(text)
        or DATELINE_STATE.match(text)
        or (DATELINE_AGENCY_FIRST.match(text) if text[:1] == "(" else None)
        or DATELINE_WIRE.match(text)
    )
    if match is None:
        return None
    groups = match.groupdict()
    if groups.get("bare") is not None and groups.get("date") is None:
        return None  # "Officials (AP) Said": without a dash, only a dated dateline counts
    place = groups["place"].strip().rstrip("-")  # "Austin, Texas--(BUSINESS WIRE)--"
    agency = groups.get("agency") or groups.get("caps_agency") or groups.get("wire")
    if sum(1 for c in place if c.isalpha()) < MIN_PLACE_LETTERS or place.upper() in NOT_PLACES:
        return None
    rest = text[match.end() :]
    if upper_share(rest[:200]) > MAX_REST_UPPER_SHARE:
        return None
    raw = text[: match.end()].rstrip(" -—–:")
    if raw.endswith(")."):
        raw = raw[:-1]  # "(EFE).-": the full stop belongs to the dash, not the dateline
    locations = tuple(p.strip() for p in PLACE_SPLIT.split(place) if p.strip())
    return Dateline(
        text=raw.strip(), locations=locations, agency=agency, date=groups.get("date")
    ), match.end()


@stage(NAME, requires={"body"}, provides={"dateline"})
def dateline(doc: Document) -> None:
    """Cut a dateline from the start of the story's first paragraph."""
    paragraphs = 0
    for segment in doc.segments:
        if segment.label is None or segment.label.role is not Role.BODY:
            continue
        if segment.kind is BlockKind.HEADING or not is_prose(segment.text, min_words=MIN_WORDS):
            continue  # a kicker, a title or an "Updated" line that escaped the other stages
        found = find_dateline(segment.text)
        if found is not None and is_prose(segment.text[found[1] :], min_words=5):
            line, cut = found
            doc.dateline = Evidence(line, Source.TEXT_RULE, segment.text[:cut].strip(), NAME)
            doc.dateline_cut = (segment.index, cut)
            return
        paragraphs += 1
        if paragraphs >= MAX_PARAGRAPHS_BEFORE:
            return
