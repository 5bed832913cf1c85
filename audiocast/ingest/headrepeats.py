"""The headline said twice in the head: a page repeats its headline, never its first paragraph (session 23).

A site prints the article's headline again a line or three under itself: as the end of a breadcrumb, as the title
of a share row or a print header, with a section label between ("Föräldrar kräver svar: ”Varför …?”" / "SKOLA" /
the same line / "Av Amir Haddad"). When the headline is a sentence (a colon and a quoted question, a full stop) it is
not title-like, and the head took its first occurrence for the lead and the second for an echo of it: the site's
slogan above became the headline.

Measured over the annotated dumps before this was written (golden and the opened half of extract83): of the lines of
three words or more said again within three lines in a page's first 80 lines, 149 were the headline, 75 other page
furniture (section labels, captions, credits said twice) and none the lead or a paragraph of the article. Here the
line must also be a sentence's length (:data:`MIN_WORDS`), only short lines may stand between (a label), and a
date, byline or publication line must follow the repeat within :data:`ANCHOR_WINDOW` lines: a head.

Only a line the head does not take for a title already (not :func:`~.lineshape.is_title_like`): a title-like
headline said twice is the head's as before (its repeat is evidence the ranker reads). The second occurrence is
dropped (rule ``head-repeated``) and the first becomes a headline candidate (:func:`said_again`); the ranker still
chooses. Risk: a lead that a page prints twice over its byline (none seen).
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .headmeta import ANCHORS
from .lineshape import is_title_like

RULE = "head-repeated"
MIN_WORDS = 4
"""A repeated line this long: a sentence's length, not a label's ("Kommun & politik")."""
GAP = 3
"""The repeat stands at most this many lines under the first."""
ANCHOR_WINDOW = 3
"""A date, byline or publication line stands at most this many lines under the repeat."""
HEAD_LINES = 80


def repeated_head_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the second of a head line said twice (see the module docstring)."""
    for i, ln in enumerate(lines[:HEAD_LINES]):
        if ln.tag is not None or len(ln.text.split()) < MIN_WORDS or is_title_like(ln.text):
            continue
        for k in range(i + 1, min(i + 1 + GAP, len(lines))):
            if lines[k].text == ln.text:
                if all(len(lines[j].text.split()) < MIN_WORDS for j in range(i + 1, k)) and any(
                        lines[j].tag in ANCHORS for j in range(k + 1, min(k + 1 + ANCHOR_WINDOW, len(lines)))):
                    lines[k].tag, lines[k].rule = "drop", RULE
                break


def said_again(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether line ``i`` is a head line whose repeat :func:`repeated_head_tags` dropped."""
    return any(lines[k].rule == RULE and lines[k].text == lines[i].text
               for k in range(i + 1, min(i + 1 + GAP, len(lines))))
