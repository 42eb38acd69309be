"""Page furniture: the lines around a story that are not the story. Data only.

Each table maps a removal reason to one compiled pattern. Patterns match a WHOLE short line
(anchored), so a story sentence that mentions "cookies" or "share" is never taken for furniture.
Languages: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish.
"""

from __future__ import annotations

import re

__all__ = [
    "BIO_OPENINGS",
    "BIO_VERBS",
    "BREADCRUMB_SEPARATOR",
    "COMMENTS_START",
    "COMMENT_LINE",
    "COPYRIGHT_LINE",
    "DISCLAIMER",
    "END_OF_STORY",
    "ENGAGEMENT_COUNTS",
    "GENERIC_LAST_CRUMBS",
    "HOME_CRUMBS",
    "IMAGE_ALT_LINE",
    "IMAGE_FILE",
    "INTERVIEW_TURN",
    "LABELLED_FACT",
    "LINE_RULES",
    "LIST_INTRO",
    "NAVIGATION_LABEL",
    "POST_TIME",
    "REPORTING_CREDITS",
    "SENTENCE_MARK",
    "TAIL_NOTES",
    "VIDEO_DURATION",
    "WIRE_END_MARK",
]

# A line that is an image file name, as innerText copies of banners give: "2024 RT Banner.gif"
# An image in a text dump, printed as its alt text in brackets (lynx, w3m): "[Hong Kong
# protester]". A bracketed sentence ("[Updated at 5pm.]") is an editor's note, not an image.
IMAGE_ALT_LINE = re.compile(r"^\[[^\[\]\n]{1,300}(?<![.!?])\]$")
IMAGE_FILE = re.compile(r"^\S(?:[^\n]{0,200}?)\.(?:gif|jpe?g|png|webp|svg|avif|bmp)$", re.I)

# Breadcrumb separators between short crumbs: "Asia Pacific> Asia News> Content", "Home › World"
BREADCRUMB_SEPARATOR = re.compile(r"(?<!\s)\s*(?:>|›|»|→|/|\|)\s*")
# A first crumb that is the home page: dropped from section_path.
HOME_CRUMBS = frozenset(
    {
        "home",
        "homepage",
        "start",
        "startseite",
        "accueil",
        "portada",
        "inicio",
        "home page",
        "strona główna",
        "główna",
        "főoldal",
        "etusivu",
        "forside",
        "hem",
        "voorpagina",
    }
)
# A footer's copyright line: "© 2022 The Valley Courier. All rights reserved."
COPYRIGHT_LINE = re.compile(r"©|\(c\) \d{4}|\bcopyright\b", re.I)

# A last crumb that names the page type, not a section: dropped from section_path.
GENERIC_LAST_CRUMBS = frozenset(
    {
        "content",
        "article",
        "story",
        "news",
        "detail",
        "details",
        "page",
        "text",
        "artikel",
        "nachricht",
        "article complet",
        "noticia",
        "articolo",
        "current page",
    }
)

