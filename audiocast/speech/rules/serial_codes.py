"""A product's or a vehicle's serial code after its label, read out to be written down (s21-N23).

"tillverkningsnummer 6C5-1012345" -> "sex ce fem streck ett noll ett två tre fyra fem", "ramnummer WTU-1234567" ->
"dubbelve te u streck ett två tre ...": after a label of ``SERIAL_LABELS`` a code of capitals and digits joined by
dashes, with a capital in it, is said a character at a time: each letter by its name, each digit alone, each dash
"streck". Without it the digits after the dash were read as one large number with the dash left over ("-en miljon").

Risk: a code whose digits the writer would group ("AB12" as "a be tolv") is said digit by digit (the same
characters, slower); a code with no capital is left to the identifier rules. Cheap gate: "nummer", "nr" or
"imei" in the line and a dash.
"""

from __future__ import annotations

import re

from ..data.serial_code_words import SERIAL_LABELS
from ..numbers import digits
from ..report import Trace
from .machinery import prev_words, spell, sub

_CODE = re.compile(r"(?<![\w-])(?=[A-Z\d-]*[A-Z])(?P<c>[A-Z\d]+(?:-[A-Z\d]+)+)(?![\w-])")
_PIECE = re.compile(r"[A-Z]+|\d+|-")


def _code(m: re.Match[str]) -> str | None:
    words = [w.strip(":") for w in prev_words(m, 2)]
    if not words or (words[-1] not in SERIAL_LABELS and not (len(words) == 2 and words[0] in SERIAL_LABELS
                                                            and words[1] in ("är", "blir", "var"))):
        return None
    said = []
    for piece in _PIECE.findall(m.group("c")):
        said.append("streck" if piece == "-" else digits(piece) if piece.isdigit() else spell(piece))
    return " ".join(said)


def serial_codes(text: str, trace: Trace | None = None) -> str:
    """A serial code after its label said a character at a time, the dashes "streck".

    Risk: a code whose digits the writer would group is said digit by digit; a code with no capital is left."""
    if "-" not in text:
        return text
    low = text.lower()
    if "nummer" not in low and "nr" not in low and "imei" not in low:
        return text
    return sub(_CODE, _code, text, trace, "identifier")
