"""The author and the publication time of a page dump, from its byline, date and publication lines.

Not here: which lines are bylines and dates (the rule table, :mod:`audiocast.ingest.boilerplate`, and the
date shapes, :mod:`audiocast.ingest.dates`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from .dates import is_date_line, parse_date


class MetaLine(Protocol):
    """A tagged line of a dump (``text._Line``): its text, its tag, the value its rule captured."""

    text: str
    tag: str | None
    value: str | None


def split_byline(value: str) -> tuple[str | None, datetime | None]:
    """A byline's author and the date written after it, if any.

    >>> split_byline("Leo Strand 2026-11-16 10:00")[0]
    'Leo Strand'
    """
    when = parse_date(value)
    name = value
    if when is not None:
        m = re.search(r"\s*(?:(?:19|20)\d\d-\d|\d{1,2}(?:e|:e)?\s+[a-zåäö]{3,}\.?\s+(?:19|20)\d\d)", value, re.I)
        if m:
            name = value[:m.start()]
    name = re.sub(r"[\s,|·•–-]+$", "", name).strip()
    return (name or None), when


_DATE_BY = re.compile(r"(.*?\d.*?)\s+(?:av|by)\s+((?-i:[A-ZÅÄÖÉ][\w'’-]+)(?:\s+(?-i:[A-ZÅÄÖÉ][\w'’-]+)){0,3})\s*", re.I)


def split_date_by(value: str) -> tuple[datetime | None, str | None]:
    """The date and the author of a "Publicerat 14 mars 2025 av Maria Gustavsson" line's value.

    >>> split_date_by("14 mars, 2025 av Maria Gustavsson")[1]
    'Maria Gustavsson'
    """
    m = _DATE_BY.fullmatch(value.strip())
    if m:
        return parse_date(m.group(1)), m.group(2)
    return parse_date(value), None


def meta_of(lines: Sequence[MetaLine]) -> tuple[datetime | None, str | None]:
    """The publication time and author from the date, byline and publication lines (first of each wins)."""
    published: datetime | None = None
    updated: datetime | None = None
    date_line: datetime | None = None
    author: str | None = None
    for ln in lines:
        if ln.tag == "published" and published is None:
            published, by = split_date_by(ln.value or "")
            author = author or by
        elif ln.tag == "updated" and updated is None:
            updated = parse_date(ln.value or "")
        elif ln.tag == "date" and date_line is None:
            date_line = parse_date(ln.text)
        elif ln.tag == "byline":
            name, when = split_byline(ln.value or "")
            author = author or name
            published = published or when
    return published or date_line or updated, author


class BoxLine(MetaLine, Protocol):
    """A tagged line with its rule and whether a blank line stands before it."""

    blank_before: bool
    rule: str | None


_FACT_LABEL = re.compile(r"(?-i:[A-ZÅÄÖÉ])[\w-]*(?:\s+[\w-]+){0,3}\s*:\s+\S.*")
_WRITER_LABEL = re.compile(r"(?i)text(?:\s+(?:och|&)\s+(?:foto|bild))?\s*:")
"""Session 40 (extract181): the writer's own label ("Text: Gunilla Ek, sekreterare", "Text och foto: …") is never a
box's item, even under the box's last row: over every annotated dump 249 such lines were the page's meta, none the
article's ("Av: Henrik Ibsen" is a play's author in a box, 8 times)."""


def fact_bylines(lines: Sequence[BoxLine]) -> None:
    """Below the lead, a byline-shaped line ("Av: Ingrid Dahlman", "Skribent: Anna Olsdotter (1849–1921)") that stands
    in a box of "Label: value" lines (the line right above or below it, with no blank line between, is such a line the
    rules left alone) under a paragraph of the article is a fact box's item (a play's author, a document's writer),
    not the page's byline: untagged. The head's byline beside "Granskad av: …" has no paragraph above it."""
    prose = False
    for i, ln in enumerate(lines):
        prose = prose or (ln.tag is None and len(ln.text.split()) >= 8 and ln.text[-1] in ".!?”\"")
        if ln.tag != "byline" or ln.rule != "byline" or not prose or _WRITER_LABEL.match(ln.text):
            continue
        near = [lines[i - 1]] if i > 0 and not ln.blank_before else []
        if i + 1 < len(lines) and not lines[i + 1].blank_before:
            near.append(lines[i + 1])
        if any(x.tag is None and _FACT_LABEL.fullmatch(x.text) for x in near):
            ln.tag, ln.value, ln.rule = None, None, "fact-item"


_NAME_WORD = r"(?-i:[A-ZÅÄÖÉÜ][a-zåäöéüø]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)"
_PERSON = re.compile(
    rf"(?:(?:Text|Av|Skribent|Foto|By)\s*:?\s+)?(?P<name>{_NAME_WORD}(?:\s+(?:(?:von|af|de|van|af)\s+)?{_NAME_WORD}){{1,3}})"
    r"(?:\s*,\s+(?P<role>(?-i:[a-zåäöé])[a-zåäöé-]*(?:\s+[a-zåäöé-]+){0,3}|(?-i:[A-ZÅÄÖ]{2,4})"
    r"|(?-i:[A-ZÅÄÖ]{1,3}\d[A-ZÅÄÖ0-9]{0,5}[a-zåäö]?)))?"
)
"""A writer's name in a head's meta row, with the role after a comma ("Henrik Malm, platschef", "Text: Emma Sjö,
lagledare", "Olle Backman, sekreterare", "Per Ek, VD"): two to four capitalised words, a role in lowercase, or a code
of capitals and digits that stands for the writer (a radio amateur's call sign "SM4XTE", a school class "NA23b", a
member's number "M312")."""
_ROW_CLOCK = re.compile(r"(?i)(?:kl\.?|klockan)?\s*[0-2]?\d[.:][0-5]\d")
_READING = re.compile(r"(?i)(?:lästid:?\s*)?\d{1,2}\s*min(?:uter|\.)?(?:\s+(?:läsning|lästid|att läsa|läs))?")
_ROW_LABEL = re.compile(r"(?-i:[A-ZÅÄÖ])[a-zåäöé]+(?:\s+(?:\d{4}|[a-zåäöé]+))?")
"""A row's label beside its date ("Insatsrapport", "Ledinfo", "Nyheter 2026"): one word or two, no sentence."""
_ROW_SEPARATOR = re.compile(r"\s+[·|•–—]\s+")
_SLASH_DATE = re.compile(r"[0-3]?\d/[01]?\d/(?:19|20)\d\d")
"""A date written with slashes ("05/02/2026"), as some blog tools print it."""


_DATELINE = re.compile(
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD})?(?:\s+(?P<numeric>(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d)"
    r"|\s*,\s+(?P<date>\d.*))")
"""A press release's dateline: a place and a date in digits ("Stockholm 2026-06-05"), or a place, a comma and a date
("Luleå, 4 mars 2026"). A name with a written date and no comma is an event's ("Vårmarknad 9 maj 2026")."""


def _row_date(part: str) -> bool:
    return is_date_line(part) or _SLASH_DATE.fullmatch(part) is not None


def person_role(text: str) -> str | None:
    """The name when the text is a writer's name with a role after a comma ("Olle Backman, sekreterare"), else None."""
    m = _PERSON.fullmatch(text.strip())
    return m.group("name") if m and m.group("role") else None


_CREDIT = re.compile(
    rf"(?-i:[A-ZÅÄÖ])[a-zåäöé-]+(?:\s+[a-zåäöé-]+)?\s*:\s*(?P<name>{_NAME_WORD}(?:\s+(?:(?:von|af|de|van)\s+)?{_NAME_WORD}){{1,3}})")


def credit_name(text: str) -> str | None:
    """The name when the text is a credit row, a label of one or two words, a colon and a person's name of two to four
    capitalised words ("Recension: Cecilia Hult", "Recensent: Maria Söderlund", "Matchrapport: Kalle Ström"), else
    None. A label before a sentence ("Debatt: Låt badhuset vara kvar") has a word in lowercase."""
    m = _CREDIT.fullmatch(text.strip())
    return m.group("name") if m else None


_WRITERS = re.compile(
    rf"(?:(?:Text|Av|Skribent|By)\s*:?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s+(?:&|och|and)\s+"
    rf"{_NAME_WORD}(?:\s+(?:(?:von|af|de|van)\s+)?{_NAME_WORD}){{1,3}}"
)
"""Two writers joined by "&", "och" or "and" in a head's meta row: a couple sharing the last name ("Elin & Magnus
Lundh"), or two full names ("Anna Berg och Per Ek"). The second part carries a last name (two capitalised words or
more); the first may be a given name alone."""


def joined_writers(text: str) -> bool:
    """Whether a meta row's part is two writers' names joined by "&", "och" or "and" (:data:`_WRITERS`). Risk: a
    row's label of two capitalised names ("Kultur & Nöje Lokalt") would read as writers; such a row still needs its
    date part to be a head's meta row."""
    return _WRITERS.fullmatch(text.strip()) is not None


def head_meta_row(text: str) -> tuple[bool, str | None] | None:
    """Whether a line is a head's meta row: parts set apart by a dot, a bar or a dash ("Henrik Malm, platschef · 30.10.2026",
    "Insatsrapport · 2026-02-16", "Martin Olofsson, centrumutvecklare · 18 november 2026 · 3 min läsning"), one of them
    a date and every other part a writer's name (with a role), a clock time, a reading time or one label of one or two
    words; or a press release's dateline, a place and a date ("Stockholm 2026-06-05"). Returns (True, the writer's
    name or None) for such a row, None for any other line (a headline's dot has a
    sentence on one side)."""
    parts = _ROW_SEPARATOR.split(text.strip().rstrip("."))
    m = _DATELINE.fullmatch(text.strip())
    if len(parts) == 1 and m and (m.group("numeric") or _row_date(m.group("date") or "")):
        return True, None  # a press release's dateline: the place, then the date
    if len(parts) < 2 or sum(_row_date(p) for p in parts) != 1:
        return None
    name: str | None = None
    labels = 0
    for part in parts:
        if _row_date(part) or _ROW_CLOCK.fullmatch(part) or _READING.fullmatch(part):
            continue
        m = _PERSON.fullmatch(part)
        if m and name is None:
            name = m.group("name")
        elif name is None and joined_writers(part):
            name = part.strip()
        elif _ROW_LABEL.fullmatch(part) and labels == 0:
            labels += 1
        else:
            return None
    return True, name


_ORG_BY = re.compile(
    r"(?:Av|Text|Skrivet av|Inlägg av)\s*:?\s+(?P<org>(?:(?-i:[a-zåäö])[a-zåäö-]+(?:en|et|na)"
    r"|(?-i:[a-zåäö])[a-zåäö-]+s\s+[a-zåäö-]+)(?:\s+(?:för|i|på|vid|inom)\s+[\w .&-]{1,40}?)?)"
    r"(?:\s*[|,·•–]\s*(?=\D*\d).*)?",
    re.IGNORECASE,
)
"""A byline naming a body in lowercase, as an association signs its news: "Av styrelsen", "Av redaktionen",
"Skrivet av kansliet", "Av föreningens styrelse", "Av styrelsen för Bergsjö SK", with a date after it or not (a person's
byline is the rule table's)."""

_ONE_NAME_BY = re.compile(r"(?:[Aa]v|Skrivet av)\s+(?P<org>[A-ZÅÄÖ][a-zåäö-]{2,})")
"""A byline of one capitalised word, a body's or a first name's ("av Styrelsen", "Av Redaktionen", "av Gunnel"): over
the annotated dumps such a line is 6 times the head's byline and twice the page's, never the article's (session 43,
extract210: "av Styrelsen" under the date line was read as a newsletter's headline)."""

HEAD_PROSE_WORDS = 8
"""The head ends at the first line of at least this many words ending a sentence (the lead)."""


def org_bylines(lines: Sequence[BoxLine]) -> None:
    """An untagged "Av styrelsen" line in the head (above the first sentence of the page) is the byline, its value the
    body's name capitalised ("Styrelsen"); lower down such a line is the text's own (a sign-off is another module's).

    >>> class L:
    ...     def __init__(self, text): self.text, self.tag, self.value, self.rule, self.blank_before = text, None, None, None, False
    >>> lines = [L("Nytt elljusspår"), L("Av styrelsen"), L("Klubben drar ett nytt spår genom skogen i höst.")]
    >>> org_bylines(lines); lines[1].tag, lines[1].value
    ('byline', 'Styrelsen')
    """
    for ln in lines:
        if len(ln.text.split()) >= HEAD_PROSE_WORDS and ln.text[-1:] in ".!?":
            return
        m = (_ORG_BY.fullmatch(ln.text) or _ONE_NAME_BY.fullmatch(ln.text.strip())) if ln.tag is None else None
        if m is not None:
            org = ln.text[m.start("org"):].strip()  # with the date after it: split_byline reads both
            ln.tag, ln.value, ln.rule = "byline", org[:1].upper() + org[1:], "byline-org"
