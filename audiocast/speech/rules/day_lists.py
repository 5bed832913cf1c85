"""Day ranges listed before one month's name: each range is a range of that month's days (session 22).

"Flytten sker helgerna 8–9 och 15–16 mars": the month stands after the last range only, so the first range was read
as bare numbers ("åtta till nio och femtonde till sextonde mars"); a listener hears two different things. Days listed
so one by one were already dates (``calendar._DAY_LIST``: "den 1 och 3 juni"); this is the same for ranges: a range of
days (both ends 1-31, rising) followed, through more ranges or days joined by commas, by "och", "eller", "samt" or
"respektive" and a last range right before a month's name. Found reading an opened page's spoken script aloud.

The last item may be a single day ("stängt 1–3 och 5 juni", session 47); a range right after a month's name is that
day's hours ("25 april 9–16 & 26 april 10–15"), no days.

Risk: a score or a count range right before a date range joined by "och" ("vann 2–3 och 15–16 mars spelas …" is no
Swedish a journalist writes; a falling or tied pair is never taken).

Days listed each after its weekday, the month after the last only (session 22, N25): "genomförs tisdag 20 och onsdag
21 maj", "stängt torsdag 25 och fredag 26 september" were read "tisdag tjugo och onsdag den tjugoförsta maj": the first
day a bare count. Each such day (1-31, after a full weekday's name, its definite form or "den") before the weekday and
day the month follows, joined by commas and "och", "eller", "samt", "respektive" or "till", is read as the date it is
("tisdag den tjugonde och onsdag den tjugoförsta maj"). Signal measured over the spoken script of 23 opened extract
sets: 2 rows in 2 sets (extract64, extract66), both right; no opened normalize row has the shape.
Risk: a count after a weekday joined to such a date ("lördag 3 och söndag 4 maj" is always the dates; "fredag 12 och
lördag 14 maj" with a count "12" of something unnamed is no Swedish), so none known.
"""

from __future__ import annotations

import re

from ...calendar_sv import MONTHS, WEEKDAYS
from ..data.calendar import MONTH_ABBREVIATIONS
from ..numbers import ordinal
from ..report import Trace
from .machinery import alternation, sub

_MONTH_WORD = alternation(list(MONTHS)) + "|" + "|".join(
    rf"{a}\.?" for a in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
_DAY_RANGE_LIST = re.compile(
    rf"(?<![\w,.–-])(?P<a>\d{{1,2}})\s?[–-]\s?(?P<b>\d{{1,2}})(?=(?:,\s*\d{{1,2}}(?:\s?[–-]\s?\d{{1,2}})?)*\s+"
    rf"(?:och|eller|samt|resp\.?|respektive)\s+(?:den\s+)?\d{{1,2}}(?:\s?[–-]\s?\d{{1,2}})?\s+(?:{_MONTH_WORD})(?![\w])"
    rf"(?!\.?(?:\s?[–-]\s?|\still\s)(?:{_MONTH_WORD})))",  # (no span of months after: "10–12 och 14–16 juni–aug." are hours)
    re.IGNORECASE,
)


_WEEKDAY_WORD = alternation([w + e for w in WEEKDAYS for e in ("", "en")] + [(w + e).capitalize() for w in WEEKDAYS for e in ("", "en")])
_WEEKDAY_DAY = rf"(?:{_WEEKDAY_WORD}),?\s+(?:den\s+)?\d{{1,2}}(?::[ae])?"
_WEEKDAY_DAY_LIST = re.compile(
    rf"(?<![\w])(?P<wd>{_WEEKDAY_WORD}),?\s+(?:den\s+)?(?<![\w,.])(?P<d>\d{{1,2}})(?::[ae])?"
    rf"(?=(?:,\s*{_WEEKDAY_DAY})*,?\s+(?:och|eller|samt|resp\.?|respektive|till)\s+{_WEEKDAY_DAY}\s+(?:{_MONTH_WORD})(?![\w]))",
    re.IGNORECASE,
)


def _weekday_day(m: re.Match[str]) -> str | None:
    d = int(m.group("d"))
    return f"{m.group('wd')} den {ordinal(d)}" if 1 <= d <= 31 else None


_MONTH_BEFORE = re.compile(rf"(?:{_MONTH_WORD})\s+$", re.IGNORECASE)


def _day_range(m: re.Match[str]) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if _MONTH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "25 april 9–16 & 26 april 10–15": the hours of a dated day, not its days
    return f"{ordinal(a)} till {ordinal(b)}" if 1 <= a < b <= 31 else None


_RANGE_START = re.compile(r"\d\s?[–-]\s?$")


def day_in_list(m: re.Match[str]) -> str | None:
    """A day listed before the one a month's name follows ("den 1 och 3 juni": ``calendar._DAY_LIST``), said as an
    ordinal; not a range's end ("april 9–16 & 26 april": the hours of the day before; session 47, normalize169)."""
    if _RANGE_START.search(m.string, max(0, m.start() - 4), m.start()):
        return None
    return ordinal(int(m.group("d"))) if 1 <= int(m.group("d")) <= 31 else None


# "12, 13 och 15/3": the days listed before a date written with a slash, which the date rules have said by now
# ("... och femtonde mars"): each a date too (session 56, normalize302: "tolv, tretton och femtonde mars").
_SAID_ORDINAL = alternation([ordinal(n) for n in range(1, 32)])
_SAID_DAY_LIST = re.compile(  # (the last a span too: "12, 14 och 18–20 feb", session 60)
    rf"(?<![\w,.])(?P<d>\d{{1,2}})(?=(?:,\s*\d{{1,2}})*\s+(?:och|eller|resp\.?|respektive)\s+(?:den\s+)?"
    rf"(?:{_SAID_ORDINAL})(?:\s+till\s+(?:den\s+)?(?:{_SAID_ORDINAL}))?\s+(?:{alternation(list(MONTHS))})\b)")


def said_day_lists(text: str, trace: Trace | None = None) -> str:
    """ "12, 13 och femtonde mars" (from "12, 13 och 15/3") -> "tolfte, trettonde och femtonde mars" (class "date")."""
    return sub(_SAID_DAY_LIST, day_in_list, text, trace, "date")


def day_range_lists(text: str, trace: Trace | None = None) -> str:
    """ "8–9 och 15–16 mars" -> "åttonde till nionde och 15–16 mars" (the last range is the date rules'): the day
    ranges listed before the one the month follows (module docstring). The caller runs it only on a line with a
    digit, a dash and a month's name."""
    return sub(_DAY_RANGE_LIST, _day_range, text, trace, "range")


def day_lists(text: str, trace: Trace | None, dash: bool) -> str:
    """The days listed before the one a month's name follows (module docstring): ranges (on a line with a dash) and
    days each after its weekday ("tisdag 20 och onsdag 21 maj" -> "tisdag den tjugonde och onsdag 21 maj"). The
    caller runs it only on a line with a digit and a month's name right after a day."""
    if dash:
        text = day_range_lists(text, trace)
    if "dag" in text:  # every weekday's name has it (a cheap gate before the pattern)
        text = sub(_WEEKDAY_DAY_LIST, _weekday_day, text, trace, "date")
    return text
