"""School and university terms and weeks: "HT 2025" -> "höstterminen tvåtusentjugofem", "v 15" -> "vecka femton"
(moved out of ``calendar.py`` in session 52; the table of terms is ``data/calendar.TERMS``)."""

from __future__ import annotations

import re

from ..data.calendar import TERM_INDEFINITE_BEFORE, TERMS
from ..numbers import cardinal, year
from ..report import Trace
from .machinery import has_digit, keep_stop, prev_words, sub
from .readings import owner_before

# "HT 2025", "VT26", "ht-24": a term and its year (a full or a two-digit year).
_TERM = re.compile(r"(?<![\w.-])(?P<t>HT|VT|ht|vt|Ht|Vt)\.?(?:\s?[-–'’]|\s)?(?P<y>(?:19|20)\d\d|\d\d)(?![\w]|[.,:/–-]\d)")


_TERM_HINT = re.compile(r"[HVhv][Tt]\.?\s?[-–'’]?\d")  # a cheap test before the pattern


def _said_term(m: re.Match[str]) -> str:
    said = TERMS[m.group("t").lower()]
    if (before := prev_words(m, 1)) and (owner_before(before[0]) or before[0] in TERM_INDEFINITE_BEFORE):
        # an owner right before ("gymnasiets ht 2025", "hennes vt 26": session 64, normalize477) or a word that takes
        # the noun without its article ("nästa ht"): no article of its own, "hösttermin"
        said = said.removesuffix("en")
    if m.group("t")[0].isupper() and m.group("t")[1].islower():
        said = said.capitalize()
    return said


def _term(m: re.Match[str]) -> str:
    y = m.group("y")
    return f"{_said_term(m)} {year(int(y)) if len(y) == 4 else cardinal(int(y))}"


# A term without its year after a word that takes the noun without its article ("ges igen nästa ht").
_LONE_TERM = re.compile(r"(?<![\w.-])(?P<t>HT|VT|ht|vt)(?![\w-]|\.\w)\.?")


def _lone_term(m: re.Match[str]) -> str | None:
    if not (prev_words(m, 1)[:1] and prev_words(m, 1)[0] in TERM_INDEFINITE_BEFORE):
        return None
    return _said_term(m) + keep_stop(m, m.group(0).endswith("."))


def terms(text: str, trace: Trace | None = None) -> str:
    """A school or university term and its year: "HT 2025" ->
    "höstterminen tvåtusentjugofem", "VT26" -> "vårterminen tjugosex",
    "ht-24", "ht -25" -> "höstterminen tjugofem" (a dash after a space is
    the year's apostrophe, never a minus); after a definite genitive or a possessive without
    its article, "gymnasiets ht 2025" -> "gymnasiets hösttermin tvåtusentjugofem"; after a word that takes a noun
    without its article (``data/calendar.TERM_INDEFINITE_BEFORE``), with its year or without: "nästa ht" -> "nästa
    hösttermin".

    Risk: "HT"/"VT" in capitals only right before a year (full or two
    digits): "VT" alone is a newspaper (Västerbottens-Tidningen) and stays
    to the acronym rule.

    A lone lower-case "v" without its period before a week's number (1–53)
    is "vecka": "påsklovet är v 15" -> "vecka femton", "v 28–31" (risk: a
    "v" meaning something else before a small number, "v 3" in a list of
    variants, is read as a week).
    """
    if "ht" in text or "vt" in text or "HT" in text or "VT" in text:  # (the one part that needs no digit)
        text = sub(_LONE_TERM, _lone_term, text, trace, "date")
    if not has_digit(text):
        return text
    if "v" in text:  # "påsklovet är v 15": a lone "v" before a week's number
        text = sub(_WEEK_V, lambda m: "vecka ", text, trace, "date")
    if not _TERM_HINT.search(text):
        return text
    return sub(_TERM, _term, text, trace, "date")


# "v 15", "v15", "v 28–31": a week's number after a lone "v" without its period.
_WEEK_V = re.compile(
    r"v(?<![\w.]v)\s?(?=(?:[1-9]|[1-4]\d|5[0-3])(?:\s?[–-]\s?(?:[1-9]|[1-4]\d|5[0-3]))?(?![\w%]|[,.:]\d|\s?(?:procent|%)))"
)
