"""Bylines and author names: split a byline line, tell a byline line, clean metadata authors.

Pure functions, called by the pipeline stages on many lines per page:

- ``split_byline(text, languages=())``: a visible byline line -> ``Byline`` (people, organisations)
  or None;
- ``looks_like_byline(text, languages=())``: is this short line a byline?
- ``clean_author_values(values, site_name=None)``: author names from the markup -> ``Byline`` or
  None.

A line is read in five steps (the word tables are in ``newsparse.patterns.bylines``):

1. normalise: NBSP, zero-width characters and runs of white space; URLs, e-mail addresses and
   @handles are dropped (contact details, not names);
2. cut the line into parts at hard separators ("|", "•", " — "); a part ends where a date
   ("Updated 3:45 PM", "Jan. 7, 2022") or author-box words ("Email the author", "Follow") start,
   and no later part is read;
3. split each part into chunks at "," ";" "/" "(" ")", conjunctions ("and", "und", "et") and
   "for" ("Jane Doe for The Times");
4. a role phrase may open a chunk: an author marker ("By", "Von", "Par", "Written by",
   "Author:"), an end-of-story credit ("Reporting by") or another credit ("Photo:",
   "Editing by"); the role holds for the chunks after it, and only author chunks give names;
5. classify each author chunk, first hit wins: placeholder ("admin"), photo credit ("Getty
   Images"), credential ("MD"), suffix ("Jr."), job title ("Staff Writer"), person followed by
   an agency ("JANE DOE Associated Press"), organisation (known agency, organisation word,
   "The ...", domain, acronym), place after a name ("Jane Doe, Paris"), person (name-shaped).

Decisions:

- Names are kept as written: ALL-CAPS stays ALL-CAPS, "The Associated Press" keeps "The".
- Job titles, credentials, places and photo credits are dropped from the names but stay in
  ``Byline.text`` when they sit between names ("Par Claire Vasseur (Lyon, correspondante)").
- "Reporting by X; Editing by Y": ``split_byline`` gives X as the author and drops the editing
  and "Additional reporting" credits; ``looks_like_byline`` is False for such a line, because it
  is an end-of-story credit, not the byline under the headline.
- A place after a name is dropped from the names: "Jane Doe in Paris", "Jane Doe, Paris",
  "Jane Doe, New York" (one capitalised word, or two or three words starting with "New",
  "San", "Saint"...). A two-word place without such a first word ("Jane Doe, Buenos Aires") is
  read as a second person. For looks_like_byline the place is evidence: "Jon Henley in Paris"
  is a byline line, "Jane Doe" alone is not (a comment author, a caption name...). One word
  listed after such a place is one more ("Jane Doe in Kyiv, Ukraine"; a blog's categories:
  "Jana in Gedanken, Alltag").
- A picture credit ("Dana Whitfield/Getty Images", "Photo: ...") names nobody.
- In visible text a person's name is capitalised words (particles such as "de", "van" aside)
  without digits; a capitalised word with digits ("Globe24") is an organisation. Metadata values
  may be user names and keep them: "marianne1", "gizzmo".
- Without a marker, looks_like_byline wants more than a name: a job title, an outlet, a place,
  a handle or author-box words next to it, two full names ("Helen Marsh and Owen Pryce"), or
  two organisations of which one is a known agency ("Staff and agencies"). "NAME / AGENCY" is
  the shape of a photo credit and is not taken.
- "Doe, Jane" (exactly two comma parts, the first one word) is one person, as written.
- A job title alone ("a Staff Reporter") names nobody: None. "Staff" alone is an organisation.
- URLs are dropped, also profile URLs: a name taken from a URL slug ("jane-doe") would be a
  guess at how the name is written.
- A word that is a conjunction in one language and a place preposition in another ("en" in
  Dutch and French) is read as a place preposition unless ``languages`` picks the language.
- Given ``languages``, their tables are used together with the English one (CMS templates
  print "By" and "Author:" on pages in every language); unknown codes are ignored, and with no
  known code all tables are used.

Known gaps (strict xfails in tests/test_names.py):

- "Jan de Vries en Piet Jansen" without ``languages=("nl",)`` gives only the first name.
- A nickname in brackets inside a name ("Paulo (Pedro Alves) Costa") splits it.
- A two-word place without a place starter ("Jane Doe, Buenos Aires") is read as a person.
- A family name that is an organisation word ("Jan Staff", "Emily Post") makes an
  organisation; a conjunction inside a name ("José Sousa e Silva") splits it.
- A credit inside a chunk with no separator before it ("By Jane Doe Photos by John Smith")
  leaves the chunk unread.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

import attrs

from newsparse.model import Byline
from newsparse.patterns import bylines as P

__all__ = [
    "clean_author_values",
    "credit_label_line",
    "is_job_title",
    "is_known_organization",
    "is_site_name",
    "looks_like_byline",
    "split_byline",
    "without_name_brackets",
]

# A byline line is short; a longer line is prose, and reading it would be wasted time.
MAX_BYLINE_CHARS = 200
# split_byline reads longer lines (author lists), but a 1 MB "line" is not a byline.
MAX_SPLIT_CHARS = 2000
# One metadata value can list many authors; past this it is a paragraph, not names.
MAX_AUTHOR_VALUE_CHARS = 5000
# A person's name has at most this many words, not counting particles ("de", "van", "von"):
# "María Fernanda Espinosa Garcés" has 4; a Title Case headline has more.
MAX_NAME_WORDS = 5
# Words between two separators of a byline: a name, an outlet or a job title ("Chief
# Political Correspondent of The Example Times") has fewer; more is prose.
MAX_CHUNK_WORDS = 12
# A single ALL-CAPS word of at most this many letters after a name is an outlet ("AP", "KHOU");
# a longer one is a place ("WASHINGTON").
MAX_ACRONYM_AFTER_NAME = 4
# A single ALL-CAPS word of at most this many letters on its own is an acronym ("CNN", "BBAW").
MAX_ACRONYM = 5
# A visible byline naming two people without "By" ("Helen Marsh and Owen Pryce"): each name
# needs this many words, so "Simon and Garfunkel" is not one.
MIN_WORDS_PER_UNMARKED_NAME = 2
# After one credential, any ALL-CAPS word this short is one more ("MD, FOMA, DABOM").
MAX_CREDENTIAL_CHARS = 6
# A job title after a name and a comma has at most this many words and ends in a title word:
# "Washington Correspondent", "Deputy Foreign News Editor".
MAX_TITLE_WORDS = 4
# An outlet named by its acronym and a desk ("CNN Business") has few words, and the acronym
# at least three letters: two are a person's initials ("AJ Roe").
MAX_OUTLET_WORDS = 3
MIN_OUTLET_ACRONYM = 3
# A place after a byline's separator has few words ("Santa Cruz de la Sierra").
MAX_PLACE_WORDS = 5
# A blog's user name after "by" ("by janedoe") has this many characters.
MIN_USER_NAME_CHARS = 3
MAX_USER_NAME_CHARS = 30
# Characters read after a full stop for a role phrase ("Additional reporting by").
MAX_ROLE_PHRASE_CHARS = 40
# Role phrases are at most this many words ("additional reporting by", "ein beitrag von").
MAX_ROLE_WORDS = 4
# Lower-case words that make a chunk with an organisation word a sentence, not a name
# ("This post may contain affiliate links"; "Universität für angewandte Kunst" has one).
MAX_LOWER_ORG_WORDS = 2
# A group named after a marker without a known organisation word: "Ask the Gardeners".
MAX_GROUP_WORDS = 4


class _Kind(enum.Enum):
    """What one chunk of a byline is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    TITLE = "title"  # a newsroom title: "Staff Writer"
    JOB = "job"  # another trade's title: "CEO of Example"
    PLACE = "place"
    CREDENTIAL = "credential"
    SUFFIX = "suffix"
    PHOTO = "photo"
    PLACEHOLDER = "placeholder"
    UNKNOWN = "unknown"


