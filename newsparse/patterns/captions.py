"""Photo captions and credits: labels, agencies and photo services. Data only."""

from __future__ import annotations

import re

__all__ = [
    "AGENCY_CREDIT_SEPARATOR",
    "AGENCY_WORDS",
    "BRACKET_NAME_AND_OUTLET",
    "CAPTION_CLASS_PARTS",
    "CAPTION_CONTEXT_TOKENS",
    "CAPTION_LABEL_LINE",
    "CAPTION_LABEL_PREFIX",
    "CAPTION_WIDGET_LINE",
    "COPYRIGHT_YEAR",
    "COURTESY_LINE",
    "CREDIT_CLASS_TOKENS",
    "CREDIT_GLUED_LABEL",
    "CREDIT_LABEL_LINE",
    "CREDIT_LABEL_PREFIX",
    "CREDIT_WORDS",
    "FIGURE_LABEL",
    "FILE_PHOTO_LABEL",
    "FILE_PHOTO_MARK",
    "GALLERY_COUNTER",
    "IMAGE_FILE_WORDS",
    "IMAGE_KIND_MARK",
    "IMAGE_NOUNS",
    "LABEL_ONLY_LINE",
    "PHOTO_NUMBER_LABEL",
    "PRICE",
    "RIGHTS_RESERVED",
    "SENTENCE_BREAK",
    "SOURCE_LABELS",
    "SOURCE_LABEL_PREFIX",
    "SOURCE_LINE",
    "STOCK_PHOTO_WORDS",
    "STORY_CREDITS_LINE",
    "TEASER_MEDIA_MARK",
    "TRAILING_BRACKET",
    "TRAILING_COLON_CREDIT",
    "TRAILING_COPYRIGHT",
    "TRAILING_COURTESY",
    "TRAILING_CREDIT_TAIL",
    "TRAILING_GLUED_COLON_CREDIT",
    "TRAILING_GLUED_CREDIT",
    "TRAILING_LABELLED_CREDIT",
    "TRAILING_SOURCE",
    "VIDEO_PLAYER_LINE",
    "VIDEO_TITLE_LINE",
    "WATCH_LINE",
]

# Wire agencies and photo libraries: credits both ways ("Jane Roe/AP", "(Reuters)").
_WIRE_AND_STOCK = frozenset(
    {
        "afp", "alamy", "anadolu", "anp", "ansa", "ap", "belga", "courtesy", "dpa", "efe",
        "epa", "getty", "handout", "imago", "istock", "istockphoto", "keystone", "kyodo",
        "nurphoto", "reuters", "shutterstock", "sipa", "tass", "unsplash", "upi", "xinhua",
        "yonhap", "zuma",
    }
)

# Words that make a bracketed or trailing fragment a photo credit rather than an aside.
CREDIT_WORDS = _WIRE_AND_STOCK | frozenset(
    {
        "agencies", "agency", "alliance", "archive", "archives", "archivo", "bild", "bloomberg",
        "cnsphoto", "credit", "file", "foto", "fotos", "illustration", "image", "images",
        "imaginechina", "pa", "photo", "photograph", "photographer", "photos", "picture",
        "pool", "rex", "screengrab", "screenshot", "stock", "supplied", "vcg", "via", "video",
        "wire",
    }
)

# Photo agencies and stock libraries, which close a credit line that has no label: "Jane Roe /
# Shutterstock", "jroe/iStock/Getty Images", "Fjord | Getty Images", "Eric Roe/Associated Press"
# Words that name what an image is, not who took it: a bracket holding only these is alt text.
IMAGE_NOUNS = frozenset(
    {"image", "images", "photo", "photos", "photograph", "picture", "foto", "fotos", "bild",
     "illustration", "screenshot", "screengrab", "video"}
)
AGENCY_WORDS = _WIRE_AND_STOCK | frozenset(
    {
        "123rf", "adobestock", "associated", "dreamstime", "flickr", "gettyimages", "pexels",
        "pixabay", "wikimedia",
    }
)
# Agencies that sell only pictures, and picture words: named alone on a line, a photo credit
# ("Pixabay", "Getty Images"), where a wire's name alone ("Reuters") may be a byline
STOCK_PHOTO_WORDS = frozenset(
    {
        "getty",
        "gettyimages",
        "images",
        "shutterstock",
        "alamy",
        "istock",
        "istockphoto",
        "imago",
        "unsplash",
        "pexels",
        "pixabay",
        "adobestock",
        "dreamstime",
        "123rf",
    }
)
# What joins a photographer's name to an agency in such a line: a slash, a bar or "via"
AGENCY_CREDIT_SEPARATOR = re.compile(r"[ \t]?/[ \t]?|[ \t]\|[ \t]|[ \t]via[ \t]")

