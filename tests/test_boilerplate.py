"""Furniture lines: what the boilerplate stage removes as page furniture, and what it keeps."""

from __future__ import annotations

import re

import pytest

import newsparse
from newsparse.patterns.furniture import COMMENT_LINE, END_OF_STORY, LINE_RULES, TAIL_NOTES
from newsparse.stages import boilerplate
from newsparse.stages.boilerplate import furniture_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this story", "share"),
        ("Share or comment on this post:", "share"),
        ("Suscríbete a nuestro boletín", "newsletter"),
        ("Share and comment on this story", "share"),
        ("We use cookies to give you the best experience on our site.", "cookie"),
        ("Sign up for our newsletter", "newsletter"),
        ("Advertisement", "promo"),
        ("© 2024 Valley Echo. All rights reserved.", "legal"),
        # consent placeholders standing in for an embedded post
        ("Empfohlener redaktioneller Inhalt", "cookie"),
        ("An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel "
         "ergänzt. Ihr könnt ihn Euch mit einem Klick anzeigen lassen.", "cookie"),
        ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
         "personenbezogene Daten an Drittplattformen übermittelt werden.", "cookie"),
        ("Click here to load external content from YouTube.", "cookie"),
        ("Allow third-party content to see this post.", "cookie"),
        # a meta bar with a furniture part
        ("Python, Mercurial | View Comments", "comment"),
        ("Kommentarfeed | Kommentare geschlossen", "comment"),
        ("Share | Tweet | Email", "share"),
        # multilingual buttons and labels
        ("Seite teilen", "share"),
        ("Rezept drucken", "share"),
        ("Valora esta noticia", "share"),
        ("- Anzeige-", "promo"),
        ("Quellen ausblenden", "promo"),
        ("Alle Angaben ohne Gewähr", "legal"),
        ("Tagged:", "tags"),
        ("Inhaltsverzeichnis", "tags"),
        ("Weitere Informationen:", "post meta"),
        ("Kommentare insgesamt: 3", "post meta"),
        ("War der Artikel nützlich?", "post meta"),
        ("Ten tekst przeczytasz w 5 minut", "promo"),
        ("Jede kleine Spende hilft uns weiter.", "promo"),
        ("Support our journalism today", "promo"),
        ("Stay up-to-date on our work.", "newsletter"),
        ("Kontakt:", "legal"),
        ("Möchten Sie den Artikel teilen?", "share"),
        ("If you enjoyed reading this post, share it with a friend", "share"),
        ("Anzeige, enthält Affiliate Links", "promo"),
        ("Wir respektieren deine Privatsphäre", "promo"),
        ("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner", "share"),
        ("Siguenos en Telegram, Instagram, Facebook y Twitter", "share"),
        ("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.", "promo"),
        ("For the latest stories and breaking news updates download the app", "promo"),
        ("Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.",
         "disclaimer"),
        # ratings with their vote counts, read-more links with a read time
        ("War der Artikel nützlich? (95 Stimmen: 4,73 von 5)", "post meta"),
        ("Was this article helpful? (12 votes)", "post meta"),
        ("(Noch keine Bewertungen) Loading...", "post meta"),
        ("weiterlesen 5 Minuten", "post meta"),
        ("Read more 7 min", "post meta"),
        # a copyright line that starts with the owner's name
        ("Reddit Inc © 2020. All rights reserved", "legal"),
        ("The Valley Courier. All rights reserved.", "legal"),
        ("Advertise with us", "legal"),
        ("Work for us", "legal"),
        ("Instant access to the full article PDF.", "paywall"),
        # a government site template's notice over every page
        ("An official website of the United States government", "banner"),
        ("Here’s how you know", "banner"),
        ("Official websites use .gov", "banner"),
        ("Secure .gov websites use HTTPS", "banner"),
        ("A .gov website belongs to an official government organization in the United States.",
         "banner"),
        # a web form's messages and small print, a rating or feedback widget
        ("Thank you! Your submission has been received!", "form"),
        ("Oops! Something went wrong while submitting the form.", "form"),
        ("This field is for validation purposes and should be left unchanged.", "form"),
        ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
         "Service apply.", "form"),
        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.",
         "form"),
        ("How useful was this post?", "form"),
        ("Click on a star to rate it!", "form"),
        ("No votes so far! Be the first to rate this post.", "form"),
        ("Did you find this content helpful?", "form"),
        ("Thank you for your feedback!", "form"),
        # affiliate notices, share buttons spelt out, newsletter pitches, browser notices
        ("We independently evaluate all of our picks. If you click on links we provide, we may "
         "be paid.", "disclaimer"),
        ("When you purchase through links on our site, we may earn a small fee.", "disclaimer"),
        ("Every item on this page was chosen by one of our editors.", "disclaimer"),
        ("Products are selected independently by our editors; buying through our links may "
         "earn us a fee.", "disclaimer"),
        ("This post may contain affiliate and/or referral links. See the disclosure page.",
         "disclaimer"),
        ("Click to share on Mastodon (Opens in new window)", "share"),
        ("Print this article", "share"),
        ("Like this story? Share it with a friend!", "share"),
        ("No spam, we promise. You can leave the list whenever you like.", "newsletter"),
        ("Get breaking news alerts and special reports in your inbox.", "newsletter"),
        ("This slideshow requires JavaScript.", "promo"),
        ("IE 11 is not supported. For the best experience use another browser.", "promo"),
        ("This copy is for your personal, non-commercial use only. Reprints are available.",
         "promo"),
        # a photo gallery's counter and buttons
        ("Image 1 of 8", "gallery"),
        ("Bild 3 von 10", "gallery"),
        ("4 / 12", "gallery"),
        ("Back to Gallery", "gallery"),
        ("View all 24 photos", "gallery"),
        # a site's pitches and notices under the story
        ("Kindly share this story:", "share"),
        ("Follow us on Google News", "share"),
        ("For more news about the region, visit https://news.example.org/.", "promo"),
        ("Download the Valley Echo app", "promo"),
        ("For feedback, complaints, or inquiries, contact us.", "legal"),
        ("The views expressed in this piece are the author's own.", "disclaimer"),
        ("The views do not necessarily reflect those of the Valley Echo.", "disclaimer"),
        ("Views expressed here are those of the author and not of the paper.", "disclaimer"),
        ("All rights reserved. This material may not be reproduced, rewritten or redistributed "
         "in whole or in part without prior written permission from the Valley Echo.", "legal"),
    ],
)
def test_furniture_lines(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Mit beiden Entscheidungen war der Anwalt nicht einverstanden.",
        "The platform said it is not liable for third-party content posted by its users.",
        "Regulators want platforms to share more data with researchers, the report said.",
        "The council will print new ballots after the error was found on Tuesday.",
        # facts between separators, one of which looks like a read time
        "2-6 Players • Ages 10+ • 45 minutes • $29",
        "Price: $5 | Size: M",
        "Weitere Informationen erhalten Sie beim Amt.",
        "Contact the team on Monday, she said.",
        "Thank you for your feedback on the draft, the minister wrote to the committee.",
        "If you click on the map, the route of the new tram line shows up in red.",
        "When you buy a house, the bank will ask for a survey of the roof.",
        "Did you find this content helpful, the survey asked its readers in March.",
        "Follow the money, he said, and you will find the truth on the ground.",
        "He said all rights reserved by the owners were waived after the court ruling.",
        "Readers spent 5 minutes on the page, the study found.",
        "He said an official website of the city was hacked on Monday.",
        "3 of the 8 victims were children.",
        "Chapter 1 of 3",
        "The results may not be reproduced in other labs, the authors warned.",
        "The views expressed in the report worried the minister, officials said.",
        "Please share your views with the council before Friday.",
        "For more news on the vote, the mayor said, residents should watch the meeting.",
    ],
)
def test_story_sentences_are_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    "line",
    ["Você pode gostar...", "Vous aimerez aussi", "Ti potrebbe interessare", "Most read…"],
)
def test_end_of_story_headings_in_several_languages(line: str) -> None:
    from newsparse.patterns.furniture import END_OF_STORY

    assert END_OF_STORY.match(line)


