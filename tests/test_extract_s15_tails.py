"""What stands under the article's end on sports and organisations' pages, on pages written after the fixes, for other
sites, sports and words than the nets' (issue #9, session 15's opened sets b56-b60): a league table of ranks and points
alone with its scorers' list (:mod:`audiocast.ingest.tables`), a contact card whose person has a party or an accented
name, a contact on one line under its label, a contact label over channels alone, and an organisation's 'Om <name>'
box (:mod:`audiocast.ingest.contacts`); then a columnist's line under the column naming the head's byline
(:mod:`audiocast.ingest.bios`), a live report's sort order and its switch's state (``data/boilerplate.tsv``,
:mod:`audiocast.ingest.pagewidgets`), a share-by-mail button under the headline, a pointer to pictures or a report
closing the article (:mod:`audiocast.ingest.closingcalls`), the site's fraud warning in its own voice, a map's
credit closing its caption, a newsletter form's heading between paragraphs (:mod:`audiocast.ingest.bodywidgets`).
Guards: a competition's own ranked results in its report, a review's 'Om boken', an exhibition's 'Om utställningen', a
notice's phone number over its prose, a sentence about a person the byline does not name, a pointer to the full
results, a pointer with a second sentence, an article on fraud quoting the bank, a sentence naming a map service stay
read.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import read_dump, spoken_lines

HEAD = ["Bygdeposten", "Nyheter", "Sport", "Kultur", "Kontakt"]
FOOT = ["Bygdeposten AB", "Ansvarig utgivare: Nils Ek", "Cookies"]


def _said(lines: list[str]) -> list[str]:
    return spoken_lines(read_dump("\n".join(lines) + "\n"))


# ---------------------------------------------------------------------------------------- league tables of points

ROUNDUP = [
    "Hallstahammar vände och vann – Köping tappade serieledningen",
    "Måndag 3 februari 2025",
    "Per Lindholm",
    "Helgens omgång i division 1 bjöd på två vändningar och en serieledare som fick ge sig på bortaplan.",
    "Hallstahammar låg under med två mål i pausen men vann till slut med 5–3 efter tre mål i tredje perioden.",
    "– Vi pratade om att bara spela enkelt. Sedan lossnade det, säger lagkaptenen Tobias Wik.",
    "Köping förlorade med 1–4 i Arboga och har nu sju poäng på de senaste fem matcherna.",
]
POINT_TABLES = {
    "titled, with the link and a points list": [
        "Serietabellen division 1 Västmanland", "1. Arboga IK 31", "2. Hallstahammars HK 30", "3. Köpings HC 28",
        "4. Surahammars IF 22", "5. Fagersta AIK 19", "Till hela tabellen", "Poängligan",
        "Viktor Ås, Arboga, 24 poäng", "Filip Ring, Köping, 21 poäng", "Oscar Nyberg, Fagersta, 19 poäng"],
    "untitled, told by its link": [
        "1. Torsby IF 26", "2. Sunne IK 26", "3. Kil BK 21", "4. Arvika FF 12", "Se hela tabellen"],
    "titled, no link": ["Tabelläget", "1. Ludvika FK 40", "2. Grängesberg BK 33", "3. Smedjebacken IF 31"],
}


@pytest.mark.parametrize("name", sorted(POINT_TABLES))
def test_a_league_table_of_points_under_the_article_is_not_read(name: str):
    table = POINT_TABLES[name]
    said = _said([*HEAD, *ROUNDUP, *table, "Mest läst", "Ny tränare i Surahammar", *FOOT])
    assert ROUNDUP[-1] in said
    assert not [x for x in table if x in said]


def test_a_competitions_own_ranking_in_its_report_stays():
    ranking = ["Resultat", "1. Maja Holm 48 poäng", "2. Lisa Ström 45", "3. Ebba Nord 45", "4. Alva Berg 41"]
    lines = [*HEAD, "Maja Holm vann klubbmästerskapet i frågesport", "12 mars 2025",
             "Tolv deltagare gjorde upp om titeln i biblioteket på lördagen.",
             "Det var jämnt ända till den sista frågan, som handlade om Karlstads historia.",
             *ranking, "Nästa tävling hålls i maj och alla är välkomna att anmäla sig i biblioteket.", *FOOT]
    said = _said(lines)
    assert [x for x in ranking[1:] if x not in said] == []


# ---------------------------------------------------------------------------------------------- contact cards

NEWS = [
    "Kommunen bygger ut laddstolparna vid fem skolor",
    "14 april 2025",
    "Under sommaren sätts 40 nya laddplatser upp vid kommunens skolor och förskolor i Hagfors och Ekshärad.",
    "Satsningen kostar 3,2 miljoner kronor, varav hälften kommer från statligt stöd till laddinfrastruktur.",
    "– Personalen har efterfrågat det länge och nu kan vi äntligen säga ja, säger fastighetschefen Ulla Sand.",
    "Arbetet börjar i juni och ska vara klart till skolstarten i augusti.",
]
CARDS = {
    "a politician with her party, and a one-line press contact": [
        "Kontakt", "Göran Wiklund (C), kommunstyrelsens ordförande", "073-551 20 84",
        "Mediekontakt: Hagfors kommuns kommunikationsenhet, 0563-185 00"],
    "an accented name with a role": ["Kontakt", "Áile Somby, projektledare", "aile.somby@hagfors.se"],
    "a label over channels alone": ["Kontakta oss", "fastighet@hagfors.se", "0563-187 40"],
    "a one-line contact alone": ["Kontaktperson: Ulla Sand, ulla.sand@hagfors.se"],
}


@pytest.mark.parametrize("name", sorted(CARDS))
def test_a_contact_card_under_the_article_is_not_read(name: str):
    card = CARDS[name]
    said = _said([*HEAD, *NEWS, *card, "Sidan uppdaterades 14 april 2025", "Dela sidan", *FOOT])
    assert NEWS[-1] in said
    assert not [x for x in card if x in said]


def test_a_notices_contact_over_its_prose_stays():
    notice = ["Kontakt: 0563-187 40", "Ring gärna innan du kommer, så har vi nyckeln till laddskåpet redo åt dig och "
              "kan visa hur stolparna fungerar."]
    said = _said([*HEAD, *NEWS, *notice, *FOOT])
    assert notice[1] in said


# ------------------------------------------------------------------------------------------------ 'Om' boxes

def test_an_organisations_about_box_under_its_news_is_not_read():
    box = ["Om Energikontoret", "Energikontoret Värmland ger kommuner, företag och hushåll i länet opartisk "
           "rådgivning om energi och klimat."]
    said = _said([*HEAD, *NEWS, *box, "Kontakt", "info@energikontoretvarmland.se", *FOOT])
    assert NEWS[-1] in said
    assert not [x for x in box if x in said]


@pytest.mark.parametrize("box", [
    ["Om boken", "Boken handlar om tre generationer på en gård vid Klarälven och ges ut av ett litet förlag."],
    ["Om utställningen", "Utställningen Ljus Över Älven visas i konsthallen till den 30 maj och är gratis."],
], ids=["review", "an exhibition"])
def test_an_articles_own_about_section_stays(box: list[str]):
    said = _said([*HEAD, *NEWS, *box, *FOOT])
    assert box[1] in said


# ------------------------------------------------------------------------- the writer's line, live pages, pointers

def test_a_columnists_line_under_the_column_naming_the_byline_is_not_read():
    bio = "Stina Rask är fårbonde i Lönsboda och skriver om landsbygden i Bygdeposten var tredje fredag."
    column = ["Låt skolskjutsen gå även på sommarlovet", "Stina Rask", "Krönikör", "Publicerad 7 juni 2025",
              "Varje sommar blir barnen på gårdarna här ute isolerade i tio veckor.",
              "De som bor i tätorten cyklar till badet och kompisarna. Våra barn sitter hemma och väntar.",
              "Kommunen kunde låta en buss gå två gånger i veckan. Det kostar lite och betyder mycket.",
              "Jag hoppas att nämnden tänker om innan nästa sommar."]
    said = _said([*HEAD, *column, bio, "Mer från Opinion", "Ledare: Budgeten räcker inte", *FOOT])
    assert column[-1] in said and bio not in said


def test_a_line_about_a_person_the_byline_does_not_name_stays():
    text = ["Låt skolskjutsen gå även på sommarlovet", "Stina Rask", "Krönikör", "Publicerad 7 juni 2025",
            "Varje sommar blir barnen på gårdarna här ute isolerade i tio veckor.",
            "Kommunen kunde låta en buss gå två gånger i veckan. Det kostar lite och betyder mycket.",
            "Elvira Ström är tolv år och bor sju kilometer från närmaste badplats."]
    said = _said([*HEAD, *text, *FOOT])
    assert text[-1] in said


LIVE = ["Vägen över Kölsjön stängd efter ras – följ läget", "Uppdaterad 2 maj 2025 kl. 14.10",
        "Lina Berg", "Ett ras har tagit med sig en del av vägbanken vid Kölsjön. Vägen är stängd i båda riktningarna."]
ENTRIES = ["14.10", "Trafikverket räknar med att vägen är stängd i minst en vecka.", "13.25",
           "Omledning sker via Västbyn och Ede, vilket tar ungefär en halvtimme längre."]


@pytest.mark.parametrize("furniture", [
    ["Nyaste inläggen överst", "Uppdatera sidan automatiskt", "Av"],
    ["Äldsta händelsen först", "Automatisk uppdatering", "On"],
], ids=["swedish", "state in english"])
def test_a_live_reports_sort_order_and_switch_are_not_read(furniture: list[str]):
    said = _said([*HEAD, *LIVE, *furniture, *ENTRIES, "Ämnen", "Trafik", *FOOT])
    assert ENTRIES[-1] in said
    assert not [x for x in furniture if x in said]


def test_a_share_by_mail_button_under_the_headline_is_no_headline():
    lines = [*HEAD, "Bilder", "Hundratals såg skördefesten på Ekbacka gård", "Publicerad 1 sep 2025",
             "Foto: Anna Lund", "Dela på Facebook", "Skicka via mejl",
             "Traktorparad, tröskning för hand och nybakat bröd lockade folk från hela bygden till Ekbacka.",
             "Festen ordnades för trettionde gången och hembygdsföreningen räknade med över 800 besökare."]
    article = read_dump("\n".join(lines) + "\n")
    assert article.title == "Hundratals såg skördefesten på Ekbacka gård"
    assert "Skicka via mejl" not in spoken_lines(article)


@pytest.mark.parametrize("pointer", ["Foton från festen finns i vårt galleri.", "Läs hela rapporten på kommunens webbplats"])
def test_a_pointer_to_pictures_or_a_report_closing_the_article_is_not_read(pointer: str):
    said = _said([*HEAD, *NEWS, pointer, "Dela", "Mest läst", "Ny rektor i Ekshärad", *FOOT])
    assert NEWS[-1] in said and pointer not in said


@pytest.mark.parametrize("close", [
    "Fullständiga resultat finns på klubbens webbplats.",
    "Foton från festen finns i vårt galleri. Nästa år firar föreningen hundra år med en ännu större fest.",
], ids=["full results", "a second sentence"])
def test_a_reports_own_close_stays(close: str):
    said = _said([*HEAD, *NEWS, close, "Dela", *FOOT])
    assert close in said


def test_the_sites_own_fraud_warning_is_not_read():
    warning = "Se upp för bluffsamtal! Vi kontaktar dig aldrig för att fråga efter ditt bank-id eller dina koder."
    said = _said([*HEAD, *NEWS, warning, "Var detta till hjälp?", "Ja", "Nej", *FOOT])
    assert NEWS[-1] in said and warning not in said


def test_an_article_on_fraud_quoting_the_bank_stays():
    text = ["Äldre lurades på sparpengar – polisen varnar", "3 mars 2025",
            "Tre pensionärer i Ekshärad har blivit av med sammanlagt 400 000 kronor efter samtal från falska banktjänstemän.",
            "Banken ringer aldrig och ber dig logga in med bank-id eller lämna ut dina koder.",
            "– Lägg på och ring banken själv på numret du hittar på kortet, säger polisen Jonas Ek."]
    said = _said([*HEAD, *text, *FOOT])
    assert text[3] in said


def test_a_newsletter_forms_heading_between_paragraphs_is_not_read():
    form = ["Missa inga matcher", "Nyhetsbrevet Bygdesporten kommer varje torsdag.", "Din e-postadress", "Anmäl"]
    text = NEWS[:4] + form + NEWS[4:]
    said = _said([*HEAD, *text, *FOOT])
    assert NEWS[-1] in said and NEWS[3] in said
    assert not [x for x in form if x in said]


def test_a_maps_credit_closing_its_caption_is_not_read():
    caption = "Kartan visar var den nya cykelbanan ska dras. Kartunderlag: Lantmäteriet"
    text = NEWS[:3] + [caption] + NEWS[3:]
    said = _said([*HEAD, *text, *FOOT])
    assert NEWS[-1] in said and caption not in said


def test_an_articles_sentence_naming_a_map_service_stays():
    line = "Föreningen har under vintern ritat in alla stigar och rastplatser i OpenStreetMap, så att alla kan hitta."
    text = NEWS[:3] + [line] + NEWS[3:]
    said = _said([*HEAD, *text, *FOOT])
    assert line in said
