"""Cut page text into segments: one per line, or one per paragraph when the text is hard-wrapped.

Page text comes from many tools. Browser copies and WET records give one block per line;
lynx, w3m and html2text wrap paragraphs at a fixed width. Wrapped text is recognised by its
line lengths and re-joined, so every later stage sees whole paragraphs either way.
"""

from __future__ import annotations

import itertools
import re

from newsparse.document import Document, Segment
from newsparse.model import BlockKind
from newsparse.patterns.dates import MONTH_LOOKUP

__all__ = ["split_segments", "text_document", "wrap_width"]

# Tools wrap at 60 to 80 columns; above this a "width" is just the longest paragraph.
MAX_WRAP_WIDTH = 100
# Below this no tool wraps; short lines are menus, not wrapped prose.
MIN_WRAP_WIDTH = 40
# Enough lines to judge the length distribution; shorter texts are taken line by line.
MIN_LINES_FOR_WRAP = 8
# Share of prose-length lines ending near the width: wrapped prose has many within a word of it
# (not most: each paragraph's last line is short, and so are menus and captions of prose length).
MIN_NEAR_WIDTH_SHARE = 0.4
# ... and hardly any line runs past it (a long URL or word); a one-line-per-block dump has a
# long tail of paragraphs longer than any "width".
MAX_OVER_WIDTH_SHARE = 0.05
OVER_WIDTH_SLACK = 10
# A wrapped line ends at most this far short of the width (the longest common word).
NEAR_WIDTH_SLACK = 20

# One-line-per-block dumps: a paragraph broken into lines is trusted from this many breaks in
# a run of lines; a line ending in one of these ends a sentence, not a broken line.
MIN_BROKEN_LINES = 2
SENTENCE_ENDS = frozenset(".!?:;\"”’)")
# A bullet or numbered list marker at the start of a line: "• ", "* ", "- ", "1. ", "2) "
# Indentation (hard-wrapped dumps only): lynx indents paragraphs by 3, block quotes deeper.
MIN_BASE_INDENT = 2
QUOTE_EXTRA_INDENT = 3
# Paragraphs used to learn the usual indentation have at least this many words.
INDENT_SAMPLE_WORDS = 8
# A flush-left line of at most this many words in an indented dump is a heading.
MAX_INDENT_HEADING_WORDS = 12
_LIST_MARKER = re.compile(r"^(?:[•*·▪●◦‣⁃–-]|\d{1,3}[.)])\s+(?=\S)")
# A day-first date, which a numbered list marker must not eat: "12. Januar 2022", "2. Okt.
# 2021", "17. 04. 2013". The word must be a month name with a number after it ("3. Add 2 cups
# of flour" and "1. In 2019 we ..." are list items).
_DAY_MONTH = re.compile(
    r"\d{1,2}\.\s+(?:(?P<numeric>\d{1,2}\.\s*\d{2,4}\b)"
    r"|(?P<month>[^\W\d_]{3,14})\.?,?\s+(?=[^\n]{0,40}\d))"
)
# The characters a list marker or a Markdown heading opens with (besides digits).
_MARKER_OPENINGS = frozenset("•*·▪●◦‣⁃–-#")
# Markdown-style heading: "## Subhead"
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
# An image shown by its file name in brackets, as lynx and w3m print an image without alt text:
# "[li_red.gif] Armenia named ...", "[logo.png]". The name is no text of the page.
_BRACKETED_IMAGE_FILE = re.compile(
    r"\[([^\[\]\s]{1,200}\.(?:gif|jpe?g|png|webp|svg|avif|bmp))\]\s*", re.I
)
_SPACES = re.compile(r"[ \t]+")
# A wire's end mark run on after the story's last sentence ("... along the coast. Enditem"):
# it gets a line of its own, as the story's end, so the sentence stays a paragraph.
_WIRE_END_MARK = re.compile(r"(?<=[.!?\"”’])[ \t]+(Enditem|\(END\))$")
# An image printed inline as its alt text in brackets (lynx, w3m), with a space or the line's
# edge on either side: "[Boeing 737 MAX at the plant] Boeing clinches order". Only one opening
# with a capital or a digit: an editor's insertion ("he said [the plan] would") is lower-case.
# ... of a few words: a one- or two-word tag opens titles ("[Review] Love is War", "[Update]").
MIN_ALT_WORDS = 3
_INLINE_ALT = re.compile(r"(?:^|(?<=\s))\[[A-Z0-9\u00c0-\u00de][^\[\]\n]{0,299}\](?=\s|$)")


