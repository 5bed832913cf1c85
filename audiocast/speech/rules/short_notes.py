"""Short forms only the words around them can read: a blood group's Rh sign ("blodgrupp 0 neg." -> "noll
negativ"), "ref." in a court's yearbook reference ("HFD 2019 ref. 21" -> "referat tjugoett"), and an office
noun cut short ("anmälan till exp." -> "expeditionen"), a horse's pedigree ("e. X u. Y"), and the dash between two
central stations ("Lund C–Malmö C" -> "Lund C till Malmö C"). Each was left as written (or read "referens"), which a
listener hears as a stray syllable or the wrong word.
"""

from __future__ import annotations

import re

from ..data.clipped_nouns import INDEFINITE_BEFORE
from ..data.number_words import SIGN_WORDS
from ..data.short_note_words import (
    BLOOD_GROUPS,
    BLOOD_SIGNS,
    CASE_REPORT_SERIES,
    COMPASS_PREFIXES,
    DRESSAGE_LEVELS,
    OFFICE_NOUNS,
    VENUE_LETTERS,
)
from ..report import Trace
from .machinery import alternation, prev_words, spell, sub

_BLOOD = re.compile(
    rf"(?<![\w.,])(?P<g>{alternation(BLOOD_GROUPS)})\s?(?P<s>neg|pos)(?:\.(?=[,;:)]|\s[a-zåäö\d]|\s[–-]\s[a-zåäö])|\b)(?![\w-])"
)
# "pos. N 61°32'": a position before its latitude, not a blood group's "positiv" (session 61, normalize431).
_POSITION = re.compile(r"(?<![\w.])pos\.(?=\s(?:[NS]\s?\d{1,2}\s?°|nord\b|syd\b))")
_RH = re.compile(r"(?<![\w])Rh\s?(?P<s>[+−-])(?![\w+−-])")
_BARE_SIGN = re.compile(rf"(?<![\w.,])(?P<g>{alternation(BLOOD_GROUPS)})(?P<s>[+−])(?![\w\d+−])")
_CASE_REF = re.compile(rf"(?<![\w])(?P<c>{alternation(CASE_REPORT_SERIES)})\s(?P<y>(?:19|20)\d\d)\sref\.?(?=\s\d)")
# "Lund C–Malmö C": two central stations joined by a dash, a journey from one to the other.
_STATION = r"[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)? C"
_STATION_SPAN = re.compile(rf"(?<![\w-])(?P<a>{_STATION})\s?[–-]\s?(?={_STATION}(?![\w:]))")
_COMPASS_PREFIX = re.compile(rf"(?<![\w:])(?P<p>{alternation(COMPASS_PREFIXES)})(?= [A-ZÅÄÖ][a-zåäöé])")
# A horse's pedigree, "e. Muscle Hill u. Kaisa Kiss": after its sire ("efter") and under its dam ("under"), both named.
_PEDIGREE = re.compile(r"(?<![\w.])e\.\s(?P<sire>[A-ZÅÄÖ][\w'-]*(?:\s[A-ZÅÄÖ][\w'-]*){0,3})\su\.\s(?=[A-ZÅÄÖ])")
# Its sire alone after a horse's word ("en 5-årig valack e. Muscle Hill, har …"): "efter".
_SIRE = re.compile(r"\b(?P<h>(?i:valacken|valack|hingsten|hingst|stoet|sto|hästen|häst|åringen|åring|fölet|föl))\b(?P<gap>[^.;:]{0,25}?)\se\.\s(?=[A-ZÅÄÖ])")
# A dressage class: its level, its letter and, after a colon, its programme ("lätt B:3", "Msv B:1"); "Msv C" alone.
_DRESSAGE = re.compile(rf"(?<![\w])(?P<lvl>{alternation(DRESSAGE_LEVELS)})\s(?P<l>[A-E])(?::(?P<n>\d{{1,2}}))?(?![\w:])")
# "(95 % KI 14–31)": a study's confidence interval after its level, not Karolinska institutet (session 58, normalize358).
_CONFIDENCE = re.compile(r"(?<![\d,])(?P<p>\d{2}(?:,\d)?)\s?%\s?(?:KI|CI)(?![\w-])")
_DRESSAGE_HINT = re.compile(r"[tvV] [A-E](?![\w])")  # (the level's last letter, a space, the class's letter)
_OFFICE = re.compile(rf"(?<![\w.])(?P<w>{alternation(OFFICE_NOUNS)})(?!\w)")
# "Umeå IK (h) 26/4": a letter in brackets right after a capitalised name (a team's), home or away.
_VENUE = re.compile(r"(?<=[A-ZÅÄÖa-zåäö] )\((?P<v>[hbHB])\)(?=[\s,;.:]|$)")
_VENUE_NAME = re.compile(r"[A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*)*\s$")


def _blood(m: re.Match[str]) -> str | None:
    # (the window was 40 characters: "Blodcentralen behöver särskilt givare med 0 neg", session 55, normalize283)
    near = m.string[max(0, m.start() - 80):m.start()].lower()
    if "blod" not in near and "givare" not in near and m.group("g") == "0":
        return None  # "0 neg." without blood or its donors nearby: a bare number and a word, left alone
    return f"{BLOOD_GROUPS[m.group('g')]} {BLOOD_SIGNS[m.group('s')]}"


