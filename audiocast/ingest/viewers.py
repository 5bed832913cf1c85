"""A page copied inside a viewer or a wrapper, and page kinds read through one: the wrapper's chrome is cut out.

A page is not always copied from the site itself. A web archive shows it under its toolbar ("The Wayback Machine -
http://web.archive.org/web/…", capture counts, a calendar, "About this capture"); a webmail client shows a newsroom's
mailed newsletter between its folders, the mail's header ("tis 8 okt. 06:02 (för 3 timmar sedan) till mig"), its
buttons and the account's quota; a video site shows a clip's text under its player ("Spela upp (k)", "Helskärm (f)",
"0:00 / 3:41", "1,2 tn prenumeranter"); a presentation or story tool ("Skapa din egen Sway", "Skapad med ArcGIS
StoryMaps", "Rapportera missbruk") and a page-flip viewer ("Sida 3 / 24", "Bläddra") frame the page; a text-TV page
has its index with dotted leaders ("Jämtland ...... 442"), its counter ("Sida 2/2"), its continuation ("Fortsättning
följer >>") and its headline repeated on the next page with "(forts)". Read as the page, a wrapper's line became the
headline (a mail's header, a player's button) and its lines were read aloud.

Here the wrapper's lines are cut out of the page before the head is looked for (:func:`without_viewer_chrome`), so the
inner page (its site name, menu, headline, date) is read as a page: its menu is menu, its headline the headline. The
signals are the wrapper's, the same on every site, kept as data in ``data/viewer_chrome.tsv``: lines in the wrapper's
interface language (English buttons on a Swedish page), bare addresses, keyboard shortcuts in brackets, relative times
in brackets, counters, a player's clock, a text-TV index's leaders. Besides the ``chrome`` rows:

- a **legend** label of a map or chart ("Teckenförklaring") takes the short items under it (at most
  :data:`LEGEND_ITEMS` lines of at most :data:`ITEM_WORDS` words without a sentence's end);
- a **related** label ("Relaterat i Trädgårdsliv", "Även i dagens tidning") takes the titles under it (at most
  :data:`TITLES`, each without a full stop, at most :data:`TITLE_WORDS` words); a run of at least :data:`DATED_RUN`
  titles each closing in a date in brackets ("Så beskär du äppelträd (22 februari 2025)") goes without a label;
- a **chart** named by its kind ("Diagram: Nämndernas budget, miljoner kronor") takes its rows when they come as
  pairs of a bare label and a bare figure ("Kultur och fritid" / "97"): the graphic's data, copied as text, the labels
  meaningless read alone (the figures are dropped as bare numbers anyway); a chart title over prose stays;
- a headline **repeated** with "(forts)" on the next page of a text-TV article goes when the headline stands above it;
- a short line (at most :data:`SANDWICH_WORDS` words, no sentence) between two chrome lines is the wrapper's too;
- a mail platform's **footer** row (unsubscribe, "Powered by …") is chrome, and a mailed newsletter's furniture between
  the letter's signature and it goes too (:mod:`.mailfooter`, session 19); a row of links set apart by dots or bars
  takes the kind of its links (:func:`_link_row_kind`);
- a paginated document's running head or foot next to a page's mark goes (:mod:`.runningheads`, session 19).

Risk: an article's own subheading in a row's words ("Legend" over a paragraph stays: a paragraph is no item; "Kartan"
as a subheading goes); an article's list of dated titles under "Relaterat" goes; a one-word English line in a Swedish
article ("Help") goes. The inner page's lines are never in the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from .furniture import TaggedLine
from .headcounters import without_lines
from .lineshape import words
from .mailfooter import LINK_SEPARATOR, footer_run_cuts
from .runningheads import running_head_cuts

RULE = "viewer-chrome"
LEGEND_ITEMS = 12
"""A legend has at most this many items."""
ITEM_WORDS = 5
"""A legend's item has at most this many words."""
TITLES = 8
"""A related label takes at most this many titles."""
TITLE_WORDS = 14
"""A related list's title has at most this many words."""
DATED_RUN = 3
"""Titles closing in a bracketed date, without a label, make a related list from this many on."""
PROSE_WORDS = 10
"""A ``head`` row's line is chrome only above the page's first line of at least this many words closing a sentence."""
LINK_WORDS = 4
"""A link in a row of links has at most this many words."""
SANDWICH_WORDS = 2
"""A line between two chrome lines with at most this many words is the wrapper's."""
LABEL_WORDS = 4
"""A label over an index of chrome rows has at most this many words."""
CHART_PAIRS = 2
"""A chart's title takes its rows from this many pairs of a label and a figure."""
BARE_FIGURE = re.compile(r"[−–-]?\d{1,3}(?:[  ]\d{3})*(?:[,.]\d+)?\s?(?:%|kr|mkr|mnkr|st)?")
MONTHS = (r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?")
DATED_TITLE = re.compile(
    rf"(?i).{{3,200}}\s\((?:\d{{1,2}} {MONTHS} \d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    rf"|{MONTHS} \d{{4}})\)\.?")
"""A title closing in its date in brackets ("Vårens första sådd (3 mars 2025)")."""
CONTINUED = re.compile(r"(?i)(.{3,120}?)\s*\((?:forts(?:\.|ättning)?)\)\.?")
"""A headline repeated with "(forts)" on a text-TV article's next page."""

_CHROME = frozenset({"chrome", "footer"})
"""The kinds whose lines are the wrapper's wherever they stand."""
FREE_TAGS = frozenset({None, "date", "menu"})
"""Lines the rule table tagged otherwise (a reply button, a share row) are left to the passes that read them with their
neighbours."""
CHART_LABEL = "chart-label"
"""The rule table's row for a chart's or a map's caption under its label ("Diagram: …"): dropped there, and still a
chart's title here, which takes the chart's rows under it."""

