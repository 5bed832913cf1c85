"""The sea's and the map's short forms the rules of :mod:`..rules.nautical` read: a position's hemisphere written
after its degrees ("57° 42′ N"), the directions that make a capital "M" after a number nautical miles ("12 M
väster om Gotska Sandön"), and the words of a sea report in whose line a lone compass letter is a direction ("S om
Landsort V 10–14")."""

from __future__ import annotations

HEMISPHERES = {"N": "nord", "S": "syd", "O": "ost", "Ö": "ost", "E": "ost", "V": "väst", "W": "väst"}
"""A position's letter after its degrees and minutes -> how it is said ("femtiosju grader fyrtiotvå minuter nord")."""

DIRECTION_WORDS = frozenset("""
norr söder öster väster nordost nordväst sydost sydväst nordöst sydöst
ost väst nord syd
""".split())
"""Written-out directions before "om" after a distance: "12 M väster om" makes the "M" nautical miles; the sea's own
words too ("4 NM ost om Väddö", "3 M syd om Landsort", as the sea reports say them; session 44, normalize150)."""

DIRECTION_LETTERS = frozenset({"N", "S", "O", "Ö", "V", "NO", "NÖ", "NV", "SO", "SÖ", "SV"})
"""Compass points written short before "om" after a distance: "6 M N om" makes the "M" nautical miles."""

SEA_REPORT_WORDS = ("sjörapport", "sikt", "kuling", "sjöväder", "farled", "fyr", "knop", "fartyg", "båten", "segel",
                    "sjöräddning", "kustbevakning", "isläge", "is ", "°")
"""Words of a line about the sea or the ice in which a lone compass letter before "om" and a place or a latitude
is the direction ("Bottenviken N om 64° N", "S om Landsort")."""

DIRECTION_ADVERBS = {"N": "norr", "S": "söder", "O": "öster", "Ö": "öster", "E": "öster", "V": "väster", "W": "väster"}
"""A single compass letter before "om" and a place, said as the adverb of a direction from it ("3 km S om Bruksvik"
-> "söder om", "N om 64° N" -> "norr om"); two letters keep the point's name ("SV om Hanö" -> "sydväst om")."""

WIND_LETTERS = {"N": "nord", "S": "syd", "O": "ost", "Ö": "öst", "E": "ost", "V": "väst", "W": "väst",
                "NO": "nordost", "NÖ": "nordöst", "NV": "nordväst", "NW": "nordväst", "SO": "sydost", "SÖ": "sydöst",
                "SV": "sydväst", "SW": "sydväst", "NE": "nordost", "SE": "sydost"}
"""A wind's direction letter after a sea area (the English "W", "SW" of the international forecasts too): "Skagerrak:
W 25 m/s" -> "väst", "Bottenhavet: N 5–8" -> "nord"."""

SEA_AREAS = (
    "Skagerrak", "Kattegatt", "Kattegat", "Öresund", "Bälten", "Bälthavet", "Östersjön", "Södra Östersjön",
    "Sydöstra Östersjön", "Mellersta Östersjön", "Norra Östersjön", "Rigabukten", "Finska viken", "Ålands hav",
    "Skärgårdshavet", "Bottenhavet", "Norra Kvarken", "Kvarken", "Bottenviken", "Vänern", "Vättern", "Mälaren",
    "Hjälmaren", "Nordsjön", "Norska havet", "Hanöbukten", "Gotlandshavet", "Västerhavet", "Sydkusten",
)
"""The sea areas of SMHI's sea reports and the great lakes: a compass letter after one of them (and its colon)
before a wind's speed or range is the wind's direction."""

SAILING_STEMS = ("segl", "Segl", "kappsegl", "Kappsegl", "havskapp", "Havskapp", "regatta", "Regatta", "distans",
                 "Distans",
                 # a sea forecast's visibility ("Sjöväder …: sikt 2–5 M", session 58, normalize366; not "på sikt")
                 "sjöväder", "Sjöväder", "sjörapport", "Sjörapport",
                 # ships kept at a distance at sea ("fartyg uppmanas hålla minst 2 M avstånd", session 59, normalize399)
                 "fartyg", "Fartyg", "sjöfart", "Sjöfart", "marinen", "Marinen")
"""Word beginnings of sailing and a race's distance ("seglade", "seglingen", "kappseglingen", "regattan",
"distansen"): in their sentence a capital "M" after a number is nautical miles ("seglade 350 M på ett dygn")."""
