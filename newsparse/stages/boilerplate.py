"""Stage ``boilerplate``: share bars, cookie and newsletter boxes, promos, comments, footers.

Evidence, in order:
1. a whole line matching a furniture rule (``patterns/furniture.py``): share, cookie,
   newsletter, promo, legal, tags;
2. banner image file names, and the site name repeated as a footer line;
3. the reader-comments zone: from a comments heading after the story to the end of the page;
4. page text: after an end-of-story marker ("Share this story", "Most read"), every line that
   is not a story paragraph is footer (teaser cards among those lines, and the comments
   zone's, are then collected as related links by the ``footer_teasers`` stage).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import Any

from newsparse.document import Document, Role, Segment
from newsparse.model import Caption
from newsparse.patterns.furniture import (
    COMMENT_LINE,
    COMMENTS_START,
    END_OF_STORY,
    IMAGE_ALT_LINE,
    IMAGE_FILE,
    LINE_RULES,
    POST_TIME,
    SENTENCE_MARK,
)
from newsparse.pipeline import stage
from newsparse.sre import odd_case_matches, sre_modules
from newsparse.textshape import is_prose

# The related stage's name (stages.related.NAME: that module imports this one).
RELATED_STAGE = "related"

__all__ = ["boilerplate", "furniture_reason"]

NAME = "boilerplate"
# Furniture lines are short; a long line that matches a loose rule is a story sentence.
MAX_FURNITURE_WORDS = 40
# Furniture that closes a story in page text: what follows is footer.
STORY_END_REASONS = ("share", "paywall")
# A footer's legal links and newsletter box ("About Us", "Terms of Service", "Subscribe")
# come within this many lines of one another.
FOOTER_LINKS_SPAN = 8
FOOTER_LINK_REASONS = ("legal", "cookie", "newsletter")
# Furniture that may open the footer, with another footer link close below it.
FOOTER_START_REASONS = ("legal", "newsletter")
MAX_LEGAL_LINK_WORDS = 2
LEGAL_MARKS = ("©", "|", "•")
# After a real end of story, far less prose follows than came before (comments aside).
MAX_PROSE_AFTER_END = 0.5
# Teaser cards (image, title, blurb) come in rows of at least this many.
MIN_IMAGE_CARDS = 3
# After the story's end, prose lines in a run this long are more story (a second part); a
# teaser card's title and blurb make a run of two.
MIN_PROSE_RUN_AFTER_END = 3
# Lines of a newsletter or cookie box are short; a longer line means the group is story text.
MAX_BOX_LINE_WORDS = 30
# A box is a handful of lines; a longer group is a menu or the story.
MAX_BOX_LINES = 6
# Furniture reasons whose line makes its whole blank-line group a box.
BOX_REASONS = ("newsletter", "cookie", "paywall")
# In a dump without blank lines, a box's pitch lies between its title and its small print; a
# box has a line or two of pitch (more is the story going on under a lone button). A button
# or a line naming newsletters is no close: a story about newsletters names them on line
# after line (and one benchmark's gold keeps a platform's follow box, title, pitch, button).
BOX_CLOSING_REASONS = ("disclaimer", "legal", "cookie")
MAX_BOX_PITCH_LINES = 2
# Cookie notices and legal small print run longer than other furniture.
LONG_RULES = tuple(
    (reason, pattern) for reason, pattern in LINE_RULES if reason in ("cookie", "disclaimer")
)
MAX_DISCLAIMER_WORDS = 120
# A meta bar ("Tags, Topics | 3 Comments | Print") is short, and so is each of its parts.
MAX_META_BAR_WORDS = 24
MAX_META_PART_WORDS = 6
# Parts that make a bar furniture; "60 minutes" (a read time?) or "10:30" alone in a part
# are as likely facts in a list of them ("2-6 Players • Ages 10+ • 45 minutes").
META_BAR_REASONS = frozenset(
    {"share", "comment", "newsletter", "cookie", "legal", "paywall", "tags"}
)
META_BAR_SEPARATOR = re.compile(r"\s[|·•]\s")
# A comment thread shows this many comment-typical lines within this many lines.
MIN_THREAD_SIGNALS = 3
THREAD_WINDOW = 12
# Half the lines of the window comment-typical (a forum's thread: title with score, poster,
# buttons) is a thread even when it outweighs the story above it (a short post, long thread).
MIN_DENSE_THREAD_SIGNALS = 6
# A comments heading counts only once the story has started (some pages put a comment
# count in the header).
MIN_PROSE_BEFORE_COMMENTS = 1
# A comment count or button is the comments word alone, with a number ("124 Comments",
# "Comments (3)", "Kommentare").
COMMENT_WORDS = frozenset(
    {"comment", "comments", "kommentar", "kommentare", "commentaire", "commentaires",
     "comentario", "comentarios", "commento", "commenti", "komentarz", "komentarze",
     "reactie", "reacties", "responses", "replies"}
)
_COUNT_MARKS = re.compile(r"[\d\s()\[\]:]+")
# A share button as a thread's lines print it, with or without a count: "Share", "Share (3)".
_SHARE_BUTTON = re.compile(r"^share(?: \(\d+\))?$", re.I)
# A "Comments" button in a share bar opens the comments zone only once the story is under way
# (a standfirst or a ticker line may come before a share bar under the headline).
MIN_PROSE_BEFORE_BAR_COMMENTS = 3


# A tag cloud is a long line of tags in alphabetical order with no punctuation ("Apple bus
# css Design film foto Google"): this many words at least, nearly all of them opening with a
# letter, each pair of neighbours but a few (multi-word tags: "New York City") ascending.
MIN_TAG_CLOUD_WORDS = 15
MIN_TAG_CLOUD_LETTER_SHARE = 0.9
MIN_TAG_CLOUD_ASCENDING_SHARE = 0.8


# A feed card as lynx prints an image link: the post's text cut short, then the image's alt
# text in brackets repeating it in full ("Fresh bread is out of the ov [Fresh bread is out of
# the oven early ...]"); the repeat opens with this many of the line's characters.
MIN_REPEATED_ALT_CHARS = 15


# A social feed's cards in a one-line-per-block dump: each post's text cut short to a fixed
# length as its title ("Our autumn range is in the shop… and we’re a li"), then the post in
# full. The title is at least this long and stops inside a word the post goes on with, ...
MIN_FEED_TITLE_CHARS = 20
# ... and a feed has at least this many cards (one such pair may be a heading over its text).
MIN_FEED_CARDS = 3
# The feed's posts are cut to one length; one cut between words loses the space and a word's
# few letters more.
FEED_CUT_SLACK = 2


# Lines asked about more than once (several stages find the story's start through this test)
# are answered from a bounded cache: the answer depends on the text alone.
FURNITURE_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=FURNITURE_CACHE_SIZE)
def furniture_reason(text: str) -> str | None:
    """The reason a line is page furniture, or None if it may be story text."""
    words = len(text.split())
    if words >= MIN_TAG_CLOUD_WORDS and _tag_cloud(text):
        return "tags"
    if words > MAX_FURNITURE_WORDS:
        if words <= MAX_DISCLAIMER_WORDS:
            return _first_rule(text, LONG_RULES, _LONG_ASCII_SCREENED, _LONG_OTHER_SCREENED)
        return None
    if IMAGE_FILE.match(text):
        return "banner"
    found = _line_rule(text)
    if found is None and words <= MAX_META_BAR_WORDS and META_BAR_SEPARATOR.search(text):
        return _meta_bar_reason(text)
    return found


def _alt_repeats_line(text: str) -> bool:
    """True for a social feed's card in a text dump: a linked image shown as the post's text
    cut short, then its alt text in brackets repeating the post (lynx, w3m)."""
    if not text.endswith("]"):
        return False
    opening = text.find(" [", MIN_REPEATED_ALT_CHARS)
    if opening < 0:
        return False
    head = text[:MIN_REPEATED_ALT_CHARS]
    return text.startswith(head, opening + 2)


def _tag_cloud(text: str) -> bool:
    """True for a site's tag cloud printed as one line: tags in alphabetical order, no
    punctuation (a sentence of that length has some, and its words are in no order)."""
    if SENTENCE_MARK.search(text):
        return False
    tokens = text.casefold().split()
    if sum(1 for token in tokens if token[0].isalpha()) < MIN_TAG_CLOUD_LETTER_SHARE * len(tokens):
        return False
    ascending = sum(1 for left, right in itertools.pairwise(tokens) if left < right)
    return ascending >= MIN_TAG_CLOUD_ASCENDING_SHARE * (len(tokens) - 1)


# A rule that may match anywhere in a line (its pattern opens with "[^\n]{0,200}") costs a
# regex attempt at every position of every line; such a rule is first screened by the words
# any match of it must contain ("cookie", "newsletter"...), when they are this few: each is a
# substring test (0.1 us), and more of them would cost what the screen saves (2 to 15 us).
MAX_SCREEN_NEEDLES = 24
# Every ASCII character: a pattern character's case-insensitive matches among them are found
# by searching it.
_ASCII = "".join(map(chr, range(128)))

Fold = Callable[[str], "str | None"]


def _ascii_fold(flags: int) -> Fold:
    """For ASCII lines: the one lower-case ASCII character a pattern character matches, "" when
    it matches none (a "é" cannot match ASCII text), None when it matches several."""

    known: dict[str, str | None] = {}  # patterns repeat their letters: each is tried once

    def fold(char: str) -> str | None:
        if char not in known:
            matches = {t.lower() for t in re.findall(re.escape(char), _ASCII, flags)}
            known[char] = "" if not matches else matches.pop() if len(matches) == 1 else None
        return known[char]

    return fold


def _lower_fold(char: str) -> str | None:
    """For other lines: a pattern character's lower case, None when that is several
    characters (a line matching it is read by the rules themselves)."""
    lowered = char.lower()
    return lowered if len(lowered) == 1 else None


def _needed_in_sequence(items: Any, fold: Fold, ops: Any) -> frozenset[str] | None:
    """Lower-case strings one of which every match of a parsed pattern sequence contains, as
    ``fold`` reads its characters (its longest run of literal characters, or the best such set
    of one of its parts); None when nothing is needed, the empty set when nothing can match."""
    found: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        if op is ops.LITERAL:
            folded = fold(chr(value))
            if folded == "":
                return frozenset()
            if folded is not None:
                run += folded
                continue
        if run:
            found.append(frozenset((run,)))
            run = ""
        needed = _needed_in_item(op, value, fold, ops)
        if needed is not None:
            found.append(needed)
    if run:
        found.append(frozenset((run,)))
    if not found:
        return None
    if not all(found):
        return frozenset()
    return max(found, key=lambda needles: (min(map(len, needles)), -len(needles)))


def _needed_in_item(op: Any, value: Any, fold: Fold, ops: Any) -> frozenset[str] | None:
    """``_needed_in_sequence`` for one parsed item: a group, an alternation or a repeat."""
    if op is ops.SUBPATTERN:
        _, added, removed, items = value
        return None if added or removed else _needed_in_sequence(items, fold, ops)
    if op is ops.BRANCH:
        branches = [_needed_in_sequence(items, fold, ops) for items in value[1]]
        if any(needles is None for needles in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT):
        least, _, items = value
        return _needed_in_sequence(items, fold, ops) if least >= 1 else None
    return None


def _floats(items: Any, ops: Any) -> bool:
    """True when a parsed pattern sequence may start with any number of any characters (a
    "[^\\n]{0,200}" before its words), in one of its alternatives. An optional word or mark
    ("(?:photo )?", "\\*?") opens it at the line's first character still: the rule fails
    there fast, and a screen would cost more than it saves."""
    for op, value in items:
        if op is ops.AT:
            continue
        if op is ops.MAX_REPEAT:
            least, _, repeated = value
            return bool(least == 0) and _any_character(repeated, ops)
        if op is ops.SUBPATTERN:
            return _floats(value[3], ops)
        if op is ops.BRANCH:
            return any(_floats(branch, ops) for branch in value[1])
        return False
    return False


def _any_character(items: Any, ops: Any) -> bool:
    """True for a parsed item that matches nearly any character: ".", "[^\\n]", "[^<>]"."""
    parsed = list(items)
    if len(parsed) != 1:
        return False
    op, value = parsed[0]
    return op in (ops.ANY, ops.NOT_LITERAL) or (
        op is ops.IN and bool(value) and value[0][0] is ops.NEGATE
    )


def _screen(pattern: re.Pattern[str], fold: Fold | None = None) -> tuple[str, ...] | None:
    """The substrings one of which a lower-cased line must hold for ``pattern`` to match it
    (an ASCII line, unless another ``fold`` is given), for a case-insensitive rule that may
    match past the line's first word; None when the rule is not worth screening (or the regex
    parser is not there to read it)."""
    return _screens(pattern, (fold or _ascii_fold(pattern.flags),))[0]


def _screens(
    pattern: re.Pattern[str], folds: tuple[Fold, ...]
) -> tuple[tuple[str, ...] | None, ...]:
    """``_screen`` for each of ``folds``, reading the pattern once."""
    unscreened = (None,) * len(folds)
    modules = sre_modules()
    if modules is None:  # pragma: no cover - both ship with CPython
        return unscreened
    parser, ops = modules
    if not pattern.flags & re.IGNORECASE:
        return unscreened
    items = list(parser.parse(pattern.pattern, pattern.flags))
    if not _floats(items, ops):
        return unscreened
    found: list[tuple[str, ...] | None] = []
    for fold in folds:
        needles = _needed_in_sequence(items, fold, ops)
        if needles is None:
            found.append(None)
            continue
        # a needle holding another is found only where the shorter one is
        kept = sorted((n for n in needles if not any(m != n and m in n for m in needles)), key=len)
        found.append(tuple(kept) if len(kept) <= MAX_SCREEN_NEEDLES else None)
    return tuple(found)


# The line rules with their screens, built once: for ASCII lines, and for other lines.
_ScreenedRules = tuple[tuple[str, re.Pattern[str], "tuple[str, ...] | None"], ...]
_ASCII_FOLDS = {flags: _ascii_fold(flags) for flags in {p.flags for _, p in LINE_RULES}}
_BOTH_SCREENS = [
    (reason, pattern, _screens(pattern, (_ASCII_FOLDS[pattern.flags], _lower_fold)))
    for reason, pattern in LINE_RULES
]
_ASCII_SCREENED: _ScreenedRules = tuple((r, p, screens[0]) for r, p, screens in _BOTH_SCREENS)
_OTHER_SCREENED: _ScreenedRules = tuple((r, p, screens[1]) for r, p, screens in _BOTH_SCREENS)
_LONG_ASCII_SCREENED = tuple(rule for rule in _ASCII_SCREENED if rule[:2] in LONG_RULES)
_LONG_OTHER_SCREENED = tuple(rule for rule in _OTHER_SCREENED if rule[:2] in LONG_RULES)


@functools.cache
def _unscreenable() -> re.Pattern[str] | None:
    """Characters that a needle's character matches case-insensitively though their lower
    case differs from it (the dotless "ı" and the dotted "İ" for "i", the long "ſ" for "s"):
    a line holding one is read by the rules themselves. Worked out on the first non-ASCII
    line (10 ms)."""
    needed = {
        char for _, _, needles in _OTHER_SCREENED for needle in needles or () for char in needle
    }
    if not needed:
        return None
    odd = odd_case_matches(needed, re.IGNORECASE)
    return re.compile(f"[{re.escape(''.join(sorted(odd)))}]") if odd else None


def _line_rule(text: str) -> str | None:
    """The first line rule ``text`` matches."""
    return _first_rule(text, LINE_RULES, _ASCII_SCREENED, _OTHER_SCREENED)


def _first_rule(
    text: str,
    plain: tuple[tuple[str, re.Pattern[str]], ...],
    ascii_screened: _ScreenedRules,
    other_screened: _ScreenedRules,
) -> str | None:
    """The first of the ``plain`` rules ``text`` matches, tried through their screens: a line
    skips a screened rule whose needed words its lower case lacks (exactly as the regex would
    fail on it, only faster)."""
    if text.isascii():
        rules = ascii_screened
    else:
        unscreenable = _unscreenable()
        if unscreenable is not None and unscreenable.search(text):
            for reason, pattern in plain:
                if pattern.match(text):
                    return reason
            return None
        rules = other_screened
    lowered = text.lower()
    for reason, pattern, needles in rules:
        if needles is not None:
            for needle in needles:  # a loop: any() over a generator costs twice as much
                if needle in lowered:
                    break
            else:
                continue
        if pattern.match(text):
            return reason
    return None


def _meta_bar_reason(text: str) -> str | None:
    """A bar of short parts between separators, one of them furniture: "Python, Mercurial |
    View Comments", "Kommentarfeed | Kommentare geschlossen"."""
    parts = [part.strip() for part in META_BAR_SEPARATOR.split(text)]
    if any(len(part.split()) > MAX_META_PART_WORDS for part in parts):
        return None
    for part in parts:
        if COMMENTS_START.match(part):
            return "comment"
        reason = _line_rule(part)
        if reason is not None and reason in META_BAR_REASONS:
            return reason
    return None