_share = (
    r"(?:(?:kindly|please) )?share(?: (?:this|the) (?:story|article|page|post))?(?: on \w+)?|"
    r"share via \w+|"
    r"share (?:or|and) comment(?: on)?(?: (?:this|the) (?:story|article|page|post))?:?|"
    r"tweet|e-?mail|print|copy link|link copied|whatsapp|facebook|twitter|linkedin|pinterest|"
    r"reddit|telegram|flipboard|x|messenger|teilen|artikel teilen|drucken|partager|"
    r"partager (?:cet|l')article|compartir|condividi|compartilhar|delen|udostępnij|"
    r"share this|sharing is caring|save|saved|gift (?:this )?article|listen(?: to this article)?|"
    r"\d+ shares?|comments?|\d+ comments?|follow us|follow|seite teilen|drukuj|drucken|"
    r"(?:rezept|artikel|seite) drucken|imprimir|imprimer|stampa|permalink|permalien|"
    r"valora esta noticia|bewerten sie diesen artikel|rate this (?:article|story|post|recipe)|"
    r"möchten sie (?:den|diesen) artikel teilen\??|artikel gefallen\?[^\n]{0,60}|"
    r"if you enjoyed (?:reading )?this (?:post|article)[^\n]{0,100}|"
    r"you can keep up with me on [^\n]{1,40}|gefällt (?:dir|ihnen) unser [^\n]{1,60}\?|"
    r"follow [^\n]{1,60} on (?:twitter|facebook|instagram|linkedin|tiktok|x|google news)\b"
    r"[^\n]{0,120}|"
    r"s[ií]guenos en [^\n]{1,100}|[^\n]{0,80}canal de (?:telegram|whatsapp|youtube)[^\n]{0,120}|"
    # a share bar's buttons spelt out: "Click to share on Facebook (Opens in new window)"
    r"click to (?:share|print|email)[^\n]{0,80}|print this (?:article|page|story|post)|"
    r"like this (?:story|article|post)\? share it[^\n]{0,40}"
)
_cookie = (
    r"[^\n]{0,300}\bcookies?\b[^\n]{0,300}|accept(?: all)?(?: cookies)?|reject all|"
    r"manage (?:preferences|cookies|settings)|cookie (?:settings|policy|preferences)|"
    r"privacy (?:policy|settings)|alle akzeptieren|tout accepter|aceptar(?: todo)?|accetta(?: tutto)?|"
    # the consent placeholder standing in for an embedded post until the reader allows it
    r"empfohlener redaktioneller inhalt|"
    r"[^\n]{0,150}\bexterne[nr]? inhalte? (?:von|anzeigen|angezeigt|laden|zulassen|aktivieren)\b[^\n]{0,300}|"
    r"ich bin (?:damit )?einverstanden, dass[^\n]{0,100}\binhalte?\b[^\n]{0,300}|"
    r"[^\n]{0,150}\b(?:show|load|allow|enable|display) (?:external|third[- ]party|embedded) content\b[^\n]{0,300}"
)
_newsletter = (
    r"[^\n]{0,200}\bnewsletters?\b[^\n]{0,200}|sign up(?: now| here| for free)?|subscribe(?: now| today)?|"
    r"enter your e-?mail(?: address)?|your e-?mail(?: address)?|e-?mail address|"
    r"(?:by signing up|by subscribing)[^\n]{0,300}|thank you for (?:signing up|subscribing)[^\n]{0,100}|"
    r"(?:get|receive) [^\n]{0,80} (?:in|to) your inbox[^\n]{0,100}|jetzt abonnieren|abonnieren|"
    r"you can unsubscribe[^\n]{0,100}|unsubscribe at any time[^\n]{0,60}|"
    r"s'abonner|je m'abonne|suscríbete|iscriviti|stay up[- ]to[- ]date (?:on|with) our [^\n]{1,60}|"
    r"suscr[ií]b(?:e|ete|ase)[^\n]{0,20}\bbolet[ií]n[^\n]{0,100}|"
    r"zapraszamy (?:też |także )?do subskrypcji[^\n]{0,100}|"
    r"no spam[,.!]? we promise[^\n]{0,150}|get breaking news[^\n]{0,150}"
)
_promo = (
    r"advertisement|advertising|sponsored(?: content)?|ad|anzeige|werbung|publicité|publicidad|"
    r"[-–—] ?(?:anzeige|werbung|advertisement|publicidad|publicité) ?[-–—]|"
    r"(?:bild|bilder|quellen|inhalt|video|karte) (?:anzeigen|ausblenden|einblenden)|"
    r"externer inhalt|show (?:more|less|sources)|hide sources|"
    r"jede (?:kleine )?spende[^\n]{0,120}|jetzt spenden|unterstütze (?:uns|das projekt)[^\n]{0,60}|"
    r"support (?:us|our (?:work|journalism))[^\n]{0,100}|donate(?: now| today)?|"
    r"anzeige,? [^\n]{0,40}affiliate[- ]links?[^\n]{0,40}|[^\n]{0,60} als pdf herunterladen|"
    r"\*?werbung[.:][^\n]{0,150}|dieser beitrag enthält werbung[^\n]{0,100}|anzeige ?[-–—:] [^\n]{1,150}|"
    r"for the latest (?:stories|news)[^\n]{0,150}|scroll to read more[^\n]{0,80}|"
    # a site's own pitch under the story: "For more news about the city, visit <url>", its app
    r"for more news [^\n]{0,80}\bvisit\b[^\n]{0,120}|download (?:the|our) (?:[^\n]{1,40} )?app\b[^\n]{0,80}|"
    r"hazte (?:miembro|socio)[^\n]{0,100}|subscribe now to [^\n]{1,100}|"
    r"download (?:this|the) (?:article|post|pdf)[^\n]{0,40}|"
    r"(?:wir respektieren (?:deine|ihre) privatsphäre|we respect your privacy)[^\n]{0,100}|"
    r"pubblicità|reklama|download (?:our|the) app[^\n]{0,100}|get the app|open (?:in|the) app|"
    r"[^\n]{0,100}open it in your browser[^\n]{0,40}|continue reading(?: below)?|"
    r"story continues(?: below)?(?: advertisement)?|article continues below[^\n]{0,40}|"
    # the break an advertisement leaves in the story, in other languages: "Publicidade",
    # "Continua após a publicidade", "La suite après cette publicité", "Weiter nach der
    # Anzeige", "L'articolo continua dopo la pubblicità", "Sigue después de la publicidad"
    r"publicidade|continua (?:após a|depois da) publicidade|"
    r"la suite (?:après|sous) (?:cette |la )?publicité|weiter nach (?:der )?(?:anzeige|werbung)|"
    r"(?:l'articolo )?continua (?:dopo|sotto) la pubblicità|"
    r"(?:la noticia |el artículo )?(?:continúa|sigue) (?:después de|tras) la publicidad|"
    # an audio player's button: "Artikel anhören", "Écouter cet article", "Ouvir o texto"
    r"(?:artikel|beitrag) (?:anhören|vorlesen)|écouter (?:cet |l')article|ascolta l'articolo|"
    r"escuchar (?:este artículo|la noticia)|ouvir (?:o texto|esta notícia|a notícia|a matéria)|"
    r"listen to (?:this|the) (?:article|story)|"
    r"skip (?:to (?:main )?content|advertisement|ad)|scroll to continue[^\n]{0,40}|"
    r"\d+ min(?:ute)?s?(?: read)?|lesezeit:? \d+ min(?:uten)?|temps de lecture[^\n]{0,20}|"
    r"ten tekst przeczytasz[^\n]{0,40}|czas czytania[^\n]{0,20}|tiempo de lectura[^\n]{0,20}|"
    r"(?:watch|listen|play)(?: now| video)?|loading(?:\.\.\.|…)?|"
    r"click here[^\n]{0,100}|"
    r"(?:have a (?:question|tip|story idea)[^\n]{0,80}\?\s*)?(?:send|email|tell|submit) (?:it|us|them|your [^\n]{1,30}) "
    r"(?:to )?(?:our newsroom|the newsroom|us)\b[^\n]{0,120}|this content is (?:not )?available[^\n]{0,200}|"
    # notices to the reader's browser, and a publisher's reprint notice
    r"this slideshow requires javascript\.?|we(?:'|’)ve detected you are on internet explorer[^\n]{0,200}|"
    r"(?:ie ?11|internet explorer) is not supported[^\n]{0,200}|"
    r"this copy is for your personal,? non-commercial use only[^\n]{0,300}"
)
_legal = (
    r"(?:©|\(c\)|copyright)[^\n]{0,200}|all rights reserved\.?[^\n]{0,100}|"
    r"[^\n]{0,80}(?:©|\(c\)) ?(?:19|20)\d\d\b[^\n]{0,200}|[^\n]{0,80}\ball rights reserved\.?|"
    # a reprint notice: "... may not be reproduced ... without prior written permission ..."
    r"[^\n]{0,200}\bmay not be (?:reproduced|republished|redistributed|copied)\b[^\n]{0,200}"
    r"\bwithout\b[^\n]{0,200}|"
    r"for (?:feedback|comments|complaints|inquiries|enquiries)\b[^\n]{0,60}\bcontact us\b\.?|"
    r"terms (?:of (?:use|service)|and conditions)|contact us|about us|advertise with us|"
    r"work (?:for|with) us|impressum|datenschutz|"
    r"mentions légales|aviso legal|alle angaben ohne gewähr\.?|kontakt:?|contact:?"
)
_paywall = (
    r"[^\n]{0,200}(?:réservée? aux abonnés|reserved for (?:subscribers|members)|"
    r"for (?:subscribers|members) only|nur für abonnenten|exclusivo para (?:suscriptores|abonados)|"
    r"riservato agli abbonati|subscribe to (?:continue|keep) reading|"
    r"you have \d+ free (?:articles?|stories) left|already (?:a )?subscriber|déjà abonné|"
    r"sie haben bereits ein abo|jetzt weiterlesen|weiterlesen mit|to view the full (?:story|article)|"
    r"to continue reading|please subscribe|instant access to the full (?:article|story|text))"
    r"[^\n]{0,200}"
)
_disclaimer = (
    r"by (?:submitting|clicking|proceeding|continuing|signing up|subscribing|registering|"
    r"entering your|providing your|using this (?:site|website))\b[^\n]{0,600}|"
    r"(?:this (?:site|page|article|post) (?:contains|includes|may contain) affiliate "
    r"(?:and/or |and |or )?(?:referral )?links|"
    # an affiliate notice: "We independently evaluate all of our recommendations. ...", "When
    # you purchase through links in our articles, we may earn ...", "Every item on this page
    # was chosen by an editor. ...", "Products are selected independently by our editors. ..."
    r"we independently (?:evaluate|review|select|research|choose)|"
    r"(?:when|if) you (?:buy|purchase|shop|click)[^\n]{0,40}(?:through|via|on) "
    r"(?:links?|our links|one|something)|"
    r"(?:products|every (?:item|product))[^\n]{0,30}(?:chosen|selected|curated) "
    r"(?:independently )?by our editors|"
    r"every (?:item|product) on this page was (?:chosen|selected|curated)|"
    r"sometimes we include links to|"
    r"(?:we|this site) may (?:earn|receive) (?:a )?(?:commission|compensation))[^\n]{0,400}|"
    r"you are (?:now )?leaving [^\n]{0,400}|"
    # a sign-up form's small print: "Your information is handled in accordance with our
    # Privacy Policy."
    r"your (?:information|details|data|personal data)\b[^\n]{0,60}\bin accordance with "
    r"(?:our|the|its) [^\n]{0,40}\bprivacy\b[^\n]{0,100}|"
    r"[^\n]{0,60}gibt (?:ausschließlich )?die meinung de[rs] (?:autors|autorin|verfassers)[^\n]{0,200}|"
    # an opinion page's notes: "The views do not necessarily reflect those of X.", "The views
    # expressed in this piece are the author's own."
    r"(?:the )?(?:views|opinions)(?: expressed)?(?: here| in this [^\n]{1,20})? do not "
    r"necessarily (?:reflect|represent)\b[^\n]{0,160}|"
    # an opinion page's note: "The views expressed in this piece are the author's own."
    r"(?:the )?(?:views|opinions) expressed (?:in this|here|above|by)[^\n]{0,120}"
    r"\b(?:author|writer|contributor|columnist)s?(?:['’]s?)?\b[^\n]{0,120}"
)
_postmeta = (
    r"this entry was posted\b[^\n]{0,200}|posted in\b[^\n]{0,200}|filed under\b[^\n]{0,200}|"
    r"(?:categor(?:y|ies)|kategorien?|catégories?|categorías?|categorie|kategori[ae])\s*:[^\n]{0,200}|"
    r"(?:views|aufrufe|vues|visitas|visualizzazioni|wyświetle\w*)\s*:?\s*[\d.,]*|"
    r"(?:source|quelle|źródło|fuente|fonte|bron)\s*:?|\d{1,2}:\d{2}\s*(?:am|pm|uhr|h)?|"
    r"(?:read|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|leggi tutto|"
    r"czytaj dalej|lees meer|ler mais)(?: more)?\s*(?:»|›|→|\.\.\.|…|:)?"
    r"(?:\s*\d{1,3} ?(?:min\.?|mins?|minutes?|minuten))?|"
    r"(?:weitere|weiterführende|zusätzliche) informationen:?|zusatzinformationen:?|"
    r"quellenangaben:?|kommentare insgesamt:?[\d\s]*|"
    r"\(?(?:noch keine bewertungen|no ratings yet)\)?(?: loading(?:\.\.\.|…)?)?|"
    r"(?:(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)|"
    r"was this (?:article|page|post) (?:helpful|useful))\??(?: ?\([^()\n]{0,60}\))?"
)
_tags = (
    r"(?:tags?|topics?|themen|schlagwörter|mots-clés|etiquetas|tag):? [^\n]{1,300}|"
    r"tagged(?: with)?:?|temas:?|"
    r"(?:table of contents|inhaltsverzeichnis|sommaire|índice|spis treści|indice)"
)
# The notice a government site's template sets above every page: "An official website of the
# United States government", "Here's how you know", "Official websites use .gov", "Secure .gov
# websites use HTTPS", "A lock ( ) or https:// means ..."
_official_site = (
    r"an official website of (?:the )?[^\n]{3,80}|here[’']s how you know\.?|"
    r"official websites use \.[a-z]{2,8}|secure \.[a-z]{2,8} websites use https|"
    r"an? \.[a-z]{2,8} website belongs to an official [^\n]{0,200}|"
    r"a lock \([^\n]{0,40}\) or https://[^\n]{0,300}"
)
# The messages and small print of a web form or a rating widget, set in the page whether or not
# the reader used it: "Thank you! Your submission has been received!", "Oops! Something went
# wrong while submitting the form.", "This field is for validation purposes and should be left
# unchanged.", "This site is protected by reCAPTCHA and the Google Privacy Policy ...", "This
# site uses Akismet to reduce spam. ...", "How useful was this post?", "Click on a star to rate
# it!", "No votes so far! Be the first to rate this post.", "Did you find this content
# helpful?", "Thank you for your feedback!"
_form = (
    r"thank you!? your submission has been received!?|"
    r"oops!? something went wrong while submitting the form\.?|"
    r"this field is for validation purposes and should be left unchanged\.?|"
    r"this (?:site|page|form) is protected by recaptcha\b[^\n]{0,200}|"
    r"this site uses akismet to reduce spam\b[^\n]{0,100}|"
    r"how (?:useful|helpful) was this (?:post|article|page|guide)\??|click on a star to rate it!?|"
    r"no votes so far!?(?: be the first to rate this (?:post|article|page)\.?)?|"
    r"(?:did you find|was) this (?:content|article|page|post|information|guide) (?:helpful|useful)\??|"
    r"thank(?:s| you) for your feedback[.!]?"
)

