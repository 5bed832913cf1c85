"""A unit's short form between two hyphens, a number before it and a noun
after ("500-Wh-batteri", "150-hk-motorn", "1,5-l-flaskan"; a whole number before a
length, a time or a weight, "87-kg-klassen", is ``count_compounds``' one word):
written as the compound "500 Wh-batteri" is, the first hyphen only a joint.
The first hyphen is made a space so the units' compound rules read it
("femhundra wattimmars batteri"); the units are those
tables' (``data/quantities.py``: CLOSED_COMPOUND_UNITS, GENITIVE_COMPOUND_UNITS,
GENITIVE_PLURAL_COMPOUND_UNITS).
"""

from __future__ import annotations

import re

from ..data.count_compound_words import HYPHENED_UNIT_GENITIVES
from ..data.quantities import CLOSED_COMPOUND_UNITS, GENITIVE_COMPOUND_UNITS, GENITIVE_PLURAL_COMPOUND_UNITS
from ..report import Trace
from .machinery import START, alternation, sub

_UNIT_NAMES = set(CLOSED_COMPOUND_UNITS) | GENITIVE_COMPOUND_UNITS | GENITIVE_PLURAL_COMPOUND_UNITS
# "87-kg-klassen": a number (not a range's second number, not a code's part), a hyphen, the unit, a hyphen and
# a word in small letters of three or more.
_HYPHEN_UNIT = re.compile(
    rf"{START}(?<![–-])(?P<n>\d+(?:,\d+)?)-(?P<u>{alternation(_UNIT_NAMES)})-(?=[a-zåäö]{{3,}})"
)
_GATE = re.compile(r"\d-[A-Za-zµ]")  # a digit, a hyphen and a letter: the only place it can start


def hyphen_units(text: str, trace: Trace | None = None) -> str:
    """ "ett 500-Wh-batteri" -> "ett 500 Wh-batteri" (then "femhundra
    wattimmars batteri"), "en 150-hk-motor", "i 1,5-l-flaskan" (class "unit"): a unit between hyphens after a
    number is the compound's middle part, the units' rule reads it once the
    first hyphen is a space. It was "femhundraWh-batteri", the unit unread. A whole number of up to
    four digits before a unit of ``count_compound_words.HYPHENED_UNIT_GENITIVES``
    ("87-kg-klassen", "5-km-loppet") is left to ``count_compounds``.

    Risk: a code with a number, a hyphen and letters of a unit before a
    hyphenated word ("E4-m-..." has a letter first and is left); a range
    ("3-5-kg-påse") is left to the units as written."""
    if "-" not in text or not _GATE.search(text):  # (the hyphen by "in" first: most lines hold none)
        return text
    return sub(_HYPHEN_UNIT, _spaced, text, trace, "unit")


def _spaced(m: re.Match[str]) -> str | None:
    if m.group("u") in HYPHENED_UNIT_GENITIVES and re.fullmatch(r"\d{1,4}", m.group("n")):
        return None  # "87-kg-klassen": one word, ``count_compounds``' ("åttiosjukilosklassen")
    return f"{m.group('n')} {m.group('u')}-"
