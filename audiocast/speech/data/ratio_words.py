"""Ratios and scales ("förhållandet 1:4", "skala 1:50 000", "blandas 1:50"),
read by ``rules/ratios.py``.

A colon between two numbers is a clock time unless the words before it in
its sentence say it is a ratio: a word holding one of RATIO_STEMS
(compounds too: "blandningsförhållandet", "personaltätheten", "skalmodell").
"""

from __future__ import annotations

# Stems of the words that make "a:b" a ratio or a scale, anywhere in a word
# before it in the sentence ("Förhållandet mellan personal och boende ... är
# 1:4", "i skala 1:87", "späds 1:3", "lärartätheten 1:5").
RATIO_STEMS = (
    "förhållande", "skala", "skalan", "skalor", "skalmodell", "skalenlig", "blandning", "blanda",
    "proportion", "späd", "täthet", "bemanning", "utväxling", "relation", "kvot", "ratio",
    "mixas", "mixa", "löses", "dosering", "doseras", "förstoring", "förminskning", "fördela",
    "fördelning", "odds",
    # a company's share split and issue ("aktiesplit 4:1", "villkoren 1:5", session 60)
    "split", "emission", "teckningsrätt", "villkor",
)

# Words right before "a:b" that make it no ratio whatever the sentence says:
# a clock's label, a page or a verse.
NOT_RATIO_BEFORE = frozenset({"kl", "kl.", "klockan", "tid", "tiden", "joh", "matt", "mark", "luk", "ps"})

# "1:1" with no ratio word before it is one to one, said with the common
# gender as Swedish says the idiom: "1:1-datorer" -> "en till en-datorer",
# "jobbar 1:1 med" -> "en till en". After a ratio word it is "ett till ett"
# ("förhållandet 1:1"); after a word of sport (data/sport SCORE_CONTEXT) a score.
ONE_TO_ONE = "en till en"
