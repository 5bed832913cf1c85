"""Round 17: what extract12 (issue #9) showed, told by signals that hold on any site.

Every dump here was written after the change it tests, for fictional sites; none copies a case of
``tests/data/extract`` or of the blind set. Each phenomenon has its guard: what looks like it and stays as it is.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

# The article's short closing paragraphs glued (no blank line between) to a list box under it that ends in a link to
# the whole list ("Visa alla …"): the box is an excerpt of another page and goes, the article's own sentences above
# its heading stay.

GLUED_LOG = (
    "Sjöräddningssällskapet Stationen Grönvik\nHem\nUtryckningar\nOm stationen\nBli volontär\n\n"
    "3 sep 2026 · Motorstopp · Norrfjärden\n"
    "Segelbåt med motorstopp bogserades in till Grönvik\n"
    "3 september 2026 kl. 18.40\n"
    "Vid halv fem på eftermiddagen larmades vi om en segelbåt som drev mot land med motorstopp i Norrfjärden.\n"
    "Vi gick ut med räddningsbåten och hade båten på släp efter tjugo minuter. Ingen av de tre ombord skadades.\n"
    "Vinden var byig men sikten god hela kvällen.\n"
    "Kom ihåg att alltid ha flytväst på dig till sjöss.\n"
    "Utryckningar 2026\n"
    "30 aug · Grundstötning · Ytterskär\n"
    "24 aug · Sjuktransport · Lillön\n"
    "11 aug · Eftersök · Grönviksfjärden\n"
    "Visa alla utryckningar\n\n"
    "Sjöräddningssällskapet är en ideell organisation.\n"
)

# A Q&A page whose lead stands between its headline and its date line, the first question right under the date:
# the question is the text's first subheading, the headline and lead stay above it.

QA_UNDER_DATE = (
    "Bostadsrättsföreningen Lärkan\nStart\nFör boende\nFelanmälan\nNyheter\n\n"
    "Nyheter\n"
    "Stambytet i hus B – frågor och svar inför våren\n"
    "Stambytet börjar i april och pågår i ungefär tio veckor. Styrelsen har samlat svar på det som flest har frågat om.\n"
    "2 mars 2026\n"
    "När får jag veta vilka dagar mitt badrum är avstängt?\n"
    "Entreprenören delar ut ett schema för varje trappuppgång senast två veckor innan arbetet börjar.\n"
    "Kan jag bo kvar under bytet?\n"
    "Ja. Under veckorna utan eget badrum finns duschvagnar på gården som alla boende får använda.\n"
    "Vem betalar för nytt kakel?\n"
    "Föreningen betalar standardutförandet. Väljer du något annat betalar du mellanskillnaden själv.\n"
    "Skriv ut\n\n"
    "Brf Lärkan · Org.nr 769600-1234\n"
)


def test_closing_sentences_glued_over_a_list_box_ended_by_its_more_link_stay() -> None:
    article = _read(GLUED_LOG)
    spoken = _spoken(article)
    assert article.title == "Segelbåt med motorstopp bogserades in till Grönvik"
    assert "Vinden var byig men sikten god hela kvällen." in spoken
    assert "Kom ihåg att alltid ha flytväst på dig till sjöss." in spoken
    assert "Utryckningar 2026" not in spoken
    assert "Grundstötning" not in spoken and "Visa alla utryckningar" not in spoken


def test_a_list_box_set_apart_by_a_blank_line_goes_whole() -> None:
    # Guard: with a blank line over the box, its first sentence-like line is the box's, not the article's.
    dump = GLUED_LOG.replace(
        "Kom ihåg att alltid ha flytväst på dig till sjöss.\nUtryckningar 2026\n",
        "\nSe hur vårt arbete går till under hela säsongen.\nUtryckningar 2026\n")
    spoken = _spoken(_read(dump))
    assert "Vinden var byig men sikten god hela kvällen." in spoken
    assert "Se hur vårt arbete går till" not in spoken and "Grundstötning" not in spoken


def test_a_qa_pages_first_question_under_the_date_is_no_headline() -> None:
    article = _read(QA_UNDER_DATE)
    spoken = _spoken(article)
    assert article.title == "Stambytet i hus B – frågor och svar inför våren"
    assert article.lead is not None and article.lead.startswith("Stambytet börjar i april")
    assert "När får jag veta vilka dagar mitt badrum är avstängt?" in spoken
    assert "Föreningen betalar standardutförandet." in spoken


def test_a_question_headline_under_the_date_without_more_questions_stays_the_headline() -> None:
    # Guard: a paragraph above the date line, a question headline under it and plain paragraphs below: the question is
    # the headline and the paragraph above the date is not the lead.
    dump = (
        "Fiskevårdsområdet Ljusnan Övre\nHem\nFiske\nFiskekort\n\n"
        "Välkommen till vår sida om fisket i övre Ljusnan.\n"
        "12 maj 2026\n"
        "Kommer harren tillbaka till forsarna i sommar?\n"
        "Provfisket i höstas visade fler unga harrar än på tio år, och vi tror att beståndet är på väg att återhämta sig.\n"
        "Fiskekort för säsongen säljs som vanligt hos Ljusdals camping och på nätet från den första juni.\n"
        "Vi återkommer med resultatet från vårens räkning i slutet av månaden.\n"
    )
    article = _read(dump)
    assert article.title == "Kommer harren tillbaka till forsarna i sommar?"
    assert "Provfisket i höstas" in _spoken(article)


# A headline over a photo credit ("Bild: …") with the picture's caption under the credit: the credit and the caption
# below it are the picture's, the title-like line above stays the headline (a quoted one too).

CREDIT_UNDER_HEAD = (
    "Roddklubben Strömmen\nHem\nRodd\nUthyrning\nNyheter\n\n"
    "Nyheter\n\n"
    "”Vattnet var spegelblankt hela vägen ner”\n"
    "Bild: Tove Lindqvist\n"
    "Karin och Petra Sundelin vid bryggan i Stora Essingen.\n"
    "Systrarna Sundelin rodde i juni hela vägen från Västerås till Stockholm på tre dagar, och samlade samtidigt in "
    "pengar till sjöräddningen.\n"
    "Den första dagen gick snabbt, men sista sträckan över Mälaren tog längre tid än de räknat med.\n"
    "Nästa sommar vill de ro runt Gotland.\n\n"
    "Dela\n"
)


def test_a_quoted_headline_over_a_credit_and_its_caption_stays_the_headline() -> None:
    article = _read(CREDIT_UNDER_HEAD)
    spoken = _spoken(article)
    assert article.title == "”Vattnet var spegelblankt hela vägen ner”"
    assert "Systrarna Sundelin rodde i juni" in spoken
    assert "vid bryggan i Stora Essingen" not in spoken


def test_a_caption_title_over_its_credit_under_the_headline_is_still_the_pictures() -> None:
    # Guard: the caption above its credit (the usual order), a sentence of the article under the credit: the caption
    # goes with its credit, the headline and the sentence stay.
    dump = CREDIT_UNDER_HEAD.replace(
        "”Vattnet var spegelblankt hela vägen ner”\nBild: Tove Lindqvist\n"
        "Karin och Petra Sundelin vid bryggan i Stora Essingen.\n",
        "Systrarna rodde från Västerås till Stockholm\n\nKarin och Petra vid bryggan\nBild: Tove Lindqvist\n")
    article = _read(dump)
    spoken = _spoken(article)
    assert article.title == "Systrarna rodde från Västerås till Stockholm"
    assert "Karin och Petra vid bryggan" not in spoken
    assert "Systrarna Sundelin rodde i juni" in spoken


# A writer's card glued under the article: the name alone, a sentence about the writer opening with the first name,
# a link to the writer's other posts naming the person again.

WRITER_CARD = (
    "Biodlarna i Västra Hälsingland\nHem\nBlogg\nKurser\nKontakt\n\n"
    "Blogg\n"
    "Vinterklotet klarade kylan – så ser kupan ut i mars\n"
    "12 mars 2026\n"
    "Efter en vinter med flera veckor under minus tjugo grader öppnade vi i helgen kuporna på bigården vid Järvsö.\n"
    "Sju av åtta samhällen hade klarat sig och satt tätt i mitten av lådorna med foder kvar på båda sidor.\n"
    "Det åttonde samhället hade svultit ihjäl trots att det fanns socker en ram bort.\n"
    "Gustav Nordlund\n"
    "Gustav har haft bin sedan 2011 och sköter föreningens bigård vid Järvsö.\n"
    "Läs mer av Gustav\n\n"
    "Fler inlägg\nSå bygger du en svärmfälla\nKursstart i april\n"
)


def test_a_writers_card_glued_under_the_article_is_not_read() -> None:
    spoken = _spoken(_read(WRITER_CARD))
    assert "Det åttonde samhället hade svultit ihjäl" in spoken
    assert "Gustav Nordlund" not in spoken
    assert "Gustav har haft bin sedan 2011" not in spoken and "Läs mer av Gustav" not in spoken


def test_a_person_box_without_a_link_line_stays() -> None:
    # Guard: a fact box about a person of the news (name, a sentence about her, a plain fact line) is the article's.
    dump = WRITER_CARD.replace(
        "Gustav Nordlund\nGustav har haft bin sedan 2011 och sköter föreningens bigård vid Järvsö.\nLäs mer av Gustav\n",
        "Signe Halvarsson\nSigne är föreningens yngsta biodlare och tog över sin mormors kupor i fjol.\n"
        "Antal samhällen: 4\n")
    spoken = _spoken(_read(dump))
    assert "Signe är föreningens yngsta biodlare" in spoken
    assert "Antal samhällen: 4" in spoken
