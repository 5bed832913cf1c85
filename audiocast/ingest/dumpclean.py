"""A text dump's lines made clean before they are read: line endings, odd spaces, invisible characters, a table
row's cells (:func:`table_row`); and the slug an article's files are named by (:func:`slugify`).

Split from :mod:`audiocast.ingest.text` (session 13).
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2007\u2009\u3000]+")
_TABS = re.compile(r"\t+")
_SLUG_TABLE = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "þ": "th"})


def clean_text(text: str) -> str:
    """Normalize a dump: line endings, odd spaces, invisible characters, trailing space; a table row's cells
    (a browser's copy puts a tab between them) joined by " – ", as the HTML reader joins them, so that the
    voice pauses between cells instead of reading two cells' figures as one number (:func:`table_row`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    lines = (_SPACES.sub(" ", table_row(line)).strip() for line in text.split("\n"))
    return "\n".join(lines)


def table_row(line: str) -> str:
    r"""A line whose cells are separated by tabs with its cells joined by " – "; other lines as they are.

    >>> table_row("Hälleby\t18 422\t518\t2,9 %")
    'Hälleby – 18 422 – 518 – 2,9 %'
    >>> table_row("\tIngen tabell här\t")
    '\tIngen tabell här\t'
    """
    if "\t" not in line.strip():
        return line
    return join_cells([cell for cell in (_SPACES.sub(" ", c).strip() for c in _TABS.split(line)) if cell])


def join_cells(cells: list[str]) -> str:
    """A table row's cells as one line: joined by " – ", but a cell that is a label ending in a colon is followed by its
    value after a space, as the page reads it ("Kursstart:" | "19 augusti" -> "Kursstart: 19 augusti"; with the dash
    "Temperatur: – 5 grader" was read "minus fem grader").

    >>> join_cells(["Längd:", "5 km", "Hälleby"])
    'Längd: 5 km – Hälleby'
    """
    out = cells[0] if cells else ""
    for cell in cells[1:]:
        out += (" " if labels_next(out) else " – ") + cell
    return out


def labels_next(cell: str) -> bool:
    """Whether a table cell is a label whose value the next cell holds ("Kursstart:"): the two are read as one phrase,
    without the dash between cells (:func:`join_cells`; the layout reader's line cutter asks the same)."""
    return cell.rstrip().endswith(":")


def clean_line(line: str) -> str:
    """One line with odd spaces and invisible characters cleaned."""
    return _SPACES.sub(" ", line.translate(_INVISIBLE)).strip()


def slugify(text: str) -> str:
    """Lowercase ASCII with dashes: ``"Brand i Älvsjö – 3 döda"`` → ``"brand-i-alvsjo-3-doda"``.

    >>> slugify("Ökad säkerhet på Café Åkersberga")
    'okad-sakerhet-pa-cafe-akersberga'
    """
    text = unicodedata.normalize("NFKD", text.lower().translate(_SLUG_TABLE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode("ascii"))
    return text.strip("-") or "artikel"
