"""Runs of widget chrome between two paragraphs of the article, cut out so that the article goes on under them.

A site's widget set inside the article (a gallery's browsing buttons, a webcam's caption and stamp, a booking widget's
fields, a process timeline's "Vi är här", a readers' average grade) reaches a dump as a few short lines the rule table
drops (the rules named in :data:`CHROME_RULES`, data/inbody_chrome_rules.txt). Dropped where they stand, they looked
like the start of the page's tail, and the passes that tell the tail dropped the article's paragraphs under them
(tools/perturb_chrome.py: a booking widget between two paragraphs cost 5 % of the body). Here a run of such lines,
perhaps with short lines of the widget's own between them (a time "14:30", a step "2. Granskning"), standing between
running prose above and running prose (or a subheading over it) below, is cut out of the page before the body is read,
as :func:`.servicewidgets.without_service_widgets` does for its widgets.

The run stands between two parts of the article: a kept line above (under the first paragraph of running prose), and
under it running prose, a subheading over prose, or a record's line that is no sentence ("Villa, 158 kvm"); a short
sentence under it is the caption of the picture a gallery's counter stands over, and the run stays for the passes
that tell pictures. Risk: a short untagged line inside the run (between two chrome lines) is cut with it; a short line
closing the run stays (it may be the article's subheading over the next paragraph).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from .furniture import TaggedLine
from .headcounters import without_lines
from .lineshape import is_title_like, words

L = TypeVar("L", bound=TaggedLine)
_PAGE_TAGS = frozenset({"drop", "link"})

CHROME_RULES = frozenset(
    x.strip() for x in (Path(__file__).parent / "data" / "inbody_chrome_rules.txt").read_text(encoding="utf-8").splitlines()
    if x.strip() and not x.startswith("#"))
"""The rules whose lines are a widget's chrome inside the article (module docstring)."""
PROSE_WORDS = 8
"""A line of running prose has at least this many words (and is no title)."""
INNER_WORDS = 4
"""A widget's own untagged line inside a run has at most this many words and no closing full stop."""


def _prose(x: TaggedLine) -> bool:
    t = x.text.strip()
    return x.tag is None and words(t) >= PROSE_WORDS and not is_title_like(t)


def _chrome(x: TaggedLine) -> bool:
    return x.tag == "drop" and x.rule in CHROME_RULES


def _inner(x: TaggedLine) -> bool:
    t = x.text.strip()
    return x.tag is None and 0 < words(t) <= INNER_WORDS and t[-1:] not in ".!?"


def _page_line(x: TaggedLine) -> bool:
    return x.tag in _PAGE_TAGS


def _run_end(lines: Sequence[TaggedLine], k: int) -> int:
    """The end of the run of chrome starting at lines[k] (a chrome line): chrome lines, the widget's short lines and
    other lines the rules dropped (its search button "Sök"), no more of those than of chrome; its last line dropped."""
    end, i, chrome, other = k + 1, k + 1, 1, 0
    while i < len(lines) and (_chrome(lines[i]) or _inner(lines[i]) or _page_line(lines[i])):
        if _chrome(lines[i]):
            chrome += 1
        elif _page_line(lines[i]):
            other += 1
        if other > chrome:
            break
        i += 1
        if not _inner(lines[i - 1]):
            end = i
    return end


def _below_ok(lines: Sequence[TaggedLine], end: int) -> bool:
    below = lines[end:end + 2]
    if not below:
        return False
    return _prose(below[0]) or (len(below) == 2 and _inner(below[0]) and _prose(below[1]))


def _kept(x: TaggedLine) -> bool:
    return x.tag is None and words(x.text.strip()) > 0


def _record(lines: Sequence[TaggedLine], end: int) -> bool:
    """A kept line under the run that is no short sentence: a record's line ("Villa, 158 kvm"), not the caption of the
    picture a gallery's counter stands over ("Laget med pokalen efter finalen.")."""
    return end < len(lines) and _kept(lines[end]) and lines[end].text.strip()[-1:] not in ".!?"


def without_chrome_runs(lines: list[L]) -> list[L]:
    """The page without the runs of widget chrome that stand between two parts of the article (module docstring)."""
    cut: set[int] = set()
    first = next((i for i, x in enumerate(lines) if _prose(x)), len(lines))
    k = first + 1
    while k < len(lines):
        if _chrome(lines[k]):
            end = _run_end(lines, k)
            if _kept(lines[k - 1]) and (_below_ok(lines, end) or _record(lines, end)):
                cut.update(range(k, end))
            k = end
            continue
        k += 1
    return without_lines(lines, cut) if cut else lines