def wrap_width(lines: list[str]) -> int | None:
    """The column the text was wrapped at, or None if its lines are not hard-wrapped.

    Only lines of prose length are read (menus and bullets are short in any dump): in wrapped
    text many of them end within a word's length of one column and almost none runs past it;
    in a one-line-per-block dump their lengths are spread out, with a long tail.
    """
    lengths = sorted(
        length for line in lines if (length := len(line.rstrip())) >= MIN_WRAP_WIDTH
    )
    if len(lengths) < MIN_LINES_FOR_WRAP:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > MAX_WRAP_WIDTH:
        return None
    near = sum(1 for length in lengths if width - NEAR_WIDTH_SLACK <= length <= width)
    if near / len(lengths) < MIN_NEAR_WIDTH_SHARE:
        return None
    over = sum(1 for length in lengths if length > width + OVER_WIDTH_SLACK)
    if over / len(lengths) > MAX_OVER_WIDTH_SHARE:
        return None
    return width


def _was_wrapped(line: str, next_line: str, width: int) -> bool:
    """True if ``next_line`` continues ``line``: its first word would not have fit on it."""
    stripped = next_line.strip()
    if not stripped or _LIST_MARKER.match(stripped) or _MARKDOWN_HEADING.match(stripped):
        return False
    first_word = stripped.split(None, 1)[0]
    return len(line.rstrip()) + 1 + len(first_word) > width


def _mended_lines(lines: list[str]) -> list[tuple[str, bool]]:
    """The stripped non-empty lines of a one-line-per-block dump, each with whether a blank
    line came before it, and with a paragraph broken into lines (a ``<br>`` at every line of
    its source, a copy of a fixed-width text) joined again: see ``_broken_run``."""
    mended: list[tuple[str, bool]] = []
    run: list[str] = []
    blank_before = False

    def flush() -> None:
        nonlocal blank_before
        for offset, raw in enumerate(_broken_run(run)):
            mended.append((raw, blank_before and offset == 0))
        if run:
            blank_before = False
        run.clear()

    for line in lines:
        raw = line.strip()
        if not raw:
            flush()
            blank_before = True
        elif len(raw) > MAX_WRAP_WIDTH:
            flush()  # a line no wrapping tool makes: a paragraph of its own
            mended.append((raw, blank_before))
            blank_before = False
        else:
            run.append(raw)
    flush()
    return mended


def _broken_run(run: list[str]) -> list[str]:
    """Consecutive lines as one paragraph where they were broken inside its sentences: a line
    near the run's longest that does not end a sentence, the next line carrying on in lower
    case with a first word that would not have fit. At least MIN_BROKEN_LINES such breaks make
    a run broken text; one alone is a caption over a sentence, a title over its blurb."""
    if len(run) <= MIN_BROKEN_LINES:
        return run
    width = max(len(line) for line in run)
    if width < MIN_WRAP_WIDTH:
        return run
    breaks = [
        len(line) >= width - NEAR_WIDTH_SLACK
        and line[-1] not in SENTENCE_ENDS
        and following[:1].islower()
        and _was_wrapped(line, following, width)
        for line, following in itertools.pairwise(run)
    ]
    if sum(breaks) < MIN_BROKEN_LINES:
        return run
    joined = [run[0]]
    for broken, line in zip(breaks, run[1:], strict=True):
        if broken:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _without_image_files(text: str) -> str:
    """The line without bracketed image file names; a line of nothing else keeps one name
    (unbracketed, as a browser copy shows it) so it is still read as a banner."""
    if "[" not in text:
        return text.strip() or text  # no bracketed name (the pattern opens with "[")
    stripped = _BRACKETED_IMAGE_FILE.sub("", text).strip()
    if stripped:
        return stripped
    found = _BRACKETED_IMAGE_FILE.search(text)
    return found.group(1) if found else text


