"""Session 11, S1: a "k" glued to a number for its thousands, outside a social count before its noun
("48k på Instagram" and "45k i månaden" were "fyrtioåtta k"; rules/thousands.py). Sentences written
after the fix, with guards (a screen's resolution, a run, a unit glued to its number).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Tjänsten ger 38k i månaden före skatt.", "trettioåttatusen i månaden"),
    ("Klippet har 90k visningar på Youtube och 12k på Tiktok.", "och tolvtusen på Tiktok"),
    ("Insamlingen nådde 150k på två dagar.", "hundrafemtiotusen på två dagar"),
    ("Budgeten landade på 2,5k per person.", "tvåtusenfemhundra per person"),
])
def test_thousands(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Han köpte en 8k tv på rean.", "åtta k"),
    ("Hon sprang 10k på lördagen.", "tio k"),
    ("Paketet väger 12kg.", "tolv kilo"),
])
def test_thousands_guards(text: str, want: str) -> None:
    assert want in normalize(text)
