"""Session 12, S5: titles written short without their stop before a name: English "Mr", "Mrs" (was left
for the voice to spell), a church notice's "kh", "kmr" (was left as written). Sentences written after the
fix, with guards (the same letters not before a name).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Filmen handlar om Mr Ripley och hans bedrägerier.", "om Mister Ripley"),
    ("Mrs Dalloway spelas på Stadsteatern.", "Missis Dalloway"),
    ("Söndag: Gudstjänst, kh Maria Sjöberg och kantor Per Ek.", "kyrkoherde Maria Sjöberg"),
    ("Dop i kyrkan, kmr Anders Lund.", "komminister Anders Lund"),
])
def test_titles_before_a_name(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Han vann titeln mr gym i fjol.", "titeln mr gym"),  # not before a name
    ("Öppettider: kh exp. stängd i dag.", "kh"),  # not before a full name
])
def test_titles_before_a_name_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Förbundets v.d. kallade till presskonferens.", "Förbundets ve de kallade"),  # was left as written
    ("V.D. Lena Holm tar över i maj.", "ve de Lena Holm tar"),
])
def test_managing_director_with_stops(text: str, want: str) -> None:
    assert want in normalize(text)
