"""Words around a street name cut after its "g" or "v" (session 19, the
everyday paper: traffic notes, notices, police briefs): "på Ekv. i
Kvicksund", "via Östra Ringv.", "Kyrkog. 21".

Risk: a preposition of place before a capitalised word ending in "g." or
"v." takes it for a street; a town ending in "-borg", "-berg", "-ing" or a day "-dag" is
left (the rule keeps the older exceptions), and after the weaker
prepositions ("via", "mot", "från") only a street with its part word
("Östra Ringv.") is taken.
"""

from __future__ import annotations

# Prepositions that put a place after them: a cut name after these is a street (any length of stem).
STREET_PREPOSITIONS = frozenset({"på", "vid", "längs", "utmed", "utefter", "invid", "nedför", "uppför", "korsningen"})

# A street's first word naming its part, size or age: with one of these before it, the cut name is a street anywhere.
STREET_PART_WORDS = frozenset({
    "Östra", "Västra", "Norra", "Södra", "Stora", "Lilla", "Gamla", "Nya", "Övre", "Nedre", "Yttre", "Inre",
})

# Cut forms a table reads as another word that are a street before a house number ("Kyrkog. 21": Kyrkogatan,
# not the churchyard "kyrkogård", which has no house number).
STREET_OVER_CLIPPED = frozenset({"kyrkog."})

# Stem endings of towns and other words that end in g or v ("Helsingborg.", "Linköping.", "Kiev."): not a street.
NOT_STREET_STEM_ENDINGS = ("le", "in", "bor", "ber", "bur", "ie", "ni", "ä", "da")
