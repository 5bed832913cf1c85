"""An episode out of a series in a TV listing written with a colon ("SVT1
21.30 Dokument inifrån: Gruvstaden som flyttar (1:3)"): "del ett av tre"
(it was "(ett: tre)", digits no rule read). The slash's "(6/8)" is read by
``parts.out_of_series``.
"""

from __future__ import annotations

import re

from ..data.calendar import TV_LINE_STEMS
from ..numbers import cardinal
from ..report import Trace
from .machinery import sub

_EPISODE = re.compile(r"\((?P<d>[1-9]\d?):(?P<n>[1-9]\d?)\)")
# "del 3(8)": a part's number glued to the number of parts in brackets (session 53, normalize242).
_PART_OF = re.compile(r"(?<=\b[Dd]el )(?P<d>[1-9]\d?)\((?P<n>[1-9]\d?)\)")
_CLOCK_BEFORE = re.compile(r"\b(?:[01]?\d|2[0-4])[.:][0-5]\d\b")


def _episode(m: re.Match[str]) -> str | None:
    d, n = int(m.group("d")), int(m.group("n"))
    s = m.string
    if not d <= n or not _CLOCK_BEFORE.search(s, 0, m.start()):
        return None
    if not any(w in s.lower() for w in TV_LINE_STEMS):
        return None
    return f"(del {cardinal(d)} av {cardinal(n)})"


def episodes(text: str, trace: Trace | None = None) -> str:
    """ "(1:3)" after a title in a TV listing -> "(del ett av tre)" (class
    "episode"); a part's number glued to the number of parts: "del 3(8)" -> "del tre av åtta".

    Risk: in a line with a clock time and a word of TV_LINE_STEMS ("svt",
    "tv4", "kanal 5", "repris", ...), one number over a larger one in
    brackets with a colon is an episode; a half-time score written so
    ("(1:2)") in such a line is read as one too.
    """
    if ")" not in text:
        return text
    if "el " in text:  # "del 3(8)": "del tre av åtta"
        text = sub(_PART_OF, lambda m: f"{cardinal(int(m.group('d')))} av {cardinal(int(m.group('n')))}"
                   if int(m.group("d")) <= int(m.group("n")) else None, text, trace, "episode")
    if ":" not in text:
        return text
    return sub(_EPISODE, _episode, text, trace, "episode")
