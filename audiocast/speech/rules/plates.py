"""Registration plates after a short label ("reg. JKL 987"): the label is
said in full before ``admin.identifiers_by_label`` reads the plate after it
letter by letter and digit by digit. The labels are in
``speech/data/plate_words.py``.
"""

from __future__ import annotations

import re

from ..data.admin import PLATE_LABELS
from ..data.plate_words import PLATE_LABEL_SAID, PLATE_SHORT_LABELS
from ..numbers import digits
from ..report import Trace
from .machinery import alternation, prev_words, spell, sub

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


_FOREIGN_PLATE = re.compile(r"(?<![\w-])(?P<l>[A-ZÅÄÖ]{1,3}-[A-ZÅÄÖ]{1,2}(?=\s?\d{1,4}\b)|[A-ZÅÄÖ]{2,3})\s?"
                           r"(?P<d>\d{1,5}[A-Z]{0,2})(?![\w])")
"""A plate of another country's shape right after a plate's label ("polska skyltar WGM 8472A", "reg.nr KR 12345", a
German district's letters and the series after a hyphen, "tysk registrering, HH-AB 1234"); two or three letters
before the digits, or the hyphen's pair ("E45" by a sign is a road)."""


_ROAD_CODES = frozenset({"RV", "LV", "EU"})


def say_plate(letters: str, rest: str) -> str:
    """A plate as it is said: its letters spelled, then its digits and letters one by one ("ABC 12D" -> "a be ce ett
    två de"; a German district's hyphen is not said)."""
    return f"{spell(letters.replace('-', ''))} " + " ".join(digits(c) if c.isdigit() else spell(c) for c in rest)


def _foreign_plate(m: re.Match[str]) -> str | None:
    """A plate of another country's shape (:data:`_FOREIGN_PLATE`) right after a plate's label: its letters spelled,
    its digits and letters one by one, as a Swedish plate is said (session 34, normalize107)."""
    if m.group("l") in _ROAD_CODES or not any(w.strip("(.,:") in PLATE_LABELS for w in prev_words(m, 3)):
        return None  # "skylten vid RV 40": a road's number
    return say_plate(m.group("l"), m.group("d"))


def foreign_plates(text: str, words: set[str], trace: Trace | None = None) -> str:
    """Plates of another country's shape in a line whose ``words`` (lower case) hold a plate's label (called by
    ``admin.identifiers_by_label`` after the Swedish plates)."""
    if words.isdisjoint(PLATE_LABELS):
        return text
    return sub(_FOREIGN_PLATE, _foreign_plate, text, trace, "identifier")
