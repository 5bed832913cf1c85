"""Lines the rule table takes for the page's that are the article's text when the HTML says so.

An editor's update note in the article is news, not a time stamp: "Uppdaterad 11.05: Vägen är nu öppen och
trafiken flyter normalt.", "Uppdaterad 3 maj: Mötet har flyttats till stora salen.".

The rule table (``data/boilerplate.tsv``, ``updated``) takes a line opened by "Uppdaterad" for the page's stamp of
its last change ("Uppdaterad 2025-03-12 14:05", "Senast uppdaterad: 12 mars 2025") and drops it, or ends the article
there. A note whose stamp is followed by a colon and a sentence of its own (:data:`NOTE_WORDS` words or more) tells
the listener what has happened since: it is read as a paragraph.

A subheading of one word that a site's menu also has ("<h2>Ledare</h2>" over a summer camp's leaders, "Kontakt",
"Mat", "Kalender": the rule table's ``menu`` line) is the article's own when the page sets it as a heading between two
paragraphs of running prose (:func:`section_heading`); a menu's item is no heading inside the text. Guard: such a
heading over an address or a phone number (the page's contact box) still goes.
"""

from __future__ import annotations

import re

from .boilerplate import BoilerplateRule, first_match

NOTE_WORDS = 4
"""After the stamp's colon the note says at least this many words."""
_NOTE = re.compile(r"(?i)^(?:Uppdaterad|Uppdaterat|Uppdatering|Uppd\.|Updated|Update)\b(?:[^:]|(?<=\d):(?=\d)){0,30}?:\s+(?P<note>\S.*)$")
"""The stamp (a clock time may hold a colon: "Updated 14:05:"), its colon, the note."""


def update_note(text: str) -> bool:
    """Whether a line opened by "Uppdaterad …:" is an editor's note of news (see the module's docstring)."""
    m = _NOTE.match(text.strip())
    if m is None:
        return False
    note = m.group("note").strip()
    return len(re.findall(r"\w+", note)) >= NOTE_WORDS and bool(re.search(r"[.!]$", note)) and note[:1].isupper()


PROSE_CHARS = 80
"""A paragraph this long ending a sentence is running prose."""


def _prose(pair: tuple[str, str] | None) -> bool:
    return pair is not None and pair[0] == "p" and len(pair[1]) >= PROSE_CHARS and bool(re.search(r"[.!?…”\"]$", pair[1]))


def section_heading(kind: str, text: str, before: tuple[str, str] | None, after: tuple[str, str] | None,
                    rules: tuple[BoilerplateRule, ...]) -> bool:
    """Whether a heading the rule table takes for a menu's item stands between two paragraphs of running prose."""
    if kind != "head" or len(text.split()) > 2 or not (_prose(before) and _prose(after)):
        return False
    hit = first_match(rules, text)
    return hit is not None and hit[0].action == "menu"


def read_as_text(pairs: list[tuple[str, str]], at: int, rules: tuple[BoilerplateRule, ...]) -> bool:
    """Whether the line ``pairs[at]`` is the article's whatever the rule table says: an update note, a section's
    heading."""
    kind, text = pairs[at]
    before = pairs[at - 1] if at > 0 else None
    after = pairs[at + 1] if at + 1 < len(pairs) else None
    return update_note(text) or section_heading(kind, text, before, after, rules)
