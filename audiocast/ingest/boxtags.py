"""Boxes of a page dump told by the company their lines keep: a run of lines without a blank line between them is
one box; under a boilerplate label, or mostly boilerplate by the rules, the template or the classifier's doubt, its
furniture-shaped lines go with it (:func:`box_tags`). Split from :mod:`audiocast.ingest.text` (the parse)."""

from __future__ import annotations

from collections.abc import Sequence

from .factitems import is_fact_item
from .furniture import TaggedLine
from .labelruns import ad_copy_tags, label_run_tags
from .letterclose import closed_by
from .lineshape import is_quote, is_title_like, words

P_JUNK = 0.1
"""A line the classifier gives less than this probability of being article text counts as boilerplate
when its box is judged (:func:`box_tags`); alone it drops only below :data:`audiocast.ingest.text.P_SURE`."""

_BOX_TAGS = {"drop", "link", "caption", "menu", "stop", "footer"}
BOX_LINE_WORDS = 6
"""A box's sentence longer than this is never dropped for the company it keeps (a paragraph of the article)."""
BOX_SENTENCE_WORDS = 30
"""Under a boilerplate label, a box's sentence up to this long is the box's (the gift box's appeal)."""


def furniture_shaped(line: str) -> bool:
    """A label, a button, a title or a very short sentence: what boxes of page furniture are made of.
    A sentence of the article (a quote, or a sentence of more than :data:`BOX_LINE_WORDS` words) is not."""
    if is_quote(line):
        return False
    return (is_title_like(line) and words(line) <= 12) or words(line) <= BOX_LINE_WORDS


def box_tags(lines: Sequence[TaggedLine], has_blanks: bool) -> None:
    """A box is a run of lines without a blank line between them. A box under a boilerplate label (a
    ``label`` rule) is boilerplate, short sentences included (a "Kontakt" box over phone numbers is a fact
    box of the article: a menu word is no such label). When at least two of a box's lines are
    boilerplate by the rules, the template or the editor, and with the lines the classifier doubts they make
    two thirds of the box, its other lines are boilerplate too when they are furniture-shaped (labels,
    buttons, titles, very short sentences): the heading of a newsletter form, the thank-you of a gift box,
    the handle and counts of an embedded post. Only in dumps that have
    blank lines (in a copy without them every line is one box); only below the lead (the article's head
    stands among labels and buttons)."""
    label_run_tags(lines, furniture_shaped)  # a label's box glued among other lines (no blank line around it)
    ad_copy_tags(lines)  # an ad's copy glued under its bare label, closed by its button
    if not has_blanks:
        return
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].blank_before:
            continue
        box = lines[start + closed_by(lines[start:end]):end]  # a letter's close opening the box is the letter's
        start = end
        if not box:
            continue
        certain = [ln for ln in box if ln.tag in _BOX_TAGS]
        doubted = [ln for ln in box if ln.tag is None and ln.p is not None and ln.p < P_JUNK]
        rest = [ln for ln in box if ln.tag is None]
        if not rest and not (len(certain) >= 2 and any(ln.tag == "menu" for ln in box)):  # a menu word among furniture
            continue
        if box[0].label and all(words(ln.text) <= BOX_SENTENCE_WORDS and not is_quote(ln.text) for ln in rest):
            # A box under a boilerplate label (a gift box, a newsletter form, "Fler evenemang"): all of it.
            for ln in rest:
                ln.tag, ln.rule = "drop", "box"
            continue
        if len(certain) < 2 or 3 * (len(certain) + len(doubted)) < 2 * len(box):
            continue
        if all(furniture_shaped(ln.text) for ln in rest):
            for ln in box[_fact_head(box):]:  # the article's fact box glued over the page's share row is the article's
                if ln.tag in (None, "menu"):  # a menu word in a box of furniture is furniture, below the head too
                    ln.tag, ln.rule = "drop", "box"


FACT_HEAD_ITEMS = 2
"""A box opened by at least this many items of a fact box ("Regi: …", "Speltid: …") before its first line of furniture
by the rules opens with the article's facts."""


def _fact_head(box: Sequence[TaggedLine]) -> int:
    """How many lines open the box as the article's fact box, spared when the box is judged furniture: the lines before
    the box's first line of furniture by the rules, when at least :data:`FACT_HEAD_ITEMS` of them are a fact box's items
    (:func:`~.factitems.is_fact_item`), else none. Session 49: a theatre's fact box ("Regi: …" /
    "Speltid: …") glued over its follow button and share row went with them once the button was known furniture."""
    first = next((i for i, ln in enumerate(box) if ln.tag in _BOX_TAGS), 0)
    items = sum(1 for ln in box[:first] if ln.tag is None and is_fact_item(ln.text))
    return first if items >= FACT_HEAD_ITEMS else 0
