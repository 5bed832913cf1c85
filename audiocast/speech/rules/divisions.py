"""A slash set off by spaces before a number in a formula ("0,5392 × prisbasbeloppet / 12"): division, "delat
med" (session 63, normalize467: it was a pause, "prisbasbeloppet, tolv").
"""

from __future__ import annotations

import re

from ..report import Trace
from .machinery import sub

# A spaced slash before a number, with a sign of arithmetic earlier in its clause (a bracket or a sentence): a product
# or sum said by now ("gånger", "plus", "minus"), a sign not yet said ("×", "*", "+", "="), or another spaced slash of the formula.
_DIVIDED = re.compile(r"(?<=[\w)]) / (?=[\d(])")
_FORMULA_BEFORE = re.compile(r"(?:\s(?:gånger|plus|minus)\s|[×*+=]|\d /\s)[^.;:!?(]*$")


def _division(m: re.Match[str]) -> str | None:
    clause_start = max(m.string.rfind("(", 0, m.start()), m.string.rfind(". ", 0, m.start()), 0)
    return " delat med " if _FORMULA_BEFORE.search(m.string, clause_start, m.start()) else None


def divisions(text: str, trace: Trace | None = None) -> str:
    """ "(0,5392 × prisbasbeloppet / 12)" -> "(0,5392 gånger prisbasbeloppet delat med 12)": a slash between spaces
    before a number, after a product or a sum in its clause, divides (class "symbol").

    Risk: a spaced slash before a number with a sign of arithmetic earlier in its bracket or sentence is read as
    division; two shifts written "06–14.30 / 14.30–23" hold none and keep their pause.
    """
    if " / " not in text:
        return text
    return sub(_DIVIDED, _division, text, trace, "symbol")
