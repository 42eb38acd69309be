"""Stage ``related``: teasers for other stories, taken out of the body as RelatedLink values.

Evidence, in order:
1. a labelled teaser line: "READ MORE: ...", "ALSO READ: ...", "Lesen Sie auch: ..." (or the
   label alone on its line, "READ MORE:", and the teaser's title on the next);
2. a heading such as "Related stories", "Up next", "Most read" or "You may also like"
   followed by a run of short, title-shaped lines (or, in HTML, link lines): each is a teaser
   under that heading; in page text the run is of teaser cards, each title with its date,
   category, byline, button, blurb and image description (the box's lines, labelled with
   it), and it ends at a menu, at a sentence under two titles with nothing between them (a
   box in the story's middle, the story going on), at the footer's links, the next box's
   heading, a comment prompt, a sign-in button or a form, or the story going on;
3. in HTML, a linked story title inside a box that the main-content stage removed and whose
   class or id names related stories ("related", "recommended", "more-stories", ...);
4. in page text, teaser cards with no heading among the lines the boilerplate stage removed
   after the story (footer, comments zone): three or more headline-shaped lines the same
   number of lines apart, each with the same kind of card line under it: a date, a byline,
   a read time, the title again or a blurb (not an FAQ's answers). This is the stage
   ``footer_teasers``, run after the boilerplate stage has found the story's end.
In HTML the teaser's link target is kept. A teaser printed again (a carousel's clones) is
collected once.
"""

from __future__ import annotations

import itertools
import re

import attrs

from newsparse.datetimes import find_dates
from newsparse.document import Document, Role, Segment
from newsparse.model import RelatedLink
from newsparse.patterns.dates import DATE_CORE, YEAR_HINT
from newsparse.patterns.furniture import COMMENTS_START, END_OF_STORY
from newsparse.patterns.related import (
    CARD_BUTTON,
    CARD_BYLINE,
    CARD_COUNT,
    CARD_CREDIT,
    CARD_FILED,
    COMMENT_FORM,
    NOT_A_TEASER,
    RELATED_HEADING,
    RELATED_LABEL,
    RELATED_LABEL_ALONE,
)
from newsparse.pipeline import stage
from newsparse.stages.boilerplate import furniture_reason
from newsparse.textshape import (
    ends_like_sentence,
    is_prose,
    looks_like_title,
    normalize_space,
    word_count,
)

__all__ = ["footer_teasers", "related"]

