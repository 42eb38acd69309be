"""Stage ``body``: decide, for every segment still free, whether it is story text.

Page text: the story spans from its first prose paragraph to its last. Inside the span, prose,
subheadings (a short title line followed by prose), list items and short sentences are body;
other short lines are furniture. Outside it everything is header or footer.
HTML: the ``main_content`` stage already removed the page around the article; free segments are
body unless they are link lists or repeat a paragraph already taken.
"""

from __future__ import annotations

import itertools
import re

from newsparse.document import Document, Role, Segment
from newsparse.model import BlockKind
from newsparse.patterns.furniture import (
    BIO_OPENINGS,
    BIO_VERBS,
    ENGAGEMENT_COUNTS,
    IMAGE_ALT_LINE,
    IMAGE_FILE,
    INTERVIEW_TURN,
    LABELLED_FACT,
    NAVIGATION_LABEL,
    TAIL_NOTES,
)
from newsparse.pipeline import stage
from newsparse.stages.furniture import prose_line
from newsparse.textshape import (
    ends_like_sentence,
    is_prose,
    looks_like_title,
    lower_case_share,
    word_count,
)

__all__ = ["body"]

NAME = "body"
# In HTML, this many paragraphs repeated in the same order, prose among them, are a copy of
# the story (a repeated table header or feature list is the page's own).
MIN_COPIED_RUN = 4
MIN_COPIED_PROSE = 3
# A short line ending like a sentence inside the story is a paragraph ("He declined to comment.").
MIN_SHORT_SENTENCE_WORDS = 3
# Table cells and rows: a row of numbers is the table's data, not a post's counts.
TABLE_TAGS = frozenset({"td", "th", "tr"})
# A mostly-link line of fewer words than this is navigation, not text.
MAX_LINK_LINE_WORDS = 12
# Share of a segment's characters inside links above which it is a link, not text.
MAX_BODY_LINK_DENSITY = 0.6
# More lines than this between two paragraphs, and the story may have ended above them.
STORY_GAP_LINES = 20
# A later block of prose is part of the story if it weighs this share of the main block.
MIN_LATER_PART_SHARE = 0.1
# Share of prose words in lines set apart by empty lines from which only those bound the story.
MIN_SET_APART_SHARE = 0.25
# One prose line set apart (a tag cloud, a notice) says nothing about how the story is laid out.
MIN_SET_APART_LINES = 2
# Teaser cards come in rows: this many blurbs under date lines make a row of cards.
MIN_CARDS = 3
# A card's title glued to its blurb: a lower-case letter, a digit or a title's closing mark run
# into a capital ("CaseA man", "250,000The", "Rise?Violence"), within the first
# characters of the line; the title is title case (most of its longer words capitalised) and
# the blurb a sentence.
_GLUE = re.compile(r"[a-z0-9?!’'\")](?=[A-Z])")
MAX_GLUED_TITLE_CHARS = 200
MIN_GLUED_TITLE_WORDS = 3
MIN_GLUED_BLURB_WORDS = 8
MAX_GLUED_BLURB_WORDS = 40
TITLE_CASE_WORD_CHARS = 4
TITLE_CASE_SHARE = 0.7
# In a dump without empty lines, a light group of prose above the headline, far above the
# story's main part, whose lines are card blurbs (each this short, none run into the next: a
# title line between) is a mega menu's item blurbs or a row of teaser cards, not the story's
# start. (Below the headline such a group is as often the story's own: a glossary of settings.)
MAX_CARD_BLURB_WORDS = 25
# Prose lines following one another, this many or more, are a story even without empty lines.
MIN_PROSE_RUN = 3
# A teaser's blurb is often cut short; a line cut short does not bound the story.
ELLIPSES = ("...", "…")
# Subheadings are short.
MAX_SUBHEADING_WORDS = 14
# In a dump without empty lines, a line of an unmarked list after "...:" is this short.
MAX_UNMARKED_ITEM_WORDS = 12
# ... and such a list has at most this many lines; more is a menu.
MAX_UNMARKED_ITEMS = 15
# How far below the intro line its items are looked for (furniture lines between them count):
# a bound, so that a page of many such intro lines stays linear.
MAX_UNMARKED_LIST_SPAN = 60
# A line under a list item belongs to the list when the next item comes this soon after it.
MAX_LINES_BETWEEN_ITEMS = 1
# A run of at least this many bulleted items of one or two words is a menu.
MIN_MENU_ITEMS = 20
MAX_MENU_ITEM_WORDS = 2
# A menu's items are mostly one or two words; a few run to four ("Food & Drink", "TV Shows A-Z").
MAX_MENU_LONG_ITEM_WORDS = 4
MIN_MENU_SHORT_SHARE = 0.8
# A list's intro of one or two words ("Pros:", "Ideal for:", "Pricing:"); a longer one ends
# like a sentence and is story text already.
MAX_SHORT_INTRO_WORDS = 2
# A line printed twice in a row in page text is an image's alt text over its caption, or a
# teaser card's title over its link: neither copy is story text. A story's paragraph printed
# twice (a copy for another screen size) is longer.
MIN_DOUBLED_WORDS = 4
MAX_DOUBLED_WORDS = 30
# An author's bio is a sentence or more, and its opening apposition ("Jane Doe, a former
# teacher, writes ...") a few words; a first name alone stands for the byline's person only
# when the byline names them in full.
MIN_BIO_WORDS = 8
MAX_BIO_APPOSITION_CHARS = 60
MIN_FULL_NAME_WORDS = 2
# A fact line's label ("Battery life: 12 hours") is a few words.
MAX_FACT_LABEL_WORDS = 4
# A label opening this many lines is a speaker's in an interview or transcript ("Jane Roe:
# ..."); a heading's label ("Update:", "Analysis:") comes once or twice.
MIN_SPEAKER_TURNS = 3
# An ad break inside a paragraph is a line or two ("Advertisement", "SKIP ADVERTISEMENT").
MAX_AD_BREAK_LINES = 2
# A numbered title line's paragraph comes within this many lines (an ad break's line between).
ITEM_HEADING_REACH = 3
# Explainers use questions as subheadings ("What happened?"); longer questions are text.
MAX_QUESTION_HEADING_WORDS = 8
# A list without bullets (a browser copy prints <li> as bare lines) reads as sentence pieces:
# lines of a few words, most of them lower case ("Draw up a budget", "Book the venue early"),
# where menus and teaser titles are title case ("Food & Drink", "Best Budget Phones").
MIN_FRAGMENT_WORDS = 3
MIN_FRAGMENT_LOWER_SHARE = 0.6
# ... and the items come several in a row: two such lines are as often a teaser's headline
# over its blurb, or a caption over a credit (news sites write headlines in sentence case).
MIN_FRAGMENT_RUN = 3
# ... and its words are words: a line of code ("if err != nil {", "return fmt.Errorf(err)")
# is mostly lower case too, but holds braces, assignments, calls or a closing semicolon, and
# many of its tokens open with no letter.
_CODE_MARK = re.compile(r"[{}=]|\w\(|;$")
MIN_FRAGMENT_WORD_SHARE = 0.6
# Code printed in a page (a <pre> block, one line per line of code): lines that end in a brace,
# bracket or semicolon, open with a closing brace or a comment mark ("//", "# ", "--"), a shell
# or REPL prompt ("$ ", ">>> "), import a module, assign ("name = value", "x += 1") or call
# ("f(x)"; not "Email(Required)", a form's label), or hold an operator of code ("=>", "==",
# "!=", "&&", "::", "->" before a name; not "Read more ->").
_CODE_SHAPE = re.compile(
    r"[{}\[(;]\s*$|^\s*(?:[}\])]|//|/\*|\*/|#\s|--\s|\$\s|>>>\s)"
    r"|^\s*(?:[\w.$]+\s+){0,2}[\w.$\[\]]+\s*[-+*/%|&:]?=[^=]"
    r"|\w\((?![A-Z][a-z])|=>|->(?=\s*[\w(\[])|[=!]==?|&&|\|\||::"
    r"|^\s*(?:import\s+[\w.]+\s*;?$|from\s+[\w.]+\s+import\s)"
)
# _CODE_SHAPE is read in three parts, which together match the lines it matches (a test keeps
# them together): searched as one, its branches anchored at the line's start are tried at every
# character of every line. The line's last character (before spaces) ...
_CODE_LAST_CHARS = "{}[(;"
# ... the branches anchored at its start, tried once ...
_CODE_OPENING = re.compile(
    r"^\s*(?:[}\])]|//|/\*|\*/|#\s|--\s|\$\s|>>>\s)"
    r"|^\s*(?:[\w.$]+\s+){0,2}[\w.$\[\]]+\s*[-+*/%|&:]?=[^=]"
    r"|^\s*(?:import\s+[\w.]+\s*;?$|from\s+[\w.]+\s+import\s)"
)
# ... and the operators anywhere, each branch opening with a character of its own, so the
# search skips every other character at once ("f(" is found at its bracket, looking back).
_CODE_OPERATOR = re.compile(
    r"\((?<=\w\()(?![A-Z][a-z])|=>|->(?=\s*[\w(\[])|===?|!==?|&&|\|\||::"
)
# ... and lines of code with none of those marks open with a keyword ("return null", "else").
_CODE_KEYWORD = re.compile(
    r"^\s*(?:def|class|return|import|from|const|let|var|function|func|package|fn|pub|if|elif|"
    r"else|for|while|try|except|finally|catch|switch|case|break|continue|async|await|export|"
    r"public|private|static|void|end|done|fi|then|do|yield|raise|throw|new|select|with)\b"
)
# A block of code is at least this many marked lines, all different (a template's
# "{{ item.title }}" printed once per menu item is a menu), ...
MIN_CODE_LINES = 3
# ... marked lines at least this share of it (the rest: keyword lines and short bare lines).
MIN_CODE_SHARE = 0.4
# A bare line inside a block of code (a closing "end", a value printed) is this short.
MAX_BARE_CODE_WORDS = 6


