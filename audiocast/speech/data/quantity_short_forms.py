"""Measures written short that the unit tables lack or that stand after a
word of quantity, not a number: read by ``rules/short_measures.py``.
"""

from __future__ import annotations

# Words of quantity before a unit's short form ("Ett halvt kg", "en halv dl", "ett par km",
# "ett tiotal mil"): the unit said as a word, in the singular after a part, in the plural after
# a count ("några kg" -> "några kilo").
COUNT_WORDS = (
    "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "femton", "tjugo", "trettio",
    "fyrtio", "femtio", "hundra", "tusen",
)
"""A count written as a word before a unit's short form ("Två kg kaffe", "tio km"): the unit in the plural."""
QUANTITY_WORDS = (
    "halv", "halvt", "halva", "kvarts", "tredjedels", "fjärdedels", "åttondels", "par", "tiotal", "tjugotal",
    "hundratal", "tusental", "några", "många", "flera", "fler", "färre", "extra", "ytterligare",
    "en", "ett", "varje", "per",  # energy counted once ("En kWh kostade 2,14 kr"): ONE_ENERGY_UNITS only
    "i",  # the unit a measure is given in ("vikten i kg", "anges i kWh"): the plural, as "i kilometer" (session 58)
) + COUNT_WORDS
# The unit short forms read after those words (the singular word, the plural): short forms only a
# unit is written as ("kg", "dl", "km"), not ones that are words too ("m", "l", "t", "s", "g", "min").
QUANTITY_UNITS = {
    "kg": ("kilo", "kilo"), "hg": ("hekto", "hekto"), "dl": ("deciliter", "deciliter"),
    "cl": ("centiliter", "centiliter"), "ml": ("milliliter", "milliliter"), "km": ("kilometer", "kilometer"),
    "cm": ("centimeter", "centimeter"), "mm": ("millimeter", "millimeter"), "msk": ("matsked", "matskedar"),
    "tsk": ("tesked", "teskedar"), "krm": ("kryddmått", "kryddmått"), "kvm": ("kvadratmeter", "kvadratmeter"),
    "tim": ("timme", "timmar"), "mg": ("milligram", "milligram"), "µg": ("mikrogram", "mikrogram"),
    # energy ("En kWh kostade 2,14 kr", "ett par MWh")
    "kWh": ("kilowattimme", "kilowattimmar"), "MWh": ("megawattimme", "megawattimmar"),
    "GWh": ("gigawattimme", "gigawattimmar"), "TWh": ("terawattimme", "terawattimmar"),
}
# The energy units in one case too ("några kwh", "en KWH"), as papers write them.
QUANTITY_UNITS.update({case(u): QUANTITY_UNITS[u] for u in ("kWh", "MWh", "GWh", "TWh") for case in (str.lower, str.upper)})
# The units read after "en", "ett", "varje", "per" (a kitchen measure's gender varies: "ett kryddmått").
ONE_ENERGY_UNITS = frozenset({case(u) for u in ("kWh", "MWh", "GWh", "TWh") for case in (str, str.lower, str.upper)})
ONE_WORDS = frozenset({"en", "ett", "varje", "per"})
# ... except that "en"/"ett" say the units whose gender the count before them cannot get wrong ("Ett kg kaffe",
# "en dl grädde"; not "en krm", which is "ett kryddmått", read by the kitchen's rules).
ONE_COUNT_UNITS = frozenset({"kg", "hg", "dl", "cl", "ml", "km", "cm", "mm", "mg", "msk", "tsk", "tim"})
# The words after which a unit is said in the plural ("några kg", "två kg").
PLURAL_COUNT_WORDS = frozenset({"par", "några", "många", "flera", "fler", "färre", "i", *COUNT_WORDS})
# After a number: cubic centimetres of an engine ("65 cc", "70 cc": "kubik", what riders and
# sellers say), the width of an ad in columns before its height ("1 sp × 50 mm": "spalt").
CUBIC_CENTIMETRES = "kubik"
COLUMN_WORDS = ("spalt", "spalter")

# "E" (enheter) after a number is a dose's units in a line about a dose (insulin, a vaccine's units):
# "justera med 2 E per dag", "10 E insulin". The stems that make the line one about a dose:
DOSE_STEMS = ("insulin", "dos", "spruta", "spruto", "injicera", "injektion", "vaccin", "heparin", "blodsocker")
DOSE_UNIT_WORDS = ("enhet", "enheter")
