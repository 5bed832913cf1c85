"""Signs of a football pools tip ("Tipstips: 1X2 på Färjestad–Skellefteå,
halvgardering 1X"): each sign said, "X" as "kryss" ("ett kryss två", "ett
kryss", "kryss två"), table ``data/pool_words.py``.
"""

from __future__ import annotations

import re

from ..data.pool_words import POOL_SIGNS, POOL_WORDS
from ..report import Trace
from .machinery import say_score, sub

_POOL_LINE = re.compile(r"(?i:" + "|".join(POOL_WORDS) + ")")
# Two or three signs with an "X" among them, none twice ("1X2", "1X", "X2"; not "XX" or "2X2").
_SIGNS = re.compile(r"(?<![\w/-])(?P<s>1X2|1X|X2)(?![\w/-])")
# The match a sign is put on ("1X2 på Färjestad–Skellefteå"): two teams joined by a dash, the dash silent.
_MATCH = re.compile(r"(?<=\bpå )(?P<a>[A-ZÅÄÖ][\wåäö]+)–(?P<b>[A-ZÅÄÖ][\wåäö]+)\b")


def pool_tips(text: str, trace: Trace | None = None) -> str:
    """ "halvgardering 1X" -> "halvgardering ett kryss" (class "code"): the
    signs of a pools tip in a line that names the pools (POOL_WORDS).
    Risk: a code "1X" or "X2" (a model, a grade) in a line that also says
    "tips" or "spik" is read as signs. Two teams joined by a dash after "på"
    in such a line are the match: "på Färjestad–Skellefteå", the dash kept
    silent as between any two teams (``sport``'s convention)."""
    if "X" not in text or _POOL_LINE.search(text) is None:
        return text
    text = sub(_SIGNS, lambda m: " ".join(POOL_SIGNS[c] for c in m.group("s")), text, trace, "code")
    if "–" in text:
        text = sub(_MATCH, lambda m: say_score(m.group("a"), m.group("b")), text, trace, "score")
    return text
