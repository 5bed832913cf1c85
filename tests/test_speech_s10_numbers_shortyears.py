"""Session 10, S1 (two-digit years after a dash): "gärna -95 till -98" in an ad was "minus
nittiofem till nittioåtta" and "VM -94" "minus nittiofyra"; two dashed numbers joined by "till",
both from 50 up and no degree after (span_words.SHORT_YEAR_SPAN_FLOOR), are a span of years, and a
championship before the number (SHORT_YEAR_EVENTS) makes it a year. spans._short_year. Sentences
written after the fix. Guards: temperatures keep their minus.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Köpes: Volvo Amazon, helst -62 till -66, gärna i original.", "helst sextiotvå till sextiosex"),
    ("Söker Vespa i bra skick, -78 till -85. Ring efter 18.", "sjuttioåtta till åttiofem"),
    ("Han spelade i Tre Kronor och tog silver i VM -97.", "nittiosju"),
    ("Minns du guldet i OS -88 i Calgary?", "åttioåtta i Calgary"),
])
def test_short_years(text: str, want: str) -> None:
    said = normalize(text)
    assert want in said
    assert "minus" not in said


@pytest.mark.parametrize(("text", "want"), [
    ("Det var -52 till -55 grader i Jakutsk.", "minus femtiofem grader"),
    ("I natt väntas -8 till -12 i inlandet.", "minus åtta till minus tolv"),
    ("Termometern visade -31 i Kvikkjokk.", "minus trettioett"),
    ("Laget har målskillnad -14 efter tio matcher.", "minus fjorton"),
])
def test_short_years_guards(text: str, want: str) -> None:
    assert want in normalize(text)
