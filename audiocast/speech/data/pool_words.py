"""Words of the football pools (Stryktipset, Europatipset, Topptipset): a line
naming one is a tip, and its "1X2", "1X", "X2" are signs ("ett kryss två"),
read by ``rules/pool_tips.py``.
"""

from __future__ import annotations

# A word (its stem, small letters) that makes a line a pools tip.
POOL_WORDS = (
    "tips", "stryktips", "europatips", "topptips", "måltips", "gardering", "halvgardering", "helgardering",
    "spikar", "spik", "tipsrad", "systemrad", "kupong", "kupongen", "rätt rad",
)

# Each sign said: "1" home win, "X" a draw ("kryss"), "2" away win.
POOL_SIGNS = {"1": "ett", "X": "kryss", "2": "två"}
