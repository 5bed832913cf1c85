"""Measures written short where the unit rules see no number before them or
lack the unit: "Ett halvt kg" (a word of quantity before the unit), "65 cc"
(an engine's cubic centimetres), "1 sp × 50 mm" (an ad's columns); a road's position "km 12/400" (read
early, before the slash and the plus are). The
tables are in ``speech/data/quantity_short_forms.py``.
"""

from __future__ import annotations

import re

from ..data.quantities import GENITIVE_HEADS, LENGTH_HEAD_UNITS, LENGTH_HEADS, TIME_UNITS
from ..data.quantity_short_forms import (
    COLUMN_WORDS,
    CUBIC_CENTIMETRES,
    DOSE_STEMS,
    DOSE_UNIT_WORDS,
    ONE_COUNT_UNITS,
    ONE_ENERGY_UNITS,
    ONE_WORDS,
    PLURAL_COUNT_WORDS,
    QUANTITY_UNITS,
    QUANTITY_WORDS,
)
from ..numbers import cardinal
from ..report import Trace
from .machinery import NUM, ROAD, alternation, next_word, say_number, sub, trie_alternation

_AFTER_WORD = re.compile(
    rf"(?i:\b(?P<w>{alternation(list(QUANTITY_WORDS))}))\s(?P<u>{alternation(list(QUANTITY_UNITS))})(?P<dot>\.)?(?![\w²³]|\.\w)"
)
_UNIT_AFTER_SPACE = re.compile(rf"\s(?:{trie_alternation(list(QUANTITY_UNITS))})")  # _AFTER_WORD's gate (a space, then a unit;
# a trie: the units sharing their first letters tried once at each space)
# "km 12/400", "km 12+400": a road's position, kilometres and metres ("tolv plus fyrahundra").
_ROAD_POSITION = re.compile(r"(?P<km>[Kk](?<![\w.].)(?:m|ilometer))\s?(?P<a>\d{1,4})\s?[/+]\s?(?P<b>\d{3})(?![\d/]|[.,]\d)")
_CC = re.compile(rf"(?<![\w,.:/])(?:(?P<lo>\d{{1,4}})\s?[–-]\s?)?(?P<n>{NUM})\s?cc\b(?![.:]\w)")  # "50–65 cc": a range too
_COLUMNS = re.compile(rf"(?<![\w,.:/])(?P<n>{NUM})\s?sp\.?(?=\s?(?:[×x]|gånger)\s?\d)")
# "1 t 20 min": a duration's hours before its minutes, "t" not "ton" (a weight never has minutes after it).
_HOURS = re.compile(r"(?<![\w,.:/])(?P<n>\d{1,3})\s?t\.?(?=\s\d{1,2}\s?min\b)")

# "2 E per dag", "10 E insulin": a dose's units (read only in a line about a dose, DOSE_STEMS).
_DOSE_UNITS = re.compile(rf"(?<![\w,.:/])(?P<n>{NUM})\s?E(?![\w.:/-]|\.\w)")
_DOSE_LINE = re.compile("|".join(DOSE_STEMS), re.IGNORECASE)


def _after_word(m: re.Match[str]) -> str | None:
    w = m.group("w").lower()
    if m.string.startswith("/", m.end()) and w != "i":
        return None  # "ett par kg/m²" is a rate the per rules read; "i mg/l" names the units a measure is given in
    if w in ONE_WORDS and m.group("u") not in ONE_ENERGY_UNITS and (w in ("varje", "per") or m.group("u") not in ONE_COUNT_UNITS):
        return None  # "en krm muskot": the kitchen's measures after a word of quantity only
    one, many = QUANTITY_UNITS[m.group("u")]
    unit = many if w in PLURAL_COUNT_WORDS else one
    nxt = next_word(m)
    if not m.group("dot") and (m.group("u") in LENGTH_HEAD_UNITS and nxt in LENGTH_HEADS
                               or m.group("u") in TIME_UNITS and nxt in GENITIVE_HEADS):
        unit += "s"  # "från flera km håll": the genitive before the noun it measures, as attributive.measure_genitive
        # pairs a length with a distance and a time with a wait (session 52)
    stop = "." if m.group("dot") and (m.end() == len(m.string) or m.string[m.end():m.end() + 2].strip()[:1].isupper()) else ""
    return f"{m.group('w')} {unit}{stop}"


