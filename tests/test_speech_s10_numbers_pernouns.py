"""Session 10, S1 (a bare number per a noun): "släppt in 2,94/match" lost its slash ("två komma
nittiofyra match"); a bare number, a slash and a noun of rate_words.PER_NOUNS is a count per that
noun ("... per match"). rates.rates. Sentences written after the fix. Guards: a unit before the
slash, a fraction, "24/7", a date.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Anfallaren har snittat 0,8/match sedan i höstas.", "noll komma åtta per match"),
    ("Avgiften blir 350/person för hela helgen.", "trehundrafemtio per person"),
    ("Kommunen räknar med 1 500/år i inflyttning.", "tusenfemhundra per år"),
    ("I snitt 2,3/hushåll, enligt SCB.", "två komma tre per hushåll"),
])
def test_number_per_noun(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Han snittar 1,4 poäng/match i år.", "poäng per match"),
    ("Drygt 2/3 av eleverna klarade provet.", "två tredjedelar"),
    ("Jouren är öppen 24/7.", "tjugofyra sju"),  # said as written since session 58 (the writers' own readings: 35 of 36 such rows)
    ("Kursen startar 3/9 i Folkets hus.", "tredje september"),
])
def test_number_per_noun_guards(text: str, want: str) -> None:
    assert want in normalize(text)


# "pers" after a number without its period ("Till 4 pers:" was "fyra pers"); quantities' units.
# Written after the fix, with a guard ("nytt pers", a best).
@pytest.mark.parametrize(("text", "want"), [
    ("Lasagne, 6 pers: 500 g färs, 2 burkar tomater.", "sex personer:"),
    ("Stugan rymmer 8 pers och har bastu.", "åtta personer och"),
    ("Middag för 2 pers kostar 795 kr.", "två personer"),
    ("Hon satte nytt pers med 6,45 i längd.", "nytt pers med"),
])
def test_persons_after_a_number(text: str, want: str) -> None:
    assert want in normalize(text)
