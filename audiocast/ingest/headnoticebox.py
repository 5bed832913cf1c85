"""A site's notice box over its menu: a short label, one to three notices glued under it, a link to all of them.

A housing company's, a utility's or a municipality's page sets its current notices at the very top, above the site's
name and menu: "Driftinformation" / "Storgatan 14 A–C: Varmvattnet avstängt … kl. 15.00." / "Visa all
driftinformation" / "Sjöhem" / "Mina sidor" / … Each notice is a sentence, so the first was taken for the lead, and the
label over it, the only candidate above it, for the headline, while the article's dated head stood under the menu.
When the site's template took those lines on its other pages the head was already looked for below (session 20,
:func:`audiocast.ingest.headcands.candidates`); read alone, or where the notices change from page to page, it was not.

Told by its shape, on any site (:func:`notice_box`): the notice is glued under a short label (a title-like line of at
most :data:`LABEL_WORDS` words, perhaps over other notices of the box, at most :data:`NOTICES` in all), and closed,
glued, by a link the rules tagged or a line of a button's shape ("Visa all driftinformation", "Se alla
driftstörningar"), with the page's menu glued under that link. The caller then asks, as for a line in the menu block,
for the article's dated head below the box with no running prose between
(:func:`audiocast.ingest.headcands._head_past_furniture`).

Risk: an article whose one-paragraph lead sits glued under a short kicker and over a "Läs mer"-link and a run of short
lines, with a dated teaser's head below and no prose between: the lead would be passed over; the link, the menu glued
under it and the dated head below make that rare.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .headline import shape_of
from .headmenus import in_menu_run
from .lineshape import is_title_like, words

LABEL_WORDS = 3
"""The box's label ("Driftinformation", "Aktuella störningar") has at most this many words."""
NOTICES = 3
"""A notice box holds at most this many notices."""
NOTICE_WORDS = 40
"""A notice is at most this many words (a sentence or two)."""


def _notice(ln: TaggedLine) -> bool:
    return ln.tag is None and not is_title_like(ln.text) and 3 <= words(ln.text) <= NOTICE_WORDS


def _closing_link(ln: TaggedLine) -> bool:
    return ln.rule in {"more-link", "read-more"} or (ln.tag is None and shape_of(ln.text) == "button")


def notice_box(lines: Sequence[TaggedLine], i: int) -> int | None:
    """The index of the box's closing link when lines[i] is a notice in a notice box over the page's menu (module
    docstring), else None."""
    if not _notice(lines[i]) or lines[i].blank_before:
        return None
    top = i
    while top > 0 and i - top < NOTICES and not lines[top].blank_before and (
            _notice(lines[top - 1]) or lines[top - 1].rule == "above-head"):
        top -= 1  # a notice over it in the same box (perhaps passed over already)
    if top == 0 or lines[top].blank_before:
        return None
    label = lines[top - 1]
    if label.tag is not None or not is_title_like(label.text) or words(label.text) > LABEL_WORDS:
        return None
    k = i + 1
    while k < len(lines) and k - top < NOTICES and _notice(lines[k]) and not lines[k].blank_before:
        k += 1  # the box's other notices under it
    if k + 1 >= len(lines) or lines[k].blank_before or not _closing_link(lines[k]):
        return None
    menu = k + 1
    return k if not lines[menu].blank_before and in_menu_run(lines, menu, True) else None
