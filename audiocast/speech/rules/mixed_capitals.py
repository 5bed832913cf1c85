"""Short names in capitals with small letters among them, read by their
shape ("FoU-ingenjör" -> "eff o u-ingenjör", "DDoS-attacken" -> "de de o
ess-attacken", "på ViN" -> "på ve i enn").

The names listed with their own reading (``data/words.MIXED_CASE_WORDS``,
read by ``words.mixed_case``) are read before this rule; this rule reads
the rest of the shape, at the end of the pipeline, when the laws' short
names ("BrB", "SoL") and the units ("GWh", "MHz") are read already.
"""

from __future__ import annotations

import re

from ..data.mixed_capitals_words import MIXED_CAPITALS_ENDINGS, MIXED_CAPITALS_MAX_LETTERS, WORD_HEADS
from ..data.words import MIXED_CASE_WORDS
from ..report import Trace
from .machinery import spell, sub

# A capital, then capitals each with at most one small letter before it, ending on a capital; at most seven
# letters; an ending after a colon ("FoU:s") and a compound's hyphen ("FoU-ingenjör") stay.
_MIXED_CAPITALS = re.compile(
    r"(?<![\w@#./:'’-])(?P<w>[A-ZÅÄÖ](?:[a-zåäö]?[A-ZÅÄÖ]){1,4})(?::(?P<suf>[a-zåäö]{1,3}))?(?:(?P<hy>-)(?=\w)|(?![\w'’]))"
)
# the cheap test first: a small letter between two capitals
_HINT = re.compile(r"[A-ZÅÄÖ][a-zåäö][A-ZÅÄÖ]")


# "Kp-index", "Hb-värdet", "Crp-värdet": a capital and small letters with no vowel heading a compound
# (no Swedish word has none; a capital vowel before two consonants is a word: "Nordens Ark-konserten", "Alm-";
# before one still letters: "Ob-tillägget", but not the prefix "Ex-" opening a sentence, "Ex-landshövdingen", nor a word
# of two letters, "El-installatör", "Ek-bord", "Is-hallen" (session 61, normalize437: it was "e ell-installatör"); "IMDb": capitals ending in one small letter (not a genitive "s": "IKEAs").
_NO_VOWEL_HEAD = re.compile(
    rf"(?<![\w@#./:'’-])(?!(?:{'|'.join(WORD_HEADS)})-)(?P<w>[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{{1,2}}|[AEIOUYÅÄÖ][b-df-hj-np-tv-xz])"
    r"(?=-[a-zåäö]{3,})")
_CAPITALS_SMALL_END = re.compile(r"(?<![\w@#./:'’-])(?P<w>[A-ZÅÄÖ]{3,5}[a-rt-zåäö])(?![\w'’])")
# The two shapes' gates, each on its own (the hyphen by "in" first)
_HEAD_HINT = re.compile(r"[A-ZÅÄÖ][b-df-hj-np-tv-xz]{1,2}-")  # _NO_VOWEL_HEAD's gate (only when a hyphen is in the line)
_END_HINT = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ]{2}[a-zåäö]\b")  # _CAPITALS_SMALL_END's (a class first, not a repeat: a fast scan)


_WHOLE_NAME = re.compile(r"[A-ZÅÄÖ](?:[a-zåäö]?[A-ZÅÄÖ]){1,4}")


def is_mixed_capitals(word: str) -> bool:
    """Is ``word`` a short name of this shape ("FoU", "LiU", "DDoS"), or one
    the table reads ("BankID", "SvD")? Asked by the social rule, so a
    hashtag or a handle of one such name is not cut at its capitals."""
    if word in MIXED_CASE_WORDS:
        return True
    return (not word.isupper() and len(word) <= MIXED_CAPITALS_MAX_LETTERS
            and _WHOLE_NAME.fullmatch(word) is not None)


def _said(m: re.Match[str]) -> str | None:
    w, suf = m.group("w"), m.group("suf") or ""
    if w.isupper() or len(w) > MIXED_CAPITALS_MAX_LETTERS or (suf and suf not in MIXED_CAPITALS_ENDINGS):
        return None  # all capitals: the acronyms rule's
    return spell(w) + suf + ("-" if m.group("hy") else "")


def mixed_capitals(text: str, trace: Trace | None = None) -> str:
    """A short name in capitals with small letters among them, not read by
    any rule before, spelled letter by letter, its small letters too:
    "FoU" -> "eff o u", "DDoS" -> "de de o ess", "ViN" -> "ve i enn" (the
    names said otherwise are in MIXED_CASE_WORDS: "MoMA" -> "Moma"). An ending
    after a colon joins the last letter ("FoU:s" -> "eff o us") and a
    compound keeps its hyphen ("FoU-ingenjör" -> "eff o u-ingenjör").

    A capital and one or two small letters with no vowel heading a compound
    are letters too ("Kp-index" -> "kå pe-index", "Hb-värdet"), and so are
    three to five capitals ending in one small letter other than a
    genitive's "s" ("IMDb" -> "i emm de be").

    Risk: a name of this shape said as a word and not in MIXED_CASE_WORDS
    is spelled ("SiS" would be, hence listed there); a word in mixed case longer
    than seven letters or ending in a small letter ("GWh", "IKEAs",
    "iPhone", "McDonald") is left alone.
    """
    if ("-" in text and _HEAD_HINT.search(text)) or _END_HINT.search(text):
        text = sub(_NO_VOWEL_HEAD, lambda m: spell(m.group("w")), text, trace, "acronym")
        text = sub(_CAPITALS_SMALL_END, lambda m: spell(m.group("w")), text, trace, "acronym")
    if not _HINT.search(text):
        return text
    return sub(_MIXED_CAPITALS, _said, text, trace, "acronym")


__all__ = ["is_mixed_capitals", "mixed_capitals"]
