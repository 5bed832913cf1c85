"""Names made of letters and a number, read by their shape and the words
around them before the sign, range and abbreviation rules see them: a
vehicle's model year ("en Ford A -29" -> "Ford A tjugonio", not "minus"),
military types ("Bv 206" -> "be ve tvåhundrasex", "Strv 122" -> "stridsvagn
hundratjugotvå") and a range of sport classes ("U13–U15" -> "u tretton till
u femton"). The tables are in ``speech/data/designation_words.py``.
"""

from __future__ import annotations

import re

from ..data.ad_words import MACHINE_MAKES, MODEL_LETTERS_NOT
from ..data.designation_words import (
    AD_LABELS,
    CLASS_LETTERS,
    MILITARY_TYPES,
    MODEL_YEAR_WORDS,
    NOT_YEAR_AFTER,
    VEHICLE_MAKES,
)
from ..data.nouns import NOT_NOUN
from ..data.quantities import CURRENCIES, PREFIX_CURRENCIES
from ..numbers import cardinal, digits
from ..report import Trace
from .machinery import alternation, next_word, number_noun, prev_words, spell, sub, trie_alternation, word_start

_MODEL_YEAR = re.compile(
    rf"(?P<head>(?<![\w-])(?:(?:{alternation(VEHICLE_MAKES)})(?:\s[\wÅÄÖåäö.-]+){{0,3}}?"
    rf"|{alternation(MODEL_YEAR_WORDS)}))\s[-–](?P<yy>\d\d)(?P<an>:[ao]n?)?(?![\w]|[.,:]\d)"
)
# "Husqvarna 450e", "Volvo 740GL", "Saab 900i", "Husqvarna motorsåg 560XP": a model's number glued to its letters.
_GLUED_MODEL = re.compile(
    rf"(?<![\w-])(?P<head>(?:{trie_alternation(sorted({*VEHICLE_MAKES, *MACHINE_MAKES}))})(?:\s[\wÅÄÖåäö-]+){{0,2}}?)\s"
    r"(?P<n>[1-9]\d{1,3})(?P<l>[A-Za-z]{1,3})(?![\wåäö]|[.,]\d)")
_GLUED_HINT = re.compile(r" [1-9]\d{1,3}[A-Za-z]{1,3}(?![\wåäö])")


def _glued_model(m: re.Match[str]) -> str | None:
    if m.group("l").lower() in MODEL_LETTERS_NOT:
        return None  # "60hk": a unit glued to its number
    return f"{m.group('head')} {cardinal(int(m.group('n')))} {spell(m.group('l'))}"


_NOT_BEFORE_TYPE = r"\w-"  # (the lookbehind after each type's first capital: a fast scan)
_MILITARY = re.compile(rf"(?P<t>{word_start(MILITARY_TYPES, _NOT_BEFORE_TYPE)})\s?(?P<n>\d{{1,4}})(?![\w]|[.,]\d)")
# A cheap test before the types' alternation: a capital, letters, a number.
_MILITARY_HINT = re.compile(rf"[{''.join(sorted({t[0] for t in MILITARY_TYPES}))}][a-zA-Z]{{1,6}}\s?\d")
_CLASS_RANGE_HINT = re.compile(rf"[{CLASS_LETTERS}]\d")  # what _CLASS_RANGE needs: a class's letter, its digit
_CLASS_RANGE = re.compile(
    rf"(?<![\w-])(?P<l>[{CLASS_LETTERS}])(?P<a>\d{{1,2}})\s?[–-]\s?(?P<l2>[{CLASS_LETTERS}])?(?P<b>\d{{1,2}})"
    r"(?![\w]|[.,]\d)"
)
# "T17–T19", "L3–L5": any capitals' names at both ends of a dash, the same letters before a higher number: a span
# of lines, tracks, rooms (session 58, normalize337 and normalize345: the dash was left, "te sjutton–te nitton"); not
# a quarter's Q ("Q2–Q4", read by numerals). (The lookbehind after the first letter, widened by it: a fast scan.)
_NAME_SPAN = re.compile(r"(?P<l>[A-PR-ZÅÄÖ](?<![\w-].)[A-ZÅÄÖ]?)(?P<a>\d{1,3})\s?[–-]\s?(?P<l2>(?P=l))(?P<b>\d{1,3})(?![\w]|[.,]\d)")

