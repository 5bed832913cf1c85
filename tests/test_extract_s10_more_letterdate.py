"""Session 10 (E3), a letter's place and date taken for its headline (issue #9; dates.is_place_date_line,
text._letter_date).

An association's letter sets its title ("Vårbrev 2024"), then the place and date the letter was written
("Grisslehamn den 5 april 2024") and the salutation ("Kära medlemmar,"). The place-and-date line was no date line
to the rules (a place opens it), so it was the headline under the title (dev set extract36). A place of one or two
capitalised words and a date, with a salutation at most two lines under it, is the letter's date line. Written
after the fix, on other sites; the guard keeps an event's dated headline over its lead.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_MENU = "Startsida\nOm föreningen\nMedlemsbrev\nKontakt\n\nMedlemsbrev\n"
_TEXT = (
    "Äntligen är isen borta från sjön, och bryggorna ska läggas i igen den sista helgen i april. Styrelsen behöver "
    "hjälp av så många som möjligt.\n"
    "Vi samlas vid klubbstugan klockan nio på lördagen. Ta med arbetshandskar och gärna en skottkärra.\n"
    "Efteråt bjuder föreningen på soppa och kaffe i stugan.\n"
    "Styrelsen\n\nSkriv ut\n\n© Båtklubben Ankaret"
)


def test_a_letters_place_and_date_under_its_title_is_no_headline() -> None:
    page = _MENU + "Aprilbrev 2025\nÖregrund den 2 april 2025\n\nHej alla medlemmar!\n" + _TEXT
    article = read_dump(page)
    assert article.title == "Aprilbrev 2025"
    assert "bryggorna ska läggas i" in spoken_text(article)


def test_a_place_of_two_words_with_a_comma() -> None:
    page = _MENU + "Medlemsbrev nr 3\nStora Mellösa, 14 september 2024\nKära medlemmar,\n" + _TEXT
    assert read_dump(page).title == "Medlemsbrev nr 3"


def test_an_events_dated_headline_over_its_lead_stays_the_headline() -> None:
    page = ("Startsida\nNyheter\nKalender\n\nNyheter\nVårmarknad den 4 maj 2025\n"
            "Publicerad 2 april 2025\nI år fyller marknaden trettio år, och det firar vi med fler knallar än någonsin "
            "och musik på torget hela dagen.\n" + _TEXT)
    assert read_dump(page).title == "Vårmarknad den 4 maj 2025"