# Chunks that belong to a byline (kept in its text) though they name nobody.
_BYLINE_KINDS = frozenset(
    {
        _Kind.PERSON,
        _Kind.ORGANIZATION,
        _Kind.TITLE,
        _Kind.JOB,
        _Kind.PLACE,
        _Kind.CREDENTIAL,
        _Kind.SUFFIX,
    }
)
_NAME_KINDS = frozenset({_Kind.PERSON, _Kind.ORGANIZATION})


class _Role(enum.Enum):
    """Whose work the names of a chunk are credited with."""

    AUTHOR = "author"
    TRAILER = "trailer"  # "Reporting by": authors, in an end-of-story credit line
    OTHER = "other"  # photos, editing, sources: never authors


# _Chunk and _Name stay inside this module and are made for every chunk of every line read:
# NamedTuples, which are built several times faster than frozen attrs classes.
class _Chunk(NamedTuple):
    """Words between two separators, with their place in the normalised line."""

    words: tuple[str, ...]
    start: int  # where the chunk starts, its role phrase included
    end: int
    sep: str  # what came before it: "", ",", ";", "/", "(", ")", "[", "]", "and", "for"
    role: _Role
    joiner: str = ""  # the word of an "and" or "for" separator, as written ("und", "For")
    inverted: bool = False  # "Doe, Jane": the first word ends the family name
    labelled: bool = False  # the role came from a label and its colon ("Author:"), not "By"


class _Name(NamedTuple):
    """A classified chunk."""

    kind: _Kind
    text: str
    words: int
    start: int
    end: int
    sep: str


@attrs.frozen
class _Reading:
    """What one line says: its names in order, and the evidence that it is a byline."""

    names: tuple[_Name, ...]
    text: str
    marker: bool  # an author marker ("By", "Von", "Author:")
    trailer: bool  # an end-of-story credit ("Reporting by")
    contact: bool  # a handle, e-mail or author-box words were next to the names
    unknown: bool  # some author chunk is neither a name nor byline furniture
    parts: int  # how many hard-separated parts gave names

    @property
    def people(self) -> tuple[_Name, ...]:
        return tuple(n for n in self.names if n.kind is _Kind.PERSON)

    @property
    def organizations(self) -> tuple[_Name, ...]:
        return tuple(n for n in self.names if n.kind is _Kind.ORGANIZATION)

    def has(self, kind: _Kind) -> bool:
        return any(n.kind is kind for n in self.names)


# --- word tables for a set of languages --------------------------------------------------


def _merge(language: str, tables: Sequence[P.BylineWords]) -> P.BylineWords:
    """The union of some tables. A conjunction that is a place preposition in another of them
    ("en") is read as a place preposition: cutting a place keeps the name right."""

    def union(name: str) -> frozenset[str]:
        return frozenset().union(*(getattr(t, name) for t in tables))

    places = union("places")
    return P.BylineWords(
        language=language,
        markers=union("markers"),
        labels=union("labels"),
        trailer_markers=union("trailer_markers"),
        other_markers=union("other_markers"),
        other_labels=union("other_labels"),
        conjunctions=union("conjunctions") - places,
        connectors=union("connectors"),
        places=places,
        titles=union("titles"),
        title_modifiers=union("title_modifiers"),
        org_words=union("org_words"),
        function_words=union("function_words"),
        date_words=union("date_words"),
        months=union("months"),
        noise=union("noise"),
    )


_ALL = _merge("*", P.TABLES)
_WITH_ENGLISH: Mapping[str, P.BylineWords] = MappingProxyType(
    {t.language: _merge(t.language, (P.ENGLISH, t)) for t in P.TABLES}
)
# Organisation words, titles and their modifiers are read in every language: a German page
# credits "Redaktion" and "Staff" alike, and no person is called "Redakteur".
_ORG_WORDS = _ALL.org_words
_NEWSROOM_TITLES = _ALL.titles
_TITLES = _NEWSROOM_TITLES | P.JOB_TITLES
_TITLE_MODIFIERS = _ALL.title_modifiers | P.DETERMINERS
_ROLE_PHRASES = (
    _ALL.markers | _ALL.labels | _ALL.trailer_markers | _ALL.other_markers | _ALL.other_labels
)
_ROLE_WORDS = frozenset(word for phrase in _ROLE_PHRASES for word in phrase.split())
_ROLE_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _ROLE_PHRASES)
# Labels crediting a person or a source for a story, which a "Label: Name" line opens
# ("Editor: Jane Roe", "Source: Xinhua", "Author: Jane Roe"); picture and video labels are
# left out: "Video: Fire closes the bridge" is a headline.
_PERSON_CREDIT_LABELS = (_ALL.labels | _ALL.other_labels) - frozenset(
    {"photo", "photos", "photograph", "photographs", "photography", "picture", "pictures",
     "image", "images", "illustration", "graphic", "graphics", "video", "in", "words"}
)
# At most this many words after the label: a name, not a title after a kicker.
MAX_CREDITED_NAME_WORDS = 4
# Punctuation inside a name: "Kassym-Jomart", "O'Brien", "J.R." (deleted before isalpha()).
_NAME_PUNCTUATION = str.maketrans("", "", "-'’.")
# Lower-case words a byline may have before its date part: particles ("de"), joining words,
# place prepositions, job titles ("correspondante", "editor at large"), organisation words
# ("agencies"), role phrases ("written by"), "special to" and "the".
_LOWER_CASE_BYLINE_WORDS = (
    P.NAME_PARTICLES
    | _ALL.conjunctions
    | _ALL.places
    | _ALL.connectors
    | _TITLES
    | _TITLE_MODIFIERS
    | _ORG_WORDS
    | _ROLE_WORDS
    | P.DETERMINERS
    | _ALL.date_words
    | P.PLACEHOLDERS
    | P.TITLE_LINKS
    | frozenset(word for phrase in P.ORG_LEAD_INS for word in phrase.split())
    | frozenset(o for o in P.KNOWN_ORGANIZATIONS if o.islower())
)
# Punctuation around a word that says nothing about its case.
_TOKEN_EDGES = ",;:()[]/\"'“”„‘’«»-–—.!?|•·●⋅∙‧*"


def _words_for(languages: Sequence[str]) -> P.BylineWords:
    """The tables for ``languages`` ("de", "de-AT", "pt_BR"), English always included."""
    if isinstance(languages, str):
        languages = (languages,)
    codes: list[str] = []
    for code in languages:
        base = code.replace("_", "-").split("-", 1)[0].casefold()
        if base in P.BY_LANGUAGE and base not in codes:
            codes.append(base)
    if not codes:
        return _ALL
    if len(codes) == 1:
        return _WITH_ENGLISH[codes[0]]
    return _merge("+".join(codes), (P.ENGLISH, *(P.BY_LANGUAGE[c] for c in codes)))


# --- reading a line ------------------------------------------------------------------------


def _normalise(text: str) -> tuple[str, bool]:
    """One-line text with contact details removed; True if there were any ("@janedoe")."""
    text = text.translate(P.ZERO_WIDTH)
    contact = False
    if "@" in text:
        stripped = P.HANDLE_RE.sub(" ", P.EMAIL_RE.sub(" ", text))
        contact = stripped != text
        text = stripped
    if "http" in text or "www." in text:
        text = P.URL_RE.sub(" ", text)
    if "\n" in text or "\r" in text:
        text = "|".join(text.splitlines())
    text = P.WHITESPACE_RE.sub(" ", text).strip()
    if ":" in text:
        text = P.GLUED_COLON_RE.sub(": ", P.SPACED_COLON_RE.sub(":", text))
    if ". " in text:
        text = P.FULL_STOP_RE.sub(_role_break, text)
    return without_name_brackets(text), contact


def _role_break(stop: re.Match[str]) -> str:
    """A full stop before a credit's role phrase parts the two credits ("Words by Jane Roe.
    Photography by John Poe"); any other full stop stays ("Dr. Jane Roe")."""
    rest = stop.string[stop.end() : stop.end() + MAX_ROLE_PHRASE_CHARS].casefold()
    first = rest.split(" ", 1)[0].rstrip(":")
    if first not in _ROLE_FIRST_WORDS:
        return stop.group()
    words = rest.split()
    for size in range(1, min(MAX_ROLE_WORDS, len(words)) + 1):
        phrase = " ".join(words[:size])
        if phrase.rstrip(":") in _ROLE_PHRASES and (size > 1 or phrase.endswith(":")):
            return " | "
    return stop.group()


