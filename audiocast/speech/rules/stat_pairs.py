"""A player's statistics written as pairs with a slash in a list ("Ek 14
mål/9 assist, Ali 11/12 och Berg 8/15"): each pair is two counts, said with the
nouns the first pair names ("elva mål och tolv assist") or, with none named,
as two numbers ("elva tolv"), never a date ("elfte december") nor "per". The
nouns are STAT_NOUNS in ``speech/data/stat_words.py``.
"""

from __future__ import annotations

import re

from ..data.calendar import SHOT_BEFORE
from ..data.stat_words import SHOT_LINE_LABEL, STAT_LINE_WORDS, STAT_NOUNS, STAT_SHARE_LABELS
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, sub

# "14 mål/9 assist": the pair that names its counts.
_NAMED = re.compile(  # (the first digit first and the lookbehind after it: a fast scan)
    rf"(?P<a>\d(?<![\w,.:/–-]\d)\d{{0,2}})\s(?P<x>{alternation(STAT_NOUNS)})\s?/\s?(?P<b>\d{{1,3}})\s"
    rf"(?P<y>{alternation(STAT_NOUNS)})(?![\w/])"
)
# "Ali 11/12": a bare pair right after a capitalised name (a surname, a first name and a surname).
_BARE = re.compile(r"(?P<w>\b[A-ZÅÄÖ][a-zåäöéü]{1,20}\s)(?P<a>\d{1,3})/(?P<b>\d{1,3})(?![\w/]|[.,:]\d|\s?(?:kr|%|st)\b)")


# "Fairways: 11/14", "greener i regulation: 13/18": a statistic's label, a colon, the made out of the tried.
_SHARE = re.compile(r"(?P<w>\b(?P<label>[A-Za-zåäöÅÄÖ]+)(?: i regulation)?:\s)(?P<a>\d{1,3})/(?P<b>\d{1,3})(?![\w/]|[.,:]\d)")


def _share(m: re.Match[str]) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if m.group("label").lower() not in STAT_SHARE_LABELS or a > b:
        return None
    return f"{m.group('w')}{cardinal(a)} av {cardinal(b)}"


def stat_pairs(text: str, trace: Trace | None = None) -> str:
    """ "Ek 14 mål/9 assist, Ali 11/12 och Berg 8/15" -> "Ek fjorton mål och
    nio assist, Ali elva mål och tolv assist och Berg åtta mål och femton
    assist" (class "score"): a pair of counts with their nouns (STAT_NOUNS)
    and a slash is said with "och"; the bare pairs after a name later in the
    same line take the nouns the first named. In a line of statistics
    (STAT_LINE_WORDS: "assist", "poängligan") with no pair named, a bare pair
    after a name is two numbers: "Ek 14/9" -> "Ek fjorton nio"; not after a word of shots opening the line
    ("Räddningar 30/33": hits out of attempts, read by the slash rule).

    A statistic's label (STAT_SHARE_LABELS), a colon and a pair is the made out of the tried: "Fairways: 11/14"
    -> "elva av fjorton".

    Risk: a date after a name in such a line ("Ek 11/12 kl. 19") is read as
    two counts."""
    if "/" not in text:
        return text
    if ": " in text:  # "Fairways: 11/14" -> "elva av fjorton" (session 59, normalize382; it was "elva fjorton")
        text = sub(_SHARE, _share, text, trace, "score")
    named = _NAMED.search(text)
    if named is None:
        low = text.lower()  # (once, not once a word)
        if not any(w in low for w in STAT_LINE_WORDS):
            return text
    if named is not None:
        x, y = named.group("x"), named.group("y")
        text = sub(_NAMED, lambda m: f"{cardinal(int(m.group('a')))} {m.group('x')} och "
                   f"{cardinal(int(m.group('b')))} {m.group('y')}", text, trace, "score")
        return sub(_BARE, lambda m: f"{m.group('w')}{cardinal(int(m.group('a')))} {x} och {cardinal(int(m.group('b')))} {y}",
                   text, trace, "score")
    return sub(_BARE, _two_counts, text, trace, "score")


def _two_counts(m: re.Match[str]) -> str | None:
    if m.group("w").strip().lower() in SHOT_BEFORE or SHOT_LINE_LABEL.match(m.string):
        return None  # "Räddningar 30/33": a statistic's label, made out of tried (the slash rule; session 61)
    return f"{m.group('w')}{cardinal(int(m.group('a')))} {cardinal(int(m.group('b')))}"
