"""Words for ``rules/count_compounds.py``: a unit's genitive inside a compound written with two hyphens
("87-kg-klassen")."""

from __future__ import annotations

from .quantities import CLOSED_COMPOUND_UNITS

# A unit written short between a whole number and a noun, each joined by a hyphen ("60-kg-klassen",
# "10-km-loppet", "500-g-förpackning"): one word, the unit in the genitive ("sextiokilosklassen").
HYPHENED_UNIT_GENITIVES: dict[str, str] = {
    **CLOSED_COMPOUND_UNITS,
    "kg": "kilos", "hg": "hektos", "g": "grams", "l": "liters", "dl": "deciliters", "cl": "centiliters",
    "ml": "milliliters", "ton": "tons",
}
