"""Session 22: how a goal came, named after the score it made, makes the pair a score (``data/sport.py`` SCORE_AFTER).

"Oskar Brandt ökade till 0–2 i powerplay" was read as a range ("noll till två"): "ökade" is a word of any change (prices,
counts), so it is no score word, and the sport words of the sentence stood more than six words before. A range counts
something; "i powerplay", "i tom bur", "på straff", "på övertid" name the goal's situation and count nothing (a falling pair or a tie was a score already). Found
reading an opened page's spoken script aloud. Written after the fix, in other sports and wordings; guards: a range with
its unit, and a change verb before a range of a counted noun.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Efter en lång passning från Lindgren ökade Ek till 1–3 i numerärt överläge.", "ett mot tre i numerärt överläge"),
        ("Lagkaptenen Sofia Berg gick fram och satte 0-2 på straff.", "noll mot två på straff"),
        ("Med en minut kvar och målvakten utbytt stängde Olsson matchen med 2–4 i tom bur.", "två mot fyra i tom bur"),
        ("När alla räknat med förlängning dök Amir Haddad upp och nickade in 1–2 på övertid.", "ett mot två på övertid"),
        ("Efter en retur från Nyberg gick bortalaget upp till 1–3 i tilläggstid.", "ett mot tre i tilläggstid"),
    ],
)
def test_the_goals_situation_after_the_pair_makes_it_a_score(text: str, spoken: str) -> None:
    assert spoken in normalize(text)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Priset på pellets ökade till 3–4 kronor per kilo i vintras.", "tre till fyra kronor"),
        ("Antalet besökare ökade till 20–30 personer per kväll.", "tjugo till trettio personer"),
    ],
)
def test_a_change_to_a_range_stays_a_range(text: str, spoken: str) -> None:
    assert spoken in normalize(text)