def _after_story_end(doc: Document, start: int) -> None:
    """Label what follows an end-of-story marker as footer, but for runs of paragraphs."""
    segments = doc.segments
    in_runs = _prose_runs(segments, start)
    for position in range(start, len(segments)):
        segment = segments[position]
        if segment.label is not None or position in in_runs:
            continue  # a run of paragraphs: more story (or a second story) goes on
        doc.label(segment, Role.BOILERPLATE, NAME, "footer")


def _prose_runs(segments: list[Segment], start: int) -> set[int]:
    """Positions from ``start`` on of free prose lines in runs of MIN_PROSE_RUN_AFTER_END or
    more: a teaser card's title and blurb make a run of two."""
    kept: set[int] = set()
    run: list[int] = []
    for position in range(start, len(segments) + 1):
        if position < len(segments):
            segment = segments[position]
            if segment.label is None and is_prose(segment.text):
                run.append(position)
                continue
        if len(run) >= MIN_PROSE_RUN_AFTER_END:
            kept.update(run)
        run = []
    return kept


def _story_is_over(doc: Document, marker: int) -> bool:
    """True if most of the page's prose comes before the end marker (share bars also sit
    between the sections of a long story): far fewer prose lines after it or, in page text,
    far fewer prose words (a row of teaser blurbs has many short lines)."""
    following = doc.segments[marker + 1 :]
    if doc.kind == "text":
        following = _without_cards(following)
    before = sum(1 for s in doc.segments[:marker] if s.label is None and is_prose(s.text))
    after = sum(1 for s in following if s.label is None and is_prose(s.text))
    if after <= before * MAX_PROSE_AFTER_END:
        return True
    # teaser blurbs are many but short: the story still outweighs them in words
    return doc.kind == "text" and _prose_words(following) <= _prose_words(
        doc.segments[:marker]
    ) * MAX_PROSE_AFTER_END


