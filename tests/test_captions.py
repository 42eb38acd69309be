"""Caption lines: the caption text and its credit, split apart, and lines that only look so."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.patterns.captions import CREDIT_LABEL_LINE, TEASER_MEDIA_MARK
from newsparse.stages.captions import (
    TEASER_MARK_ENDS,
    _may_open_with_label,
    credit_only,
    split_credit,
)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Protesters gather in Almaty on Jan 5, 2022. (VLADIMIR TRETYAKOV / AP)",
         "Protesters gather in Almaty on Jan 5, 2022.", "VLADIMIR TRETYAKOV / AP"),
        ("Fans queue outside the stadium in Hong Kong (Image: GETTY)",
         "Fans queue outside the stadium in Hong Kong", "GETTY"),
        ("A view of the port. Photo: John Smith/Getty Images", "A view of the port.",
         "John Smith/Getty Images"),
        ("Protesters in Kyiv on Jan 5, 2022. OLIVIER CHASSAGNE / AFP",
         "Protesters in Kyiv on Jan 5, 2022.", "OLIVIER CHASSAGNE / AFP"),
        ("Protesters in Kyiv on Jan 5, 2022. — AP PHOTO / JOHN DOE",
         "Protesters in Kyiv on Jan 5, 2022.", "AP PHOTO / JOHN DOE"),
        ("Das Projektgebiet an der Aller © E. Schwinge", "Das Projektgebiet an der Aller",
         "E. Schwinge"),
        ("Harbour cranes, Rotterdam | © 2012 Jan Nolte", "Harbour cranes, Rotterdam",
         "2012 Jan Nolte"),
        # the credit's <span> glued to the sentence by markup
        ("Das Gewächshaus steht mitten im Garten.© Max Roe", "Das Gewächshaus steht mitten im "
         "Garten.", "Max Roe"),
    ],
)
def test_caption_and_credit_split(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # an advice column's letter, signed off in capitals
        "Was I wrong to skip the wedding, or should I stay quiet? -- LEFT OUT IN LEEDS",
        "Should I have pressed charges? — BEATEN UP IN CALIFORNIA",
        # an acronym explained in a story sentence
        "The figures come from the World Health Organization (WHO)",
        # legal small print
        "Valley Echo © 2024 All rights reserved",
        # a list number or an abbreviation before a full stop is no caption sentence
        "4. Zoom Video Communications",
        "1. Ergotron WorkFit Converter – 83/100 Rating",
        "AVG. BATTERY LIFE (GPS mode)",
        "VOLKSWAGEN ID. SPACE VIZZION CONCEPT",
        # an issue number is no credit
        "Editiert am 19. Oktober 2019, 19:08 Uhr DIE ZEIT Nr. 43/2019",
        # "credit" as the first half of a compound names no credit
        "Wallet (credit/debit cards, cash, etc.)",
    ],
)
def test_lines_that_carry_no_credit(line: str) -> None:
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo: Connie Park", "Connie Park"),
        ("(Reuters)", "Reuters"),
        ("(Sign out / Change)", None),
        ("Photographer: Armin Roe, Wikimedia Commons", "Armin Roe, Wikimedia Commons"),
        # a label glued to the name by markup; longer words are no label
        ("CreditJohn Roe/Getty Images", "John Roe/Getty Images"),
        ("FotoAnita Roe / dpa", "Anita Roe / dpa"),
        ("Photography tips for beginners", None),
        ("Credits roll after the final scene", None),
        ("Screenshots: Instagram/ annaroe", "Instagram/ annaroe"),
        # a compound word, not a label and a hyphen: "image and video credits" as a heading
        ("Bild- und Videonachweis", None),
        ("Photo - Jan Doe", "Jan Doe"),
        # an image's alt text in brackets (a text browser's dump), not a credit
        ("[The council opens the new river bridge image]", None),
        ("[Volunteers paint the old library doors photo]", None),
        ("(AP Photo)", "AP Photo"),
        # a bracket naming only what the image is: its alt text (an author's avatar, a frame)
        ("[Picture of Jane Roe]", None),
        ("[Author image]", None),
        ("[Image]", None),
        ("[Digital Photo Frame]", None),
        ("[Photo AP]", "AP"),
        ("[Image Credit: Pexels]", "Pexels"),
        # a video's title after its label, and a spec sheet's row, credit no one
        ("Video: The best goals of the spring season", None),
        ("VIDEO: How to plant tulip bulbs", None),
        ("Video: 4K/60p, Full HD 120p", None),
        ("Video credit: Jane Roe", "Jane Roe"),
        ("Image copyright Valley Photos", "Valley Photos"),
    ],
)
def test_credit_alone_on_a_line(line: str, credit: str | None) -> None:
    assert credit_only(line) == credit


def test_html_credit_alone_in_a_figure_does_not_take_the_paragraph_above() -> None:
    paragraph = ("The new bridge opened to traffic on Monday after three years of work, "
                 "the city said.")
    article = newsparse.parse(
        "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
        "<p>The council approved the new budget on Tuesday after a debate that lasted well "
        "into the night, with several members raising concerns about the cost.</p>"
        f'<p>{paragraph}</p><figure><img src="bridge.jpg"><figcaption>Foto: Anita Roe'
        "</figcaption></figure><p>Drivers said the new route saves them twenty minutes a day, "
        "and shops near the bridge expect more customers.</p></article></body></html>"
    )
    assert paragraph in [b.text for b in article.paragraphs]
    assert [(c.text, c.credit) for c in article.captions] == [("", "Anita Roe")]


def test_html_credit_in_a_figcaption_under_the_byline_is_the_lead_photo_s() -> None:
    """In page text a credit among the byline lines credits the story's photographs; in HTML,
    one set in a <figcaption> credits that photo."""
    article = newsparse.parse(
        "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
        "<p>By Anita Roe</p><p>February 1, 2022</p><figure><img src=\"bridge.jpg\"><figcaption>"
        "Foto: Jan Doe</figcaption></figure>"
        "<p>The council approved the new budget on Tuesday after a debate that lasted well "
        "into the night, with several members raising concerns about the cost.</p>"
        "<p>Drivers said the new route saves them twenty minutes a day, and shops near the "
        "bridge expect more customers.</p></article></body></html>"
    )
    assert [(c.text, c.credit) for c in article.captions] == [("", "Jan Doe")]


def test_page_text_credit_line_credits_the_line_above() -> None:
    article = newsparse.parse(
        "Bridge opens\n\nThe council approved the new budget on Tuesday after a debate that "
        "lasted well into the night, with several members raising concerns.\n\n"
        "The new bridge seen from the river bank on Monday.\nPhoto: Anita Roe\n\n"
        "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
        "expect more customers.\n",
        kind="text",
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The new bridge seen from the river bank on Monday.", "Anita Roe")
    ]


@pytest.mark.parametrize(
    ("before", "captions"),
    [
        # a credit under a photo between paragraphs: a photo credited without a caption
        ("The council approved the new budget on Tuesday after a debate that lasted well into "
         "the night, with several members raising concerns about the cost of road repairs and "
         "others asking why the libraries had waited so long, while the mayor, who had promised "
         "the work for years, said the city could not put it off any longer and that the "
         "forecasts behind the plan were cautious.",
         [("", "Anita Roe")]),
        # a paragraph of several sentences over the credit is the story's (or a teaser's)
        # text, not the photo's caption
        ("The council approved the new budget on Tuesday after a long debate. Several members "
         "raised concerns about the cost of road repairs, and others asked why the libraries "
         "had waited so long. The mayor said the city could not put it off any longer.",
         [("", "Anita Roe")]),
        # a long caption in one sentence, and one naming a governor: the caption
        ("Former Gov. Deval Patrick, left, speaks with the owner of a bakery during a campaign "
         "stop on Tuesday in the harbour district, where the new bridge will open next spring "
         "after four years of work and two years of delays.",
         [("Former Gov. Deval Patrick, left, speaks with the owner of a bakery during a campaign "
           "stop on Tuesday in the harbour district, where the new bridge will open next spring "
           "after four years of work and two years of delays.", "Anita Roe")]),
        # a credit in the byline block credits the story's photographs
        ("By Sofia Brandt", []),
    ],
)
def test_page_text_credit_alone(before: str, captions: list[tuple[str, str]]) -> None:
    article = newsparse.parse(
        f"Bridge opens\n\n{before}\nPhoto: Anita Roe\n\nDrivers said the new route saves "
        "them twenty minutes a day, and shops near the bridge expect more customers, the "
        "owners said on Monday.\n",
        kind="text",
    )
    assert [(c.text, c.credit) for c in article.captions] == captions


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # a credit label alone on its line, the name on the next, under the caption sentence
        ("The new bridge seen from the river bank on Monday.\nFoto:\nAnita Roe",
         [("The new bridge seen from the river bank on Monday.", "Anita Roe")]),
        ("Fishing boats leave the harbour at dawn.\nPhoto:\nJane Doe/Valley Echo",
         [("Fishing boats leave the harbour at dawn.", "Jane Doe/Valley Echo")]),
        # a menu's label over a link, with no sentence above: no credit
        ("Galleries\nPhoto:\nOur best pictures", []),
        # a label over a sentence is no credit either
        ("The new bridge seen from the river bank on Monday.\nPhoto:\nWe took it at dawn.", []),
    ],
)
def test_page_text_credit_label_and_name_on_two_lines(
    lines: str, captions: list[tuple[str, str]]
) -> None:
    article = newsparse.parse(
        "Bridge opens\n\nThe council approved the new budget on Tuesday after a debate that "
        f"lasted well into the night, with several members raising concerns.\n\n{lines}\n\n"
        "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
        "expect more customers.\n",
        kind="text",
    )
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert all(c.credit not in article.authors for c in article.captions)


@pytest.mark.parametrize(
    ("above", "captions"),
    [
        # a sentence over the credit is the photo's caption
        ("The new bridge seen from the river bank on Monday.",
         [("The new bridge seen from the river bank on Monday.", "Anita Roe")]),
        # a description without a full stop is the image's alt text, printed over a caption
        # that holds only the credit: the photo is credited, with no caption text
        ("Cyclists crossing the new bridge at dawn", [("", "Anita Roe")]),
        ("aerial view of the harbour bridge", [("", "Anita Roe")]),
    ],
)
def test_page_text_alt_or_caption_above_a_credit(
    above: str, captions: list[tuple[str, str]]
) -> None:
    article = newsparse.parse(
        "Bridge opens\n\nThe council approved the new budget on Tuesday after a debate that "
        f"lasted well into the night, with several members raising concerns.\n\n{above}\n"
        "Photo: Anita Roe\n\nDrivers said the new route saves them twenty minutes a day, and "
        "shops near the bridge expect more customers.\n",
        kind="text",
    )
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert above not in article.text


def test_french_plural_credit_label() -> None:
    assert credit_only("Crédits photos : Bestimage") == "Bestimage"


@pytest.mark.parametrize(("line", "credit"), [("Titelbild: Max Muster", "Max Muster"),
                                              ("Bildquelle: dpa", "dpa")])
def test_german_image_credit_labels(line: str, credit: str) -> None:
    assert credit_only(line) == credit


def _figure_page(figcaption: str) -> str:
    return (
        "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
        "<p>The council approved the new budget on Tuesday after a debate that lasted well "
        "into the night, with several members raising concerns about the cost.</p>"
        f'<figure><img src="bridge.jpg"><figcaption>{figcaption}</figcaption></figure>'
        "<p>Drivers said the new route saves them twenty minutes a day, and shops near the "
        "bridge expect more customers.</p></article></body></html>"
    )


def _captions_instead_of_the_figure(markup: str) -> list[str]:
    """The captions of the figure page with ``markup`` in place of its figure."""
    page = _figure_page("").replace(
        '<figure><img src="bridge.jpg"><figcaption></figcaption></figure>', markup
    )
    return [c.text for c in newsparse.parse(page).captions]


@pytest.mark.parametrize(
    ("figcaption", "captions"),
    [
        ('<span><span class="label">Credit</span>Anita Roe/Reuters</span>',
         [("", "Anita Roe/Reuters")]),
        # the label alone, its name left empty: no caption
        ('<span><span class="label">Credit</span></span>', []),
    ],
)
def test_html_credit_label_in_its_own_span(
    figcaption: str, captions: list[tuple[str, str]]
) -> None:
    article = newsparse.parse(_figure_page(figcaption))
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert all("Credit" not in p.text for p in article.paragraphs)


def test_html_side_by_side_figures_are_captioned_not_a_sidebar() -> None:
    """"side-by-side" lays two figures in a row; its "side" token does not make a sidebar."""
    figures = "".join(
        f'<figure class="wp-caption alignleft"><img src="{n}.jpg"><figcaption '
        f'class="wp-caption-text">{text}</figcaption></figure>'
        for n, text in (("a", "The bridge seen from the river."), ("b", "Cars on the new deck."))
    )
    assert _captions_instead_of_the_figure(f'<div class="side-by-side big">{figures}</div>') == [
        "The bridge seen from the river.", "Cars on the new deck."
    ]


def test_copyright_notice_is_no_caption() -> None:
    assert split_credit("Copyright © 2024 Valley Echo GmbH") == (
        "Copyright © 2024 Valley Echo GmbH", None
    )


@pytest.mark.parametrize(
    ("above", "captions"),
    [
        ("Services", [("", "Anita Roe")]),  # a menu item: the credit stands alone
        ("photo", [("", "Anita Roe")]),
        ("The new bridge at dawn.", [("The new bridge at dawn.", "Anita Roe")]),
    ],
)
def test_page_text_one_word_above_a_credit_is_no_caption(
    above: str, captions: list[tuple[str, str]]
) -> None:
    article = newsparse.parse(
        "Bridge opens\n\nThe council approved the new budget on Tuesday after a debate that "
        "lasted well into the night, with several members raising concerns.\n\n"
        f"{above}\nPhoto: Anita Roe\n\n"
        "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
        "expect more customers.\n",
        kind="text",
    )
    assert [(c.text, c.credit) for c in article.captions] == captions


def test_html_figcaption_of_a_quote_names_its_speaker_not_a_photo() -> None:
    """A <figure> holding a <blockquote> captions the quote with its speaker: no photo caption,
    and not a line of the story either."""
    page = _figure_page("").replace(
        '<figure><img src="bridge.jpg"><figcaption></figcaption></figure>',
        '<figure><img src="avatar.png"><blockquote><p>We are moving to a future where rankings '
        "matter less.</p></blockquote><figcaption><a href=\"https://linkedin.example/jr\">"
        "LinkedIn</a><strong>Jane Roe, </strong><span>Chief Product Officer</span>"
        "</figcaption></figure>",
    )
    article = newsparse.parse(page)
    assert article.captions == ()
    assert all("Jane Roe" not in p.text for p in article.paragraphs)


_STORY = (
    "The council approved the new budget on Tuesday after a debate that lasted well into the "
    "night, with several members raising concerns about the cost of the work.\n\n"
    "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
    "expect more customers, the owners said on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # the image's alt text, then its caption with the same words (and a credit)
        ("The new bridge seen from the river bank\nThe new bridge seen from the river bank. "
         "Foto: Anita Roe", [("The new bridge seen from the river bank.", "Anita Roe")]),
        ("The new bridge seen from the river bank\nThe new bridge seen from the river bank",
         [("The new bridge seen from the river bank", None)]),
        # the image's file name, then the caption
        ("Die-neue-Bruecke-vom-Ufer-aus-gesehen.jpg\nDie neue Bruecke vom Ufer aus gesehen",
         [("Die neue Bruecke vom Ufer aus gesehen", None)]),
        # a line printed three times is filler; two different lines are no alt and caption
        ("Lorem ipsum dolor sit amet\nLorem ipsum dolor sit amet\nLorem ipsum dolor sit amet",
         []),
        ("rsync -t -l ps:jtk/ www-jefftk-com/\nrsync -t -l ps:tc/ www-trycontra-com/", []),
        # a shop card: the product's image alt and name over its price
        ("Rose Marble Napkin, Set of Four\nRose Marble Napkin, Set of Four\n$80 at Maisonette",
         []),
        # a run of teaser cards: alt, title, summary, alt, title, summary
        ("Top stories\nVoters approve the school bond\nVoters approve the school bond\n"
         "The measure passed with sixty percent of the vote on Tuesday night.\n"
         "Actor Charles Roe dies at 96\nActor Charles Roe dies at 96\n"
         "The French actor died on Thursday at his home near Paris, his family said.", []),
        # a teaser card with its "Read more"
        ("Trend alert: the fusion of minimalism\nTrend alert: the fusion of minimalism\n"
         "Read more", []),
    ],
)
def test_page_text_line_repeating_the_image_alt_is_its_caption(
    lines: str, captions: list[tuple[str, str | None]]
) -> None:
    # the story goes on below the lines (the same paragraphs again would be a duplicate)
    article = newsparse.parse(
        f"Bridge opens\n\n{_STORY}{lines}\n\n{_SHORT_PARAGRAPH}\n\n{_STORY}", kind="text"
    )
    assert [(c.text, c.credit) for c in article.captions] == captions


def test_page_text_headline_printed_twice_over_its_date_is_no_caption() -> None:
    article = newsparse.parse(
        "Home\nNews\nNine common food myths debunked\nNine common food myths debunked\n"
        f"March 20, 2023\n\n{_STORY}",
        kind="text",
    )
    assert article.captions == ()
    assert article.headline == "Nine common food myths debunked"


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # a class token naming a caption inside a longer name
        ('<p class="imageCaption">Chefs demand assurances on meat imports.</p>',
         ["Chefs demand assurances on meat imports."]),
        ('<div class="InlineImage-imageEmbedCaption">The prime minister, centre, at the show.'
         "</div>", ["The prime minister, centre, at the show."]),
        ('<p class="bildunterschrift">Der Bundesrat beim Gedenken im Plenarsaal.</p>',
         ["Der Bundesrat beim Gedenken im Plenarsaal."]),
        # buttons and ad labels set in caption markup caption nothing
        ('<div class="imageCaption">Caption</div><div class="imageCaption">Close</div>', []),
        ('<div class="image-caption">Advertisement</div>', []),
        # a utility class styling the captions below it names no caption
        ('<p class="[&_figcaption]:font-bold">Queries are typically short, and their length '
         "is highly skewed.</p>", []),
    ],
)
def test_html_caption_named_inside_a_longer_class(markup: str, captions: list[str]) -> None:
    box = f'<div class="{"media" if "[" in markup else "image"}"><img src="a.jpg">{markup}</div>'
    assert _captions_instead_of_the_figure(box) == captions


@pytest.mark.parametrize(
    ("line", "captions"),
    [
        ("Figure 2. Inference latency against token count on one GPU.",
         ["Figure 2. Inference latency against token count on one GPU."]),
        ("Abb. 4: Auf der Binde werden die Baumstämme zu Flößen gebunden.",
         ["Abb. 4: Auf der Binde werden die Baumstämme zu Flößen gebunden."]),
        ("Image 3: A simple agent loop", ["Image 3: A simple agent loop"]),
        # a story sentence about a figure is no caption
        ("Table 1 shows the baseline characteristics of the participants.", []),
        ("Step 2: Pour the water slowly over the grounds.", []),
    ],
)
def test_html_numbered_figure_label_opens_a_caption(line: str, captions: list[str]) -> None:
    assert _captions_instead_of_the_figure(f'<img src="chart.png"><p>{line}</p>') == captions


def test_page_text_numbered_figure_label_stays_in_the_body() -> None:
    """Page-text bodies keep a paper's figure captions: no layout sets them apart."""
    article = newsparse.parse(
        f"Bridge opens\n\n{_STORY}Figure 1. Enrollment flow diagram.\n\n{_STORY}", kind="text"
    )
    assert article.captions == ()


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a "Credit" label glued by markup to the sentence before and the name after it
        ("Flooding in Brooklyn in 1978.CreditFred Roe/The Times", "Flooding in Brooklyn in 1978.",
         "Fred Roe/The Times"),
        ("Workers at a training centre.CreditCreditJane Doe/The Times",
         "Workers at a training centre.", "Jane Doe/The Times"),
        # a capitalised label and a colon after a caption with no full stop
        ("A man walks past an armoured carrier on a Harare street on Thursday Credit: STR/AFP",
         "A man walks past an armoured carrier on a Harare street on Thursday", "STR/AFP"),
        # "Credit:" or "Photo:" glued by markup to the caption's last lower-case word
        ("Rangers found the hiker after he ate a wild rabbitCredit: Rex - Contributor",
         "Rangers found the hiker after he ate a wild rabbit", "Rex - Contributor"),
        ("Fishing boats in the harbour at first lightPhoto: Jane Roe/AFP",
         "Fishing boats in the harbour at first light", "Jane Roe/AFP"),
        # a labelled credit after a dash
        ("Die Akademie am Gendarmenmarkt. – Bild: Reinhard Roe, Lizenz CC BY-SA 4.0",
         "Die Akademie am Gendarmenmarkt.", "Reinhard Roe, Lizenz CC BY-SA 4.0"),
        ("A hammock by the lake. – photo credit: casey roe", "A hammock by the lake.",
         "casey roe"),
        # an agency in brackets needs no full stop before it
        ("Dmitry Roe, periodista ruso y Premio Nobel de la Paz (REUTERS/Denis Doe)",
         "Dmitry Roe, periodista ruso y Premio Nobel de la Paz", "REUTERS/Denis Doe"),
    ],
)
def test_caption_and_credit_split_second_pass(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # a label word in a sentence, lower case or followed by a longer clause
        "We looked at the picture: it was clear",
        "Das ist das Bild: ein Mann steht am Fenster und schaut lange hinaus",
        # a bracket naming no agency after a line with no full stop
        "Sales rose in the third quarter (Smith/Jones)",
        # a teaser link's mark for a gallery or a video names no photographer
        "Council arrests ‘person of interest’ in bridge case - Photo",
        "New concerts: the band returns to the valley – Video",
        # a site's notice after its name
        "example.com © 2019 The Example Monthly Group",
        # a product's name before a colon, or a glued label followed by a lower-case clause
        "The photo apps we tried: iPhoto: Good for albums",
        "We compared the cards in the shopCredit: not much to choose",
    ],
)
def test_lines_that_carry_no_credit_second_pass(line: str) -> None:
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # an unlabelled credit glued by markup to the caption's full stop
        ("Runners are over feeling burnt out.Jane Roe / Getty Images",
         "Runners are over feeling burnt out.", "Jane Roe / Getty Images"),
        ("Pilates tops the list of booked workouts in 2024.Max Doe / Getty Images",
         "Pilates tops the list of booked workouts in 2024.", "Max Doe / Getty Images"),
        # a source label after the caption's sentence
        ("The editor lays out a page from ready-made blocks. Source: Acme Labs",
         "The editor lays out a page from ready-made blocks.", "Acme Labs"),
        ("Die Börsen im Vergleich, nach offenen Kontrakten. Quelle: Datenamt",
         "Die Börsen im Vergleich, nach offenen Kontrakten.", "Datenamt"),
        # a courtesy credit, with its full stop
        ("Jane Roe, Harbour at Dawn, 1997. Pigment print. Courtesy Galerie Roe, Basel.",
         "Jane Roe, Harbour at Dawn, 1997. Pigment print.", "Courtesy Galerie Roe, Basel"),
        ("Max Doe, Untitled Still #4, 1978. Image courtesy the artist.",
         "Max Doe, Untitled Still #4, 1978.", "Image courtesy the artist"),
        # a label over a slash goes; a label opening a phrase stays
        ("Trucks queue at the border crossing on March 2, 2024. (PHOTO / AFP)",
         "Trucks queue at the border crossing on March 2, 2024.", "AFP"),
        ("A nurse checks a patient at the clinic on May 8, 2024. (PHOTO PROVIDED TO THE PAPER)",
         "A nurse checks a patient at the clinic on May 8, 2024.", "PHOTO PROVIDED TO THE PAPER"),
        # a bracketed source after the caption's sentence, as local TV sites credit
        ("Crews clear a fallen tree from the road on Tuesday. (Source: KXYZ)",
         "Crews clear a fallen tree from the road on Tuesday.", "KXYZ"),
        # a copyright sign before a labelled credit goes with it
        ("Des voyageurs sur un quai de gare, le 3 avril 2024. © Photo: Lina Roe / AFP",
         "Des voyageurs sur un quai de gare, le 3 avril 2024.", "Lina Roe / AFP"),
        # a bracket naming only an agency needs no full stop before it
        ("Campaign founder Jane Roe (AFP)", "Campaign founder Jane Roe", "AFP"),
        ("Troops remain in the valley years after the war [File: Reuters]",
         "Troops remain in the valley years after the war", "Reuters"),
        ("Boats wait in the flooded square on Monday [File: Jane Roe/Reuters]",
         "Boats wait in the flooded square on Monday", "Jane Roe/Reuters"),
        ("Рабочие на мосту через реку. Фото: Иван Петров / Вечерний город",
         "Рабочие на мосту через реку.", "Иван Петров / Вечерний город"),
        ("Buses on the ring road in the city centre. File | Photo Credit: Ravi Menon",
         "Buses on the ring road in the city centre.", "Ravi Menon"),
        # a person and an outlet in brackets after the caption's sentence
        ("Cattle graze by the dry riverbed on Monday. [Max Doe, Valley Star]",
         "Cattle graze by the dry riverbed on Monday.", "Max Doe, Valley Star"),
        ("The ferry leaves the harbour on Tuesday. PHOTO FROM THE COAST GUARD",
         "The ferry leaves the harbour on Tuesday.", "PHOTO FROM THE COAST GUARD"),
    ],
)
def test_caption_and_credit_split_third_pass(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence opening with "Courtesy", an abbreviation glued to a name
        "The town hall was busy. Courtesy calls were made to all residents.",
        "We visited the U.S.Embassy in the capital",
        # a paragraph citing its sources at length
        "Prices rose again this year. Sources: the ministry's report and our own survey of the"
        " shops in the valley over the summer",
        # a bracket with a word that names no agency
        "Sales rose in the third quarter (Reuters poll)",
        # a citation with a year, a bracket of lower-case words
        "Sales rose in the third quarter. (Roe, 2019)",
        "Sales rose in the third quarter. (Jane Roe, 2019)",
        "Sales rose in the third quarter. [Jane Roe, see below]",
        # an abbreviation that spells like an agency, or a brand glued to "Credit:"
        "Die Akte wird seit Jahren diskutiert: die elektronische Patientenakte (ePA)",
        "07.06.2016: UniCredit: Deutschland wird nicht Europameister",
        # glued to a full stop, code or mis-decoded spaces name no one
        "options.IgnoreRequestContent=true;// No logging options.IgnoreBody=false;// OK to log",
        "return ctypes.cast(addr, ctypes.POINTER(type_))",
        "Keep your wrists straight and in line with your forearms.Â Â Â Â",
        # a source closing a paragraph: a citation of many words, or a sentence of its own
        "Jobless rate – share of adults out of work but seeking it. Source: U.S. Bureau of"
        " Labor Statistics (BLS).",
        # a footnote's source, with its back-link
        "Lucius Roe, Roman poet and playwright. Quelle: www.example.net [↩]",
    ],
)
def test_lines_that_carry_no_credit_fourth_pass(line: str) -> None:
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize(
    "line",
    [
        # a shop card's price after its title
        "Top seller No. 2 The Garden Handbook: plants for every season... 19,90 EUR",
        # a label word alone after a title in quotes: a call to send a photo
        "Send us your “Picture of the Week” Photo",
        # a call to action after a teaser cut short
        "Ten gifts for friends under $30 at the market... SEE FULL GALLERY",
        # a site's notice reserving its rights before its copyright sign
        "Todos los derechos reservados © 2021 Diario del Valle",
        "Riproduzione riservata © Copyright Agenzia Valle",
        "Todos os direitos reservados © Diário do Vale",
        "© 2019 Valley Echo Inc. All Rights Reserved. Valley Sans © 2016 Valley Echo.",
    ],
)
def test_lines_that_carry_no_credit_third_pass(line: str) -> None:
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a name and an agency joined by a slash, a bar or "via": a credit with no label
        ("Kane Roe/Photodisc/Getty Images", "Kane Roe/Photodisc/Getty Images"),
        ("Streetcats Studio / Shutterstock", "Streetcats Studio / Shutterstock"),
        ("Fjord | Getty Images", "Fjord | Getty Images"),
        ("Eric Roe/Associated Press", "Eric Roe/Associated Press"),
        ("Jane Roe via Unsplash", "Jane Roe via Unsplash"),
        # the agency comes last; a menu or a poll names none there
        ("Reuters/Ipsos", None),
        ("Home / News / Photos", None),
        ("Who took it? Jane Roe / Shutterstock?", None),
        ("The Most Visited Places in the Old Town of the City / Reuters", None),
    ],
)
def test_agency_credit_alone_on_a_line(line: str, credit: str | None) -> None:
    assert credit_only(line) == credit