NAME = "related"
# The second pass, after the boilerplate stage: its labels are related links too (NAME).
FOOTER_TEASERS = "footer_teasers"
# Teaser lists are short; past this many lines a "list" is the story itself.
MAX_TEASERS_UNDER_HEADING = 15
# In page text a list of teaser cards (title, date, category, blurb) runs at most this long.
MAX_TEASER_LINES = 40
# A card's category or read time is a few words; its blurb is a short paragraph.
MAX_CARD_META_WORDS = 3
MAX_BLURB_WORDS = 40
# Furniture that ends a teaser list: the page's footer, a newsletter box, a share bar (an
# advertisement or a read time may sit between cards).
LIST_ENDING_FURNITURE = frozenset(
    {"legal", "cookie", "newsletter", "paywall", "share", "disclaimer"}
)
# Titles in a row, with no card lines between, that make a plain list.
MIN_PLAIN_LIST = 3
# Two titles in a row with no card line between them have no blurb: a sentence under them is
# the story going on after a box in its middle, not the second card's blurb (unless a title or
# a card's date follows it: an image's description between the cards, a blurb).
MIN_TITLES_WITHOUT_BLURBS = 2
# A card's title that asks or exclaims runs to this many words; a blurb's question runs longer
# or follows a sentence of its own.
MAX_ASKING_TITLE_WORDS = 20
CLOSING_QUOTES = "\"'”’»)"
# What sets a card's date apart from its title: "Title | Aug 11, 2023", "Title – 11.08.2023"
STAMP_SEPARATORS = "|•·–—-/"
# A title left with fewer words than this after its stamp is cut was no title with a stamp.
MIN_TITLE_WORDS_BEFORE_STAMP = 3
# A sentence ending inside a line, before the next one starts: "bridge. The", "heute! Wie"
# (not an abbreviation: "vs. Half").
SENTENCE_BREAK = re.compile(r"(?<=[a-zäöüß]{3})[.!?] [A-ZÄÖÜÀ-Þ]")
# The labels a teaser card's lines may carry: its date, byline, image caption or credit.
CARD_ROLES = frozenset({Role.BOILERPLATE, Role.DATE, Role.BYLINE, Role.CAPTION, Role.CREDIT})
# A card's lines: its image, category, read time, title again, blurb, author and date.
CARD_LINES = 6
# A list whose first card opens with a sentence (its image's description) needs this many
# cards to show it is a list, not the story going on under a heading.
MIN_CARDS_AFTER_PROSE = 2
# Heading-less teaser cards after the story (page text): at least this many titles, each
# followed by the same kind of card line, the same number of lines apart (title, meta; or
# image, title, date, category).
MIN_FOOTER_CARDS = 3
MIN_FOOTER_CARD_LINES = 2
MAX_FOOTER_CARD_LINES = 5
# A teaser card's title after the story: a headline's words (a menu's items and legal links
# run shorter, a blurb longer).
MIN_FOOTER_TITLE_WORDS = 4
MAX_FOOTER_TITLE_WORDS = 16
# The boilerplate stage's labels for what follows the story: the footer, the comments zone.
FOOTER_ZONE = ("boilerplate", frozenset({"footer", "comment"}))
# Short lines in a row that make a menu, not teaser cards ("Environment", "Climate change").
MENU_RUN = 3
# An HTML teaser is mostly link text.
MIN_TEASER_LINK_DENSITY = 0.5
# A card's author line is a few words ("Written by Jane Roe").
MAX_CARD_BYLINE_WORDS = 5
# A teaser in a related-stories box is a story's title: a few words at least ("More" is a
# button); a number with fewer words of letters is the card's meta line ("11 min read").
MIN_BOX_TEASER_WORDS = 3
# A box's button or prompt ("Schreiben Sie einen Kommentar") is a short line.
MAX_BUTTON_CHARS = 50
# An image's keywords or a tag list: this many parts between commas, each a few words.
MIN_KEYWORDS = 5
MAX_KEYWORD_WORDS = 3
LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
DIGIT = re.compile(r"\d")
# Class/id token beginnings of a box of links to other stories ("related-posts",
# "recommended", "more-stories", "mostread"). A table of contents or a list of resources is
# removed as a run of link lines too, but it is no teaser.
RECIRCULATION_TOKENS = (
    "related", "recommend", "recirc", "morestories", "mostread", "mostpopular", "readmore",
    "upnext", "popular", "trending", "teaser", "youmay", "alsoread",
)
# Class/id token beginnings of a site's menu: teasers in a menu's flyout promote the site's
# sections, not stories related to this one.
NAVIGATION_TOKENS = ("flyout", "megamenu", "mega-menu")
# A line printed on several cards, each linking elsewhere, is the cards' button ("Link zum
# Artikel"): a few words at most.
MAX_BUTTON_WORDS = 4


def _link_of(segment: Segment) -> str | None:
    if segment.element is None:
        return None
    for anchor in segment.element.iter("a"):
        href: str | None = anchor.get("href")
        if href and not href.startswith(("#", "javascript:")):
            return href
    return None


def _card_meta(text: str) -> bool:
    """A teaser card's meta line, not its title: a count or read time ("11 min read", "707
    Reviews"), a date with a word or two ("December 12, 2025 Read More"), a byline, a photo
    credit ("© Jane Roe") or a button ("Read the article")."""
    if CARD_CREDIT.match(text) or CARD_BUTTON.match(text) or CARD_FILED.match(text):
        return True
    if _keyword_list(text):
        return True
    if CARD_BYLINE.match(text) and word_count(text) <= MAX_CARD_BYLINE_WORDS:
        return True  # (a longer line is a title: "Von Kopf bis Fuß: ...", "Por qué ...")
    if DIGIT.search(text) is None:
        return False
    if len(LETTER_WORD.findall(text)) < MIN_BOX_TEASER_WORDS:
        return True
    rest = CARD_COUNT.sub(" ", text)
    if YEAR_HINT.search(rest) is not None:
        rest = DATE_CORE.sub(" ", rest)
    return len(LETTER_WORD.findall(rest)) < MIN_BOX_TEASER_WORDS


