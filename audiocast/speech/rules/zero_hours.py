"""An hour written with its leading zero after a word of time ("strax efter
06", "före 07", "mellan 22 och 05"): the clock's hour ("sex", "fem"), not
digits said one by one ("noll sex") as a code's.
"""

from __future__ import annotations

import re

from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, sub

# Words of time right before the hour (and "mellan 22 och", the second of a span of hours).
HOUR_BEFORE = ("strax efter", "strax före", "efter", "före", "innan", "runt", "omkring", "kring", "vid", "fram till",
               "tills", "sedan", "från och med")
_ZERO_HOUR = re.compile(
    rf"(?P<p>(?<![\w.])(?:{alternation(HOUR_BEFORE)})\s|(?<![\w.])mellan\s(?:1\d|2[0-3])\soch\s)0(?P<h>\d)"
    r"(?![\d:/-]|[.,]\d|\s?(?:%|procent|poäng|år|st\b|kr\b|kronor|minuter|min\b|sekunder|grader))"
)
_HINT = re.compile(r"0(?<=\s0)\d(?!\d)")  # \s0\d(?!\d), the zero first (a fast scan)


def zero_hours(text: str, trace: Trace | None = None) -> str:
    """ "branden var släckt strax efter 06" -> "strax efter sex", "stängs
    mellan 22 och 05" -> "mellan tjugotvå och fem" (class "time"): a
    two-digit hour with its leading zero after a word of time (HOUR_BEFORE)
    or as the end of "mellan" an hour "och" is the clock's hour ("mellan 01 och 05", both with
    their zeros, is the hours' rule's). Risk: a
    code of two digits after such a word ("efter 06" as a version) is read
    as an hour; a count with its unit after it is left alone. A lone colon before two digits is the minutes past
    every hour ("avgång :07 och :37" -> "avgång sju och trettiosju")."""
    if " :" in text:
        text = sub(_PAST_EVERY_HOUR, lambda m: cardinal(int(m.group("m"))), text, trace, "time")
    if _HINT.search(text) is None:
        return text
    return sub(_ZERO_HOUR, lambda m: m.group("p") + cardinal(int(m.group("h"))), text, trace, "time")


# A timetable's minutes past every hour, written after a lone colon ("avgång :07 och :37", session 59, normalize381):
# the minutes, the colon silent (it was ": sju").
_PAST_EVERY_HOUR = re.compile(r"(?<=\s):(?P<m>[0-5]\d)(?![\d:.,]\d|\d|[-–]\d)")
