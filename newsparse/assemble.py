"""Build the final Article from the Document the stages filled in."""

from __future__ import annotations

from typing import Any

from newsparse.document import EVIDENCE_FIELDS, Document, Evidence, Role
from newsparse.model import Article, Block, Provenance, PullQuote, Removal

__all__ = ["assemble"]

# Roles whose segments were dropped from the page rather than used for a field.
_DROPPED_ROLES = frozenset({Role.BOILERPLATE, Role.DATE, Role.SITE_NAME, Role.SECTION})


def _value(evidence: Evidence[Any] | None) -> Any:
    return evidence.value if evidence is not None else None


def assemble(doc: Document) -> Article:
    """The Article for a finished Document: body in order, fields with their provenance."""
    paragraphs: list[Block] = []
    body_index: dict[int, int] = {}
    for segment in doc.segments:
        if segment.label is None or segment.label.role is not Role.BODY:
            continue
        text = segment.text
        if doc.dateline_cut is not None and doc.dateline_cut[0] == segment.index:
            text = text[doc.dateline_cut[1] :].lstrip()
        if not text:
            continue
        body_index[segment.index] = len(paragraphs)
        paragraphs.append(Block(text=text, kind=segment.kind))

    pull_quotes = tuple(
        PullQuote(
            text=q.text,
            attribution=q.attribution,
            repeats_paragraph=(
                body_index.get(q.repeats_segment) if q.repeats_segment is not None else None
            ),
        )
        for q in doc.pull_quotes
    )
    removed = tuple(
        Removal(
            text=s.text,
            reason=s.label.reason if s.label.role is Role.BOILERPLATE else s.label.role.value,
            stage=s.label.stage,
        )
        for s in doc.segments
        if s.label is not None and s.label.role in _DROPPED_ROLES
    )
    provenance = []
    for name in EVIDENCE_FIELDS:
        evidence: Evidence[Any] | None = getattr(doc, name)
        if evidence is not None:
            provenance.append(
                Provenance(
                    field=name, source=evidence.source, raw=evidence.raw, stage=evidence.stage
                )
            )
    section = _value(doc.section_path)
    return Article(
        headline=_value(doc.headline),
        standfirst=_value(doc.standfirst),
        site_name=_value(doc.site_name),
        section_path=section or (),
        language=_value(doc.language),
        url=doc.url,
        canonical_url=_value(doc.canonical_url),
        image=_value(doc.image),
        published=_value(doc.published),
        updated=_value(doc.updated),
        byline=_value(doc.byline),
        dateline=_value(doc.dateline),
        captions=tuple(doc.captions),
        pull_quotes=pull_quotes,
        related_links=tuple(doc.related_links),
        paragraphs=tuple(paragraphs),
        removed=removed,
        provenance=tuple(provenance),
        warnings=tuple(doc.warnings),
    )
