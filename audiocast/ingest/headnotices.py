"""Notices, banners and boxes set over or inside the article's head of a page dump, which are neither its headline nor
its lead: a one-sentence notice over the headline ("Den här artikeln är mer än ett år gammal."), a notice that names
nothing the article tells, a banner over its close button, a notice inside the head between the headline and the date
line, a paragraph the line classifier doubts with the head below it. Asked by :func:`audiocast.ingest.headcands.candidates`
for each paragraph above the lead; split from it (session 11)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .byline import person_role
from .dates import parse_date
from .furniture import TaggedLine, first_of_items
from .headdigest import interview_question
from .headlayout import HEAD_WINDOW, RUNNING_TEXT, SALUTATION, headline_like, next_real, prose
from .headline import shape_of
from .headmenus import section_line
from .headmeta import ANCHORS, head_furniture
from .lineshape import content_words, is_title_like, words

P_LEAD = 0.1
"""A paragraph above the head that the classifier gives less than this is no lead (a notice, a "Du är här:"
line) when the article's head follows: the golden and blind sets' leads score 0.3 and up."""


def doubted_lead(lines: Sequence[TaggedLine], i: int, window: int = 12) -> bool:
    """Whether lines[i] is a paragraph the classifier doubts, with a headline-like line and then a paragraph it
    trusts within ``window`` lines below: the article's head is further down."""
    p = lines[i].p
    if p is None or p >= P_NOTICE:
        return False
    below = lines[i + 1:i + 1 + window]
    head = next((k for k, ln in enumerate(below) if ln.tag is None and is_title_like(ln.text) and words(ln.text) >= 3), None)
    if head is None:
        return False
    trusted = [ln for ln in below[head + 1:] if ln.tag is None and not is_title_like(ln.text) and (ln.p or 0.0) >= 0.5]
    if p < P_LEAD:
        return bool(trusted)
    return _notice_box(lines, i, below[head + 1:], trusted)


NOTICE_WORDS = 25
"""A notice over the head is one sentence of at most this many words."""
NOTICE_PROSE_WINDOW = 8


def notice_over_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a one-sentence notice in a box of its own right over the article's headline ("Den här
    artikeln är mer än ett år gammal.", "Texten är maskinöversatt."): a blank line above and below it, the line under
    it a headline-like line (three words or more, no label, button or menu shape) opening a block with two paragraphs
    of running prose within :data:`NOTICE_PROSE_WINDOW` lines. Asked only when no headline-like line stands above
    lines[i]: a lead has its headline above it, and a page whose only title stands under its first paragraph is a
    notice's, not a lead's."""
    ln = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or not ln.blank_before or not nxt.blank_before or nxt.tag is not None:
        return False
    if words(ln.text) > NOTICE_WORDS or _SENTENCE_BREAK.search(ln.text):
        return False
    if not (is_title_like(nxt.text) and words(nxt.text) >= 3 and shape_of(nxt.text) is None):
        return False
    if first_of_items(lines, i + 1) or interview_question(lines, i + 1):
        return False  # a minutes' first item ("§ 1 Mötet öppnas") or an interview's first question is no headline
    below = lines[i + 2:i + 2 + NOTICE_PROSE_WINDOW]
    return sum(prose(x) for x in below) >= RUNNING_TEXT


def unrelated_notice_over_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a notice of at most :data:`NOTICE_WORDS` words set right over the article's headline, blank
    line or none ("Obs! Texten uppdateras löpande.", "Den här artikeln är mer än ett år gammal."): the next line (past a
    section's label or a breadcrumb, :func:`audiocast.ingest.headmenus.section_line`) is a headline with its lead (running prose) right under it or under its date line, byline and tools, and the notice names none of the content words (names,
    places, numbers, stems) of that headline and the first two paragraphs under it, as a lead would; set apart from the
    headline by a blank line, it is one sentence. Asked only when no headline-like line stands above lines[i]."""
    ln = lines[i]
    if ln.tag is not None or words(ln.text) > NOTICE_WORDS or i + 2 >= len(lines) or SALUTATION.match(ln.text):
        return False  # a letter's greeting opens its text
    h = next((k for k in range(i + 1, min(len(lines), i + 4)) if not section_line(lines[k]) or _dated_next(lines, k)),
             i + 1)  # past a crumb or a label; a short line over the date line is the headline
    head = lines[h]
    if (head.blank_before or h > i + 1) and _SENTENCE_BREAK.search(ln.text.split(None, 1)[-1]):
        return False  # a paragraph of its own with more than one sentence ("Obs!" is none) may open the text
    short_dated = _dated_next(lines, h) and words(head.text) == 2 and is_title_like(head.text) and not shape_of(head.text)
    if head.tag is not None or not (headline_like(head.text) or short_dated) or person_role(head.text) is not None \
            or parse_date(head.text):
        return False  # a writer's name or a meta row ("Insatsrapport · 2026-02-16") under a headline in capitals
    k = h + 1
    while k < len(lines) and (lines[k].tag in ANCHORS or lines[k].tag == "caption" or head_furniture(lines[k])):
        k += 1  # the head's date line, byline, tools and picture credit
    text = [x for x in lines[k:k + NOTICE_PROSE_WINDOW] if prose(x)][:RUNNING_TEXT]
    if not text or text[0] is not lines[min(k, len(lines) - 1)]:
        return False  # the headline's lead, right under it or under its meta lines
    said = content_words(head.text).union(*(content_words(x.text) for x in text))
    own = content_words(ln.text)
    return bool(own) and not own & said


