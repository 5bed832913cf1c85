"""A video player embedded in a dump: a box (lines between blank lines) of a clip's title, its channel and the
player's chrome ("2,1 tn prenumeranter", "Titta senare", "Titta på", "YouTube", "1 204 tittare", "Klicka för att ladda
in innehåll från Twitch …"). With :data:`MIN_CHROME` chrome lines of the rule table's ``video-embed`` row, the box is
the player's: its short lines (title, channel, "LIVE") go too. An article's paragraph in the box (a sentence of
:data:`MAX_TITLE_WORDS` words or more, a quote) keeps the box.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, words

VIDEO_RULE = "video-embed"
MIN_CHROME = 2
MAX_TITLE_WORDS = 14
MAX_BOX_LINES = 10


def video_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the boxes of embedded video players (see the module docstring)."""
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and not lines[i].blank_before:
            continue
        box = lines[start:i]
        start = i
        if len(box) > MAX_BOX_LINES or sum(ln.rule == VIDEO_RULE for ln in box) < MIN_CHROME:
            continue
        kept = [ln for ln in box if ln.tag is None]
        if any(words(ln.text) >= MAX_TITLE_WORDS or is_quote(ln.text) for ln in kept):
            continue
        for ln in kept:
            ln.tag, ln.rule = "drop", "video"
