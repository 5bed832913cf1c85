"""The written number words an author uses for a small count ("två", "tio",
"tjugofem", "hundra", "tusen") with their values, built from the speech's own
number words (``speech/numbers.cardinal``; the word tables themselves are in ``number_words.py``) so that both agree. Read by
``rules/word_ranges.py`` ("fem–sex centimeter").
"""

from __future__ import annotations

from ..numbers import cardinal


def _values() -> dict[str, int]:
    values: dict[str, int] = {"en": 1, "ett": 1, "etthundra": 100, "ettusen": 1000}
    for n in list(range(0, 101)) + list(range(200, 1001, 100)) + list(range(2000, 10001, 1000)):
        values[cardinal(n)] = n
    for n in range(21, 100):  # "tjugoen", "trettioen" (the common gender)
        values.setdefault(cardinal(n, "en"), n)
    return values


NUMBER_WORD_VALUES: dict[str, int] = _values()
"""A number word as written (lowercase) -> its value: 0 to 100, the hundreds
and the thousands to ten thousand."""

DEGREE_WORD_VALUES: dict[str, int] = {
    f"{stem}{end}": value
    for stem, value in (("låg", 1), ("svag", 1), ("lätt", 1), ("måttlig", 2), ("medelhög", 2), ("frisk", 3),
                        ("hög", 3), ("kraftig", 3), ("stark", 3), ("hård", 4))
    for end in ("", "t", "a")
} | {"högt": 3, "lätta": 1}
"""Words of a degree on a forecast's or a risk's scale ("pollenhalt: björk måttlig–hög", "vind svag–måttlig",
"risk låg–medelhög") with their rank: two joined by a dash, the lower first, are a range, "till" (session 54)."""

ROUTE_NOUNS = frozenset("sträckan sträckorna restiden restid resan tågresan bilresan bussresan flygresan".split())
"""Nouns of a journey before two places joined by a dash: the dash is "till" ("Restiden Västerhaninge–Stockholm C":
"Västerhaninge till Stockholm C"; session 57: after "sträckan", "restiden" and "resan" the writers' readings accept
"till" in 17 of 25 rows, the silent dash in 10). Elsewhere two places' dash stays silent (a match, "Nybro–Lindsdal")."""