# Legal small print: "By submitting this form, you agree ...", "This post contains affiliate links"
DISCLAIMER = re.compile(rf"^(?:{_disclaimer})$", re.I)

# A photo gallery's counter and buttons: "Image 1 of 8", "3 / 12", "Back to Gallery"
GALLERY = re.compile(
    r"^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|zdjęcie)\s+)?\d{1,3}\s*"
    r"(?:of|von|de|sur|di|z|/)\s*\d{1,3}$|"
    r"^(?:back to|view|open|launch|see|start|zur) (?:the )?(?:photo )?(?:gallery|slideshow|"
    r"bildergalerie|galerie)$|^(?:view|see) all \d{1,3} (?:photos|images|pictures)$",
    re.I,
)

LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("share", re.compile(rf"^(?:{_share})\s*[!:.]?$", re.I)),
    ("cookie", re.compile(rf"^(?:{_cookie})$", re.I)),
    ("newsletter", re.compile(rf"^(?:{_newsletter})[!.]?$", re.I)),
    ("promo", re.compile(rf"^(?:{_promo})\s*[!:.]?$", re.I)),
    ("legal", re.compile(rf"^(?:{_legal})$", re.I)),
    ("tags", re.compile(rf"^(?:{_tags})$", re.I)),
    ("paywall", re.compile(rf"^(?:{_paywall})$", re.I)),
    ("post meta", re.compile(rf"^(?:{_postmeta})$", re.I)),
    ("disclaimer", DISCLAIMER),
    ("banner", re.compile(rf"^(?:{_official_site})$", re.I)),
    ("form", re.compile(rf"^(?:{_form})$", re.I)),
    ("gallery", GALLERY),
)