def _is_image(segment: Segment) -> bool:
    return segment.label is not None and segment.label.reason == "image"


def _without_cards(segments: list[Segment]) -> list[Segment]:
    """The lines but the blurbs of teaser cards (an image, a title line, a blurb), when there
    are MIN_IMAGE_CARDS or more: they weigh nothing against the story above them."""
    blurbs = {
        position
        for position in range(2, len(segments))
        if _is_image(segments[position - 2])
        and segments[position - 1].label is None
        and not is_prose(segments[position - 1].text)
        and is_prose(segments[position].text)
    }
    if len(blurbs) < MIN_IMAGE_CARDS:
        return segments
    return [s for position, s in enumerate(segments) if position not in blurbs]


def _prose_words(segments: list[Segment]) -> int:
    """Words in the free prose lines among ``segments``."""
    return sum(s.words for s in segments if s.label is None and is_prose(s.text))


def _cut_title(title: str, post: str) -> bool:
    """True if ``title`` is ``post`` cut short inside a word: a feed card's title."""
    return (
        len(title) >= MIN_FEED_TITLE_CHARS
        and len(post) > len(title)
        and title[-1].isalnum()
        and post[len(title)].isalnum()
        and post.startswith(title)
    )


def _feed_cards(doc: Document) -> None:
    """Page text: a social feed printed as cards (a post cut short over the post in full),
    MIN_FEED_CARDS or more on the page, is no story text: both lines of each card go. Once
    the feed is found, a post cut at the same length between two words is a card too (the
    dump strips the space the cut left)."""
    segments = doc.segments
    cards = [
        position
        for position in range(len(segments) - 1)
        if _cut_title(segments[position].text, segments[position + 1].text)
    ]
    if len(cards) < MIN_FEED_CARDS:
        return
    shortest = min(len(segments[position].text) for position in cards) - FEED_CUT_SLACK
    longest = max(len(segments[position].text) for position in cards)
    cards += [
        position
        for position in range(len(segments) - 1)
        if shortest <= len(segments[position].text) <= longest
        and position not in cards
        and segments[position + 1].text.startswith(segments[position].text + " ")
    ]
    for position in cards:
        for segment in segments[position : position + 2]:
            if segment.label is None:
                doc.label(segment, Role.BOILERPLATE, NAME, "social feed")


