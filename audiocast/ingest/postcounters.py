"""A post's tags glued over its counters under the text: "Tävling" and "Klubbnytt" over "38 visningar" and
"0 kommentarer" (a blog platform's post footer).

The counters are dropped by their rule (``comment-count`` in ``data/boilerplate.tsv``); the short lines right above
them, with no blank line between, are the post's categories or tags - a word or two each, no sentence's end - and
never the article's. On any site the run is told by that shape: at most :data:`TAG_LINES` lines of at most
:data:`TAG_WORDS` words, glued over the counters and right under the article's last paragraph (running prose) or
other furniture. Guard: a subheading of the article has its paragraph under it, not a counter.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_title_like, words

COUNTER_RULES = frozenset({"comment-count"})
"""The rules of a post's counters (views, comments, shares)."""
TAG_LINES = 4
_OPEN = frozenset({None, "menu", "drop"})
"""A tag may be a menu's word too ("Ungdom") or a label a rule dropped ("Resultat"); under the headline either is one."""
TAG_WORDS = 2


def counter_tag_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the post's tags glued over its counters (module docstring)."""
    for k, ln in enumerate(lines):
        if ln.rule not in COUNTER_RULES or ln.blank_before:
            continue
        j = k - 1
        while j >= 0 and k - j <= TAG_LINES and lines[j].tag in _OPEN and words(lines[j].text) <= TAG_WORDS \
                and is_title_like(lines[j].text) and not lines[j + 1].blank_before:
            j -= 1
        if j == k - 1 or j < 0 or (lines[j].tag in _OPEN and words(lines[j].text) <= TAG_WORDS
                                    and is_title_like(lines[j].text)):
            continue  # nothing above the counters, or the run goes on up (a menu, a list)
        for x in lines[j + 1:k]:
            if x.tag in (None, "menu"):
                x.tag, x.rule = "drop", "post-tags"