# The end of a Reuters-style story: "Reporting by Jane Doe; Editing by John Roe"
REPORTING_CREDITS = re.compile(
    r"^\(?(?:reporting|additional reporting|writing|editing|compiled|graphics?|research|"
    r"produced|fact-checking) by [^\n]{1,300}$",
    re.I,
)

# A line that opens the reader comments: "12 Comments", "Comments (3)", "Leave a comment"
COMMENTS_START = re.compile(
    r"^(?:\d+\s+)?(?:(?:top|top[- ]rated|highest[- ]rated|best|featured|newest|most (?:liked|popular)|"
    r"readers?'?|user)\s+)?"
    r"(?:comments?|responses?|replies|thoughts?|kommentare|commentaires|"
    r"comentarios|commenti|komentarze|reacties)(?:\s*\(\d+\))?"
    r"(?:\s+(?:on|to|zu|sur|en|a)\s+[^\n]{1,200})?\s*:?$|"
    r"^(?:leave|post|add) a (?:reply|comment)(?: to [^\n]{1,120})?$|^(?:discussion|conversation)$|"
    r"^(?:hinterlasse|schreibe) (?:eine antwort|einen kommentar)$|^kommentar (?:schreiben|verfassen)$|"
    r"^laisser un commentaire$|^deja (?:un comentario|una respuesta)$|^lascia un commento$|"
    r"^dodaj komentarz$|^laat een reactie achter$|^deixe um comentário$|"
    r"^(?:leave|post|add|write|view|show|read|see|load) (?:a |all |the )?(?:\d+ )?"
    r"(?:comments?|reply|response)s?(?: \(\d+\))?$|"
    r"^join the (?:conversation|discussion)$|^what do you think\??$|"
    r"^(?:log|sign) in to (?:comment|reply|join the conversation)[^\n]{0,60}$|"
    r"^comments are closed\.?$|^kommentieren$|^réagir$|^(?:kommentare|kommentarfunktion) "
    r"(?:geschlossen|deaktiviert)$|^les commentaires sont fermés\.?$",
    re.I,
)

