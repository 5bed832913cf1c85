""""f." (född) agreeing with the several people it is said of ("för barn f. 2015–2017" -> "för barn födda
tjugohundrafemton till tjugohundrasjutton"): "f." before a year after a plural noun of people
(``data/born_words.py``: "barn", "spelare", "flickor") is "födda", read before ``notices.born`` says the others
"född". A "född" written out is left as its writer wrote it ("för ungdomar född 2008–2009").

Risk: a plural noun of people before one person's "f." ("hennes barn f. 2019" meaning one child) gets "födda".
"""

from __future__ import annotations

import re

from ..data.born_words import BORN_PLURAL_BEFORE
from ..report import Trace
from .machinery import prev_words, sub

# "barn f. 2015–2017", "spelare f. 2011": "f." between a plural noun of people and a year (still digits).
_BORN = re.compile(r"(?<![\w.-])f\.(?= (?:19|20)\d\d(?!\d))")


def _plural(m: re.Match[str]) -> str | None:
    before = prev_words(m, 1)
    return "födda" if before and before[-1].lower() in BORN_PLURAL_BEFORE else None


def born_plurals(text: str, trace: Trace | None = None) -> str:
    """ "barn f. 2015–2017" -> "barn födda 2015–2017", "spelare f. 2011" -> "spelare födda 2011" (class
    "abbreviation"); "Anna Ek, f. 1950" is left to ``born`` ("född").

    Risk: one child after a plural noun ("hennes barn f. 2019") is said "födda".
    """
    if "f. " not in text:
        return text
    return sub(_BORN, _plural, text, trace, "abbreviation")
