"""Session 10 (S3), a model's number glued to its letters after a make
(designations._GLUED_MODEL, data/ad_words.MACHINE_MAKES): "Husqvarna 450e"
was read digit by digit ("fyra fem noll e"). Sentences written after the
fix, with guards (a unit glued to its number, a number with a leading zero)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Säljes: Jonsered 2152t, nyslipad kedja.", "Jonsered tvåtusenetthundrafemtiotvå te"),
    ("Köpes: Volvo 245DL i gott skick.", "Volvo tvåhundrafyrtiofem de ell i"),
    ("Säljes: Stihl MS 180c, 1 000 kr.", "emm ess hundraåttio ce"),
    ("Säljes: Saab 9000CS -96.", "Saab niotusen ce ess nittiosex"),
])
def test_a_models_number_and_its_letters(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Säljes: Yamaha 40hk utombordare.", "fyrtio hästkrafters utombordare"),  # a unit glued, not a model's letters
    ("Säljes: motorsåg Stihl 026, 900 kr.", "noll två sex"),  # a leading zero: digit by digit
])
def test_guards_units_and_zeros(text: str, want: str) -> None:
    assert want in normalize(text)