def _keyword_list(text: str) -> bool:
    """A list of keywords, not a title: MIN_KEYWORDS or more parts between commas, each a
    word or three, one at least in lower case, and no colon ("Harbour, North Coast, boats,
    mist, dawn" under a card's image). A title naming a few people or things in a row keeps
    its capitals ("Why Jane Roe, MD, PhD, Loves Her Town")."""
    if text.count(",") < MIN_KEYWORDS - 1 or ":" in text:
        return False
    parts = text.split(",")
    return (
        len(parts) >= MIN_KEYWORDS
        and all(word_count(part) <= MAX_KEYWORD_WORDS for part in parts)
        and any(part.strip()[:1].islower() for part in parts)
    )


def _in_related_box(segment: Segment, boxes: dict[frozenset[str], bool]) -> bool:
    """An HTML story title, linked, removed with a box of links to other stories. ``boxes``
    remembers each markup context's verdict for the page (blocks of one box share it)."""
    label = segment.label
    if (
        label is None
        or label.role is not Role.BOILERPLATE
        or label.stage == NAME
        or segment.link_density < MIN_TEASER_LINK_DENSITY
        or segment.words < MIN_BOX_TEASER_WORDS
    ):
        return False
    context = segment.context
    in_box = boxes.get(context)
    if in_box is None:
        in_box = any(token.startswith(RECIRCULATION_TOKENS) for token in context) and not any(
            token.startswith(NAVIGATION_TOKENS) for token in context
        )
        boxes[context] = in_box
    return in_box and not _card_meta(segment.text) and looks_like_title(segment.text)


def _teaser_title(segment: Segment) -> bool:
    if segment.link_density >= MIN_TEASER_LINK_DENSITY:
        return True
    return looks_like_title(segment.text) and not is_prose(segment.text)


def _card_line(segment: Segment) -> bool:
    """A page-text line of a teaser card that is not its title: the card's date, a read time
    or category ("6 min read", "Diet"), a one-paragraph blurb or its image's description ("A
    man reads on a bench."), its photo's caption or credit."""
    label = segment.label
    if label is not None and label.role is not Role.BOILERPLATE:
        return label.role in CARD_ROLES
    return (
        segment.words <= MAX_CARD_META_WORDS
        or _card_meta(segment.text)
        or (
            segment.words <= MAX_BLURB_WORDS
            and (is_prose(segment.text) or ends_like_sentence(segment.text))
        )
    )


def _next_box(text: str) -> bool:
    """The start of the next box on the page: comments (a pingback, a comment form's notice),
    "Most read", another teaser list, the footer's legal links, a newsletter sign-up, a sign-in
    button or a form."""
    return bool(
        COMMENTS_START.match(text)
        or END_OF_STORY.match(text)
        or RELATED_HEADING.match(text)
        or furniture_reason(text) in LIST_ENDING_FURNITURE
        or _box_button(text)
        or COMMENT_FORM.search(text) is not None
    )


def _box_button(text: str) -> bool:
    """A comment prompt, sign-in button or form line: a few words with no number (a card's
    "3 comments" is its meta line) and no colon (a "Guest comment: Jane Roe" teaser)."""
    return (
        len(text) <= MAX_BUTTON_CHARS
        and DIGIT.search(text) is None
        and ":" not in text
        and NOT_A_TEASER.search(text) is not None
    )


def _menu_item(segment: Segment) -> bool:
    """A page-text line as short as a menu's item ("Climate change"), with no number that
    would make it a card's date or read time."""
    return segment.words <= MAX_CARD_META_WORDS and DIGIT.search(segment.text) is None


