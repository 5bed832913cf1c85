"""A shooter's hits out of the shots of a series written with a slash after
the shooter's name ("Elin Lund 5/5, Maja Ek 4/5"): "fem av fem", never a
date. The words are in ``speech/data/shooting_words.py``.
"""

from __future__ import annotations

import re

from ..data.shooting_words import HITS_AFTER, HITS_BEFORE, SHOOTING_WORDS, SHOT_SERIES
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, prev_words, sub

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


# A count over shots with no name before it: after a comma or a verb of shooting, or before the range's words.
_BARE_HITS = re.compile(r"(?<![\w./,-])(?P<n>\d{1,2})/(?P<m>\d{1,2})(?![\d/]|[.,]\d)")
_HITS_AFTER = re.compile(rf"\s(?:{alternation(HITS_AFTER)})\b")


def _bare_hits(m: re.Match[str]) -> str | None:
    n, shots = int(m.group("n")), int(m.group("m"))
    if shots not in SHOT_SERIES or n > shots:
        return None
    before = prev_words(m)
    after_comma = m.string[: m.start()].rstrip().endswith(",")
    if not (_HITS_AFTER.match(m.string, m.end()) or (before and before[-1].lower() in HITS_BEFORE) or after_comma):
        return None
    return f"{cardinal(n)} av {cardinal(shots)}"


# A result out of a competition's maximum ("med 352/375", "587/600"): points or hits out of a round multiple of 25.
_TOTAL = re.compile(r"(?<![\w./,–-])(?P<n>\d{2,3})/(?P<m>\d{2,3})(?![\d/]|[.,]\d)")


def _total(m: re.Match[str]) -> str | None:
    n, most = int(m.group("n")), int(m.group("m"))
    if most < 25 or most % 25 or n > most:
        return None
    return f"{cardinal(n)} av {cardinal(most)}"


def hits(text: str, trace: Trace | None = None) -> str:
    """ "Skytte: Elin Lund 5/5, Maja Ek 4/5" -> "Elin Lund fem av fem, Maja
    Ek fyra av fem" (it was "femte maj", a date; class "score"): in a line
    about shooting (SHOOTING_WORDS), a count after a name of two capitalised
    words, over a series' shots (SHOT_SERIES: 5, 10, 20), no more than them;
    with no name before it, after a comma or a verb of shooting (HITS_BEFORE:
    "sköt 9/10") or before the range's words (HITS_AFTER: "bommade inte,
    10/10 i skyttet", "nådde 5/5 på skjutvallen"); a result out of a maximum that is a round multiple of 25
    ("i trap med 352/375", session 60: it was "trehundrafemtiotvå tre sju fem").

    Risk: a date in May, October or the 20th's month after a person's name
    in a line about shooting ("Skytteträning Anna Berg 5/5"?) is read as
    hits; a date after a place's one-word name ("i Eksjö 5/5") is left; in
    such a line a date after a comma ("Skyttetävling, 10/10 kl. 18"?) is
    read as hits.
    """
    if "/" not in text:
        return text
    low = text.lower()
    if not any(w in low for w in SHOOTING_WORDS):
        return text
    text = sub(_HITS, _hits, text, trace, "score")
    text = sub(_TOTAL, _total, text, trace, "score")
    return sub(_BARE_HITS, _bare_hits, text, trace, "score")
