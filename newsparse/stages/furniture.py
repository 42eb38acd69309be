"""Stage ``furniture``: the page's masthead: banner images, site name and breadcrumbs.

Only the lines above the story are read (the header region: before the first prose line).
Evidence for the site name, in order:
1. the markup's declaration (``metadata`` already set it: og:site_name, JSON-LD publisher);
2. a short header line whose letters spell the URL's domain ("China Daily", chinadaily.com.cn);
3. a short header line that the page repeats further down (mastheads come back in the footer).
Breadcrumbs: a header line of short crumbs joined by ``>``, ``›``, ``»`` or ``|``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsparse.document import Document, Evidence, Role, Segment
from newsparse.model import Source
from newsparse.names import looks_like_byline
from newsparse.patterns.captions import CREDIT_WORDS
from newsparse.patterns.furniture import (
    BREADCRUMB_SEPARATOR,
    COPYRIGHT_LINE,
    GENERIC_LAST_CRUMBS,
    HOME_CRUMBS,
    IMAGE_FILE,
)
from newsparse.pipeline import stage
from newsparse.stages.boilerplate import furniture_reason
from newsparse.textshape import MIN_PROSE_WORDS, is_prose, looks_like_title

__all__ = ["furniture", "header_region", "prose_line", "split_breadcrumbs", "story_start"]

NAME = "furniture"
# Capitalised words that may stand next to a site name in its copyright line without being
# part of it: "© 2025 Valley Courier Ltd. All Rights Reserved", "Copyright Riverside Media Group"
NAME_NEIGHBOURS = frozenset(
    {
        "copyright", "all", "rights", "reserved", "ltd", "limited", "inc", "llc", "llp", "plc",
        "co", "corp", "corporation", "company", "gmbh", "ag", "sa", "srl", "bv", "media",
        "group", "holdings", "publishing", "publications", "network", "the",
    }
)
# What follows a writer's name at the start of their bio: "Jane Roe is a planner", "Jane Roe,
# a reporter, ...", "Jane Roe writes about transport", "Jane Roe covers the council"
BIO_AFTER_NAME = re.compile(r"(?: is an? | is the |, an? | writes | covers | reports )")
# The word before a post's title in its comment thread's heading: "12 thoughts on <title>",
# "One reply to <title>", "29 Antworten zu <title>", "3 commentaires sur <title>"
POST_PREPOSITIONS = frozenset({"on", "to", "zu", "auf", "sur", "à", "a", "su", "op", "para", "en"})
# A pingback or trackback names the linking post's title: "Pingback: <title> | Other Blog"
PINGBACK = re.compile(r"(?:ping|track)back\s*:", re.I)
# A site name is a few words ("The New York Times", "Süddeutsche Zeitung").
MAX_SITE_NAME_WORDS = 5
# Crumbs are short section names; a longer piece means the line is a sentence.
MAX_CRUMB_WORDS = 5
# A breadcrumb trail has at least two crumbs (one crumb is just a word), and a few levels at
# most: a longer row is the site's menu bar ("Home | News | Sport | Business | ... | Photos").
MIN_CRUMBS = 2
MAX_CRUMBS = 6
# Header lines read at most: mastheads and breadcrumbs sit near the top (menus can be long).
MAX_HEADER_SEGMENTS = 400
# Segments allowed between two story paragraphs for them to count as a run (an ad label).
STORY_RUN_GAP = 2
# Mastheads sit among the first lines of the header (menus follow).
MAX_MASTHEAD_SCAN = 20
# Lower-case words this short may join the words of a proper name: "of", "du", "de la".
MAX_JOINING_WORD = 3
# A short line between two paragraphs (a subheading) does not break a run of story text.
MAX_RUN_SUBHEADING_WORDS = 12
# The masthead repeated as a bare line further down counts only near the very top.
MAX_MASTHEAD_POSITION = 6

_CREDIT_LIKE = CREDIT_WORDS
_LETTERS = re.compile(r"[^\w]+|_")
# A line opening with one of these is a credit or a footer's notice.
COPYRIGHT_SIGNS = ("©", "(c)", "(C)", "Ⓒ")
# A title-shaped line this close that holds a header line is the headline printed again.
TITLE_REPEAT_REACH = 8
# A year in a line makes it a date or a headline, never a masthead.
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Common domain prefixes and generic second-level labels to ignore: www.x.com, x.co.uk
_DOMAIN_NOISE = frozenset(
    {"www", "m", "amp", "mobile", "news", "edition", "co", "com", "org", "net"}
)


def prose_line(segment: Segment, min_words: int = MIN_PROSE_WORDS) -> bool:
    """``is_prose(segment.text, min_words=...)``, settled by the segment's word count where that
    suffices (a long paragraph; a short line in a script with spaces): stages ask it of every
    line."""
    words = segment.words  # never more than word_count(text); equal for ASCII text
    if words >= 2 * min_words:
        return True
    if words < min_words and segment.text.isascii():
        return False
    return is_prose(segment.text, min_words=min_words)


def story_start(doc: Document) -> int:
    """Index of the first story paragraph: the first prose line followed by more prose.

    A lone prose line above the story is a cookie notice, a standfirst or a caption; the story
    itself is a run of paragraphs (furniture lines such as "Advertisement" may sit between).
    Without such a run, the first prose line.
    """
    segments = doc.segments
    first_prose: int | None = None
    for position, segment in enumerate(segments):
        if segment.label is not None:
            continue
        if segment.words < MIN_PROSE_WORDS and segment.text.isascii():
            continue  # ``prose_line``'s own first "no", without the call: most lines are short
        if not prose_line(segment):
            continue
        if furniture_reason(segment.text) is not None:
            continue
        if first_prose is None:
            first_prose = position
        for follower in segments[position + 1 : position + 1 + STORY_RUN_GAP]:
            if prose_line(follower) and furniture_reason(follower.text) is None:
                return position
            other_line = follower.label is None and furniture_reason(follower.text) is None
            if other_line and follower.words > MAX_RUN_SUBHEADING_WORDS:
                break  # a subheading may sit between two paragraphs; other lines end the run
    return first_prose if first_prose is not None else len(segments)


def header_region(doc: Document) -> list[Segment]:
    """Segments above the story (the masthead, menus, headline, standfirst, byline and dates)."""
    return doc.segments[: min(story_start(doc), MAX_HEADER_SEGMENTS)]


def split_breadcrumbs(text: str) -> tuple[str, ...] | None:
    """The crumbs of a breadcrumb line, or None if the line is not one."""
    if not BREADCRUMB_SEPARATOR.search(text) or text.endswith((".", "!", "?")) or ":" in text:
        return None  # "Credit: Jane Doe/AP" and "Photo: X / Reuters" are credits
    if text.lstrip().startswith(COPYRIGHT_SIGNS):
        return None  # "© Jane Doe / Ocean Watch" is a photo's credit
    crumbs = [c.strip() for c in BREADCRUMB_SEPARATOR.split(text) if c.strip()]
    if not MIN_CRUMBS <= len(crumbs) <= MAX_CRUMBS or any(
        len(c.split()) > MAX_CRUMB_WORDS for c in crumbs
    ):
        return None
    # "News / Explainers" is a trail; "UNITED NATIONS / ALMATY", "Jane Doe / AP" and
    # "Jane Doe | Guest Columnist" are not.
    if looks_like_byline(text):
        return None
    slashes_only = "/" in text and not any(sep in text for sep in (">", "›", "»", "→", "|"))
    if slashes_only and (text.isupper() or any(c.casefold() in _CREDIT_LIKE for c in crumbs)):
        return None
    if " via " in text:
        return None  # "Jane Doe / Northlight via Getty Images" is a photo's credit
    if any(ch.isdigit() for ch in text):
        return None  # dates and times use | too
    return tuple(crumbs)


def _domain_key(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # "http://[" and other URLs urllib cannot split
        return None
    labels = [label for label in host.split(".") if label and label not in _DOMAIN_NOISE]
    if len(labels) < 2:
        return labels[0] if labels else None
    return labels[-2] if len(labels[-1]) <= 3 else labels[-1]


def _letters(text: str) -> str:
    return _LETTERS.sub("", text).lower()


@stage(NAME, requires={"language"}, provides={"site_name", "section"})
def furniture(doc: Document) -> None:
    """Label banner files, site name and breadcrumbs in the header; set site name and section."""
    header = [s for s in header_region(doc) if s.label is None]
    domain = _domain_key(doc.url)
    for segment in header:
        text = segment.text
        if IMAGE_FILE.match(text):
            doc.label(segment, Role.BOILERPLATE, NAME, "banner")
            continue
        crumbs = split_breadcrumbs(text)
        if crumbs is not None and doc.kind == "text":
            if crumbs[-1].casefold() in GENERIC_LAST_CRUMBS:
                crumbs = crumbs[:-1]
            if crumbs and crumbs[0].casefold() in HOME_CRUMBS:
                crumbs = crumbs[1:]
            doc.label(segment, Role.SECTION, NAME, "breadcrumbs")
            if doc.section_path is None and crumbs:
                doc.section_path = Evidence(crumbs, Source.TEXT_RULE, text, NAME)
            continue
        if len(text.split()) > MAX_SITE_NAME_WORDS or not any(c.isalpha() for c in text):
            continue
        known = doc.site_name.value.casefold() if doc.site_name is not None else None
        if known is not None:
            if text.casefold() == known:
                doc.label(segment, Role.SITE_NAME, NAME, "site name")
            continue
        if domain and _letters(text) == domain:
            doc.label(segment, Role.SITE_NAME, NAME, "site name: spells the domain")
            doc.site_name = Evidence(text, Source.TEXT_RULE, text, NAME)
    if doc.site_name is None and doc.kind == "text":
        _masthead(doc, header)


def _masthead(doc: Document, header: list[Segment]) -> None:
    """The masthead: a header line named again in the copyright line or elsewhere on the page."""
    below = doc.segments[header[-1].index + 1 :] if header else doc.segments
    copyright_lines = _copyright_lines(below)
    # a section the breadcrumb trail names below its root ("Spain / Andalusia / Seville" over
    # a "SEVILLE" kicker, named again in the tags below) is no masthead; the root crumb may be
    # the site's own name
    crumbs = {c.casefold() for c in doc.section_path.value[1:]} if doc.section_path else set()
    candidates = [
        s
        for s in header[:MAX_MASTHEAD_SCAN]
        if s.label is None
        and s.text.casefold() not in crumbs
        and len(s.text.split()) <= MAX_SITE_NAME_WORDS
        and any(c.isalpha() for c in s.text)
        and not _under_a_by_label(doc, s)
    ]
    # 1. named in the copyright line (the longest such line wins: "Cambria News" over "News")
    named = [
        s
        for s in candidates
        if any(_names_in_full(line, s.text) for line in copyright_lines)
    ]
    # 2. a multi-word, capitalised header line named again below, as written (in a photo credit,
    #    "... is a writer for X"): mastheads are proper names, menu items are common words; a
    #    writer's bio opening with the name ("Jane Roe is a planner") and a comment thread's
    #    heading naming the post ("12 thoughts on <title>") name no masthead
    if not named:
        page = "\n".join(s.text for s in doc.segments)
        named = [
            s
            for s in candidates
            if _proper_name(s.text)
            and page.count(s.text) > 1  # else no other line holds it (cheap, before the rest)
            and not looks_like_byline(s.text)
            and any(
                o.words > s.words + 1
                and s.text in o.text
                and not _opens_a_bio(o.text, s.text)
                and not _names_the_post(o.text, s.text)
                and _contains_words(o.text, s.text)
                and not _title_repeat(s, o)
                for o in doc.segments
            )
        ]
    if named:
        best = max(named, key=lambda s: (len(s.text.split()), -s.index))
        doc.label(best, Role.SITE_NAME, NAME, "site name: named again in the footer or credits")
        doc.site_name = Evidence(best.text, Source.TEXT_RULE, best.text, NAME)
        return
    # 3. a short line near the top repeated below as it stands (mastheads come back in footers)
    later_texts = {s.text.casefold() for s in below}
    for segment in candidates:
        if segment.index < MAX_MASTHEAD_POSITION and segment.text.casefold() in later_texts:
            doc.label(segment, Role.SITE_NAME, NAME, "site name: masthead repeated below")
            doc.site_name = Evidence(segment.text, Source.TEXT_RULE, segment.text, NAME)
            return


def _under_a_by_label(doc: Document, line: Segment) -> bool:
    """True for a line under a label that names who provides the page ("News provided by",
    "Presented by:"): a press release's company or a sponsor, not the site's masthead."""
    if line.index == 0:
        return False
    above = doc.segments[line.index - 1].text.rstrip(" :").casefold()
    return above == "by" or above.endswith(" by")


def _title_repeat(line: Segment, other: Segment) -> bool:
    """``other`` is the page's title printed again near ``line`` with more words around it
    ("Garden Blog: Planting in Spring" under "Planting in Spring"): the line is the headline
    named twice, not a masthead named in the footer."""
    return abs(other.index - line.index) <= TITLE_REPEAT_REACH and looks_like_title(other.text)


def _copyright_lines(segments: list[Segment]) -> list[str]:
    """The texts that ``COPYRIGHT_LINE`` finds a match in. The regex (three case-blind
    branches, no literal prefix) is slow to run over every line, so it runs only on lines with
    a mark it needs: "©", a bracket, or "copyright" in lower case (the regex also folds the
    dotted and dotless i to "i", which ``str.lower`` does not)."""
    return [
        s.text
        for s in segments
        if _may_be_copyright(s.text) and COPYRIGHT_LINE.search(s.text) is not None
    ]


def _may_be_copyright(text: str) -> bool:
    """True for every line COPYRIGHT_LINE can match (a test keeps the two together)."""
    return (
        "©" in text
        or "(" in text
        or "ı" in text
        or "İ" in text
        or "copyright" in text.lower()
    )


def _proper_name(text: str) -> bool:
    """Two or more words, each capitalised but for short joining words ("Le Courrier du Rhône"),
    the last capitalised too ("Sign in", "Log out" are buttons), and no year."""
    words = text.split()
    if len(words) < 2 or text.isupper() or YEAR.search(text):
        return False  # "February 17, 2026" is capitalised too: a date, not a name
    if not (words[-1][0].isupper() or words[-1][0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or len(w) <= MAX_JOINING_WORD for w in words)


def _names_the_post(line: str, name: str) -> bool:
    """True for a comment thread's heading or a pingback naming the post by its title ("12
    thoughts on “<title>”", "29 Antworten zu <title>", "Pingback: <title> | Other Blog"): the
    line named again is the headline, not a masthead a credit names."""
    if PINGBACK.match(line):
        return True
    end = line.rfind(name)
    if end < 0 or line[end + len(name) :].strip(" \"'”’»“«.:"):
        return False
    before = line[:end].rstrip(" \"'“„«‘").split()
    return bool(before) and before[-1].casefold() in POST_PREPOSITIONS


def _opens_a_bio(line: str, name: str) -> bool:
    """True for a writer's bio that opens with the name: "Jane Roe is a planner ...", "Jane
    Roe covers the council" (a site describing itself opens with its article: "The Valley
    Review is registered as a charity")."""
    if not line.startswith(name) or name.startswith(("The ", "the ")):
        return False
    return BIO_AFTER_NAME.match(line, len(name)) is not None


