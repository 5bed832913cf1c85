"""Clipped words read from where they stand (tables in
``speech/data/clipped_place_words.py``): ``clipped_places`` (after the
number rules, before the abbreviations: an ad's participle before a price,
a month after a preposition, the labels "reg." and "bj", "leg." before a
verb, "eftr.", day parts per week) and ``clipped_unit_stops`` (before the
units: a clipped unit's stop after a slash inside a sentence).
"""

from __future__ import annotations

import re

from ..data.clipped_place_words import (
    AREAS_AFTER_MEASURE,
    CLIPPED_MONTHS,
    CLIPPED_SLASH_UNITS,
    DAY_PART_PLURALS,
    LABEL_BEFORE_PLATE,
    LABEL_BEFORE_YEAR,
    LICENCE_VERBS,
    MONTH_AFTER,
    PARTICIPLES_BEFORE_PRICE,
    PERIOD_PHRASES,
)
from ..report import Trace
from .genders import noun_gender
from .machinery import SAID_NUMBER, alternation, prev_words, sentence_head, sub

_NUM = SAID_NUMBER
# A price said by now: "femtusentvåhundra kronor", "tre miljoner niohundrafemtiotusen kronor".
_PRICE = rf"(?:{_NUM}|miljon|miljoner|miljard|miljarder|och)(?: (?:{_NUM}|miljon|miljoner|miljard|miljarder|och)){{0,4}} kronor\b"
_PARTICIPLE_PRICE = re.compile(
    rf"(?<![\w.])(?P<a>{alternation(PARTICIPLES_BEFORE_PRICE)})(?= {_PRICE})", re.IGNORECASE)
# (the space before it first: a literal the scan finds fast)
_MONTH = re.compile(rf" (?P<m>{alternation(CLIPPED_MONTHS)})(?=\s*(?:[,;)]|\s(?:och|till|eller|–)\s|$)|\.?\s*$)")
_PLATE_LABEL = re.compile(rf"(?<![\w.])(?P<a>{alternation(LABEL_BEFORE_PLATE)})(?= [A-ZÅÄÖ]{{2,3}}(?: |$))")
_YEAR_LABEL = re.compile(rf"(?<![\w.])(?P<a>{alternation(LABEL_BEFORE_YEAR)})(?= (?:\d{{4}}\b|[a-zåäö]*(?:hundra|tusen)))")
# "SKK-reg.": a registry's letters and "reg." (registered), the participle agreeing with the ad's head, the first word
# of its sentence ("Labradorvalpar, SKK-reg.": "registrerade"; session 55, normalize281: "reg" was left).
# (so an ad's item between commas, "Outlander 570 XT, -21, reg., 1 200 mil": session 56, normalize305)
_REGISTERED = re.compile(r"(?<=[A-ZÅÄÖ]-)reg\.(?=[\s,;)]|$)|(?<=, )reg\.(?=[,;)]|$)")


def _registered(m: re.Match[str]) -> str:
    w = sentence_head(m, 120)
    if len(w) > 4 and w.endswith(("ar", "or", "er")):
        return "registrerade"  # "Valpar", "Kattungar"
    return "registrerat" if w and noun_gender(w) == "ett" else "registrerad"


_AREA_AFTER_MEASURE = re.compile(rf"(?<=kvadratmeter )(?P<a>{alternation(AREAS_AFTER_MEASURE)})(?![\w-])")
_LICENCE = re.compile(r"(?<![\w.])(?P<a>[Ll]eg\.)(?= (?P<v>[a-zåäö]+)\b)")
_AFTER_LABEL = re.compile(r"(?<![\w.])(?P<a>[Ee]ftr\.)(?= [a-zåäö])")
_DAY_PARTS = re.compile(
    rf"(?<![\w-])(?P<n>{_NUM}) (?P<p>{alternation(DAY_PART_PLURALS)})/(?P<q>{alternation(PERIOD_PHRASES)})(?![\w])")


def _month(m: re.Match[str]) -> str | None:
    before = prev_words(m)
    if not before or before[-1] not in MONTH_AFTER:
        return None  # "jan" after no preposition of time: a name or a word, left
    return " " + CLIPPED_MONTHS[m.group("m")]