# A code after a word naming it ("Anmälningskod 24V-3412", "rabattkoden 10X-55"): a number, letters and a number
# joined by a dash, said part by part ("tjugofyra ve streck tretusenfyrahundratolv"); the letter was a unit ("volt").
_CODE = re.compile(r"(?<=kod )(?P<a>\d{1,4})(?P<l>[A-ZÅÄÖ]{1,3})-(?P<b>\d{1,6})(?![\w-])"
                   r"|(?<=koden )(?P<a2>\d{1,4})(?P<l2>[A-ZÅÄÖ]{1,3})-(?P<b2>\d{1,6})(?![\w-])")


def _code(m: re.Match[str]) -> str:
    a, letters, b = (m.group("a"), m.group("l"), m.group("b")) if m.group("a") else (m.group("a2"), m.group("l2"), m.group("b2"))

    def said(n: str) -> str:
        return digits(n) if n.startswith("0") else cardinal(int(n))

    return f"{said(a)} {spell(letters)} streck {said(b)}"


# In an ad's line: " -21" or " -85–-90" after a word (or its comma: "Volvo BM 650, -78,"), closing a phrase (a comma, a stop, "eller") is the model year.
# (or an ad's verb or "med" after it: "Husvagn Kabe Royal 560 XL -15 säljes", "Buster XL -14 med Yamaha F50", session 56)
_AD_YEAR = re.compile(r"(?:(?<=[\w)] )|(?<=[\w)], ))-(?P<a>\d\d)(?:\s?[–-]\s?-?(?P<b>\d\d))?"
                      r"(?=[,;)]|\.(?!\d)|\s(?:eller|el\.)\s|$|\s(?:säljes|säljs|köpes|bytes|uthyres|med|inkl\.?)(?!\w))")


def _two_digits(yy: str) -> str:
    return digits(yy) if yy.startswith("0") else cardinal(int(yy))


def _ad_year(m: re.Match[str]) -> str | None:
    if prev_words(m, 2)[:1] in (["i"], ["på"], ["vid"], ["mot"], ["från"]) or prev_words(m)[-1:] == ["till"] \
            or next_word(m).lower() in NOT_YEAR_AFTER:
        return None  # "i Arjeplog -31,": a place's temperature, not a model's year
    return _two_digits(m.group("a")) + (f" till {_two_digits(m.group('b'))}" if m.group("b") else "")


def _model_year(m: re.Match[str]) -> str | None:
    if next_word(m).lower() in NOT_YEAR_AFTER or m.string.startswith(("%", " %", "°"), m.end()):
        return None  # "Volvo sjönk -12 procent": a minus number
    yy = m.group("yy")
    said = digits(yy) if yy.startswith("0") else cardinal(int(yy))
    if m.group("an"):  # "en Mustang -67:a" -> "sextiosjua", "-67:an" -> "sextiosjuan"
        said = number_noun(int(yy), definite=m.group("an").endswith("n"))
    return f"{m.group('head')} {said}"


def _class_range(m: re.Match[str]) -> str | None:
    if m.group("l2") and m.group("l2") != m.group("l"):
        return None  # "F10–P12": two classes, not a range of one
    a, b = m.group("a"), m.group("b")
    if int(b) <= int(a):
        return None
    letter = spell(m.group("l"))

    def said(n: str) -> str:
        return digits(n) if n.startswith("0") else cardinal(int(n))

    return f"{letter} {said(a)} till {letter + ' ' if m.group('l2') else ''}{said(b)}"


# A model after a maker's capitals, its number and a round variant after a hyphen ("ATR 72-600",
# "CRJ 900-200"): the hyphen is silent, not a range ("sjuttiotvå till sexhundra").
_CAPITALS_MODEL = re.compile(r"(?<![\w-])(?P<l>[A-Z]{2,4}) (?P<a>\d{2,3})-(?P<b>[1-9]00)(?![\w-]|[.,]\d)")
_NOT_MAKERS = frozenset(PREFIX_CURRENCIES) | frozenset(CURRENCIES)


