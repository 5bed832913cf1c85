"""A newsletter's contents list over its first story: the story's heading, said again below, is the headline.

A newsletter's web version (beehiiv, Substack, Mailchimp, a club's or a parish's letter) opens with its name, the
issue, the writer, a greeting paragraph, then its contents ("I det här numret:" / "1. Kajen som ingen vill betala för"
/ "2. Kort & gott"), and only then the first story under its heading. The greeting was the first paragraph on the page,
so it was taken for the lead and the headline looked for above it (the writer's name won). Told on any site by what
repeats:

- under the paragraph, perhaps after a label of at most :data:`LABEL_WORDS` words ending in a colon, a run of list
  items (numbered or bulleted; a plain list is cut earlier by :mod:`audiocast.ingest.servicewidgets`), at least :data:`REPEATS` of which stand again as
  lines of their own further down, the first item among them;
- the first item's line below is followed by a paragraph of prose: the first story's heading and its lead.

The paragraph over the contents, the label and the items are dropped ("contents"): the head is read again from the
first story's heading. Risk: an article whose own lead is followed by a contents list of its sections ("Innehåll:")
would lose its lead to its first section; such a page's headline stands over the lead (a headline-like candidate of
three words or more, not a name), which is required to be missing here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .headlayout import headline_like, prose
from .lineshape import words

LABEL_WORDS = 6
"""The contents' label ("I det här numret:", "Innehåll") is at most this many words."""
ITEM_WORDS = 12
"""A contents item is at most this many words."""
REPEATS = 2
"""At least this many items stand again below as lines of their own."""
_ITEM = re.compile(r"(?:\d{1,2}[.)]|[•·*▪►–-])\s+(\S.*)")


def _items(lines: Sequence[TaggedLine], start: int) -> list[tuple[int, str]]:
    """The list's items (index and text without its mark) from lines[start], past a label there."""
    k = start + 1 if lines[start].text.endswith(":") and words(lines[start].text) <= LABEL_WORDS else start
    items: list[tuple[int, str]] = []
    while k < len(lines) and (m := _ITEM.fullmatch(lines[k].text)) is not None and words(m.group(1)) <= ITEM_WORDS:
        items.append((k, m.group(1).strip()))
        k += 1
    return items


def contents_head(lines: Sequence[TaggedLine], i: int, headed: bool) -> int | None:
    """The index of the first story's heading when lines[i], the first paragraph, stands over a newsletter's contents
    (module docstring) and no headline is ``headed`` above it; else None."""
    if headed or i + 2 >= len(lines) or not prose(lines[i]):
        return None
    items = _items(lines, i + 1)
    if len(items) < REPEATS:
        return None
    end = items[-1][0] + 1
    below = {ln.text.strip(): k for k, ln in reversed(list(enumerate(lines[end:], end))) if ln.tag is None}
    again = [below[text] for _, text in items if text in below]
    first = below.get(items[0][1])
    if len(again) < REPEATS or first is None or not headline_like(lines[first].text):
        return None
    if first + 1 >= len(lines) or not prose(lines[first + 1]) or any(prose(lines[k]) for k in range(end, first)):
        return None  # no story under the heading, or prose between the contents and it
    return first


def contents_tags(lines: Sequence[TaggedLine], i: int, headed: bool) -> bool:
    """Tag the paragraph at lines[i], the contents' label and items and whatever stands between them and the first
    story's heading as the newsletter's opening ("contents") when :func:`contents_head` finds the heading."""
    head = contents_head(lines, i, headed)
    if head is None:
        return False
    for k in range(i, head):
        if lines[k].tag is None:
            lines[k].tag, lines[k].rule = "drop", "contents"
    return True
