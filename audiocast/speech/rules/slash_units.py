"""A measure or a price per another with a slash under the unit, read as
one expression before the unit and money rules read the number: the slash
is "per" and the short form under it its noun ("kr/ha", "€/m²",
"kg N/ha", "150 min./vecka", "€/m²/år").

The tables are in ``speech/data/slash_unit_words.py``.
"""

from __future__ import annotations

import re

from ..data.quantities import CURRENCIES, MONEY_PER, SCALED_CURRENCIES, UNITS_OF_MEASURE
from ..data.slash_unit_words import (
    ENERGY_UNITS,
    NOT_SUBSTANCES,
    NUMERATOR_WORDS,
    PER_NOUNS,
    PER_NOUNS_AFTER_WORD,
    SECOND_PERIODS,
    SLASH_NUMERATORS,
    STAY_LENGTHS,
    SUBSTANCE_UNITS,
    SUBSTANCES,
    SUBSTANCES_ALONE,
)
from ..report import Trace
from .machinery import NUM, NUM_REST, alternation, keep_stop, sub

_CURRENCIES = frozenset(CURRENCIES) | frozenset(SCALED_CURRENCIES)
"""Every currency and scaled amount the money rules read (``data/quantities.py``)."""

_SLASH = re.compile(
    rf"(?P<n>\d(?<![\w,.:/]\d){NUM_REST})\s?(?P<u>{alternation(SLASH_NUMERATORS)})(?:\s(?P<s>{alternation(SUBSTANCES)})|\s(?P<w>[a-zåäö]{{3,}}))?"
    rf"\s?/\s?(?P<d>{alternation(PER_NOUNS)})(?:(?:/|\s+och\s+)(?P<d2>{alternation(SECOND_PERIODS)}))?"
    r"(?![\w/²³]|\.\w)"
)
_SUBSTANCE_ALONE = re.compile(
    rf"(?<=[\d\s/])(?P<u>{alternation(SUBSTANCE_UNITS)})\s(?P<s>{alternation(SUBSTANCES_ALONE)})(?![\w/])"
)
_SLASH_HINT = re.compile(r"\S/")
# "12 fall/100 000 invånare", "6,5 l/100 km": a slash before a number and
# what it counts is "per" (not the same unit on both sides: "5 km/10 km" are two choices).
_PER_NUMBER = re.compile(  # (the slash first and the letter before it looked back at: a fast scan)
    rf"/(?<=[A-Za-zåäö²³.]/)(?P<n>{NUM})\s?(?P<w>[A-Za-zåäöµ²³]+)\b(?!/)"
)
_LAST_WORD = re.compile(r"(\S+)$")
# Two measures of one thing around a slash, each with its number: a newborn's weight and length ("2 380 g/46 cm"), a
# battery's power and energy ("10 MW/20 MWh"): "och" (session 58, normalize354, normalize358); no grams are counted
# per centimetre, no power per energy.
_TWO_MEASURES = frozenset({(w, length) for w in ("g", "gram", "kg", "kilo") for length in ("cm", "centimeter")}
                          | {(p, e) for p in ("kW", "MW", "GW") for e in ("kWh", "MWh", "GWh")})


def _known(unit: str, per: str, second: str | None) -> bool:
    """Do the unit rules already read this pair (a table's "kr/mån",
    "mg/l", a money's "kr/kg")? Their idioms ("i månaden") are kept."""
    if second is not None:
        return False  # "kWh/m²/år": the unit rules say one period only
    return f"{unit}/{per}" in UNITS_OF_MEASURE or unit in _CURRENCIES and per in MONEY_PER


def _slash(m: re.Match[str]) -> str | None:
    unit, substance, per, second = m.group("u"), m.group("s"), m.group("d"), m.group("d2")
    if not substance and not unit.endswith(".") and _known(unit, per.rstrip("."), second):
        return None
    word = m.group("w")
    if (substance or word) and unit not in SUBSTANCE_UNITS:
        return None  # "5 kr S/ha": no substance after a price
    if word and (m.group("d") not in PER_NOUNS_AFTER_WORD or word in NOT_SUBSTANCES):
        return None  # "2 kg mjöl/socker": two choices; a crop's yield is per an area or a unit of people
    if word:
        substance_said = word
    said = f"{m.group('n')} {unit.rstrip('.')}"
    if unit in NUMERATOR_WORDS:  # "6 pers./lag" -> "6 personer per lag"
        one, many = NUMERATOR_WORDS[unit]
        said = f"{m.group('n')} {one if m.group('n') == '1' else many}"
    if substance:
        said += f" {SUBSTANCES[substance]}"
    elif word:
        said += f" {substance_said}"
    said += f" per {PER_NOUNS[per]}"
    if second:
        said += f" och {SECOND_PERIODS[second]}"
    return said + keep_stop(m, per.endswith(".") and not second)


