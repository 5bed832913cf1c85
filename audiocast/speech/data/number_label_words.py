"""A clipped word joined to "nr" as the label of a number ("tel.nr", "pers.nr",
"medl.nr", "lghnr"): the clipped first part in full before "nummer" (read by
``rules/number_labels.py``). Only clippings: a whole first part ("kundnr",
"ordernr") is read as written by the abbreviations' "nr".
"""

from __future__ import annotations

# A clipped first part (lowercase) -> the compound's first part in full.
NUMBER_LABEL_HEADS = {
    "tel": "telefon", "tfn": "telefon", "mob": "mobil", "pers": "person", "medl": "medlems", "fakt": "faktura",
    "lgh": "lägenhets", "art": "artikel", "best": "beställnings", "ref": "referens", "org": "organisations",
    "reg": "registrerings", "kto": "konto", "prod": "produkt", "ser": "serie", "lev": "leverantörs",
    "bokn": "boknings", "försäkr": "försäkrings", "anst": "anställnings", "obj": "objekt",
    "stud": "student",
}
