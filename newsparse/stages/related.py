"""Stage ``related``: teasers for other stories, taken out of the body as RelatedLink values.

Evidence, in order:
1. a labelled teaser line: "READ MORE: ...", "ALSO READ: ...", "Lesen Sie auch: ...";
2. a heading such as "Related stories" or "More from World" followed by a run of short,
   title-shaped lines (or, in HTML, link lines): each is a teaser under that heading.
In HTML the teaser's link target is kept.
"""

from __future__ import annotations

from newsparse.document import Document, Role, Segment
from newsparse.model import RelatedLink
from newsparse.patterns.related import RELATED_HEADING, RELATED_LABEL
from newsparse.pipeline import stage
from newsparse.textshape import is_prose, looks_like_title, normalize_space

__all__ = ["related"]

NAME = "related"
# Teaser lists are short; past this many lines a "list" is the story itself.
MAX_TEASERS_UNDER_HEADING = 15
# An HTML teaser is mostly link text.
MIN_TEASER_LINK_DENSITY = 0.5


def _link_of(segment: Segment) -> str | None:
    if segment.element is None:
        return None
    for anchor in segment.element.iter("a"):
        href: str | None = anchor.get("href")
        if href and not href.startswith(("#", "javascript:")):
            return href
    return None


def _teaser_title(segment: Segment) -> bool:
    if segment.link_density >= MIN_TEASER_LINK_DENSITY:
        return True
    return looks_like_title(segment.text) and not is_prose(segment.text)


@stage(NAME, requires={"captions", "headline"}, provides={"related"})
def related(doc: Document) -> None:
    """Label teaser lines and teaser lists; collect RelatedLink values in page order."""
    segments = doc.segments
    position = 0
    while position < len(segments):
        segment = segments[position]
        position += 1
        if segment.label is not None and segment.label.role is not Role.BOILERPLATE:
            continue
        labelled = RELATED_LABEL.match(segment.text)
        if labelled and not is_prose(labelled.group(2), min_words=40):
            label = normalize_space(labelled.group(1))
            if segment.label is None:
                doc.label(segment, Role.RELATED, NAME, f"teaser labelled {label!r}")
            doc.related_links.append(
                RelatedLink(title=labelled.group(2).strip(), label=label, url=_link_of(segment))
            )
            continue
        if segment.label is None and RELATED_HEADING.match(segment.text):
            heading = segment.text.rstrip(" :")
            teasers: list[Segment] = []
            for follower in segments[position : position + MAX_TEASERS_UNDER_HEADING]:
                if follower.label is not None and follower.label.role is not Role.BOILERPLATE:
                    break
                if not _teaser_title(follower):
                    break
                teasers.append(follower)
            if not teasers:
                continue
            doc.label(segment, Role.BOILERPLATE, NAME, "related")
            for teaser in teasers:
                if teaser.label is None:
                    doc.label(teaser, Role.RELATED, NAME, f"teaser under {heading!r}")
                # The list's heading is page chrome; each teaser is known by its own title.
                doc.related_links.append(
                    RelatedLink(title=teaser.text, label=None, url=_link_of(teaser))
                )
            position = teasers[-1].index + 1
