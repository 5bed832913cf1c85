"""Personal numbers and birth dates written as digits ("19850312-1234",
"850312-1234", "födelsedatum 850312"): a date and a number after it, read
in the groups a Swede says them in ("nittonhundraåttiofem noll tre tolv
streck tolv trettiofyra"); they were read digit by digit without the dash,
as a sum ("nitton miljoner ...") or as a count ("åttahundrafemtiotusen").
"""

from __future__ import annotations

import re

from ..numbers import cardinal, digits, year
from ..report import Trace
from .machinery import prev_words, sub

# A valid date (year in two or four digits, month, day), a hyphen or a plus, four digits.
_DATE = r"(?P<y>(?:19|20)?\d\d)(?P<mo>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
_PERSONAL = re.compile(rf"(?<![\w.,/:+-]){_DATE}(?P<sep>[-+])(?P<tail>\d{{4}})(?![\w]|[.,/:-]\d)")
# Twelve digits or six after a label that names a personal number or a birth date.
_LABELLED = re.compile(rf"(?<![\w.,/:+-]){_DATE}(?P<tail>\d{{4}})?(?![\w]|[.,/:-]\d)")
_LABELS = frozenset("""
personnummer personnumret personnr pnr pnr. persnr födelsedatum födelsedatumet födelsedag född f. samordningsnummer
""".split())
_OTHER_NUMBER_TAILS = ("nummer", "numret", "nr", "nr.", "id")
# An organisation number: six digits, a hyphen, four digits, its month's place no month (a
# company's third digit is 2 or more: "556677-8899", "969712-4401"); no range falls so.
_ORGANISATION = re.compile(r"(?<![\w.,/:+-])(?P<a>\d\d[2-9]\d{3})-(?P<b>\d{4})(?![\w]|[.,/:-]\d)")
_SIX_DIGITS = re.compile(r"\d\d{5}")  # (\d{6}: a digit first, a fast scan)  # a cheap test first
_GATE = re.compile(r"\d{6}[-+]\d{4}|\d{12}|(?:nummer|nr\.?|datum|datumet|född|f\.)\s\d{6}", re.I)


def _pair(s: str) -> str:
    """ "03" -> "noll tre", "12" -> "tolv"."""
    return f"noll {cardinal(int(s[1]))}" if s[0] == "0" else cardinal(int(s))


def _said(m: re.Match[str]) -> str | None:
    before = prev_words(m)
    if before and before[-1].endswith(_OTHER_NUMBER_TAILS) and before[-1] not in _LABELS:
        return None  # "ordernummer 20240101-1111": another number of that shape
    y = m.group("y")
    out = f"{year(int(y)) if len(y) == 4 else _pair(y)} {_pair(m.group('mo'))} {_pair(m.group('d'))}"
    tail = m.group("tail")
    if tail:
        sep = " plus " if m.groupdict().get("sep") == "+" else " streck " if m.groupdict().get("sep") else " "
        out += f"{sep}{_pair(tail[:2])} {_pair(tail[2:])}"
    return out


def _organisation(m: re.Match[str]) -> str | None:
    before = prev_words(m, 2)
    if any(w.endswith(_OTHER_NUMBER_TAILS) for w in before):
        return None  # "org.nr 556677-8899": the label's own rule reads it (``labelled``, ``identifiers``)
    return f"{digits(m.group('a'))} streck {digits(m.group('b'))}"


def _labelled(m: re.Match[str]) -> str | None:
    before = prev_words(m, 2)
    if not before or not (before[-1] in _LABELS or (before[-1] in ("är", "var") and before[0] in _LABELS)):
        return None
    if m.group("tail") is None and len(m.group("y")) == 4:
        return None  # eight digits alone: no such birth date is written
    return _said(m)


def personal_numbers(text: str, trace: Trace | None = None) -> str:
    """ "19850312-1234" -> "nittonhundraåttiofem noll tre tolv streck tolv
    trettiofyra", "850312-1234" -> "åttiofem noll tre tolv streck tolv
    trettiofyra" (a "+" for the hundred-year-old is "plus"): by its shape
    alone, a valid date of six or eight digits and four digits after a
    hyphen. After a label (personnummer, födelsedatum, född) twelve digits
    without the hyphen and six digits alone are read so too
    ("födelsedatum 850312" -> "åttiofem noll tre tolv").

    An organisation number has that shape with no month in it (its third
    digit 2 or more): digit by digit with "streck" ("969712-4401" -> "nio
    sex nio sju ett två streck fyra fyra noll ett"), never a range, after a
    label or none (a bankruptcy notice writes it after the name alone).

    Risk: an article or order number of exactly that shape (six or eight
    digits making a valid date, a hyphen, four digits) is read as a
    personal number; a case number after its label ("dnr 2024-0345") has
    another shape and is left to the identifiers.
    """
    if not _SIX_DIGITS.search(text) or not _GATE.search(text):
        return text
    text = sub(_PERSONAL, _said, text, trace, "identifier")
    if "-" in text:
        text = sub(_ORGANISATION, _organisation, text, trace, "identifier")
    return sub(_LABELLED, _labelled, text, trace, "identifier")
