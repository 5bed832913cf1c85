"""Session 12 (S6): "MP" after a number in a sentence about cameras is
megapixels ("en kamera på 48 MP": "fyrtioåtta megapixel", was the party's
letters), and penalty minutes after their label are the two teams' pair
("Utvisningar: 6–10 min": "sex mot tio minuter", was the range "sex till
tio"). Written after the fixes, with guards."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want", "not_in"), [
    ("Den nya mobilen har en 200 MP huvudkamera.", "tvåhundra megapixel huvudkamera", "emm pe"),
    ("Objektivet sitter på en sensor med 61 MP.", "sextioett megapixel", "emm pe"),
    ("Selfiekameran har 32MP.", "trettiotvå megapixel", "emm pe"),
    # guards: the party, and a number before it where no camera is named
    ("MP och V röstade emot.", "emm pe och v", "megapixel"),
    ("I länet fick S 31 procent och MP 6 procent.", "sex procent", "megapixel"),
])
def test_megapixels_by_a_word_of_cameras(text: str, want: str, not_in: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert not_in not in got


@pytest.mark.parametrize(("text", "want", "not_in"), [
    ("Matchfakta: Utvisningar: 12–4 min. Domare: Per Ek.", "utvisningar: tolv mot fyra minuter. domare", "till"),
    ("Skott på mål 40–22, utvisningar 2–8 min.", "utvisningar två mot åtta minuter", "två till åtta"),
    # guards: a length of time after the penalties, and a plain range
    ("Utvisningarna blev 2–4 minuter långa.", "två till fyra minuter", "mot"),
    ("Träningen tar 20–30 min.", "tjugo till trettio minuter", "mot"),
])
def test_penalty_minutes_after_their_label(text: str, want: str, not_in: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert not_in not in got
