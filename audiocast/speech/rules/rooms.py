"""Rooms and halls numbered with a colon ("rum 3:12", "sal 4:2",
"konferensrum B2:14"): a building's part and a room's number, said with
"kolon" ("rum tre kolon tolv"); they were read as clock times ("tre och
tolv"), scores ("fyra mot två") or ranges. The labels are in
``speech/data/room_words.py``.
"""

from __future__ import annotations

import re

from ..data.room_words import NOT_ROOM_TAILS, ROOM_LABELS, ROOM_LABELS_DEFINITE, ROOM_TAILS
from ..numbers import cardinal, digits
from ..report import Trace
from .machinery import sub

# A label word, an optional capital (a wing: "C2:11"), a number, a colon and a number.
_ROOM = re.compile(
    r"(?<![\w-])(?P<label>[A-Za-zÅÄÖåäö]+)\s(?:nr\.?\s)?(?P<wing>[A-ZÅÄÖ]{1,2})?(?P<a>\d{1,3})(?P<sep>[:.])(?P<b>\d{1,4})"
    r"(?![\d:]|[.,]\d|[A-Za-zåäö])"
)
_GATE = re.compile(r"(?:rum|rummet|sal|salen|lokal|lokalen|aula|aulan|lab|labbsal)\s(?:nr\.?\s)?(?:[A-ZÅÄÖ]{0,2}\d{1,3}[:.]|"
                   r"[A-ZÅÄÖ]{1,2}:)\d", re.I)
# A university's room by its building's letter, a colon and the room's number ("hörsal E:1406", "sal MA:2"):
# the letters, then the number, the colon silent (session 59, normalize381: the writer's reading; it was "E:").
_LETTER_ROOM = re.compile(r"(?<![\w-])(?P<label>[A-Za-zÅÄÖåäö]+)\s(?P<wing>[A-ZÅÄÖ]{1,2}):(?P<b>\d{1,4})(?![\d:]|[.,]\d|\w)")


_GATE_WORDS = ("rum", "sal", "Rum", "Sal", "lokal", "Lokal", "aula", "Aula", "lab")  # a cheap test first


def _has_gate_word(text: str) -> bool:
    """any(w in text for w in _GATE_WORDS), written out (no generator to start on every line)."""
    return ("rum" in text or "sal" in text or "Rum" in text or "Sal" in text or "lokal" in text or "Lokal" in text
            or "aula" in text or "Aula" in text or "lab" in text)


def _clock_shape(a: str, b: str) -> bool:
    return len(b) == 2 and int(a) <= 23 and int(b) <= 59


def _room_compound(label: str) -> bool:
    """A compound ending in a room's word ("konferensrum", "föreläsningssal"), not a place's name ending so."""
    return label.endswith(ROOM_TAILS) and len(label) > 5 and not label.endswith(NOT_ROOM_TAILS)


def _room(m: re.Match[str]) -> str | None:
    label = m.group("label").lower()
    a, b = m.group("a"), m.group("b")
    if m.group("sep") == "." and (label in ROOM_LABELS_DEFINITE or len(b) != 2 and not m.group("wing")):
        return None  # "salen 18.30": a time; "sal 3.5": a decimal
    if label in ROOM_LABELS_DEFINITE:
        if _clock_shape(a, b) and not m.group("wing"):
            return None  # "i salen 18:30": a time
    elif not (label in ROOM_LABELS or m.group("sep") == ":" and _room_compound(label)):
        return None  # "Resecentrum 7.15", "Forum 12:30": a place's name ending so, and a time
    wing = f"{m.group('wing')} " if m.group("wing") else ""
    sep = "kolon" if m.group("sep") == ":" else "punkt"  # "rum 4.12": a floor and a room, "fyra punkt tolv"
    tail = f"noll {cardinal(int(b))}" if b[0] == "0" and len(b) > 1 else cardinal(int(b))  # "2.05": "två punkt noll fem"
    return f"{m.group('label')} {wing}{cardinal(int(a))} {sep} {tail}"


def rooms(text: str, trace: Trace | None = None) -> str:
    """ "rum 3:12" -> "rum tre kolon tolv", "sal 4:2" -> "sal fyra kolon
    två", "lokal C2:11" -> "lokal C två kolon elva" (the wing's letter left
    to the letter rules), "konferensrum 1:105" -> "... ett kolon
    hundrafem": after a room's word (ROOM_LABELS, a compound ending in
    "-rum", "-sal", "-lokal") a number with a colon is the room's, a
    building's part and the room in it; with a dot and two digits after
    it, a floor and a room ("rum 4.12" -> "fyra punkt tolv", was the clock
    "fyra och tolv"). A room by its building's letter and a colon ("hörsal E:1406") is the letter and the number,
    the colon silent ("hörsal E ett fyra noll sex", session 59).

    Risk: a time written with a colon right after a room's word in the
    indefinite ("sal 3 18:30" is safe: the label is not right before it;
    "hörsal 18:30" is read as a room). After the definite ("salen",
    "rummet") only a number that cannot be a time is a room's ("salen
    4:2", "rummet 2:105"; "i salen 18:30" stays a time).
    """
    if not _has_gate_word(text) or not _GATE.search(text):
        return text
    text = sub(_LETTER_ROOM, _letter_room, text, trace, "identifier")
    return sub(_ROOM, _room, text, trace, "identifier")


def _letter_room(m: re.Match[str]) -> str | None:
    label = m.group("label").lower()
    if not (label in ROOM_LABELS or label in ROOM_LABELS_DEFINITE or _room_compound(label)):
        return None
    b = m.group("b")
    number = digits(b) if len(b) == 4 or b[0] == "0" else cardinal(int(b))
    return f"{m.group('label')} {m.group('wing')} {number}"
