"""A player's count in a line of statistics whose noun is written in the singular or clipped without a stop:
"Ek 24 p, 11 retur" -> "elva returer", "9 reb" -> "nio returer" (the box score's short form). The nouns are
``speech/data/stat_singular_words.py``.

The line must hold another count of the player's (STAT_COUNT_WORDS: "24 p", "18 poäng", "5 assist"): "köpte 2
retur till Malmö" (tickets) is left as written. Risk: a line of statistics whose "retur" means a return match
("11 retur" after a fixture's number) is read as rebounds.
"""

from __future__ import annotations

import re

from ..data.stat_singular_words import STAT_COUNT_WORDS, STAT_SINGULARS
from ..report import Trace
from .machinery import alternation, last_first, sub

_NOUN = re.compile(  # (the first digit first and the lookbehind after it: a fast scan)
    rf"(?P<n>\d(?<![\w,.:/–-]\d)\d{{0,2}})\s(?P<w>{alternation(list(STAT_SINGULARS))})(?![\w-]|\.\w)")
_OTHER_COUNT = re.compile(rf"(?<![\w,.])\d{{1,3}}\s(?:{alternation(list(STAT_COUNT_WORDS))})(?![\w-])")
# A word opening so after a space (one search, each word's last character first, for a Python loop of substring tests)
_GATE = re.compile(last_first((" ret", " reb", " räddning", " blockering", " brytning")))


def _read(m: re.Match[str]) -> str | None:
    one, many = STAT_SINGULARS[m.group("w")]
    if m.group("w") in ("ret", "reb") and m.string.startswith(".", m.end()):
        return None  # "11 ret.": ``clipped_counts`` reads the clipped noun with its stop
    return f"{m.group('n')} {one if m.group('n') == '1' else many}"


def stat_singulars(text: str, trace: Trace | None = None) -> str:
    """ "Ek 24 p, 11 retur" -> "Ek 24 p, 11 returer" (class "unit"), in a line that holds another of the
    player's counts; the number is read by the later rules. Risk: a return match's "retur" in a line of
    statistics ("5 retur" for five return games) is said "returer"."""
    if not _GATE.search(text) or _OTHER_COUNT.search(text) is None:
        return text
    return sub(_NOUN, _read, text, trace, "unit")
