"""Bank accounts (``bank_accounts``): a clearing number and an account
number after a word of accounts or a bank's name, dictated group by group
("konto 8327-9, 912 345 678-0" -> "åttiotre tjugosju streck nio,
niohundratolv trehundrafyrtiofem sexhundrasjuttioåtta streck noll"; it
was "åttatusentrehundratjugosju till nio, niohundratolv miljoner ...").
"""

from __future__ import annotations

import re

from ..data.smallprint_words import ACCOUNT_FILLERS, ACCOUNT_LABELS, BANK_NAMES
from ..numbers import cardinal, digits
from ..report import Trace
from .admin import say_pairs, say_payment_group
from .machinery import prev_words, sub

# A clearing number (four or five digits, maybe a check digit after a dash), then the account
# (written groups of digits, maybe a check digit), after a comma, a dash or a space.
_ACCOUNT = re.compile(
    r"(?<![\w,.:/–-])(?P<c>\d{3,5})(?:-(?P<cd>\d)(?!\d))?"
    r"(?:(?P<sep>,\s?|\s?[-–]\s?|\s)(?P<a>\d{1,9}(?: \d{1,9}){0,4})(?:-(?P<ad>\d))?)?"
    r"(?![\w]|[.,:]\d)"
)
_ISO = re.compile(r"\d{4}-\d\d-\d\d")  # "konto 2025-01-01": a date
_HINT = re.compile("konto|kto|clearing|clnr|bank|seb|nordea")  # a cheap test (on the lowered line) before the pattern


def _group(g: str) -> str:
    """One written group of an account, dictated: "912" -> "niohundratolv", "45" -> "fyrtiofem",
    "1234" -> "tolv trettiofyra", a longer group or one opening with a zero digit by digit."""
    if g.startswith("0") or len(g) > 4:
        return digits(g)
    return cardinal(int(g)) if len(g) <= 3 else say_pairs(g, False)


def _label(m: re.Match[str]) -> str:
    """ "account", "bank" or "" for the words before the number."""
    for w in reversed([w.strip("(:,").lower() for w in prev_words(m, 4, sentence=True)]):
        if w in ACCOUNT_LABELS:
            return "account"
        if w in BANK_NAMES:
            return "bank"
        if w not in ACCOUNT_FILLERS:
            return ""
    return ""


def _account(m: re.Match[str]) -> str | None:
    label = _label(m)
    dashed = bool(m.group("cd")) or "-" in (m.group("sep") or "") or "–" in (m.group("sep") or "")
    if not label or not (m.group("cd") or m.group("a")) or (label == "bank" and not dashed) or _ISO.match(m.string, m.start()):
        return None  # a bare number after "konto" ("konto 2024") is left to the other rules
    c = m.group("c")
    if len(c) == 3 or (not m.group("cd") and not m.group("sep").strip()):  # "kontonr 923 456 789-0": no clearing
        said = " ".join(_group(g) for g in [c, *(m.group("a") or "").split()])
        return said + (" streck " + digits(m.group("ad")) if m.group("ad") else "")
    said = say_pairs(c, False) if len(c) == 4 else digits(c)
    if m.group("cd"):
        said += " streck " + digits(m.group("cd"))
    if m.group("a"):
        sep = ", " if "," in m.group("sep") else " streck " if dashed and not m.group("cd") else " "
        said += sep + " ".join(_group(g) for g in m.group("a").split())
        if m.group("ad"):
            said += " streck " + digits(m.group("ad"))
    return said


def bank_accounts(text: str, trace: Trace | None = None) -> str:
    """A bank account after a word of accounts or a bank's name (ACCOUNT_LABELS: "konto",
    "insamlingskonto", "clearingnr", "Swedbank"): the clearing number in pairs ("8327" ->
    "åttiotre tjugosju"), each written group of the account as a number up to three digits, in
    pairs of four, digit by digit when longer or opening with a zero; a check digit after a dash
    "streck" (class "identifier").

    A plusgiro number without its label in a sentence of giving, by its shape ("gåva till Hjärt-Lungfonden, 90 91
    92-7": ``_GIRO_SHAPE``).

    Risk: a year or an amount written right after a bank's name with a dash or a comma after it
    ("Swedbank 2024, 35 000 anställda") is read as an account; a bare number after the label is
    left alone.
    """
    if "-" not in text and "," not in text and " " not in text:
        return text
    if "-" in text and _GIVING.search(text):  # "gåva till Hjärt-Lungfonden, 90 91 92-7": a plusgiro by its shape
        text = sub(_GIRO_SHAPE, _giro, text, trace, "identifier")
    if not _HINT.search(text.lower()):
        return text
    return sub(_ACCOUNT, _account, text, trace, "identifier")


_GIRO_SHAPE = re.compile(r"(?<![\w,.:/+–-])\d\d(?: \d\d){1,3}-\d(?![\w]|[.,:]\d|[–-]\d)")
"""A plusgiro number without its label, by its shape: pairs of digits and a check digit after a hyphen ("90 91 92-7",
"90 01 22-3"), in a sentence of giving (:data:`_GIVING`; session 44, normalize150: it was read as a range, "nittiotvå
till sju"). Said in its pairs as the labelled one is ("nittio nittioett nittiotvå sju")."""
_GIVING = re.compile(r"(?i:gåv|insaml|skänk|bidra|fonden\b|stödja|minne)")


def _giro(m: re.Match[str]) -> str:
    return " ".join(say_payment_group(g) for g in re.split(r"[ -]", m.group(0)))
