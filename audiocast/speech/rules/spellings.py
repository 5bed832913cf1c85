"""The common short forms written in parts apart ("t o m", "m fl", "bl a", "t. ex.", "F d") in the one spelling
the rules know: the dotted form ("t.o.m.", "m.fl.", "bl.a.", "t.ex.", "F.d."), before any rule reads them.

The abbreviations read each spelling the same, but the rules that read a short form's context know the dotted
one: a bound before a date ("t.o.m. 31/8", not "trettioförsta åttondel") or a weekday ("fr.o.m. mån"), a unit's
letter that is the short form's ("kv. Järnet 4 m fl": not "meter"; "1960–1980 t o m": not "ton"), a capital
opening the sentence ("T ex kan man", "F d rektorn": not the letter "te"). Table: ``SHORT_FORM_SPELLINGS`` of
``data/abbreviations.py`` (the forms whose parts written apart are in the abbreviations' table too).
"""

from __future__ import annotations

import re

from ..data.abbreviations import SHORT_FORM_SPELLINGS
from ..report import Trace
from .machinery import sub, word_start

_SPELLINGS = {**SHORT_FORM_SPELLINGS, **{k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in SHORT_FORM_SPELLINGS.items()}}
_APART = re.compile(word_start(_SPELLINGS, r"\w.") + r"(?![\w])")
# Each form's last part (a space and one or two letters, its stop: " m", " ex.", " fl"): a cheap test before the
# pattern, which most lines fail at once (a literal space first; "i", "å", "e" are no such last part).
_LAST_PARTS = sorted({k.rsplit(" ", 1)[1].rstrip(".") for k in SHORT_FORM_SPELLINGS})
_GATE = re.compile(rf" (?:{'|'.join(_LAST_PARTS)})\.?(?![\w])")


def _dotted(m: re.Match[str]) -> str:
    written = m.group(0)
    dotted = _SPELLINGS[written]
    if not written.endswith(".") and m.string.startswith(".", m.end()):
        return dotted[:-1]  # "m m." -> "m.m.": the sentence's stop is the short form's last
    return dotted


def short_form_spellings(text: str, trace: Trace | None = None) -> str:
    """ "ställs ut t o m 31/8" -> "ställs ut t.o.m. 31/8", "T ex kan man" -> "T.ex. kan man" (class "abbreviation",
    the words said later by the abbreviations).

    Risk: the letters written apart mean the short form wherever they stand ("m m", "f d", "s k" in small
    letters: no sentence was seen with them apart otherwise).
    """
    if not _GATE.search(text):
        return text
    return sub(_APART, _dotted, text, trace, "abbreviation")
