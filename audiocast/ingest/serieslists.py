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


_OTHER_PART = re.compile(
    r"(?i)(?:(?:läs|lyssna på|se)\s+(?:även\s+|också\s+|tidigare\s+)?(?:del|avsnitt)\s+(\d{1,2})\s*[:.–—-]\s*\S.*"
    r"|(?:del|avsnitt)\s+(\d{1,2})\s+(?:publiceras|kommer|sänds)\b[^:]{0,30}:\s*\S.*)")
"""Another part named by a call to read it or the day it comes out: "Läs del 1: Bankkontoren som försvann", "Del 3
publiceras 17 juni: Kontantuttag i butikerna" (session 28)."""


def _part(text: str) -> int | None:
    if words(text) > PART_WORDS:
        return None
    m = _PART.fullmatch(text)
    if m:
        return int(m.group(1))
    m = _OTHER_PART.fullmatch(text)
    return int(m.group(1) or m.group(2)) if m else None


def _glued_series_tags(lines: Sequence[TaggedLine]) -> None:
    """In a dump without blank lines: a run of part lines glued together, their numbers rising, at least
    :data:`MIN_PARTS` of them, or two under a line naming the series ("Fler delar i granskningen") or one of them a
    call to read another part ("Läs del 1: …"); the naming line goes with them. A run that names no series with a
    paragraph of the article right over and under it is the article's own list (session 28)."""
    i = 0
    while i < len(lines):
        if _part(lines[i].text) is None or lines[i].tag not in (None, "menu", "date"):
            i += 1
            continue
        k = i
        while k < len(lines) and _part(lines[k].text) is not None:
            k += 1
        numbers = [_part(ln.text) or 0 for ln in lines[i:k]]
        head = i - 1 if i > 0 and lines[i - 1].tag is None and _SERIES.search(lines[i - 1].text) \
            and words(lines[i - 1].text) <= 8 and lines[i - 1].text.rstrip()[-1:] not in ".!?" else None
        called = any(_OTHER_PART.fullmatch(ln.text) for ln in lines[i:k])
        rising = all(b > a for a, b in zip(numbers, numbers[1:], strict=False))
        enough = k - i >= MIN_PARTS or (k - i >= 2 and (head is not None or called))
        if rising and enough and not (head is None and not called and _between_prose(lines, i, k)):
            for ln in lines[(i if head is None else head):k]:
                if ln.tag in (None, "menu", "date"):
                    ln.tag, ln.rule = "drop", RULE
        i = k


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
        _glued_series_tags(lines)
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
