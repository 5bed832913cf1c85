"""Session 14 (S11), a tuned fix from the opened held-out set normalize44
(b44n-h178): the signs of a football pools tip ("1X2", "1X", "X2") in a line
that names the pools are said sign by sign with "kryss" (rules/pool_tips.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

# Written after the fix, in other wordings than the held-out row.
AFTER = [
    ("Måltips och gardering: 1X på Tuna, X2 på Kisa.", "Måltips och gardering: ett kryss på Tuna, kryss två på Kisa."),
    ("Helgardering 1X2 på sista matchen på kupongen.", "Helgardering ett kryss två på sista matchen på kupongen."),
    ("Veckans spik är 1, sedan halvgardering X2.", "Veckans spik är ett, sedan halvgardering kryss två."),
    ("Stryktipset: spika 1X på Brynäs–Luleå.", "Stryktipset: spika ett kryss på Brynäs mot Luleå."),
]

# Near-misses that keep the old reading: no word of the pools in the line.
GUARDS = [
    ("Han köpte en BMW X2 i fjol.", "Han köpte en be emm ve eks två i fjol."),
    ("Betyget 1X i tabellen.", "Betyget ett eks i tabellen."),
    ("Tåget går på Stockholm–Göteborg i morgon.", "Tåget går på Stockholm–Göteborg i morgon."),
]


@pytest.mark.parametrize(("written", "spoken"), AFTER + GUARDS)
def test_reading(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
