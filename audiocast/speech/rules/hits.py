"""A shooter's hits out of the shots of a series written with a slash after
the shooter's name ("Elin Lund 5/5, Maja Ek 4/5"): "fem av fem", never a
date. The words are in ``speech/data/shooting_words.py``.
"""

from __future__ import annotations

import re

from ..data.shooting_words import SHOOTING_WORDS, SHOT_SERIES
from ..numbers import cardinal
from ..report import Trace
from .machinery import sub

# A name of two capitalised words (a club's after a comma may follow), then hits/shots.
_HITS = re.compile(
    r"(?P<name>(?<![\w.])[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+(?:,? [A-ZÅÄÖ][\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+)?)?,? )"
    r"(?P<n>\d{1,2})/(?P<m>\d{1,2})(?![\d/]|[.,]\d)"
)


def _hits(m: re.Match[str]) -> str | None:
    n, shots = int(m.group("n")), int(m.group("m"))
    if shots not in SHOT_SERIES or n > shots:
        return None
    return f"{m.group('name')}{cardinal(n)} av {cardinal(shots)}"


def hits(text: str, trace: Trace | None = None) -> str:
    """ "Skytte: Elin Lund 5/5, Maja Ek 4/5" -> "Elin Lund fem av fem, Maja
    Ek fyra av fem" (it was "femte maj", a date; class "score"): in a line
    about shooting (SHOOTING_WORDS), a count after a name of two capitalised
    words, over a series' shots (SHOT_SERIES: 5, 10, 20), no more than them.

    Risk: a date in May, October or the 20th's month after a person's name
    in a line about shooting ("Skytteträning Anna Berg 5/5"?) is read as
    hits; a date after a place's one-word name ("i Eksjö 5/5") is left.
    """
    if "/" not in text:
        return text
    low = text.lower()
    if not any(w in low for w in SHOOTING_WORDS):
        return text
    return sub(_HITS, _hits, text, trace, "score")
