"""Session 8, S3 (by context, sentences written after the fix):

- a price per a short form with its period before a small letter keeps no stop ("4 500 kr/v.
  under v. 27" was "kronor i veckan. under"; quantities._MONEY_SUFFIX);
- a two-digit year after a dash follows more words of moving and of a life's events ("flyttade
  hit -98", "tog examen -03", "började -11"; data/span_words SHORT_YEAR_BEFORE; they were
  "minus"), and "till" before a place after it no longer makes it a minus ("flyttade -05 till
  Luleå").
Battery of 69 realistic sentences (3 failed in these classes). Guards: temperatures.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Båtplatsen kostar 900 kr/v. under juli.", "kronor i veckan under juli"),
    ("Vi debiterar 450 kr/tim. för resor.", "kronor i timmen för resor"),
    ("Tidningen kostar 35 kr/ex. i lösnummer.", "per exemplar i lösnummer"),
])
def test_price_per_short_form(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Vi flyttade dit -87 när pappa fick jobb.", "dit åttiosju"),
    ("Hon började -19 som sjuksköterska.", "började nitton"),
    ("Farfar avled -02 i Kiruna.", "avled noll två"),
    ("De flyttade -96 till Gävle.", "flyttade nittiosex till Gävle"),
])
def test_short_year_after_life_events(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out and "minus" not in out


@pytest.mark.parametrize(("text", "want"), [
    ("Kylan slutade på -15 i natt.", "minus femton"),
    ("Det var -30 grader när vi flyttade.", "minus trettio grader"),
    ("Hyran är 6 000 kr/mån. Det är dyrt.", "i månaden. Det"),
    ("Termometern gick från -8 till -22 grader.", "från minus åtta till minus tjugotvå"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)


# A model year after a model's name in a line about a vehicle sold ("Kabe 560 XL -12," was
# "minus tolv"; spans._model_year, data/span_words MODEL_YEAR_WORDS). Guards: temperatures.
@pytest.mark.parametrize(("text", "want"), [
    ("Säljes: Husbil Adria Coral 670 -15, välvårdad.", "sexhundrasjuttio femton"),
    ("Säljes snöskoter Lynx 59 -19, 45 000 kr.", "femtionio nitton"),
    ("Traktorn, en Valtra N174 -21, såldes på auktion.", "tjugoett"),
])
def test_model_year(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out and "minus" not in out


@pytest.mark.parametrize("text", [
    "Säljes ved. I Arjeplog -31, i Jokkmokk -29.",
    "Bilen startade inte i -27.",
])
def test_model_year_guards(text: str) -> None:
    assert "minus" in normalize(text)


# Numbers after a label noun in the plural name things: the counting form ("§§ 1–14" was
# "paragraferna en till fjorton"; normalize14 h044). A weekday before "HH.MM" in a line about a
# broadcast is followed by a clock time ("P1 sänder lör 11.03" was "den elfte mars"; normalize13
# h077; daymonth.broadcast_time). Guards: a measure range, a dated concert.
@pytest.mark.parametrize(("text", "want"), [
    ("Stämman behandlade §§ 1–9 före lunch.", "paragraferna ett till nio"),
    ("Läs sidorna 1–31 i boken.", "sidorna ett till trettioett"),
    ("P4 sänder matchen fre 19.05, repris lör 10.03.", "fredag nitton noll fem"),
    ("Dokumentären sänds ons 21.02 i SVT1.", "onsdag tjugoett noll två"),
    ("Det tar 1–2 veckor.", "en till två veckor"),
    ("Konserten hålls lör 15.03 i kyrkan.", "femtonde mars"),
])
def test_labels_and_broadcast_times(text: str, want: str) -> None:
    assert want in normalize(text)
