"""A cookie or consent dialog copied with the page: its heading and its buttons go with the dialog's own lines.

The rules ``cookie``, ``cookie-choices`` and ``consent-tcf`` (``data/boilerplate.tsv``) know the dialog's sentences,
the IAB TCF purposes in the Swedish wording consent platforms show (written from how they read, not checked against IAB's published translation) and the consent platforms' buttons, the same on every site.
The dialog's heading is the site's own wording ("Vi värdesätter din integritet", "Din integritet är viktig för
oss"), and a button the rules cannot know alone ("Fler alternativ", "Detaljer") would be read aloud, the heading
even taken for the headline. Here a short line right over such a line, with at least :data:`LEAST` of them among
the :data:`WINDOW` lines under it, is the dialog's heading: it goes (rule ``consent-box``) and so do the other lines
between it and the dialog's last consent line (at most :data:`GAP` between two; a blank line ends the dialog) and
the short lines right under that (its buttons), so the heading is never a headline candidate.

Guards: a headline that speaks of privacy ("Ny lag ska skydda din integritet") over a byline and prose has no
consent lines under it and stays; a consent block ends where its consent lines end, so the article after it is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

RULE = "consent-box"
CONSENT_RULES = frozenset({"cookie", "cookie-choices", "consent-tcf"})
WINDOW = 5
"""Lines under a heading searched for the dialog's own lines."""
LEAST = 2
"""Consent lines among them that make the line over them the dialog's heading."""
HEAD_WORDS = 10
"""The dialog's heading has at most this many words."""
BUTTON_WORDS = 4
"""A line among the dialog's own with at most this many words (and no sentence) is its button or tab."""
BUTTONS = 4
"""Short lines at most right under the dialog's last consent line taken as its buttons."""
HEAD_TAGS = frozenset({"date", "published", "byline", "updated"})
GAP = 2
"""Other lines allowed between two consent lines of one dialog in a dump without blank lines."""


def _consent(x: TaggedLine) -> bool:
    return x.rule in CONSENT_RULES


def _heading(lines: Sequence[TaggedLine], i: int) -> bool:
    x = lines[i]
    if x.tag is not None or i + 1 >= len(lines) or words(x.text) > HEAD_WORDS or x.text.rstrip().endswith("."):
        return False
    below = lines[i + 1:i + 1 + WINDOW]
    return _consent(lines[i + 1]) and not lines[i + 1].blank_before and sum(_consent(y) for y in below) >= LEAST


def _block_end(lines: Sequence[TaggedLine], i: int) -> int:
    """The index after the dialog headed at ``lines[i]``: its last consent line, and the short lines (its buttons)
    right under that."""
    last, k = i + 1, i + 2
    while k < len(lines) and not lines[k].blank_before and k - last <= GAP + 1:
        if _consent(lines[k]):
            last = k
        k += 1
    end = last + 1
    while end < min(len(lines), last + 1 + BUTTONS) and not lines[end].blank_before and _button(lines[end]):
        if end + 1 < len(lines) and lines[end + 1].tag in HEAD_TAGS:
            break  # a short headline over its date line or byline, right under the dialog
        end += 1
    return end


def _button(x: TaggedLine) -> bool:
    return words(x.text) <= BUTTON_WORDS and x.text.rstrip()[-1:] not in (".", "!", "?", ":")


def consent_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Tag each consent dialog's heading and its buttons ``drop`` (module docstring)."""
    i = 0
    while i < len(lines):
        if not _heading(lines, i):
            i += 1
            continue
        end = _block_end(lines, i)
        for x in lines[i:end]:
            if x.tag is None:
                x.tag, x.rule = "drop", RULE
        i = end
