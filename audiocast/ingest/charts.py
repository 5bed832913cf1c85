"""A chart, a map's legend or a diagram copied with the page: its values one a line, with its title over them and its
source under them.

A data desk's graphic (Datawrapper, Flourish, a map with a legend) copies as its title, its axis values or legend one
a line ("2019" / "2020" / "2021", "0–1 %" / "1–5 %" / "Över 15 %", "2 600" / "2 400"), then its source ("Källa:
SCB") and its tools ("Bädda in", "Ladda ner data", rules ``chart-tools`` of ``data/boilerplate.tsv``). Read aloud it
is a list of bare numbers that says nothing without the picture. Told by its shape on any site:

- a run of at least :data:`MIN_VALUES` lines in a row that are each a value alone (a number, a year, a share, a
  range of them, "Över 15 %"; :data:`VALUE`): of the 21 such runs in the annotated dumps of tests/data/extract and
  blind sets extract97a-b (session 27), none was the article's;
- the chart's head right over the run: its legend's names, its title and subtitle, lines without a sentence's stop
  (no hashtag or handle: a post's text over its counters is no chart's title), and its label ("Diagram");
- the chart's source right under the run: a line opened by "Källa"/"Källor" (:data:`SOURCE`).

The article's own prose and a fact box's labelled rows ("Antal: 3") are never values alone, so they stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

RULE = "chart"
MIN_VALUES = 3
"""A chart's values: at least this many lines in a row, each a value alone."""
TITLE_WORDS = 20
"""A chart's title over its values is at most this many words, with no sentence's stop."""
_NUMBER = r"[−–+-]?\d[\d  ]*(?:,\d+)?"  # (a decimal comma: "06.00" is a timetable's clock, kept)
VALUE = re.compile(
    rf"(?i)(?:(?:över|under|mer än|mindre än|minst|max)\s+)?{_NUMBER}(?:\s*[–-]\s*{_NUMBER})?"
    r"\s*(?:%|procent|kr|st|mkr|tkr|mnkr|mdkr)?")
"""A value alone on its line: a number, a year, a share or a range of them, perhaps with "över"/"under"."""
LEGEND_LINES = 12
"""A chart's legend over its values: at most this many names (a party's letters for each party of a result, session
28: "M" / "SD" / "S" / "KD" / … / "Övr.") ..."""
LEGEND_WORDS = 3
"""... of at most this many words each."""
TITLE_LINES = 2
"""A chart's title and subtitle: at most this many lines over its legend."""
GRAPHIC_LABEL = re.compile(r"(?i)diagram|graf|grafik|karta|tabell|interaktiv grafik|figur")
"""The label a site sets over its graphic."""
SOURCE = re.compile(r"(?i)^(?:källa|källor|source)\s*:")
"""The chart's source line under its values."""
_STOP = ".!?…"
_WINDOW = 3
"""How far under the run its source may stand (lines the rules took between them are passed over)."""


def chart_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the values of a chart or a legend, its title and its source (see the module docstring)."""
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and VALUE.fullmatch(lines[k].text.strip()):
            k += 1
        if k - i < MIN_VALUES:
            i += 1
            continue
        for x in lines[i:k]:
            x.tag, x.rule = "drop", RULE
        _title(lines, i)
        _source(lines, k)
        i = k


def _title(lines: Sequence[TaggedLine], start: int) -> None:
    """The chart's head right over its values, read upwards: its legend (at most :data:`LEGEND_LINES` names of a
    few words, "Bengtsfors" / "Åmål"), its title and subtitle (at most :data:`TITLE_LINES` lines without a sentence's
    stop, "Mediantid från larm till ankomst, prio 1, minuter"), and the graphic's label ("Diagram"). Legend names
    another pass dropped already are passed over as the legend's."""
    j = start - 1
    legend = 0
    while j >= 0 and legend < LEGEND_LINES and (_legend_name(lines[j]) or _dropped_name(lines[j])):
        j, legend = j - 1, legend + 1
    titles = 0
    while j >= 0 and titles < TITLE_LINES and _head_line(lines[j], TITLE_WORDS):
        j, titles = j - 1, titles + 1
    if j >= 0 and _head_line(lines[j], 1) and GRAPHIC_LABEL.fullmatch(lines[j].text.strip()):
        j -= 1
    for x in lines[j + 1:start]:
        x.tag, x.rule = "drop", RULE


def _head_line(ln: TaggedLine, most: int) -> bool:
    """An untagged line of at most ``most`` words without a sentence's stop, a hashtag or a handle (a post's text over
    its counters is no chart's head)."""
    t = ln.text.strip()
    return ln.tag is None and bool(t) and t[-1] not in _STOP and words(t) <= most and not any(c in t for c in "#@")


def _legend_name(ln: TaggedLine) -> bool:
    """A legend's name: a head's line of a few words, or one short word closed by an abbreviation's stop ("Övr.")."""
    t = ln.text.strip()
    return _head_line(ln, LEGEND_WORDS) or (ln.tag is None and " " not in t and 2 <= len(t) <= 6 and t.endswith("."))


def _dropped_name(ln: TaggedLine) -> bool:
    """A legend's name another pass already dropped ("C", "MP" read as a switch's options): the legend goes on over it."""
    t = ln.text.strip()
    return ln.tag == "drop" and bool(t) and t[-1] not in _STOP and words(t) <= LEGEND_WORDS


def _source(lines: Sequence[TaggedLine], end: int) -> None:
    for x in lines[end:end + _WINDOW]:
        if x.tag is None and SOURCE.match(x.text.strip()):
            x.tag, x.rule = "drop", RULE
            return
        if x.tag is None:
            return
