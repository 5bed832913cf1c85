"""A site's status line with its own stamp over the article's head ("Spårstatus: Elljusspåret öppet. Skidspår ej
preparerade." / "Uppdaterad 11/10 kl 08:12") was taken for the lead, which ended the headline's search above the
article's headline; it is a widget of the page (audiocast.ingest.headstatus, session 9 wave 2 E6).

Every dump here was written after the fix, for fictional sites; the guard is the article's own labelled lead under its
headline and date line.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_TOP = "Hem\nOm oss\nBadplatser\nKalender\nKontakt\nSjöviks Badförening\nBad och bastu vid Sjövik sedan 1952\n"
_TEXT = ("\nNu är den nya bastuflotten på plats vid bryggan, och den första eldningen gick bra i lördags med ett "
         "trettiotal medlemmar på plats.\n\nFlotten har byggts av medlemmarna under hela sommaren med bidrag från "
         "kommunen och från flera företag i byn.\n")


def test_a_status_line_and_its_stamp_over_the_head_are_no_lead() -> None:
    article = _read(_TOP + "Badtemperatur: 17 grader. Bastun eldas lördagar.\nUppdaterad 2/9 kl 07:40\n"
                    "Bastuflotten är sjösatt\n1 september 2025\n" + _TEXT)
    assert article.title == "Bastuflotten är sjösatt"
    assert "Badtemperatur: 17 grader. Bastun eldas lördagar." not in _spoken(article)


def test_a_two_word_status_label_over_the_head_is_no_lead() -> None:
    article = _read(_TOP + "Isläget idag: Isen bär inte. Håll er borta från viken.\nUppdaterad 2026-01-12 08:05\n"
                    "Vinterbadet öppnar i nya lokaler\n10 januari 2026\n" + _TEXT)
    assert article.title == "Vinterbadet öppnar i nya lokaler"
    assert not [line for line in _spoken(article) if line.startswith("Isläget")]


def test_guard_the_articles_labelled_lead_under_its_head_stays() -> None:
    lead = "Beslut: Styrelsen säger ja till en ny bastu på norra bryggan."
    article = _read(_TOP + "Ny bastu på norra bryggan\n1 september 2025\n" + lead + "\n" + _TEXT)
    assert article.title == "Ny bastu på norra bryggan"
    assert lead in _spoken(article) or article.lead == lead
