"""Stage ``captions``: photo captions and their credits, kept out of the body.

Evidence, in order:
1. HTML markup: a ``<figcaption>`` or a block with caption classes (``wp-caption-text``...);
2. a line ending in a bracketed credit: "... on Jan 5, 2022. (VLADIMIR TRETYAKOV / AP)";
3. a line ending in a labelled credit: "... in Kyiv. Photo: John Smith/Getty Images";
4. a credit line alone ("Photo: Connie Park", "(Reuters)", "CreditJane Roe" with the label
   glued on by markup) credits the caption line above it (in HTML, only a line of the same
   caption markup); a credit alone in caption markup is a caption with no text, and a label
   alone there ("Credit") is no caption at all.
"""

from __future__ import annotations

from newsparse.document import Document, Role, Segment
from newsparse.htmlblocks import near_tokens
from newsparse.model import Caption
from newsparse.patterns.captions import (
    CAPTION_CONTEXT_TOKENS,
    CAPTION_LABEL_LINE,
    CREDIT_GLUED_LABEL,
    CREDIT_LABEL_LINE,
    CREDIT_LABEL_PREFIX,
    CREDIT_WORDS,
    LABEL_ONLY_LINE,
    RIGHTS_RESERVED,
    TRAILING_BRACKET,
    TRAILING_COPYRIGHT,
    TRAILING_CREDIT_TAIL,
    TRAILING_LABELLED_CREDIT,
)
from newsparse.pipeline import stage
from newsparse.textshape import comparable_words, ends_like_sentence, upper_share

__all__ = ["captions", "credit_only", "split_credit"]

NAME = "captions"
# A caption is a sentence or two; longer lines ending in brackets are story paragraphs.
MAX_CAPTION_WORDS = 70
# A bracketed fragment mostly in capitals is a photographer's name: "(VLADIMIR TRETYAKOV / AP)".
MIN_CREDIT_UPPER_SHARE = 0.6
# A credit names a person or an agency: a few words.
MAX_CREDIT_WORDS = 10
# How far from a line's end its credit can start (the credit patterns allow 120 characters and
# a label); searching only there keeps long paragraphs cheap.
TAIL_CHARS = 200
# A lone credit line credits the line above if that line is caption-sized.
MAX_CREDITED_LINE_WORDS = 60
# ... and has at least this many words (in page text one word above a credit is a menu item).
MIN_CREDITED_LINE_WORDS = 2
# Roles of the lines that make a story's byline block.
_BYLINE_ROLES = (Role.BYLINE, Role.DATE)
# Dashes that open a signature, not a credit: "-- NAME", "— NAME"
SIGNATURE_DASHES = ("-", "—", "–", "―")


def _is_credit(fragment: str) -> bool:
    """True if a bracketed fragment names a photographer or photo agency."""
    words = comparable_words(fragment)
    if not words or len(fragment.split()) > MAX_CREDIT_WORDS:
        return False
    if any(word in CREDIT_WORDS for word in words) or "/" in fragment:
        return True
    # "(JANE DOE)" is a photographer; "(WHO)" is an acronym explained in a story sentence.
    return len(words) >= 2 and upper_share(fragment) >= MIN_CREDIT_UPPER_SHARE


def _is_signature(fragment: str) -> bool:
    """True for a letter's sign-off after a dash ("-- FEELING LIKE SECOND RATE", an advice
    column's reader), which no photo word makes a credit."""
    return fragment.startswith(SIGNATURE_DASHES) and not any(
        word in CREDIT_WORDS for word in comparable_words(fragment)
    )


