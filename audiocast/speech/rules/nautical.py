"""The sea's short forms: a distance in nautical miles written "M" ("12 M
väster om Gotska Sandön", "3 NM väster om Marstrand"), a position in degrees, minutes and a hemisphere
("57° 42′ N, 11° 58′ O"), a lone compass letter before "om" in a line about
the sea or the ice ("S om Landsort", "N om 64° N": "söder om", "norr om") and
before a sea report's wind ("V 10–14", "Skagerrak: W 25 m/s"), and a position
with its hemisphere first ("N 58° 21′, E 11° 14′"). The words are in
``speech/data/sea_words.py``.
"""

from __future__ import annotations

import re

from ..data.quantities import COMPASS_POINTS, PLACES_AFTER_COMPASS
from ..data.sea_words import (
    DIRECTION_ADVERBS,
    DIRECTION_LETTERS,
    DIRECTION_WORDS,
    HEMISPHERES,
    SAILING_STEMS,
    SEA_AREAS,
    SEA_REPORT_WORDS,
    WIND_LETTERS,
)
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, has_digit, sub, trie_alternation

_MILES = re.compile(
    rf"(?<=\d)\sN?M(?=\s(?:(?:{alternation(DIRECTION_LETTERS)})\s+om\s|(?:{alternation(DIRECTION_WORDS)})\s+om\s"
    r"|(?:från|utanför|ut från|öster|väster|norr|söder)\s))"
)

# "seglade 350 M på ett dygn", "distansen är 1 200 M.": after a word of sailing earlier in the sentence, a capital
# "M" after a number and before a space or a stop is nautical miles whatever follows.
_SAILED_MILES = re.compile(r"(?<=\d)\sM(?=[\s.,;:!?)]|$)")
# ("Sandhamnsregattan", session 59; "Onsdagsseglingen", session 60)
_SAILING = re.compile(rf"(?:(?<![\w-])(?:{alternation(SAILING_STEMS)})|regatta|segling)[a-zåäö]*")


def _sailed(m: re.Match[str]) -> str | None:
    head = m.string[:m.start()]
    start = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))  # the sentence's own words only
    return " nautiska mil" if _SAILING.search(head, start + 1) else None


def nautical_miles(text: str, trace: Trace | None = None) -> str:
    """A capital "M" after a number before a direction from a place is
    nautical miles: "12 M väster om Gotska Sandön" -> "12 nautiska mil
    väster om ...", "6 M N om Gotska Sandön", "3 M från kusten" (it was left
    as the letter; class "unit"). The number is read by the later rules.

    Risk: only before a direction written out or short and "om"
    (DIRECTION_WORDS, DIRECTION_LETTERS) or "från"/"utanför": a medium size
    or a million written "M" before such words ("12 M från staten") is read
    as nautical miles. The international "NM" is read so in the same
    places ("3 NM väster om Marstrand"; session 19): "NM" for a Nordic
    championship before such words ("2 NM från ...") would be misread. So is any "M" after a number with a word of
    sailing before it in the sentence (SAILING_STEMS: "seglade 350 M på ett dygn"; risk: a size or a million written
    "M" in a sailing story).
    """
    if " M" not in text and " NM " not in text:
        return text
    if " M " in text or " NM " in text:
        text = sub(_MILES, lambda m: " nautiska mil", text, trace, "unit")
    if " M" in text and _SAILING.search(text):
        text = sub(_SAILED_MILES, _sailed, text, trace, "unit")
    return text


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


# "N 58° 21′, E 11° 14′": the hemisphere's letter before the degrees, with the minutes (a lone letter before bare
# degrees, "S 20°", is left: a course or a slope's side).
_LEADING_POSITION = re.compile(
    rf"(?<![\w.,-])(?P<h>{_HEMI})\s?(?P<d>\d{{1,3}})\s?°\s?(?P<m>\d{{1,2}}(?:,\d+)?)\s?[′'’]"
    r"(?:\s?(?P<s>\d{1,2})\s?[″\"”])?(?![\w°])"
)


def _leading_position(m: re.Match[str]) -> str:
    said = _position(m)
    hemisphere = HEMISPHERES[m.group("h")]
    return f"{hemisphere} {said.removesuffix(' ' + hemisphere)}"


def sea_positions(text: str, trace: Trace | None = None) -> str:
    """A position's latitude or longitude: "57° 42′ N" -> "femtiosju grader
    fyrtiotvå minuter nord", "11° 58′ O" -> "... ost", "64° N" -> "sextiofyra
    grader nord" (the minute mark was left and the letter spelled; class
    "position").

    The hemisphere's letter written before the degrees, with the minutes (a
    position as the coast guard and the rescue service give it): "N 58° 21′,
    E 11° 14′" -> "nord femtioåtta grader tjugoett minuter, ost elva grader
    fjorton minuter".

    Risk: degrees followed by a lone capital N, S, O, Ö, E, V or W that is
    no hemisphere ("20° S om staden"?) are read as one; "C" and "F" (the
    scales) are never taken; a capital of those letters alone before degrees
    and minutes is always the hemisphere.
    """
    if "°" not in text:
        return text
    if "′" in text or "'" in text or "’" in text:
        text = sub(_LEADING_POSITION, _leading_position, text, trace, "position")
    return sub(_POSITION, _position, text, trace, "position")