def _boxes(doc: Document) -> None:
    """Page text: a blank-line group of short lines holding a form line is one furniture box.

    A newsletter or cookie box is a few short lines (a title, a pitch, "Email address",
    "Sign up", small print); once one line of the group is a form line, all of it is the box.
    A dump with no blank line at all has no groups: its run of lines up to a paywall notice
    may be the story's last paragraphs.
    """
    if not any(segment.blank_before for segment in doc.segments):
        _boxes_without_blanks(doc)
        return
    groups: list[list[Segment]] = []
    after_other = False  # the line before was taken by another stage (a related box's heading)
    for segment in doc.segments:
        label = segment.label
        if label is not None and label.stage != NAME and label.role is not Role.BOILERPLATE:
            after_other = True  # it ends the group: a paragraph above it is no box's line
            continue
        if segment.blank_before or not groups or after_other:
            groups.append([])
        after_other = False
        groups[-1].append(segment)
    for group in groups:
        if not 2 <= len(group) <= MAX_BOX_LINES or any(s.words > MAX_BOX_LINE_WORDS for s in group):
            continue
        reasons = [s.label.reason for s in group if s.label is not None and s.label.stage == NAME]
        box_reason = next((r for r in reasons if r in BOX_REASONS), None)
        if box_reason is None:
            continue
        for segment in group:
            if segment.label is None:
                doc.label(segment, Role.BOILERPLATE, NAME, box_reason)


