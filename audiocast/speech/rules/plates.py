"""Registration plates after a short label ("reg. JKL 987"): the label is
said in full before ``admin.identifiers_by_label`` reads the plate after it
letter by letter and digit by digit. The labels are in
``speech/data/plate_words.py``.
"""

from __future__ import annotations

import re

from ..data.plate_words import PLATE_LABEL_SAID, PLATE_SHORT_LABELS
from ..report import Trace
from .machinery import alternation, sub

# A Swedish plate: three letters and three characters, the last a digit or a
# letter ("JKL 987", "ABC 12D").
_PLATE_AFTER_LABEL = re.compile(
    rf"(?<![\w.])(?P<l>(?i:{alternation(PLATE_SHORT_LABELS)}))\s?(?=[A-HJ-PR-UW-Z]{{3}}\s?\d\d[\dA-Z]\b)"
)


def _label(m: re.Match[str]) -> str:
    return (PLATE_LABEL_SAID.capitalize() if m.group("l")[0].isupper() else PLATE_LABEL_SAID) + " "


def plate_labels(text: str, trace: Trace | None = None) -> str:
    """A short label right before a registration plate is said in full, so
    the plate is read as one: "med reg. JKL 987" -> "med
    registreringsnummer J K L nio åtta sju" (was "ji kå ell
    niohundraåttiosju"), "reg ABC 12D", "Reg. nr PQR 321" (class
    "identifier").

    Risk: only before three capitals and two digits and a digit or a
    capital; "reg." before anything else ("reg. gatan") is left.
    """
    if "eg" not in text:
        return text
    return sub(_PLATE_AFTER_LABEL, _label, text, trace, "identifier")
