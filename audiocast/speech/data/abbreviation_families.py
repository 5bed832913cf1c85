"""Families of short forms built from small tables: a hospital's units
("kir. klin.") and the months written short with their stop ("okt."), the
era without its stops ("f Kr"), and the small print's short forms
(``data/smallprint_words.py``: "hcp", "insl.").

``data/abbreviations.py`` merges FAMILY_ABBREVIATIONS into its table (an
entry there wins) and reads MONTH_SHORT_FORMS in small letters only.
"""

from __future__ import annotations

from .ad_words import AD_ABBREVIATIONS, AD_ADJECTIVES
from .smallprint_words import SMALLPRINT_ABBREVIATIONS

# A hospital's clinics and wards written short, the speciality's adjective
# and the unit ("överläkare vid kir. klin.", "flyttades till med. avd.",
# "ort. mott."): said definite, as the unit is named ("kirurgiska
# kliniken"). Only the pairs are read, so "med." alone stays the
# preposition's or a degree's ("med. dr") and "avd. 5" stays "avdelning".
HOSPITAL_SPECIALITIES = {
    "kir.": "kirurgiska", "med.": "medicinska", "ort.": "ortopediska", "psyk.": "psykiatriska",
    "onk.": "onkologiska", "gyn.": "gynekologiska", "neur.": "neurologiska", "geriatr.": "geriatriska",
    "inf.": "infektions", "ger.": "geriatriska", "kard.": "kardiologiska", "urol.": "urologiska",
}
HOSPITAL_UNITS = {"klin.": "kliniken", "avd.": "avdelningen", "mott.": "mottagningen"}

# A month written short with its stop where no date is near ("i sept., okt. och
# nov.", "mellan jan. och mars", "i mars resp. okt."): the calendar reads one
# after a preposition or before a day; the rest are left to the abbreviations,
# in small letters only ("Jan." is a name).
MONTHS_SHORT = {"jan.": "januari", "feb.": "februari", "febr.": "februari", "apr.": "april", "aug.": "augusti",
                "sep.": "september", "sept.": "september", "okt.": "oktober", "nov.": "november", "dec.": "december"}
MONTH_SHORT_FORMS = frozenset(MONTHS_SHORT)

# The era written without its stops ("50 f Kr", "år 12 e Kr", "800 e.Kr, enligt"): never "kronor".
ERAS_SHORT = {"f Kr": "före Kristus", "e Kr": "efter Kristus", "f.Kr": "före Kristus", "e.Kr": "efter Kristus"}


def _families() -> dict[str, str]:
    table: dict[str, str] = {}
    for spec, adjective in HOSPITAL_SPECIALITIES.items():
        for unit, noun in HOSPITAL_UNITS.items():
            said = f"{adjective}{noun}" if adjective.endswith("s") else f"{adjective} {noun}"  # "infektionskliniken"
            table[f"{spec} {unit}"] = said
            table[f"{spec}{unit}"] = said
    ads = AD_ABBREVIATIONS | {key: forms[3] for key, forms in AD_ADJECTIVES.items()}  # "aut.", "kyrkl." (data/ad_words)
    return table | MONTHS_SHORT | ERAS_SHORT | SMALLPRINT_ABBREVIATIONS | ads  # the small print's ("hcp", "insl.")


FAMILY_ABBREVIATIONS = _families()
"""Written short form -> spoken words, for every pair and month above."""
