"""Session 12, S5: units written as symbols. A distance per "t" is per hour ("90 km/t" was "kilometer per
ton"); a connection's two speeds before "Mbit" without its "/s" ("100/100 Mbit" was "hundra ett noll noll
Mbit"). Sentences written after the fix, with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Bilen kördes i 140 km/t på motorvägen.", "hundrafyrtio kilometer i timmen på"),
    ("Älgen sprang i 5 mil/t över fältet.", "fem mil i timmen över"),
    ("Abonnemanget ger 500/100 Mbit för 449 kr/mån.", "femhundra snedstreck hundra megabit för"),
    ("Vi erbjuder 1000/1000 Mbit i hela byn.", "tusen snedstreck tusen megabit i"),
])
def test_units(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Flisen kostar 450 kr/t levererat.", "kronor per ton"),  # a price per ton stays
    ("Lastbilen tar 40 t per vända.", "fyrtio ton per"),  # a ton after a number
    ("Hastigheten var 80 km/h.", "åttio kilometer i timmen"),
])
def test_units_guards(text: str, want: str) -> None:
    assert want in normalize(text)