def _page_with_box(box: str) -> str:
    return (
        "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
        "<p>The council approved the new budget on Tuesday after a debate that lasted well "
        "into the night, with several members raising concerns about the cost.</p>"
        "<p>Drivers said the new route saves them twenty minutes a day, and shops near the "
        "bridge expect more customers, the owners said on Monday.</p>"
        "<p>The work starts in May and should take two years, the mayor told reporters at the "
        f"site on Friday.</p>{box}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("figcaptions", "captions"),
    [
        # a gallery the main content took for a related box: its credited captions, counters off
        (["1 of 2 The new bridge seen from the river bank on Monday. (Photo: Anita Roe)",
          "2 of 2 Cars queue at the bridge on its first morning. Foto: Jan Doe"],
         [("The new bridge seen from the river bank on Monday.", "Anita Roe"),
          ("Cars queue at the bridge on its first morning.", "Jan Doe")]),
        # teaser cards: a title under each picture, no credit, no counter
        (["Council approves the new budget after a long debate",
          "Shops near the bridge expect more customers this year"], []),
        # a credit after two words names a teaser card's picture
        (["Budget approved. Photo: Jan Doe", "Shops reopen. Photo: Anita Roe"], []),
    ],
)
def test_html_captions_in_a_box_the_main_content_removed(
    figcaptions: list[str], captions: list[tuple[str, str]]
) -> None:
    figures = "".join(
        f'<figure><a href="/gallery/{n}"><img src="{n}.jpg"></a><figcaption>{text}</figcaption>'
        "</figure>"
        for n, text in enumerate(figcaptions)
    )
    box = f'<div class="related-gallery"><h3><a href="/more">More photos</a></h3>{figures}</div>'
    article = newsparse.parse(_page_with_box(box))
    assert [(c.text, c.credit) for c in article.captions] == captions


