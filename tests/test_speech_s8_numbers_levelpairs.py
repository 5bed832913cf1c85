"""Session 8 (by class): a level pair of small numbers is no range ("Det
blev 1–1 mellan Kalmar och Elfsborg" was "ett till ett"): a score, said
"mot", as a falling pair already was (numerals._falling_score). Found on a
battery of 20 score sentences (1 failed). Written after the fix; guards: a
rising range stays "till", hours over midnight."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Det slutade 2–2 mellan Brage och Öster i går kväll.", "två mot två mellan"),
    ("Efter 0–0 i första halvlek tog gästerna över.", "noll mot noll i första"),
    ("Det stod 3–3 när domaren blåste av.", "tre mot tre när"),
    ("Oavgjort 1–1 räckte inte för Sirius.", "ett mot ett räckte"),
])
def test_level_pair_is_a_score(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Vi söker 2–3 personer till butiken.", "två till tre personer"),
    ("Festen pågår 22–02 på lördag.", "tjugotvå till"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
