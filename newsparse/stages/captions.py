"""Stage ``captions``: photo captions and their credits, kept out of the body.

Evidence, in order:
1. HTML markup: a ``<figcaption>`` or a block with caption classes (``wp-caption-text``...);
2. a line ending in a bracketed credit: "... on Jan 5, 2022. (VLADIMIR TRETYAKOV / AP)" (an
   agency alone in brackets needs no full stop before it: "... Jane Roe (AFP)");
3. a line ending in a labelled credit: "... in Kyiv. Photo: John Smith/Getty Images" (or a
   source, "... at work. Source: Acme Labs", a courtesy credit, "... 1997. Courtesy Galerie
   Roe.", or a credit glued by markup: "... a rabbitCredit: Jane Roe", "... burnt out.Jane
   Roe / Getty Images");
4. in HTML, a line opening with a numbered figure label ("Figure 2. ...", "Abb. 4: ..."); in
   page text, only a numbered photo's label ("Image 3: ...", "Foto 4: ...");
5. a credit line alone ("Photo: Connie Park", "(Reuters)", "CreditJane Roe" with the label
   glued on by markup) credits the caption line above it (in HTML, only a line of the same
   caption markup; in page text, only a sentence: a line without a full stop over a credit
   is the image's alt text, and the photo has a credit and no caption text, unless the image
   is printed above it as a file name, for want of alt text); a credit alone
   in caption markup is a caption with no text, and a label alone there ("Credit") is no
   caption at all; in page text a label alone over a short name ("Foto:" / "Jane Roe") is
   such a credit line;
6. in page text, a line repeating the image alt (or file name) printed right above it, among
   the story's paragraphs;
7. a line opening with a caption label ("Image caption The new bridge ...", the label's
   hidden <span> kept in the page text);
8. in page text, a line closed by a bracket naming its picture's kind ("... noch klein
   (Symbolbild).", "(file photo)").

A second stage, ``restated_captions``, runs after the body stage: in page text, a short line
that restates the image alt printed above it, right before a long paragraph, is that image's
caption (``_restates_alt``), where the body stage judged the alt line no subheading; and a
caption after the story whose next line, a teaser's title, restates it is that teaser's picture
(``_teaser_picture``), withdrawn.
"""

from __future__ import annotations

import itertools

from lxml.html import HtmlElement

from newsparse.document import Document, Role, Segment
from newsparse.htmlblocks import near_tokens
from newsparse.model import Caption
from newsparse.patterns.captions import (
    AGENCY_CREDIT_SEPARATOR,
    AGENCY_WORDS,
    BRACKET_NAME_AND_OUTLET,
    CAPTION_CLASS_PARTS,
    CAPTION_CONTEXT_TOKENS,
    CAPTION_LABEL_LINE,
    CAPTION_LABEL_PREFIX,
    CAPTION_WIDGET_LINE,
    COPYRIGHT_YEAR,
    COURTESY_LINE,
    CREDIT_CLASS_TOKENS,
    CREDIT_GLUED_LABEL,
    CREDIT_LABEL_LINE,
    CREDIT_LABEL_PREFIX,
    CREDIT_WORDS,
    FIGURE_LABEL,
    FILE_PHOTO_LABEL,
    FILE_PHOTO_MARK,
    GALLERY_COUNTER,
    IMAGE_FILE_WORDS,
    IMAGE_KIND_MARK,
    IMAGE_NOUNS,
    LABEL_ONLY_LINE,
    PHOTO_NUMBER_LABEL,
    PRICE,
    RIGHTS_RESERVED,
    SENTENCE_BREAK,
    SOURCE_LABEL_PREFIX,
    SOURCE_LABELS,
    SOURCE_LINE,
    STOCK_PHOTO_WORDS,
    STORY_CREDITS_LINE,
    TEASER_MEDIA_MARK,
    TRAILING_BRACKET,
    TRAILING_COLON_CREDIT,
    TRAILING_COPYRIGHT,
    TRAILING_COURTESY,
    TRAILING_CREDIT_TAIL,
    TRAILING_GLUED_COLON_CREDIT,
    TRAILING_GLUED_CREDIT,
    TRAILING_LABELLED_CREDIT,
    TRAILING_SOURCE,
    VIDEO_PLAYER_LINE,
    VIDEO_TITLE_LINE,
    WATCH_LINE,
)
from newsparse.patterns.furniture import WIRE_END_MARK
from newsparse.patterns.related import RELATED_HEADING
from newsparse.pipeline import stage
from newsparse.stages.boilerplate import furniture_reason
from newsparse.stages.furniture import prose_line, story_start
from newsparse.textshape import (
    comparable_words,
    ends_like_sentence,
    normalize_space,
    upper_share,
)

__all__ = ["captions", "credit_only", "restated_captions", "split_credit"]

