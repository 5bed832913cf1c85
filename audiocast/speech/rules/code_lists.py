"""Numbers of one length in a list, one of them written with a leading zero ("vinnande lottnummer är 0417, 1293
och 2208"): codes, each said digit by digit as the zero one must be (session 60, normalize405: "noll fyra ett sju,
tolvhundranittiotre och tvåtusentvåhundraåtta" mixed a code's digits with two counts).

A count is never written with a leading zero, so the zero makes the list's shape a code's; the other items, of the
same length and in the same list, are codes of the same kind (lottery tickets, lockers, pin codes, postcode-like
numbers).

Risk: a list that mixes a code with a true count of the same length ("kod 0417 och 1293 personer") reads the count
digit by digit too; only items of three to six digits, not grouped, joined by commas, "och" or "eller".
"""

from __future__ import annotations

import re

from ..numbers import digits
from ..report import Trace
from .machinery import sub

_ITEM = r"\d{3,6}(?![ \u00a0]\d)"  # (no group of thousands: "2 795 000, 295 000")
_LIST = re.compile(rf"(?<![\w,.:/–-])(?<!\d[ \u00a0]){_ITEM}(?:(?:,\s|\s(?:och|eller)\s){_ITEM})+(?![\w]|[.,:/–-]\d)")
_ZERO_ITEM = re.compile(r"(?<![\w,.:/–-])0\d{2,5}(?!\d)")  # a cheap test before the list


def _codes(m: re.Match[str]) -> str | None:
    items = re.findall(r"\d+", m.group(0))
    if len({len(i) for i in items}) != 1 or not any(i.startswith("0") for i in items):
        return None
    return re.sub(r"\d+", lambda d: digits(d.group(0)), m.group(0))


def code_lists(text: str, trace: Trace | None = None) -> str:
    """ "0417, 1293 och 2208" -> "noll fyra ett sju, ett två nio tre och två två noll åtta" (class "identifier"):
    items of one length joined by commas, "och" or "eller", one with a leading zero, each said digit by digit.

    Risk: a true count of the same length in such a list ("kod 0417 och 1293 personer") is said digit by digit."""
    if not _ZERO_ITEM.search(text):
        return text
    return sub(_LIST, _codes, text, trace, "identifier")
