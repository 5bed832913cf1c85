"""A number with a "k" glued to it for its thousands ("48k på Instagram",
"lön 45k i månaden"): the whole number, said by the cardinal rule
("fyrtioåttatusen"; it was "fyrtioåtta k"). ``words.lone_letters`` reads
the social counts before their noun ("45k följare"); this rule reads the
rest. The other scale letters glued to a sum after a currency's sign ("£4m",
"$3bn") are millions and billions, said as their words before the money rule
reads the sum.
"""

from __future__ import annotations

import re

from ..data.words import SOCIAL_COUNT_NOUNS
from ..report import Trace
from .machinery import alternation, next_word, prev_words, sub

_K = re.compile(r"(?<![\w,.])(?P<n>\d{1,3})(?:,(?P<f>\d{1,2}))?k(?![\wåäö-]|[.,]\d)")
_GATE = re.compile(r"k(?<=\dk)(?![\wåäö-])")  # (\dk(?!...), the "k" first: a fast scan)
# "4k-tv", "en 8k skärm", "springa 5k": a screen's resolution or a race's kilometres, not thousands.
_NOT_THOUSANDS = frozenset("""
tv tv:n skärm skärmen upplösning upplösningen video videon film kamera kameran lopp loppet löpning
sprang springa springer sprungit
""".split())


def _thousands(m: re.Match[str]) -> str | None:
    near = {next_word(m).lower(), *prev_words(m, 2)}
    if near & _NOT_THOUSANDS:
        return None
    return _whole(m)


def _whole(m: re.Match[str]) -> str:
    """The number in thousands (group "n") with its decimals (group "f") as the whole number's digits: "1,5" -> "1500"."""
    return str(int(m.group("n")) * 1000 + int((m.group("f") or "").ljust(3, "0")))


# A sum after a currency's sign with an English scale letter glued to it: "£4m", "$3bn", "€2,5m" (session 51).
_SIGN_SCALED = re.compile(r"(?<![\w])(?P<sign>[£$€])\s?(?P<n>\d+(?:[.,]\d+)?)(?P<scale>m|mn|bn)(?![\w])")
_SIGN_SCALE_WORDS = {"m": "miljoner", "mn": "miljoner", "bn": "miljarder"}

# "14 tn visningar", "120 tn kr": "tn", the short form of "tusen", after a number before what it counts.
_TN = re.compile(r"(?<![\w,.])(?P<n>\d{1,3})(?:,(?P<f>\d{1,2}))?\s?tn\.?(?=\s+(?:[a-zåäö]|kr\b))")

# "450 k prenumeranter": a "k" set off by a space, before a noun of the counts a glued "k" counts (words.lone_letters).
_SPACED_K = re.compile(
    rf"(?<![\w,.])(?P<n>\d{{1,3}})(?:,(?P<f>\d{{1,2}}))?\sk(?=\s+(?:{alternation(SOCIAL_COUNT_NOUNS)})\b)")


def thousands(text: str, trace: Trace | None = None) -> str:
    """ "48k" -> "48000" -> "fyrtioåttatusen", "1,5k" -> "1500" (class
    "cardinal").

    Risk: a lowercase "k" glued to a number is thousands unless a word of
    screens or of running is next to it ("4k-tv", "sprang 5k"); a unit
    written so ("5k" for kilometres elsewhere) is read as thousands.

    "tn" after a number before the word it counts is "tusen" too: "14 tn visningar" -> "14000" (session 49,
    normalize177; it was "fjorton tn"). Risk: a ton written "tn" before a word is read as thousands.

    A "k" set off by a space is thousands only before a noun of SOCIAL_COUNT_NOUNS, followers, views or money ("450 k
    prenumeranter" -> "450000"; session 50, normalize185: it was "fyrahundrafemtio k"). Risk: none seen; a unit
    "k" before such a word would be read as thousands.

    A sum after a currency's sign with "m", "mn" or "bn" glued to it, as sports and business news quote foreign
    transfers and deals, is that many millions or billions, the word before the currency: "£4m" -> "£4 miljoner"
    -> "fyra miljoner pund" (session 51, normalize193: it was "£fyra meter", the units' metres). Risk: none known;
    a currency's sign right before a number with "m" glued is no length.
    """
    if "£" in text or "$" in text or "€" in text:
        text = sub(_SIGN_SCALED, lambda m: f"{m.group('sign')}{m.group('n')} {_SIGN_SCALE_WORDS[m.group('scale')]}",
                   text, trace, "money")
    if " tn" in text or "tn " in text:  # (a cheap test: "tn" alone is in many words, "vattnet")
        text = sub(_TN, _whole, text, trace, "cardinal")
    if " k " in text:
        text = sub(_SPACED_K, _whole, text, trace, "cardinal")
    if not _GATE.search(text):
        return text
    return sub(_K, _thousands, text, trace, "cardinal")
