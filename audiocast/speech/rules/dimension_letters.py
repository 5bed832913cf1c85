"""A piece of furniture's or a room's measures, each after its dimension's letter and joined by a times sign:
"B 160 × D 50 × H 96 cm" -> "bredd 160 gånger djup 50 gånger höjd 96 cm" (the numbers and the unit are read by
the number and unit rules after). Table: ``data/dimension_words.py``.
"""

from __future__ import annotations

import re

from ..data.dimension_words import DIMENSION_LETTERS
from ..report import Trace
from .machinery import alternation, sub

_LETTER = alternation(list(DIMENSION_LETTERS))
_MEASURE = r"\d+(?:[,.]\d+)?(?:\s?(?:mm|cm|dm|m)(?![\w²³]))?"
# Two or more measures, each after its letter, joined by "×", "x" or "*": the letters mark them as dimensions.
_CHAIN = re.compile(
    rf"(?<![\w.,/-])(?:{_LETTER})\.?\s?{_MEASURE}(?:\s?[×x*]\s?(?:{_LETTER})\.?\s?{_MEASURE})+(?![\w])"
)
# A list of measures, each after its letter and with its unit, joined by commas: a boat's "L 9,5 m, B 3,1 m" (s57).
_UNIT_MEASURE = r"\d+(?:,\d+)?\s?(?:mm|cm|dm|m)(?![\w²³])"
_COMMA_CHAIN = re.compile(
    rf"(?<![\w.,/-])(?:{_LETTER})\.?\s?{_UNIT_MEASURE}(?:,\s(?:{_LETTER})\.?\s?{_UNIT_MEASURE})+"
)
# One measure after its letter with a length's unit, opening a bracket or after a colon, before a comma or the
# bracket's end: "Skulpturen (H 180 cm, 420 kg)", "Mått: B 90 cm." (session 62, normalize453).
_SINGLE = re.compile(rf"(?:(?<=\()|(?<=: ))(?:{_LETTER})\.?\s?{_UNIT_MEASURE}(?=[,;)]|\.?$)")
_PART = re.compile(rf"(?P<l>{_LETTER})\.?\s?(?=\d)|\s?[×x*]\s?(?=(?:{_LETTER})\.?\s?\d)")


def _chain(m: re.Match[str]) -> str:
    def part(p: re.Match[str]) -> str:
        return DIMENSION_LETTERS[p.group("l")] + " " if p.group("l") else " gånger "

    return _PART.sub(part, m.group(0))


def dimension_letters(text: str, trace: Trace | None = None) -> str:
    """ "B 160 × D 50 × H 96 cm" -> "bredd 160 gånger djup 50 gånger höjd 96 cm", "L 200 x B 90 cm" -> "längd 200
    gånger bredd 90 cm" (class "unit"): at least two measures joined by a times sign, each after the letter of its
    dimension (DIMENSION_LETTERS: B, D, H, L, Dj); or joined by commas, each with its unit ("L 9,5 m, B 3,1 m" ->
    "längd 9,5 m, bredd 3,1 m", a boat's ad).

    One measure alone after its letter, with a length's unit, is a dimension too where it opens a bracket or follows
    a colon and a comma or the bracket's end closes it ("(H 180 cm, 420 kg)" -> "(höjd 180 cm, ...").

    Risk: a single letter before a number with no second measure joined to it ("B 160") stays as written elsewhere (a
    letter and a number, read by the letter rules); a class's or a row's letter before a length in brackets
    ("(B 50 m)") is read as a dimension; a chain of codes of that shape ("L 2 x B 3" in a game's
    notation) is read as measures."""
    if ", " in text:  # "L 9,5 m, B 3,1 m": each measure with its unit, joined by commas
        text = sub(_COMMA_CHAIN, _chain, text, trace, "unit")
    if "(" in text or ": " in text:  # "(H 180 cm, 420 kg)": one measure, a bracket's or a colon's first
        text = sub(_SINGLE, _chain, text, trace, "unit")
    if "×" not in text and "x" not in text and "*" not in text:
        return text
    return sub(_CHAIN, _chain, text, trace, "unit")