# A line after which the story is over: share bars, "Most read" boxes, "More from ..." lists.
# A wire's end mark: Xinhua's "Enditem", "(END)", the old "-30-" and a release's "###"
_WIRE_END = r"enditem|\(end\)|-30-|###"
WIRE_END_MARK = re.compile(rf"^(?:{_WIRE_END})$", re.I)
END_OF_STORY = re.compile(
    r"^(?:share this (?:story|article)|most (?:read|popular|viewed|shared)|"
    r"(?:more|latest) (?:from|stories|news|in)\b[^\n]{0,60}|trending(?: now| stories)?|"
    r"recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|"
    r"related (?:stories|articles|news|coverage|content)|read next|up next|"
    r"meistgelesen|das könnte sie auch interessieren|les plus lus|lo más leído|"
    r"verwandte (?:themen(?:bereiche)?|artikel)|ähnliche (?:artikel|beiträge)|articles similaires|"
    r"artículos relacionados|related (?:topics|posts)|podobne artykuły|contenido relacionado|"
    r"about the author|über den autor|über die autorin|à propos de l'auteur|sobre el autor|"
    r"o autorze|schon gelesen\??|auch interessant|photo credits|bildnachweis|"
    r"te puede interesar|también te puede interesar|i più letti|najczęściej czytane|"
    r"(?:você|voce) (?:também )?(?:pode|poderá) gostar(?: de)?|veja também|leia também|"
    r"vous (?:aimerez|pourriez aimer) (?:aussi|également)|à lire également|"
    r"(?:también )?te (?:puede|podría) gustar|ti potrebbe(?:ro)? interessare|potrebbe interessarti|"
    r"dit vind je misschien ook leuk|meer nieuws|może cię zainteresować|"
    r"also (?:on|in) [^\n]{1,60}|editor'?s picks|top stories|latest(?: news| stories)?|"
    r"empfohlene beiträge|weitere (?:beiträge|artikel)|mehr themen|zum weiterlesen|"
    r"das könnte dich(?: auch interessieren)?|lesen sie (?:auch|mehr)|"
    r"le puede interesar|notas relacionadas|lea también|dowiedz się więcej|explore further|"
    r"lesen sie auch die folgenden beiträge|das thema könnte (?:dich|sie) auch interessieren|"
    r"(?:aktuelle berichte|weitere (?:aktuelle )?themen) aus [^\n]{1,60}|"
    r"à découvrir|"
    rf"{_WIRE_END})"
    r"\s*(?::|\.\.\.|…)?$",
    re.I,
)

