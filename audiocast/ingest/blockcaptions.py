"""A caption that opens a block of the page's layout, glued over the article's paragraph.

A page copied with blank lines between its paragraphs says by those blank lines where each paragraph begins and
ends: every paragraph of the article is a block of its own, and a subheading is glued over the paragraph it heads.
A picture set inside the text breaks that layout: its caption, a sentence, opens a block and the next paragraph is
glued under it ("Några av katterna i karantänavdelningen första dagen. De var rädda men nyfikna." over "Katterna
hade levt i en tvåa …"; "Deltagare på en svetsutbildning i Härnösand." over a subheading and its paragraph). The
sentence may have its verb ("Johan Lindh fick nöja sig med andraplatsen."): what tells it is the page's own layout,
which holds on any site that sets its paragraphs apart, not the caption's words.

All of:

- the page sets its paragraphs apart: of the kept paragraphs that follow a kept paragraph (each of
  :data:`APART_WORDS` words or more), at least
  :data:`APART_SHARE` stand after a blank line (:data:`APART_PAIRS` such pairs or more);
- the line opens a block (a blank line over it), and under it, glued, is exactly what a block of the article is on
  this page: a paragraph, or a subheading and its paragraph, and then a blank line;
- over it, before the blank line, the article's running prose (a paragraph or a quote the rules kept);
- its own form: a statement of :data:`MIN_WORDS` to :data:`MAX_WORDS` words closed by a stop, no quote, no question,
  no label's colon.

Measured before the rule (session 31) over the annotated dumps (golden set and the opened blind sets extract104-113)
with a simpler test (a sentence opening a block, glued over the article's next line, in a page of blocks): 6 captions
and 2 article lines, a list's item under its colon ("Det här är de viktigaste förslagen:") and a result's label row,
which the conditions above leave. Risk: a one-sentence paragraph of the article glued over the next one in a page that
otherwise sets its paragraphs apart (a copy that lost one blank line) is dropped. Rule ``caption-block``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .barecaptions import running_prose
from .lineshape import is_quote, words

if TYPE_CHECKING:  # furniture calls this pass from its caption rules
    from .furniture import TaggedLine

RULE = "caption-block"
APART_SHARE = 0.8
"""The share of kept paragraphs after a kept paragraph that stand after a blank line in a page of blocks."""
APART_PAIRS = 3
"""... counted over at least this many pairs."""
APART_WORDS = 15
"""... each paragraph of a pair of at least this many words (a list's items and a caption are shorter)."""
MIN_WORDS = 3
MAX_WORDS = 30
"""A caption told by its place is a statement of this many words."""
SUBHEADING_WORDS = 12
"""A subheading glued over its paragraph is at most this many words, without a sentence's end."""
_END = ".!?…:;,\"”’)»"


def sets_apart(lines: Sequence[TaggedLine]) -> bool:
    """Whether the page sets its paragraphs apart by blank lines (the module's first condition)."""
    pairs = [lines[k].blank_before for k in range(1, len(lines))
             if running_prose(lines[k], APART_WORDS) and running_prose(lines[k - 1], APART_WORDS)]
    return len(pairs) >= APART_PAIRS and sum(pairs) >= APART_SHARE * len(pairs)


def _statement(text: str) -> bool:
    t = text.strip()
    return MIN_WORDS <= words(t) <= MAX_WORDS and t.endswith(".") and not is_quote(t) and ":" not in t and "?" not in t


def _block_under(lines: Sequence[TaggedLine], k: int) -> bool:
    """Glued at lines[k], a paragraph or a subheading and its paragraph, and then the block's end."""
    if k >= len(lines) or lines[k].blank_before or lines[k].tag is not None:
        return False
    t = lines[k].text.strip()
    if words(t) <= SUBHEADING_WORDS and t[-1:] not in _END:  # a subheading: its paragraph glued under it
        k += 1
        if k >= len(lines) or lines[k].blank_before or not running_prose(lines[k]):
            return False
    elif not running_prose(lines[k], MIN_WORDS + 2):
        return False
    return k + 1 == len(lines) or lines[k + 1].blank_before


def block_caption_tags(lines: Sequence[TaggedLine], under_lead: bool = False) -> None:
    """Tag the captions that open a block glued over the article's paragraph (the module's docstring); the first line
    too when the lines start under the lead (``under_lead``: the lead is the prose over it)."""
    if not sets_apart(lines):
        return
    for i in range(len(lines) - 1):
        x = lines[i]
        above = running_prose(lines[i - 1]) if i else under_lead
        if x.tag is None and x.blank_before and above and _statement(x.text) and _block_under(lines, i + 1):
            x.tag, x.rule = "drop", RULE
