"""Spans written short and years written with two digits after a dash, read
before the rules that would say the dash as a pause or a minus:

- a span whose two ends each carry a unit ("6 mån–4 år", "500 m–2 km");
- a span whose end is approximate ("kl. 9–ca 15", "21–cirka 01");
- a span after "mellan", said with "och" ("mellan 3–5 procent");
- a year written "-78" after a year's word or in a sales ad's list
  ("sedan -78", "Saab 9-3 Aero -06").

The tables are in ``speech/data/span_words.py``.
"""

from __future__ import annotations

import re

from ..data.designation_words import VEHICLE_MAKES
from ..data.quantities import UNITS_OF_MEASURE
from ..data.span_words import (
    APPROXIMATE_WORDS,
    LIFE_EVENT_WORDS,
    MINUS_AFTER,
    MODEL_YEAR_WORDS,
    MONTHS_BEFORE_YEAR,
    SHORT_YEAR_BEFORE,
    SHORT_YEAR_EVENTS,
    SHORT_YEAR_SPAN_FLOOR,
    SPAN_UNITS,
)
from ..numbers import cardinal, digits, year
from ..report import Trace
from .machinery import NUM, SECOND_SPAN_AFTER, alternation, next_word, prev_words, sub

_UNITS = alternation(SPAN_UNITS | {k for k in UNITS_OF_MEASURE if "/" not in k})
_UNIT_SPAN = re.compile(
    rf"(?<![\w,.:/])(?P<a>{NUM})\s?(?P<u>{_UNITS})\.?[–-]"  # "6 mån.–2 år": a short unit's stop before the dash
    rf"(?=(?:(?:{alternation(APPROXIMATE_WORDS)})\s?)?\d[\d\s,]*\s?(?:{_UNITS})(?![\w²³]))"
)
# "mellan 3–5 procent": the span after "mellan" says "och" whatever reads its numbers
_BETWEEN_SPAN = re.compile(
    rf"(?<=\b[Mm]ellan )(?!\d{{4}}-\d\d-\d\d(?!\d))(?P<a>(?:(?:kl\.|klockan|den|ca|cirka)\s?)?(?:\d{{1,2}}[.:]\d\d(?!\d)|{NUM})(?:\s?(?:{_UNITS})\b\.?)?)\s?[–-]\s?(?=\d)"
)
_APPROXIMATE_SPAN = re.compile(
    rf"(?<=\d)[–-](?=(?:{alternation(APPROXIMATE_WORDS)})\s?\d)"
)
# cheap tests before the patterns: a unit's or a number's end glued to a dash
# and what may begin a span's other end; a dash and two digits after a space
_UNIT_SPAN_HINT = re.compile(rf"[–-](?:(?<=[^\W\d_].)\d|(?<=[^\W\d_]\..)\d|(?<=\w.)(?:{alternation(APPROXIMATE_WORDS)}))")
# Years before Christ fall: "ca 1700–500 f.Kr." (the dash was left unsaid between two numbers).
_BC_SPAN = re.compile(
    r"(?<![\w,.:/–-])(?P<a>\d{2,4})\s?[–-]\s?(?P<b>\d{1,4})(?=\s?(?:f\.\s?Kr\b|f\s?Kr\b|före Kristus|f\.v\.t\.|fvt\b))")
_SHORT_YEAR_HINT = re.compile(r"[\s,(][-–]\d\d")
_SHORT_YEAR = re.compile(r"(?<=[\s,(])[-–](?P<y>\d\d)(?![\w]|[.,:]\d|\s?[–-]\s?\d)")


_SPAN_END = re.compile(r"\d+(?:[.:,]\d+)*")


def _between_span(m: re.Match[str]) -> str:
    """ "mellan 3–5": "3 och "; the first of two spans after "mellan" keeps its dash for "till"."""
    end = _SPAN_END.match(m.string, m.end())
    if end and SECOND_SPAN_AFTER.match(m.string, end.end()):
        return m.group(0)
    return f"{m.group('a')} och "


def _unit_span(m: re.Match[str]) -> str:
    return f"{m.group('a')} {m.group('u')} till "


