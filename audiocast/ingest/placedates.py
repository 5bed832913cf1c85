"""A letter's place and day under its headline: "Vallby, Marie bebådelsedag 2025", "Kiruna i januari 2026".

A letter, a newsletter's greeting or a chronicle dates itself as letters do: the place, then the day, a feast or a
season, then the year, on a line of its own between the headline and the text. The date grammar cannot read a feast
day or a season ("Marie bebådelsedag", "vid islossningen"), so the line was no date line: the headline lost its
anchor, and the line, right over the lead, was taken for the headline. Told on any site by its shape and place:

- a place (one to three capitalised words), then a comma, or "den" and a number, or "i" and a month or a time of the
  year (:data:`SEASONS`), then at most :data:`DAY_WORDS` words and a year closing the line; no sentence's end;
- right under a headline-like line (three words or more, title-like) and right over a paragraph of prose.

It is tagged a date line (``date``): an anchor of the head, never a headline, never read. Risk: a headline of that
shape ("Sverige, ett år efter valet 2022") glued under a kicker of three words over prose; a kicker is rarely that
long and such a headline rarely ends on its year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..calendar_sv import MONTHS
from .furniture import TaggedLine
from .headlayout import prose
from .headmeta import HEAD_SCAN
from .lineshape import is_title_like, words

DAY_WORDS = 4
"""The day, feast or season between the place and the year is at most this many words."""
SEASONS = ("våras", "våren", "sommaras", "sommaren", "höstas", "hösten", "vintras", "vintern", "advent", "adventstid",
           "adventstiden", "fastan", "fastetiden", "påsktid", "påsktiden", "juletid", "juletiden", "jultid", "jultiden",
           "midsommartid", "början", "slutet", "mitten")
"""The words of a time of the year after "i" in a letter's place and day ("Kiruna i advent 2025", "i slutet av
maj 2026"), beside the month names."""
_DAY_WORD = r"[^\d\s,.!?]+\s+"
_PLACE_DATE = re.compile(
    r"[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){0,2}"
    rf"(?:\s*,\s*(?:{_DAY_WORD}){{1,{DAY_WORDS}}}|\s+den\s+\d{{1,2}}\s+{_DAY_WORD}"
    r"|\s+i\s+(?:" + "|".join((*MONTHS, *SEASONS)) + rf")\s+(?:{_DAY_WORD}){{0,{DAY_WORDS - 1}}})"
    r"(?:19|20)\d\d")
"""The place, a comma, "den" and the day's number, or "i" and a month or a time of the year ("Kiruna i januari 2026",
never "Kultur i Sverige 2025", "Hamnen i vinterskrud 1929"), then the day and the year; no figure but the year
after a comma ("Villa, 212 kvm, byggår 1978" is a record)."""


def place_date(text: str) -> bool:
    """Whether a line has a letter's place-and-day shape (module docstring)."""
    return bool(_PLACE_DATE.fullmatch(text.strip()))


def place_date_tags(lines: Sequence[TaggedLine]) -> list[int]:
    """Tag as a date line each letter's place-and-day line right under a headline-like line and over prose, in the
    page's head; return their indices (the head's anchors)."""
    found: list[int] = []
    for i, ln in enumerate(lines[:HEAD_SCAN]):
        if ln.tag is not None or i == 0 or i + 1 >= len(lines) or not place_date(ln.text):
            continue
        above, below = lines[i - 1], lines[i + 1]
        if above.tag is None and is_title_like(above.text) and words(above.text) >= 3 and prose(below):
            ln.tag, ln.rule = "date", "place-date"
            found.append(i)
    return found
