""""född" agreeing with the several people it is said of ("för barn f. 2015–2017" -> "för barn födda tjugohundrafemton
till tjugohundrasjutton"): after ``words.born`` has said "f." as "född", the plural "födda" before a span of birth
years (several people, born over several years) or after a plural noun of people (``data/born_words.py``: "barn",
"spelare", "flickor").

Risk: one person's years of life written with a dash after "f." ("f. 1496–1560") are read as a span of births;
"lag född 2012" (a team of one year) gets "födda" too, as the team's players are meant.
"""

from __future__ import annotations

import re

from ..data.born_words import BORN_PLURAL_BEFORE
from ..report import Trace
from .machinery import prev_words, sub

# "född 2015–2017", "född 2015-17": a span of birth years after "född" (the years still digits).
_BORN = re.compile(r"(?<![\w-])(?P<b>[Ff])ödd(?= (?:19|20)\d\d\s?[–-]\s?(?:(?:19|20)?\d\d)(?!\d))|(?<![\w-])(?P<c>[Ff])ödd(?= [\d(])")


def _plural(m: re.Match[str]) -> str | None:
    if m.group("b"):
        return m.group("b") + "ödda"
    return m.group("c") + "ödda" if prev_words(m, 1)[-1:] and prev_words(m, 1)[-1].lower() in BORN_PLURAL_BEFORE else None


def born_plurals(text: str, trace: Trace | None = None) -> str:
    """ "barn född 2015–2017" -> "barn födda 2015–2017", "spelare född 2011" -> "spelare födda 2011" (class
    "abbreviation"); "Anna Ek, född 1950" stays."""
    if "ödd " not in text:
        return text
    return sub(_BORN, _plural, text, trace, "abbreviation")
