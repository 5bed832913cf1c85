"""A series' list of its parts in a page dump: the box a site sets over an article of a series, or under it, that lists
the series' parts by their numbers ("Del 1: Postkontoret som blev pizzeria" / "Del 2: När bussen slutade gå" / "Del 4:
Publiceras 1 december", "Avsnitt 3 – Lärarinnan"), with the series' label, its name, the part's place ("Del 3 av 5")
and a line telling what the series is about.

The list is told by its shape on any site: at least :data:`MIN_PARTS` lines glued together, each opening with a part's
word and its number, the numbers following one another; or two such lines in a box that names the series ("Läs
tidigare delar i serien …"). The whole box between blank lines goes (the series' name over it would be taken for the
headline, its description for the lead). Guards: a box of more than :data:`MAX_BOX_LINES` lines, a paragraph
(:data:`MAX_LINE_WORDS` words or more, a quote) or a sentence introducing the list with a colon ("Planen har tre
delar:") in the box keeps it, and so does a paragraph of the article right over and right under a box that names no
series: the article's own list. Only in dumps with blank lines (without them the box has no
bounds).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, words

_PART = re.compile(r"(?i)(?:del|delen|avsnitt|kapitel|part|episode)\s+(\d{1,2})(?:\s+(?:av|of)\s+\d{1,2})?\s*[:.–—-]\s*\S.*")
"""A part's line: its word, its number (out of the whole: "Del 2 av 5:") and its title (or the day it comes out)."""
_SERIES = re.compile(r"(?i)\bserie(?:n|r|rna)?\b|\bdelar(?:na)?\b|\bavsnitt(?:en)?\b")
MIN_PARTS = 3
"""A list of at least this many parts in a row is a series' list whatever the box says."""
MAX_BOX_LINES = 14
MAX_LINE_WORDS = 26
"""A line of the series' box (its description) is shorter than this; a paragraph of the article is not the box's."""
PART_WORDS = 14
"""A part's line is a title: at most this many words."""
RULE = "series-list"


def _part(text: str) -> int | None:
    m = _PART.fullmatch(text)
    return int(m.group(1)) if m and words(text) <= PART_WORDS else None


def _runs(lines: Sequence[TaggedLine], start: int, end: int) -> int:
    """The longest run of part lines glued together with numbers following one another in lines[start:end]."""
    best = run = 0
    last: int | None = None
    for ln in lines[start:end]:
        n = _part(ln.text)
        run = run + 1 if n is not None and last is not None and n == last + 1 else (1 if n is not None else 0)
        last = n
        best = max(best, run)
    return best


def _kept_box(box: Sequence[TaggedLine]) -> bool:
    """The box is the article's own: a paragraph, a quote, or a sentence introducing a list with a colon."""
    for ln in box:
        if ln.tag is not None or _part(ln.text) is not None:
            continue
        if is_quote(ln.text) or words(ln.text) >= MAX_LINE_WORDS or (ln.text.endswith(":") and words(ln.text) >= 4):
            return True
    return False


PROSE_WORDS = 12


def _prose(ln: TaggedLine) -> bool:
    return ln.tag is None and (is_quote(ln.text) or (words(ln.text) >= PROSE_WORDS and ln.text[-1] in ".!?…\"”»"))


def _between_prose(lines: Sequence[TaggedLine], first: int, end: int) -> bool:
    """A list that does not name a series, with a paragraph of the article right over it and right under it: the
    article's own list of parts (a plan's stages, a course's modules)."""
    above = next((ln for ln in reversed(lines[:first]) if ln.tag is None), None)
    below = next((ln for ln in lines[end:] if ln.tag is None), None)
    return above is not None and below is not None and _prose(above) and _prose(below)


def series_list_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the boxes listing a series' parts (see the module docstring)."""
    if not any(ln.blank_before for ln in lines):
        return
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].blank_before:
            continue
        box = lines[start:end]
        first, start = start, end
        if len(box) > MAX_BOX_LINES or any(ln.tag in {"stop", "footer"} for ln in box):
            continue
        parts = _runs(lines, first, end)
        named = any(_SERIES.search(ln.text) for ln in box if _part(ln.text) is None)
        if parts < MIN_PARTS and not (parts >= 2 and named):
            continue
        if _kept_box(box) or (not named and _between_prose(lines, first, end)):
            continue
        for ln in box:
            if ln.tag in (None, "menu", "date"):
                ln.tag, ln.rule = "drop", RULE
