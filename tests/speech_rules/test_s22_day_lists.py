"""Session 22: day ranges listed before one month's name are ranges of that month's days (``rules/day_lists.py``).

Written after the fix, with other months, words and list shapes than the page it was found on; guards: a score before
a date range, a falling pair, a range that is no list before a month.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Loppisen har öppet helgerna 4–5 och 11–12 oktober.", "fjärde till femte och elfte till tolfte oktober"),
        ("Kursen går 2–3, 9–10 samt 16–17 februari.", "andra till tredje, nionde till tionde samt sextonde till "
                                                      "sjuttonde februari"),
        ("Vägen stängs 21–22 eller 28–29 sep. beroende på vädret.", "tjugoförsta till tjugoandra eller tjugoåttonde"),
    ],
)
def test_ranges_listed_before_a_month_are_days(text: str, spoken: str) -> None:
    assert spoken in normalize(text)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Hemmalaget vann 4–1 och 12–13 april spelas nästa omgång.", "fyra mot ett och tolfte till trettonde april"),
        ("Barnen i årskurs 4–6 och 7–9 har lov 20–24 oktober.", "fyra till sex och sju till nio har lov"),
    ],
)
def test_other_pairs_before_a_date_keep_their_reading(text: str, spoken: str) -> None:
    assert spoken in normalize(text)
