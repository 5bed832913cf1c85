"""The letters of a sports class written as a pair with a slash ("P/F 10",
"F/P12-laget", "H/D 35": boys and girls, men and women together). Read by
``rules/age_class_pairs.py``.
"""

from __future__ import annotations

# P pojkar, F flickor, H herrar, D damer.
CLASS_LETTERS = "PFHD"