def _text_title(segment: Segment) -> bool:
    """A page-text teaser's story title: a few words, title-shaped, not an image's alt text
    ("munich police square incident": it opens in lower case) nor the card's meta line (its
    byline, date, read time, photo credit or button)."""
    return (
        segment.words >= MIN_BOX_TEASER_WORDS
        and not segment.text[:1].islower()
        and not _card_meta(segment.text)
        and (_teaser_title(segment) or _asking_title(segment))
    )


def _text_teasers(doc: Document, start: int) -> list[Segment]:
    """Page text: the story titles of the teaser cards from ``start`` on. A card is a title
    with its date, category and blurb around it; the list ends at a line no card has (a
    long paragraph, a second paragraph in a row: the story going on), at a menu (MENU_RUN
    short lines in a row), at the next box's heading ("Write a comment", "Most read") or
    after MAX_TEASER_LINES lines."""
    teasers: list[Segment] = []
    opened_with_prose = False
    prose_in_a_row = 0
    short_in_a_row = 0
    buttons: set[str] = set()
    for follower in doc.segments[start : start + MAX_TEASER_LINES]:
        label = follower.label
        if label is not None and label.role not in CARD_ROLES:
            break
        if _next_box(follower.text):
            break
        if is_prose(follower.text) and not _asking_title(follower):
            prose_in_a_row += 1
            if (
                prose_in_a_row > 1
                or follower.words > MAX_BLURB_WORDS
                or _plain_list(teasers)
                or _story_goes_on(doc, teasers, follower)
            ):
                break
            if not teasers:
                # the first card's image described ("A man reads on a bench."), or the story
                # going on: only a list of cards vouches for it
                opened_with_prose = True
            continue
        prose_in_a_row = 0
        short_in_a_row = short_in_a_row + 1 if label is None and _menu_item(follower) else 0
        if short_in_a_row >= MENU_RUN:
            break
        if teasers and _title_again(teasers[-1], follower):
            continue
        if label is None and furniture_reason(follower.text) is not None:
            continue  # an ad marker or an app's pitch between the cards is no card

        if follower.text in buttons or any(t.text == follower.text for t in teasers):
            # a line every card repeats ("Link to the article") is the cards' button
            buttons.add(follower.text)
            teasers = [teaser for teaser in teasers if teaser.text != follower.text]
            continue
        if label is None and _text_title(follower):
            if _breaks_the_cards(teasers, follower):
                break
            teasers.append(follower)
        elif (_card_line(follower) or follower.text[:1].islower()) and not _plain_list(teasers):
            if not teasers and ends_like_sentence(follower.text):
                opened_with_prose = True
        else:
            break
    if opened_with_prose and len(teasers) < MIN_CARDS_AFTER_PROSE:
        return []
    return teasers


def _story_goes_on(doc: Document, teasers: list[Segment], line: Segment) -> bool:
    """True for a sentence right under two titles or more with nothing between them (each a
    headline's words: a card's kicker, "Natur & Umwelt", is shorter), with no title or card
    meta line under it: the story going on under a box in its middle, not a blurb."""
    return (
        _plain_list(teasers, MIN_TITLES_WITHOUT_BLURBS)
        and line.index == teasers[-1].index + 1
        and all(teaser.words >= MIN_FOOTER_TITLE_WORDS for teaser in teasers)
        and not _list_goes_on(doc, line)
    )


def _list_goes_on(doc: Document, line: Segment) -> bool:
    """True if the line under ``line`` is a teaser's title or a card's meta line (its date,
    read time or byline): the list goes on under it."""
    following = doc.segments[line.index + 1 : line.index + 2]
    if not following:
        return False
    label = following[0].label
    if label is not None:
        return label.role in (Role.DATE, Role.BYLINE)
    return _text_title(following[0]) or _card_meta(following[0].text)


