"""Amounts in a company's report whose currency stands apart from the figure:
"Omsättningen ökade till 183,4 (162,9) MSEK" -> "... (hundrasextiotvå komma
nio) miljoner kronor". Called by ``quantities.money`` before the amounts.
"""

from __future__ import annotations

import re

from ..data.quantities import CURRENCIES, SCALED_CURRENCIES
from ..report import Trace
from .machinery import alternation, sub

# A scaled currency right after last year's figure in brackets: "12,7 (–3,1) MSEK".
_SCALED_AFTER_BRACKET = re.compile(rf"(?<=\d\))\s?(?P<cur>{alternation(list(SCALED_CURRENCIES))})(?![\w])")
_SCALE_WORDS = {1000: "tusen", 10**6: "miljoner", 10**9: "miljarder"}


def _said(m: re.Match[str]) -> str:
    factor, code = SCALED_CURRENCIES[m.group("cur")]
    unit = CURRENCIES[code][1] if code in CURRENCIES else "kronor"
    return f" {_SCALE_WORDS[factor]} {unit}"


def scale_after_bracket(text: str, trace: Trace | None = None) -> str:
    """A scaled currency after a figure in brackets that follows an amount
    ("183,4 (162,9) MSEK", "45 (38) Mkr") is said in words after the
    bracket, "miljoner kronor", both figures in that unit (class "money").
    Risk: a bracket closing on a digit before a scaled currency that is not
    last year's figure ("(bild 2) Mkr") is read the same; such text is rare."""
    return sub(_SCALED_AFTER_BRACKET, _said, text, trace, "money")

