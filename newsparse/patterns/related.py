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

# A heading over a list of teasers for other stories: "Related stories", "Up next", "More
# from World", "Most read", "Recent posts", "You'll also love", "Lesen Sie auch".
RELATED_HEADING = re.compile(
    r"^(?:related(?: stories| articles| news| content| coverage| links| reading| posts| pages|"
    r" topics| documents)?|(?:ähnliche|verwandte) (?:artikel|beiträge)|"
    r"you(?: may| might|'ll|’ll| will)(?: also)? (?:like|love|enjoy)(?: to read| reading)?|"
    r"people also (?:like|read)|"
    r"artigos relacionados|artículos relacionados|articles similaires|"
    r"more (?:on|about) (?:this|the) (?:story|topic|subject)|see also|read more(?: articles)?|"
    r"up next|read next|what to read next|next up(?: in [^\n]{1,40})?|also of interest|"
    r"elsewhere on [^\n]{1,40}|"
    r"more (?:from|in) [^\n]{1,40}|more (?:news|stories|articles|posts|blogs|to discover)|"
    r"(?:latest|recent|similar|popular|trending|top|featured) (?:news|stories|posts|articles)|"
    r"most (?:read|popular|viewed|shared)(?: in [^\n]{1,40})?|recommended(?: for you| reading| stories)?|"
    r"mehr zum thema|sur le même sujet|à lire aussi|lire aussi|noticias relacionadas|"
    r"auch interessant|lesen sie auch|weitere (?:beiträge|artikel)|meistgelesen|"
    r"vous aimerez aussi|(?:también )?te puede interesar|le puede interesar|"
    r"articoli correlati|leggi anche|zobacz także|czytaj także|czytaj też|"
    r"материалы по теме|читайте также)\s*(?::|\.\.\.|…)?$",
    re.I,
)
