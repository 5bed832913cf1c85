"""Calls to action below the article in a page dump: boxes that turn to the reader and end in something to do.

A site puts boxes under its articles that ask the reader to act: send a tip, volunteer, call a help line, give, download
the app. Whatever they ask and however they are worded, they share a shape that holds on any site:

- a box of its own (blank lines around it) below the article's running prose: a short heading (a label, a question, an
  exclamation), one or two sentences that speak to the reader ("du", "dig", "ni", ...), closed by short lines without a
  sentence's end - buttons ("Skicka tips", "Chatta med oss"), a phone number, opening hours, an address;
- or, glued under the article's last paragraph, a short sentence to the reader over at least two buttons ("Hämta vår
  app …" over "App Store", "Google Play"), in words the article has not said;
- or, glued under it too, a question to the reader ("Behöver du råd?") over a few short lines each giving a number to
  call or a button (a help box; an FAQ's question speaks as the asker: "När ska jag söka vård?").

Guards (the article's own text, kept): a closing section of the article with its heading and paragraph but nothing to
click; a closing sentence over a single button; a box whose sentences are in the article's words (an FAQ's last
answer with its link); any box with running prose of the article below it. Not here: offer cards with a price
(:mod:`audiocast.ingest.articleend`), gift and service boxes told by their rules (:mod:`audiocast.ingest.records`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import TIE_SHARE, is_running_prose
from .furniture import TaggedLine, page_tail
from .headline import shape_of
from .lineshape import READER as _READER
from .lineshape import content_words, is_quote, is_title_like, said_mostly, words
from .readercalls import reader_call
from .records import blank_boxes
from .signoff import is_sign_off

RULE = "action-box"
HEADING_WORDS = 10
"""A call to action's heading is at most this many words ("Har du en idé till biblioteket?")."""
SENTENCE_WORDS = 35
"""A call to action's sentence (one line) is at most this many words."""
ACTION_WORDS = 6
"""A closing line of the box (a button, a phone number, opening hours) is at most this many words."""
P_PROSE = 0.5
"""A paragraph below the box the classifier gives at least this (and :data:`PROSE_WORDS` words) is the article going
on: the box stands inside the article, not below it, and is left to the other passes."""
PROSE_WORDS = 15
STORE_WORDS = 3
P_STORE = 0.5
"""Beside a button in a run glued under the article, a name of at most :data:`STORE_WORDS` words the classifier gives
less than this is another button ("App Store" beside "Google Play")."""
HELP_HEADING_WORDS = 8
HELP_LINES = 3
HELP_LINE_WORDS = 12
_NUMBER_TO_CALL = re.compile(r"(?<![\d,.])\d(?:[\d -]{1,12})\d(?!\d|[,.]\d)")
"""A phone number or a service's short number (three digits at least: "112", "1177", "010-456 67 00")."""
GLUED_SENTENCE_WORDS = 15
"""The sentence over glued buttons is at most this many words ("Ladda ner vår app och boka taxi direkt i mobilen.")."""

_IMPERATIVE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?<!rn)a\b(?:\s+[a-zåäö][\w-]*){0,3}")
"""A button opened by a verb in the imperative of its commonest class, ending in -a ("Chatta med oss", "Hämta appen").
The -a ends the word: a sentence opened by a noun that only begins so ("Anmälan är öppen …", "Ansökan görs …")
is no imperative, nor a definite plural in -rna ("Platserna är tolv …", "Tävlingarna …"; the rare imperative
"Varna" is lost as a button word) (a closing paragraph of the article over its writer's name and a button was taken
for a call to action and lost)."""
_CONTACT = re.compile(r"\d[\d -]{4,}\d|@\w|\bkl\.?\s*\d|\d[.:]?\d*\s*[–-]\s*\d")
"""A phone number, an e-mail address, opening hours: what a help box closes with beside its buttons."""
_SENTENCE_END = ".!?…"
_LINK = re.compile(r"(?i)(?:https?://|www\.)\S+|[\w.-]+\.(?:se|nu|com|org|net)(?:/\S*)?")
"""A web address alone on its line: the box's link."""
_GREETING = re.compile(r"(?i)\bhälsning(?:ar)?\b|^mvh\b|\bhälsar\b")
"""A letter's greeting over its signature ("Med vänlig hälsning"): the letter's close, no button."""
_ADDRESS = frozenset({"ditt", "dina", "vårt", "våra"})
"""Words to the reader that :func:`content_words` keeps: no word of the article's subject."""
SECTION_WORDS = 10
"""A section's paragraph under its heading is at least this many words (a picture's caption under a quote card is not)."""
SECTION_TIE_SHARE = 1 / 3
"""In an article made of boxes under their headings (an FAQ), a box closed by a button stays when the article has said
at least this share of its sentences' content words: it is the last section, closed by its link."""


