"""A control the page repeats, three times or more, over none of its paragraphs: a button or a label under each item
of a list or a feed ("Dela inlägg" under each post of a live report, "Svara", "Läs mer", "Reservera"), never a
heading nor a fact said of each item ("Fri entré" under each event of a programme, tests/test_extract_s9_body_records).

On any site a page's furniture repeats with its items while the article's words do not: of 729 occurrences of lines
of at most four words, without a digit or a sentence's stop, standing three times or more in one of the 1,350
annotated dumps of tests/data/extract and blind sets extract97a-b (session 27), 701 were the page's, 15 the article's
(the names of the municipalities heading each of a report's three lists, each over a paragraph), 10 the writers'
lines of a live report. A line that stands over running prose anywhere on the page is a heading there and stays; of
the rest, a button's or a label's form goes (an imperative of the reader's action first, ``data/button_verbs.txt``,
or the head shapes of ``data/headline.tsv``), and so does a name's (a live report's reporter over each entry's
heading).

Session 30 (blind set extract108, a farm shop's "Lägg i varukorgen" under each product): the cards such a button
closes, when they are alike (the same number of lines between each button and the next, a few short lines with no
sentence's stop: a product, its price) go with it, and so does their box's heading glued over the first card
(:func:`card_tags`, rule ``card``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .buttonlabels import is_button_label
from .furniture import TaggedLine
from .headlayout import prose
from .headline import shape_of
from .lineshape import is_quote, words
from .records import is_name_shaped

RULE = "repeated"
"""The rule name of a line dropped as a repeated control (reported with the layout's)."""
MIN_REPEATS = 3
"""How often the line must stand on the page: twice is a headline with its echo, or a name over a quote."""
MAX_WORDS = 4
"""A control's label is a few words ("Dela inlägg", "Visa fler svar")."""
_DIGIT = re.compile(r"\d")
_CLOSED = re.compile(r"[.!?…]\W*$")


def repeated_line_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop each short line the page repeats (see the module docstring)."""
    keys = [ln.text.strip() for ln in lines]
    counts = Counter(keys)
    over_prose = {k for k, nxt in zip(keys, lines[1:], strict=False) if counts[k] >= MIN_REPEATS and prose(nxt)}
    for key, ln in zip(keys, lines, strict=True):
        if (counts[key] >= MIN_REPEATS and key not in over_prose and ln.tag in (None, "menu")
                and words(key) <= MAX_WORDS and not _DIGIT.search(key) and not _CLOSED.search(key)
                and not is_quote(key)
                and (is_button_label(key) or shape_of(key) in ("button", "label") or is_name_shaped(key))):
            ln.tag, ln.rule = "drop", RULE
    card_tags(lines)


CARD_LINES = 4
"""A card closed by a repeated button holds at most this many lines (a product, its size, its price)."""
CARD_WORDS = 8
HEADING_WORDS = 5


def _card_line(ln: TaggedLine) -> bool:
    t = ln.text.strip()
    return ln.tag is not None or (0 < words(t) <= CARD_WORDS and not _CLOSED.search(t) and not is_quote(t))


def card_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the alike cards each closed by a button the page repeats (see the module docstring)."""
    keys = [ln.text.strip() for ln in lines]
    for key in {ln.text.strip() for ln in lines if ln.rule == RULE}:
        at = [i for i, k in enumerate(keys) if k == key]
        gaps = {b - a for a, b in zip(at, at[1:], strict=False)}
        if len(at) < MIN_REPEATS or len(gaps) != 1 or not 2 <= (step := gaps.pop()) <= CARD_LINES + 1:
            continue
        first = at[0] - step + 1
        cards = [ln for ln in lines[max(0, first):at[-1]] if ln.text.strip() != key]
        if first < 1 or any(ln.blank_before for ln in lines[first + 1:at[-1] + 1]) or not all(map(_card_line, cards)):
            continue
        heading = lines[first - 1]
        if heading.tag is None and not lines[first].blank_before and words(heading.text) <= HEADING_WORDS and \
                not _CLOSED.search(heading.text) and not is_quote(heading.text):
            cards.append(heading)
        for ln in cards:
            if ln.tag is None:
                ln.tag, ln.rule = "drop", "card"
