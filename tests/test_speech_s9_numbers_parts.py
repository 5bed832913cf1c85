"""Session 9, S1 (numbers): spans of parts and periods with their year.

- two parts with a dash before a measure are one amount of it ("1/4–1/2 tsk" was "första
  april–en halv tesked", "½–1 tsk" was "en halv mot ett"; parts.fraction_span), and of a whole
  before "av" ("1/2–3/4 av väljarna" was two dates);
- a half-year or a quarter joined to its year by a dash is said with the year after a space
  ("H1-2026" was "första halvåret-tvåtusentjugosex"; numerals._alnum).
Sentences written after the fix. Guards: a date span, a half point in chess, a name and year.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Rör ner 1/3–1/2 tsk salt i smeten.", "en tredjedels till en halv tesked salt"),
    ("Tillsätt ¼–½ krm nejlika.", "en fjärdedels till ett halvt kryddmått"),
    ("Vila degen 1/2–1 timme under bakduk.", "en halv till en timme under"),
    ("Omkring 1/2–3/4 av väljarna röstade ja.", "hälften till tre fjärdedelar av väljarna"),
])
def test_span_of_parts(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Företagets resultat för H2-2024 blev svagt.", "andra halvåret tvåtusentjugofyra blev"),
    ("Under Q1-2026 sjönk försäljningen.", "första kvartalet tvåtusentjugosex sjönk"),
])
def test_period_and_year(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Stormen den 1/2–3/2 slog ut elen.", "den första februari till den tredje februari"),
    ("Ställningen blev ½–½ efter remi.", "en halv mot en halv"),
    ("Hästen vann V65-2 i fjol.", "ve sextiofem två"),
])
def test_parts_guards(text: str, want: str) -> None:
    assert want in normalize(text)