def test_html_credited_caption_of_a_teaser_card_in_a_related_box_is_no_caption() -> None:
    cards = "".join(
        f'<div class="card"><figure><a href="/story/{n}"><img src="{n}.jpg"></a><figcaption>'
        f"{caption} (FILE)</figcaption></figure><h4><a href=\"/story/{n}\">{title}</a></h4>"
        f"<div>{excerpt}...</div></div>"
        for n, (caption, title, excerpt) in enumerate(
            [
                ("The coach of the national team at training.", "Coach keen to gauge progress",
                 "The coach of the national team says the absence of the league is a worry"),
                ("Players leave the island for the qualifier.", "Team leaves for qualifier",
                 "Players and officials left the island today for the two qualifying games"),
            ]
        )
    )
    box = f'<div class="related-posts"><h3><a href="/more">More stories</a></h3>{cards}</div>'
    assert newsparse.parse(_page_with_box(box)).captions == ()


@pytest.mark.parametrize(
    "line", ["Words: Rudolf Roe, Simon Doe Photos: Simon Doe", "Text: Jana Roe, Fotos: Max Roe"]
)
def test_story_credits_with_a_photo_credit_are_no_caption(line: str) -> None:
    article = newsparse.parse(
        "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
        f"<p>{line}</p><p>The council approved the new budget on Tuesday after a debate that "
        "lasted well into the night, with several members raising concerns about the cost.</p>"
        "</article></body></html>"
    )
    assert article.captions == ()


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a stock library alone, or a photographer and an agency after a comma
        ("Pixabay", "Pixabay"),
        ("Getty Images", "Getty Images"),
        ("Michael Roe, AP", "Michael Roe, AP"),
        ("Al Roe, Associated Press", "Al Roe, Associated Press"),
        # a wire's name alone may be a byline; a place before the agency is a dateline
        ("Reuters", None),
        ("Washington, AP", None),
        # a copyright sign and a name; a site's notice has a year or reserves its rights
        ("© Iona Roe / Ocean Watch", "Iona Roe / Ocean Watch"),
        ("© dpa | Kay Roe", "dpa | Kay Roe"),
        ("© 2024 Valley Echo", None),
        ("© Valley Echo LLC 2025.", None),
        ("© Valley Echo. All rights reserved", None),
    ],
)
def test_unlabelled_credit_alone_on_a_line(line: str, credit: str | None) -> None:
    assert credit_only(line) == credit