L = TypeVar("L", bound=TaggedLine)


@dataclass(frozen=True)
class ChromeRow:
    """A row of ``data/viewer_chrome.tsv``."""

    name: str
    kind: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def chrome_rows() -> tuple[ChromeRow, ...]:
    """The table's rows, in order."""
    text = resources.files("audiocast.ingest").joinpath("data/viewer_chrome.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, expr = line.split("\t", 2)
        rows.append(ChromeRow(name, kind, re.compile(expr, re.IGNORECASE)))
    return tuple(rows)


def chrome_kind(text: str) -> str | None:
    """The kind of the first row matching the whole line, or None; a row of links set apart by dots or bars
    ("Avsluta prenumeration · Uppdatera inställningar") takes the kind of its first link a row matches, when each of
    its links is short and no sentence (:func:`_link_row_kind`)."""
    t = text.strip()
    for row in chrome_rows():
        if row.pattern.fullmatch(t):
            return row.kind
    return _link_row_kind(t) if LINK_SEPARATOR.search(t) else None


def _link_row_kind(text: str) -> str | None:
    """A row of links: each at most :data:`LINK_WORDS` words without a sentence's end, and at least half of them
    ``chrome`` or ``footer`` rows themselves; the kind of the first such link (``footer`` before ``chrome``)."""
    parts = LINK_SEPARATOR.split(text)
    if not all(_no_sentence(p, LINK_WORDS) for p in parts):
        return None
    kinds = [next((row.kind for row in chrome_rows() if row.pattern.fullmatch(p.strip())), None) for p in parts]
    found = [k for k in kinds if k in ("chrome", "footer")]
    if 2 * len(found) < len(parts):
        return None
    return "footer" if "footer" in found else "chrome"


def _no_sentence(text: str, most: int) -> bool:
    t = text.strip()
    return 0 < words(t) <= most and t[-1:] not in ".!?:;"


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def viewer_cuts(lines: list[L]) -> set[int]:
    """The indices of the wrapper's lines (see the module's docstring)."""
    cut: set[int] = set()
    kinds = [chrome_kind(x.text) if x.tag in FREE_TAGS or x.rule == CHART_LABEL else None for x in lines]
    seen: set[str] = set()
    prose = False
    for i, x in enumerate(lines):
        kind = kinds[i]
        if kind == "head" and not prose:
            cut.add(i)
        prose = prose or (words(x.text) >= PROSE_WORDS and x.text.rstrip()[-1:] in ".!?”\"")
        m = CONTINUED.fullmatch(x.text.strip())
        if m and _norm(m.group(1)) in seen:
            cut.add(i)
        seen.add(_norm(x.text))
        if kind in _CHROME:
            cut.add(i)
        elif kind == "legend":
            cut.add(i)
            j = i + 1
            while j < len(lines) and j - i <= LEGEND_ITEMS and kinds[j] is None and _no_sentence(lines[j].text, ITEM_WORDS):
                cut.add(j)
                j += 1
        elif kind == "chart":
            j = i + 1
            while (j + 1 < len(lines) and kinds[j] is None and _no_sentence(lines[j].text, ITEM_WORDS)
                   and not any(c.isdigit() for c in lines[j].text) and BARE_FIGURE.fullmatch(lines[j + 1].text.strip())):
                j += 2
            if j >= i + 1 + 2 * CHART_PAIRS:
                cut.update(range(i, j))
        elif kind == "related":
            j = i + 1
            while (j < len(lines) and j - i <= TITLES and kinds[j] is None
                   and (DATED_TITLE.fullmatch(lines[j].text.strip()) or _no_sentence(lines[j].text, TITLE_WORDS))):
                j += 1
            if j > i + 1:  # a label over no titles is no list's label
                cut.update(range(i, j))
    _dated_runs(lines, cut)
    # A footer row the rule table took ("Powered by …") anchors the run too, and stays for the passes that read the
    # page's tail from it.
    footers = [k == "footer" if x.tag in FREE_TAGS else chrome_kind(x.text) == "footer"
               for x, k in zip(lines, kinds, strict=True)]
    cut |= footer_run_cuts(lines, footers)
    cut |= running_head_cuts(lines, FREE_TAGS)  # a paginated document's running head at a page break
    for i in range(1, len(lines) - 1):
        if i - 1 in cut and i + 1 in cut and kinds[i - 1] in _CHROME and kinds[i + 1] in _CHROME \
                and _no_sentence(lines[i].text, SANDWICH_WORDS):
            cut.add(i)
    for i in range(len(lines) - 2):  # a short label ending in ':' over two chrome rows or more ("Mer regionalt:"
        # over a text-TV page's index of dotted leaders) is that index's label
        if kinds[i + 1] in _CHROME and kinds[i + 2] in _CHROME and lines[i].text.strip().endswith(":") \
                and 0 < words(lines[i].text) <= LABEL_WORDS:
            cut.add(i)
    return cut


def _dated_runs(lines: list[L], cut: set[int]) -> None:
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and words(lines[j].text) <= TITLE_WORDS + 4 and DATED_TITLE.fullmatch(lines[j].text.strip()):
            j += 1
        if j - i >= DATED_RUN:
            cut.update(range(i, j))
        i = max(j, i + 1)


def without_viewer_chrome(lines: list[L]) -> list[L]:
    """The page's lines without its wrapper's (:func:`viewer_cuts`); the paragraphs around a cut stay apart."""
    cut = viewer_cuts(lines)
    return without_lines(lines, cut) if cut else lines
