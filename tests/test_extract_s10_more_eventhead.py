"""Session 10 (E3), an event page whose text was taken for a notice over a teaser's dated head (issue #9;
headcands._head_below).

An event page sets its title, then the event's facts as short lines (a day and a time span, a place, an age, the
fee), then a few paragraphs, and below them "Fler evenemang" over other events each with its date. The event's own
facts looked like a menu run, its date line with a time span is no date line, so the only dated head was a teaser's
in the list below: the text above it was dropped as a notice over the head and the page had "no body text" (an
invented library page). A list's label (or the comments, the footer) between a paragraph and a dated head below
makes that head a teaser's: the paragraph opens the article's text. The library page is the invented probe that
showed it (before the fix); the club's page was written after.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_LIBRARY = (
    'Gå till innehåll\n'
    'Hovby bibliotek\n'
    'Sök i katalogen\n'
    'Mina lån\n'
    'Logga in\n'
    'Meny\n'
    '\n'
    'Evenemang\n'
    'Barn & unga\n'
    'Läsfrämjande\n'
    '\n'
    'Start\n'
    'Evenemang\n'
    'Sagostund på lördag\n'
    '\n'
    'Sagostund på lördag\n'
    'Lördag 15 mars 2025 kl. 11.00–11.45\n'
    'Barnavdelningen, Hovby stadsbibliotek\n'
    'Ålder: 3–6 år\n'
    'Fri entré\n'
    '\n'
    'Välkommen på sagostund! Bibliotekarien Lisa läser bilderböcker om våren och djuren i skogen. Efter sagorna får barnen rita sin egen bok.\n'
    'Ingen föranmälan behövs, men det finns bara 25 platser. Kom i god tid.\n'
    'Sagostunden hålls på svenska och arabiska.\n'
    '\n'
    'Lägg till i kalender\n'
    'Dela evenemang\n'
    '\n'
    'Arrangör\n'
    'Hovby bibliotek\n'
    'bibliotek@hovby.se\n'
    '\n'
    'Fler evenemang\n'
    'Bokcirkel för vuxna\n'
    '18 mars 2025\n'
    'Läxhjälp\n'
    'Varje tisdag\n'
    '\n'
    'Hovby bibliotek\n'
    'Storgatan 3\n'
    'Öppettider\n'
    'Kontakta oss\n'
)


def test_a_librarys_event_page_over_a_list_of_more_events_is_read() -> None:
    spoken = spoken_text(read_dump(_LIBRARY))
    assert "Bibliotekarien Lisa läser bilderböcker" in spoken and "Sagostunden hålls på svenska" in spoken
    assert "Bokcirkel för vuxna" not in spoken


def test_a_clubs_training_camp_page_over_its_other_camps() -> None:
    page = ("Skidklubben Fjället\nHem\nLäger\nTävlingar\nBli medlem\n\nLäger\nSommarläger för juniorer\n\n"
            "Sommarläger för juniorer\nMåndag 16 juni 2025 kl. 09.00–16.00\nFjällstugan, Ramundberget\n"
            "Ålder: 12–16 år\n\n"
            "Under fem dagar tränar vi rullskidor, löpning och styrka i fjällmiljö. Ledare är klubbens tränare och två "
            "tidigare landslagsåkare.\nMat ingår.\n\n"
            "Fler aktiviteter\nHöstläger i Sälen\n20 oktober 2025\nSnöläger i Idre\n15 november 2025\n\n© Skidklubben Fjället\n")
    spoken = spoken_text(read_dump(page))
    assert "tränar vi rullskidor" in spoken and "Snöläger i Idre" not in spoken