def _image_parts(text: str) -> list[str]:
    """A hard-wrapped block cut before and after each inline bracketed alt text, so an image
    shown inline gets a line of its own, as a browser copy gives it, when the block opens with
    it or has several (a row of teaser cards); one inside a line may be an editor's insertion."""
    if "[" not in text:
        return [text]
    found = [m for m in _INLINE_ALT.finditer(text) if len(m.group().split()) >= MIN_ALT_WORDS]
    if not found or (len(found) == 1 and found[0].start() > 0):
        return [text]
    parts: list[str] = []
    start = 0
    for match in found:
        parts.extend(part for part in (text[start : match.start()].strip(), match.group()) if part)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _apply_indentation(segments: list[Segment], indents: list[int]) -> None:
    """lynx and w3m indent paragraphs: deeper is a block quote, flush-left a heading."""
    body_indents = [
        i for s, i in zip(segments, indents, strict=True) if s.words >= INDENT_SAMPLE_WORDS
    ]
    if not body_indents:
        return
    base = max(set(body_indents), key=body_indents.count)
    if base < MIN_BASE_INDENT:
        return
    for segment, indent in zip(segments, indents, strict=True):
        if segment.kind is not BlockKind.PARAGRAPH:
            continue
        if indent >= base + QUOTE_EXTRA_INDENT:
            segment.kind = BlockKind.QUOTE
        elif (
            indent == 0
            and segment.words <= MAX_INDENT_HEADING_WORDS
            and segment.text[-1:] not in ".,;:"
        ):
            segment.kind = BlockKind.HEADING


def _opens_with_day_and_month(raw: str) -> bool:
    """True if a line opens with a day-first date ("12. Januar 2022", "2. Okt. 2021", "17. 04.
    2013") rather than a numbered list marker."""
    match = _DAY_MONTH.match(raw)
    if match is None:
        return False
    month = match.group("month")
    return month is None or month.lower() in MONTH_LOOKUP


def _segments(index: int, raw: str, *, blank_before: bool, wrapped: bool) -> list[Segment]:
    """The segments of a stripped block of text: its list marker or Markdown heading mark read
    into its kind, bracketed image file names dropped, inline alt texts on lines of their own."""
    kind = BlockKind.PARAGRAPH
    opening = raw[:1]
    if opening in _MARKER_OPENINGS or opening.isdigit():  # else neither pattern can match
        marker = _LIST_MARKER.match(raw)
        if marker and len(raw) > marker.end() and not _opens_with_day_and_month(raw):
            kind, raw = BlockKind.LIST_ITEM, raw[marker.end() :]
        else:
            heading = _MARKDOWN_HEADING.match(raw)
            if heading:
                kind, raw = BlockKind.HEADING, raw[heading.end() :]
    if wrapped:
        raw = _SPACES.sub(" ", raw)
    raw = _without_image_files(raw)
    # only hard-wrapped dumps print images inline; elsewhere an opening bracket is the text's own
    parts = _image_parts(raw) if wrapped else [raw]
    end_mark = _WIRE_END_MARK.search(parts[-1]) if parts[-1][-1:] in ")m" else None
    if end_mark is not None:
        parts[-1:] = [parts[-1][: end_mark.start()], end_mark.group(1)]
    return [
        Segment(
            index=index + offset,
            text=part,
            kind=kind if offset == 0 else BlockKind.PARAGRAPH,
            blank_before=blank_before and offset == 0,
        )
        for offset, part in enumerate(parts)
    ]


def split_segments(text: str) -> list[Segment]:
    """Segments of page text in reading order; blank lines are remembered, not kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = wrap_width(lines)
    segments: list[Segment] = []
    blank_before = False
    if width is None:  # one block per line (browser copies, WET records)
        for raw, blank_before in _mended_lines(lines):
            segments.extend(
                _segments(len(segments), raw, blank_before=blank_before, wrapped=False)
            )
        return segments
    indents: list[int] = []
    pending: list[str] = []

    def flush() -> None:
        nonlocal blank_before
        if not pending:
            return
        raw = " ".join(part.strip() for part in pending) if len(pending) > 1 else pending[0].strip()
        made = _segments(len(segments), raw, blank_before=blank_before, wrapped=True)
        indents.extend([_indent(pending[0])] * len(made))
        pending.clear()
        segments.extend(made)
        blank_before = False

    for position, line in enumerate(lines):
        if not line.strip():
            flush()
            blank_before = True
            continue
        pending.append(line)
        following = lines[position + 1] if position + 1 < len(lines) else ""
        if not _was_wrapped(line, following, width):
            flush()
    flush()
    _apply_indentation(segments, indents)
    return segments


def text_document(text: str, *, url: str | None = None) -> Document:
    """A Document of kind ``text`` for page text."""
    return Document(kind="text", segments=split_segments(text), url=url)
