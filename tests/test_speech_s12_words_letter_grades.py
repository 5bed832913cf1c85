"""Session 12, S5: a letter with plus or minus signs after it, said as a grade or a class
(rules/letter_grades.py; "B+" was "be+", "A++" and "A-" were left as written). Sentences written after the
fix, with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Tvättmaskinen är märkt med energiklass A+++ och drar lite.", "energiklass a plus plus plus och"),
    ("Uppsatsen fick C+ av läraren.", "fick ce plus av"),
    ("Eleven fick betyget B- i historia.", "betyget be minus i"),
    ("Blodgivare med blodgrupp AB+ behövs nu.", "blodgrupp a be plus behövs"),
    ("Hon programmerar i C++ på jobbet.", "i ce plus plus på"),
])
def test_letter_grades(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Både A- och B-laget spelar i helgen.", "a- och be-laget"),  # a compound's hyphen, no grade word before: no
    # "minus" (since session 32 the first letter is said too)
    ("Körkort med behörighet A+B krävs.", "a plus be"),  # the letter pairs' reading
    ("Serien finns på Disney+ och Viaplay.", "Disney plus och"),  # a name's plus as before
])
def test_letter_grades_guards(text: str, want: str) -> None:
    assert want in normalize(text)
