"""Nouns clipped with a stop that a count, a determiner or an ordinal of
place stands before ("11 ret.", "4 dagliga avg.", "i sista sek.", "varje
port."): read by ``rules/clipped_counts.py``.

Each clipped noun has its singular, its definite and its plural; the words
before it say which is spoken. The units the unit rules read after a number
("sek.", "min.", "tim.") are read here only after a determiner or an
ordinal of place (COUNTED_BY_UNITS): after a number the unit rules say them
(and say their genitive before a noun, "0,4 sekunders marginal").
"""

from __future__ import annotations

# clipped noun (lowercase, with its stop) -> (singular, definite singular, plural)
CLIPPED_COUNT_NOUNS = {
    "ret.": ("retur", "returen", "returer"),  # basketball rebounds
    "kontr.": ("kontroll", "kontrollen", "kontroller"),  # an orienteering course's controls ("24 kontr.", session 61)
    "bokst.": ("bokstav", "bokstaven", "bokstäver"),  # a crossword's clue ("5 bokst.", session 60)
    "reb.": ("retur", "returen", "returer"),
    "avg.": ("avgång", "avgången", "avgångar"),
    "ank.": ("ankomst", "ankomsten", "ankomster"),
    "port.": ("portion", "portionen", "portioner"),
    "delt.": ("deltagare", "deltagaren", "deltagare"),
    "lekt.": ("lektion", "lektionen", "lektioner"),
    "tabl.": ("tablett", "tabletten", "tabletter"),
    "lgh.": ("lägenhet", "lägenheten", "lägenheter"),
    "medl.": ("medlem", "medlemmen", "medlemmar"),
    "omg.": ("omgång", "omgången", "omgångar"),
    "räddn.": ("räddning", "räddningen", "räddningar"),
    "utv.": ("utvisning", "utvisningen", "utvisningar"),
    "sid.": ("sida", "sidan", "sidor"),
    "förp.": ("förpackning", "förpackningen", "förpackningar"),
    "erbj.": ("erbjudande", "erbjudandet", "erbjudanden"),  # a shop's limit ("max 1 erbj./hushåll", session 62)
    "beh.": ("behandling", "behandlingen", "behandlingar"),
    "pat.": ("patient", "patienten", "patienter"),  # session 21: "23 pat. vårdades"
    "pass.": ("passagerare", "passageraren", "passagerare"),
    "resen.": ("resenär", "resenären", "resenärer"),
    "bost.": ("bostad", "bostaden", "bostäder"),
    "fam.": ("familj", "familjen", "familjer"),
    "elev.": ("elev", "eleven", "elever"),
    "sek.": ("sekund", "sekunden", "sekunder"),
    "min.": ("minut", "minuten", "minuter"),
    "tim.": ("timme", "timmen", "timmar"),
    "civ.ing.": ("civilingenjör", "civilingenjören", "civilingenjörer"),  # session 32: "anställer 12 civ.ing."
    "civ.ek.": ("civilekonom", "civilekonomen", "civilekonomer"),
}

# Clipped nouns that are also whole words ("3 pass." a passport): when their stop ends the sentence
# the word is meant, as with the word-like abbreviations (session 29, blind set 89: "hittades 14 ID-kort och 3 pass.").
WHOLE_WORD_CLIPPED = frozenset({"pass."})

# Units the unit rules read after a number: only the determiners and the ordinals are read here.
COUNTED_BY_UNITS = frozenset({"sek.", "min.", "tim."})

# Words before the noun that make it definite ("i sista sek." -> "sista sekunden").
DEFINITE_BEFORE = frozenset({"sista", "första", "andra", "tredje", "nästa", "nästsista", "samma"})

# Words before the noun that keep it singular ("varje port.", "per delt.", "en lekt.").
SINGULAR_BEFORE = frozenset({"varje", "per", "en", "ett", "1", "var", "vart", "halv"})

# Words of quantity that count more than one ("flera avg.", "några lekt.").
PLURAL_BEFORE = frozenset({"flera", "några", "många", "fler", "färre", "alla", "båda", "bägge", "par"})
