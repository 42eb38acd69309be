"""Datelines that open a news story. Data only.

Examples matched (the dateline is group ``place``, ``date``, ``agency``):
  "UNITED NATIONS / ALMATY - Kazakh President ..."
  "WASHINGTON (AP) — The Senate ..."
  "LONDON, Jan 5 (Reuters) - Britain ..."
  "Paris (AFP) - La France ..."        (mixed case needs an agency)
  "München (dpa/lby) - ...", "Jakarta (ANTARA) - ..."  (a regional service; an unlisted agency)
  "KYIV, Ukraine (AP) — ..."
  "BERLIN, 7. Januar (dpa) - ..."
  "SANTIAGO, 5 feb (EFE).- ...", "BOGOTÁ, 5 de febrero de 2025 (EFE).- ..."
  "NEW DELHI, May 24 (PTI) The ..."    (no dash: only after a date and an agency)
  "HONOLULU, Hawaii (Channel 9 News) - ..."  (an all-caps place with any outlet)
  "Springfield, Ill. — ...", "Centerville, NY – ..."  (mixed case needs a state)
  "(ANSA) - ROMA, 07 MAR - Il ..."     (the agency first, as Italian wires print it)
  "AUSTIN, Texas, March 3, 2025 /PRNewswire/ -- ..."  (a press release: the wire in slashes)
  "Austin, Texas--(BUSINESS WIRE)--...", "TORONTO, March 3, 2025 (GLOBE NEWSWIRE) -- ..."
"""

from __future__ import annotations

import re

__all__ = [
    "AGENCIES",
    "DATELINE_AGENCY_FIRST",
    "DATELINE_CAPS",
    "DATELINE_STATE",
    "DATELINE_WIRE",
    "DATELINE_WITH_AGENCY",
    "NOT_PLACES",
    "PLACE_SPLIT",
    "STATES",
]

# News agencies seen in datelines: "(AP)", "(Reuters)", "(AFP)", "(dpa)".
AGENCIES = (
    r"AP|Reuters|AFP|dpa|DPA|Xinhua|EFE|ANSA|PA|UPI|Bloomberg|Kyodo|Yonhap|TASS|ANI|PTI|IANS|"
    r"AAP|CP|KNA|epd|APA|SDA|ATS|Belga|ANP|NTB|TT|Ritzau|PAP|CTK|MTI|Europa Press|CNN|"
    r"AFP/Reuters|Reuters/AFP|AP/AFP|dpa/AFP|AFP/dpa|Agencies|IPS|WAM|SPA|Anadolu|Lusa|Notimex|"
    r"sda|Keystone-ATS|Adnkronos|Sputnik"
)
# All-caps places, accented capitals included: "WASHINGTON", "BOGOTÁ", "GENÈVE", "MÜNCHEN"
_CAPS = r"A-ZÀ-ÖØ-Þ"
_PLACE_CAPS = rf"[{_CAPS}][{_CAPS}.'’\-]*(?:[ /][{_CAPS}][{_CAPS}.'’\-]*){{0,5}}"
_PLACE_ANY = r"[A-ZÀ-Ý][\w.'’\-]*(?:[ /][A-ZÀ-Ýa-z][\w.'’\-]*){0,4}"
_REGION = r"(?:,\s*[A-ZÀ-Ý][\w.'’\-]*(?: [A-ZÀ-Ý][\w.'’\-]*){0,3})?"
# "Jan 5", "Jan. 5, 2025", "5 feb", "7. Januar", "5 de febrero de 2025"
_YEAR = r"(?:,? (?:de )?\d{4})?"
_DATE = (
    r"(?:,\s*(?P<date>[A-Za-zÀ-ÿ]{3,10}\.? \d{1,2}" + _YEAR
    + r"|\d{1,2}\.? (?:de )?[A-Za-zÀ-ÿ]{3,10}\.?" + _YEAR + r"))?"
)
_DASH = r"\s*(?:--|[-—–])\s+"
# A local outlet in brackets after an all-caps place: "(KTVB)", "(Channel 9 News)"
_OUTLET = r"(?:\s*\((?P<agency>[A-Z][\w.&'’ -]{1,30})\))?"

