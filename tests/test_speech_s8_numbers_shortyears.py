"""Session 8 (by class): a year written with two digits after a dash
after a verb of building or founding ("byggdes -72", "grundades -48",
"invigdes -63") is the year, not a minus (it was "minus sjuttiotvå";
data/span_words SHORT_YEAR_BEFORE). Battery of 12 sentences with short
years (1 failed). Written after the fix; guards: a temperature and a
percent after a dash stay minus."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Skolan byggdes -64 och revs -19.", "byggdes sextiofyra och revs nitton"),
    ("Klubben bildades -31 i ett kafé.", "bildades trettioett"),
    ("Badhuset öppnades -77 och renoverades -08.", "öppnades sjuttiosju och renoverades noll åtta"),
    ("Bilen är importerad -96 från Tyskland.", "importerad nittiosex"),
])
def test_short_year_after_a_verb_of_building(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Det var -18 i Kiruna i natt.", "minus arton"),
    ("Omsättningen minskade med -12 procent.", "minus tolv procent"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