# A trailing bracket at the end of a caption: "... on Jan 5, 2022. (VLADIMIR TRETYAKOV / AP)"
TRAILING_BRACKET = re.compile(r"[(\[]([^()\[\]\n]{2,120})[)\]][ \t]{0,3}\.?$")

_LABELS = (
    r"(?:photo|image|picture|video) (?:source|credit)|photo(?:graph)?(?:s|y)?|picture|image|credit|"
    r"foto|fotos|fot|bild|crédits?(?: photos?)?|video|pictured|photographer|fotograf(?:in)?|"
    r"fotógrafo|photographe|bildquelle|titelbild|beitragsbild|bildnachweis|screenshots?|фото|"
    # a drawing's or a chart's credit: "Illustration: Jane Roe", "Grafik: Stadt Musterhausen"
    r"illustration|ilustración|illustrazione|grafik"
)
# A caption ending with a labelled credit: "... in Kyiv. Photo: John Smith/Getty Images"
# (or after a dash: "... in Kyiv. – Bild: Jane Roe"; or after a bar or a slash, with no full
# stop: "The harbour at dawn | Photo: Jane Roe", "The harbour at dawn / Photo by Jane Roe")
TRAILING_LABELLED_CREDIT = re.compile(
    rf"(?:(?<=[.!?\"”’)])(?:\s*[–—-])?|\s[|/])\s*(?:{_LABELS})\s*(?::|by|-|—|–|\.)\s*([^\n:]{{2,120}})$",
    re.I,
)
# A capitalised label and a colon closing a caption with no full stop: "A man walks past a
# carrier on Thursday Credit: STR/AFP" (case matters: "the picture: a ..." runs on a sentence)
TRAILING_COLON_CREDIT = re.compile(
    r"\s(?:Credit|Photo|Photograph|Picture|Image|Foto|Bild)s?:\s*([^\n:.!?]{2,80})$"
)
# ... or "Credit:" / "Photo:" glued by markup to the caption's last lower-case word ("... a
# rabbit at duskCredit: Jane Roe"), which no sentence spells (after three lower-case letters: a
# brand such as "UniCredit: ..." has fewer)
TRAILING_GLUED_COLON_CREDIT = re.compile(
    r"(?<=[a-z][a-z][a-z])(?:Credit|Photo)s?:\s*(?=[A-ZÀ-Ý])([^\n:.!?]{2,80})$"
)
# A "Credit" label glued by markup to the sentence before it and the name after it:
# "... in Brooklyn.CreditFred Roe/The Times", "....CreditCreditJane Roe"
TRAILING_GLUED_CREDIT = re.compile(
    r"(?<=[.!?\"”’])(?:Credit|Photo|Foto|Bild)(?:Credit)?(?=[A-ZÀ-Ý])([^\n]{2,120})$"
)
# A line that is only a labelled credit: "Photo: Connie Park", "Photograph: Jane Roe/Reuters"
# (a hyphen needs a space before it: "Bild- und Videonachweis" is a compound, not a credit)
# ("Image copyright Getty Images": after "copyright" a space is separator enough)
CREDIT_LABEL_LINE = re.compile(
    rf"^(?:(?:{_LABELS})\s*(?::|by|(?<=\s)-|—|–|,|\.)|(?:photo|image|picture|video) copyright\s)"
    r"\s*([^\n]{2,120})$",
    re.I,
)
# A line that is only a courtesy credit: "Photo courtesy of the City Council", "Courtesy of Jane
# Roe", "Image courtesy Acme Labs.", "Foto cedida por Ana Roe", "Foto: cortesía de Acme",
# "Photo fournie par la mairie" (a name follows: "Courtesy calls were made" is a sentence;
# a bare "Courtesy" needs its "of": "Courtesy Pay" names a bank's service)
COURTESY_LINE = re.compile(
    r"^(?:(?i:(?:image|images|photo|photos|picture|foto|fotos|imagen|imagem)\s?:?\s)?"
    r"(?i:courtesy\sof|cortes[ií]a\sde|cedidas?\spor|gentileza\sde|fournies?\spar)|"
    r"(?i:image|images|photo|photos|picture|foto|fotos|imagen|imagem)\s?:?\s"
    r"(?i:courtesy|cortes[ií]a))"
    r"\s(?:the\s|la\s|le\s|l'|el\s|del\s)?[A-ZÀ-Ý0-9][^.!?\n]{0,80}\.?$"
)
# A video's title after its label, which a credit line resembles: "Video: The best goals of
# March", "VIDEO: How to wash your hands" (a video credited alone says "Video credit: X")
VIDEO_TITLE_LINE = re.compile(r"^videos?\s*[:\-–—,.]", re.I)
# An embedded video's title with its label, in page text: "Watch: The mayor opens the bridge",
# "VIDEO: Crowds line the harbour", "Ver: ...", "Vidéo : ..." (group 1 is the title)
WATCH_LINE = re.compile(
    r"^(?:watch|videos?|vídeo|vidéo|ver|mira|regarder)\s?[:|–—]\s*(\S[^\n]{2,200})$", re.I
)
# A video player's own line under the title: "Play video", "Video duration 02:31",
# "Duration: 1:14", "0:45", "Watch now", "Replay"
VIDEO_PLAYER_LINE = re.compile(
    r"^(?:play(?: video)?|watch(?: now| video)?|replay|"
    r"(?:video )?(?:duration|länge|durée|duración)\s?:?\s?\d{1,2}:\d{2}(?::\d{2})?|"
    r"\d{1,2}:\d{2}(?::\d{2})?)$",
    re.I,
)
# A credit whose label is glued to the name, as when the label sits in its own <span> with
# no space after it: "CreditJohn Roe/Getty Images", "PhotoJane Roe" (case matters: a
# capital right after the label's lower-case letters starts a name, not a longer word).
CREDIT_GLUED_LABEL = re.compile(r"^(?:Credits?|Photo|Foto|Bild)(?=[A-ZÀ-Ý][a-zà-ÿ])")
# A line that is nothing but a credit label: "Credit", "Photo:", "Bild", "Copyright" (a caption
# widget with its credit left empty, or the word before a copyright notice)
LABEL_ONLY_LINE = re.compile(rf"^(?:{_LABELS}|©|copyright)\s*:?$", re.I)
# A label at the start of a credit, to strip: "Foto: Carmen Lozano / EFE" -> "Carmen Lozano / EFE",
# "PHOTO / AFP" -> "AFP" (a label word ends at a separator or a space: "credit/debit cards" names
# no credit; a label that opens a phrase stays: "PHOTO PROVIDED TO THE PAPER", "Image courtesy",
# "PHOTO FROM THE COAST GUARD")
_PHRASE_AFTER_LABEL = r"provided|courtesy|supplied|from"
CREDIT_LABEL_PREFIX = re.compile(
    rf"^(?:(?:{_LABELS})(?:\s*(?::|by|,|\.|\s/)|(?=\s(?!\s*(?:{_PHRASE_AFTER_LABEL})\b)))|©)"
    r"\s*(?=\S)",
    re.I,
)
# A bracket naming a person and an outlet, every word capitalised: "[Jane Roe, Daily Star]"
# after a caption's sentence is its credit (a citation has a year: "(Roe, 2019)")
BRACKET_NAME_AND_OUTLET = re.compile(
    r"^[A-ZÀ-Ý][\w'’.\-]+(?: [A-ZÀ-Ý][\w'’.\-]+){1,3}, [A-ZÀ-Ý][^\W\d_][\w'’.&\-]*"
    r"(?: [A-ZÀ-Ý][\w'’.&\-]*){0,3}$"
)
# "File:" or "File photo:" before a credit: the picture is from the archive; the credit is
# what follows ("[File: Jane Roe/Reuters]" -> "Jane Roe/Reuters")
FILE_PHOTO_LABEL = re.compile(r"^File(?: photo)?\s?:\s*(?=\S)", re.I)
# ... or "File" after the caption's sentence, before the credit's bar: "... in the city. File |
# Photo Credit: X" (the mark goes; the caption keeps its full stop)
FILE_PHOTO_MARK = re.compile(r"(?<=[.!?])\s+File(?: photo)?$", re.I)
# A credit after the caption's last sentence: "... 2022. © Théo Marchal, AFP", "... 2022. NAME / AFP"
TRAILING_CREDIT_TAIL = re.compile(r"(?<=[.!?\"”’])\s+((?:©\s*)?[^.!?©\n]{2,100})$")
# A source label closing a caption's last sentence: "... tool at work. Source: Acme Labs",
# "... im Vergleich. Quelle: Statistisches Amt" (a chart's or a screenshot's credit)
SOURCE_LABELS = ("Source", "Quelle", "Fuente", "Fonte", "Fonti", "Bron", "Źródło")
# A bracketed source after a caption's sentence, as local TV sites credit their pictures:
# "... on Thursday. (Source: WXYZ)", "(Quelle: Stadtwerke)"; the label is cut from the credit
SOURCE_LABEL_PREFIX = re.compile(r"^(?:Sources?|Quelle|Fuente|Fonte|Fonti|Bron|Źródło)\s?:\s*(?=\S)")
TRAILING_SOURCE = re.compile(
    r"(?<=[.!?\"”’)])\s*(?:Sources?|Quelle|Fuente|Fonte|Fonti|Bron|Źródło)\s?:\s*([^\n:]{2,80})$"
)
# A courtesy credit closing a caption, full stop or not: "... 1997. Courtesy Galerie Roe.",
# "... 2008. Image courtesy the artist." (a name or the artist follows: "Courtesy calls were
# made" is a sentence)
TRAILING_COURTESY = re.compile(
    r"(?<=[.!?])\s+((?:(?:Image|Photo|Photos|Images|Foto)\s)?[Cc]ourtesy(?:\sof)?\s"
    r"(?:the\s(?:artists?|authors?|photographers?|estate)\b|[A-ZÀ-Ý0-9])[^.!?\n]{0,80})\.?$"
)
# A copyright credit closing a caption, after a space or a bar: "Das Projektgebiet an der Aller
# © E. Schwinge", "Harbour cranes, Rotterdam | © 2012 Jan Nolte"
# "...im Garten.© Hoklatherm", the credit's <span> glued to the sentence by markup
TRAILING_COPYRIGHT = re.compile(r"(?:\s\||\s|(?<=[.!?]))\s?(©[^©|\n]{2,80})$")
# A year in a copyright line, which a site's notice gives and a photo credit seldom does:
# "© 2024 Valley Echo", "©2019-2025 X", "© Valley Echo LLC 2025."
COPYRIGHT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A chart's or a photo's source alone in caption markup, which credits it: "Source: Harbour Board",
# "Quelle: Stadtarchiv", "Fuente: INE"
SOURCE_LINE = re.compile(
    r"^(?:sources?|quelle|fuente|fonte|fonti|bron|źródło|kilde|källa)\s?:\s?([^\n]{2,120})$", re.I
)
# A teaser link's media mark, which names no photographer: "Malta arrests a suspect - Photo",
# "New concerts this week – Video", "Best gifts under $50 | Gallery"
TEASER_MEDIA_MARK = re.compile(r"\s[-–—|]\s?(?:photos?|videos?|gallery|fotos?|bilder|galerie)$", re.I)
# Legal small print, which is no credit: "© 2024 Valley Echo. All rights reserved.",
# "Riproduzione riservata © Copyright Agenzia"
RIGHTS_RESERVED = re.compile(
    r"rights reserved|alle rechte|tous droits|reproduction interdite|derechos reservados"
    r"|riproduzione riservata|diritti riservati|direitos reservados|prawa zastrzeżone"
    r"|rechten voorbehouden",
    re.I,
)
# A price on a shop card's line: "$75 at Amazon", "19,99 EUR", "ab 49 €"
PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?(?:[$€£¥]|EUR\b|USD\b)")
# A gallery's counter before a caption: "1 of 4", "2of4" (glued by markup), "3/5", "Foto 1 de 1",
# "Bild 2 von 9"
GALLERY_COUNTER = re.compile(
    r"^(?:(?:foto|photo|bild|image|imagen|slide)\s?)?\d{1,3}\s?(?:of|/|von|de|sur|di|из)\s?\d{1,3}"
    r"(?!\d)\s*",
    re.I,
)
# The story's own credits, whose photo credit closes the line: "Words: Jane Roe Photos: Max Roe",
# "Text: Jana Roe, Fotos: Max Roe" (an author is no caption)
STORY_CREDITS_LINE = re.compile(
    r"^(?:words|text|texte|texto|testo|story|reporting|interview|written by)\s?:", re.I
)
# Words an image's file name adds to its alt text: "Blick-auf-den-Hafen.jpg"
IMAGE_FILE_WORDS = frozenset({"jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp"})
# A line that only announces the caption below it: "Image caption," (BBC style)
CAPTION_LABEL_LINE = re.compile(r"^(?:image|photo|video|media) caption\s*[,:]?$", re.I)
# The same label opening the caption's own line, the label's <span> hidden from view but kept
# in the page text: "Image caption The new bridge at dawn", "Media captionWho is ...?"
CAPTION_LABEL_PREFIX = re.compile(r"^(?:image|photo|video|media) caption[ \t]*[,:]?[ \t]*(?=\S)", re.I)

