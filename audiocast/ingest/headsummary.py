"""A summary box under the headline of a page dump: a heading ("AI-sammanfattning", "Kortversion", "Det här har
hänt"), a few short points that restate the article, and often a note on how it was made ("Sammanfattningen är gjord
med hjälp av AI och granskad av redaktionen").

For a listener the box is furniture: its points repeat what the article says in full, and its heading, standing
between the headline and the date line or the lead, outscored the headline. The box is told by evidence that holds on
any site, never by one site's words:

- its place: it opens right under a headline-shaped line or the head's date line or byline (or, closed by its note
  or under a summary's own heading, right under the lead there, session 28: "Kort om" under the standfirst), and the
  article's running text (a paragraph of prose) follows within a few lines under it;
- its form: a short heading without a full stop (a subheading's shape), then :data:`MIN_POINTS` to :data:`MAX_POINTS`
  points, each a short sentence or a bulleted line, no blank line between them;
- its words (data, :mod:`.data.summary_words`): a note naming AI or the desk's check closes it (``AI_NOTE``,
  ``DESK_NOTE``), or the heading is a summary's (``SUMMARY_HEAD``, two points at least), or a heading of what has
  happened (``EVENTS_HEAD``) stands over bulleted points, or its points are bulleted and restate the article (most of
  their content words stand in the text under the box).

One of the words' evidence is required besides place and form. The box goes with the page's widgets, before the
head's lines are told by their shape and the layout is read (:func:`.servicewidgets.without_page_widgets`).

Risk: an article that opens with a subheading named "Sammanfattning" over short sentences of its own right under the
headline (a report's summary that is the article) loses them; a box under an unknown heading, without bullets, note
or overlap with the text, is still read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from .data.summary_words import AI_NOTE, DESK_NOTE, EVENTS_HEAD, SUMMARY_HEAD
from .furniture import TaggedLine
from .headcounters import without_lines
from .lineshape import content_words, is_title_like, words

RULE = "head-summary"
L = TypeVar("L", bound=TaggedLine)
MIN_POINTS = 2
"""With a summary's heading, a box has at least this many points (one sentence under "Sammanfattning" is the page's own
lead: a police event page's); with a note naming AI or the desk's check, one is enough."""
BARE_POINTS = 2
"""Bulleted points told only by their restating the article: at least this many."""
MAX_POINTS = 6
HEAD_WORDS = 6
"""A box's heading has at most this many words."""
POINT_WORDS = (3, 30)
"""A point has this many words (a short sentence)."""
NOTE_WORDS = 25
PROSE_WORDS = 12
"""The article's running text under the box: a line of prose of at least this many words."""
PROSE_WITHIN = 6
"""… within this many lines under the box."""
OVERLAP = 0.6
"""A restating point: at least this share of its content words stand in the text under the box."""
_BULLET = re.compile(r"^\s*(?:[•·▪►▸✓✔☑◆■□●○*–—-]|\d{1,2}[.)])\s+")
_HEAD_TAGS = frozenset({"date", "published", "updated", "byline"})


def _points(lines: Sequence[TaggedLine], start: int) -> int:
    """How many glued point lines from lines[start] on (up to :data:`MAX_POINTS` + 1, to tell a longer run)."""
    n = 0
    for x in lines[start:start + MAX_POINTS + 1]:
        if (n and x.blank_before) or x.tag is not None:
            break
        text = _BULLET.sub("", x.text).strip()
        lo, hi = POINT_WORDS
        bulleted = bool(_BULLET.match(x.text))
        if not (lo <= words(text) <= hi and (bulleted or text[-1:] in ".!?")):
            break
        if AI_NOTE.search(text) or DESK_NOTE.search(text):
            break
        if n and bulleted != bool(_BULLET.match(lines[start].text)):
            break  # a box's points share their form: bulleted points end at the first line without a bullet
        n += 1
    return n


def _note_at(lines: Sequence[TaggedLine], i: int) -> bool:
    """lines[i] is the note on how the box was made (naming AI or the desk's check, :data:`NOTE_WORDS` words at most)."""
    return i < len(lines) and lines[i].tag not in _HEAD_TAGS and words(lines[i].text) <= NOTE_WORDS \
        and bool(AI_NOTE.search(lines[i].text) or DESK_NOTE.search(lines[i].text))


