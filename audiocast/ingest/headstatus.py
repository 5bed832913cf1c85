"""A site's status line over the article's head: a label, a colon and the state of things ("Spårstatus: Elljusspåret
öppet. Skidspår ej preparerade.", "Badtemperatur: 19 grader"), stamped with its own update time ("Uppdaterad 11/10 kl
08:12"), standing above the article's headline and date line. On any site it is told by its place and form: the
label-and-state line, its stamp right under it, and below that a headline-like line over a date line over running
text. It is a widget of the page, never the lead (it stopped the headline's search above the article's head)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_title_like, words

RULE = "status-over-head"
STATE_WORDS = 14
"""A status line's state is a few words ("Elljusspåret öppet. Skidspår ej preparerade.")."""
HEAD_LOOKAHEAD = 4
"""How many lines under the stamp are looked at for the article's headline."""
PROSE_WORDS = 8
_LABELLED = re.compile(r"(?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+)?\s*:\s+\S.*")
_STAMPS = frozenset({"updated", "date", "published"})


def _real(lines: Sequence[TaggedLine], start: int) -> int | None:
    return next((k for k in range(start, len(lines)) if lines[k].text.strip()), None)


def status_over_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a status line over the article's head (see the module's docstring); if so it is dropped."""
    ln = lines[i]
    if ln.tag is not None or not _LABELLED.fullmatch(ln.text.strip()) or words(ln.text) > STATE_WORDS:
        return False
    stamp = _real(lines, i + 1)
    if stamp is None or lines[stamp].tag not in _STAMPS or lines[stamp].blank_before:
        return False
    for j in range(stamp + 1, min(len(lines) - 2, stamp + 1 + HEAD_LOOKAHEAD)):
        head, date, text = lines[j], lines[j + 1], _real(lines, j + 2)
        if head.tag is None and is_title_like(head.text) and words(head.text) >= 3 and date.tag in _STAMPS \
                and text is not None and lines[text].tag is None and words(lines[text].text) >= PROSE_WORDS:
            ln.tag, ln.rule = "drop", RULE
            return True
    return False
