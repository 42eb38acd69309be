"""Teasers for other stories: their labels in several languages. Data only."""

from __future__ import annotations

import re

__all__ = ["RELATED_HEADING", "RELATED_LABEL"]

_labels = (
    r"read more|read also|also read|more|related|see also|also see|read|watch|listen|"
    r"recommended|more on this(?: story)?|read the full story|click here|must read|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|siehe auch|"
    r"(?:à )?lire aussi|à lire|voir aussi|lire la suite|"
    r"lee (?:también|más)|lea (?:también|más)|leer más|ver también|puedes ver|mira también|"
    r"te puede interesar|le puede interesar|lea|vea también|mira|te recomendamos|"
    r"leggi anche|vedi anche|leia (?:também|mais)|veja também|lees ook|zie ook|"
    r"czytaj (?:też|także|więcej)|zobacz (?:też|także)"
)
# A teaser line: "READ MORE: Kazakhstan govt resigns ...", "Related: ...", "Lesen Sie auch: ..."
RELATED_LABEL = re.compile(rf"^({_labels})\s*(?::|\||»|›|>|-|–|—)\s*(\S[^\n]{{2,300}})$", re.I)

# A heading over a list of teasers: "Related stories", "More from World", "Most read"
RELATED_HEADING = re.compile(
    r"^(?:related(?: stories| articles| news| content| coverage| links| reading| posts| pages|"
    r" topics)?|you (?:may|might) also like|(?:ähnliche|verwandte) (?:artikel|beiträge)|"
    r"artigos relacionados|artículos relacionados|articles similaires|"
    r"more (?:on|about) (?:this|the) (?:story|topic|subject)|see also|read more|"
    r"mehr zum thema|sur le même sujet|à lire aussi|lire aussi|noticias relacionadas|"
    r"articoli correlati|leggi anche|zobacz także|czytaj także)\s*:?$",
    re.I,
)