NAME = "captions"
RESTATED_NAME = "restated_captions"
# A caption is a sentence or two; longer lines ending in brackets are story paragraphs.
MAX_CAPTION_WORDS = 70
# A bracketed fragment mostly in capitals is a photographer's name: "(VLADIMIR TRETYAKOV / AP)".
MIN_CREDIT_UPPER_SHARE = 0.6
# An embedded post names its account twice ("@valleyecho @valleyecho", the name and the
# handle); a photographer credited by handle names one ("Photo: @janeroe").
MIN_EMBED_HANDLES = 2
# A credit names a person or an agency: a few words.
MAX_CREDIT_WORDS = 10
# What sets a credit apart from its caption's text: "Caption • Credit", "Caption | Credit"
CREDIT_SEPARATORS = " |–—-•·"
# Elements read inside one caption for a credit class: a caption holds a few spans.
MAX_CAPTION_ELEMENTS = 40
# A credit line without a label is short ("Jane Roe / Shutterstock"), each of its parts a name
# of a few words: a longer line joined by a slash is a menu or a title ("News / Politics / ...").
MAX_AGENCY_LINE_CHARS = 80
MAX_AGENCY_PART_WORDS = 5
# An agency named alone on a credit line: "Getty Images", "Associated Press", "AP"
MAX_AGENCY_NAME_WORDS = 3
# ... after a photographer's full name ("Washington, AP" is a place)
MIN_AGENCY_NAME_WORDS = 2
# An image's alt text that a text browser prints in brackets ends on a lower-case photo word
# ("[The new bridge at dawn image]"); a credit spells it as a name ("(AP Photo)").
ALT_END_WORDS = frozenset({"image", "photo", "picture", "thumbnail", "img"})
ALT_END_SUFFIXES = tuple(f" {word}" for word in sorted(ALT_END_WORDS))
MIN_ALT_WORDS = 3
# How far from a line's end its credit can start (the credit patterns allow 120 characters and
# a label); searching only there keeps long paragraphs cheap.
TAIL_CHARS = 200
# A lone credit line credits the line above if that line is caption-sized.
MAX_CREDITED_LINE_WORDS = 60
# The first letters of a courtesy credit's line ("Courtesy of ...", "Photo courtesy ...",
# "Foto cedida por ...", "Gentileza de ...").
COURTESY_INITIALS = frozenset("cCiIpPfFgG")
# An embedded video's player prints a few lines under its title ("Play video", "Video
# duration 02:31"); the title's first letters (ASCII, lower case) screen lines cheaply.
VIDEO_PLAYER_LINES = 3
WATCH_INITIALS = frozenset("wWvVmMrR")
# The body stage's name and its reason for a line above the story (a caption printed under
# its photo's credit is one).
BODY_STAGE = "body"
BODY_HEADER_REASON = "header"
# A gallery's caption under its counter ("Image 2 of 6") says something: "Expand" or "Play
# video" under it is a button.
MIN_GALLERY_CAPTION_WORDS = 3
# A page-text line over a credit longer than this, in two sentences or more, is a paragraph (a
# teaser's excerpt, the story's text over a photo with no caption), not the photo's caption
MAX_ONE_SENTENCE_CREDITED_WORDS = 30
# ... and has at least this many words (in page text one word above a credit is a menu item).
MIN_CREDITED_LINE_WORDS = 2
# The main-content stage's removals that can hold the story's own photos: a gallery taken for a
# related box, a lead photo above the headline, a photo box set beside the text.
MAIN_CONTENT_STAGE = "main_content"
RECOVERED_BOX_REASONS = frozenset({"related", "header", "promo", "sidebar"})
# ... whose caption says something: a credit after one or two words names a teaser card.
MIN_RECOVERED_CAPTION_WORDS = 4
# A caption label's own line needs a caption after it: "Image caption Jo" is a name cut short.
MIN_LABELLED_CAPTION_CHARS = 10
# The first letters of the credit labels ("Photo:", "Image copyright", "Video credit",
# "Foto:", "Bild:", "Crédit", "Titelbild", "Screenshot", "Illustration", "Grafik"), and the
# last letters of a teaser's media mark ("- Photos", "- Video", "| Gallery", "- Bilder",
# "- Galerie"): cheap screens before the patterns.
LABEL_INITIALS = frozenset("pivcfbtsg")
TEASER_MARK_ENDS = frozenset("osyreOSYREſ")  # "ſ" folds to "s"
# Characters (white space aside) beyond a figure's and its caption's text that make the box
# around them a card or a gallery: a teaser's title is longer; a wrapper adds none.
CARD_TEXT_SLACK = 10
# A teaser card's box: a picture, a headline and a summary in a few hundred characters (a
# story's own photo sits in a box with the story's paragraphs) ...
MAX_CARD_CHARS = 600
# ... its headline a heading that links to the story it teases (a story's subheading links
# nowhere).
CARD_TITLE_XPATH = ".//*[self::h2 or self::h3 or self::h4][.//a[@href] or ancestor::a[@href]]"
# ... of a few words (an empty heading holds an icon, one word is a file name:
# "harbour_dawn.jpg" over a picture in a file widget).
MIN_CARD_TITLE_WORDS = 2
# Blocks that caption markup holds but that caption no photo: a table's <caption> is its title,
# an <h1> set in a lead photo's caption box is the story's headline.
NOT_PHOTO_CAPTION_TAGS = frozenset({"caption", "h1"})
# Roles of the lines that make a story's byline block.
_BYLINE_ROLES = (Role.BYLINE, Role.DATE)
# In page text, a line repeating the image alt (or file name) printed just above it is that
# image's caption: from this many words (fewer is a name or a label shown twice) ...
MIN_ALT_CAPTION_WORDS = 3
# ... to this many (a longer line printed twice is a summary repeated, not a caption) ...
MAX_ALT_CAPTION_WORDS = 30
# ... sharing this share of words with a file name ("mithilfe" / "mit Hilfe") ...
MIN_FILE_NAME_OVERLAP = 0.8
# ... and not within this many lines of a byline or date line (a headline printed twice, as
# <title> and <h1>, with a read time or a breadcrumb between it and its date).
HEADLINE_BYLINE_GAP = 3
# ... with a story paragraph within this many lines above or below the pair, and no teaser's
# "Read more" or excerpt cut short there.
STORY_NEIGHBOURS = 2
TEASER_ENDS = ("...", "…", "[…]")
# An image's alt text in page text, printed over its caption, as a search-minded site writes it:
# a few lower-case words without punctuation ("boy feeding ducks at a pond"); fewer words is a
# menu's or a tag's line, more a sentence written without capitals.
MIN_PLAIN_ALT_WORDS = 3
MAX_PLAIN_ALT_WORDS = 12
ALT_FREE_MARKS = frozenset(".,:;!?()|/@#")
# ... and the caption under it: a short sentence (a longer one is the story's next paragraph,
# which follows an image as often as a caption does; a shorter one a product's or a place's
# name, "Apple iPhone 12 Pro.", which the story may print as its own line).
MIN_UNDER_ALT_CAPTION_WORDS = 5
MAX_UNDER_ALT_CAPTION_WORDS = 15
CLOSING_QUOTES = "\"'”’»"
# Marks before an alt's or a caption's first letter: lynx's "[alt]", quotes
LEADING_MARKS = "[(\"'“‘„«"
# Where the next or the previous alt-and-title pair of a run of teaser cards starts, from the
# caption's line (alt, title, summary, alt, title, ...).
CARD_RUN_OFFSETS = (-4, -3, 2, 3)
# The first letters of the source labels SOURCE_LINE reads ("Source:", "Quelle:", "Fuente:",
# "Bron:", "Źródło:", "Kilde:", "Källa:"), either case: a cheap screen before the pattern.
SOURCE_INITIALS = frozenset("SsQqFfBbŹźKk")
# Characters of a utility class ("[&_figcaption]:mt-2", "md:caption"), which styles other
# blocks rather than naming its own.
UTILITY_CLASS_MARKS = frozenset("[]&:")
# Dashes that open a signature, not a credit: "-- NAME", "— NAME"
SIGNATURE_DASHES = ("-", "—", "–", "―")
# An unlabelled credit follows a caption sentence of at least this many words: before fewer,
# the full stop closes a list number or an abbreviation ("4. Zoom Video", "AVG. BATTERY LIFE").
MIN_SENTENCE_BEFORE_CREDIT_WORDS = 3
# A labelled credit closing a caption without a full stop names a photographer and an agency in
# a few words ("Credit: STR/AFP"); more words after "Photo:" run on a sentence.
MAX_COLON_CREDIT_WORDS = 6
# A footnote's back-link or number, closing a quotation's source: "Quelle: example.net [↩]"
FOOTNOTE_MARKS = frozenset("↩[]")
# A credit glued to a caption's full stop is as long as TRAILING_CREDIT_TAIL's fragment.
MIN_GLUED_TAIL_CHARS = 2
MAX_TAIL_CHARS = 100
# Characters of code, which no photo credit holds: "options.Ignore=true;", "ctypes.POINTER(t)"
CODE_MARKS = frozenset("=;{}()<>_")
# A sentence closed by a source label ("... at work. Source: Acme Labs") is a chart's or a
# photo's caption up to this many words; a longer paragraph citing its source is the story's.
MAX_SOURCE_CAPTION_WORDS = 40
# ... naming a site or a publisher in a few words ("Acme Labs", "example.com"); a longer source
# is a citation closing a story's paragraph.
MAX_SOURCE_WORDS = 4
# Page text, after the body stage: a caption restating the image alt above it ("old stone
# bridge at dawn" / "The old stone bridge at dawn") has a few words (fewer is an author box's name
# under its photo, or a button: "Save this story") up to a sentence ...
MIN_RESTATED_CAPTION_WORDS = 3
MAX_RESTATED_CAPTION_WORDS = 25
# ... under an alt of a few words without a sentence's end ...
MAX_RESTATED_ALT_WORDS = 20
ALT_END_MARKS = ".!?:;"
# ... most of whose longer words it repeats (short words are articles and prepositions in most
# languages: a heading's next paragraph repeats its topic, not its words) ...
MIN_RESTATED_WORD_CHARS = 4
MIN_RESTATED_SHARE = 0.7
# ... from two of them (one word, "Tolls", "June", is a heading its section's first line
# names again: "Tolls pay for the upkeep of the bridge.")
MIN_RESTATED_ALT_WORDS = 2
# ... and over a long paragraph of the story (a heading or a teaser's title stands over a short
# one as often as over a long one; an image's caption sits between two paragraphs).
MIN_PARAGRAPH_AFTER_CAPTION_WORDS = 40
# After the story, a caption whose next removed line restates this share of its longer words
# (at least two) is a teaser card's picture and title: "Fujitsu LifeBook U939X: Test © X" over
# "Fujitsu Lifebook U939X im Test: Top-Notebook!"
MIN_TEASER_TITLE_SHARE = 0.5
MIN_TEASER_PICTURE_WORDS = 2
# The reason given to a page-text caption repeating the image alt above it
REPEATED_ALT_REASON = "repeats the image alt above"
# A copyright line whose credit opens with a year after a name of this many words is a site's
# notice ("example.com © 2019 Example Group"), not a photo's credit.
MAX_NOTICE_NAME_WORDS = 2


def _is_credit(fragment: str) -> bool:
    """True if a bracketed fragment names a photographer or photo agency."""
    words = comparable_words(fragment)
    if not words or len(fragment.split()) > MAX_CREDIT_WORDS:
        return False
    if any(word in CREDIT_WORDS for word in words) or SOURCE_LABEL_PREFIX.match(fragment):
        return True
    # "Jane Roe/The Times" names a photographer; "Men’s / Women’s" offers two links
    if "/" in fragment and any(len(part.split()) >= 2 for part in fragment.split("/")):
        return True
    # "(JANE DOE)" is a photographer; "(WHO)" is an acronym explained in a story sentence.
    return len(words) >= 2 and upper_share(fragment) >= MIN_CREDIT_UPPER_SHARE


