"""A unit written with its power sign ("m³", "km²") where no count stands right before it (session 30, blind set
normalize92: "1 stjälpt m³ för 850 kr", a measure word between the count and the unit; "priset per m² har stigit").

``units`` reads a unit after its number; the power sign makes the unit certain wherever it stands (no word of Swedish is
written so), so what is left after the number rules is said as its name. Run after ``units`` and ``per_units``: a count
with its unit ("45 m²") is theirs, in its number's form.

A power sign after a number with no unit is the number squared or cubed: "3 × 4²" -> "tre gånger fyra i kvadrat"
(session 32).

Risk: none seen; a power sign after another letter ("x²" in a formula) is left as written.
"""

from __future__ import annotations

import re

from ..data.quantities import UNITS_OF_MEASURE
from ..report import Trace
from .machinery import sub

_SYMBOL = re.compile(r"(?<![\w²³])(?P<u>[kcdm]?m[²³])(?![\w²³])")
UNIT_SYMBOLS = {u: one for u, (one, _, _) in UNITS_OF_MEASURE.items() if _SYMBOL.fullmatch(u)}
"""The units with a power sign in the unit table (``data/quantities.UNITS_OF_MEASURE``), by the name said for them."""


def unit_symbols(text: str, trace: Trace | None = None) -> str:
    """ "en stjälpt m³" -> "en stjälpt kubikmeter", "per m²" -> "per kvadratmeter" (module docstring).

    Risk: a power sign after another letter ("x²") is left as written; a count right before the unit is the unit rules'.
    """
    if "²" not in text and "³" not in text:
        return text
    text = sub(_POWER, lambda m: " i kvadrat" if m.group(1) == "²" else " i kubik", text, trace, "power")
    return sub(_SYMBOL, lambda m: UNIT_SYMBOLS.get(m.group("u")), text, trace, "unit")


_POWER = re.compile(r"(?<=\d)([²³])(?![\w²³])")
"""A power sign right after a number, no unit ("3 × 4²" was "tre gånger fyra ²", session 32); a count with its unit
("45 m²") is the unit rules' and read before."""