def action_box_tags(lines: Sequence[TaggedLine], head: str = "") -> None:
    """Calls to action below the article (module docstring) go as the page's (rule ``action-box``). ``head``: the
    headline and the lead, said above ``lines``."""
    cut = page_tail(lines)
    said: set[str] = content_words(head)
    prose_above = sectioned = False
    for start, end in blank_boxes(lines, cut):
        box = lines[start:end]
        if prose_above and start > 0 and _call_box(box, said if sectioned else None) and not prose_below(lines, end, cut):
            _drop(box)
            continue
        sectioned = sectioned or (prose_above and _section(box))
        glued = None
        if prose_above or any(is_running_prose(x) for x in box):
            glued = _glued_buttons(box, said)
            glued = _glued_help(box) if glued is None else glued
            glued = reader_call(box, prose_above) if glued is None else glued
        if glued is not None and not prose_below(lines, end, cut):
            _drop(box[glued:])
        for x in box:
            if x.tag is None:
                said |= content_words(x.text)
        prose_above = prose_above or any(is_running_prose(x) for x in box)


def _drop(box: Sequence[TaggedLine]) -> None:
    for x in box:
        if x.tag in (None, "menu", "date"):
            x.tag, x.rule = "drop", RULE


def prose_below(lines: Sequence[TaggedLine], end: int, cut: int) -> bool:
    """Whether the article's running prose goes on below ``end`` (above ``cut``): a kept quote, or a paragraph of
    :data:`PROSE_WORDS` words the classifier does not doubt (:data:`P_PROSE`)."""
    return any(
        x.tag is None and (is_quote(x.text) or (
            words(x.text) >= PROSE_WORDS and x.text[-1] in _SENTENCE_END and (x.p is None or x.p >= P_PROSE)))
        for x in lines[end:cut])


def _sentence(ln: TaggedLine) -> bool:
    return not is_quote(ln.text) and ln.text[-1] in _SENTENCE_END and 4 <= words(ln.text) <= SENTENCE_WORDS


def _closing(ln: TaggedLine) -> bool:
    """A button, a phone number, opening hours: a short line without a sentence's end (or one a rule took)."""
    return ln.tag is not None or (words(ln.text) <= ACTION_WORDS and ln.text[-1] not in _SENTENCE_END + ",;")


def is_button(ln: TaggedLine) -> bool:
    """A button: a line a rule took, or one without a sentence's end opened by a button's verb (``data/headline.tsv``),
    a web address alone, or an imperative in -a with at most three lower-case words after it ("Chatta med kontaktcenter")."""
    text = ln.text
    if ln.tag is not None:
        return True
    if text[-1] in _SENTENCE_END:
        return False
    if _opens_with_action(text) or _LINK.fullmatch(text):
        return True
    if _CONTACT.search(text):
        return False
    return bool(_IMPERATIVE.fullmatch(text)) and not _GREETING.search(text)


