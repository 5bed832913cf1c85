"""Session 12: letters and a number with a leading zero say the zero ("F09", a
girls' team born 2009, is "eff noll nio", it was "eff nio"; "A05" "a noll
fem"), and penalty minutes of two teams are a pair said with "mot"
("Utvisningsminuter: 8–12"). Written after the fix, with guards (no leading
zero, a range of minutes elsewhere)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Pojkarna i P07 vann finalen med 3–1.", "pe noll sju"),
    ("F06-laget åker till Danmark i sommar.", "eff noll sex"),
    ("Bussen stannar vid hållplats B02.", "be noll två"),
    ("Utvisningsminuter: 10–4 till hemmalaget.", "tio mot fyra"),
    # guards: no leading zero, a plain range of minutes
    ("Laget P15 spelar i dag.", "pe femton"),
    ("Mötet varar 10–15 minuter.", "tio till femton minuter"),
])
def test_team_classes_and_penalty_minutes(text: str, want: str) -> None:
    assert want in normalize(text).lower()