# A caption opening with a numbered figure label: "Figure 2. Inference latency ...",
# "Image 3: A robot arm sorts parcels", "Abb. 4: Auf der Binde ...", "Table 1. Baseline ..."
FIGURE_LABEL = re.compile(
    r"^(?:fig(?:ure|ura)?|abb(?:ildung)?|bild|grafik|image|img|photo|foto|chart|diagram|"
    r"table|tabelle|tabla|tableau|gráfico|grafico|illustration|exhibit)\.? ?\d{1,3}[a-z]?"
    r" ?[.:|–—)-] ?\S",
    re.I,
)
# ... of them, the labels that number a photo, not a figure or a table: in page text, where
# a scientific paper's figure captions stay in its body, these still caption a picture:
# "Image 3: A robot arm sorts parcels", "Photo 2 - The harbour at dawn", "Foto 4: Der Hafen"
PHOTO_NUMBER_LABEL = re.compile(
    r"^(?:image|img|photo|foto|picture|bild) ?\d{1,3}[a-z]? ?[.:|–—)-] ?\S", re.I
)
# A button or an ad label set in caption markup, which captions nothing: "Caption", "Close",
# "Hide caption", "Advertisement", "Anzeige"
CAPTION_WIDGET_LINE = re.compile(
    r"^(?:(?:(?:hide|show|toggle|expand|collapse) )?(?:captions?|close|expand|enlarge|zoom)"
    r"|advertisement|anzeige|werbung|publicité|publicidad|pubblicità|sponsored|ad)$",
    re.I,
)
# Parts of a longer class/id token that name a caption: "imageCaption", "InlineImage-
# imageEmbedCaption", German "bildunterschrift", French "legende", Italian "didascalia",
# Spanish "pie-de-foto".
CAPTION_CLASS_PARTS = ("caption", "bildunterschrift", "legende", "didascalia", "pie-de-foto")
# Class/id tokens (or their parts) of an element inside a caption that holds its credit:
# <span class="credit">, <small class="caption-credit">, <span class="photographer">
CREDIT_CLASS_TOKENS = frozenset(
    {"credit", "credits", "copyright", "photographer", "photocredit", "fotograf", "bildnachweis"}
)
# Class/id tokens of a caption's container in HTML: <div class="wp-caption-text">
CAPTION_CONTEXT_TOKENS = frozenset(
    {
        "figcaption",
        "caption",
        "wp-caption-text",
        "image-caption",
        "photo-caption",
        "media-caption",
        "img-caption",
        "credit",
        "image-credit",
        "photo-credit",
    }
)
# A bracket closing a caption that says what kind of picture it is, which only a caption says:
# "Die Kinder waren noch klein (Symbolbild).", "... in 2019 (file photo)", "(Archivbild)"; or
# who it shows, closing a line with no full stop: "The pair outside the hall (pictured left)"
# (a story's sentence says "(pictured)" inside it, or before its full stop)
IMAGE_KIND_MARK = re.compile(
    r"\((?:symbolbild|symbolfoto|archivbild|archivfoto|file photo|file image|stock photo|"
    r"illustrative (?:image|photo)|imagen (?:de archivo|ilustrativa)|foto de archivo|"
    r"photo d'(?:archive|illustration)|image d'illustration|foto d'archivio|"
    r"foto illustrativa)\)\.?$|"
    r"\(pictured(?: (?:left|right|above|below|top|bottom|centre|center|inset))?\)$",
    re.I,
)
# One sentence ending and the next beginning: a full stop after a word of three lower-case
# letters or more (not "Gov.", "Dr.", "Corp."), then a capital or an opening quote:
# "... last year. Daniel Zhang ..."
SENTENCE_BREAK = re.compile(r"(?<![A-ZÀ-ÖØ-Þ])[^\W\d_A-Z]{3}[.!?][\"'”’»)]?\s+[\"„“«]?[A-ZÀ-ÖØ-Þ]")
