"""Codes read by their shape: an IBAN ("SE45 5000 0000 0583 9825 7466") and a reference made of
capitals and hyphen-joined groups of digits ("SN-20240117-0042", "ORD-2024-0042").
"""

from __future__ import annotations

import re

from ..data.admin import CASE_LABELS
from ..numbers import cardinal, digits, year
from ..report import Trace
from .admin import running_number, say_id_group
from .machinery import alternation, spell, sub

# An IBAN: two capitals, two check digits, then groups of four (the last may be shorter).
_IBAN = re.compile(r"(?P<cc>[A-Z](?<![\w-][A-Z])[A-Z])(?P<check>\d\d)(?P<rest>(?: [0-9A-Z]{4})+(?: [0-9A-Z]{1,3})?)(?![\w-])")
_IBAN_HINT = re.compile(r" (?<=[A-Z]{2}\d\d )[0-9A-Z]{4}")  # its gate: the space after the check digits first
# Capitals, then two or more groups of digits joined by hyphens ("SN-20240117-0042").
_LETTER_CODE = re.compile(
    r"(?P<l>[A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])[A-ZÅÄÖ]{0,4})(?=-\d)(?P<g>(?:-(?:\d{2,10}|[A-ZÅÄÖ]{1,3}(?![a-zåäö]))){2,})(?![\w-]|[.,]\d)")
_YEAR_GROUP = re.compile(r"(?:19|20)\d\d")
# After a case label (and an agency's capitals), a number in four or more groups joined by
# hyphens, slashes and dots, the first perhaps before a space: "dnr 3.5.1-12345/2024",
# "dnr 131 456789-24/113" (the shorter ones are ``admin._case``'s).
_LONG_CASE = re.compile(
    rf"(?P<head>(?<![\w-])(?i:{alternation(sorted(CASE_LABELS))})(?<!\.)\.?:?\s(?:[A-ZÅÄÖ]{{1,5}}\s)?)"
    r"(?P<c>(?:\d{1,4}\s(?=\d{4,}[-/.]))?\d{1,8}(?:[-/.]\d{1,8}){2,6})(?![\w]|[-/.,]\d)"
)
# A board's letters, a slash, a year and a running number: "KS/2024:1187", "BN/2023-456"; a ministry's letters glued
# to the year of its diary number, "Ju2024/01432", "Fi2023/00456", "UD2024/12345" (session 45, normalize152).
_BOARD_CASE = re.compile(
    r"(?<![\w/.-])(?P<l>[A-ZÅÄÖ]{1,5}(?=/)|[A-ZÅÄÖ]{1,3}(?=\d{4}/)|[A-ZÅÄÖ][a-zåäö](?=\d{4}/))/?"
    r"(?P<y>(?:19|20)\d\d)(?P<sep>[:/-])(?P<n>\d{1,6})(?![\w]|[.,:/-]\d)")
_BOARD_CASE_HINT = re.compile(r"[A-ZÅÄÖa-zåäö]/?(?:19|20)\d\d[:/-]\d")
_LONG_CASE_HINT = re.compile(r"\d[-/.]\d{1,8}[-/.]\d")
_LONG_CASE_PARTS = re.compile(r"\d+|[-/. ]")
_SEPARATOR_WORDS = {"-": "streck", "/": "snedstreck", ".": "punkt"}
# "S3E4", "S19E07", "(S2 E10)": a series' season and episode.
_EPISODE = re.compile(r"S(?<![\w-]S)(?P<s>\d{1,2}) ?E(?P<e>\d{1,3})(?![\w-])")


def _iban(m: re.Match[str]) -> str:
    groups = [spell(m.group("cc")) + " " + digits(m.group("check"))]
    for g in m.group("rest").split():
        groups.append(digits(g) if g.isdigit() else spell(g))
    return ", ".join(groups)


def _group(g: str) -> str:
    """One group of a code: a year as a year, a short number without a zero as a number, else digits."""
    if _YEAR_GROUP.fullmatch(g):
        return year(int(g))
    if len(g) <= 3 and g[0] != "0":
        return cardinal(int(g))
    return digits(g)


