"""A span of months, seasons or terms that each carry their year, joined by a
dash ("mars 2026–november 2027", "våren 2025–hösten 2026", "januari
1868–oktober 1869", "1999–mars 2001"): the dash is "till". Without this the
dash stayed glued between two words ("tvåtusentjugosex–november"), or a
hyphen joined the year and the month into one word as a decade would
("juli 2024-juni" -> "tvåtusentjugofyrajuni").

Table: ``data/period_words.py`` (months in full and short, seasons, terms).

Two months joined by a dash, no year between ("maj–juni", "jan.–mars", "juni–aug") are read here too, for
``calendar.dates``: "till", or "och" after "mellan" ("mellan maj–sept." -> "mellan maj och september"; session 57,
normalize328: it was "mellan maj till september").
"""

from __future__ import annotations

import re

from ...calendar_sv import MONTHS
from ..data.calendar import MONTH_ABBREVIATIONS
from ..data.period_words import PERIOD_WORDS
from ..report import Trace
from .machinery import alternation, keep_stop, prev_words, sub

_PERIOD = rf"(?i:{alternation(PERIOD_WORDS)})\.?"
_YEAR = r"(?:1[5-9]|20)\d\d"
# (a period word and its year, or a bare year) a dash, then a period word and
# maybe its year: the dash only is rewritten, the years are read by ``years``.
_MONTH_SPAN = re.compile(
    rf"(?<![\w.])(?P<a>(?P<pa>{_PERIOD})\s+)?(?P<y>{_YEAR})(?P<dash>\s?[–-]\s?)"
    rf"(?={_PERIOD}(?P<yb>\s+{_YEAR}(?![\w]|[.,]\d))?(?![\w]))"
)
_GATE = re.compile(r"\d\d\s?[–-]\s?[a-zåäöA-ZÅÄÖ]")


def _span(m: re.Match[str]) -> str | None:
    if m.group("pa") is None and m.group("yb") is None:  # "2024–mars" alone: no span of dated periods
        return None
    return (m.group("a") or "") + m.group("y") + " till "


def month_spans(text: str, trace: Trace | None = None) -> str:
    """ "mars 2026–november 2027" -> "mars 2026 till november 2027" (class
    "range"; the years are said by ``years``).

    Risk: a year after a month or season, then a dash and a month or season
    word, is a span; a list item or a heading that joins "maj 2025 - Juni
    kommer" with a dash is read "till" too. A bare year before the dash needs
    a year after the second period word ("1999–mars 2001"); "2024-mars" alone
    is left alone.
    """
    if "–" not in text and "-" not in text:
        return text
    if not _GATE.search(text):
        return text
    return sub(_MONTH_SPAN, _span, text, trace, "range")


# "jan.–mars", "sept.–nov.": a month range written with abbreviations.
MONTH_ABBR_RANGE = re.compile(
    rf"(?<![\w])(?P<a>{alternation(list(MONTH_ABBREVIATIONS))})\.?\s?[–-]\s?"
    rf"(?P<b>{alternation(list(MONTHS) + list(MONTH_ABBREVIATIONS))})(?P<dot>\.)?(?![\w])"
    rf"|(?<![\w])(?P<a2>{alternation(list(MONTHS))})\s?[–-]\s?"  # "juni–aug", "april–okt."
    rf"(?P<b2>{alternation(list(MONTH_ABBREVIATIONS))})(?P<dot2>\.)?(?![\w])"
)
MONTH_RANGE = re.compile(
    rf"(?<![\w])(?P<a>{alternation(list(MONTHS))})\s*[–-]\s*(?P<b>{alternation(list(MONTHS))})(?![\w])",
    re.IGNORECASE,
)


def month_name(word: str) -> str:
    """A month's name from its name or its short form in any case ("sept.", "Okt") -> "september" (for ``calendar`` too)."""
    w = word.lower().rstrip(".")
    return w if w in MONTHS else MONTHS[MONTH_ABBREVIATIONS[w] - 1]


def _link(m: re.Match[str]) -> str:
    return "och" if prev_words(m)[-1:] == ["mellan"] else "till"


def month_abbr_range(m: re.Match[str]) -> str:
    """ "jan.–mars" -> "januari till mars" (class "range"); "mellan maj–sept." -> "mellan maj och september"."""
    first, second = (m.group("a"), m.group("b")) if m.group("a") else (m.group("a2"), m.group("b2"))
    return f"{month_name(first)} {_link(m)} {month_name(second)}" + keep_stop(m, bool(m.group("dot") or m.group("dot2")))


def month_range(m: re.Match[str]) -> str:
    """ "maj–juni" -> "maj till juni", as written (its capitals kept); after "mellan" "och"."""
    return f"{m.group('a')} {_link(m)} {m.group('b')}"

