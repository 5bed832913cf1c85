"""The lines an offer box opens with, glued over its offer and subscribe rows in a dump without blank lines.

A paper's pitch set between its paragraphs ("Lokal journalistik kostar – men den är värd det" / "Läs allt från
Mälardalsposten i tre månader för 3 kr." / "Ta del av erbjudandet" / "Redan prenumerant? Logga in") has its buttons
and price rows taken by the rule table (``offer``, ``subscribe``: :data:`~.records.PITCH_RULES`), but where the dump
has no blank lines the box's own appeal and heading over them are read as the article's (session 45, extract235:
two such lines were read aloud). The box passes of :func:`~.records.pitch_tags` need the blank lines that set a box
apart; this pass needs none.

Over a run of two or more rows of those rules, glued to each other: the lines right above it that name an offer or a
price (:data:`~.records.OFFER`; each short, no quote), then at most one title-like heading above those (the pitch's
headline). Nothing is taken when no line above names an offer: a subheading of the article over a bare "Logga in"
stays the article's.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, is_title_like, words
from .records import OFFER, PITCH_RULES, PITCH_WORDS

HEADING_WORDS = 10
"""The pitch's headline over its offer line is at most this many words."""


def offer_head_tags(lines: Sequence[TaggedLine]) -> list[int]:
    """Drop the appeal and heading glued over a run of offer and subscribe rows (see the module docstring); the
    indexes dropped."""
    dropped: list[int] = []
    i = 0
    while i < len(lines):
        if lines[i].rule not in PITCH_RULES:
            i += 1
            continue
        end = i
        while end + 1 < len(lines) and lines[end + 1].rule in PITCH_RULES and not lines[end + 1].blank_before:
            end += 1
        if end > i:
            dropped += _over_run(lines, i)
        i = end + 1
    return dropped


def _over_run(lines: Sequence[TaggedLine], first: int) -> list[int]:
    k = first
    taken: list[int] = []
    while k > 0 and not lines[k].blank_before:
        above = lines[k - 1]
        if above.tag is not None or is_quote(above.text) or words(above.text) > PITCH_WORDS or not OFFER.search(above.text):
            break
        k -= 1
        taken.append(k)
    if not taken:
        return []
    head = lines[k - 1] if k > 0 and not lines[k].blank_before else None
    if head is not None and head.tag is None and is_title_like(head.text) and words(head.text) <= HEADING_WORDS:
        taken.append(k - 1)
    for j in taken:
        lines[j].tag, lines[j].rule = "drop", "pitch"
    return sorted(taken)
