"""Stage ``pull_quotes``: quote boxes that repeat a line of the story, and who said it.

Evidence, in order:
1. HTML markup: an ``aside``/``blockquote``/``figure`` with pull-quote classes;
2. repetition: a line whose words reappear, in order, inside a longer story paragraph
   (the quote box drops the quotation marks and the "he said");
3. an exact repeat of a paragraph that is followed by an attribution line (and the story copy
   is not: a section printed twice repeats its headings too);
4. page text: a line another stage took for furniture (a footer, a box) that repeats a passage
   the story prints inside quotation marks;
5. page text: a line cut before its sentence ends (no final stop, no speaker), set under a
   sentence, that repeats the end of a sentence of a story paragraph just above it: the box
   reprises what was just said;
6. page text: a passage printed once, set apart by its speaker: a portrait line naming the
   person ("Headshot of Jane Doe", not the page's writer) then a line opening with that
   name, under a passage in the first or second person. The passage is the story's only
   copy, so it stays in the body with its speaker line, and the quote points at it;
7. page text, once evidence 6 has shown how the page sets out its quotes: a passage printed
   once in the first or second person, right above a line opening with a person's name (two
   capitalised words the page never prints in lower case), is a quote of the same layout
   whose portrait is missing.
An embedded post (a tweet, whose line under it names an account: "— Jane Doe (@janedoe) March
8, 2026") is the story's source, not a box repeating it, however the story quotes it.
Of two copies only one is a quote box: the story copy stays in the body. Two copies followed
by the same line are a box printed twice. List entries, FAQ questions and list lead-ins repeat
the story without being quotes.
The attribution is the short, name-shaped line right after the quote ("Jane Doe, mayor"), or
a quote card's speaker printed after the closing quotation mark ("“...” — Jane Doe, mayor").
"""

from __future__ import annotations

import re

from newsparse.document import Document, PullQuoteFinding, Role, Segment
from newsparse.htmlblocks import near_tokens
from newsparse.patterns.html import PULL_QUOTE_CLASSES
from newsparse.pipeline import stage
from newsparse.stages.boilerplate import BOX_REASONS
from newsparse.stages.furniture import prose_line, story_start
from newsparse.textshape import comparable_words, ends_like_sentence

__all__ = ["pull_quotes", "repeated_in"]

