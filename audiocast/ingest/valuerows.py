"""A widget's value rows glued in a dump: a chart's bars, a weather or bathing-temperature box, a frequency list.

A site draws a chart ("Andel nöjda, procent": one bar a place), a box of bathing temperatures or radio frequencies,
or a table of channel numbers as a column of short rows, each a name and its value with only a space (or dot
leaders) between them: "Vallentuna 83", "Torekov 19°", "Ystad 102,4", "Sport ...... 301". Flattened into a dump
the rows stand glued under the article with nothing to say of them; read aloud they are a string of names and
numbers. Told on any site by their shape alone:

- a run of at least :data:`MIN_ROWS` lines glued together (no blank line between them), each a name (starting with a
  capital, no digit, no colon, no dash) and one value of at most three digits (a decimal part, a per cent or degree
  sign allowed) at its end (:data:`ROW`);
- each row names a different thing (a chart's bars, a box's places): the names of the run are all distinct.

Measured before writing this over every annotated dump (tests/data/extract and the opened sets extract58 … 79):
runs of such rows fire on 43 lines in 5 folders (golden 9, extract60 5, extract62 4, extract65 8, extract71 15), all
43 boilerplate (100 %). Without the distinct-names condition a sports result list ("Herr 640", "Herr 680", "Dam
540": 2 of 4 article lines, extract64) would go too.

Guards (kept; the risks): a fact list's rows with a colon ("Rådjur: 71", "Lokaler: 4") or a dash ("Ek – 22 %"),
the article's form (golden and the sets read those as the article's); rows whose name repeats (a result list by
class); runs of two rows; a value of four digits or a year ("Sommar 2024": an archive's list, other passes'); rows
that all name a person by first and last name (:data:`PERSON_ROW`: a match report's scorers, "Oscar Lindfors 8",
the article's statistics; session 23, extract83: none of the runs fired in the annotated dumps names people, the
widgets name places, days, channels and counters); rows that all give a name, a comma and a street with its
number (:data:`ADDRESS_ROW`: a list of addresses). Risk: a bare list of places and numbers the article itself
gives without colons; none in the annotated sets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine

RULE = "value-rows"
MIN_ROWS = 3
"""A widget's column holds at least this many rows (two rows glued are as often the article's pair)."""

ROW = re.compile(r"^[A-ZÅÄÖÉ][^\d:–—-]{1,30} \d{1,3}(?:,\d{1,2})?(?: ?%|°)?$")
"""A name and one value at its end, only a space (or dot leaders) between."""

PERSON_ROW = re.compile(r"^(?:[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)? ){2,3}\d{1,3}$")
"""A person's first and last name (a middle name or a double name allowed) and one number: a scorer's row."""

ADDRESS_ROW = re.compile(r"^[^,]+, [A-ZÅÄÖÉ][^\d,]* \d{1,3}$")
"""A place's name, a comma and its street with the number ("Surdeg & Co, Torget 3"): a run of them all is a list of
addresses, the article's (new shops, polling stations), no widget's values (session 42, extract198: a trade
association's seven new shops were dropped but for the first, too long for a row).
Counted first over the annotated dumps: no run of value rows that fired there has a comma in every row."""

_LEADERS = re.compile(r"\s*\.{2,}\s*$")


def _name(text: str) -> str:
    return _LEADERS.sub("", text.rsplit(" ", 1)[0]).strip().lower()


_TOTAL = re.compile(r"(?i)(?:totalt|summa|sammanlagt|totalsumma|samtliga|alla (?:arter|klasser|lag))\b")
"""A total's row glued under the rows ("Totalt 1 981 fåglar av 26 arter"): the article's own count and its sum, no
widget's (session 34, extract137: a ringing station's week by species)."""


def value_row_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a widget's glued value rows (see the module docstring)."""
    i = 0
    while i < len(lines):
        if not ROW.match(lines[i].text):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and not lines[end].blank_before and ROW.match(lines[end].text):
            end += 1
        run = lines[i:end]
        names = [_name(x.text) for x in run]
        summed = end < len(lines) and not lines[end].blank_before and _TOTAL.match(lines[end].text) is not None
        if len(run) >= MIN_ROWS and len(set(names)) == len(names) and not all(PERSON_ROW.match(x.text) for x in run) \
                and not summed and not all(ADDRESS_ROW.match(x.text) for x in run):
            for x in run:
                if x.tag is None:
                    x.tag, x.rule = "drop", RULE
        i = end
