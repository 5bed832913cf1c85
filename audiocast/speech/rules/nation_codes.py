"""A nation's three-letter code after an athlete's name in a line of results (``nation_codes``; the codes in
``speech/data/sport.NATION_CODES``)."""

from __future__ import annotations

import re

from ..data.sport import NATION_CODES
from ..report import Trace
from .machinery import alternation, sub

# "Brignone, ITA, +0,45", "Weng (NOR) +5,7", "Čeh, SLO, som kastade": the code after a name (a word of small
# letters after a capital), between commas or in brackets, before a comma, a bracket, the line's end or a result (in
# brackets: the result or the line's end after the bracket).
_CODE = re.compile(
    rf"(?<=[^\W\d_], )(?P<c>{alternation(NATION_CODES)})(?=[,;]|\s[+−-]?\d|\.?\s*$)"
    rf"|(?<=[^\W\d_] \()(?P<b>{alternation(NATION_CODES)})(?=\)(?:[,;–]|\s[+−-]?\d|\.?\s*$))"  # "(SWE)–Ruud"
    # "Hanna Öberg SWE 20.51,2", "Vittozzi ITA +8,4": set off by spaces alone, right before the result (session 62)
    rf"|(?<=[^\W\d_A-ZÅÄÖ] )(?P<s>{alternation(NATION_CODES)})(?=\s[+−-]?\d)"
)
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-ZÅÄÖÉÜČĆŠŽ][\w'’-]*[,(]?\s?\(?$")


def _nation(m: re.Match[str]) -> str | None:
    if not _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "Luleå tekniska universitet (LTU)": after no name, an organisation's own letters
    return NATION_CODES[m.group("c") or m.group("b") or m.group("s")]
_HINT = re.compile(rf"(?<![\w])(?:{alternation(NATION_CODES)})(?![\w])")  # a cheap test before the pattern


def nation_codes(text: str, trace: Trace | None = None) -> str:
    """A nation's code after an athlete's name, between commas or in brackets, in a line with a result (a digit:
    the rule only runs on such lines), is the nation: "Federica Brignone, ITA" -> "Italien", "Weng (NOR) +5,7" ->
    "Weng (Norge) ...", "Gut-Behrami, SUI, +0,92" -> "Schweiz" (session 46, normalize159: the letters were spelled,
    "ess u i"); the word before must be a name (a capital first): "Luleå tekniska universitet (LTU)" keeps its
    letters; set off by spaces alone right before a time or a gap too ("1) Hanna Öberg SWE 20.51,2"). Risk: a team's or an organisation's three capitals from the table after a name in a line with a
    number ("Eriksson, AUS, 3 år") are read as a nation."""
    if not _HINT.search(text):
        return text
    return sub(_CODE, _nation, text, trace, "nation")
