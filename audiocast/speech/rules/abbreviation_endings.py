"""Clipped nouns with an ending after a colon or a stop ("Ordf:s
utslagsröst" -> "Ordförandens utslagsröst", "Sekr:n läste" ->
"Sekreteraren läste"): the noun of the table with the ending's form.
"""

from __future__ import annotations

import re

from ..data.clipped_nouns import CLIPPED_ENDINGS, CLIPPED_NOUNS, INDEFINITE_BEFORE
from ..report import Trace
from .machinery import alternation, prev_words, sub

_CLIPPED = re.compile(
    rf"(?<![\w.:])(?P<a>(?i:{alternation(CLIPPED_NOUNS)}))[.:](?P<e>{alternation(CLIPPED_ENDINGS)})(?![\w:]|\.\w)"
)
# The gate [.:](?:e?[nt]s?|s)\b as two searches, each with its character first (a fast scan)
_DOT_HINT = re.compile(r"\.(?:e?[nt]s?|s)\b")
_COLON_HINT = re.compile(r":(?:e?[nt]s?|s)\b")


def _said(m: re.Match[str]) -> str:
    indefinite, definite = CLIPPED_NOUNS[m.group("a").lower()]
    ending = m.group("e")
    if ending == "s":
        before = prev_words(m, 1, sentence=True)
        after_owner = bool(before) and (before[-1] in INDEFINITE_BEFORE or before[-1].endswith("s"))
        said = (indefinite if after_owner else definite) + "s"
    else:
        said = definite + ("s" if ending.endswith("s") else "")
    return said[0].upper() + said[1:] if m.group("a")[0].isupper() else said


def abbreviation_endings(text: str, trace: Trace | None = None) -> str:
    """A clipped noun (CLIPPED_NOUNS) with an ending after a colon or a
    stop is the noun in that form: "ordf:s" after an owner's genitive or a
    possessive is the indefinite genitive ("styrelsens ordf:s mandat" ->
    "styrelsens ordförandes mandat"), elsewhere the definite one ("Ordf:s
    utslagsröst" -> "Ordförandens utslagsröst"); "Sekr:n" ->
    "Sekreteraren", "avd:ens" -> "avdelningens".

    Risk: only the table's nouns; a word ending in "s" before the noun is
    taken for a genitive ("vi ses ordf:s ...").
    """
    if not (_DOT_HINT.search(text) or (":" in text and _COLON_HINT.search(text))):
        return text
    return sub(_CLIPPED, _said, text, trace, "abbreviation")


__all__ = ["abbreviation_endings"]
