"""Dates and times as news pages write them: word tables per language, compiled regexes. Data only.

Adding a language is adding one ``DateLanguage`` row to ``LANGUAGES``: its month names (full,
abbreviated and, where the grammar has them, genitive forms such as Polish "stycznia" or Russian
"января"), weekday names, the labels that say a date is the publication or the update time, the
words that join a date to its time, and the words of relative dates ("vor 3 Stunden").
Accent-free spellings ("fevrier", "pazdziernika") are added automatically, since ASCII-folded
text is common in URLs and in old CMS templates.

Every regex here is compiled once, uses only bounded quantifiers (so each attempt costs a
constant and a scan is linear in the text), and shows an example of what it matches.
Month and unit words are matched as generic words and looked up in the tables afterwards,
instead of as one long alternation tried at every position of the text.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from types import MappingProxyType

import attrs

__all__ = [
    "AMBIGUOUS_ORDER_LOCALES",
    "BEFORE_TIME",
    "BYLINE_SEGMENT",
    "COMPACT_DATETIME",
    "CORE_REACH_AFTER",
    "CORE_REACH_BEFORE",
    "DATE_CORE",
    "DAY_WORD",
    "DAY_WORD_HEADS",
    "DAY_WORD_OFFSETS",
    "EVENT_LABEL",
    "GLUED_MONTH",
    "GLUED_YEAR_HINT",
    "IGNORABLE_WORDS",
    "ISO_DATETIME",
    "LABEL",
    "LABEL_HEADS",
    "LANGUAGES",
    "LANGUAGE_ALIASES",
    "LETTERS",
    "LONGEST_LABEL",
    "META_SEPARATOR",
    "MONTH_FIRST_LOCALES",
    "MONTH_LOOKUP",
    "NEXT_DATE_REACH",
    "NUMBER_ONE_WORDS",
    "PARTIAL_DATE",
    "PUBLISHED_LABEL_KEYS",
    "PUBLISHING_VERB",
    "READING_TIME",
    "RELATIVE_AFTER_PREFIX",
    "RELATIVE_ANCHOR",
    "RELATIVE_ANCHOR_HEADS",
    "RELATIVE_BEFORE_SUFFIX",
    "RELATIVE_FORMS",
    "RELATIVE_PREFIX_KEYS",
    "RELATIVE_REACH",
    "RELATIVE_SUFFIX_KEYS",
    "SELF_REFERENCE",
    "SELF_REFERENCE_ASCII_NEEDLES",
    "SELF_REFERENCE_REACH",
    "SHORT_WEEKDAYS",
    "TIME_AFTER",
    "TIME_ALONE",
    "TRAILING_ZONE_NAME",
    "UNIT_LOOKUP",
    "UPDATED_LABEL_KEYS",
    "UPDATING_VERB",
    "WEEKDAY_WORDS",
    "WORD",
    "YEAR_DIGITS",
    "YEAR_HINT",
    "YEAR_SUFFIX",
    "ZONE_NAMES",
    "ZONE_OFFSETS",
    "DateLanguage",
    "TimeUnit",
    "phrase_key",
]


class TimeUnit(enum.Enum):
    """The unit of a relative date ("3 hours ago" is three HOURs before the reference)."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.frozen
class DateLanguage:
    """The words one language uses around dates; see the module docstring for what each is for."""

    code: str
    # Twelve tuples, January first: every spelling of that month (full, abbreviated, genitive).
    months: tuple[tuple[str, ...], ...]
    # Seven tuples, Monday first. Two-letter abbreviations are left out: they are common words.
    weekdays: tuple[tuple[str, ...], ...]
    published_labels: tuple[str, ...]
    updated_labels: tuple[str, ...]
    # Between a date and its time: "7 janvier 2022 à 10h24", "7. Januar 2022 um 10:24".
    time_connectors: tuple[str, ...] = ()
    # Between a time (or label) and the date after it: "10:24 on Jan 7", "10h24 le 7 janvier".
    date_connectors: tuple[str, ...] = ()
    # Words after the year: "7 января 2022 г.", "7 stycznia 2022 r."
    year_suffixes: tuple[str, ...] = ()
    # Relative dates as (prefix, suffix) around "N unit": ("vor", "") "vor 3 Stunden".
    relative_forms: tuple[tuple[str, str], ...] = ()
    relative_units: tuple[tuple[TimeUnit, tuple[str, ...]], ...] = ()
    # Words that stand for the number one: "an hour ago", "vor einer Stunde".
    one_words: tuple[str, ...] = ()
    # Whole-day words and their offset from the reference day: ("yesterday", -1).
    day_words: tuple[tuple[str, int], ...] = ()
    # "7 min read", "Lesezeit 3 Min.": reading-time notes that sit on date lines.
    reading_time_words: tuple[str, ...] = ()
    # The word that opens a byline ("By Jane Doe") and may share a line with the date.
    byline_words: tuple[str, ...] = ()
    # Two-letter weekday abbreviations ("Mi., 26.01.2022"): only ignored around a date in a
    # one-date string, never looked for in running text, where they are common words.
    short_weekdays: tuple[str, ...] = ()
    # Labels of a date that is not the page's: an event's, a deadline's ("Termin: 14.03.2020").
    event_labels: tuple[str, ...] = ()


