"""A paginated document's running head or foot read in a viewer's text view: the publication's name and issue repeated
at each page break ("Sida 2" / "Föreningsbladet för Lövånger · Nr 2 2025", "6" / "VILLAÄGARNA KUNGSBACKA 2/2025").

A PDF viewer, a page-flip reader or a magazine's text view copies the printed page's running head with the page's
number: read aloud, the publication's name cut into the article between two of its paragraphs. On any such page it is
told by three signals together, whatever the words:

- it stands right next to a page's mark (the rule table's ``viewer-page-mark`` row, "Sida 2", or a bare page number);
- it names the issue: a year, a number over a year ("2/2025") or "Nr" and a number;
- its words repeat the page's head (the masthead above the first paragraph of prose), :data:`HEAD_SHARE` of them.

The line is cut before the head is looked for (:func:`running_head_cuts`, called by :func:`.viewers.viewer_cuts`).
Risk: a subheading right after a page break naming the issue in the masthead's words goes ("Nr 2 2025 i siffror").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

PAGE_RULE = "viewer-page-mark"
HEAD_SHARE = 0.85
"""At least this share of the running head's words stand in the page's head."""
MOST_WORDS = 12
"""A running head is at most this many words."""
PROSE_WORDS = 10
"""The page's head ends at its first line of at least this many words closing a sentence."""
_PAGE_NUMBER = re.compile(r"(?i)(?:sida|sid\.?|s\.|page)?\s*\d{1,3}")
_ISSUE = re.compile(r"(?i)\b(?:19|20)\d\d\b|\b\d{1,2}\s*/\s*(?:19|20)?\d\d\b|\bnr\.?\s*\d")
_WORD = re.compile(r"\w+")


def _page_mark(ln: TaggedLine) -> bool:
    return ln.rule == PAGE_RULE or bool(_PAGE_NUMBER.fullmatch(ln.text.strip()))


def running_head_cuts(lines: Sequence[TaggedLine], free: frozenset[str | None]) -> set[int]:
    """The indices of running heads and feet next to a page's mark (module docstring); ``free``: the tags a line
    may carry to be cut (the rule table's other lines are left to the passes that read them)."""
    first = next((i for i, x in enumerate(lines) if words(x.text) >= PROSE_WORDS and x.text.rstrip()[-1:] in ".!?”\""),
                 None)
    if first is None:
        return set()
    head: Counter[str] = Counter()
    for x in lines[:first]:
        head.update(w.lower() for w in _WORD.findall(x.text))
    out: set[int] = set()
    for i in range(first, len(lines)):
        if not _page_mark(lines[i]):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(lines) or j < first or lines[j].tag not in free:
                continue
            t = lines[j].text.strip()
            if not 0 < words(t) <= MOST_WORDS or t[-1:] in ".!?:" or not _ISSUE.search(t):
                continue
            own = Counter(w.lower() for w in _WORD.findall(t))
            if sum((own & head).values()) >= HEAD_SHARE * sum(own.values()):
                out.add(j)
    return out