# "560", "N174", "XL"; a comma after it, and a name of capitals with a hyphen before one ("600 E-TEC, -21,", s64)
_MODEL_BEFORE = re.compile(r"(?<![\wåäö])(?:[\wåäö.-]*\d[\wåäö.-]*|[A-ZÅÄÖ]{2,}|[A-ZÅÄÖ]+-[A-ZÅÄÖ]+(?=,)),? $")
_LINE_WORD = re.compile(r"[a-zåäö]+")
# A model's capitalised name before the year ("Ducato 2,3 Multijet -19"; not a place after a preposition,
# "i Kiruna -30"), or a comma after the thing sold ("Viking 540 snöskoter, -15, 220 mil").
_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[^\wåäö]))(?P<p>[a-zåäö]+ )?(?:[A-ZÅÄÖ][a-zåäö]+[A-Za-zåäö-]* |(?P<c>[a-zåäö]{3,}), )$")
# A make of vehicle earlier in the sentence ("Audi A6 Avant 2.0 TDI quattro -17, 14 900 mil").
_MAKE = re.compile(rf"(?<![\wåäö-])(?:{alternation(VEHICLE_MAKES)})(?![\wåäö-])")
_VALUE_BEFORE = frozenset({"var", "är", "blev", "till", "på", "ned", "ner", "mot", "med", "från", "visade", "av"})
_PLACE_PREPOSITIONS = frozenset({"i ", "på ", "vid ", "mot ", "från ", "till ", "över ", "nära "})


def _model_year(m: re.Match[str]) -> bool:
    """ "Husvagn Kabe 560 XL -12, 85 000 kr": after a model's name (the word before holds a digit, is
    capitals or capitalised and not after a place's preposition: "Multijet -19", not "i Kiruna -30"; or
    a comma after the thing sold, one of MODEL_YEAR_WORDS: "snöskoter, -15,"), closing its part of the
    line, in a sentence about a vehicle (MODEL_YEAR_WORDS), or before a comma in a sentence naming a make
    (VEHICLE_MAKES: "Audi A6 Avant quattro -17, 14 900 mil"). Risk: a temperature after a vehicle's word
    and a comma ("en bil, -15, ...") or after a capitalised word not after a preposition is read as a year."""
    if m.string[m.end():m.end() + 1] not in (",", ".", ")", "") and not m.string.startswith(" (", m.end()):
        return False  # (a bracket after it too: "Aixam Crossline -21 (klass I, 45 km/h)", session 61)
    start = max(m.string.rfind(". ", 0, m.start()), 0)  # the sentence's own words
    if (m.string.startswith(",", m.end()) and _MAKE.search(m.string, max(start, m.start() - 60), m.start())
            and prev_words(m)[-1:] and prev_words(m)[-1].lower() not in _VALUE_BEFORE):
        return True  # a make before, the year closing its part: "Audi A6 ... quattro -17, 14 900 mil"
    end = m.start() - (m.string[m.start() - 1:m.start()] == "(")  # "Yamaha F150 (-14)": the year in brackets (s62)
    if not _MODEL_BEFORE.search(m.string, max(0, end - 20), end):
        name = _NAME_BEFORE.search(m.string, max(0, end - 40), end)
        if not name or name.group("p") in _PLACE_PREPOSITIONS or name.group("c") not in (None, *MODEL_YEAR_WORDS):
            return False  # the comma only after the thing sold ("snöskoter, -15"; not "natten, -25")
    return any(w in MODEL_YEAR_WORDS for w in _LINE_WORD.findall(m.string[start:m.start()].lower()))


_SPAN_AFTER = re.compile(r"\s+till\s+[-–](\d\d)(?![\w]|[.,:]\d)\s*([a-zåäö°%]*)")
_SPAN_BEFORE = re.compile(r"[-–](\d\d) till $")


def _year_span(m: re.Match[str]) -> bool:
    """ "gärna -95 till -98": two dashed numbers joined by "till", both from SHORT_YEAR_SPAN_FLOOR
    up and no degree or percent after, are years."""
    if int(m.group("y")) < SHORT_YEAR_SPAN_FLOOR:
        return False
    after = _SPAN_AFTER.match(m.string, m.end())
    if after:
        return int(after.group(1)) >= SHORT_YEAR_SPAN_FLOOR and after.group(2) not in MINUS_AFTER
    first = _SPAN_BEFORE.search(m.string, max(0, m.start() - 9), m.start())
    return first is not None and int(first.group(1)) >= SHORT_YEAR_SPAN_FLOOR and next_word(m).lower() not in MINUS_AFTER


