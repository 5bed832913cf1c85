"""A name written as a word and a short form in capitals glued after it ("ChatGPT" -> "Chat ge pe te",
"NordVPN" -> "Nord ve pe enn"): the word is said, the capitals spelled. Two capitals are left: a club's
letters glued to its name ("BolIC") are its name. Capitals with a vowel among them are left too: they may be said
with the word ("RevPAR", a hotel's revenue per room, is "revpar") as often as spelled ("ÖrebroIBK"), so the voice
reads the whole as before; capitals without a vowel cannot be said as a word.

The names said otherwise are listed in ``data/words.MIXED_CASE_WORDS`` and read before this rule ("BankID").
"""

from __future__ import annotations

import re

from ..report import Trace
from .machinery import spell, sub

# A capital and two or more small letters, then three or four capitals ending the word; an ending after a colon
# ("ChatGPT:s") and a compound's hyphen ("ChatGPT-liknande") stay.
_CAPITAL_TAIL = re.compile(
    r"(?<![\w@#./:'’-])(?P<w>[A-ZÅÄÖ][a-zåäö]{2,})(?P<c>[B-DF-HJ-NP-TV-XZ]{3,4})(?=[:-][a-zåäö]|(?![\w'’]))"
)
# A small letter right before three capitals: the cheap test first (a capital first, the small letter looked
# behind at: re scans fast for the rarer capitals instead of trying most positions of the line).
_HINT = re.compile(r"[A-ZÅÄÖ](?<=[a-zåäö][A-ZÅÄÖ])[A-ZÅÄÖ]{2}")


def capital_tails(text: str, trace: Trace | None = None) -> str:
    """ "ChatGPT" -> "Chat ge pe te", "NordVPN" -> "Nord ve pe enn", "ChatGPT:s" -> "Chat ge pe te:s"
    (the ending is read by the rules after): a capitalised word with three or four capitals
    glued at its end is the word and a short form, the capitals spelled (the whole was read as one foreign
    word). Only consonants: capitals with a vowel ("RevPAR") may be said with the word and are left (module
    docstring). Risk: a name whose consonant capitals end it and are said otherwise is spelled at its end."""
    if _HINT.search(text) is None:
        return text
    return sub(_CAPITAL_TAIL, lambda m: f"{m.group('w')} {spell(m.group('c'))}", text, trace, "acronym")
