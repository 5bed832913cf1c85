"""A call to the reader set over the article's head with its sentence under it, in a page dump: "Rösta senast 6
december!" / "Sms:a LUCIA + kandidatens nummer till 72 980 …", "Skänk en julklapp i år!" / "Swisha valfritt belopp till
123 456 78 90 …", "Just nu: Vattenavstängning på Ekgatan" / "… Ring kundtjänst på 0480-450 00 …", a newsletter's promo,
a notice box. The pair has a headline's and a lead's form, so the real headline below it, with its date line, byline or
lead, was never a candidate. Here the pair is told by signals that hold on any site, and its sentence is dropped, so the
search for the head goes on and the real headline becomes a candidate; the call itself stays one, and the evidence
(:mod:`audiocast.ingest.headline`: the date line, the lead, the file name) decides. Asked by
:func:`audiocast.ingest.headcands.candidates`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .byline import person_role
from .furniture import TaggedLine, first_of_items
from .headdigest import interview_question
from .headlayout import HEAD_WINDOW, headline_like, prev_real, prose
from .headmeta import ANCHORS, head_furniture
from .headshapes import call_line
from .lineshape import content_words, is_title_like, words

CALL_SENTENCE_WORDS = 40
"""The sentence under a call is at most this many words (a box's explanation, not a lead's paragraph)."""
CALL_BOX_LINES = 3
"""A call box's text under the call is at most this many sentences, a line each."""
CALL_SIGNALS = 2
"""A pair is a call box when at least this many of its signals (:func:`call_signals`) hold."""
NAME_WORDS = 3
"""A writer's bare name over the date line ("Anna Berg") is at most this many words."""
LEAD_WORDS = 15
"""A headline's lead glued under it, with no date line or byline, is a paragraph of at least this many words."""

_ACTION = frozenset(
    "läs se titta lyssna följ köp boka anmäl rösta prenumerera stöd skicka ring mejla maila klicka ladda besök hitta "
    "tipsa dela swisha skänk ge bli missa upptäck registrera logga sök kontakta beställ ansök spara välj prova testa "
    "fyll delta kom glöm skriv svara sms:a smsa handla passa gör hjälp teckna ge donera".split())
"""A reader's action opening a call ("Rösta senast 6 december!", "Boka julbordet nu!")."""
_NOTICE_LABEL = re.compile(
    r"(?i)(?:obs|observera|viktigt|just nu|påminnelse|info|information|meddelande|driftinfo|driftstörning|störning"
    r"|nyhet|kampanj|erbjudande)\s*[!:]")
"""A notice's or a campaign's label opening the line ("Obs! …", "Just nu: …", "Påminnelse: …")."""
_SECOND_PERSON = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|era|ert)\b")
_CONTACT = re.compile(
    r"(?i)\b0\d{1,3}[- ]?\d{2,3}(?:[ -]?\d{2}){1,2}\b"           # a phone number: 0480-450 00, 070-123 45 67
    r"|\b\d{2,3} ?\d{3} ?\d{2} ?\d{2}\b"                          # a Swish number: 123 456 78 90
    r"|\btill \d{2} ?\d{3}\b|\bsms:?a\b|\bswish(?:a|nummer)?\b"  # an SMS code's number, Swish
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.[\w-]+\.\w+|https?://\S+"  # an e-mail or web address
    r"|\b\d[\d ]*(?:kr|kronor|:-)(?!\w)|\bbankgiro\b|\bplusgiro\b")   # a price, a giro
"""What a box's sentence gives the reader to act on: a phone or Swish number, an SMS code, an address, a price."""


_OFFER = re.compile(
    r"(?i)\w*rabatt\w*|\b(?:\w+s|sommar|vinter|vår|höst|jul|slut)?rea\b|\w*kampanj\w*|\w*erbjudande\w*|\bfri frakt\b|\bgratis\b")
"""A sales offer's words ("rabatt", "Mellandagsrea", "Vårkampanj", "erbjudande", "fri frakt"); a percentage is none (a
lead's "höjer priset med 11 procent")."""


def call_signals(head: str, sentence: str) -> int:
    """How many signals of a call box the pair holds: the head calls the reader (opened by a reader's action, a
    call's shape, :func:`audiocast.ingest.headshapes.call_line`, a notice's label, or an exclamation mark), the
    sentence gives something to act on (:data:`_CONTACT`), the pair speaks to the reader (the second person), the pair
    makes an offer (:data:`_OFFER`)."""
    first = head.split()[0].lower().strip("!:,.") if head.split() else ""
    calls = first in _ACTION or call_line(head) or _NOTICE_LABEL.match(head) is not None or head.rstrip().endswith("!")
    both = f"{head} {sentence}"
    return sum((calls, _CONTACT.search(sentence) is not None, _SECOND_PERSON.search(both) is not None,
                _OFFER.search(both) is not None))


