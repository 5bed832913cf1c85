"""Session 10, S1 (whole hours with a leading zero): "mellan 06 och 19" was "mellan noll sex och
nitton"; two whole hours joined by "och"/"till", the first written with a leading zero (or the
second after "mellan"/"från"), are hours. calendar._zero_hours. Sentences written after the fix.
Guards: a count after the pair, a pair without a zero, a percent.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Pendeltågen går glesare mellan 01 och 05 under sommaren.", "mellan ett och fem"),
    ("Gymmet har öppet 06 till 23 årets alla dagar.", "sex till tjugotre"),
    ("Kundtjänsten nås från 08 till 20 på vardagar.", "från åtta till tjugo"),
    ("Parkering förbjuden mellan 09 och 15 vid torghandel.", "mellan nio och femton"),
])
def test_hours_with_a_leading_zero(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Programmet har 06 och 08 avsnitt kvar.", "noll sex och noll åtta avsnitt"),
    ("Det kom mellan 12 och 19 deltagare.", "mellan tolv och nitton deltagare"),
    ("Räntan låg mellan 03 och 05 % i fjol.", "procent"),
    ("Bussen går mellan 6 och 19.", "mellan sex och nitton"),
])
def test_hours_with_a_leading_zero_guards(text: str, want: str) -> None:
    assert want in normalize(text)
