"""A footnote's marker glued to the word or the stop before it, as a wiki
page writes its sources ("byggdes 1742.[1] Den", "enligt en källa[3] var",
"år 1900.[4][5]"): not said at all. It was read as a number between pauses
(", ett,") and took the sentence's full stop with it.

No table: the shape is one to three digits in square brackets right after a
letter, a digit, a closing quote or bracket, or a stop, with no space.
"""

from __future__ import annotations

import re

from ..report import Trace
from .machinery import sub

_MARKERS = re.compile(r"(?<=[\w.,;:!?”\")])(?:\[\d{1,3}\])+")


def footnotes(text: str, trace: Trace | None = None) -> str:
    """ "byggdes 1742.[1] Den" -> "byggdes 1742. Den" (class "pause").

    Risk: digits in square brackets glued to a word are a footnote; an
    author's own bracketed number glued to a word ("svara[1]") is dropped
    too. A bracket after a space ("bilaga [2]") is left to the other rules.
    """
    if "[" not in text:
        return text
    return sub(_MARKERS, lambda m: "", text, trace, "pause")
