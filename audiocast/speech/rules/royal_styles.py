"""A royal style written short ("H.M.", "H.K.H.") read as his or hers from the words around it.

Before the royal's title ("H.K.H. Kronprinsessan" -> "Hennes Kungliga Höghet") the title says whose the style is;
standing for the royal person, with no title after it ("Kronprinsessan besöker Karlshamn, och H.K.H. kommer …"), its
capitals were spelled as initials by ``lone_letters``: "hå kå hå". Every such style is read here, before that rule and
the abbreviation table, his or hers by the nearest royal title in the sentence (``data/abbreviations.py``
ROYAL_TITLE_GENDERS: a title after the style first, then the nearest before it); with none, "Hans" (the table's form).

Risk: a sentence naming a queen and then a king's style ("Drottningen och H.M. Konungen") reads the style by the
title after it, right; one naming a king before a princess's style with no title after ("Kungen hälsade, och H.K.H.
tackade" about the princess) is read "Hans".
"""

from __future__ import annotations

import re

from ..data.abbreviation_titles import TITLE_ABBREVIATIONS
from ..data.abbreviations import ROYAL_TITLE_GENDERS
from ..report import Trace
from .machinery import sub

_STYLE = re.compile(r"(?<![\w.])H\.(?:K\.H|M)\.")
_TITLE = re.compile(r"(?i)\b(?:" + "|".join(sorted(ROYAL_TITLE_GENDERS, key=len, reverse=True)) + r")\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)(?=[A-ZÅÄÖ\d\"”–-]|$)")


def _style(m: re.Match[str]) -> str:
    said = TITLE_ABBREVIATIONS[m.group(0)]  # "Hans Majestät", "Hans Kungliga Höghet"
    rest = m.string[m.end():]
    after = _TITLE.match(rest.lstrip())
    if after is None:
        start = 0
        for end in _SENTENCE_END.finditer(m.string, 0, m.start()):
            start = end.end()
        before = _TITLE.findall(m.string, start, m.start())
        title = before[-1] if before else None
    else:
        title = after.group(0)
    owner = ROYAL_TITLE_GENDERS.get(title.lower(), "Hans") if title else "Hans"
    return owner + said[said.index(" "):]


def royal_styles(text: str, trace: Trace | None = None) -> str:
    """ "H.M.", "H.K.H." -> "Hans Majestät", "Hennes Kungliga Höghet" (module docstring), class "abbreviation".

    Risk: with no royal title in its sentence the style is "Hans"; a princess's style after a king's title with none
    after it is read "Hans"."""
    if "H." not in text:
        return text
    return sub(_STYLE, _style, text, trace, "abbreviation")
