"""A live map embedded in a page dump, set off by blank lines: its heading ("Trafikläget live"), its description, its
legend ("Olycka", "Vägarbete", "Kö"), its zoom buttons, "Visa i helskärm", its map data's credit and its update time.
Two or more of a map's own lines of the rule table (``map-chrome``, ``map-credit``) in the box make it the map's, and
its other short lines go with them (session 38, extract168), as an embedded video player's box goes with its chrome
(:mod:`.videos`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, words
from .records import blank_boxes

MIN_MAP_LINES = 2
"""A map's own lines in a box that make it the map's."""
MAX_BOX_LINES = 20
"""A map's box holds at most this many lines."""
MAP_RULES = frozenset({"map-chrome", "map-credit"})
"""The rule table's rows of a map's own lines ("Visa i helskärm", "Kartdata © OpenStreetMap-bidragsgivare")."""
LEGEND_WORDS = 3
"""A legend's entry glued between two of a map's lines ("Avspärrat område") is at most this many words (session 43,
extract222)."""
MAP_LINE_WORDS = 30
"""A map's box holds no line longer than this (its heading, its description, its legend, its update time)."""


def map_box_tags(lines: Sequence[TaggedLine]) -> None:
    """A live map's box (lines between blank lines) with two or more of a map's own lines (the rule table's
    ``map-chrome`` and ``map-credit``): its heading, its description, its legend ("Olycka", "Vägarbete", "Kö") and its
    update time go too (session 38, extract168; measured first over the annotated dumps: 27 such lines in such boxes,
    all boilerplate). A quote or a longer line keeps the box."""
    for first, end in blank_boxes(lines, len(lines)):
        box = lines[first:end]
        if len(box) > MAX_BOX_LINES or not box[0].blank_before or sum(ln.rule in MAP_RULES for ln in box) < MIN_MAP_LINES:
            continue  # (a box set off by a blank line: a dump glued without any is no box)
        kept = [ln for ln in box if ln.tag is None]
        if any(words(ln.text) > MAP_LINE_WORDS or is_quote(ln.text) for ln in kept):
            continue
        for ln in kept:
            ln.tag, ln.rule = "drop", "map"
    for i in range(1, len(lines) - 1):  # a dump without blank lines: a legend's word glued between two map lines
        ln = lines[i]
        if ln.tag is None and lines[i - 1].rule in MAP_RULES and lines[i + 1].rule in MAP_RULES \
                and 0 < words(ln.text) <= LEGEND_WORDS and ln.text.rstrip()[-1:] not in ".!?:":
            ln.tag, ln.rule = "drop", "map"
