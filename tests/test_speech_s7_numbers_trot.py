"""Session 7 (by class), a trotting result with its distance after a slash
("1.13,8a/2 140 m"): the distance was split at its thousands ("två
hundrafyrtio meter") or said "per". Tried on 4 sentences written before the
fix (all failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Stoet vann V75-4 på 1.12,9a/2 140 m från spår 3.", "ett tolv komma nio autostart över tvåtusenetthundrafyrtio meter"),
    ("Favoriten travade 1.15,1v/2 640 m och slutade tvåa.", "ett femton komma ett voltstart över tvåtusensexhundrafyrtio meter"),
    ("Segraren noterade 1.11,4a/1640 m på Jägersro.", "ett elva komma fyra autostart över tusensexhundrafyrtio meter"),
    ("Hingsten vann på 1.13,0a/2 100 m.", "ett tretton komma noll autostart över tvåtusenetthundra meter"),
])
def test_trot_time_and_distance(text: str, want: str) -> None:
    assert want in normalize(text)
