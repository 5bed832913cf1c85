"""Session 8 (by class): a price with a decimal comma and no currency
before a unit price ("Äpplen 24,90/kg", "12,90/st") is kronor and öre per
the unit (it was "tjugofyra komma nittio kg": the slash dropped, the unit
unread; quantities._PRICE_COMMA_PER). Found on a battery of 14 price
sentences (1 failed). Written after the fix; guards: a measure per kilo
with its unit, a colon price."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Lösviktsgodis 9,90/hg hela veckan.", "nio kronor och nittio öre per hekto"),
    ("Nypotatis 19,50/kg på torget.", "nitton kronor och femtio öre per kilo"),
    ("Bullarna kostar 12,00/st i kiosken.", "tolv kronor per styck"),
    ("Mjölken kostar 16,95/l i butiken.", "sexton kronor och nittiofem öre per liter"),
])
def test_comma_price_per_unit(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Halten var 0,45 mg/kg.", "noll komma fyrtiofem milligram per kilo"),
    ("Kaffe 54:95/st.", "femtiofyra och nittiofem per styck"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