def _board_case(m: re.Match[str]) -> str:
    n = m.group("n")
    number = running_number(n) if "1100" <= n <= "1999" and len(n) == 4 else say_id_group(n, False, True, last=True)
    sep = {":": "kolon", "/": "snedstreck", "-": "streck"}[m.group("sep")]
    return f"{m.group('l')} {year(int(m.group('y')))} {sep} {number}"


def _long_case(m: re.Match[str]) -> str | None:
    parts = _LONG_CASE_PARTS.findall(m.group("c"))
    if sum(p in "-/." for p in parts) < 3 and " " not in parts:
        return None  # "dnr 526-4411-2024": admin._case's
    groups = [p for p in parts if p.isdigit()]
    out = []
    for i, p in enumerate(parts):
        if p.isdigit():
            k = sum(q.isdigit() for q in parts[:i])
            out.append(say_id_group(p, k == 0, True, last=k == len(groups) - 1))
        elif p != " ":
            out.append(_SEPARATOR_WORDS[p])
    return m.group("head") + " ".join(out)


def _letter_code(m: re.Match[str]) -> str:
    groups = m.group("g")[1:].split("-")
    return spell(m.group("l")) + "".join(" streck " + (_group(g) if g.isdigit() else spell(g)) for g in groups)


def codes(text: str, trace: Trace | None = None) -> str:
    """An IBAN is read as letters and digits, a pause between its written groups: "SE45 5000 0000
    0583" -> "ess e fyra fem, fem noll noll noll, noll noll noll noll, noll fem åtta tre" (it was
    read as numbers, "femtusen ... niotusenåttahundra..."). A reference of two to five capitals and
    two or more groups of digits joined by hyphens is read group by group with "streck" between,
    a year as a year, a long group or one with a zero digit by digit: "SN-20240117-0042" -> "ess enn
    streck två noll två fyra noll ett ett sju streck noll noll fyra två" (it was "tjugo miljoner ...
    till ..."), "ORD-2024-0042" (class "identifier").

    One capital opens a code too ("F-2025-118"), and a group may be capitals ("SO-10234-B").

    After a case label (CASE_LABELS, an agency's capitals between), a number in four or more groups
    joined by hyphens, slashes and dots, or a group and a space before three ("dnr 3.5.1-12345/2024",
    "dnr 131 456789-24/113") is read group by group as ``admin._case`` reads its groups, the
    separators said ("punkt", "streck", "snedstreck"; it was "tre fem ett -tolvtusen..." and a
    range "... till tjugofyra").

    A board's letters joined by a slash to a year and a running number are a diary number:
    "KS/2024:1187" -> "KS tvåtusentjugofyra kolon elvahundraåttiosju" (the letters left to the
    acronyms; it was "två noll två fyra ett ett åtta sju"); so is a ministry's, its letters glued to the year:
    "Ju2024/01432" -> "Ju tvåtusentjugofyra snedstreck noll ett fyra tre två" (the slash was lost).

    A series' season and episode, "S3E4" -> "säsong tre avsnitt fyra" (it was "ess tre e fyra").

    Risk: an IBAN needs its groups of four after the check digits; two capitals and digits in
    groups of four that are something else ("EU 2024 ...") are not of that shape (no check digits
    joined to the letters). A score or a range after capitals with two hyphens ("IFK-3-1") is read
    as a code. "S2E1" as the name of something else (a product) is read as an episode. A list of
    numbers after a case label written with those separators and no spaces is read as one number.
    """
    if "E" in text:
        text = sub(_EPISODE, lambda m: f"säsong {cardinal(int(m.group('s')))} avsnitt {cardinal(int(m.group('e')))}",
                   text, trace, "episode")
    if "-" in text:
        text = sub(_LETTER_CODE, _letter_code, text, trace, "identifier")
    if "/" in text and _BOARD_CASE_HINT.search(text):
        text = sub(_BOARD_CASE, _board_case, text, trace, "identifier")
    if ("-" in text or "/" in text) and _LONG_CASE_HINT.search(text):
        text = sub(_LONG_CASE, _long_case, text, trace, "identifier")
    if not _IBAN_HINT.search(text):
        return text
    return sub(_IBAN, _iban, text, trace, "identifier")