@pytest.mark.parametrize(
    "line",
    ["Empfohlene Beiträge", "Le puede interesar", "NOTAS RELACIONADAS", "Explore further",
     "Zum Weiterlesen:", "Das könnte dich auch interessieren",
     "Lesen Sie auch die folgenden Beiträge:", "Aktuelle Berichte aus dieser Kategorie"],
)
def test_end_of_story_headings(line: str) -> None:
    assert END_OF_STORY.match(line)


@pytest.mark.parametrize("line", ["Weiterlesen", "Explore further into the cave, the team found"])
def test_not_end_of_story(line: str) -> None:
    assert not END_OF_STORY.match(line)


@pytest.mark.parametrize(
    ("line", "is_bio"),
    [
        ("Jane Doe is a contributing writer for Terrain.", True),
        ("Jake is the co-founder of Acme and writes about growth.", True),
        ("Martin has worked as a journalist for twenty years.", True),
        ("Smith is the director of the museum.", False),
        ("The author is a senior research fellow at a think tank in the city.", True),
        ("The writers are the editors of the Valley Echo.", True),
        ("The author is due to speak at the book fair on Friday.", False),
    ],
)
def test_author_bio_at_the_story_end(line: str, is_bio: bool) -> None:
    bio = dict(TAIL_NOTES)["author bio"]
    assert bool(bio.match(line)) is is_bio


