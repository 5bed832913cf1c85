"""The direction a home faces, written short after "mot" in an ad or a notice: "Balkong mot SV" -> "mot sydväst",
"läge mot S/V" -> "mot sydväst", "altan mot V och S" -> "mot väster och söder". The tables are in
``speech/data/compass_words.py`` (``HOME_FACING_WORDS``, ``FACING_POINTS``).
"""

from __future__ import annotations

import re

from ..data.compass_words import FACING_POINTS, HOME_FACING_WORDS
from ..report import Trace
from .machinery import alternation, sentence_words_before, sub

_POINT = alternation(FACING_POINTS)
# "mot S", "mot SV", "mot S/V", "mot V och S": the points after "mot", not a word's or a code's letters.
_FACING = re.compile(
    rf"(?<=\bmot )(?P<a>{_POINT})(?:(?P<link>/| och | eller )(?P<b>{_POINT}))?(?![\w/&+-]|\.\w|:\w)"
)


def _home_before(m: re.Match[str]) -> bool:
    """A word of a home's side or sun (HOME_FACING_WORDS) in the sentence before "mot"."""
    return not HOME_FACING_WORDS.isdisjoint(sentence_words_before(m))


def _joined(a: str, b: str) -> str | None:
    """Two single points joined by a slash: the point between them ("S/V" -> "sydväst"), a pole first."""
    if len(a) == 1 and len(b) == 1:
        key = a + b if a in "NS" else b + a
        if key in FACING_POINTS and key[0] in "NS" and key[1] in "ÖOV":
            return FACING_POINTS[key]
    return None


def _facing(m: re.Match[str]) -> str | None:
    if not _home_before(m):
        return None
    a, b = m.group("a"), m.group("b")
    if b is None:
        return FACING_POINTS[a]
    if m.group("link") == "/" and (said := _joined(a, b)):
        return said
    link = " och " if m.group("link") == "/" else m.group("link")
    return FACING_POINTS[a] + link + FACING_POINTS[b]


def facings(text: str, trace: Trace | None = None) -> str:
    """A compass abbreviation after "mot" in a sentence about a home's side or sun (HOME_FACING_WORDS: balcony,
    patio, plot, garden, windows, "läge", "kvällssol") is the direction it faces, said as the noun: "Balkong mot SV"
    -> "mot sydväst", "mot S" -> "mot söder"; two single points joined by a slash are the point between them ("läge
    mot S/V" -> "sydväst"), others are both ("mot S/SV" -> "söder och sydväst").

    Risk: a party's letter after "mot" in a sentence that also names a plot or a balcony ("S röstade mot V om tomten")
    is read as a direction.
    """
    if "mot " not in text:
        return text
    return sub(_FACING, _facing, text, trace, "wind")
