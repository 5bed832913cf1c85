"""A site's pitch glued under the article in a dump without blank lines - its heading, a sentence to the reader opening
with the button's verb, the button ("Få sms vid vattenavbrott" / "Anmäl dig till vår sms-tjänst så får du …" /
"Anmäl dig här") - was read: only a heading opening with the button's words made a pitch. articleend._pitch_from takes
the sentence right over the button that opens with its verb, with the heading glued over it (session 10 E2).

Every dump here was written after the fix, for fictional sites; the guard is the article's own closing sentence over
its button, with no heading of a pitch over it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Vänersborgs kommun\nOmsorg\nSkola\nKontakt\nNya tider för återvinningscentralen i vinter\n"
         "Publicerad 2 november 2025\n"
         "Från den 1 december har återvinningscentralen vid Sörbyn kortare öppettider under vardagarna.\n"
         "Lördagarna blir i stället längre, eftersom det är då flest besökare kommer med sina säckar.\n"
         "– Vi anpassar tiderna efter när folk faktiskt kommer, säger avfallschefen Karin Lindh.\n")
_FOOT = "Dela sidan\nSenast uppdaterad 2 november 2025\nVänersborgs kommun\nCookies\n"


def test_a_pitch_whose_sentence_opens_with_the_buttons_verb_goes() -> None:
    box = ("Påminnelser i mobilen\nPrenumerera på vår tömningskalender så får du en påminnelse dagen innan.\n"
           "Prenumerera nu\n")
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert "Prenumerera på vår tömningskalender så får du en påminnelse dagen innan." not in spoken
    assert "Påminnelser i mobilen" not in spoken
    assert "– Vi anpassar tiderna efter när folk faktiskt kommer, säger avfallschefen Karin Lindh." in spoken


def test_a_booking_pitch_goes() -> None:
    box = "Grovsopor hämtade vid dörren\nBoka hämtning av grovsopor direkt i vår e-tjänst.\nBoka här\n"
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert "Boka hämtning av grovsopor direkt i vår e-tjänst." not in spoken


def test_guard_the_articles_closing_sentence_over_its_button_stays() -> None:
    line = "Anmäl dig senast den 20 november om du vill ha hjälp att hämta julgranen."
    spoken = _spoken(_read(_HEAD + line + "\nAnmäl dig här\n" + _FOOT))
    assert line in spoken