# Lines the screened rules must answer exactly as the plain regexes do: matches in any case,
# near misses, and non-ASCII lines (which skip the screen).
SCREEN_LINES = [
    "We use COOKIES to improve your experience",
    "Manage Preferences",
    "Sign up for our daily newsletter",
    "Copyright 2024 The Daily Planet. All Rights Reserved.",
    "This article is reserved for subscribers.",
    "Already a subscriber? Log in to continue reading",
    "Cet article est réservé aux abonnés.",
    "Réservée aux abonnés",
    "By clicking Submit, you agree to our terms",
    "The council said cookies were sold at the fair on Sunday morning.",
    "Subscriptions rose in the third quarter, the company said.",
    "ſubscribe to continue reading",
    "Contact",
    "Termſ of use",
    "Ce contenu est RÉSERVÉ AUX ABONNÉS — déjà abonné ?",
    "Nur für Abonnenten – jetzt weiterlesen",
    "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten – mehr erfahren",
    "© 2024 Zürcher Zeitung",
    "Newsletter abonnieren für München",
    "Diese Gemeinde hat 4.000 Einwohner und liegt an der Küste.",
    "İmpressum",
    "Abonnés: COOKİE policy",
    "Accept all cookıes",
    "",
]


@pytest.mark.parametrize("line", SCREEN_LINES)
def test_screened_line_rules_agree_with_the_plain_rules(line: str) -> None:
    plain = next((reason for reason, pattern in LINE_RULES if pattern.match(line)), None)
    assert boilerplate._line_rule(line) == plain


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"^(?:[^\n]{0,200}\bcookies?\b[^\n]{0,200}|accept(?: all)?)$", ("accept", "cookie")),
        (r"^(?:[^\n]{0,50}(?:réservé aux abonnés|for members only))$", ("for members only",)),
        (r"^(?:share|tweet)$", None),  # anchored at its first word: fails fast unscreened
        (r"^(?:[^\n]{0,50}x?)$", None),  # nothing needed
    ],
)
def test_screen_needles(pattern: str, needles: tuple[str, ...] | None) -> None:
    found = boilerplate._screen(re.compile(pattern, re.I))
    assert (found if found is None else tuple(sorted(found))) == needles


def test_needle_characters_match_only_in_the_basic_plane() -> None:
    """The screen looks for odd case matches of its needles' characters in the BMP only."""
    needed = {c for _, _, needles in boilerplate._OTHER_SCREENED for n in needles or () for c in n}
    beyond = "".join(map(chr, range(0x10000, 0x110000)))
    assert not re.findall(f"[{re.escape(''.join(needed))}]", beyond, re.IGNORECASE)


_LONG_LINES = [
    "We and our partners use cookies and similar technologies to store and access information "
    "on your device, to personalise ads and content, to measure them and to develop products; "
    "you can change your choice at any time in the privacy settings at the bottom of the page.",
    "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf "
    "Ihrem Gerät zu speichern, Anzeigen und Inhalte zu personalisieren und sie zu messen, und "
    "Sie können Ihre Wahl jederzeit in den Datenschutzeinstellungen ganz unten am Ende der "
    "Seite ändern.",
    "By submitting your email address you agree to receive our newsletter and to the terms of "
    "use and the privacy policy of this site, and you can unsubscribe at any time with the link "
    "at the bottom of every email we send you, which is something we hope you will never do.",
    "The mayor said the council had spent months weighing the plan, and that residents who "
    "objected to the new road would be heard at a meeting next week before any final decision "
    "on the route, the costs or the timetable of the works was taken by the full council.",
]


