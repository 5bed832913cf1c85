"""An official notice's closing contact paragraph under its question heading, which the contact box's label and the
article's end took as the page's (issue #9: body recall).

A municipality's or an authority's notice (snow clearing, a water cut, a consultation) closes with where to turn:
"Har du frågor?" over one paragraph, "Kontakta Luleå kommuns kontaktcenter på 0920-45 30 00, vardagar 08.00–16.00. Du
kan också göra en felanmälan dygnet runt i appen …". The heading is the rule table's contact box label
(``contact-box`` in ``data/boilerplate.tsv``) and, glued between that label and the page's next label, the paragraph
looks like a box's own sentence to :func:`audiocast.ingest.articleend.end_tags`. The annotators read both as the
article's. The page's standing service box is told apart by its shape: short lines (a phone, opening hours), a button
("Starta chatt", "Kontakta oss"), or a sentence where the site speaks as itself ("Vi svarar vardagar 8–16.").

Taken back: a question heading of the contact box's rule (:data:`HEADING_WORDS` words at most, ending in "?") glued
right under a line the article kept, over one paragraph of :data:`MIN_WORDS` to :data:`MAX_WORDS` words ending in a
full stop that names a way to reach someone (a phone, an e-mail or web address, a contact centre) in the third person
(no "vi", "oss", "vår"), with the page's label, its stop, a page widget's chrome or nothing under it (no button). Risk: a site's standing box
of that very shape, naming its own organisation in the third person, is read once (the site's template profile drops
it when the site's other pages are known).

Session 19 (body recall): a page widget glued under the paragraph closes the article as well as a label does: a map's
chrome ("Karta över avstängningen", "Visa på karta") or the share row (rules :data:`WIDGET_UNDER`), which an app's web
view or a municipality's notice sets right under its text. A button is still no such line (the standing box's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

RULE = "closing-contact"
HEADING_RULE = "contact-box"
HEADING_WORDS = 6
MIN_WORDS = 12
MAX_WORDS = 60
_CHANNEL = re.compile(
    r"(?i)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:www\.)?[\w-]+\.(?:se|nu|com|org)\b|(?<!\d)0\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}"
    r"|\b(?:kontaktcenter|kundtjänst|kundcenter|servicecenter|medborgarservice|växel)\w*")
"""A way to reach someone: an e-mail or web address, a phone number, a contact centre named."""
_FIRST_PERSON = re.compile(r"(?i)\b(?:vi|oss|vår|vårt|våra)\b")
"""The site speaking as itself: its standing service box ("Vi svarar vardagar 8–16", "Kontakta oss")."""
_PAGE_UNDER = frozenset({"stop", "footer"})
WIDGET_UNDER = frozenset({"map-chrome", "share"})
"""Rules (``data/boilerplate.tsv``) of a page widget's chrome that closes the article glued under its last paragraph."""


def closing_contact_tags(lines: Sequence[TaggedLine]) -> None:
    """Take back the article's closing contact heading and paragraph (module docstring)."""
    for i in range(1, len(lines) - 1):
        head, para = lines[i], lines[i + 1]
        if head.rule != HEADING_RULE or not head.text.endswith("?") or words(head.text) > HEADING_WORDS:
            continue
        if lines[i - 1].tag is not None or para.tag != "drop" or para.blank_before:
            continue
        t = para.text
        if not (MIN_WORDS <= words(t) <= MAX_WORDS and t.endswith(".") and _CHANNEL.search(t)) or _FIRST_PERSON.search(t):
            continue
        under = lines[i + 2] if i + 2 < len(lines) else None
        if under is not None and not (
                under.blank_before or under.label or under.tag in _PAGE_UNDER or under.rule in WIDGET_UNDER):
            continue
        for ln in (head, para):
            ln.tag, ln.rule = None, RULE