def without_name_brackets(text: str) -> str:
    """The text with a bracketed middle, maiden or nick name unbracketed: "Jane (Doe) Roe"
    reads "Jane Doe Roe", one person, not "Jane" and "Roe"."""
    if "(" not in text:
        return text
    return P.BRACKETED_MIDDLE_NAME_RE.sub(_middle_name, text)


def _middle_name(bracketed: re.Match[str]) -> str:
    """A bracketed capitalised word between two capitalised names, unbracketed ("Jane (Doe)
    Roe"); an acronym, an outlet ("Jane Roe (Reuters) Staff") or a lower-case word stays."""
    word = bracketed.group(1)
    before = bracketed.string[: bracketed.start()].split()
    after = bracketed.string[bracketed.end() :].split()
    names = (
        len(word) > 1
        and word[0].isupper()
        and not word.isupper()
        and not _is_known_org((word,))
        and bool(before)
        and before[-1][:1].isupper()
        and bool(after)
        and after[0][:1].isupper()
    )
    return word if names else bracketed.group(0)


def _parts(line: str) -> list[tuple[int, int]]:
    """Spans of the parts between hard separators."""
    spans = []
    start = 0
    for m in P.HARD_SEPARATOR_RE.finditer(line):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    return [(a, b) for a, b in spans if b > a]


def _cut(line: str, start: int, end: int, words: P.BylineWords) -> tuple[int, int, bool, bool]:
    """Where the byline in ``line[start:end]`` begins and ends; (cut by a date, cut by noise).

    A part that opens with a date ("Published: 10:24, ... By Xinhua") starts at its first
    author marker after the date."""
    stop = _first_stop(line, start, end)
    if stop is not None and not stop[1] and not line[start : stop[0]].strip(" ,.:;-"):
        begin = _marker_after(line, stop[0], end, words)
        if begin is None:
            return start, start, True, False
        start = begin
        stop = _first_stop(line, start, end)
    if stop is None:
        return start, _drop_trailing_date_words(line, start, end, words, lower=True), False, False
    at, noise = stop
    return start, _drop_trailing_date_words(line, start, at, words), not noise, noise


def _first_stop(line: str, start: int, end: int) -> tuple[int, bool] | None:
    """Offset of the first date or author-box word in ``line[start:end]``; True if the latter.

    The regexes run only when a digit or a stop word is there: most lines have neither."""
    found: tuple[int, bool] | None = None
    if P.DIGIT_RE.search(line, start, end):
        m = P.DATE_NUMBER_RE.search(line, start, end)
        if m is not None:
            found = (m.start(), False)
    if not P.STOP_FIRST_WORDS.isdisjoint(P.WORD_RE.findall(line[start:end].casefold())):
        m = P.STOP_WORD_RE.search(line, start, end if found is None else found[0])
        if m is not None:
            found = (m.start(), m.lastgroup == "noise")
    return found


def _marker_after(line: str, start: int, end: int, words: P.BylineWords) -> int | None:
    """Offset of the first author marker word ("By") in ``line[start:end]``."""
    tokens = [(m.group(), m.start(), m.end()) for m in P.TOKEN_RE.finditer(line, start, end)]
    for i, (raw, at, _) in enumerate(tokens):
        token = raw.casefold().rstrip(":")
        if token not in words.markers:
            continue
        if token not in P.NAME_PARTICLES or (raw.islower() and _name_word_follows(tokens, i + 1)):
            return at  # "am 12. Juni 2017 von Jana Roe": a lower-case "von" before a name
    return None


def _drop_trailing_date_words(
    line: str, start: int, stop: int, words: P.BylineWords, *, lower: bool = False
) -> int:
    """Move ``stop`` back over words a date cut leaves behind: "By Jane Doe on", "..., Fri",
    "Posted by Jane Doe at". With ``lower``, only lower-case ones: a line whose date was
    taken away before ("Par Jeanne Roe le", "Von Jana Roe am"), where a capitalised word may
    end a name ("Hooked On")."""
    while stop > start:
        head = line[start:stop].rstrip(" ,;:|-–—·•(")
        word = head.rsplit(" ", 1)[-1]
        last = word.casefold().rstrip(".,")
        dangling = last in words.date_words or last in P.WEEKDAYS or last in P.TIME_LINKS
        if lower and not word.islower():
            dangling = False
        if last and dangling and len(head) > len(last):
            stop = start + len(head) - len(last)
            continue
        return start + len(head)
    return stop


def _role_at(
    tokens: Sequence[tuple[str, int, int]], i: int, words: P.BylineWords
) -> tuple[_Role, int] | None:
    """The role phrase that starts at ``tokens[i]`` and how many tokens it takes."""
    if tokens[i][0].casefold().rstrip(":") not in _ROLE_FIRST_WORDS:
        return None
    limit = min(len(tokens), i + MAX_ROLE_WORDS)
    phrase = ""
    found: tuple[_Role, int] | None = None
    for j in range(i, limit):
        token = tokens[j][0]
        if token in P.SEPARATOR_TOKENS:
            break
        phrase = f"{phrase} {token.casefold()}" if phrase else token.casefold()
        if phrase.endswith(":"):
            base, colon = phrase[:-1].rstrip(), True
        else:
            base, colon = phrase, False
        role = _role_of(base, colon, words)
        if role is not None and (
            colon
            or base not in P.NAME_PARTICLES
            or _names_follow(tokens, j + 1)
            or (i == 0 and token.islower() and _name_word_follows(tokens, j + 1))
        ):
            found = (role, j + 1 - i)
        if colon:
            break
    return found


def _role_of(phrase: str, colon: bool, words: P.BylineWords) -> _Role | None:
    if phrase in words.markers or (colon and phrase in words.labels):
        return _Role.AUTHOR
    if phrase in words.trailer_markers:
        return _Role.TRAILER
    if phrase in words.other_markers or (colon and phrase in words.other_labels):
        return _Role.OTHER
    return None


