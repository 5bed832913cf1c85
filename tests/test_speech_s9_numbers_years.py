"""Session 9, S1 (numbers): years and school years by the words around them.

- a two-digit year after a dash that follows a date's month, in a sentence of a life's events,
  is the year ("föddes 4 juli -56" was "minus femtiosex"; data/span_words MONTHS_BEFORE_YEAR,
  LIFE_EVENT_WORDS);
- "F–6" is a span of school years in a line about children too ("barn i F–6" was "eff–sex";
  SCHOOL_WORDS + barn, stadiet).
Sentences written after the fix. Guards: a cold day's minus after a date, a hyphenated "F-16".
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Mormor föddes 9 okt -31 på en gård utanför Kalix.", "nionde oktober trettioett på"),
    ("Paret vigdes 21 juni -69 i Råneå kyrka.", "juni sextionio i"),
    ("Alla barnen i F–3 får gratis frukt.", "eff till tre får"),
    ("Lågstadiet, F–3, flyttar till den nya byggnaden.", "eff till tre,"),
])
def test_year_and_school_span_by_context(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Kallaste natten var 4 jan -36 i Naimakka.", "minus trettiosex"),
    ("Planet var en F-16 från Norge.", "F-sexton"),
])
def test_year_guards(text: str, want: str) -> None:
    assert want.lower() in normalize(text).lower()
