"""Session 12, S5: brand names in capitals said as words ("LIDL" was "ell i de ell", "KICKS" was spelled:
ACRONYM_WORDS, and "cks" among the endings of a Swedish word in data/words.CODAS). Sentences written after
the fix, with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Nya LIDL i Borlänge öppnar på torsdag.", "Nya Lidl i Borlänge"),
    ("Butikskedjan KICKS lägger ner i Hudiksvall.", "Butikskedjan Kicks lägger"),
    ("Puben JACKS öppnar igen i maj.", "Puben Jacks öppnar"),
])
def test_brand_capitals(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Kontrollen gjordes av SKF och NCC.", "ess kå eff och enn ce ce"),  # spelled acronyms stay spelled
    ("Hon jobbar på SEB i Luleå.", "ess e be i Luleå"),
])
def test_brand_capitals_guards(text: str, want: str) -> None:
    assert want in normalize(text)
