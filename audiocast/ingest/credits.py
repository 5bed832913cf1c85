"""Photo credits without a label, told by the page repeating them: the photographer's bare name under each picture.

A reader view or a plain template writes a picture's caption and, on the line right under it, the photographer's name
alone ("Kent Ivarsson"), with no "Foto:". One such line cannot be told from a name opening a box; the page's repetition
tells it: a name-shaped line that stands :data:`CREDIT_REPEATS` times or more below the lead, each time right under a
short line that ends a sentence (the caption) and right over the article's next paragraph, is a credit. It goes at every place, with the caption above it. An
interview's speaker stands over an answer, under a question ("?"), and a live report's writer signs each post over the
next post's time stamp: neither is taken.

This holds on any site: it uses the page's repetition and the order of caption and credit, never a name list. Not here:
credits with a label ("Foto: …", the rule table), captions standing alone (:mod:`audiocast.ingest.furniture`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, words
from .records import is_name_shaped

CREDIT_REPEATS = 2
"""A bare name is a credit when it stands under a caption at least this many times."""
CAPTION_WORDS = 30
"""A caption above a bare credit is at most this many words (one or two sentences)."""
TEXT_WORDS = 8
"""The article's paragraph right under a credit is a sentence of at least this many words."""
CREDIT_RULE = "credit-repeat"


def _under_caption(lines: Sequence[TaggedLine], i: int) -> bool:
    """lines[i] stands right under a kept caption-shaped line (no blank line between): a sentence's end, short."""
    if i == 0 or lines[i].blank_before:
        return False
    above = lines[i - 1]
    text = above.text
    return above.tag is None and text[-1] == "." and words(text) <= CAPTION_WORDS and not is_quote(text)


def _text_under(lines: Sequence[TaggedLine], i: int) -> bool:
    """The article's text goes on right under lines[i]: a kept sentence of :data:`TEXT_WORDS` words or more, or a quote.
    (A live report's posts end in their writer's name over the next post's time stamp.)"""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return nxt.tag is None and (is_quote(nxt.text) or (words(nxt.text) >= TEXT_WORDS and nxt.text[-1] in ".!?…\"”»"))


def credit_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the bare credits below the lead and their captions (see the module docstring)."""
    places: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.tag is None and is_name_shaped(ln.text) and 2 <= words(ln.text) <= 4 and _under_caption(lines, i) and (
                _text_under(lines, i)):
            places.setdefault(ln.text, []).append(i)
    counts = Counter({name: len(at) for name, at in places.items()})
    for name, n in counts.items():
        if n < CREDIT_REPEATS:
            continue
        for i in places[name]:
            lines[i].tag, lines[i].rule = "drop", CREDIT_RULE
            lines[i - 1].tag, lines[i - 1].rule = "drop", CREDIT_RULE


_PICTURE_SAID = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:Arkivbild|Arkivfoto|Genrebild|Bilden (?:är tagen|är från|togs|visar))\b[^.!?]*\.?$")
_CREDIT_ONLY = re.compile(r"(?i)(?:Foto|Bild|Fotograf|Photo|Illustration|Grafik)\s*:\s*[^.!?]{1,80}")
_CREDIT_AFTER = re.compile(r"(?i)(.*?)\s*\b(?:Foto|Bild|Fotograf|Photo)\s*:")


def says_picture(line: str) -> bool:
    """A caption that says it is a picture ("… renoveras. Arkivbild.", "… Bilden är tagen i somras.")."""
    return bool(_PICTURE_SAID.search(line))


def is_credit_only(line: str) -> bool:
    """A credit line with nothing but the credit ("Foto: Namn")."""
    return bool(_CREDIT_ONLY.fullmatch(line))


_LABELLED_CAPTION = re.compile(r"(?i)(?:Bild|Foto|Bildtext)\s*:\s*(\S.*[.!])")
LABELLED_CAPTION_WORDS = 3
"""A caption after the picture's label ("Bild: Hamnmagasinet efter renoveringen.") is a sentence of this many words or
more; a credit ("Foto: Anna Ek") is a name."""


def has_own_caption(line: str) -> bool:
    """A credit line carrying its own caption before the credit ("Petra Sund. Foto: Lars Vik"), or a picture's label
    over its caption sentence ("Bild: Hamnmagasinet efter renoveringen.")."""
    m = _CREDIT_AFTER.match(line)
    if m is not None and words(m.group(1)) >= 1:
        return True
    own = _LABELLED_CAPTION.fullmatch(line)
    return own is not None and words(own.group(1)) >= LABELLED_CAPTION_WORDS
