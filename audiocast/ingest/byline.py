"""The author and the publication time of a page dump, from its byline, date and publication lines.

Not here: which lines are bylines and dates (the rule table, :mod:`audiocast.ingest.boilerplate`, and the
date shapes, :mod:`audiocast.ingest.dates`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from .dates import parse_date


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


def fact_bylines(lines: Sequence[BoxLine]) -> None:
    """Below the lead, a byline-shaped line ("Av: Ingrid Dahlman", "Skribent: Anna Olsdotter (1849–1921)") that stands
    in a box of "Label: value" lines (the line right above or below it, with no blank line between, is such a line the
    rules left alone) under a paragraph of the article is a fact box's item (a play's author, a document's writer),
    not the page's byline: untagged. The head's byline beside "Granskad av: …" has no paragraph above it."""
    prose = False
    for i, ln in enumerate(lines):
        prose = prose or (ln.tag is None and len(ln.text.split()) >= 8 and ln.text[-1] in ".!?”\"")
        if ln.tag != "byline" or ln.rule != "byline" or not prose:
            continue
        near = [lines[i - 1]] if i > 0 and not ln.blank_before else []
        if i + 1 < len(lines) and not lines[i + 1].blank_before:
            near.append(lines[i + 1])
        if any(x.tag is None and _FACT_LABEL.fullmatch(x.text) for x in near):
            ln.tag, ln.value, ln.rule = None, None, "fact-item"
