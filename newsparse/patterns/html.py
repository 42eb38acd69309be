"""Data for the HTML stages: markup vocabularies, class/id token tables and compiled regexes.

Only data lives here (no logic), so a user can see, and a subclass or fork can extend, what the
metadata and main-content stages look for. Every regex is linear-time and shows what it matches.
"""

from __future__ import annotations

import re

__all__ = [
    "ARTICLE_TYPES",
    "AUTHOR_ITEMPROPS",
    "AUTHOR_META_NAMES",
    "BOILERPLATE_CLASSES",
    "BOILERPLATE_PREFIX",
    "BOILERPLATE_TOKENS",
    "CANONICAL_META",
    "CLASS_TOKEN_SPLIT",
    "CONTENT_CONTAINER_TAGS",
    "CONTENT_ITEMPROPS",
    "DATE_PUBLISHED_META",
    "DATE_UPDATED_META",
    "HEADLINE_META",
    "HOME_WORDS",
    "IMAGE_META",
    "INTRODUCED_FURNITURE",
    "JSON_LD_TYPE",
    "KEEP_TOKENS",
    "LANGUAGE_META",
    "LAYOUT_FLAG",
    "NEGATIVE_ROLES",
    "NEGATIVE_TAGS",
    "NOT_FURNITURE_TOKENS",
    "PAGE_TYPES",
    "POSITIVE_TOKENS",
    "PULL_QUOTE_CLASSES",
    "SECTION_META",
    "SHORT_FURNITURE",
    "SHOWN_ON_WIDE_SCREENS",
    "SITE_NAME_META",
    "STORY_FOOTER_TOKENS",
    "TIME_NEGATIVE_TOKENS",
    "TIME_POSITIVE_TOKENS",
    "TITLE_SEPARATOR",
    "UNSPACED_LETTER",
    "UPDATED_TOKENS",
    "VISUALLY_HIDDEN_CLASS",
]

# JSON-LD @type values of an article, the page's own story (schema.org Article and its subtypes).
ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
        "askpublicnewsarticle", "satiricalarticle", "blogposting", "liveblogposting",
        "socialmediaposting", "discussionforumposting", "scholarlyarticle", "techarticle",
        "medicalscholarlyarticle", "report", "advertisercontentarticle", "review", "recipe",
        "howto", "creativework",
    }
)
# JSON-LD @type values that describe the page rather than the story: used after article types.
PAGE_TYPES = frozenset(
    {"webpage", "itempage", "aboutpage", "faqpage", "qapage", "collectionpage", "videoobject",
     "medicalwebpage"}
)
# JSON-LD @type in the "schema:NewsArticle" or "http://schema.org/NewsArticle" spellings.
# "https://schema.org/NewsArticle" -> NewsArticle
JSON_LD_TYPE = re.compile(r"(?:^|[/:#])([A-Za-z]+)$")

# <meta> keys are lower-cased; "property" and "name" and "itemprop" share one namespace.
# Each tuple is tried in order; the first key the page has wins.
HEADLINE_META = ("og:title", "twitter:title")
SITE_NAME_META = ("og:site_name", "application-name", "twitter:site")
LANGUAGE_META = ("content-language", "dc.language", "og:locale", "language")
CANONICAL_META = ("og:url", "twitter:url")
IMAGE_META = (
    "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"
)
SECTION_META = ("article:section", "section", "parsely-section", "sailthru.section")
DATE_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "article.published", "published_time", "publish-date", "publish_date", "publishdate",
    "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.date",
    "dcterms.created", "dc.date", "date", "article:published", "cxenseparse:recs:publishtime",
    "original-publish-date", "citation_publication_date", "release_date", "displaydate",
    "created", "og:published_time", "article_date_original", "datecreated",
    "og:publish_date", "og:pubdate", "published", "published_at", "publish_time", "pub_date",
    "pdate", "date-pub", "published-date", "published_date", "publisheddate",
    "publication_date", "publication-date", "prism.publicationdate", "dcterms:created",
    "citation_online_date", "citation_date", "article.created", "cxenseparse:publishtime",
    "shareaholic:article_published_time", "dcsext.articlefirstpublished", "uploaddate",
)
DATE_UPDATED_META = (
    "article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time",
    "article.updated", "modified_time", "last-modified", "dcterms.modified", "lastmod",
    "updated_time", "article:modified", "revised", "shareaholic:article_modified_time",
    "article_date_updated", "updated-date", "modified-date", "modified_date", "revision_date",
    "utime", "updated",
)
AUTHOR_META_NAMES = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
    "sailthru.author", "byl", "citation_author", "cxenseparse:author", "og:author",
    "og:article:author", "article_author", "article:author_name", "article-author",
    "shareaholic:article_author_name", "dc:creator", "dc.author", "content-creator", "creator",
)
# itemprop values (microdata) naming the author.
AUTHOR_ITEMPROPS = ("author", "creator")
# itemprop / property values marking the article's body (microdata and RDFa).
CONTENT_ITEMPROPS = frozenset({"articlebody", "articletext", "text"})

