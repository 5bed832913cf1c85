"""Words for ``rules/count_compounds.py``: a unit's genitive inside a compound written with two hyphens
("87-kg-klassen"), and the plural nouns that make "90-talet länder" an approximate count ("ett nittiotal länder")."""

from __future__ import annotations

from .quantities import CLOSED_COMPOUND_UNITS

# A unit written short between a whole number and a noun, each joined by a hyphen ("60-kg-klassen",
# "10-km-loppet", "500-g-förpackning"): one word, the unit in the genitive ("sextiokilosklassen").
HYPHENED_UNIT_GENITIVES: dict[str, str] = {
    **CLOSED_COMPOUND_UNITS,
    "kg": "kilos", "hg": "hektos", "g": "grams", "l": "liters", "dl": "deciliters", "cl": "centiliters",
    "ml": "milliliters", "ton": "tons",
}

# Plural nouns often counted approximately ("ett 40-tal artister", written "40-talet artister"); a plural of
# another noun is known by its ending and its stem's gender (``rules/genders.py``: "artister" <- "artist").
COUNTED_PLURALS = frozenset("""
länder personer människor deltagare besökare medlemmar artister filmer företag elever böcker låtar matcher
gäster utställare band lag föreningar familjer hus bilar barn arter platser medarbetare anställda jobb
tävlande åskådare volontärer ideella frivilliga nationer städer kommuner skolor butiker restauranger
hästar hundar fåglar djur träd fall ärenden anmälningar olyckor bränder stycken år gånger sånger konserter
tävlingar bostäder lägenheter verk evenemang aktiviteter
""".split())

# Endings of a plural whose stem the genders' tables may know ("artist|er", "bil|ar", "skol|or").
PLURAL_ENDINGS = ("er", "ar", "or")
# Agent nouns in "-are" are plurals too ("utställare", "tävlingsdeltagare").
AGENT_ENDING = "are"

# Words before a decade that never come before an approximate count ("sålde under 80-talet bilar": the time). Not
# "på", a particle too ("bjöd på 50-talet konserter"); a decade opening its clause takes the verb next (V2: "På
# 80-talet var bilar dyra"), so a noun after it is rare.
DECADE_ONLY_BEFORE = frozenset("under sedan genom hela tidiga sena".split())

