"""Session 22, N25: misreadings found reading the spoken script of the opened extract sets aloud.

Days listed each after its weekday before one month's name (``rules/day_lists.py``). Written after the fix, with other
weekdays, days, months and list shapes than the pages it was found on; guards: a count after a weekday with no month,
a clock hour after a weekday, a day range.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Mässan pågår fredag 14 och lördag 15 mars i sporthallen.",
         "fredag den fjortonde och lördag den femtonde mars"),
        ("Vi håller stängt måndag 2, tisdag 3 och onsdag 4 juni för inventering.",
         "måndag den andra, tisdag den tredje och onsdag den fjärde juni"),
        ("Provet skrivs torsdagen 9 eller fredagen den 10 okt.", "torsdagen den nionde eller fredagen den tionde"),
        ("Söndag 1 till lördag 7 december är julmarknaden öppen.", "Söndag den första till lördag den sjunde december"),
    ],
)
def test_in_weekday_day_list(text: str, spoken: str) -> None:
    assert spoken in normalize(text)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Laget tränar tisdag 18 och torsdag 18 i hallen.", "tisdag arton och torsdag arton"),
        ("Kansliet har öppet onsdag 9–12 och fredag 13 augusti.", "onsdag nio till tolv och fredag den trettonde augusti"),
        ("Tåget går fredag 35 minuter tidigare och lördag 12 april som vanligt.", "fredag trettiofem minuter"),
    ],
)
def test_out_weekday_day_list(text: str, spoken: str) -> None:
    assert spoken in normalize(text)


# Words in capitals with a compound's joint inside (four or five consonants: a coda, a linking s or not, an onset) are
# words, not letters (``syllables._compound_joint``); written after the fix with other words; guards: letter runs
# whose consonants make no joint stay spelled.
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("SPELSCHEMA", "Spelschema"),
        ("Nu söker vi BARNSKÖTARE till hösten", "Barnskötare"),
        ("Välkommen till HANDBOLLSKLUBBEN i vår", "Handbollsklubben"),
        ("MÅNGKAMPSFEST i hallen", "Mångkampsfest"),
    ],
)
def test_in_caps_compound_joint(text: str, spoken: str) -> None:
    assert spoken in normalize(text)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Drönaren flyger BVLOS över skogen", "be ve ell o ess"),
        ("Bolaget EKBPL AB köps upp", "e kå be pe ell"),
        ("Rapport från ARBKV i dag", "a ärr be kå ve"),
    ],
)
def test_out_caps_compound_joint(text: str, spoken: str) -> None:
    assert spoken in normalize(text)


# A birth cohort's years after "födda" are years whatever follows ("YEAR_CONTEXT"): a verb ending like a plural noun
# ("spelar", "tränar") made the span a count and kept its dash. Guard: a count after another word stays a count.
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Flickor födda 2011–2012 spelar i serien.", "tvåtusenelva till tvåtusentolv spelar"),
        ("Pojkar födda 2009 samlas vid klubbstugan.", "födda tvåtusennio samlas"),
    ],
)
def test_in_birth_cohort_years(text: str, spoken: str) -> None:
    assert spoken in normalize(text)


def test_out_birth_cohort_years() -> None:
    assert "tusentvåhundra lamm" in normalize("I år kom 1200 lamm till gården.")


# Short Swedish words written in capitals (EMPHASIS_WORDS' short heading words) are read as words; guards: a short
# acronym with no entry stays spelled, and so does one of the words glued to a code's digits.
@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("TÅG! Nästa avgång 14.10", "tåg!"),
        ("Ny utställning: MAT OCH SOL i konsthallen", "mat och sol"),
        ("Kom till vår loppis – KÖP och sälj", "köp och sälj"),
    ],
)
def test_in_short_words_in_capitals(text: str, spoken: str) -> None:
    assert spoken.lower() in normalize(text).lower()


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Ett larm gick till SOS Alarm", "ess o ess"),
        ("Bilen med reg.nr HUS456 stals", "hå u ess"),
    ],
)
def test_out_short_words_in_capitals(text: str, spoken: str) -> None:
    assert spoken in normalize(text)
