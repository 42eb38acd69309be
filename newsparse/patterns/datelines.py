"""Datelines that open a news story. Data only.

Examples matched (the dateline is group ``place``, ``date``, ``agency``):
  "UNITED NATIONS / ALMATY - Kazakh President ..."
  "WASHINGTON (AP) — The Senate ..."
  "LONDON, Jan 5 (Reuters) - Britain ..."
  "Paris (AFP) - La France ..."        (mixed case needs an agency)
  "KYIV, Ukraine (AP) — ..."
  "BERLIN, 7. Januar (dpa) - ..."
"""

from __future__ import annotations

import re

__all__ = ["AGENCIES", "DATELINE_CAPS", "DATELINE_WITH_AGENCY", "NOT_PLACES", "PLACE_SPLIT"]

# News agencies seen in datelines: "(AP)", "(Reuters)", "(AFP)", "(dpa)".
AGENCIES = (
    r"AP|Reuters|AFP|dpa|DPA|Xinhua|EFE|ANSA|PA|UPI|Bloomberg|Kyodo|Yonhap|TASS|ANI|PTI|IANS|"
    r"AAP|CP|KNA|epd|APA|SDA|ATS|Belga|ANP|NTB|TT|Ritzau|PAP|CTK|MTI|Europa Press|CNN|"
    r"AFP/Reuters|Reuters/AFP|AP/AFP|dpa/AFP|AFP/dpa|Agencies|IPS|WAM|SPA|Anadolu|Lusa|Notimex"
)
_PLACE_CAPS = r"[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*){0,5}"
_PLACE_ANY = r"[A-ZÀ-Ý][\w.'’\-]*(?:[ /-][A-ZÀ-Ýa-z][\w.'’\-]*){0,4}"
_REGION = r"(?:,\s*[A-ZÀ-Ý][\w.'’\-]*(?: [A-ZÀ-Ý][\w.'’\-]*){0,3})?"
_DATE = r"(?:,\s*(?P<date>[A-Za-zÀ-ÿ]{3,10}\.? \d{1,2}|\d{1,2}\.? [A-Za-zÀ-ÿ]{3,10}\.?))?"
_DASH = r"\s*(?:--|[-—–])\s+"

# Any-case place followed by a bracketed agency: "Paris (AFP) -", "LONDON, Jan 5 (Reuters) -"
DATELINE_WITH_AGENCY = re.compile(
    rf"^(?P<place>{_PLACE_ANY}{_REGION}(?:\s*/\s*{_PLACE_ANY})?){_DATE}\s*"
    rf"\((?P<agency>{AGENCIES})\){_DASH}(?=\S)"
)
# An all-caps place with no agency: "UNITED NATIONS / ALMATY - ", "WASHINGTON — ", "SINGAPORE: "
DATELINE_CAPS = re.compile(
    rf"^(?P<place>{_PLACE_CAPS}{_REGION}(?:\s*/\s*{_PLACE_CAPS}){{0,4}}){_DATE}(?:{_DASH}|:\s+)(?=\S)"
)

# Capitalised story labels that open a paragraph like a dateline but name no place.
NOT_PLACES = frozenset(
    {
        "BREAKING",
        "BREAKING NEWS",
        "UPDATE",
        "UPDATED",
        "WATCH",
        "LISTEN",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "LIVE",
        "READ",
        "READ MORE",
        "NOTE",
        "EDITOR'S NOTE",
        "CORRECTION",
        "WARNING",
        "VIDEO",
        "PHOTOS",
        "FILE",
        "FACT CHECK",
        "Q",
        "A",
        "NEW",
        "ALSO READ",
        "RELATED",
        "SPOILER",
        "CLARIFICATION",
        "ADVERTISEMENT",
        "FIRST ON",
        "TL;DR",
        "UPDATE 1",
        "UPDATE 2",
    }
)

# Between several places of one dateline: "UNITED NATIONS / ALMATY"
PLACE_SPLIT = re.compile(r"(?<!\s)\s*/\s*")
