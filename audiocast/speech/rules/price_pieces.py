"""A price of one piece written "st" without its stop after the currency
(session 19, the everyday paper's classifieds and notices): "ägg 4 kr st,
45 kr/flak" -> "fyra kronor styck, ...", "Lotter 20 kr st / 5 st för 80",
"30 kr st eller 3 för 80 kr". (With its stop, "200 kr st.", the
abbreviations read it; without one only at a line's end.)
"""

from __future__ import annotations

import re

from ..report import Trace
from .machinery import sub

# "kronor st" (the money said by now), before a comma, a slash, a word or the end.
_PIECE = re.compile(r"(?P<c>\b(?:kronor|euro|dollar) )st(?![\wåäö.:-])")


def price_pieces(text: str, trace: Trace | None = None) -> str:
    """"st" right after a price's currency is "styck": "4 kr st, 45 kr/flak"
    -> "fyra kronor styck, ...".

    Risk: a word "st" after a currency that is no piece (none known: a
    saint is written "S:t" or "St." with a capital).
    """
    if " st" not in text or ("kronor st" not in text and "euro st" not in text and "dollar st" not in text):
        return text
    return sub(_PIECE, lambda m: m.group("c") + "styck", text, trace, "abbreviation")
