"""The letters of a sports class written as a pair with a slash ("P/F 10",
"F/P12-laget", "H/D 35": boys and girls, men and women together). Read by
``rules/age_class_pairs.py``.
"""

from __future__ import annotations

# P pojkar, F flickor, H herrar, D damer.
CLASS_LETTERS = "PFHD"

# The groups the letters name, said in full when the number after the pair is an age in years ("för F/P 7–9 år":
# "för flickor och pojkar sju till nio år", session 51, normalize193): a class's name is spelled, a group of ages
# is not.
CLASS_WORDS = {"P": "pojkar", "F": "flickor", "H": "herrar", "D": "damer"}
