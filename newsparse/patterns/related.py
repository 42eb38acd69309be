"""Teasers for other stories: their labels in several languages. Data only."""

from __future__ import annotations

import re

__all__ = [
    "CARD_BUTTON",
    "CARD_BYLINE",
    "CARD_COUNT",
    "CARD_CREDIT",
    "CARD_FILED",
    "COMMENT_FORM",
    "NOT_A_TEASER",
    "RELATED_HEADING",
    "RELATED_LABEL",
    "RELATED_LABEL_ALONE",
]

_labels = (
    r"read more|read also|also read|more|related|see also|also see|read|watch|listen|"
    r"recommended|more on this(?: story)?|read the full story|click here|must read|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|siehe auch|"
    r"(?:à )?lire aussi|à lire|voir aussi|lire la suite|"
    r"lee (?:también|más)|lea (?:también|más)|leer más|ver también|puedes ver|mira también|"
    r"te puede interesar|le puede interesar|lea|vea también|mira|te recomendamos|"
    r"leggi anche|vedi anche|leia (?:também|mais)|veja também|lees ook|zie ook|"
    r"czytaj (?:też|także|więcej)|zobacz (?:też|także)|"
    r"читайте (?:также|тоже)|смотрите также|přečtěte si (?:také|též)|čtěte také|"
    r"прочитайте також|читайте також|läs (?:också|mer)|les også|læs også|"
    r"devamını oku|ilginizi çekebilir"
)
# A teaser line: "READ MORE: Kazakhstan govt resigns ...", "Related: ...", "Lesen Sie auch: ..."
RELATED_LABEL = re.compile(rf"^({_labels})\s*(?::|\||»|›|>|-|–|—)\s*(\S[^\n]{{2,300}})$", re.I)

# The label alone on its line, the teaser's title on the next: "READ MORE:", "ALSO READ |",
# "Lesen Sie auch:" (a colon or a bar is needed: "More", "Related" or "Read more »" alone is a
# button or a menu's item)
RELATED_LABEL_ALONE = re.compile(rf"^({_labels})\s*(?::|\|)$", re.I)