def _boxes_without_blanks(doc: Document) -> None:
    """Page text with no blank line: a box's pitch between its title and its small print
    ("Get our newsletter" / "Delivered every morning." / "Your details are handled in
    accordance with our privacy policy.") is the box's. Only short lines that do not read as
    a paragraph, at most MAX_BOX_PITCH_LINES of them, between a box line above and a
    small-print line below."""
    segments = doc.segments
    run: list[Segment] = []
    opener: str | None = None
    for segment in segments:
        label = segment.label
        if label is None:
            if opener is not None and segment.words <= MAX_BOX_LINE_WORDS and not is_prose(
                segment.text
            ):
                run.append(segment)
                if len(run) <= MAX_BOX_PITCH_LINES:
                    continue
            opener, run = None, []
            continue
        reason = label.reason if label.stage == NAME else None
        if opener is not None and run and reason in BOX_CLOSING_REASONS:
            for line in run:
                doc.label(line, Role.BOILERPLATE, NAME, opener)
        opener = reason if reason in BOX_REASONS else None
        run = []


@stage(NAME, requires={"related"}, provides={"boilerplate"})
def boilerplate(doc: Document) -> None:
    """Label furniture lines, the comments zone and (page text) what follows the story."""
    if doc.kind == "text":
        _feed_cards(doc)
    prose_seen = 0
    site = doc.site_name.value.casefold() if doc.site_name is not None else None
    # Candidate ends of story: a share bar under the headline also looks like one, so the end
    # is the first candidate after which the story is over.
    ends: list[int] = []
    for segment in doc.segments:
        if segment.label is not None:
            if segment.label.role is Role.BODY:
                prose_seen += 1
            elif prose_seen and segment.label.stage == RELATED_STAGE and END_OF_STORY.match(
                segment.text
            ):
                ends.append(segment.index)  # "Related posts" over teasers also ends the story
            continue
        text = segment.text
        if prose_seen >= MIN_PROSE_BEFORE_COMMENTS and (
            (
                COMMENTS_START.match(text)
                and not _share_button(doc, segment, prose_seen)
                and not _early_comment_count(doc, segment, prose_seen)
            )
            or _thread_starts(doc, segment)
        ):
            _comments_zone(doc, segment)
            break
        reason = furniture_reason(text)
        if reason is None and site is not None and text.casefold() == site:
            reason = "site name"
        if (
            reason is None
            and doc.kind == "text"
            and (IMAGE_ALT_LINE.match(text) or _alt_repeats_line(text))
        ):
            reason = "image"
        if reason is not None:
            doc.label(segment, Role.BOILERPLATE, NAME, reason)
            if prose_seen and (
                END_OF_STORY.match(text)
                or (
                    doc.kind == "text"
                    and (reason in STORY_END_REASONS or _footer_begins(doc, segment, reason))
                )
            ):
                ends.append(segment.index)
            continue
        if (
            prose_seen
            and segment.label is None
            and doc.kind == "text"
            and any(
                s.label is not None and s.label.reason == "reporting credits"
                for s in doc.segments[max(0, segment.index - 1) : segment.index]
            )
        ):
            ends.append(segment.index - 1)
        if prose_seen and END_OF_STORY.match(text):
            doc.label(segment, Role.BOILERPLATE, NAME, "end of story")
            ends.append(segment.index)
            continue
        if is_prose(text):
            prose_seen += 1
    if doc.kind == "text":
        _boxes(doc)
    if doc.kind == "text":
        story_end = next(
            (
                end
                for number, end in enumerate(ends)
                if _story_is_over(doc, end) and not _share_bar_recurs(doc, end, ends[number + 1 :])
            ),
            None,
        )
        if story_end is not None:
            _after_story_end(doc, story_end + 1)