def unit_slashes(text: str, trace: Trace | None = None) -> str:
    """A number, a unit (or a currency), a substance written short and a
    slash before what it is counted per: the slash is "per", the short form
    under it its noun and the substance its name, the number and the unit
    left to the unit and money rules: "2 100 kr/ha" -> "tvåtusenetthundra
    kronor per hektar", "18,50 €/m²" -> "arton euro och femtio cent per
    kvadratmeter", "170 kg N/ha" -> "hundrasjuttio kilo kväve per hektar",
    "4 200 kg ts/ha" (torrsubstans), "150 min./vecka" -> "hundrafemtio
    minuter per vecka", a second period "120 €/m²/år" -> "... per
    kvadratmeter och år", "max 6 pers./lag" -> "sex personer per lag"
    (NUMERATOR_WORDS). "ts" after a weight is "torrsubstans" also
    without a slash ("12 kr/kg ts"). Pairs the unit tables read with their
    own idiom ("kr/mån" -> "i månaden", "km/h") are left to them. A slash
    before a number and what it counts is "per" too: "12 fall/100 000
    invånare" -> "per hundratusen invånare", "6,5 l/100 km" (the same unit
    on both sides is two choices: "5 km/10 km"); a stay's two lengths are "och": "8 dagar/7 nätter" (STAY_LENGTHS),
    and so are a weight and a length, "3 560 g/51 cm" (a newborn's), and a power and an energy, "10 MW/20 MWh";
    pieces before a price are "för": "4 st/25 kr"; a food's energy in both its units is said with a comma between:
    "1 580 kJ/378 kcal" -> "... kilojoule, trehundrasjuttioåtta kilokalorier".

    A word of a crop or a material between the weight and the slash is
    said as it stands ("5 800 kg vete/ha" -> "kilo vete per hektar") when the
    short form under the slash is an area, a head or a year
    (PER_NOUNS_AFTER_WORD); "varv/min", "slag/min" after a number are "per
    minut" (NUMERATOR_WORDS).

    Risk: a one-letter substance (N, P, K, S) is read only between a weight
    and a slash, so "kg N/ha" is nitrogen wherever it is written so; the
    unit under the slash must be one of PER_NOUNS; a word in small letters
    before a slash, a number and a word is a count per ("kultur/2 tim").
    """
    if "/" not in text or not _SLASH_HINT.search(text):
        return text
    if " ts" in text or " TS" in text:
        text = sub(_SUBSTANCE_ALONE, lambda m: f"{m.group('u')} {SUBSTANCES[m.group('s')]}", text, trace, "unit")
    text = sub(_SLASH, _slash, text, trace, "unit")
    return sub(_PER_NUMBER, _per_number, text, trace, "unit")


def _per_number(m: re.Match[str]) -> str | None:
    before = _LAST_WORD.search(m.string, 0, m.start())
    word = before.group(1) if before else ""
    if word == m.group("w") and m.group("n") in ("100", "1 000", "1000") and word in UNITS_OF_MEASURE:
        return f" per {m.group('n')} {m.group('w')}"  # "4,1 g/100 g": a content per a hundred (it was "och")
    if word == m.group("w") or not (m.group("w") in UNITS_OF_MEASURE or m.group("w")[0].islower()):
        return None  # "5 km/10 km": two choices; "2024/25 Umeå": no count after the slash
    if not (word in UNITS_OF_MEASURE or word in _CURRENCIES or word[:1].islower()):
        return None  # "Han/2 barn": no measure or count before the slash
    if word in STAY_LENGTHS and m.group("w") in STAY_LENGTHS:
        return f" och {m.group('n')} {m.group('w')}"  # "8 dagar/7 nätter": two lengths of one stay
    if word in ENERGY_UNITS and m.group("w") in ENERGY_UNITS and word != m.group("w"):
        return f", {m.group('n')} {m.group('w')}"  # "1 580 kJ/378 kcal": one energy in its two units (session 61)
    if (word, m.group("w")) in _TWO_MEASURES:
        return f" och {m.group('n')} {m.group('w')}"  # "3 560 g/51 cm", "10 MW/20 MWh": two measures of one thing
    if word in ("st", "stycken") and m.group("w") in _CURRENCIES:
        return f" för {m.group('n')} {m.group('w')}"  # "4 st/25 kr": a price for the lot (session 53, normalize233)
    return f" per {m.group('n')} {m.group('w')}"
