"""Swedish (and ISO) publication dates, parsed into timezone-aware datetimes.

Accepted forms, anywhere in a line:

- ``lördag 25 maj 2024``, ``mån 14 okt 2024``, ``25 maj 2024``, ``25 maj. 2024``, ``25 mars 2024 kl. 08.15``,
  ``12 mars 2024 08:15`` (weekday optional, month names full or abbreviated), with a comma before the year or after
  the weekday as many themes print them (``19 november, 2024``, ``fredag, 14 mars, 2025 kl. 09.12``, ``3 feb., 2025``)
- day and month with a slash and the year after a space or a comma (``14/3 2025``, ``14/3, 2025``)
- ``2024-05-25``, ``2024-05-25 08:15``, ``2024-05-25T08:15:00+02:00``, ``...Z``
- numeric with dots or slashes, ``12.11.2026 kl 07.00``, ``12/04/2024``: day first (as Swedish and most
  European pages write it) unless the values say otherwise (``04/25/2024`` can only be month first);
  an ambiguous ``04/05/2024`` is read month first only when the caller says the page is written so
  (``month_first``, e.g. a US English page)
- with ``Publicerad``/``Uppdaterad`` in front (the caller strips those words
  or not; the search finds the date either way).

A date without a zone is taken as Swedish local time (Europe/Stockholm); a
date without a time is midnight that day.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from ..calendar_sv import MONTHS as MONTH_NAMES
from ..calendar_sv import STOCKHOLM, WEEKDAYS

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}
"""Short month names seen in datelines (``12 sept. 2024``); "maj" has none."""

MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    **MONTH_ABBREVIATIONS,
}
"""Month name or abbreviation (lowercase) -> month number: the parse table."""

WEEKDAY_ABBREVIATIONS: tuple[str, ...] = ("mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön")
"""Short weekday names seen in datelines (``fre 14 mars 2025``)."""

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR_SEP = r"(?:\.?\s*,\s*|\.?\s+)"
"""Between the month and the year: a space, or a comma (``19 november, 2024``), after the abbreviation's dot."""
_TIME = r"(?:\s*,?\s*(?:kl\.?|klockan)?\s*(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d))?"

SWEDISH_DATE = re.compile(
    r"(?<![\w-])(?P<d>[0-3]?\d)(?:e|:e)?\s+(?P<mon>" + _MONTH_RE + r")" + _YEAR_SEP + r"(?P<y>(?:19|20)\d\d)\b" + _TIME,
    re.IGNORECASE,
)
MONTH_FIRST_DATE = re.compile(
    r"(?<![\w-])(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>[0-3]?\d),\s*(?P<y>(?:19|20)\d\d)\b" + _TIME,
    re.IGNORECASE,
)
"""A blog theme's date written month first, the day and a comma before the year ("oktober 14, 2024": WordPress's
"F j, Y" with Swedish month names)."""
ISO_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:(?:[T\s]|,\s*)(?P<hh>[0-2]\d)[:.](?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d)(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?(?!\d)"
)

NUMERIC_DATE = re.compile(
    r"(?<![\w./-])(?P<d>[0-3]?\d)(?P<sep>[./])(?P<m>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w./]\d)" + _TIME,
)
"""A numeric date as some CMSs print it: ``12.11.2026 kl 07.00``, ``12/04/2024`` (groups named day first;
:func:`_numeric_day_month` decides which is which)."""
SLASH_YEAR_DATE = re.compile(
    r"(?<![\w./-])(?P<d>[0-3]?\d)/(?P<m>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)(?![\w./]\d)" + _TIME,
)
"""Day and month with a slash, the year after a space or a comma (``14/3 2025``, ``14/3, 2025``)."""

_WEEKDAY_RE = "|".join(WEEKDAYS)
_WEEKDAY_ABBR_RE = "|".join(WEEKDAY_ABBREVIATIONS)
DATE_LINE = re.compile(
    r"(?:(?:(?:" + _WEEKDAY_RE + r")(?:en)?|(?:" + _WEEKDAY_ABBR_RE + r")\.?),?\s*(?:den\s+)?)?"
    r"(?:[0-3]?\d(?:e|:e)?\s+(?:" + _MONTH_RE + r")(?:" + _YEAR_SEP + r"(?:19|20)\d\d|\.)?|(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"|(?:" + _MONTH_RE + r")\.?\s+[0-3]?\d,\s*(?:19|20)\d\d"
    r"|[0-3]?\d\.[0-3]?\d\.(?:19|20)\d\d|[0-3]?\d/[0-3]?\d(?:/|,?\s+)(?:19|20)\d\d)"
    r"(?:[T\s,|·•]+(?:kl\.?|klockan)?\s*[0-2]?\d[.:][0-5]\d(?::[0-5]\d)?(?:Z|[+-]\d\d:?\d\d)?(?:\s*(?:CET|CEST|UTC|GMT|SNT|svensk tid))?)?\.?",
    re.IGNORECASE,
)
"""A line that is nothing but a date (with optional weekday, time and time zone: "12 mars 2025 08:00 CET")."""


