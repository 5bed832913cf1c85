"""A unit's short form in brackets after its own name ("12 distansminuter (nm)",
"40 kilometer (km)"): the gloss repeats the word said, and is not said (read by
``rules/unit_glosses.py``). Keys: the short form in brackets; values: the
starts of the words it glosses."""

from __future__ import annotations

UNIT_GLOSSES = {
    "nm": ("distansminut", "nautisk", "sjömil"), "M": ("distansminut", "nautisk", "sjömil"),
    "NM": ("distansminut", "nautisk", "sjömil"), "M.": ("distansminut", "nautisk", "sjömil"),
    "km": ("kilometer",), "m": ("meter",), "kn": ("knop",), "ha": ("hektar",), "kg": ("kilo",),
    "kWh": ("kilowattimm",), "MW": ("megawatt",), "dB": ("decibel",), "mil": ("mil",),
}
# Words after a number and "nm" that make it nautical miles, not nanometres: a direction from a place
# ("3 nm söder om Ölands udde", "2 nm utanför hamnen", "5 nm från land").
SEA_DIRECTION_AFTER = ("norr om", "söder om", "öster om", "väster om", "nordost om", "nordväst om", "sydost om",
                       "sydväst om", "utanför", "från land", "från kusten", "ut från", "ost om", "syd om",
                       "nord om", "väst om")

# A unit's short form that is a unit only in its trade's sentences (read by ``unit_glosses.domain_units``):
# short form -> (singular, plural, words of the trade, one of which the sentence must hold). "pe", the
# person equivalents of a sewage works' load, is a pronoun's or a name's letters elsewhere.
DOMAIN_UNITS = {
    "pe": ("personekvivalent", "personekvivalenter", frozenset("""
        avlopp avloppet avloppsvatten avloppsvattnet avloppsreningsverk avloppsreningsverket reningsverk
        reningsverket reningsverkets reningsverken spillvatten spillvattnet va-anläggning va-anläggningen
        dimensionerat dimensionerad belastning belastningen anslutna ansluten slam slammet enskilda
        """.split())),
}
DOMAIN_UNITS["PE"] = DOMAIN_UNITS["pe"]
