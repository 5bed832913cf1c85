"""The organisation's address box at the foot of a page: its name, "Box 24300, 104 51 Storstad", "Besöksadress: …",
"Telefon: …", often with a sentence about the organisation ("Statistiska byrån är en statlig myndighet …"). A box
(lines between blank lines) holding :data:`MIN_CONTACT_LINES` address or telephone lines is the page's, and its
sentence is no running prose of the article's, which would move the article's end below the page's boxes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, words

MIN_CONTACT_LINES = 2
SENTENCE_WORDS = 6
"""Only the box's sentences are taken here; its name and address lines, under the article's end then, go as the
page's box (:func:`audiocast.ingest.articleend.end_tags`), and a closing line under the box stays."""
P_TRUSTED = 0.8
"""A sentence of the box the classifier trusts this much is kept: an article's own closing line beside an address."""
_CONTACT = re.compile(
    r"(?i)(?:Box \d+|Postadress|Besöksadress|Leveransadress|Adress|Telefon|Tel\.?|Växel|Fax|E-post|Org\.? ?nr)\b.{0,80}"
    r"|.{0,60}\b\d{3} ?\d{2}\s+(?-i:[A-ZÅÄÖ][a-zåäö]+)(?: (?-i:[A-ZÅÄÖ][a-zåäö]+))?")


def is_address_box(box: Sequence[TaggedLine]) -> bool:
    """A box holding :data:`MIN_CONTACT_LINES` address or telephone lines: the page's, never the article's fact box."""
    return sum(bool(_CONTACT.fullmatch(ln.text)) for ln in box) >= MIN_CONTACT_LINES


def contact_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the sentences of an address box (see the module docstring)."""
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and not lines[i].blank_before:
            continue
        box = lines[start:i]
        start = i
        if not is_address_box(box):
            continue
        if any(ln.tag is None and (is_quote(ln.text) or ((ln.p or 0.0) >= P_TRUSTED and words(ln.text) >= 8)) for ln in box):
            continue
        for ln in box:
            if ln.tag is None and words(ln.text) >= SENTENCE_WORDS and ln.text[-1] in ".!":
                ln.tag, ln.rule = "drop", "contact-box"
