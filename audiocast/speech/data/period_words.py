"""Words that name a stretch of a year and may stand before a year at either
end of a span ("mars 2026–november 2027", "våren 2025–hösten 2026"): the
months (``calendar_sv.MONTHS``) with their written short forms, the seasons
and the school terms. Read by ``rules/month_spans.py``.
"""

from __future__ import annotations

from ...calendar_sv import MONTHS
from .calendar import MONTH_ABBREVIATIONS

# Seasons and terms said before a year ("hösten 2026", "vårterminen 2025").
SEASON_WORDS = (
    "våren", "sommaren", "hösten", "vintern", "vårvintern", "försommaren", "sensommaren",
    "senhösten", "förvåren", "vårterminen", "höstterminen", "vårtermin", "hösttermin",
    "ht", "vt", "HT", "VT",  # the terms written short ("ht 2025–vt 2026", session 60)
)

PERIOD_WORDS: tuple[str, ...] = tuple(MONTHS) + tuple(MONTH_ABBREVIATIONS) + SEASON_WORDS
"""Every word that names a part of a year before a year (months in full and
short, seasons, terms); a short month may carry its period ("sept. 2021")."""
