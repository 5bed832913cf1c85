"""Session 8 (by class): a one before "plus", "minus" or "gånger" is the
counting form "ett" ("0+1+0+0" was "noll plus en plus noll", "1+1" "en
plus en"; data/nouns NOT_NOUN). From normalize19 h102 and a battery of 6
sentences (3 failed). Written after the fix; guards: a one before its noun."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Hon sköt fullt i tre serier och fick 1+0+0+0 i skyttet.", "ett plus noll plus noll plus noll"),
    ("Backen noterades för 1+2 mot Luleå.", "ett plus två"),
    ("Rummet mäter 4 gånger 1 meter, förrådet 1 gånger 2 meter.", "ett gånger två meter"),
    ("Temperaturen pendlade mellan 1 minus och 3 plus.", "mellan ett minus"),
])
def test_one_before_a_sum(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Han hade 1 bom i sista skjutningen.", "en bom"),
    ("Laget vann med 1 mål.", "ett mål"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
