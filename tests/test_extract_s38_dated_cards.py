"""Session 38, from extract166 (scored unread at the session's start, then opened): a run of cards a site repeats,
each a few short lines around a date standing alone on its line (an event list's "Måndag 24 mars 18:00" between the
event's kind, its title, its place and its booking button; a list of news teasers' "3 februari 2025" over each title).
Measured first over the annotated dumps: in runs of three or more dates at one period of two to five lines, with no
blank line and no long line between, 2,454 lines were boilerplate and 9 the article's (a list of market days, each
date alone, is no run: the period is one line). The cards go (``cards.card_tags``, a date line masked alike with every
other); a card's lines before its date go as far as they match the next card's line for line.

Written after the fix, with other sites and words; the guards: a fact box's "label: value" lines right over a list of
screenings, an article's paragraph right over a list of events, a comment thread's dated comments over their reply
buttons (the comment passes' own), and an article's list of dates alone."""

from __future__ import annotations

from extract_helpers import Line as _Line
from extract_helpers import read_dump, spoken_text

from audiocast.ingest.cards import card_tags

_HEAD = [
    "Vårmarknaden flyttar till hamnen",
    "Publicerad 2 april 2025",
    "Efter tjugo år på torget flyttar vårmarknaden i år ner till hamnplanen, där det finns plats för fler knallar och bättre parkering.",
    "– Torget har blivit för trångt, och i hamnen kan vi ta emot sextio försäljare i stället för fyrtio, säger marknadsgeneralen Ulla Berg.",
    "Marknaden hålls lördagen den 26 april mellan klockan nio och femton, och på eftermiddagen spelar stadens blåsorkester på kajen.",
    "Kommunen ordnar gratis bussar från resecentrum var tjugonde minut under hela dagen.",
]


_PROGRAM = ["Programmet i korthet", "26 april: Marknad på Hamnplan, kl. 9–15", "26 april: Blåsorkestern spelar på kajen, kl. 14",
            "27 april: Guidad tur i hamnen, kl. 11", "Se hela programmet"]
_FOOT = ["Dela", "Fler nyheter", "Nya öppettider på turistbyrån", "Hamnföreningen · Kajgatan 4 · 123 45 Hamnvik"]


def test_an_event_lists_dated_cards_are_not_read() -> None:
    cards = ["Evenemang i hamnen", "Konsert", "Vårkonsert med blåsorkestern", "Lördag 26 april 14:00", "Kajen, Hamnplan",
             "Köp biljett", "Guidning", "Hamnens historia på en timme", "Söndag 27 april 11:00", "Tullhuset", "Köp biljett",
             "Loppis", "Båtloppis på bryggorna", "Lördag 3 maj 10:00", "Gästbryggan", "Fullbokat"]
    spoken = spoken_text(read_dump("\n".join(_HEAD + _PROGRAM + cards + _FOOT)))
    assert "Söndag 27 april 11:00" not in spoken and "Tullhuset" not in spoken and "Gästbryggan" not in spoken
    assert "Kommunen ordnar gratis bussar" in spoken and "27 april: Guidad tur i hamnen, kl. 11" in spoken


def test_a_list_of_dated_teasers_is_not_read() -> None:
    teasers = ["Från föreningen", "28 mars 2025", "Ny gästbrygga klar i maj", "21 mars 2025", "Båtuppläggning – så fungerar det",
               "14 mars 2025", "Årsmötet valde ny styrelse", "7 mars 2025", "Vi söker hamnvärdar till sommaren"]
    spoken = spoken_text(read_dump("\n".join(_HEAD + _PROGRAM + teasers + _FOOT)))
    assert "Kommunen ordnar gratis bussar" in spoken
    assert "Båtuppläggning" not in spoken and "21 mars 2025" not in spoken and "hamnvärdar" not in spoken


def test_guards() -> None:
    facts = ["Fakta om marknaden", "Arrangör: Hamnföreningen", "Knallar: 60", "Plats: Hamnplan", "Marknadsdagar", "lör 26 april",
             "09.00", "Hamnplan", "Vårmarknad", "sön 27 april", "10.00", "Hamnplan", "Loppis", "lör 3 maj", "10.00", "Kajen"]
    lines = [_Line(t) for t in _HEAD + facts]
    card_tags(lines)
    assert all(x.tag is None for x in lines if x.text in facts[:4])  # the fact box over the screenings stays
    assert all(x.tag is None for x in lines if x.text in _HEAD)
    assert next(x for x in lines if x.text == "sön 27 april").tag == "drop"  # while the screenings go
    days = [_Line(t) for t in _HEAD[:-1] + ["Marknaden återkommer varannan lördag hela sommaren:", "Lördag 10 maj",
                                            "Lördag 24 maj", "Lördag 7 juni", "Lördag 21 juni", "Lördag 5 juli", _HEAD[-1]]]
    card_tags(days)
    assert all(x.tag is None for x in days)  # a list of dates alone, each the next line's neighbour: no cards
    closing = _HEAD + ["Välkomna till hamnen!", "Ulla med marknadsgänget", "Kommentarer (3)", "Stina K", "3 april 2025 kl. 08:12",
                       "Äntligen! Torget var alldeles för trångt.", "Svara", "Per", "3 april 2025 kl. 09:40",
                       "Blir det parkering vid färjeläget?", "Svara", "Anna", "3 april 2025 kl. 12:05", "Ser fram emot det!", "Svara"]
    spoken = spoken_text(read_dump("\n".join(closing)))
    assert "Välkomna till hamnen!" in spoken and "Kommunen ordnar gratis bussar" in spoken
