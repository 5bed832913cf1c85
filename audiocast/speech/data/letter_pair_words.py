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