def _last_card_lines(doc: Document, teasers: list[Segment]) -> list[Segment]:
    """Page text: the lines under the last card's title that every card has under its own
    (its blurb, its date), when the cards' titles are evenly spaced: each line of the same
    kind (a sentence, or a short meta line) as the first card's line at that place. The
    story going on under the box is no card's line: the cards' blurbs stop at the next
    card's kicker, and a sentence where the first card has a kicker is the story's."""
    if len(teasers) < 2:
        return []
    period = teasers[1].index - teasers[0].index
    if period < 2 or any(
        later.index - earlier.index != period for earlier, later in itertools.pairwise(teasers)
    ):
        return []
    segments = doc.segments
    lines: list[Segment] = []
    for offset in range(1, period):
        position = teasers[-1].index + offset
        if position >= len(segments):
            break
        line = segments[position]
        kind = _card_line_kind(line)
        model = segments[teasers[0].index + offset]
        if (
            line.label is not None
            or kind is None
            or kind != _card_line_kind(model)
            or _next_box(line.text)
        ):
            break
        lines.append(line)
    return lines


def _card_line_kind(line: Segment) -> str | None:
    """What a line under a card's title is: "meta" (a date, a read time, a category, a
    byline), "blurb" (a sentence or two), or None (no card's line: a line ending in a colon
    leads into what follows it, as the story's paragraphs do)."""
    if line.text.endswith(":"):
        return None
    if line.words <= MAX_CARD_META_WORDS or _card_meta(line.text):
        return "meta"
    if line.words <= MAX_BLURB_WORDS and (is_prose(line.text) or ends_like_sentence(line.text)):
        return "blurb"
    return None


def _asking_title(segment: Segment) -> bool:
    """A card's long title that asks or exclaims ("Road Bike vs. Gravel Bike: What's the
    Difference and Which Should You Buy?"): one question, not a paragraph."""
    text = segment.text.rstrip(CLOSING_QUOTES)
    return (
        segment.words <= MAX_ASKING_TITLE_WORDS
        and text.endswith(("?", "!"))
        and SENTENCE_BREAK.search(text) is None
        and not text[:1].islower()
    )


def _title_again(title: Segment, line: Segment) -> bool:
    """The card's title printed twice: right under it, whole or cut ("Storm closes the...",
    the image's alt text, then the link), or as it stands under the card's image, category
    and read time."""
    if line.index == title.index + 1 and _same_teaser(title, line):
        return True
    return line.text == title.text and line.index - title.index <= CARD_LINES


def _plain_list(teasers: list[Segment], least: int = MIN_PLAIN_LIST) -> bool:
    """Titles one under the other with nothing between (``least`` of them at least): a plain
    list, which ends at its first line that is no title (the story going on under its list
    of resources)."""
    return len(teasers) >= least and all(
        later.index == earlier.index + 1 for earlier, later in itertools.pairwise(teasers)
    )


def _breaks_the_cards(teasers: list[Segment], title: Segment) -> bool:
    """Two titles back to back after cards that each had lines between their titles: the
    list is over and the story goes on (its subheadings, a line of dialogue)."""
    if len(teasers) < 2 or title.index != teasers[-1].index + 1:
        return False
    return all(later.index - earlier.index > 1 for earlier, later in itertools.pairwise(teasers))


def _link_teasers(followers: list[Segment]) -> list[Segment]:
    """HTML: the run of link lines (or title-shaped lines) under a teaser list's heading; the
    cards' meta lines among them (dates, bylines, "Read the article") are no teasers."""
    teasers: list[Segment] = []
    for follower in followers:
        if follower.label is not None and follower.label.role is not Role.BOILERPLATE:
            break
        if not _teaser_title(follower):
            break
        if not _card_meta(follower.text):
            teasers.append(follower)
    return teasers


def _same_teaser(previous: Segment, teaser: Segment) -> bool:
    """A card printing its title twice (the image's alt text, then the link; or the title,
    then a cut copy ending in "...")."""
    first = previous.text.rstrip(" .…")
    second = teaser.text.rstrip(" .…")
    return bool(first and second) and (first.startswith(second) or second.startswith(first))


def _collect(doc: Document, link: RelatedLink, seen: set[RelatedLink]) -> None:
    """Add a teaser once: carousels and sticky boxes print the same story's card again (the
    same title, link and label; a labelled teaser may still be repeated in a list)."""
    title = _without_stamp(link.title)
    if title != link.title:
        link = attrs.evolve(link, title=title)
    if link not in seen:
        seen.add(link)
        doc.related_links.append(link)


