"""A sports site's league tables and result lists in a page dump: widgets beside the article, never its text.

- a league table: a header row of column codes ("# Lag S V O F Mål P", "Lag M P"; the codes are data,
  ``data/table_columns.txt``), on one line or one cell a line, and the rows under it; or, without a header, a run of
  :data:`TABLE_ROWS` rows or more that rank teams one after the other ("1 Gnarps IF 7 16", "2. Njurunda IK 7 14"):
  a rank, a name and numbers only. The table's title right above it ("Tabell Division 2") and its link right under
  it ("Till hela tabellen") go with it. A listener hears the standings in the article's words or not at all; the
  annotated sets never count a league table as the article's (an article's own table, of election results or
  population figures, has no rank over a name and bare numbers);
- a league table of ranks and points alone ("1. Fristad GoIF 17", "2. Herrljunga SK 15"): :data:`TABLE_ROWS` rows or
  more ranked one after the other from 1, one number each, never rising, told as a table by the link to the whole
  table right under it ("Hela tabellen") or by its title naming a table (:data:`TABLE_TITLE_WORDS`: "Tabell division
  2"). Risk: an article's own ranked list of one score each (a chess tournament's "1. Ali Rahimi 5 poäng" under
  "Resultat") has neither, and stays. A list of the league's scorers right under such a table ("Skyttelistan",
  "Hampus Lind, Fristad, 6 mål": :data:`STAT_ROWS` rows or more of a name, a team and a count) goes with it;
- a list of the round's results under the article's last paragraph of running prose: :data:`RESULT_LINES` lines or
  more of a match and its result ("Gnarps IF – Bergsjö IF 3–1", "Lugi HF 27–27 Kristianstad HK"), with the
  fixtures and dates between them, under a heading of its own ("Omgångens matcher"), opened by a day or closed by a
  link ("Alla matcher"); it goes with its heading and its link. An article's own list of results is introduced by a
  label with a colon ("Övriga resultat:") or by its text ("Här är helgens resultat."), or stands above its prose, and
  stays;
- a match's line-ups under the article: a team's name, a colon and its players in the lines of the formation
  ("Varbergs GIF: Lundqvist – Holm, Jeppsson, Ekdahl, Tran – Brandt, Ören – Andersson, Lind"): three groups or more
  between dashes, each a list of names (:data:`LINEUP_GROUPS`); a cast list has no formation;
- an archive's list of months: :data:`ARCHIVE_MONTHS` lines or more in a row naming a month and a year only ("Juni
  2025", "maj 2025 (4)"), with its heading ("Arkiv", "Alla månadssammanfattningar"). A chronology of the article
  names a month over each of its paragraphs, never one after the other.

These hold on any site: the shape of a run of lines (a rank, a name, numbers; the share of numbers among the words)
and its place under the article's end. Not here: a match's scoreboard (:mod:`audiocast.ingest.records`), the data
rows of a box under the end (:mod:`audiocast.ingest.articleend`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import is_title_like, words

TABLE_ROWS = 3
"""A league table without a header has at least this many rows ranked one after the other."""
RESULT_LINES = 2
"""A list of results under the article's end has at least this many lines of a match and its result."""
STAT_ROWS = 2
"""A list of scorers under a league table has at least this many rows of a name, a team and a count."""
TABLE_TITLE_WORDS = ("tabell", "tabellen", "tabelläget", "serietabell", "serietabellen", "tabelläge")
"""Data: the words that name a league table in a title over its rows ("Tabell division 2 Västra Götaland")."""
TITLE_WORDS = 8
"""A table's or a list's title right above it is at most this many words."""
CELL_NAME_WORDS = 4
"""A team's name in a table written one cell a line is at most this many words."""
TABLE_RULE = "table"
"""The rule name of the lines this module takes."""
_LINK_RULES = frozenset({"table-link", "more-link", "results-link"})
"""The rules (``data/boilerplate.tsv``) of the link to the whole table or all results, right under the widget."""

