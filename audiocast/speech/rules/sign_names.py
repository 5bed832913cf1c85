"""A sign standing alone in a sentence about characters ("minst ett specialtecken (t.ex. ! eller #)"): named,
"utropstecken eller fyrkant" (session 63, normalize472: the "!" was glued to "exempel" as a stop and "#" left
unread). Table ``data/sign_words.py``.
"""

from __future__ import annotations

import re

from ..data.sign_words import SIGN_NAMES, SIGN_SENTENCE_WORDS
from ..report import Trace
from .machinery import alternation, sentence_words, sub

# A sign with a space or a bracket on each side, or a comma or the line's end after it; no number beside it ("50 %",
# "§ 12" are read by the symbols and units).
_LONE_SIGN = re.compile(rf"(?:(?<=[\s(])(?<!\d\s)|^)(?P<s>{alternation(SIGN_NAMES)})(?=[\s),.;:]|$)(?!\s\d)")
_LONE_SIGN_HINT = re.compile(r"[\s(][!?#@*%$€£_§](?:[\s),.;:]|$)")


def _sign(m: re.Match[str]) -> str | None:
    if not sentence_words(m) & SIGN_SENTENCE_WORDS:
        return None
    return SIGN_NAMES[m.group("s")]


def sign_names(text: str, trace: Trace | None = None) -> str:
    """ "(t.ex. ! eller #)" in a sentence about characters (SIGN_SENTENCE_WORDS) -> "(t.ex. utropstecken eller
    fyrkant)" (class "symbol").

    Risk: a sign set off by spaces in a sentence with such a word ("Lösenordet? Byt det – nu!") is named; only a
    sign between spaces, brackets or before a comma, never one glued to a word.
    """
    if not _LONE_SIGN_HINT.search(text):
        return text
    return sub(_LONE_SIGN, _sign, text, trace, "symbol")