STORY = (
    "The council approved the new budget on Tuesday after a debate that lasted well into the "
    "night, with several members raising concerns about the cost."
)
MORE = (
    "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
    "expect more customers, the owners said on Monday."
)


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # a copyright credit between the story's paragraphs credits the line above it
        ([STORY, "The new bridge seen from the river bank.", "© Anita Roe / Ocean Watch", MORE],
         [("The new bridge seen from the river bank.", "Anita Roe / Ocean Watch")]),
        ([STORY, "The new bridge seen from the river bank.", "Pixabay", MORE],
         [("The new bridge seen from the river bank.", "Pixabay")]),
        # in the footer, a site's name after a copyright sign credits no photo
        ([STORY, MORE, "Contact the newsroom today", "© Valley Echo", "Imprint"], []),
        # a footer's links over a credit are no caption
        ([STORY, "Privacy Policy", "Photo: Anita Roe", MORE], [("", "Anita Roe")]),
    ],
)
def test_page_text_unlabelled_credits(lines: list[str], captions: list[tuple[str, str]]) -> None:
    article = newsparse.parse("Bridge opens\n\n" + "\n\n".join(lines) + "\n", kind="text")
    assert [(c.text, c.credit) for c in article.captions] == captions


@pytest.mark.parametrize(
    ("figcaption", "caption"),
    [
        # a chart's source in caption markup credits the chart
        ("Source: Valley Insurance Board", ("", "Valley Insurance Board")),
        ("Quelle: Statistisches Amt", ("", "Statistisches Amt")),
        # a caption that cites its source in a sentence is still a caption
        ("Premiums rose by a third in 2023, the board's figures show.",
         ("Premiums rose by a third in 2023, the board's figures show.", None)),
    ],
)
def test_html_source_line_in_caption_markup_is_a_credit(
    figcaption: str, caption: tuple[str, str | None]
) -> None:
    figure = f'<figure><img src="chart.png"><figcaption>{figcaption}</figcaption></figure>'
    article = newsparse.parse(_page_with_box(figure))
    assert [(c.text, c.credit) for c in article.captions] == [caption]


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # the caption label's hidden <span> kept on the caption's own line
        (["Image caption The new bridge seen from the river bank on Monday"],
         [("The new bridge seen from the river bank on Monday", None)]),
        (["Media captionWho opened the new bridge?"], [("Who opened the new bridge?", None)]),
        # ... under the photo's credit, labelled the same way
        (["Image copyright Valley Photos", "Image caption The new bridge seen from the river bank"],
         [("The new bridge seen from the river bank", "Valley Photos")]),
        (["Image source, Valley Photos", "Image caption The new bridge seen from the river bank"],
         [("The new bridge seen from the river bank", "Valley Photos")]),
        # a label with next to nothing after it is no caption
        (["Image caption Jo"], []),
    ],
)
def test_page_text_caption_after_a_caption_label(
    lines: list[str], captions: list[tuple[str, str | None]]
) -> None:
    text = "Bridge opens\n\n" + "\n".join([STORY, *lines, MORE]) + "\n"
    article = newsparse.parse(text, kind="text")
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert all(line not in article.text for line in lines[:-1])


