"""Rates written with a slash between two units ("7,5 ton/ha", "68 kg/hl",
"40 tim/v", "4.40 min/km"), read by ``rules/rates.py``.

The unit before the slash is one of ``quantities``' UNITS_OF_MEASURE (or
of EXTRA_UNITS here); the one after it is a measure said "per" and its
noun (PER_MEASURES), or a period said as ``quantities``' PER_PERIOD says it
("i veckan", "om året").
"""

from __future__ import annotations

# Units the measure tables lack: (singular, plural, gender).
EXTRA_UNITS = {
    "hl": ("hektoliter", "hektoliter", "en"),
}

# Measures after the slash, said "per" and the noun's singular.
PER_MEASURES = {
    "ha": "hektar", "hl": "hektoliter", "km": "kilometer", "mil": "mil", "m": "meter",
    "m²": "kvadratmeter", "m2": "kvadratmeter", "kvm": "kvadratmeter", "m³": "kubikmeter",
    "m3": "kubikmeter", "km²": "kvadratkilometer", "kg": "kilo", "l": "liter", "st": "styck",
    "min": "minut", "h": "timme", "s": "sekund", "sek": "sekund", "person": "person", "pers": "person",
    "ko": "ko", "djur": "djur", "invånare": "invånare", "elev": "elev", "lgh": "lägenhet",
}

# Nouns a bare number is counted per after a slash ("2,94/match", "45/person", "1,8/kvinna"; a limit's
# "max 2/kund", "4/bord", session 64),
# said "per" and the noun as written; risk: a word so written after a number that is no rate.
PER_NOUNS = frozenset("""
match matchen person elev barn kvinna hushåll invånare spelare deltagare besökare lag klass
familj lägenhet bil säsong omgång kväll natt dygn dag vecka månad år timme gång tillfälle
kund medlem bostad fordon sällskap bord grupp
""".split())

# A time written short after a bare number and a slash ("takt 100–120/min", "puls 72/min", "300/h"): a rate per that
# time, as said (session 65, normalize526: the slash was dropped, "hundratjugo min").
PER_SHORT_TIME = {"min": "per minut", "h": "i timmen", "tim": "i timmen", "s": "per sekund", "sek": "per sekund"}

# Periods a price is said "per" ("kr/dygn": "kronor per dygn"): with one of these in a line, a
# price per week is "per vecka" too (``rates.period_agreement``).
PRICE_PER_ALIKE = frozenset("dygn natt säsong år dag termin kvartal halvår läsår person pers barn vuxen".split())

# Units before the slash a rate never starts with (money has its own rule,
# "kr/mån"; a percent per year is said by ``quantities``).
NOT_RATE_NUMERATORS = frozenset({"kr", "kronor", "öre", "%", "procent"})

# A pace: minutes and seconds per distance ("4.40 min/km", "5:15 min/km"),
# said with its minutes and seconds named ("fyra minuter och fyrtio sekunder per kilometer").
PACE_UNITS = frozenset({"min"})

# Measures the tables lack after a number ("103,5 MHz", "30 mA"): the
# spoken unit, the same in the singular and the plural.
MORE_MEASURES = {
    "MHz": "megahertz", "GHz": "gigahertz", "kHz": "kilohertz", "Hz": "hertz", "THz": "terahertz",
    "mA": "milliampere", "kA": "kiloampere", "µA": "mikroampere", "μA": "mikroampere",
    "mV": "millivolt", "µm": "mikrometer", "μm": "mikrometer", "nm": "nanometer",
    "Gy": "gray", "mSv": "millisievert", "µSv": "mikrosievert", "μSv": "mikrosievert",  # a radiation dose (session 65)
}

# Words of the sea in a line that make "nm" after a number nautical miles ("seglade 28 nm"), not nanometres.
SEA_WORDS = ("segl", "båt", "regatta", "knop", "sjömil", "hamn", "skepp", "fartyg", "färja", "havet", "kust",
             "gästhamn", "skärgård", "rutt", "distans", "sjöräddning", "kustbevakning", "farled", "fyren",
             "segel", "sjömän", "ombord", "besättning", "ankr")
# Measures the tables lack, with a unit of volume written "Nm³": normal cubic metres of a gas.
GAS_MEASURES = {"Nm³": "normalkubikmeter", "Nm3": "normalkubikmeter"}

# Words in the sentence that make a capital "A" after a number amperes
# ("säkringen på 16 A"), not a house's letter ("Storgatan 16 A").
# A capital "K" after a number is the gold's fineness, "karat", in a line naming gold ("guldarmband 18K",
# "ring i 14 K vitguld"; session 52, normalize204); elsewhere a letter ("i 4K": a screen's resolution).
KARAT_WORDS = ("guld",)
AMPERE_WORDS = ("säkring", "laddbox", "jordfelsbrytare", "ampere", "strömstyrka", "elcentral", "elnät",
                "laddstation", "proppar", "propp",
                # a camping or a market pitch "med el (10 A)": electricity named bare
                "med el ", "el (", "eluttag", "elanslutning", "elstolp", "el ingår", "el finns",  # ("El finns (16 A)", s61)
                ", el 1", ", el 2", ", el 3", ", el 6")  # an ad's item ("300 m till badstrand, el 16 A", s57)

# "MP" after a number is megapixels when a word of cameras stands in the sentence ("en kamera på 48 MP",
# "huvudkameran har 50 MP"; it was spelled as the party's letters). Risk: a party's share in a sentence naming a
# camera ("kameraövervakning: S 30 %, MP 5") is read as megapixels only when the number comes right before "MP".
CAMERA_WORDS = ("kamera", "objektiv", "sensor", "selfie", "megapixel", "upplösning", "mobil", "telefon", "systemkamera",
                "bildsensor", "fotografera", "foto")

# Units after "per" that ``quantities``' per rule lacks ("per kW el", "per
# MWh"): said in the singular as the measure tables say them.
PER_MORE = ("W", "kW", "MW", "GW", "MWh", "GWh", "TWh", "kV", "Bq", "GB", "MB", "mAh", "hp", "hk")
