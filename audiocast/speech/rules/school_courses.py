"""A school course by its subject's code and step ("Ma 1c" -> "matematik ett
c", "Fy 2" -> "fysik två"), in a sentence about school (``school_courses``).
"""

from __future__ import annotations

import re

from ..data.course_words import COURSE_CONTEXT, COURSE_SUBJECTS
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, sub, word_start_branches

# "Ma 1c", "Ma1c", "Fy 2", "Sh 1a1": the code, the step 1-7 and its letter (a, b, c; a stream's "a1", "a2")
_COURSE = re.compile(
    rf"(?<![\w.-])(?P<code>{alternation(list(COURSE_SUBJECTS))})\s?(?P<step>[1-7])(?P<track>[abc][12]?)?(?![\w%:,.]\d|[\w-])"
)
# (one branch per first capital, the lookbehind after it: re scans fast for those capitals instead of trying the
# lookbehind at every position)
_HINT = re.compile("|".join(word_start_branches(list(COURSE_SUBJECTS), r"\w.-", r"\s?[1-7]")))
_WORD = re.compile(r"\w+")


def _course(m: re.Match[str]) -> str:
    track = m.group("track") or ""
    said = f"{COURSE_SUBJECTS[m.group('code')]} {cardinal(int(m.group('step')))}"
    if track:
        said += " " + track[0] + (" " + cardinal(int(track[1:])) if track[1:] else "")
    return said


def school_courses(text: str, trace: Trace | None = None) -> str:
    """A course of the upper secondary school written by its subject's code
    (COURSE_SUBJECTS: "Ma", "Fy", "Sv", "Sh", ...) and its step, with the
    step's letter: "undervisar i Ma 1c och Fy 2" -> "undervisar i matematik
    ett c och fysik två", "behörighet: Sh 1b" -> "samhällskunskap ett b"
    (it was "Ma ett c"); only in a sentence with a word about school, a
    course or eligibility (COURSE_CONTEXT).

    Risk: a code of two letters before a small number in a sentence about
    school that is no course ("En 5 poängs fråga") is read as the course
    ("engelska fem").
    """
    if not _HINT.search(text) or not COURSE_CONTEXT.intersection(_WORD.findall(text.lower())):
        return text
    return sub(_COURSE, _course, text, trace, "course")


__all__ = ["school_courses"]
