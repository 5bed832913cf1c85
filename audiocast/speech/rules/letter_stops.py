"""A spelled short name ending in the letter O at the end of its sentence
("till IVO. Svaret väntas", "Tallsjö FVO. Hennes ..."): its letters are said
by name ("i ve o") and the stop after them ends the sentence.

The abbreviations read "o." between two words as "och" ("mån. o. tis.",
"Karin o. Per"); after the letters of a short name the "o." is the name's
last letter and the sentence's stop, so "IVO. Svaret" became "i ve och
Svaret": a wrong word, and the sentence ran on. The letters' names are
``data/words.py``'s LETTER_NAMES.
"""

from __future__ import annotations

import re

from ..data.words import LETTER_NAMES

_NAMES = frozenset(LETTER_NAMES.values())
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def letter_o_stop(m: re.Match[str]) -> bool:
    """Is the "o." of this match (``shortforms``'s "o." as "och") the last
    letter of a spelled short name before a new sentence? True when the word
    before it is a letter's name ("ve", "ärr", "te") and the next word opens
    with a capital ("FVO. Hennes", "LO. Det"). Guards: a word before it
    ("sol o. bad", "Karin o. Per") or a small letter after it ("ji o. ko")
    keep "och". Risk: a letter's name that is also a word ("te", "be", "i")
    before "o." and a capitalised name ("te o. Kakor") keeps the letter."""
    after = m.string[m.end():].lstrip()
    if not after[:1].isupper():
        return False
    before = _WORD_BEFORE.search(m.string, 0, m.start())
    return before is not None and before.group(1) in _NAMES


__all__ = ["letter_o_stop"]
