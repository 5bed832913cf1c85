"""Session 8 (by class): a quarter before "timme" is "en kvarts timme"
(it was "en fjärdedels timme"), and a quarter after its written article
says no second one ("om en 1/4 timme" was "en en fjärdedels timme";
parts.fraction_before_noun, article_written). Battery of 9 fraction
sentences (2 failed; a first try with "kvarts" before every noun broke two
rows of the evaluation set whose writers said "en fjärdedels kilo", "en
kvarts hektar"). Written after the fix; guards: a quarter kilo, a half."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Bussen kommer om en 1/4 timme.", "om en kvarts timme"),
    ("Låt degen jäsa 1/4 timme under bakduk.", "jäsa en kvarts timme"),
    ("Det tog en 1/4 timme att gå dit.", "tog en kvarts timme"),
    ("Han köpte en 1/4 hektar skog av grannen.", "köpte en fjärdedels hektar"),
])
def test_quarter(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Tillsätt 1/4 kilo smör.", "en fjärdedels kilo smör"),
    ("Ett 1/2 år senare flyttade de.", "Ett halvt år senare"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
