"""Session 10 (S3), a model's year in a line about a vehicle after its
capitalised model name or after the thing sold and a comma (spans._model_year:
"Ducato 2,3 Multijet -19", "Viking 540 snöskoter, -15,"). Sentences written
after the fix, with guards (a place, a night's cold)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Säljes: Polaris Indy snöskoter, -13, 1 100 mil.", "snöskoter, tretton, tusen"),
    ("Husvagn Hobby Prestige -17, förtält ingår.", "Prestige sjutton, förtält"),
    ("Båt Linder Sportsman -19, 15 hk.", "Sportsman nitton, femton"),
    ("Säljes: traktor Valtra Valmet -96, 4 000 timmar.", "Valmet nittiosex, fyratusen"),
])
def test_a_models_year_after_its_name(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Husbilen stod kvar i Abisko, -28, i tre dygn.", "minus tjugoåtta"),  # a place before the comma
    ("Bilen frös fast på Storgatan -22.", "minus tjugotvå"),  # a place after a preposition
    ("Husvagnen klarade natten, -25, utan problem.", "minus tjugofem"),  # no vehicle's word before the comma
])
def test_guards_a_cold_night_keeps_its_minus(text: str, want: str) -> None:
    assert want in normalize(text)