def _agency_bracket(fragment: str) -> bool:
    """True for a bracket naming nothing but an agency and photo words, each word capitalised
    ("AFP", "File: Reuters", "Getty Images"): a credit even after a caption without a full
    stop. "(ePA)" abbreviates a term the sentence spelt out."""
    words = comparable_words(fragment)
    return (
        bool(words)
        and all(word[:1].isupper() for word in fragment.split())
        and not AGENCY_WORDS.isdisjoint(words)
        and all(word in CREDIT_WORDS or word in AGENCY_WORDS for word in words)
    )


def _is_signature(fragment: str) -> bool:
    """True for a letter's sign-off after a dash ("-- FEELING LIKE SECOND RATE", an advice
    column's reader), which no photo word makes a credit."""
    return fragment.startswith(SIGNATURE_DASHES) and not any(
        word in CREDIT_WORDS for word in comparable_words(fragment)
    )


def clean_credit(credit: str) -> str:
    """A credit without its label or copyright sign: "Foto: X / EFE" -> "X / EFE"."""
    credit = credit.strip().lstrip("".join(SIGNATURE_DASHES) + " ")
    credit = SOURCE_LABEL_PREFIX.sub("", credit, count=1)
    credit = FILE_PHOTO_LABEL.sub("", credit, count=1)
    return CREDIT_LABEL_PREFIX.sub("", credit, count=1).strip()


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a caption into (text, credit); the credit is None when none is given.

    Tried in order: a bracketed credit, a labelled credit ("Photo: X"), then an unlabelled
    credit after the last sentence ("... 2022. OLIVIER CHASSAGNE / AFP", "... © X, AFP").
    """
    tail_from = max(0, len(text) - TAIL_CHARS)  # every credit rule reads the line's end
    if text[-1:] in TEASER_MARK_ENDS and TEASER_MEDIA_MARK.search(text, tail_from):
        return text, None  # "Malta arrests a suspect - Photo": a teaser's link to a gallery
    bracket = TRAILING_BRACKET.search(text, tail_from) if text.rstrip(" \t.")[-1:] in ")]" else None
    if bracket and (
        _is_credit(bracket.group(1)) or BRACKET_NAME_AND_OUTLET.match(bracket.group(1))
    ):
        before = text[: bracket.start(1) - 1].rstrip()
        # "... in 2021. (Reuters)"; labelled, no full stop needed: "... Hong Kong (Image: GETTY)"
        if (
            ends_like_sentence(before)
            or CREDIT_LABEL_PREFIX.match(bracket.group(1))
            or _agency_line(bracket.group(1), anywhere=True)  # "... Nobel (REUTERS/Jane Roe)"
            or (  # "... Julian Roe (AFP)", "[File: Reuters]"
                _agency_bracket(bracket.group(1))
                and len(comparable_words(before)) >= MIN_SENTENCE_BEFORE_CREDIT_WORDS
            )
        ):
            return before, clean_credit(bracket.group(1))
    labelled = (
        TRAILING_LABELLED_CREDIT.search(text, tail_from)
        if _may_end_labelled(text, tail_from)
        else None
    )
    if labelled and len(labelled.group(1).split()) <= MAX_CREDIT_WORDS:
        # "... 2025. © Photo: Jane Roe / AFP": the copyright sign goes with the credit
        before = text[: labelled.start()].rstrip(" |–—-")
        before = FILE_PHOTO_MARK.sub("", before)  # "... in Chennai. File | Photo Credit: X"
        return before.rstrip("©").rstrip(), clean_credit(labelled.group(1))
    glued = TRAILING_GLUED_CREDIT.search(text, tail_from) if "Credit" in text else None
    if glued and len(glued.group(1).split()) <= MAX_CREDIT_WORDS:
        return text[: glued.start()], glued.group(1).strip()
    end = text[tail_from:]
    colon = TRAILING_COLON_CREDIT.search(text, tail_from) if ":" in end else None
    if colon is None and ("Credit" in end or "Photo" in end):  # "... a rabbitCredit: Jane Roe"
        colon = TRAILING_GLUED_COLON_CREDIT.search(text, tail_from)
    if (
        colon
        and len(colon.group(1).split()) <= MAX_COLON_CREDIT_WORDS
        and len(comparable_words(text[: colon.start()])) >= MIN_SENTENCE_BEFORE_CREDIT_WORDS
    ):
        return text[: colon.start()].rstrip().rstrip("©").rstrip(), colon.group(1).strip()
    copyright_ = TRAILING_COPYRIGHT.search(text, tail_from) if "©" in text else None
    # "Todos los derechos reservados © 2021 X", "... All Rights Reserved. © 2016 X": a notice
    if copyright_ and not RIGHTS_RESERVED.search(text):
        credit = clean_credit(copyright_.group(1))
        before = text[: copyright_.start()].rstrip(" |")
        if (
            before
            and not LABEL_ONLY_LINE.match(before)  # "Copyright © 2024 X" is a notice
            # "example.com © 2019 Example Group": a site's notice after its name
            and not (COPYRIGHT_YEAR.match(credit) and len(before.split()) <= MAX_NOTICE_NAME_WORDS)
            and any(c.isalpha() for c in credit)
            and len(credit.split()) <= MAX_CREDIT_WORDS
        ):
            return before, credit
    source = (
        TRAILING_SOURCE.search(text, tail_from)
        if ":" in end and any(label in end for label in SOURCE_LABELS)
        else None
    )
    if source is not None:
        before = text[: source.start()].rstrip()
        if (
            len(source.group(1).split()) <= MAX_SOURCE_WORDS
            and not source.group(1).rstrip().endswith(".")  # "Source: a survey of 2,000 adults."
            and not FOOTNOTE_MARKS.intersection(source.group(1))  # a footnote's "Quelle: X [↩]"
            and MIN_SENTENCE_BEFORE_CREDIT_WORDS
            <= len(comparable_words(before))
            <= MAX_SOURCE_CAPTION_WORDS
        ):
            return before, source.group(1).strip()
    courtesy = TRAILING_COURTESY.search(text, tail_from) if "ourtesy" in end else None
    if courtesy is not None and len(courtesy.group(1).split()) <= MAX_CREDIT_WORDS:
        return text[: courtesy.start()].rstrip(), courtesy.group(1).strip()
    start, tail = _tail_after_sentence(text, tail_from)
    if (
        tail is not None
        and len(comparable_words(text[:start])) >= MIN_SENTENCE_BEFORE_CREDIT_WORDS
        and any(c.isalpha() for c in tail)  # "Nr. 43/2019" is an issue number
        and (tail.startswith("©") or _is_credit(tail))
        and not ends_like_sentence(tail)
        and not _is_signature(tail)
        and _names_someone(tail, text[:start])
        and (text[start].isspace() or _glued_credit(tail))  # glued: needs an agency
    ):
        return text[:start].rstrip(), clean_credit(tail)
    return text, None


def _tail_after_sentence(text: str, tail_from: int) -> tuple[int, str | None]:
    """The fragment after a line's last sentence and where it starts: after a space ("...
    2022. NAME / AFP"), or glued by markup to a full stop after a lower-case letter or a digit
    ("... burnt out.Jane Roe / Getty Images", found by the last stop: the fragment holds
    none)."""
    if not _may_end_in_tail(text):
        return 0, None
    tail = TRAILING_CREDIT_TAIL.search(text, tail_from)
    if tail is not None:
        return tail.start(), tail.group(1)
    stop = max(text.rfind(".", tail_from), text.rfind("!", tail_from), text.rfind("?", tail_from))
    before, after = text[stop - 1 : stop], text[stop + 1 : stop + 2]
    if (
        stop > 0
        and (before.islower() or before.isdigit())
        and after.isupper()
        and MIN_GLUED_TAIL_CHARS <= len(text) - stop - 1 <= MAX_TAIL_CHARS
        and "©" not in text[stop:]
    ):
        return stop + 1, text[stop + 1 :]
    return 0, None


def _glued_credit(credit: str) -> bool:
    """True for a credit glued to the caption's full stop that names a photo agency or a photo
    word ("....Jane Roe / Getty Images"); glued after a full stop, capitals alone are code
    ("ctypes.POINTER(type_)") or mis-decoded spaces ("...forearms.Â Â"), not a name."""
    if CODE_MARKS.intersection(credit):
        return False
    return _agency_line(credit, anywhere=True) or any(
        word in CREDIT_WORDS for word in comparable_words(credit)
    )


def _names_someone(credit: str, before: str) -> bool:
    """False for an unlabelled tail that credits no one: a price ("... Aktuell... 9,90 EUR"), a
    label alone ("Submit a “Best Shot” Photo"), or a call to action after a teaser cut short
    ("Best gifts under $50 on A... SEE FULL GALLERY")."""
    return (
        PRICE.search(credit) is None
        and LABEL_ONLY_LINE.match(credit.strip()) is None
        and not before.rstrip().endswith(TEASER_ENDS)
    )


def _may_open_with_label(text: str) -> bool:
    """False only where CREDIT_LABEL_LINE cannot match: a line opening with an ASCII character
    no label starts with (each label, in ASCII, starts with one of LABEL_INITIALS)."""
    first = text[:1]
    return not first.isascii() or first.lower() in LABEL_INITIALS


def _may_end_labelled(text: str, tail_from: int) -> bool:
    """False only where TRAILING_LABELLED_CREDIT cannot match from ``tail_from``: an ASCII
    tail holding no label word (each label, spelt in ASCII, holds one of the words tested).
    A few substring tests cost a third of the search, which most caption-sized lines fail."""
    tail = text[tail_from:]
    if not tail.isascii():
        return True  # case folding beyond ASCII: "ſ" matches "s"
    lower = tail.lower()
    return (
        "phot" in lower
        or "imag" in lower
        or "pict" in lower
        or "vide" in lower
        or "cred" in lower
        or "fot" in lower
        or "bild" in lower
        or "screenshot" in lower
        or "illustra" in lower
        or "ilustra" in lower
        or "grafik" in lower
    )


def _may_end_in_tail(text: str) -> bool:
    """False only where TRAILING_CREDIT_TAIL cannot match: the line ends on a character its
    credit may not hold (".", "!", "?", "©"), or holds none of the marks that must precede
    the credit. A third of the search's cost."""
    if text[-1:] in ".!?©":
        return False
    return "." in text or "!" in text or "?" in text or '"' in text or "”" in text or "’" in text


