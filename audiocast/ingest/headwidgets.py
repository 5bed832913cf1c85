"""A widget box over the article's head: rows of a value by place, day or kind under the box's label.

"Aktuell brandrisk" over "Hudiksvall: Mycket stor brandrisk (5)", "Ljusdal: Stor brandrisk (4)" and "Prognos från
SMHI, uppdateras dagligen 07:00"; "Vattenstånd just nu" over "Åbron: 2,41 m (högt)"; opening hours by day; a
calendar's "På gång i byn" over "3 maj – Städdag vid badet", "17 maj – Vårmarknad". A
municipality's, an agency's or a paper's page sets such a box over its news; on any site it is told by its shape:

- two rows or more, one under the other, each a short label and its value ("Place: value", at most
  :data:`ROW_WORDS` words, no sentence's end);
- below the box, before any running prose, a headline-like line (three words or more) with running prose right under
  it (a blank line or a label between at most): the article's head.

The box's rows, the short lines under them in the box (the source, the update time) and its label right above are
no lead and no headline. Guards: fact rows under a headline of more than :data:`LABEL_WORDS` words ("Protokoll fört
vid årsmöte …" over "Datum: …", "Plats: …"), a 'head' below that is a minutes' first item ("§ 1 Mötets
öppnande"), and a row naming the title ("Ämne: …" in a mail's or a forum post's head), leave the rows to the other
passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine, first_of_items
from .headline import TITLE_FIELD
from .headshapes import dated_row
from .lineshape import is_title_like, words

ROW_WORDS = 8
"""A widget's row is at most this many words."""
BOX_LINE_WORDS = 10
"""A line under the rows in the box (the source, the update time) is at most this many words."""
HEAD_WINDOW = 4
"""The article's head is looked for within this many lines under the box."""
PROSE_WORDS = 8
LABEL_WORDS = 4
"""The box's label over its rows is at most this many words ("Aktuell brandrisk"); a longer line is a headline."""
_ROW = re.compile(r"[\wÅÄÖåäöé.&/-]+(?: [\wÅÄÖåäöé.&/-]+){0,2}:\s+\S.*")


def _row(ln: TaggedLine) -> bool:
    """A widget's row: a label and its value ("Hudiksvall: Mycket stor brandrisk (5)"), or a calendar's dated item
    ("3 maj – Städdag vid badet", :func:`audiocast.ingest.headshapes.dated_row`)."""
    return ln.tag is None and (bool(_ROW.fullmatch(ln.text)) or dated_row(ln.text)) and words(ln.text) <= ROW_WORDS \
        and ln.text[-1] not in ".!?"


def _prose(ln: TaggedLine) -> bool:
    return ln.tag is None and not is_title_like(ln.text) and words(ln.text) >= PROSE_WORDS


def widget_box(lines: Sequence[TaggedLine], i: int) -> range | None:
    """The lines of the widget box whose first row is lines[i] (its label above included), or None (module
    docstring)."""
    if not (_row(lines[i]) and i + 1 < len(lines) and not lines[i + 1].blank_before and _row(lines[i + 1])):
        return None
    above = lines[i - 1] if i > 0 and not lines[i].blank_before and lines[i - 1].tag is None else None
    if above is not None and is_title_like(above.text) and words(above.text) > LABEL_WORDS:
        return None  # the article's headline over its fact rows ("Datum: …", "Plats: …")
    end = i + 1
    while end + 1 < len(lines) and not lines[end + 1].blank_before and (
            _row(lines[end + 1]) or lines[end + 1].tag is not None or words(lines[end + 1].text) <= BOX_LINE_WORDS):
        end += 1
    if any(TITLE_FIELD.fullmatch(ln.text) for ln in lines[i:end + 1]):
        return None  # a mail's or a forum post's head ("Från: …", "Ämne: …", "Datum: …"): its subject is the title
    for j in range(end + 1, min(len(lines), end + 1 + HEAD_WINDOW)):
        ln = lines[j]
        if _prose(ln):
            return None  # running text under the rows: they belong to it
        if ln.tag is not None or words(ln.text) < 3:
            continue  # a section's label or a date over the head
        under = [x for x in lines[j + 1:j + 3] if x.tag is None]
        if is_title_like(ln.text) and under and _prose(under[0]) and not first_of_items(lines, j):
            return range(i - 1 if above is not None and is_title_like(above.text) else i, end + 1)
        return None
    return None
