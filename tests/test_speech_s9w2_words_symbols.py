"""Session 9 wave 2 (S2), signs in running text (cleanup._typed_marks): a two-way arrow between
places is the route's dash, an arrow pointing at a picture is not said, and the names of
programming languages and platforms ("C#", ".NET") are said as their names. Written after the fix."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want", "gone"), [
    ("Färjan Oskarshamn ↔ Visby går tätare i sommar.", "Oskarshamn – Visby", "↔"),
    ("Kartan ↓ visar omledningen.", "Kartan visar", "↓"),
    ("Konsulten kan Python, C# och .NET.", "c-sharp och dotnet", "#"),
    ("Kursen i F# börjar i höst.", "f-sharp", "#"),
])
def test_signs_said_or_left_out(text: str, want: str, gone: str) -> None:
    said = normalize(text)
    assert want in said and gone not in said


def test_an_arrow_before_a_number_is_still_a_rise() -> None:
    assert "upp tre" in normalize("Elpriset ↑ 3 öre i dag.")


def test_a_sharp_note_in_a_line_about_music_is_left_to_the_notes() -> None:
    assert "sharp" not in normalize("Låten går i tonart C# moll.")
