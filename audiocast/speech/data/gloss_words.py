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
