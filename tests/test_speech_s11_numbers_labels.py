"""Session 11, S1: numbers named by a label in the shapes the other identifier rules left, a session's
document with one committee letter, a room numbered with a dot. Sentences written after each fix, with
guards.

"kundnummer 123 456 789" was "hundratjugotre miljoner ...", "medlemsnummer 4521" "fyratusen...",
"referens 4455" too (rules/labelled.py); "Motion 2024/25:A123" was "tvåtusentjugofyra tjugofemte
hundratjugotre" (admin._SESSION_DOC takes one letter); "rum 4.12" was the clock "fyra och tolv"
(rooms: a dot and two digits after a room's word in the indefinite).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Uppge kundnummer 234 567 891 när du ringer.", "kundnummer tvåhundratrettiofyra femhundrasextiosju åttahundranittioett"),
    ("Ditt medlemsnummer 3312 står på kortet.", "medlemsnummer trettiotre tolv"),
    ("Ange referens 7406 vid betalning.", "referens sjuttiofyra noll sex"),
    ("Ärendenumret är 44 120 98 enligt brevet.", "fyrtiofyra hundratjugo nittioåtta"),
    ("Skriv ref. 30517 på kuvertet.", "tre noll fem ett sju"),
])
def test_labelled_numbers(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Medlemsavgiften är 10 500 kronor.", "tiotusenfemhundra kronor"),
    ("Han bär nummer 12 i laget.", "nummer tolv"),
    ("Ring telefonnummer 123 45 67.", "hundratjugotre fyrtiofem sextiosju"),
    ("Betala till bankgironummer 5050-1055.", "femtio femtio"),
])
def test_labelled_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Se motion 2023/24:K45 om vården.", "tjugohundratjugotre tjugofyra kolon kå fyrtiofem"),
    ("Lektionen är i sal 3.14 på torsdag.", "sal tre punkt fjorton"),
    ("Intervjun görs i rum B2.07.", "be två punkt noll sju"),
])
def test_documents_and_rooms(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Bussen går från Resecentrum 8.15 varje dag.", "åtta och femton"),
    ("Vi äter lunch i salen 12.30.", "tolv och trettio"),
    ("Konserten i Folkets hus börjar 19.30.", "nitton och trettio"),
    ("Proposition 2024/25:12 lämnades i går.", "tjugohundratjugofyra tjugofem kolon tolv"),
])
def test_documents_and_rooms_guards(text: str, want: str) -> None:
    assert want in normalize(text)


# A spaced dash between a year and a count ("1653 – 2 år innan" was "sextonhundrafemtiotre–två", the pause
# lost: calendar._YEAR_DASH_COUNT); a compound after a label's number ("org.nr ..., är 90-kontogodkänd" was
# "nio noll-konto": admin._COMPOUND_AFTER). Written after the fixes, with guards.
@pytest.mark.parametrize(("text", "want"), [
    ("Slottet brann 1697 – 3 år efter bygget.", "sextonhundranittiosju – tre år efter"),
    ("Freden slöts 1721 – 9 år senare kom kriget.", "sjuttonhundratjugoett – nio år senare"),
    ("Stiftelsen, org.nr 802000-1111, har 90-konto.", "har nittiokonto"),
    ("Säsongen 2024–25 blev lång.", "tvåtusentjugofyra till tjugofem"),
    ("Under 1990–1995 växte staden.", "nittonhundranittio till nittonhundranittiofem"),
])
def test_year_dash_and_compound(text: str, want: str) -> None:
    assert want in normalize(text)