def _capitals_model(m: re.Match[str]) -> str | None:
    if m.group("l") in _NOT_MAKERS or next_word(m)[:1].islower() and next_word(m) not in NOT_NOUN:
        return None  # "SEK 50-100", "ATR 10-100 passagerare": money or a range before its noun
    return f"{m.group('l')} {cardinal(int(m.group('a')))} {cardinal(int(m.group('b')))}"


# A racing formula's letter and number, "F1" to "F4", in a sentence about motor racing.
_FORMULA = re.compile(r"(?<![\w-])F(?P<n>[1-4])(?![\w])")
_MOTOR = re.compile(r"(?i:förare|föraren|racing|racet|grand prix|\bgp\b|pole|stallet|\bkör\b|körde|formelbil)")


def designations(text: str, trace: Trace | None = None) -> str:
    """Letters and a number read as one name:

    - a model year after a make of VEHICLE_MAKES and up to three words of
      its model, or after "årsmodell": "en Ford A -29" -> "Ford A tjugonio",
      "Volvo PV 444 -58" (class "model name");
    - a military type of MILITARY_TYPES before its number: "Strv 122" ->
      "stridsvagn hundratjugotvå", "Bv 206" -> "be ve tvåhundrasex", "BvS10"
      (class "model name");
    - a model's number glued to its letters after a make (VEHICLE_MAKES,
      MACHINE_MAKES): "Husqvarna 450e" -> "fyrahundrafemtio e", "Volvo
      740GL" -> "sjuhundrafyrtio ge ell" (class "model name"; a unit glued
      to a number is left: "60hk");
    - a range of sport classes, a class letter (U, F, P, H, D, J, G) and its
      age at each end: "U13–U15" -> "u tretton till u femton", "F10-12"
      (class "range"); any capitals before both ends, the higher number last: "T17–T19" -> "te sjutton till te
      nitton" (a span of lines or tracks);
    - a code after a word ending in "kod"/"koden": "Anmälningskod 24V-3412"
      -> "tjugofyra ve streck tretusenfyrahundratolv" (class "identifier").

    - in a classified ad's line (AD_LABELS) " -21" or " -85–-90" closing a
      phrase is the model year, or a range of them ("gärna -85–-90",
      "-80–85" -> "gärna åttiofem till nittio") (class "year").

    - a model after a maker's capitals with a round variant after a hyphen:
      "ATR 72-600" -> "ATR sjuttiotvå sexhundra" (it was a range, "sjuttiotvå
      till sexhundra"; class "model name").

    - "F1" to "F4" in a sentence about motor racing (a driver, a race, a stable): the formula, "formel fyra" (an
      air wing's "F 7" and a girls' class "F15" have a space or another number).

    Risk: a minus number closing a phrase in an ad ("frakt -50,") is read
    as a year (not after a place with "i", "på": "i Arjeplog -31,"); a minus number right after a make's name with no unit after it
    ("Volvo -12 i dag") is read as a year; "Ak 4" as anything but the
    rifle; two codes of the class letters joined by a dash, rising, are
    read as a range.
    """
    if "kod" in text and "-" in text:
        text = sub(_CODE, _code, text, trace, "identifier")
    if " -" in text or " –" in text:
        if " -" in text and any(label in text.lower() for label in AD_LABELS):
            text = sub(_AD_YEAR, _ad_year, text, trace, "year")
        text = sub(_MODEL_YEAR, _model_year, text, trace, "model name")
    if _GLUED_HINT.search(text):
        text = sub(_GLUED_MODEL, _glued_model, text, trace, "model name")
    if "-" in text or "–" in text:
        if _CLASS_RANGE_HINT.search(text):
            text = sub(_CLASS_RANGE, _class_range, text, trace, "range")
        text = sub(_NAME_SPAN, _class_range, text, trace, "range")
        if "00" in text:
            text = sub(_CAPITALS_MODEL, _capitals_model, text, trace, "model name")
    if "F" in text and _FORMULA.search(text) and _MOTOR.search(text):  # "kör F4", "F1-föraren": a racing formula (session 53, normalize234)
        text = sub(_FORMULA, lambda m: f"formel {cardinal(int(m.group('n')))}", text, trace, "model name")
    if not _MILITARY_HINT.search(text):
        return text
    return sub(_MILITARY, lambda m: f"{MILITARY_TYPES[m.group('t')]} {cardinal(int(m.group('n')))}",
               text, trace, "model name")