def _reason(segment: Segment) -> str | None:
    return segment.label.reason if segment.label is not None else None


def _share_bar_recurs(doc: Document, end: int, later: list[int]) -> bool:
    """True for a share bar that recurs under another post: a live blog's posts (a time stamp
    line, then text) each close with their own bar, and the story ends at the last one."""
    if _reason(doc.segments[end]) != "share":
        return False
    for following in later:
        if _reason(doc.segments[following]) == "share":
            between = doc.segments[end + 1 : following]
            return any(POST_TIME.match(s.text) for s in between) and any(
                s.label is None and is_prose(s.text) for s in between
            )
    return False


def _footer_begins(doc: Document, segment: Segment, reason: str) -> bool:
    """True where the page's footer begins: a copyright notice, a row of legal links, or a
    legal or newsletter line with another close below it ("About Us" over "Terms of Service",
    "Subscribe to our newsletter" over "Privacy Policy"). One "Contact us" or "Subscribe" alone
    may be a menu item above the story or a button inside it."""
    if reason not in FOOTER_START_REASONS:
        return False
    if reason == "legal" and (
        segment.words > MAX_LEGAL_LINK_WORDS or any(mark in segment.text for mark in LEGAL_MARKS)
    ):
        return True  # a copyright notice, or a row of legal links on one line
    below = doc.segments[segment.index + 1 : segment.index + 1 + FOOTER_LINKS_SPAN]
    return any(
        follower.label is None and furniture_reason(follower.text) in FOOTER_LINK_REASONS
        for follower in below
    )


