"""Identifiers of craft and airports, said as codes, not as numbers or words (``craft_numbers``,
``airport_codes``): a boat's registration after "reg.nr" ("SSM 123456": the letters spelled by the acronyms'
rule, the digits one by one), a ship's MMSI or IMO number ("MMSI 265 123 450": its printed groups, each a
number; unbroken digits one by one), an airport's code after ICAO or IATA ("(ICAO: ESOE)": "i ce a o: e ess o
e"). The labels are in ``speech/data/craft_words.py``.
"""

from __future__ import annotations

import re

from ..data.craft_words import AIRPORT_CODE_LABELS, CRAFT_NUMBER_LABELS, SPELLED_LABELS
from ..numbers import cardinal, digits
from ..report import Trace
from .machinery import alternation, spell, sub

_CRAFT_NUMBER = re.compile(
    rf"(?<![\w.-])(?P<l>{alternation(CRAFT_NUMBER_LABELS)})(?P<sep>:?\s(?:är\s)?)"
    r"(?P<c>[A-ZÅÄÖ]{1,4}[\s-]?)?(?P<n>\d{5,10}|\d{3}(?: \d{3}){2})(?![\w%]|[.,:/-]\d)"
)
_CRAFT_HINT = re.compile(r"MMSI|IMO|[Rr]eg\.? ?nr|[Rr]egnr|registreringsnum|båtnum|segelnum")


def _craft_number(m: re.Match[str]) -> str:
    n = m.group("n")
    said = " ".join(cardinal(int(g)) if g[0] != "0" else digits(g) for g in n.split()) if " " in n else digits(n)
    return f"{m.group('l')}{m.group('sep')}{m.group('c') or ''}{said}"


def craft_numbers(text: str, trace: Trace | None = None) -> str:
    """A craft's number after its label (CRAFT_NUMBER_LABELS) is an identifier: "reg.nr SSM 123456" -> "reg.nr
    SSM ett två tre fyra fem sex", "MMSI 265 123 450" -> "MMSI tvåhundrasextiofem hundratjugotre
    fyrahundrafemtio", "IMO 9321483" digit by digit (they were said as whole numbers, "hundratjugotretusen...";
    class "identifier").

    Risk: a count after such a label with five digits or more ("registreringsnummer 12345 fordon"?) is said
    digit by digit; a car's plate after "reg.nr" keeps the plates' rule (it has fewer digits).
    """
    if ("nr" not in text and "num" not in text and "MMSI" not in text and "IMO" not in text) or not _CRAFT_HINT.search(text):
        return text  # (each label holds one of these: a cheap test first)
    return sub(_CRAFT_NUMBER, _craft_number, text, trace, "identifier")


_AIRPORT_CODE = re.compile(
    rf"(?<![\w-])(?P<l>{alternation(AIRPORT_CODE_LABELS)})(?P<sep>:?\s(?:är\s)?)(?P<c>[A-Z]{{3,4}})(?![\wÅÄÖåäö-])"
)


def _airport_code(m: re.Match[str]) -> str:
    label = m.group("l")
    if label.split("-")[0] in SPELLED_LABELS:
        head, _, tail = label.partition("-")
        label = spell(head) + (f"-{tail}" if tail else "")
    return f"{label}{m.group('sep')}{spell(m.group('c'))}"


def airport_codes(text: str, trace: Trace | None = None) -> str:
    """An airport's code after ICAO, IATA or "flygplatskod" (AIRPORT_CODE_LABELS) is spelled, and "ICAO",
    "IATA" with it: "(ICAO: ESOE)" -> "(i ce a o: e ess o e)", "IATA-kod ARN" -> "i a te a-kod a ärr enn" (they
    were read as the words "Icao", "Esoe"; class "identifier").

    Risk: a word of three or four capitals after such a label that is no code ("IATA: NEJ till avgiften"?) is
    spelled.
    """
    if "ICAO" not in text and "IATA" not in text and "flygplatskod" not in text:
        return text
    return sub(_AIRPORT_CODE, _airport_code, text, trace, "identifier")
