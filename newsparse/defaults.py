"""The default pipeline: every built-in stage, in the order their contracts need."""

from __future__ import annotations

from newsparse.pipeline import Pipeline, Stage
from newsparse.stages.body import body
from newsparse.stages.boilerplate import boilerplate
from newsparse.stages.byline import byline
from newsparse.stages.captions import captions, restated_captions
from newsparse.stages.dateline import dateline
from newsparse.stages.dates import dates
from newsparse.stages.furniture import furniture
from newsparse.stages.headline import headline
from newsparse.stages.language import language
from newsparse.stages.main_content import main_content
from newsparse.stages.metadata import metadata
from newsparse.stages.pull_quotes import pull_quotes
from newsparse.stages.related import footer_teasers, related
from newsparse.stages.script_dates import script_dates

__all__ = ["DEFAULT_STAGES", "default_pipeline"]

# 1. metadata: JSON-LD, OpenGraph, meta tags, <time> (HTML only)
# 2. main_content: the article's container; the page around it is removed (HTML only)
# 3. language: declared, else from function words
# 4. furniture: banner files, site name, breadcrumbs
# 5. dates: "Published ... | Updated ..." lines
# 6. script_dates: an undated HTML page's date from its data scripts, when their keys agree
# 7. byline: "By ..." lines, split into people and organisations
# 8. captions: photo captions and credits
# 9. headline: the title line, and the standfirst under it
# 10. related: "READ MORE: ..." teasers and teaser lists
# 11. boilerplate: share, cookie, newsletter, promo, comments, footer
# 12. footer_teasers: heading-less teaser cards among what boilerplate removed (page text)
# 13. pull_quotes: quote boxes repeating a paragraph, with their attribution
# 14. body: story paragraphs, headings, list items, block quotes
# 15. restated_captions: page text: an image's alt line and the caption restating it
# 16. dateline: "WASHINGTON (AP) —" cut from the first paragraph
DEFAULT_STAGES: tuple[Stage, ...] = (
    metadata,
    main_content,
    language,
    furniture,
    dates,
    script_dates,
    byline,
    captions,
    headline,
    related,
    boilerplate,
    footer_teasers,
    pull_quotes,
    body,
    restated_captions,
    dateline,
)


def default_pipeline(*, strict: bool = False) -> Pipeline:
    """The built-in pipeline; ``strict=True`` lets a stage's exception propagate."""
    return Pipeline(DEFAULT_STAGES, strict=strict)
