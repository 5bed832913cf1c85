"""The ending of a spelled short form after a colon ("VD:n", "SVT:s",
"SMS:a", "PM:et"), shared by the rules that spell letters
(``words.acronyms``, ``shortforms.abbreviations``).
"""

from __future__ import annotations

import re

from ..data.words import LETTER_NAMES

ENDING_HINT = re.compile(r":[a-zåäö]")
"""A colon before an ending's first letter: the gate of shortforms' _SPELLED_ENDING and _LEXICON_ENDING
("gps:en", "Ufo:t"; the colon first, a fast scan)."""

_VOWELS = frozenset("aeiouyåäö")
_NAMES = frozenset(LETTER_NAMES.values())


def join_ending(said: str, ending: str) -> str:
    """``said`` (a short form said by its letters' names) with the ending
    written after its colon: an ending that starts with a consonant joins
    the last letter's name as one syllable ("VD:n" -> "ve den", "SVT:s" ->
    "ess ve tes"); one that starts with a vowel keeps a hyphen after the
    name ("SMS:a" -> "ess emm ess-a", "PM:et" -> "pe emm-et"), as the
    writers of our blind sets write them ("S M S:a", "P M-et") and as the
    voice says them (the name's last sound runs on into the ending).

    Risk: a short form said as a word (its last part no letter's name)
    takes its ending as a word does ("Nato:s" -> "Natos").
    """
    if not ending:
        return said
    last = said.rsplit(" ", 1)[-1].lower()
    if ending[0] in _VOWELS and last in _NAMES:
        return f"{said}-{ending}"
    return said + ending


__all__ = ["join_ending"]
