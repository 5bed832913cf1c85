"""An e-mail address that is an item of the article's own list, read again (session 19, body recall).

A bare e-mail address on its own line ("E-post: info@foreningen.se") is, on most pages, the site's contact line, and
the rule table drops it (``email-only``). A notice or a consultation tells the reader how to answer in a list of its
own, under its subheading: "Så lämnar du synpunkter" / "Skriftligen till …, Box 204, …" / "E-post: samrad@…" / "Märk
ditt brev …" / "Sista dag: 15 juni". There the address is one of the article's instructions, and the list read without
it tells the listener where to write but not the address.

Told on any site by its neighbours: the address line is glued (no blank line) between two lines of the same list
(short lines, :data:`ITEM_WORDS` words at most, no quote), and the list stands under a kept title-like heading
(:data:`HEAD_WINDOW` lines up at most) with the article's running prose above that. The list's items under the address
are kept or were taken by the page's tail (rule :data:`TAIL_RULE`: the address, taken for the page's contact line,
looked like the start of the tail); those the classifier reads as article text (:data:`P_TAIL_ITEM`) are read again
with it, down to the list's end (a blank line, or a line the rules took otherwise). A contact box under the article is
dropped whole (its other lines are no kept items), and a lone address under the text has no kept item on both sides.
Risk: a page's contact box glued into the article's list without a blank line between reads its address once.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, is_title_like, words

RULE = "list-address"
ADDRESS_RULES = frozenset({"email-only"})
"""Rules (``data/boilerplate.tsv``) of a bare contact address on its own line."""
ITEM_WORDS = 16
"""A list's item is at most this many words."""
TAIL_RULE = "tail"
"""The rule of the lines :func:`audiocast.ingest.text._tail_tags` took as the page's tail under the article."""
P_TAIL_ITEM = 0.5
"""A line the tail took is the list's item again only when the classifier reads it as article text this much (the site's
teaser titles under a list score far less)."""
HEAD_WINDOW = 4
"""The list's heading stands at most this many lines above the address."""
PROSE_WORDS = 10
"""Above the heading stands a sentence of the article's running prose of at least this many words."""


def list_address_tags(lines: Sequence[TaggedLine]) -> None:
    """Read again an e-mail address that is an item of the article's own list (module docstring)."""
    for i in range(1, len(lines) - 1):
        ln = lines[i]
        if ln.tag != "drop" or ln.rule not in ADDRESS_RULES or ln.blank_before or lines[i + 1].blank_before:
            continue
        below = _items_below(lines, i + 1)
        if not below or not _item(lines[i - 1]) or not _heading_above(lines, i):
            continue
        for x in [ln, *below]:
            x.tag, x.rule = None, RULE


def _items_below(lines: Sequence[TaggedLine], j: int) -> list[TaggedLine]:
    """The list's items glued under the address (kept, or taken as the page's tail), down to the list's end; none when
    the first line under it is no item."""
    out: list[TaggedLine] = []
    while j < len(lines) and not lines[j].blank_before:
        x = lines[j]
        if not (_item(x) or (x.tag == "drop" and x.rule == TAIL_RULE and _short(x) and (x.p or 0.0) >= P_TAIL_ITEM)):
            break
        if x.tag is not None:
            out.append(x)
        elif not out or out[-1].tag is None:
            out.append(x)
        else:
            break  # a kept line under tail lines: not one list
        j += 1
    return out if out else []


def _short(ln: TaggedLine) -> bool:
    return words(ln.text) <= ITEM_WORDS and not is_quote(ln.text)


def _item(ln: TaggedLine) -> bool:
    return ln.tag is None and _short(ln)


def _heading_above(lines: Sequence[TaggedLine], i: int) -> bool:
    """A kept title-like heading over the list's kept items (glued, no blank line), with the article's prose right
    above it."""
    for k in range(i - 1, max(0, i - 1 - HEAD_WINDOW), -1):
        x = lines[k]
        if not _item(x):
            return False
        above = lines[k - 1] if k > 0 else None
        if above is not None and above.tag is None and words(above.text) >= PROSE_WORDS and above.text[-1] in ".!?”\"":
            return is_title_like(x.text) and x.text[-1] not in ".!?"
        if x.blank_before:
            return False
    return False