NAME = "pull_quotes"
# A pull quote has at least this many words; shorter repeats are labels and names.
MIN_QUOTE_WORDS = 6
# Share of the quote's words found in the paragraph it repeats (boxes trim a word or change
# the punctuation).
MIN_WORD_COVERAGE = 0.8
# Share of the quote's word trigrams found in that paragraph: the words reappear in order, not
# just somewhere in it ("What are the benefits of X?" is no repeat of "What are the types of X?").
MIN_TRIGRAM_COVERAGE = 0.6
# A trigram found in more paragraphs than this is a stock phrase, not a repeat.
MAX_HOLDERS = 8
# A quoted sentence has few capitalised words; a heading or a name line has many.
MAX_QUOTE_CAPITALISED_SHARE = 0.5
# A pull quote is a sentence or two; longer lines are paragraphs.
MAX_QUOTE_WORDS = 80
# An attribution names a person and maybe a role: a few words, no sentence.
MAX_ATTRIBUTION_WORDS = 16
# Marks that open a quotation: a pull quote may be cut before its sentence ends.
OPENING_QUOTES = frozenset("\"'“‘„«‹「")
CLOSING_QUOTES = frozenset("\"'”’“»›」")
# A quote box set before the story sits this many lines above its first paragraph at most
# (right under the lead photo's caption and credit).
MAX_QUOTE_ABOVE_STORY = 2
# A speaker's name: a few words, capitalised but for particles ("Ludwig van Beethoven").
MAX_NAME_WORDS = 5
# A speaker named by description ("A senior official", "Local shop owner") has two words or
# more besides an article, which is not looked for in the story ("a" under the box, "one" in
# it); one word ("The Verdict") may be a heading that the story happens to use.
MIN_DESCRIBED_SPEAKER_WORDS = 2
SPEAKER_ARTICLES = frozenset({"a", "an", "the", "one"})
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "do", "dos", "du", "van", "von", "der", "den", "del", "della", "la", "le",
     "bin", "ibn", "al", "el", "y", "e", "ter", "ten", "zu"}
)
# Markup around a block that may hold a quote box without naming it one: in HTML a repeated
# line outside any of these is a heading or list item shown twice, not a quote box.
QUOTE_CONTEXT_TOKENS = PULL_QUOTE_CLASSES | {
    "blockquote", "aside", "figure", "quote", "quotation", "callout", "highlight",
}
# Marks that open a quotation inside a story paragraph, before the words a quote box repeats.
QUOTE_OPENERS = re.compile(r"[\"“‘„«‹「]")  # “Machine learning is changing …,” she said
# A quoted passage is matched by its first words, read from the characters after the mark.
QUOTED_OPENING_WORDS = 4
QUOTED_OPENING_CHARS = 80
# A line cut before its sentence ends (no stop, no speaker) is a quote box only when it repeats
# a story paragraph at most this many lines above it (a subheading repeating the story's words
# opens a section; a box reprises what was just said) and has this many words at least.
MAX_CUT_QUOTE_DISTANCE = 3
MIN_CUT_QUOTE_WORDS = 8
# ... and the paragraph is this many times as long as the line (a card's title under its image
# description, "Image for: <title>", is not), and a sentence of it ends with the line's
# last words, read in this many characters before the stop.
CUT_PARAGRAPH_FACTOR = 2
TAIL_WINDOW_CHARS = 80
_SENTENCE_STOP = re.compile(r"[.!?…]")  # "... the engineers can plan around."
# A speaker's portrait under a quote printed once: "Headshot of Jane Doe", "Photo of Jane Doe
# of Acme", "Porträt von Max Muster". The name is read from the words after the mark.
_PORTRAIT = re.compile(
    r"^(?:head ?shot|portrait|porträt|portr[ae]t|photo|picture|image|foto|bild|retrato|ritratto)"
    r"(?: (?:of|for|von|de|di|du|van))? (?=\S)",
    re.IGNORECASE,
)
# A speaker's name in a portrait line: at least a first and a last name.
MIN_PORTRAIT_NAME_WORDS = 2
# A quote printed once speaks in the first or second person ("I like ...", "Your job posting
# ..."): a story's or a bio's paragraph above its writer's portrait speaks of others.
SPEAKER_VOICE = frozenset(
    {"i", "i'm", "i’m", "i've", "i’ve", "me", "my", "we", "we're", "we’re", "our", "us", "you",
     "you're", "you’re", "your", "ich", "mein", "meine", "wir", "unser", "unsere", "du", "dein",
     "je", "j'ai", "j’ai", "mon", "ma", "mes", "nous", "vous", "votre", "yo", "mi", "nosotros",
     "nuestro", "nuestra", "tu", "usted", "io", "noi", "mio"}
)
_VOICE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")  # "I’m", "you", "j’ai"
# Evidence 7: a speaker line without a portrait opens with this many name words, each one a
# word the page never prints in lower case ("Jane Roe Acme Cleaning", not the heading "Growing
# Demand For Cleaners" nor the button "Visit Website", whose words the story uses).
SPEAKER_NAME_WORDS = 2
# A story's paragraph quoting someone else prints double quotation marks: no quote box.
DOUBLE_QUOTES = frozenset("\"“”„«»")
# The line under an embedded post names its account in brackets: "— Jane Doe (@janedoe)
# March 8, 2026", "A post shared by Jane Doe (@jane.doe)".
_EMBED_ACCOUNT = re.compile(r"\(@[\w.]{1,30}\)")
# A quote card printing its speaker after the closing quotation mark, on the same line:
# "“Nobody asked us first.” — Jane Roe, mayor" (the quote keeps its marks, as printed).
_INLINE_SPEAKER = re.compile(
    r"\A([\"“„«‹][^\n]{10,}?[\"”“»›])[ \t]*[—–―][ \t]*([A-ZÀ-Ý][^\n—–―\"“”]{2,80})\Z"
)
# A list or glossary entry opens with a short term and a colon ("Harbour dues: A fee charged
# on ..."; "Breakfast: porridge ..."): it repeats the paragraph it sums up, as no quote box does.
_ENTRY_LEAD = re.compile(r"\A[^\s:]{1,40}(?:\s[^\s:]{1,40}){0,3}:\s")


