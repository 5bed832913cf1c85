"""Session 11, S1: numbers told by the words around them. Sentences written after each fix, with guards.

Rooms and halls numbered with a colon ("rum 3:12" was "tre och tolv" like a clock, "sal 4:2" "fyra mot
två" like a score; rules/rooms.py); a flat "en 3:a" before a verb ("en 3:a motsvarar" was "en tredje";
data/nouns.FLAT_FOLLOWERS); a part said again as a percent of its size ("3/5 – alltså 60 %" was a date;
parts._percent_ahead) and a date before an article ("Födda: 3/5 en son" was a fraction; calendar._ARTICLES).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Sammanträdet hålls i rum 5:21 på förvaltningen.", "rum fem kolon tjugoett på"),
    ("Tentan skrivs i sal 2:3 på tisdag.", "sal två kolon tre på"),
    ("Anmäl dig i mötesrum 1:140 före lunch.", "mötesrum ett kolon hundrafyrtio"),
    ("Utställningen visas i salen 3:4 hela veckan.", "salen tre kolon fyra"),
])
def test_rooms(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Dörrarna öppnas 18:30 i salen.", "arton och trettio"),
    ("Vi ses i salen 19:15 efter maten.", "nitton och femton"),
    ("Rum 4 har öppet 08:00–16:00.", "åtta till sexton"),
])
def test_room_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Hyran för en 2:a ligger på 7 500 kr.", "en tvåa ligger"),
    ("En 4:a kostar nu 3,2 miljoner.", "En fyra kostar"),
    ("Just nu hyrs en 1:a ut i centrum.", "en etta ut"),
])
def test_flat_before_verb(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Hon fick en 2:a chans.", "en andra chans"),
    ("Han kom en 3:e gång.", "en tredje gång"),
])
def test_flat_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Andelen blev 1/4 – dvs. 25 % – av alla sökande.", "en fjärdedel"),
    ("Ungefär 2/5 (40 procent) av hushållen har solceller.", "två femtedelar"),
    ("Svaret: 3/4, alltså 75 %, vill ha kvar skolan.", "tre fjärdedelar"),
    ("Döda: 7/6 en bror, Olle Berg, 90 år.", "sjunde juni en bror"),
])
def test_parts_and_dates(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Rean pågår till 3/5, 20 % på allt.", "tredje maj"),
    ("Priset höjs 1/7 – 10 procent dyrare.", "första juli"),
    ("Drygt 2/3 röstade ja.", "två tredjedelar"),
])
def test_parts_guards(text: str, want: str) -> None:
    assert want in normalize(text)


# Personal numbers and birth dates in their groups (rules/personal.py): "19850312-1234" was digit by digit
# without its dash, "850312" after "födelsedatum" a count.
@pytest.mark.parametrize(("text", "want"), [
    ("Den sökte har personnummer 19720815-4455.", "nittonhundrasjuttiotvå noll åtta femton streck fyrtiofyra femtiofem"),
    ("Skriv ditt personnummer, till exempel 041130-0287, på lappen.", "noll fyra elva trettio streck noll två åttiosju"),
    ("Ange födelsedatum 991224 i rutan.", "nittionio tolv tjugofyra"),
    ("Mannen, född 630101, greps i går.", "sextiotre noll ett noll ett"),
])
def test_personal_numbers(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Dnr 2024-0345 gäller bygglovet.", "tvåtusentjugofyra streck"),
    ("Bolaget har organisationsnummer 556677-1234.", "fem fem sex sex sju sju"),
    ("Artikel 123456 är slut i lager.", "hundratjugotretusen"),
])
def test_personal_guards(text: str, want: str) -> None:
    assert want in normalize(text)