# US states and Canadian provinces as datelines write them: AP's abbreviations, postal codes
# and whole names ("Springfield, Ill.", "Centerville, NY", "Austin, Texas").
STATES = (
    r"Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\.|"
    r"Md\.|Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|"
    r"N\.C\.|N\.D\.|Okla\.|Ore\.|Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Vt\.|Va\.|Wash\.|W\.Va\.|"
    r"Wis\.|Wyo\.|D\.C\.|Ont\.|Que\.|B\.C\.|Alta\.|Man\.|Sask\.|N\.S\.|"
    r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    r"NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|"
    r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    r"Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    r"New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    r"Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
    r"Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta"
)

# An agency's regional service after a slash: "(dpa/lby)", "(dpa/lhe)"
_SERVICE = r"(?:/[a-z]{2,4})?"
# Any-case place followed by a bracketed agency: "Paris (AFP) -", "LONDON, Jan 5 (Reuters) -",
# "MADRID, 5 feb (EFE).-", "München (dpa/lby) -"; or an agency we do not list, in capitals,
# when a dash and a sentence's capital follow: "Jakarta (ANTARA) - The", not "Health officials
# (CDC) - the agency said"; or with no dash but a
# capital after it (group ``bare``), which the stage takes only after a date and a listed
# agency: "NEW DELHI, May 24 (PTI) The ..."
DATELINE_WITH_AGENCY = re.compile(
    rf"^(?P<place>{_PLACE_ANY}{_REGION}(?:\s*/\s*{_PLACE_ANY})?){_DATE}\s*"
    rf"\((?:(?P<agency>(?:{AGENCIES}){_SERVICE})\)(?:\.?{_DASH}(?=\S)|(?P<bare>\s+)"
    rf"(?=[A-ZÀ-Ý\"“‘]))|(?P<caps_agency>[A-Z]{{2,8}})\)\.?{_DASH}(?=[A-ZÀ-Ý\"“‘]))"
)
# The bracketed agency first, then an all-caps place and its date: "(ANSA) - ROMA, 07 MAR - "
DATELINE_AGENCY_FIRST = re.compile(
    rf"^\((?P<agency>{AGENCIES})\){_DASH}(?P<place>{_PLACE_CAPS}{_REGION}){_DATE}{_DASH}(?=\S)"
)
# An all-caps place with no agency: "UNITED NATIONS / ALMATY - ", "WASHINGTON — ", "SINGAPORE: "
DATELINE_CAPS = re.compile(
    rf"^(?P<place>{_PLACE_CAPS}{_REGION}(?:\s*/\s*{_PLACE_CAPS}){{0,4}}){_DATE}{_OUTLET}"
    rf"(?:{_DASH}|:\s+)(?=\S)"
)
# A mixed-case town and its state, then a dash: "Springfield, Ill. — ", "St. Paul, MN – "
DATELINE_STATE = re.compile(
    rf"^(?P<place>(?:(?:St|Ft|Mt)\. )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}},\s*(?:{STATES})){_DASH}"
    r"(?=\S)"
)

# A press release's dateline: any-case place, maybe a date, then the release wire between
# slashes ("/PRNewswire/") or in brackets naming a wire ("(BUSINESS WIRE)"), then a dash:
# "AUSTIN, Texas, March 3, 2025 /PRNewswire/ -- ", "Austin, Texas--(BUSINESS WIRE)--".
DATELINE_WIRE = re.compile(
    rf"^(?P<place>{_PLACE_ANY}{_REGION}){_DATE}\s*(?:--\s*)?"
    r"(?:/(?P<agency>[A-Z][\w.&'’ -]{1,40})/|\((?P<wire>[A-Z][\w.&'’ -]{0,30}(?:WIRE|[Ww]ire))\))"
    r"\s*(?:--|[-—–])\s*(?=\S)"
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
