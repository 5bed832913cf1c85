"""A fact box's last item glued over a picture's credit is the fact box's, not the picture's caption title.

The dump parser drops the short line right above a credit line as the picture's alt text or caption title ("Husby
centrum i kvällsljus." over "Foto: Anna Ek"). When a fact box stands right above the picture, its last item is that
line ("Fallhöjd: 23 meter" over "Bild: … Foto: …"), and the article's fact was lost. On any site the item is told by the
list it ends: a label and its value ("Kostnad: 62 miljoner kronor"), glued under a kept line that is an item of the same
shape or the box's "Fakta" title. Such a line is kept again (rule ``fact-item``).

Guards (dropped as before): a caption title without a label ("Bron i morgondimma"); a labelled line standing alone
over its credit, no list above it.

Session 37 (extract158, a theatre's fact box "Regi: …" / "Scenografi: …" / "Ljus: …" / "Ljud: Sanna Oskarsson"): a
line the rule table took for a clip's production credit (``production-credit``: "Ljud: Name") under two kept items of
that shape is the box's next item, and the box went on being read after it (the end had been taken there). A video's
credits ("Redigering: …" / "Klipp: …") stand together, none of them kept. Session 44 (extract228, a race's fact box
"Datum: …" / "Start och mål: …" / "Arrangör: Östhammars IK Friidrott"): so is an event card's organiser that the table
drops (``event-episode``); of the 8 "Arrangör:" lines in the annotated dumps, the 5 under such items were the
article's, the 3 the page's stood under a blank line, a sponsors' list or a ticket box.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import FACT_ITEM, words

RULE = "fact-item"
ITEM_WORDS = 10
"""A fact box's item is at most this many words."""
_FAKTA = re.compile(r"(?i)fakta\b.*")
_BOX_ROW_RULES = frozenset({"production-credit", "event-episode"})
"""The table's rules for a clip's credit ("Ljud: Name") and an event card's organiser ("Arrangör: Name"): under two
kept items of a box, the box's next item."""


def fact_item_tags(lines: Sequence[TaggedLine]) -> None:
    """Keep the fact box's last item that the parser took for the caption title of the picture under it."""
    for i in range(1, len(lines) - 1):
        ln, above, credit = lines[i], lines[i - 1], lines[i + 1]
        if ln.tag != "drop" or ln.rule is not None or credit.tag != "caption" or credit.blank_before or ln.blank_before:
            continue
        if not (is_fact_item(ln.text) and above.tag is None
                and (is_fact_item(above.text) or _FAKTA.fullmatch(above.text))):
            continue
        ln.tag, ln.rule = None, RULE
    for i in range(2, len(lines)):
        if lines[i].rule in _BOX_ROW_RULES and not lines[i].blank_before and is_fact_item(lines[i].text) and all(
                x.tag is None and is_fact_item(x.text) for x in lines[i - 2:i]):
            lines[i].tag, lines[i].rule, lines[i].label = None, RULE, False  # (an item, no box's label)


def is_fact_item(text: str) -> bool:
    """A fact box's item: a label and its value (``lineshape.FACT_ITEM``), at most :data:`ITEM_WORDS` words, no
    sentence's end."""
    return words(text) <= ITEM_WORDS and bool(FACT_ITEM.fullmatch(text)) and text[-1] not in ".!?"
