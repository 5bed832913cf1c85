"""Session 10 (S3): a measure of time before a noun of time in the plural is a
genitive (attributive._plural_of_head: "15 min. förseningar"), and a percent
sign glued to an adjective's ending is its first part (symbols: "12 %-ig").
Sentences written after the fix, with guards."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Pendeln har 10 min. förseningar i kväll.", "tio minuters förseningar"),
    ("Räkna med 30 min. väntetider i kassan.", "trettio minuters väntetider"),
    ("Tåget kom 20 min. försenat.", "tjugo minuter försenat"),  # guard: an adjective after, no plural noun
    ("Vi gick 3 tim. promenader varje dag.", "tre timmars promenader"),
])
def test_a_measure_of_time_before_a_plural_noun_of_time(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Banken gav en 4 %-ig ränta.", "en fyraprocentig ränta"),
    ("Ett 25%-igt påslag tillkommer.", "tjugofemprocentigt påslag"),
    ("De 15 %-iga höjningarna drabbar hyresgästerna.", "femtonprocentiga höjningarna"),
    ("Räntan steg 2 %-enheter.", "två procentenheter"),  # guard: the unit's compound keeps its reading
])
def test_a_percent_sign_heading_an_adjective(text: str, want: str) -> None:
    assert want in normalize(text)


def test_guard_a_measure_before_other_words() -> None:
    said = normalize("Det tog 5 min. Resor är dyra. Bussen gick 5 min. senare.")
    assert "fem minuter. Resor" in said and "fem minuter senare" in said
