"""A testimonial or quote card in a page dump: a quoted line with its speaker after a dash, on one line.

Sites selling courses, camps, trips or memberships set their customers' words beside the article: ”Bästa veckan på
hela sommaren!” – Alva, 11 år. The article quotes its people otherwise: a paragraph opened by a dash ("– Det var …,
säger …"), or a quote followed by the verb of saying (”…”, säger Jonas). On any site the card is told by its shape:

- the line opens with a quotation mark, the quote closes with one, and after it come only a dash and the speaker
  (a capitalised name or a description, at most :data:`SPEAKER_WORDS` words: "Sofia, 34 år", "Henrik, kursdeltagare");
- the whole is short (:data:`CARD_WORDS` words at most);
- a picture's caption glued right under the card (a short line without a verb of its own) is the card's picture.

Guards (kept): a subheading in quotation marks without a speaker; a quote followed by "säger …".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine, is_caption
from .lineshape import words

RULE = "testimonial"
CARD_WORDS = 35
SPEAKER_WORDS = 8
CAPTION_WORDS = 12
_OPEN = "”\"»“„‘'«"
_CLOSE = "”\"«»“'’"
_CARD = re.compile(rf"[{_OPEN}][^{_CLOSE}]{{2,240}}[{_CLOSE}]\s*[–—-]\s*(?P<who>[A-ZÅÄÖÉ][^.!?]*)")
_SAYING = re.compile(r"(?i)\b(?:säger|sa|sade|berättar|menar|skriver|tycker|förklarar|konstaterar)\b")


def is_testimonial(line: str) -> bool:
    """A quote card: a quoted line, a dash and its speaker (module docstring)."""
    m = _CARD.fullmatch(line)
    return m is not None and words(line) <= CARD_WORDS and words(m.group("who")) <= SPEAKER_WORDS and not _SAYING.search(
        m.group("who"))


def testimonial_tags(lines: Sequence[TaggedLine]) -> None:
    """Quote cards and the picture glued under each go (rule ``testimonial``)."""
    for i, ln in enumerate(lines):
        if ln.tag is not None or not is_testimonial(ln.text):
            continue
        ln.tag, ln.rule = "drop", RULE
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and nxt.tag is None and not nxt.blank_before and words(nxt.text) <= CAPTION_WORDS and (
                is_caption(nxt.text)):
            nxt.tag, nxt.rule = "drop", RULE