# Names of a breadcrumb's first item, the site's home page, per language.
HOME_WORDS = frozenset(
    {"home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "portada",
     "início", "pagina iniziale", "strona główna", "главная", "首页", "ホーム",
     "forside", "etusivu", "hem", "startsida", "anasayfa", "ana sayfa", "domů", "úvod"}
)
# class/id tokens around a <time> that place it in the story's header or meta line.
TIME_POSITIVE_TOKENS = frozenset(
    {"article", "post", "entry", "story", "byline", "meta", "date", "dateline", "published",
     "pubdate", "posted", "timestamp", "headline"}
)
# class/id/itemprop tokens of a <time> that mark it as the last update, not the publication.
UPDATED_TOKENS = frozenset(
    {"updated", "modified", "datemodified", "update", "lastmod", "aktualisiert", "maj"}
)
# class/id tokens around a <time> that place it in someone else's item (comments, teasers).
TIME_NEGATIVE_TOKENS = frozenset(
    {"comment", "comments", "related", "sidebar", "widget", "teaser", "recommended", "popular",
     "trending", "footer", "nav", "reply", "replies", "more", "menu", "megamenu", "dropdown"}
)
# class/id tokens that make a footer the story's own ("entry-footer", "post-footer",
# "article-footer"): its tags, author and date line, not the page's footer.
STORY_FOOTER_TOKENS = frozenset({"article", "post", "entry", "story"})

# "Headline | Site", "Headline - Site", "Headline — Site", "Headline :: Site", "Headline » Site"
TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+(?:[|\-–—·•»~]|::|/)\s+")

# --- main-content hints -----------------------------------------------------------------

# Tags that are furniture whatever their class: the reason each is dropped.
NEGATIVE_TAGS = {
    "nav": "navigation",
    "footer": "footer",
    "form": "form",
    "dialog": "promo",
    "menu": "navigation",
}
# ARIA landmark roles that are not the story.
NEGATIVE_ROLES = {
    "navigation": "navigation",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "search": "form",
    "menu": "navigation",
    "menubar": "navigation",
    "dialog": "promo",
    "alertdialog": "cookie",
}
# Tags that mark a container of the story itself.
CONTENT_CONTAINER_TAGS = frozenset({"article", "main"})

