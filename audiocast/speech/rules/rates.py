"""Rates: a number, a unit, a slash and the unit or period it is counted per
("7,5 ton/ha", "68 kg/hl", "40 tim/v", "4.40 min/km"), read as one
expression before ``quantities.units`` reads the number and the first unit
and leaves the second one unsaid; and measures the tables of ``quantities``
lack ("103,5 MHz", "30 mA", "per kW", amperes after a fuse "16 A").

The tables are in ``speech/data/rate_words.py``.
"""

from __future__ import annotations

import re

from ..data.gloss_words import SEA_DIRECTION_AFTER
from ..data.quantities import PER_PERIOD, SYMBOLS, UNITS_OF_MEASURE
from ..data.rate_words import (
    AMPERE_WORDS,
    CAMERA_WORDS,
    EXTRA_UNITS,
    GAS_MEASURES,
    KARAT_WORDS,
    MORE_MEASURES,
    NOT_RATE_NUMERATORS,
    PACE_UNITS,
    PER_MEASURES,
    PER_MORE,
    PER_NOUNS,
    PER_SHORT_TIME,
    PRICE_PER_ALIKE,
    SEA_WORDS,
)
from ..numbers import cardinal
from ..report import Trace
from .machinery import NUM, NUM_REST, alternation, say_number, sub

_NUMERATORS = {k: v for k, v in UNITS_OF_MEASURE.items() if "/" not in k and k not in NOT_RATE_NUMERATORS}
_NUMERATORS.update(EXTRA_UNITS)
_DENOMINATORS = {d: f"per {w}" for d, w in PER_MEASURES.items()} | {
    d: w for d, w in PER_PERIOD.items() if d not in PER_MEASURES}
_RATE = re.compile(  # "1–2 ggr/tim": a range's first number and its dash too ("en till två gånger")
    r"(?:(?<![\w<>])(?P<cmp>[<>≤≥])\s?(?=\d))?"  # a bound's sign before the number (">10 000 cfu/l")
    rf"(?:(?<![\w,.:/–-])(?P<lo>\d{{1,4}}(?:,\d+)?|\d{{1,2}}[.:][0-5]\d)\s?[–-]\s?)?(?P<n>\d(?<![\w,.:/]\d)(?:\d?[.:][0-5]\d(?=\s?min\s?/)|{NUM_REST}))\s?(?P<u>{alternation(_NUMERATORS)})"
    rf"\s?/\s?(?P<d>{alternation(_DENOMINATORS)})(?![\w/²³])"
)
_RATE_GATE = re.compile(rf"/\s?(?:{alternation(_DENOMINATORS)})(?![\w/²³])")  # _RATE's end, the slash first (a fast scan)


def _rate(m: re.Match[str]) -> str | None:
    unit, per = m.group("u"), m.group("d")
    if f"{unit}/{per}" in UNITS_OF_MEASURE:
        return None  # "km/h", "mg/l": said by ``quantities.units``
    one, many, gender = _NUMERATORS[unit]
    n = m.group("n")
    lo = m.group("lo")
    if unit in PACE_UNITS and ("." in n or ":" in n):
        # "4.40 min/km": minutes and seconds named, "fyra minuter och fyrtio
        # sekunder" ("fyra fyrtio minuter" sounds like a decimal; blind set 15); a span of paces, "6.30–7.00 min/km",
        # each so (session 47, normalize169: the first was read as a clock time and the dash lost)
        said = (f"{_pace(lo)} till " if lo and ("." in lo or ":" in lo) else "") + _pace(n)
    elif lo and ("." in lo or ":" in lo):
        return None
    else:
        said = f"{say_number(n, gender)} {one if n == '1' else many}"
        if m.group("lo"):
            said = f"{say_number(m.group('lo'), gender)} till {said}"
    cmp = m.group("cmp")  # the sign is said here: no digit is left after it; "<" as the comparison rule says it
    bound = f"{'mindre än' if cmp == '<' else SYMBOLS[cmp]} " if cmp else ""
    return f"{bound}{said} {_DENOMINATORS[per]}"


def _pace(n: str) -> str:
    """ "4.40" before "min/km": "fyra minuter och fyrtio sekunder"."""
    mins, secs = (int(x) for x in re.split(r"[.:]", n))
    said = f"{cardinal(mins, 'en')} {'minut' if mins == 1 else 'minuter'}"
    return said + (f" och {cardinal(secs, 'en')} {'sekund' if secs == 1 else 'sekunder'}" if secs else "")


# Minutes and seconds, a slash and a distance without "min" before it ("i snitt 2.54/km"): a pace.
_BARE_PACE = re.compile(r"(?<![\w,.:/])(?P<n>\d{1,2}[.:][0-5]\d)\s?/\s?(?P<d>km|mil)(?![\w/²³])")


