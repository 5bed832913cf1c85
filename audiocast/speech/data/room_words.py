"""Rooms and halls named by a number with a colon ("rum 3:12", "sal 4:2",
"konferensrum B2:14"): the words that label such a number. Read by
``rules/rooms.py``.
"""

from __future__ import annotations

# A room's or a hall's word in the indefinite, right before its number: "a:b"
# after it is the room's designation, said with "kolon", never a clock time.
ROOM_LABELS = frozenset("""
rum sal lokal hörsal aula konferensrum mötesrum sammanträdesrum grupprum lektionssal föreläsningssal datasal
skrivsal sessionssal lärosal samlingssal gymnastiksal studierum seminarierum lab labbsal klassrum
""".split())
# The same words in the definite ("i rummet 3:12", "salen 2:105"): the number is
# the room's only when it cannot be a clock time ("4:2", "2:105"; "salen 18:30" is a time).
ROOM_LABELS_DEFINITE = frozenset("""
rummet salen lokalen hörsalen aulan konferensrummet mötesrummet sammanträdesrummet grupprummet lektionssalen
föreläsningssalen datasalen skrivsalen sessionssalen klassrummet
""".split())
# Endings of a compound that names a room ("kontorsrum", "omklädningsrum", "festsal"):
# a label too, in the indefinite.
ROOM_TAILS = ("rum", "sal", "lokal")
# Words ending so that are no room ("Resecentrum", "Forum", "spektrum", "Kulturtorget"): a time after them.
NOT_ROOM_TAILS = ("trum", "orum", "eum", "ium")
