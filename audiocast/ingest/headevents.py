"""An event box over the article's head of a page dump: its label, the event's title, its when-line and its call
("Nästa match" / "Åby IF – Byn BK" / "Lör 1 mars kl. 14.00 · Vallen" / "Köp biljett"), which are no head.

Phenomenon: clubs, theatres, churches and associations set their next event in a box over every page, above the
article's own head. Its when-line reads as a date line, so the event's title beside it stood as a headline next to
its date line and outscored the article's headline. What tells the box on any site is its shape, not its words:

- a short label over it (at most :data:`LABEL_WORDS` words, title-like: "Nästa match", "Kommande evenemang");
- the event's title, a title-like line right under the label;
- the when-line right under the title, read as a date line by the head's rules;
- right under the when-line a button that acts on the event (its verbs as data, :data:`EVENT_CALLS`: "Köp biljett",
  "Boka plats", "Anmäl dig"), never the head's own buttons ("Dela", "Lyssna");
- below it, within :data:`HEAD_WINDOW` lines, the article's own dated head: a headline-like line with a date line,
  a publication line or a byline right under it.

The box's lines are tagged ``drop`` / ``event-box``; the article's head is then read as if the box were not there.

Risk: an event's own page whose head is set as a label, a title, its when-line and a ticket button, with a second
dated head below it (a news item about the event, say) would lose its head to that item; an event page has its text
under its button, not another dated head.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .headlayout import HEAD_WINDOW, headline_like
from .headline import shape_of
from .headmeta import ANCHORS, head_furniture
from .lineshape import is_title_like, words

LABEL_WORDS = 3
"""A box's label is at most this many words."""
EVENT_CALLS = re.compile(
    r"(?i)(?:köp|boka|anmäl|beställ|reservera|säkra|förboka|lös|hämta|skaffa|osa|till)\b.{0,30}"
    r"|biljetter?(?:\s.{0,20})?|anmälan(?:\s.{0,20})?")
"""The buttons that act on an event (buy a ticket, book a seat, sign up, reply): the head's own buttons (share, listen,
print) are none of them."""


def _event_call(text: str) -> bool:
    return EVENT_CALLS.fullmatch(text.strip()) is not None and words(text) <= 5


def _dated_head_below(lines: Sequence[TaggedLine], start: int) -> bool:
    """Whether a headline-like untagged line with an anchor (date line, publication line, byline) right under it (past
    the head's furniture) stands within :data:`HEAD_WINDOW` lines from ``start``."""
    for k in range(start, min(len(lines) - 1, start + HEAD_WINDOW)):
        if lines[k].tag is not None or not headline_like(lines[k].text):
            continue
        j = k + 1
        while j < len(lines) and head_furniture(lines[j]):
            j += 1
        if j < len(lines) and lines[j].tag in ANCHORS:
            return True
    return False


def event_box_tags(lines: Sequence[TaggedLine]) -> list[int]:
    """Tag the event boxes over the article's head (module docstring); the indices tagged."""
    tagged: list[int] = []
    for d, ln in enumerate(lines):
        if ln.tag in ANCHORS and d >= 2:
            label, title = lines[d - 2], lines[d - 1]
            call = lines[d + 1] if d + 1 < len(lines) else None
            if call is not None and title.tag is None and is_title_like(title.text) and label.tag is None \
                    and is_title_like(label.text) and words(label.text) <= LABEL_WORDS \
                    and shape_of(call.text) in {"button", None} and _event_call(call.text) \
                    and _dated_head_below(lines, d + 2):
                for k in (d - 2, d - 1, d, d + 1):
                    lines[k].tag, lines[k].rule = "drop", "event-box"
                tagged.extend((d - 2, d - 1, d, d + 1))
            break  # only the first anchor of the page: the box stands over the head
    return tagged