def clean_credit(credit: str) -> str:
    """A credit without its label or copyright sign: "Foto: X / EFE" -> "X / EFE"."""
    credit = credit.strip().lstrip("".join(SIGNATURE_DASHES) + " ")
    return CREDIT_LABEL_PREFIX.sub("", credit, count=1).strip()


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a caption into (text, credit); the credit is None when none is given.

    Tried in order: a bracketed credit, a labelled credit ("Photo: X"), then an unlabelled
    credit after the last sentence ("... 2022. OLIVIER CHASSAGNE / AFP", "... © X, AFP").
    """
    tail_from = max(0, len(text) - TAIL_CHARS)  # every credit rule reads the line's end
    bracket = TRAILING_BRACKET.search(text, tail_from) if text.rstrip(" \t.")[-1:] in ")]" else None
    if bracket and _is_credit(bracket.group(1)):
        before = text[: bracket.start(1) - 1].rstrip()
        # "... in 2021. (Reuters)"; labelled, no full stop needed: "... Hong Kong (Image: GETTY)"
        if ends_like_sentence(before) or CREDIT_LABEL_PREFIX.match(bracket.group(1)):
            return before, clean_credit(bracket.group(1))
    labelled = TRAILING_LABELLED_CREDIT.search(text, tail_from)
    if labelled and len(labelled.group(1).split()) <= MAX_CREDIT_WORDS:
        return text[: labelled.start()].rstrip(" |"), clean_credit(labelled.group(1))
    copyright_ = TRAILING_COPYRIGHT.search(text, tail_from) if "©" in text else None
    if copyright_ and not RIGHTS_RESERVED.search(copyright_.group(1)):
        credit = clean_credit(copyright_.group(1))
        before = text[: copyright_.start()].rstrip(" |")
        if (
            before
            and not LABEL_ONLY_LINE.match(before)  # "Copyright © 2024 X" is a notice
            and any(c.isalpha() for c in credit)
            and len(credit.split()) <= MAX_CREDIT_WORDS
        ):
            return before, credit
    tail = TRAILING_CREDIT_TAIL.search(text, tail_from)
    if (
        tail
        and (tail.group(1).startswith("©") or _is_credit(tail.group(1)))
        and not ends_like_sentence(tail.group(1))
        and not _is_signature(tail.group(1))
    ):
        return text[: tail.start()].rstrip(), clean_credit(tail.group(1))
    return text, None


def credit_only(text: str) -> str | None:
    """The credit of a line that is nothing but a credit, else None."""
    labelled = CREDIT_LABEL_LINE.match(text)
    if labelled and len(labelled.group(1).split()) <= MAX_CREDIT_WORDS:
        return clean_credit(labelled.group(1))
    glued = CREDIT_GLUED_LABEL.match(text)
    if glued and len(text.split()) <= MAX_CREDIT_WORDS:
        return text[glued.end() :].strip()
    if not (text.startswith(("(", "[")) and text.endswith((")", "]"))):
        return None
    inner = text[1:-1]
    # Alone on a line, "(Sign out / Change)" is a widget: a lone credit names a photo word or
    # an agency, or is a name in capitals.
    named = any(word in CREDIT_WORDS for word in comparable_words(inner))
    if named or upper_share(inner) >= MIN_CREDIT_UPPER_SHARE:
        return clean_credit(inner)
    return None


def _in_caption_markup(segment: Segment) -> bool:
    if segment.tag == "figcaption":
        return True
    return bool(segment.context & CAPTION_CONTEXT_TOKENS) and bool(
        near_tokens(segment.element) & CAPTION_CONTEXT_TOKENS
    )


@stage(NAME, requires={"byline"}, provides={"captions"})
def captions(doc: Document) -> None:
    """Label captions and lone credits; collect Caption values in page order."""
    previous: Segment | None = None
    segments = doc.segments
    for segment in segments:
        if segment.label is not None:
            previous = None
            continue
        text = segment.text
        if (
            segment.element is not None
            and LABEL_ONLY_LINE.match(text)
            and _in_caption_markup(segment)
        ):  # "Credit" with its name left empty
            doc.label(segment, Role.CREDIT, NAME, "empty credit label")
            previous = None
            continue
        credit = credit_only(text)
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
                    _in_caption_markup(previous)
                    if segment.element is not None
                    else _captions_a_photo(previous.text)
                )
            ):
                doc.label(previous, Role.CAPTION, NAME, "line above a photo credit")
                doc.captions.append(Caption(text=previous.text, credit=credit))
            elif _one_photo_credit(doc, segment):
                doc.captions.append(Caption(text="", credit=credit))  # a photo with a credit only
            doc.label(segment, Role.CREDIT, NAME, "photo credit")
            previous = None
            continue
        if segment.words <= MAX_CAPTION_WORDS:
            body, found = split_credit(text)
            if _in_caption_markup(segment) or (found is not None and body):
                doc.label(
                    segment,
                    Role.CAPTION,
                    NAME,
                    "caption with credit" if found else "caption markup",
                )
                doc.captions.append(Caption(text=body or text, credit=found))
        previous = segment


def _captions_a_photo(line: str) -> bool:
    """True for a page-text line that can caption the photo credited under it: not one word
    ("Services" in a menu, "photo") and not a bare label."""
    return len(line.split()) >= MIN_CREDITED_LINE_WORDS and not LABEL_ONLY_LINE.match(line)


def _one_photo_credit(doc: Document, segment: Segment) -> bool:
    """True for a lone credit line that credits one photo: in HTML, one set in caption markup
    (a <figcaption> under the byline is still the lead photo's); in page text, one away from
    the byline and date lines."""
    if segment.element is not None:
        return _in_caption_markup(segment)
    return not _beside_byline(doc, segment)


def _beside_byline(doc: Document, segment: Segment) -> bool:
    """True for a credit among the byline and date lines: the story's photographer
    ("Photographs by Emil Hart"), not one photo's credit."""
    around = doc.segments[max(0, segment.index - 1) : segment.index + 2]
    return any(s.label is not None and s.label.role in _BYLINE_ROLES for s in around)


def _caption_below(doc: Document, credit_line: Segment, credit: str) -> bool:
    """Handle "Image source, X" / "Image caption," / caption text: the caption is below."""
    below = doc.segments[credit_line.index + 1 : credit_line.index + 3]
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
