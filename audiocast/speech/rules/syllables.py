"""Whether a written word can be said as a Swedish word or must be spelled, guessed from its syllables' shape: its
vowels, the consonants it opens and ends with, and the joints of a compound inside it (split from ``machinery.py``
in session 56, where it was read by the acronyms, the addresses and the handles through ``machinery``)."""

from __future__ import annotations

import re

from ..data.words import CODAS, ONSETS, VOWELS

_CONSONANT_RUN = re.compile(r"[^aeiouyåäöé]+")


def _compound_joint(cluster: str) -> bool:
    """A run of four or five consonants inside a word that is one word's end and the next one's start, the joint of
    a compound, maybe with its linking s: a coda, "s" or nothing, an onset ("träni|ngs-t|ider", "ha|ll-st|a",
    "handbo|ll-s-kl|ubben"). Session 22, N25: words in capitals, "TRÄNINGSTIDER", "HALLSTA", were spelled letter by
    letter; measured over every caps word of the golden and opened pages, the 41 it turns to words are all words."""
    return len(cluster) <= 5 and any(
        cluster[:i] in CODAS and (cluster[i:] in ONSETS or cluster[i] == "s" and cluster[i + 1:] in ONSETS)
        for i in range(1, len(cluster)))


def pronounceable(word: str) -> bool:
    """Can ``word`` be read as a Swedish word rather than spelled?

    Risk: a guess from syllable shape (vowels, start and end clusters); short
    words (three letters or fewer) are always spelled unless listed.
    """
    w = word.lower()
    if len(w) < 4 or not w.isalpha():
        return False
    vowel_at = [i for i, c in enumerate(w) if c in VOWELS]
    if not vowel_at:
        return False
    onset, coda = w[: vowel_at[0]], w[vowel_at[-1] + 1 :]
    if onset and onset not in ONSETS:
        return False
    if coda and coda not in CODAS:
        return False
    for cluster in _CONSONANT_RUN.findall(w[vowel_at[0] : vowel_at[-1] + 1]):
        if len(cluster) > 3 and not _compound_joint(cluster):
            return False
    # one vowel in six letters is still a word ("HJÄLP", "SPRÅK", "SNACKS", "STRAND")
    return len(vowel_at) / len(w) >= 1 / 6


def short_word(word: str) -> bool:
    """A two- or three-letter word with a vowel and a Swedish shape ("ek", "bo")."""
    w = word.lower()
    if not 2 <= len(w) <= 3 or not w.isalpha():
        return False
    vowel_at = [i for i, c in enumerate(w) if c in VOWELS]
    if not vowel_at:
        return False
    onset, coda = w[: vowel_at[0]], w[vowel_at[-1] + 1 :]
    return (not onset or onset in ONSETS) and (not coda or coda in CODAS)
