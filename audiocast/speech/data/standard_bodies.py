"""The bodies whose standards are named by letters and a number ("EN 1078",
"SS-EN 1176", "EN ISO 20345", "IEC 60335-1"): read by
``rules/standards.py``.
"""

from __future__ import annotations

# A standard's body written before its number, spelled letter by letter ("EN" is never the word "en"
# there). ISO is said as a word by most ("iso"), the others by their letters.
# (Sweden's "SS" only before another body: "SS-EN 1176"; "SS 2000" alone may be anything.)
STANDARD_BODIES = ("EN", "ISO", "IEC", "SIS", "DIN", "ASTM", "ETSI", "CEN", "ANSI")
STANDARD_WORDS = {"ISO": "iso"}
# A mark written before the standard's name ("märkt CE EN 1078"): spelled.
MARKS_BEFORE = ("CE", "UKCA")