def call_box_over_head(lines: Sequence[TaggedLine], i: int, found: list[tuple[int, bool]]) -> bool:
    """Whether lines[i] is the sentence of a call box over the article's head, and then drop it: glued under the
    candidate right above it, which opens its block (a blank line above it, or the page's top); the sentence, or up to
    :data:`CALL_BOX_LINES` sentences glued, closes the block (a blank line under it), each at most
    :data:`CALL_SENTENCE_WORDS` words; below it, before any running prose,
    the real head stands (:func:`_head_below`); and the pair holds :data:`CALL_SIGNALS` signals of a call
    (:func:`call_signals`, or naming none of the content words of that head and its text, as a lead would). In a dump
    without blank lines the block cannot be seen: the head below must then be dated. A headline with its lead has no
    head of its own under the lead."""
    ln = lines[i]
    if not found or found[-1][0] != i - 1 or ln.tag is not None or ln.blank_before or i == 0:
        return False
    head = lines[i - 1]
    blanks = any(x.blank_before for x in lines)
    if blanks and not (head.blank_before or i - 1 == 0) or words(ln.text) > CALL_SENTENCE_WORDS:
        return False
    end = i + 1
    while blanks and end < len(lines) and end - i < CALL_BOX_LINES and _box_line(lines[end]):
        end += 1  # the box's further sentences ("Röstningen pågår till den 30 april." / "Sms:a FÖRETAG … till 71 123.")
    if blanks and end < len(lines) and not lines[end].blank_before:
        return False  # the block goes on: a headline's lead with its text glued under it
    below = _head_below(lines, end - 1, dated_only=not blanks)
    if below is None:
        return False
    sentence = " ".join(x.text for x in lines[i:end])
    said = set().union(*(content_words(x) for x in below))
    own = content_words(f"{head.text} {sentence}")
    if call_signals(head.text, sentence) + (bool(own) and not own & said) < CALL_SIGNALS:
        return False
    for x in lines[i:end]:
        x.tag, x.rule = "drop", "call-box"
    return True


def _box_line(ln: TaggedLine) -> bool:
    """A further sentence of a call box glued under its first: untagged, no title, no longer than its first may be."""
    return not ln.blank_before and ln.tag is None and not is_title_like(ln.text) and words(ln.text) <= CALL_SENTENCE_WORDS


def _head_below(lines: Sequence[TaggedLine], i: int, dated_only: bool = False) -> list[str] | None:
    """The article's head below lines[i] within :data:`HEAD_WINDOW` lines, before any running prose (its headline and
    its first paragraphs of prose), or None: a headline-like line (no writer's name, no list's first item, no
    interview's question) with the head's date line or byline right beside it or, unless ``dated_only``, its lead
    glued under it (:data:`LEAD_WORDS` words or more), and running prose under it."""
    for k in range(i + 1, min(len(lines), i + 1 + HEAD_WINDOW)):
        ln = lines[k]
        if prose(ln):
            return None  # running text before any head: the pair above is the head and its lead
        if ln.tag in ANCHORS:
            return None  # the pair's own date line or byline: the pair is the head and its lead
        if ln.tag is not None or not headline_like(ln.text) or person_role(ln.text) is not None \
                or first_of_items(lines, k) or interview_question(lines, k):
            continue
        before = prev_real(lines, k)
        m = k + 1
        while m < len(lines) and (lines[m].tag in ANCHORS or head_furniture(lines[m]) or (
                m + 1 < len(lines) and lines[m + 1].tag in ANCHORS and words(lines[m].text) <= NAME_WORDS)):
            m += 1  # the head's date line, byline and tools, and a writer's bare name over the date line
        dated = (before is not None and lines[before].tag in ANCHORS) or any(x.tag in ANCHORS for x in lines[k + 1:m])
        text = [x for x in lines[m:m + 3] if prose(x)]
        glued = bool(text) and text[0] is lines[min(m, len(lines) - 1)] and not lines[m].blank_before \
            and words(lines[m].text) >= LEAD_WORDS and not dated_only
        if (dated or glued) and text and not is_title_like(text[0].text):
            return [ln.text, *(x.text for x in text[:2])]
    return None
