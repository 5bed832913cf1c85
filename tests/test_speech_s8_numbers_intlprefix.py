"""Session 8 (by class): a phone number dialled from abroad with "00"
before the country code ("0046 8 123 456") is read like "+46", "noll noll
fyrtiosex ..." (digit by digit until session 17's grouped reading) (it was "noll noll fyra sex åtta miljoner
hundratjugotretusen..."; contact._PHONE_INTL). Battery of 7 phone
sentences (2 failed). Written after the fix; guards: "+46", big amounts
with a zero group."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Från utlandet ringer du 0046 90 16 50 00.", "noll noll fyrtiosex nittio"),
    ("Ambassaden nås på 0047 22 12 34 56.", "noll noll fyrtiosju tjugotvå"),
    ("Ring 0046 70 555 12 34 om du är utomlands.", "noll noll fyrtiosex sjuttio femhundrafemtiofem"),
    ("Växeln, 0046-8-123 456 78, är öppen dygnet runt.", "noll noll fyrtiosex åtta hundratjugotre"),
])
def test_double_zero_prefix(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Mobil: +46 70 123 45 67.", "plus fyrtiosex sjuttio"),
    ("Kostnaden blev 3 000 500 kronor.", "tre miljoner femhundra kronor"),
    ("Vinsten var 2 001 234 567 kronor.", "två miljarder en miljon"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
