"""Clipped words read from the place they stand in (read by
``rules/clipped_places.py``): a clipped participle of an ad before the next
item's price, a clipped month after a preposition of time, the labels of a
car's registration and a house's year of building, "leg." as the card a door
asks for, day parts counted per week.
"""

from __future__ import annotations

# An ad's participle written short, its stop the item's end when a price follows ("möbl. 5 200 kr/mån",
# "nybes. 12 500 kr"): the participle, and the stop kept.
PARTICIPLES_BEFORE_PRICE = {
    "möbl.": "möblerad", "nybes.": "nybesiktigad", "bes.": "besiktigad", "renov.": "renoverad",
    "nyrenov.": "nyrenoverad", "välsk.": "välskött", "nysl.": "nyslipad", "nyserv.": "nyservad",
}

# A month written short without its stop, after a preposition of time ("under jan", "sedan feb", "i dec"): the
# month (with a stop, or before a day or a year, the calendar rules read it).
CLIPPED_MONTHS = {
    "jan": "januari", "feb": "februari", "febr": "februari", "apr": "april", "aug": "augusti",
    "sep": "september", "sept": "september", "okt": "oktober", "nov": "november", "dec": "december",
}
MONTH_AFTER = frozenset("under i sedan från till efter före inför mellan tills t.o.m. fr.o.m. om".split())

# Labels written short before what they label: a plate ("dansk reg. AB 12 345"), a year of building ("bj 1890").
LABEL_BEFORE_PLATE = {"reg.": "registrering", "Reg.": "Registrering"}
LABEL_BEFORE_YEAR = {"bj": "byggår", "Bj": "Byggår", "bj.": "byggår", "Bj.": "Byggår",
                     # a car's first registration ("reg. 2022": session 53, normalize229; it was left "reg.")
                     "reg.": "registrerad", "Reg.": "Registrerad"}

# Verbs after "leg." that make it the identity card, a noun ("leg. krävs", "leg. ska visas"), not
# "legitimerad" before a profession.
LICENCE_VERBS = frozenset("krävs behövs kontrolleras visas uppvisas medtages medtas ska skall måste gäller".split())

# Day parts written short, counted per a period after a slash ("2 e.m./v." -> "två eftermiddagar i veckan").
DAY_PART_PLURALS = {"e.m.": ("eftermiddag", "eftermiddagar"), "f.m.": ("förmiddag", "förmiddagar"),
                    "em": ("eftermiddag", "eftermiddagar"), "fm": ("förmiddag", "förmiddagar"),
                    "kv.": ("kväll", "kvällar"), "dgr": ("dag", "dagar")}
PERIOD_PHRASES = {"v.": "i veckan", "v": "i veckan", "vecka": "i veckan",
                  "mån.": "i månaden", "mån": "i månaden", "år": "om året"}

# A clipped unit's stop after a slash, before the sentence goes on in small letters ("80 l/tim. i marschfart"):
# the unit's, not the sentence's.
CLIPPED_SLASH_UNITS = ("tim.", "min.", "sek.", "mån.", "dygn.", "v.")

# A housing ad's areas written short after their measure ("142 m² boa + 38 m² bia"): the living area and the
# secondary area (session 44, normalize150; "boa" alone elsewhere is the word).
AREAS_AFTER_MEASURE = {"boa": "boarea", "bia": "biarea", "BOA": "boarea", "BIA": "biarea",
                       # a building plan's footprint ("max 180 m² BYA"; session 47, normalize164: 2 writers of 2 said
                       # "byggnadsarea"; "BTA" stays spelled, as 3 writers of 5 said it)
                       "BYA": "byggnadsarea"}