def _thread_starts(doc: Document, segment: Segment) -> bool:
    """True where a comment thread without a heading begins: comment-typical lines ("X says:",
    "2 days ago", "Reply") come thick from here on, and the story's prose is mostly behind, or
    they make half the lines (a long thread under a short post)."""
    if not COMMENT_LINE.match(segment.text) or not _thread_from(doc, segment.index):
        return False
    return _thread_from(doc, segment.index, MIN_DENSE_THREAD_SIGNALS) or _story_is_over(
        doc, segment.index
    )


def _thread_from(doc: Document, start: int, signals: int = MIN_THREAD_SIGNALS) -> bool:
    """True if comment-typical lines come thick (``signals`` of them) in the THREAD_WINDOW
    lines from ``start`` on."""
    window = doc.segments[start : start + THREAD_WINDOW]
    marks = [s.text for s in window if COMMENT_LINE.match(s.text)]
    # Share buttons alone are a live blog's posts or a story's sections, each under its own
    # bar: a thread also shows a reply button, a poster or a time ago.
    return len(marks) >= signals and not all(_SHARE_BUTTON.match(mark) for mark in marks)


def _early_comment_count(doc: Document, segment: Segment, prose_seen: int) -> bool:
    """True for a comment count or button near the story's start ("124 Comments" by the
    byline) with most of the page's prose still to come and no comment thread under it: a link
    to the thread, not its heading. A form's heading ("Leave a comment") is no count: the
    form's sentences under it are no story."""
    if (
        prose_seen >= MIN_PROSE_BEFORE_BAR_COMMENTS
        or _COUNT_MARKS.sub("", segment.text).casefold() not in COMMENT_WORDS
        or _story_is_over(doc, segment.index)
    ):
        return False
    return not _thread_from(doc, segment.index + 1)