def _without_stamp(title: str) -> str:
    """A teaser's title without the card's time stamp run on after it ("Typhoon leaves 3,000
    without power 2023-08-11 09:45", "... | Aug 11, 2023"): a stamp with a time, or a date
    after a separator. A title ending on a date in its sentence ("... opens on June 14,
    2024") keeps it."""
    if YEAR_HINT.search(title) is None:
        return title
    mentions = find_dates(title)
    if not mentions:
        return title
    last = mentions[-1]
    if title[last.end :].strip():
        return title
    before = title[: last.start].rstrip()
    separated = before[-1:] in STAMP_SEPARATORS
    if not (separated or last.date.has_time):
        return title
    kept = before.rstrip("".join(STAMP_SEPARATORS) + " ")
    return kept if len(kept.split()) >= MIN_TITLE_WORDS_BEFORE_STAMP else title


@stage(NAME, requires={"captions", "headline"}, provides={"related"})
def related(doc: Document) -> None:
    """Label teaser lines and teaser lists; collect RelatedLink values in page order."""
    segments = doc.segments
    boxes: dict[frozenset[str], bool] = {}
    seen: set[RelatedLink] = set()
    position = 0
    while position < len(segments):
        segment = segments[position]
        position += 1
        if segment.label is not None and segment.label.role is not Role.BOILERPLATE:
            continue
        if _in_related_box(segment, boxes):
            # a labelled teaser in a box of its own ("RELATED: <a>Title</a>") keeps its label
            boxed = RELATED_LABEL.match(segment.text)
            title, label = (
                (boxed.group(2).strip(), normalize_space(boxed.group(1)))
                if boxed
                else (segment.text, None)
            )
            _collect(doc, RelatedLink(title=title, label=label, url=_link_of(segment)), seen)
            continue
        labelled = RELATED_LABEL.match(segment.text)
        if labelled and not is_prose(labelled.group(2), min_words=40):
            label = normalize_space(labelled.group(1))
            if segment.label is None:
                doc.label(segment, Role.RELATED, NAME, f"teaser labelled {label!r}")
            link = RelatedLink(title=labelled.group(2).strip(), label=label, url=_link_of(segment))
            _collect(doc, link, seen)
            continue
        if segment.label is None and (
            RELATED_HEADING.match(segment.text) or RELATED_LABEL_ALONE.match(segment.text)
        ):
            heading = segment.text.rstrip(" :")
            if doc.kind == "text":
                teasers = _text_teasers(doc, position)
            else:
                teasers = _link_teasers(segments[position : position + MAX_TEASERS_UNDER_HEADING])
            if not teasers:
                continue
            doc.label(segment, Role.BOILERPLATE, NAME, "related")
            if doc.kind == "text":
                # the lines between the cards' titles (dates, bylines, buttons, blurbs) are the
                # box's too
                titles = {teaser.index for teaser in teasers}
                for line in segments[position : teasers[-1].index]:
                    if line.label is None and line.index not in titles:
                        doc.label(line, Role.BOILERPLATE, NAME, "related")
                for line in _last_card_lines(doc, teasers):
                    doc.label(line, Role.BOILERPLATE, NAME, "related")
            # "READ MORE:" over one title is that teaser's label, not a list's heading ("Also
            # read:" over several titles is one)
            alone = RELATED_LABEL_ALONE.match(segment.text) if len(teasers) == 1 else None
            label = normalize_space(alone.group(1)) if alone is not None else None
            previous: Segment | None = None
            for teaser in teasers:
                if teaser.label is None:
                    doc.label(teaser, Role.RELATED, NAME, f"teaser under {heading!r}")
                if previous is not None and _same_teaser(previous, teaser):
                    continue
                previous = teaser
                # The list's heading is page chrome; each teaser is known by its own title.
                link = RelatedLink(title=teaser.text, label=label, url=_link_of(teaser))
                _collect(doc, link, seen)
            position = teasers[-1].index + 1
    _drop_buttons(doc)


