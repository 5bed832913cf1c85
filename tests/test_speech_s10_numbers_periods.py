"""Session 10, S1 (prices of one line said alike): "150 kr/dygn, 400 kr/vecka" was "kronor per
dygn, ... kronor i veckan"; with a price per a period said "per" in the line
(rate_words.PRICE_PER_ALIKE), a price per week is "per vecka" too. rates.period_agreement.
Sentences written after the fix. Guards: a week's price alone, a month beside a year, an idiom
written out.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Båtplats: 200 kr/dygn eller 900 kr/vecka.", "niohundra kronor per vecka"),
    ("Kajakuthyrning 450 kr/vecka, barnkajak 150 kr/dag.", "fyrahundrafemtio kronor per vecka"),
    ("Stugan kostar 4 900 kr/v, slutstädning 600 kr/natt extra.", "fyratusenniohundra kronor per vecka"),
    ("Medlemskap 1 200 kr/år eller 60 kr/vecka.", "sextio kronor per vecka"),
])
def test_week_price_beside_a_per_price(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Matkassen kostar 699 kr/vecka för fyra personer.", "kronor i veckan"),
    ("Hyran är 6 200 kr/mån och parkering 300 kr/år.", "kronor i månaden"),
    ("Vi betalar 500 kr/dygn, dvs. drygt 3 000 kr i veckan.", "kronor i veckan"),
    ("Parkering 20 kr/tim, max 150 kr/dygn.", "kronor i timmen"),
])
def test_week_price_guards(text: str, want: str) -> None:
    assert want in normalize(text)