def _share_button(doc: Document, segment: Segment, prose_seen: int) -> bool:
    """True for a "Comments" link in a share bar or a comment count in the byline's meta line
    under the headline ("Facebook | Twitter | Comments", "By Jane Doe | 21 comments"), before
    the story has begun: a button or a count, not the comment thread's heading."""
    if prose_seen >= MIN_PROSE_BEFORE_BAR_COMMENTS:
        return False
    position = segment.index
    before = doc.segments[position - 1] if position else None
    if before is not None and before.label is not None:
        if before.label.reason == "share":
            return True
        if before.label.role in (Role.BYLINE, Role.DATE) and any(c.isdigit() for c in segment.text):
            return True
    after = doc.segments[position + 1] if position + 1 < len(doc.segments) else None
    return (
        after is not None
        and _line_rule(after.text) == "share"
        and not COMMENTS_START.match(after.text)
    )


def _comments_zone(doc: Document, heading: Segment) -> None:
    """Everything from the comments heading to the end of the page is reader comments. The
    captions read from its lines (a commenter's photo, a quoted credit) are withdrawn."""
    withdrawn: list[str] = []
    for segment in doc.segments[heading.index :]:
        label = segment.label
        if label is None or label.role is not Role.BOILERPLATE:
            if label is not None and label.role in (Role.CAPTION, Role.CREDIT):
                withdrawn.append(segment.text)
            doc.label(segment, Role.BOILERPLATE, NAME, "comment")
    if withdrawn:
        doc.captions[:] = [c for c in doc.captions if not _read_from(c, withdrawn)]


def _read_from(caption: Caption, lines: list[str]) -> bool:
    """True if the caption's text (or, for a credit alone, its credit) is in one of the lines."""
    printed = caption.text or caption.credit or ""
    return bool(printed) and any(printed in line for line in lines)