def _office(m: re.Match[str]) -> str:
    before = prev_words(m)
    indefinite, definite = OFFICE_NOUNS[m.group("w")]
    if before and (before[-1] in INDEFINITE_BEFORE or (before[-1].endswith("s") and len(before[-1]) > 3)):
        return indefinite  # "kyrkans exp.", "vår exp.": the genitive makes it indefinite
    return definite


def short_notes(text: str, trace: Trace | None = None) -> str:
    """A blood group's sign: "0 neg." -> "noll negativ", "AB pos" -> "AB positiv" ("pos." before a latitude is
    "position"); its Rh factor's sign, "0 Rh−" ->
    "noll ärr hå minus", and a group's bare sign in a line about blood, "blodgrupp AB+" -> "AB plus" (a "0" group only within
    forty characters after "blod", so "0 pos." in another table stays); "ref." between a yearbook's year and
    its number -> "referat" ("NJA 2015 ref. 3"); "exp." -> "expeditionen", or "expedition" after a genitive
    or a possessive; two central stations joined by a dash: "Umeå C–Luleå C" -> "Umeå C till Luleå C" (the dash
    was silent between the two "central"); a street's compass part before its name: "N:a Hamngatan" ->
    "Norra Hamngatan" ("S:a 450 kr", a sum, is left); a horse's pedigree, "e. Quite Easy u. Stella" -> "efter Quite
    Easy under Stella" (its sire and its dam, both named with capitals), and the sire alone after a horse's word
    ("valack e. Muscle Hill" -> "efter"); a dressage class, "lätt B:3" -> "lätt B 3", "Msv C" -> "medelsvår C" (the
    letter and the number read by the rules after); a study's confidence interval after its level, "95 % KI" ->
    "95 procents konfidensintervall"; a fixture's venue letter in brackets after a team's name, "Umeå IK (h)" ->
    "(hemma)", "(b)" -> "(borta)".

    Risk: a grade's "A+" in a line that speaks of blood is read as a blood group's sign; "A pos." or "B neg." meaning something else (a position, a school grade's note) is read as a blood
    group; "exp." for "exponering" or "expert" is read as the office; "ref." after a court's yearbook year is
    always a "referat"; two teams' C squads joined by a dash ("Mora C–Leksand C") are read as a journey; "S:a" before a capitalised word meaning a sum ("S:a Kronor") is read "Södra"; "e." before a capitalised
    word a few words after a horse's word is its sire ("hästen … e. Kalle"), whatever else it means; "Msv" or "lätt"
    before a capital from A to E is a dressage class's level; "(b)" after a capitalised word in a list of points
    ("enligt Punkt (b)") is read "borta".
    """
    if "neg" in text or "pos" in text:
        text = sub(_BLOOD, _blood, text, trace, "short form")
        text = sub(_POSITION, lambda m: "position", text, trace, "short form") if "pos." in text else text
    if "Rh" in text:
        # the Rh factor's letters and its sign (session 40, normalize132: "0 Rh−" was left as written)
        text = sub(_RH, lambda m: f"{spell('rh')} {SIGN_WORDS[m.group('s')].strip()}", text, trace, "short form")
    if ("+" in text or "−" in text) and "blod" in text.lower():
        text = sub(_BARE_SIGN, lambda m: f"{BLOOD_GROUPS[m.group('g')]} {SIGN_WORDS[m.group('s')].strip()}", text,
                   trace, "short form")
    if "ref" in text:
        text = sub(_CASE_REF, lambda m: f"{m.group('c')} {m.group('y')} referat", text, trace, "short form")
    if " C" in text and ("–" in text or "-" in text):
        text = sub(_STATION_SPAN, lambda m: f"{m.group('a')} till ", text, trace, "short form")
    if ":a " in text:
        text = sub(_COMPASS_PREFIX, lambda m: COMPASS_PREFIXES[m.group("p")], text, trace, "short form")
    if "e. " in text and " u. " in text:  # (session 53: normalize222, and normalize208's known gap)
        text = sub(_PEDIGREE, lambda m: f"efter {m.group('sire')} under ", text, trace, "short form")
    if " e. " in text:  # "valack e. Muscle Hill" (session 53, normalize245)
        text = sub(_SIRE, lambda m: f"{m.group('h')}{m.group('gap')} efter ", text, trace, "short form")
    if "xp." in text:
        text = sub(_OFFICE, _office, text, trace, "short form")
    if "I" in text and "%" in text:
        text = sub(_CONFIDENCE, lambda m: f"{m.group('p')} procents konfidensintervall", text, trace, "short form")
    if _DRESSAGE_HINT.search(text):
        text = sub(_DRESSAGE, _dressage, text, trace, "short form")
    if "(h)" in text or "(b)" in text or "(H)" in text or "(B)" in text:
        text = sub(_VENUE, _venue, text, trace, "short form")
    return text


def _venue(m: re.Match[str]) -> str | None:
    if not _VENUE_NAME.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "punkt (b) ovan": a list's letter, no team's name before it
    return f"({VENUE_LETTERS[m.group('v')]})"


def _dressage(m: re.Match[str]) -> str | None:
    level = DRESSAGE_LEVELS[m.group("lvl")]
    if level == m.group("lvl") and not m.group("n"):
        return None  # "lätt B" alone: no programme's number, nothing to say but the words as written
    return f"{level} {m.group('l')}" + (f" {m.group('n')}" if m.group("n") else "")
