"""Session 11, S1: a trotting time's distance after a slash without its unit ("1.11,3a/2140" was "... auto
två ett fyra noll"; racing._RACE_MS_HUNDREDTHS, the "m" optional before a pause). Written after the fix,
with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("V75-3: 5 Staro Mack 1.12,4a/2140, 12,30 kr.", "ett tolv komma fyra autostart över tvåtusenetthundrafyrtio meter"),
    ("Hästen vann på 1.15,0v/2640 i lördags.", "voltstart över tvåtusensexhundrafyrtio meter"),
    ("Segraren travade 1.13,1a/1640.", "autostart över tusensexhundrafyrtio meter"),
    ("Vinnaren travade 1.13,8a/2 140 m.", "autostart över tvåtusenetthundrafyrtio meter"),
    ("Hon sprang 800 m på 2.03,47.", "två minuter och tre komma fyrtiosju"),
])
def test_trot_distance(text: str, want: str) -> None:
    assert want in normalize(text)
