"""Session 10, S1 (a goal line's match times; matches played in a table line): "Målen: 1–0 Ek
(Berg, Lind) 12.34" read the time as a clock ("tolv och trettiofyra") beside "tjugofem tio" for the
next goal; a running score, a scorer (and the passers in brackets) and "mm.ss" opening the line's
item are a match time (results._goal_after_name). "Luleå 45 p (20 m)" was "(tjugo meter)"; in a
line of points "m" in brackets after a count is the matches played (results._MATCHES_PLAYED).
Sentences written after the fix, with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Mål: 1–0 Holm (Ek) 04.51, 1–1 Sjö 17.20, 2–1 Lind (Ek, Berg) 19.05.", "Holm (Ek) fyra femtioett"),
    ("Målen: 0–1 Nilsson 09.30, 1–1 Ek (pp) 14.02.", "Ek (powerplay) fjorton noll två"),
    ("Hockeyettan, tabell: Kalix 38 p (18 m), Piteå 35 p (18 m).", "trettioåtta poäng (arton matcher)"),
    ("Serieledare: Boden 31 p (14 m).", "(fjorton matcher)"),
])
def test_goal_times_and_matches_played(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Han ledde med 2–1 Ek 12.30 sa domaren.", "tolv och trettio"),
    ("Sträckan (20 m) är avstängd.", "(tjugo meter)"),
    ("Mål: 2–1 (78.12) Ek.", "(sjuttioåtta tolv) Ek"),
])
def test_goal_times_guards(text: str, want: str) -> None:
    assert want in normalize(text)
