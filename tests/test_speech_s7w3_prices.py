"""Session 7, third wave (by class): prices written side by side. Two
prices joined by a slash, each with its currency ("entré 250 kr/150 kr")
were misread ("tvåhundrafemtio kronor ett fem noll kronor": the second was
left to the digits); they are "respektive" (quantities._AMOUNT_SLASH), as
our reading of "250/150 kr". Last year's figure in brackets after a price
with a colon ("4:12 kr (3:87)") is kronor and öre too (it was "tre och
åttiosju"). Tried on 8 sentences written before the fix (6 failed); these
were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Konserten kostar 380 kr/190 kr för ungdomar.", "trehundraåttio kronor respektive hundranittio kronor för"),
    ("Säsongskort: 2 400 kr/1 200 kr (barn).", "tvåtusenfyrahundra kronor respektive tusentvåhundra kronor"),
    ("Vinsten per aktie blev 6:40 kr (5:15).", "sex kronor och fyrtio öre (fem kronor och femton öre)"),
    # a sum of no whole kronor is said in öre alone (session 59: "0:98 kr" is "nittioåtta öre", as the writers read it)
    ("Utdelning 1:25 kr (0:95) föreslås.", "(nittiofem öre)"),
])
def test_prices_side_by_side(text: str, want: str) -> None:
    assert want in normalize(text)


def test_price_per_unit_after_a_slash_stays_per() -> None:
    assert "fyrtio kronor per kilo" in normalize("Potatisen kostar 40 kr/kg i dag.")


def test_bracketed_time_after_no_price_stays_a_time() -> None:
    assert "kronor" not in normalize("Hon sprang på 4:12 (4:20 i fjol).")