def credit_only(text: str) -> str | None:
    """The credit of a line that is nothing but a credit, else None."""
    credit = _credit_only(text)
    if credit is not None and "@" in credit:
        handles = credit.split()
        if len(handles) >= MIN_EMBED_HANDLES and all(h.startswith("@") for h in handles):
            return None  # "Image copyright @valleyecho @valleyecho": an embedded post's account
    return credit


def _credit_only(text: str) -> str | None:
    """``credit_only`` before its check for an embedded post's account."""
    labelled = CREDIT_LABEL_LINE.match(text) if _may_open_with_label(text) else None
    if (
        labelled
        and len(labelled.group(1).split()) <= MAX_CREDIT_WORDS
        and not VIDEO_TITLE_LINE.match(text)
    ):
        return clean_credit(labelled.group(1))
    glued = CREDIT_GLUED_LABEL.match(text)
    if glued and len(text.split()) <= MAX_CREDIT_WORDS:
        return text[glued.end() :].strip()
    if text.startswith("©"):
        return _copyright_credit(text)
    if (
        text[:1] in COURTESY_INITIALS
        and COURTESY_LINE.match(text) is not None
        and len(text.split()) <= MAX_CREDIT_WORDS
    ):
        return text.rstrip(" .")
    if not (text.startswith(("(", "[")) and text.endswith((")", "]"))):
        return clean_credit(text) if _agency_line(text) or _agency_only(text) else None
    inner = text[1:-1]
    words = inner.split()
    if len(words) >= MIN_ALT_WORDS and words[-1] in ALT_END_WORDS:
        return None  # an image's alt text printed in brackets: "[The new bridge at dawn image]"
    # Alone on a line, "(Sign out / Change)" is a widget: a lone credit names a photo word or
    # an agency, or is a name in capitals. A bracket naming only what the image is ("[Image]",
    # "[Picture of Jane Roe]", "[Author image]") is an image's alt text, as lynx prints it.
    named_words = [word for word in comparable_words(inner) if word in CREDIT_WORDS]
    if named_words and all(word in IMAGE_NOUNS for word in named_words) and ":" not in inner:
        return None
    named = bool(named_words)
    if named or upper_share(inner) >= MIN_CREDIT_UPPER_SHARE:
        return clean_credit(inner)
    return None


def _copyright_credit(text: str) -> str | None:
    """The credit of a line that is a copyright sign and a name ("© Iona Roe / Ocean Watch",
    "© dpa | Kay Roe"); a site's notice has a year or reserves its rights ("© 2024 Valley
    Echo. All rights reserved")."""
    credit = text[1:].strip()
    if (
        not credit
        or len(credit.split()) > MAX_CREDIT_WORDS
        or COPYRIGHT_YEAR.search(credit)
        or RIGHTS_RESERVED.search(credit)
        or not credit[0].isalpha()
    ):
        return None
    return credit


def _video_title(doc: Document, segment: Segment) -> bool:
    """Page text: an embedded video's labelled title ("Watch: The mayor opens the bridge") with
    its player's lines right under it ("Play video", "Video duration 02:31") is the video's
    caption, not a teaser for another story; the player's lines are furniture, and the title
    printed again under them (the video's own caption) is the same caption."""
    titled = WATCH_LINE.match(segment.text)
    if titled is None:
        return False
    below = doc.segments[segment.index + 1 : segment.index + 1 + VIDEO_PLAYER_LINES]
    players = list(
        itertools.takewhile(lambda line: VIDEO_PLAYER_LINE.match(line.text) is not None, below)
    )
    if not players or any(line.label is not None for line in players):
        return False
    title = titled.group(1).strip()
    doc.label(segment, Role.CAPTION, NAME, "an embedded video's title")
    for line in players:
        doc.label(line, Role.BOILERPLATE, NAME, "video player")
    after = doc.segments[players[-1].index + 1 : players[-1].index + 2]
    if after and after[0].label is None and after[0].text == title:
        doc.label(after[0], Role.CAPTION, NAME, "the video's title printed again")
    doc.captions.append(Caption(text=title))
    return True


def _credited(doc: Document, segment: Segment) -> bool:
    """True if a page-text line ends in a photo credit or has one on the next line ("Photo:
    Jane Roe", "Jane Roe / Valley Echo"): a gallery's caption, not the story going on under
    a gallery's counter."""
    if split_credit(segment.text)[1] is not None:
        return True
    below = doc.segments[segment.index + 1 : segment.index + 2]
    if not below or below[0].label is not None:
        return False
    return credit_only(below[0].text) is not None or _names_joined(below[0].text)


def _counter_only(text: str) -> bool:
    """A line that is nothing but a gallery's counter: "1 of 6", "Image 2 of 6", "Foto 3/8"."""
    counter = GALLERY_COUNTER.match(text)
    return counter is not None and counter.end() == len(text)


def _names_joined(text: str) -> bool:
    """A credit line with no label and no known agency, as a caption's next line: names of a
    few capitalised words joined by a slash, a bar or "via" ("Jane Roe / Valley Echo"). No
    digit and no sentence: "News / Politics" under a caption is rare, a date or a sentence
    is the story."""
    if len(text) > MAX_AGENCY_LINE_CHARS or ("/" not in text and "|" not in text):
        return False
    if any(char.isdigit() for char in text) or text.endswith((".", "?", "!", ":", ",")):
        return False
    parts = AGENCY_CREDIT_SEPARATOR.split(text)
    return len(parts) >= 2 and all(
        1 <= len(words := part.split()) <= MAX_AGENCY_PART_WORDS
        and all(word[:1].isupper() or word == "&" for word in words)
        for part in parts
    )


def _agency_only(text: str) -> bool:
    """True for a line naming nothing but a photo agency, or a photographer and an agency
    after a comma: "Pixabay", "Getty Images", "Michael Roe, AP", "Al Roe, Associated Press"."""
    if len(text) > MAX_AGENCY_LINE_CHARS or text.endswith(("?", "!", ":", ".")):
        return False
    name, comma, agency = text.rpartition(", ")
    words = comparable_words(agency)
    if not words or len(words) > MAX_AGENCY_NAME_WORDS or AGENCY_WORDS.isdisjoint(words):
        return False
    if comma:
        if not MIN_AGENCY_NAME_WORDS <= len(name.split()) <= MAX_AGENCY_PART_WORDS:
            return False
    elif STOCK_PHOTO_WORDS.isdisjoint(words):
        return False  # "Reuters" alone is a wire byline as often as a credit
    return all(word in AGENCY_WORDS or word in CREDIT_WORDS or word == "press" for word in words)


