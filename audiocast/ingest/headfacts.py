"""Facts between the headline and the lead of a page dump: an event's day, place and price, a review's fact rows.

"Regi: Anton Ek", "Längd: 1 tim 52 min", "Betyg: 3/5", "Album: Glasvatten": a review sets its work's facts in rows of a
label and its value under its headline; an event's notice its day, place and price in lines of three words or more.
Both are the article's fact box. A lone label's line there ("Kategori: Nyhetsbrev") and one- and two-word lines
(tags, buttons, navigation) are the page's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Block, BlockKind
from .dates import parse_date
from .furniture import TaggedLine
from .headline import Candidate, addressed_by, shape_of
from .lineshape import is_quote, words

FACT_ROWS = 2
"""Rows of a label and its value glued together, at least this many, are a fact box whatever their length."""
ROW_WORDS = 8
"""A fact row is at most this many words."""
LABELLED_ROW = re.compile(r"(?-i:[A-ZÅÄÖ])[\w -]{1,25}:\s+\S.*")
"""A label of a few words, a colon and its value ("Regi: Anton Ek", "Biljetter: 320 kr"), of any length."""


def is_fact_row(line: str) -> bool:
    """A label and its value ("Regi: Anton Ek", "Betyg: ★★★★☆"), short, no quote, the label no button ("Följ ämnet:
    Brand")."""
    return bool(LABELLED_ROW.fullmatch(line)) and len(line.split()) <= ROW_WORDS and not is_quote(line) and (
        shape_of(line.split(":")[0]) != "button")


def field_run(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a fact row (:func:`is_fact_row`) glued to another one above or below it (no blank line
    between): a run of an event's or a review's facts ("Datum: 12 maj kl 18.00" / "Plats: Västerby kyrka"), whatever
    their values' words. One row alone may be a headline with its label ("Debatt: Låt badhuset vara kvar")."""
    def row(ln: TaggedLine) -> bool:  # a picture's credit ("Bild: …", tagged) or a question is no fact row
        return ln.tag in (None, "date") and is_fact_row(ln.text) and ln.text.rstrip()[-1:] not in "?!"

    if not row(lines[i]):
        return False
    above = i > 0 and not lines[i].blank_before and row(lines[i - 1])
    below = i + 1 < len(lines) and not lines[i + 1].blank_before and row(lines[i + 1])
    return above or below


def _rows(lines: Sequence[TaggedLine], at: int, start: int) -> set[int]:
    """The fact rows between the headline ``lines[at]`` and the lead: runs of :data:`FACT_ROWS` or more kept rows glued
    together, set apart from what is above (a blank line, a line the rules took: the byline, the date, or the
    headline). Rows glued under a kept line of another shape are a poster's card in a forum ("badkrukan", "Medlem",
    "Reg: 2011-05", "Inlägg: 1 208"), not the article's facts."""
    found: set[int] = set()
    k = at + 1
    while k < start:
        stop = k
        while stop < start and lines[stop].tag is None and is_fact_row(lines[stop].text) and (
                stop == k or not lines[stop].blank_before):
            stop += 1
        above = lines[k - 1]
        apart = lines[k].blank_before or above.tag is not None or k - 1 == at
        if stop - k >= FACT_ROWS and apart:
            found.update(range(k, stop))
        k = max(stop, k + 1)
    return found


def head_facts(lines: Sequence[TaggedLine], candidates: list[Candidate], title: str, start: int) -> list[Block]:
    """The facts between the headline and the lead ``lines[start]`` as a fact box (see the module docstring): two or
    more lines of three words or more that are no label, button or navigation, or fact rows in a run."""
    at = max((c.index for c in candidates if c.text == title), default=start)
    rows = _rows(lines, at, start)
    facts = [
        ln.text for k, ln in enumerate(lines[at + 1:start], start=at + 1)
        if ln.tag is None and ((shape_of(ln.text) is None and words(ln.text) >= 3) or k in rows)
        and not record_row(ln.text)]
    return [Block(BlockKind.FACTBOX, "", tuple(facts))] if len(facts) >= 2 else []


_RECORD_LABEL = re.compile(r"(?-i:[A-ZÅÄÖ])[a-zåäö]{3,}(?:ad|at|ats|ade|as|ts|et|en)\s*:\s*(?P<value>.+)")
"""A row labelled by a verb's participle or passive ("Justerat:", "Anslaget:", "Nedtas:", "Beslutad:")."""


def record_row(line: str) -> bool:
    """Whether a fact row records the page's own handling, not the article's facts: a label of one word in a verb's
    participle or passive form and a date for its value ("Justerat: 2024-02-21", "Anslaget: 12 maj 2025", "Nedtas: 2
    juni 2025"). An event's "Datum: 12 maj kl 18" and a review's "Regi: Maria Holm" are the article's facts."""
    m = _RECORD_LABEL.fullmatch(line.strip())
    return m is not None and parse_date(m.group("value")) is not None


LABEL_WORDS = 2
"""A label over the lead ("Fråga:", "Läsarens fråga:") is at most this many words."""


def lead_label(lines: Sequence[TaggedLine], start: int) -> str | None:
    """The label glued over the lead ``lines[start]`` that the head's rules took as a line above the headline's block
    (rule ``above-head``): a Q&A column's "Fråga:" over the reader's question, which is the lead. It opens the lead
    ("Fråga: Jag har gått …"); said alone after the lead it would make no sense, dropped the question loses its word."""
    if start < 1 or lines[start].blank_before:
        return None
    label = lines[start - 1]
    text = label.text
    if label.rule != "above-head" or not text.endswith(":") or words(text) > LABEL_WORDS or not text[0].isupper():
        return None
    return text


def labelled_lead(lines: Sequence[TaggedLine], start: int, lead: str | None, title: str = "") -> str | None:
    """The lead ``lines[start]`` opened by its label (:func:`lead_label`) or by the letter's addressee standing between
    the headline ``title`` and the lead ("Till kommunstyrelsen i Sävsjö kommun" under "Öppet brev till
    kommunstyrelsen: …", :func:`audiocast.ingest.headline.addressed_by`: the letter's first line), or as it is."""
    label = lead_label(lines, start) if lead is not None else None
    if label:
        return f"{label} {lead}"
    at = next((k for k in range(start - 1, -1, -1) if lines[k].text == title), None)
    to = [ln.text for ln in lines[at + 1:start] if ln.tag is None and addressed_by(ln.text, title)] if at is not None else []
    return f"{to[0].rstrip(':,')}. {lead}" if to and lead is not None else lead