def _glued_help(box: Sequence[TaggedLine]) -> int | None:
    """Where a help box glued under the article's last paragraph begins in ``box``: a question to the reader
    (:data:`HELP_HEADING_WORDS` words at most, "Behöver du råd?") over at most :data:`HELP_LINES` short lines closing the
    box, each a number to call or a button ("Ring 1177 för råd om vård dygnet runt.", "Rådgivningen 1177"); or None. An
    FAQ's question speaks as the asker ("När ska jag söka vård?"), and its answer is a paragraph."""
    for k in range(max(1, len(box) - HELP_LINES - 1), len(box) - 1):
        head, rest = box[k], box[k + 1:]
        if head.tag is not None or head.text[-1] != "?" or words(head.text) > HELP_HEADING_WORDS or not _READER.search(
                head.text) or not is_running_prose(box[k - 1]) and box[k - 1].tag is None:
            continue
        if all(x.tag is not None or (words(x.text) <= HELP_LINE_WORDS and not is_quote(x.text) and (
                _NUMBER_TO_CALL.search(x.text) or is_button(x))) for x in rest):
            return k
    return None


def _opens_with_action(text: str) -> bool:
    """Opened by a button's verb (``data/headline.tsv``: "Ladda ner …", "Ring …")."""
    return shape_of(" ".join(text.split()[:4])) == "button"


def _store(ln: TaggedLine) -> bool:
    """A short name beside a button the classifier doubts ("Google Play"): no sentence, no number."""
    return words(ln.text) <= STORE_WORDS and ln.text[-1] not in _SENTENCE_END and not any(c.isdigit() for c in ln.text) and (
        ln.p is not None and ln.p < P_STORE)


def _tied(lines: Sequence[TaggedLine], said: set[str], share: float = TIE_SHARE) -> bool:
    """Whether the article has said at least ``share`` of these lines' content words (the article's own words)."""
    return said_mostly((x.text for x in lines), said, share, _ADDRESS)


def _section(box: Sequence[TaggedLine]) -> bool:
    """A section of the article in a box of its own: a kept heading over a kept sentence (an FAQ's question and answer)."""
    return len(box) >= 2 and box[0].tag is None and is_title_like(box[0].text) and is_running_prose(box[1]) and (
        words(box[1].text) >= SECTION_WORDS)


def _call_box(box: Sequence[TaggedLine], said: set[str] | None) -> bool:
    """A box of a heading, one or two sentences to the reader and its closing lines, one of them a button. With
    ``said`` (the article is made of such boxes, sections under their headings, as an FAQ is) the sentences must also be
    in words the article has not said: the article's last section may close with a link."""
    if not 3 <= len(box) <= 8 or any(is_quote(x.text) for x in box):
        return False
    head = box[0]
    if not (is_title_like(head.text) and words(head.text) <= HEADING_WORDS):
        return False
    k = 1
    while k < len(box) and k <= 2 and box[k].tag is None and _sentence(box[k]):
        k += 1
    told, closing = box[1:k], box[k:]
    if not told or not closing or not all(_closing(x) for x in closing) or not any(is_button(x) for x in closing):
        return False
    addressed = any(_READER.search(x.text) for x in box[:k]) or any(
        x.tag is None and _READER.search(x.text) for x in closing)
    return addressed and (said is None or not _tied(told, said, SECTION_TIE_SHARE))


def _glued_buttons(box: Sequence[TaggedLine], said: set[str]) -> int | None:
    """Where a call to action glued under the article's last paragraph begins in ``box``: a short sentence to the
    reader over at least two buttons closing the box, in words the article has not said; or None."""
    k = len(box)
    while k > 0 and box[k - 1].tag is None and words(box[k - 1].text) <= ACTION_WORDS and (
            is_button(box[k - 1]) or _store(box[k - 1])):
        k -= 1
    if len(box) - k < 2 or k < 2 or any(_GREETING.search(x.text) or is_sign_off(x.text) for x in box[k - 1:]):
        return None
    ask = box[k - 1]
    if ask.tag is not None or not _sentence(ask) or words(ask.text) > GLUED_SENTENCE_WORDS:
        return None
    if not (any(is_button(x) for x in box[k:]) or _opens_with_action(ask.text)):
        return None  # names under a sentence (a letter's signature), no button and no verb to act
    if not (_READER.search(ask.text) or _IMPERATIVE.match(ask.text) or re.search(r"(?i)\bvår(?:t|a)?\b", ask.text)):
        return None
    above = set().union(*(content_words(x.text) for x in box[:k - 1] if x.tag is None))
    return None if _tied([ask], said | above) else k - 1
