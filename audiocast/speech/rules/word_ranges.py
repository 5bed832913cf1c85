"""A range written with number words joined by a dash ("fem–sex centimeter",
"två-tre frivilliga", "tio–femton katter", and "måttlig–hög"): the dash is "till", as in a range
of digits ("5–6" -> "fem till sex"). Left alone the dash stayed glued between
the words, which a voice reads as one word or with a stop in it.

Table: ``data/range_words.py`` (each number word with its value).
"""

from __future__ import annotations

import re

from ..data.range_words import DEGREE_WORD_VALUES, NUMBER_WORD_VALUES, ROUTE_NOUNS
from ..data.sport import SCORE_CONTEXT, VOTE_CONTEXT
from ..report import Trace
from .machinery import alternation, prev_words, sub

_PAIR = re.compile(r"(?<![\w–-])(?P<a>[A-Za-zåäöÅÄÖ]{2,13})\s?[–-]\s?(?P<b>[a-zåäö]{2,13})(?![\w–-])")
_GATE = re.compile(r"[a-zåäö][–-][a-zåäö]|[a-zåäö] – [a-zåäö]")
_CONTEXT = SCORE_CONTEXT | VOTE_CONTEXT
_ROUTE = re.compile(rf"(?P<a>(?i:\b(?:{alternation(ROUTE_NOUNS)}))\s(?P<between>mellan\s)?[A-ZÅÄÖ][\wåäö]+(?:\s[A-ZÅÄÖ][\wåäö]*)?)"
                    r"\s?[–-]\s?(?=[A-ZÅÄÖ][a-zåäö])")


def _range(m: re.Match[str]) -> str | None:
    da, db = DEGREE_WORD_VALUES.get(m.group("a").lower()), DEGREE_WORD_VALUES.get(m.group("b"))
    if da is not None and db is not None:  # "björk måttlig–hög": a span on a scale of degrees
        return f"{m.group('a')} till {m.group('b')}" if da < db else None
    a = NUMBER_WORD_VALUES.get(m.group("a").lower())
    b = NUMBER_WORD_VALUES.get(m.group("b"))
    if a is None or b is None or a >= b:  # "tre–ett" is a score written in words
        return None
    if "–" in m.group(0) and " " in m.group(0) and b - a > 20:  # "tio – hundra": a spaced dash is a pause, not a span
        return None
    if any(w.lower() in _CONTEXT for w in prev_words(m, 6)):  # "vann med ett–två"? a score, "röstade två–sju"
        return None
    return f"{m.group('a')} till {m.group('b')}"


def word_ranges(text: str, trace: Trace | None = None) -> str:
    """ "fem–sex centimeter" -> "fem till sex centimeter" (class "range"); so two words of a degree on a scale,
    the lower first ("pollenhalt måttlig–hög" -> "måttlig till hög", DEGREE_WORD_VALUES; session 54); so two places
    after a noun of a journey ("sträckan Umeå–Vännäs" -> "Umeå till Vännäs", ROUTE_NOUNS; session 57).

    Risk: two number words joined by a dash, the first the smaller, are a
    range; a score written in words with the loser first ("föll med ett–två")
    is left alone only when a score's or a vote's word stands just before it
    (SCORE_CONTEXT, VOTE_CONTEXT), and one with the winner first ("tre–ett")
    always is.
    """
    if "–" not in text and "-" not in text:
        return text
    text = sub(_ROUTE, lambda m: f"{m.group('a')} {'och' if m.group('between') else 'till'} ", text, trace, "range")  # "sträckan Umeå–Vännäs" (data/range_words.ROUTE_NOUNS)
    if not _GATE.search(text):
        return text
    return sub(_PAIR, _range, text, trace, "range")
