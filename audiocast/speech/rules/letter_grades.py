"""A letter with plus or minus signs after it, said as a grade ("B+" ->
"be plus", "energiklass A+++" -> "a plus plus plus", "fick A-" -> "a
minus").
"""

from __future__ import annotations

import re

from ..data.grade_words import GRADE_MINUS_BEFORE
from ..report import Trace
from .machinery import prev_words, spell, sub

# one or two capitals standing alone, then signs, then no word ("A+B" is the letter pairs' rule)
_GRADE = re.compile(r"(?<![\w+&/.-])(?P<l>[A-ZÅÄÖ]{1,2}|0)(?P<s>\+{1,3}|[-–−](?=[\s,.;:!?)]|$))(?![\w+&/])")
_HINT = re.compile(r"[A-ZÅÄÖ0](?<!\w[A-ZÅÄÖ0])(?:(?<=0)|(?<!0)[A-ZÅÄÖ]?)[-–−+]")  # (?:\b[A-ZÅÄÖ]{1,2}|\b0)[-–−+], the \b after the first letter (a fast scan)


def _said(m: re.Match[str]) -> str | None:
    letters, signs = m.group("l"), m.group("s")
    said = "noll" if letters == "0" else spell(letters)
    if signs[0] == "+":
        return said + " plus" * len(signs)
    if not GRADE_MINUS_BEFORE.intersection(prev_words(m, 3, sentence=True)):
        # "S- och M-ledamöterna": a dash after a letter is a compound's hyphen, the letter said (session 32: it was left)
        return said + "-" if signs[0] == "-" and _SUSPENDED.match(m.string, m.end()) else None
    return said + " minus"


# what follows a compound's first part cut short before its shared last part: "och"/"eller"/a comma, then a compound
# of a letter or an acronym ("S- och M-ledamöterna", "A-, B- och C-lagen")
_SUSPENDED = re.compile(r"(?:\s(?:och|eller|samt|resp\.?)|,)\s(?:[A-ZÅÄÖ]{1,4}-[,\s]+(?:och|eller)\s)?[A-ZÅÄÖ]{1,4}-\w")


def letter_grades(text: str, trace: Trace | None = None) -> str:
    """One or two capitals with one to three plus signs after them are a
    grade or a class, said with its signs: "betyget B+" -> "be plus",
    "energiklass A+++" -> "a plus plus plus", "blodgrupp AB+" -> "a be
    plus", "C++" -> "ce plus plus". A dash after them is a minus after a
    word of grades within three words before (GRADE_MINUS_BEFORE: "fick
    A-" -> "a minus", "blodgrupp 0−" -> "noll minus").

    A dash after them before "och", "eller" or a comma and another such
    compound is a compound's hyphen, the letters said: "S- och
    M-ledamöterna" -> "ess- och emm-ledamöterna" (session 32).

    Risk: a capital and a plus glued to the word after ("A+B") is left to
    the letter pairs; a dash after a letter without a word of grades before
    and without a compound of letters after it stays.
    """
    if not ("+" in text or "-" in text or "–" in text or "−" in text) or not _HINT.search(text):  # (a sign first)
        return text
    return sub(_GRADE, _said, text, trace, "grade")


__all__ = ["letter_grades"]
