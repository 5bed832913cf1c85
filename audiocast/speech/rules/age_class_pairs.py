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
from ..numbers import year
from ..report import Trace
from .machinery import sub

# Two different class letters with a slash, then a number (an age or a birth
# year) or a hyphenated noun ("F/P-lagen").
_PAIR = re.compile(rf"(?P<a>[{CLASS_LETTERS}])(?<![\w/].)/(?P<b>[{CLASS_LETTERS}])(?=\s?\d|-[a-zåäö])")


# An age in years after the pair: "F/P 7–9 år", "P/F 10 år".
_AGES_AFTER = re.compile(r"\s?\d{1,2}(?:\s?[–-]\s?\d{1,2})?\s?år\b")
_SIZE_BEFORE = re.compile(r"(?i)\b(?:storlek|strl\.?|stl\.?)\s$")  # "storlek P/F 12": a garment's size, the letters
# A class's age or birth year as a word of its own, no compound's head after it ("P/F 10", "P/F8,"; not "F/P12-laget").
_CLASS_NUMBER_AFTER = re.compile(r"\s?\d{1,4}(?:-\d{1,4})?(?![\w-]|[.,]\d)")  # a span of classes too ("H/D 10–80", s64)


def _letters(m: re.Match[str]) -> str | None:
    if m.group("a") == m.group("b"):
        return None
    if _AGES_AFTER.match(m.string, m.end()) or _CLASS_NUMBER_AFTER.match(m.string, m.end()) and not _SIZE_BEFORE.search(
            m.string, max(0, m.start() - 12), m.start()):
        # "F/P 7–9 år": the children of those ages; "från F/P 9 till F/P 16": the classes, in words as the writers
        # said them (5 rows accept the words, 2 the letters, none the letters alone; session 60)
        return f"{CLASS_WORDS[m.group('a')]} och {CLASS_WORDS[m.group('b')]} "
    tail = " " if m.string[m.end():m.end() + 1].isdigit() else ""  # "F/P12-laget" -> "eff pe 12-laget"
    return f"{LETTER_NAMES[m.group('a').lower()]} {LETTER_NAMES[m.group('b').lower()]}{tail}"


# A class letter glued to a birth year ("ledare för P2014 och F2015", session 64: it was said digit by digit): the
# letter spelled and the year said as a year, in a line about a club's teams.
# (the letter first, its lookbehind after it: re scans for the letters fast)
_BIRTH_YEAR_CLASS = re.compile(rf"(?P<l>[{CLASS_LETTERS}])(?<![\w/-].)(?P<y>(?:19[4-9]|20[0-3])\d)(?![\w-]|[.,]\d)")
_CLUB_LINE = re.compile(r"(?i)\b(?:lag|lagen|laget|ledare|ledaren|tränare|spelare|förening|klubb|serie|cup|match|"
                        r"träning|träningar|ungdom)\w*")


def age_class_pairs(text: str, trace: Trace | None = None) -> str:
    """ "P/F 10" -> "pojkar och flickor 10" (class "acronym"; the number is said later), the groups in full
    (CLASS_WORDS), as before an age in years: "F/P 7–9 år" -> "flickor och pojkar 7–9 år"; a compound's head keeps the
    letters: "F/P12-laget" -> "eff pe tolvlaget". A class letter glued to a birth year in a line about a club's teams
    is the letter and the year: "ledare för P2014" -> "pe tvåtusenfjorton".

    Risk: two of the capitals P, F, H, D joined by a slash before a number
    or a hyphenated noun are a class for both sexes; another pair so written
    ("H/D 2" meaning height by depth) would be spelled too; a code of such a letter and a year's digits in a line
    that speaks of a team or a club ("F2015" a product's code) is read as a class.
    """
    if _BIRTH_YEAR_CLASS.search(text) and _CLUB_LINE.search(text):  # "P2014": "pe tvåtusenfjorton"
        text = sub(_BIRTH_YEAR_CLASS, lambda m: f"{LETTER_NAMES[m.group('l').lower()]} {year(int(m.group('y')))}", text,
                   trace, "acronym")
    if "/" not in text:
        return text
    return sub(_PAIR, _letters, text, trace, "acronym")
