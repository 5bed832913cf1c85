"""A clipped word joined to "nr" as a number's label ("tel.nr", "pers.nr",
"medl.nr", "lghnr"): said as the compound in full, "telefonnummer" (table
``speech/data/number_label_words.py``), as the abbreviations read "org.nr"."""

from __future__ import annotations

import re

from ..data.abbreviations import ABBREVIATIONS
from ..data.admin import CASE_LABEL_WORDS
from ..data.number_label_words import NUMBER_LABEL_HEADS
from ..report import Trace
from .machinery import alternation, sub

# The clipping (a capital first allowed), a stop, a stop and a hyphen, or nothing, "nr" and its own stop.
_LABEL = re.compile(
    rf"(?<![\w.-])(?P<h>(?i:{alternation(NUMBER_LABEL_HEADS)}))(?:\.-?|-)?nr\.?(?=[\s:,;)]|$)"
)
_GATE = re.compile(r"[a-zåäö][.-]{0,2}nr\b", re.IGNORECASE)


def _label(m: re.Match[str]) -> str | None:
    head = m.group("h")
    full = NUMBER_LABEL_HEADS.get(head.lower())
    written = m.group(0).lower()
    if full is None or any(w in ABBREVIATIONS or w in CASE_LABEL_WORDS for w in (written, written.rstrip("."))):
        return None  # "art.nr", "org.nr": the abbreviations' and labels' tables read them, after the numbers' rules
    said = full + "nummer"
    if head[0].isupper():
        said = said[0].upper() + said[1:]
    stop = m.group(0).endswith(".") and m.end() == len(m.string)
    return said + ("." if stop else "")


def number_labels(text: str, trace: Trace | None = None) -> str:
    """ "nytt tel.nr: 08-..." -> "nytt telefonnummer: ...", "ange pers.nr" ->
    "ange personnummer", "lghnr 1203" -> "lägenhetsnummer 1203" (class
    "abbreviation"): a clipped word glued to "nr", with or without a stop,
    is the label "...nummer", the clipping in full (NUMBER_LABEL_HEADS).
    It was left as written ("tel.nr") or half read ("telnummer").

    A form the abbreviations' or the case labels' table holds ("art.nr",
    "org.nr") is left to them.

    Risk: a clipping of the table that is another word's before "nr" (none
    seen); a stop after "nr" ending the line is kept as the sentence's."""
    if not ("nr" in text or "NR" in text or "Nr" in text or "nR" in text) or not _GATE.search(text):  # (substrings first)
        return text
    return sub(_LABEL, _label, text, trace, "abbreviation")
