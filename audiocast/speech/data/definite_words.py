"""Short forms of a noun read in the definite form where the sentence makes
them definite (read by ``rules/definite_shorts.py``): the subject before its
verb ("TR landade i två år" -> "tingsrätten landade"), a place after a
preposition ("fler p-platser vid stn." -> "vid stationen", "på VC Sjödalen"
-> "på vårdcentralen Sjödalen"), a count of a unit after "de" ("sprang de
14,2 km" -> "de fjorton komma två kilometerna").
"""

from __future__ import annotations

# Written short form -> (indefinite, definite). A written form with its stop where the stop is part of it.
DEFINITE_SHORT_FORMS: dict[str, tuple[str, str]] = {
    "TR": ("tingsrätt", "tingsrätten"),  # a district court: "TR dömde", "i TR"
    "VC": ("vårdcentral", "vårdcentralen"),  # a health centre ("på VC Sjödalen"), never the toilet's "WC"
    "förf.": ("författare", "författaren"),  # "Förf. har skrivit" (a book's review: its writer)
    "stn.": ("station", "stationen"), "stn": ("station", "stationen"),  # "vid stn.", "fr. stn"
    "sekr.": ("sekreterare", "sekreteraren"),
    "kass.": ("kassör", "kassören"),  # a meeting's posts: "… och kass. redovisar"
    "kyrkoh.": ("kyrkoherde", "kyrkoherden"),
    "förv.": ("förvaltning", "förvaltningen"),
    # a part of the day after a preposition of its time ("under em.", "på fm."; session 53, normalize237)
    "em.": ("eftermiddag", "eftermiddagen"), "fm.": ("förmiddag", "förmiddagen"),
}

# Of these, the ones that name a place or an institution: definite after a preposition of place
# ("vid stn.", "på VC", "i TR"). The people ("förf.", "sekr.") only as a subject.
PLACE_SHORT_FORMS = frozenset({"TR", "VC", "stn.", "stn", "förv."})
# Of these, the parts of the day: definite after these prepositions of time ("under em.": "under eftermiddagen";
# "i em." is this afternoon's, indefinite, and stays the abbreviation's).
DAY_PART_SHORT_FORMS, DAY_PART_AFTER = frozenset({"em.", "fm."}), frozenset({"under", "på", "efter", "framåt", "mot"})

# Prepositions after which a place or an institution named alone is definite ("vid stationen", "i tingsrätten").
DEFINITE_AFTER = frozenset("""
vid på i till från utanför nära intill bakom framför hos av inom mot via
""".split())

# Words that open a clause before its subject ("men TR landade", "att förf. har").
CLAUSE_OPENERS = frozenset("""
men och att när då eftersom sedan om medan så fast där innan tills
""".split())

# Finite verbs a subject written short stands before (besides any word ending in -ade, the past of the
# first conjugation: "landade", "konstaterade").
FINITE_VERBS = frozenset("""
har hade är var ska skall skulle kan kunde vill ville måste får fick blev blir anser ansåg menar menade
skriver skrev dömer dömde fann finner gick går kom kommer tar tog säger sade sa beslöt beslutar friade
fäller fällde ogillade biföll avslog avslår gör gjorde ger gav tycker tyckte hävdar hävdade berättar
""".split())

# What the posts of a meeting do, in the present and past, as a notice or minutes write it ("Ordf. öppnar mötet",
# "sekr. läser protokollet", "kass. redovisar"): a post written short before one is the one who holds it, the
# definite form (read here and by ``rules/readings.py``; the past in -ade and the present in -erar are known by
# their endings).
MEETING_VERBS = frozenset("""
läser läste öppnar hälsar tackar meddelar avslutar leder ledde inleder inledde redovisar föredrar föredrog
välkomnar lämnar överlämnar framför framförde delar utser utsåg påminner påminde sammankallar kallar ringer
skickar tar emot svarar berättar förklarar frågar frågade föreslår föreslog lägger lade yrkar
""".split())
FINITE_VERBS = FINITE_VERBS | MEETING_VERBS

# A unit said in the plural after a count, and its definite plural after "de" ("de 14,2 km" -> "de fjorton
# komma två kilometerna").
UNIT_DEFINITE_PLURALS = {
    "kilometer": "kilometerna", "meter": "metrarna", "mil": "milen", "minuter": "minuterna",
    "timmar": "timmarna", "sekunder": "sekunderna", "kronor": "kronorna", "dagar": "dagarna",
    "veckor": "veckorna", "månader": "månaderna", "kilo": "kilona", "liter": "litrarna",
}

# Prepositions before "de" and a count: "på de 14,2 km", "av de 300 kronorna".
UNIT_ARTICLE_AFTER = frozenset("på av under för efter med om över i till från".split())

# Words that open a relative clause after the counted unit ("under de 20 minuter den ligger still", "de fem minuter
# det tar", "de 10 km som återstod"): Swedish keeps the indefinite form there.
RELATIVE_OPENERS = frozenset("som det den de dom han hon hen vi jag du ni man där vilka".split())

# Pronouns: "hon sprang de 5 km" is no subject of a noun before "de" (then "de" may be the subject).
SUBJECT_PRONOUNS = frozenset("jag du han hon hen den det vi ni man de dom".split())
