"""Compass points written short before a place's name ("i SV Skåne", "Ö
Vram", "fastigheten Ö. Vemmenhög", "till V. Karup"): read by
``rules/compass_places.py`` as the place's own adjective ("sydvästra
Skåne", "Östra Vram").
"""

from __future__ import annotations

# the short form (without its stop) -> the adjective said
COMPASS_ADJECTIVES = {
    "N": "norra", "S": "södra", "Ö": "östra", "V": "västra", "O": "östra",
    "NV": "nordvästra", "NO": "nordöstra", "NÖ": "nordöstra", "SV": "sydvästra", "SO": "sydöstra", "SÖ": "sydöstra",
    "Mell": "mellersta",
}

# Words before the short form that place it: a preposition of place, a property's or an address's word.
PLACE_BEFORE = frozenset("""
i från till över in inom mot genom kring runt längs ut utanför nära via vid mellan norr söder öster väster
fastigheten fastigheterna fastighet församling socken kommun bor boende
hela
""".split())

# Words after the short form that are no place ("i S Ek"? no: a name; "i V Sverige"? a place): the
# capitalised words that open a sentence or name a party or a person rather than a place.
NOT_A_PLACE_AFTER = frozenset("""
Och Eller Men Som Att Den Det De Jag Vi Han Hon
""".split())

# A home's facing in an ad or a notice ("Balkong mot SV", "läge mot S/V", "altan mot V"): the words of a home's
# side or its sun that make "mot" and a compass abbreviation the direction it faces (``rules/facings.py``; the
# weather's and a slope's words are ``quantities.WEATHER_WORDS`` and ``COMPASS_BEFORE``). Session 62, normalize449.
HOME_FACING_WORDS = frozenset("""
balkong balkongen balkonger altan altanen altaner uteplats uteplatsen uteplatser terrass terrassen terrasser
tomt tomten trädgård trädgården trädgårdsdel gård gården fönster fönstren fasad fasaden sida sidan
vardagsrum vardagsrummet sovrum sovrummet kök köket vardagsrumsfönster glasparti glaspartier
läge läget sol solen kvällssol kvällssolen eftermiddagssol morgonsol solläge utsikt sjöutsikt
""".split())
# The compass letters that say the direction a home faces after "mot": the noun said ("mot söder", "mot sydväst").
FACING_POINTS = {
    "N": "norr", "S": "söder", "Ö": "öster", "O": "öster", "V": "väster",
    "NV": "nordväst", "NO": "nordost", "NÖ": "nordost", "SV": "sydväst", "SO": "sydost", "SÖ": "sydost",
}
