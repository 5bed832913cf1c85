"""Acronyms read from the words around them (``acronym_context``, before
the acronyms rule; tables in ``speech/data/acronym_context_words.py``)."""

from __future__ import annotations

import re

from ..data.acronym_context_words import BODY_GENITIVES, COMMITTEES, LETTER_CLASS_WORDS, RECORD_SHORTS, TEAM_LINE_LABELS
from ..data.words import ACRONYM_SPELLED, ACRONYM_WORDS, EMPHASIS_WORDS
from ..report import Trace
from .machinery import SAID_NUMBER, alternation, prev_words, pronounceable, spell, sub

_COMMITTEE = re.compile(
    rf"(?<![\w-])(?P<b>{alternation(BODY_GENITIVES)})(?::s)? (?P<c>{alternation(COMMITTEES)})(?![\w-])")
# A spelled short form ending in S or X with its genitive after a colon ("SUS:s", "KS:s", the lone "S:s").
_SX_GENITIVE = re.compile(r"(?<![\w-])(?P<w>[A-ZÅÄÖ]{0,5}[SX]):s(?![\w])")
_LETTER_CLASS = re.compile(rf"(?<![\w-])OK-(?=(?:{alternation(LETTER_CLASS_WORDS)})(?![\w]))")
_TEAM_CODE = re.compile(r"(?P<c>[A-ZÅÄÖ][A-ZÅÄÖ]{2})(?<![\w-][A-ZÅÄÖ]{3}):(?= )")  # (a capital first, not a repeat: a fast scan)


# A record's short form after a result said by now ("... komma femtiosju, NR", "(PB)") or after "nytt".
# ("3.32,16 – SR": after a spaced dash too, session 60)
_RECORD = re.compile(rf"(?:(?<=[a-zåäö], )|(?<=[a-zåäö] \()|(?<=[a-zåäö] – )|(?<=\bnytt )|(?<=\bnya ))"
                     rf"(?P<r>{alternation(RECORD_SHORTS)})"
                     r"(?=[\s.,;)]|$)")
_RESULT_WORD = re.compile(rf"{SAID_NUMBER}|sekunder|meter|poäng|kilo")  # a result said by now, or its unit


def _record(m: re.Match[str]) -> str | None:
    before = prev_words(m)
    if not before or before[-1] not in ("nytt", "nya") and not _RESULT_WORD.fullmatch(before[-1]):
        return None
    said = RECORD_SHORTS[m.group("r")]
    return said.replace("svenskt", "svenska") if before[-1] == "nya" else said


_DEFINED = re.compile(r"(?<=\()(?P<w>[A-ZÅÄÖ]{2,4})(?=\))")  # a short form alone in brackets


def _defined(m: re.Match[str]) -> str | None:
    """A word of emphasis in capitals (EMPHASIS_WORDS) alone in brackets after the words whose initials it is:
    the words' short form, spelled ("Nationella insatsstyrkan (NI)" -> "(enn i)", not the pronoun "ni")."""
    w = m.group("w")
    if w not in EMPHASIS_WORDS:
        return None
    before = prev_words(m, len(w))
    return spell(w) if "".join(x[:1] for x in before) == w.lower() else None


def _sx_genitive(m: re.Match[str]) -> str | None:
    w = m.group("w")
    if w in ACRONYM_WORDS or (w not in ACRONYM_SPELLED and pronounceable(w)):
        return None  # "SÄS:s", "SAS:s": said as a word, its s the genitive's too ("Säs")
    said = ACRONYM_SPELLED.get(w) or spell(w)
    if not said.endswith(("ess", "eks")):
        return None  # a spoken form of its own ("ve ce")
    return said + "es"


def _team_code(m: re.Match[str]) -> str | None:
    before = prev_words(m)
    if not before or before[-1] not in TEAM_LINE_LABELS:
        return None
    code = m.group("c")
    place = re.search(rf"(?<![\w-]){code[0]}{code[1:].lower()}[a-zåäö]+", m.string)
    return place.group(0) + ":" if place else None


def acronym_context(text: str, trace: Trace | None = None) -> str:
    """Acronyms read from the words around them:

    - a council's body before its committee written short (BODY_GENITIVES,
      COMMITTEES): "i KS au" -> "i kommunstyrelsens arbetsutskott";
    - a spelled short form ending in S or X with its genitive: the letter
      takes it ("SUS:s" -> "ess u esses", "KS:s" -> "kå esses", a party's lone letter too, "S:s" -> "esses", left
      written before session 46; one said as a
      word takes none: "SÄS:s" -> "Säs", read by the acronyms rule);
    - "OK" before a boat class's word (LETTER_CLASS_WORDS): its letters
      ("OK-jolle" -> "o kå-jolle"), not "okej";
    - a team's three-letter code before a colon after a match line's label
      (TEAM_LINE_LABELS): the place named in the line that it opens ("KFUM
      Örebro–Pixbo ... Mål ÖRE: Svensson 2" -> "Mål Örebro:").

    - a word of emphasis in capitals alone in brackets after the words it is the initials of: their short form,
      spelled ("Nationella insatsstyrkan (NI)" -> "(enn i)"; session 49, normalize176);
    - a record's short form after a result or "nytt" (RECORD_SHORTS): "3.34,57, NR" -> "nationsrekord", "nytt SR" ->
      "nytt svenskt rekord" (session 59, normalize382).

    Risk: a body's letters before "au" that are another body's; a code whose
    letters open another capitalised word of the line than the team's; a pronoun in capitals in brackets after words
    that happen to begin with its letters.
    """
    if "R " in text or "R," in text or "R." in text or "R)" in text:  # (a cheap test: "NR,", "WR)", "SR.")
        text = sub(_RECORD, _record, text, trace, "acronym")
    if "(" in text:
        text = sub(_DEFINED, _defined, text, trace, "acronym")
    if " au" in text or " AU" in text:
        text = sub(_COMMITTEE, lambda m: f"{BODY_GENITIVES[m.group('b')]} {COMMITTEES[m.group('c')]}", text, trace,
                   "acronym")
    if ":s" in text:
        text = sub(_SX_GENITIVE, _sx_genitive, text, trace, "acronym")
    if "OK-" in text:
        text = sub(_LETTER_CLASS, lambda m: "o kå-", text, trace, "acronym")
    if ": " in text:
        text = sub(_TEAM_CODE, _team_code, text, trace, "acronym")
    return text
