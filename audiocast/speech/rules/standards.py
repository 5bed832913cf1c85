"""A standard named by its body's letters and its number: "CE EN 1078" ->
"ce e enn tusensjuttioåtta", "SS-EN 1176" -> "ess ess e enn
elvahundrasjuttiosex", "EN 12402-5" -> "... streck fem" (its part), "ISO
9001:2015" -> "iso niotusenett kolon tjugohundrafemton". The bodies are in
``speech/data/standard_bodies.py``.
"""

from __future__ import annotations

import re

from ..data.standard_bodies import MARKS_BEFORE, STANDARD_BODIES, STANDARD_WORDS
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, spell, sub, word_start_branches

_BODY = alternation(STANDARD_BODIES)
_STANDARD = re.compile(
    rf"(?<![\w-])(?P<b>(?:(?:{alternation(MARKS_BEFORE)})\s)?(?:SS[ -])?(?:{_BODY})(?:[ /-](?:{_BODY}))*)\s?"
    r"(?P<n>\d{3,6})(?:-(?P<p>\d{1,2}))?(?::(?P<y>(?:19|20)\d\d))?(?![\w,]|[.,]\d|-\d)"
)
# (?<![\w-])(?:(?:BODY)[ \d/-]|SS[ -]) with the lookbehind after the first capital, one branch per
# capital (a fast scan: re scans for the first characters only when every branch opens with its literal)
_HINT = re.compile("|".join([*word_start_branches(STANDARD_BODIES, r"\w-", r"[ \d/-]"), r"S(?<![\w-]S)S[ -]"]))


def _name(body: str) -> str:
    words = re.split(r"[ /-]", body)
    return " ".join(STANDARD_WORDS.get(w, spell(w)) for w in words)


def _standard(m: re.Match[str]) -> str | None:
    said = f"{_name(m.group('b'))} {cardinal(int(m.group('n')))}"
    if m.group("p"):
        said += f" streck {cardinal(int(m.group('p')))}"
    if m.group("y"):
        said += f" kolon {cardinal(int(m.group('y')))}"
    return said


def standards(text: str, trace: Trace | None = None) -> str:
    """ "märkt CE EN 1078" -> "ce e enn tusensjuttioåtta", "enligt ISO 9001"
    -> "iso niotusenett", "SS-EN 1176" -> "ess ess e enn ..." (class
    "identifier"): a standard's body (STANDARD_BODIES) before a number of
    three to six digits is spelled ("EN" is no article there: it was read
    "en"), its number said whole, a part after a dash "streck" ("EN
    12402-5"), a year after a colon "kolon".

    Sweden's "SS" only before another body ("SS-EN 1176"; "SS 2000" alone
    may be anything).

    Risk: "DIN 476" in another sense is read as a standard; "EN" before a number in English text ("EN 2024") too."""
    if _HINT.search(text) is None:
        return text
    return sub(_STANDARD, _standard, text, trace, "identifier")
