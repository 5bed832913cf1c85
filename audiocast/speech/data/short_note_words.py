"""Short forms read from the words around them (``rules/short_notes.py``): a blood group's sign, a court's
yearbook reference, an office noun cut short."""

from __future__ import annotations

# A blood group's Rh sign written short after the group ("0 neg.", "AB pos"): the word said.
BLOOD_SIGNS = {"neg": "negativ", "pos": "positiv"}

# The blood groups as written before the sign, and what is said for them ("0" is "noll", never "o").
BLOOD_GROUPS = {"0": "noll", "O": "O", "A": "A", "B": "B", "AB": "AB"}

# A supreme court's or court of appeal's yearbook: "HFD 2019 ref. 21", "RÅ 2008 ref 7" is a "referat"
# (a reported case), never a "referens".
CASE_REPORT_SERIES = ("HFD", "RÅ", "NJA", "AD", "MÖD", "MD", "PMÖD", "RH", "MIG", "FÖD", "RK")

# Office nouns cut short with a stop, read definite ("anmälan till exp." is the parish's or the school's own
# office) unless a genitive or a possessive stands before them ("kyrkans exp." -> "expedition").
# clipped form -> (indefinite, definite)
OFFICE_NOUNS = {"exp.": ("expedition", "expeditionen"), "Exp.": ("Expedition", "Expeditionen")}

# Words a club's or a school's capitals are followed by in a hashtag ("#BIFlive", "#IFKfinal"): the capitals are
# spelled, the word said apart ("B I F live"), never one word "biflive".
HASHTAG_TAILS = ("live", "final", "match", "derby", "nytt", "nu", "tv", "kväll", "dag", "jubileum", "fest", "cup")

# A street's or a district's compass part cut short with a colon before its name ("N:a Hamngatan", "V:a
# Frölunda"); before anything else ("S:a 450 kr", a sum) it is left.
COMPASS_PREFIXES = {"N:a": "Norra", "S:a": "Södra", "V:a": "Västra", "Ö:a": "Östra"}

# A dressage class's level before its letter and its programme's number ("lätt B:3", "Msv B:1", "Msv C"): the level
# said in full, the letter by its name and the number after it, the colon silent (session 58, normalize336, 348).
DRESSAGE_LEVELS = {"lätt": "lätt", "Lätt": "Lätt", "msv": "medelsvår", "Msv": "medelsvår", "MSV": "medelsvår",
                   "svår": "svår", "Svår": "Svår"}

# A fixture's venue in brackets after a team's name ("Nästa match: Umeå IK (h) 26/4", "Hammarby (b)"): home or away
# (session 62, normalize450; the letter was left as written).
VENUE_LETTERS = {"h": "hemma", "b": "borta", "H": "hemma", "B": "borta"}
