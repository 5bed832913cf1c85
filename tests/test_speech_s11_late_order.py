"""Session 11, S3 (late): a miss of the held-out set normalize35, a year before its verb.
Sentences written after the fix, with guards.

- "1923 frös Sundet till helt": a four-digit number before a verb and its subject's name is a time,
  the year (it was "tusenniohundratjugotre": the verb looked like a noun it counted).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Isen höll: 1942 gick Öresund att korsa till fots.", "nittonhundrafyrtiotvå gick"),
    ("1968 spelade Beatles inte i Sverige alls.", "Nittonhundrasextioåtta spelade"),
    ("Redan 1911 köpte Staden marken av kronan.", "nittonhundraelva köpte"),
])
def test_late_order(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Ödåkra har 1923 invånare och Bjuv fler.", "tusenniohundratjugotre invånare"),  # a count
    ("Föreningen har 1200 medlemmar i Bjuv.", "tusentvåhundra medlemmar"),
])
def test_late_order_guards(text: str, want: str) -> None:
    assert want in normalize(text)
