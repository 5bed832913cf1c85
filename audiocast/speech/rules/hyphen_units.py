"""A unit's short form between two hyphens, a number before it and a noun
after ("87-kg-klassen", "5-km-loppet", "2-min-utvisning", "500-Wh-batteri"):
written as the compound "87 kg-klassen" is, the first hyphen only a joint.
The first hyphen is made a space so the units' compound rules read it
("åttiosju kilos klassen", "femkilometersloppet"); the units are those
tables' (``data/quantities.py``: CLOSED_COMPOUND_UNITS, GENITIVE_COMPOUND_UNITS,
GENITIVE_PLURAL_COMPOUND_UNITS).
"""

from __future__ import annotations

import re

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
    """ "i 87-kg-klassen" -> "i 87 kg-klassen" (then "åttiosju kilos klassen"),
    "5-km-loppet" -> "5 km-loppet" ("femkilometersloppet"), "en 2-min-utvisning"
    -> "tvåminutersutvisning" (class "unit"): a unit between hyphens after a
    number is the compound's middle part, the units' rule reads it once the
    first hyphen is a space. It was "åttiosjukg-klassen", the unit unread.

    Risk: a code with a number, a hyphen and letters of a unit before a
    hyphenated word ("E4-m-..." has a letter first and is left); a range
    ("3-5-kg-påse") is left to the units as written."""
    if not _GATE.search(text):
        return text
    return sub(_HYPHEN_UNIT, lambda m: f"{m.group('n')} {m.group('u')}-", text, trace, "unit")
