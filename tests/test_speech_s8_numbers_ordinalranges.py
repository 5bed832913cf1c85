"""Session 8 (by class): a range whose end is an ordinal ("var 10–15:e
minut", "var 5–6:e elev") is ordinals at both ends, "tionde till
femtonde" (it was "tio–femtonde", the dash left; numerals._ORDINAL_RANGE).
Battery of 14 range sentences (2 failed). Written after the fix; guards:
a score before an ordinal, a lone ordinal."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Tåget går var 20–30:e minut på kvällen.", "var tjugonde till trettionde minut"),
    ("Ungefär var 3–4:e hushåll saknar bredband.", "var tredje till fjärde hushåll"),
    ("De delade 7–8:e plats i tävlingen.", "sjunde till åttonde plats"),
    ("Vart 2–3:e år byts taket.", "Vart andra till tredje år"),
])
def test_ordinal_range(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Matchen stod 2–1 i 3:e perioden.", "två mot ett i tredje perioden"),
    ("Bussen går var 15:e minut.", "var femtonde minut"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