# Punctuation a sentence has and a tag cloud ("Apple Design film foto Google ...") lacks.
SENTENCE_MARK = re.compile(r"[.,;:!?。、，！？]")

# The verbs an author's bio opens with after the author's name, in the third person: "Jane Doe
# is a freelance writer ...", "Jane has covered energy since 2015.", "Jane Doe, a former
# teacher, writes about schools.", "Jane Doe ist Redakteurin ...", "Jane Doe est journaliste ...".
BIO_VERBS = frozenset(
    {
        "is", "was", "has", "holds", "joined", "writes", "covers", "leads", "founded",
        "co-founded", "cofounded", "serves", "brings", "spent", "began", "specializes",
        "ist", "war", "schreibt", "arbeitet", "est", "était", "écrit", "es", "escribe", "è",
        "scrive", "jest", "pisze", "werkt", "schrijft",
    }
)  # fmt: skip

# After a first name alone ("Jane is a freelance writer ..."), only these openings make a bio:
# a first name is also a word ("Mark has also deployed ...", "Will is ...").
BIO_OPENINGS = (
    "is a ", "is an ", "is the ", "was a ", "was an ", "was the ", "has been ", "has worked ",
    "has spent ", "has written ", "has covered ", "holds a ", "holds an ", "ist ein", "ist Redakt",
    "est un", "est journaliste", "es un", "es periodista", "è un", "è giornalista", "jest ",
)  # fmt: skip

