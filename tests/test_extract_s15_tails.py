"""What stands under the article's end on sports and organisations' pages, on pages written after the fixes, for other
sites, sports and words than the nets' (issue #9, session 15's opened sets b56-b60): a league table of ranks and points
alone with its scorers' list (:mod:`audiocast.ingest.tables`), a contact card whose person has a party or an accented
name, a contact on one line under its label, a contact label over channels alone, and an organisation's 'Om <name>'
box (:mod:`audiocast.ingest.contacts`). Guards: a competition's own ranked results in its report, a review's 'Om boken', an
exhibition's 'Om utställningen', a notice's phone number over its prose stay read.
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
