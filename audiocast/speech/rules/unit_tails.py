"""An organisation's unit named by a compound cut short after its head, said definite where it names the unit
itself: "Skicka ansökan till HR-avd., 291 89 Kristianstad" -> "HR-avdelningen", "Ring ekonomiavd." ->
"ekonomiavdelningen", "Barnmott. har stängt" -> "Barnmottagningen" (the table is
``speech/data/unit_tail_words.py``).

Indefinite, as the abbreviation rules say it, before its number or letter ("Barnavd. 3", "avdelning tre"), after
an article, a determiner or a possessive ("en ny HR-avd.") and after a genitive ("IOGT-NTO:s lokalavd.",
"kommunens ekonomiavd.", "Region Skånes HR-avd.": "-ns", "-ts", ":s" or a capitalised word's "s").
Risk: a genitive in other letters ("husets", "Sveriges" are caught; "barns" is not) and an adjective before
the unit without an article ("ny HR-avd." in a headline) read definite; a capitalised word in "s" that is no
genitive ("Lars HR-avd.") keeps it indefinite.
"""

from __future__ import annotations

import re

from ..data.unit_tail_words import INDEFINITE_BEFORE, NOT_GENITIVE, UNIT_TAILS
from ..report import Trace
from .machinery import alternation, keep_stop, last_first, prev_words, sub

# A compound's stem glued to the head ("ekonomiavd.") or joined by a hyphen ("HR-avd.", "IT-avd."), then not
# a number or a lone capital (the unit's designation) after it.
_UNIT = re.compile(
    rf"(?<![\w.:-])(?P<w>(?:[A-ZÅÄÖ0-9]{{2,6}}|[A-ZÅÄÖa-zåäö][a-zåäö]{{1,}})-|[A-ZÅÄÖa-zåäö][a-zåäö]{{2,}})"
    rf"(?P<t>{alternation(list(UNIT_TAILS))})(?!\w)(?!\s*(?:\d|[A-ZÅÄÖ](?![\w.])))"
)
_GATE = re.compile(last_first(list(UNIT_TAILS)))  # one of them in the line (one search, its last character first)
_LAST_WORD = re.compile(r"(\S+)\s+$")


def kept_indefinite(m: re.Match[str]) -> bool:
    """Does an article, a determiner, a possessive or a genitive before the clipped compound keep it indefinite
    ("en ny IT-avd.", "kommunens ekonomiavd.", "IOGT-NTO:s lokalavd.")?"""
    before = [w.strip("(),;\"”") for w in prev_words(m, 2)]
    if any(w in INDEFINITE_BEFORE for w in before):
        return True
    last = before[-1] if before else ""
    if not last.endswith("s") or last in NOT_GENITIVE:
        return False
    # a genitive: "IOGT-NTO:s", a definite noun's "kommunens", "förbundets", or a name's "Region Skånes"
    written = _LAST_WORD.search(m.string, max(0, m.start() - 40), m.start())
    return last.endswith((":s", "ns", "ts")) or (written is not None and written.group(1)[:1].isupper())


def _definite(m: re.Match[str]) -> str | None:
    if kept_indefinite(m):
        return None
    return m.group("w") + UNIT_TAILS[m.group("t")][1] + keep_stop(m, True)


def unit_tails(text: str, trace: Trace | None = None) -> str:
    """ "HR-avd." -> "HR-avdelningen" where it names the unit (class "abbreviation"); "Barnavd. 3", "en ny
    IT-avd." and "kommunens ekonomiavd." stay indefinite. Risk: a genitive not told by its letters ("barns
    IT-avd.") and an adjective without an article before the unit read definite."""
    if not _GATE.search(text):
        return text
    return sub(_UNIT, _definite, text, trace, "abbreviation")