_NUM = r"[+\-−]?\d{1,4}(?:\s?[–-]\s?\d{1,4})?"
_ROW = re.compile(rf"(\d{{1,3}})\.?\s+([^\W\d_][^\d,;:!?]*?)((?:\s+{_NUM}){{2,}})")
"""A table's row: a rank, a name without digits or commas, two numbers or more ("1 Gnarps IF 7 5 1 1 16–7 16")."""
_UNRANKED = re.compile(rf"[^\W\d_][^\d,;:!?]*?(?:\s+{_NUM}){{2,}}")
"""A row under a table's header without its rank ("Timrå IBK 14 11 1 2 34")."""
_NUMBER_CELL = re.compile(rf"{_NUM}|\d{{1,3}}\.")
_TEAM = r"[^\W\d_][^\d:;!?–]{0,40}?"
_SCORE = r"\d{1,3}\s*[–-]\s*\d{1,3}"
_VERSUS = r"\s+(?:[–-]|vs\.?|mot)\s+"
_WHEN = r"(?:(?:(?i:mån|tis|ons|tors?|fre|lör|sön)[a-zåäö]*\.?\s+)?\d{1,2}/\d{1,2}\s+)?"
"""A result's day before it ("Lör 25/10 Piteå HC – Kalix HC 2–4")."""
_DAYED = re.compile(r"(?i)(?:mån|tis|ons|tors?|fre|lör|sön)[a-zåäö]*\.?\s+\d{1,2}/\d{1,2}\s")
"""A result with its day before it ("Lör 25/10 Piteå HC – Kalix HC 2–4")."""
_RESULT = re.compile(
    rf"{_WHEN}(?:[^:]{{1,40}}:\s*)?{_TEAM}{_VERSUS}{_TEAM}\s+{_SCORE}(?:\s*\([^)]{{1,40}}\))?"
    rf"|{_TEAM}\s+{_SCORE}\s+{_TEAM}|{_SCORE}\s+{_TEAM}{_VERSUS}{_TEAM}"
)
"""A match and its result: "Gnarps IF – Bergsjö IF 3–1", "Fotboll div 4: Funäsdalen – Sveg 1–3", "Timrå vs Alnö 6–5",
"Tis 21/10 Kalix HC – Boden HC 3–3",
"Lugi HF 27–27 Kristianstad HK", "3–4 Kovland IF – Njurunda" (a tab between the cells reads as a space)."""
_FIXTURE = re.compile(rf"{_TEAM}\s+[–-]\s+{_TEAM}|(?:[01]?\d|2[0-3])[.:][0-5]\d\s+{_TEAM}\s+[–-]\s+{_TEAM}")
"""A match to come in a list of results ("Norrby BK – Västby IK")."""
_DAY = re.compile(
    r"(?i)(?:mån|tis|ons|tors?|fre|lör|sön)[a-zåäö]*\.?\s+\d{1,2}(?:/\d{1,2}|\.?\s+[a-zåäö]{3,9}\.?)(?:\s+\d{1,2}[.:]\d\d)?")
"""A day in a list of results or matches ("Sön 2/11", "lör 17 maj", "Lör 15 feb 16:00")."""