@pytest.mark.parametrize(
    ("markup", "captions"),
    [
        # a table's <caption> is the table's title, not a photo's caption
        ("<table><caption>Bridge tolls by vehicle and year</caption><tr><td>Car</td>"
         "<td>2 EUR</td></tr></table>", []),
        # a headline set in the lead photo's caption box is the story's title
        ('<figure><img src="a.jpg"><figcaption><h1>Bridge opens after three years</h1>'
         "<p>The new bridge seen from the river bank.</p></figcaption></figure>",
         ["The new bridge seen from the river bank."]),
    ],
)
def test_html_caption_markup_that_captions_no_photo(markup: str, captions: list[str]) -> None:
    assert _captions_instead_of_the_figure(markup) == captions


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a slash between a photographer's name and a paper credits the photo ...
        ("The coach talks to the team at practice. Bill Roe/Valley Times",
         "The coach talks to the team at practice.", "Bill Roe/Valley Times"),
        # ... two one-word links joined by a slash credit no one
        ("Sale: the rain jacket at half price until Sunday, while stocks last. Small / Large",
         "Sale: the rain jacket at half price until Sunday, while stocks last. Small / Large",
         None),
    ],
)
def test_slash_credit_names_someone(line: str, caption: str, credit: str | None) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "captions", "in_body"),
    [
        # an image's alt text ending on a lower-case photo word: neither a caption nor story
        ("The new bridge over the river at dawn, will it open in May? image", [], False),
        ("A view of the harbour from the new bridge photo", [], False),
        # a sentence ending on the word is story text
        ("The council shared the first photo.", [], True),
    ],
)
def test_page_text_image_alt_line(line: str, captions: list[str], in_body: bool) -> None:
    text = "Bridge opens\n\n" + "\n".join([STORY, line, MORE]) + "\n"
    article = newsparse.parse(text, kind="text")
    assert [c.text for c in article.captions] == captions
    assert (line in article.text) is in_body


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # an embedded post's account, named twice, credits no photo
        ("Image copyright @valleyecho @valleyecho", None),
        # a photographer credited by one handle
        ("Photo: @anitaroe", "@anitaroe"),
    ],
)
def test_embedded_post_account_is_no_credit(line: str, credit: str | None) -> None:
    assert credit_only(line) == credit


