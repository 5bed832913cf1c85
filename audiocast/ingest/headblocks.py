"""The article's dated head below a paragraph: the paragraph is above the head, not its lead.

A page may set a paragraph over the article's head: a newsletter's greeting, a page's introduction, a service box's
sentence ("Har du inte ström men ditt område syns inte på kartan? …" over an energy company's news). Below it the head
block that opens an article on any site: its meta lines (a date line, a byline, in either order), the headline and a
paragraph under it. Not here: the candidates' search that asks (:mod:`audiocast.ingest.headcands`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine, first_of_items
from .headcrumbs import stacked_trail_end
from .headline import shape_of
from .headmeta import ANCHORS
from .lineshape import TIMED_ITEM, closes_sentence, is_title_like, words

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

    A date line, byline or publication line above lines[i] (under the page's menu: the masthead's date over it is
    today's) is the paragraph's own head: then it is the lead. A line
    saying when the page was updated is no such head when the block below is a whole one, dated and signed (an outage
    list's "Senast uppdaterad" over the service box). Nor when lines[i] stands right under the line that says again
    the last item of a breadcrumb laid out one item a line (:func:`audiocast.ingest.headcrumbs.stacked_trail_end`):
    the page's own title over its lead, the date line under the lead closing the head. Nor a programme's day over an
    item opened by its clock time (``lineshape.TIMED_ITEM``, "10.00 Frukost och avslutning vid sjön"): the article's
    own schedule further down (session 50, extract270: a jubilee's programme under the text took the lead away).
    """
    trail = stacked_trail_end(lines) if i > 1 and lines[i - 1].tag is None else None
    if trail is not None and i - 1 > trail[0] and lines[i - 1].text.strip() == trail[1]:
        return False  # right under the line that says the trail's last item, the page's title: the lead (session 48)
    menu = max((k for k in range(i) if lines[k].tag == "menu"), default=-1)
    above = {ln.tag for ln in lines[menu + 1:i]} & ANCHORS  # a masthead's date over the menu is today's, not a head's
    if above - {"updated"}:
        return False
    if not above and _headline_over_date(lines, i):
        return True
    if not above and _glued_head_below(lines, i):
        return True
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
        while k + 2 < len(lines) and lines[k].rule == "category-repeat":
            k += 1  # the post's categories under its meta (headcrumbs.category_repeat_tags)
        head, lead = lines[k], lines[k + 1]
        if head.tag is None and is_title_like(head.text) and words(head.text) >= 3 and shape_of(head.text) is None and (
            lead.tag is None and not is_title_like(lead.text) and words(lead.text) >= 8
        ) and not _first_of_questions(lines, k) and not first_of_items(lines, k) and not _signed_by(head.text) \
                and not TIMED_ITEM.fullmatch(head.text):
            return True  # a programme's day over its first item ("Söndag 26 maj" over "10.00 Frukost …"): no head
    return False


def _signed_by(text: str) -> bool:
    """A name, a comma and a role ("Sofia Lindahl, kommunikatör") under a date line is the writer's byline, not a
    headline: the head over the lead stands above that date line (session 41, extract194: a chamber of commerce's
    "headline / lead / Publicerad … / name, role / text" lost its lead as a paragraph over a head below)."""
    from .contacts import is_person_line

    return "," in text and is_person_line(text)


HEAD_META_LINES = 5
"""How many lines of the head's furniture (a caption and its credit, a byline, an e-mail, date lines) may stand between
a headline and its lead (:func:`_headline_over_date`)."""


def _headline_over_date(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether the article's head, headline first, stands below the block of lines[i] across the page's short items: a
    headline-like line, then only the head's furniture with a date line among it (:data:`HEAD_META_LINES`), then the
    lead. Between lines[i] and the headline only lines glued in lines[i]'s own block (a notice list's entries), short
    menu items (a listing's filter: "Visa", "Alla", "Pågående") and the page's tagged lines, and a blank line at least:
    a listing page's introduction or a list of notices over the article (session 32, extract120). A page's own
    paragraphs, each a block of its own, or a dump without blank lines, never pass."""
    glued, blank, budget = True, False, DATED_HEAD_WINDOW
    for h in range(i + 1, len(lines) - 1):
        x = lines[h]
        if x.tag == "stop":
            return False  # the page's list ("Fler nyheter"): its teasers' heads are no article's
        blank = blank or x.blank_before
        glued = glued and not x.blank_before
        if blank and x.tag is None and is_title_like(x.text) and words(x.text) >= 3 and shape_of(x.text) is None and (
                _dated_lead_under(lines, h)):
            return True
        if x.tag is None and not glued and not _menu_item(x.text):
            budget -= 1
            if budget <= 0 or words(x.text) >= 8:
                return False  # a paragraph of the page's own between
    return False


def _dated_lead_under(lines: Sequence[TaggedLine], h: int) -> bool:
    """Under the headline lines[h], only the head's furniture with a date line among it, then a lead of running prose
    (a teaser list's next title is none)."""
    k = next((m for m in range(h + 1, min(len(lines), h + 1 + HEAD_META_LINES)) if not _head_furniture(lines[m])), None)
    if k is None or lines[k].tag is not None or not any(lines[m].tag in _DATED for m in range(h + 1, k)):
        return False
    lead = lines[k].text.rstrip()
    return not is_title_like(lead) and words(lead) >= 8 and lead[-1] in ".!?…\"”»"


_HEAD_TAGS = frozenset({"date", "published", "updated", "byline", "caption"})
_HEAD_RULES = frozenset({"email-only", "photo-credit", "listen", "share"})


def _head_furniture(ln: TaggedLine) -> bool:
    """A line of the head's furniture between the headline and the lead: a date line, a byline, a caption, the
    writer's e-mail, the listen and share buttons."""
    return ln.tag in _HEAD_TAGS or ln.tag == "drop" and ln.rule in _HEAD_RULES


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


NOTICE_WORDS = 12
"""A short notice over the page's menu (a help line, "Är du i akut fara? Ring 112.") is at most this many words."""
GLUED_HEAD_WINDOW = 25
PROSE_WORDS = 15
"""A paragraph of running prose in a glued dump has at least this many words."""


def _glued_head_below(lines: Sequence[TaggedLine], i: int) -> bool:
    """In a dump without blank lines, whether lines[i] is a short notice (at most :data:`NOTICE_WORDS` words) over the
    page's menu with the article's dated head below it: a headline-like line right over its date line, two paragraphs
    of running prose under that, and no paragraph of running prose (:data:`PROSE_WORDS` words or more) between lines[i]
    and the headline (session 35, extract141: a women's shelter's help lines over its menu and donation buttons)."""
    if any(x.blank_before for x in lines) or words(lines[i].text) > NOTICE_WORDS:
        return False
    for h in range(i + 1, min(len(lines) - 3, i + GLUED_HEAD_WINDOW)):
        x = lines[h]
        if x.tag == "stop" or (x.tag is None and words(x.text) >= PROSE_WORDS):
            return False
        if x.tag is None and is_title_like(x.text) and words(x.text) >= 3 and shape_of(x.text) is None and (
                lines[h + 1].tag in _DATED) and all(y.tag is None and closes_sentence(y.text, PROSE_WORDS) for y in lines[h + 2:h + 4]):
            return True
    return False
