"""Session 8 (by class): a day before "till den" / "och den" and a day and
month is a date too ("från den 1 till den 15 augusti" was "den ett till den
femtonde"; calendar._DAY_LIST allows "den" before the second day). Found on
a battery of 11 date sentences (3 failed). Written after the fix; guards: a
count before "och" and a date without "den"."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Simhallen är stängd från den 7 till den 21 juli.", "den sjunde till den tjugoförsta juli"),
    ("Utställningen pågår mellan den 2 och den 16 mars.", "den andra och den sextonde mars"),
    ("Anmälan tas emot den 10 eller den 11 september.", "den tionde eller den elfte september"),
    ("Vägen är avstängd från den 4 till den 8 november.", "den fjärde till den åttonde november"),
])
def test_day_before_den_and_a_date(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("De fick 3 och 4 poäng.", "tre och fyra poäng"),
    ("Han kom den 3 maj och åkte den 9.", "den tredje maj"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