def _next_free(doc: Document, segment: Segment) -> Segment | None:
    for follower in doc.segments[segment.index + 1 :]:
        if follower.label is None or follower.label.role is Role.BODY:
            return follower
        if follower.label.role is Role.BOILERPLATE:
            return None
    return None


def _is_text_body(doc: Document, segment: Segment, list_open: bool) -> bool:
    text = segment.text
    if prose_line(segment):
        return True
    if segment.kind in (BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.QUOTE) or list_open:
        return True
    if word_count(text) >= MIN_SHORT_SENTENCE_WORDS and ends_like_sentence(text):
        return True
    if (
        word_count(text) <= MAX_SUBHEADING_WORDS
        and looks_like_title(text)
        and _text_follows(doc, segment)
    ):
        return True
    return (
        _labelled_fact(doc, segment)
        or _fragment_list(doc, segment)
        or _short_list_intro(doc, segment)
    )


def _short_list_intro(doc: Document, segment: Segment) -> bool:
    """A line of one or two words ending in a colon ("Pros:", "Ideal for:") right under story
    text, with a list item right under it (a short line, no empty line between), introduces a
    list of the story; a navigation label ("Search for:", "Tags:", "Compare:") heads links."""
    text = segment.text.rstrip()
    if (
        not text.endswith(":")
        or word_count(text) > MAX_SHORT_INTRO_WORDS
        or NAVIGATION_LABEL.match(text)
    ):
        return False
    above = doc.segments[segment.index - 1] if segment.index else None
    if above is None or above.label is None or above.label.role is not Role.BODY:
        return False  # a menu's label under the masthead, a teaser box's under a share bar
    following = segment.index + 1
    if following >= len(doc.segments):
        return False
    item = doc.segments[following]
    if item.label is not None or item.blank_before:
        return False
    return item.kind is BlockKind.LIST_ITEM or _unmarked_item(item)


