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
