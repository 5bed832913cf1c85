"""Letters joined by a slash or a plus (``rules/letter_pairs.py``): the
classes of a driving licence ("C/CE", "B/BE", "A+B" on a truck licence)
and the words that tell a line speaks of licences.
"""

from __future__ import annotations

# Licence classes (driving, truck): a slash between two is "eller".
LICENCE_CLASSES = (
    "AM", "A1", "A2", "A", "B96", "BE", "B", "C1E", "C1", "CE", "C", "D1E", "D1", "DE", "D",
)
# Words in the sentence that make a slash between letters a choice of licences.
LICENCE_WORDS = ("körkort", "behörighet", "truck", "förare", "chaufför", "lastbil", "buss", "klass", "kort")

# Short forms that are a vehicle's letters before its model number ("Bv
# 206"): spelled, not the abbreviation's word ("bv" bottenvåning).
MODEL_LETTERS = ("Bv",)

# "P-platsen", "p-avgift", "P-huset": a "P" joined by a hyphen to one of these
# is "parkering" ("parkeringsplatsen"); other "P-" words keep the letter
# ("p-piller", "P-värde", "P-hus" is parking but "P-bok" is left).
PARKING_TAILS = ("plats", "hus", "avgift", "skiva", "böter", "tillstånd", "ficka", "vakt", "garage", "automat",
                 "förbud", "område", "zon", "däck", "yta", "ytor", "ytan", "bolag", "norm", "regler",
                 "tal", "talet", "strategi", "utredning",  # a plan's "p-tal 0,6": the parking ratio (session 46)
                 "tid", "tiden", "tider")  # "Max p-tid 2 tim" (session 47)

# Words in the sentence that make two capitals joined by a dash a span of
# grades, classes or groups ("betygen A–F", "energiklass A–G", "grupp A–D"):
# "a till eff", not a pair of names or parties.
LETTER_SPAN_WORDS = ("betyg", "skala", "skalan", "klass", "grupp", "kategori", "nivå", "bokstäver", "bokstav",
                     "sektion", "avdelning", "trappuppgång", "hus", "rad", "raderna", "rader", "plan", "zon",
                     "kurs", "steg", "block",  # "kurs A–D" (sfi's courses; session 47, normalize167)
                     "proven", "provet", "provresultat")  # "nationella proven …: A–E 91,3 %" (grades; session 61)
