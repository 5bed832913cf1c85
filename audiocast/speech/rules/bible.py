"""Bible references: a book written short, a chapter, a colon and a verse
("Joh 3:16", "1 Kor 13:4–7", "Matt. 5:1-12"). The books are in
``speech/data/bible_words.py``.
"""

from __future__ import annotations

import re

from ..data.bible_words import BIBLE_BOOKS, CHAPTER_CONTEXT, CHAPTER_ONLY_EXCLUDED, FULL_BOOKS, FULL_NAME_BOOKS
from ..numbers import cardinal
from ..report import Trace
from .machinery import sub

_BOOK = "|".join(re.escape(b).replace(r"\ ", r"\s") for b in sorted(BIBLE_BOOKS, key=len, reverse=True))
_VERSE_HINT = re.compile(r"\s\d{1,3}:\d")  # _BIBLE's gate (a chapter and a verse after a space)
_BIBLE = re.compile(
    rf"(?<![\w.])(?P<b>{_BOOK})\.?\s(?P<c>\d{{1,3}}):(?P<v>\d{{1,3}})"
    r"(?:\s?[–-]\s?(?P<v2>\d{1,3}))?(?P<f>ff?(?=[\s.,;)]|$))?(?![\w:]|[.,]\d)"
)


# "1 Kor. 13", "Joh. 15": a book and a chapter alone (no colon after it, no verse, no span or decimal).
_CHAPTER_BOOKS = "|".join(re.escape(b).replace(r"\ ", r"\s") for b in sorted(BIBLE_BOOKS, key=len, reverse=True)
                          if b not in CHAPTER_ONLY_EXCLUDED)
_CHAPTER = re.compile(
    rf"(?<![\w.])(?P<b>{_CHAPTER_BOOKS})(?P<s>\.?)\s(?P<c>\d{{1,3}})(?![\w:%]|[.,]\d|\s?[–-]\s?\d|\s(?:kr|år|st|m)\b)"
)
_CHAPTER_HINT = re.compile(r"[A-ZÅÄÖ][a-zåäö]{1,4}\.?\s\d")  # a capitalised short word and a number
# "2:a Mos. 20:1–17", "1:a Kor. 13": a numbered book's number written as an ordinal with its colon ending
_NUMBERED_BOOKS = "|".join(sorted({re.escape(b.split(" ", 1)[1]) for b in BIBLE_BOOKS if b[0].isdigit()}, key=len, reverse=True))
_ORDINAL_BOOK = re.compile(rf"(?<![\w:])(?P<n>[1-5]):[ae]\s(?=(?:{_NUMBERED_BOOKS})\.?\s\d)")

# "Psaltaren 23:1–4", "1 Korinthierbrevet 13:4": a book written in full, maybe numbered, before chapter and verse
_FULL = re.compile(
    r"(?<![\w.])(?P<n>(?:[1-5]|Första|Andra|Tredje|Fjärde|Femte)\s)?(?P<b>"
    + "|".join(sorted(FULL_BOOKS, key=len, reverse=True))
    + r")\s(?P<c>\d{1,3}):(?P<v>\d{1,3})(?:\s?[–-]\s?(?P<v2>\d{1,3}))?(?P<f>ff?(?=[\s.,;)]|$))?(?![\w:]|[.,]\d)"
)
_BOOK_NUMBERS = {"1": "Första", "2": "Andra", "3": "Tredje", "4": "Fjärde", "5": "Femte"}


def _chapter(m: re.Match[str]) -> str | None:
    numbered = m.group("b")[0].isdigit()
    line = m.string.lower()
    if not (numbered and m.group("s")) and not any(w in line for w in CHAPTER_CONTEXT):
        return None  # "Joh 3" with no church word: perhaps a name and a number
    book = BIBLE_BOOKS[re.sub(r"\s", " ", m.group("b"))]
    return f"{book} kapitel {cardinal(int(m.group('c')))}"


def _full(m: re.Match[str]) -> str | None:
    if m.group("b") in FULL_NAME_BOOKS and not any(w in m.string.lower() for w in CHAPTER_CONTEXT):
        return None  # "Johannes 10:30" with no church word: perhaps a man and a clock time
    number = (m.group("n") or "").strip()
    return _verses(f"{_BOOK_NUMBERS.get(number, number)} {m.group('b')}".lstrip(), m)


def _bible(m: re.Match[str]) -> str:
    return _verses(BIBLE_BOOKS[re.sub(r"\s", " ", m.group("b"))], m)


def _verses(book: str, m: re.Match[str]) -> str:
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

    A book and a chapter alone are a reference too ("Läs 1 Kor. 13" ->
    "Första Korinthierbrevet kapitel tretton"), when the book is numbered
    and written with its stop or a word of a church notice is in the line
    (CHAPTER_CONTEXT); a book that is also a name or a hymn's label
    (CHAPTER_ONLY_EXCLUDED: "Rut", "Ps") never. A numbered book's number may
    be written as an ordinal ("2:a Mos. 20:1–17" -> "Andra Moseboken kapitel
    tjugo vers ett till sjutton", session 17; it was "andra Mos. tjugo: ett
    -sjutton"). A book written in full (FULL_BOOKS, maybe numbered) is said
    as written ("Psaltaren 23:1–4" -> "Psaltaren kapitel tjugotre vers ett
    till fyra", session 32; it was "tjugotre: ett -fyra"); one that is also a
    first name (FULL_NAME_BOOKS: "Johannes 3:16") only in a church notice.

    Risk: only a book's short form in BIBLE_BOOKS, capitalised, right before
    "chapter:verse"; a name that is such a form before a clock time ("Rut
    9:30") is read as a verse; a short form and a number in a church notice
    ("Luk 3" as a signature) are read as a chapter; a first name of
    FULL_NAME_BOOKS before a clock time in a line with a church word
    ("Johannes 10:30 i kyrkan") is read as a verse.
    """
    if ":a " in text or ":e " in text:
        text = _ORDINAL_BOOK.sub(r"\g<n> ", text)  # "2:a Mos." as "2 Mos.": the book's own number
    if ":" in text and _VERSE_HINT.search(text) is not None:
        text = sub(_BIBLE, _bible, text, trace, "bible reference")
        text = sub(_FULL, _full, text, trace, "bible reference")
    if _CHAPTER_HINT.search(text) is not None:
        text = sub(_CHAPTER, _chapter, text, trace, "bible reference")
    return text
