"""Clipped nouns written with an ending after a colon or a stop ("ordf:s",
"Sekr:n", "avd:ens"): read by ``rules/abbreviation_endings.py``.

Each clipped noun has its indefinite and its definite form; the ending
written after the colon says which and whether it is a genitive.
"""

from __future__ import annotations

# clipped noun -> (indefinite, definite)
CLIPPED_NOUNS = {
    "ordf": ("ordförande", "ordföranden"),
    "sekr": ("sekreterare", "sekreteraren"),
    "avd": ("avdelning", "avdelningen"),
    "led": ("ledamot", "ledamoten"),
    "förv": ("förvaltning", "förvaltningen"),
    "org": ("organisation", "organisationen"),
    "dir": ("direktör", "direktören"),
    "prof": ("professor", "professorn"),
    "doc": ("docent", "docenten"),
    "usk": ("undersköterska", "undersköterskan"),
    "ssk": ("sjuksköterska", "sjuksköterskan"),
    "bibl": ("bibliotek", "biblioteket"),
    "förb": ("förbund", "förbundet"),
}

# the endings written after a clipped noun: a genitive "s" (its form read from the word before), the
# definite ("n", "en", "t", "et": the noun's own definite is said) and the definite genitive ("ns", "ets")
CLIPPED_ENDINGS = ("ens", "ets", "ns", "ts", "en", "et", "n", "t", "s")

# Words before a noun that keep it indefinite in the genitive ("styrelsens ordf:s" -> "ordförandes", "vår
# sekr:s" -> "sekreterares"); any word ending in "s" counts as a genitive too.
INDEFINITE_BEFORE = frozenset("""
min mitt mina din ditt dina hans hennes dess vår vårt våra er ert era deras sin sitt sina vice
""".split())