# A heading over a list of teasers for other stories: "Related stories", "Up next", "More
# from World", "Most read", "Recent posts", "You'll also love", "Lesen Sie auch".
RELATED_HEADING = re.compile(
    r"^(?:related(?: stories| articles| news| content| coverage| links| reading| posts| pages|"
    r" topics| documents)?|(?:ähnliche|verwandte) (?:artikel|beiträge)|"
    r"you(?: may| might|'ll|’ll| will)(?: also)? (?:like|love|enjoy)(?: to read| reading)?|"
    r"people also (?:like|read)|"
    r"artigos relacionados|artículos relacionados|articles similaires|"
    r"more (?:on|about) (?:this|the) (?:story|topic|subject)|see also|read more(?: articles)?|"
    r"up next|read next|what to read next|next up(?: in [^\n]{1,40})?|also of interest|"
    r"elsewhere on [^\n]{1,40}|"
    r"more (?:from|in) [^\n]{1,40}|more (?:news|stories|articles|posts|blogs|to discover)|"
    r"(?:latest|recent|similar|popular|trending|top|featured) (?:news|stories|posts|articles)|"
    r"most (?:read|popular|viewed|shared)(?: in [^\n]{1,40})?|recommended(?: for you| reading| stories)?|"
    r"mehr zum thema|sur le même sujet|à lire aussi|lire aussi|noticias relacionadas|"
    r"auch interessant|lesen sie auch|weitere (?:beiträge|artikel)|meistgelesen|"
    r"vous aimerez aussi|(?:también )?te puede interesar|le puede interesar|"
    r"articoli correlati|leggi anche|zobacz także|czytaj także|czytaj też|"
    r"материалы по теме|читайте также|"
    # English: "Further reading", "Explore related articles", "We recommend", "More for you",
    # "Other articles you may find interesting", "You may also be interested in"
    r"further reading|(?:explore )?related (?:articles|posts|stories|insights|blog posts)|"
    r"more related (?:posts|articles|stories)|we recommend|more for you|explore more|"
    r"other (?:articles|stories|posts)(?: you (?:may|might) (?:like|enjoy|find interesting))?|"
    r"you (?:may|might) also be interested in|you (?:may|might) also want to (?:read|check these out)|"
    r"read more stories about|"
    # German: "Das könnte Sie auch interessieren", "Mehr zum Thema Garten", "Passend dazu",
    # "Ähnliche Rezepte", "Weitere Artikel zum Thema", "Weiterführende Artikel zu diesem Thema"
    r"(?:das )?(?:könnte|dürfte) (?:sie|dich|dir|euch) (?:auch|ebenfalls) (?:interessieren|gefallen)|"
    r"(?:dir|ihnen|euch) könnte (?:auch|ebenfalls) gefallen|dich interessiert vielleicht auch|"
    r"artikel, die (?:dir|ihnen) auch gefallen könnten|"
    r"mehr (?:zum|zu diesem) thema(?: [^\n]{1,40})?|(?:weitere |weiterführende )?artikel zu(?:m| diesem) thema|"
    r"weitere (?:artikel|beiträge|meldungen|nachrichten) (?:zu|zum|aus)(?: [^\n]{1,40})?|"
    r"ähnliche (?:artikel|beiträge|rezepte|themen|nachrichten)|verwandte (?:links|nachrichten|themen)|"
    r"dies passt zum thema|passend (?:dazu|zum thema)|zum thema|lesenswert|themenrelevante nachrichten|"
    r"(?:diese artikel|das) könnten? (?:dich|sie|dir) (?:auch )?(?:noch )?interessieren|"
    r"empfohlene (?:beiträge|artikel)|für (?:dich|sie) empfohlen|ähnliche (?:artikel|themen) "
    r"(?:lesen|entdecken)|weitere (?:inhalte|artikel in diesem ressort)|"
    r"similar (?:posts|articles|stories)|related (?:resources|topics)|keep reading|"
    # English: "Trending on Example", "More on Web Design", "More to Discover", "Related Terms",
    # "Recently by Jane Roe", "You Might Also Enjoy Some of My Other Posts", "Story Timeline"
    r"trending (?:on|in) [^\n]{1,40}|more on(?: [^\n]{1,40})?|more to (?:discover|explore)|"
    r"related(?: [^\s:]+){1,3}|recently by [^\n]{1,40}|story timeline|browse related|"
    r"you (?:may|might|will) also (?:like|love|enjoy) [^\n]{1,50}|more (?:buying )?guides|"
    # German: "Beliebte Beiträge zum Thema", "Unsere Lesetipps", "Das wird dir auch gefallen!",
    # "Empfohlen für dich", "Lesen Sie weitere Artikel zu diesem Thema"
    r"beliebte (?:beiträge|artikel)(?: zum thema)?|(?:unsere )?lesetipps|"
    r"das wird (?:dir|ihnen|euch) auch gefallen!?|empfohlen für (?:dich|sie)|"
    r"lesen sie (?:weitere|mehr) artikel zu (?:diesem|dem) thema|"
    # Czech, Polish, Russian, French: "Související", "Więcej na ten temat", "Polecamy",
    # "Вам также может быть интересно", "Похожие статьи", "Les dernières news Suisse"
    r"související(?: články| zprávy)?|więcej na ten temat|polecamy|"
    r"вам (?:также )?может быть интересно|похожие (?:статьи|новости|материалы)|"
    r"les dernières (?:news|nouvelles|actualités)(?: [^\n]{1,40})?|"
    r"we also love|les plus lus|sur ce thème|"
    # Spanish, Portuguese, Italian: "Lo más leído", "Las más vistas", "Mais lidas", "Leia mais",
    # "I più letti"
    r"lo más (?:leído|visto|popular)|(?:las|los) más (?:leídas|leídos|vistas|vistos)|"
    r"(?:as |os )?mais (?:lidas|lidos|vistas|vistos)|leia mais|(?:i )?più (?:letti|visti)|"
    # Dutch, Scandinavian, Czech, Russian, Turkish: "Meest gelezen", "Mest läst", "Nejčtenější",
    # "Самое читаемое", "En çok okunanlar"
    r"meest (?:gelezen|bekeken)|mest (?:läst|lästa|lest|læste)|"
    r"nejčtenější|самое (?:читаемое|популярное)|en çok okunan(?:lar)?|"
    # French, Spanish, Italian, Portuguese, Dutch
    r"pour approfondir|sur le même thème|articles en relation|à lire également|"
    r"relacionad[oa]s|temas relacionados|mirá también|más (?:de|sobre) (?!\d)[^\n]{1,40}|"
    r"potrebbe interessarti anche|você (?:também )?pode gostar|gerelateerde artikelen|"
    # Chinese, Japanese
    r"相关文章|相關文章|相关阅读|相關閱讀|您可能會有興趣的文章|你可能感兴趣的文章|関連記事)"
    r"\s*(?::|\.\.\.|…)?$",
    re.I,
)

