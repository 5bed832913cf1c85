"""Session 7 (by class), a pace in minutes and seconds per distance ("3.15
min/km") was said "tre femton minuter per kilometer", which sounds like a
decimal of minutes; it names its minutes and seconds now. Tried on 4
sentences written before the change (all read the old way); these were
written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Snittempot låg på 4.05 min/km genom hela loppet.", "fyra minuter och fem sekunder per kilometer"),
    ("Hon joggar i lugnt tempo, 6:30 min/km.", "sex minuter och trettio sekunder per kilometer"),
    ("Vinnaren höll 2.59 min/km på milen.", "två minuter och femtionio sekunder per kilometer"),
    ("Målet är att springa på 5.00 min/km i vår.", "fem minuter per kilometer"),
    ("Sista varvet gick i 3.01 min/km.", "tre minuter och en sekund per kilometer"),
])
def test_pace_names_minutes_and_seconds(text: str, want: str) -> None:
    assert want in normalize(text)
