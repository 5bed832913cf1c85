"""Short names written in capitals with a small letter among them ("FoU",
"DDoS", "ViN"): the shape ``rules/mixed_capitals.py`` reads.

The rule spells such a name letter by letter, the small letters too, as the
writers of our blind sets wrote them ("F o U-ingenjör", "D D O S-attacken",
"V I N"). The names with their own reading, spelled otherwise or said as
words ("BankID", "SvD", "BoIS", "MoMA", "SiS"), are in
``data/words.MIXED_CASE_WORDS``, read before.
"""

from __future__ import annotations

# Endings after a colon that join the last letter's name ("FoU:s" -> "eff o us", "DDoS:en").
MIXED_CAPITALS_ENDINGS = frozenset({"s", "n", "en", "et", "ns", "ens", "ets", "ar", "er", "na"})
# The longest name of the shape read (letters): longer ones are words in mixed case ("McKinsey").
MIXED_CAPITALS_MAX_LETTERS = 7
# Capitalised heads of a compound this shape leaves: words ("Ex-landshövdingen", "El-installatör", "Ek-bord",
# "Is-hallen"; session 61, normalize437: "El-" was "e ell-"), and "Tv", which the acronym rules say ("te ve").
WORD_HEADS = ("Tv", "TV", "Ex", "El", "Ek", "Is", "Öl", "Ål", "Ur", "Ås", "Ön")
