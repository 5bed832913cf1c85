"""Words of a building-permit notice ("Bygglov i veckan: Högsjö 3:14:
Nybyggnad av carport", "Lassåna 2:8: Rivning av ladugård"): a line holding
one of them is about property, so a capitalised name and "N:M" in it is a
property designation ("Högsjö tre kolon fjorton"), not a clock time ("tre
och fjorton") or two numbers with colons ("fem: tre:"). Read by
``rules/estates.py`` with ``estate_words.PROPERTY_STEMS``.
"""

from __future__ import annotations

# Stems, matched anywhere in the lowered line (compounds too: "Tillbyggnad",
# "rivningslov", "strandskyddsdispens", "enbostadshus").
BUILDING_PERMIT_STEMS = (
    "nybyggnad", "tillbyggnad", "ombyggnad", "påbyggnad", "rivning", "marklov", "strandskydd",
    "förhandsbesked", "fasadändring", "startbesked", "bygganmälan", "attefall", "enbostadshus",
    "fritidshus", "komplementbyggnad", "carport", "uterum", "ändrad användning",
    # a building board's order to a property's owner ("Byggnadsnämnden förelägger ägaren till Sjövik 1:45 att riva",
    # session 52, normalize209)
    "byggnadsnämnd", "byggnämnd", "ägaren till", "olovligt uppförd", "olovlig byggnation",
)
