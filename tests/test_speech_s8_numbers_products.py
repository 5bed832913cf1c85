"""Session 8 (by class): a product written "NxM" joined by a hyphen to a
noun ("4x4-bil", "3x3-basket") keeps the hyphen after its second number,
"fyra gånger fyra-bil" (numerals._COMPOUND closed it up as a compound,
"fyra gånger fyrabil", a different word). Battery of 8 dimension
sentences (2 failed). Written after the fix; guards: a number compound
and a dimension."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Polisen körde en 6x6-terrängbil i skogen.", "sex gånger sex-terrängbil"),
    ("Turneringen i 3x3-basket lockade 40 lag.", "tre gånger tre-basket"),
    ("Han byggde ett 2x4-staket runt tomten.", "två gånger fyra-staket"),
    ("En 4x4-pickup stod parkerad vid vägen.", "fyra gånger fyra-pickup"),
])
def test_product_before_a_noun(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Friluftsfrämjandet ordnar 7-toppsvandring.", "sjutoppsvandring"),
    ("Tavlan mäter 100 x 50 cm.", "hundra gånger femtio centimeter"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
