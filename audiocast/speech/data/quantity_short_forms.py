"""Measures written short that the unit tables lack or that stand after a
word of quantity, not a number: read by ``rules/short_measures.py``.
"""

from __future__ import annotations

# Words of quantity before a unit's short form ("Ett halvt kg", "en halv dl", "ett par km",
# "ett tiotal mil"): the unit said as a word, in the singular after a part, in the plural after
# a count ("några kg" -> "några kilo").
QUANTITY_WORDS = (
    "halv", "halvt", "halva", "kvarts", "tredjedels", "fjärdedels", "åttondels", "par", "tiotal", "tjugotal",
    "hundratal", "tusental", "några", "många", "flera", "fler", "färre", "extra", "ytterligare",
)
# The unit short forms read after those words (the singular word, the plural): short forms only a
# unit is written as ("kg", "dl", "km"), not ones that are words too ("m", "l", "t", "s", "g", "min").
QUANTITY_UNITS = {
    "kg": ("kilo", "kilo"), "hg": ("hekto", "hekto"), "dl": ("deciliter", "deciliter"),
    "cl": ("centiliter", "centiliter"), "ml": ("milliliter", "milliliter"), "km": ("kilometer", "kilometer"),
    "cm": ("centimeter", "centimeter"), "mm": ("millimeter", "millimeter"), "msk": ("matsked", "matskedar"),
    "tsk": ("tesked", "teskedar"), "krm": ("kryddmått", "kryddmått"), "kvm": ("kvadratmeter", "kvadratmeter"),
    "tim": ("timme", "timmar"), "mg": ("milligram", "milligram"),
}
# After a number: cubic centimetres of an engine ("65 cc", "70 cc": "kubik", what riders and
# sellers say), the width of an ad in columns before its height ("1 sp × 50 mm": "spalt").
CUBIC_CENTIMETRES = "kubik"
COLUMN_WORDS = ("spalt", "spalter")
