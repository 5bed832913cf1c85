"""An article's own appeal: a news text asking its readers for help ("Så kan du hjälpa till") gives the giro or the
Swish number in a sentence of its body ("Swisha en gåva till 123 290 41 88 och märk den ”Katterna”."). The rules
take a donation line as a gift box's label (``data/boilerplate.tsv``: donate, gift-box); standing between lines of
the article's text as a full sentence of its own, it is the article's.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

APPEAL_RULES = frozenset({"donate", "gift-box"})
MIN_APPEAL_WORDS = 8
"""A donation box's label is a few words ("Swisha en gåva: 123 290 41 88"); an article's sentence says more."""
MIN_NEIGHBOUR_WORDS = 6


def _kept_sentence(ln: TaggedLine) -> bool:
    return ln.tag is None and words(ln.text) >= MIN_NEIGHBOUR_WORDS and ln.text[-1] in ".!?"


def appeal_tags(lines: Sequence[TaggedLine]) -> None:
    """Give back to the article a donation line that is a sentence of its body: :data:`MIN_APPEAL_WORDS` words or
    more ending in a full stop, with the article's text right above it (kept) and a kept sentence right under it."""
    for i in range(1, len(lines) - 1):
        ln = lines[i]
        if ln.rule not in APPEAL_RULES or ln.tag is None or words(ln.text) < MIN_APPEAL_WORDS or ln.text[-1] != ".":
            continue
        if lines[i - 1].tag is None and _kept_sentence(lines[i + 1]) and not lines[i + 1].blank_before:
            ln.tag, ln.rule = None, None
