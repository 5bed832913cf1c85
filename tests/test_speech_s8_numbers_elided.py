"""Session 8 (en/ett by class): a count standing as the subject of a verb
("och 1 var frånvarande", "och 1 omkom") takes the gender of the noun
counted before it in the sentence ("fyra ledamöter ... en var
frånvarande"; it was "ett", the counting form; machinery._counted_before,
data/nouns ELIDED_SUBJECT_VERBS); a count written as a word opening the
sentence ("Tre personer ...") names that noun too. Battery of 8 sentences
(2 failed). Written after the fix; guards: a label's number, a count with
no noun before it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Sju elever klarade provet och 1 blev underkänd.", "och en blev underkänd"),
    ("Två bilar kolliderade; 1 fördes bort med bärgare.", "en fördes bort"),
    ("Av 9 ledamöter röstade 8 ja och 1 avstod.", "och en avstod"),
    ("Fem barn badade och 1 saknades en stund.", "och ett saknades"),
])
def test_count_as_subject(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Kapitel 1 var bäst.", "Kapitel ett var"),
    ("Klockan 1 var det mörkt.", "Klockan ett var"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
