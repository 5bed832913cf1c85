"""A service's status widget under the article in a page dump: its label and its status over the widget's own update
time ("Driftstatus" / "Inga kända störningar" / "Senast uppdaterad 14 april 08:12").

Utilities, fibre associations, municipalities and transport companies set a status box beside their news: the label,
the state of the service or the current outages, stamped with the minute it was last refreshed. Glued under the article
in a dump without blank lines it reads as the article's last lines. On any site it is told by its shape, its place and
its words (``data/status_words.txt``):

- at most :data:`STATUS_LINES` short lines (:data:`STATUS_WORDS` words at most, no sentence's end, no colon) right over
  an update stamp that gives a clock time (a line the date rules took as ``updated``, "Senast uppdaterad … 08:12");
- below the article's last running prose, with none of it after the stamp;
- one of the lines saying a word of a service's status ("drift", "störning", "avbrott").

Risk: the article's own short closing lines over the page's update stamp; they must say a status word and have no
sentence's end or colon (a fact box's items have a colon or a number, a closing line its stop). Not here: a status line
stamped over the head (:mod:`audiocast.ingest.headstatus`), a box of current outages under its heading
(``Störningar just nu``, the rule table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import is_quote, words

RULE = "status-box"
STATUS_LINES = 3
STATUS_WORDS = 5
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d\d(?!\d)")


@lru_cache(maxsize=1)
def _status_words() -> re.Pattern[str]:
    text = resources.files("audiocast.ingest").joinpath("data/status_words.txt").read_text(encoding="utf-8")
    stems = [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*")


def _short(ln: TaggedLine) -> bool:
    text = ln.text.strip()
    return ln.tag is None and words(text) <= STATUS_WORDS and text[-1] not in ".!?:;," and ":" not in text and (
        not is_quote(text))


def status_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a status widget's label and status over its update stamp (module docstring)."""
    cut = page_tail(lines)
    prose = [k for k in range(cut) if is_running_prose(lines[k])]
    for i in range(1, cut):
        stamp = lines[i]
        if stamp.tag != "updated" or not _CLOCK.search(stamp.text) or not prose or prose[-1] >= i:
            continue
        k = i
        while k > 0 and i - k < STATUS_LINES and not lines[k].blank_before and _short(lines[k - 1]):
            k -= 1
        box = lines[k:i]
        if box and k > prose[-1] and any(_status_words().search(x.text) for x in box):
            for x in box:
                x.tag, x.rule = "drop", RULE
