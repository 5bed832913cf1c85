"""A live ticker's box of match events set beside the article: its entries under their match minutes.

A sports site sets the match's ticker under or beside the report: "Händelser i matchen" over entries each under its
minute ("90+4'" / "Slutsiffror! …", "57'" / "MÅL! 1–1 …", "46'" / "Andra halvlek är igång."), closed by "Visa fler
händelser". The entries are sentences, some quotes of the reporter ("– Nu trycker Hällby på …"), and the rules read
them as the article's going on. What tells them on any site is the minute alone on its line, the match clock's own
mark, which no article's paragraph is (session 31, held-out blind set extract114, opened after round 2).

A box set apart by blank lines that holds at least :data:`STAMPS` minute marks goes whole: its heading, entries and
pager; unless it holds running prose beside the ticker's run (session 44, extract230: a live-score page whose blank
lines begin only under its head, so that one box held the menu, the scoreboard, the ticker, the headline and the
lead), when the run alone goes, as in a dump without blank lines. In a dump without blank lines the run goes from the line over the first mark when it is the ticker's heading
(:data:`HEADING_WORDS`) to the entries under the last (at most :data:`ENTRY_LINES`) and a pager the rules took. Guard (kept): a
page whose running prose stands mostly in the ticker (a minute-by-minute report that is the article itself).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import closes_sentence, words
from .records import blank_boxes

RULE = "ticker"
STAMPS = 3
"""A ticker shows at least this many match minutes."""
ENTRY_LINES = 2
"""An entry under its minute has at most this many lines."""
ENTRY_WORDS = 30
HEADING_WORDS = 6
"""In a dump without blank lines, the line over the first minute goes with the ticker only as its heading (this many
words at most, no stop): the article's last paragraph may stand right over the ticker."""
PROSE_WORDS = 12
_MINUTE = re.compile(r"\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’′]")
"""A match minute alone on its line ("57'", "90+4'", "45 + 2’")."""


def _minutes(box: Sequence[TaggedLine]) -> list[int]:
    return [k for k, x in enumerate(box) if _MINUTE.fullmatch(x.text.strip())]


def _prose_words(lines: Sequence[TaggedLine]) -> int:
    return sum(words(x.text) for x in lines if x.tag is None and closes_sentence(x.text, PROSE_WORDS))


def _run(lines: Sequence[TaggedLine], marks: Sequence[int], stop: int) -> tuple[int, int]:
    """The ticker's run over its minute marks: from its heading over the first mark (:data:`HEADING_WORDS` words at
    most, no stop) to the entries under the last (at most :data:`ENTRY_LINES`, before ``stop``) and a pager the rules
    took."""
    end = marks[-1] + 1
    while end < stop and end - marks[-1] <= ENTRY_LINES and words(lines[end].text) <= ENTRY_WORDS and (
            lines[end].tag is None or lines[end].rule == "more-link"):
        end += 1
    above = marks[0] - 1
    heading = above >= 0 and words(lines[above].text) <= HEADING_WORDS and lines[above].text.strip()[-1:] not in ".!?"
    return (above if heading else marks[0], end)


def ticker_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the boxes of a live ticker's match events (the module docstring)."""
    marks = [k for k, x in enumerate(lines) if _MINUTE.fullmatch(x.text.strip())]
    if len(marks) < STAMPS:
        return
    spans: list[tuple[int, int]] = []
    if any(x.blank_before for x in lines):
        for a, b in blank_boxes(lines, len(lines)):
            inner = [a + k for k in _minutes(lines[a:b])]
            if len(inner) < STAMPS:
                continue
            run = _run(lines, inner, b)
            # a box that holds running prose outside the ticker's run is no box set apart (a page whose blank lines
            # begin only under its head: the header, the ticker, the headline and the lead in one box): the run goes
            spans.append(run if _prose_words([*lines[a:run[0]], *lines[run[1]:b]]) else (a, b))
    else:
        spans = [_run(lines, marks, len(lines))]
    for a, b in spans:
        inside = _prose_words(lines[a:b])
        if inside * 2 >= inside + _prose_words([*lines[:a], *lines[b:]]):
            continue  # the minute-by-minute report is the article
        for x in lines[a:b]:
            x.tag, x.rule = "drop", RULE
