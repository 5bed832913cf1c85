"""Session 8 (by class): people counted per a group with a slash ("max 6
pers./lag", "4 pers/bord") said "personer per lag" (it was "sex personer
lag", "fyra pers bord": the slash silent, "pers" unread). From normalize19
h266 and a battery of 7 sentences (4 failed; data/slash_unit_words
NUMERATOR_WORDS and PER_NOUNS). Written after the fix; guards: a price per
person, pieces per pack."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Kanoterna tar högst 3 pers/båt.", "tre personer per båt"),
    ("Anmälan sker i lag om max 5 pers./lag.", "fem personer per lag"),
    ("Stugorna rymmer 6 pers/stuga och kostar 900 kr/natt.", "sex personer per stuga"),
    ("Vi tar bara emot 1 pers/bord i baren.", "en person per bord"),
])
def test_persons_per(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Middagen kostar 450 kr/pers.", "fyrahundrafemtio kronor per person"),
    ("Det är 12 st/förpackning.", "tolv stycken per förpackning"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
