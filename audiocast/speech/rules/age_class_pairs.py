"""A sports class for both sexes written as two letters with a slash ("7-manna
P/F 10", "lag i P/F8, P/F9", "F/P12-laget", "H/D 35"): both letters spelled,
"pe eff tio", as a single class already was ("P13" -> "pe tretton"). Before
this the slash was dropped and the capitals were left to the voice ("P F
elva", "P eff tio", "F pe tolv-laget").

Table: ``data/age_class_letters.py``.
"""

from __future__ import annotations

import re

from ..data.age_class_letters import CLASS_LETTERS
from ..data.words import LETTER_NAMES
from ..report import Trace
from .machinery import sub

# Two different class letters with a slash, then a number (an age or a birth
# year) or a hyphenated noun ("F/P-lagen").
_PAIR = re.compile(rf"(?P<a>[{CLASS_LETTERS}])(?<![\w/].)/(?P<b>[{CLASS_LETTERS}])(?=\s?\d|-[a-zåäö])")


def _letters(m: re.Match[str]) -> str | None:
    if m.group("a") == m.group("b"):
        return None
    tail = " " if m.string[m.end():m.end() + 1].isdigit() else ""  # "P/F10" -> "pe eff 10"
    return f"{LETTER_NAMES[m.group('a').lower()]} {LETTER_NAMES[m.group('b').lower()]}{tail}"


def age_class_pairs(text: str, trace: Trace | None = None) -> str:
    """ "P/F 10" -> "pe eff 10" (class "acronym"; the number is said later).

    Risk: two of the capitals P, F, H, D joined by a slash before a number
    or a hyphenated noun are a class for both sexes; another pair so written
    ("H/D 2" meaning height by depth) would be spelled too.
    """
    if "/" not in text:
        return text
    return sub(_PAIR, _letters, text, trace, "acronym")
