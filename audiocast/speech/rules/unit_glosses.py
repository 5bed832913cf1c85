"""A unit's short form in brackets right after its own name ("12
distansminuter (nm)", "40 kilometer (km)"): a gloss for the reader, not said
(it was "tolv distansminuter (nm)", the letters left as written). The table is
UNIT_GLOSSES in ``speech/data/gloss_words.py``. Also a unit's short form that
is a unit only in its trade's sentences (``domain_units``: "40 000 pe" at a
sewage works, DOMAIN_UNITS).
"""

from __future__ import annotations

import re

from ..data.gloss_words import DOMAIN_UNITS, UNIT_GLOSSES
from ..report import Trace
from .machinery import alternation, sub

_GLOSS = re.compile(rf"(?<=[a-zåäö])\s\((?P<u>{alternation(UNIT_GLOSSES)})\)(?![\w(])")
_WORD_BEFORE = re.compile(r"(\w+)$")


def _gloss(m: re.Match[str]) -> str | None:
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    if before is None or not before.group(1).lower().startswith(UNIT_GLOSSES[m.group("u")]):
        return None  # "vid Ölands udde (nm)": no name of the unit before it
    return ""


def unit_glosses(text: str, trace: Trace | None = None) -> str:
    """ "Sträckan är 12 distansminuter (nm)" -> "Sträckan är 12
    distansminuter", "ca 40 kilometer (km)" -> "ca 40 kilometer" (class
    "unit"): a unit's short form in brackets right after a word naming that
    unit (UNIT_GLOSSES) is not said.

    Risk: a bracket that says something else with the same letters after
    such a word (none seen) is dropped."""
    if " (" not in text:
        return text
    return sub(_GLOSS, _gloss, text, trace, "unit")


# a number, then the trade's short form ("40 000 pe", "1 200 PE")
_DOMAIN_UNIT = re.compile(rf"(?<![\w,.])(?P<n>\d{{1,3}}(?:[ \u00a0]\d{{3}})*|\d+)\s(?P<u>{alternation(DOMAIN_UNITS)})(?![\w-])")
_DOMAIN_HINT = re.compile(rf"\d\s(?:{alternation(DOMAIN_UNITS)})\b")
_WORD = re.compile(r"[\w-]+")


def _domain_unit(m: re.Match[str]) -> str | None:
    one, many, trade = DOMAIN_UNITS[m.group("u")]
    if not trade.intersection(_WORD.findall(m.string.lower())):
        return None
    return f"{m.group('n')} {one if m.group('n') == '1' else many}"


def domain_units(text: str, trace: Trace | None = None) -> str:
    """ "motsvarande 40 000 pe" in a sentence about a sewage works ->
    "40 000 personekvivalenter" (class "unit"): a short form that is a unit
    only in its trade's sentences (DOMAIN_UNITS) is said as the unit when
    the sentence holds one of the trade's words (it was "pe", spelled).

    Risk: the same letters after a number in such a sentence that are no
    unit ("grupp 3 pe") are read as the unit."""
    if not _DOMAIN_HINT.search(text):
        return text
    return sub(_DOMAIN_UNIT, _domain_unit, text, trace, "unit")