def _agency_line(text: str, *, anywhere: bool = False) -> bool:
    """True for a credit line with no label: a name and an agency joined by a slash, a bar or
    "via" ("Jane Roe / Shutterstock", "jroe/iStock/Getty Images", "X via AP"). The agency
    comes last (in brackets, ``anywhere``: "(REUTERS/Jane Roe)"); a question or a heading
    ending in a colon is no credit."""
    if len(text) > MAX_AGENCY_LINE_CHARS or text.endswith(("?", "!", ":", ",")):
        return False
    if len(text.split()) > MAX_CREDIT_WORDS:
        return False
    if "/" not in text and "|" not in text and "via" not in text:
        return False  # no separator: one part (the cheap test first, most lines have none)
    parts = AGENCY_CREDIT_SEPARATOR.split(text)
    if len(parts) < 2 or not all(any(c.isalnum() for c in part) for part in parts):
        return False
    if any(len(part.split()) > MAX_AGENCY_PART_WORDS for part in parts):
        return False
    named = parts if anywhere else parts[-1:]
    return any(not AGENCY_WORDS.isdisjoint(comparable_words(part)) for part in named)


def _in_caption_markup(segment: Segment, contexts: dict[frozenset[str], bool]) -> bool:
    """True for a <figcaption> or a block with a caption class on it or just around it.
    ``contexts`` keeps the answer for each context already read (blocks share them)."""
    if segment.tag == "figcaption":
        return True
    if segment.tag in NOT_PHOTO_CAPTION_TAGS:
        return False
    named = contexts.get(segment.context)
    if named is None:
        named = contexts[segment.context] = _names_caption(segment.context)
    return named and _names_caption(near_tokens(segment.element))


def _markup_credit(segment: Segment) -> tuple[str, str] | None:
    """In caption markup, the (caption, credit) that a credit-classed element inside it sets
    apart at the caption's end or start, when no text rule found a credit: "Idle cranes at
    the terminal. <span class="credit">Jane Roe for The Example Times</span>" names its
    photographer without a label, a slash or an agency."""
    element = segment.element
    if element is None:
        return None
    text = segment.text
    for child in itertools.islice(element.iterdescendants(), MAX_CAPTION_ELEMENTS):
        if not isinstance(child.tag, str) or not CREDIT_CLASS_TOKENS & near_tokens(child, 1):
            continue
        credit = normalize_space(child.text_content())
        if not credit or len(credit.split()) > MAX_CREDIT_WORDS or credit == text:
            continue
        if text.endswith(credit):
            return text[: -len(credit)].rstrip(CREDIT_SEPARATORS), clean_credit(credit)
        if text.startswith(credit):
            return text[len(credit) :].lstrip(CREDIT_SEPARATORS), clean_credit(credit)
    return None


def _names_caption(tokens: frozenset[str]) -> bool:
    """True if a class/id token names a caption: "wp-caption-text", "imageCaption"; a utility
    class styling the captions below it ("[&_figcaption]:font-bold") names none."""
    if tokens & CAPTION_CONTEXT_TOKENS:
        return True
    joined = " ".join(tokens)  # one scan of all tokens first: most blocks name no caption
    if not any(part in joined for part in CAPTION_CLASS_PARTS):
        return False
    return any(
        part in token and not UTILITY_CLASS_MARKS.intersection(token)
        for token in tokens
        for part in CAPTION_CLASS_PARTS
    )


@stage(NAME, requires={"byline"}, provides={"captions"})
def captions(doc: Document) -> None:
    """Label captions and lone credits; collect Caption values in page order."""
    previous: Segment | None = None
    segments = doc.segments
    contexts: dict[frozenset[str], bool] = {}  # whether a context names a caption, per context
    # Page text: a line printed twice above the story is a title (<title>, then <h1>), not an
    # image's alt and caption.
    story = story_start(doc) if doc.kind == "text" else len(segments)
    for segment in segments:
        if segment.label is not None:
            if _removed_caption(segment, contexts):
                body, found = split_credit(GALLERY_COUNTER.sub("", segment.text, count=1))
                doc.label(segment, Role.CAPTION, NAME, "caption in a box the main content left")
                doc.captions.append(Caption(text=body, credit=found))
            previous = None
            continue
        text = segment.text
        if (
            segment.element is not None
            and LABEL_ONLY_LINE.match(text)
            and _in_caption_markup(segment, contexts)
        ):  # "Credit" with its name left empty
            doc.label(segment, Role.CREDIT, NAME, "empty credit label")
            previous = None
            continue
        if segment.tag == "figcaption" and _captions_a_quote(segment):
            doc.label(segment, Role.ATTRIBUTION, NAME, "a quoted figure's speaker")
            previous = None
            continue
        credit = credit_only(text) if WIRE_END_MARK.match(text) is None else None
        if (
            credit is not None
            and segment.element is None
            and _weak_credit(text)
            and not _among_story(doc, segment)
        ):
            credit = None  # a site's "© Valley Echo" or a lone "Getty Images" in the footer
        if credit is None and segment.element is None and text[:1] in SOURCE_INITIALS:
            credit = _chart_source(doc, segment)  # "Source: Acme" under a chart's alt
        if credit is None and segment.element is None and text.endswith(":"):
            credit = _name_under_label(doc, segment)  # "Foto:" over "Jane Roe"
        if (
            credit is None
            and previous is not None
            and previous.label is not None
            and previous.label.role is Role.CAPTION
            and _names_joined(text)
        ):
            credit = text  # "Jane Roe / Valley Echo" under a caption
        if credit is not None and _caption_below(doc, segment, credit):
            previous = None
            continue
        if credit is not None:
            if (
                previous is not None
                and previous.label is not None
                and previous.label.role is Role.CAPTION
            ):
                _set_credit(doc, previous, credit)
            elif (
                previous is not None
                and previous.label is None
                and previous.words <= MAX_CREDITED_LINE_WORDS
                and (
                    _in_caption_markup(previous, contexts)
                    if segment.element is not None
                    else _captions_a_photo(previous.text)
                )
            ):
                if (
                    segment.element is None
                    and not ends_like_sentence(previous.text)
                    and not _image_printed_above(doc, previous)
                ):
                    # page text: the image's alt printed over a caption that is only a credit
                    doc.label(previous, Role.CAPTION, NAME, "image alt above a photo credit")
                    doc.captions.append(Caption(text="", credit=credit))
                else:
                    doc.label(previous, Role.CAPTION, NAME, "line above a photo credit")
                    doc.captions.append(Caption(text=previous.text, credit=credit))
            elif _one_photo_credit(doc, segment, contexts):
                doc.captions.append(Caption(text="", credit=credit))  # a photo with a credit only
            doc.label(segment, Role.CREDIT, NAME, "photo credit")
            previous = None
            continue
        if segment.element is None and text[:1] in WATCH_INITIALS and _video_title(doc, segment):
            previous = None
            continue
        if segment.element is None and _alt_line(text):
            doc.label(segment, Role.CAPTION, NAME, "image alt text")
            previous = None
            continue
        if (
            previous is not None
            and previous.label is None
            and segment.element is None
            and MIN_GALLERY_CAPTION_WORDS <= segment.words <= MAX_CREDITED_LINE_WORDS
            and _counter_only(previous.text)
            and _credited(doc, segment)
        ):
            # page text: "Image 2 of 6" over the gallery's caption and its credit
            body, found = split_credit(text)
            doc.label(segment, Role.CAPTION, NAME, "caption under a gallery's counter")
            doc.captions.append(Caption(text=body or text, credit=found))
            previous = segment
            continue
        if segment.words <= MAX_CAPTION_WORDS:
            body, found = split_credit(text)
            alt = _alt_above(doc, segment) if segment.index > story else None
            if alt is not None and alt.label is not None and alt.label.role is Role.CAPTION:
                doc.label(segment, Role.CAPTION, NAME, "the caption above, printed twice")
                previous = None
                continue
            if (
                MIN_UNDER_ALT_CAPTION_WORDS <= segment.words <= MAX_UNDER_ALT_CAPTION_WORDS
                and alt is None
                and found is None
                and segment.element is None
                and segment.index > story
                and _under_plain_alt(doc, segment)
            ):
                doc.label(segments[segment.index - 1], Role.CAPTION, NAME, "image alt text")
                doc.label(segment, Role.CAPTION, NAME, "sentence under an image's alt text")
                doc.captions.append(Caption(text=text))
                previous = None
                continue
            markup = _in_caption_markup(segment, contexts)
            if markup and found is None and (by_markup := _markup_credit(segment)) is not None:
                body, found = by_markup
            if markup and CAPTION_WIDGET_LINE.match(text):
                doc.label(segment, Role.BOILERPLATE, NAME, "button or ad label in caption markup")
                previous = None
                continue
            source = SOURCE_LINE.match(text) if markup else None
            if source is not None:  # a chart's "Source: Acme" credits it, as a photographer does
                doc.label(segment, Role.CREDIT, NAME, "source of a chart in caption markup")
                doc.captions.append(Caption(text="", credit=source.group(1).strip()))
                previous = None
                continue
            # HTML, or a numbered photo in page text: page-text bodies keep a scientific paper's
            # figure captions, which the page text cannot set apart from its paragraphs
            figure = FIGURE_LABEL.match(text) is not None and (
                segment.element is not None or PHOTO_NUMBER_LABEL.match(text) is not None
            )
            if found is not None and STORY_CREDITS_LINE.match(body):
                previous = segment
                continue  # "Words: Jane Roe Photos: Max Roe" credits the story, not one photo
            labelled = CAPTION_LABEL_PREFIX.match(body) if "aption" in body[:14] else None
            if labelled is not None and len(body) - labelled.end() >= MIN_LABELLED_CAPTION_CHARS:
                doc.label(segment, Role.CAPTION, NAME, "caption after a caption label")
                doc.captions.append(Caption(text=body[labelled.end() :], credit=found))
                previous = segment
                continue
            # page text: "... noch klein (Symbolbild)." names the kind of picture it captions
            kind_mark = (
                segment.element is None
                and text[-1:] in ").]"
                and IMAGE_KIND_MARK.search(text, max(0, len(text) - TAIL_CHARS)) is not None
            )
            if alt is not None or markup or figure or kind_mark or (found is not None and body):
                reason = "caption with credit" if found else "caption markup"
                if figure and not markup:
                    reason = "numbered figure label"
                if kind_mark and not found:
                    reason = "caption naming its picture's kind"
                if alt is not None:
                    reason = REPEATED_ALT_REASON
                    if alt.label is None:
                        doc.label(alt, Role.CAPTION, NAME, "image alt repeated by the caption")
                doc.label(segment, Role.CAPTION, NAME, reason)
                body = GALLERY_COUNTER.sub("", body, count=1) or body
                doc.captions.append(Caption(text=body or text, credit=found))
        previous = segment