def _is_fragment(segment: Segment) -> bool:
    """A line that reads as a piece of a sentence, not as a title or a label."""
    text = segment.text
    if segment.words < MIN_FRAGMENT_WORDS or _CODE_MARK.search(text):
        return False
    label = LABELLED_FACT.match(text)
    if label is not None and word_count(label.group(1)) > MAX_FACT_LABEL_WORDS:
        return False  # "Posted by the editors of the paper: Jane" is a credit, not an item
    tokens = text.split()
    words = sum(1 for token in tokens if token[0].isalpha())
    return (
        words >= MIN_FRAGMENT_WORD_SHARE * len(tokens)
        and lower_case_share(text) >= MIN_FRAGMENT_LOWER_SHARE
    )


def _fragment_list(doc: Document, segment: Segment) -> bool:
    """A sentence piece in a run of MIN_FRAGMENT_RUN or more run into one another (no empty
    line between) inside the story is an item of a list without bullets ("Draw up a budget",
    "Book the venue early", "Send the invitations"); one or two alone may be an image's
    description, a teaser or a promo line."""
    if not _is_fragment(segment):
        return False
    segments = doc.segments
    run = 1
    position = segment.index
    while run < MIN_FRAGMENT_RUN and position > 0 and not segments[position].blank_before:
        position -= 1
        if not _list_fragment(segments[position]):
            break
        run += 1
    position = segment.index + 1
    while (
        run < MIN_FRAGMENT_RUN
        and position < len(segments)
        and not segments[position].blank_before
        and _list_fragment(segments[position])
    ):
        run += 1
        position += 1
    return run >= MIN_FRAGMENT_RUN


def _list_fragment(segment: Segment) -> bool:
    """A free (or story) line that reads as a sentence piece and is no paragraph."""
    return (
        (segment.label is None or segment.label.role is Role.BODY)
        and _is_fragment(segment)
        and not prose_line(segment)
    )


def _labelled_fact(doc: Document, segment: Segment) -> bool:
    """A "label: value" line right after story text is a fact of the story (a spec line
    "Resolution: 5MP", a speaker's line "Kat: Then what?"), not furniture."""
    found = LABELLED_FACT.match(segment.text)
    if found is None or word_count(found.group(1)) > MAX_FACT_LABEL_WORDS:
        return False
    above = doc.segments[segment.index - 1] if segment.index else None
    return above is not None and above.label is not None and above.label.role is Role.BODY


def _speaker_labels(free: list[Segment]) -> frozenset[str]:
    """The labels of an interview's or a transcript's turns: a name of a few words before a
    colon opening MIN_SPEAKER_TURNS lines or more ("Jane Roe: Where did it start?")."""
    counts: dict[str, int] = {}
    for segment in free:
        found = LABELLED_FACT.match(segment.text)
        if found is not None and word_count(found.group(1)) <= MAX_FACT_LABEL_WORDS:
            label = found.group(1).casefold()
            counts[label] = counts.get(label, 0) + 1
    return frozenset(label for label, count in counts.items() if count >= MIN_SPEAKER_TURNS)


def _speaker_turn(segment: Segment, speakers: frozenset[str]) -> bool:
    """True for a line opened by a speaker's label: the speaker's words, never a subheading."""
    found = LABELLED_FACT.match(segment.text) if speakers else None
    return found is not None and found.group(1).casefold() in speakers


def _code_mark(segment: Segment) -> bool:
    """A line marked as code by its punctuation (see _CODE_SHAPE); a paragraph never is."""
    return not prose_line(segment) and _code_shaped(segment.text)


def _code_shaped(text: str) -> bool:
    """``_CODE_SHAPE.search(text) is not None``, read in its three parts."""
    last = text.rstrip()[-1:]
    return (
        (last != "" and last in _CODE_LAST_CHARS)
        or _CODE_OPENING.match(text) is not None
        or _CODE_OPERATOR.search(text) is not None
    )


def _code_filler(segment: Segment) -> bool:
    """A line that may sit inside a block of code without a mark: a keyword line ("return
    null", "else") or a short line not shaped as a sentence."""
    if prose_line(segment):
        return False
    if _CODE_KEYWORD.match(segment.text):
        return True
    text = segment.text.rstrip()
    return segment.words <= MAX_BARE_CODE_WORDS and not text.endswith((".", "!", "?", ":"))