# Splits a class/id value into tokens: "article-body__text" -> article, body, text
CLASS_TOKEN_SPLIT = re.compile(r"[\s\-_:.]+")
# class/id tokens (split on "-", "_", ":", ".", spaces) that mark furniture, with the reason.
# A token matches when it equals a key, or starts with a key of 5+ letters
# ("commentlist" -> comment, "sidebar2" -> sidebar).
BOILERPLATE_TOKENS: dict[str, str] = {
    # navigation
    "nav": "navigation", "navbar": "navigation", "navigation": "navigation",
    "menu": "navigation", "menubar": "navigation", "breadcrumb": "navigation",
    "breadcrumbs": "navigation", "pagination": "navigation", "pager": "navigation",
    "skiplink": "navigation", "skiplinks": "navigation", "toolbar": "navigation",
    "topnav": "navigation", "subnav": "navigation",
    "tags": "navigation", "tagcloud": "navigation", "taglist": "navigation",
    "prevnext": "navigation", "postnav": "navigation",
    # header
    "header": "header", "masthead": "header", "topbar": "header", "banner": "header",
    "logo": "header", "sticky": "header",
    # footer
    "footer": "footer", "colophon": "footer", "copyright": "footer", "legal": "footer",
    # sidebar
    "sidebar": "sidebar", "rail": "sidebar", "side": "sidebar",
    "sidebox": "sidebar", "rightcol": "sidebar",
    # comments
    "comment": "comment", "comments": "comment", "disqus": "comment",
    "discussion": "comment", "replies": "comment", "respond": "comment", "reply": "comment",
    # related stories
    "related": "related", "recommended": "related", "recommendation": "related",
    "recommendations": "related", "recirc": "related", "trending": "related",
    "popular": "related", "mostread": "related", "outbrain": "related", "taboola": "related",
    "readmore": "related", "morestories": "related", "teaser": "related", "teasers": "related",
    "upnext": "related", "also": "related", "ticker": "related",
    "marquee": "related", "latest": "related", "slider": "related", "carousel": "related",
    # the writer's bio box ("TestReport__AuthorBox", "authorbio")
    "authorbio": "author bio", "authorbox": "author bio", "authorcard": "author bio",
    "aboutauthor": "author bio", "abouttheauthor": "author bio", "autorenbox": "author bio",
    "autorbox": "author bio",
    # share
    "share": "share", "sharing": "share", "sharebar": "share", "social": "share",
    "addthis": "share", "sociallinks": "share",
    # promo
    "promo": "promo", "promotion": "promo", "sponsored": "promo", "sponsor": "promo",
    "partner": "promo", "cta": "promo", "paywall": "promo", "modal": "promo",
    "popup": "promo", "overlay": "promo", "donate": "promo", "disclaimer": "promo",
    "disclosure": "promo", "appstore": "promo",
    # cookie
    "cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie",
    # newsletter
    "newsletter": "newsletter", "subscribe": "newsletter", "subscription": "newsletter",
    "signup": "newsletter", "optin": "newsletter", "mailchimp": "newsletter",
    # advert
    "ad": "advert", "ads": "advert", "advert": "advert", "advertisement": "advert",
    "advertising": "advert", "adsense": "advert", "adslot": "advert", "adunit": "advert",
    "dfp": "advert", "gpt": "advert", "commercial": "advert", "adwrap": "advert",
    "adcontainer": "advert",
    # hidden (screen-reader-only text); "hidden-xs" style classes only hide on some screens
    "sronly": "hidden", "visuallyhidden": "hidden",
    # forms
    "search": "form", "searchform": "form", "login": "form", "rating": "form",
}
# Whole class values (before splitting) that mark furniture even though their parts do not:
# "sr-only" splits into "sr" and "only".
BOILERPLATE_CLASSES: dict[str, str] = {
    "sr-only": "hidden", "screen-reader-text": "hidden", "visually-hidden": "hidden",
    "screen-reader-only": "hidden", "read-more": "related", "more-link": "related",
    "skip-link": "navigation", "skip-links": "navigation", "skip-to-content": "navigation",
    "u-hidden": "hidden", "a11y-hidden": "hidden",
    "element-invisible": "hidden", "off-screen": "hidden", "offscreen": "hidden",
    "hidden": "hidden", "is-hidden": "hidden", "invisible": "hidden",
    # id="secondary" is WordPress's sidebar; "secondary" inside a class is a colour or a button
    "secondary": "sidebar",
    # the writer's bio box under (or beside) the story: "Jane Doe is a reporter at ..."
    "author-bio": "author bio", "author_bio": "author bio", "author-box": "author bio",
    "author_box": "author bio", "author-card": "author bio", "author_card": "author bio",
    "about-author": "author bio", "about-the-author": "author bio", "author-about": "author bio",
    "author-biography": "author bio", "author-description": "author bio",
    "author_description": "author bio", "autor-box": "author bio",
}
# A class/id token starting with one of the longer furniture words: "commentlist", "sidebar2",
# "sharetools", "newsletterbox" (words of 5+ letters; shorter ones would match real words).
BOILERPLATE_PREFIX = re.compile(
    "^(" + "|".join(sorted((k for k in BOILERPLATE_TOKENS if len(k) >= 5), key=len, reverse=True))
    + ")"
)
# Furniture that is short by nature, with the most prose (main_content's score, about words)
# it holds: an element so marked that holds more is a story whose class name misleads
# ("cmp-text" is a CMS component, "section--ads" a story section that may show an ad).
# An ad slot holds a label at most; a consent notice or a menu can run to a paragraph or two.
SHORT_FURNITURE: dict[str, float] = {
    "advert": 40.0,
    "share": 40.0,
    "cookie": 150.0,
    "newsletter": 150.0,
    "navigation": 250.0,
    "header": 250.0,
    "form": 250.0,
}
# Furniture that a heading of its own introduces ("Related stories", "Share this"): a heading
# right before it goes with it. (Not adverts: a section heading often sits above an ad slot.)
INTRODUCED_FURNITURE = frozenset(
    {"related", "share", "newsletter", "comment", "promo", "navigation"}
)
# A class that hides its element from the eye (screen-reader labels, collapsed boxes):
# class="sr-only", "visually-hidden", "screen-reader-text", "hidden", "is-hidden"
VISUALLY_HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:sr-only|screen-reader-text|screen-reader-only|visually-hidden|visuallyhidden|"
    r"u-hidden|a11y-hidden|element-invisible|off-screen|offscreen|hidden|is-hidden|invisible)"
    r"(?=\s|$)",
    re.I,
)
# Tokens that start like furniture words but are not furniture: an opinion piece is a
# "commentary", premium stories sit in "subscriber" boxes, "shared" components hold anything.
NOT_FURNITURE_TOKENS = frozenset(
    {"commentary", "commentaries", "commentator", "shared", "subscriber", "subscribers",
     "subscriberonly", "headerless", "navigational"}
)
# A responsive class that shows an element on wider screens, overriding a plain "hidden":
# "md:block", "lg:flex", "d-md-block", "visible-lg"
SHOWN_ON_WIDE_SCREENS = re.compile(
    r"(?:^|\s)(?:(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|inline-flex|table)"
    r"|d-(?:sm|md|lg|xl)-(?:block|flex|grid|inline|inline-block|inline-flex|table)"
    r"|visible-(?:sm|md|lg))(?=\s|$)"
)
# A class naming the page's layout, not the element's role: "has-sidebar", "with-rail-right",
# "no-comments", "layout-sidebar-left", "template-fullwidth", "side-by-side" (two figures in a
# row, not a sidebar)
LAYOUT_FLAG = re.compile(r"^(?:(?:has|with|without|no|layout|template)[-_]|side[-_]by[-_]side)")
# A letter of a script written without spaces between words: kana, CJK ideographs, Thai
# ("商標法" is three such letters)
UNSPACED_LETTER = re.compile(
    "[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
# Tokens that make a block part of the story's furniture a later stage reads (captions, bylines,
# pull quotes, datelines): kept unlabelled even when another token looks like furniture.
KEEP_TOKENS = frozenset(
    {"caption", "figcaption", "byline", "author", "pullquote", "blockquote", "quote",
     "dateline", "credit", "lede", "lead", "standfirst", "dek", "summary", "subtitle",
     "subheadline", "deck", "intro", "excerpt"}
)
# Tokens of an embedded post ("social-media-embed", "tweet-embed"): with them, "social" or
# "twitter" names what is embedded (a quoted post, part of the story), not a share bar.
EMBED_TOKENS = frozenset({"embed", "embedded", "oembed"})
# Class/id values and tokens of pull-quote markup ("pullquote-embed", "pull-quote--right").
PULL_QUOTE_CLASSES = frozenset(
    {"pullquote", "pull-quote", "pull_quote", "pullout", "quote-box", "quotebox",
     "blockquote-pull", "featured-quote", "highlight-quote"}
)
# class/id tokens that mark the story's container.
POSITIVE_TOKENS = frozenset(
    {"article", "articlebody", "articletext", "articlecontent", "content", "story",
     "storybody", "storytext", "body", "post", "postbody", "postcontent", "entry",
     "entrycontent", "main", "maincontent", "text", "prose", "richtext", "blog", "blogpost",
     "single", "hentry", "detail", "news", "page"}
)
