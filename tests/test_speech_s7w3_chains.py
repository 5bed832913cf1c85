"""Session 7, third wave (by class): three or more numbers joined by one
kind of dash that are no team formation ("vårdgarantin 0–3–90–90") were a
range and a dash ("noll till tre–nittio till nittio"); they are a chain of
numbers said one after the other (sport._NUMBER_CHAIN). Tried on 6
sentences written before the fix (3 failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Regionen klarar inte 0–7–90–90 i vården.", "noll sju nittio nittio i vården"),
    ("Kombinationen 5-15-25 öppnar låset.", "fem femton tjugofem öppnar"),
    ("Han körde programmet 10–20–30 på gymmet.", "tio tjugo trettio på gymmet"),
    ("Ordningen blev 7–1–12–4 i finalen.", "sju ett tolv fyra i finalen"),
])
def test_chain_of_numbers_said_one_after_the_other(text: str, want: str) -> None:
    assert want in normalize(text)


def test_formation_and_range_stay() -> None:
    assert "fyra tre tre" in normalize("Laget spelar 4–3–3 i kväll.")
    assert "tio till tolv" in normalize("Öppet 10–12 i dag.")
