"""The sea's short forms: a distance in nautical miles written "M" ("12 M
väster om Gotska Sandön"), a position in degrees, minutes and a hemisphere
("57° 42′ N, 11° 58′ O"), a lone compass letter before "om" in a line about
the sea or the ice ("S om Landsort", "N om 64° N") and before a sea report's
wind ("V 10–14"). The words are in ``speech/data/sea_words.py``.
"""

from __future__ import annotations

import re

from ..data.quantities import COMPASS_POINTS
from ..data.sea_words import DIRECTION_LETTERS, DIRECTION_WORDS, HEMISPHERES, SEA_REPORT_WORDS
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, sub

_MILES = re.compile(
    rf"(?<=\d)\sM(?=\s(?:(?:{alternation(DIRECTION_LETTERS)})\s+om\s|(?:{alternation(DIRECTION_WORDS)})\s+om\s"
    r"|(?:från|utanför|ut från|öster|väster|norr|söder)\s))"
)


def nautical_miles(text: str, trace: Trace | None = None) -> str:
    """A capital "M" after a number before a direction from a place is
    nautical miles: "12 M väster om Gotska Sandön" -> "12 nautiska mil
    väster om ...", "6 M N om Gotska Sandön", "3 M från kusten" (it was left
    as the letter; class "unit"). The number is read by the later rules.

    Risk: only before a direction written out or short and "om"
    (DIRECTION_WORDS, DIRECTION_LETTERS) or "från"/"utanför": a medium size
    or a million written "M" before such words ("12 M från staten") is read
    as nautical miles.
    """
    if " M " not in text:
        return text
    return sub(_MILES, lambda m: " nautiska mil", text, trace, "unit")


_HEMI = alternation(HEMISPHERES)
_POSITION = re.compile(
    r"(?<![\w,.])(?P<d>\d{1,3})\s?°(?:\s?(?P<m>\d{1,2}(?:,\d+)?)\s?[′'’](?:\s?(?P<s>\d{1,2})\s?[″\"”])?)?"
    rf"\s?(?P<h>{_HEMI})(?![\w°])"
)


def _position(m: re.Match[str]) -> str:
    said = f"{cardinal(int(m.group('d')))} grader"
    if m.group("m"):
        whole, _, part = m.group("m").partition(",")
        minutes = cardinal(int(whole)) + (f" komma {' '.join(cardinal(int(c)) for c in part)}" if part else "")
        said += f" {minutes} minuter"
    if m.group("s"):
        said += f" {cardinal(int(m.group('s')))} sekunder"
    return f"{said} {HEMISPHERES[m.group('h')]}"


def sea_positions(text: str, trace: Trace | None = None) -> str:
    """A position's latitude or longitude: "57° 42′ N" -> "femtiosju grader
    fyrtiotvå minuter nord", "11° 58′ O" -> "... ost", "64° N" -> "sextiofyra
    grader nord" (the minute mark was left and the letter spelled; class
    "position").

    Risk: degrees followed by a lone capital N, S, O, Ö, E, V or W that is
    no hemisphere ("20° S om staden"?) are read as one; "C" and "F" (the
    scales) are never taken.
    """
    if "°" not in text:
        return text
    return sub(_POSITION, _position, text, trace, "position")


_LONE = alternation([c for c in DIRECTION_LETTERS if len(c) == 1])
_BEFORE_OM = re.compile(rf"(?<![\w/(.-])(?P<c>{_LONE})(?=\s+om\s+(?:[A-ZÅÄÖ][a-zåäö]|\d{{1,3}}\s?°))")
_REPORT_WIND = re.compile(
    rf"(?<=[a-zåäö] )(?P<c>{alternation(DIRECTION_LETTERS)})(?=\s\d{{1,2}}(?:\s?[–-]\s?\d{{1,2}})?(?:[,.;]|$))"
)


def sea_compass(text: str, trace: Trace | None = None) -> str:
    """A lone compass letter in a line about the sea or the ice
    (SEA_REPORT_WORDS): before "om" and a place or a latitude, "S om
    Landsort" -> "syd om Landsort", "Bottenviken N om 64° N" -> "nord om"
    (the maritime reading, as "3 km N om Kiruna" is read); a sea report's
    wind "Landsort V 10–14," -> "väst tio till fjorton" (the letters were
    spelled "ess", "ve"; class "wind").

    Risk: a party's letter before "om" and a name in a line that names the
    sea ("S om Kustbevakningen") is read as a direction; a wind's letter is
    taken only after a word in small letters and before a bare number or
    range that ends the item.
    """
    if " om " not in text and "sjörapport" not in text.lower():
        return text
    low = text.lower()
    if not any(w in low for w in SEA_REPORT_WORDS):
        return text
    text = sub(_BEFORE_OM, lambda m: COMPASS_POINTS[m.group("c")][0], text, trace, "wind")
    if "sjörapport" in low:
        text = sub(_REPORT_WIND, lambda m: COMPASS_POINTS[m.group("c")][0], text, trace, "wind")
    return text