@lru_cache(maxsize=1)
def columns() -> frozenset[str]:
    """The column codes of a league table's header, from ``data/table_columns.txt``."""
    text = resources.files("audiocast.ingest").joinpath("data/table_columns.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _header_row(text: str) -> bool:
    """A table's header on one line: three codes or more, all of them column codes ("# Lag S V O F Mål P")."""
    cells = text.split()
    return len(cells) >= 3 and all(c in columns() for c in cells) and any(len(c) == 1 and c.isalpha() for c in cells)


def _code(ln: TaggedLine) -> bool:
    return ln.text in columns()


def _header(lines: Sequence[TaggedLine], i: int) -> int | None:
    """Where the table's header starting at lines[i] ends (one row, or three cells or more one a line), or None."""
    if _header_row(lines[i].text):
        return i + 1
    j = i
    while j < len(lines) and _code(lines[j]) and (j == i or not lines[j].blank_before):
        j += 1
    if j - i >= 3 and any(len(ln.text) == 1 for ln in lines[i:j]):
        return j
    return None


def _cell(ln: TaggedLine) -> bool:
    """A table's cell or row under its header: a row, a number, or a short name."""
    text = ln.text
    if _ROW.fullmatch(text) or _UNRANKED.fullmatch(text) or _NUMBER_CELL.fullmatch(text) or _code(ln):
        return True
    return words(text) <= CELL_NAME_WORDS and text[-1] not in ".!?:" and not any(c.isdigit() for c in text)


_THOUSANDS = re.compile(r"\d[  ]\d{3}\b")
"""A number written in groups of three ("22 410", "133 000"): a population or a sum, never a league table's cell."""


def _rank(text: str) -> int | None:
    """The rank of a table's row, or None (a ranked list of towns and their populations is no table)."""
    m = _ROW.fullmatch(text)
    return int(m.group(1)) if m and not _THOUSANDS.search(m.group(3)) else None


def _ranked_run(lines: Sequence[TaggedLine], i: int) -> int:
    """How many rows from lines[i] on rank teams one after the other (rank n, n+1, …)."""
    first = _rank(lines[i].text)
    if first is None:
        return 0
    n = 1
    while i + n < len(lines) and _rank(lines[i + n].text) == first + n:
        n += 1
    return n


_POINT_ROW = re.compile(r"(\d{1,2})\.?\s+([^\W\d_][^\d,;:!?]*?)\s+(\d{1,3})")
"""A table's row of a rank, a team and its points alone ("1. Fristad GoIF 17")."""
_STAT_ROW = re.compile(r"[^\W\d_][^\d,;:!?]{1,40}(?:,\s*[^\W\d_][^\d,;:!?]{1,40}){1,2},?\s+\d{1,3}(?:\s+[^\W\d_]{1,8})?")
"""A row of a list of scorers: a name, a team and a count ("Hampus Lind, Fristad, 6 mål")."""


def _names_table(text: str) -> bool:
    return any(w.lower() in TABLE_TITLE_WORDS for w in re.findall(r"\w+", text))


def _point_run(lines: Sequence[TaggedLine], i: int) -> int:
    """How many rows from lines[i] on rank teams from 1 with their points alone, never rising; 0 unless the run is
    told as a table by the link right under it or a title naming a table right above it."""
    m = _POINT_ROW.fullmatch(lines[i].text)
    if m is None or m.group(1) != "1":
        return 0
    points = [int(m.group(3))]
    n = 1
    while i + n < len(lines) and not lines[i + n].blank_before:
        m = _POINT_ROW.fullmatch(lines[i + n].text)
        if m is None or int(m.group(1)) != n + 1 or int(m.group(3)) > points[-1]:
            break
        points.append(int(m.group(3)))
        n += 1
    if n < TABLE_ROWS:
        return 0
    linked = i + n < len(lines) and lines[i + n].rule in _LINK_RULES
    above = lines[i - 1] if i > 0 and not lines[i].blank_before else None
    titled = above is not None and is_title_like(above.text) and words(above.text) <= TITLE_WORDS and _names_table(
        above.text)
    return n if linked or titled else 0


def _stat_list(lines: Sequence[TaggedLine], end: int) -> None:
    """A list of scorers right under a league table taken at lines[end] (past its link): its title and its rows."""
    i = end
    while i < len(lines) and lines[i].rule in _LINK_RULES:
        i += 1
    if i < len(lines) and lines[i].tag is None and is_title_like(lines[i].text) and words(lines[i].text) <= 3 and not (
            _STAT_ROW.fullmatch(lines[i].text)):
        i += 1
    j = i
    while j < len(lines) and lines[j].tag is None and _STAT_ROW.fullmatch(lines[j].text) and (
            j == i or not lines[j].blank_before):
        j += 1
    if j - i >= STAT_ROWS:
        for ln in lines[end:j]:
            if ln.tag is None:
                ln.tag, ln.rule = "drop", TABLE_RULE


def _take(lines: Sequence[TaggedLine], start: int, end: int) -> None:
    """Drop lines[start:end], the title right above them (no blank line between) and the link right under them."""
    for ln in lines[start:end]:
        if ln.tag in (None, "menu", "date"):
            ln.tag, ln.rule = "drop", TABLE_RULE
    above = lines[start - 1] if start > 0 and not lines[start].blank_before else None
    if above is not None and above.tag in (None, "menu") and is_title_like(above.text) and words(above.text) <= TITLE_WORDS:
        above.tag, above.rule = "drop", TABLE_RULE
    for ln in lines[end:end + 2]:
        if ln.rule in _LINK_RULES:
            break
        if ln.tag is None or ln.blank_before:
            return
    else:
        return
    ln.tag = "drop"


def table_tags(lines: Sequence[TaggedLine]) -> None:
    """League tables below the lead (see the module docstring): a header and its cells, or ranked rows."""
    i = 0
    while i < len(lines):
        end = _header(lines, i)
        if end is not None:
            j = end
            while j < len(lines) and _cell(lines[j]) and lines[j].rule not in _LINK_RULES and (
                    j == end or not lines[j].blank_before):
                j += 1
            if j > end:
                _take(lines, i, j)
                i = j
                continue
        n = _ranked_run(lines, i)
        if n >= TABLE_ROWS:
            _take(lines, i, i + n)
            i += n
            continue
        n = _point_run(lines, i)
        if n:
            _take(lines, i, i + n)
            _stat_list(lines, i + n)
            i += n
            continue
        i += 1


def _result_part(ln: TaggedLine) -> bool:
    text = ln.text
    return bool(_RESULT.fullmatch(text) or _FIXTURE.fullmatch(text) or _DAY.fullmatch(text)) or (
        ln.tag == "date" and words(text) <= 5)


def result_tags(lines: Sequence[TaggedLine]) -> None:
    """Lists of results under the article's last paragraph of running prose (see the module docstring)."""
    cut = page_tail(lines)
    last = max((i for i in range(cut) if is_running_prose(lines[i])), default=None)
    if last is None:
        return
    i = last + 1
    while i < cut:
        if lines[i].tag not in (None, "date") or not _result_part(lines[i]):
            i += 1
            continue
        j = i
        while j < cut and lines[j].tag in (None, "date") and _result_part(lines[j]) and (j == i or not lines[j].blank_before):
            j += 1
        results = sum(bool(_RESULT.fullmatch(ln.text)) for ln in lines[i:j])
        title = lines[i - 1] if i > last + 1 and not lines[i].blank_before else None
        headed = title is not None and is_title_like(title.text) and not title.text.endswith(":")
        dated = lines[i].tag == "date" or bool(_DAY.fullmatch(lines[i].text)) or bool(_DAYED.match(lines[i].text))
        linked = j < len(lines) and lines[j].rule in _LINK_RULES
        if results >= RESULT_LINES and (headed or dated or linked):
            _take(lines, i, j)
        i = max(j, i + 1)


ARCHIVE_MONTHS = 3
"""An archive's list of months has at least this many lines in a row."""
_MONTH = re.compile(
    r"(?i)(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|"
    r"jul|aug|sep|sept|okt|nov|dec)\.?\s+(?:19|20)\d\d(?:\s*\(\d+\))?")


def archive_tags(lines: Sequence[TaggedLine]) -> None:
    """An archive's list of months anywhere on the page, over the head too (see the module docstring; called by
    :func:`audiocast.ingest.headcands.candidates` before the head is looked for): the run, its heading, its link."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].tag in (None, "date", "menu") and _MONTH.fullmatch(lines[j].text) and (
                j == i or not lines[j].blank_before):
            j += 1
        if j - i >= ARCHIVE_MONTHS:
            _take(lines, i, j)
        i = max(j, i + 1)


LINEUP_GROUPS = 3
"""A line-up names the players of at least this many lines of the formation, between dashes."""
_PLAYER = re.compile(r"(?-i:[A-ZÅÄÖÉ])[\w'’.-]*(?:\s+(?-i:[A-ZÅÄÖÉ])[\w'’.-]*){0,2}(?:\s*\([^)]{1,40}\))?")


def _lineup(text: str) -> bool:
    team, colon, players = text.partition(":")
    if not colon or not 1 <= words(team) <= 5 or text[-1] in ".!?":
        return False
    groups = [g.strip() for g in re.split(r"\s[–-]\s", players)]
    return len(groups) >= LINEUP_GROUPS and all(
        _PLAYER.fullmatch(name.strip()) for g in groups for name in g.split(","))


def lineup_tags(lines: Sequence[TaggedLine]) -> None:
    """A match's line-ups below the article's last paragraph of running prose (see the module docstring), with their
    heading ("Laguppställningar") right above them."""
    cut = page_tail(lines)
    last = max((i for i in range(cut) if is_running_prose(lines[i])), default=None)
    if last is None:
        return
    i = last + 1
    while i < cut:
        j = i
        while j < cut and lines[j].tag is None and _lineup(lines[j].text) and (j == i or not lines[j].blank_before):
            j += 1
        if j > i:
            _take(lines, i, j)
        i = max(j, i + 1)
