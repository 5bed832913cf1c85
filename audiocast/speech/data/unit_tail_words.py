"""An organisation's unit named by a compound cut short after its head ("HR-avd.", "ekonomiavd.",
"kulturförv.", "Barnmott."): the clipped head -> (indefinite, definite); read by ``rules/unit_tails.py``.
"""

from __future__ import annotations

UNIT_TAILS = {
    "avd.": ("avdelning", "avdelningen"),
    "förv.": ("förvaltning", "förvaltningen"),
    "mott.": ("mottagning", "mottagningen"),
    "klin.": ("klinik", "kliniken"),
}
# Words before the unit that keep it indefinite: an article, a determiner or a possessive ("en ny HR-avd.",
# "varje förv.", "vår ekonomiavd."). A genitive before it does too ("IOGT-NTO:s lokalavd.", "kommunens
# ekonomiavd.", "Region Skånes HR-avd."), told by its "-ns", "-ts", ":s" or a capital's "s" (not the words
# below: prepositions, a pronoun, verbs in "-ns").
INDEFINITE_BEFORE = frozenset("""
en ett någon något ingen inget varje var vart vår vårt våra er ert min mitt din ditt sin sitt annan annat egen eget
""".split())
NOT_GENITIVE = frozenset("hos oss längs tvärs tills finns fanns känns syns hörs behövs".split())
