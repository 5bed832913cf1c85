"""Clipped words a local page writes, read anywhere (session 14): a place's
noun cut short after its name ("Kisa k:a", "Huddinge stn"), a named body's
head word cut short before its name ("Studieförb. Vuxenskolan"), a
generation after "o." ("jr. o. sr."), a church's office cut short
("Pastorsexp."), and a unit written short after
"per" ("per mån.", "per ha", "per dm").

``data/abbreviation_common.py`` merges CLIPPED_WORDS into the common
short forms (an entry there wins).

Risk: "k:a", "s:n" and "stn" are nothing else in a paper; "per mån." is always a
month (the weekday "mån." never follows "per"); "per ha"/"per dm" need the
"per" (a bare "ha" is the verb).
"""

from __future__ import annotations

# A place's noun cut short after its name, with its definite ("i Asby k:a", "vid Huddinge stn").
PLACE_NOUNS = {
    "k:a": "kyrka", "k:an": "kyrkan", "stn": "station", "stn.": "station", "st:n": "stationen",
    "kyrkog.": "kyrkogård", "förs.": "församling",
    # a parish cut to its first letter and its ending after its name, as obituaries write it ("född i Torpa s:n")
    "s:n": "socken",
}

# A named body's head word cut short before its name ("Studieförb. Vuxenskolan", "Idrottsförb.").
BODY_HEADS = {
    "studieförb.": "studieförbundet", "idrottsförb.": "idrottsförbundet", "riksförb.": "riksförbundet",
    "pensionärsförb.": "pensionärsförbundet", "hembygdsförb.": "hembygdsförbundet",
}

BODY_HEAD_FORMS = frozenset({*BODY_HEADS, *(k.capitalize() for k in BODY_HEADS)})
"""Their stop is their own before the body's name, never the sentence's."""

# A church's or an association's office cut short in a notice (session 15: "Pastorsexp. öppen mån–fre 9–12"),
# said in the definite, as a notice names its own office. Risk: the stop of one ending a sentence is taken with it.
OFFICE_NOUNS = {
    "pastorsexp.": "pastorsexpeditionen", "kyrkoexp.": "kyrkoexpeditionen",
    "församlingsexp.": "församlingsexpeditionen", "kansliexp.": "kansliexpeditionen",
    "past.exp.": "pastorsexpeditionen", "past. exp.": "pastorsexpeditionen",  # (session 59: cut in both its parts)
}

# The generations joined by "o." ("Bengt Ek jr. o. sr."): "och" before the second one.
GENERATIONS = {"o. sr.": "och senior", "o. jr.": "och junior", "o. sr": "och senior", "o. jr": "och junior"}

# A unit written short after "per" (its singular): a rate's time, area or length.
PER_UNITS = {
    "mån.": "månad", "mån": "månad", "ha": "hektar", "dm": "decimeter", "tim.": "timme", "v.": "vecka",
    "kvm": "kvadratmeter", "st.": "styck", "pers.": "person", "hl": "hektoliter", "dygn.": "dygn",
}


def _table() -> dict[str, str]:
    table = dict(PLACE_NOUNS) | GENERATIONS
    for short, said in (BODY_HEADS | OFFICE_NOUNS).items():
        table[short] = said
        table[short.capitalize()] = said.capitalize()
    for short, said in PER_UNITS.items():
        table[f"per {short}"] = f"per {said}"
    return table


CLIPPED_WORDS = _table()
"""Written short form -> spoken words."""
