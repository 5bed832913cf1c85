"""Session 11, S3 (late): a scorer's note after a comma in a list of goals (held-out normalize35:
"2–1 (78) Persson, str." kept "str." as written). Sentences written after the fix, with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Mål: 0–1 (9) Holm, str, 1–1 (61) Berg.", "Holm, straff, ett mot ett"),
    ("Målen: 1–0 (27) Nilsson, sjm, 2–0 (80) Åberg.", "Nilsson, självmål"),
    ("Kalmar: 1–2 (88) Sahin, str.", "Sahin, straff."),
    ("Målen: 3–1 (90) Ek, str.", "Ek, straff"),
])
def test_late_goals(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Mål: 0–1 (44) Lind (str.).", "Lind (straff)"),  # the bracketed note as before
    ("Skorna (2) Berg, str. 42.", "storlek fyrtiotvå"),  # a size before its number
])
def test_late_goals_guards(text: str, want: str) -> None:
    assert want in normalize(text)
