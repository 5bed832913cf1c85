"""Where the lines of a page dump's head stand, for the headline's candidates (:mod:`audiocast.ingest.headcands`) and
the notices over the head (:mod:`audiocast.ingest.headnotices`): running prose, a headline's form, the next and previous
line that is no furniture of the head (a share row, "Lyssna på artikeln"), and a letter's salutation."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .headline import shape_of
from .headmeta import head_furniture
from .lineshape import is_title_like, words

HEAD_WINDOW = 12
"""How many lines below a paragraph the article's head is looked for."""


def headline_like(text: str) -> bool:
    return is_title_like(text) and words(text) >= 3 and shape_of(text) is None


PROSE_WORDS = 8
"""A paragraph of running prose under the article's headline has at least this many words."""


def ranks(lines: Sequence[TaggedLine], past_pictures: bool = False) -> list[int]:
    """Each line's place counting only the lines that are no furniture (:func:`head_furniture`): the head's parts (headline,
    date line, lead) stay neighbours with a "Lyssna på artikeln" or a share row between them. With ``past_pictures`` a
    picture's credit and the caption line right above it count as no distance too (session 29, blind set extract105: a
    match report's headline over its lead, the top picture's caption and credit, then the byline)."""
    def picture(i: int) -> bool:
        return lines[i].tag == "caption" or (lines[i].tag == "drop" and i + 1 < len(lines) and lines[i + 1].tag == "caption")

    return list(itertools.accumulate(not (head_furniture(ln) or (past_pictures and picture(i))) for i, ln in enumerate(lines)))


def next_real(lines: Sequence[TaggedLine], i: int) -> int | None:
    return next((k for k in range(i + 1, len(lines)) if not head_furniture(lines[k])), None)


def prev_real(lines: Sequence[TaggedLine], i: int) -> int | None:
    return next((k for k in range(i - 1, -1, -1) if not head_furniture(lines[k])), None)


def prose(ln: TaggedLine) -> bool:
    return ln.tag is None and not is_title_like(ln.text) and words(ln.text) >= PROSE_WORDS


RUNNING_TEXT = 2
"""A paragraph followed by this many more paragraphs of prose before any dated head opens the article's text (a
notice or a cookie banner above the head is one or two paragraphs over its buttons)."""


SALUTATION = re.compile(
    r"(?i)(?:Hej|Hejsan|Hallå|Kära|Bästa|God (?:morgon|kväll|dag))(?! då\b)(?:,? (?:alla|allihop(?:a)?|på er))?"
    r"(?:(?: [\w-]+){0,3}|(?: [\w-]+){1,2}(?:, [\w-]+){1,3}(?: (?:och|&) [\w-]+)?)\s*[!,]")
"""A letter's salutation ("Hej alla odlare!", "Kära medlemmar,"): under a headline it opens the text, never a headline."""
