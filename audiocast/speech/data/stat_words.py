"""A player's statistics written as pairs with a slash ("Ek 14 mål/9 assist, Ali 11/12"): the nouns a
first pair names them by, and the words of a line of statistics (read by ``rules/stat_pairs.py``)."""

from __future__ import annotations

# The nouns of a pair's first and second number: "14 mål/9 assist", "22 räddningar/3 insläppta".
STAT_NOUNS = frozenset("""
mål assist assists poäng passningar målpass räddningar insläppta skott straffar matcher starter segrar
returer blockeringar brytningar
""".split())
# Words of a line of statistics that make "11/12" after a name a pair of counts, not a date.
STAT_LINE_WORDS = ("assist", "poängliga", "poängligan", "skytteliga", "skytteligan", "mål/", "poäng/",
                   "mål och", "räddningar")
# A statistic's label before a colon and the made out of the tried ("Fairways: 11/14", "Straffar: 3/4"): "av".
STAT_SHARE_LABELS = frozenset("""
fairways greener gir fir puttar straffar straffkast frikast skott skottchanser räddningar träffar tekningar
trepoängare tvåpoängare passningar dueller nickdueller hörnor lyckade
""".split())