def short_measures(text: str, trace: Trace | None = None) -> str:
    """ "Ett halvt kg kantareller" -> "Ett halvt kilo kantareller", "ett par km"
    -> "ett par kilometer" (a word of QUANTITY_WORDS before a unit of
    QUANTITY_UNITS: the unit rules read a unit only after a number); "65 cc"
    -> "sextiofem kubik" (an engine's cubic centimetres); "1 sp × 50 mm" ->
    "en spalt gånger femtio millimeter" (an ad's width in columns before its
    height); "1 t 20 min" -> "1 tim 20 min", read by the units as "en timme tjugo minuter" (a
    duration's hours, not tons). Class "unit".

    Risk: "cc" after a number naming something else (a copy "cc" in a
    mail header is never after a number); "sp" only before a multiplication
    sign and a number; the units after a word are those no word is spelled
    as, so "ett par m" stays as written; after "i" the unit a measure is given in ("vikten i kg", "i mg/l": "i
    milligram per liter"; a place's name is never spelled as a unit); "t" is hours only right before a number of minutes."""
    if "min" in text and "t" in text:
        text = sub(_HOURS, lambda m: f"{m.group('n')} tim", text, trace, "unit")
    if "cc" in text:
        text = sub(_CC, lambda m: (f"{say_number(m.group('lo'), 'en')} till " if m.group("lo") else "")
                   + f"{say_number(m.group('n'), 'en')} {CUBIC_CENTIMETRES}", text, trace, "unit")
    if "sp" in text:
        text = sub(_COLUMNS, lambda m: f"{say_number(m.group('n'), 'en')} "
                   + COLUMN_WORDS[0 if m.group("n") == "1" else 1], text, trace, "unit")
    if _UNIT_AFTER_SPACE.search(text) is None or _AFTER_WORD.search(text) is None:
        return text
    return sub(_AFTER_WORD, _after_word, text, trace, "unit")


def road_positions(text: str, trace: Trace | None = None) -> str:
    """ "vid km 12/400" -> "vid kilometer tolv plus fyrahundra" (class "identifier"): a position on a
    road in kilometres and metres after "km", written with a slash or a plus (the metres were read
    digit by digit, "tolv fyra noll noll"). Risk: a rate "km 12/100" (three digits after the slash
    after a leading "km") is read as a position; a rate puts its number first ("12 km/h")."""
    if "m" not in text or ("/" not in text and "+" not in text):
        return text
    return sub(_ROAD_POSITION, lambda m: f"{'K' if m.group('km')[0] == 'K' else 'k'}ilometer {cardinal(int(m.group('a')))} plus "
               f"{cardinal(int(m.group('b')))}", text, trace, "identifier")


_ROAD_DIRECTION = re.compile(
    rf"(?P<r>(?<![\w-]){ROAD})"
    r" (?P<d>[NSVÖ])(?=[,;.)”\"]|\s+[a-zåäö]|\s*$)(?!\.\w)")
_ROAD_DIRECTION_GATE = re.compile(r"\d [NSVÖ](?![\w:/&-])")  # what _ROAD_DIRECTION needs (a digit first: a fast scan)
_DIRECTIONS = {"N": "norrgående", "S": "södergående", "V": "västergående", "Ö": "östergående"}


def road_directions(text: str, trace: Trace | None = None) -> str:
    """ "E4 N avstängd" -> "E4 norrgående avstängd", "väg 40 V" -> "väg 40 västergående" (class "identifier"): a compass
    letter alone after a road's number is the carriageway a traffic report names (it was read as the letter, "e fyra
    enn"; session 50, normalize185). Runs before the roads' letters and digits are read. Only before a word in small letters, a stop or a
    comma (a name's initial stands before a capital: "väg 40 S Hallen"). Risk: a one-letter abbreviation after a road's
    number before such a word is read as a direction."""
    if not _ROAD_DIRECTION_GATE.search(text):
        return text
    return sub(_ROAD_DIRECTION, lambda m: f"{m.group('r')} {_DIRECTIONS[m.group('d')]}", text, trace, "identifier")


def dose_units(text: str, trace: Trace | None = None) -> str:
    """ "justera med 2 E per dag" -> "två enheter", "10 E insulin" -> "tio enheter insulin" (class
    "unit"): "E" after a number is a dose's units in a line about a dose (DOSE_STEMS: insulin, a
    vaccine). Runs before the letters are spelled.

    Risk: "E" after a number in a line that also speaks of a dose yet names a class or a road ("klass
    2 E" next to "dosen") is read "enheter"."""
    if "E" not in text or " E" not in text and not re.search(r"\dE\b", text):  # (a capital E first: one C-level scan)
        return text
    if _DOSE_LINE.search(text) is None:
        return text
    return sub(_DOSE_UNITS, lambda m: f"{m.group('n')} " + DOSE_UNIT_WORDS[0 if m.group("n") == "1" else 1], text, trace, "unit")