def _names_in_full(line: str, name: str) -> bool:
    """True if ``line`` names ``name`` (in any case) as whole words, and as the whole name:
    no capitalised word runs on from it ("China" in "© China Daily Information Co" is a part of
    another name) but a company word ("Ltd", "Media Group"), and none comes before it but a
    copyright word ("Copyright", "All Rights Reserved")."""
    folded, wanted = line.lower(), name.lower()
    if len(folded) != len(line):  # lower() changed the length ("İ"): positions would not map
        return _contains_words(line.casefold(), name.casefold())
    start = folded.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        before, after = line[:start].split(), line[end:].split()
        if (
            _contains_words(folded[max(0, start - 1) : end + 1], wanted)
            and not (after and line[end:end + 1].isspace() and _runs_on(after[0]))
            and not (before and line[start - 1 : start].isspace() and _runs_on(before[-1]))
        ):
            return True
        start = folded.find(wanted, start + 1)
    return False


def _runs_on(word: str) -> bool:
    """True for a capitalised word that is part of a name next to it (not a company word, a
    copyright word or a year)."""
    bare = word.strip(".,;:()[]")
    return bare[:1].isupper() and bare.casefold() not in NAME_NEIGHBOURS


def _contains_words(line: str, name: str) -> bool:
    """True if ``name`` occurs in ``line`` as whole words."""
    start = line.find(name)
    while start >= 0:
        end = start + len(name)
        before = line[start - 1] if start else " "
        after = line[end] if end < len(line) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = line.find(name, start + 1)
    return False
