"""Registration plates after a short label the plate rule of ``admin`` does
not know ("reg. JKL 987", "reg ABC 12D"), read by ``rules/plates.py``.
"""

from __future__ import annotations

# Short labels before a plate, said as the label ``admin`` reads plates after.
PLATE_SHORT_LABELS = ("reg. nr", "reg nr", "reg.", "reg")
PLATE_LABEL_SAID = "registreringsnummer"
