"""The working state the stages share while one page is parsed.

A page becomes an ordered list of :class:`Segment` (a line of page text, or a block element of
HTML). Stages read the segments and record what they found: a :class:`Label` on a segment (with
the stage and the reason), or an :class:`Evidence` for a metadata field. Nothing is written
into the DOM; the final :class:`~newsparse.model.Article` is assembled from this state.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import attrs

from newsparse.model import BlockKind, Byline, Caption, Dateline, RelatedLink, Source

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "EVIDENCE_FIELDS",
    "Document",
    "Evidence",
    "Label",
    "MarkupTree",
    "NodeAttributes",
    "PullQuoteFinding",
    "Role",
    "Segment",
    "SourceKind",
]

SourceKind = Literal["html", "text"]
T = TypeVar("T")


class Role(str, enum.Enum):
    """What a segment is on the page. Every role but BODY keeps the segment out of the body."""

    BODY = "body"
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    DATE = "date"
    SITE_NAME = "site_name"
    SECTION = "section"
    CAPTION = "caption"
    CREDIT = "credit"
    PULL_QUOTE = "pull_quote"
    ATTRIBUTION = "attribution"
    RELATED = "related"
    BOILERPLATE = "boilerplate"


@attrs.frozen
class Label:
    """A decision about one segment: its role, the stage that decided, and why."""

    role: Role
    stage: str
    reason: str


@attrs.frozen
class Evidence(Generic[T]):
    """A metadata value with where it came from and the raw text it was read from."""

    value: T
    source: Source
    raw: str
    stage: str


@attrs.frozen(cache_hash=True)
class NodeAttributes:
    """The attribute values an element is judged by (its class, id, ARIA role, ``itemprop``,
    inline style and hiding), read once by the walk; ``None`` where the element has none.
    Pages repeat the same few combinations, so equal values share one instance."""

    classes: str | None = None
    ident: str | None = None
    role: str | None = None
    itemprop: str | None = None
    style: str | None = None
    hidden: str | None = None
    aria_hidden: str | None = None

    @classmethod
    def of(cls, element: HtmlElement) -> NodeAttributes:
        """Read an element's attributes (for a block the walk did not record)."""
        get = element.get
        return cls(
            classes=get("class"),
            ident=get("id"),
            role=get("role"),
            itemprop=get("itemprop"),
            style=get("style"),
            hidden=get("hidden"),
            aria_hidden=get("aria-hidden"),
        )


@attrs.frozen
class MarkupTree:
    """The elements the HTML walk entered, in document order, as flat columns: node ``n``'s
    parent node (-1 for the walk's root), tag and attributes. A segment's ``node`` indexes
    them, so stages can climb a block's ancestors without touching lxml again."""

    parents: list[int] = attrs.Factory(list)
    tags: list[str] = attrs.Factory(list)
    attributes: list[NodeAttributes | None] = attrs.Factory(list)


@attrs.define(eq=False)
class Segment:
    """One block of the page, in reading order.

    ``context`` holds lower-cased hints from the markup around an HTML block (tag names and
    class/id tokens of its ancestors, such as ``nav``, ``footer``, ``figure``, ``comment``); it is
    empty for page text. ``blank_before`` tells, for page text, whether an empty line preceded it.
    """

    index: int
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    tag: str | None = None
    context: frozenset[str] = frozenset()
    link_density: float = 0.0
    blank_before: bool = False
    element: HtmlElement | None = None
    label: Label | None = None
    # The element's node in the Document's ``tree`` (-1 when there is none).
    node: int = -1
    # How many words ``text`` holds (``len(text.split())``): counted here unless the caller,
    # which split the text already, gives it.
    words: int = -1

    def __attrs_post_init__(self) -> None:
        if self.words < 0:
            self.words = len(self.text.split())


@attrs.frozen
class PullQuoteFinding:
    """A pull quote and the segments it came from; its repeated paragraph is found at assembly."""

    text: str
    attribution: str | None
    segment: int
    repeats_segment: int | None = None


@attrs.define(eq=False)
class Document:
    """Everything known about one page while the pipeline runs."""

    kind: SourceKind
    segments: list[Segment]
    url: str | None = None
    root: HtmlElement | None = None
    # The walked elements' parents, tags and attributes (HTML only; None if unknown).
    tree: MarkupTree | None = None
    # Metadata fields: the first strong evidence wins; stages check before overwriting.
    headline: Evidence[str] | None = None
    standfirst: Evidence[str] | None = None
    site_name: Evidence[str] | None = None
    section_path: Evidence[tuple[str, ...]] | None = None
    language: Evidence[str] | None = None
    canonical_url: Evidence[str] | None = None
    image: Evidence[str] | None = None
    published: Evidence[dt.datetime] | None = None
    updated: Evidence[dt.datetime] | None = None
    byline: Evidence[Byline] | None = None
    dateline: Evidence[Dateline] | None = None
    # Where the dateline was cut from: (segment index, characters to cut from its start).
    dateline_cut: tuple[int, int] | None = None
    captions: list[Caption] = attrs.Factory(list)
    pull_quotes: list[PullQuoteFinding] = attrs.Factory(list)
    related_links: list[RelatedLink] = attrs.Factory(list)
    warnings: list[str] = attrs.Factory(list)

    def label(self, segment: Segment, role: Role, stage: str, reason: str) -> None:
        """Record a decision about a segment. A later stage may relabel it.."""
        segment.label = Label(role=role, stage=stage, reason=reason)

    def free_segments(self) -> list[Segment]:
        """Segments no stage has claimed yet, in reading order."""
        return [s for s in self.segments if s.label is None]

    def with_role(self, role: Role) -> list[Segment]:
        return [s for s in self.segments if s.label is not None and s.label.role is role]

    @property
    def language_code(self) -> str | None:
        """The page language's primary subtag (``en`` for ``en-GB``), if known."""
        if self.language is None:
            return None
        return self.language.value.split("-", 1)[0].lower() or None

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages to try for word tables: the page's, then English as the web's lingua franca."""
        code = self.language_code
        if code is None or code == "en":
            return ("en",)
        return (code, "en")


# The Document's metadata fields (each an Evidence or None), in declaration order: what the
# Article reports a provenance for.
EVIDENCE_FIELDS: tuple[str, ...] = tuple(
    field.name for field in attrs.fields(Document) if str(field.type).startswith("Evidence[")
)
