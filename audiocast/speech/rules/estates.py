"""Property designations in a line about property ("Fastighetsöverlåtelser:
Bredsele 3:12, 1,8 ha, till Per Nord"), read before the clock times take
"3:12" for a time. ``admin`` reads those after a label ("fastigheten
Kvarnen 2:14") or a sale's word; this rule reads the lines whose words are
compounds or labels with a colon ("Fastighetsbeteckning: Sigtuna Märsta
21:387"). The tables are in ``speech/data/estate_words.py``.
"""

from __future__ import annotations

import re

from ..data.admin import REFERENCE_SERIES
from ..data.estate_words import NOT_PLACES, PROPERTY_KINDS, PROPERTY_SALE_AFTER, PROPERTY_STEMS
from ..data.permit_words import BUILDING_PERMIT_STEMS
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, sub

# (no part of a designation opens with a zero: "09:30", "10:00" are times)
# A line about property: a stem of a sale or a plan, or of a building-permit notice.
_STEMS = re.compile(alternation(PROPERTY_STEMS + BUILDING_PERMIT_STEMS))
_PLACE = r"[A-ZÅÄÖ][\wåäöé-]+"
_DESIGNATION = re.compile(
    rf"(?<![\w-])(?P<name>{_PLACE}(?:\s{_PLACE}){{0,2}})\s(?P<a>[1-9]\d{{0,3}}):(?P<b>[1-9]\d{{0,3}})(?!\d|[.,:]\d)"  # a colon after it ends a list's label
)


def _designation(m: re.Match[str]) -> str | None:
    if m.group("name").split()[-1].lower() in NOT_PLACES or _STEMS.match(m.group("name").split()[-1].lower()):
        return None  # "Måndag 14:30", "Auktion 12:30": a time (a word of the line's kind is no place)
    if m.group("name") in REFERENCE_SERIES:
        return None  # "Dp 2023:14": a plan's year and number, read by ``admin.references``
    return f"{m.group('name')} {cardinal(int(m.group('a')))} kolon {cardinal(int(m.group('b')))}"


# "Björkby 1:23–1:28", "Tuna 3:45 och 3:46": more designations of the same
# place after one already said ("... kolon tjugotre"), joined by a dash, "och",
# "samt", "eller", "respektive" (session 65, normalize491: "Rörby 3:14 resp. 3:15" was "tre och femton") or a comma.
_MORE = re.compile(
    r"(?P<head>\bkolon [a-zåäö]+)(?P<sep>\s?[–-]\s?|\s(?:och|samt|eller|respektive|resp\.?)\s|,\s)"
    r"(?P<a>\d{1,4}):(?P<b>\d{1,4})(?![\d:]|[.,]\d)"
)


def _more(m: re.Match[str]) -> str:
    sep = m.group("sep").strip()
    sep = " till " if sep in ("–", "-") else " respektive " if sep.startswith("resp") else m.group("sep")
    return f"{m.group('head')}{sep}{cardinal(int(m.group('a')))} kolon {cardinal(int(m.group('b')))}"


def more_designations(text: str, trace: Trace | None = None) -> str:
    """After a property designation said ("Björkby ett kolon tjugotre"),
    more of the same place joined to it: "1:23–1:28" -> "ett kolon
    tjugotre till ett kolon tjugoåtta", "3:45 och 3:46" -> "... och tre
    kolon fyrtiosex" (it was a clock time, "tre och fyrtiosex"). Called by
    ``estates`` and by ``admin.identifiers_by_label`` after they read the
    first one (class "identifier"), and by ``admin.references`` after a
    law's chapter and section ("BrB 4:7 och 12:1"). Risk: a clock time right after a
    designation and "och" ("Tuna 1:5 och 14:30") is read as one."""
    if "kolon " not in text or ":" not in text:
        return text
    for _ in range(4):  # a list: each pass reads the next one
        new = sub(_MORE, _more, text, trace, "identifier")
        if new == text:
            break
        text = new
    return text


# "Kusfors 1:45, 12 ha skog": a designation with the land's area right after it, a property by its shape; the
# property's kind may stand before the area ("Kisa 4:231, villa 142 kvm": PROPERTY_KINDS).
_AREA_AFTER = re.compile(r"[A-ZÅÄÖ][\wåäöé-]+\s\d{1,4}:\d{1,4},\s" rf"(?:(?:{alternation(PROPERTY_KINDS)})\s)?"
                         r"(?:ca\s)?\d+(?:,\d+)?\s?(?:ha|hektar|kvm|m²)\b")

# "Vrigstad-Bäck 1:34 till Per Ek, Eksjö, för 875 000 kr", "Ryd 2:45 har köpts av ...": a line of a
# sales list naming no stem, the sale said after the designation (a buyer of two capitalised words and
# a price, or a word of PROPERTY_SALE_AFTER).
_SOLD_AFTER = re.compile(
    r"[A-ZÅÄÖ][\wåäöé-]+\s\d{1,4}:\d{1,4}(?!\d)(?=[^.!?]{0,80}?(?:\btill (?:[A-ZÅÄÖ][\wåäöé-]+,? (?:och |& )?)+"
    rf"[A-ZÅÄÖ][^.!?]{{0,60}}?\bför (?:ca |cirka )?\d|\b(?:{alternation(list(PROPERTY_SALE_AFTER))})\b"
    # "Odensala 3:127, Per Olsson till Anna och Erik Lind, 3 450 000 kr.": a buyer after "till" and a property's
    # price in kronor, of five digits or more, closing the line's sentence (no bus fare is that dear)
    r"|\btill [A-ZÅÄÖ][^.!?]{0,60}?,\s(?:\d{2,3}[ \u00a0]\d{3}|\d{1,3}(?:[ \u00a0]\d{3}){2,3})\s?(?:kr|kronor)\b))"
)


def estates(text: str, trace: Trace | None = None) -> str:
    """In a line about property (a stem of PROPERTY_STEMS anywhere in it,
    compounds too: "Fastighetsöverlåtelser", "tomtköp", or of a building
    permit's notice, BUILDING_PERMIT_STEMS: "Högsjö 3:14: Nybyggnad av
    carport"), a capitalised name
    of up to three words and "N:M" after it is a property designation:
    "Bredsele 3:12" -> "Bredsele tre kolon tolv", "Sigtuna Märsta 21:387"
    -> "tjugoett kolon trehundraåttiosju" (class "identifier").

    A line with no such stem is one when a designation has the land's
    area right after it ("Kusfors 1:45, 12 ha skog"), the property's kind before the area ("Kisa 4:231, villa 142
    kvm", PROPERTY_KINDS), or its sale after it
    in the sentence: a buyer of two capitalised words and a price ("Bäck
    1:34 till Per Ek, Eksjö, för 875 000 kr") or a word of
    PROPERTY_SALE_AFTER ("Ryd 2:45 har köpts av ...").

    Risk: a clock time with a colon after a capitalised word in such a
    line ("Visning Solvägen 12:30") is read as a designation unless the
    word is a weekday, a month or "kl." (NOT_PLACES); so is a timetable's
    time after a place in a line about building ("Bussen från Ekeby 7:15
    till rivningen"), and a timetable's line with a time after a place and
    a traveller of two capitalised names and a price after it ("Umeå 14:30
    till Anna Berg för 200 kr").
    """
    if ":" not in text:
        return text
    low = text.lower()
    if not _STEMS.search(low) and not _AREA_AFTER.search(text) and not _SOLD_AFTER.search(text):
        return text
    return more_designations(sub(_DESIGNATION, _designation, text, trace, "identifier"), trace)
