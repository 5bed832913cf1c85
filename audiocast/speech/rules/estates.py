"""Property designations in a line about property ("Fastighetsöverlåtelser:
Bredsele 3:12, 1,8 ha, till Per Nord"), read before the clock times take
"3:12" for a time. ``admin`` reads those after a label ("fastigheten
Kvarnen 2:14") or a sale's word; this rule reads the lines whose words are
compounds or labels with a colon ("Fastighetsbeteckning: Sigtuna Märsta
21:387"). The tables are in ``speech/data/estate_words.py``.
"""

from __future__ import annotations

import re

from ..data.estate_words import NOT_PLACES, PROPERTY_STEMS
from ..numbers import cardinal
from ..report import Trace
from .machinery import sub

_PLACE = r"[A-ZÅÄÖ][\wåäöé-]+"
_DESIGNATION = re.compile(
    rf"(?<![\w-])(?P<name>{_PLACE}(?:\s{_PLACE}){{0,2}})\s(?P<a>\d{{1,4}}):(?P<b>\d{{1,4}})(?![\d:]|[.,]\d)"
)


def _designation(m: re.Match[str]) -> str | None:
    if m.group("name").split()[-1].lower() in NOT_PLACES:
        return None  # "Måndag 14:30": a time
    return f"{m.group('name')} {cardinal(int(m.group('a')))} kolon {cardinal(int(m.group('b')))}"


def estates(text: str, trace: Trace | None = None) -> str:
    """In a line about property (a stem of PROPERTY_STEMS anywhere in it,
    compounds too: "Fastighetsöverlåtelser", "tomtköp"), a capitalised name
    of up to three words and "N:M" after it is a property designation:
    "Bredsele 3:12" -> "Bredsele tre kolon tolv", "Sigtuna Märsta 21:387"
    -> "tjugoett kolon trehundraåttiosju" (class "identifier").

    Risk: a clock time with a colon after a capitalised word in such a
    line ("Visning Solvägen 12:30") is read as a designation unless the
    word is a weekday, a month or "kl." (NOT_PLACES).
    """
    if ":" not in text:
        return text
    low = text.lower()
    if not any(stem in low for stem in PROPERTY_STEMS):
        return text
    return sub(_DESIGNATION, _designation, text, trace, "identifier")
