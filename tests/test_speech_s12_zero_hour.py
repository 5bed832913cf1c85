"""Session 12: the zero hour before minutes under ten is "noll och fem" among
compact clock times too (it was "noll noll noll fem", four zeros to a
listener); written after the fix, with guards (midnight alone, a compact time of
another hour, minutes of ten or more)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Polisen larmades 23.41 och var på plats 00.02.", "plats noll och två"),
    ("Färjan lade ut 23.55 och var framme 00.09.", "framme noll och nio"),
    ("Första larmet kom 23.58, det andra 00.03.", "andra noll och tre"),
    ("Kanal 5 kl. 00.07 Nattfilm; P3 sänder 06.00–20.00.", "noll och sju"),
    # guards: midnight alone, another hour compact, minutes of ten or more
    ("Smällarna började prick 00.00.", "prick noll noll"),
    ("Larmet kom 08.05 och bilen var där 08.20.", "åtta noll fem"),
    ("Tåget gick 23.50 och kom 00.25.", "noll och tjugofem"),
])
def test_zero_hour_among_compact_times(text: str, want: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert "noll noll noll" not in got
