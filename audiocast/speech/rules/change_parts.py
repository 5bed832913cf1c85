"""A part written with a slash after a verb of change or in a whole divided into parts: "d/m" that is no date.

Called by ``calendar``'s slash rule (``_slash``) and ``parts.among_parts``; the words are in
``speech/data/change_words.py``.
"""

from __future__ import annotations

import re

from ..data.change_words import CHANGE_WORDS, CHANGE_WORDS_MED, DIRECTION_WORDS, DIVIDE_WORDS, SHARE_VERBS
from .machinery import prev_words

# How far back a verb of change may stand before "med"/"till"/"för", its object between ("sänka taxan med 1/4",
# "höjer avgiften för barn med 1/3"; a slash's two numbers count as two words).
_CHANGE_REACH = 7


def changed_by_part(m: re.Match[str]) -> bool:
    """Is "d/m" the part a quantity changes by or to: right after "med" (or "till") with a verb or noun of
    change a few words before in the same sentence ("Priset har stigit med 1/3", "vill sänka taxan med 1/4",
    "en höjning med 1/3", "minskade till 1/3"), or after a direction ("gick upp med 1/4")? After "för" with a
    verb of a share before it ("Staten står för 2/3 och kommunen för 1/3") it is a share, and so after "och" in a list
    of shares opened by "varav" ("varav 62 % med buss och 1/4 med tåg").

    A day after "med" is "med start 1/3", "från och med 1/3": no word of change stands there. "till" after a
    verb of lengthening ("förlängs till 1/3", "skjuts upp till 1/4") names a day, so "till" asks for a change of
    amount right before it (or an adverb between) and no direction word or comparative ("förläng", "kort", the
    adverbs and "fler volontärer till 2/3" do not count there).
    Risk: "sänks med 1/4" meaning on the first of April, which no one writes without "den" or "från"."""
    words = [w.strip("(),:;") for w in prev_words(m, _CHANGE_REACH + 1, sentence=True)]
    if not words:
        return False
    last, rest = words[-1], words[:-1]
    if last == "med":
        if rest[-2:] in (["från", "och"], ["till", "och"]):
            return False
        # a direction right before, or before the object ("satte ned straffet med 1/3", session 58, normalize370)
        return any(w in DIRECTION_WORDS for w in rest[-3:]) or any(w in CHANGE_WORDS_MED for w in rest)
    if last == "till":
        near = rest[-2:]  # the verb right before, or an adverb between ("minskade kraftigt till 1/3")
        return any(w in CHANGE_WORDS and not w.startswith(("förläng", "kort", "förkort")) for w in near)
    if last == "för":  # "står för 2/3 och kommunen för 1/3": a share of the whole
        return any(w in SHARE_VERBS for w in rest)
    if last in ("och", "samt"):  # "varav 62 % med buss och 1/4 med tåg": the next share of a list (session 65)
        return _SHARE_LIST.search(m.string, max(0, m.start() - 90), m.start()) is not None
    return False


# A list of shares opened by "varav"/"därav" with a share in it, up to the part ("varav 62 % med buss och ").
_SHARE_LIST = re.compile(r"\b(?i:varav|därav)\b[^.;:!?]*(?:%|procent)[^.;:!?]*$")


def divided_into_parts(m: re.Match[str]) -> bool:
    """Is "d/m" one of the parts a whole is divided into, a word of dividing before it in its sentence
    ("fördelat som grundstöd (1/3) och mandatstöd (2/3)", "pengarna fördelas 2/3 till skolan")? Risk: a date
    in a sentence about a distribution ("fördelningen beslutas 3/4") is read as a part."""
    return any(w.strip("(),:;") in DIVIDE_WORDS for w in prev_words(m, 12, sentence=True))
