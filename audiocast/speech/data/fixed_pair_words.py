"""Two words joined by a slash that are one term, not two alternatives: said as
the term is said, without "eller" or "och" (read by ``rules/symbols.py``)."""

from __future__ import annotations

# "plus/minus" in a hockey player's statistics (and "+/-", the sign "±") is the
# statistic "plus minus", never "plus eller minus"; "in/ut" of a valve or a
# cable's ends likewise. Keys in small letters.
FIXED_SLASH_PAIRS = {
    ("plus", "minus"): "plus minus",
    ("minus", "plus"): "minus plus",
}