def _short_year(m: re.Match[str]) -> str | None:
    year = m.group("y")
    to_place = next_word(m).lower() == "till" and next_word(m, 1)[:1].isupper()  # "flyttade -05 till Luleå"
    if _year_span(m):
        return cardinal(int(year))
    if (next_word(m).lower() in MINUS_AFTER and not to_place
            or m.string[m.end() : m.end() + 2].strip().startswith(("°", "%"))):
        return None  # "från -10 till -20", "-12 °C": a minus
    before = [w.strip(".,:") for w in prev_words(m, 8, sentence=True)]
    if before[-1:] and before[-1] in MONTHS_BEFORE_YEAR and LIFE_EVENT_WORDS.intersection(before):
        return cardinal(int(year)) if year[0] != "0" else digits(year)  # "föddes 4 juli -56"
    before = before[-2:]
    # after another "-78" or a year in full joined by "och" ("SM-guld 1983 och -86": session 53, normalize240),
    # "eller" or its short form ("Saab 900 -87 el. -88", session 64)
    listed = bool(re.search(r"(?:[-–]\d\d|(?<!\d)(?:19|20)\d\d) (?:och|eller|el\.|,) $", m.string[max(0, m.start() - 12) : m.start()]))
    if not (year.startswith("0") or (before and (before[-1] in SHORT_YEAR_BEFORE or before[-1] in SHORT_YEAR_EVENTS))
            or listed or _model_year(m)):
        return None  # "sjönk till -12": a minus
    return digits(year) if year.startswith("0") else cardinal(int(year))


def spans(text: str, trace: Trace | None = None) -> str:
    """A dash between two numbers that each carry a unit is "till": "6
    mån–4 år" -> "6 mån till 4 år" (said by the units rule: "sex månader
    till fyra år"), "500 m–2 km", a short unit's stop before the dash too ("6 mån.–2 år", session 59: the stop was
    left, "sex månader.–två år"); so is a dash before an approximate end:
    "kl. 9–ca 15" -> "kl. 9 till ca 15" ("klockan nio till cirka femton"),
    "21–cirka 01" (class "range"). A year written with two digits after a
    dash is said as the year: "sedan -78" -> "sedan sjuttioåtta", "Aero
    -06" -> "noll sex" (class "year"): with a zero first always (no minus is
    written so), otherwise after a year's word (SHORT_YEAR_BEFORE) or after
    another such year of the same list ("-98 och -99"), or after a date's month in a sentence
    of a life's events ("föddes 4 juli -56"; LIFE_EVENT_WORDS), or after a championship ("VM -94";
    SHORT_YEAR_EVENTS); two joined by "till" from 50 up are a span of years ("gärna -95 till -98";
    SHORT_YEAR_SPAN_FLOOR: it was "minus nittiofem till nittioåtta").

    A span after "mellan" has "och" for its dash whatever reads its numbers
    next: "mellan 3–5 procent" -> "mellan 3 och 5 procent", "mellan
    200–300 kronor", "mellan kl. 8–10" (the percent, money and clock rules
    said "mellan tre till fem"; class "range"); two spans after it, joined by "och" or a comma, are two windows,
    each with "till" ("mellan kl. 7–9 och 15–18": "mellan klockan sju till nio och femton till arton", session 51;
    it was "sju och nio och femton till arton"). An ISO date after "mellan" is no span's start ("mellan 2021-05-01
    och 2023-11-30": the dates rule reads both; it was "tvåtusentjugoett och fem till ett").

    Years before Christ joined by a dash are a span, falling as they do:
    "ca 1700–500 f.Kr." -> "sjuttonhundra till femhundra" (class "year").

    A dash with a space on either side is a pause, not a span ("vägde 64
    ton – 4 ton för mycket").

    Risk: a temperature or a goal difference written with two digits and a
    zero first ("-05") is read as a year; "till", "grader" or a degree sign
    after the number keeps the minus ("från -10 till -20 grader").
    """
    if "–" not in text and "-" not in text:
        return text
    if "ellan " in text:
        text = sub(_BETWEEN_SPAN, _between_span, text, trace, "range")
    if _UNIT_SPAN_HINT.search(text):
        text = sub(_UNIT_SPAN, _unit_span, text, trace, "range")
        text = sub(_APPROXIMATE_SPAN, lambda m: " till ", text, trace, "range")
    if "Kr" in text or "fvt" in text or "f.v.t" in text:  # "1700–500 f.Kr.": years before Christ, a falling span
        text = sub(_BC_SPAN, lambda m: f"{year(int(m.group('a')))} till {year(int(m.group('b')))}", text, trace, "year")
    if _SHORT_YEAR_HINT.search(text):
        text = sub(_SHORT_YEAR, _short_year, text, trace, "year")
    return text
