"""Session 17 round 2 (E12), pages of kinds not seen before (issue #9): three phenomena, each on pages written after the
fix with other sites, words and figures than the ones it was found on.

- a web app's head: a place's tab over the headline over a date line that names its writer itself ("Eva Ek · 3 maj
  2025"): the place and the headline were taken for a writers' line and its description (``headbylines.writers_rows``),
  and a reader counter under it ("Läst av 88 personer") became the headline;
- a reaction button with a bare count ("Gillar 12", "Kommentera 3") and a reader counter: the rule ``reaction-count``;
- a data sheet under the article, a label over its value one cell a line (``datasheets.data_sheet_tags``), with the
  table glued under it; a signature ("Eva Ek, kassör") and a fact box with colons stay.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_TEXT = (
    "Kommunen har beslutat att stänga simhallen i Ekeby under tre veckor i oktober för att byta ut ventilationen.\n"
    "Arbetet har planerats länge och beräknas kosta omkring fyra miljoner kronor, enligt fritidsförvaltningen.\n"
    "– Vi vet att många simmar här varje morgon, men anläggningen måste hålla i många år till, säger badchefen Omar Lind.\n"
    "Under stängningen kan den som har årskort bada gratis i grannkommunens hall i Västerlund.\n"
)


def test_a_place_tab_over_the_headline_over_a_named_date_line_is_no_byline() -> None:
    page = ("Du är offline – visar sparad version\nEkebyappen\nTillbaka\nDela\nEkeby & Sjöränna\n"
            "Simhallen i Ekeby stänger i tre veckor\nMaja Holm · 2 sep 2025\nLäst av 88 personer\n" + _TEXT
            + "Gillar 12\nKommentera 3\nMer från Ekeby\nHem\nNyheter\n")
    article = read_dump(page)
    assert article.title == "Simhallen i Ekeby stänger i tre veckor"
    spoken = spoken_text(article)
    for furniture in ("Läst av 88", "Gillar 12", "Kommentera 3"):
        assert furniture not in spoken
    assert "årskort bada gratis" in spoken


def test_two_writers_over_their_date_line_are_still_the_byline() -> None:
    page = ("Kustbladet\nNyheter\n\nSimhallen i Ekeby stänger i tre veckor\nLinn Berg och Ali Saleh\n"
            "Publicerad 2 september 2025 kl. 08.15\n\n" + _TEXT)
    article = read_dump(page)
    assert article.title == "Simhallen i Ekeby stänger i tre veckor"


def test_a_data_sheet_under_the_article_is_not_read() -> None:
    page = ("Vattenlarmet\nStart\nMätstationer\n\nVattennivån i Ekeån steg över varningsgränsen\n2025-10-03 06:10\n\n"
            + _TEXT + "Mätvärden\nStation\nEkeå nedre\nNivå\n+1,84 m\nFlöde\n62 m³/s\nTidpunkt\n2025-10-03 05:50\n"
            "Senaste larmen\n2025-09-12\nEkeå övre\n1,21 m\nVisa alla\nVattenlarmet drivs av länsstyrelsen.\n")
    spoken = spoken_text(read_dump(page))
    for cell in ("Mätvärden", "+1,84 m", "62 m³/s", "Ekeå nedre", "2025-09-12"):
        assert cell not in spoken
    assert "grannkommunens hall" in spoken


def test_a_fact_box_with_colons_and_a_signature_stay() -> None:
    page = ("Föreningen Ekeby bad\nStart\n\nÅrsmötet valde ny styrelse för simhallens vänner\n3 mars 2025\n\n" + _TEXT
            + "Fakta: Ekeby simhall\nByggd: 1974\nBassäng: 25 meter\nBesökare: 61 000 per år\n"
            "Vid pennan\nLena Ok, kassör\nHela protokollet (pdf, 120 kB)\nKalender\n4 apr\nLoppis\n9 maj\nVårstädning\n"
            "18 jun\nMidsommarfest\n")
    spoken = spoken_text(read_dump(page))
    assert "Byggd: 1974" in spoken and "Besökare: 61 000 per år" in spoken
