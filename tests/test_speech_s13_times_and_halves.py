"""Session 13: two signs read by the words around them, tests written after
the fix (new wordings), with guards.

- "x" between a word and a count after it is "gånger" ("Alvedon x 2",
  "paracetamol x 3", "2 sp x 100 mm"), not the letter;
- "½" standing for a half of a whole, with no noun after it ("mot ½ för fem
  år sedan", "sänks med ½.") is "hälften"; before a noun or a number it
  stays "en halv" ("½ tesked", "Klockan är ½ 3").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Ordination: Ipren 400 mg x 3 i fem dagar.", "gånger tre"),
    ("Ta penicillin x 4, i tio dagar.", "penicillin gånger fyra"),
    ("Annonsen mäter 3 sp x 120 mm.", "tre spalter gånger hundratjugo millimeter"),
    ("Dosering: Alvedon x 2.", "alvedon gånger två"),
])
def test_x_before_a_count_is_times(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "not_in"), [
    ("Om x = 4 är summan 8.", "gånger"),
    ("Han vann Lag x i fjol.", "gånger"),
])
def test_x_guards(text: str, not_in: str) -> None:
    assert not_in not in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("I fjol svarade ⅓ ja, i år ½ av de tillfrågade.", "hälften av de tillfrågade"),
    ("Budgeten skärs ned med ½.", "ned med hälften"),
    ("Förra året klarade ¼ provet, nu ½ och fler väntas.", "nu hälften och fler"),
    ("Av medlemmarna kom ½ till mötet.", "kom hälften till mötet"),
])
def test_a_half_of_a_whole(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Blanda i ½ dl mjölk.", "en halv deciliter"),
    ("Bussen går ½ 8 i morgon.", "en halv åtta"),
    ("Vi väntade ½ timme.", "en halv timme"),
])
def test_a_half_before_a_noun_or_number(text: str, want: str) -> None:
    assert want in normalize(text).lower()
