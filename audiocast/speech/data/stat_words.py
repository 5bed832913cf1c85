"""A player's statistics written as pairs with a slash ("Ek 14 mål/9 assist, Ali 11/12"): the nouns a
first pair names them by, and the words of a line of statistics (read by ``rules/stat_pairs.py``)."""

from __future__ import annotations

import re

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

# A line opening with a label of shots ("Skottstatistik:", "Skott:", "Räddningar:"): every pair after a name in it is
# the made out of the tried ("Anna Lagerquist 6/7 (86 %), Jamina Roberts 5/9, varav 3/3 på straff": "sex av sju",
# "fem av nio", "tre av tre"; session 61, normalize436: "sex sju", "femte september", "tredje mars").
SHOT_LINE_LABEL = re.compile(r"\s*(?i:skott|straff|räddning|avslut)\w*\s?:")  # (not "Skytteligan:", the goals)