# Every label CREDIT_LABEL_LINE knows (optional parts spelt out), for the screen before it.
LINE_LABELS = [
    *(f"{w} {k}" for w in ("photo", "image", "picture", "video") for k in ("source", "credit")),
    *("photo", "photos", "photography", "photograph", "picture", "image", "credit", "foto"),
    *("fotos", "fot", "bild", "crédit", "crédits photos", "video", "pictured", "photographer"),
    *("fotograf", "fotografin", "fotógrafo", "photographe", "bildquelle", "titelbild"),
    *("beitragsbild", "bildnachweis", "screenshot", "screenshots"),
]


@pytest.mark.parametrize("label", LINE_LABELS)
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_credit_line_screen_passes_every_label(label: str, case: object) -> None:
    assert callable(case)
    line = f"{case(label)}: John Smith/Reuters"
    assert CREDIT_LABEL_LINE.match(line) is not None
    assert _may_open_with_label(line)
    copyright_line = f"{case(label.split()[0])} copyright John Smith"
    if CREDIT_LABEL_LINE.match(copyright_line):
        assert _may_open_with_label(copyright_line)


@pytest.mark.parametrize(
    "word", ["photo", "photos", "video", "videos", "gallery", "foto", "fotos", "bilder", "galerie"]
)
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_teaser_mark_screen_passes_every_media_word(word: str, case: object) -> None:
    assert callable(case)
    line = f"Malta arrests a suspect - {case(word)}"
    assert TEASER_MEDIA_MARK.search(line) is not None
    assert line[-1] in TEASER_MARK_ENDS