def _chart_source(doc: Document, segment: Segment) -> str | None:
    """In page text, the source a line names alone ("Source: Harbour Board") under a chart's or
    a photo's alt or caption (a short line that is no paragraph) with the story going on below:
    it credits the picture, as a photographer's credit does. A source under a paragraph, or
    closing the story, is the story's own."""
    source = SOURCE_LINE.match(segment.text)
    index = segment.index
    if source is None or not 0 < index < len(doc.segments) - 1:
        return None
    named = source.group(1).strip()
    above = doc.segments[index - 1]
    if (
        len(named.split()) > MAX_CREDIT_WORDS
        or above.words > MAX_ONE_SENTENCE_CREDITED_WORDS
        or prose_line(above)
        or not _among_story(doc, segment)
    ):
        return None
    return named


def _name_under_label(doc: Document, label_line: Segment) -> str | None:
    """In page text, the name under a credit label printed alone ("Foto:" over "Jane Roe",
    the label and the name in separate blocks), right under a sentence, the caption; the
    name's line is labelled a credit here. None for a label over a longer line or a
    sentence, or with no sentence above (a menu's "Photo:" over a list)."""
    index = label_line.index
    segments = doc.segments
    if not 0 < index < len(segments) - 1 or not LABEL_ONLY_LINE.match(label_line.text):
        return None
    above, name = segments[index - 1], segments[index + 1]
    if (
        above.label is not None
        or name.label is not None
        or not 1 <= name.words <= MAX_COLON_CREDIT_WORDS
        or LABEL_ONLY_LINE.match(name.text)
        or ends_like_sentence(name.text)
        or not ends_like_sentence(above.text)
    ):
        return None
    doc.label(name, Role.CREDIT, NAME, "photo credit under its label")
    return name.text.strip()


def _removed_caption(segment: Segment, contexts: dict[frozenset[str], bool]) -> bool:
    """True for a caption in HTML caption markup that the main-content stage removed with a
    box (a gallery taken for related stories, a lead photo above the headline): one with a
    credit, or a gallery's counter ("1 of 4"), and a sentence of its own. A teaser's picture
    caption in a related box has neither."""
    label = segment.label
    if (
        label is None
        or label.stage != MAIN_CONTENT_STAGE
        or label.reason not in RECOVERED_BOX_REASONS
        or segment.element is None
        or segment.words > MAX_CAPTION_WORDS
        or not _in_caption_markup(segment, contexts)
    ):
        return False
    counter = GALLERY_COUNTER.match(segment.text)
    text = segment.text[counter.end() :] if counter else segment.text
    body, credit = split_credit(text)
    if credit is None and counter is None:
        return False
    if len(comparable_words(body)) < MIN_RECOVERED_CAPTION_WORDS:
        return False
    # a gallery's counter is no card's
    return label.reason == "header" or counter is not None or not _in_teaser_card(segment.element)


def _in_teaser_card(element: HtmlElement) -> bool:
    """True for a caption whose picture is the only one in the smallest box around it that
    holds more text than the picture and the caption: a teaser card (picture, title,
    excerpt), not a gallery of photos."""
    figure = next((e for e in element.iterancestors() if e.tag == "figure"), element)
    own = max(_visible_chars(figure), _visible_chars(element))
    for box in figure.iterancestors():
        if _visible_chars(box, own + CARD_TEXT_SLACK) > own + CARD_TEXT_SLACK:
            # at most one picture: stop at the second, however large the box
            return sum(1 for _ in itertools.islice(box.iter("img"), 2)) <= 1
    return False


def _visible_chars(element: HtmlElement, limit: int | None = None) -> int:
    """The characters of an element's text other than white space (markup indents); with a
    ``limit``, counted only until past it, as a box is only compared with it (a page of
    10,000 figures would otherwise count the whole story once per figure)."""
    total = 0
    for piece in element.itertext():
        total += sum(len(word) for word in piece.split())
        if limit is not None and total > limit:
            break
    return total


def _alt_above(doc: Document, segment: Segment) -> Segment | None:
    """The line above a page-text line when that line is the image's alt text or file name,
    as the page text prints it, repeated by this line, its caption: the same words, maybe
    with a credit ("Blick-auf-den-Hafen.jpg" / "Blick auf den Hafen. Foto: X").

    A caption sits among the story's paragraphs; an alt and a title printed among short lines
    are a teaser card, and one over a price a shop card."""
    segments = doc.segments
    if not 0 < segment.index < len(segments) - 1:
        return None
    if not MIN_ALT_CAPTION_WORDS <= segment.words <= MAX_ALT_CAPTION_WORDS:
        return None
    above, below = segments[segment.index - 1], segments[segment.index + 1]
    file_name = above.words == 1 and above.text.rstrip("]").rsplit(".", 1)[-1].lower() in (
        IMAGE_FILE_WORDS
    )
    initial, alt_initial = (
        t.lstrip(LEADING_MARKS)[:1].casefold() for t in (segment.text, above.text)
    )
    if initial != alt_initial and not file_name:
        return None  # the cheap test first: an alt and its caption start alike
    words = comparable_words(segment.text)
    alt = comparable_words(above.text)
    if file_name:
        shared = len(set(words) & set(alt[:-1]))  # a file name: "mithilfe" / "mit Hilfe"
        if shared < MIN_FILE_NAME_OVERLAP * max(len(set(words)), len(set(alt)) - 1):
            return None
    elif not _same_but_credit(segment.text, above.text):
        return None
    if (
        comparable_words(below.text) == words
        or comparable_words(segments[segment.index - 2].text) == words
    ):
        return None  # a line printed three times is filler, not an alt and its caption
    near = segments[
        max(0, segment.index - HEADLINE_BYLINE_GAP) : segment.index + 1 + HEADLINE_BYLINE_GAP
    ]
    if any(s.label is not None and s.label.role in _BYLINE_ROLES for s in near):
        return None  # a headline printed twice around its byline and date
    if PRICE.search(below.text):
        return None
    around = (
        *segments[max(0, above.index - STORY_NEIGHBOURS) : above.index],
        *segments[segment.index + 1 : segment.index + 1 + STORY_NEIGHBOURS],
    )
    if any(RELATED_HEADING.match(s.text) or s.text.endswith(TEASER_ENDS) for s in around):
        return None  # a teaser card: "Read more", an excerpt cut short
    for start in CARD_RUN_OFFSETS:  # another alt and title a line or two away: teaser cards
        first = segment.index + start
        if (
            first >= 0
            and first + 1 < len(segments)
            and first != above.index
            and _same_but_credit(segments[first].text, segments[first + 1].text)
        ):
            return None
    if not any(prose_line(s) for s in around):
        return None
    return above