def _name_word_follows(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """True if a capitalised word that is no particle follows: a lower-case "von" opening a
    line is the marker ("von Jana", "von Limespacer"), as a particle it would open the name
    capitalised or before another particle ("Von Trapp", "von der Leyen")."""
    if i >= len(tokens):
        return False
    first = tokens[i][0]
    if first.casefold() in P.NAME_PARTICLES:
        return False
    return first[:1].isupper() or (
        i + 1 == len(tokens) and _is_user_name((first,), _ALL)
    )  # "von janeroe": a user name ends the line


def _names_follow(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """True if two name words or an organisation follow: "Von Anna Schmidt", "Von dpa" and
    "Von Redaktion" open with a marker, "von der Leyen" does not."""
    if i < len(tokens):
        first = tokens[i][0]
        if _is_known_org((first,)) or first.casefold() in _ORG_WORDS:
            return True
    count = 0
    for token, _, _ in tokens[i:]:
        if token in P.SEPARATOR_TOKENS:
            break
        if token.casefold() not in P.NAME_PARTICLES:
            count += 1
            if count == MIN_WORDS_PER_UNMARKED_NAME:
                return True
    return False


def _chunks(
    line: str, start: int, end: int, words: P.BylineWords, role: _Role
) -> tuple[list[_Chunk], _Role, bool, bool]:
    """The chunks of ``line[start:end]``; the role after them; (author marker, trailer) seen."""
    tokens = [(m.group(), m.start(), m.end()) for m in P.TOKEN_RE.finditer(line, start, end)]
    chunks: list[_Chunk] = []
    current: list[str] = []
    chunk_start: int | None = None  # where the current chunk (or its role phrase) starts
    chunk_end = start
    sep = joiner = ""
    marker = trailer = labelled = False
    i = 0
    while i < len(tokens):
        token, a, b = tokens[i]
        if not current:
            found = _role_at(tokens, i, words)
            if found is not None:
                role, taken = found
                labelled = tokens[i + taken - 1][0].endswith(":")
                marker = marker or role is _Role.AUTHOR
                trailer = trailer or role is _Role.TRAILER
                chunk_start = a if chunk_start is None else chunk_start
                i += taken
                continue
        is_separator = token in P.SEPARATOR_TOKENS
        joins = None if is_separator else _joins(token, current[-1] if current else None, words)
        if is_separator or joins is not None:
            if current:
                start_at = a if chunk_start is None else chunk_start
                chunks.append(
                    _Chunk(tuple(current), start_at, chunk_end, sep, role, joiner, False, labelled)
                )
                current = []
            chunk_start = None
            sep, joiner = (token, "") if joins is None else (joins, token)
            i += 1
            continue
        if chunk_start is None:
            chunk_start = a
        current.append(token)
        chunk_end = b
        i += 1
    if current:
        start_at = start if chunk_start is None else chunk_start
        chunks.append(
            _Chunk(tuple(current), start_at, chunk_end, sep, role, joiner, False, labelled)
        )
    return chunks, role, marker, trailer


def _joins(token: str, previous: str | None, words: P.BylineWords) -> str | None:
    """Whether ``token`` joins two names: "and", "for", or None.

    Lower case always joins ("and", "&", "y"); "And" and "For" join inside a Title Case line;
    "AND" only between ALL-CAPS words ("JANE DOE AND JOHN ROE", not "TV Online"); a capital
    letter alone is an initial ("Juan Y. Pérez")."""
    low = token.casefold()
    if low in words.connectors:
        kind = "for"
    elif low in words.conjunctions:
        kind = "and"
    else:
        return None
    if token == low:
        return kind
    if previous is None or len(token) == 1:
        return None
    if token.isupper():
        return kind if previous.isupper() else None
    return kind


def _read(text: str, words: P.BylineWords, *, visible: bool, detect: bool = False) -> _Reading:
    """Read one line (``visible``: a line of page text, else a metadata value; ``detect``: for
    looks_like_byline, where "By The Numbers" must not pass for "By The Associated Press")."""
    line, contact = _normalise(text)
    names: list[_Name] = []
    spans: list[tuple[int, int]] = []
    role = _Role.AUTHOR
    marker = trailer = unknown = False
    for part_start, part_end in _parts(line):
        start, stop, by_date, by_noise = _cut(line, part_start, part_end, words)
        contact = contact or by_noise
        chunks, role, part_marker, part_trailer = _chunks(line, start, stop, words, role)
        marker = marker or part_marker
        trailer = trailer or part_trailer
        if names and visible and not part_marker and _place_part(chunks):
            # "By Jane Doe — Los Angeles", "Por Ana Roe — São Paulo": where the author writes
            # from, not a second author
            if by_date or by_noise:
                break
            continue
        part_names, part_unknown = _classify(
            _inverted(chunks, visible),
            words,
            visible=visible,
            marked=marker or trailer,
            detect=detect,
        )
        unknown = unknown or part_unknown
        kept = [n for n in part_names if n.kind in _BYLINE_KINDS]
        if not part_marker and any(n.kind is _Kind.PHOTO for n in part_names):
            kept = []  # "Dana Whitfield/Getty Images": a picture credit, names and all
        if names and not part_marker and visible:
            # "By Jane Roe | Travel": one word in a later part is a category, not a first name
            kept = [n for n in kept if not (n.kind is _Kind.PERSON and n.words == 1)]
        if any(n.kind in _NAME_KINDS for n in kept):
            names.extend(kept)
            spans.append((kept[0].start, kept[-1].end))
        if (by_date or by_noise) and (names or stop > start):
            break
    text_out = " | ".join(_span_text(line, a, b) for a, b in spans)
    return _Reading(
        names=tuple(names),
        text=text_out,
        marker=marker,
        trailer=trailer,
        contact=contact,
        unknown=unknown,
        parts=len(spans),
    )


def _place_part(chunks: Sequence[_Chunk]) -> bool:
    """One chunk of a few capitalised words opening with a place's first word ("Los Angeles",
    "São Paulo", "New York"): a byline's place after a separator."""
    if len(chunks) != 1:
        return False
    w = chunks[0].words
    return (
        1 < len(w) <= MAX_PLACE_WORDS
        and w[0].casefold() in P.PLACE_STARTERS
        and all(_capitalised(x) or x in P.NAME_PARTICLES for x in w)
    )


def _span_text(line: str, start: int, end: int) -> str:
    """``line[start:end]`` with a closing bracket it opened: "By Jane Doe (AP)"."""
    missing = line.count("(", start, end) - line.count(")", start, end)
    while missing > 0 and line.startswith(")", end):
        end += 1
        missing -= 1
    return line[start:end].strip(" ,;:/-–—")


# --- classifying chunks --------------------------------------------------------------------


@attrs.frozen
class _Context:
    """How a line is read: its word tables, and whether it is visible text with a marker."""

    words: P.BylineWords
    visible: bool  # a line of page text (strict name shapes), not a metadata value
    marked: bool  # an author marker came before: a one-word name is a name ("By Cooper")
    detect: bool  # looks_like_byline is asking: "The Anything" is no organisation


_EDGE_PUNCTUATION = "\"'“”„‘’‚«»‹›*:!?¡¿=+~^`<>{}"


def _clean_word(word: str) -> str:
    """A word without quotes or stray punctuation around it: '“Jane' -> 'Jane'."""
    word = word.strip(_EDGE_PUNCTUATION)
    return word.strip("-–—") if word not in ("-", "–", "—") else ""


def _inverted(chunks: list[_Chunk], visible: bool) -> list[_Chunk]:
    """Two comma parts, the first one word ("Doe, Jane"), as one chunk."""
    if len(chunks) != 2 or chunks[1].sep != "," or chunks[0].role is not chunks[1].role:
        return chunks
    first, second = chunks
    if len(first.words) != 1 or not 1 <= len(second.words) <= 3:
        return chunks
    if visible and not all(_capitalised(w) for w in first.words + second.words[:1]):
        return chunks
    for chunk in chunks:
        lows = [_clean_word(w).casefold() for w in chunk.words]
        if (
            any(low in _ORG_WORDS or low in _TITLES or low in P.NAME_SUFFIXES for low in lows)
            or _is_known_org(chunk.words)
            or all(w in P.CREDENTIALS for w in chunk.words)
        ):
            return chunks
    if _acronym(first.words[0]):
        return chunks
    merged = (*first.words, *second.words)
    return [_Chunk(merged, first.start, second.end, first.sep, first.role, inverted=True)]


def _classify(
    chunks: Sequence[_Chunk],
    words: P.BylineWords,
    *,
    visible: bool,
    marked: bool,
    detect: bool,
) -> tuple[list[_Name], bool]:
    """Names and furniture of the author chunks; True if some author chunk is unreadable."""
    names: list[_Name] = []
    unknown = False
    context = _Context(words, visible=visible, marked=marked, detect=detect)
    for chunk in chunks:
        if chunk.role is _Role.OTHER:
            continue
        if len(chunk.words) > MAX_CHUNK_WORDS:
            unknown = True  # prose, not a name: "By the end of the year prices rose ..."
            continue
        cleaned = tuple(w for w in (_clean_word(w) for w in chunk.words) if w)
        if not cleaned:
            continue
        previous = names[-1] if names else None
        for name in _classify_chunk(chunk, cleaned, previous, context):
            if name.kind is _Kind.SUFFIX and previous is not None and previous.kind is _Kind.PERSON:
                joiner = ", " if chunk.sep == "," else " "
                names[-1] = previous._replace(
                    text=f"{previous.text}{joiner}{name.text}", end=name.end
                )
                continue
            if (
                chunk.sep == "for"
                and previous is not None
                and previous.kind is _Kind.ORGANIZATION
                and name.kind in (_Kind.PERSON, _Kind.UNKNOWN)
            ):
                # "Society for Example Studies": one name, not an author "for" it.
                names[-1] = previous._replace(
                    text=f"{previous.text} {chunk.joiner} {name.text}", end=name.end
                )
                continue
            names.append(name)
            previous = name
    # judged after the job titles: what follows one is where the person works ("Jane Doe,
    # Chief Marketing Officer, AI at Work, Example"), not an unreadable name
    kept = _after_job_titles(names)
    return kept, unknown or any(name.kind is _Kind.UNKNOWN for name in kept)


_TITLE_KINDS = (_Kind.TITLE, _Kind.JOB)


def _after_job_titles(names: list[_Name]) -> list[_Name]:
    """A name-shaped piece after a person's title is where the person works, not a second
    author: the outlet after a newsroom title ("Jane Doe, Executive Editor, Garden Health
    Letter"), the department and company after another trade's ("Jane Doe, Senior Director,
    Content & Marketing, Acme") -- unless a title of its own follows it ("Jane Doe, Staff
    Writer, John Roe, Contributor")."""
    kept = list(names)
    in_job = False  # inside the pieces after another trade's title: all of them its
    for i in range(2, len(kept)):
        name = kept[i]
        if name.kind is _Kind.PLACE:
            continue  # "Content & Marketing, Springfield, Acme": the job goes on
        if name.kind not in (_Kind.PERSON, _Kind.ORGANIZATION, _Kind.UNKNOWN):
            in_job = False
            continue
        if i + 1 < len(kept) and kept[i + 1].kind in _TITLE_KINDS and kept[i + 1].sep == ",":
            in_job = False
            continue
        title = kept[i - 1]
        if in_job:
            kept[i] = name._replace(kind=_Kind.JOB)
            continue
        if name.sep != "," or title.kind not in _TITLE_KINDS:
            continue
        if kept[i - 2].kind not in (_Kind.PERSON, *_TITLE_KINDS):
            continue
        if title.kind is _Kind.JOB:
            kept[i] = name._replace(kind=_Kind.JOB)
            in_job = True
        elif name.kind is not _Kind.UNKNOWN:
            kept[i] = name._replace(kind=_Kind.ORGANIZATION)
    return kept


def _not_an_author(lows: tuple[str, ...]) -> bool:
    """True for a salutation, sign-off or translator credit ("Liebe Johanna", "Viele Grüße",
    "Übersetzung Sarah Roe"): words around a name that make it no byline."""
    if lows[0] not in P.NOT_AUTHOR_LEADS:
        return False
    if lows[0] in P.SIGN_OFF_LEADS:
        return len(lows) > 1 and lows[1] in P.SIGN_OFF_WORDS
    return True


def _classify_chunk(
    chunk: _Chunk,
    w: tuple[str, ...],
    previous: _Name | None,
    context: _Context,
) -> list[_Name]:
    """One chunk as one or two names (a person and the agency after it), first rule wins."""

    def name(kind: _Kind, part: Sequence[str]) -> _Name:
        return _Name(kind, _join(part), len(part), chunk.start, chunk.end, chunk.sep)

    words, visible = context.words, context.visible
    if chunk.inverted and len(w) > 1:
        if _is_person(w, words, visible=visible, single=True):
            text = f"{w[0]}, {_join(w[1:])}"
            return [_Name(_Kind.PERSON, text, len(w), chunk.start, chunk.end, chunk.sep)]
        return [name(_Kind.UNKNOWN, w)]
    lows = tuple(x.casefold() for x in w)
    joined = " ".join(lows)
    if joined in P.PLACEHOLDERS or joined in P.AD_LABELS or _not_an_author(lows):
        return [name(_Kind.PLACEHOLDER, w)]
    if not P.PHOTO_WORDS.isdisjoint(lows):
        return [name(_Kind.PHOTO, w)]
    if lows[-1] in P.LOGO_WORDS:
        return [name(_Kind.PHOTO, w)]  # "Example Media Logo": an image's alt text
    if len(w) > 1 and lows[-1] in P.PORTRAIT_WORDS:
        w, lows = w[:-1], lows[:-1]  # "Jane Doe Headshot": the author's picture
    if previous is not None and _is_credential(w, previous):
        return [name(_Kind.CREDENTIAL, w)]
    if len(w) == 1 and lows[0] in P.NAME_SUFFIXES and previous is not None:
        return [name(_Kind.SUFFIX, w)]
    lead_in = _lead_in(lows)
    if lead_in:
        w, lows = w[lead_in:], lows[lead_in:]
    title_end = _title_end(lows)
    if title_end:
        rest = w[title_end:]
        if not rest or lows[title_end] in P.TITLE_LINKS:
            return [name(_title_kind(lows), w)]
        w, lows = rest, lows[title_end:]
    if (
        previous is not None
        and previous.kind is _Kind.PERSON
        and chunk.sep in (",", "(")
        and len(w) <= MAX_TITLE_WORDS
        and _is_title_word(lows[-1])
    ):
        head = _title_start(lows)
        if not (_is_named_org(w[:head], lows[:head]) or (head == 1 and _acronym(w[0]))):
            return [name(_title_kind(lows), w)]  # "Jane Doe, Washington Correspondent"
    w, lows = _strip_trailing_titles(w, lows)
    if (
        previous is not None
        and previous.kind in (_Kind.PERSON, _Kind.TITLE)
        and chunk.sep in (",", "(")
        and 1 < len(w) <= MAX_PLACE_WORDS
        and lows[0] in words.places
        and all(_capitalised(x) or x in P.NAME_PARTICLES for x in w[1:])
    ):
        return [name(_Kind.PLACE, w)]  # "Par Julie Roe, à Lyon", "Von Jana Roe, in Berlin"
    place = _place_start(w, words)
    if place:
        found = _classify_words(w[:place], lows[:place], previous, chunk, context)
        return [*found, name(_Kind.PLACE, w[place:])]
    return _classify_words(w, lows, previous, chunk, context)


def _classify_words(
    w: tuple[str, ...],
    lows: tuple[str, ...],
    previous: _Name | None,
    chunk: _Chunk,
    context: _Context,
) -> list[_Name]:
    """The last rules of ``_classify_chunk``: person and agency, organisation, place, person."""

    def name(kind: _Kind, part: Sequence[str]) -> _Name:
        return _Name(kind, _join(part), len(part), chunk.start, chunk.end, chunk.sep)

    words, visible = context.words, context.visible
    split = _person_then_org(w, lows, words, visible)
    if split:
        return [name(_Kind.PERSON, w[:split]), name(_Kind.ORGANIZATION, w[split:])]
    if _is_named_org(w, lows) and not (visible and _sentence_words(w, words)):
        return [name(_Kind.ORGANIZATION, w)]
    after_person = (
        previous is not None and previous.kind is _Kind.PERSON and chunk.sep in (",", "(")
    )
    if after_person and _acronym_outlet(w):
        return [name(_Kind.ORGANIZATION, w)]  # "Jane Doe, CNN Business"
    if after_person and _is_place_after_name(w, lows):
        return [name(_Kind.PLACE, w)]
    if (
        previous is not None
        and previous.kind is _Kind.ORGANIZATION
        and previous.sep == ","
        and chunk.sep == ","
        and len(w) == 1
        and _is_place_after_name(w, lows)
    ):
        return [name(_Kind.PLACE, w)]  # "Jane Doe, Example News, Accra": the outlet's place
    if (
        previous is not None
        and previous.kind is _Kind.PLACE
        and previous.sep != ","
        and chunk.sep == ","
        and len(w) == 1
        and _is_place_after_name(w, lows)
    ):
        # one word listed after a place or category named with "in" ("Jane Doe in Paris,
        # France", "Jana in Gedanken, Alltag"): the list goes on, no one-word author (after
        # a place set off by a comma, the words are no byline: "Motto: Fazit, Ideen, Pläne")
        return [name(_Kind.PLACE, w)]
    if _is_shaped_org(w, lows, context, after_person=after_person):
        return [name(_Kind.ORGANIZATION, w)]
    if _is_person(w, words, visible=visible, single=context.marked or not visible):
        return [name(_Kind.PERSON, w)]
    if (
        context.marked
        and chunk.sep == ""
        and previous is None
        and _is_user_name(w, words)
    ):
        # "by janedoe", "Author: janedoe": a blog's user name after the marker or label
        return [name(_Kind.PERSON, w)]
    return [name(_Kind.UNKNOWN, w)]


def _is_user_name(w: Sequence[str], words: P.BylineWords) -> bool:
    """A user name as a blog prints it after "by": one lower-case word of letters and digits,
    no function word ("by janedoe", "by jd_2020"; not "by the") and no gender ending after a
    label's colon ("Autor:innen")."""
    if len(w) != 1:
        return False
    word = w[0]
    return (
        MIN_USER_NAME_CHARS <= len(word) <= MAX_USER_NAME_CHARS
        and word.islower()
        and P.USER_NAME_RE.fullmatch(word) is not None
        and word not in words.function_words
        and word not in _LOWER_CASE_BYLINE_WORDS
        and word not in P.GENDER_ENDINGS
    )


def _is_credential(w: Sequence[str], previous: _Name) -> bool:
    """A credential after a name ("MD", "Ph.D."; a registered designation, "CFP®"); after one,
    any short ALL-CAPS word ("FOMA")."""
    if previous.kind is _Kind.PERSON:
        return all(x in P.CREDENTIALS or _registered_designation(x) for x in w)
    if previous.kind is _Kind.CREDENTIAL:
        return all(
            x in P.CREDENTIALS or (len(x) <= MAX_CREDENTIAL_CHARS and x.rstrip("®").isupper())
            for x in w
        )
    return False


def _registered_designation(word: str) -> bool:
    """A short ALL-CAPS word with a registered or trade mark: a professional designation."""
    core = word.rstrip("®™")
    return core != word and 1 < len(core) <= MAX_CREDENTIAL_CHARS and core.isupper()


def _join(words: Sequence[str]) -> str:
    """The name as written, without a sentence's full stop ("Costa." -> "Costa")."""
    text = " ".join(words)
    last = words[-1] if words else ""
    if (
        last.endswith(".")
        and not P.INITIALS_RE.match(last)
        and last.casefold() not in P.NAME_SUFFIXES
        and last not in P.CREDENTIALS
        and last.casefold() not in _ORG_WORDS
        and last.count(".") == 1
        and len(last) > 3
    ):
        text = text[:-1]
    return text


def _lead_in(lows: Sequence[str]) -> int:
    """How many words of "Special to The Post" hand the outlet over (2), else 0."""
    for size in (2, 1):
        if len(lows) > size and " ".join(lows[:size]) in P.ORG_LEAD_INS:
            return size
    return 0


def _title_end(lows: Sequence[str]) -> int:
    """Index after a job title that opens the chunk ("senior correspondent ..."), else 0."""
    i = 0
    while i < len(lows) and lows[i] in _TITLE_MODIFIERS and lows[i] not in _TITLES:
        i += 1
    if i >= len(lows) or not _is_title_word(lows[i]):
        return 0
    i += 1
    while i < len(lows) and (_is_title_word(lows[i]) or lows[i] in _TITLE_MODIFIERS):
        if lows[i] in P.DETERMINERS:
            break
        i += 1
    return i


def _is_title_word(low: str) -> bool:
    return low in _TITLES or ("-" in low and low.split("-", 1)[0] in _TITLES)


def _title_kind(lows: Sequence[str]) -> _Kind:
    """TITLE for a newsroom title ("Staff Writer"), JOB for another trade's ("CEO")."""
    for low in lows:
        if low in _NEWSROOM_TITLES or ("-" in low and low.split("-", 1)[0] in _NEWSROOM_TITLES):
            return _Kind.TITLE
    return _Kind.JOB


def _title_start(lows: Sequence[str]) -> int:
    """Where the job title that ends the words starts ("Jane Doe Staff Writer" -> 2), or
    ``len(lows)`` if they do not end in one."""
    end = len(lows)
    if not end or not _is_title_word(lows[end - 1]):
        return end
    k = end - 1
    while k > 0 and (_is_title_word(lows[k - 1]) or lows[k - 1] in _TITLE_MODIFIERS):
        k -= 1
    return k


def _strip_trailing_titles(
    w: tuple[str, ...], lows: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words without a job title or credentials at their end: "Jane Doe Staff Writer" -> "Jane
    Doe", "AP Business Writer" -> "AP", "Jane Doe MD" -> "Jane Doe". A one-word name is left
    alone ("Murray Head" is a person)."""
    cut = len(w)
    while cut > 1 and w[cut - 1] in P.CREDENTIALS:
        cut -= 1
    k = _title_start(lows[:cut])
    if 1 <= k < cut and (k >= 2 or _is_known_org(w[:k]) or _acronym(w[0])):
        cut = k
    if cut < len(w):
        return w[:cut], lows[:cut]
    return w, lows


def _person_then_org(
    w: tuple[str, ...], lows: tuple[str, ...], words: P.BylineWords, visible: bool
) -> int:
    """Where a full name ends and an agency starts with no comma ("JOHN ROE Associated
    Press", "Jane Doe AP"), else 0."""
    for i in range(MIN_WORDS_PER_UNMARKED_NAME, len(w)):
        tail = w[i:]
        head = w[:i]
        if not _is_person(head, words, visible=visible, single=False):
            continue
        if _is_known_org(tail):
            return i
        all_caps_head = all(x.isupper() for x in head)
        if (
            all_caps_head
            and not all(x.isupper() for x in tail)
            and any(low in _ORG_WORDS for low in lows[i:])
        ):
            return i
    return 0


def _is_known_org(w: Sequence[str]) -> bool:
    return is_known_organization(" ".join(w))


def is_known_organization(name: str) -> bool:
    """True for an agency or outlet the tables list, in any case ("AFP", "Associated Press")."""
    return name in P.KNOWN_ORGANIZATIONS or name.casefold() in P.KNOWN_ORGANIZATIONS_FOLDED


def _acronym(word: str, limit: int = MAX_ACRONYM) -> bool:
    """An all-caps word of 2 to ``limit`` letters: "CNN", "ČTK", "BBAW"."""
    return 2 <= len(word) <= limit and word.isalpha() and word.isupper()


def _sentence_words(w: Sequence[str], words: P.BylineWords) -> bool:
    """True when a chunk of visible text has MAX_LOWER_ORG_WORDS or more lower-case words that
    no organisation's name has (function words, particles and organisation words aside): a
    sentence with an organisation word in it ("This post may contain affiliate links")."""
    count = sum(
        1
        for word in w
        if word.islower()
        and word not in words.function_words
        and word not in P.NAME_PARTICLES
        and word not in _ORG_WORDS
    )
    return count >= MAX_LOWER_ORG_WORDS


def _is_named_org(w: tuple[str, ...], lows: tuple[str, ...]) -> bool:
    """A known agency ("Reuters", "AP") or a phrase with an organisation word ("BBC News")."""
    if _is_known_org(w):
        return True
    if not _ORG_WORDS.isdisjoint(lows):
        return True
    return any(low.endswith(".") and low.rstrip(".") in _ORG_WORDS for low in lows)


def _is_shaped_org(
    w: tuple[str, ...], lows: tuple[str, ...], context: _Context, *, after_person: bool
) -> bool:
    """An organisation by its shape: "The ...", bare domain, acronym ("CNN"), "Globe24".

    "The" and capitalised words make an organisation in metadata and after a byline marker,
    but not when telling whether a line is a byline ("By The Numbers" is a headline)."""
    visible = context.visible
    if len(w) >= 2 and lows[0] == "the" and all(_capitalised(x) for x in w[1:]):
        return not visible or (context.marked and not context.detect)
    if len(w) != 1:
        return False
    word = w[0]
    if "." in word and P.DOMAIN_RE.match(word):
        return True
    if _acronym(word, MAX_ACRONYM_AFTER_NAME if after_person else MAX_ACRONYM):
        return True
    has_digit = any(c.isdigit() for c in word)
    return visible and has_digit and any(c.isalpha() for c in word) and word[0].isupper()


def _acronym_outlet(w: tuple[str, ...]) -> bool:
    """An outlet named by an acronym and a desk in mixed case: "CNN Business", "KXAN Austin";
    not a line in capitals ("JANE DOE") nor initials ("AJ Roe": two letters)."""
    return (
        2 <= len(w) <= MAX_OUTLET_WORDS
        and _acronym(w[0])
        and len(w[0]) >= MIN_OUTLET_ACRONYM
        and all(_capitalised(x) and not x.isupper() for x in w[1:])
    )


def _capitalised(word: str) -> bool:
    """First letter upper case, or a script without case ("肖春芳")."""
    for c in word:
        if c.isalpha():
            return c.isupper() or not c.islower()
    return False


def _is_place_after_name(w: tuple[str, ...], lows: tuple[str, ...]) -> bool:
    """A place after a name and a comma: "Paris", "WASHINGTON", "New York"."""
    if len(w) == 1:
        word = w[0]
        if _acronym(word, MAX_ACRONYM_AFTER_NAME) or word in P.CREDENTIALS:
            return False  # "Jane Doe, KHOU" names the station
        return word.isalpha() and _capitalised(word) and lows[0] not in P.NAME_SUFFIXES
    return len(w) <= 3 and lows[0] in P.PLACE_STARTERS and all(_capitalised(x) for x in w)


def _place_start(w: tuple[str, ...], words: P.BylineWords) -> int:
    """Where "in Paris" starts in "Jane Doe in Paris" ("i Lund", "à Lyon"), else 0; in a
    byline set in capitals, "JANE DOE IN PARIS", the preposition is in capitals too."""
    shouting = all(x.isupper() for x in w)
    for i in range(1, len(w) - 1):
        word = w[i].casefold() if shouting else w[i]
        if word in words.places and all(_capitalised(x) for x in w[i + 1 :]):
            return i
    return 0


def _is_person(w: Sequence[str], words: P.BylineWords, *, visible: bool, single: bool) -> bool:
    """Name-shaped: 1 to MAX_NAME_WORDS words besides particles; in visible text every word is
    capitalised, has no digit and is no headline function word ("Any", "The").

    A particle is lower case ("de", "van") or capitalised after the first word ("Loïc Le
    Clerc"); first, it is a given name ("Ben Goldsmith", "Van Morrison"). A one-word name in a
    script without case ("肖春芳") is a full name."""
    count = 0
    for i, word in enumerate(w):
        low = word.casefold()
        if low in P.NAME_PARTICLES and (word == low or i > 0):
            continue
        count += 1
        if not _word_ok(word, low, words, visible):
            return False
    if count == 0 or count > MAX_NAME_WORDS:
        return False
    return count > 1 or single or (len(w) == 1 and _caseless(w[0]))


def _caseless(word: str) -> bool:
    """A word in a script without letter case: "肖春芳", not "Jane"."""
    return any(c.isalpha() for c in word) and word.upper() == word.lower()


def _word_ok(word: str, low: str, words: P.BylineWords, visible: bool) -> bool:
    letters = word.translate(_NAME_PUNCTUATION)
    if not visible:
        return letters.replace("_", "").isalnum()
    if not letters.isalpha():
        return False
    if len(word) > 1 and low in words.function_words and not P.INITIALS_RE.match(word):
        return False
    if _capitalised(word):
        return True
    # "d'Alembert", "O'Brien" written "o'Brien": an elided particle before a capital.
    return len(word) > 2 and word[1] in "'’" and word[2:3].isupper()


# --- the API -------------------------------------------------------------------------------


def _dedupe_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _byline(reading: _Reading, text: str | None = None) -> Byline | None:
    people: list[str] = []
    organizations: list[str] = []
    seen: set[str] = set()
    for name in reading.names:
        key = _dedupe_key(name.text)
        if key in seen:
            continue
        if name.kind is _Kind.PERSON:
            people.append(name.text)
        elif name.kind is _Kind.ORGANIZATION:
            organizations.append(name.text)
        else:
            continue
        seen.add(key)
    if not people and not organizations:
        return None
    return Byline(text=text or reading.text, people=people, organizations=organizations)


def split_byline(text: str, *, languages: Sequence[str] = ()) -> Byline | None:
    """Split a visible byline line into people and organisations; None if it names nobody.

    >>> split_byline("By Jane Doe and John Roe, Associated Press").authors
    ('Jane Doe', 'John Roe', 'Associated Press')
    >>> split_byline("Photo: John Smith") is None
    True

    ``Byline.text`` is the byline part of the line: dates, author-box words ("Follow") and
    credits for other work ("Editing by ...") after it are cut off.
    """
    if not text or len(text) > MAX_SPLIT_CHARS:
        return None
    return _byline(_read(text, _words_for(languages), visible=True))


def group_after_marker(text: str, *, languages: Sequence[str] = ()) -> Byline | None:
    """A marked line naming a group or a site that the name tables do not know: "By Ask the
    Doctors", "Written by Top Harvest Planning", "written by Our Editors". The rest after the
    marker is a short phrase of capitalised words (lower-case function words between), with no
    date, author-box word or separator. Callers use it only where a date line vouches for it:
    "By The Numbers" is a heading elsewhere.

    >>> group_after_marker("By Ask the Gardeners").organizations
    ('Ask the Gardeners',)
    >>> group_after_marker("By clicking here") is None
    True
    """
    if not text or len(text) > MAX_BYLINE_CHARS:
        return None
    words = _words_for(languages)
    stripped = " ".join(text.split())
    tokens = [(m.group(), m.start(), m.end()) for m in P.TOKEN_RE.finditer(stripped)]
    found = _role_at(tokens, 0, words) if tokens else None
    if found is None or found[0] is not _Role.AUTHOR:
        return None
    rest = tokens[found[1] :]
    if not 0 < len(rest) <= MAX_GROUP_WORDS or P.STOP_WORD_RE.search(stripped, rest[0][1]):
        return None
    for i, (token, _, _) in enumerate(rest):
        low = token.casefold()
        if token in P.SEPARATOR_TOKENS or not token.replace("&", "").isalnum():
            return None
        capital = token[0].isupper() or token[0].isdigit()
        if not capital and (i == 0 or low not in words.function_words):
            return None
    name = stripped[rest[0][1] : rest[-1][2]]
    lows = tuple(t.casefold() for t, _, _ in rest)
    if " ".join(lows) in P.PLACEHOLDERS or " ".join(lows) in P.AD_LABELS or _not_an_author(lows):
        return None
    return Byline(text=stripped, organizations=(name,))


def _name_then_title(line: str, people: Sequence[_Name]) -> bool:
    """True for one person's name run on into a newsroom title with no comma, as a page's
    text prints a name link and the role after it: "Jane Roe Political editor"."""
    if len(people) != 1 or not line.startswith(people[0].text):
        return False
    rest = line[len(people[0].text) :].strip()
    return bool(rest) and is_job_title(rest)


def looks_like_byline(text: str, *, languages: Sequence[str] = ()) -> bool:
    """True if a short line is a byline: "By ...", "Von ...", "Author: ...", "Jane Doe, Staff
    Writer", "Helen Marsh and Owen Pryce"; not a dateline, photo credit, sentence or menu.

    >>> looks_like_byline("By JANE DOE and JOHN ROE Associated Press")
    True
    >>> looks_like_byline("By the end of the year, prices rose.")
    False
    """
    if not text or len(text) > MAX_BYLINE_CHARS:
        return False
    stripped = text.strip()
    if not stripped or stripped[-1] in "?!" or _ends_sentence(stripped):
        return False
    if _prose_or_lone_name(stripped) or _is_dateline(stripped):
        return False
    reading = _read(stripped, _words_for(languages), visible=True, detect=True)
    if reading.unknown or not reading.names:
        return False
    if reading.marker:
        return True
    if reading.trailer:
        return False
    people = reading.people
    if people:
        if (
            reading.contact
            or reading.has(_Kind.TITLE)
            or _name_then_title(stripped, people)
            or reading.has(_Kind.PLACE)
            or reading.has(_Kind.CREDENTIAL)
            or reading.organizations
        ) and "/" not in stripped:
            return True
        return (
            len(people) >= 2
            and reading.parts == 1
            and all(p.words >= MIN_WORDS_PER_UNMARKED_NAME for p in people)
        )
    organizations = reading.organizations
    return (
        len(organizations) >= 2
        and reading.parts == 1
        and any(_is_known_org(o.text.split()) for o in organizations)
    )


def is_job_title(text: str) -> bool:
    """True for a line that is a job title alone ("Tech Writer", "Senior QA Engineer", "Director
    of Engineering, Example"): printed under an author's name in an author block.

    >>> is_job_title("Staff Software Engineer, Example")
    True
    >>> is_job_title("Research & Development")
    False
    """
    if not text or len(text) > MAX_BYLINE_CHARS:
        return False
    first = P.HARD_SEPARATOR_RE.split(text.strip(), maxsplit=1)[0].split(",", 1)[0]
    words = [w for w in (_clean_word(w) for w in first.split()) if w]
    lows = [w.casefold() for w in words]
    if not lows or len(lows) > MAX_CHUNK_WORDS:
        return False
    if (
        len(lows) <= MAX_TITLE_WORDS
        and _is_title_word(lows[-1])
        and all(
            _capitalised(w) or low in _TITLE_MODIFIERS for w, low in zip(words, lows, strict=True)
        )
    ):
        return True  # "Senior QA Engineer": capitalised words before the title word qualify it
    end = _title_end(lows)
    return end > 0 and (end == len(lows) or lows[end] in P.TITLE_LINKS)


def _role_before(tokens: Sequence[str]) -> bool:
    """True when the words are a marker ("by", "Verfasst von:") or a label with its colon
    ("Author:")."""
    phrase = " ".join(tokens).casefold()
    if phrase.endswith(":"):
        phrase = phrase[:-1]
        return phrase in _ALL.markers or phrase in _ALL.labels
    return phrase in _ALL.markers


def _prose_or_lone_name(text: str) -> bool:
    """Cheap test before reading a line: a lower-case word that no byline has ("Share this
    story", "Kazakh president says") before any date or author-box word, or two words with
    nothing that makes them a byline ("Jane Doe", "Rick Dalton")."""
    head = P.HARD_SEPARATOR_RE.split(text.split("\n", 1)[0], maxsplit=1)
    tokens = head[0].split()
    first = tokens[0].casefold().rstrip(":") if tokens else ""
    if first not in _ROLE_WORDS and (
        len(tokens) == 1 or (len(tokens) == 2 and len(head) == 1 and not P.JOINER_RE.search(text))
    ):
        return True
    named = False
    for token in tokens:
        if "@" in token or "://" in token:
            continue
        core = token.strip(_TOKEN_EDGES)
        if not core:
            continue
        low = core.casefold()
        if named and (low in P.STOP_FIRST_WORDS or P.DIGIT_RE.search(core)):
            return False  # the byline part ended: what follows is a date or a widget
        if core[0].islower() and low not in _LOWER_CASE_BYLINE_WORDS:
            # "by janedoe", "Author: janedoe", "Verfasst von: janedoe": a user name alone
            # after the marker or label
            return not (len(tokens) >= 2 and token is tokens[-1] and _role_before(tokens[:-1]))
        named = named or (
            core[0].isupper() and low not in _ROLE_WORDS and low not in P.STOP_FIRST_WORDS
        )
    return False


def _ends_sentence(text: str) -> bool:
    """A full stop after a word that is no initial or abbreviation: "... prices rose."."""
    if not text.endswith("."):
        return False
    last = text.rsplit(" ", 1)[-1]
    return not (
        P.INITIALS_RE.match(last)
        or last.casefold() in P.NAME_SUFFIXES
        or last in P.CREDENTIALS
        or last.rstrip(".").casefold() in _ORG_WORDS
        or last.rstrip(".").isupper()
    )


def _is_dateline(text: str) -> bool:
    """A dateline: "WASHINGTON (AP) — ...", "LONDON, Jan 5 (Reuters) - ...", "Berlin (dpa) - "."""
    m = P.DATELINE_RE.match(text)
    if m is None:
        return False
    place = m.group("place").split(",", 1)[0].strip()
    if not place or place.split(" ", 1)[0].casefold().rstrip(":") in _ROLE_PHRASES:
        return False
    return m.group("agency") is not None or (place.isupper() and any(c.isalpha() for c in place))


def clean_author_values(values: Sequence[str], *, site_name: str | None = None) -> Byline | None:
    """Author names from the markup (JSON-LD, meta author, rel=author links) as one Byline.

    Drops URLs, e-mail addresses, handles, "By" prefixes, placeholders ("admin", "Unknown"),
    author-box words ("View all posts"), photo credits, job titles and the site's own name
    beside other names (alone, the site is the author: an organisation byline);
    splits "Jane Doe and John Roe" and "Jane Doe, John Roe"; removes duplicates (case and
    spacing ignored). ``Byline.text`` is the names joined with ", ".

    >>> clean_author_values(["By Jane Doe", "jane doe", "https://example.com/jane"])
    Byline(text='Jane Doe', people=('Jane Doe',), organizations=())
    """
    if isinstance(values, str):
        values = (values,)
    site = _site_key(site_name) if site_name else ""
    kept: list[_Name] = []
    seen: set[str] = set()
    site_as_author: str | None = None
    for value in values:
        if not value or len(value) > MAX_AUTHOR_VALUE_CHARS:
            continue
        if site and _site_key(value) == site:
            site_as_author = site_as_author or " ".join(value.split()).strip(_TEMPLATE_LEFTOVERS)
            continue
        reading = _read(value, _ALL, visible=False)
        for name in reading.names:
            if name.kind not in _NAME_KINDS:
                continue
            key = _dedupe_key(name.text)
            if site and _site_key(name.text) == site:
                site_as_author = site_as_author or name.text
                continue
            if key in seen:
                continue
            seen.add(key)
            kept.append(name)
    if not kept and site_as_author is not None:
        # the site itself is the only stated author ("ExampleSoft"): an organisation byline
        words = len(site_as_author.split())
        kept.append(_Name(_Kind.ORGANIZATION, site_as_author, words, 0, len(site_as_author), ""))
    if not kept:
        return None
    joined = ", ".join(n.text for n in kept)
    reading = _Reading(
        names=tuple(kept),
        text=joined,
        marker=False,
        trailer=False,
        contact=False,
        unknown=False,
        parts=1,
    )
    return _byline(reading)


# Punctuation left around a name by a template with an empty part (", USA TODAY").
_TEMPLATE_LEFTOVERS = " ,;:|/-–—·•"


def is_site_name(text: str, site_name: str) -> bool:
    """True when an author value is the site's own name ("coastlinechronicle.com" for "The
    Coastline Chronicle")."""
    key = _site_key(text)
    return bool(key) and key == _site_key(site_name)


def _site_key(text: str) -> str:
    """How a site name compares with an author value: "The Coastline Chronicle",
    "coastlinechronicle.com" and "www.Coastline-Chronicle.com" all give "coastlinechronicle"."""
    text = text.strip().casefold()
    if text.startswith("www."):
        text = text[4:]
    if "." in text and " " not in text and P.DOMAIN_RE.match(text):
        text = text.rsplit(".", 1)[0]
    if text.startswith("the "):
        text = text[4:]
    return "".join(c for c in text if c.isalnum())


def credit_label_line(text: str) -> bool:
    """True for a line that credits someone under a label, with a colon: "Editor: Jane Roe",
    "Source: Xinhua", "Redaktion: Jana Roe" (a page's meta line, never its headline)."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip():
        return False
    words = rest.split()
    return (
        label.strip().casefold() in _PERSON_CREDIT_LABELS
        and len(words) <= MAX_CREDITED_NAME_WORDS
        and all(word[:1].isupper() for word in words)
    )