def test_page_text_captions_in_the_comments_are_withdrawn() -> None:
    """A commenter's photo and its credit, under the comments heading, caption nothing of the
    story; the story's own captioned photo stays."""
    lines = [
        STORY, "The new bridge seen from the river bank.", "Photo: Anita Roe", MORE,
        "3 Comments", "Jane Roe", "My garden after the storm.", "Photo: Jane Roe",
        "Lovely bridge, we walked over it on Sunday.",
    ]
    article = newsparse.parse("Bridge opens\n\n" + "\n\n".join(lines) + "\n", kind="text")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The new bridge seen from the river bank.", "Anita Roe")
    ]


@pytest.mark.parametrize(
    ("lines", "captions", "in_body"),
    [
        # lower-case alt words, then a short sentence: the caption
        ("workers lifting the old deck\nCrews lifted the old deck on Monday.",
         [("Crews lifted the old deck on Monday.", None)], []),
        ("bridge-deck-at-dawn.jpg\nThe new deck at dawn, from the east bank.",
         [("The new deck at dawn, from the east bank.", None)], []),
        # a heading under the photo: no full stop, or a question or a colon
        ("workers lifting the old deck\nHow the Deck Was Lifted",
         [], ["How the Deck Was Lifted"]),
        ("workers lifting the old deck\nWhat did the work cost?",
         [], ["What did the work cost?"]),
        ("workers lifting the old deck\nThe work was done in three steps:",
         [], ["The work was done in three steps:"]),
        # the story's next paragraph, longer than a caption
        ("workers lifting the old deck\nThe crews lifted the old deck in four pieces over two "
         "nights, and the engineers checked every beam before the new one went in.",
         [], ["The crews lifted the old deck in four pieces over two nights, and the engineers "
              "checked every beam before the new one went in."]),
        # a product's name under its picture is no sentence
        ("new-phone-colours.jpg\nAcme Phone 12 Pro.", [], ["Acme Phone 12 Pro."]),
        # a line with capitals or punctuation is no alt: the sentence under it stays
        ("Workers lifting the old deck\nCrews lifted the old deck on Monday.",
         [], ["Crews lifted the old deck on Monday."]),
        # a run of teaser cards: alt, title, alt, title
        ("school-bond.jpg\nVoters approve the school bond.\nmarket-hall.jpg\n"
         "The market moves indoors.", [], []),
    ],
)
def test_page_text_sentence_under_a_plain_alt_is_its_caption(
    lines: str, captions: list[tuple[str, str | None]], in_body: list[str]
) -> None:
    article = newsparse.parse(f"Bridge opens\n\n{_STORY}{lines}\n\n{_STORY}", kind="text")
    assert [(c.text, c.credit) for c in article.captions] == captions
    body = [block.text for block in article.paragraphs]
    assert all(line in body for line in in_body)



_CARD = (
    '<li><article><figure><img src="{img}"><figcaption>Credit{credit}</figcaption></figure>'
    '<div><h2><a href="/{img}">{title}</a></h2><p>{summary}</p></div></article></li>'
)


@pytest.mark.parametrize(
    ("markup", "credits"),
    [
        # a list of teaser cards: picture with a lone credit, headline, summary
        ("<ol>"
         + _CARD.format(img="a.jpg", credit="Jane Roe", title="Harbour reopens",
                        summary="Boats returned on Monday after the storm.")
         + _CARD.format(img="b.jpg", credit="Max Doe/Getty Images", title="Market moves",
                        summary="Stalls move into the old grain hall for winter.")
         + "</ol>", []),
        # a file widget's heading is the picture's file name, not a teaser's title
        ('<div class="file"><h2><a href="/f/roe.jpg">jane_roe.jpg</a></h2><div class="caption">'
         "(Foto: Jane Roe)</div></div>", ["Jane Roe"]),
        # the story's header: its lead photo's credit beside the byline that links to the author
        ('<header><figure><img src="a.jpg"><figcaption>Jane Roe / Getty Images</figcaption>'
         '</figure><h4><a href="/author/max">Von Max Doe | Oct 24, 2023</a></h4></header>',
         ["Jane Roe / Getty Images"]),
        # the story's own photo with a lone credit in its caption markup: a caption
        ('<figure><img src="bridge.jpg"><figcaption>Credit: Jane Roe/AP</figcaption></figure>',
         ["Jane Roe/AP"]),
        # a photo with its credit and a subheading in a box of the story's paragraphs
        ("<div><h2>The vote</h2>"
         '<figure><img src="bridge.jpg"><figcaption>Credit: Jane Roe/AP</figcaption></figure>'
         "<p>" + "The council met again on Wednesday to count the votes. " * 12 + "</p></div>",
         ["Jane Roe/AP"]),
    ],
)
def test_html_lone_credit_of_a_teaser_card_is_no_caption(
    markup: str, credits: list[str]
) -> None:
    page = _figure_page("").replace(
        '<figure><img src="bridge.jpg"><figcaption></figcaption></figure>', markup
    )
    assert [c.credit for c in newsparse.parse(page).captions] == credits


