"""Raised digits: an isotope written with its mass number raised before the element's symbol ("¹⁴C-daterade", "¹³⁷Cs"): the element's
Swedish name and the number, as a science reporter says it ("kol fjorton-daterade", "cesium hundratrettiosju"). The
raised digits were left to the voice, which has no reading for them (session 41, normalize141).

A power written with raised digits after a number ("4,2 × 10⁶ bakterier", "10⁻³ mol"): "tio upphöjt till sex",
"tio upphöjt till minus tre" (session 47, normalize167: the raised digits were left to the voice).

Risk: none seen: raised digits before a capital and the symbol's small letter are no footnote (a footnote's mark
stands after a word); raised digits after a number are its power, never a footnote's mark (a year's footnote,
"2023¹", would be read as a power).
"""

from __future__ import annotations

import re

from ..data.quantities import UNITS_OF_MEASURE
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, sub

ELEMENTS = {
    "H": "väte", "C": "kol", "N": "kväve", "O": "syre", "K": "kalium", "I": "jod", "Cs": "cesium", "Sr": "strontium",
    "U": "uran", "Pu": "plutonium", "Rn": "radon", "Ra": "radium", "Co": "kobolt", "Tc": "teknetium", "F": "fluor",
    "P": "fosfor", "S": "svavel", "Ar": "argon", "Pb": "bly", "Th": "torium", "Am": "americium",
}
"""The elements whose isotopes the news names, by symbol."""
_RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = str.maketrans(_RAISED, "0123456789")
_POWER = re.compile(rf"(?<=\d)(?!(?:²|³)(?![{_RAISED}]))(?P<minus>⁻)?(?P<n>[{_RAISED}]{{1,3}})(?![\w{_RAISED}])"
                    rf"(?:\s(?P<u>{alternation(list(UNITS_OF_MEASURE))})(?![\w/²³]))?")
"""(a square or a cube alone, "5²", is the unit rules' "i kvadrat", "i kubik"); a unit after the power is said in its
plural ("2,2 × 10⁻²⁵ kg" -> "... upphöjt till minus tjugofem kilo": the unit rules read a unit after digits, and the
power's words are none; session 56, normalize294)"""


def _power(m: re.Match[str]) -> str:
    said = f" upphöjt till {'minus ' if m.group('minus') else ''}{cardinal(int(m.group('n').translate(_DIGITS)))}"
    return f"{said} {UNITS_OF_MEASURE[m.group('u')][1]}" if m.group("u") else said
_ANY_RAISED = re.compile(f"[{_RAISED}]")
_ISOTOPE = re.compile(rf"(?<![\w{_RAISED}])(?P<n>[{_RAISED}]{{1,3}})(?P<e>{alternation(list(ELEMENTS))})(?![a-zåäö])")


def isotopes(text: str, trace: Trace | None = None) -> str:
    """ "¹⁴C" -> "kol fjorton", "¹³⁷Cs" -> "cesium hundratrettiosju", "10⁶" -> "10 upphöjt till sex" (class
    "symbol"; the module's docstring).

    Risk: see the module's docstring."""
    if _ANY_RAISED.search(text) is None:  # (one C-level scan, not a Python loop of "in")
        return text
    text = sub(_POWER, _power, text, trace, "symbol")
    return sub(_ISOTOPE, lambda m: f"{ELEMENTS[m.group('e')]} {cardinal(int(m.group('n').translate(_DIGITS)))}",
               text, trace, "symbol")

