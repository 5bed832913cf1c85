"""Session 14 (S11), tuned fixes from the opened held-out sets normalize42-45:
a pressure in millimetres of mercury ("140/90 mm Hg", "120 mmHg": the pair
read "över" by its unit, not only after a word of blood pressure) and "anm."
after "tar emot" (the registrations received: "anmälningar").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

# Written after the fix, in other wordings than the held-out rows.
AFTER = [
    ("Efter medicinen låg trycket på 135/85 mm Hg.",
     "Efter medicinen låg trycket på hundratrettiofem över åttiofem millimeter kvicksilver."),
    ("Målvärdet är 130/80 mmHg för diabetiker.", "Målvärdet är hundratrettio över åttio millimeter kvicksilver för diabetiker."),
    ("Trycket i ögat mättes till 21 mm Hg.", "Trycket i ögat mättes till tjugoett millimeter kvicksilver."),
    ("Sekreteraren tar emot anm. per telefon.", "Sekreteraren tar emot anmälningar per telefon."),
]

# Near-misses that keep the old reading.
GUARDS = [
    ("Blodtrycket var 130/85.", "Blodtrycket var hundratrettio över åttiofem."),
    ("Regnet gav 12 mm på en timme.", "Regnet gav tolv millimeter på en timme."),
    ("Anm. senast fredag.", "Anmälan senast fredag."),
    ("Anm.: priset gäller medlemmar.", "Anmärkning: priset gäller medlemmar."),
]


@pytest.mark.parametrize(("written", "spoken"), AFTER + GUARDS)
def test_reading(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
