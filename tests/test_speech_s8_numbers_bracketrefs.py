"""Session 8 (by class): a year, a colon and a number in brackets after
any word ("Motionen (2024:17)", "Beslutet (2023:45)") are a reference said
with "kolon" (it was "tvåtusentjugofyra: sjutton"; only a statute's name
before the brackets made it one; admin._statute). Battery of 15 council
sentences (1 failed). Written after the fix; guards: a clock time in
brackets, a statute as before."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Medborgarförslaget (2025:3) om en hundrastgård bifölls.", "tvåtusentjugofem kolon tre"),
    ("Revisorernas rapport (2024:112) pekar på brister.", "tvåtusentjugofyra kolon hundratolv"),
    ("Interpellationen (2023:41) besvarades av kommunalrådet.", "tvåtusentjugotre kolon fyrtioett"),
    ("Skrivelsen (1999:7) finns i arkivet.", "nittonhundranittionio kolon sju"),
])
def test_year_and_number_in_brackets(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Mötet (kl. 19:30) hölls i aulan.", "klockan nitton och trettio"),
    ("Enligt lagen (2018:218) gäller nya regler.", "tvåtusenarton kolon tvåhundraarton"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