def _code_lines(doc: Document) -> set[int]:
    """Lines of blocks of code printed in page text (a <pre> of a technical blog prints every
    line of code as its own line): runs of free lines from one marked line (see _CODE_SHAPE)
    to another, at least MIN_CODE_LINES different marked lines and marked lines at least
    MIN_CODE_SHARE of the run, with only keyword lines and short bare lines between. The story
    goes on past such a block, and the gold of a story keeps its code."""
    code: set[int] = set()
    run: list[int] = []  # a run from a marked line to the last marked line so far
    pending: list[int] = []  # unmarked lines after the run's last marked line
    marked: list[str] = []  # the run's marked lines

    def close() -> None:
        if len(set(marked)) >= MIN_CODE_LINES and len(marked) >= MIN_CODE_SHARE * len(run):
            code.update(run)

    for segment in doc.segments:
        free = segment.label is None or segment.label.role is Role.BODY
        if free and _code_mark(segment):
            run.extend(pending)
            run.append(segment.index)
            pending = []
            marked.append(segment.text)
        elif free and run and _code_filler(segment):
            pending.append(segment.index)
        else:
            close()
            run, pending, marked = [], [], []
    close()
    return code


def _is_subheading(doc: Document, segment: Segment) -> bool:
    """A short title-shaped line (no sentence end) followed by a paragraph."""
    if segment.kind is not BlockKind.PARAGRAPH or prose_line(segment):
        return segment.kind is BlockKind.HEADING
    if word_count(segment.text) > MAX_SUBHEADING_WORDS or not looks_like_title(segment.text):
        return False
    if INTERVIEW_TURN.match(segment.text):
        return False  # an interviewer's question, as much the text as the answer under it
    if ends_like_sentence(segment.text) and not (
        segment.text.rstrip().endswith("?")
        and word_count(segment.text) <= MAX_QUESTION_HEADING_WORDS
    ):
        return False
    return _text_follows(doc, segment)


def _item_heading(doc: Document, segment: Segment, previous: Segment | None) -> bool:
    """A numbered or bulleted title line with a paragraph (or a list's intro) under it, not in
    a list: a heading ("1. What is a heat dome?" over its answer). The paragraph above is no
    list's intro ("...:") and the line above is no marked item (the list's last item has
    prose under it)."""
    if segment.kind is not BlockKind.LIST_ITEM or previous is None:
        return False
    if previous.kind is BlockKind.LIST_ITEM and previous.label is not None and (
        previous.label.reason != "list item without a bullet"
    ):
        return False
    if previous.text.rstrip().endswith(":"):
        return False
    text = segment.text.rstrip()
    if word_count(text) > MAX_SUBHEADING_WORDS or not looks_like_title(text):
        return False
    if ends_like_sentence(text) and not (
        text.endswith("?") and word_count(text) <= MAX_QUESTION_HEADING_WORDS
    ):
        return False
    # the paragraph may come after an ad break's line
    for following in doc.segments[segment.index + 1 : segment.index + 1 + ITEM_HEADING_REACH]:
        if following.label is None or following.label.role is Role.BODY:
            return prose_line(following) or following.text.rstrip().endswith(":")
    return False


def _text_follows(doc: Document, segment: Segment) -> bool:
    """True if story text (a paragraph, or a line introducing a list) comes next."""
    following = _next_free(doc, segment)
    if following is None:
        return False
    return prose_line(following) or following.text.rstrip().endswith(":")


def _prose_clusters(
    doc: Document, prose: list[int], code: set[int]
) -> tuple[list[list[int]], list[int], int]:
    """Prose lines grouped where more than STORY_GAP_LINES other lines part them (lines of code
    do not count: a long code block is part of the story), the words of each group, and the
    heaviest group (the story's main part)."""
    clusters: list[list[int]] = [[prose[0]]]
    for position in prose[1:]:
        previous = clusters[-1][-1]
        gap = position - previous - sum(1 for i in range(previous + 1, position) if i in code)
        if gap > STORY_GAP_LINES:
            clusters.append([])
        clusters[-1].append(position)
    weights = [sum(word_count(doc.segments[i].text) for i in cluster) for cluster in clusters]
    return clusters, weights, max(range(len(clusters)), key=lambda c: weights[c])


def _story_end(doc: Document, prose: list[int], code: set[int]) -> int:
    """The last story paragraph: prose far below the story (a gap of other lines, then a few
    paragraphs) is teasers, bios and small print, unless it weighs as much as a story part."""
    clusters, weights, main = _prose_clusters(doc, prose, code)
    end = main
    for later in range(main + 1, len(clusters)):
        if weights[later] < weights[main] * MIN_LATER_PART_SHARE:
            break
        end = later
    return clusters[end][-1]


def _story_start(doc: Document, prose: list[int], code: set[int]) -> int:
    """In a dump without empty lines: the first prose line that may start the story. Groups of
    card blurbs above the headline, far above the story's main part, that weigh little against
    it (see MAX_CARD_BLURB_WORDS) are header, and so is what comes before them."""
    headline = doc.with_role(Role.HEADLINE)
    if not headline:
        return prose[0]
    clusters, weights, main = _prose_clusters(doc, prose, code)
    start = main
    for earlier in range(main - 1, -1, -1):
        cluster = clusters[earlier]
        if (
            cluster[-1] < headline[0].index
            and weights[earlier] < weights[main] * MIN_LATER_PART_SHARE
            and all(doc.segments[i].words <= MAX_CARD_BLURB_WORDS for i in cluster)
            and all(below - above > 1 for above, below in itertools.pairwise(cluster))
        ):
            break
        start = earlier
    return clusters[start][0]


