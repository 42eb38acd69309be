"""Stage ``boilerplate``: share bars, cookie and newsletter boxes, promos, comments, footers.

Evidence, in order:
1. a whole line matching a furniture rule (``patterns/furniture.py``): share, cookie,
   newsletter, promo, legal, tags;
2. banner image file names, and the site name repeated as a footer line;
3. the reader-comments zone: from a comments heading after the story to the end of the page;
4. page text: after an end-of-story marker ("Share this story", "Most read"), every line that
   is not a story paragraph is footer.
"""

from __future__ import annotations

from newsparse.document import Document, Role, Segment
from newsparse.patterns.furniture import COMMENTS_START, END_OF_STORY, IMAGE_FILE, LINE_RULES
from newsparse.pipeline import stage
from newsparse.textshape import is_prose

__all__ = ["boilerplate", "furniture_reason"]

NAME = "boilerplate"
# Furniture lines are short; a long line that matches a loose rule is a story sentence.
MAX_FURNITURE_WORDS = 40
# A comments heading counts only once the story has started (some pages put a comment
# count in the header).
MIN_PROSE_BEFORE_COMMENTS = 1


def furniture_reason(text: str) -> str | None:
    """The reason a line is page furniture, or None if it may be story text."""
    if len(text.split()) > MAX_FURNITURE_WORDS:
        return None
    if IMAGE_FILE.match(text):
        return "banner"
    for reason, pattern in LINE_RULES:
        if pattern.match(text):
            return reason
    return None


def _after_story_end(doc: Document, start: int) -> None:
    """Label the non-prose lines after an end-of-story marker as footer."""
    for segment in doc.segments[start:]:
        if segment.label is None and not is_prose(segment.text):
            doc.label(segment, Role.BOILERPLATE, NAME, "footer")


@stage(NAME, requires={"related"}, provides={"boilerplate"})
def boilerplate(doc: Document) -> None:
    """Label furniture lines, the comments zone and (page text) what follows the story."""
    prose_seen = 0
    site = doc.site_name.value.casefold() if doc.site_name is not None else None
    story_end: int | None = None
    for segment in doc.segments:
        if segment.label is not None:
            if segment.label.role is Role.BODY:
                prose_seen += 1
            continue
        text = segment.text
        if prose_seen >= MIN_PROSE_BEFORE_COMMENTS and COMMENTS_START.match(text):
            _comments_zone(doc, segment)
            return
        reason = furniture_reason(text)
        if reason is None and site is not None and text.casefold() == site:
            reason = "site name"
        if reason is not None:
            doc.label(segment, Role.BOILERPLATE, NAME, reason)
            if story_end is None and prose_seen and END_OF_STORY.match(text):
                story_end = segment.index
            if story_end is None and prose_seen and reason == "share" and doc.kind == "text":
                story_end = segment.index
            continue
        if story_end is None and prose_seen and END_OF_STORY.match(text):
            doc.label(segment, Role.BOILERPLATE, NAME, "end of story")
            story_end = segment.index
            continue
        if is_prose(text):
            prose_seen += 1
    if story_end is not None and doc.kind == "text":
        _after_story_end(doc, story_end + 1)


def _comments_zone(doc: Document, heading: Segment) -> None:
    """Everything from the comments heading to the end of the page is reader comments."""
    for segment in doc.segments[heading.index :]:
        if segment.label is None or segment.label.role is not Role.BOILERPLATE:
            doc.label(segment, Role.BOILERPLATE, NAME, "comment")