def _dated_next(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether the next real line under lines[k] is the head's date line or byline."""
    n = next_real(lines, k)
    return lines[k].tag is None and n is not None and lines[n].tag in ANCHORS


_CLOSE = re.compile(r"(?i)[×✕✖xX]|(?:stäng|dölj|göm)(?: (?:meddelandet?|rutan|notisen|bannern))?|ok(?:ej)?|jag förstår|close")
"""A banner's close button ("×", "Stäng", "Dölj meddelandet", "OK")."""


def dismissable_banner(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a banner's message over its close button ("Just nu: Höga flöden i ån. Håll avstånd …" /
    "×", "Störning i elnätet …" / "Dölj"): the close button glued under it, and a headline-like line (three words or
    more, no label, button or menu shape) with running prose under it further down, no running prose between. The
    message and its button are dropped; no lead has a close button. Session 41 (extract193): over every annotated
    dump 136 lines of four words or more stand over such a button, all the page's, three of them longer than the
    25 words this rule allowed; a bank's two-sentence fraud warning (26 words) over a menu of 24 lines had been
    taken for the lead and the page refused. So neither the message's length nor the menu's decides."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.blank_before or not _CLOSE.fullmatch(nxt.text.strip()):
        return False
    for k in range(i + 2, len(lines)):
        ln = lines[k]
        if prose(ln):
            return False  # running text before any headline: the line is no banner over the head
        if ln.tag is None and is_title_like(ln.text) and words(ln.text) >= 3 and shape_of(ln.text) is None:
            under = [x for x in lines[k + 1:k + 4] if x.tag is None or x.tag in ANCHORS]
            if not any(prose(x) for x in under):
                continue
            lines[i].tag, lines[i].rule = "drop", "banner"
            nxt.tag, nxt.rule = "drop", "banner-close"
            return True
    return False


HEAD_NOTICE_WORDS = 15
"""A notice set inside the article's head is at most this many words ("Obs! Sidan uppdateras löpande.")."""


def notice_in_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i], right under a headline candidate, is a notice inside the article's head ("Obs! Sidan
    uppdateras löpande när vi vet mer.", "Denna artikel är endast för prenumeranter."): at most
    :data:`HEAD_NOTICE_WORDS` words, the head's date line or byline right under it, running prose right under that, and
    none of its content words (names, places, numbers, stems) in the headline above or the text below - a lead set over
    the date line (headline, lead, byline, text: a paper's classic head) names what the article tells."""
    if words(lines[i].text) > HEAD_NOTICE_WORDS or lines[i].tag is not None:
        return False
    k = next_real(lines, i)
    if k is None or lines[k].tag not in ANCHORS:
        return False
    if k + 1 >= len(lines) or not prose(lines[k + 1]):
        return False
    text = [x for x in lines[k + 1:k + 1 + NOTICE_PROSE_WINDOW] if prose(x)]
    if len(text) < RUNNING_TEXT:
        return False
    said = content_words(lines[i - 1].text).union(*(content_words(x.text) for x in text))
    own = content_words(lines[i].text)
    return bool(own) and not own & said


_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(?-i:[A-ZÅÄÖ])")


P_NOTICE = 0.5
"""A one-line box above the head that the classifier gives less than this (and :data:`P_LEAD` and up) is a notice when it
shares no word with the text below (:func:`_notice_box`); the classifier cannot tell a notice's sentence from a lead's
(0.2-0.45 on the viewer notices seen), the words it shares with the text can."""


def _notice_box(lines: Sequence[TaggedLine], i: int, under_head: Sequence[TaggedLine], trusted: list[TaggedLine]) -> bool:
    """Whether lines[i], a sentence the classifier doubts, is a notice in a box of its own (a blank line above and
    below: "Texten är automatiskt framtagen och kan innehålla fel.", "Den här artikeln är mer än ett år gammal.") over
    a headline with a block of two trusted paragraphs right under it: the notice names none of the content words
    (names, places, numbers) of those paragraphs, as a lead does."""
    alone = lines[i].blank_before and (i + 1 == len(lines) or lines[i + 1].blank_before)
    run = list(itertools.takewhile(lambda ln: not ln.blank_before, under_head))
    text = [ln for ln in run if any(ln is t for t in trusted)]
    if not alone or len(text) < RUNNING_TEXT or len(text) < len(run) - 1:
        return False
    said = set().union(*(content_words(ln.text) for ln in text))
    return not content_words(lines[i].text) & said


def notice_over_dated_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i], a paragraph of at most :data:`NOTICE_WORDS` words, is the site's notice over the article's head
    ("Välkommen till vår hemsida! Sidan uppdateras av Bengt.", "Nästa öppet hus: Söndag 9 mars kl. 11–15."): below
    it, before any running prose, a headline-like line (three words or more, no label, button or menu shape) with its
    byline or date line right beside it (the line above or below, untagged lines between the parts being none), and
    two paragraphs of running prose under that head; and the paragraph names none of the content words (names,
    places, numbers, stems) of that headline and those two paragraphs, as a lead does. A site's "Uppdaterad" line
    above it is no matter: it dates the page, not the article."""
    if lines[i].tag is not None or words(lines[i].text) > NOTICE_WORDS:
        return False
    above = lines[i - 1] if i > 0 else None
    if above is not None and not lines[i].blank_before and above.tag is None and headline_like(above.text):
        return False  # right under a headline: a notice inside the head, or the lead
    for k in range(i + 1, min(len(lines), i + 1 + HEAD_WINDOW)):
        ln = lines[k]
        if prose(ln):
            return False  # running text before any head: lines[i] leads it
        if ln.tag is not None or not headline_like(ln.text) or person_role(ln.text) is not None \
                or first_of_items(lines, k) or interview_question(lines, k):
            continue  # a writer's name beside the date line is the byline; a minutes' first item, an interview's
            # first question no head
        beside = [x for x in (lines[k - 1], lines[k + 1] if k + 1 < len(lines) else None) if x is not None]
        if not any(x.tag in {"date", "published", "byline"} for x in beside):
            continue
        text = [x for x in lines[k + 1:k + 1 + NOTICE_PROSE_WINDOW] if prose(x)][:RUNNING_TEXT]
        if len(text) < RUNNING_TEXT:
            return False
        said = content_words(ln.text).union(*(content_words(x.text) for x in text))
        own = content_words(lines[i].text)
        if bool(own) and not own & said:
            lines[i].tag, lines[i].rule = "drop", "notice-over-head"
            return True
        return False
    return False