def _menu_gaps(doc: Document, prose: list[int], code: set[int]) -> set[int]:
    """Lines between a lone light prose line far above the story (a standfirst or a promo) and
    the story: their bulleted items are a menu, not a list of the story, unless the line
    introduces them ("...:")."""
    clusters, weights, main = _prose_clusters(doc, prose, code)
    gaps: set[int] = set()
    for position in range(main):
        lone = clusters[position]
        if len(lone) > 1 or weights[position] >= weights[main] * MIN_LATER_PART_SHARE:
            break
        if doc.segments[lone[0]].text.rstrip().endswith(":"):
            break
        gaps.update(range(lone[0] + 1, clusters[position + 1][0]))
    return gaps


def _link_menus(doc: Document) -> set[int]:
    """Long runs of bulleted items of one or two words ("Stars", "Food & Drink" now and then):
    a site's menu printed in the page, not a list of the story (a story's list of single words
    is short, or introduced by "...:")."""
    menus: set[int] = set()
    run: list[int] = []
    for segment in [*doc.segments, None]:
        if (
            segment is not None
            and segment.kind is BlockKind.LIST_ITEM
            and segment.words <= MAX_MENU_LONG_ITEM_WORDS
        ):
            run.append(segment.index)
            continue
        if segment is not None and segment.label is not None and run:
            continue  # furniture between menu items does not end the menu
        introduced = run and run[0] > 0 and doc.segments[run[0] - 1].text.rstrip().endswith(":")
        short = sum(1 for i in run if doc.segments[i].words <= MAX_MENU_ITEM_WORDS)
        if short >= MIN_MENU_ITEMS and short >= len(run) * MIN_MENU_SHORT_SHARE and not introduced:
            menus.update(run)
        run = []
    return menus


def _is_set_apart(doc: Document, position: int) -> bool:
    """True for a line with an empty line before or after it (a paragraph in the dump)."""
    segments = doc.segments
    return segments[position].blank_before or (
        position + 1 < len(segments) and segments[position + 1].blank_before
    )


def _prose_runs(doc: Document, prose: list[int]) -> set[int]:
    """Prose lines in a run of MIN_PROSE_RUN or more that follow one another, none cut short
    with an ellipsis (a story in <div>s, not a ticker of teaser blurbs)."""
    in_runs: set[int] = set()
    run: list[int] = []
    for position in [*prose, -2]:
        if run and position == run[-1] + 1:
            run.append(position)
            continue
        if len(run) >= MIN_PROSE_RUN and not any(
            doc.segments[i].text.rstrip().endswith(ELLIPSES) for i in run
        ):
            in_runs.update(run)
        run = [position]
    return in_runs


def _set_apart(doc: Document, prose: list[int]) -> list[int]:
    """The prose lines that bound the story: in a dump that sets paragraphs apart with empty
    lines, when a good part of the prose is set apart, lone prose lines run into their
    neighbours are teaser cards and link blurbs (innertext and lynx give a <div> no empty line,
    a <p> one; teasers may outweigh the story, so a quarter is enough). A run of prose lines
    (a story in <div>s) still counts."""
    runs = _prose_runs(doc, prose)
    apart = [i for i in prose if _is_set_apart(doc, i) or i in runs]
    if (
        len(apart) == len(prose)
        or sum(1 for i in prose if _is_set_apart(doc, i)) < MIN_SET_APART_LINES
    ):
        return prose
    words_apart = sum(word_count(doc.segments[i].text) for i in apart)
    words_all = sum(word_count(doc.segments[i].text) for i in prose)
    return apart if words_apart >= words_all * MIN_SET_APART_SHARE else prose


def _card_blurbs(doc: Document, prose: list[int]) -> set[int]:
    """Blurbs of teaser cards (title, author, date, one paragraph): prose lines right under a
    date line with no prose after them, when the page has several (a story's first paragraph
    under its date line goes on with a second)."""
    is_prose_line = set(prose)
    segments = doc.segments
    blurbs = set()
    for i in prose:
        above = segments[i - 1].label if i > 0 else None
        if above is not None and above.role is Role.DATE and i + 1 not in is_prose_line:
            blurbs.add(i)
    return blurbs if len(blurbs) >= MIN_CARDS else set()


def _image_cards(doc: Document, prose: list[int]) -> set[int]:
    """Teaser cards of a grid (an image, then its title run into its blurb on one line): prose
    lines right under an image line with no empty line between, when the page has several. A
    story's paragraph under its photo is set apart (innertext and lynx give <p> empty lines)."""
    segments = doc.segments
    cards = {
        i
        for i in prose
        if i > 0
        and (IMAGE_FILE.match(segments[i - 1].text) or IMAGE_ALT_LINE.match(segments[i - 1].text))
        and not segments[i].blank_before
    }
    return cards if len(cards) >= MIN_CARDS else set()


def _glued_cards(doc: Document, prose: list[int]) -> set[int]:
    """Teaser cards of a grid whose title runs into its blurb with no space between, as a WET
    record joins a card's blocks ("Police Name Two Suspects In Harbour Theft CaseA man and a
    woman were ..."): a title-case title glued to a short blurb, MIN_CARDS or more with no other
    paragraph between them (a list article may glue an item's heading to its paragraph, but
    its items' paragraphs are longer or more than one)."""
    segments = doc.segments
    cards: set[int] = set()
    row: list[int] = []  # glued cards with no other paragraph between them
    for i in prose:
        if _glued_card(segments[i].text):
            row.append(i)
            continue
        if len(row) >= MIN_CARDS:
            cards.update(row)
        row = []
    if len(row) >= MIN_CARDS:
        cards.update(row)
    return cards