Trigram = tuple[str, str, str]


def key_trigrams(words: list[str]) -> tuple[Trigram, ...]:
    """The trigrams a repeat is looked up by: first, middle and last (a quote box may trim a
    word or change the punctuation at one end). Only these three are built."""
    grams = len(words) - 2
    if grams <= 0:
        return ()
    return tuple(
        (words[start], words[start + 1], words[start + 2])
        for start in (0, grams // 2, grams - 1)
    )


def trigram_index(
    words_of: dict[int, list[str]], wanted: set[Trigram] | None = None
) -> dict[Trigram, list[int]]:
    """Each word trigram (or each one of ``wanted``) and the paragraphs holding it: built once,
    linear in the page."""
    index: dict[Trigram, list[int]] = {}
    for position, words in words_of.items():
        grams = zip(words, words[1:], words[2:], strict=False)
        for gram in set(grams) if wanted is None else wanted.intersection(grams):
            index.setdefault(gram, []).append(position)
    return index


def repeated_in(
    quote: list[str], index: dict[Trigram, list[int]], words_of: dict[int, list[str]], own: int
) -> int | None:
    """The paragraph (other than ``own``) that repeats ``quote``, if one does.

    The quote's key trigrams are looked up; a hit is confirmed by the share of the quote's
    words the paragraph holds, and of its trigrams (the words in the same order). Trigrams
    common to many paragraphs are no evidence and are skipped, which keeps the search linear
    on any page.
    """
    wanted = set(quote)
    grams = set(zip(quote, quote[1:], quote[2:], strict=False))
    for gram in key_trigrams(quote):
        holders = index.get(gram, ())
        if len(holders) > MAX_HOLDERS:
            continue
        for position in holders:
            if position == own:
                continue
            words = words_of[position]
            if len(wanted & set(words)) / len(wanted) < MIN_WORD_COVERAGE:
                continue
            held = grams.intersection(zip(words, words[1:], words[2:], strict=False))
            if len(held) / len(grams) >= MIN_TRIGRAM_COVERAGE:
                return position
    return None


def _title_cased(text: str) -> bool:
    """True for Title Case Text (headings, names), which a quoted sentence is not."""
    initials = [w[0] for w in text.split() if w[0].isalpha()]
    if not initials:
        return True
    capitals = sum(map(str.isupper, initials))
    return capitals / len(initials) > MAX_QUOTE_CAPITALISED_SHARE


def _free_line(candidate: Segment) -> bool:
    """A line no other stage has taken, or furniture that is no sign-up box's field."""
    label = candidate.label
    return label is None or (label.role is Role.BOILERPLATE and label.reason not in BOX_REASONS)


def _attribution(doc: Document, quote: Segment) -> Segment | None:
    following = doc.segments[quote.index + 1 : quote.index + 2]
    if not following:
        return None
    candidate = following[0]
    text = candidate.text.lstrip("—–-― ").strip()
    if not _free_line(candidate):
        return None  # taken by another stage, or a sign-up box's field ("Email Address")
    if not text or len(text.split()) > MAX_ATTRIBUTION_WORDS or not text[0].isupper():
        return None
    if ends_like_sentence(text) and not text.endswith("."):
        return None
    if text.endswith(".") and len(text.split()) > 3:
        return None
    if not _name_shaped(text):
        return None  # a heading or list entry after a repeated line, not its speaker
    if candidate.element is None and len(text.split()) == 1:
        return None  # page text: a lone word ("Overview", "Verdict") is a heading, not a speaker
    return candidate


def _described_speaker(doc: Document, quote: Segment, paragraph: list[str]) -> Segment | None:
    """The line under a quote box that names its speaker by description, as the story does
    ("A senior official" under a quote the story gives to "one senior official"): a short
    capitalised line, no sentence, whose words after an article stand in the paragraph as
    they are, one after the other."""
    following = doc.segments[quote.index + 1 : quote.index + 2]
    if not following or not _free_line(following[0]):
        return None
    text = following[0].text.lstrip("—–-― ").strip()
    words = comparable_words(text)
    if not text[:1].isupper() or len(words) > MAX_NAME_WORDS or text.endswith((".", "!", "?", ":")):
        return None
    described = words[1:] if words and words[0] in SPEAKER_ARTICLES else words
    if len(described) < MIN_DESCRIBED_SPEAKER_WORDS:
        return None
    return following[0] if _holds_phrase(paragraph, described) else None


def _holds_phrase(words: list[str], phrase: list[str]) -> bool:
    """True if ``phrase`` stands in ``words`` as consecutive words."""
    first, size = phrase[0], len(phrase)
    return any(
        word == first and words[i : i + size] == phrase for i, word in enumerate(words)
    )


def _portrait_name(text: str) -> str | None:
    """The person a portrait line names ("Headshot of Katie Doe of Acme." -> "Katie Doe",
    "[Photo of Jane Roe]" -> "Jane Roe"): the capitalised words after the mark, or None."""
    text = text.strip("[] ")  # lynx prints an image's alt text in brackets
    mark = _PORTRAIT.match(text)
    if mark is None:
        return None
    words: list[str] = []
    for word in text[mark.end() :].rstrip(" .").split():
        if not (word[:1].isupper() or (words and word.lower() in NAME_PARTICLES)):
            break
        words.append(word)
    if not MIN_PORTRAIT_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return None
    return " ".join(words)


def _speaks(text: str) -> bool:
    """True if a passage reads as someone speaking: a first- or second-person word, and no
    double quotation marks (a story's paragraph quoting someone else)."""
    if not DOUBLE_QUOTES.isdisjoint(text):
        return False
    return any(word.lower() in SPEAKER_VOICE for word in _VOICE_WORD.findall(text))


def _portrayed_speaker(doc: Document, quote: Segment) -> tuple[Segment, Segment] | None:
    """The portrait line right under a quote and the speaker line under it, which opens with
    the name the portrait gives ("Headshot of Jane Doe" / "Jane Doe Acme Cleaning")."""
    lines = doc.segments[quote.index + 1 : quote.index + 3]
    if len(lines) < 2 or not all(_free_line(line) for line in lines):
        return None
    portrait, speaker = lines
    name = _portrait_name(portrait.text)
    if name is None or len(speaker.text.split()) > MAX_ATTRIBUTION_WORDS:
        return None
    if doc.byline is not None and name.casefold() in {
        person.casefold() for person in doc.byline.value.people
    }:
        return None  # the writer's own box under the story's last paragraph
    named = comparable_words(name)
    if comparable_words(speaker.text)[: len(named)] != named:
        return None
    return portrait, speaker


def _sentence_shaped(text: str) -> bool:
    """True for a quoted sentence: it ends like one, or opens with a quotation mark (a quote
    box may drop both when a name follows it)."""
    return ends_like_sentence(text) or text.lstrip()[:1] in OPENING_QUOTES


def _entry_or_question(text: str) -> bool:
    """True for a list entry ("Tariff: a tax on imports"), a bare question ("What is a
    tariff?") or a list's lead-in ("The steps are:"): lines a summary, an FAQ or a list
    repeats from the story. A quoted line is none of these."""
    text = text.strip()
    if text[:1] in OPENING_QUOTES:
        return False
    return text.endswith(("?", ":")) or _ENTRY_LEAD.match(text) is not None


def _name_shaped(text: str) -> bool:
    """True if an attribution opens with a name: "Jane Doe, mayor", "Inés Valdés (grower)"."""
    head = text.split(",", 1)[0].split("(", 1)[0].strip()
    words = head.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or ":" in head:
        return False
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


def _furniture_candidate(segment: Segment) -> bool:
    """Page text: a line the boilerplate stage took for furniture (not a box's line) may still
    be a quote box that repeats the story: a footer run can swallow one."""
    label = segment.label
    return (
        segment.element is None
        and label is not None
        and label.role is Role.BOILERPLATE
        and label.stage != NAME
        and label.reason not in BOX_REASONS
    )


def _quoted_in(quote: list[str], paragraph: str) -> bool:
    """True if the paragraph prints the quote's opening words right after a quotation mark
    (“Machine learning is changing …,” she said): the words are someone's, set in a box."""
    opening = quote[:QUOTED_OPENING_WORDS]
    for mark in QUOTE_OPENERS.finditer(paragraph):
        after = paragraph[mark.end() : mark.end() + QUOTED_OPENING_CHARS]
        if comparable_words(after)[:QUOTED_OPENING_WORDS] == opening:
            return True
    return False


def _reprises_a_tail(quote: list[str], paragraph: str) -> bool:
    """True if a cut line reprises the end of a sentence inside a longer paragraph ("... which
    leaves the river as the one thing the engineers can plan around."): the paragraph runs at
    least CUT_PARAGRAPH_FACTOR times as long, opens otherwise, and a sentence of it ends with
    the line's last words. A card's title under its image's description ("Image for:
    <title>"), a caption's fuller copy and a list item's lead repeat a line otherwise."""
    words = comparable_words(paragraph)
    if len(words) < CUT_PARAGRAPH_FACTOR * len(quote) or words[:3] == quote[:3]:
        return False
    tail = quote[-3:]
    for stop in _SENTENCE_STOP.finditer(paragraph):
        before = paragraph[max(0, stop.start() - TAIL_WINDOW_CHARS) : stop.start()]
        if comparable_words(before)[-3:] == tail:
            return True
    return False


def _embedded_post(doc: Document, quote: Segment) -> bool:
    """True if the line under a passage names a social account in brackets ("— Jane Doe
    (@janedoe) March 8, 2026"): the passage is an embedded post, which the story may quote."""
    following = doc.segments[quote.index + 1 : quote.index + 2]
    return bool(following) and _EMBED_ACCOUNT.search(following[0].text) is not None


def _same_next_line(doc: Document, first: int, second: int) -> bool:
    """True if the lines right after two copies read alike (a sign-up box printed twice runs on
    into its "Email Address" field both times); a quote box's speaker follows one copy only."""
    segments = doc.segments
    if max(first, second) + 1 >= len(segments):
        return False
    return _fold(segments[first + 1].text) == _fold(segments[second + 1].text)


def _fold(text: str) -> str:
    """A line as two lines are compared: case-folded, runs of spaces one space."""
    return " ".join(text.casefold().split())


def _candidates(
    doc: Document, words_of: dict[int, list[str]]
) -> list[tuple[Segment, bool, bool]]:
    """The blocks that may be quote boxes, whether their markup names them so, and whether
    they are cut before their sentence ends with no speaker under them (page text): sentences
    inside the story (in HTML, set apart by quote-like markup), or any block marked as one.
    The words of each block read are kept in ``words_of``."""
    story: int | None = None
    found: list[tuple[Segment, bool, bool]] = []
    for segment in doc.segments:
        if segment.label is not None and not _furniture_candidate(segment):
            continue
        near: frozenset[str] = frozenset()
        if segment.element is not None:
            if not segment.context & QUOTE_CONTEXT_TOKENS:
                continue  # HTML: a quote box is set apart by its markup
            near = near_tokens(segment.element)
        words = words_of[segment.index] = comparable_words(segment.text)
        marked = bool(segment.context & PULL_QUOTE_CLASSES) and bool(near & PULL_QUOTE_CLASSES)
        if (len(words) < MIN_QUOTE_WORDS or len(words) > MAX_QUOTE_WORDS) and not marked:
            continue
        if segment.element is not None and not marked and not near & QUOTE_CONTEXT_TOKENS:
            continue
        cut = False
        if not marked:
            if story is None:
                story = story_start(doc)
            if (
                segment.index < story and not _quoted_over_story(segment, story)
            ) or _title_cased(segment.text):
                continue  # a quote box is a sentence inside the story; titles repeat elsewhere
            text = segment.text
            if (not _sentence_shaped(text) or _entry_or_question(text)) and _attribution(
                doc, segment
            ) is None:
                # a subheading ("Ledgerly: best free app for designers"), a summary list item
                # or an FAQ question repeats the story, unquoted; a line cut before its end
                # may still reprise the paragraph above it (evidence 5)
                if (
                    segment.element is not None
                    or _entry_or_question(text)
                    or len(words) < MIN_CUT_QUOTE_WORDS
                    or not text[:1].isupper()  # an image's description, a video's title
                    or not _free_line(doc.segments[min(segment.index + 1, len(doc.segments) - 1)])
                ):  # (over a sign-up box's field: the box's pitch)
                    continue
                cut = True
        found.append((segment, marked, cut))
    return found


@stage(NAME, requires={"boilerplate", "byline", "captions", "related"}, provides={"pull_quotes"})
def pull_quotes(doc: Document) -> None:
    """Label quote boxes and their attribution lines; link each to the paragraph it repeats."""
    words_of: dict[int, list[str]] = {}  # filled for the blocks read so far
    candidates = _candidates(doc, words_of)
    if not candidates:
        return  # most HTML pages: no block is set apart like a quote box
    for segment in doc.segments:
        if segment.label is None and segment.index not in words_of:
            words_of[segment.index] = comparable_words(segment.text)
    targets = {
        position: words
        for position, words in words_of.items()
        if len(words) >= MIN_QUOTE_WORDS
        and doc.segments[position].label is None
        and prose_line(doc.segments[position], MIN_QUOTE_WORDS)
    }
    index = trigram_index(
        targets,
        {g for segment, _, _ in candidates for g in key_trigrams(words_of[segment.index])},
    )
    portrayed = 0  # quotes printed once that a portrait line vouches for (evidence 6)
    unportrayed: list[Segment] = []  # passages printed once with no portrait under them
    for segment, marked, cut in candidates:
        furniture = _furniture_candidate(segment)
        if segment.label is not None and not furniture:
            continue  # taken as the attribution of the quote before it
        if _embedded_post(doc, segment):
            continue  # a tweet the story quotes: its source, not a box repeating it
        words = words_of[segment.index]
        repeats = repeated_in(words, index, words_of, segment.index)
        if furniture and (repeats is None or not _quoted_in(words, doc.segments[repeats].text)):
            continue  # furniture that repeats no quoted passage of the story stays furniture
        # In page text nothing but the words sets a quote box apart: of two copies the story
        # one stays, and copies that read alike are a section printed twice. In HTML the quote
        # markup is the evidence (a carousel of testimonials prints every quote twice).
        text_only = segment.element is None
        if repeats is not None and (
            len(words_of.get(repeats, ())) < len(words)
            or not prose_line(doc.segments[repeats], MIN_QUOTE_WORDS)
            or (text_only and doc.segments[repeats].label is not None)
        ):
            repeats = None  # the other copy is shorter, no paragraph or taken: no quote box
        if text_only and repeats is not None and _same_next_line(doc, segment.index, repeats):
            continue  # both copies run on into the same line: a box printed twice
        if cut and (
            repeats is None
            or not 0 < segment.index - repeats <= MAX_CUT_QUOTE_DISTANCE
            or not ends_like_sentence(doc.segments[segment.index - 1].text)
            or not (
                _reprises_a_tail(words, doc.segments[repeats].text)
                or _quoted_in(words, doc.segments[repeats].text)
            )
        ):
            # a line cut short that reprises no passage just above is a subheading; one under
            # a heading ("What the panel found") is a list's item summing up the story
            continue
        if repeats is None and not marked:
            if text_only and not cut and not furniture and segment.text[:1].isupper():
                if _printed_once(doc, segment):
                    portrayed += 1
                else:
                    unportrayed.append(segment)
            continue
        attribution = _attribution(doc, segment)
        if attribution is None and repeats is not None:
            attribution = _described_speaker(doc, segment, words_of[repeats])
        exact_repeat = repeats is not None and len(words_of[repeats]) == len(words)
        if exact_repeat and not marked and (
            attribution is None
            or (
                text_only
                and repeats is not None
                and _attribution(doc, doc.segments[repeats]) is not None
            )
        ):
            continue  # a plain duplicate (both copies alike); the body stage removes one
        doc.label(segment, Role.PULL_QUOTE, NAME, "quote box" if marked else "repeats a paragraph")
        attribution_text: str | None = None
        quote_text = segment.text
        if attribution is not None:
            attribution_text = attribution.text.lstrip("—–-― ").strip()
            doc.label(attribution, Role.ATTRIBUTION, NAME, "names the quote's speaker")
        elif (card := _inline_speaker(quote_text)) is not None:
            quote_text, attribution_text = card
        doc.pull_quotes.append(
            PullQuoteFinding(
                text=quote_text,
                attribution=attribution_text,
                segment=segment.index,
                repeats_segment=repeats,
            )
        )
    if portrayed and unportrayed:
        _printed_once_without_portrait(doc, unportrayed)


def _quoted_over_story(segment: Segment, story: int) -> bool:
    """Page text: a passage wholly in quotation marks right above the story's first paragraph
    ("“I make four breads now.”" under the lead photo), a quote box set before the story."""
    text = segment.text.rstrip(" .")
    return (
        segment.element is None
        and 0 < story - segment.index <= MAX_QUOTE_ABOVE_STORY
        and text[:1] in OPENING_QUOTES
        and text[-1:] in CLOSING_QUOTES
    )


def _inline_speaker(text: str) -> tuple[str, str] | None:
    """A quote card's quote and its speaker on one line ("“Nobody asked us first.” — Jane
    Roe, mayor"), or None: the speaker is a few words, no sentence."""
    card = _INLINE_SPEAKER.match(text)
    if card is None:
        return None
    speaker = card.group(2).strip()
    if len(speaker.split()) > MAX_ATTRIBUTION_WORDS or ends_like_sentence(speaker):
        return None
    return card.group(1), speaker


def _printed_once(doc: Document, quote: Segment) -> bool:
    """Page text, evidence 6: a passage printed once is a quote when a portrait line and a
    line opening with the same name follow it. The passage and its speaker line stay in the
    body as the page prints them (the story's only copy) and the quote points at it; the
    portrait line (an image's description) is taken.
    (A plain name line under a passage is no evidence: buttons and card labels stand there
    too, "Visit Website", "Key Features".)"""
    portrayed = _portrayed_speaker(doc, quote)  # first: most lines have no portrait under them
    if portrayed is None or not _speaks(quote.text):
        return False
    portrait, speaker = portrayed
    if portrait.label is None:
        doc.label(portrait, Role.BOILERPLATE, NAME, "the quoted speaker's portrait")
    doc.pull_quotes.append(
        PullQuoteFinding(
            text=quote.text,
            attribution=speaker.text.lstrip("—–-― ").strip(),
            segment=quote.index,
            repeats_segment=quote.index,
        )
    )
    return True


def _printed_once_without_portrait(doc: Document, passages: list[Segment]) -> None:
    """Page text, evidence 7: on a page whose quotes printed once carry their speaker's
    portrait, a passage in the first or second person, ending like a sentence, right above a
    line that opens with a person's name is a quote of the same layout whose portrait is
    missing (an image with no description). The passage and the speaker line stay in the body.
    """
    lower: set[str] | None = None  # the words the page prints in lower case, read once
    writers = {person.casefold() for person in doc.byline.value.people} if doc.byline else set()
    for quote in passages:
        following = doc.segments[quote.index + 1 : quote.index + 2]
        if not following or not _free_line(following[0]):
            continue
        speaker = following[0].text.lstrip("—–-― ").strip()
        words = speaker.split()
        name = words[:SPEAKER_NAME_WORDS]
        if (
            not SPEAKER_NAME_WORDS <= len(words) <= MAX_ATTRIBUTION_WORDS
            or ends_like_sentence(speaker)
            or not all(word[:1].isupper() and _VOICE_WORD.fullmatch(word) for word in name)
            or any(writer.startswith(" ".join(name).casefold()) for writer in writers)
            or not ends_like_sentence(quote.text)
            or not _speaks(quote.text)
        ):
            continue
        if lower is None:
            lower = {
                word
                for segment in doc.segments
                for word in _VOICE_WORD.findall(segment.text)
                if word[:1].islower()
            }
        if any(word.lower() in lower for word in name):
            continue  # a heading or a button in Title Case: the story uses its words
        doc.pull_quotes.append(
            PullQuoteFinding(
                text=quote.text, attribution=speaker, segment=quote.index,
                repeats_segment=quote.index,
            )
        )
    doc.pull_quotes.sort(key=lambda finding: finding.segment)
