"""A range between two signed numbers ("+2–+4 °C", "-5–-2 grader", "−3–+1"):
the dash is "till" ("plus två till plus fyra grader"); the signs are said
later by the symbols and cardinals.
"""

from __future__ import annotations

import re

from ..report import Trace
from .machinery import sub

# A signed number (a sign after a space, a bracket or the line's start), a
# dash, and a second number that carries its own sign.
_SIGNED_RANGE = re.compile(
    r"(?:(?<=[\s(])|^)(?P<a>[+−-]\d{1,3}(?:,\d{1,2})?)\s?[–—-]\s?(?=[+−-]\d)"
)
_GATE = re.compile(r"[–—-](?:(?<=\d.)|(?<=\d\s.))\s?[+−-]\d")  # (\d\s?[–—-]\s?[+−-]\d, the dash first)


def signed_ranges(text: str, trace: Trace | None = None) -> str:
    """ "+2–+4 °C" -> "+2 till +4 °C" (class "range").

    Risk: two signed numbers joined by a dash are a range; a score or a
    difference written so ("+3–-1") is read as one too.
    """
    if not _GATE.search(text):
        return text
    return sub(_SIGNED_RANGE, lambda m: m.group("a") + " till ", text, trace, "range")
