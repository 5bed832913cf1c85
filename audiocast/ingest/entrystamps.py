"""The time stamps that head the entries of the article's own run (issue #9: body recall).

A diary sets each day's entry under its date ("Onsdag 12 juni"), a timeline each event under its month or year ("Januari
2023", "1921"). Alone on a line such a stamp has the form of the page's furniture (a date line, an archive's month, a
bare number), so the rules drop it, and the listener hears the entries without knowing when each happened. A stamp
heads an entry when the line under it (or under the entry's writer's name) is a kept sentence of the article's; when at
least :data:`ENTRY_STAMPS` stamps of the article head such entries, they are the article's run and are read. A dated
list of other posts heads titles, an archive's months head more months, and a list of the site's other posts has its sentences dropped with it: none of them heads a
kept sentence. A live report's bare clock times ("16.05" over each update) stay dropped: the issue counts them as the
live page's furniture (one blind set annotates them as text, the golden b4 live page does not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..calendar_sv import WEEKDAYS
from .dates import MONTHS, is_date_line
from .furniture import TaggedLine
from .lineshape import is_quote, words

ENTRY_STAMPS = 3
"""A run of entries has at least this many stamps heading kept sentences (a diary, a timeline)."""
ENTRY_WORDS = 6
"""The sentence an entry opens with is at least this many words."""
_NAME = re.compile(r"(?-i:[A-ZÅÄÖÉ][\w'’-]+)(?:\s+(?-i:[A-ZÅÄÖÉ][\w'’-]+)){0,2}")
"""The entry's writer's name between the stamp and the sentence ("Linnea Sjödin"): one to three capitalized words (a
post's title is no name: "Vårens frösläpp")."""

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DAY = "(?:" + "|".join(WEEKDAYS) + ")(?:en)?"
_STAMP = re.compile(
    rf"(?i)(?:{_DAY}\s+(?:den\s+)?)?[0-3]?\d(?::e|e)?\s+{_MONTH}\.?(?:,?\s+\d{{4}})?"  # a day: "Onsdag 12 juni", "9 mars 2021", "9 mars, 2021"
    rf"|{_MONTH}\s+\d{{4}}"  # a month: "Januari 2023"
    r"|1[5-9]\d\d|20\d\d"  # a year: "1921"
)
"""A stamp alone on its line: a day's date, a month and year or a year (no clock time)."""
_KEEP_RULES = frozenset({"editor", "template"})
"""The editor's drops and the site's template stay dropped whatever they look like."""
_SENTENCE_END = ".!?…\"”»"


WRITER_ENTRIES = 2
"""A diary whose entries each carry the writer's name under the entry's date has at least this many such entries."""
_WRITER = re.compile(
    r"(?:(?:Hälsningar|Hälsning|Mvh|Av|Text:?|Skrivet av|Skriven av)\s+|[/–—-]\s*)?"
    r"(?-i:[A-ZÅÄÖÉ][\w'’-]+)(?:\s+(?-i:[A-ZÅÄÖÉ][\w'’-]+)){0,2}(?:\s*,\s*[\w.-]+(?:\s+[\w.-]+){0,2})?"
)
"""The writer's line under an entry's date: a name of one to three capitalized words, perhaps after a greeting, "Av" or
a slash, perhaps with a role or a class after a comma ("Kristina Ek, doktorand", "Hälsningar Omar, ledare", "/Jonas")."""


def _writer_entry(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a date line with the writer's line under it and a kept sentence under that."""
    if i + 2 >= len(lines) or not (is_date_line(lines[i].text) or _STAMP.fullmatch(lines[i].text)):
        return False
    writer, text = lines[i + 1], lines[i + 2]
    return (writer.tag in {None, "byline"} and _WRITER.fullmatch(writer.text) is not None and text.tag is None
            and words(text.text) >= ENTRY_WORDS and text.text[-1] in _SENTENCE_END)


def _under_prose(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] stands right under a kept paragraph (no box's heading between: the article's own entries)."""
    above = lines[i - 1] if i > 0 else None
    return above is not None and above.tag is None and words(above.text) >= ENTRY_WORDS and above.text[-1] in _SENTENCE_END


def writer_entry_tags(lines: Sequence[TaggedLine]) -> None:
    """A diary whose entries each carry the writer's name under the entry's date (:data:`WRITER_ENTRIES` or more), the
    first of them right under a kept paragraph (the article's introduction; a headline over a date and a byline is a
    news head, no entry), each right under the paragraphs of the one before (a box's heading between ends the run, as
    over a list of other posts under the article): the first entry's date and name are no head (the name no headline nor the article's byline, the
    paragraph over them no furniture above the head). The writers' lines are set apart (tag ``entry``) and the stamps
    marked, until :func:`entry_stamp_tags` gives both back as the entries' text; run before the head is looked for."""
    first = next((i for i in range(len(lines)) if _writer_entry(lines, i) and _under_prose(lines, i)), None)
    if first is None:
        return
    entries = [first]
    j = first + 2
    while j < len(lines):  # the next entry right under this one's paragraphs: a heading or a label between ends the run
        if _writer_entry(lines, j):
            entries.append(j)
            j += 2
        elif lines[j].tag is not None or lines[j].text[-1] not in _SENTENCE_END:
            break
        j += 1
    if len(entries) < WRITER_ENTRIES:
        return
    for i in entries:
        lines[i].rule = "entry-stamp"
        lines[i + 1].tag, lines[i + 1].rule = "entry", "entry-writer"


def _writer_entries_back(lines: Sequence[TaggedLine]) -> None:
    """A diary's stamp and writer's line (:func:`writer_entry_tags`) are read when the entry's sentence under them is
    kept, whatever the passes between said of them; over a dropped sentence (a list of other posts) they are dropped."""
    for i, ln in enumerate(lines):
        if ln.rule != "entry-stamp":
            continue
        kept = i + 2 < len(lines) and lines[i + 2].tag is None
        for k in (i, i + 1):
            if k < len(lines) and lines[k].rule in {"entry-stamp", "entry-writer"}:
                lines[k].tag, lines[k].rule = (None, None) if kept else ("drop", "entry-writer")


def _opens_entry(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether the line under the stamp lines[i] (past its writer's name, :data:`_NAME`) is a kept sentence."""
    for k in (i + 1, i + 2):
        if k >= len(lines):
            return False
        ln = lines[k]
        if ln.tag is None and (is_quote(ln.text) or (words(ln.text) >= ENTRY_WORDS and ln.text[-1] in _SENTENCE_END)):
            return True
        if k > i + 1 or not _NAME.fullmatch(ln.text):
            return False
    return False


def entry_stamp_tags(lines: Sequence[TaggedLine]) -> None:
    """Give back the stamps the rules dropped when :data:`ENTRY_STAMPS` stamps or more head kept sentences (the
    article's entries); ``lines``: the lines under the lead, after every other pass. The stamps and writers' lines of a
    diary's entries (:func:`writer_entry_tags`) are given back over their kept sentences."""
    _writer_entries_back(lines)
    heads = [i for i, ln in enumerate(lines) if _STAMP.fullmatch(ln.text) and _opens_entry(lines, i)]
    if len(heads) < ENTRY_STAMPS:
        return
    for i in heads:
        ln = lines[i]
        if ln.tag is not None and ln.rule not in _KEEP_RULES:
            ln.tag, ln.rule = None, None