@pytest.mark.parametrize("line", _LONG_LINES)
def test_long_lines_screened_like_the_plain_rules(line: str) -> None:
    words = len(line.split())
    assert boilerplate.MAX_FURNITURE_WORDS < words <= boilerplate.MAX_DISCLAIMER_WORDS
    plain = next((r for r, p in boilerplate.LONG_RULES if p.match(line)), None)
    assert furniture_reason(line) == plain


EARLY_COUNT_STORY = [
    "Why the old harbour bridge still matters",
    "By Jane Roe",
    "March 3, 2024",
    "The harbour bridge has carried the coast road over the river mouth since 1932, and the "
    "town has argued about replacing it for almost as long.",
    "124 Comments",
    "Bluesky",
    "Mastodon",
    *(
        f"Part {n} of the story goes on here: engineers, historians and the people who cross "
        "the bridge every morning each explain what it means to them and to the town."
        for n in range(1, 7)
    ),
]


def test_a_comment_count_by_the_byline_does_not_open_the_comments() -> None:
    """"124 Comments" near the story's start, with most of the story still to come and no
    thread under it, links to the comments: the story under it stays."""
    article = newsparse.parse("\n\n".join(EARLY_COUNT_STORY), kind="text")
    assert "Part 6 of the story" in article.text


def test_a_short_story_with_its_comment_thread_under_a_count() -> None:
    """A short story, then a count heading with a thread under it: the thread is comments."""
    thread = []
    for name in ("Jane", "John", "Ann", "Bob", "Eve", "Max"):
        thread += [f"{name} says:", "2 days ago", f"{name} here: I cross this bridge every "
                   "morning and I think the council should keep it open for bikes at least.",
                   "Reply"]
    lines = [*EARLY_COUNT_STORY[:4], "12 Comments", *thread]
    article = newsparse.parse("\n\n".join(lines), kind="text")
    assert "I cross this bridge" not in article.text
    assert "The harbour bridge has carried" in article.text


def test_a_comment_form_under_a_short_story_is_comments() -> None:
    """A comment form's heading ("Leave a comment") under a one-paragraph post opens the
    comments zone even with the form's own sentences under it: it is no count."""
    lines = [
        *EARLY_COUNT_STORY[:4],
        "Leave a comment",
        "Enter your comment here and tell us what you think about the bridge and its future.",
        "You are commenting using your account, and your address will not be published here.",
        "Notify me of new comments by email, and of new posts by this author in the future.",
    ]
    article = newsparse.parse("\n\n".join(lines), kind="text")
    assert "Enter your comment here" not in article.text