def _glued_card(text: str) -> bool:
    for glue in _GLUE.finditer(text, 0, MAX_GLUED_TITLE_CHARS):
        title, blurb = text[: glue.end()], text[glue.end() :]
        long_words = [w for w in title.split() if len(w) >= TITLE_CASE_WORD_CHARS]
        if (
            word_count(title) >= MIN_GLUED_TITLE_WORDS
            and long_words
            and sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)
            and looks_like_title(title)
            and MIN_GLUED_BLURB_WORDS <= word_count(blurb) <= MAX_GLUED_BLURB_WORDS
        ):
            return True
    return False


def _cards_start(doc: Document, prose: list[int], cards: set[int], last: int) -> int:
    """The story's last line before a row of teaser cards that follows it: what comes after the
    first card (captions, more blurbs) is the cards' zone, when most of the prose came before."""
    if not cards:
        return last
    start = min(cards)
    before = sum(word_count(doc.segments[i].text) for i in prose if i < start)
    after = sum(
        word_count(doc.segments[i].text) for i in prose if i > start and i not in cards
    )
    return min(last, start) if before >= after else last


def _list_goes_on(doc: Document, item: Segment) -> bool:
    """In a dump that sets paragraphs apart, the next line of a list without bullets follows
    its item with no empty line (innertext gives <li> no empty line, <p> one)."""
    following = item.index + 1
    return following < len(doc.segments) and not doc.segments[following].blank_before


def _between_items(doc: Document, segment: Segment) -> bool:
    """A line run into the list item above it with another item right below (a link printed
    under each item of "1) Title" lines): part of the list, not what follows it."""
    if segment.blank_before or segment.kind is not BlockKind.PARAGRAPH:
        return False
    below = doc.segments[segment.index + 1 : segment.index + 1 + MAX_LINES_BETWEEN_ITEMS]
    return any(follower.kind is BlockKind.LIST_ITEM for follower in below)


def _unmarked_item(segment: Segment) -> bool:
    """In a dump with no empty lines at all (a WET record), a list without bullets can only
    be told by its lines: short, not paragraphs, not subheadings."""
    return (
        segment.kind is BlockKind.PARAGRAPH
        and segment.words <= MAX_UNMARKED_ITEM_WORDS
        and not prose_line(segment)
    )


def _unmarked_list_follows(doc: Document, intro: Segment) -> bool:
    """In a dump with no empty lines, a list under "...:" is a few short lines up to the next
    line that introduces a list; a longer run of them is a menu ("Or jump to search for:" over
    the site's sections)."""
    items = 0
    for follower in doc.segments[intro.index + 1 : intro.index + 1 + MAX_UNMARKED_LIST_SPAN]:
        if follower.label is not None:
            continue
        if not _unmarked_item(follower) or follower.text.rstrip().endswith(":"):
            break  # a paragraph, or the next list's intro ("Best budget pick:")
        items += 1
        if items > MAX_UNMARKED_ITEMS:
            return False
    return True


def _closing_sentences(doc: Document, last: int) -> int:
    """The story's end moved past the short sentences right after its last paragraph
    ("Authorities say the cases appear to be unrelated."): a story may end on a short line."""
    for follower in doc.segments[last + 1 :]:
        if follower.label is not None and follower.label.role is not Role.BODY:
            break
        text = follower.text
        if not (word_count(text) >= MIN_SHORT_SENTENCE_WORDS and ends_like_sentence(text)):
            break
        last = follower.index
    return last


