"""A number heading a compound after its hyphen ("5-åring" -> "femåring", "1970-talet", "typ 1-diabetes"), read by
``numerals.number_compounds``: joined into one word, or its hyphen kept where the number belongs to the name or the
type before it ("covid-19-vaccinet", "en Falcon 9-raket", "prio 1-larm")."""

from __future__ import annotations

import re

from ..data.name_numbers import FYR_COMPOUND_HEADS
from ..data.nouns import EN_COMPOUND_HEADS, TYPE_NAME_BEFORE
from ..data.quantities import SAID_UNIT_WORDS
from ..numbers import cardinal, ordinal, year
from .machinery import prev_words, say_number, to_int

# Not the second number of a score or range ("2–1-seger", "5–10-åringar"):
# those rules read both numbers and join the compound themselves; nor the
# second of a sum ("2+1-väg" -> "två plus ett-väg": the hyphen stays).
# The lookbehinds stand after the first digit (each widened by that digit:
# the same tests), so re scans fast for a digit instead of trying every position.
COMPOUND = re.compile(
    r"(?P<n>\d(?<![\w,.:]\d)(?<!\d plus \d)(?<!\d gånger \d)(?<!\d[–-]\d)(?<!\d [–-]\d)(?:\d{0,2}(?: \d{3})+|\d*))"
    r"-(?P<w>[a-zåäö]++)(?!-\d)"
)  # "4x4-bil" ("4 gånger 4-bil" by now): a product's end keeps its hyphen, "fyra gånger fyra-bil"; not "2-i-1", nor
# "5-mot-5-spel" (the word possessive: it was "femmo" + "t-5", session 61)

def _decade_head(n: str) -> str:
    """The number before "-tal": "1970" -> "nittonhundrasjuttio", "00" -> "nollnoll"."""
    if to_int(n) in (100, 1000):
        return "hundra" if to_int(n) == 100 else "tusen"
    if " " in n:
        return cardinal(to_int(n))
    if len(n) == 4:
        return year(int(n))
    if n == "00":
        return "nollnoll"
    return cardinal(int(n))


_MEASURE_HEADS = tuple(sorted({form.split()[0] for form in SAID_UNIT_WORDS}))
"""The units' and currencies' first words: a compound's head after a number that counts them ("2000-kronorssedel")."""


_WORD_HYPHEN_BEFORE = re.compile(r"(?:[A-Za-zÅÄÖåäö]{2,}|[A-ZÅÄÖ])-$")  # not "3-i-1-laddare" (a small letter alone)
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][^\W\d]*(?:-[^\W\d]+)* $")  # no digits: "F40 4-takt" is a model and a count
_COUNTED_HEADS = ("år", "tal", "tid", "dag", "dygn", "vecko", "månad", "procent", "faldig", "yard", "mann", *_MEASURE_HEADS)
"""Heads a number before them counts, an age, a decade or a unit ("12-årig", "Steelers 12-yardslinje", "90-kilometers")."""


def _named_before(m: re.Match[str]) -> bool:
    """A name right before the number, not its sentence's first word ("en Falcon 9-raket", "Android 14-användare": the
    writers keep the hyphen in all 8 such rows, session 58; "Volvo 240-ägare"); not before an age or a decade."""
    name = _NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    if name is None or len(name.group(0)) > 8 and name.group(0).rstrip().endswith(("et", "en", "an")):
        return False  # "Vindelälvsdraget 12-hundsklassen": an event's name in its definite form, the number counts
    return m.string[:name.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":", "\n", "”", '"', "–", "(")


def compound(m: re.Match[str]) -> str:
    n, w = m.group("n"), m.group("w")
    if w.startswith("tal"):
        return _decade_head(n) + w
    value = to_int(n)  # "1 000-kronorssedel": a spaced thousand
    if w.startswith("tid") and len(n) == 2 and n[0] == "0":
        return (cardinal(value) + w).replace("ttt", "tt")  # "vid 02-tiden": the hour, "tvåtiden", "ettiden"
    if n == "4" and w.startswith(FYR_COMPOUND_HEADS):
        return "fyr" + w  # "4-takt" -> "fyrtakt", "Honda 4-takt", "4-hjulsdrift": the combining form (data/name_numbers.py)
    if (_WORD_HYPHEN_BEFORE.search(m.string, max(0, m.start() - 30), m.start())  # "covid-19-vaccinet", "B-17-plan"
            or " " not in n and prev_words(m)[-1:] and prev_words(m)[-1] in TYPE_NAME_BEFORE  # "typ 1-diabetes"
            or " " not in n and not w.startswith(_COUNTED_HEADS) and _named_before(m)):  # "Falcon 9-raket"
        return f"{say_number(n, 'ett')}-{w}"  # a name's number or a type's heading a compound keeps its hyphen
    if w.startswith("klassar") and 0 < value <= 12:  # "7-klassare" -> "sjundeklassare": the school year's ordinal
        return ordinal(value) + w
    if len(n) == 4 and 1800 <= value < 2100 and not w.startswith(_MEASURE_HEADS):
        return year(value) + w  # "1999-turnén", "2010-säsongen": a year heading a compound; "2000-kronorssedeln" counts
    gender = "en" if value % 10 == 1 and w.startswith(EN_COMPOUND_HEADS) else "ett"
    head = say_number(n, gender)
    if head.endswith(w[0]) and len(head) > 1 and head[-2] == w[0]:
        return head + w[1:]
    return head + w
