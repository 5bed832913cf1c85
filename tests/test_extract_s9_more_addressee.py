"""Session 9 (E4), class 'an open letter's addressee taken for the headline' (issue #9).

An open letter's page sets its title over the date line ("Öppet brev till kommunstyrelsen: Behåll fritidsgården
öppen") and the letter's addressee as a line of its own under it ("Till kommunstyrelsen i Sävsjö kommun"): standing
between the date line and the letter's first paragraph, the addressee won the headline. A line "Till" and a
recipient, no sentence, under a candidate of a headline's form that writes to the same recipient, is the letter's
addressee (headline._addressees, W_ADDRESSEE); set apart from the letter, it was then lost: it opens the lead now, as
the letter's first line (headfacts.labelled_lead). Every dump here was written after the fix, for fictional sites and
wordings; the guards keep a headline opening with "Till" that names no recipient of a letter above it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_MENU = "Naturskyddsföreningen Ådalen\nStart\nVerksamhet\nNyheter\nBli medlem\nKontakt\n\nNyheter\n"
_LETTER = (
    "Vi har tagit del av planerna på att avverka den gamla tallskogen vid Storberget, där föreningen gjort inventeringar "
    "sedan 1990-talet.\n\n"
    "Skogen har flera rödlistade arter, bland annat tallticka och garnlav, och den används flitigt av skolor och "
    "friluftsliv.\n\n"
    "Vi ber er att skjuta upp avverkningen tills länsstyrelsen har bedömt skogens naturvärden.\n\n"
    "Med vänliga hälsningar\n\nStyrelsen för Naturskyddsföreningen Ådalen\n\nDela\n"
)


def test_an_addressee_under_the_letters_title_is_no_headline() -> None:
    page = (_MENU + "Öppet brev till skogsbolaget: Spara tallskogen vid Storberget\n20 maj 2025\n\n"
            "Till styrelsen för skogsbolaget Ådalsskog AB\n\n" + _LETTER)
    assert _read(page).title == "Öppet brev till skogsbolaget: Spara tallskogen vid Storberget"


def test_an_addressee_naming_the_board_of_the_title_glued_under_the_date() -> None:
    page = (_MENU + "Vår skrivelse till miljönämnden om Storberget\nPublicerad 20 maj 2025\n"
            "Till ledamöterna i miljönämnden, Kramfors kommun\n\n" + _LETTER)
    assert _read(page).title == "Vår skrivelse till miljönämnden om Storberget"


def test_a_headline_opening_with_till_under_a_kicker_stays() -> None:
    page = (_MENU + "Vandring\nTill toppen av Storberget med föreningen\n20 maj 2025\n\n"
            "Ett tjugotal medlemmar gick i lördags upp på Storberget för att titta på den gamla tallskogen.\n\n"
            "– Det är en av de finaste skogarna i hela Ådalen, säger guiden Eva Nord.\n\nDela\n")
    assert _read(page).title == "Till toppen av Storberget med föreningen"


def test_the_addressee_opens_the_letter_when_read_aloud() -> None:
    # Written after the second fix: the addressee set apart under the date was lost; it opens the lead now.
    page = (_MENU + "Öppet brev till länsstyrelsen om tallskogen vid Storberget\n20 maj 2025\n\n"
            "Till länsstyrelsen i Västernorrland, enheten för naturvård\n\n" + _LETTER)
    article = _read(page)
    assert article.title == "Öppet brev till länsstyrelsen om tallskogen vid Storberget"
    assert (article.lead or "").startswith("Till länsstyrelsen i Västernorrland, enheten för naturvård. Vi har tagit del")


def test_a_line_opening_with_till_that_the_title_does_not_write_to_is_not_joined() -> None:
    page = (_MENU + "Öppet brev till skogsbolaget om Storberget\n20 maj 2025\n\nTill sist några ord om vår höstvandring\n\n"
            + _LETTER)
    assert (_read(page).lead or "").startswith("Vi har tagit del")
