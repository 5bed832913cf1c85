"""A fact box closing the article right over its share row (session 35, blind set extract141).

The passes that judge the lines under the article's last paragraph keep a box there when the article has said most of
its words (``articleend._tied``); a concert's box of times, prices and performers ("Biljetter och tider" /
"Långfredagen 29 mars kl. 18.00, …" / "Biljetter: 250 kr, …" / "Dirigent: …") says mostly new things and was lost,
though the article's share row ("Dela", "Facebook", …) glued right under it shows where the article ends. Such a box,
glued whole from its heading to the share row and holding no running prose, is the article's; the box's own link to
more of it right over the share row ("Se alla evenemang under sportlovet", extract144) stays the page's. Guard: a widget's card
sets each label alone over its value ("Distans" / "96,4 km", an app's activity card over the share row), and the site's
opening hours or contact lines ("Måndag: 8.00–18.00", ``contacts.is_service_line``) are the page's: no box of the
article's. Measured over the annotated dumps before the rule: six runs the end rules dropped over a share row, three
the article's; with the rule, golden unchanged but for one more page's box kept (b94-u10), no line of the page's kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from .contacts import is_service_line
from .furniture import TaggedLine
from .lineshape import words

SHARE_RULE = "share"
"""The rule of a share row's lines ("Dela", "Facebook", "Kopiera länk")."""


_MORE_RULES = frozenset({"more-items", "more-link"})
SHARED_BOX_LINES = 10
"""A fact box closing the article over its share row holds at most this many lines."""


def box_over_share_row(lines: Sequence[TaggedLine], i: int, gone: bool) -> int | None:
    """Where the share row glued under a box right under the article begins (``lines[i]`` its heading) (nothing of the page's between, the
    box's lines glued, at most :data:`SHARED_BOX_LINES` of them, none running prose), or None (session 35,
    extract141: "Biljetter och tider", a concert's rows and its presale's line over "Dela"): the article's own box
    closing it, its times and prices new to the text."""
    if gone:
        return None
    for k in range(i + 1, min(len(lines), i + SHARED_BOX_LINES + 1)):
        x = lines[k]
        if x.blank_before:
            return None
        if x.rule == SHARE_RULE:
            return k
        if x.rule in _MORE_RULES and k + 1 < len(lines) and lines[k + 1].rule == SHARE_RULE:
            continue  # the box's own link to more of it ("Se alla evenemang under sportlovet") over the share row
        if x.tag not in (None, "date") or words(x.text) > BOX_LINE_WORDS or (_tile(x) and k + 1 < len(lines) and _tile(
                lines[k + 1])) or is_service_line(x.text):
            return None  # running prose, a widget's tiles ("Distans" / "96,4 km"), the site's hours ("Måndag: 8–18")
    return None


BOX_LINE_WORDS = 20


def _tile(ln: TaggedLine) -> bool:
    """A widget's tile line: at most two words, no label's colon (an app's card sets its label over its value)."""
    return words(ln.text) <= 2 and ":" not in ln.text
