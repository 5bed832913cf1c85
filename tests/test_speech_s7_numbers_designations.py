"""Session 7 (by class), names made of letters and a number: a vehicle's
model year after its make and model ("Ford A -29") was said "minus", a
military type ("Bv 206", "Strv 122") was an abbreviation or letters, and a
range of sport classes ("U13–U15") kept its dash unsaid. Tried on 11
sentences written before the fix (all failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Museet visar en Cadillac Eldorado -59 i foajén.", "Cadillac Eldorado femtionio i"),
    ("Till salu: Volkswagen Bubbla -71, nybesiktigad.", "Volkswagen Bubbla sjuttioett, nybesiktigad"),
    ("Grannen renoverar en Fordson Major -55 i ladan.", "Fordson Major femtiofem i"),
    ("Husbilen är av årsmodell -19 och säljs billigt.", "årsmodell nitton och"),
    ("Regementet fick tre nya Pbv 302 och en Strv 103 till museet.",
     "pansarbandvagn trehundratvå och en stridsvagn hundratre"),
    ("Serien för F11–F13 spelas i Vilhelmina.", "eff elva till eff tretton spelas"),
    ("Klasserna D35-D45 springer 6 km.", "de trettiofem till de fyrtiofem springer"),
])
def test_designations(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("I Volvos hemstad var det -24 grader i morse.", "minus tjugofyra grader"),  # a temperature
    ("Saabs aktie gick -12 procent i går.", "minus tolv procent"),  # a change, a unit after it
    ("Klasserna H45–D40 startar sist.", "hå fyrtiofem"),  # two classes of different letters: no range
])
def test_designation_guards(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out
    assert "till" not in out
