"""A sports class for both sexes written as two letters with a slash ("7-manna
P/F 10", "lag i P/F8, P/F9", "F/P12-laget", "H/D 35"): both letters spelled,
"pe eff tio", as a single class already was ("P13" -> "pe tretton"). Before
this the slash was dropped and the capitals were left to the voice ("P F
elva", "P eff tio", "F pe tolv-laget").

Table: ``data/age_class_letters.py``.
"""

from __future__ import annotations

import re

from ..data.age_class_letters import CLASS_LETTERS, CLASS_WORDS
from ..data.words import LETTER_NAMES
from ..report import Trace
from .machinery import sub

# Two different class letters with a slash, then a number (an age or a birth
# year) or a hyphenated noun ("F/P-lagen").
_PAIR = re.compile(rf"(?P<a>[{CLASS_LETTERS}])(?<![\w/].)/(?P<b>[{CLASS_LETTERS}])(?=\s?\d|-[a-zåäö])")


# An age in years after the pair: "F/P 7–9 år", "P/F 10 år".
_AGES_AFTER = re.compile(r"\s?\d{1,2}(?:\s?[–-]\s?\d{1,2})?\s?år\b")


def _letters(m: re.Match[str]) -> str | None:
    if m.group("a") == m.group("b"):
        return None
    if _AGES_AFTER.match(m.string, m.end()):
        return f"{CLASS_WORDS[m.group('a')]} och {CLASS_WORDS[m.group('b')]} "  # "F/P 7–9 år": the children of those ages
    tail = " " if m.string[m.end():m.end() + 1].isdigit() else ""  # "P/F10" -> "pe eff 10"
    return f"{LETTER_NAMES[m.group('a').lower()]} {LETTER_NAMES[m.group('b').lower()]}{tail}"


def age_class_pairs(text: str, trace: Trace | None = None) -> str:
    """ "P/F 10" -> "pe eff 10" (class "acronym"; the number is said later); before an age in years the groups
    in full: "F/P 7–9 år" -> "flickor och pojkar 7–9 år" (CLASS_WORDS).

    Risk: two of the capitals P, F, H, D joined by a slash before a number
    or a hyphenated noun are a class for both sexes; another pair so written
    ("H/D 2" meaning height by depth) would be spelled too.
    """
    if "/" not in text:
        return text
    return sub(_PAIR, _letters, text, trace, "acronym")
