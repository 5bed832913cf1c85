"""Letters that Python's case-insensitive matching takes for others ("İ" matches "i", "ſ" matches "s", "K" the
Kelvin sign matches "k"): a pattern that matched them must not fail when it looks its word up (session 13: "tİs
18–20" raised KeyError in the weekday rule).

Written after the fix.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize
from audiocast.speech.data.calendar import WEEKDAY_ABBREVIATIONS, WEEKDAYS

FOLDS = {"i": "İ", "s": "ſ", "k": "\u212a"}


def _folded(word: str) -> list[str]:
    return [word.replace(plain, odd) for plain, odd in FOLDS.items() if plain in word]


@pytest.mark.parametrize("word", sorted({*WEEKDAYS, *WEEKDAY_ABBREVIATIONS}))
def test_a_weekday_with_a_folded_letter_never_raises(word: str):
    for odd in _folded(word):
        for line in (f"Öppet {odd} 18–20.", f"{odd} 9–12", f"Stängt {odd}. 24/12"):
            assert isinstance(normalize(line), str)


def test_a_folded_weekday_is_read_as_the_weekday():
    assert normalize("Öppet tİs 18–20.") == "Öppet tisdag arton till tjugo."
    assert normalize("onſ 18–20") == "onsdag arton till tjugo"
