"""An editor's update note in the article is news, not a time stamp: "Uppdaterad 11.05: Vägen är nu öppen och
trafiken flyter normalt.", "Uppdaterad 3 maj: Mötet har flyttats till stora salen.".

The rule table (``data/boilerplate.tsv``, ``updated``) takes a line opened by "Uppdaterad" for the page's stamp of
its last change ("Uppdaterad 2025-03-12 14:05", "Senast uppdaterad: 12 mars 2025") and drops it, or ends the article
there. A note whose stamp is followed by a colon and a sentence of its own (:data:`NOTE_WORDS` words or more) tells
the listener what has happened since: it is read as a paragraph.
"""

from __future__ import annotations

import re

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