def test_a_german_thread_under_a_count_after_a_short_post() -> None:
    """German blogs head each comment "Name sagt:": under a count after a short post, such
    lines make a thread, so the count is its heading."""
    thread = []
    for name in ("Anna", "Jonas", "Lena", "Paul"):
        thread += [f"{name} sagt:", "06.01.2020 um 9:16", f"{name} meint: Die Brücke gehört "
                   "zur Stadt, und man sollte sie für Fußgänger und Radfahrer offen halten."]
    lines = [*EARLY_COUNT_STORY[:4], "4 Kommentare", *thread]
    article = newsparse.parse("\n\n".join(lines), kind="text")
    assert "Die Brücke gehört" not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Re: Guaranteed jobs? (Score:2)",
        "Same here... (Score:4, Interesting)",
        "by jdoe ( 1311177 )",
        "by jdoe (1311177) on Friday December 19, 2025 @08:08PM (#65870295)",
        "Reply to This Parent Share",
        "Flag as Inappropriate",
    ],
)
def test_forum_thread_lines_are_comment_lines(line: str) -> None:
    assert COMMENT_LINE.match(line)


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wet", "innertext"])
def test_a_long_forum_thread_under_a_short_post_is_comments(separator: str) -> None:
    """A moderated forum's thread (titles with scores, posters with user numbers, buttons)
    outweighing the short post above it is still a thread: its lines are half the window."""
    thread = []
    for number, name in enumerate(("jdoe", "asmith", "kbrown", "lwhite", "mgreen"), 1):
        thread += [
            f"Re: The bridge question (Score:{number})",
            f"by {name} ( {number}31177 )",
            f"{name} here: I cross this bridge every morning and I think the council should "
            "keep it open for bikes and walkers at least, whatever the engineers finally say. "
            "The town has argued about it for decades and nothing was ever decided in time.",
            "Reply to This Share",
            "Flag as Inappropriate",
        ]
    article = newsparse.parse(separator.join([*EARLY_COUNT_STORY[:4], *thread]), kind="text")
    assert "I cross this bridge" not in article.text
    assert "The harbour bridge has carried" in article.text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Apple bus und bahn css d80 datenschutz Design film foto Fotografie fun gimp Google "
         "handy inkscape Internet Linux Mac", "tags"),
        ("adote um amigo agua alerta ambiente amizade atendimento bem-estar biblioteca "
         "caminhada campanha carnaval cultura curso dança edital escola evento feira", "tags"),
        # a sentence without punctuation is in no order; a table row repeats its values
        ("the council said on Tuesday that it would look for a new site in the town centre "
         "before the doors of the old library close for good", None),
        ("Sleep Tracking Yes Yes Yes Yes Yes Yes Yes Yes Yes Yes Yes Yes Yes Yes Yes Yes", None),
    ],
    ids=["german tags", "portuguese tags", "sentence", "table row"],
)
def test_a_tag_cloud_line_is_tags(line: str, reason: str | None) -> None:
    """A long line of tags in alphabetical order with no punctuation is the site's tag cloud."""
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    ("lines", "kept", "gone"),
    [
        # the last paragraph run on (no empty line) into a related box and then a newsletter
        # box: the related box's teasers end the group, so the paragraph is no box line
        (
            [
                "Bridge to be rebuilt",
                "",
                "The council agreed on Tuesday to rebuild the old bridge next spring, after two "
                "years of surveys and a long public consultation about its design.",
                "",
                "Work is due to start in April and the crossing will be closed for six months, "
                "officials said at the meeting.",
                "",
                "\"We will keep a ferry running all summer\", the mayor told the meeting.",
                "Related articles",
                "Storm closes the coast road for a week",
                "Council votes on the new harbour plan",
                "Sign up for our newsletter",
                "Email address",
            ],
            "We will keep a ferry running all summer",
            "Email address",
        ),
        # a dump with no empty line anywhere: the run from a "Read also" teaser to a paywall
        # notice is no box, so the story's last paragraph in it stays
        (
            [
                "Le pont sera reconstruit",
                "Par Jeanne Roux - 7 janv. 2022 à 18h27",
                "Le conseil a voté mardi la reconstruction du vieux pont au printemps prochain, "
                "après deux ans d'études et une longue consultation publique.",
                "Les travaux doivent commencer en avril et le passage sera fermé pendant six "
                "mois, selon la mairie.",
                "Lire aussi : Le port attend son nouveau quai depuis dix ans",
                "Un bac fonctionnera tout l'été pour les piétons, a promis le maire.",
                "Cet article est réservé aux abonnés",
                "Abonnez-vous",
                "Déjà abonné ? Se connecter",
            ],
            "Un bac fonctionnera tout l'été",
            "Abonnez-vous",
        ),
    ],
)
def test_the_story_s_last_paragraph_is_no_box_line(lines: list[str], kept: str, gone: str) -> None:
    article = newsparse.parse("\n".join(lines), kind="text")
    assert kept in article.text
    assert gone not in article.text


def test_an_opinion_piece_s_notes_under_a_repeated_line_leave_the_body() -> None:
    """Page text: the writer's note and the paper's disclaimer close an opinion piece, with a
    pull-quote box printing a sentence again under them: the notes still leave the body."""
    page = "\n\n".join(
        [
            "Steady planning pays off",
            "By Lam Ka-wing",
            "The opening of three new berths at the port this month is a reminder that long-term "
            "planning still pays off for the city.",
            "Planning is not glamorous, but it is what keeps a port open to the world.",
            "The next test is whether the city can train enough workers to run the new berths "
            "before the busy season starts.",
            "The author is a senior research fellow at a think tank in the city.",
            "The views do not necessarily reflect those of the Valley Echo.",
            "Planning is not glamorous, but it is what keeps a port open to the world.",
        ]
    )
    article = newsparse.parse(page, kind="text")
    assert "The author is" not in article.text
    assert "necessarily reflect" not in article.text
    assert article.paragraphs[-1].text.startswith("The next test is")

