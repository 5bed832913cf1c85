"""Words of the football pools (Stryktipset, Europatipset, Topptipset): a line
naming one is a tip, and its "1X2", "1X", "X2" are signs ("ett kryss två"),
read by ``rules/pool_tips.py``.
"""

from __future__ import annotations

# A word (its stem, small letters) that makes a line a pools tip.
POOL_WORDS = (
    "tips", "stryktips", "europatips", "topptips", "måltips", "gardering", "halvgardering", "helgardering",
    "spikar", "spik", "tipsrad", "systemrad", "kupong", "kupongen", "rätt rad",
    "oddset", "vårt spel",  # a betting tip's line ("Oddset: Hammarby–AIK ... Vårt spel: 1X", session 59)
)

# Each sign said: "1" home win, "X" a draw ("kryss"), "2" away win.
POOL_SIGNS = {"1": "ett", "X": "kryss", "2": "två"}
# A lone sign put on a match ("Arsenal–Chelsea 1, Leeds–Everton X"): the sign's noun, "etta", "kryss", "tvåa"
# (session 53, normalize228: it was "ett", "eks", "två").
FIXTURE_SIGNS = {"1": "etta", "X": "kryss", "2": "tvåa"}

# Words of a pools' row of results ("Rätt rad: 1X2 21X 112 X21 2"): there every group of signs is said sign by sign,
# two ones too ("112": "ett ett två"; session 52, normalize207: "21X" was "tjugoett eks").
ROW_WORDS = ("rätt rad", "rätta raden", "tipsrad", "systemrad")
