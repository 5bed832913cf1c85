"""A law's chapter and section written with a colon when the law is named
after the pair, or the pair carries a section's letter ("en 6:6a-begäran",
"enligt 4:2 LVU", "9:31b PBL", "AML 6:6a"): "sex kolon sex a", as a
lawyer reads it aloud and as ``admin.references`` reads "BrB 3:1". Before
this the colon was left as a pause ("sex: sex a-begäran", "fyra: två ell ve
u") and a letter after a law's name was glued to the number ("sex kolon
sexa").

Tables: ``data/law_colon_words.py`` (compound heads after the pair),
``data/admin.LAW_CODES`` (the laws' short names), ``data/words.LAW_SHORT_NAMES``.
"""

from __future__ import annotations

import re

from ..data.admin import LAW_CODES
from ..data.law_colon_words import LAW_COMPOUND_HEADS, PAIR_LABELS
from ..data.words import LAW_SHORT_NAMES, LETTER_NAMES
from ..numbers import cardinal
from ..report import Trace
from .admin import series_number
from .machinery import alternation, prev_words, sub

_LAW = rf"(?:{alternation(LAW_CODES)})(?![\w-])|[a-zåäö]+(?:balken|lagen)(?![\w-])"
_PAIR = r"(?P<a>\d{1,2}):(?P<b>\d{1,3})(?P<x>[a-z])?"
# The pair, then the law's name or a compound's head after a hyphen.
_PAIR_THEN_LAW = re.compile(
    rf"(?<![\w:.,/]){_PAIR}(?:\s(?P<law>{_LAW})|(?=-(?:{alternation(LAW_COMPOUND_HEADS)})\b))"
)
# The law's name, then a pair with a section's letter ("AML 6:6a"; without the
# letter ``admin.references`` reads it).
_LAW_THEN_LETTERED = re.compile(
    rf"(?P<law>\b(?:{alternation(LAW_CODES)})|\b[a-zåäö]+(?:balken|lagen))\s{_PAIR}(?<=[a-z])(?![\w:])"
)
# The pair with its section's letter after a space, then the law ("6:6 a arbetsmiljölagen").
_SPACED_LETTER_THEN_LAW = re.compile(
    rf"(?<![\w:.,/])(?P<a>\d{{1,2}}):(?P<b>\d{{1,3}}) (?P<x>[a-z]) (?P<law>{_LAW})"
)
# A label of a section or a point before the pair, no law named ("paragraf 4:2", "§ 7:3").
_LABEL_THEN_PAIR = re.compile(
    rf"(?<![\w.])(?P<lab>(?i:{alternation(PAIR_LABELS)}))\s{_PAIR}(?![\w:]|[.,]\d)"
)
_GATE = re.compile(r"\d:\d")


def _said(m: re.Match[str]) -> str:
    out = f"{cardinal(int(m.group('a')))} kolon {cardinal(int(m.group('b')))}"
    return out + (f" {LETTER_NAMES[m.group('x')]}" if m.group("x") else "")


def _then_law(m: re.Match[str]) -> str | None:
    if prev_words(m)[-1:] in (["klockan"], ["kl"], ["kl."]):  # "klockan 17:45 RB": a clock time
        return None
    law = m.group("law")
    return _said(m) + (f" {LAW_SHORT_NAMES.get(law, law)}" if law else "")


def _lettered(m: re.Match[str]) -> str:
    return f"{LAW_SHORT_NAMES.get(m.group('law'), m.group('law'))} {_said(m)}"


def law_colons(text: str, trace: Trace | None = None) -> str:
    """ "en 6:6a-begäran" -> "en sex kolon sex a-begäran", "paragraf 4:2" ->
    "paragraf fyra kolon två", "6:6 a arbetsmiljölagen" -> "sex kolon sex a
    arbetsmiljölagen", "2:3 MB" -> "två
    kolon tre miljöbalken", "AML 6:6a" -> "arbetsmiljölagen sex kolon sex a" (class
    "law reference").

    Risk: a clock time not after "klockan" right before a law's short name
    ("tåget 17:45 RB" is "sjutton kolon fyrtiofem rättegångsbalken"; a
    hyphen after the name, "17:30 LAS-kursen", keeps the time) or before one
    of the compound heads after a hyphen ("10:30-beslutet"); a clock time after
    one of the labels ("punkt 10:30") is read "tio kolon trettio".
    """
    if ":" not in text or not _GATE.search(text):
        return text
    text = sub(_LABEL_THEN_PAIR, lambda m: f"{m.group('lab')} {_said(m)}", text, trace, "law reference")
    text = sub(_SPACED_LETTER_THEN_LAW, _then_law, text, trace, "law reference")
    text = sub(_LAW_THEN_LETTERED, _lettered, text, trace, "law reference")
    return sub(_PAIR_THEN_LAW, _then_law, text, trace, "law reference")


_SERIES = re.compile(r"(?<![\w:.,/–-])(?P<y>(?:19|20)\d\d):(?P<n>\d{1,4})(?![\d:]|[.,]\d)")
"""A year, a colon and a number glued: a document's number in its year's series ("rapport 2024:3", "PM 2023:12")."""


def series_numbers(text: str, trace: Trace | None = None) -> str:
    """A document's number in its year's series, its label or law not named before it (those are read by
    ``admin.references``, whose bracketed or statute-named reading, ``admin.series_number``, this shares, and
    ``admin.identifiers_by_label``): "Skolverkets rapport 2024:3" -> "rapport tvåtusentjugofyra
    kolon tre", as "SOU 2023:7" and "(2017:900)" are read (class "identifier"). Before this the colon was a pause
    ("tvåtusentjugofyra: tre"). No clock time, score or verse has four digits before its colon.

    Risk: a scale or a ratio written with a year-like number first ("skala 2000:1") is read "kolon" too.
    """
    if ":" not in text or not _GATE.search(text):
        return text
    return sub(_SERIES, lambda m: series_number(m.group("y"), m.group("n")), text, trace, "identifier")
