"""Numbers that name after a label that says so, in the shapes the other
identifier rules leave: a number written in groups after a "-nummer"
compound ("kundnummer 123 456 789" was "hundratjugotre miljoner ..."), four
digits after such a compound or a reference's word ("medlemsnummer 4521",
"referens 4455": pairs, not "fyratusen..."). Run after
``admin.identifiers_by_label``, which reads the payment, organisation,
case and five-to-twelve-digit codes.
"""

from __future__ import annotations

import re

from ..data.admin import CASE_LABELS, CODE_LABEL_NOT, NUMBER_LABELS
from ..numbers import cardinal, digits
from ..report import Trace
from .machinery import sub

# A compound ending in -nummer/-numret/-nr, or a reference's word; "är" or a colon may follow it.
_LABELLED = re.compile(
    r"(?P<label>\b(?i:[a-zåäö]{3,}(?:nummer|numret|nr)\.?|referens|ref\.?))(?P<sep>:?\s(?:är\s)?)"
    r"(?P<n>\d{1,4}(?: \d{2,4}){1,4}|[1-9]\d{3,7})(?![\w%]|[.,:/]\d|[ -]\d|\s?(?:kr|kronor|SEK|euro|procent)\b)"
)
# "faktura nr 20251187", "under nummer 5000123": a run of six digits or more after the bare word is a
# number that names, never a count (a round one, "nummer 1000000", stays a count: "besökare nummer en miljon").
_BARE_LABELLED = re.compile(
    r"(?P<label>\b(?:[Nn]r\.?|NR|[Nn]ummer))(?P<sep>:?\s)(?P<n>[1-9]\d{5,11})(?<!000)"
    r"(?![\w%]|[.,:/]\d|[ -]\d|\s?(?:kr|kronor|SEK|euro|procent)\b)"
)
_GATE_WORDS = ("nummer", "Nummer", "numret", "nr", "Nr", "NR", "ref", "Ref", "NUMMER")  # a cheap test first


def _has_gate_word(text: str) -> bool:
    """any(w in text for w in _GATE_WORDS), written out (no generator to start on every line)."""
    return ("nummer" in text or "Nummer" in text or "numret" in text or "nr" in text or "Nr" in text or "NR" in text
            or "ref" in text or "Ref" in text or "NUMMER" in text)
_REFERENCES = frozenset({"referens", "ref", "ref."})


def _group(g: str) -> str:
    """ "123" -> "hundratjugotre", "4521" -> "fyrtiofem tjugoett", "05" -> "noll fem"."""
    if g[0] == "0" and len(g) > 1:
        return digits(g)
    if len(g) == 4:
        return f"{cardinal(int(g[:2]))} {digits(g[2:]) if g[2] == '0' else cardinal(int(g[2:]))}"
    return cardinal(int(g))


def _labelled(m: re.Match[str]) -> str | None:
    label = m.group("label").lower()
    if label.startswith(CODE_LABEL_NOT) or label.rstrip(".") in NUMBER_LABELS or label.startswith("person"):
        return None  # phone, payment and personal numbers have their own rules
    n = m.group("n")
    if " " not in n and (len(n) > 4 and label not in _REFERENCES or label.rstrip(".") in CASE_LABELS - _REFERENCES):
        return None  # a run of five digits or more is the codes' (admin), a case's number the case rule's
    if " " not in n and len(n) > 4:
        return f"{m.group('label')}{m.group('sep')}{digits(n)}"  # "ref. 20931": digit by digit
    return f"{m.group('label')}{m.group('sep')}{' '.join(_group(g) for g in n.split())}"


def labelled_numbers(text: str, trace: Trace | None = None) -> str:
    """ "kundnummer 123 456 789" -> "kundnummer hundratjugotre
    fyrahundrafemtiosex sjuhundraåttionio" (each written group as a
    number), "medlemsnummer 4521" -> "fyrtiofem tjugoett", "referens 4455"
    -> "fyrtiofyra femtiofem" (class "identifier").

    After the bare word ("nr", "nummer") a run of six digits or more is
    said digit by digit ("faktura nr 20251187" was "tjugo miljoner ...").

    Risk: a count right after such a label ("Medlemsnumret är 10 500
    kronor") is left only before a word of money or percent; a year after
    a "-nummer" compound ("avtalsnummer 2024") is read as a label's number.
    """
    if not _has_gate_word(text):
        return text
    text = sub(_BARE_LABELLED, lambda m: f"{m.group('label')}{m.group('sep')}{digits(m.group('n'))}",
               text, trace, "identifier")
    return sub(_LABELLED, _labelled, text, trace, "identifier")
