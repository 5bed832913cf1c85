"""A page of short notices under one title ("Kortnytt vecka 11", "Lokalt i korthet"): its first notice's title is no
headline.

A free paper's or a parish's digest sets its title over the date line and then its notices, each a title glued over
one paragraph, a blank line between them. The first notice's title stands where a headline stands (between the date
line and the first paragraph) and outscored the digest's own title. A notice is told by its block's form, whatever its
words: a title-like line with one paragraph of prose glued under it, and at least :data:`SIBLINGS` more blocks of that
form follow. The first notice's title then opens the text (it is the lead's line, read before its paragraph), and the
headline is chosen among the lines over the date line.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .headline import shape_of
from .headmeta import ANCHORS
from .lineshape import is_title_like, words

SIBLINGS = 2
"""At least this many notices of the same form follow the first one."""
BLOCKS_LOOKED_AT = 6
"""How many blocks under the first notice are looked at for its siblings (an ad's block may stand between)."""
PROSE_WORDS = 8


def _blocks(lines: Sequence[TaggedLine], start: int) -> list[list[TaggedLine]]:
    """The blocks (lines between blank lines) from lines[start] on, the untagged lines of each."""
    out: list[list[TaggedLine]] = []
    for ln in lines[start:]:
        if ln.blank_before or not out:
            out.append([])
        if ln.tag is None:
            out[-1].append(ln)
    return out


def _notice(block: list[TaggedLine]) -> bool:
    """A title-like line (no label, button or menu shape) over one paragraph of prose."""
    return (len(block) == 2 and is_title_like(block[0].text) and shape_of(block[0].text) is None
            and not is_title_like(block[1].text) and words(block[1].text) >= PROSE_WORDS)


def first_notice(lines: Sequence[TaggedLine], found: Sequence[tuple[int, bool]], lead: int) -> int | None:
    """The index of the first notice's title when lines[lead] is the first notice's paragraph of a digest (see the
    module docstring): the candidate right above it, glued, with a blank line over it, a date line or byline above
    that with another candidate over it (the digest's title), and :data:`SIBLINGS` notices of the same form among the
    next blocks, the first of them right after (an ad's block, all tagged, may stand between). Else None."""
    if not found or found[-1][0] != lead - 1 or lines[lead].blank_before:
        return None
    title = lead - 1
    if not lines[title].blank_before or (lead + 1 < len(lines) and not lines[lead + 1].blank_before):
        return None
    anchors = [a for a in range(title) if lines[a].tag in ANCHORS]
    if not anchors or not any(j < anchors[-1] for j, _ in found):
        return None
    blocks = [b for b in _blocks(lines, lead + 1)[:BLOCKS_LOOKED_AT] if b]
    siblings = 0
    for block in blocks:
        if not _notice(block):
            break
        siblings += 1
    return title if siblings >= SIBLINGS else None
