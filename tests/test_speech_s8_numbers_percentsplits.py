"""Session 8 (by class): a falling pair of percentages is a split, not a
range ("vann valet med 54–46 procent" was "femtiofyra till fyrtiosex";
quantities._percent says "mot"), as a falling pair of small numbers
already was. Battery of 15 pairs with a dash (1 failed). Written after the
fix; guards: rising ranges of percent, with decimals too."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Ja-sidan vann folkomröstningen med 52–48 procent.", "femtiotvå mot fyrtioåtta procent"),
    ("Kostnaderna delas 75–25 % mellan region och kommun.", "sjuttiofem mot tjugofem procent"),
    ("Laget hade bollen 61–39 procent av matchen.", "mot trettionio procent"),
    ("Mätningen visar 55,5–44,5 % till de borgerliga.", "femtiofem komma fem mot fyrtiofyra komma fem procent"),
])
def test_falling_percent_pair(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Räntan väntas ligga på 3–4 % nästa år.", "tre till fyra procent"),
    ("Andelen var 2,5–3,5 % i fjol.", "två komma fem till tre komma fem procent"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