_LONE = alternation([c for c in DIRECTION_LETTERS if len(c) == 1])
_BEFORE_OM = re.compile(rf"(?<![\w/(.-])(?P<c>{_LONE})(?=\s+om\s+(?:[A-ZÅÄÖ][a-zåäö]|\d{{1,3}}\s?°))")
# "3 km S om Bruksvik", "800 m Ö om kyrkan": a single letter after a distance before "om" and a place, in any line.
_AFTER_DISTANCE = re.compile(
    rf"(?<=km |il | m )(?P<c>[NS][OVÖ]|[NSOVÖ])(?=\s+om\s+(?:[A-ZÅÄÖ]|(?:{alternation(PLACES_AFTER_COMPASS)})\b"
    r"|[a-zåäö]{3,}(?:en|et|an)\b))"  # "200 m SO om parkeringen" (session 59: two letters, any definite noun)
)
_REPORT_WIND = re.compile(
    rf"(?:(?<=[a-zåäö] )|(?<=[a-zåäö]: ))(?P<c>{alternation(DIRECTION_LETTERS)})(?=\s\d{{1,2}}(?:\s?[–-]\s?\d{{1,2}})?(?:[,.;]|$))"
)


_AREA_HINT = re.compile(trie_alternation(list(SEA_AREAS)))  # (an area's name: a fast scan of its first letters)
# "Skagerrak: W 25 m/s", "Bottenhavet: N 5–8, sikt god": a wind's letter after a sea area, before its speed.
_AREA_WIND = re.compile(
    rf"(?P<a>\b(?:{alternation(SEA_AREAS)}):?\s)(?P<c>{alternation(WIND_LETTERS)})"
    r"(?=\s\d{1,2}(?:\s?[–-]\s?\d{1,2})?(?:\s?m/s\b|\s?(?:[,.;)]|$)|\s(?:och|med|sikt|vind|byar)\b))"
)

_WIND_CONTEXT = re.compile(r"m/s|[Vv]ind|[Kk]uling|[Ss]torm|[Ss]ikt|[Ss]jörapport|[Bb]yar|[Ss]jöväder|[–-]\s?\d")
# "Vind SW 12 m/s": the international forecasts' English letters before a speed (the Swedish ones are read by
# ``quantities.wind_directions``).
_ENGLISH_WIND_HINT = re.compile(r"\b[NS]?[WE]\b")
_ENGLISH_WIND = re.compile(r"(?<![\w/(.-])(?P<c>[NS]?W|[NS]E|E)(?=\s?\d{1,2}(?:\s?[–-]\s?\d{1,2})?\s?m/s\b)")


def _area_wind(m: re.Match[str]) -> str | None:
    """The letter after a sea area is the wind's only in a line of wind (a speed, a range, a word of the sea
    report): "Vättern: S 12, M 9" in a list of votes is left."""
    if not _WIND_CONTEXT.search(m.string, m.end()):
        return None
    return m.group("a") + WIND_LETTERS[m.group("c")]


def sea_compass(text: str, trace: Trace | None = None) -> str:
    """A lone compass letter in a line about the sea or the ice
    (SEA_REPORT_WORDS): before "om" and a place or a latitude, "S om
    Landsort" -> "söder om Landsort", "Bottenviken N om 64° N" -> "norr om"
    (the adverb of a direction from a place, DIRECTION_ADVERBS), and in any
    line after a distance, "3 km S om Bruksvik" -> "söder om" (two letters
    are ``quantities.wind_directions``'s: "4 km NV om Torup" -> "nordväst"); a sea report's wind "Landsort V 10–14," or after
    its area's colon "Bottenhavet: N 5–8" -> "väst tio till fjorton", and
    in any line a wind's letter after a sea area (SEA_AREAS) before its
    speed, "Skagerrak: W 25 m/s" -> "väst" (the letters were spelled "ess",
    "ve", "dubbelve"; class "wind"); the English letters of the
    international forecasts before a speed in m/s, "Vind SW 12 m/s" ->
    "sydväst".

    Risk: a party's letter before "om" and a name in a line that names the
    sea ("S om Kustbevakningen") is read as a direction; a wind's letter is
    taken only after a word in small letters (or its colon) and before a bare
    number or range that ends the item; after a sea area's name a party's
    letter before a count ("Vättern: S 12, M 9"?) would be read as a wind.
    """
    if has_digit(text) and _AREA_HINT.search(text):
        text = sub(_AREA_WIND, _area_wind, text, trace, "wind")
    if "m/s" in text and _ENGLISH_WIND_HINT.search(text):
        text = sub(_ENGLISH_WIND, lambda m: WIND_LETTERS[m.group("c")], text, trace, "wind")
    if " om " not in text and "sjörapport" not in text.lower():
        return text
    if " om " in text and ("km " in text or "il " in text or " m " in text):
        text = sub(_AFTER_DISTANCE, lambda m: DIRECTION_ADVERBS.get(m.group("c")) or COMPASS_POINTS[m.group("c")][0], text,
                   trace, "wind")
    low = text.lower()
    if not any(w in low for w in SEA_REPORT_WORDS):
        return text
    text = sub(_BEFORE_OM, lambda m: DIRECTION_ADVERBS[m.group("c")], text, trace, "wind")
    if "sjörapport" in low:
        text = sub(_REPORT_WIND, lambda m: COMPASS_POINTS[m.group("c")][0], text, trace, "wind")
    return text
