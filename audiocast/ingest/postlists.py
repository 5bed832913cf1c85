"""A list of the site's earlier posts under the article, each title with its date before or after it.

"2027-02-20 Årsmötet valde ny ordförande", "28/5 – Vårmönstringen avklarad", "Oktober 2026: Strejkkassans kassabok",
"Ny präst i Lindvik (20 maj)", under a heading of any wording ("Tidigare nyheter:", "Tidigare månadens fynd") or none.
On any site such a list is told by its shape and its order: at least :data:`DATED_ITEMS` lines glued together, each a
title (no sentence's end) with a date, the dates going back in time (the newest post first). An article's own time
line ("1 mars: Ansökan öppnar", "15 april: Sista dag") and a calendar of what comes go forward in time; those are
left to the other passes (:mod:`audiocast.ingest.articleend`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, is_title_like, words

DATED_ITEMS = 2
"""A list of earlier posts holds at least this many dated titles."""
HEADING_WORDS = 6
"""The list's heading ("Tidigare nyheter", "Senast publicerat") is at most this many words."""
_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_MONTH = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?"
_DATE = (
    rf"(?P<iso>\d{{4}}-\d\d-\d\d)|(?P<dm>\d{{1,2}})/(?P<mm>\d{{1,2}})(?:[/-](?P<yy>\d{{2,4}}))?"
    rf"|(?P<day>\d{{1,2}})\s+(?P<mon>{_MONTH})(?:\s+(?P<year>\d{{4}}))?|(?P<mon2>{_MONTH})\s+(?P<year2>\d{{4}})")
_DATE_FIRST = re.compile(rf"(?i)(?:{_DATE})\s*[:–—|·-]?\s+(?P<title>(?-i:[A-ZÅÄÖÉ0-9]).+)")
_DATE_LAST = re.compile(rf"(?i)(?P<title>(?-i:[A-ZÅÄÖÉ]).+?)\s*(?:[–—|·,-]\s*)?\(?(?:{_DATE})\)?")


def _when(m: re.Match[str]) -> tuple[int, int, int]:
    """The date a match names as (year or 0, month, day or 0)."""
    g = m.groupdict()
    if g.get("iso"):
        y, mo, d = (int(x) for x in g["iso"].split("-"))
        return y, mo, d
    if g.get("dm"):
        yy = int(g["yy"]) if g.get("yy") else 0
        return (yy + 2000 if 0 < yy < 100 else yy), int(g["mm"]), int(g["dm"])
    if g.get("mon"):
        return int(g["year"] or 0), _MONTHS.index(g["mon"][:3].lower()) + 1, int(g["day"])
    return int(g["year2"]), _MONTHS.index(g["mon2"][:3].lower()) + 1, 0


def dated_title(text: str) -> tuple[int, int, int] | None:
    """The date of a post's title line with its date before or after it, or None (a sentence, a label's fact)."""
    if not text or text[-1] in ".!;" or is_quote(text) or words(text) > 16:
        return None
    for pattern in (_DATE_FIRST, _DATE_LAST):
        m = pattern.fullmatch(text)
        if m is not None and words(m.group("title")) >= 2 and not m.group("title").rstrip().endswith(":"):
            when = _when(m)
            if 1 <= when[1] <= 12:
                return when
    return None


def _going_back(dates: Sequence[tuple[int, int, int]]) -> bool:
    """Whether the dates go back in time (the newest first); without years, once over a new year at most."""
    wraps = 0
    for a, b in zip(dates, dates[1:], strict=False):
        if a[0] and b[0]:
            if b > a:
                return False
            continue
        if (b[1], b[2]) > (a[1], a[2]):
            wraps += 1
            if wraps > 1 or b[1] - a[1] < 6:
                return False
    return True


def post_list_at(lines: Sequence[TaggedLine], i: int, cut: int) -> int | None:
    """Where a list of earlier posts starting at ``lines[i]`` (its heading, or its first dated title) ends, or None."""
    k = i
    first = lines[i]
    if first.tag in (None, "menu") and dated_title(first.text) is None and (
            (is_title_like(first.text) or first.text.endswith(":")) and words(first.text) <= HEADING_WORDS
            and first.text[-1] not in ".!"):
        k = i + 1  # the list's heading
    dates: list[tuple[int, int, int]] = []
    while k < cut and (k == i or not lines[k].blank_before or not dates) and lines[k].tag is None:
        when = dated_title(lines[k].text)
        if when is None:
            break
        dates.append(when)
        k += 1
    if len(dates) < DATED_ITEMS or not _going_back(dates):
        return None
    return k
