"""Session 9, S1 (numbers): a model's name of capitals, digits and a glued suffix of three
small letters is said as its letters, its number and the suffix as a word ("Airbus A320neo" was
"A tre två noll neo", digit by digit; numerals._ALNUM). Sentences written after the fix.
Guards: a road's "E4:an", a type letter before a hyphen.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("SAS tar emot sin första A321neo i vår.", "a trehundratjugoett neo"),
    ("Planen är av typen A330neo och rymmer 260 passagerare.", "a trehundratrettio neo"),
    ("Han tog E4:an norrut.", "e fyran norrut"),
    ("Tåget X15p-tåget ersätts.", "pe-tåget"),
])
def test_model_suffix(text: str, want: str) -> None:
    assert want in normalize(text).lower()
