"""Session 9, class 'a booking widget's records glued under the article' (issue #9; the widget branch of
:mod:`audiocast.ingest.recordlists`): a revue's ticket widget ("Biljetter", the show, "Fre 10 jan 19:00", the venue,
"Få kvar", "Köp", the next dates) had its heading and first record read as the article's fact box.

Every dump here was written after the fix, for fictional sites and in other wordings; the guards are the article's
results list (no button) and the article's own list of events with sentences.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Bio Saga\nProgram\nEvenemang\nOm oss\n5 mars 2025\nStumfilm med levande musik på Saga\n"
         "I mars visar Bio Saga tre stumfilmsklassiker med en pianist som spelar till bilderna, som förr.\n"
         "Pianisten Lars Vik har skrivit ny musik till filmerna och spelar utan noter i mörkret.\n"
         "– Publiken glömmer snabbt att det inte finns något ljud på filmen, säger han.\n")
_TAIL = "Bio Saga\nKontakt\nbiljett@biosaga.se\n"
_LAST = "– Publiken glömmer snabbt att det inte finns något ljud på filmen, säger han."


def test_a_cinemas_showings_under_the_article_are_not_read() -> None:
    widget = ("Visningar\nGuldfeber (1925)\nOns 12 mars 19:00\nSalong 1\nKöp\nOns 19 mars 19:00\nSalong 1\n"
              "Slutsålt\nOns 26 mars 19:00\nSalong 2\nKöp\nSön 30 mars 15:00\nSalong 2\nKöp\n")
    spoken = _spoken(_read(_HEAD + widget + _TAIL))
    assert _LAST in spoken
    assert not any(x in spoken for x in ("Visningar", "Guldfeber (1925)", "Ons 12 mars 19:00", "Salong 1", "Köp"))


def test_a_choirs_concert_dates_with_booking_buttons_are_not_read() -> None:
    widget = ("Konserter i vår\nStorkyrkan, Västerås\n4 april 18:00\nBoka plats\nAngereds kyrka\n11 april 18:00\n"
              "Boka plats\nLunds domkyrka\n25 april 19:30\nBoka plats\n")
    spoken = _spoken(_read(_HEAD + widget + _TAIL))
    assert _LAST in spoken and not any(x in spoken for x in ("Storkyrkan, Västerås", "4 april 18:00", "Boka plats"))


def test_guards_a_results_list_and_an_event_list_with_sentences() -> None:
    results = "Så slutade loppet\n1. Anna Ek, Saga IF 12,45\n2. Eva Berg, Mora SK 12,51\n3. Lina Holm, Saga IF 13,02\n"
    article = ("Sagabladet\nSport\n5 mars 2025\nAnna Ek vann klubbmästerskapet\n"
               "Anna Ek vann klubbmästerskapet i skridsko på Sagavallen för tredje året i rad.\n"
               "Hon var sex hundradelar före Eva Berg i det avgörande loppet på 1000 meter.\n")
    spoken = _spoken(_read(article + results + "Dela\nSagabladet\n"))
    assert "Anna Ek, Saga IF 12,45" in " ".join(spoken) and "Lina Holm, Saga IF 13,02" in " ".join(spoken)
    events = ("\nGuldfeber\nChaplins mästerverk om guldrushen i Klondike visas med ny musik.\nKöp\n"
              "\nNosferatu\nDen första vampyrfilmen, inspelad i Tyskland 1922, med pianoimprovisation.\nKöp\n"
              "\nMetropolis\nFritz Langs stora framtidsvision om en stad av maskiner och människor.\nKöp\n")
    spoken = _spoken(_read(_HEAD + events + "\nDela\n" + _TAIL))
    assert "Den första vampyrfilmen, inspelad i Tyskland 1922, med pianoimprovisation." in spoken and "Köp" not in spoken
