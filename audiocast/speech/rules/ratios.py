"""Ratios and scales: "1:4", "1:50 000", "förhållandet 1:12", "i skala
1:87" are said "ett till fyra", not read as clock times ("ett och tolv")
nor digit by digit. The table of the words that make a colon a ratio is in
``speech/data/ratio_words.py``.

Runs before the property, reference and clock rules (``estates`` has
already read the designations of a line about property).
"""

from __future__ import annotations

import re

from ..data.ratio_words import NOT_RATIO_BEFORE, ONE_TO_ONE, RATIO_STEMS
from ..data.sport import SCORE_CONTEXT
from ..numbers import cardinal
from ..report import Trace
from .machinery import INT, prev_words, say_number, score_said, sub, to_int

_RATIO = re.compile(
    rf"(?<![\w,.:/–-])(?P<a>\d{{1,3}})\s?:\s?(?P<b>{INT}(?:,\d+)?)(?:\s?:\s?(?P<c>\d{{1,3}}))?"
    r"(?![\w:/]|[.,]\d|\s?[–-]\s?\d)"  # (no date's slash after it: "Donners plats 1: 1/5–14/6", session 47)
)
_RATIO_HINT = re.compile(r"\d\s?:\s?\d")
_SCORE_HINT = re.compile(r"\d:\d(?!\d)")
_SCALE_WORDS = 12
"""How many words before "a:b" in its sentence may name the ratio."""


def _names_ratio(m: re.Match[str], near: bool = False) -> bool:
    """Does a word before the match in its sentence (with ``near`` one of
    the three words right before it) hold a ratio stem?"""
    words = prev_words(m, 3 if near else _SCALE_WORDS, sentence=True)
    return any(stem in w for w in words for stem in RATIO_STEMS)


def _ratio(m: re.Match[str]) -> str | None:
    if m.string.startswith(")", m.end()) and ": " in m.group(0) and not m.string[: m.start()].endswith("("):
        return None  # "heat 1: 1) Isak Ek, 2) …": a label's number, then a list's first item (session 51)
    before = prev_words(m, 1)
    if before and before[-1].rstrip(".") in NOT_RATIO_BEFORE:
        return None  # "kl. 1:50", "Joh 3:16"
    a, b = m.group("a"), m.group("b")
    digits_b = len(b.replace(" ", "").replace("\u00a0", "").split(",")[0])
    # "1:50 000", "1:250": one part to hundreds or thousands is a scale by its
    # shape, unless a capitalised name before it makes it a property ("Tuna 1:123")
    # "1:50 000", "i 1:18": one part to tens after "i" or to hundreds is a scale
    # by its shape, unless a capitalised name before it makes it a property ("Tuna 1:123")
    grouped = " " in b or "\u00a0" in b  # "1:10 000": thousands grouped, a map's scale (no property's number is)
    scale = a == "1" and (digits_b >= 3 or (before == ["i"] and to_int(b) >= 10)) and (
        grouped or not _capitalised_before(m))  # ("Karta: Skatås 1:10 000", session 60: it was "ett och tio noll …")
    if scale and "," not in b and to_int(b) >= 1000 and to_int(b) % 100:
        return None  # "1:34.812": a map's or a model's scale is round ("1:50 000"); this is a lap time's thousandths
    clock_shape = len(a) == 2 and digits_b == 2 and int(a) <= 23 and to_int(b) <= 59
    heads_compound = _COMPOUND_AFTER.match(m.string, m.end()) is not None  # "Skolans 1:1-satsning": no property's
    if not scale and a == b == "1" and not m.group("c") and not _names_ratio(m) and (
            heads_compound or not _capitalised_before(m)):
        return ONE_TO_ONE  # "1:1-datorer", "jobbar 1:1": one to one (a score's "slutade 1:1" is read before)
    if not scale and (not _names_ratio(m, near=clock_shape) or to_int(b) == 0):
        return None  # "1:00"; "14:30" far from the ratio's word: a time
    if not scale and _capitalised_before(m, inside=True):
        return None  # "för Björkhaga 1:4 anger": a property after its name mid-sentence, "kolon" (session 61)
    out = f"{cardinal(int(a))} till {say_number(b)}"
    if m.group("c"):
        out += f" till {cardinal(int(m.group('c')))}"
    return out


