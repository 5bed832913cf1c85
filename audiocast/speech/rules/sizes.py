"""A range of clothing sizes written with a dash ("strl. S–XL", "storlek
XS–XXL"): "till" between them, as between numbers ("S till XL"; the dash was
left unsaid between two spelled sizes, "ess–eks ell").
"""

from __future__ import annotations

import re

from ..report import Trace
from .machinery import sub

# A letter size: XS, S, M, L, XL, XXL, 3XL (not "M–L" alone: a size word must be in the line, SIZE_WORDS).
_SIZE = r"(?:\d?X{0,3}[SL]|M)"
_SIZE_RANGE = re.compile(rf"(?<![\w-])(?P<a>{_SIZE})\s?[–-]\s?(?P<b>{_SIZE})(?![\w-])")
SIZE_WORDS = re.compile(r"(?i:\b(?:strl|stl|storlek(?:ar|en|arna)?|size|sizes|barnstorlek)\b)")


def sizes(text: str, trace: Trace | None = None) -> str:
    """ "Tröjan finns i strl. S–XL" -> "strl. S till XL" (class "range"): two
    letter sizes joined by a dash in a line that names a size (SIZE_WORDS)
    are a range. Risk: two party letters joined by a dash ("S–M") in a line
    that also says "storlek" are read as a range."""
    if "–" not in text and "-" not in text:
        return text
    if "S" not in text and "L" not in text and "M" not in text:
        return text
    if SIZE_WORDS.search(text) is None:
        return text
    return sub(_SIZE_RANGE, lambda m: f"{m.group('a')} till {m.group('b')}", text, trace, "range")
