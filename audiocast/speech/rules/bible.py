"""Bible references: a book written short, a chapter, a colon and a verse
("Joh 3:16", "1 Kor 13:4–7", "Matt. 5:1-12"). The books are in
``speech/data/bible_words.py``.
"""

from __future__ import annotations

import re

from ..data.bible_words import BIBLE_BOOKS
from ..numbers import cardinal
from ..report import Trace
from .machinery import sub

_BOOK = "|".join(re.escape(b).replace(r"\ ", r"\s") for b in sorted(BIBLE_BOOKS, key=len, reverse=True))
_VERSE_HINT = re.compile(r"\s\d{1,3}:\d")  # _BIBLE's gate (a chapter and a verse after a space)
_BIBLE = re.compile(
    rf"(?<![\w.])(?P<b>{_BOOK})\.?\s(?P<c>\d{{1,3}}):(?P<v>\d{{1,3}})"
    r"(?:\s?[–-]\s?(?P<v2>\d{1,3}))?(?P<f>ff?(?=[\s.,;)]|$))?(?![\w:]|[.,]\d)"
)


def _bible(m: re.Match[str]) -> str:
    book = BIBLE_BOOKS[re.sub(r"\s", " ", m.group("b"))]
    out = f"{book} kapitel {cardinal(int(m.group('c')))} vers {cardinal(int(m.group('v')))}"
    if m.group("v2"):
        out += f" till {cardinal(int(m.group('v2')))}"
    if m.group("f"):
        out += " och följande"  # "Matt 28:19f", "Rom 8:28ff": and the verses after
    return out


def bible_references(text: str, trace: Trace | None = None) -> str:
    """A Bible reference is said as book, chapter and verse: "Joh 3:16" ->
    "Johannesevangeliet kapitel tre vers sexton" (it was "Joh tre och
    sexton", a clock time), "Matt 5:1–12" -> "... vers ett till tolv"
    (class "bible reference").

    Risk: only a book's short form in BIBLE_BOOKS, capitalised, right before
    "chapter:verse"; a name that is such a form before a clock time ("Rut
    9:30") is read as a verse.
    """
    if ":" not in text or _VERSE_HINT.search(text) is None:
        return text
    return sub(_BIBLE, _bible, text, trace, "bible reference")
