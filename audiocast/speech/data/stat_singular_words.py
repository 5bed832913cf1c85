"""A player's counts in a line of statistics with the noun written in the singular or clipped without a stop
("Ek 24 p, 11 retur", "9 reb"): the noun as written -> (singular, plural); read by ``rules/stat_singulars.py``.
With a stop ("11 ret.") the clipped nouns are ``clipped_count_words``'s.
"""

from __future__ import annotations

STAT_SINGULARS = {
    "retur": ("retur", "returer"),  # basketball rebounds
    "ret": ("retur", "returer"),
    "reb": ("retur", "returer"),
    "räddning": ("räddning", "räddningar"),  # a goalkeeper's saves: "Ek 31 räddning"
    "blockering": ("blockering", "blockeringar"),
    "brytning": ("brytning", "brytningar"),
}
# Another count of the line that makes it a line of statistics: "24 p", "24 p.", "18 poäng", "5 assist", "3 mål".
STAT_COUNT_WORDS = ("p", "poäng", "assist", "ass", "mål", "returer", "räddningar", "insläppta")
