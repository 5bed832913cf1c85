"""Session 8 (by class): a bare "24.00" is midnight said "tjugofyra" (the
bare clock rule took hours up to 23 only; it was "tjugofyra noll"). Found
on a battery of 3 opening-hours sentences (2 failed; calendar._TIME_BARE).
Written after the fix; guards: "24 000", a price "24.00 kr"."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Simhallen är öppen till 24.00 under lovet.", "till tjugofyra under"),
    ("Nyårsbalen pågår 20.00–24.00 i stadshuset.", "tjugo till tjugofyra"),
    ("Sista tåget går 23.40 och nattbussen 24.00.", "nattbussen tjugofyra"),
    ("Kanal 5 24.00 Efterlyst.", "fem tjugofyra Efterlyst"),
])
def test_midnight(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Kommunen har 24 000 invånare.", "tjugofyratusen invånare"),
    ("Ölen kostar 24.00 kr.", "tjugofyra kronor"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
