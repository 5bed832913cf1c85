"""The Swedish calendar: weekday and month names, the Stockholm time zone, and
the written date and local day every stage agrees on.

One home for these words and this zone (ingest parses dates with them, speech
says them, publish prints them). What is *not* here: the regular expressions
that find dates in text (``ingest/dates.py``) and the spoken forms of days
and years (``speech``).

>>> from datetime import date, datetime, timezone
>>> written_date(date(2024, 5, 25))
'lördag 25 maj 2024'
>>> local_day(datetime(2024, 5, 24, 23, 30, tzinfo=timezone.utc))
datetime.date(2024, 5, 25)
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")
"""Where the newsrooms are: the zone of naive times and of a listener's day."""

WEEKDAYS: tuple[str, ...] = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
"""Monday first, as ``date.weekday()`` counts."""

MONTHS: tuple[str, ...] = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)
"""January first: ``MONTHS[d.month - 1]``."""


def written_date(d: date) -> str:
    """A date as Swedish readers see it printed: ``lördag 25 maj 2024``."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def local_day(when: datetime) -> date:
    """The calendar day in Sweden of a moment; a naive time is taken as Swedish.

    Never raises for dates at the edges of the calendar (year 1, year 9999):
    where the conversion would overflow, the day as written is kept.
    """
    if when.tzinfo is None:
        return when.date()
    try:
        return when.astimezone(STOCKHOLM).date()
    except (OverflowError, ValueError):
        return when.date()
