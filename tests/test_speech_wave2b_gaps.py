"""Wave 2 (by class), a gap behind in a race: minutes and seconds before
"bakom" and the one behind, or with a zero hour before "före"/"efter"/"bakom"
and a name. Tried on 16 sentences written before the fix (3 failed); these
were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Linn Svahn gick i mål 0.41 efter Maja Dahlqvist.", "fyrtioett sekunder efter Maja"),
    ("Calle Halfvarsson var bara 0.08 bakom Johannes Klæbo.", "åtta sekunder bakom"),
    ("Lagkamraten slutade 2.17 bakom täten.", "två minuter och sjutton sekunder bakom täten"),
    ("Svenskan var 0.29 före Therese Johaug på upploppet.", "tjugonio sekunder före Therese"),
    ("Han låg 3.02 bakom ledaren efter halva loppet.", "tre minuter och två sekunder bakom ledaren"),
])
def test_gap_behind(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Nyheterna sänds kl. 0.30 före Filmen.", "klockan noll och trettio"),  # after "kl." a time
    ("Tåget går 7.40 före Ica öppnar.", "sju och fyrtio"),  # an hour before a name: a time
])
def test_gap_guards(text: str, want: str) -> None:
    assert want in normalize(text)