_EN = DateLanguage(
    code="en",
    event_labels=(
        "event date",
        "date of event",
        "date of the event",
        "when",
        "deadline",
        "closing date",
        "start date",
        "end date",
        "valid until",
        "expires",
        "expiry date",
    ),
    months=(
        ("january", "jan"),
        ("february", "feb", "febr"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    weekdays=(
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    ),
    published_labels=(
        "published",
        "published on",
        "published at",
        "first published",
        "first published on",
        "originally published",
        "originally published on",
        "posted",
        "posted on",
        "posted at",
        "issued on",
        "date published",
        "publication date",
        "publish date",
        "published date",
        "date posted",
        "post time",
        "post date",
        "posted date",
        "created",
        "created on",
    ),
    updated_labels=(
        "updated",
        "updated on",
        "updated at",
        "last updated",
        "last updated on",
        "last modified",
        "last modified on",
        "modified",
        "modified on",
        "last edited",
        "edited",
        "revised",
        "date modified",
        "last update",
    ),
    time_connectors=("at", "@"),
    date_connectors=("on", "the", "of"),
    relative_forms=(("", "ago"),),
    relative_units=(
        (TimeUnit.SECOND, ("second", "seconds", "sec", "secs", "s")),
        (TimeUnit.MINUTE, ("minute", "minutes", "min", "mins", "m")),
        (TimeUnit.HOUR, ("hour", "hours", "hr", "hrs", "h")),
        (TimeUnit.DAY, ("day", "days", "d")),
        (TimeUnit.WEEK, ("week", "weeks", "wk", "wks", "w")),
        (TimeUnit.MONTH, ("month", "months", "mo", "mos")),
        (TimeUnit.YEAR, ("year", "years", "yr", "yrs", "y")),
    ),
    one_words=("a", "an", "one"),
    day_words=(("yesterday", -1), ("today", 0)),
    reading_time_words=("read", "reading time", "read time"),
    byline_words=("By",),
)

_DE = DateLanguage(
    code="de",
    event_labels=(
        "termin",
        "termine",
        "veranstaltungsdatum",
        "datum der veranstaltung",
        "wann",
        "anmeldeschluss",
        "einsendeschluss",
        "bewerbungsschluss",
        "frist",
        "gültig bis",
        "beginn",
        "ende",
    ),
    months=(
        ("januar", "jan", "jänner", "jän"),
        ("februar", "feb", "febr"),
        ("märz", "mär", "mrz"),
        ("april", "apr"),
        ("mai",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("dezember", "dez"),
    ),
    weekdays=(
        ("montag",),
        ("dienstag",),
        ("mittwoch",),
        ("donnerstag",),
        ("freitag",),
        ("samstag", "sonnabend"),
        ("sonntag",),
    ),
    published_labels=(
        "veröffentlicht",
        "veröffentlicht am",
        "erschienen",
        "erschienen am",
        "publiziert",
        "publiziert am",
        "erstellt",
        "erstellt am",
        "eingetragen am",
        "gepostet am",
        "geschrieben am",
        "veröffentlichung",
        "veröffentlichungsdatum",
        # "Pressemitteilung vom 18. März 2021": the release's own date
        "pressemitteilung vom",
        "pressemeldung vom",
        "meldung vom",
        "artikel vom",
        "beitrag vom",
        "nachricht vom",
    ),
    updated_labels=(
        "aktualisiert",
        "aktualisiert am",
        "zuletzt aktualisiert",
        "zuletzt aktualisiert am",
        "geändert",
        "geändert am",
        "zuletzt geändert",
        "stand:",
        "aktualisierung",
    ),
    time_connectors=("um",),
    date_connectors=("am", "den"),
    relative_forms=(("vor", ""),),
    relative_units=(
        (TimeUnit.SECOND, ("sekunde", "sekunden", "sek")),
        (TimeUnit.MINUTE, ("minute", "minuten", "min")),
        (TimeUnit.HOUR, ("stunde", "stunden", "std")),
        (TimeUnit.DAY, ("tag", "tagen", "tage")),
        (TimeUnit.WEEK, ("woche", "wochen")),
        (TimeUnit.MONTH, ("monat", "monaten")),
        (TimeUnit.YEAR, ("jahr", "jahren")),
    ),
    one_words=("ein", "eine", "einer", "einem", "einen"),
    day_words=(("gestern", -1), ("heute", 0), ("vorgestern", -2)),
    reading_time_words=("lesezeit", "min. lesezeit", "minuten lesezeit"),
    byline_words=("Von",),
    short_weekdays=("mo", "di", "mi", "do", "fr", "sa", "so"),
)

_FR = DateLanguage(
    code="fr",
    event_labels=(
        "date de l'événement",
        "quand",
        "date limite",
        "date de clôture",
        "valable jusqu'au",
    ),
    months=(
        ("janvier", "janv", "jan"),
        ("février", "févr", "fév"),
        ("mars",),
        ("avril", "avr"),
        ("mai",),
        ("juin",),
        ("juillet", "juil"),
        ("août",),
        ("septembre", "sept", "sep"),
        ("octobre", "oct"),
        ("novembre", "nov"),
        ("décembre", "déc", "dec"),
    ),
    weekdays=(
        ("lundi", "lun"),
        ("mardi",),
        ("mercredi", "mer"),
        ("jeudi", "jeu"),
        ("vendredi", "ven"),
        ("samedi", "sam"),
        ("dimanche", "dim"),
    ),
    published_labels=(
        "publié",
        "publié le",
        "publiée le",
        "paru le",
        "mis en ligne",
        "mis en ligne le",
        "publication",
        "date de publication",
        "communiqué du",
        "communiqué de presse du",
    ),
    updated_labels=(
        "mis à jour",
        "mis à jour le",
        "mise à jour",
        "mise à jour le",
        "modifié",
        "modifié le",
        "actualisé",
        "actualisé le",
        "dernière mise à jour",
    ),
    time_connectors=("à", "a"),
    date_connectors=("le",),
    relative_forms=(("il y a", ""),),
    relative_units=(
        (TimeUnit.SECOND, ("seconde", "secondes", "s")),
        (TimeUnit.MINUTE, ("minute", "minutes", "min", "mn")),
        (TimeUnit.HOUR, ("heure", "heures", "h")),
        (TimeUnit.DAY, ("jour", "jours", "j")),
        (TimeUnit.WEEK, ("semaine", "semaines")),
        (TimeUnit.MONTH, ("mois",)),
        (TimeUnit.YEAR, ("an", "ans", "année", "années")),
    ),
    one_words=("un", "une"),
    day_words=(("hier", -1), ("aujourd'hui", 0), ("aujourd’hui", 0), ("avant-hier", -2)),
    reading_time_words=("de lecture", "lecture", "temps de lecture"),
    byline_words=("Par",),
)

_ES = DateLanguage(
    code="es",
    event_labels=("fecha del evento", "cuándo", "fecha límite", "plazo", "válido hasta"),
    months=(
        ("enero", "ene"),
        ("febrero", "feb"),
        ("marzo", "mar"),
        ("abril", "abr"),
        ("mayo", "may"),
        ("junio", "jun"),
        ("julio", "jul"),
        ("agosto", "ago"),
        ("septiembre", "setiembre", "sep", "sept", "set"),
        ("octubre", "oct"),
        ("noviembre", "nov"),
        ("diciembre", "dic"),
    ),
    weekdays=(
        ("lunes", "lun"),
        ("martes",),
        ("miércoles", "mié"),
        ("jueves", "jue"),
        ("viernes", "vie"),
        ("sábado", "sáb"),
        ("domingo", "dom"),
    ),
    published_labels=("publicado", "publicado el", "publicada el", "fecha de publicación"),
    updated_labels=(
        "actualizado",
        "actualizado el",
        "actualizada el",
        "última actualización",
        "modificado",
        "modificado el",
    ),
    time_connectors=("a las", "a la"),
    date_connectors=("el",),
    relative_forms=(("hace", ""),),
    relative_units=(
        (TimeUnit.SECOND, ("segundo", "segundos", "s")),
        (TimeUnit.MINUTE, ("minuto", "minutos", "min")),
        (TimeUnit.HOUR, ("hora", "horas", "h")),
        (TimeUnit.DAY, ("día", "días", "d")),
        (TimeUnit.WEEK, ("semana", "semanas")),
        (TimeUnit.MONTH, ("mes", "meses")),
        (TimeUnit.YEAR, ("año", "años")),
    ),
    one_words=("un", "una"),
    day_words=(("ayer", -1), ("hoy", 0), ("anteayer", -2)),
    reading_time_words=("de lectura", "lectura", "tiempo de lectura"),
    byline_words=("Por",),
    short_weekdays=("lu", "ma", "mi", "ju", "vi", "sá", "do"),
)

_IT = DateLanguage(
    code="it",
    event_labels=("data dell'evento", "quando", "scadenza", "valido fino al"),
    months=(
        ("gennaio", "gen"),
        ("febbraio", "feb"),
        ("marzo", "mar"),
        ("aprile", "apr"),
        ("maggio", "mag"),
        ("giugno", "giu"),
        ("luglio", "lug"),
        ("agosto", "ago"),
        ("settembre", "set", "sett"),
        ("ottobre", "ott"),
        ("novembre", "nov"),
        ("dicembre", "dic"),
    ),
    weekdays=(
        ("lunedì", "lun"),
        ("martedì",),
        ("mercoledì", "mer"),
        ("giovedì", "gio"),
        ("venerdì", "ven"),
        ("sabato", "sab"),
        ("domenica", "dom"),
    ),
    published_labels=("pubblicato", "pubblicato il", "pubblicata il", "data di pubblicazione"),
    updated_labels=(
        "aggiornato",
        "aggiornato il",
        "aggiornato alle",
        "aggiornata il",
        "ultimo aggiornamento",
        "modificato",
        "modificato il",
        "modifica il",
        "ultima modifica",
        "ultima modifica il",
    ),
    time_connectors=("alle", "alle ore", "ore"),
    date_connectors=("il",),
    relative_forms=(("", "fa"),),
    relative_units=(
        (TimeUnit.SECOND, ("secondo", "secondi")),
        (TimeUnit.MINUTE, ("minuto", "minuti", "min")),
        (TimeUnit.HOUR, ("ora", "ore", "h")),
        (TimeUnit.DAY, ("giorno", "giorni")),
        (TimeUnit.WEEK, ("settimana", "settimane")),
        (TimeUnit.MONTH, ("mese", "mesi")),
        (TimeUnit.YEAR, ("anno", "anni")),
    ),
    one_words=("un", "una", "uno", "un'"),
    day_words=(("ieri", -1), ("oggi", 0), ("l'altro ieri", -2)),
    reading_time_words=("di lettura", "lettura", "tempo di lettura"),
    byline_words=("Di",),
)

_PT = DateLanguage(
    code="pt",
    event_labels=("data do evento", "quando", "prazo", "data limite", "válido até"),
    months=(
        ("janeiro", "jan"),
        ("fevereiro", "fev"),
        ("março", "mar"),
        ("abril", "abr"),
        ("maio", "mai"),
        ("junho", "jun"),
        ("julho", "jul"),
        ("agosto", "ago"),
        ("setembro", "set"),
        ("outubro", "out"),
        ("novembro", "nov"),
        ("dezembro", "dez"),
    ),
    weekdays=(
        ("segunda-feira", "segunda", "seg"),
        ("terça-feira", "terça", "ter"),
        ("quarta-feira", "quarta", "qua"),
        ("quinta-feira", "quinta", "qui"),
        ("sexta-feira", "sexta", "sex"),
        ("sábado", "sáb"),
        ("domingo", "dom"),
    ),
    published_labels=("publicado", "publicado em", "publicada em", "data de publicação"),
    updated_labels=(
        "atualizado",
        "atualizado em",
        "atualizada em",
        "actualizado",
        "actualizado em",
        "atualização",
        "última atualização",
        "modificado",
        "modificado em",
    ),
    time_connectors=("às", "as"),
    date_connectors=("em",),
    relative_forms=(("há", ""), ("", "atrás"), ("há", "atrás")),
    relative_units=(
        (TimeUnit.SECOND, ("segundo", "segundos", "s")),
        (TimeUnit.MINUTE, ("minuto", "minutos", "min")),
        (TimeUnit.HOUR, ("hora", "horas", "h")),
        (TimeUnit.DAY, ("dia", "dias", "d")),
        (TimeUnit.WEEK, ("semana", "semanas")),
        (TimeUnit.MONTH, ("mês", "meses")),
        (TimeUnit.YEAR, ("ano", "anos")),
    ),
    one_words=("um", "uma"),
    day_words=(("ontem", -1), ("hoje", 0), ("anteontem", -2)),
    reading_time_words=("de leitura", "leitura", "tempo de leitura"),
    byline_words=("Por",),
)

_NL = DateLanguage(
    code="nl",
    event_labels=("datum evenement", "wanneer", "deadline", "geldig tot"),
    months=(
        ("januari", "jan"),
        ("februari", "feb"),
        ("maart", "mrt", "mar"),
        ("april", "apr"),
        ("mei",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("augustus", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    weekdays=(
        ("maandag",),
        ("dinsdag",),
        ("woensdag",),
        ("donderdag",),
        ("vrijdag",),
        ("zaterdag",),
        ("zondag",),
    ),
    published_labels=("gepubliceerd", "gepubliceerd op", "geplaatst", "geplaatst op"),
    updated_labels=(
        "bijgewerkt",
        "bijgewerkt op",
        "laatst bijgewerkt",
        "laatst bijgewerkt op",
        "gewijzigd",
        "gewijzigd op",
        "aangepast",
        "aangepast op",
    ),
    time_connectors=("om",),
    date_connectors=("op",),
    relative_forms=(("", "geleden"),),
    relative_units=(
        (TimeUnit.SECOND, ("seconde", "seconden", "sec")),
        (TimeUnit.MINUTE, ("minuut", "minuten", "min")),
        (TimeUnit.HOUR, ("uur", "uren", "u")),
        (TimeUnit.DAY, ("dag", "dagen")),
        (TimeUnit.WEEK, ("week", "weken")),
        (TimeUnit.MONTH, ("maand", "maanden")),
        (TimeUnit.YEAR, ("jaar", "jaren")),
    ),
    one_words=("een", "één"),
    day_words=(("gisteren", -1), ("vandaag", 0), ("eergisteren", -2)),
    reading_time_words=("leestijd", "min leestijd"),
    byline_words=("Door",),
    short_weekdays=("ma", "di", "wo", "do", "vr", "za", "zo"),
)

_PL = DateLanguage(
    code="pl",
    months=(
        ("styczeń", "stycznia", "sty"),
        ("luty", "lutego", "lut"),
        ("marzec", "marca", "mar"),
        ("kwiecień", "kwietnia", "kwi"),
        ("maj", "maja"),
        ("czerwiec", "czerwca", "cze"),
        ("lipiec", "lipca", "lip"),
        ("sierpień", "sierpnia", "sie"),
        ("wrzesień", "września", "wrz"),
        ("październik", "października", "paź"),
        ("listopad", "listopada", "lis"),
        ("grudzień", "grudnia", "gru"),
    ),
    weekdays=(
        ("poniedziałek", "pon"),
        ("wtorek",),
        ("środa",),
        ("czwartek", "czw"),
        ("piątek",),
        ("sobota", "sob"),
        ("niedziela", "niedz"),
    ),
    published_labels=("opublikowano", "data publikacji", "publikacja"),
    updated_labels=(
        "zaktualizowano",
        "aktualizacja",
        "data aktualizacji",
        "ostatnia aktualizacja",
        "zmodyfikowano",
    ),
    time_connectors=("o", "godz.", "o godz.", "godz"),
    year_suffixes=("r.", "roku"),
    relative_forms=(("", "temu"),),
    relative_units=(
        (TimeUnit.SECOND, ("sekunda", "sekundy", "sekund", "sekundę", "sek")),
        (TimeUnit.MINUTE, ("minuta", "minuty", "minut", "minutę", "min")),
        (TimeUnit.HOUR, ("godzina", "godziny", "godzin", "godzinę", "godz")),
        (TimeUnit.DAY, ("dzień", "dni")),
        (TimeUnit.WEEK, ("tydzień", "tygodnie", "tygodni")),
        (TimeUnit.MONTH, ("miesiąc", "miesiące", "miesięcy")),
        (TimeUnit.YEAR, ("rok", "lata", "lat")),
    ),
    one_words=("jeden", "jedną"),
    day_words=(("wczoraj", -1), ("dzisiaj", 0), ("dziś", 0), ("przedwczoraj", -2)),
    reading_time_words=("czytania", "czas czytania"),
    byline_words=("Autor", "Autorka"),
    short_weekdays=("pn", "wt", "śr", "cz", "pt", "sb", "nd"),
)

_SV = DateLanguage(
    code="sv",
    months=(
        ("januari", "jan"),
        ("februari", "feb"),
        ("mars", "mar"),
        ("april", "apr"),
        ("maj",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("augusti", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    weekdays=(
        ("måndag", "mån"),
        ("tisdag", "tis"),
        ("onsdag", "ons"),
        ("torsdag", "tors"),
        ("fredag", "fre"),
        ("lördag", "lör"),
        ("söndag", "sön"),
    ),
    published_labels=("publicerad", "publicerat", "publicerades"),
    updated_labels=("uppdaterad", "uppdaterat", "senast uppdaterad", "ändrad", "uppdaterades"),
    time_connectors=("kl.", "kl", "klockan"),
    date_connectors=("den",),
    relative_forms=(("för", "sedan"),),
    relative_units=(
        (TimeUnit.SECOND, ("sekund", "sekunder", "sek")),
        (TimeUnit.MINUTE, ("minut", "minuter", "min")),
        (TimeUnit.HOUR, ("timme", "timmar", "tim")),
        (TimeUnit.DAY, ("dag", "dagar", "dygn")),
        (TimeUnit.WEEK, ("vecka", "veckor")),
        (TimeUnit.MONTH, ("månad", "månader")),
        (TimeUnit.YEAR, ("år",)),
    ),
    one_words=("en", "ett"),
    day_words=(("igår", -1), ("i går", -1), ("idag", 0), ("i dag", 0), ("i förrgår", -2)),
    reading_time_words=("lästid", "läsning"),
    byline_words=("Av",),
)

_DA = DateLanguage(
    code="da",
    months=(
        ("januar", "jan"),
        ("februar", "feb"),
        ("marts", "mar"),
        ("april", "apr"),
        ("maj",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    weekdays=(
        ("mandag", "man"),
        ("tirsdag", "tirs"),
        ("onsdag", "ons"),
        ("torsdag", "tors"),
        ("fredag", "fre"),
        ("lørdag", "lør"),
        ("søndag", "søn"),
    ),
    published_labels=("publiceret", "udgivet", "offentliggjort"),
    updated_labels=("opdateret", "senest opdateret", "sidst opdateret", "ændret"),
    time_connectors=("kl.", "kl", "klokken"),
    date_connectors=("den",),
    relative_forms=(("for", "siden"),),
    relative_units=(
        (TimeUnit.SECOND, ("sekund", "sekunder", "sek")),
        (TimeUnit.MINUTE, ("minut", "minutter", "min")),
        (TimeUnit.HOUR, ("time", "timer", "t")),
        (TimeUnit.DAY, ("dag", "dage", "døgn")),
        (TimeUnit.WEEK, ("uge", "uger")),
        (TimeUnit.MONTH, ("måned", "måneder")),
        (TimeUnit.YEAR, ("år",)),
    ),
    one_words=("en", "et"),
    day_words=(("i går", -1), ("igår", -1), ("i dag", 0), ("idag", 0), ("i forgårs", -2)),
    reading_time_words=("læsetid", "læsning"),
    byline_words=("Af",),
)

_NO = DateLanguage(
    code="no",
    months=(
        ("januar", "jan"),
        ("februar", "feb"),
        ("mars", "mar"),
        ("april", "apr"),
        ("mai",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("desember", "des"),
    ),
    weekdays=(
        ("mandag", "man"),
        ("tirsdag", "tirs"),
        ("onsdag", "ons"),
        ("torsdag", "tors"),
        ("fredag", "fre"),
        ("lørdag", "lør"),
        ("søndag", "søn"),
    ),
    published_labels=("publisert", "publisert:", "først publisert"),
    updated_labels=("oppdatert", "sist oppdatert", "endret"),
    time_connectors=("kl.", "kl", "klokken"),
    date_connectors=("den",),
    relative_forms=(("for", "siden"),),
    relative_units=(
        (TimeUnit.SECOND, ("sekund", "sekunder", "sek")),
        (TimeUnit.MINUTE, ("minutt", "minutter", "min")),
        (TimeUnit.HOUR, ("time", "timer", "t")),
        (TimeUnit.DAY, ("dag", "dager", "døgn")),
        (TimeUnit.WEEK, ("uke", "uker")),
        (TimeUnit.MONTH, ("måned", "måneder")),
        (TimeUnit.YEAR, ("år",)),
    ),
    one_words=("en", "ett", "et"),
    day_words=(("i går", -1), ("igår", -1), ("i dag", 0), ("idag", 0), ("i forgårs", -2)),
    reading_time_words=("lesetid", "lesing"),
    byline_words=("Av",),
)

_CS = DateLanguage(
    code="cs",
    months=(
        ("leden", "ledna", "led"),
        ("únor", "února", "úno"),
        ("březen", "března", "bře"),
        ("duben", "dubna", "dub"),
        ("květen", "května", "kvě"),
        ("červen", "června", "čvn"),
        ("červenec", "července", "čvc"),
        ("srpen", "srpna", "srp"),
        ("září", "zář"),
        ("říjen", "října", "říj"),
        ("listopad", "listopadu", "lis"),
        ("prosinec", "prosince", "pro"),
    ),
    weekdays=(
        ("pondělí",),
        ("úterý",),
        ("středa",),
        ("čtvrtek",),
        ("pátek",),
        ("sobota",),
        ("neděle",),
    ),
    published_labels=("publikováno", "zveřejněno", "vydáno", "datum publikace"),
    updated_labels=("aktualizováno", "aktualizace", "upraveno", "poslední aktualizace"),
    time_connectors=("v", "ve"),
    relative_forms=(("před", ""),),
    relative_units=(
        (TimeUnit.SECOND, ("sekundou", "sekundami", "s")),
        (TimeUnit.MINUTE, ("minutou", "minutami", "min")),
        (TimeUnit.HOUR, ("hodinou", "hodinami", "hod")),
        (TimeUnit.DAY, ("dnem", "dny")),
        (TimeUnit.WEEK, ("týdnem", "týdny")),
        (TimeUnit.MONTH, ("měsícem", "měsíci")),
        (TimeUnit.YEAR, ("rokem", "lety")),
    ),
    one_words=("jednou", "jedním"),
    day_words=(("včera", -1), ("dnes", 0), ("předevčírem", -2)),
    reading_time_words=("čtení", "doba čtení"),
    byline_words=("Autor",),
    short_weekdays=("po", "út", "st", "čt", "pá", "so", "ne"),
)

_RU = DateLanguage(
    code="ru",
    months=(
        ("январь", "января", "янв"),
        ("февраль", "февраля", "фев", "февр"),
        ("март", "марта", "мар"),
        ("апрель", "апреля", "апр"),
        ("май", "мая"),
        ("июнь", "июня", "июн"),
        ("июль", "июля", "июл"),
        ("август", "августа", "авг"),
        ("сентябрь", "сентября", "сен", "сент"),
        ("октябрь", "октября", "окт"),
        ("ноябрь", "ноября", "ноя", "нояб"),
        ("декабрь", "декабря", "дек"),
    ),
    weekdays=(
        ("понедельник",),
        ("вторник",),
        ("среда",),
        ("четверг",),
        ("пятница",),
        ("суббота",),
        ("воскресенье",),
    ),
    published_labels=("опубликовано", "дата публикации", "размещено"),
    updated_labels=("обновлено", "дата обновления", "изменено", "обновлено:"),
    time_connectors=("в",),
    year_suffixes=("г.", "г", "года"),
    relative_forms=(("", "назад"),),
    relative_units=(
        (TimeUnit.SECOND, ("секунду", "секунды", "секунд", "сек")),
        (TimeUnit.MINUTE, ("минуту", "минуты", "минут", "мин")),
        (TimeUnit.HOUR, ("час", "часа", "часов", "ч")),
        (TimeUnit.DAY, ("день", "дня", "дней", "дн")),
        (TimeUnit.WEEK, ("неделю", "недели", "недель")),
        (TimeUnit.MONTH, ("месяц", "месяца", "месяцев")),
        (TimeUnit.YEAR, ("год", "года", "лет")),
    ),
    one_words=("один", "одну"),
    day_words=(("вчера", -1), ("сегодня", 0), ("позавчера", -2)),
    reading_time_words=("чтения", "на чтение"),
    byline_words=("Автор",),
    short_weekdays=("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
)

# Every language with a table, by ISO 639-1 code.
LANGUAGES: MappingProxyType[str, DateLanguage] = MappingProxyType(
    {lang.code: lang for lang in (_EN, _DE, _FR, _ES, _IT, _PT, _NL, _PL, _SV, _DA, _NO, _CS, _RU)}
)
_ALL = tuple(LANGUAGES.values())
# Codes that share another code's table: Norwegian Bokmål and Nynorsk write dates alike.
LANGUAGE_ALIASES: MappingProxyType[str, str] = MappingProxyType({"nb": "no", "nn": "no"})

# Locales that write numeric dates month first (01/07/2022 is January 7): the United States and
# the places that follow its conventions. Every other locale with a region writes day first.
MONTH_FIRST_LOCALES = frozenset({"en-us", "en-ph", "en-pr", "en-gu", "en-as", "en-vi", "en-um"})
# Locales whose writers use both orders, so that 01/07/2022 stays ambiguous: bare "en" is shared
# by the US (month first) and the UK, Ireland, India, Australia (day first); Canada mixes both.
AMBIGUOUS_ORDER_LOCALES = frozenset({"en", "en-ca"})

# Fixed-offset zone abbreviations (minutes east of UTC) that mean one zone in news text.
# IST (India, Ireland, Israel) and similar clashing names are left out on purpose: an unknown
# abbreviation leaves the datetime naive rather than guessed. CST and BST follow US and UK use.
ZONE_OFFSETS: MappingProxyType[str, int] = MappingProxyType(
    {
        "UTC": 0,
        "GMT": 0,
        "UT": 0,
        "Z": 0,
        "WET": 0,
        "EST": -300,
        "EDT": -240,
        "CST": -360,
        "CDT": -300,
        "MST": -420,
        "MDT": -360,
        "PST": -480,
        "PDT": -420,
        "AKST": -540,
        "AKDT": -480,
        "HST": -600,
        "BST": 60,
        "CET": 60,
        "CEST": 120,
        "MEZ": 60,
        "MESZ": 120,
        "EET": 120,
        "EEST": 180,
        "MSK": 180,
        "WAT": 60,
        "CAT": 120,
        "SAST": 120,
        "EAT": 180,
        "PKT": 300,
        "ICT": 420,
        "WIB": 420,
        "WITA": 480,
        "WIT": 540,
        "MYT": 480,
        "PHT": 480,
        "BRT": -180,
        "ART": -180,
        "JST": 540,
        "KST": 540,
        "HKT": 480,
        "SGT": 480,
        "AEST": 600,
        "AEDT": 660,
        "ACST": 570,
        "ACDT": 630,
        "AWST": 480,
        "NZST": 720,
        "NZDT": 780,
    }
)
# Zone names without daylight-saving state ("ET" is EST in winter, EDT in summer): resolved
# through the IANA database with the date itself.
ZONE_NAMES: MappingProxyType[str, str] = MappingProxyType(
    {
        "ET": "America/New_York",
        "CT": "America/Chicago",
        "MT": "America/Denver",
        "PT": "America/Los_Angeles",
    }
)


def _fold(word: str) -> str:
    """The word without accents: "février" -> "fevrier" (ł and ø have no decomposition)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _spellings(word: str) -> tuple[str, ...]:
    """The lower-cased word and its accent-free spelling, if different."""
    low = word.lower()
    folded = _fold(low)
    return (low,) if folded == low else (low, folded)


def _numbered_lookup(
    field: str, count: int, start: int = 1
) -> dict[str, tuple[int, frozenset[str]]]:
    """Name -> (number, languages that use it) for months or weekdays; a clash is a table bug."""
    found: dict[str, tuple[int, set[str]]] = {}
    for lang in LANGUAGES.values():
        groups: tuple[tuple[str, ...], ...] = getattr(lang, field)
        if len(groups) != count:
            raise ValueError(f"{lang.code}: need {count} {field}, got {len(groups)}")
        for number, names in enumerate(groups, start=start):
            for name in names:
                for spelling in _spellings(name):
                    known, codes = found.setdefault(spelling, (number, set()))
                    if known != number:
                        raise ValueError(f"{spelling!r} is {field} {known} and {number}")
                    codes.add(lang.code)
    return {name: (number, frozenset(codes)) for name, (number, codes) in found.items()}


def _words_by_language(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """(word, language) pairs -> word -> languages, with accent-free spellings added."""
    found: dict[str, set[str]] = {}
    for word, code in pairs:
        for spelling in _spellings(word):
            found.setdefault(spelling, set()).add(code)
    return {word: frozenset(codes) for word, codes in found.items()}


def _unit_lookup() -> dict[str, dict[str, TimeUnit]]:
    """Unit word -> {language: unit}: "time" is an hour in Danish, "min" a minute everywhere."""
    found: dict[str, dict[str, TimeUnit]] = {}
    for lang in LANGUAGES.values():
        for unit, words in lang.relative_units:
            for word in words:
                for spelling in _spellings(word):
                    found.setdefault(spelling, {})[lang.code] = unit
    return found


def _day_word_offsets() -> dict[str, tuple[int, frozenset[str]]]:
    """Whole-day word -> (offset, languages); one word with two offsets is a bug."""
    found: dict[str, tuple[int, set[str]]] = {}
    for lang in LANGUAGES.values():
        for word, offset in lang.day_words:
            for spelling in _spellings(word):
                known, codes = found.setdefault(phrase_key(spelling), (offset, set()))
                if known != offset:
                    raise ValueError(f"{spelling!r} is day {known} and {offset}")
                codes.add(lang.code)
    return {word: (offset, frozenset(codes)) for word, (offset, codes) in found.items()}


def _phrase(text: str) -> str:
    """A table phrase as a regex: spaces stretch to 1-3 whitespace, dots are literal."""
    return r"\s{1,3}".join(re.escape(part) for part in text.split())


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that "mis à jour le" wins over "mis à jour" at the same place."""
    unique = {spelling for word in words for spelling in _spellings(word)}
    return "|".join(_phrase(w) for w in sorted(unique, key=lambda w: (-len(w), w)))


def _relative_forms() -> dict[tuple[str, str], frozenset[str]]:
    """(prefix, suffix) -> languages, with accent-free spellings ("ha" for "há")."""
    found: dict[tuple[str, str], set[str]] = {}
    for lang in LANGUAGES.values():
        for pre, suf in lang.relative_forms:
            for pre_spelling in _spellings(pre) if pre else ("",):
                for suf_spelling in _spellings(suf) if suf else ("",):
                    form = (phrase_key(pre_spelling), phrase_key(suf_spelling))
                    found.setdefault(form, set()).add(lang.code)
    return {form: frozenset(codes) for form, codes in found.items()}


def _heads(phrases: Iterable[str]) -> frozenset[str]:
    """The first run of letters of each phrase, in every spelling: "il y a" -> "il".

    A long alternation of phrases is slow when tried at every position of a text; scanning
    runs of letters and trying the phrases only where a head word starts is linear and fast.
    """
    return frozenset(
        re.split(r"[\W\d_]+", spelling, maxsplit=1)[0]
        for phrase in phrases
        for spelling in _spellings(phrase)
    )


def phrase_key(text: str) -> str:
    """How a matched phrase is looked up: lower case, single spaces, no trailing colon."""
    return " ".join(text.lower().split()).rstrip(":").strip()


MONTH_LOOKUP: MappingProxyType[str, tuple[int, frozenset[str]]] = MappingProxyType(
    _numbered_lookup("months", 12)
)
# Weekday name -> (0 for Monday .. 6, languages).
WEEKDAY_WORDS: MappingProxyType[str, tuple[int, frozenset[str]]] = MappingProxyType(
    _numbered_lookup("weekdays", 7, start=0)
)
UNIT_LOOKUP: MappingProxyType[str, MappingProxyType[str, TimeUnit]] = MappingProxyType(
    {word: MappingProxyType(units) for word, units in _unit_lookup().items()}
)
NUMBER_ONE_WORDS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    _words_by_language((w, lang.code) for lang in LANGUAGES.values() for w in lang.one_words)
)
# (prefix, suffix) keys -> languages: ("vor", "") -> {"de"}, ("for", "siden") -> {"da", "no"}.
RELATIVE_FORMS: MappingProxyType[tuple[str, str], frozenset[str]] = MappingProxyType(
    _relative_forms()
)
# Whole-day word -> (offset in days, languages): "gestern" -> (-1, {"de"}).
DAY_WORD_OFFSETS: MappingProxyType[str, tuple[int, frozenset[str]]] = MappingProxyType(
    _day_word_offsets()
)
# Two-letter weekday abbreviations, ignored only around the date of a one-date string.
SHORT_WEEKDAYS = frozenset(
    spelling for lang in _ALL for w in lang.short_weekdays for spelling in _spellings(w)
)
PUBLISHED_LABEL_KEYS = frozenset(
    phrase_key(s) for lang in _ALL for w in lang.published_labels for s in _spellings(w)
)
UPDATED_LABEL_KEYS = frozenset(
    phrase_key(s) for lang in _ALL for w in lang.updated_labels for s in _spellings(w)
)
# Words that may stand around a date without making it something else: weekdays, label words,
# connectors ("Published on Friday, ..."). Used for one-date strings and for date lines.
IGNORABLE_WORDS = frozenset(
    {w for w in WEEKDAY_WORDS}
    | {part for key in PUBLISHED_LABEL_KEYS | UPDATED_LABEL_KEYS for part in key.split()}
    | {
        phrase_key(s)
        for lang in LANGUAGES.values()
        for w in lang.date_connectors + lang.time_connectors
        for s in _spellings(w)
    }
)

# ---------------------------------------------------------------------------------------------
# Building blocks (strings), then the compiled regexes.

# A letter word that may be a month or unit name: "January", "janv", "stycznia", "января".
WORD = r"[^\W\d_]{1,14}"
_MONTH_WORD = r"[^\W\d_]{3,14}"
# A word starts here: not glued to a letter before it.
_WORD_START = r"(?<![^\W\d_])"
# A word ends here: not followed by a letter.
_WORD_END = r"(?![^\W\d_])"
# A number starts here: not glued to a digit or to "digit + separator" (1.07.01.2022, 10:24:07).
_NUM_START = r"(?<!\d)(?<!\d[:.,/\-])"
# A plausible news year; the exact range is checked in code.
_YEAR4 = r"(?:19|20|21)\d{2}(?!\d)"
# A day with its ordinal mark: "7", "07", "7th", "1er", "1º", "7." (German "7. Januar").
_DAY = r"[0-3]?\d(?:st|nd|rd|th|er|ère|º|ª|\.º)?"

# Inside a date and its time, spaces never include a line break: a date does not run on
# from one line into the next ("... in 2026.\n\nMarch 25 ..."). _SPC goes inside a class.
_SPC = r" \t\xa0\u2007\u2009\u202f"
# Zones, case-sensitive (French "est" is not EST): "Z", "+08:00", "+0800", "GMT+8", "UTC",
# "(GMT)", "EST", "ET", and unknown ones ("IST") that are read but leave the time naive.
# A zone may be glued to a following capitalised word ("GMTUpdated").
_ZONE_ABBR = "|".join(
    sorted((k for k in {**ZONE_OFFSETS, **ZONE_NAMES} if k != "Z"), key=lambda k: (-len(k), k))
)
_ZONE = (
    r"(?-i:(?P<zulu>Z)(?![^\W\d_])"
    r"|[^\S\n]{0,2}\(?(?:(?P<offset>[+-](?:[01]\d|2[0-3]):?[0-5]\d)(?!\d)"
    rf"|(?P<abbr>{_ZONE_ABBR})(?:[^\S\n]?(?P<abbr_offset>[+-](?:[01]?\d|2[0-3])(?::?[0-5]\d)?)(?!\d))?"
    # An abbreviation we do not know ("IST", "WIB"): read as a zone, left naive.
    r"|(?P<unknown_zone>[A-Z]{3,4})(?![^\S\n][A-Z]))"
    r"\)?(?:(?![^\W\d_])|(?=[A-Z][a-z])))"
)
# A clock time: "10:24", "10:24:00.123", "3:45 p.m.", "3 PM", "10h24", "10 h 24", "10.24 Uhr",
# "09.05" (dotted only with a word, suffix or zone around it; checked in code).
_TIME = (
    r"(?<!\d)(?<!\d[:.])(?P<hour>[012]?\d)"
    r"(?:(?P<sep>[:.])(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d|60)(?:[.,](?P<fraction>\d{1,9}))?)?"
    r"|[^\S\n]?(?P<h>h)(?:[^\S\n]?(?P<h_minute>[0-5]\d))?(?![^\W\d_]))?(?!\d)"
    r"(?:[^\S\n]{0,2}(?P<ampm>[ap])\.?[^\S\n]?m\b\.?)?"
    r"(?:[^\S\n]{0,2}(?P<suffix>uhr|hrs|hr|h|horas|hod|godz\.?|ч\.?)(?![^\W\d_]))?"
    rf"(?:{_ZONE})?"
)


_TIME_CONNECTORS = _alternation(w for lang in _ALL for w in lang.time_connectors)
_DATE_CONNECTORS = _alternation(w for lang in _ALL for w in lang.date_connectors)
_YEAR_SUFFIXES = _alternation(w for lang in _ALL for w in lang.year_suffixes)

# The date itself, in every order news pages write it. Group names tell the form apart.
DATE_CORE = re.compile(
    # ISO and other year-first numerics: "2022-01-07", "2022/1/7", "2022.01.07"
    rf"{_NUM_START}(?P<iso_y>{_YEAR4})(?P<iso_sep>[-/.])(?P<iso_m>[01]?\d)(?P=iso_sep)"
    r"(?P<iso_d>[0-3]?\d)(?!\d|[-/.:]\d)"
    # Chinese, Japanese, Korean: "2022年1月7日", "2022년 1월 7일"
    rf"|(?P<cjk_y>{_YEAR4})[^\S\n]?[年년][^\S\n]?(?P<cjk_m>[01]?\d)[^\S\n]?[月월][^\S\n]?(?P<cjk_d>[0-3]?\d)[^\S\n]?[日일]"
    # Day and month in either order: "07/01/2022", "7.1.22", "07-01-2022", "7. 1. 2022"; a
    # hyphen and a digit after it end no date, unless a time follows ("28.01.2020-15:49")
    rf"|{_NUM_START}(?P<num_a>[0-3]?\d)(?P<num_sep>[-/.]|\.[^\S\n])(?P<num_b>[0-3]?\d)(?P=num_sep)"
    r"(?P<num_y>(?:19|20|21)?\d{2})(?!\d|[/.:]\d|-\d(?!\d?:\d\d))"
    # Day, month name, year: "7 January 2022", "7. Januar 2022", "1er mars 2021",
    # "7 de enero de 2022", "07-Jan-2022", "7th of January, 2022", "7 stycznia 2022"
    rf"|{_NUM_START}(?P<dmy_d>{_DAY})\.?[{_SPC}\-/]{{0,3}}(?:(?:de|of)[^\S\n]{{1,3}})?"
    rf"(?P<dmy_m>{_MONTH_WORD})\.?[{_SPC},.\-/]{{0,4}}(?:(?:de|del)[^\S\n]{{1,3}})?(?P<dmy_y>{_YEAR4})"
    # Month name, day, year: "January 7, 2022", "Jan. 7th 2022", "Jan 07 2022"
    rf"|{_WORD_START}(?P<mdy_m>{_MONTH_WORD})\.?[{_SPC}\-/]{{0,3}}(?P<mdy_d>[0-3]?\d)"
    rf"(?:st|nd|rd|th)?(?!\d)[{_SPC},.]{{0,4}}(?P<mdy_y>{_YEAR4})"
    # Year, month name, day: "2022-Jan-07", "2022 January 7"
    rf"|{_NUM_START}(?P<ymd_y>{_YEAR4})[{_SPC}.\-/]{{1,3}}(?P<ymd_m>{_MONTH_WORD})\.?[{_SPC}\-/]{{1,3}}"
    r"(?P<ymd_d>[0-3]?\d)(?!\d)",
    re.IGNORECASE,
)

# Where a date may be: a four-digit year, or the two-digit year that ends a numeric date
# ("2022", "/22", ".22"). Dates are only looked for around these, so text without a year-like
# number (a megabyte of digits and colons) is skipped at the speed of this simple regex.
YEAR_HINT = re.compile(r"(?:19|20|21)\d\d(?!\d)|[-/.]\d\d(?!\d)")
# The digits any year-like number is made of, in a line as given ("2022", "/22", "20236:01"
# before a lost space is put back): a line without them holds no absolute date.
YEAR_DIGITS = re.compile(r"(?:19|20|21)\d\d|[-/.]\d\d")
# A numeric date with a four-digit year last and slashes or hyphens ("12/18/2025", "18-12-2025"):
# the shapes whose day/month order a page shows by its own dates (dotted ones are day first).
# Found from the year back, which is rare in a page's text and cheap to scan for: the year
# with its separator, then the day and month just before it.
NUMERIC_YEAR_TAIL = re.compile(r"([/-])(?:19|20)\d\d(?![\d/-])")
NUMERIC_DAY_MONTH_HEAD = re.compile(r"(?:^|[^\d/.-])(\d{1,2})([/-])(\d{1,2})$")
NUMERIC_HEAD_REACH = 6  # "12/18" and the character before it
# How far a DATE_CORE match can start before its year and end after it: "07th of September,
# del " is under 40 characters; "-Sep.-07" after a year-first date under 30.
CORE_REACH_BEFORE = 40
CORE_REACH_AFTER = 30
# How far past a time the next date may start and still own that time: ", " then the date.
NEXT_DATE_REACH = 4 + CORE_REACH_BEFORE + 4

# What may follow a year before its time: "2022 г.", "2022 r.", "2022 roku"
YEAR_SUFFIX = re.compile(
    rf"[^\S\n]{{0,2}}(?:{_YEAR_SUFFIXES})(?:(?<=\.)|{_WORD_END})", re.IGNORECASE
)

# A time after a date: "T10:24:00+08:00", " 10:24 AM EST", ", 10:24 Uhr", " à 10h24",
# " a las 10:24", " - 10:24", " -- 19:14 GMT", " // 12:56", " | 13:43 h", " kl. 10.24",
# " o godz. 10:24", " • 11:20 SGT", " · 09:41"
TIME_AFTER = re.compile(
    r"(?:(?P<t>T)|["
    + _SPC
    + r",]{0,3}(?:(?P<conn>"
    + _TIME_CONNECTORS
    + r"|--?|–|—|//?|\||•|·)(?:(?<=\.)|(?<=[-–—@/|•·])|"
    + _WORD_END
    + r")["
    + _SPC
    + r",]{0,3}(?:(?:"
    + _TIME_CONNECTORS
    + r")(?:(?<=\.)|"
    + _WORD_END
    + r")[^\S\n]{0,3})?)?)"
    + _TIME,
    re.IGNORECASE,
)

# A time before a date, matched at the end of the text just before the date:
# "10:24, " (January 07, 2022), "3:45 PM EST, Tue " (January 4, 2022), "10h24 le ", "18:27 on "
BEFORE_TIME = re.compile(
    _TIME
    + r"["
    + _SPC
    + r",]{0,3}(?:(?:-|–|—|\|)[^\S\n]{0,3})?(?:(?:"
    + _DATE_CONNECTORS
    + r")[^\S\n]{1,3})?(?:(?P<weekday>"
    + WORD
    + r")\.?,?[^\S\n]{0,3})?\Z",
    re.IGNORECASE,
)

# A time on its own, for telling date lines: "18:27", "3:45 PM EST", "10h24"
TIME_ALONE = re.compile(_TIME, re.IGNORECASE)

# What leads from a date-time to a second stamp of the same day: ", ", " | ", " - ", " · ", or
# only a space, as a meta line's spans print it: "Publié le 03/03/2025 à 09h41, mis à jour à
# 13h12", "Updated <date> — 7.45pm AEDT, first published 2.15pm", "5 junio 2024, 12:47
# Actualizado 19:03h." (matched right after the first date; a label and a time must follow)
SAME_DAY_LEAD = re.compile(r"[^\S\n]{0,3}[,;|(\-–—·•][^\S\n]{0,3}|[^\S\n]{1,3}")
# A "time" that goes on as a numeric date ("01.11" of "01.11.2023") is that date's day and month.
NUMERIC_DATE_GOES_ON = re.compile(r"[./-]\d")

# ISO 8601 as metadata writes it, for the fast path: "2022-01-07", "2022-01-07T10:24:00+08:00",
# "2022-01-07 10:24", "2022-01-07T10:24:00.000Z", "2022-01-10T22:06:08:684Z" (milliseconds
# after a colon, as some content systems write them)
ISO_DATETIME = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:[Tt ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,9})|:(?P<ms>\d{3}))?)?"
    r"\s?(?P<z>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?"
)
# A bracketed zone name after a zone: "... GMT+0800 (China Standard Time)"
TRAILING_ZONE_NAME = re.compile(r"\s{0,3}\([^()]{1,40}\)\s{0,3}\Z")
# ISO 8601 basic format, only as a whole string: "20220107", "20220107T102400Z"
COMPACT_DATETIME = re.compile(
    r"(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})"
    r"(?:T(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})?(?P<z>Z|[+-]\d{2}:?\d{2})?)?"
)

_PREFIXES = _alternation(pre for lang in _ALL for pre, _ in lang.relative_forms if pre)
_SUFFIXES = _alternation(suf for lang in _ALL for _, suf in lang.relative_forms if suf)
RELATIVE_PREFIX_KEYS = frozenset(
    phrase_key(s) for lang in _ALL for pre, _ in lang.relative_forms if pre for s in _spellings(pre)
)
RELATIVE_SUFFIX_KEYS = frozenset(
    phrase_key(s) for lang in _ALL for _, suf in lang.relative_forms if suf for s in _spellings(suf)
)
# The amount and unit of a relative date: "2 hours", "an hour", "5m", "einer Stunde", "un'ora",
# "hodinou" (the unit alone is one of it). Which words are units is checked in code.
_AMOUNT_UNIT = (
    rf"(?:(?P<n>\d{{1,3}})\s{{0,2}}|(?P<word>{WORD}['’])\s{{0,2}}|(?P<w>{WORD})\s{{1,2}})?"
    rf"(?P<unit>{WORD})\.?"
)
# Where a relative date is anchored: its prefix or suffix ("ago", "vor", "il y a", "hace",
# "för", "před", "назад"), matched only where a word from RELATIVE_ANCHOR_HEADS starts.
RELATIVE_ANCHOR = re.compile(
    "(?:" + _alternation(RELATIVE_PREFIX_KEYS | RELATIVE_SUFFIX_KEYS) + ")" + _WORD_END,
    re.IGNORECASE,
)
RELATIVE_ANCHOR_HEADS = _heads(RELATIVE_PREFIX_KEYS | RELATIVE_SUFFIX_KEYS)
# After a prefix: " 3 Stunden" (vor), " 2 jours" (il y a), " 2 horas atrás" (há ... atrás)
RELATIVE_AFTER_PREFIX = re.compile(
    rf"\s{{1,3}}{_AMOUNT_UNIT}(?:\s{{1,3}}(?P<suf>{_SUFFIXES}){_WORD_END})?", re.IGNORECASE
)
# Before a suffix, at the end of the text searched: "2 hours " (ago), "2 часа " (назад)
RELATIVE_BEFORE_SUFFIX = re.compile(rf"{_WORD_START}{_AMOUNT_UNIT}\s{{1,3}}\Z", re.IGNORECASE)
# How far before its suffix a relative date may start: "999 minutter " is 13 characters.
RELATIVE_REACH = 32

_DAY_WORDS = tuple(w for lang in _ALL for w, _ in lang.day_words)
# Whole-day words: "yesterday", "gestern", "hier", "i går", "aujourd'hui", matched only where a
# word from DAY_WORD_HEADS starts.
DAY_WORD = re.compile("(?:" + _alternation(_DAY_WORDS) + ")" + _WORD_END, re.IGNORECASE)
DAY_WORD_HEADS = _heads(_DAY_WORDS)
# A run of letters: the words scanned for the heads above ("aujourd" of "aujourd'hui").
LETTERS = re.compile(r"[^\W\d_]+")

# The longest label as written in the tables, for bounding the search for one.
LONGEST_LABEL = max(len(w) for lang in _ALL for w in lang.published_labels + lang.updated_labels)
# Published/updated labels, longest first, with an optional colon: "Published:", "Updated",
# "Last modified on", "Veröffentlicht am", "Mis à jour le", "Zaktualizowano". The start is
# checked in code (a label may be glued to a zone before it: "GMTUpdated").
_LABELS = tuple(w for lang in _ALL for w in lang.published_labels + lang.updated_labels)
LABEL = re.compile(
    "(?:" + _alternation(_LABELS) + r")(?:(?<=:)|" + _WORD_END + r")(?:\s{0,2}:)?",
    re.IGNORECASE,
)

LABEL_HEADS = _heads(_LABELS)

# A sentence about the page itself, which dates it wherever it stands: "This article was
# originally published on ...", "Der Beitrag wurde am ... veröffentlicht", "Diese Seite wurde
# zuletzt am ... geändert". The subject opens the line (searched in its first characters).
SELF_REFERENCE = re.compile(
    r"\b(?:(?:this|the) (?:entry|post|article|page|story|blog post)"
    r"|(?:dieser|der) (?:beitrag|eintrag|artikel)|diese seite"
    r"|cet article|cette (?:entrée|page)|(?:este|el) (?:artículo|post)|esta (?:entrada|página)"
    r"|questo articolo|questa pagina)\b",
    re.IGNORECASE,
)
SELF_REFERENCE_REACH = 40
# A piece of the subject's noun that every match of SELF_REFERENCE in ASCII text holds, in
# lower case ("entry" and "entrada" hold "entr"): an ASCII line without one is no such
# sentence, and the regex (twenty case-blind branches tried at every character) is spared.
# (The branches with an accented word cannot match ASCII text; a test keeps the two together.)
SELF_REFERENCE_ASCII_NEEDLES = (
    "post", "artic", "pag", "story", "entr", "beitrag", "eintrag", "artikel", "seite"
)
# The verbs that tell such a sentence's date a publication or an update.
PUBLISHING_VERB = re.compile(
    r"\b(?:posted|published|veröffentlicht|gepostet|publiziert|publié|publicado|pubblicato)\b",
    re.IGNORECASE,
)
UPDATING_VERB = re.compile(
    r"\b(?:updated|modified|revised|geändert|aktualisiert|bearbeitet|modifié|mis à jour"
    r"|actualizado|modificado|aggiornato|modificato)\b",
    re.IGNORECASE,
)

# A line opening with the label of an event's or a deadline's date: "Termin: 14.03.2020, 19 Uhr",
# "Deadline: March 3, 2025", "Date limite : 5 mars 2024" (matched at the start of the line).
EVENT_LABEL = re.compile(
    r"\s{0,3}(?:"
    + _alternation(w for lang in _ALL for w in lang.event_labels)
    + ")"
    + _WORD_END
    + r"\s{0,2}:?",
    re.IGNORECASE,
)

# A blog theme's post line, filing the post under its categories with its date inside it:
# "Posted in News by jane on June 14, 2017", "This entry was posted on April 27, 2016 and is filed
# under Travel", "Von J. R. am 14.06.2017 um 18:40 Uhr gespeichert unter Allgemein", "... wurde
# am 3. Juli 2015 gepostet und unter Stadt abgelegt", "Publié dans Actualités le 3 mai".
FILED_POST = re.compile(
    r"(?<!\w)(?:this (?:entry|post) was posted|posted in|(?:is )?filed under|gespeichert unter"
    r"|abgelegt unter|und unter [^\n]{1,80}? abgelegt|veröffentlicht (?:in|unter)"
    r"|publié dans|classé dans|publicado en|archivado en|pubblicato in|archiviato in)(?!\w)",
    re.IGNORECASE,
)

# Day and month without a year, only for telling date lines: "Jan 5", "5 January", "7. Januar"
PARTIAL_DATE = re.compile(
    rf"{_WORD_START}(?P<pm>{_MONTH_WORD})\.?\s{{0,2}}(?P<pd>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    rf"|{_NUM_START}(?P<qd>{_DAY})\.?\s{{0,2}}(?P<qm>{_MONTH_WORD}){_WORD_END}",
    re.IGNORECASE,
)

_READING = _alternation(w for lang in _ALL for w in lang.reading_time_words)
# A reading-time note: "7 min read", "5 minutes read", "3 Min. Lesezeit", "Lesezeit: 3 Min.",
# "4 min de lecture", "2 мин чтения"
READING_TIME = re.compile(
    rf"\d{{1,3}}\s{{0,2}}(?:min|мин)(?:{WORD})?\.?\s{{0,3}}(?:(?:{_READING}){_WORD_END})"
    rf"|(?:{_READING}){_WORD_END}:?\s{{0,3}}\d{{1,3}}\s{{0,2}}(?:min|мин)(?:{WORD})?\.?",
    re.IGNORECASE,
)

# An English month name glued to the word before it, where inline markup lost a space
# ("Jane DoeMarch 5, 2025", "EditorialNovember 22, 2018", a section link over a date set
# in capitals: "HealthMARCH 5, 2025"): the place to put the space back.
_ENGLISH_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
GLUED_MONTH = re.compile(
    rf"(?<=[a-z])(?=(?:{_ENGLISH_MONTH}|{_ENGLISH_MONTH.upper()})\.?\s{{1,2}}[0-3]?\d(?!\d))"
)
# A year glued to the number after it, where inline markup lost a space ("October 17,
# 20236:01 PM ET", "Mar 27, 20255 mins", "May 2nd 202511 mins", a theme printing both stamps:
# "14. März 20219. April 2021", "14.03.202109.04.2021", "17/11/201918/11/2019"): the year
# ends the match, the place to put the space back. A day-first month may be any language's
# word; what is no month reads as no date, spaced or not.
GLUED_YEAR = re.compile(
    rf"(?:{_ENGLISH_MONTH}\.?\s{{1,2}}[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d\.?\s{{1,2}}"
    rf"{_MONTH_WORD}\.?),?\s{{1,2}}(?:19|20)\d\d(?=\d)"
    r"|(?<!\d)[0-3]?\d([./])[0-3]?\d\1(?:19|20)\d\d(?=[0-3]?\d\1[0-3]?\d\1(?:19|20)\d\d)"
)
# What every GLUED_YEAR match holds, found by a quicker scan: a year with a digit after it.
GLUED_YEAR_HINT = re.compile(r"(?:19|20)\d{3}")
# Between the pieces of a meta line: a bar, a middle dot, a bullet or a spaced slash ("May 2,
# 2025 · Jane Doe", "Jane Doe / Updated: May 2, 2025"); the pieces are stripped where they are
# read. A slash with no spaces is a numeric date's.
META_SEPARATOR = re.compile(r"[|·•⋅]|\s/\s")

_BYLINE_WORDS = "|".join(
    sorted({re.escape(w) for lang in _ALL for w in lang.byline_words}, key=lambda w: -len(w))
)
# A byline segment sharing a date line, up to the next separator: "By Jane Doe", "Von Max Muster"
# (case-sensitive: "by" inside a sentence is not a byline).
BYLINE_SEGMENT = re.compile(
    rf"(?:^|(?<=[|·•,–—]))\s{{0,3}}(?:{_BYLINE_WORDS})\s{{1,3}}[^|·•]{{1,80}}"
)

# An ISO date in a page's data script (not JSON-LD), read as the value of the key before it
# (SCRIPT_DATE_KEY): "publishedAt":"2021-03-04T10:00:00Z", published_date: '2021-03-04',
# \"datePublished\":\"2021-03-04\" inside a JSON string. Searched for first because it is
# cheap: a script blob is tens of kilobytes, and a key pattern has no literal to scan for.
SCRIPT_DATE_VALUE = re.compile(
    r"""(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d[^"'\\\s]{0,20})?(?=\\?["'])"""
)
# The key that ends right before a script date's opening quote. The key group tells a
# publication key from a creation key (a creation key also dates comments and drafts); a key
# inside a longer one ("lastPublishedAt", "unpublished_at") is another date.
SCRIPT_DATE_KEY = re.compile(
    r"""(?<![\w-])(?:(?P<published>(?:first[_-]?)?publish(?:ed|ing)?[_-]?(?:at|date|time|on)"""
    r"""|date[_-]?published|pub[_-]?date|publication[_-]?(?:date|time))"""
    r"""|(?P<created>created[_-]?(?:at|date|on)|date[_-]?created))"""
    r"""\\?["']?[^\S\n]{0,3}[:=][^\S\n]{0,3}\\?["']\Z""",
    re.IGNORECASE,
)