def _drop_buttons(doc: Document) -> None:
    """Drop a short line collected from several cards, each linking elsewhere: the cards'
    button ("Link zum Artikel"), not a story's title."""
    targets: dict[str, set[str | None]] = {}
    for link in doc.related_links:
        targets.setdefault(link.title, set()).add(link.url)
    buttons = {
        title
        for title, urls in targets.items()
        if len(urls) > 1 and None not in urls and word_count(title) <= MAX_BUTTON_WORDS
    }
    if buttons:
        doc.related_links[:] = [link for link in doc.related_links if link.title not in buttons]


def _footer_title(segment: Segment) -> bool:
    """A line removed after the story (footer, comments zone: the caller checks its label)
    shaped like another story's headline: a few words, title case or a headline sentence
    with no final period, not a card's meta line, a form's line or a legal link."""
    if not MIN_FOOTER_TITLE_WORDS <= segment.words <= MAX_FOOTER_TITLE_WORDS:
        return False
    text = segment.text
    return (
        not text[:1].islower()
        and (looks_like_title(text) or _asking_title(segment))
        and not _card_meta(text)
        and not _next_box(text)
        and furniture_reason(text) is None
    )


def _card_kind(title: Segment, line: Segment) -> Role | str | None:
    """What the line under a teaser card's title is: its date, its byline, the title again
    (the image's alt text, then the link), its meta line (a read time, a count, a button) or
    its blurb (a sentence or two, no headline); None for anything else."""
    label = line.label
    if label is not None and label.role in (Role.DATE, Role.BYLINE):
        return label.role
    if _same_teaser(title, line):
        return "again"
    if _card_meta(line.text):
        return "meta"
    if line.words <= MAX_BLURB_WORDS and ends_like_sentence(line.text) and not _footer_title(line):
        return "blurb"
    return None


def _card_run(doc: Document, first: Segment, titles: set[int]) -> list[Segment]:
    """The longest run of teaser cards from ``first``: titles the same number of lines apart,
    each with the same kind of line under it. Mostly questions, each with a blurb under it,
    are an FAQ's questions and answers."""
    segments = doc.segments
    best: list[Segment] = []
    if first.index + 1 >= len(segments):
        return best
    kind = _card_kind(first, segments[first.index + 1])
    if kind is None:
        return best
    for period in range(MIN_FOOTER_CARD_LINES, MAX_FOOTER_CARD_LINES + 1):
        run = [first]
        position = first.index + period
        while (
            position + 1 < len(segments)
            and position in titles
            and _card_kind(segments[position], segments[position + 1]) == kind
        ):
            run.append(segments[position])
            position += period
        if len(run) > len(best):
            best = run
    if kind == "blurb" and sum(t.text.rstrip().endswith("?") for t in best) * 2 > len(best):
        return []  # questions, each with its answer: an FAQ, not teaser cards
    return best


@stage(FOOTER_TEASERS, requires={"boilerplate", "related"}, provides={"footer_teasers"})
def footer_teasers(doc: Document) -> None:
    """Page text: teaser cards with no heading in what the boilerplate stage removed after
    the story (the footer, the comments zone), as related links: a second pass of this
    file's job, run once that stage has found the story's end. MIN_FOOTER_CARDS or more
    headline-shaped lines
    the same number of lines apart, each with the same kind of card line under it (a date, a
    byline, the title again, a read time). A menu's items and legal links are too short; the
    lines are removed already, so the story's text is not touched."""
    if doc.kind != "text":
        return
    stage, reasons = FOOTER_ZONE
    titles = {
        segment.index
        for segment in doc.segments
        if (label := segment.label) is not None
        and label.stage == stage
        and label.reason in reasons
        and _footer_title(segment)
    }
    if len(titles) < MIN_FOOTER_CARDS:
        return
    seen = set(doc.related_links)
    position = 0
    ordered = sorted(titles)
    while position < len(ordered):
        run = _card_run(doc, doc.segments[ordered[position]], titles)
        if len(run) < MIN_FOOTER_CARDS:
            position += 1
            continue
        for teaser in run:
            doc.label(teaser, Role.RELATED, NAME, "teaser card after the story")
            _collect(doc, RelatedLink(title=teaser.text), seen)
        last = run[-1].index
        while position < len(ordered) and ordered[position] <= last:
            position += 1
