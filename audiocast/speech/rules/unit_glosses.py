"""A unit's short form in brackets right after its own name ("12
distansminuter (nm)", "40 kilometer (km)"): a gloss for the reader, not said
(it was "tolv distansminuter (nm)", the letters left as written). The table is
UNIT_GLOSSES in ``speech/data/gloss_words.py``.
"""

from __future__ import annotations

import re

from ..data.gloss_words import UNIT_GLOSSES
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
