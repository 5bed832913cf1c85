"""Day ranges listed before one month's name: each range is a range of that month's days (session 22).

"Flytten sker helgerna 8–9 och 15–16 mars": the month stands after the last range only, so the first range was read
as bare numbers ("åtta till nio och femtonde till sextonde mars"); a listener hears two different things. Days listed
so one by one were already dates (``calendar._DAY_LIST``: "den 1 och 3 juni"); this is the same for ranges: a range of
days (both ends 1-31, rising) followed, through more ranges or days joined by commas, by "och", "eller", "samt" or
"respektive" and a last range right before a month's name. Found reading an opened page's spoken script aloud.

Risk: a score or a count range right before a date range joined by "och" ("vann 2–3 och 15–16 mars spelas …" is no
Swedish a journalist writes; a falling or tied pair is never taken).
"""

from __future__ import annotations

import re

from ...calendar_sv import MONTHS
from ..data.calendar import MONTH_ABBREVIATIONS
from ..numbers import ordinal
from ..report import Trace
from .machinery import alternation, sub

_MONTH_WORD = alternation(list(MONTHS)) + "|" + "|".join(
    rf"{a}\.?" for a in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
_DAY_RANGE_LIST = re.compile(
    rf"(?<![\w,.–-])(?P<a>\d{{1,2}})\s?[–-]\s?(?P<b>\d{{1,2}})(?=(?:,\s*\d{{1,2}}(?:\s?[–-]\s?\d{{1,2}})?)*\s+"
    rf"(?:och|eller|samt|resp\.?|respektive)\s+(?:den\s+)?\d{{1,2}}\s?[–-]\s?\d{{1,2}}\s+(?:{_MONTH_WORD})(?![\w]))",
    re.IGNORECASE,
)


def _day_range(m: re.Match[str]) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    return f"{ordinal(a)} till {ordinal(b)}" if 1 <= a < b <= 31 else None


def day_range_lists(text: str, trace: Trace | None = None) -> str:
    """ "8–9 och 15–16 mars" -> "åttonde till nionde och 15–16 mars" (the last range is the date rules'): the day
    ranges listed before the one the month follows (module docstring). The caller runs it only on a line with a
    digit, a dash and a month's name."""
    return sub(_DAY_RANGE_LIST, _day_range, text, trace, "range")
