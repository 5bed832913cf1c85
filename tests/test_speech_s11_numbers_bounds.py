"""Session 11, S1: the bounds of a period before a date, and a period before the employment it measures.
Sentences written after each fix, with guards.

"fr.o.m. 1/5 t.o.m. 31/8" was "... en femtedels ton.o.m." (the symbols' fraction took "t" of "t.o.m."
for a ton), "from 1/5" a fifth, "from 15 aug" left as "from" (daymonth._BOUND_SLASH, _BOUND_WORD, read
before the symbols); "6 mån vikariat" was "sex månader vikariat" (GENITIVE_HEADS: vikariat, anställning,
bindningstid, ...).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Parkeringsförbud gäller fr.o.m. 3/6 t.o.m. 28/8.", "från och med tredje juni till och med tjugoåttonde augusti"),
    ("Tjänsten tillsätts from 15/8 och gäller tom 14/6.", "från och med femtonde augusti och gäller till och med fjortonde juni"),
    ("Erbjudandet gäller tom 30 sep.", "till och med trettionde september"),
    ("Fom 1/1 höjs avgiften.", "Från och med första januari"),
    ("Sommarjobb, 2 mån vikariat i Skellefteå.", "två månaders vikariat"),
    ("Avtalet har 12 mån uppsägningstid.", "tolv månaders uppsägningstid"),
])
def test_bounds_and_periods(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Kylskåpet var tom 3 dagar efter festen.", "tom tre dagar"),
    ("Salen var tom lördag kväll.", "tom lördag kväll"),
    ("Anmälan gäller tom v. 12.", "till och med vecka tolv"),
    ("Tåget går 1/5 och 3/5.", "första maj"),
    ("Han väntade 6 mån på svar.", "sex månader på svar"),
])
def test_bounds_and_periods_guards(text: str, want: str) -> None:
    assert want in normalize(text)
