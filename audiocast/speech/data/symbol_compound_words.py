"""A symbol written before a hyphen as the first part of a compound ("™-märkt",
"©-skyddet", "§-ändringen", "#-knappen", "€-kursen"): the word said in its
place, joined to the compound's last part as Swedish compounds are (read by
``rules/symbol_compounds.py``). A part ending in a hyphen keeps it before the
last part ("snabel-a-tecknet"). The percent sign is ``percent_words.py``'s, the
emoji ``emoji_names.py``'s.
"""

from __future__ import annotations

SYMBOL_COMPOUND_HEADS = {
    "™": "varumärkes", "®": "varumärkes", "©": "copyright", "§": "paragraf", "#": "fyrkant", "@": "snabel-a-",
    "&": "och-", "+": "plus", "€": "euro", "$": "dollar", "£": "pund", "¥": "yen", "°": "grad", "‰": "promille",
    "†": "kors", "→": "pil", "±": "plus-minus-", "=": "likhets", "*": "stjärn", "✓": "bock", "∞": "oändlighets",
}
