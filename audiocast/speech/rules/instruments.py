"""A musician's instrument or voice written short after her name and a comma: "Torleif Thedéen, vc." -> "Torleif
Thedéen, cello" (the table is ``data/instrument_words.py``).
"""

from __future__ import annotations

import re

from ..data.instrument_words import INSTRUMENTS, MUSIC_LINE_WORDS
from ..report import Trace
from .machinery import alternation, keep_stop, sub

# The short form after a capitalised name and a comma, before a comma, "och", a bracket or the sentence's end.
_INSTRUMENT = re.compile(
    rf"(?<=[a-zåäöéü], )(?P<i>{alternation(INSTRUMENTS)})(?P<dot>\.)?(?=[,;)]|\s(?:och|&)\s|\s*$|(?<=\.)\s[A-ZÅÄÖ])")
_NAME_BEFORE = re.compile(r"[A-ZÅÄÖ][\wéü-]+ [A-ZÅÄÖ][\wéü-]+, $")


def _instrument(m: re.Match[str]) -> str | None:
    if not _NAME_BEFORE.search(m.string, max(0, m.start() - 50), m.start()):
        return None
    line = m.string.lower()
    if not any(w in line for w in MUSIC_LINE_WORDS) and len(_INSTRUMENT.findall(m.string)) < 2:
        return None  # "Per Lind, org.": an instrument only in a line about music or beside another one
    return INSTRUMENTS[m.group("i")] + keep_stop(m, bool(m.group("dot")))


def instruments(text: str, trace: Trace | None = None) -> str:
    """ "med Dahlkvistkvartetten & Torleif Thedéen, vc." -> "... Torleif Thedéen, cello" (class "abbreviation"): an
    instrument or a voice written short right after a full name and a comma, in a line about music or beside another
    such name and instrument.

    Risk: a short word of the table after a full name and a comma in a line about music that means something else
    ("Eva Ek, bar." for a bar) is read as the instrument.
    """
    if ", " not in text:
        return text
    return sub(_INSTRUMENT, _instrument, text, trace, "abbreviation")
