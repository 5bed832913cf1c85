"""The short forms before a ship's name, written with a slash ("m/s Birka",
"s/s Blidösund", "M/Y Eira"): said letter by letter. Read by
``rules/ship_prefixes.py``.
"""

from __future__ import annotations

# First letter (m: motor, s: steam) and second (s: ship, y: yacht, t: tanker,
# f: ferry), either case.
SHIP_FIRST = "msMS"
SHIP_SECOND = "sytfSYTF"