# A bare number, a slash and a noun it is counted per: "2,94/match", "12 000/år"; not after a currency's sign
# ("€45/dygn": the money rule says the amount, "fyrtiofem euro per dygn").
_PER_NOUN = re.compile(rf"(?<![\w,.:/€$£])(?P<n>{NUM})/(?P<d>{alternation(PER_NOUNS)})(?![\w/-])")
_PER_NOUN_HINT = re.compile(r"\d/[a-zåäö]")
_PER_TIME = re.compile(rf"(?<![\w,.:/€$£])(?:(?P<lo>{NUM})\s?[–-]\s?)?(?P<n>{NUM})/(?P<d>{alternation(PER_SHORT_TIME)})(?![\w/²³-]|\.\w)")


def _per_time(m: re.Match[str]) -> str:
    said = f"{say_number(m.group('lo'))} till {say_number(m.group('n'))}" if m.group("lo") else say_number(m.group("n"))
    return f"{said} {PER_SHORT_TIME[m.group('d')]}"  # "takt 100–120/min": "hundra till hundratjugo per minut"


def rates(text: str, trace: Trace | None = None) -> str:
    """A number, a unit, a slash and the unit or period it is counted per
    are a rate: "7,5 ton/ha" -> "sju komma fem ton per hektar", "5 t/ha" ->
    "fem ton per hektar", "68 kg/hl" -> "sextioåtta kilo per hektoliter",
    "40 tim/v" -> "fyrtio timmar i veckan", "6 m³/ha" -> "sex kubikmeter per
    hektar"; a pace in minutes and seconds per distance "4.40 min/km" ->
    "fyra minuter och fyrtio sekunder per kilometer" (class "unit"); a range
    before the unit with it, "1–2 ggr/tim" -> "en till två gånger i timmen"
    (the dash was left silent between two cardinals). Pairs the measure
    tables already name ("km/h", "mg/l", "kr/mån") are left to
    ``quantities``.

    Minutes and seconds before "/km" without "min" are a pace too: "i snitt 2.54/km" -> "två minuter och femtiofyra
    sekunder per kilometer" (session 49, normalize176; it was "två och femtiofyra", a time of day).

    A bound's sign glued before the rate is said with it (">10 000 cfu/l" -> "över tiotusen kolonibildande enheter
    per liter"; the comparison rule later finds no digit after the sign; session 49, normalize177).

    Risk: the unit before the slash must be one of the measure tables' and
    the one after it one of PER_MEASURES or a period; "t" before a slash
    is a ton ("5 t/ha"), and a number like a clock time before "min/" is a
    pace.

    A bare number, a slash and a noun of PER_NOUNS is a count per that noun:
    "släppt in 2,94/match" -> "två komma nittiofyra per match" (the slash was
    dropped: "två komma nittiofyra match"; class "unit").
    """
    if "/" not in text:
        return text
    if _PER_NOUN_HINT.search(text):
        text = sub(_PER_NOUN, lambda m: f"{say_number(m.group('n'))} per {m.group('d')}", text, trace, "unit")
        text = sub(_PER_TIME, _per_time, text, trace, "unit")
    if _RATE_GATE.search(text) is None:
        return text
    if "/km" in text or "/mil" in text:
        text = sub(_BARE_PACE, lambda m: f"{_pace(m.group('n'))} {_DENOMINATORS[m.group('d')]}", text, trace, "unit")
    return sub(_RATE, _rate, text, trace, "unit")


_MORE = re.compile(rf"(?<![\w,.:/])(?:(?P<lo>{NUM})\s?[–-]\s?)?(?P<n>{NUM})\s?(?P<u>{alternation(MORE_MEASURES)})(?![\w/²³])")
_PER_MORE = re.compile(rf"(?<![\w])per\s(?P<u>{alternation(u for u in PER_MORE if u in UNITS_OF_MEASURE)})(?![\w/²³])")
_AMPERE = re.compile(rf"(?<![\w,.:/])(?P<n>{NUM})\sA(?![\w/-]|\.\w)")
_AMPERE_HINT = re.compile(r"\d A\b")
_MEGAPIXEL = re.compile(rf"(?<![\w,.:/])(?P<n>{NUM})\s?MP(?![\w/])")
_MORE_HINT = re.compile(alternation(MORE_MEASURES))
_KARAT = re.compile(r"(?<![\w,.])(?P<n>\d{1,2})\s?K(?![\w-])")
_GAS = re.compile(rf"(?<=\d)(?P<n>\s(?:miljoner\s|miljarder\s|tusen\s)?)(?P<u>{alternation(GAS_MEASURES)})(?![\w])")


