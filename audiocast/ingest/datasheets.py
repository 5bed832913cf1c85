"""A data sheet under the article: a database's record copied one cell a line, a label over its value.

A monitoring network's, an agency's or a web app's page sets the record the article is about beside it as a two-column
table ("Tid (UTC)" / "2025-01-14 08:37:12", "Djup" / "14 km", "Nivå" / "+0,42 m"), and a dump (the page's select-all +
copy) gives each cell a line of its own, the label over its value. The article tells what matters in its sentences;
the sheet's cells read one by one ("Djup. Fjorton kilometer.") are the page's widget. On any site it is told by its
shape: :data:`SHEET_PAIRS` pairs or more in a row of a short label without a digit (at most :data:`LABEL_WORDS` words,
no comma - "Eva Ek, sekreterare" is a signature -, no sentence's end) over a short value with one (at most :data:`VALUE_WORDS` words; text cells among them, "Station" over "Ekeå nedre",
count as pairs but not towards the least), under the article's last paragraph
of running prose. Its heading right over it ("Mätdata", a short line without a digit) goes with it, and so do the
short cells of a table glued right under it (a list of the latest records: dates, places, figures) up to the next
sentence.

Measured on the golden nets and the opened sets: every run of three such pairs or more there is the page's (calendars,
price lists, departure boards, contact cards, a chart's legend), none the article's. Risk: an article's own fact box
copied one cell a line ("Längd" / "240 meter", "Kostnad" / "62 miljoner") under its last paragraph, which the listener
then misses; a fact box with a label and a colon on one line ("Längd: 240 meter") is not of this shape and stays.
Used last among the late passes (:func:`audiocast.ingest.servicewidgets.late_widget_tags`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine
from .lineshape import words

RULE = "data-sheet"
SHEET_PAIRS = 3
"""A data sheet holds at least this many label-over-value pairs in a row."""
LABEL_WORDS = 3
"""A sheet's label is at most this many words ("Tid (UTC)", "Lat/Lon", "Antal stationer")."""
VALUE_WORDS = 6
"""A sheet's value is at most this many words ("59,72 N / 12,44 E", "3,1 ML")."""
CELL_WORDS = 6
"""A cell of a table glued under the sheet is at most this many words."""
_DIGIT = re.compile(r"\d")
_END = ".!?:…"


def _label(x: TaggedLine) -> bool:
    t = x.text.strip()
    return 1 <= words(t) <= LABEL_WORDS and _DIGIT.search(t) is None and "," not in t and t[-1:] not in _END


def _value(x: TaggedLine) -> bool:
    t = x.text.strip()
    return 1 <= words(t) <= VALUE_WORDS and _DIGIT.search(t) is not None and t[-1:] not in _END[:3]


def _pairs(lines: Sequence[TaggedLine], i: int) -> tuple[int, int]:
    """The label-over-value pairs in a row from line ``i``, and how many of them have a figure for their value (a
    sheet's text cell, "Station" over "Ekeå nedre", is one of its pairs)."""
    n = figures = 0
    while (i + 1 < len(lines) and _label(lines[i]) and not lines[i + 1].blank_before
           and (_value(lines[i + 1]) or _cell(lines[i + 1]))):
        n += 1
        figures += _value(lines[i + 1])
        i += 2
    return n, figures


def _cell(x: TaggedLine) -> bool:
    t = x.text.strip()
    return words(t) <= CELL_WORDS and t[-1:] not in _END[:3]


def data_sheet_tags(lines: Sequence[TaggedLine]) -> None:
    """Tag ``drop`` a data sheet under the article's last paragraph of running prose (see the module docstring)."""
    last = max((i for i, x in enumerate(lines) if is_running_prose(x)), default=None)
    if last is None:
        return
    i = last + 1
    while i < len(lines):
        n, figures = _pairs(lines, i)
        if figures < SHEET_PAIRS:
            i += 1
            continue
        start, end = i, i + 2 * n
        head = lines[start - 1]
        if start - 1 > last and _label(head) and head.tag is None:
            start -= 1  # the sheet's heading ("Mätdata")
        while end < len(lines) and _cell(lines[end]):
            end += 1  # a table's cells glued under it, up to the next sentence
        for x in lines[start:end]:
            if x.tag is None or x.tag == "menu":
                x.tag, x.rule = "drop", RULE
        i = end
