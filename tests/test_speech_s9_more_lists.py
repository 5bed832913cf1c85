"""Session 9, S3 (weekdays in a menu, a ski race's style): "Mån" opening a week's list whose
next item opens with a capitalised weekday is Monday ("Mån – Fiskgratäng, Tis – ..." left "Mån";
calendar._MONDAY_IN_LIST); a ski race's style in brackets after the race is said ("Sprint (F),
damer" left "(F)"; racing._SKI_STYLE_BRACKETS).
Sentences written after the fix. Guards: "mån" as a word before a capitalised word, a party's
letter in brackets in a line with no race.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Veckans lunch: Mån – Ärtsoppa, Tis – Korv stroganoff, Ons – Fisk.", "Måndag – Ärtsoppa, Tisdag"),
    ("Meny v. 12: Mån – Pasta, Tors – Tacos.", "Måndag – Pasta"),
    ("Jaktstart (F), herrar: Ek vann på 33.12,5.", "Jaktstart, fristil, herrar"),
    ("Skiathlon 20 km (K), damer: Lind 55.02,1.", "kilometer, klassiskt, damer"),
])
def test_lists_and_styles(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Hon var i viss mån, Tisdagsgruppens ledare.", "i viss mån, Tisdagsgruppens"),
    ("Förslaget från Ek (F) fick stöd.", "Ek (F) fick"),
])
def test_lists_and_styles_guards(text: str, want: str) -> None:
    assert want in normalize(text)
