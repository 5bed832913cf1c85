"""A compass point written short before a place's name: "i SV Skåne" ->
"i sydvästra Skåne", "Ingrid Persson, Ö Vram," -> "Östra Vram",
"fastigheten Ö. Vemmenhög 12:4" -> "Östra Vemmenhög". The table is in
``speech/data/compass_words.py``.
"""

from __future__ import annotations

import re

from ..data.compass_words import COMPASS_ADJECTIVES, NOT_A_PLACE_AFTER, PLACE_BEFORE
from ..data.quantities import COMPASS_POINTS_SMALL
from ..report import Trace
from .machinery import alternation, sub

_PLACE_BEFORE = alternation(PLACE_BEFORE | {w.capitalize() for w in PLACE_BEFORE})
# a word of place or a comma before it, the short form (a stop after it or none), a place's name
_COMPASS = re.compile(
    rf"(?P<p>(?<![\w.])(?:{_PLACE_BEFORE}|och|eller|samt) |, )(?P<c>{alternation(COMPASS_ADJECTIVES)})(?P<dot>\.)?\s"
    r"(?P<n>[A-ZÅÄÖ][a-zåäöé]{2,}(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\b(?!-)"
)
_ONE_LETTER = frozenset({"N", "S", "V", "O"})  # letters of initials and parties: with their stop only
_LINKS = frozenset({"och ", "eller ", "samt "})  # "i NV Värmland och NO Dalarna": two-letter points only
# "vind sö 5 m/s", "nv 4–7 m/s": a two-letter point in small letters before a wind's speed (the capitals are
# read by ``quantities.wind_directions``; "sö" is no Sunday with a speed after it).
_SMALL_WIND = re.compile(
    rf"(?<![\w/(.-])(?P<c>{alternation(COMPASS_POINTS_SMALL)})"
    r"(?=\s*\d+(?:,\d+)?(?:\s*[–-]\s*\d+(?:,\d+)?)?\s*(?:m/s|sekundmeter|meter per sekund)(?![\w/]))"
)
# (?<![\w.])(?:[NSÖVO]|[NS][VOÖ]|Mell)\.?\s[A-ZÅÄÖ] with the lookbehind after the first capital: one class
# opening the pattern (re scans fast only for a first class or literal, not for alternatives that open with classes)
_HINT = re.compile(r"[NSÖVOM](?<![\w.].)(?:(?<=[NSÖVO])|(?<=[NS])[VOÖ]|(?<=M)ell)\.?\s[A-ZÅÄÖ]")


def _after_place(m: re.Match[str]) -> bool:
    """Whether a compass place itself read as one stands right before the link or the comma ("i Ö. Grevie och
    V. Ingelstad", "i N. Vram, S. Sandby"): the list goes on naming places, no initials."""
    head = m.string[max(0, m.start() - 60):m.start()].rstrip()
    found = list(_COMPASS.finditer(head))
    return bool(found) and found[-1].end() == len(head) and _compass(found[-1]) is not None


def _compass(m: re.Match[str]) -> str | None:
    name, short = m.group("n"), m.group("c")
    if name in NOT_A_PLACE_AFTER:
        return None
    before = m.group("p")
    if short in _ONE_LETTER and not m.group("dot"):
        return None  # "till V Andersson", "Ek, N Rörum": an initial or a party's letter is as likely
    if len(short) == 1 and name.endswith("son"):
        return None  # "till V. Karlsson": a surname after an initial
    if len(short) == 1 and short != "Ö" and (before in _LINKS or before == ", "):  # ("mellan Kyrkbyn och Ö. Vallby", s57)
        if not _after_place(m):
            return None  # "Lind 3, P. Ek, S. Berg", "Ek och N. Berg": initials, unless a compass place precedes
    adjective = COMPASS_ADJECTIVES[short]
    if len(short) == 1 or short == "Mell":
        adjective = adjective.capitalize()  # the place's own name: "Östra Vram", "Västra Karup", "Östra Vemmenhög 12:4"
    return f"{before}{adjective} {name}"


def compass_places(text: str, trace: Trace | None = None) -> str:
    """ "i SV Skåne" -> "i sydvästra Skåne", "i NV Värmland" -> "nordvästra",
    "Persson, Ö Vram," -> "Östra Vram", "fastigheten Ö. Vemmenhög" ->
    "Östra Vemmenhög" (class "place"): a compass point written short
    (COMPASS_ADJECTIVES) before a capitalised name, after a word of place
    (PLACE_BEFORE: a preposition, a property's word) or a comma, is the
    place's adjective (a single letter's capitalised: it names the place,
    "Västra Karup"). A single N, S, V only with its stop and never after a
    comma ("Ek, N Rörum", "Lind 3, S. Berg" keep their initials; "Ö" has no other reading); a
    two-letter point after "och" too ("i NV Värmland och NO Dalarna"); a single letter with its stop after
    "och" or a comma only when a compass place read so stands right before ("i Ö. Grevie och V. Ingelstad").

    A two-letter point in small letters before a wind's speed is the
    direction ("vind sö 5 m/s" -> "sydöst", COMPASS_POINTS_SMALL; it was
    read "söndag").

    Risk: a party's or a person's initial after a preposition before a name
    ("till S Andersson") is read as a direction; "Ö" alone after a comma
    before a surname ("Persson, Ö Vram" is a village) too."""
    if "m/s" in text or "sekundmeter" in text:
        text = sub(_SMALL_WIND, lambda m: COMPASS_POINTS_SMALL[m.group("c")][0], text, trace, "wind")
    if _HINT.search(text) is None:
        return text
    return sub(_COMPASS, _compass, text, trace, "place")
