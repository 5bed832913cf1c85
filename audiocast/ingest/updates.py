"""The article's own update and correction notes in a page dump, under the page's "Uppdaterad …" line.

A live notice (a water leak, a fire, a power cut) or a corrected article adds its news under the page's update stamp:
"Uppdatering kl. 13.15: Ledningen är lagad.", "Tillägg 19.40: Branden är under kontroll.", "Rättelse: I en tidigare
version …". The label, perhaps a time or a day, a colon and a sentence: the article's text, never the page's date line
(the rule table's ``updated`` rule would take "Uppdaterat 11 mars: Felet är åtgärdat …" for one), and the article does
not end at the stamp above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

_UPDATE_NOTE = re.compile(
    r"(?i)(?:Uppdatering|Uppdaterat|Uppdaterad|Tillägg|Rättelse|Korrigering|Senaste nytt)"
    r"(?:\s+(?:den\s+)?[\w.]+(?:\s+(?:kl\.?\s*)?[\w.]+){0,3})?\s*:\s+(?-i:[A-ZÅÄÖ]).*[.!]")
"""An update or correction note of the article's own: its label, perhaps a time or a day, a colon and a sentence
("Uppdatering kl. 13.15: Ledningen är lagad.", "Tillägg 19.40: Branden är under kontroll.", "Uppdaterat 11 mars: …")."""


def is_update_note(line: str) -> bool:
    """An update or correction note (:data:`_UPDATE_NOTE`): the article's text, never a date line of the page."""
    return bool(_UPDATE_NOTE.fullmatch(line)) and words(line) >= 5


def notes_under(lines: Sequence[TaggedLine], i: int) -> Sequence[TaggedLine]:
    """The article's update notes (:func:`is_update_note`) kept right from lines[i] on."""
    k = i
    while k < len(lines) and lines[k].tag is None and is_update_note(lines[k].text):
        k += 1
    return lines[i:k]
