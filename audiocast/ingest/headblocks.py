"""The article's dated head below a paragraph: the paragraph is above the head, not its lead.

A page may set a paragraph over the article's head: a newsletter's greeting, a page's introduction, a service box's
sentence ("Har du inte ström men ditt område syns inte på kartan? …" over an energy company's news). Below it the head
block that opens an article on any site: its meta lines (a date line, a byline, in either order), the headline and a
paragraph under it. Not here: the candidates' search that asks (:mod:`audiocast.ingest.headcands`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine, first_of_items
from .headline import shape_of
from .headmeta import ANCHORS
from .lineshape import is_title_like, words

DATED_HEAD_WINDOW = 15
"""How far below a paragraph the article's dated head (date line, headline, lead) is looked for, in lines other than a
menu's short items (:data:`MENU_WORDS`)."""
MENU_WORDS = 3
FAQ_QUESTIONS = 2
"""A question under the date line with at least this many more questions standing alone as lines below it is the
first question of a Q&A text, not a headline."""
_DATED = frozenset({"date", "published"})


def dated_head_below(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether the article's head stands below lines[i]: a date line (a byline may stand over or under it) right over
    a headline-like line (three words or more, no label such as "Läsningstid: 3 min") and right under that a paragraph.

    A date line, byline or publication line above lines[i] is the paragraph's own head: then it is the lead. A line
    saying when the page was updated is no such head when the block below is a whole one, dated and signed (an outage
    list's "Senast uppdaterad" over the service box).
    """
    above = {ln.tag for ln in lines[:i]} & ANCHORS
    if above - {"updated"}:
        return False
    budget = DATED_HEAD_WINDOW
    for j in range(i + 1, len(lines) - 2):
        budget -= not _menu_item(lines[j].text)  # a menu's short items between take no room (session 31, extract118)
        if budget <= 0:
            break
        if lines[j].tag not in _DATED:
            continue
        meta = {lines[j].tag}
        k = j + 1
        if lines[j - 1].tag == "byline":
            meta.add("byline")
        elif lines[k].tag == "byline" and k + 2 < len(lines):
            meta, k = meta | {"byline"}, k + 1
        if above and "byline" not in meta:
            continue
        head, lead = lines[k], lines[k + 1]
        if head.tag is None and is_title_like(head.text) and words(head.text) >= 3 and shape_of(head.text) is None and (
            lead.tag is None and not is_title_like(lead.text) and words(lead.text) >= 8
        ) and not _first_of_questions(lines, k) and not first_of_items(lines, k):
            return True
    return False


def _menu_item(text: str) -> bool:
    """A menu's item: at most :data:`MENU_WORDS` words, no sentence's stop ("Spara och placera", "Mobilt BankID")."""
    t = text.strip()
    return 0 < words(t) <= MENU_WORDS and t[-1] not in ".!?"


def _first_of_questions(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether lines[k], a question, opens a run of questions set as subheadings (at least :data:`FAQ_QUESTIONS` more
    title-like lines ending in "?" below it, each over a paragraph): a Q&A page's first question under its date line,
    with the headline and lead above the date."""
    if not lines[k].text.endswith("?"):
        return False
    more = sum(
        1 for m in range(k + 1, len(lines) - 1)
        if lines[m].tag is None and lines[m].text.endswith("?") and is_title_like(lines[m].text)
        and lines[m + 1].tag is None and not is_title_like(lines[m + 1].text)
    )
    return more >= FAQ_QUESTIONS