@pytest.mark.parametrize(
    ("line", "captions"),
    [
        # a bracket naming the kind of picture closes only a caption
        ("Die Kinder waren alle noch sehr klein (Symbolbild).",
         ["Die Kinder waren alle noch sehr klein (Symbolbild)."]),
        ("Police cars outside the station in the valley in 2019 (file photo)",
         ["Police cars outside the station in the valley in 2019 (file photo)"]),
        ("Un coche de policía frente a la estación (imagen de archivo)",
         ["Un coche de policía frente a la estación (imagen de archivo)"]),
        # the same words inside a sentence are the story's
        ("Wir haben ein Archivbild (Symbolbild) genutzt, um zu zeigen, wie es damals war.", []),
        # who the picture shows, closing a line with no full stop
        ("The mayor greets the first drivers at the toll gate on Monday (pictured left)",
         ["The mayor greets the first drivers at the toll gate on Monday (pictured left)"]),
        # a story's sentence ends "(pictured)." with its full stop
        ("The first driver across was a retired teacher from the next town (pictured).", []),
    ],
)
def test_page_text_caption_naming_its_picture_s_kind(line: str, captions: list[str]) -> None:
    article = newsparse.parse(
        "Bridge opens\n\nThe council approved the new budget on Tuesday after a debate that "
        f"lasted well into the night, with several members raising concerns.\n\n{line}\n\n"
        "Drivers said the new route saves them twenty minutes a day, and shops near the bridge "
        "expect more customers.\n",
        kind="text",
    )
    assert [c.text for c in article.captions] == captions
    assert all(c not in article.text for c in captions)


@pytest.mark.parametrize("limit", [0, 10, 95])
def test_a_box_is_measured_only_until_past_its_limit(limit: int) -> None:
    """A box's text is counted only until it passes the size it is compared with, so a page
    of thousands of figures does not count its whole story once per figure."""
    from lxml import html as lxml_html

    from newsparse.stages.captions import _visible_chars

    box = lxml_html.fromstring("<div>" + "<p>Harbour view</p>" * 1000 + "</div>")
    assert _visible_chars(box) == 11_000
    assert limit < _visible_chars(box, limit) <= limit + 11


_LONG_PARAGRAPH = (
    "The council met again on Wednesday to count the votes, and the members who had asked for a "
    "second count said they were satisfied with the result after the clerks had read out every "
    "ballot from the three districts twice, in public, before a small crowd of residents who had "
    "waited outside the hall since early morning."
)
_SHORT_PARAGRAPH = "The council met again on Wednesday to count the votes in public."


@pytest.mark.parametrize(
    ("lines", "after", "captions"),
    [
        # an alt line, the caption restating it, then a long paragraph: the caption
        ("old stone bridge at dawn\n\nThe old stone bridge at dawn", _LONG_PARAGRAPH,
         [("The old stone bridge at dawn", None)]),
        ("Die neue Brücke im Morgenlicht\n\nDie neue Brücke im Morgenlicht, vom Ostufer aus",
         _LONG_PARAGRAPH, [("Die neue Brücke im Morgenlicht, vom Ostufer aus", None)]),
        # a heading over its section: the next line takes up its topic, not its words
        ("The Vote Count\n\nHow the vote was counted in three districts", _LONG_PARAGRAPH, []),
        # an author box: the name under its photo's alt
        ("Jane Roe\n\nJane Roe", _LONG_PARAGRAPH, []),
        # a one-word heading, which its section's first line names again
        ("Tolls\n\nTolls pay for the upkeep of the bridge and its lights", _LONG_PARAGRAPH, []),
        # a title over a short paragraph is a teaser's or a heading's as often as a caption's
        ("old stone bridge at dawn\n\nThe old stone bridge at dawn", _SHORT_PARAGRAPH, []),
    ],
)
def test_page_text_caption_restating_the_alt_above_it(
    lines: str, after: str, captions: list[tuple[str, str | None]]
) -> None:
    article = newsparse.parse(
        f"Bridge opens\n\n{_STORY}{lines}\n\n{after}\n", kind="text"
    )
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert all(text not in article.text for text, _ in captions)
    assert after in article.text


@pytest.mark.parametrize(
    ("tail", "captions"),
    [
        # teaser cards after the story: each picture's alt and credit over the title it links to
        ("More from Tech\n\nAsus VivoBook S15 im Test © Asus\n\nNotebook im Test: Asus Vivobook "
         "S15\n\nFujitsu LifeBook U939X: Test © Jane Roe\n\nFujitsu Lifebook U939X im Test: "
         "Top-Notebook!\n\nNewsletter\n\nImprint", []),
        ("Asus VivoBook S15 im Test © Asus\n\nNotebook im Test: Asus Vivobook S15\n\nImprint", []),
        # the story's last photo, its caption over another line: a caption
        ("The old bridge before the work began. Photo: Jane Roe\n\nNewsletter\n\nImprint",
         [("The old bridge before the work began.", "Jane Roe")]),
        ("The old bridge before the work began. Photo: Jane Roe\n\nThe new bridge, a year on",
         [("The old bridge before the work began.", "Jane Roe")]),
    ],
)
def test_page_text_teaser_picture_over_its_title_is_no_caption(
    tail: str, captions: list[tuple[str, str | None]]
) -> None:
    article = newsparse.parse(
        f"Bridge opens\n\n{_STORY}{_LONG_PARAGRAPH}\n\n{tail}\n", kind="text"
    )
    assert [(c.text, c.credit) for c in article.captions] == captions


@pytest.mark.parametrize(
    ("tail", "captions"),
    [
        # a button's or a teaser's picture and title after the story: the same words twice
        ("Newsletter Sign Up\n\nNewsletter Sign Up\n\nWe care about your privacy", []),
        ("Top 100 Independent Restaurants 2025\n\nTop 100 Independent Restaurants 2025\n\n"
         "Imprint", []),
        # the story's last photo, its alt and its caption a sentence: a caption
        ("Crowds on the new bridge at its opening\n\nCrowds on the new bridge at its opening.\n\n"
         "Imprint", [("Crowds on the new bridge at its opening.", None)]),
    ],
)
def test_page_text_title_printed_twice_after_the_story_is_no_caption(
    tail: str, captions: list[tuple[str, str | None]]
) -> None:
    article = newsparse.parse(
        f"Bridge opens\n\n{_STORY}{_LONG_PARAGRAPH}\n\n{tail}\n", kind="text"
    )
    assert [(c.text, c.credit) for c in article.captions] == captions
