"""Session 12: two Roman numerals after a noun that numbers parts ("del I–III",
"kapitel II–IV", "del I av II") are both numbers ("del ett till tre"; the second
was spelled "i i i"). Written after the fix, with guards (one numeral, a name
after "och")."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Orkestern spelar del II–IV av sviten.", "del två till fyra av"),
    ("Läs kapitel V-VII till nästa vecka.", "kapitel fem till sju"),
    ("Serien sänds i del I av III på söndag.", "del ett av tre"),
    ("Etapp II och III körs i morgon.", "etapp två och tre"),
    # guards: one numeral alone, a name after "och"
    ("Del III har premiär i kväll.", "del tre har"),
    ("Del I och Karin Ek medverkar.", "del ett och karin"),
])
def test_roman_ranges_of_parts(text: str, want: str) -> None:
    assert want in normalize(text).lower()
