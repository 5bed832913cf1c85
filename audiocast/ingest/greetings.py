"""A letter's salutation over the text the head's rules passed over (issue #9: body recall).

A newsletter, a club's letter or a school's letter to the parents opens its text with a salutation on a line of its own
("Tjenare allihop!", "Kära spelmän och vänner av folkmusiken!", "Hej alla vårdnadshavare på Lärkans förskola!"). Such a
line has a headline's form (short, no full stop), so the head's rules may take it for a headline candidate and begin the
text under it; the listener then never hears it. The salutation is the letter's first line, not the page's: when it
stands right over the line the text begins with and is not the chosen headline, the text begins with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import SENTENCE_BREAK, words

SALUTATION_WORDS = 10
"""A salutation is at most this many words ("Hej alla föräldrar och ledare i Ektorpets scoutkår!" is eight)."""

_GREETING = re.compile(
    r"(?i)(?:hej|hejsan|hejhej|hallå|halloj|tjena|tjenare|tjenixen|tja|tjabba|kära|käre|käraste|bästa|goddag|"
    r"god (?:morgon|middag|dag|kväll)|go(?:'|d)?morron|dear|hello|hi|hei|moi)\b(?! då\b)[^.!?]*[!,]")
"""A greeting word opening the line, and the line ending in "!" or "," (a letter's salutation)."""


def is_salutation(text: str) -> bool:
    """Whether the line is a letter's salutation: a greeting word, at most :data:`SALUTATION_WORDS` words, one phrase
    ending in "!" or "," ("Tjena alla seglare!", "Kära medlemmar,"; "Hej då!" is a farewell)."""
    text = text.strip()
    return words(text) <= SALUTATION_WORDS and _GREETING.fullmatch(text) is not None and not (
        SENTENCE_BREAK.search(text))


def text_start(lines: Sequence[TaggedLine], start: int, title: str, lead: str | None) -> tuple[int, str | None]:
    """Where the text begins and its lead: ``start`` and ``lead``, or the line right over ``start`` when that line is a
    kept salutation that is not the headline (the letter's first line, which becomes the lead)."""
    if start < 1:
        return start, lead
    above = lines[start - 1]
    if above.tag is not None or above.text == title or not is_salutation(above.text):
        return start, lead
    return start - 1, above.text