def _in_place(lines: Sequence[TaggedLine], h: int) -> bool:
    """The heading at lines[h] opens under the head: a headline-shaped line or the head's date line or byline."""
    if h == 0:
        return False
    above = lines[h - 1]
    if above.tag in _HEAD_TAGS:
        return True
    return above.tag is None and is_title_like(above.text) and words(above.text) >= 2 \
        and not SUMMARY_HEAD.fullmatch(above.text.strip())


def _under_lead(lines: Sequence[TaggedLine], h: int) -> bool:
    """The heading at lines[h] stands right under the lead: a paragraph that ends a sentence, right under a
    headline-shaped line or the head's date line or byline (a site sets its summary under the standfirst too)."""
    if h < 2:
        return False
    lead = lines[h - 1]
    t = lead.text.rstrip()
    return lead.tag is None and t[-1:] in ".!?" and words(t) >= PROSE_WORDS and _in_place(lines, h - 1)


def _prose_follows(lines: Sequence[TaggedLine], end: int) -> bool:
    return any(x.tag is None and words(x.text) >= PROSE_WORDS and x.text.rstrip()[-1:] in ".!?”\""
               for x in lines[end:end + PROSE_WITHIN])


def _restates(lines: Sequence[TaggedLine], h: int, n: int) -> bool:
    """Most points' content words stand in the text under the box."""
    below: set[str] = set()
    for x in lines[h + 1 + n:]:
        below |= content_words(x.text)
    hits = 0
    for x in lines[h + 1:h + 1 + n]:
        own = content_words(_BULLET.sub("", x.text))
        if own and len(own & below) >= OVERLAP * len(own):
            hits += 1
    return hits >= max(BARE_POINTS, n - 1)


def _box(lines: Sequence[TaggedLine], h: int) -> int:
    """The number of lines of the summary box headed by lines[h] (0: none)."""
    head = lines[h]
    text = head.text.strip().rstrip(":")
    if head.tag is not None or not text or words(text) > HEAD_WORDS or text[-1:] in ".!?" or _BULLET.match(head.text):
        return 0  # (session 44: a line opening with a bullet or a rank is a list's first item, no box's heading)
    placed = _in_place(lines, h)
    if not placed and not _under_lead(lines, h):
        return 0
    if h + 1 < len(lines) and lines[h + 1].blank_before and not SUMMARY_HEAD.fullmatch(text):
        return 0
    first = h + 1 + int(_note_at(lines, h + 1))  # the note may stand right under the heading (session 29)
    n = _points(lines, first)
    if n > MAX_POINTS:
        return 0
    end = first + n
    note = first > h + 1 or _note_at(lines, end)
    bulleted = n >= BARE_POINTS and all(_BULLET.match(x.text) for x in lines[h + 1:end])
    if note:
        ok = n >= 1
    elif SUMMARY_HEAD.fullmatch(text):
        ok = n >= MIN_POINTS
    elif EVENTS_HEAD.fullmatch(text):
        ok = bulleted
    else:
        ok = bulleted and _restates(lines, h, n)
    if not ok or (not placed and not note and not SUMMARY_HEAD.fullmatch(text)):
        return 0  # under the lead only with a note of its making or a summary's own heading
    size = end - h + int(note and first == h + 1)
    return size if _prose_follows(lines, h + size) else 0


def summary_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Tag the summary box under the headline (module docstring) ``drop``, rule :data:`RULE`."""
    for h in range(1, len(lines)):
        size = _box(lines, h)
        if size:
            for x in lines[h:h + size]:
                x.tag, x.rule = "drop", RULE
            return


def without_head_summary(lines: list[L]) -> list[L]:
    """The page without its summary box under the headline (module docstring); the paragraphs around it stay apart."""
    summary_box_tags(lines)
    cut = {i for i, x in enumerate(lines) if x.rule == RULE}
    return without_lines(lines, cut) if cut else lines
