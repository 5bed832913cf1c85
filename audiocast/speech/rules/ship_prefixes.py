"""A ship's name after its short form with a slash ("m/s Falkö", "s/s
Trafik", "M/T Sofia"): the two letters are spelled, "emm ess Falkö", as the
capitals already were. Before this a small "m/s" lost its slash to a pause
("m s Falkö") and "M/T" stayed two capitals.

Table: ``data/ship_letters.py``.
"""

from __future__ import annotations

import re

from ..data.ship_letters import SHIP_FIRST, SHIP_SECOND
from ..data.words import LETTER_NAMES
from ..report import Trace
from .machinery import sub

# Not after a number ("9 m/s Från" is a wind), and a capital word after it (the name).
_SHIP = re.compile(  # (the letter first and the lookbehinds after it: a fast scan)
    rf"(?P<a>[{SHIP_FIRST}])(?<![\w/.,].)(?<!\d .)/(?P<b>[{SHIP_SECOND}])(?=\s+[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ])"
)


def _letters(m: re.Match[str]) -> str:
    return f"{LETTER_NAMES[m.group('a').lower()]} {LETTER_NAMES[m.group('b').lower()]}"


def ship_prefixes(text: str, trace: Trace | None = None) -> str:
    """ "m/s Birka" -> "emm ess Birka" (class "abbreviation").

    Risk: "m/s", "s/s", "m/y", "m/t", "m/f" (any case) not after a number
    and before a capitalised word is a ship's prefix; a speed in metres per
    second with its number far before ("9 m/s Sedan") stays a unit only when
    the number is right before it.
    """
    if "/" not in text:
        return text
    return sub(_SHIP, _letters, text, trace, "abbreviation")
