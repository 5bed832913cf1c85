"""A percent sign heading a compound ("2 %-spärren", "5 %-regeln", "100 %-igt"):
the number, "procent" and the compound's last part said as one word, with the
joint "-s" a Swedish compound on "procent" takes ("tvåprocentsspärren"). The
parts that take no joint are in ``speech/data/percent_words.py``.
"""

from __future__ import annotations

import re

from ..data.percent_words import JOINTLESS_PARTS, SPACED_PARTS
from ..numbers import cardinal
from ..report import Trace
from .machinery import sub

# "2 %-spärren", "2%-spärren", "2,5 %-gränsen": a number (a decimal comma allowed), the sign, a hyphen and a
# word in small letters glued to it.
_PERCENT_COMPOUND = re.compile(
    r"(?<![\w,.+±−–-])(?P<n>\d{1,3})(?:,(?P<f>\d{1,2}))?\s?%-(?P<w>[a-zåäö]{2,})(?![\w-])"
)


def _number(m: re.Match[str]) -> str:
    if m.group("f"):  # "1,5 %-målet": a decimal in the counting form, "ett komma fem"
        return f"{cardinal(int(m.group('n')))} komma {cardinal(int(m.group('f')))}"
    return cardinal(int(m.group("n")), "en")  # "enprocentsmålet": a compound's first part, "en"


def _compound(m: re.Match[str]) -> str | None:
    word = m.group("w")
    if word.startswith(SPACED_PARTS):  # "2 %-enheter": the noun "procentenheter" after its count, the units' rule's
        return None
    if word.startswith(JOINTLESS_PARTS):  # "100 %-igt" -> "hundraprocentigt": an adjective's suffix, no joint
        return f"{_number(m)}procent{word}"
    return f"{_number(m)}procents{word}"


def percent_compounds(text: str, trace: Trace | None = None) -> str:
    """ "klarade 2 %-spärren" -> "klarade tvåprocentsspärren", "enligt 5
    %-regeln" -> "enligt femprocentsregeln", "100 %-igt" -> "hundraprocentigt"
    (class "percent"): a number and a percent sign glued by a hyphen to a word
    are one compound, said whole with the joint "-s" ("procents-"); an
    adjective's suffix ("-ig", "-igt") takes none, and "-enheter" (the noun
    "procentenheter" after its count, a sign before it) is left to the units
    (tables in ``data/percent_words.py``).
    It was "två procent-spärren", the hyphen a pause inside the word.

    Risk: a compound whose joint is not "-s" on "procent" beyond those tables
    is said with one; a hyphen meaning "to" between a percent and a word (none
    seen) would be read as a compound."""
    if "%-" not in text:
        return text
    return sub(_PERCENT_COMPOUND, _compound, text, trace, "percent")