def _text_body(doc: Document, code: set[int]) -> None:
    free = [s for s in doc.segments if s.label is None]
    prose = [s.index for s in free if prose_line(s)]
    if not prose:
        # No paragraph at all: keep what reads as sentences, so a short note is not emptied.
        for segment in free:
            if (
                ends_like_sentence(segment.text)
                and word_count(segment.text) >= MIN_SHORT_SENTENCE_WORDS
            ):
                doc.label(segment, Role.BODY, NAME, "sentence (no longer paragraph on the page)")
            else:
                doc.label(segment, Role.BOILERPLATE, NAME, "navigation")
        return
    first, last = prose[0], _story_end(doc, prose, code)
    blanks = any(s.blank_before for s in doc.segments)
    menus = _menu_gaps(doc, prose, code) | _link_menus(doc)
    cards = _card_blurbs(doc, prose)
    glued_cards = _glued_cards(doc, prose)
    image_cards = (_image_cards(doc, prose) if blanks else set()) | glued_cards
    bounds = [i for i in _set_apart(doc, prose) if i <= _cards_start(doc, prose, cards, last)]
    bounds = [
        i
        for i in bounds
        if i not in cards
        and i not in image_cards
        and not doc.segments[i].text.rstrip().endswith(ELLIPSES)
    ]
    if not blanks:
        start = _story_start(doc, prose, code)
        bounds = [i for i in bounds if i >= start] or bounds
    if bounds:
        first, last = bounds[0], bounds[-1]
    last = _closing_sentences(doc, last)
    list_open = False
    bulletless: set[int] = set()
    heading_shaped: set[int] = set()  # bulletless items a subheading's shape: they end the list
    previous: Segment | None = None  # the last line taken as story text
    speakers = _speaker_labels(free)
    for segment in free:
        if segment.index < first:
            doc.label(segment, Role.BOILERPLATE, NAME, "header")
        elif segment.index > last:
            if list_open and (
                segment.kind is BlockKind.LIST_ITEM or _between_items(doc, segment)
            ):
                doc.label(segment, Role.BODY, NAME, "list item")
                continue
            doc.label(segment, Role.BOILERPLATE, NAME, "footer")
            list_open = False
        elif segment.index in glued_cards:
            doc.label(segment, Role.BOILERPLATE, NAME, "teaser card")
            list_open = False
            continue
        elif segment.index in menus and segment.kind is BlockKind.LIST_ITEM:
            doc.label(segment, Role.BOILERPLATE, NAME, "menu between a lone line and the story")
            list_open = False
            continue
        elif segment.index in code and segment.kind is BlockKind.PARAGRAPH:
            doc.label(segment, Role.BODY, NAME, "line of code")
            list_open = False
            continue
        elif _is_text_body(doc, segment, list_open):
            if _item_heading(doc, segment, previous):
                segment.kind = BlockKind.HEADING
                doc.label(segment, Role.BODY, NAME, "subheading: numbered or bulleted title line")
            elif (
                list_open
                and _unmarked_item(segment)
                and not segment.text.rstrip().endswith(":")  # the next list's intro
                # a subheading opens with a capital; an item may not ("people over 65")
                and (segment.text[:1].islower() or not _is_subheading(doc, segment))
            ):
                # innerText prints a list's items without bullets: a short line under "...:"
                # (the list goes on, or ends, as it would for a paragraph or a subheading)
                bulletless.add(segment.index)
                if _is_subheading(doc, segment):
                    heading_shaped.add(segment.index)
                segment.kind = BlockKind.LIST_ITEM
                doc.label(segment, Role.BODY, NAME, "list item without a bullet")
            elif _is_subheading(doc, segment) and not _speaker_turn(segment, speakers):
                segment.kind = BlockKind.HEADING
                doc.label(segment, Role.BODY, NAME, "subheading: short title line before prose")
            else:
                doc.label(segment, Role.BODY, NAME, "story text")
        else:
            doc.label(segment, Role.BOILERPLATE, NAME, "short line inside the story")
        if segment.label is not None and segment.label.role is Role.BODY:
            previous = segment
            in_list = (
                (segment.kind is BlockKind.LIST_ITEM and segment.index not in bulletless)
                or (blanks and _list_goes_on(doc, segment))
                or (
                    not blanks
                    and segment.index not in heading_shaped
                    and (segment.index in bulletless or _unmarked_item(segment))
                )
            )
            opens = segment.text.rstrip().endswith(":") and (
                blanks or _unmarked_list_follows(doc, segment)
            )
            list_open = opens or (list_open and in_list)
        else:
            list_open = False


def _html_body(doc: Document) -> None:
    headline = doc.with_role(Role.HEADLINE)
    start = headline[0].index if headline else -1
    for segment in doc.segments:
        if segment.label is not None:
            continue
        text = segment.text
        if segment.index < start and not is_prose(text):
            doc.label(segment, Role.BOILERPLATE, NAME, "above the headline")
        elif segment.link_density > MAX_BODY_LINK_DENSITY and segment.words < MAX_LINK_LINE_WORDS:
            doc.label(segment, Role.BOILERPLATE, NAME, "navigation")
        elif (
            segment.kind is BlockKind.PARAGRAPH
            and segment.tag not in TABLE_TAGS
            and ENGAGEMENT_COUNTS.match(text)
        ):
            doc.label(segment, Role.BOILERPLATE, NAME, "engagement counts")
        else:
            if segment.kind is BlockKind.PARAGRAPH and "blockquote" in segment.context:
                segment.kind = BlockKind.QUOTE  # a <p> inside a <blockquote> is quoted text
            doc.label(segment, Role.BODY, NAME, "article text")


def _byline_names(doc: Document) -> tuple[tuple[str, bool], ...]:
    """The byline's people as a bio names them: in full, and by first name (with whether the
    name is the full one)."""
    if doc.byline is None:
        return ()
    names: list[tuple[str, bool]] = []
    for person in doc.byline.value.people:
        parts = person.split()
        if len(parts) >= MIN_FULL_NAME_WORDS:
            names.extend(((person, True), (parts[0], False)))
    return tuple(names)


def _opens_bio(text: str, names: tuple[tuple[str, bool], ...]) -> bool:
    """True for a line introducing one of ``names`` in the third person: the full name, perhaps
    an apposition between commas, then a bio's verb ("Jane Doe is a freelance writer ..."); or
    the first name, then a bio's opening ("Jane is a freelance writer ...", BIO_OPENINGS)."""
    for name, full in names:
        if not text.startswith(name):
            continue
        rest = text[len(name) :]
        if not full:
            if rest.startswith(" ") and rest[1:].startswith(BIO_OPENINGS):
                return True
            continue
        if rest.startswith(","):
            close = rest.find(",", 1, MAX_BIO_APPOSITION_CHARS + 2)
            if close < 0:
                continue
            rest = rest[close + 1 :]
        elif not rest.startswith(" "):
            continue  # "Janet" is not "Jane"
        verb = rest.split(None, 1)[:1]
        if verb and verb[0] in BIO_VERBS:
            return True
    return False


