"""The labels of a vessel's and an aircraft's identity and of an airport's code, read by
:mod:`..rules.craft_codes`: a boat's registration after "reg.nr" ("SSM 123456"), a ship's MMSI or IMO number, an
airport's ICAO or IATA code ("(ICAO: ESOE)")."""

from __future__ import annotations

CRAFT_NUMBER_LABELS = (
    "MMSI", "MMSI-nummer", "MMSI-numret", "MMSI-nr", "IMO", "IMO-nummer", "IMO-numret", "IMO-nr",
    "reg.nr", "reg. nr", "regnr", "reg.nr.", "Reg.nr", "Regnr", "registreringsnummer", "registreringsnumret",
    "båtnummer", "båtnumret", "segelnummer", "segelnumret",
)
"""Labels before a craft's number: its digits are said one by one (or its printed groups as numbers), never as one
whole number ("MMSI 265 123 450", "IMO 9321483", a boat's "reg.nr SSM 123456"; a car's plate, "ABC 123", is
the plates' rule's: a run of five digits or more is needed here)."""

AIRPORT_CODE_LABELS = ("ICAO", "IATA", "ICAO-kod", "IATA-kod", "ICAO-koden", "IATA-koden", "flygplatskod",
                       "flygplatskoden")
"""Labels before an airport's code of three or four capitals ("(ICAO: ESOE)", "IATA-kod ARN"): the code spelled
letter by letter, never said as a word ("Esoe"); "ICAO" and "IATA" themselves are spelled as the codes' names."""

SPELLED_LABELS = frozenset({"ICAO", "IATA"})
"""Of the labels, those said letter by letter (the lexicon would read "Icao", "Iata" as words)."""