def _day_parts(m: re.Match[str]) -> str:
    one, many = DAY_PART_PLURALS[m.group("p")]
    noun = one if m.group("n") in ("en", "ett") else many
    stop = "." if m.group("q").endswith(".") and not m.string[m.end():].strip() else ""
    return f"{m.group('n')} {noun} {PERIOD_PHRASES[m.group('q')]}{stop}"


def clipped_places(text: str, trace: Trace | None = None) -> str:
    """Clipped words read by their place (the numbers said by now):

    - an ad's participle written short before the item's price
      (PARTICIPLES_BEFORE_PRICE: "32 kvm, möbl. 5 200 kr/mån" -> "möblerad.
      femtusentvåhundra kronor i månaden"): the stop ends the item, a pause;
    - a month written short without its stop after a preposition of time
      (CLIPPED_MONTHS, MONTH_AFTER: "i snitt under jan, mot" -> "under januari");
    - "reg." before a plate's letters ("dansk reg. AB 12 345" ->
      "registrering"), "bj" before a year ("bj 1890" -> "byggår");
    - "leg." before a verb of requiring or showing (LICENCE_VERBS: "leg. krävs
      vid entrén" -> "legitimation krävs"), the card, not "legitimerad";
    - "eftr." before the sentence goes on ("Ring eftr. kl. 17" -> "efter
      klockan sjutton"): no stop;
    - a count of day parts per a period after a slash (DAY_PART_PLURALS,
      PERIOD_PHRASES: "2 e.m./v." -> "två eftermiddagar i veckan");
    - a housing ad's area written short after its measure (AREAS_AFTER_MEASURE: "142 m² boa" -> "hundrafyrtiotvå
      kvadratmeter boarea").

    Risk: a participle before a price that is its own ("renov. 2 000 kr
    billigare") gets a stop; "jan" in small letters after "i" that is no
    month is read "januari"; "reg." before two capitals that are no plate
    ("reg. SE") is "registrering".
    """
    if "." in text:
        if "kronor" in text:
            text = sub(_PARTICIPLE_PRICE, lambda m: PARTICIPLES_BEFORE_PRICE[m.group("a").lower()] + ".", text, trace,
                       "abbreviation")
        if "-reg." in text or ", reg." in text:
            text = sub(_REGISTERED, _registered, text, trace, "abbreviation")
        if "eg." in text:
            text = sub(_PLATE_LABEL, lambda m: LABEL_BEFORE_PLATE[m.group("a")], text, trace, "abbreviation")
            text = sub(_LICENCE, lambda m: ("L" if m.group("a")[0] == "L" else "l") + "egitimation"
                       if m.group("v") in LICENCE_VERBS else None, text, trace, "abbreviation")
        if "ftr." in text:
            text = sub(_AFTER_LABEL, lambda m: m.group("a")[0] + "fter", text, trace, "abbreviation")
        if "/" in text:
            text = sub(_DAY_PARTS, _day_parts, text, trace, "abbreviation")
    if "bj" in text or "Bj" in text or "eg. " in text:
        text = sub(_YEAR_LABEL, lambda m: LABEL_BEFORE_YEAR[m.group("a")], text, trace, "abbreviation")
    if "kvadratmeter b" in text or "kvadratmeter B" in text or "kvadratmeter BYA" in text:
        text = sub(_AREA_AFTER_MEASURE, lambda m: AREAS_AFTER_MEASURE[m.group("a")], text, trace, "abbreviation")
    if ("jan" in text or "feb" in text or "apr" in text or "aug" in text or "sep" in text or "okt" in text
            or "nov" in text or "dec" in text):
        text = sub(_MONTH, _month, text, trace, "date")
    return text


_SLASH_UNIT_STOP = re.compile(rf"(?<=/)(?P<u>{alternation(u[:-1] for u in CLIPPED_SLASH_UNITS)})\.(?= [a-zåäö])")


def clipped_unit_stops(text: str, trace: Trace | None = None) -> str:
    """A clipped unit's stop after a slash, before the sentence goes on in
    small letters (CLIPPED_SLASH_UNITS: "drar ca 80 l/tim. i marschfart" ->
    "åttio liter i timmen i marschfart"): the unit's stop, no sentence end.

    Risk: a sentence that goes on after a stop in small letters is rare; a
    new one that opens so ("80 l/tim. sedan ...") runs on.
    """
    if "/" not in text or "." not in text:
        return text
    return sub(_SLASH_UNIT_STOP, lambda m: m.group("u"), text, trace, "unit")
