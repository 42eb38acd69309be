"""The typed results newsparse returns: frozen attrs values, built by named constructors.

Absent is ``None`` or an empty tuple, never ``""`` and never a guessed value.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Byline",
    "Caption",
    "Dateline",
    "Provenance",
    "PullQuote",
    "RelatedLink",
    "Removal",
    "Source",
]


class BlockKind(str, enum.Enum):
    """What a body block is, as a reader sees it."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"


class Source(str, enum.Enum):
    """Where a metadata value was found: what ``Article.provenance`` reports."""

    JSON_LD = "json-ld"
    OPENGRAPH = "opengraph"
    TWITTER = "twitter"
    META = "meta"
    MICRODATA = "microdata"
    TIME_ELEMENT = "time"
    TITLE_ELEMENT = "title"
    LINK_ELEMENT = "link"
    MARKUP = "markup"
    VISIBLE_TEXT = "visible-text"
    SCRIPT_DATA = "script-data"
    TEXT_RULE = "text-rule"
    URL = "url"
    CALLER = "caller"


def _text_tuple(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(values) if values else ()


@attrs.frozen
class Block:
    """One body block: a paragraph, heading, list item or block quote."""

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Block:
        return cls(text=str(data["text"]), kind=BlockKind(data.get("kind", "paragraph")))


@attrs.frozen
class Byline:
    """A byline as written, split into people and organisations (agencies, outlets)."""

    text: str
    people: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple)
    organizations: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple)

    @property
    def authors(self) -> tuple[str, ...]:
        """People first, then organisations: what a single 'author' field should show."""
        return self.people + self.organizations

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "people": list(self.people),
            "organizations": list(self.organizations),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Byline:
        return cls(
            text=str(data["text"]),
            people=tuple(data.get("people", ())),
            organizations=tuple(data.get("organizations", ())),
        )


@attrs.frozen
class Dateline:
    """The place (sometimes agency and date) opening a story: ``LONDON, Jan 5 (Reuters) -``."""

    text: str
    locations: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple)
    agency: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "locations": list(self.locations),
            "agency": self.agency,
            "date": self.date,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        return cls(
            text=str(data["text"]),
            locations=tuple(data.get("locations", ())),
            agency=data.get("agency"),
            date=data.get("date"),
        )


@attrs.frozen
class Caption:
    """A photo or video caption and its credit (photographer, agency), kept apart from the body.

    ``text`` is empty for a photo the page credits without a caption ("Foto: Anita Roe")."""

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Caption:
        return cls(text=str(data["text"]), credit=data.get("credit"))


@attrs.frozen
class PullQuote:
    """A quote box: its text, who said it, and the body paragraph it repeats (index) if any."""

    text: str
    attribution: str | None = None
    repeats_paragraph: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "attribution": self.attribution,
            "repeats_paragraph": self.repeats_paragraph,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PullQuote:
        return cls(
            text=str(data["text"]),
            attribution=data.get("attribution"),
            repeats_paragraph=data.get("repeats_paragraph"),
        )


@attrs.frozen
class RelatedLink:
    """A teaser for another story (``READ MORE: ...``), removed from the body."""

    title: str
    label: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "title": self.title, "url": self.url}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelatedLink:
        return cls(title=str(data["title"]), label=data.get("label"), url=data.get("url"))


@attrs.frozen
class Removal:
    """A block that was dropped, why, and which stage decided it."""

    text: str
    reason: str
    stage: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "stage": self.stage}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Removal:
        return cls(text=str(data["text"]), reason=str(data["reason"]), stage=data.get("stage"))


@attrs.frozen
class Provenance:
    """Where one metadata field came from and the raw string it was read from."""

    field: str
    source: Source
    raw: str
    stage: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source.value, "raw": self.raw, "stage": self.stage}

    @classmethod
    def from_dict(cls, name: str, data: Mapping[str, Any]) -> Provenance:
        return cls(
            field=name, source=Source(data["source"]), raw=str(data["raw"]), stage=data.get("stage")
        )


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_iso(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


@attrs.frozen
class Article:
    """Everything newsparse read from one page."""

    headline: str | None = None
    standfirst: str | None = None
    site_name: str | None = None
    section_path: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple)
    language: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    image: str | None = None
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    captions: tuple[Caption, ...] = ()
    pull_quotes: tuple[PullQuote, ...] = ()
    related_links: tuple[RelatedLink, ...] = ()
    paragraphs: tuple[Block, ...] = ()
    removed: tuple[Removal, ...] = ()
    provenance: tuple[Provenance, ...] = ()
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_text_tuple)

    @property
    def text(self) -> str:
        """The body as plain text, one block per line."""
        return "\n".join(block.text for block in self.paragraphs)

    @property
    def authors(self) -> tuple[str, ...]:
        """The byline's people then organisations; empty when there is no byline."""
        return self.byline.authors if self.byline else ()

    def provenance_of(self, name: str) -> Provenance | None:
        """The provenance of one field (``"published"``, ``"headline"``...), or None."""
        return next((p for p in self.provenance if p.field == name), None)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; its keys are a stable contract (see the shipped JSON Schema)."""
        return {
            "headline": self.headline,
            "standfirst": self.standfirst,
            "site_name": self.site_name,
            "section_path": list(self.section_path),
            "language": self.language,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "image": self.image,
            "published": _iso(self.published),
            "updated": _iso(self.updated),
            "byline": self.byline.to_dict() if self.byline else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "captions": [c.to_dict() for c in self.captions],
            "pull_quotes": [q.to_dict() for q in self.pull_quotes],
            "related_links": [r.to_dict() for r in self.related_links],
            "paragraphs": [b.to_dict() for b in self.paragraphs],
            "removed": [r.to_dict() for r in self.removed],
            "provenance": {p.field: p.to_dict() for p in self.provenance},
            "warnings": list(self.warnings),
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from ``to_dict()`` output."""
        byline = data.get("byline")
        dateline = data.get("dateline")
        return cls(
            headline=data.get("headline"),
            standfirst=data.get("standfirst"),
            site_name=data.get("site_name"),
            section_path=tuple(data.get("section_path") or ()),
            language=data.get("language"),
            url=data.get("url"),
            canonical_url=data.get("canonical_url"),
            image=data.get("image"),
            published=_from_iso(data.get("published")),
            updated=_from_iso(data.get("updated")),
            byline=Byline.from_dict(byline) if byline else None,
            dateline=Dateline.from_dict(dateline) if dateline else None,
            captions=tuple(Caption.from_dict(c) for c in data.get("captions") or ()),
            pull_quotes=tuple(PullQuote.from_dict(q) for q in data.get("pull_quotes") or ()),
            related_links=tuple(RelatedLink.from_dict(r) for r in data.get("related_links") or ()),
            paragraphs=tuple(Block.from_dict(b) for b in data.get("paragraphs") or ()),
            removed=tuple(Removal.from_dict(r) for r in data.get("removed") or ()),
            provenance=tuple(
                Provenance.from_dict(name, p) for name, p in (data.get("provenance") or {}).items()
            ),
            warnings=tuple(data.get("warnings") or ()),
        )

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))