def _zone(tz: str | None) -> tzinfo:
    if not tz:
        return STOCKHOLM
    if tz == "Z":
        return UTC
    sign = 1 if tz[0] == "+" else -1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _numeric_day_month(first: int, second: int, month_first: bool) -> tuple[int, int]:
    """(day, month) of a numeric date written ``first/second/year``: the values decide when they can
    (a number over 12 is the day), else the page's habit (``month_first``), day first by default."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    return (second, first) if month_first else (first, second)


def parse_date(text: str, *, month_first: bool = False) -> datetime | None:
    """The first Swedish, ISO or numeric date found in ``text``, or None.

    ``month_first``: an ambiguous numeric date (``04/05/2024``) is month first (a US English page);
    by default it is day first, as Swedish pages write it.

    >>> parse_date("Publicerad 12 mars 2024 kl. 08.15").isoformat()
    '2024-03-12T08:15:00+01:00'
    >>> parse_date("lördag 25 maj 2024").isoformat()
    '2024-05-25T00:00:00+02:00'
    >>> parse_date("2024-05-25T06:15:00Z").isoformat()
    '2024-05-25T06:15:00+00:00'
    >>> parse_date("12/04/2024").date().isoformat(), parse_date("04/25/2024").date().isoformat()
    ('2024-04-12', '2024-04-25')
    >>> parse_date("ingen tid här") is None
    True
    """
    if not text:
        return None
    candidates: list[tuple[int, datetime]] = []
    for m in SWEDISH_DATE.finditer(text):
        try:
            dt = datetime(
                int(m["y"]), MONTHS[m["mon"].lower()], int(m["d"]),
                int(m["hh"] or 0), int(m["mm"] or 0), tzinfo=STOCKHOLM,
            )
        except ValueError:
            continue
        candidates.append((m.start(), dt))
        break
    for m in MONTH_FIRST_DATE.finditer(text):
        try:
            dt = datetime(int(m["y"]), MONTHS[m["mon"].lower()], int(m["d"]), int(m["hh"] or 0), int(m["mm"] or 0),
                          tzinfo=STOCKHOLM)
        except ValueError:
            continue
        candidates.append((m.start(), dt))
        break
    for m in ISO_DATE.finditer(text):
        try:
            dt = datetime(
                int(m["y"]), int(m["m"]), int(m["d"]),
                int(m["hh"] or 0), int(m["mm"] or 0), int(m["ss"] or 0),
                tzinfo=_zone(m["tz"]),
            )
        except ValueError:
            continue
        candidates.append((m.start(), dt))
        break
    numeric = sorted((*NUMERIC_DATE.finditer(text), *SLASH_YEAR_DATE.finditer(text)), key=lambda m: m.start())
    for m in numeric:
        try:
            day, month = _numeric_day_month(int(m["d"]), int(m["m"]), month_first)
            dt = datetime(int(m["y"]), month, day, int(m["hh"] or 0), int(m["mm"] or 0), tzinfo=STOCKHOLM)
        except ValueError:
            continue
        candidates.append((m.start(), dt))
        break
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


def is_date_line(line: str) -> bool:
    """True when the whole line is a date, e.g. ``lördag 25 maj 2024``.

    >>> is_date_line("lördag 25 maj 2024"), is_date_line("25 maj kom sommaren")
    (True, False)
    """
    return DATE_LINE.fullmatch(line.strip()) is not None


_PLACE = r"(?-i:[A-ZÅÄÖ])[\w–-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w–-]+)?"
PLACE_DATE_LINE = re.compile(_PLACE + r",?\s+(?:den\s+)?(?=\d)(?:" + DATE_LINE.pattern + r")", re.IGNORECASE)
"""A letter's place and date ("Grisslehamn den 5 april 2024", "Lund, 12 mars 2025"): a place of one or two capitalised
words, a comma or "den", the day as a date line writes it."""


def is_place_date_line(line: str) -> bool:
    """True when the whole line is a letter's place and date (:data:`PLACE_DATE_LINE`).

    >>> is_place_date_line("Grisslehamn den 5 april 2024"), is_place_date_line("Vårbrev 2024")
    (True, False)
    """
    return PLACE_DATE_LINE.fullmatch(line.strip()) is not None

