"""A short word written in capitals as a label before a colon ("DOM: Kvinna,
52, döms ...", "MAT: Kokt torsk", "VAL: ..."): the word, not its letters.
Longer labels are read as words by their shape already ("BRAND:",
"OLYCKA:"); these short ones are spelled like an acronym ("de o emm").
"""

from __future__ import annotations

import re

from ..report import Trace
from .machinery import alternation, sub

# Short Swedish words a news item or a notice opens with as a label in capitals (never an acronym there).
LABEL_WORDS = frozenset("""
DOM MAT VAL BIO RÅD ORD BOK KÖP HUS JOBB SPEL FEST FILM MÅL VÅR HÖST TÅG BUSS BIL BÅT VÄG SJÖ SKOG
NYTT KORT TIPS MENY LIVE DÖD LAG VAD VEM HUR NÄR VARFÖR
""".split())
_LABEL = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<w>{alternation(LABEL_WORDS)})(?=:\s)")
# Its gate: a colon and a space after a label word's last letter (the colon first, a fast scan; _LABEL opens
# with assertions and is tried at every position of the line)
_LABEL_GATE = re.compile(":(?<=[" + "".join(sorted({re.escape(w[-1]) for w in LABEL_WORDS})) + "]:)\\s")


def label_words(text: str, trace: Trace | None = None) -> str:
    """ "DOM: Kvinna, 52, från Hörby döms ..." -> "Dom: ...", "MAT: Kokt
    torsk" -> "Mat:" (class "acronym"): a short word of LABEL_WORDS in
    capitals opening the line or a sentence before a colon is the word
    capitalised. Risk: an acronym spelled like one of these words used as a
    label ("VAL:" for a company's initials) is read as the word."""
    if ":" not in text or _LABEL_GATE.search(text) is None:
        return text
    return sub(_LABEL, lambda m: m.group("w").capitalize(), text, trace, "acronym")
