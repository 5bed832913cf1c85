"""Property designations in lists of sales and plans ("Fastighetsöverlåtelser:
Bredsele 3:12, ...", "Fastighetsbeteckning: Sigtuna Märsta 21:387"), read by
``rules/estates.py``.
"""

from __future__ import annotations

# Stems anywhere in the line (also inside compounds: "Fastighetsöverlåtelser",
# "lagfartsbevis", "tomtköp") that make a capitalised name and "N:M" after
# it a property designation ("Bredsele 3:12"), not a clock time.
PROPERTY_STEMS = (
    "fastighet", "överlåtelse", "lagfart", "tomt", "köpare", "säljare", "avstyckning", "styckas",
    "servitut", "arrende", "detaljplan", "bygglov", "lantmäteri", "fastighetsbeteckning",
    "köpesumm", "köpeskilling", "taxeringsvärde",
)
# Words after "Ryd 2:45" in its sentence that say the property changed hands ("Ryd 2:45 har köpts
# av ...", "Ås 4:21 bytte ägare"): a line of the sales list that names no stem above.
PROPERTY_SALE_AFTER = (
    "köpts", "sålts", "såld", "sålt", "förvärvats", "förvärvad", "överlåtits", "överlåten", "bytt ägare", "bytte ägare",
    "byter ägare",
)
# The kind of a property sold, between its designation and its area in a sales list ("Kisa 4:231, villa 142 kvm,
# 1 995 000 kr", "Ås 2:8, fritidshus 64 kvm"): the line is one about property.
PROPERTY_KINDS = (
    "villa", "villan", "fritidshus", "fritidshuset", "radhus", "radhuset", "parhus", "kedjehus", "gård", "gården",
    "hus", "huset", "bostadshus", "sommarstuga", "stuga", "torp", "torpet", "skog", "åker", "åkermark", "skogsmark",
    "jordbruksfastighet", "lantbruk", "industrifastighet", "flerbostadshus",
)
# Names that are no place: a weekday or a month before "14:30" is a time, and so is a live report's
# label ("Uppdatering 12:15: Rivningen av bron har börjat").
NOT_PLACES = frozenset("""
måndag tisdag onsdag torsdag fredag lördag söndag mån tis ons tors tor fre lör sön
januari februari mars april maj juni juli augusti september oktober november december
kl klockan
uppdatering uppdaterad publicerad start
""".split())