# A line that gives a fact under a label: "Resolution: 5MP (3K)", "Kat: Then what?"
LABELLED_FACT = re.compile(r"^([^:\n]{1,60}):\s+\S")

# A navigation or widget label ending in a colon, which heads links, not a list of the story:
# "Search for:", "Jump to:", "Tags:", "Related Topics:", "Share:", "Compare:", "Filed under:",
# "Sort by:", "Foto:", "Quelle:", "Article Sources:" (over bare links), "Text Input:" (a form),
# "Stay connected:" (over social links).
NAVIGATION_LABEL = re.compile(
    r"^(?:search(?: for)?|jump to|skip to|go to|tags?|topics?|related(?: \w+)?|more|browse(?: \w+)?|"
    r"share(?: on)?|follow(?: us)?|stay connected|connect with us|find us(?: on)?|compare|photos?|fotos?|фото|images?|bilder?|quellen?|"
    r"categor(?:y|ies)|kategorien?|filed under|posted in|menu|navigation|sort by|filter(?: by)?|"
    r"view|see|suche|rechercher|buscar|cerca|szukaj|(?:article |image |photo )?sources?|"
    r"text input)\s*:$",
    re.I,
)

# A turn of an interview printed as questions and answers, under a one- or two-letter label:
# "Q: Where did it start?", "A: With the last scene.", "F: Warum?" (Frage), "P: ¿Por qué?"
# (pregunta). A question under such a label is the interviewer's words, not a subheading.
INTERVIEW_TURN = re.compile(r"^[A-Z]{1,2}:\s+\S")

# A video's running time on a line of its own, as a player's playlist prints it under each
# title: "01:42", "4:05", "1:02:33".
VIDEO_DURATION = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}$")

# A live blog post's time stamp on a line of its own: "14:32 GMT", "9.05am", "2:14 p.m. ET",
# "11am", "5 min ago", "2 hours ago".
POST_TIME = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}(?: ?[aApP]\.?[mM]\.?)?|\d{1,2} ?[aApP]\.?[mM]\.?)(?: [A-Z]{2,5})?$|"
    r"^\d{1,3} ?(?:mins?|minutes?|h|hrs?|hours?) ago$"
)

# A line introducing a list: "Key points:", "The measures include:"
LIST_INTRO = re.compile(r":\s*$")

