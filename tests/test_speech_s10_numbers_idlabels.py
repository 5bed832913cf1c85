"""Session 10, S1 (a label word in a verb phrase): "ägde rum 1317" was read as a room's number in
pairs ("tretton sjutton"); a label word right after its verb ("äga rum", "ta plats";
nouns.ID_LABEL_VERBS) is no label, the number is a year. idnumbers.identifiers. Sentences written
after the fix. Guards: a room, a seat, a flat after their labels keep the pairs.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Freden i Roskilde slöts 1658, och kröningen ägde rum 1660 i Uppsala.", "ägde rum sextonhundrasextio"),
    ("Tinget äger rum 1420 enligt krönikan.", "äger rum fjortonhundratjugo"),
    ("Enligt sägnen har striden ägt rum 1389 vid sjön.", "ägt rum trettonhundraåttionio"),
    ("Föreningen tog plats 1978 i styrelsen för förbundet.", "tog plats nittonhundrasjuttioåtta"),
])
def test_label_in_verb_phrase_is_no_label(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Mötet hålls i rum 1304 på tredje våningen.", "rum tretton noll fyra"),
    ("Vi satt på plats 1122 längst upp.", "plats elva tjugotvå"),
    ("Visning av lgh 1201 på söndag.", "tolv noll ett"),
    ("Nattåget 3941 är försenat.", "trettionio fyrtioett"),
])
def test_label_guards(text: str, want: str) -> None:
    assert want in normalize(text)


# A service number as a sum's term ("Boarea 112 + biarea 45 kvm" was "ett ett två plus ...");
# contact._service. Written after the fix, with guards (the emergency number after a call word).
@pytest.mark.parametrize(("text", "want"), [
    ("Villa, boarea 112 + biarea 30 kvm, Gammelstad.", "hundratolv plus biarea"),
    ("Poängen blev 112 + 104 i finalen.", "hundratolv plus hundrafyra"),
    ("Ring 112 vid olycka.", "ett ett två"),
    ("Vid brand, ring 112 + larma grannarna.", "ett ett två"),
])
def test_service_number_in_a_sum(text: str, want: str) -> None:
    assert want in normalize(text)
