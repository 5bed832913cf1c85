"""A musical work's opus number with its number inside the opus (``opus_numbers``): "op. 42:1" -> "op. fyrtiotvå
nummer ett" (the label read by the abbreviations: "opus"), as a concert's programme is read aloud; the colon was
said as a pause, "fyrtiotvå: ett".
"""

from __future__ import annotations

import re

from ..numbers import cardinal
from ..report import Trace
from .machinery import sub

_OPUS = re.compile(r"(?<![\w.])(?P<l>[Oo]p\.|[Oo]pus)\s(?P<n>\d{1,3}):(?P<k>\d{1,2})(?![\w]|[.,:]\d)")


def opus_numbers(text: str, trace: Trace | None = None) -> str:
    """ "Toccata ur op. 42:1" -> "op. fyrtiotvå nummer ett", "opus 10:3" -> "opus tio nummer tre" (class
    "identifier"; session 54, normalize257).

    Risk: none known; a colon after "op." or "opus" and a number is always the work's number in its opus.
    """
    if "op" not in text.lower():
        return text
    return sub(_OPUS, lambda m: f"{m.group('l')} {cardinal(int(m.group('n')))} nummer {cardinal(int(m.group('k')))}",
               text, trace, "identifier")
