"""A review's grade in stars that opens its line, before the review's own
first sentence ("★★★ Sjöberg levererar en stabil deckare på 384 sidor."):
whether such stars are a grade, and the stop said after them.

Called by ``cleanup``'s star rule; the review's words are in
``speech/data/review_words.py``.
"""

from __future__ import annotations

import re

from ..data.review_words import REVIEW_STEMS

_STAR = re.compile("[★⭐✭✮✯☆✩]")
_WORD = re.compile(r"[a-zåäöéü-]+")


def opening_grade(line: str, start: int, end: int, filled: int) -> bool:
    """Are the two to five filled stars ``line[start:end]`` that open the
    line a review's grade? They are when no other star follows on the line
    (so not a frame, "★★★ Julmarknad ★★★") and a word of the line is a
    review's (REVIEW_STEMS: "deckare", "regin", "albumet").

    Risk: a heading in stars without a closing star over a line about a
    book or a film ("★★★ Ny film på bion") is read as a grade, "tre
    stjärnor"; a line without a review's word keeps its stars unsaid.
    """
    if not 2 <= filled <= 5 or line[:start].strip() or _STAR.search(line, end):
        return False
    return any(w.startswith(REVIEW_STEMS) for w in _WORD.findall(line.lower(), end))


def stop_after_grade(line: str, start: int, end: int) -> str:
    """The stop said after a grade in stars that opens its line, when a
    capital opens the text after it ("★★☆☆☆ En förutsägbar thriller" ->
    "två av fem stjärnor. En ..."): the grade is a sentence of its own,
    not the subject of the next one. Otherwise nothing."""
    if line[:start].strip():
        return ""
    rest = line[end:].lstrip()
    return "." if rest[:1].isupper() else ""
