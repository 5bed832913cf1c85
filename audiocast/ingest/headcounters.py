"""A counter row under the headline of a page dump ("Gillar (14)" over "Kommentarer (3)", "Hjärtan (9)" beside
"Kommentera (2)"): the head's like and comment buttons with their counts, not the comment section's start.

The rule ``comments`` (``data/boilerplate.tsv``) ends the article at "Kommentarer", "Kommentera" and the like, a
count in parentheses allowed. Above the article's first paragraph such a line cannot open the comments under it:
with a count in parentheses, no paragraph above it and a sentence of the article a few lines below it, it is a
button; it goes (rule ``head-counter``) with the counters beside it, and the article is read on.

Guards: a counter after a paragraph (a real comment section under the article) still ends it; a bare
"Kommentarer" heading (no count) over the comments is left to the rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from .furniture import TaggedLine
from .lineshape import is_title_like, words

RULE = "head-counter"
L = TypeVar("L", bound=TaggedLine)
HEAD_LINES = 6
"""Untagged lines (a picture, a caption, a kicker) searched under a head's counter for the article's first sentence."""
PARAGRAPH_WORDS = 15
"""A line of running prose of at least this many words above the counter is the article's (or a comment's)."""
SENTENCE_WORDS = 8
"""The article's first sentence under the counter has at least this many words."""
TITLE_WORDS = 4
"""A headline over the row (when prose stands above it) has at least this many words."""
_COUNT = re.compile(r"\(\d+\)\s*$")
COUNTER = re.compile(r"[^\W\d_][\w&' -]{0,30}\s*\(\d+\)")
"""A button's or a tab's label with its count in brackets: a reaction's counter beside the comment counter ("Gillar
(14)", "Reaktioner (22)", "Tumme upp (31)"), a shop's or a site's over the head ("Varukorg (2)", "Favoriter (0)",
:mod:`audiocast.ingest.headcands`)."""


def _prose(x: TaggedLine, least: int) -> bool:
    return x.tag is None and words(x.text) >= least and x.text.rstrip()[-1:] in (".", "!", "?")


def is_head_counter(lines: Sequence[TaggedLine], i: int) -> bool:
    """``lines[i]`` (a comment stop) is the head's counter (module docstring)."""
    below = [x for x in lines[i + 1:] if x.tag is None][:HEAD_LINES]
    head = not any(_prose(x, PARAGRAPH_WORDS) for x in lines[:i]) or _under_title(lines, i)
    return bool(_COUNT.search(lines[i].text)) and head and any(_prose(x, SENTENCE_WORDS) for x in below)


def _under_title(lines: Sequence[TaggedLine], i: int) -> bool:
    """The row (``lines[i]``, a reaction's counter above it allowed) stands right under a headline-shaped line (a
    picture's caption or a site's warning banner may stand above the headline)."""
    k = i - 1 if i > 0 and lines[i - 1].tag is None and COUNTER.fullmatch(lines[i - 1].text.strip()) else i
    above = lines[k - 1] if k > 0 else None
    return above is not None and above.tag is None and is_title_like(above.text) and words(above.text) >= TITLE_WORDS


def head_counter_tags(lines: Sequence[TaggedLine], i: int) -> bool:
    """Drop the head's counter row at ``lines[i]`` (the counters right above and below it too); whether it was one."""
    if not is_head_counter(lines, i):
        return False
    for k in (i - 1, i, i + 1):
        x = lines[k] if 0 <= k < len(lines) else None
        if x is not None and (k == i or (x.tag is None and COUNTER.fullmatch(x.text.strip()))):
            x.tag, x.rule = "drop", RULE
    return True


def without_head_counters(lines: list[L]) -> list[L]:
    """The page without its head's counter row: a row of buttons is nothing of the page's layout (the headline's
    distance to its date line, the article's first box), so it goes before the layout is read."""
    return without_lines(lines, {i for i, x in enumerate(lines) if x.rule == RULE})


def without_lines(lines: list[L], cut: set[int]) -> list[L]:
    """``lines`` without those at the indices ``cut``; a blank line before a line cut out stands before the next line
    kept, so the paragraphs around the cut stay apart."""
    kept: list[L] = []
    blank = False
    for i, x in enumerate(lines):
        if i in cut:
            blank = blank or x.blank_before
            continue
        if blank:
            x.blank_before, blank = True, False
        kept.append(x)
    return kept
