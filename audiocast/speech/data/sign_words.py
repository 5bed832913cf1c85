"""Signs named as characters, and the words that make a sentence about characters ("minst ett specialtecken (t.ex.
! eller #)"). Read by ``rules/sign_names.py``.
"""

from __future__ import annotations

# A sign standing alone in a sentence about characters: its name.
SIGN_NAMES = {
    "!": "utropstecken", "?": "frågetecken", "#": "fyrkant", "@": "snabel-a", "*": "asterisk", "%": "procenttecken",
    "$": "dollartecken", "€": "eurotecken", "£": "pundtecken", "_": "understreck", "§": "paragraftecken",
}  # not "-", "&", "+", "=", "/": set off by spaces they join words and numbers ("lösenord + kod")

# Words of a sentence about characters (a password's rules, a keyboard's keys): a lone sign there is named.
SIGN_SENTENCE_WORDS = frozenset("""
tecken tecknet tecknen specialtecken specialtecknen specialtecknet skiljetecken symbol symbolen symboler
lösenord lösenordet lösenorden tangent tangenten tangenterna
""".split())
