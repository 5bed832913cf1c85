"""Words that make "6:6a" or "4:2" a law's chapter and section: the head of
a compound written after it with a hyphen ("en 6:6a-begäran", "en
6:6a-anmälan": a safety representative's request under the Work Environment
Act), and the labels before a pair ("paragraf 4:2"). Read by
``rules/law_colons.py``, which also reads a law's short name
after the pair (``data/admin.LAW_CODES``: "4:2 LVU") or a name ending in
"-lagen"/"-balken".
"""

from __future__ import annotations

LAW_COMPOUND_HEADS = (
    "begäran", "anmälan", "anmälningar", "anmälningen", "ärende", "ärenden", "ärendet", "framställan",
    "framställningar", "skrivelse", "skrivelsen", "förhandling", "förhandlingen", "förhandlingar",
    "beslut", "beslutet", "paragrafen",
)

# Words right before "3:1" that make it a chapter and section (or a part and
# its point) of a club's statutes or a regulation, no law named: "paragraf
# 4:2", "§ 7:3", "punkt 2:4", "kapitel 5:2".
PAIR_LABELS = ("paragraf", "paragrafen", "§", "punkt", "punkten", "kapitel", "kapitlet", "kap.", "kap", "moment", "momentet",
               # a building code's or a handbook's section and its point: "BBR avsnitt 8:2", "avsnitt 5:31"
               "avsnitt", "avsnittet", "avsn.", "avd.", "stycke", "stycket", "delavsnitt")