def _drop_author_bios(doc: Document) -> None:
    """Page text: a paragraph introducing the byline's author in the third person ("Jane Doe
    is a freelance writer based in Oslo.", "Jane has covered energy since 2015.") is the
    author's bio box (under the story, by the byline, in a sidebar), not story text; so is the
    box's heading right above it ("About Jane Doe", "Written by: Jane Doe")."""
    names = _byline_names(doc)
    if not names:
        return
    for segment in doc.with_role(Role.BODY):
        if segment.words < MIN_BIO_WORDS or not _opens_bio(segment.text, names):
            continue
        doc.label(segment, Role.BOILERPLATE, NAME, "author bio")
        above = doc.segments[segment.index - 1] if segment.index else None
        if (
            above is not None
            and above.kind is BlockKind.HEADING
            and above.label is not None
            and above.label.role is Role.BODY
        ):
            doc.label(above, Role.BOILERPLATE, NAME, "author bio")  # "About Jane Doe"


def _drop_tail_notes(doc: Document) -> None:
    """Author bios and print-edition notes at the very end of the body are not story text."""
    for segment in reversed(doc.with_role(Role.BODY)):
        reason = next((r for r, pattern in TAIL_NOTES if pattern.match(segment.text)), None)
        if reason is None:
            return
        doc.label(segment, Role.BOILERPLATE, NAME, reason)


def _drop_doubled_lines(doc: Document) -> None:
    """Page text: a short line followed by the very same line (an image's alt text over its
    caption, a card's title over its link) is no story text, in either copy."""
    for segment, following in itertools.pairwise(doc.segments):
        if (
            MIN_DOUBLED_WORDS <= segment.words <= MAX_DOUBLED_WORDS
            and following.text == segment.text
        ):
            for copy in (segment, following):
                if copy.label is not None and copy.label.role is Role.BODY:
                    doc.label(copy, Role.BOILERPLATE, NAME, "printed twice in a row")


def _drop_duplicates(doc: Document) -> None:
    seen: set[str] = set()
    for segment in doc.segments:
        if segment.label is None or segment.label.role is not Role.BODY:
            continue
        key = segment.text.casefold()
        if key in seen and word_count(segment.text) >= MIN_SHORT_SENTENCE_WORDS:
            doc.label(segment, Role.BOILERPLATE, NAME, "duplicate")
        seen.add(key)


def _drop_copied_runs(doc: Document) -> None:
    """HTML: a run of paragraphs that repeats an earlier run in the same order is a copy of the
    story for another screen size (site builders render it once per breakpoint and hide all
    but one with CSS). Single repeats, and repeated runs of short lines, stay: a meal plan, a
    training week or a table header repeats its items."""
    body = doc.with_role(Role.BODY)
    first_at: dict[str, int] = {}
    copy_of: list[int | None] = []
    for position, segment in enumerate(body):
        key = segment.text.casefold()
        copy_of.append(first_at.get(key))
        first_at.setdefault(key, position)
    run: list[Segment] = []
    for position, current in enumerate([*body, None]):
        original = copy_of[position] if current is not None else None
        follows = (
            run
            and original is not None
            and copy_of[position - 1] is not None
            and original == (copy_of[position - 1] or 0) + 1
        )
        if current is not None and original is not None and (not run or follows):
            run.append(current)
            continue
        if len(run) >= MIN_COPIED_RUN and sum(is_prose(c.text) for c in run) >= MIN_COPIED_PROSE:
            for copied in run:
                doc.label(copied, Role.BOILERPLATE, NAME, "copy for another screen size")
        run = [current] if current is not None and original is not None else []


def _join_ad_split_paragraphs(doc: Document) -> None:
    """Page text: a paragraph an ad break cuts inside its sentence ("... to keep the" /
    "Advertisement" / "flames from spreading ...") is one paragraph again: the part above ends
    with no sentence mark, the part below opens in lower case, and only ad lines (at most
    MAX_AD_BREAK_LINES) lie between. The part below is kept in the one above."""
    above: Segment | None = None
    gap: list[Segment] = []
    for segment in doc.segments:
        label = segment.label
        if label is None:
            above, gap = None, []
            continue
        if label.role is not Role.BODY:
            if above is not None and label.reason == "promo" and len(gap) < MAX_AD_BREAK_LINES:
                gap.append(segment)
            else:
                above, gap = None, []
            continue
        if (
            above is not None
            and gap
            and above.kind is BlockKind.PARAGRAPH
            and segment.kind is BlockKind.PARAGRAPH
            and segment.text[:1].islower()
            and not ends_like_sentence(above.text)
        ):
            above.text = f"{above.text} {segment.text}"
            above.words += segment.words
            doc.label(segment, Role.BOILERPLATE, NAME, "rest of the paragraph above an ad break")
        else:
            above = segment
        gap = []


@stage(NAME, requires={"boilerplate", "pull_quotes", "captions", "related"}, provides={"body"})
def body(doc: Document) -> None:
    """Label every free segment BODY or BOILERPLATE (with the reason)."""
    code = _code_lines(doc) if doc.kind == "text" else set()
    if doc.kind == "text":
        _text_body(doc, code)
    else:
        _html_body(doc)
    if doc.kind == "text":
        _drop_author_bios(doc)
        # page text repeats menus and teasers as bare lines; in HTML a repeated short block is
        # usually the story's own (recipe steps, refrains) and markup already placed it. Before
        # the tail notes: a sentence printed again under the writer's note hides it.
        _drop_doubled_lines(doc)
        _drop_duplicates(doc)
    else:
        _drop_copied_runs(doc)
    _drop_tail_notes(doc)
    if doc.kind == "text":
        _join_ad_split_paragraphs(doc)