def _image_printed_above(doc: Document, line: Segment) -> bool:
    """True for a page-text line over a photo credit whose image the page text printed on the
    line above it as a file name ("harbour-at-dawn.jpg"): the image has no alt text, so the line
    is its caption, not its alt. (The same words printed twice over a credit are a shop card's
    picture and product name as often as an alt and its caption.)"""
    return line.index >= 1 and _file_name_line(doc.segments[line.index - 1])


def _file_name_line(segment: Segment) -> bool:
    """True for a page-text line that is one image file name ("harbour-at-dawn.jpg"), which the
    page text prints for an image without alt text."""
    text = segment.text.strip("[]")
    return (
        segment.words == 1 and "." in text and text.rsplit(".", 1)[-1].lower() in IMAGE_FILE_WORDS
    )


def _plain_alt(segment: Segment) -> bool:
    """True for a page-text line that reads as an image's alt text or file name, not as a
    story's line: a few lower-case words without punctuation ("boy feeding ducks at a pond",
    "tent set up in the desert"), or one file name ("harbour-at-dawn.jpg")."""
    text = segment.text
    if segment.words == 1:
        return text.rsplit(".", 1)[-1].lower() in IMAGE_FILE_WORDS and "." in text
    return (
        MIN_PLAIN_ALT_WORDS <= segment.words <= MAX_PLAIN_ALT_WORDS
        and text[:1].islower()  # a script without capitals gives no such sign
        and text == text.lower()
        and not any(mark in text for mark in ALT_FREE_MARKS)
    )


def _under_plain_alt(doc: Document, segment: Segment) -> bool:
    """True for a page-text line printed right under an image's alt text (``_plain_alt``) among
    the story's paragraphs: a short sentence, the photo's caption. A title without a full stop
    (or a question) there is the section's heading, and a line repeating the alt is the alt's."""
    segments = doc.segments
    index = segment.index
    if not 1 < index < len(segments) - 1:
        return False
    if not MIN_UNDER_ALT_CAPTION_WORDS <= segment.words <= MAX_UNDER_ALT_CAPTION_WORDS:
        return False
    alt = segments[index - 1]
    if alt.label is not None or not (alt.words == 1 or alt.text[:1].islower()):
        return False  # the cheap test first: most lines above open with a capital
    text = segment.text.rstrip()
    if (
        not text[:1].isupper()
        or not ends_like_sentence(text)
        or text.rstrip(CLOSING_QUOTES)[-1:] in "?:"
    ):
        return False  # a heading under the photo ("Buy in Bulk", "What Affects the Cost?")
    if not _plain_alt(alt):
        return False
    if comparable_words(alt.text) == comparable_words(text):
        return False
    for other in (index - 3, index + 1):  # another alt a line or two away: a run of teaser cards
        if 0 <= other < len(segments) and _plain_alt(segments[other]):
            return False
    return prose_line(segments[index - 2]) or prose_line(segments[index + 1])


def _same_but_credit(line: str, other: str) -> bool:
    """True if two lines have the same words, or one has the other's and a photo credit
    ("Der Hafen" / "Der Hafen. Foto: dpa", "... im Garten.© Max Roe")."""
    (shorter, _), (longer, longer_text) = sorted(
        ((comparable_words(line), line), (comparable_words(other), other)), key=lambda p: len(p[0])
    )
    if len(shorter) < MIN_ALT_CAPTION_WORDS or longer[: len(shorter)] != shorter:
        return False
    extra = longer[len(shorter) :]
    if not extra:
        return True
    if len(extra) > MAX_CREDIT_WORDS:
        return False
    return any(word in CREDIT_WORDS for word in extra) or split_credit(longer_text)[1] is not None


def _alt_line(line: str) -> bool:
    """True for a page-text line that is an image's alt text ending on a lower-case photo word
    ("Nissan unveils the new sedan, will it come here? image"): no caption, no story."""
    if not line.endswith(ALT_END_SUFFIXES):
        return False
    words = line.split()
    return len(words) > MIN_ALT_WORDS and words[-1] in ALT_END_WORDS


def _captions_a_quote(segment: Segment) -> bool:
    """True for the <figcaption> of a figure that holds a <blockquote>: it names who said the
    quote ("Jane Doe, CEO, Acme" beside a LinkedIn link), which is no photo caption."""
    if segment.element is None:
        return False
    figure = next(
        (e for e in segment.element.iterancestors() if e.tag == "figure"),
        None,
    )
    return figure is not None and figure.find(".//blockquote") is not None


def _captions_a_photo(line: str) -> bool:
    """True for a page-text line that can caption the photo credited under it: not one word
    ("Services" in a menu, "photo"), not a bare label, not a footer's or a menu's line, not a
    paragraph of several sentences."""
    words = len(line.split())
    return (
        words >= MIN_CREDITED_LINE_WORDS
        and (words <= MAX_ONE_SENTENCE_CREDITED_WORDS or SENTENCE_BREAK.search(line) is None)
        and not LABEL_ONLY_LINE.match(line)
        and furniture_reason(line) is None  # "Terms of Service Privacy Notice" over a "© X"
    )


def _one_photo_credit(
    doc: Document, segment: Segment, contexts: dict[frozenset[str], bool]
) -> bool:
    """True for a lone credit line that credits one photo: in HTML, one set in caption markup
    (a <figcaption> under the byline is still the lead photo's); in page text, one away from
    the byline and date lines."""
    if segment.element is not None:
        return _in_caption_markup(segment, contexts) and not _in_titled_card(segment.element)
    return not _beside_byline(doc, segment)


def _in_titled_card(element: HtmlElement) -> bool:
    """True for a caption whose picture sits in a small box with a title of its own: a teaser
    card (picture, headline, summary) in a list of stories, whose lone credit credits no photo
    of this story. The smallest box holding more than the picture and its caption decides."""
    figure = next((e for e in element.iterancestors() if e.tag == "figure"), element)
    own = max(_visible_chars(figure), _visible_chars(element))
    for box in figure.iterancestors():
        chars = _visible_chars(box, max(own + CARD_TEXT_SLACK, MAX_CARD_CHARS))
        if chars > own + CARD_TEXT_SLACK:
            return (
                chars <= MAX_CARD_CHARS
                and box.tag != "header"  # the story's own header: its lead photo, its byline
                and any(
                    len(heading.text_content().split()) >= MIN_CARD_TITLE_WORDS
                    for heading in box.xpath(CARD_TITLE_XPATH)
                )
            )
    return False


def _weak_credit(text: str) -> bool:
    """True for a credit line read from a copyright sign or an agency's name alone ("© Valley
    Echo", "Getty Images"), which a page's footer and a teaser list show as well; a label, a
    bracket or a slash makes a credit line a photo's."""
    if text.startswith("©"):
        return True
    return (
        not text.startswith(("(", "["))
        and CREDIT_LABEL_LINE.match(text) is None
        and CREDIT_GLUED_LABEL.match(text) is None
        and not _agency_line(text)
        and _agency_only(text)
    )


def _among_story(doc: Document, credit_line: Segment) -> bool:
    """True for a page-text credit line with a story paragraph just below it: a photo set
    between the story's paragraphs, not in a page's footer."""
    index = credit_line.index
    below = doc.segments[index + 1 : index + 1 + STORY_NEIGHBOURS]
    return any(prose_line(s) and furniture_reason(s.text) is None for s in below)


def _beside_byline(doc: Document, segment: Segment) -> bool:
    """True for a credit among the byline and date lines: the story's photographer
    ("Photographs by Emil Hart"), not one photo's credit."""
    around = doc.segments[max(0, segment.index - 1) : segment.index + 2]
    return any(s.label is not None and s.label.role in _BYLINE_ROLES for s in around)


