"""Session 12: a fraction sign after a written article takes the article
("en ¼ procentenhet" -> "en kvarts procentenhet", it was "en en kvarts");
written after the fix, with guards (no article, a whole number before it)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want", "not_in"), [
    ("Styrräntan sänktes med en ¼ procentenhet i går.", "med en kvarts procentenhet i går", "en en"),
    ("Häll i en ¼ liter vatten.", "i en kvarts liter vatten", "en en"),
    ("Det återstår ett ¼ varv av loppet.", "återstår ett kvarts varv av", "ett en"),
    ("Bilen stod still i en ⅓ timme.", "i en tredjedels timme", "en en"),
    # guards: no article written, a whole number before the sign
    ("Tillsätt ¼ liter mjölk.", "tillsätt en kvarts liter mjölk", "en en"),
    ("Det tog 1 ¼ timme.", "en och en kvarts timme", "en en kvarts"),
])
def test_article_before_a_fraction_sign(text: str, want: str, not_in: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert not_in not in got
