"""A symbol heading a compound ("™-märktes", "§-ändringen", "#-knappen"): the
symbol's word said as the compound's first part (table
``speech/data/symbol_compound_words.py``), not dropped or said apart before a
hyphen's pause ("Albumet -märktes", "ett copyright -skydd"); and two capitals joined by a plus ("truckkort A+B",
"C+E-körkort"): "a plus be" (it was "A+be", the sentence's stop lost; session 53, normalize229)."""

from __future__ import annotations

import re

from ..data.symbol_compound_words import SYMBOL_COMPOUND_HEADS
from ..numbers import cardinal
from ..report import Trace
from .genders import noun_gender
from .machinery import spell, sub

_SIGNS = "".join(re.escape(s) for s in SYMBOL_COMPOUND_HEADS)
# The symbol alone (a space, a bracket, a quote or the line's start before it), a hyphen and a word in small
# letters of two or more.
_SYMBOL_COMPOUND = re.compile(rf"(?:(?<=[\s(\"'”“])|^)(?P<s>[{_SIGNS}])-(?P<w>[a-zåäö]{{2,}})(?![\w-])")
_GATE = re.compile(rf"[{_SIGNS}]-")


# A trademark's sign glued to a name before the hyphen of a compound ("Kånken™-väskan"): not said, the hyphen kept;
# also before the hyphen of a compound's first part left for a word joined after it ("Lego®- och Playmobil™-butiken":
# session 65, normalize491; the hyphen was a pause, "Lego, och").
_GLUED_MARK = re.compile(r"(?<=\w)[™®]-(?=[a-zåäö]|\s(?:och|eller|samt|&|till|som)\s)")


# A star rating heading a compound ("3*-hotell"): an adjective of its stars before the noun, "trestjärnigt hotell"
# (it was "tre -hotell"; session 53, normalize237).
_STARS = re.compile(r"(?<![\w*])(?P<n>[1-5])\*-(?P<w>[a-zåäö]{3,})(?![\w-])")
# A hotel's rating alone after a colon or "ett" ("Hotellet i Alanya: 4* med all inclusive"): "fyra stjärnor".
_STARS_ALONE = re.compile(r"(?:(?<=: )|(?<=ett ))(?P<n>[1-5])\*(?=\s[a-zåäö]|[,.;)]|$)")
# Two single capitals joined by a plus: classes of a licence or a card ("A+B", "C+E"), not a grade's "A+" alone.
_LETTER_SUM = re.compile(r"(?<![\w+])(?P<a>[A-ZÅÄÖ])\+(?P<b>[A-ZÅÄÖ])(?![\w+])")


def _stars(m: re.Match[str]) -> str:
    stars = f"{cardinal(int(m.group('n')), 'en')}stjärnig"
    return f"{stars}{'t' if noun_gender(m.group('w')) == 'ett' else ''} {m.group('w')}"


def _compound(m: re.Match[str]) -> str | None:
    if m.group("s") in "+±" and m.group("w") == "noll":
        return None  # "+-noll": plus or minus nothing, the signs' rule's
    return SYMBOL_COMPOUND_HEADS[m.group("s")] + m.group("w")


def symbol_compounds(text: str, trace: Trace | None = None) -> str:
    """ "Albumet ™-märktes" -> "Albumet varumärkesmärktes", "ny §-ändring" ->
    "ny paragrafändring", "tryck på #-knappen" -> "tryck på fyrkantknappen",
    "@-tecknet" -> "snabel-a-tecknet" (class "symbol"): a symbol standing
    alone before a hyphen and a word in small letters is that compound's first
    part. It was dropped (™, ®: "Albumet -märktes") or said apart. A ™ or ®
    glued to a name before a compound's hyphen is not said ("Kånken™-väskan"
    -> "Kånken-väskan", "Lego®- och Playmobil™-butiken" -> "Lego- och Playmobil-butiken").

    Two single capitals joined by a plus are said with it: "truckkort A+B" -> "a plus be"; a star rating heading a
    compound is an adjective before the noun: "3*-hotell" -> "trestjärnigt hotell"; alone after a colon in a line
    about a hotel, its stars: "Hotellet i Alanya: 4* med all inclusive" -> "fyra stjärnor".

    Risk: a star after a digit before a hyphen and a word is always a rating ("3*-hotell"), and one after a colon in a
    line about a hotel too (a footnote's star so placed is read as stars); a symbol before a hyphen that means
    something else ("+-noll", plus or
    minus nothing, is left; others are read as a compound); a compound whose joint is not the table's ("fyrkant-" for "#")."""
    if "*-" in text:
        text = sub(_STARS, _stars, text, trace, "symbol")
    if "*" in text and "otell" in text:  # "Hotellet: 4* med all inclusive": its stars
        text = sub(_STARS_ALONE, lambda m: f"{cardinal(int(m.group('n')), 'en')} {'stjärna' if m.group('n') == '1' else 'stjärnor'}",
                   text, trace, "symbol")
    if "+" in text:
        text = sub(_LETTER_SUM, lambda m: f"{spell(m.group('a'))} plus {spell(m.group('b'))}", text, trace, "symbol")
    if not _GATE.search(text):
        return text
    text = sub(_GLUED_MARK, lambda m: "-", text, trace, "symbol")
    return sub(_SYMBOL_COMPOUND, _compound, text, trace, "symbol")