def _caption_below(doc: Document, credit_line: Segment, credit: str) -> bool:
    """Handle "Image source, X" / "Image caption," / caption text, or "Image copyright X" /
    "Image caption" and caption text on one line: the caption is below."""
    below = doc.segments[credit_line.index + 1 : credit_line.index + 3]
    labelled = CAPTION_LABEL_PREFIX.match(below[0].text) if below else None
    if (
        labelled is not None
        and below[0].label is None
        and len(below[0].text) - labelled.end() >= MIN_LABELLED_CAPTION_CHARS
    ):
        doc.label(credit_line, Role.CREDIT, NAME, "photo credit")
        doc.label(below[0], Role.CAPTION, NAME, "caption after a caption label")
        doc.captions.append(Caption(text=below[0].text[labelled.end() :], credit=credit))
        return True
    if len(below) < 2 or not CAPTION_LABEL_LINE.match(below[0].text):
        return False
    label_line, caption = below
    if label_line.label is not None or caption.label is not None:
        return False
    doc.label(credit_line, Role.CREDIT, NAME, "photo credit")
    doc.label(label_line, Role.CREDIT, NAME, "caption label")
    doc.label(caption, Role.CAPTION, NAME, "caption below a caption label")
    doc.captions.append(Caption(text=caption.text, credit=credit))
    return True


def _set_credit(doc: Document, caption_segment: Segment, credit: str) -> None:
    """Give the caption of ``caption_segment`` a credit if it has none yet."""
    for position in range(len(doc.captions) - 1, -1, -1):
        caption = doc.captions[position]
        if caption_segment.text.startswith(caption.text) and caption.credit is None:
            doc.captions[position] = Caption(text=caption.text, credit=credit)
            return


def _restates_alt(alt: Segment, line: Segment, after: Segment) -> bool:
    """True for a page-text line that restates the image alt printed right above it, over a long
    paragraph of the story: the alt's longer words, mostly, in a short line ("old stone
    bridge at dawn" / "The old stone bridge at dawn."). The body stage dropped the alt line as no
    subheading; a heading's next line is the section's text, which does not repeat it."""
    if (  # the cheap tests first: most lines are followed by no long paragraph
        after.words < MIN_PARAGRAPH_AFTER_CAPTION_WORDS
        or not MIN_RESTATED_CAPTION_WORDS <= line.words <= MAX_RESTATED_CAPTION_WORDS
        or alt.label is None
        or alt.label.role is not Role.BOILERPLATE
        or line.label is None
        or line.label.role not in (Role.BODY, Role.BOILERPLATE)
        or after.label is None
        or after.label.role is not Role.BODY
        or not 1 <= alt.words <= MAX_RESTATED_ALT_WORDS
        or alt.text.rstrip()[-1:] in ALT_END_MARKS
    ):
        return False
    alt_words = _longer_words(alt.text)
    if len(alt_words) < MIN_RESTATED_ALT_WORDS:
        return False
    shared = alt_words.intersection(comparable_words(line.text))
    return len(shared) >= MIN_RESTATED_SHARE * len(alt_words)


def _longer_words(text: str) -> set[str]:
    """A line's words of MIN_RESTATED_WORD_CHARS letters or more, and its numbers: the words a
    restatement keeps (short words are articles and prepositions in most languages)."""
    return {w for w in comparable_words(text) if len(w) >= MIN_RESTATED_WORD_CHARS or w.isdigit()}


def _teaser_picture(caption: Segment, title: Segment) -> bool:
    """True for a caption (read by the captions stage) after the story whose next line, removed
    too, restates it: a teaser card's picture, its alt and credit printed over the title it
    links to ("Asus VivoBook S15 im Test © Asus" / "Notebook im Test: Asus Vivobook S15")."""
    if (
        caption.label is None
        or caption.label.role is not Role.CAPTION
        or caption.label.stage != NAME
        or title.label is None
        or title.label.role not in (Role.BOILERPLATE, Role.RELATED)
    ):
        return False
    words = _longer_words(caption.text)
    if len(words) < MIN_TEASER_PICTURE_WORDS:
        return False
    return len(words.intersection(comparable_words(title.text))) >= MIN_TEASER_TITLE_SHARE * len(
        words
    )


@stage(RESTATED_NAME, requires={"body"}, provides={RESTATED_NAME})
def restated_captions(doc: Document) -> None:
    """Page text: label the captions that restate the image alt above them (``_restates_alt``),
    which the captions stage cannot tell from a subheading before the body stage has judged the
    alt line (their Caption values follow those the captions stage found); withdraw the
    captions after the story that are teaser cards' pictures (``_teaser_picture``)."""
    if doc.kind != "text":
        return
    segments = doc.segments
    last_body = next(
        (s.index for s in reversed(segments) if s.label is not None and s.label.role is Role.BODY),
        len(segments),
    )
    withdrawn: list[Segment] = []
    for caption, title in itertools.pairwise(segments[last_body + 1 :]):
        if _teaser_picture(caption, title):
            withdrawn.append(caption)
            doc.label(caption, Role.BOILERPLATE, RESTATED_NAME, "teaser's picture over its title")
    first_body = next(
        (s.index for s in segments if s.label is not None and s.label.role is Role.BODY), 0
    )
    for alt, title in itertools.pairwise(segments):
        if _title_printed_twice(alt, title, first_body, last_body):
            withdrawn.append(title)
            doc.label(alt, Role.BOILERPLATE, RESTATED_NAME, "picture's alt over its title")
            doc.label(title, Role.BOILERPLATE, RESTATED_NAME, "title printed under its picture")
    if withdrawn:
        doc.captions[:] = [c for c in doc.captions if not any(_printed_on(c, s) for s in withdrawn)]
    for above, credit_line, line in zip(
        segments, segments[1 : first_body + 1], segments[2 : first_body + 1], strict=False
    ):
        if _caption_under_credit(credit_line, line) and not _describes_image(above):
            _give_text(doc, credit_line, line)
    for index in range(1, len(segments) - 1):
        alt, line, after = segments[index - 1], segments[index], segments[index + 1]
        if not _restates_alt(alt, line, after):
            continue
        doc.label(alt, Role.CAPTION, RESTATED_NAME, "image alt restated by the caption below")
        doc.label(line, Role.CAPTION, RESTATED_NAME, "restates the image alt above")
        body, credit = split_credit(line.text)
        doc.captions.append(Caption(text=body or line.text, credit=credit))


def _caption_under_credit(credit_line: Segment, line: Segment) -> bool:
    """Page text: above the story, a sentence the body stage set above the story ("header"),
    right under a photo credit that captioned nothing ("Photo: Jane Roe" under the byline's
    lines, not under an image's alt line), is that photo's caption: the page prints the
    credit first."""
    credit_label, label = credit_line.label, line.label
    return (
        credit_label is not None
        and credit_label.role is Role.CREDIT
        and credit_label.stage == NAME
        and label is not None
        and label.stage == BODY_STAGE
        and label.reason == BODY_HEADER_REASON
        and MIN_ALT_CAPTION_WORDS <= line.words <= MAX_ONE_SENTENCE_CREDITED_WORDS
        and line.text.endswith(".")  # (a heading asks, a sign-up box exclaims)
        and SENTENCE_BREAK.search(line.text) is None
    )


def _describes_image(segment: Segment) -> bool:
    """True for an image's alt line over a credit, taken as the caption's (a few words at
    least: a role such as "Staff Writer" under the byline describes no image); the photo's
    caption is that line, not a line under the credit."""
    label = segment.label
    return (
        label is not None
        and label.role is Role.CAPTION
        and segment.words >= MIN_ALT_CAPTION_WORDS
    )


def _give_text(doc: Document, credit_line: Segment, line: Segment) -> None:
    """Give the credit-only caption of ``credit_line`` the text of ``line``."""
    credit = credit_only(credit_line.text)
    for position, caption in enumerate(doc.captions):
        if caption.text == "" and caption.credit == credit:
            doc.captions[position] = Caption(text=line.text, credit=credit)
            doc.label(line, Role.CAPTION, RESTATED_NAME, "caption under its photo's credit")
            return


def _title_printed_twice(alt: Segment, line: Segment, first_body: int, last_body: int) -> bool:
    """True for a line read as the caption repeating the image alt above it, outside the story
    (above its first line or below its last), that reads as a title, not a sentence: a teaser
    card's or a button's picture printed over the same words ("Newsletter Sign Up" twice)."""
    label = line.label
    return (
        label is not None
        and label.stage == NAME
        and label.reason == REPEATED_ALT_REASON
        and not first_body <= line.index <= last_body
        and alt.label is not None
        and alt.label.role is Role.CAPTION
        and not ends_like_sentence(line.text)
    )


def _printed_on(caption: Caption, segment: Segment) -> bool:
    """True if the caption was read from the line: its text (or, with none, its credit) is
    printed there."""
    printed = caption.text or caption.credit or ""
    return bool(printed) and printed in segment.text