def more_measures(text: str, trace: Trace | None = None) -> str:
    """Measures the tables of ``quantities`` lack, after a number: "103,5
    MHz" -> "hundratre komma fem megahertz", "30 mA" -> "trettio
    milliampere", "3,2 GHz" (MORE_MEASURES; class "unit"); a range before
    the unit is said with "till" ("85–116 GHz" -> "åttiofem till hundrasexton
    gigahertz", session 40: the dash's first number had been glued to the
    second, "åttiofemhundrasexton").

    A unit after "per" that ``quantities``' per rule lacks is said in
    the singular: "1,5 kW värme per kW el" -> "per kilowatt el", "per MWh"
    (PER_MORE). A capital "A" after a number is amperes when a word of
    electricity stands in the sentence (AMPERE_WORDS: "säkringen på 16 A"
    -> "sexton ampere"); "Storgatan 16 A" stays a house's letter; "MP" is
    megapixels by a word of cameras (CAMERA_WORDS: "kamera på 48 MP"), "K" karat by a word of gold ("guldring
    18K" -> "arton karat", KARAT_WORDS). "nm" in
    a line about the sea (SEA_WORDS: "seglade 28 nm") or before a direction from a place
    (SEA_DIRECTION_AFTER: "3 nm söder om udden") is nautical miles,
    "nautiska mil"; "Nm³" is "normalkubikmeter" (GAS_MEASURES).

    Risk: only right after a number and with the letters' case as written
    ("MHz", not "mhz"), so a word is never taken for a unit; an address
    in a sentence about fuses ("elcentralen på Storgatan 16 A") is read as
    amperes; a size in nanometres in a line naming a boat or a harbour is
    read as nautical miles.
    """
    if "per " in text:
        text = sub(_PER_MORE, lambda m: f"per {UNITS_OF_MEASURE[m.group('u')][0]}", text, trace, "unit")
    if " A" in text and _AMPERE_HINT.search(text) and any(w in text.lower() for w in AMPERE_WORDS):
        text = sub(_AMPERE, lambda m: f"{say_number(m.group('n'), 'en')} ampere", text, trace, "unit")
    if "K" in text and any(w in text.lower() for w in KARAT_WORDS):  # "guldarmband 18K": the gold's fineness
        text = sub(_KARAT, lambda m: f"{say_number(m.group('n'))} karat", text, trace, "unit")
    if "MP" in text and _MEGAPIXEL.search(text) and any(w in text.lower() for w in CAMERA_WORDS):  # "48 MP"
        text = sub(_MEGAPIXEL, lambda m: f"{say_number(m.group('n'), 'en')} megapixel", text, trace, "unit")
    if "Nm" in text:  # "1,8 miljoner Nm³ per år": normal cubic metres of a gas
        text = sub(_GAS, lambda m: f"{m.group('n')} {GAS_MEASURES[m.group('u')]}", text, trace, "unit")
    if not _MORE_HINT.search(text):
        return text
    sea = " nm" in text and any(w in text.lower() for w in SEA_WORDS)  # "seglade 28 nm": nautical miles
    return sub(_MORE, lambda m: (f"{say_number(m.group('lo'), 'en')} till " if m.group("lo") else "")
               + f"{say_number(m.group('n'), 'en')} "
               + ("nautiska mil" if m.group("u") == "nm" and (sea or _sea_direction(m)) else MORE_MEASURES[m.group("u")]),
               text, trace, "unit")


def _sea_direction(m: re.Match[str]) -> bool:
    """ "3 nm söder om Ölands udde", "2 nm utanför hamnen": a distance from a place at sea (SEA_DIRECTION_AFTER),
    nautical miles, not nanometres (session 16)."""
    return m.string[m.end():].lstrip().lower().startswith(SEA_DIRECTION_AFTER)



# Prices of one line per a period said "per" ("150 kr/dygn", "1 100 kr/säsong") and per week
# ("400 kr/vecka"): the week is "per vecka" too, not "i veckan" beside "per dygn".
_PRICE_PER_PERIOD = re.compile(rf"(?:kr|:-|SEK|€)\s?/\s?(?:{alternation(sorted(PRICE_PER_ALIKE))})\b")
_PRICE_PER_WEEK = re.compile(r"(?P<c>kr|:-|SEK|€)\s?/\s?(?:vecka|v\b\.?)")


def period_agreement(text: str, trace: Trace | None = None) -> str:
    """Prices in one line said alike: where one is written per a period said "per" ("150 kr/dygn",
    "800 kr/år"; PRICE_PER_ALIKE), one per week is "per vecka" too: "400 kr/vecka" -> "fyrahundra
    kronor per vecka", not "i veckan" beside "per dygn" (class "money"; the blind writers of such
    lists, sets 15, 24, 26 and 32, said "per"). Runs before the units read the prices.

    Risk: none known: "per vecka" is the plain reading; a week's price alone keeps "i veckan".
    """
    if "/v" not in text or not _PRICE_PER_PERIOD.search(text):
        return text
    return sub(_PRICE_PER_WEEK, lambda m: f"{m.group('c')} per vecka", text, trace, "money")