# Notes that close a story but are not part of it, read from the end of the body backwards:
# "Jane Doe is a contributing writer for X.", "This article appears in the April issue of X."
TAIL_NOTES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "author bio",
        re.compile(
            r"^(?:[A-ZÀ-Ý][\w.'’-]+ ){1,3}(?:(?:is|was|are) (?:a|an|the)|has worked as (?:a|an)?)"
            r"\b[^\n]{0,80}?\b"
            r"(?:writer|reporter|correspondent|editor|journalist|photographer|columnist|contributor|"
            r"producer|author|fellow|critic|blogger|co-?founder)s?\b[^\n]{0,300}$"
            # an opinion piece's note on its writer: "The author is a senior fellow at ..."
            r"|^The (?:author|writer)s? (?:is|are|was|were) (?:a|an|the)\b[^\n]{3,300}$"
        ),
    ),
    (
        # "Have a news tip? Email tips@example.com or call 555-0100."
        "tip line",
        re.compile(
            r"^(?:have|got|do you have) (?:a |any )?(?:news |story )?tips?(?: for us)?\?"
            r"[^\n]{0,200}$",
            re.I,
        ),
    ),
    (
        # the writer's contact line, with an address or a handle: "Contact Jane Roe at
        # jroe@example.com or follow her on X @janeroe.", "Reach the reporter at
        # jroe@example.com." (a police appeal, "Contact Crime Stoppers at 555-0100", is news)
        "contact line",
        re.compile(
            r"^(?=[^\n]{0,300}@)(?:[Cc]ontact|[Rr]each|[Ee]-?mail) (?:the (?:writer|reporter|author)|"
            r"(?:[A-ZÀ-Ý][\w.'’-]+ ){0,3}[A-ZÀ-Ý][\w.'’-]+) (?:at|via|by e-?mail at) "
            r"[^\n]{0,200}$"
        ),
    ),
    (
        # a press release's closing "SOURCE Example Corp." (the wire's own marker, in capitals)
        "release source",
        re.compile(r"^SOURCE [A-Z][^\n]{1,80}$"),
    ),
    (
        "print note",
        re.compile(
            r"^(?:a version of )?this (?:article|story) (?:appears|appeared|was (?:first |originally )?published|"
            r"originally appeared|ran) [^\n]{0,300}$",
            re.I,
        ),
    ),
)

# A block of nothing but counts, one of them with a thousands suffix: a post's claps, likes
# and responses ("1.2K 14", "2.4K"), printed between its byline and its text. Plain numbers
# alone ("1 2 3 4") are a code listing's line numbers.
ENGAGEMENT_COUNTS = re.compile(
    r"^(?=[^\n]*\d[KkMm](?: |$))"
    r"\d{1,3}(?:[.,]\d{1,3})?[KkMm]?(?: \d{1,3}(?:[.,]\d{1,3})?[KkMm]?){0,3}$"
)

# A line typical of a comment thread: "C. M. says:", "2 days ago at 07:47 am", "Reply", "Report";
# and of a moderated forum's thread: a comment's title with its score ("Re: Guaranteed jobs?
# (Score:2)", "Same here... (Score:4, Interesting)"), its poster with a user number ("by
# jdoe ( 1311177 )", "by jdoe (1311177) on Friday December 19, 2025 @08:08PM (#65870295)"),
# its buttons ("Reply to This Parent Share", "Flag as Inappropriate").
COMMENT_LINE = re.compile(
    r"^[^\n]{1,60} (?:says|said|wrote|sagt|schreibt|écrit|dice|scrive):$|"
    r"^\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b[^\n]{0,30}$|"
    r"^(?:reply|report|flag|like|upvote|downvote|share|permalink|antworten|répondre|responder|rispondi)"
    r"(?: \(\d+\))?$|^\d+ (?:likes?|replies|upvotes?)$|"
    r"^[^\n]{0,120}\(score: ?-?\d(?:, [a-z]{1,20})?\)$|"
    r"^by [^\n]{1,60} \( ?\d{1,10} ?\)(?: on [^\n]{1,120})?$|"
    r"^(?:reply to this(?: parent)?(?: share)?|flag as inappropriate)$",
    re.I,
)
