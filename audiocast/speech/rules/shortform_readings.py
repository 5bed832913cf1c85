"""Short forms with two readings told by the words around them: "ex." (copies, an example, "exempelvis"), "ass.",
"övers.", "uppl." and "anst." (:func:`noun_or_adverb`), and the number patterns the abbreviations share (a number ahead, a
number said in words). Split from ``shortforms.py`` in session 27 (its "ex." after a count in words: "finns nu i tjugo
ex." -> "exemplar").
"""

from __future__ import annotations

import re

from ..data.abbreviations import COPIES_BEFORE, COPIES_VERBS, TRANSLATED_NEAR
from ..data.number_words import YEAR_WORD_HEADS
from ..data.sentence_words import SENTENCE_OPENERS
from ..data.short_readings import COPIES_COUNTED_BY
from .machinery import SAID_NUMBER, alternation, next_word, plural_adjective, prev_words

# A number ahead, in digits or already in words ("u. 18 år" -> "u. arton år").
NUMBER_AHEAD = re.compile(
    r"\s*(?:\d|(?:noll|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|[a-zåäö]*(?:ton|tio|tjugo|hundra|tusen)"
    r"[a-zåäö]*)\b)")
# One number said in words ("hundrafemtio", "sjuttio").
NUMBER_WORD = re.compile(rf"\d[\d\s]*|{SAID_NUMBER}")
BEFORE_CLAUSE = (",", ":", ";", "(", ".")
"""What ends the clause before a word: a short form after it opens a new one."""


# Before an adjective in -t that a neuter noun follows ("ett signerat ex.").
_NEUTER_DETERMINERS = frozenset({"ett", "sitt", "mitt", "ditt", "vårt", "ert", "deras", "hans", "hennes", "varje", "detta"})
_THOUSANDS_AHEAD = re.compile(r"\s(?:\d{1,3}(?:\s\d{3})+|\d{4,}|[a-zåäö]*tusen[a-zåäö]*)(?![\w.,:])")
_YEAR_AHEAD = re.compile(rf"\s(?:(?:19|20)\d\d(?!\d)|(?:{alternation(YEAR_WORD_HEADS)})[a-zåäö]*)")
_ENQUIRY_AFTER = frozenset({"tel", "tfn", "telefon", "hos", "via", "ring", "mejl", "e-post"})


def noun_or_adverb(m: re.Match[str], key: str) -> str | None:
    """The reading of "ass.", "övers.", "ex." and "uppl." from the words around them;
    "" for the table's, None to leave the short form."""
    if key == "ass." and next_word(m)[:1].isupper():
        return "assist"  # "Mål: Ek (ass. Lind)": who passed
    if key == "ass." and not next_word(m)[:1].islower():
        return None  # "Ass.:" alone: an assistant or an assist, left as written
    if key == "övers." and (next_word(m) in TRANSLATED_NEAR or prev_words(m)[-1:] and prev_words(m)[-1] in TRANSLATED_NEAR):
        return "översatt"  # "Boken är övers. från engelska"
    if key == "uppl." and (next_word(m)[:1].isupper() and next_word(m).lower() not in SENTENCE_OPENERS
                           or next_word(m).lower().rstrip(".:") in _ENQUIRY_AFTER):
        return "upplysningar"  # "Uppl. Eva, 0142-123 45", "uppl. tel. 070-...": whom to ask, not an edition
    if key == "kap." and _THOUSANDS_AHEAD.match(m.string, m.end()):
        return "kapacitet"  # "Guldfågeln Arena (kap. 12 000)": an arena's capacity, no book has such chapters (s59)
    if key == "rev." and _YEAR_AHEAD.match(m.string, m.end()) and (
            m.string[: m.start()].rstrip().endswith(BEFORE_CLAUSE) or not m.string[: m.start()].strip()):
        return "reviderad"  # "Karta: Ramsjön, skala 1:10 000, rev. 2024": revised (session 59)
    if key == "ex." and next_word(m).rstrip(".") in ("nr", "nummer"):
        return "exemplar"  # "Ex. nr 3 av boken finns kvar": a numbered copy
    if key == "ex." and NUMBER_AHEAD.match(m.string, m.end()) and next_word(m) not in ("en", "ett"):
        return "exempel"  # "i ex. 4 på utställningen": an exhibit's or an example's number
    if key == "ex." and prev_words(m)[-1:] and prev_words(m)[-1] in COPIES_COUNTED_BY:
        return "exemplar"  # "1,5 milj. ex. på tre år": a magnitude counts copies
    if key == "ex." and next_word(m) == "på" and not counted(m, "en", "ett"):
        return "exempel"  # "ex. på" -> "exempel på" (not after a count: "fem ex. på biblioteket", copies)
    if key == "ex." and _copies(m):
        return "exemplar"  # "ex. finns på biblioteket", "några ex."
    if key == "anst." and prev_words(m, 2)[:1] == ["en"] and prev_words(m)[-1].endswith(("ad", "ig", "lig", "nde")):
        return "anställning"  # "en tidsbegränsad anst. om 6 mån": one post, not "anställda" (session 64)
    return ""


def counted(m: re.Match[str], *but: str) -> bool:
    """Is the word right before the match a number said in words (other than ``but``)?"""
    w = prev_words(m)[-1:]
    return bool(w) and w[0] not in but and NUMBER_WORD.fullmatch(w[0]) is not None


def _copies(m: re.Match[str]) -> bool:
    """Is "ex." the copies (COPIES_BEFORE a word counting them or a
    participle, COPIES_VERBS after it) rather than "exempelvis"?"""
    before = prev_words(m)[-1:]
    if before and not m.string[: m.start()].rstrip().endswith(BEFORE_CLAUSE) and (
            before[0] in COPIES_BEFORE or before[0].endswith("ade") or counted(m)):  # "i tjugo ex." (session 27)
        return True
    two = [w.lower() for w in prev_words(m, 2)]
    if len(two) == 2 and two[0] in _NEUTER_DETERMINERS and two[1].endswith("t"):
        return True  # "ett signerat ex.", "sitt eget ex.": a neuter noun phrase's noun, the copy (session 59)
    return next_word(m) in COPIES_VERBS


def counted_above_one(m: re.Match[str]) -> bool:
    """Does a count above one stand right before the match ("sex", "hundratjugo", "12"; not "en", "ett")?"""
    head = m.string[max(0, m.start() - 40) : m.start()]
    if NUMBER_AHEAD.match(m.string, m.end()):
        return False  # "Torget 2 lgh. 1101": a label before its number, the house's number before it
    if not head.endswith(" ") or head[-2:-1] in (",", ";", ":", ".", ")"):
        return False  # "Bellmansgatan 10, vån. 3": the number belongs to what stands before the comma
    before = [w for w in head.split()[-2:] if not plural_adjective(w)][-1:]  # "120 nya lgh" (session 59)
    return bool(before) and before[0] not in ("en", "ett", "1") and NUMBER_WORD.fullmatch(before[0]) is not None

