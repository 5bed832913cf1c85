"""An article's own appeal: a news text asking its readers for help ("Så kan du hjälpa till") gives the giro or the
Swish number in a sentence of its body ("Swisha en gåva till 123 290 41 88 och märk den ”Katterna”."). The rules
take a donation line as a gift box's label (``data/boilerplate.tsv``: donate, gift-box); standing between lines of
the article's text as a full sentence of its own, it is the article's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, words

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


P_DOUBTED = 0.1
"""The classifier gives a gift box's appeal less than this ("Gillade du texten? Stöd föreningen med en gåva." 0.03); an
article's own sentence asking for help scores far above it."""
BOX_APPEAL_WORDS = 12
"""A gift box's appeal over its channel is at most this many words."""


def box_appeal_tags(lines: Sequence[TaggedLine]) -> None:
    """The gift box's appeal glued right above its channel (a ``donate`` or ``gift-box`` label: "Swish 123 555 44 33"),
    when it stands at the foot of the article's last box, not a label's fact ("Kö: ca 60 hushåll"): a short line
    (:data:`BOX_APPEAL_WORDS`) the classifier doubts (:data:`P_DOUBTED`), asking a question or pointing to the gift. A
    fact box's items above it stay; :func:`appeal_tags` gives back an appeal that is a sentence between the article's."""
    for i in range(1, len(lines)):
        nxt, ln = lines[i], lines[i - 1]
        if nxt.rule not in APPEAL_RULES or nxt.tag is None or nxt.blank_before or ln.tag is not None:
            continue
        if ":" in ln.text or words(ln.text) > BOX_APPEAL_WORDS or ln.p is None or ln.p >= P_DOUBTED:
            continue
        if i + 1 < len(lines) and lines[i + 1].tag is None and not lines[i + 1].blank_before and _kept_sentence(lines[i + 1]):
            continue  # the article goes on under the channel: the line above is its own
        ln.tag, ln.rule = "drop", "gift-appeal"
    headed_gift_box_tags(lines)


_PAYMENT = re.compile(r"(?i)\b(?:swish(?:a|nummer|nr)?|bankgiro(?:t)?|plusgiro(?:t)?|bg|pg)\b[^.!?]{0,40}?\d{2,4}[\d -]{4,}")
"""A payment channel with its number ("Swisha till 123 987 65 43", "bankgiro 5050-1234", "Plusgiro 12 34 56-7")."""
GIFT_HEADING_WORDS = 5
"""A gift box's heading ("Stöd vårt arbete", "Bidra till bygget") is at most this many words."""
GIFT_BOX_LINES = 4
"""A gift box under the article holds at most this many kept lines (heading, appeal with its channel, thanks)."""


def is_gift_box(box: Sequence[TaggedLine]) -> bool:
    """A gift box under the article's end, whatever its words: a short heading without a sentence's end
    (:data:`GIFT_HEADING_WORDS`) glued over at most :data:`GIFT_BOX_LINES` lines, one of them a payment channel with its
    number (:data:`_PAYMENT`), no quote. The article's own appeal is a paragraph of its text, under no heading of a box
    (:func:`appeal_tags` gives one standing between the article's sentences back)."""
    kept = [ln for ln in box if ln.tag is None]
    if not 2 <= len(kept) <= GIFT_BOX_LINES or kept[0] is not box[0] or any(ln.blank_before for ln in box[1:]):
        return False
    head = kept[0].text
    return words(head) <= GIFT_HEADING_WORDS and head[-1] not in ".!?:" and not any(
        is_quote(ln.text) for ln in kept) and any(_PAYMENT.search(ln.text) for ln in kept[1:])


def gift_box_tags(lines: Sequence[TaggedLine], cut: int, running: Callable[[TaggedLine], bool]) -> None:
    """Drop a gift box (:func:`is_gift_box`, set apart by a blank line) with no running prose of the article after it
    above ``cut`` (``running``: the article end's test of a paragraph), before the article's last paragraph is sought:
    its appeal is a sentence the classifier may trust ("Swisha till 123 987 65 43 – varje krona går till …")."""
    start = 0
    for k in range(1, cut + 1):
        if k < cut and not lines[k].blank_before:
            continue
        box, start = lines[start:k], k
        if box and box[0].blank_before and is_gift_box(box) and not any(running(x) for x in lines[k:cut]):
            for ln in box:
                if ln.tag is None:
                    ln.tag, ln.rule = "drop", "gift-appeal"


GIFT_LABEL_WORDS = 2
"""A gift box's label-like heading between the article's paragraphs is at most this many words ("Kollekt", "Stöd oss"):
a subheading of the article's own appeal says more ("Så kan du hjälpa till")."""
GIFT_LABEL_LINES = 2
SUPPORT_WORDS = 4
_SUPPORT = re.compile(r"(?i)^(?:stöd|stötta|hjälp|bidra till)\s+(?:oss|vårt|vår|våra|\w+s)\b")
"""A gift box's heading asking for support in a few words ("Stöd vårt arbete", "Hjälp oss hjälpa", "Stötta föreningens
arbete"; session 33, extract128): a label's, however many words up to :data:`SUPPORT_WORDS`."""


def headed_gift_box_tags(lines: Sequence[TaggedLine]) -> None:
    """A gift box set between the article's paragraphs, closed by its channel: a label's heading ("Kollekt"), one or two
    short lines of what the gift goes to, and the channel a rule took ("Swisha din gåva till 900 1223.", fewer than
    :data:`MIN_APPEAL_WORDS` words, a label's, not a sentence of the article's appeal), session 29, blind set
    extract104 (a parish's page). The heading and the lines go, rule ``gift-box``, whatever follows the box.
    Risk: an article's subheading of one or two words over a short sentence that leads into a Swish number is dropped."""
    for i, ln in enumerate(lines):
        if ln.rule not in APPEAL_RULES or ln.tag is None or words(ln.text) >= MIN_APPEAL_WORDS:
            continue
        for h in range(i - 2, max(-1, i - 2 - GIFT_LABEL_LINES), -1):
            head = lines[h].text.strip()
            if lines[h].tag is not None or not head or head[-1] in ".!?:," or (
                    words(head) > GIFT_LABEL_WORDS and not (words(head) <= SUPPORT_WORDS and _SUPPORT.match(head))):
                continue
            if all(x.tag is None and words(x.text) <= 2 * BOX_APPEAL_WORDS and not is_quote(x.text) for x in lines[h + 1:i]):
                for x in lines[h:i]:
                    x.tag, x.rule = "drop", "gift-box"
            break