_WORD_BEFORE = re.compile(r"(\w+)\s$")
_COMPOUND_AFTER = re.compile(r"-[a-zåäö]")
"""A hyphen and a word right after "1:1": the pair heads a compound ("1:1-satsning"), which a property's designation
after a capitalised name ("Tuna 1:1") never does (session 32: "Skolans 1:1-satsning" was "ett: ett -satsning")."""


def _capitalised_before(m: re.Match[str], inside: bool = False) -> bool:
    """A capitalised word right before the pair; ``inside``: one that does not open its sentence, a place's name
    ("för Björkhaga 1:4")."""
    w = _WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    return w is not None and w.group(1)[0].isupper() and not (
        inside and m.string[: w.start()].rstrip()[-1:] in ("", ".", "!", "?", ":"))


# "vann 2:1", "slutade 1:1": a colon before a one-digit number (no clock has one-digit minutes).
_COLON_SCORE = re.compile(r"(?<![\w,.:/–-])(?P<a>\d{1,2}):(?P<b>\d)(?![\w:]|[.,]\d|\s?[–-]\s?\d)")


def _colon_score(m: re.Match[str]) -> str | None:
    """ "vann med 2:1" -> "två mot ett" (as a score's dash): a pair with a colon and a one-digit
    second number after a word of sport (SCORE_CONTEXT) in its sentence."""
    words = [w.strip(".,:;") for w in prev_words(m, _SCALE_WORDS, sentence=True)]
    if not any(w in SCORE_CONTEXT for w in words) or _names_ratio(m) or _capitalised_before(m):
        return None
    return score_said(m, int(m.group("a")), int(m.group("b")))


def ratios(text: str, trace: Trace | None = None) -> str:
    """A ratio or a scale: "förhållandet 1:4" -> "ett till fyra", "skala
    1:50 000" -> "ett till femtiotusen", "blandas 1:50" -> "ett till
    femtio", "1:5,2" -> "ett till fem komma två", "1:2:3" -> "ett till två
    till tre" (class "ratio").

    A colon between two numbers is a ratio when a word before it in its
    sentence holds a stem of RATIO_STEMS ("förhållande", "skala", "blanda",
    "späd", "täthet", "fördela", "odds" ...), or by its shape alone when one
    part stands to hundreds or more ("1:100", "1:250 000": no clock has such
    minutes) or to tens after "i" ("byggd i 1:18").

    Risk: a clock time in a sentence that also speaks of a ratio ("blandas
    1:10 och sprutas 14:30") is read as a ratio unless "kl." is before it;
    "1:100" after a capitalised name is left to the property rules, and a
    pair shaped as a clock time ("14:30") is a ratio only with the ratio's
    word among the three words before it ("fördelas 60:40" has no clock's
    shape). "i 1:18" is a scale model's scale by its shape.

    "1:1" with no ratio word before it is one to one, "en till en"
    (ONE_TO_ONE: "1:1-datorer" -> "en till en-datorer", "jobbar 1:1 med
    varje elev"), and a colon before a one-digit number after a word of
    sport (SCORE_CONTEXT) in the sentence a score ("vann med 2:1" ->
    "två mot ett", class "score"); risk: a one-to-one pair in a sentence about a
    match is a score, a property's "Tuna 1:1" after a capitalised name is
    left to the property rules.
    """
    if ":" not in text or not _RATIO_HINT.search(text):
        return text
    if _SCORE_HINT.search(text):
        text = sub(_COLON_SCORE, _colon_score, text, trace, "score")
    return sub(_RATIO, _ratio, text, trace, "ratio")
