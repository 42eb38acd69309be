"""Byline data: per-language word tables and the compiled regexes that ``newsparse.names`` uses.

Data only. Words are stored case-folded; a table entry of several words ("written by") is one
phrase. Adding a language is adding one ``BylineWords`` row to ``TABLES``; the regexes below are
built once, at import, from the union of all rows (their words only match next to digits or at
line edges, so mixing languages there costs nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

__all__ = [
    "AD_LABELS",
    "AUTHOR_NOUNS",
    "BY_LANGUAGE",
    "COMMENT_WORD_RE",
    "CREDENTIALS",
    "DATELINE_RE",
    "DATE_LINE_PIECES_RE",
    "DATE_NOUNS",
    "DATE_NUMBER_RE",
    "DETERMINERS",
    "DIGIT_RE",
    "DOMAIN_RE",
    "EMAIL_RE",
    "ENGLISH",
    "FIRST_PERSON_BIO_RE",
    "FULL_STOP_RE",
    "GENDER_ENDINGS",
    "GLUED_COLON_RE",
    "HANDLE_RE",
    "HARD_SEPARATOR_RE",
    "INITIALS_RE",
    "INNER_BYLINE_LINKS",
    "JOB_TITLES",
    "JOINER_RE",
    "KNOWN_ORGANIZATIONS",
    "KNOWN_ORGANIZATIONS_FOLDED",
    "LOGO_WORDS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NOT_AUTHOR_LEADS",
    "NOUN_CAPITALISING_LANGUAGES",
    "ORG_LEAD_INS",
    "PHOTO_WORDS",
    "PLACEHOLDERS",
    "PLACE_STARTERS",
    "PORTRAIT_WORDS",
    "SEPARATOR_TOKENS",
    "SIGN_OFF_LEADS",
    "SIGN_OFF_WORDS",
    "SPACED_COLON_RE",
    "STOP_FIRST_WORDS",
    "STOP_WORD_RE",
    "TABLES",
    "TIME_LINKS",
    "TITLE_LINKS",
    "TOKEN_RE",
    "URL_RE",
    "USER_NAME_RE",
    "WEEKDAYS",
    "WHITESPACE_RE",
    "WORD_RE",
    "ZERO_WIDTH",
    "BylineWords",
]


def _words(text: str | Iterable[str]) -> frozenset[str]:
    """``"by | written by"`` -> ``{"by", "written by"}``: entries split on ``|``, case-folded."""
    items = text.split("|") if isinstance(text, str) else text
    return frozenset(" ".join(item.split()).casefold() for item in items if item.strip())


def _exact(text: str) -> frozenset[str]:
    """``"AP dpa"`` -> ``{"AP", "dpa"}``: space-separated entries, case kept."""
    return frozenset(text.split())


@attrs.frozen
class BylineWords:
    """The byline vocabulary of one language (every entry case-folded)."""

    language: str
    # Author markers that open a byline; a colon may follow ("By", "By:", "Written by").
    markers: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Author labels that need a colon ("Author: Jane Doe", "Text: Jane Doe").
    labels: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Author roles of end-of-story credits ("Reporting by X; Editing by Y"): their names are
    # authors for split_byline, but such a line is not taken for the byline by looks_like_byline.
    trailer_markers: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Credits for other work: the names after them are never authors ("Photos by", "Editing by").
    other_markers: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # The same, as colon labels ("Photo: John Smith", "Credit: Reuters").
    other_labels: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Words that join two names ("and", "und", "et").
    conjunctions: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Words that hand a name over to the outlet it wrote for ("Jane Doe for The Times").
    connectors: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Prepositions before a place that a byline adds ("Jane Doe in Paris", "Erik Svensson i Lund").
    places: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Newsroom job titles ("staff writer" ends in "writer"): dropped from the names, and a sign
    # that a line is a byline ("Jane Doe, Staff Writer").
    titles: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Words that qualify a job title ("senior", "chief", "staff"): skipped before a title.
    title_modifiers: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Words that make a phrase an organisation ("News", "Press", "Redaktion").
    org_words: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Capitalised function words of headlines ("The", "How"): never part of a person's name.
    function_words: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Words that end a byline: what follows is a date ("Updated", "Published").
    date_words: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Month names and abbreviations, used only next to a day or year number.
    months: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    # Author-box and share-widget words: the byline ends where they start ("Email the author").
    noise: frozenset[str] = attrs.field(default=frozenset(), converter=_words)


ENGLISH = BylineWords(
    language="en",
    markers=(
        "by | written by | words by | story by | text by | reported by | posted by | byline"
        " | by line | submitted by | created by | article by | article written by | recipe by"
        " | post by | guest post by"
    ),
    labels="author | authors | byline | words | writer | reporter | contributor | contributors",
    trailer_markers="reporting by | writing by | reporting and writing by",
    other_markers=(
        "photo by | photos by | photograph by | photographs by | photography by | pictures by"
        " | picture by | image by | images by | illustration by | illustrations by | graphic by"
        " | graphics by | video by | videos by | editing by | edited by | additional reporting by"
        " | additional reporting | compiled by | produced by | production by | translated by"
        " | fact-checked by | fact checked by | research by | design by | data by | sub-edited by"
        # a health page's reviewer beside its writer ("Medically reviewed by X — Written by Y")
        " | reviewed by | medically reviewed by | clinically reviewed by | expert reviewed by"
        " | copyright | ©"
    ),
    other_labels=(
        "photo | photos | photograph | photographs | photography | picture | pictures | image"
        " | images | image source | credit | credits | photo credit | source | sources"
        " | illustration | graphic | graphics | video | editor | editing | edited"
        # a blog post's categories after its byline ("Posted By: Jane Roe · In: Recipes")
        " | in | posted in | filed in"
    ),
    conjunctions="and | & | with | plus",
    connectors="for",
    places="in",
    titles=(
        "writer | writers | reporter | reporters | correspondent | correspondents | editor"
        " | editors | contributor | contributors | columnist | columnists | journalist"
        " | journalists | critic | critics | producer | producers | author | authors | blogger"
        " | anchor | host | presenter | commentator | reviewer | stringer | freelancer"
        " | staffer | staffers | editor-in-chief | editor-at-large"
    ),
    title_modifiers=(
        "a | an | our | the | your | senior | chief | staff | contributing | special | deputy"
        " | associate | assistant | executive | managing | political | politics | foreign"
        " | national | international | business | sports | sport | science | health | tech"
        " | technology | economics | economic | economy | investigative | freelance | guest"
        " | former | local | regional | news | world | culture | arts | entertainment | travel"
        " | food | fashion | opinion | opinions | digital | online | data | video | photo"
        " | metro | city | legal | education | environment | environmental | climate | energy"
        " | medical | music | film | books | royal | diplomatic | defence | defense | security"
        " | crime | courts | weather | global | lead | principal | general | visiting | junior"
        " | copy | features | feature | markets | finance | financial | investigations"
        " | social | media | audience | multimedia | breaking | sr. | sr | content | community"
        " | marketing | product | program | project | sales | communications | vice | master"
        " | garden | security | home | marketing | seo | engineering | software | research"
        " | review | reviews"
    ),
    org_words=(
        "news | newsroom | newsdesk | desk | staff | team | agency | agencies | media | network"
        " | group | radio | tv | television | daily | weekly | times | post | press | herald"
        " | journal | tribune | gazette | chronicle | courier | observer | guardian | telegraph"
        " | mirror | express | mail | independent | examiner | inquirer | bulletin | magazine"
        " | wire | wires | service | services | bureau | broadcasting | corporation | foundation"
        " | institute | association | society | council | university | online | editorial"
        " | editors | report | blog | inc | inc. | ltd | ltd. | llc | plc | co. | company"
        " | hospital | studio | studios | labs | podcast | channel | publishing | publications"
        " | newsletter | today | standard | economist | insider | reporters | newswire"
        " | organization | organisation | center | centre"
    ),
    function_words=(
        "the | a | of | to | in | on | at | for | with | from | by | and | or | but | is | are"
        " | was | were | be | been | has | have | had | would | could | should | how | why"
        " | what | when | where | who | which | that | this | these | those | it | its | his"
        " | her | their | our | your | my | we | you | they | he | she | not | all | any | some"
        " | more | most | says | said | after | before | over | under | into | about | as"
        " | than | vs | vs. | up | out | off | just | now | here | there | top | if | too"
        " | very | amid | against | between | during | without | within | why | get | gets"
        " | make | makes | does | did | new | here's | what's | inside | behind | beyond"
        " | latest | recent | related | popular | featured | trending"
    ),
    date_words=(
        "updated | published | last updated | last modified | modified | issued on"
        " | issued | first published | originally published | created | on | posted on"
        # not a date, but it ends the name like one, and marks no contact details: whom the
        # author writes for ("Jane Roe on behalf of the Example Team")
        " | on behalf of"
    ),
    months=(
        "january | february | march | april | may | june | july | august | september"
        " | october | november | december | jan | feb | mar | apr | jun | jul | aug | sep"
        " | sept | oct | nov | dec"
    ),
    noise=(
        "email the author | email author | e-mail the author | email | e-mail | follow"
        " | view all posts | view all articles | all posts by | all articles by | more by"
        " | more from | more stories | more articles | read more | see more | see all"
        " | contact | twitter | facebook | instagram | linkedin | bio | about the author"
        " | subscribe | comments | shares | share | tweet | min read | minute read | minutes read"
        " | read time | reading time | listen | opens in new window | show more"
        " | view my complete profile | view profile | view full profile | my profile"
        " | categories | category | filed under | tags | tagged | show all articles"
        " | show all posts | leave a comment | leave a reply | text size | font size"
    ),
)

GERMAN = BylineWords(
    language="de",
    markers=(
        "von | geschrieben von | ein beitrag von | ein kommentar von | gespeichert von"
        " | verfasst von | gepostet von | erstellt von | veröffentlicht von | publiziert von"
        " | eingestellt von | artikel von | text von | beitrag von | gastbeitrag von"
        " | ein gastbeitrag von | kolumne von | eine kolumne von | ein interview von"
    ),
    labels="autor | autorin | autoren | text | texte | von",
    other_markers=(
        "fotos von | bilder von | mit material von | redigiert von | bearbeitet von | foto von"
        " | bild von | illustration von | illustrationen von | grafik von | grafiken von"
    ),
    other_labels=(
        "foto | fotos | bild | bilder | bildquelle | quelle | quellen | fotograf | fotografin"
        " | grafik | illustration | mitarbeit | redaktion | bearbeitung"
    ),
    conjunctions="und | mit | sowie",
    connectors="für",
    places="in | aus",
    titles=(
        "redakteur | redakteurin | redakteure | korrespondent | korrespondentin | journalist"
        " | journalistin | autor | autorin | reporter | reporterin | mitarbeiter | mitarbeiterin"
        " | chefredakteur | chefredakteurin | ressortleiter | ressortleiterin | volontär"
        " | volontärin | kolumnist | kolumnistin | kritiker | kritikerin | moderator"
        " | moderatorin | gastautor | gastautorin | fotograf | fotografin | leiter | leiterin"
        " | korrespondenten | redakteurs | mitarbeiters"
    ),
    title_modifiers=(
        "leitender | leitende | stellvertretender | stellvertretende | freier | freie | freien"
        " | politischer | politische | unser | unsere | unserem | unseren | unserer | ein | eine"
        " | der | einem | einer"
        " | die | sport | wirtschafts | politik"
    ),
    org_words=(
        "redaktion | redaktionsteam | agentur | agenturen | nachrichten | zeitung | presse"
        " | verlag | rundschau | kurier | anzeiger | tagblatt | blatt | rundfunk | fernsehen"
        " | verband | stiftung | pressestelle | zeitschrift | magazin | gmbh | ag | e.v. | kg"
        " | institut | universität | öffentlichkeitsarbeit | abteilung | tagesspiegel"
    ),
    function_words=(
        "der | die | das | und | oder | ist | sind | war | um | mit | für | auf | bei"
        " | zum | zur | ein | eine | einer | wie | was | warum | wer | wo | nicht | kein | keine"
        " | neue | neuer | nach | vor | über | unter | auch | noch"
    ),
    date_words=(
        "aktualisiert | veröffentlicht | erstellt | zuletzt aktualisiert | letzte aktualisierung"
        " | aktualisierung | geändert | zuletzt geändert | stand | am | vom | publiziert"
    ),
    months=(
        "januar | jänner | februar | märz | mai | juni | juli | oktober | dezember | jän | mär"
        " | okt | dez"
    ),
    noise=(
        "folgen | mehr von | mehr zum autor | mehr zur autorin | alle artikel | zum autor"
        " | abgelegt unter"
        " | zur autorin | zum profil | kommentare | teilen | e-mail an | lesezeit"
        " | weiter | weiterlesen | weitere artikel | alle beiträge | zeige alle beiträge"
        " | zeige alle artikel | mein profil | kategorien | kategorie | schlagwörter | schlagworte"
        " | vollständiges profil anzeigen | schreibe einen kommentar | hinterlasse einen kommentar"
        " | kommentar schreiben | kommentar verfassen | keine kommentare"
    ),
)

FRENCH = BylineWords(
    language="fr",
    markers="par | écrit par | propos recueillis par | publié par | posté par",
    labels="auteur | auteurs | autrice | texte | par",
    other_markers="photos par | photo par | édité par | traduit par",
    other_labels=(
        "crédit | crédits | crédit photo | crédits photo | photo | photos | illustration"
        " | source | sources | image"
    ),
    conjunctions="et | avec",
    connectors="pour",
    places="à | en",
    titles=(
        "journaliste | correspondant | correspondante | correspondants | rédacteur | rédactrice"
        " | envoyé | envoyée | envoyés | chroniqueur | chroniqueuse | reporter | éditorialiste"
        " | pigiste | photographe | directeur | directrice"
    ),
    title_modifiers=(
        "notre | nos | grand | grande | spécial | spéciale | spéciaux | permanent | permanente"
        " | envoyé | envoyée | un | une | le | la"
    ),
    org_words=(
        "rédaction | agence | agences | presse | journal | service | équipe | radio"
        " | télévision | quotidien | hebdo | magazine | édition | éditions | groupe"
    ),
    function_words=(
        "et | est | pour | dans | sur | avec | pas | qui | que | comment | pourquoi | ce"
        " | cette | au | aux | un | une | il | elle | nous | vous | ils | elles | ses"
    ),
    date_words="publié | publié le | mis à jour | mis à jour le | modifié | modifié le | le",
    months=(
        "janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre"
        " | novembre | décembre | janv | févr | avr | juil | sept | oct | déc"
    ),
    noise=(
        "suivre | voir tous | voir tous les articles | tous les articles | partager"
        " | commentaires | plus d'articles | temps de lecture"
        " | afficher mon profil complet | voir mon profil complet | voir le profil"
        " | catégories | catégorie | mots-clés | laisser un commentaire | laissez un commentaire"
    ),
)

SPANISH = BylineWords(
    language="es",
    markers="por | escrito por | publicado por",
    labels="autor | autora | autores | texto | redacción",
    other_markers="fotos por | foto por | editado por | traducido por",
    other_labels="foto | fotos | fotografía | imagen | fuente | créditos | crédito",
    conjunctions="y | e | con",
    connectors="para",
    places="en | desde",
    titles=(
        "periodista | corresponsal | redactor | redactora | enviado | enviada | columnista"
        " | cronista | reportero | reportera | editor | editora | colaborador | colaboradora"
        " | fotógrafo | fotógrafa"
    ),
    title_modifiers="especial | nuestro | nuestra | un | una | el",
    org_words=(
        "redacción | agencia | agencias | diario | prensa | noticias | periódico | servicio"
        " | equipo | televisión | radio | revista | grupo | medios"
    ),
    function_words=(
        "los | las | una | y | con | para | por | que | cómo | qué | es | son | sin | sobre | entre"
    ),
    date_words="actualizado | publicado | actualizado el | publicado el",
    months=(
        "enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre"
        " | setiembre | octubre | noviembre | diciembre | ene | abr | ago | dic"
    ),
    noise=(
        "seguir | ver todos | compartir | comentarios | más artículos"
        " | ver mi perfil completo | ver perfil | categorías | categoría | etiquetas"
        " | deja un comentario | dejar un comentario"
    ),
)

ITALIAN = BylineWords(
    language="it",
    markers="di | scritto da | a cura di | pubblicato da",
    labels="autore | autrice | autori | testo",
    other_markers="foto di | immagini di",
    other_labels="foto | fonte | immagine | crediti | credito",
    conjunctions="e | con",
    connectors="per",
    places="a | in",
    titles=(
        "giornalista | corrispondente | inviato | inviata | redattore | redattrice"
        " | editorialista | cronista | collaboratore | collaboratrice | fotografo | direttore"
    ),
    title_modifiers="nostro | nostra | speciale | un | una | il | la",
    org_words=(
        "redazione | agenzia | agenzie | giornale | notizie | stampa | corriere | gazzetta"
        " | quotidiano | rivista | gruppo | servizio"
    ),
    function_words="il | gli | una | con | come | perché | sono | nel | sul",
    date_words="aggiornato | pubblicato | aggiornato il | pubblicato il",
    months=(
        "gennaio | febbraio | marzo | aprile | maggio | giugno | luglio | agosto | settembre"
        " | ottobre | novembre | dicembre | genn | febbr | magg | giu | lug | ott | dic"
    ),
    noise=(
        "condividi | commenti | altri articoli | tutti gli articoli"
        " | visualizza il mio profilo completo | categorie | categoria | lascia un commento"
    ),
)

DUTCH = BylineWords(
    language="nl",
    markers="door | geschreven door",
    labels="auteur | auteurs | tekst",
    other_markers="foto's door | foto door | beeld door",
    other_labels="foto | foto's | beeld | bron",
    conjunctions="en | met",
    connectors="voor",
    places="in | uit",
    titles=(
        "verslaggever | verslaggeefster | correspondent | correspondente | redacteur"
        " | journalist | columnist | medewerker | fotograaf"
    ),
    title_modifiers="onze | een | de",
    org_words="redactie | persbureau | nieuws | krant | dagblad | omroep | nieuwsdienst",
    function_words="het | een | is | zijn | met | voor | hoe | waarom | wat | niet | naar",
    date_words="bijgewerkt | gepubliceerd | aangepast",
    months="januari | februari | maart | april | mei | juni | juli | augustus | oktober | mrt",
    noise="volgen | delen | reacties | meer van | alle artikelen | mijn volledige profiel weergeven",
)

SWEDISH = BylineWords(
    language="sv",
    markers="av | skriven av",
    labels="text | författare | reporter",
    other_markers="foto av | bilder av",
    other_labels="foto | bild | bilder | källa",
    conjunctions="och | med",
    connectors="för",
    places="i | från",
    titles="reporter | skribent | korrespondent | redaktör | journalist | krönikör | medarbetare",
    title_modifiers="vår | en",
    org_words="redaktionen | redaktion | nyheter | tidning | tidningen | byrå | nyhetsbyrå",
    function_words="är | ett | hur | varför | inte | som | det",
    date_words="uppdaterad | publicerad",
    months="januari | februari | mars | april | maj | juni | juli | augusti | oktober",
    noise="följ | fler artiklar | kommentarer | dela",
)

NORWEGIAN = BylineWords(
    language="no",
    markers="av | skrevet av",
    labels="tekst | forfatter",
    other_markers="foto av",
    other_labels="foto | bilde | kilde",
    conjunctions="og | med",
    connectors="for",
    places="i | fra",
    titles="journalist | korrespondent | reporter | redaktør | kommentator | skribent",
    title_modifiers="vår | en",
    org_words="redaksjonen | nyheter | avis | avisen",
    function_words="er | ikke | hvordan | hvorfor",
    date_words="oppdatert | publisert",
    months="januar | februar | mars | april | mai | juni | juli | august | oktober | desember",
    noise="følg | del | kommentarer",
)

DANISH = BylineWords(
    language="da",
    markers="af | skrevet af",
    labels="tekst | forfatter",
    other_markers="foto af",
    other_labels="foto | billede | kilde",
    conjunctions="og | med",
    connectors="for",
    places="i | fra",
    titles="journalist | korrespondent | reporter | redaktør | kommentator | skribent",
    title_modifiers="vores | en",
    org_words="redaktionen | nyheder | avis | avisen",
    function_words="er | ikke | hvordan | hvorfor",
    date_words="opdateret | publiceret",
    months="januar | februar | marts | april | maj | juni | juli | august | oktober | december",
    noise="følg | del | kommentarer",
)

PORTUGUESE = BylineWords(
    language="pt",
    markers="por | escrito por | publicado por",
    labels="autor | autora | texto | redação",
    other_markers="fotos por | foto por",
    other_labels="foto | fotos | imagem | fonte | créditos",
    conjunctions="e | com",
    connectors="para",
    places="em",
    titles=(
        "jornalista | correspondente | repórter | redator | redatora | colunista | editor"
        " | editora | colaborador | colaboradora | fotógrafo"
    ),
    title_modifiers="enviado | enviada | especial | nosso | nossa | um | uma",
    org_words="redação | agência | notícias | jornal | folha | revista | equipe | equipa",
    function_words="os | as | uma | com | para | que | como | não | é | são | sem | sobre",
    date_words="atualizado | publicado | atualizado em | publicado em",
    months=(
        "janeiro | fevereiro | março | abril | maio | junho | julho | agosto | setembro"
        " | outubro | novembro | dezembro | fev | set | out | dez"
    ),
    noise="seguir | compartilhar | comentários",
)

POLISH = BylineWords(
    language="pl",
    markers="autor",
    labels="autor | autorka | tekst",
    other_labels="fot | foto | zdjęcie | źródło",
    conjunctions="i | oraz",
    connectors="dla",
    titles="dziennikarz | dziennikarka | korespondent | redaktor | reporter | reporterka",
    org_words="redakcja | agencja | wiadomości | gazeta",
    date_words="aktualizacja | opublikowano",
    months=(
        "stycznia | lutego | marca | kwietnia | maja | czerwca | lipca | sierpnia | września"
        " | października | listopada | grudnia"
    ),
    noise="udostępnij | komentarze",
)

CZECH = BylineWords(
    language="cs",
    markers="autor",
    labels="autor | autorka | text",
    other_labels="foto | zdroj",
    conjunctions="a",
    titles="redaktor | redaktorka | zpravodaj | zpravodajka | reportér | reportérka",
    org_words="redakce | agentura | zprávy | noviny",
    date_words="aktualizováno | publikováno",
    noise="sdílet | komentáře",
)

TABLES: tuple[BylineWords, ...] = (
    ENGLISH,
    GERMAN,
    FRENCH,
    SPANISH,
    ITALIAN,
    DUTCH,
    SWEDISH,
    NORWEGIAN,
    DANISH,
    PORTUGUESE,
    POLISH,
    CZECH,
)
BY_LANGUAGE: Mapping[str, BylineWords] = MappingProxyType({t.language: t for t in TABLES})

# --- language-neutral words ------------------------------------------------------------------

# News agencies and broadcasters written as acronyms or lower case: matched exactly, so "AP"
# is an agency and "Ap" is not.
KNOWN_ORGANIZATIONS = _exact(
    "AP AFP dpa DPA EFE ANSA PA UPI ANI PTI IANS AAP CP KNA epd APA SDA ATS ANP NTB TT PAP"
    " CTK ČTK MTI TASS RIA BTA HINA STA LETA BNS ELTA STT CNA WAM SPA IRNA KCNA AA DHA IHA"
    " CNN BBC NPR ABC CBS NBC PBS CNBC MSNBC ARD ZDF ORF SRF RTL NOS RTÉ RTE CBC SBS NHK DW"
    " RFI AFP-JIJI APA-OTS sda-ats sid SID KYODO JIJI"
)
# Agencies and outlets written as words: matched case-folded ("REUTERS", "Reuters").
KNOWN_ORGANIZATIONS_FOLDED = _words(
    "associated press | the associated press | reuters | thomson reuters | agence france-presse"
    " | agence france presse | xinhua | xinhua news agency | bloomberg | bloomberg news | kyodo"
    " | kyodo news | yonhap | jiji | jiji press | belga | ritzau | anadolu | anadolu agency"
    " | europa press | lusa | notimex | interfax | ria novosti | sputnik | antara | bernama"
    " | press association | pa media | canadian press | the canadian press | keystone-sda"
    " | australian associated press | press trust of india | united press international"
    " | agerpres | tanjug | al jazeera | france 24 | deutsche welle | agencies | agences"
    " | agenturen | agencias | agenzie | wire services | news agencies | afp"
)
# Academic and professional post-nominals: dropped after a name ("Jane Doe, MD").
CREDENTIALS = _exact(
    "MD M.D. PhD Ph.D. Ph.D DO D.O. RN R.N. MA M.A. MS M.S. MSc M.Sc. BSc BA B.A. MBA MPH"
    " DrPH DVM VMD JD J.D. Esq Esq. CPA CFA CFP RD RDN LD CDE CSCS CPT LCSW LMFT LPC PsyD DDS"
    " DMD FACP FACS FACC FAAP FAND FACLM DACVB DACVIM LVT VTS DNP NP PA-C APRN PharmD OD DC"
    " MSW MEd EdD MFA MS. BS FRCP FRCS MRCP MBBS MBChB CFRE CHES NASM-CPT E-RYT RYT"
)
# Generational suffixes that belong to the name before them ("John Smith, Jr.").
NAME_SUFFIXES = _words("jr | jr. | sr | sr. | ii | iii | iv | junior | senior")
# Lower-case words inside names ("Jan de Vries", "Ursula von der Leyen", "Juan de la Rosa").
NAME_PARTICLES = _words(
    "de | da | di | do | dos | das | del | della | delle | degli | der | den | des | du | la"
    " | le | van | von | vom | zu | zum | zur | ter | ten | te | het | 't | bin | ibn | bint"
    " | al | el | y | i | af | av | e | st. | mac | ben | abu | op | auf | dalla | dal"
)
# Word endings that German writes after a colon to name all genders ("Autor:innen",
# "Redakteur:in"): no user name after a label.
GENDER_ENDINGS = _words("in | innen")
# Photo agencies and photo words: a chunk with one of them is a picture credit, not an author.
PHOTO_WORDS = _words(
    "getty | images | shutterstock | alamy | istock | istockphoto | imago | picture-alliance"
    " | photo | photos | foto | fotos | photography | photographer | fotograf | pexels"
    " | unsplash | pixabay | epa | epa-efe"
)
# The last word of an image's alt text printed as a line: "Example Media Logo" names no author.
LOGO_WORDS = _words("logo | logotype | icon | favicon")
# The last word of an author's picture printed as a line: "Jane Doe Headshot" is "Jane Doe".
PORTRAIT_WORDS = _words("avatar | headshot | head shot | portrait | profile picture")
# Markup placeholders that CMSs print in place of an author.
PLACEHOLDERS = _words(
    "unknown | admin | administrator | null | none | undefined | n/a | na | author | authors"
    " | autor | auteur | autore | webmaster | root | user | default | no author | by"
    " | unbekannt | inconnu | desconocido | sconosciuto | onbekend | okänd | anonymous author"
    " | guest author"
)
# An ad's label, printed where a byline goes above an ad slot: never a name ("Advertisement",
# "Anzeige", "Sponsored").
AD_LABELS = _words(
    "advertisement | advertisements | advert | ad | ads | anzeige | werbung | publicité"
    " | publicidad | pubblicità | advertentie | annons | reklame | sponsored | sponsored content"
)
# Words that open a chunk naming no author: a letter's salutation or sign-off ("Liebe Johanna,",
# "Viele Grüße"), a translator's credit ("Übersetzung: Sarah Roe").
NOT_AUTHOR_LEADS = _words(
    "liebe | lieber | hallo | dear | hi | hey | viele | herzliche | beste | mit | best | kind"
    " | warm | cheers | greetings | grüße | übersetzung | übersetzt | translated | translation"
    " | translator | traduction | traducción | traduzione | tłumaczenie"
)
# Second words that make such a lead a sign-off ("Viele Grüße", "Best regards"): "Mit" or
# "Best" alone may open a name's line.
SIGN_OFF_WORDS = _words("grüße | grüßen | gruß | regards | wishes | freundlichen")
SIGN_OFF_LEADS = _words("viele | herzliche | beste | mit | best | kind | warm")
# First words of multi-word places that follow a byline ("Jane Doe, New York", "Por Ana Roe —
# São Paulo").
PLACE_STARTERS = _words(
    "new | san | los | las | saint | st. | sankt | fort | port | hong | tel | são | santa | santo"
)
# Job titles of other trades ("Jane Roe, CEO of Example", "Kassym-Jomart Tokayev, Kazakh
# president"): dropped from the names, but no sign of a byline (pull quotes are signed so).
JOB_TITLES = _words(
    "analyst | analysts | intern | interns | fellow | ceo | cto | cfo | coo | founder"
    " | co-founder | cofounder | director | manager | researcher | strategist | head | expert"
    " | specialist | consultant | educator | adviser | advisor | coach | dietitian"
    " | nutritionist | officer | president | vice-president | partner | professor | lecturer"
    " | lawyer | attorney | scientist | engineer | developer | designer | owner | chair"
    " | chairman | chairwoman | spokesman | spokeswoman | spokesperson | minister | secretary"
    " | ambassador | governor | mayor | senator | photographer | photographers | gardener"
    " | horticulturalist | horticulturist | astrologer | rechtsanwalt | rechtsanwältin"
)
# Words after a job title that tie it to a beat or an outlet ("CEO of Example", "Editor at
# Large", "correspondante à Lyon", "enviada especial a Quito"): the whole chunk is the title.
TITLE_LINKS = _words(
    "of | at | for | in | on | to | de | du | des | à | au | en | für | bei | der | von | di"
    " | del | della | van | bij | voor | på | för | hos | da | do | dla | covering | based | a"
)
# Weekday names and abbreviations, dropped when a date cut leaves them at the end of a byline
# ("By Jane Doe, Fri 7 Jan 2022" -> "By Jane Doe").
WEEKDAYS = _words(
    "monday | tuesday | wednesday | thursday | friday | saturday | sunday | mon | tue | tues"
    " | wed | thu | thur | thurs | fri | sat | sun | montag | dienstag | mittwoch | donnerstag"
    " | freitag | samstag | sonntag | mo | di | mi | do | fr | sa | so | lundi | mardi"
    " | mercredi | jeudi | vendredi | samedi | dimanche | lunes | martes | miércoles | jueves"
    " | viernes | sábado | domingo | lunedì | martedì | mercoledì | giovedì | venerdì | sabato"
    " | maandag | dinsdag | woensdag | donderdag | vrijdag | zaterdag | zondag"
)
# Languages that capitalise every noun: a capitalised word alone there may be no name
# ("Serie 14.06.2017": a series' label on the date line).
NOUN_CAPITALISING_LANGUAGES = frozenset({"de", "lb"})
# What parts the pieces of a date line: the meta line's separators ("|", "·", " / "), a double
# slash or a spaced dash ("3. Juli 2015 // Jane Roe", "14.06.2017 - Jane Roe - 9 Comments").
DATE_LINE_PIECES_RE = re.compile(r"[|·•⋅]|\s/{1,2}\s|\s[-–—]\s")
# An author's bio in the first person, saying what the author is: "I'm a travel writer ...",
# "Hi, I am the founder of ...", "Ich bin eine Journalistin ...".
FIRST_PERSON_BIO_RE = re.compile(
    r"(?:(?:hi|hello|hey)(?: there)?[,!]? )?"
    r"(?:i['’]m|i am) (?:a|an|the)\b"
    r"|ich bin (?:ein|eine|der|die)\b",
    re.IGNORECASE,
)
# A comment thread's heading or widget: a name printed twice under it is a commenter's
# ("Most Liked Comment", "3 Kommentare", "Reply").
COMMENT_WORD_RE = re.compile(
    r"\b(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reply|replies|antworten"
    r"|reviews?)\b",
    re.IGNORECASE,
)
# A date's own label, of any language: "Date 23.05.2011", "Datum: 3. Mai 2020" (no name).
DATE_NOUNS = _words("date | datum | fecha | data | dato | dátum")
# Words that tie a time to a byline, left dangling when a date cut ends it: "Posted by Jane
# Doe at 11:15 AM", "Von Jana Roe um 10:24".
TIME_LINKS = _words("at | um | à | às | alle | om")
# The word "author" alone, in each language: a heading over the author's name in an author box
# or beside the headline ("Author" / "Jane Roe"), where a label needs no colon.
AUTHOR_NOUNS = _words(
    "author | autor | autorin | auteur | autrice | autora | autore | författare | forfatter"
)
# Words that may follow the names of a byline inside a date line: a date's or a time's link,
# or a category's ("Posted by Jane Roe on May 2, 2025", "2. Mai 2025 von Jana Roe in Garten").
# Other words there make the line a title ("Reports by Jane Roe's Team Win an Award").
INNER_BYLINE_LINKS = TIME_LINKS | _words("on | am | le | el | il | op | in | im | dans | en")
# Words that hand an outlet over to the names before it: "Jane Doe, Special to The Post",
# "Jane Doe, courtesy of Reuters". Dropped from the start of an organisation.
ORG_LEAD_INS = _words("special to | exclusive to | courtesy of | courtesy | via | for | für | pour")
# Determiners before a title ("a staff reporter", "our correspondent").
DETERMINERS = _words("a | an | our | the | by | unser | unsere | notre | nuestro | nuestra")

# --- compiled regexes (all linear-time: no nested or overlapping quantifiers) ----------------


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so "last updated" is tried before "updated"; spaces match any space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _union(name: str) -> frozenset[str]:
    return frozenset().union(*(getattr(t, name) for t in TABLES))


ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Any run of white space, NBSP and thin spaces included: "Jane\u00a0 Doe" -> "Jane Doe".
WHITESPACE_RE = re.compile(r"\s+")
# "https://example.com/author/jane", "www.example.com/x".
URL_RE = re.compile(r"(?:\bhttps?://|\bwww\.)\S+", re.IGNORECASE)
# "jane.doe@example.com"; the look-behind starts a match only at the start of a run.
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "@janedoe" (a social handle), not the "@" of an e-mail address.
HANDLE_RE = re.compile(r"(?<![\w.@])@\w{1,40}")
# Hard separators between the parts of a byline line: "By Jane Doe | Updated ...", "A • B",
# "A ● B", "A ⋅ B" (dots of other sizes), "Jane Doe — Associated Press", "Jane Doe - 5 min
# read" (a hyphen only with spaces around).
HARD_SEPARATOR_RE = re.compile(r"(?<!\s)\s*[|•·●⋅∙‧]\s*|(?<!\s)\s+[-–—]+\s+")
# "Autor :" (French spacing) -> "Autor:".
# A full stop after a word, before a capitalised word: "Jane Roe. Photography by John Poe"
FULL_STOP_RE = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[^\W\d_])")
SPACED_COLON_RE = re.compile(r"(?<!\s)\s+:(?=\s|$)")
# "Autor:Jane" -> "Autor: Jane" (a colon between letters; "10:24" is left alone).
GLUED_COLON_RE = re.compile(r"(?<=[^\W\d_]):(?=[^\W\d_])")
# A bracketed middle, maiden or nick name between two names: "Jane (Doe) Roe", "William
# (Bill) Roe"; the word is kept, the brackets go (bracketed words elsewhere are an outlet's).
BRACKETED_MIDDLE_NAME_RE = re.compile(r"(?<=[^\W\d_] )\(([^\W\d_][^\W\d_'’-]*)\)(?= [^\W\d_])")
# The punctuation tokens of TOKEN_RE that separate names.
SEPARATOR_TOKENS = frozenset(",;/()[]")
# A character that joins a name to more: "Jane Doe, Reuters", "Jane Doe (AP)", "A & B".
JOINER_RE = re.compile(r"[,;/(@&]")
# The tokens of a byline: words, and the punctuation that separates names ("," ";" "/" "()").
TOKEN_RE = re.compile(r"[^\s,;/()\[\]]+|[,;/()\[\]]")
# An initial or initials: "J.", "J.R.", "J.-P.".
INITIALS_RE = re.compile(r"^(?:[^\W\d_]\.-?)+$")
# A bare domain used as an author: "example-news.ch", "Beispielgas.de", "stadt.example.at".
DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}$")

_MONTHS = _alternation(_union("months"))
_DATE_WORDS = _union("date_words") - {"on", "le", "am", "stand"}
_NOISE = _union("noise")
# Where a date or time starts inside a byline line; the byline ends there. Only searched in
# text with a digit. Matches "3:45 PM", "Jan. 7, 2022", "22 Dec 2016" (also glued:
# "Nolan22 Dec"), "9:02 a.m.", "14/01/2022", "2022-01-07", "5 min read", "11h05", "2 hours ago".
DATE_NUMBER_RE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,4}}(?!\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?(?:{_MONTHS})\b"
    r"|\b\d{1,2}[:.h]\d{2}\b"
    r"|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b\d+\s*(?:min|mins|minutes?|minuten|minuti|minutos|hours?|days?)\b"
    r"|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
# Date words ("Updated", "Published:") and author-box or share-widget words ("Email the
# author", "Follow"): the byline ends before them. Whole words only ("Followay" is a name).
# Only searched when a word of STOP_FIRST_WORDS is in the text.
# A count before a widget's word is part of it: "By Jane Doe 4 Comments", "12 Shares".
STOP_WORD_RE = re.compile(
    rf"\b(?:(?P<date>{_alternation(_DATE_WORDS)})"
    rf"|(?P<noise>(?:\d{{1,6}}\s)?(?:{_alternation(_NOISE)})))\b",
    re.IGNORECASE,
)
# The first word-character run of each stop phrase: "e-mail the author" -> "e".
STOP_FIRST_WORDS = frozenset(re.findall(r"^\w+", w)[0] for w in _DATE_WORDS | _NOISE)
# A run of word characters: "Jane", "e", "mail" (for the STOP_FIRST_WORDS check).
WORD_RE = re.compile(r"\w+")
# A user name: lower-case letters, digits, "_", "." or "-", starting with a letter ("jd_2020").
USER_NAME_RE = re.compile(r"[^\W\d_][\w.-]*")
# Any digit.
DIGIT_RE = re.compile(r"\d")
# A dateline opening a paragraph: "WASHINGTON (AP) — ...", "LONDON, Jan 5 (Reuters) - ...",
# "Berlin (dpa) - ...". Bounded quantifiers: at most 60 + 40 characters are looked at.
DATELINE_RE = re.compile(
    r"^(?P<place>[^()\-–—|]{2,60}?)\s{0,3}(?P<agency>\([^()]{1,40}\))?\s{0,3}[-–—]{1,2}\s"
)
