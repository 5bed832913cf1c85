"""A shop's or a booking site's listing under the article in a page dump: records of a few short lines with a price.

Sites set their wares under their news: tyres with their prices, used cars, service packages, tickets, rentals. The
listing is told by its records, not by its words, on any site:

- below the article's running prose (glued under its last paragraph or in a box of its own), down to the box's end;
- short lines without a sentence's end, no quote, no label with its colon (a fact box's "Pris: 200 kr");
- at least :data:`PRICES` lines bearing a price, less than :data:`PRICED_SHARE` of its lines, a line without a price
  between them: each record spans several lines (a name, its price, a note, a button), where a fact box of prices has
  one line an item ("Basservice 495 kr");
- offered: a button among its lines ("Boka däckbyte", "Köp i butiken") or a price per unit or from ("4 990 kr/sats",
  "Från 350 kr"); a list of records to read (a week's property sales) has neither;
- in words the article has not said (:data:`TIE_SHARE`), and no running prose of the article below it.

Guards (kept): a list of prices a line each; a priced list that the article's prose goes on under; the article's own
schedule (times, no prices). Not here: offer cards with one price closed by an offer's button
(:mod:`audiocast.ingest.articleend`), calendars and dated lists (:mod:`audiocast.ingest.articleend`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actionbox import is_button, prose_below
from .articleend import TIE_SHARE, is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import content_words, is_quote, words
from .records import blank_boxes

RULE = "listing"
PRICES = 2
"""A listing has at least this many lines bearing a price."""
RECORD_LINES = 4
"""A listing is at least this many lines."""
PRICED_SHARE = 0.6
"""Fewer than this share of a listing's lines bear a price: its records span several lines (a fact box of prices has a
price on almost every line)."""
BUTTON_WORDS = 6
LINE_WORDS = 10
"""A listing's line is at most this many words."""
_PRICE = re.compile(r"(?i)(?<![\w,])\d{1,3}(?:[  ]?\d{3})*(?:[,.]\d{1,2})?\s*(?:kr|kronor|sek|:-)(?![\w])")
_PER_UNIT = re.compile(r"(?i)\b(?:kr|kronor|:-)\s*/\s*\w+|\bfrån\s+\d|\bord\.?\s*pris\b")
"""A price of an offer: per unit ("4 990 kr/sats", "150 kr/dag"), from ("Från 350 kr"), beside its ordinary price."""
_LABEL = re.compile(r"^[A-ZÅÄÖ][\w .-]{1,25}:\s+\S")
_SENTENCE_END = ".!?…"


def listing_tags(lines: Sequence[TaggedLine], head: str = "") -> None:
    """Listings under the article (module docstring) go as the page's (rule ``listing``). ``head``: the headline and
    the lead, said above ``lines``."""
    cut = page_tail(lines)
    said = content_words(head)
    prose_above = False
    for start, end in blank_boxes(lines, cut):
        box = lines[start:end]
        last = max((k for k, x in enumerate(box) if is_running_prose(x)), default=None)
        for x in box[:(last + 1) if last is not None else 0]:
            if x.tag is None:
                said |= content_words(x.text)
        at = last + 1 if last is not None else (0 if prose_above else None)
        if at is not None and _listing(box[at:], said) and not prose_below(lines, end, cut):
            for x in box[at:]:
                if x.tag in (None, "menu", "date"):
                    x.tag, x.rule = "drop", RULE
        prose_above = prose_above or last is not None


def _offered(ln: TaggedLine) -> bool:
    """A line offering the wares: a button (a rule's, a button's verb, an imperative) or a price per unit or from."""
    return (ln.tag is None and _PER_UNIT.search(ln.text) is not None) or (
        words(ln.text) <= BUTTON_WORDS and ln.text[-1] not in _SENTENCE_END and (is_button(ln) or ln.tag is not None))


def _listing(run: Sequence[TaggedLine], said: set[str]) -> bool:
    kept = [x for x in run if x.tag is None]
    if len(kept) < RECORD_LINES or any(
            is_quote(x.text) or x.text[-1] in _SENTENCE_END or words(x.text) > LINE_WORDS or _LABEL.match(x.text)
            for x in kept):
        return False
    priced = [k for k, x in enumerate(run) if x.tag is None and _PRICE.search(x.text)]
    between = [k for k in range(priced[0] + 1, priced[-1]) if run[k].tag is None and k not in priced] if priced else []
    if len(priced) < PRICES or not between or len(priced) >= PRICED_SHARE * len(kept):
        return False
    if not any(_offered(x) for x in run):
        return False  # records to read (a week's property sales), not wares to buy
    if any(x.tag is not None and _COUNTED_LINK.search(x.text) for x in run):
        return True  # closed by its link to the whole stock with its count ("Visa alla elbilar (38)"), session 34
    own = set().union(*(content_words(_PRICE.sub("", x.text)) for x in kept))
    return not own or len(own & said) < TIE_SHARE * len(own)


_COUNTED_LINK = re.compile(r"(?i)^(?:visa|se) (?:alla|hela).{0,40}\(\d+\)$")
"""The listing's link to all the wares with their count ("Visa alla elbilar (38)"): a shop's stock, however many of
the article's words its names repeat (a dealer's blog about the cars it sells)."""
