"""Session 8 (by class): the currency written short before the amount, as
adverts do ("kr 500", "à kr 150"), is said after it, "femhundra kronor"
(it was "kronor femhundra"; data/quantities PREFIX_CURRENCIES). Battery of
6 price sentences (2 failed). Written after the fix; guards: kronor and
öre, an amount before "gånger"."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Medlemsavgift: kr 350 per år.", "trehundrafemtio kronor per år"),
    ("Lotter säljs à kr 20 vid entrén.", "à tjugo kronor"),
    ("Startavgiften är kr 1 200 inklusive lunch.", "tusentvåhundra kronor inklusive"),
    ("Reapris kr 99 för alla mössor.", "nittionio kronor för"),
])
def test_kronor_before_the_amount(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Det kostar 20 kr 50 öre.", "tjugo kronor femtio öre"),
    ("Han betalade 100 kr 2 gånger.", "hundra kronor två gånger"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