# A line no teaser card holds, which ends a page-text teaser list: a comment box's prompt, a
# sign-in or contact button, a form's fields ("Name E-Mail Website").
NOT_A_TEASER = re.compile(
    r"\b(?:comments?|kommentar(?:e|en)?|leserkommentare|commentaires?|comentarios?|commenti|"
    r"log ?in|sign ?in|anmelden|anmeldung|se connecter|iniciar sesión|"
    r"deixe (?:uma resposta|um comentário)|scrivi (?:un commento|alla redazione)|komentarz\w*)\b|"
    r"^(?:get in touch|contact us|kontakt|(?:your )?name\W+e-?mail\b[^\n]{0,40})$|"
    # a form's required field: "Email Address *", "ZIP Code *"
    r"^[^\n*]{1,40} \*$",
    re.I,
)

# A comment's line, however long, which ends a teaser list: a pingback, a comment form's
# notice ("Your email address will not be published. Required fields are marked *").
COMMENT_FORM = re.compile(
    r"^(?:pingback|trackback)\b|"
    r"\be-?mail address will not be published|endereço de e-mail não será publicado|"
    r"e-mail-adresse wird nicht veröffentlicht|adresse (?:e-?mail|courriel) ne sera pas publiée|"
    r"correo electrónico no será publicad[ao]|indirizzo email non sarà pubblicato",
    re.IGNORECASE,
)

# A teaser card's author line: "By Jane Roe", "Written by Jane Roe", "Von Max Muster".
CARD_BYLINE = re.compile(
    r"(?:(?:written|posted) )?(?:by|von|par|por|di|door|przez)\s", re.IGNORECASE
)

# A teaser card's photo credit or image description: "© Jane Roe", "(c) Reuters", "Foto: dpa",
# "Image of Jane Roe", "Bild von Max Muster".
CARD_CREDIT = re.compile(
    r"(?:©|\(c\)\s|copyright\b|photo:|foto:|bild:|image:|"
    r"(?:image|photo|picture|bild|foto) (?:of|von|de|di)\s)",
    re.IGNORECASE,
)

# A teaser card's button, the whole line: "Read more", "Read the article", "Link zum Artikel".
CARD_BUTTON = re.compile(
    r"(?:read (?:more|the (?:full )?(?:article|story|post))|continue reading|"
    r"link (?:to the article|zum artikel)|zum artikel|weiterlesen|mehr lesen|lire la suite|"
    r"leer más|leggi (?:tutto|di più)|lees meer|view (?:all|more)|see (?:all|more)|show more|"
    # a print or share button: "Print this article", "Diesen Artikel teilen"
    r"(?:print|share|e-?mail) (?:this )?(?:article|story|post|page)|"
    r"(?:diesen )?artikel (?:drucken|teilen|versenden|merken))"
    r"\W*$",
    re.IGNORECASE,
)

# A count on a teaser card: "707 Reviews", "3 comments", "6 min read", "1.2k views" (not a
# year: "Espresso Maker 2026 Review" is a title).
CARD_COUNT = re.compile(
    r"(?<!\d)\d{1,3}(?:[.,]\d{1,3})*\s?k?\s?(?:reviews?|ratings?|votes?|stars?|comments?|"
    r"kommentare|commentaires|comentarios|views?|shares?|likes?|min(?:ute)?s?(?: read)?|minuten(?: lesezeit)?)\b",
    re.IGNORECASE,
)

# A post's filing line under a card or the story: "Posted in News, Travel", "Filed under:
# ...", "Tags: ...", "Abgelegt unter: ...", "Veröffentlicht von Jane Roe".
CARD_FILED = re.compile(
    r"(?:posted in|filed (?:under|in)|tag(?:ged|s)\b|categor(?:y|ies):|abgelegt (?:unter|in)|"
    r"ver[öo]ffentlicht (?:von|in|am|unter)|gepostet in|schlagw[öo]rter|kategorien?:|"
    r"publié dans|classé dans|publicado en|archivado en|pubblicato in)",
    re.IGNORECASE,
)
