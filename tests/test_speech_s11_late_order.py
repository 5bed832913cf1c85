"""Session 11, S3 (late): misses of the held-out sets normalize34/35, a year before its verb and two
roads with a slash. Sentences written after each fix, with guards.

- "1923 frös Sundet till helt": a four-digit number before a verb and its subject's name is a time,
  the year (it was "tusenniohundratjugotre": the verb looked like a noun it counted);
- "E6/E20 stängs": two European roads on one stretch are "E sex och E tjugo" (the slash was silent).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Isen höll: 1942 gick Öresund att korsa till fots.", "nittonhundrafyrtiotvå gick"),
    ("1968 spelade Beatles inte i Sverige alls.", "nittonhundrasextioåtta spelade"),
    ("Redan 1911 köpte Staden marken av kronan.", "nittonhundraelva köpte"),
    ("Vid olyckan på E4/E12 utanför Umeå skadades två.", "e fyra och e tolv"),
    ("Köerna på E18/E20 växer.", "e arton och e tjugo"),
])
def test_late_order(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Ödåkra har 1923 invånare och Bjuv fler.", "tusenniohundratjugotre invånare"),  # a count
    ("Föreningen har 1200 medlemmar i Bjuv.", "tusentvåhundra medlemmar"),
    ("Väg 34/35 är stängd.", "trettiofyra och trettiofem"),
])
def test_late_order_guards(text: str, want: str) -> None:
    assert want in normalize(text)
