"""Stage ``main_content``: find the story's container in an HTML page and remove the rest.

How (one pass over the segments, linear in the page, no recursion):

1. A ``<noscript>`` copy of text the page also shows is removed (``hidden``).
2. Each segment gets a signed score: its words outside links count for it, its linked words
   and a fixed cost per block count against it, so menus and teaser lists score below zero.
3. The segments' ancestor elements form a tree; each element sums its subtree's scores. An
   element whose tag, role or class/id says furniture (``nav``, ``footer``, ``comments``,
   ``sidebar``...) passes up no positive score, so comment threads do not pull the choice
   towards ``<body>``; a furniture class on an element holding most of the page, or far more
   prose than such furniture holds, is taken for a misleading name and ignored.
4. The container is the element with the highest sum, weighted up for ``<article>``,
   ``itemprop=articleBody``, ``<main>`` and content-like class names, and down inside
   furniture; when class names leave only such discounted choices and the sums without them
   point far more clearly elsewhere, the class names are ignored. With no positive sum
   anywhere, the page keeps its text and loses only what its markup calls furniture.
5. If the container also holds teaser cards beside the story, it is narrowed to the element
   around the headline that holds most of the score; if it holds another ``<article>`` with a
   heading of the headline's rank (an endless scroll's next story), to the headline's own
   ``<article>``.
6. Outside the container every segment is boilerplate, except the headline and the short
   lines between it and the container (byline, date, standfirst, lead image caption), which
   later stages read.
7. Inside it, blocks under a furniture-hinted element are boilerplate, and so are runs of link
   lines (related stories, tag lists) and the headings that introduce removed furniture.
   Captions, pull quotes and single link lines stay unlabelled for the stages that know them.

Each removal carries its reason: navigation, header, footer, sidebar, comment, related, share,
promo, cookie, newsletter, advert, hidden or form. Page text has no markup: nothing is done.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs
from lxml.html import HtmlElement

from newsparse.document import Document, MarkupTree, NodeAttributes, Role, Segment
from newsparse.htmlblocks import hidden_by
from newsparse.model import BlockKind
from newsparse.patterns import html as patterns
from newsparse.pipeline import stage
from newsparse.textshape import ends_like_sentence

__all__ = ["main_content", "segment_score"]

NAME = "main_content"

# A word of Chinese or Japanese is about two letters long (Thai a little more).
LETTERS_PER_WORD = 2.0
# Each block costs this many words: a column of one-word labels sums below zero, while a
# heading of two words inside an article is paid for by the paragraphs around it.
SEGMENT_COST = 1.0
# A linked word counts this much against the block, so menus sum below zero; a harsher
# penalty loses articles that are lists of links (course lists, link roundups).
LINK_PENALTY = 0.5
# Weights of a container's score for markup that says "the story is here".
ARTICLE_BODY_BONUS = 1.3  # itemprop=articleBody: the publisher's own statement
ARTICLE_TAG_BONUS = 1.2  # <article>: also used for teasers, hence lower
MAIN_TAG_BONUS = 1.1  # <main>/role=main: usually the story plus its side furniture
POSITIVE_CLASS_BONUS = 1.1  # class/id like "entry-content", "story-body"
# A container inside an element whose class says furniture is usually a teaser or a comment;
# but layout grids carry names like "content-sidebar", so it is discounted, not excluded.
# Inside a <footer>, <nav> or an ARIA furniture landmark it is never the story.
UNDER_FURNITURE_FACTOR = 0.5
# When the best container found ignoring class names scores this many times the best one
# heeding them, the class names mislead on this page (a comment thread outscores its story
# by less than this).
HINT_DOUBT_RATIO = 3.0
# A furniture-hinted element holding more than this share of the page's positive score and
# of its blocks is a page wrapper with a misleading class ("has-sidebar", a page-wide <form>):
# its hint is ignored. (A long footer under a short story holds most of the score only.)
WRAPPER_SHARE = 0.5
# A segment is a link line when this share of its characters are link text.
LINK_LINE_DENSITY = 0.5
# Link lines this long or longer are teaser paragraphs, not menu entries.
LINK_LINE_MAX_WORDS = 25
# Consecutive link lines inside the story that make a list of links (related, tags); one
# alone ("Read more: ...") is left to the related stage.
MIN_LINK_RUN = 2
# Lines a furniture heading may have before its furniture ("Hungry for more? Try these:").
MAX_INTRO_LINES = 1
MAX_INTRO_WORDS = 20
# A share bar printed this many times on a page is each post's own (a liveblog), no box.
MIN_REPEATED_SHARE_BARS = 3
# Headings that may show the headline (some sites set it in <h2> and keep <h1> for the logo).
HEADLINE_TAGS = frozenset({"h1", "h2", "h3"})
# The element around the headline is the story's when it holds this share of the container's
# score: the rest is teasers and tickers beside it. (Lower, and a headline over a short intro
# in its own element would lose the body that follows.)
HEADLINE_NODE_SHARE = 0.4
# ... when less than this share of the container's prose comes before the headline (the
# story follows its headline; a heading repeating the title further down is a teaser) ...
HEADLINE_LEAD_SHARE = 0.4
# ... and when this share of the rest of the container are link lines: teaser cards carry a
# linked title each (one line in three or four), a story's own sections almost none.
TEASER_LINK_SHARE = 0.1
# The headline's own <article> is the story, beside another with a heading of its rank, when
# it holds this share of the container's prose: three preloaded stories give each about a
# third; an <article> around the story's header alone holds far less.
OWN_ARTICLE_SHARE = 0.2
# How many segments between the headline and the container may be the story's header
# (kicker, byline, date, standfirst, lead photo caption).
MAX_HEADER_GAP = 12
# Lines in that header longer than this are not furniture of the headline but page text.
MAX_HEADER_LINE_WORDS = 80

# A "related" or "teaser" box is links to other stories; one paragraph or two whose text is
# this unlinked, with this many words, is the story's own intro (German CMSs call the lede the
# "Teaser"). A list of cards has more blocks: a title and a summary each.
RELATED_MAX_LINK_SHARE = 0.05
RELATED_MIN_UNLINKED_WORDS = 15
RELATED_MAX_INTRO_BLOCKS = 2

# Deletes ASCII digits (str.translate table).
_NO_DIGITS = str.maketrans("", "", "0123456789")
# Longest class/id value read: hostile pages carry megabyte attributes.
MAX_ATTRIBUTE_CHARS = 512


@attrs.define
class _Node:
    """An element above some segments, with the sums of its subtree."""

    element: HtmlElement | None  # None when built from the walk's record of the markup
    parent: int
    reason: str | None  # the furniture this element is, from its own markup
    bonus: float
    landmark: bool  # furniture by tag or ARIA role (<footer>, role=navigation): reliable
    score: float = 0.0  # signed score of the subtree, after furniture hints
    raw: float = 0.0  # the same, heeding only landmarks (tags, ARIA roles, hidden)
    positive: float = 0.0  # positive score of the subtree, ignoring hints
    first: int = -1  # first and last segment index under it
    last: int = -1
    words: float = 0.0  # words of the subtree's segments, and how many of them are link text
    linked: float = 0.0
    article: bool = False  # an <article> element


def _word_count(text: str, spaced: int | None = None) -> float:
    """Words in a text; Chinese, Japanese and Thai, written without spaces, count by letters.
    ``spaced`` is ``len(text.split())`` when the caller has it (a segment's ``words``)."""
    words = float(len(text.split()) if spaced is None else spaced)
    if text.isascii():
        return words
    unspaced = len(patterns.UNSPACED_LETTER.findall(text))
    return words + unspaced / LETTERS_PER_WORD if unspaced else words


def segment_score(segment: Segment) -> float:
    """The signed content score of one block: prose scores high, links and crumbs below zero."""
    return _score(_word_count(segment.text), segment.link_density)


def _score(words: float, link_density: float) -> float:
    """``segment_score`` of a block with ``words`` words (counted once per page)."""
    if words == 0:
        return 0.0
    linked = words * link_density
    return (words - linked) - LINK_PENALTY * linked - SEGMENT_COST


@attrs.define
class _Memo:
    """What one page's elements were judged by, remembered for the page: verdicts per tag and
    attributes, the tokens of each class name, the furniture reason of each token."""

    verdicts: dict[_Key, _Verdict] = attrs.Factory(dict)
    names: dict[str, tuple[str, ...] | None] = attrs.Factory(dict)
    token_reasons: dict[str, str | None] = attrs.Factory(dict)


def _class_tokens(
    classes: str | None, ident: str | None, memo: _Memo
) -> tuple[list[str], list[str]]:
    """The whole class/id values and their tokens, lower-cased."""
    values: list[str] = []
    tokens: list[str] = []
    names = memo.names
    for value in (classes, ident):
        if value:
            for name in value[:MAX_ATTRIBUTE_CHARS].lower().split():
                if name in names:
                    parts = names[name]
                elif patterns.LAYOUT_FLAG.match(name):
                    parts = names[name] = None
                else:
                    parts = names[name] = tuple(
                        filter(None, patterns.CLASS_TOKEN_SPLIT.split(name))
                    )
                if parts is None:
                    continue  # "has-sidebar", "with-comments": how the page is laid out
                values.append(name)
                tokens.extend(parts)
    return values, tokens


def _token_reason(token: str, memo: _Memo) -> str | None:
    """The furniture a class token names ("sidebar", "share-buttons" by its prefix), if any."""
    if token in memo.token_reasons:
        return memo.token_reasons[token]
    reason = patterns.BOILERPLATE_TOKENS.get(token)
    if reason is None:
        match = patterns.BOILERPLATE_PREFIX.match(token)
        reason = patterns.BOILERPLATE_TOKENS[match.group(1)] if match else None
    memo.token_reasons[token] = reason
    return reason


def _furniture_reason(
    tag: str, role: str, values: list[str], tokens: list[str], positive: bool, memo: _Memo
) -> str | None:
    """Why an element is furniture, from its tag, role and class/id; None if it is not."""
    if tag in patterns.NEGATIVE_TAGS:
        return patterns.NEGATIVE_TAGS[tag]
    reason = patterns.NEGATIVE_ROLES.get(role)
    if reason:
        return reason
    for value in values:
        reason = patterns.BOILERPLATE_CLASSES.get(value)
        if reason:
            return reason
    if not patterns.KEEP_TOKENS.isdisjoint(tokens):
        return None
    known = memo.token_reasons
    for token in tokens:
        if token in patterns.NOT_FURNITURE_TOKENS:
            continue
        # the page's earlier answer, read here rather than through a call per token
        reason = known[token] if token in known else _token_reason(token, memo)
        if reason == "header" and positive:
            continue  # "article-header", "entry-header": the story's own header
        if reason == "share" and not patterns.EMBED_TOKENS.isdisjoint(tokens):
            continue  # "social-media-embed": a quoted post, not a share bar
        if reason:
            return reason
    return None


def _bonus(tag: str, role: str, itemprop: str, positive: bool) -> float:
    if not patterns.CONTENT_ITEMPROPS.isdisjoint(itemprop.split()):
        return ARTICLE_BODY_BONUS
    if tag == "article":
        return ARTICLE_TAG_BONUS
    if tag == "main" or role == "main":
        return MAIN_TAG_BONUS
    if positive:
        return POSITIVE_CLASS_BONUS
    return 1.0


_Key = tuple[str, "str | None", "str | None", "str | None", "str | None", "str | None"]
_Verdict = tuple["str | None", float, bool]
_HIDDEN: _Verdict = ("hidden", 1.0, True)
_NO_ATTRIBUTES = NodeAttributes()


def _shown_pull_quote(attributes: NodeAttributes) -> bool:
    """True for a pull quote hidden from screen readers only (``aria-hidden``, since it repeats
    a paragraph they read anyway): readers see it, and the pull-quote stage needs it."""
    classes = attributes.classes
    if not classes or attributes.aria_hidden != "true" or attributes.style:
        return False
    classes = classes[:MAX_ATTRIBUTE_CHARS]
    names = classes.lower().split()
    tokens = [t for name in names for t in patterns.CLASS_TOKEN_SPLIT.split(name)]
    return not patterns.PULL_QUOTE_CLASSES.isdisjoint(names + tokens) and not (
        patterns.VISUALLY_HIDDEN_CLASS.search(classes)
    )


def _judge(element: HtmlElement, tag: str, memo: _Memo) -> _Verdict:
    """An element's furniture reason (or None), its container bonus, and whether it is
    furniture by tag, ARIA role or hiding (reliable, unlike class names), from its markup."""
    return _judge_attributes(NodeAttributes.of(element), tag, memo)


def _judge_attributes(attributes: NodeAttributes, tag: str, memo: _Memo) -> _Verdict:
    """``_judge`` from attribute values already read.

    Pages repeat the same tag and class hundreds of times, so verdicts are cached per page."""
    classes, ident = attributes.classes, attributes.ident
    shown_quote = _shown_pull_quote(attributes)
    if attributes.hidden is not None or (attributes.aria_hidden == "true" and not shown_quote):
        return _HIDDEN
    # Digits never make furniture ("post-4163", "sidebar-2"): without them, more keys repeat.
    key: _Key = (tag, classes.translate(_NO_DIGITS) if classes else None,
                 ident.translate(_NO_DIGITS) if ident else None, attributes.role,
                 attributes.itemprop, attributes.style)
    verdict = memo.verdicts.get(key)
    if verdict is None:
        if hidden_by(attributes) and not shown_quote:
            verdict = _HIDDEN
        else:
            role = (key[3] or "").strip().lower()
            values, tokens = _class_tokens(key[1], key[2], memo)
            positive = not patterns.POSITIVE_TOKENS.isdisjoint(tokens)
            verdict = (
                _furniture_reason(tag, role, values, tokens, positive, memo),
                _bonus(tag, role, (key[4] or "").lower(), positive),
                tag in patterns.NEGATIVE_TAGS or role in patterns.NEGATIVE_ROLES,
            )
        memo.verdicts[key] = verdict
    return verdict


def _noscript_copies(segments: Sequence[Segment]) -> set[int]:
    """Segments in a <noscript> whose text the page also shows outside one: a copy for readers
    without scripts (a <noscript> that is the only copy of the story is kept)."""
    shown = {s.text for s in segments if "noscript" not in s.context}
    return {s.index for s in segments if "noscript" in s.context and s.text in shown}


def _build_tree(
    doc: Document, segments: Sequence[Segment], left_out: set[int]
) -> tuple[list[_Node], list[int]]:
    """The ancestor tree of the segments' elements, parents before children, and each
    segment's node (-1 for the segments ``left_out``). Each element is visited once, so the
    cost is linear in the tree. The walk's record of the markup is used when every segment
    with an element has its node in it (stages may add segments of their own)."""
    tree = doc.tree
    if tree is not None and all(s.node >= 0 or s.element is None for s in segments):
        return _build_from_markup(tree, segments, left_out)
    nodes: list[_Node] = []
    memo = _Memo()
    index_of: dict[HtmlElement, int] = {}
    node_of_segment: list[int] = []
    for segment in segments:
        element = segment.element
        if element is None or segment.index in left_out:
            node_of_segment.append(-1)
            continue
        path: list[HtmlElement] = []
        current: HtmlElement | None = element
        while current is not None and current not in index_of:
            path.append(current)
            current = current.getparent()
        parent = index_of[current] if current is not None else -1
        for item in reversed(path):
            tag = item.tag.lower() if isinstance(item.tag, str) else ""
            reason, bonus, landmark = _judge(item, tag, memo)
            nodes.append(
                _Node(element=item, parent=parent, reason=reason, bonus=bonus, landmark=landmark,
                      article=tag == "article")
            )
            parent = len(nodes) - 1
            index_of[item] = parent
        node_of_segment.append(index_of[element])
    return nodes, node_of_segment


def _build_from_markup(
    tree: MarkupTree, segments: Sequence[Segment], left_out: set[int]
) -> tuple[list[_Node], list[int]]:
    """``_build_tree`` from the walk's parents and attributes, without asking lxml again."""
    nodes: list[_Node] = []
    memo = _Memo()
    verdicts: dict[tuple[str, NodeAttributes | None], _Verdict] = {}
    parents, tags, attributes = tree.parents, tree.tags, tree.attributes
    index_of: dict[int, int] = {}
    node_of_segment: list[int] = []
    for segment in segments:
        if segment.element is None or segment.index in left_out:
            node_of_segment.append(-1)
            continue
        path: list[int] = []
        current = segment.node
        while current >= 0 and current not in index_of:
            path.append(current)
            current = parents[current]
        parent = index_of[current] if current >= 0 else -1
        for item in reversed(path):
            key = (tags[item], attributes[item])
            verdict = verdicts.get(key)
            if verdict is None:
                verdict = verdicts[key] = _judge_attributes(
                    key[1] or _NO_ATTRIBUTES, key[0].lower(), memo
                )
            # positional (element, parent, reason, bonus, landmark): a hot loop
            nodes.append(_Node(None, parent, *verdict))
            if key[0].lower() == "article":
                nodes[-1].article = True
            parent = len(nodes) - 1
            index_of[item] = parent
        node_of_segment.append(index_of[segment.node])
    return nodes, node_of_segment


def _sum_up(
    nodes: list[_Node], segments: Sequence[Segment], node_of: list[int], words_of: list[float]
) -> float:
    """Fill each node's subtree sums; returns the page's total positive score."""
    # Each node's own segments first (score and raw start as the own score; the sweeps below
    # add the children).
    for segment, n in zip(segments, node_of, strict=True):
        if n < 0:
            continue
        words = words_of[segment.index]
        score = _score(words, segment.link_density)
        node = nodes[n]
        node.score += score
        node.raw += score
        node.positive += max(score, 0.0)
        node.words += words
        node.linked += words * segment.link_density
        if node.first < 0:
            node.first = segment.index
        node.last = segment.index
    # Children come after their parents: a reverse sweep sees every child before its parent.
    for n in range(len(nodes) - 1, -1, -1):
        node = nodes[n]
        if node.parent >= 0:
            parent = nodes[node.parent]
            parent.positive += node.positive
            parent.words += node.words
            parent.linked += node.linked
            if node.first >= 0:
                parent.first = node.first if parent.first < 0 else min(parent.first, node.first)
                parent.last = max(parent.last, node.last)
    total = sum(node.positive for node in nodes if node.parent < 0)
    for n in range(len(nodes)):
        node = nodes[n]
        if node.reason is None:
            continue
        span = (node.last - node.first + 1) / len(segments) if node.first >= 0 else 0.0
        if (
            (node.positive > WRAPPER_SHARE * total and span > WRAPPER_SHARE)
            or node.positive > patterns.SHORT_FURNITURE.get(node.reason, node.positive)
            or (node.reason == "related" and _unlinked_prose(node))
        ):
            node.reason = None
            node.landmark = False
    for n in range(len(nodes) - 1, -1, -1):
        node = nodes[n]
        if node.parent >= 0:
            parent = nodes[node.parent]
            parent.score += min(node.score, 0.0) if node.reason is not None else node.score
            parent.raw += min(node.raw, 0.0) if node.landmark else node.raw
    return total


def _unlinked_prose(node: _Node) -> bool:
    """True for a paragraph or two without links to other stories: no teaser list, whatever
    its class says."""
    return (
        0 <= node.last - node.first < RELATED_MAX_INTRO_BLOCKS
        and node.words - node.linked >= RELATED_MIN_UNLINKED_WORDS
        and node.linked <= RELATED_MAX_LINK_SHARE * node.words
    )


def _choose(nodes: list[_Node]) -> tuple[int, bool]:
    """The container (-1 when nothing scores) and whether it was chosen ignoring class hints.

    Class names mislead more often than tags do ("sidebar-content" holds the story on some
    themes): when the best choice lies inside furniture by its class names, and the best
    choice that heeds only landmarks scores far higher, the class names are wrong for this
    page and the latter wins."""
    best, best_value, best_factor = -1, 0.0, 1.0
    plain, plain_value = -1, 0.0
    factor = [1.0] * len(nodes)  # discount for lying inside furniture
    for n, node in enumerate(nodes):
        if node.parent >= 0:
            parent = nodes[node.parent]
            factor[n] = factor[node.parent]
            if parent.landmark:
                factor[n] = 0.0
            elif parent.reason is not None:
                factor[n] = min(factor[n], UNDER_FURNITURE_FACTOR)
        if factor[n] == 0.0 or node.landmark:
            continue
        if node.raw * node.bonus > plain_value:
            plain, plain_value = n, node.raw * node.bonus
        if node.reason is not None or node.score <= 0:
            continue
        value = node.score * node.bonus * factor[n]
        if value > best_value:
            best, best_value, best_factor = n, value, factor[n]
    if plain >= 0 and best_factor < 1.0 and plain_value > HINT_DOUBT_RATIO * best_value:
        return plain, True
    return best, False


def _inner_reasons(nodes: list[_Node], container: int) -> list[str | None]:
    """For each node, the furniture reason of itself or its nearest hinted ancestor, counting
    only elements below the container (the container's own ancestors do not matter)."""
    inherited: list[str | None] = [None] * len(nodes)
    wrapper = WRAPPER_SHARE * nodes[container].positive
    for n, node in enumerate(nodes):
        if n == container:
            continue
        parent = inherited[node.parent] if node.parent >= 0 and node.parent != container else None
        own = node.reason if node.landmark or node.positive <= wrapper else None
        inherited[n] = own or parent
    return inherited


def _outer_reasons(nodes: list[_Node]) -> list[str | None]:
    inherited: list[str | None] = [None] * len(nodes)
    for n, node in enumerate(nodes):
        parent = inherited[node.parent] if node.parent >= 0 else None
        inherited[n] = node.reason or parent
    return inherited


def _is_link_line(segment: Segment, words_of: list[float]) -> bool:
    if segment.link_density < LINK_LINE_DENSITY:
        return False
    return words_of[segment.index] < LINK_LINE_MAX_WORDS


def _headline_segment(doc: Document) -> Segment | None:
    """The heading that shows the headline the metadata found, if any."""
    if doc.headline is None:
        return None
    wanted = doc.headline.value.lower()
    for segment in doc.segments:
        if segment.tag in HEADLINE_TAGS:
            text = segment.text.lower()
            if text in wanted or wanted in text:
                return segment
    return None


def _narrow_to_headline(
    nodes: list[_Node],
    node_of: list[int],
    container: int,
    headline: Segment | None,
    plain: bool,
    counted: list[int],
    link_lines: list[int],
    prose: list[float],
) -> int:
    """The lowest element around the headline that holds a good share of the container's score,
    when the rest of the container reads as teasers (a list of linked titles).

    A story's headline sits at the top of its own element; a bigger container that also holds
    teaser grids or tickers beside it scores higher only by adding them. A story whose sections
    are siblings of its header keeps them: they hold few links. ``counted[i]`` and
    ``link_lines[i]`` count the segments, and the link lines, among the first ``i`` segments
    that no furniture hint inside the container already removes; ``prose[i]`` sums the
    positive scores of the first ``i`` segments."""
    chosen = nodes[container]
    if headline is None or not chosen.first <= headline.index <= chosen.last:
        return container
    before = prose[headline.index] - prose[chosen.first]
    if before > HEADLINE_LEAD_SHARE * (prose[chosen.last + 1] - prose[chosen.first]):
        return container  # much of the story comes before it: a teaser repeating the title
    wanted = HEADLINE_NODE_SHARE * (chosen.raw if plain else chosen.score) * chosen.bonus
    if wanted <= 0:
        return container
    n = node_of[headline.index]
    while n >= 0 and n != container:
        node = nodes[n]
        value = (node.raw if plain else node.score) * node.bonus
        if (plain or node.reason is None) and value >= wanted:
            rest = (counted[chosen.last + 1] - counted[chosen.first]) - (
                counted[node.last + 1] - counted[node.first]
            )
            rest_links = (link_lines[chosen.last + 1] - link_lines[chosen.first]) - (
                link_lines[node.last + 1] - link_lines[node.first]
            )
            if rest > 0 and rest_links >= TEASER_LINK_SHARE * rest:
                return n
            return container
        n = node.parent
    return container


def _article_of(nodes: list[_Node], node_of: list[int], index: int, container: int) -> int:
    """The nearest ``<article>`` around segment ``index`` below the container (-1 if none, or
    if the segment is not in the container)."""
    found = -1
    n = node_of[index]
    while n >= 0:
        if n == container:
            return found
        if found < 0 and nodes[n].article:
            found = n
        n = nodes[n].parent
    return -1


def _own_article(
    nodes: list[_Node],
    node_of: list[int],
    segments: Sequence[Segment],
    container: int,
    headline: Segment | None,
) -> int:
    """The headline's own ``<article>`` when the container holds another ``<article>`` with a
    heading of the same rank beside it: a site that loads the next story under this one (an
    endless scroll) sums both into one container, but each story is an article of its own.

    An article nested in the headline's (an embedded card) is no other story, articles
    without such a heading (a liveblog's posts, comments) leave the container as it is, and so
    does an article around the headline that holds little of the prose (the story's header
    alone, its body set beside it)."""
    if headline is None:
        return container
    own = _article_of(nodes, node_of, headline.index, container)
    chosen = nodes[container]
    if own < 0 or nodes[own].positive < OWN_ARTICLE_SHARE * chosen.positive:
        return container
    for segment in segments[chosen.first : chosen.last + 1]:
        if segment.tag != headline.tag or segment.index == headline.index:
            continue
        other = _article_of(nodes, node_of, segment.index, container)
        if other < 0 or other == own:
            continue
        n = nodes[other].parent
        while n >= 0 and n != own:
            n = nodes[n].parent
        if n != own:
            return own
    return container


def _header_keep(doc: Document, first: int, last: int, outer: list[str | None],
                 node_of: list[int], words_of: list[float]) -> set[int]:
    """Segments outside the container that belong to the story's header: the headline and the
    short, unlinked lines between it and the container."""
    headline = _headline_segment(doc)
    if headline is None:
        headline = next((s for s in doc.segments if s.tag == "h1"), None)
    if headline is None:
        return set()
    keep = {headline.index}
    if headline.index < first and first - headline.index <= MAX_HEADER_GAP:
        for segment in doc.segments[headline.index + 1 : first]:
            n = node_of[segment.index]
            if n >= 0 and outer[n] is not None:
                continue
            if _is_link_line(segment, words_of) or words_of[segment.index] > MAX_HEADER_LINE_WORDS:
                continue
            keep.add(segment.index)
    return keep


def _label_link_runs(doc: Document, segments: Sequence[Segment], words_of: list[float]) -> None:
    """Label runs of MIN_LINK_RUN or more consecutive unlabelled link lines as related links."""
    run: list[Segment] = []
    for segment in [*segments, None]:
        if segment is not None and segment.label is None and _is_link_line(segment, words_of):
            run.append(segment)
            continue
        if len(run) >= MIN_LINK_RUN:
            for item in run:
                doc.label(item, Role.BOILERPLATE, NAME, "related")
        run = []


def _find_main_content(doc: Document) -> None:
    """Label the segments outside the story's container, and furniture inside it."""
    if doc.root is None or not doc.segments:
        return
    segments = doc.segments
    copies = _noscript_copies(segments)
    for index in copies:
        doc.label(segments[index], Role.BOILERPLATE, NAME, "hidden")
    nodes, node_of = _build_tree(doc, segments, copies)
    # by position = index
    words_of = [_word_count(segment.text, segment.words) for segment in segments]
    headline = _headline_segment(doc)
    _sum_up(nodes, segments, node_of, words_of)
    container, plain = _choose(nodes)
    if container >= 0:
        inner = _inner_reasons(nodes, container)
        counted, link_lines, prose = [0], [0], [0.0]
        for segment, n in zip(segments, node_of, strict=True):
            free = n >= 0 and inner[n] is None
            counted.append(counted[-1] + free)
            link_lines.append(link_lines[-1] + (free and _is_link_line(segment, words_of)))
            prose.append(
                prose[-1]
                + (max(_score(words_of[segment.index], segment.link_density), 0.0) if free else 0.0)
            )
        container = _narrow_to_headline(
            nodes, node_of, container, headline, plain, counted, link_lines, prose
        )
        container = _own_article(nodes, node_of, segments, container, headline)
    outer = _outer_reasons(nodes)
    if container < 0:
        # Nothing scores: keep the page, dropping only what its markup calls furniture.
        for segment, n in zip(segments, node_of, strict=True):
            if n >= 0 and outer[n] is not None:
                doc.label(segment, Role.BOILERPLATE, NAME, outer[n] or "navigation")
        return
    first, last = nodes[container].first, nodes[container].last
    inner = _inner_reasons(nodes, container)
    keep = _header_keep(doc, first, last, outer, node_of, words_of)
    inside: list[Segment] = []
    for segment, n in zip(segments, node_of, strict=True):
        if segment.index in keep or segment.index in copies:
            continue
        if first <= segment.index <= last and n >= 0:
            reason = inner[n]
            if reason is None:
                inside.append(segment)
                continue
            doc.label(segment, Role.BOILERPLATE, NAME, reason)
            continue
        reason = outer[n] if n >= 0 else None
        if reason is None:
            reason = "header" if segment.index < first else "footer"
        doc.label(segment, Role.BOILERPLATE, NAME, reason)
    _label_link_runs(doc, inside, words_of)
    _label_furniture_headings(doc, inside, keep, words_of)


def _label_furniture_headings(
    doc: Document, inside: Sequence[Segment], keep: set[int], words_of: list[float]
) -> None:
    """A heading followed at once by removed related links, a menu, a share bar, a newsletter
    box or comments introduces them ("Read more", "Share this story"), and so does a short
    line between them ("Hungry for more? Try these:"): they go with the furniture; not a
    liveblog post's sentence over the post's own share bar."""
    segments = doc.segments
    share_bars = Counter(
        s.text for s in segments if s.label is not None and s.label.reason == "share"
    )
    for segment in inside:
        if segment.label is not None or segment.kind is not BlockKind.HEADING:
            continue
        if segment.index in keep:
            continue
        run = [segment]
        position = segment.index + 1
        while (
            position < len(segments)
            and len(run) <= MAX_INTRO_LINES
            and segments[position].label is None
            and segments[position].kind is not BlockKind.HEADING
            and words_of[position] <= MAX_INTRO_WORDS
        ):
            run.append(segments[position])
            position += 1
        if position >= len(segments):
            continue
        following = segments[position].label
        if (
            following is not None
            and following.stage == NAME
            and following.reason in patterns.INTRODUCED_FURNITURE
            and not _post_over_its_share_bar(run, segments[position], share_bars)
        ):
            for item in run:
                doc.label(item, Role.BOILERPLATE, NAME, following.reason)


def _post_over_its_share_bar(run: list[Segment], bar: Segment, share_bars: Counter[str]) -> bool:
    """True for a liveblog post (a heading, a sentence) over a share bar that each post of the
    page repeats: the sentence is the post's text, not a line introducing the bar."""
    return (
        bar.label is not None
        and bar.label.reason == "share"
        and share_bars[bar.text] >= MIN_REPEATED_SHARE_BARS
        and len(run) > 1
        and ends_like_sentence(run[-1].text)
    )


main_content = stage(NAME, requires={"metadata"}, provides={"main_content"})(_find_main_content)
