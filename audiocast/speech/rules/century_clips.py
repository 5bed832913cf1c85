"""A century or a decade with "-talet" clipped to "-t" ("1800-t.", "1900-t:s",
"på 1600-t", "80-t."): the whole word, "artonhundratalet",
"nittonhundratalets", read then by the numbers' rule as "1800-talet" is; and a
decade with its century left out behind a hyphen ("-90-talet", "-80-talets"):
the hyphen stands for the century and is not said ("nittiotalet").
"""

from __future__ import annotations

import re

from ..data.century_words import DECADE_BEFORE
from ..report import Trace
from .machinery import alternation, prev_words, sub

# "1800-t.", "1900-t:s", "1600-t", "80-t.": a whole hundred from 1000 to 2000, or a decade, a hyphen and "t",
# then ":s" (the genitive), a stop or nothing before a space, a comma or the line's end.
_CLIPPED = re.compile(r"(?<![\w.,/-])(?P<n>1\d00|2000|[1-9]0)-t(?P<e>:s|\.)?(?![\w:-])")
# "-90-talet", "under -80-talets början": a hyphen for the left-out century (as the apostrophe in
# "'90-talet"), glued to a decade of two digits that opens a word (not "70–90-talet", a span).
_ELIDED_CENTURY = re.compile(r"(?<![\w,.:/–-])-(?=\d0-tal)")
# A decade read before ("på 60-t. och 70-t."): one after a word of DECADE_BEFORE.
_DECADE_READ = re.compile(rf"(?i:\b(?:{alternation(DECADE_BEFORE)}))\s[1-9]0-t\b")
# A stop that ends the sentence: the line's end or a capital after it.
_SENTENCE_ON = re.compile(r"\s*(?:$|[A-ZÅÄÖ\"”(])")


def _clipped(m: re.Match[str]) -> str | None:
    if len(m.group("n")) == 2 and not set(prev_words(m, 1)) & DECADE_BEFORE and not (
            prev_words(m, 1) in (["och"], ["eller"], ["till"]) and _DECADE_READ.search(m.string, 0, m.start())):
        return None  # "20-t" without "på", "under" or a decade before "och": perhaps twenty tonnes
    if m.group("e") == ":s":
        return f"{m.group('n')}-talets"
    stop = "." if m.group("e") and _SENTENCE_ON.match(m.string, m.end()) else ""
    return f"{m.group('n')}-talet{stop}"


def century_clips(text: str, trace: Trace | None = None) -> str:
    """ "byggd på 1800-t." -> "byggd på 1800-talet" (said "artonhundratalet"
    by the numbers' rule), "1900-t:s början" -> "1900-talets början", "på
    1600-t" -> "1600-talet", "80-t." -> "80-talet" (class "year"). The stop of
    the clipped word is dropped inside the sentence and kept at its end (the
    line's end or a capital after it).

    A decade needs a word of time before it (DECADE_BEFORE: "på 80-t.") or a
    decade read before "och" ("på 60-t. och 70-t."), a century none.

    A decade whose century is left out behind a hyphen loses the hyphen:
    "på -90-talet" -> "på 90-talet" ("nittiotalet"), "-00-talet" too.

    Risk: "t" after a hyphen as something else ("1200-t", tonnes in a
    forestry note) is read as "-talet"; a minus sign before a decade's
    "-tal" ("-20-talet") is taken for the left-out century."""
    if "-t" not in text:
        return text
    if "0-tal" in text:
        text = sub(_ELIDED_CENTURY, lambda m: "", text, trace, "year")
    return sub(_CLIPPED, _clipped, text, trace, "year")
