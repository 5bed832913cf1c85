"""A widget's closing note over the article's head: a short sentence under a run of one-cell lines.

A municipality's, a club's or an info screen's page sets a live widget over its news: a table read one cell a line
(a lake, its ice thickness, its status), a day's timetable ("Laudes 06.30", "Vesper 17.30"), a queue's numbers
("A 047", "B 112"), and closes it with a short note ("Bedöm alltid isen själv.", "Alla är välkomna till kapellet.",
"Ta en kölapp vid entrén."). The note is the first sentence on the page and was taken for the lead, the cells over it
for headline candidates, while the article's head stands a few lines below. Told on any site by its shape:

- the note is short (at most :data:`NOTE_WORDS` words) and not title-like;
- right over it a run of at least :data:`CELLS` short lines (at most :data:`CELL_WORDS` words each, no sentence's
  end), at least :data:`DIGIT_CELLS` of them holding a figure (a measure, a clock time, a number): the widget's cells;
  the line over the run, when title-like, is at most :data:`LABEL_WORDS` words (the widget's label, "Isläget just
  nu"; a longer line is an article's headline over its fact rows);
- below the note, within :data:`WINDOW` lines and before any prose, a headline-like line (three words or more) with,
  under at most :data:`HEAD_META` lines of its meta (date line, byline, reading time, a caption, a place and day), a
  paragraph of at least :data:`LEAD_WORDS` words followed by more prose: the article's head and its running text.

The run and the note are dropped ("widget-note"): no lead, no headline. Risk: a short lead under a table of facts,
with a long paragraph under a subheading below, would lose its place; the long lead and the running text under the
head below, and the label's length over the run, keep an article's own fact rows out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .headlayout import headline_like, prose
from .headwidgets import widget_box
from .lineshape import is_title_like, words

NOTE_WORDS = 14
"""A widget's closing note is at most this many words (a lead is longer)."""
CELLS = 3
"""A widget's run of cells over its note is at least this many lines."""
CELL_WORDS = 6
"""A widget's cell is at most this many words."""
DIGIT_CELLS = 2
"""At least this many of the run's cells hold a figure."""
LABEL_WORDS = 4
"""The widget's label over its cells is at most this many words."""
WINDOW = 8
"""How far below the note the article's headline is looked for."""
HEAD_META = 5
"""The lines of the head's meta between the headline and its lead, at most."""
LEAD_WORDS = 15
"""The article's lead under the head below is at least this many words."""
_DIGIT = re.compile(r"\d")


def _cell(ln: TaggedLine) -> bool:
    text = ln.text
    return bool(text) and words(text) <= CELL_WORDS and text[-1] not in ".!?:;"


def _cell_run(lines: Sequence[TaggedLine], i: int) -> range | None:
    """The run of one-cell lines right over lines[i] (blank lines end it), or None when it is no widget's."""
    start = i
    while start > 0 and not lines[start].blank_before and _cell(lines[start - 1]) and lines[start - 1].tag in {
            None, "updated", "date"}:
        start -= 1
    run = [ln for ln in lines[start:i] if ln.tag is None]
    if len(run) < CELLS or sum(1 for ln in run if _DIGIT.search(ln.text)) < DIGIT_CELLS:
        return None
    if start > 0 and not lines[start].blank_before:
        above = lines[start - 1]
        if above.tag is None and is_title_like(above.text) and words(above.text) > LABEL_WORDS:
            return None  # the article's headline over its own fact rows
    return range(start, i)


def _head_below(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether the article's head (a headline-like line, its meta, a long lead and more prose) stands within
    :data:`WINDOW` lines under lines[i], with no prose between."""
    for k in range(i + 1, min(len(lines), i + 1 + WINDOW)):
        ln = lines[k]
        if prose(ln):
            return False
        if ln.tag is not None or not headline_like(ln.text):
            continue
        for m in range(k + 1, min(len(lines), k + 2 + HEAD_META)):
            x = lines[m]
            if x.tag is None and not is_title_like(x.text) and words(x.text) >= LEAD_WORDS:
                return any(prose(y) for y in lines[m + 1:m + 3])
            if x.tag is None and headline_like(x.text) and words(x.text) > LABEL_WORDS and m > k + 1:
                break  # another headline: no head of its own here
    return False


def widget_note(lines: Sequence[TaggedLine], i: int) -> range | None:
    """The lines of the widget (its cells and lines[i], its closing note) when lines[i] is a widget's note over the
    article's head (module docstring), or None."""
    note = lines[i].text
    if lines[i].tag is not None or not note or is_title_like(note) or words(note) > NOTE_WORDS:
        return None
    run = _cell_run(lines, i)
    if run is None or not _head_below(lines, i):
        return None
    return range(run.start, i + 1)


def widget_tags(lines: Sequence[TaggedLine], i: int) -> range | None:
    """Tag the widget over the article's head that lines[i] opens or closes and return its lines, or None: a box of
    rows of a value by place (:func:`audiocast.ingest.headwidgets.widget_box`, from its first row) or a run of cells
    closed by a note (:func:`widget_note`, from its note)."""
    for found, rule in ((widget_box(lines, i), "widget-box"), (widget_note(lines, i), "widget-note")):
        if found is not None:
            for k in found:
                lines[k].tag, lines[k].rule = "drop", rule
            return found
    return None
