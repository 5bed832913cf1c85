"""The Riksdag's working year, the riksmöte, written "2023/24": said as the
Riksdag says it, its two years in a row with the slash silent and the century
of the first as "tjugohundra" ("tjugohundratjugotre tjugofyra"), in a bill's,
report's or letter's number ("prop. 2023/24:155", "bet. 2024/25:FiU1", "skr.
2022/23:50": read by ``admin.py`` with :func:`session_years`) and after a word
naming the riksmöte ("riksmötet 2024/25", SESSION_WORDS in
``data/session_words.py``).
"""

from __future__ import annotations

import re

from ..data.session_words import SESSION_WORDS
from ..numbers import cardinal, year
from ..report import Trace
from .machinery import alternation, sub


def session_years(first: int, second: int) -> str:
    """ "2023/24" as a riksmöte: "tjugohundratjugotre tjugofyra"; a first year
    before 2010 as a year ("2009/10" -> "tvåtusennio tio"), a second below ten
    with its zero ("2000/01" -> "tvåtusen noll ett").

    >>> session_years(2024, 25)
    'tjugohundratjugofyra tjugofem'
    """
    head = f"tjugohundra{cardinal(first % 100)}" if 2010 <= first <= 2099 else year(first)
    tail = f"noll {cardinal(second)}" if second < 10 else cardinal(second)
    return f"{head} {tail}"


_SESSION = re.compile(
    rf"(?<![\w-])(?P<w>(?i:{alternation(SESSION_WORDS)}))\s(?P<y>(?:19|20)\d\d)/(?P<y2>\d\d)(?![\w/:]|[.,]\d)"
)


def _session(m: re.Match[str]) -> str | None:
    first, second = int(m.group("y")), int(m.group("y2"))
    if second != (first + 1) % 100:
        return None  # not two years in a row
    return f"{m.group('w')} {session_years(first, second)}"


def sessions(text: str, trace: Trace | None = None) -> str:
    """ "under riksmötet 2024/25" -> "under riksmötet tjugohundratjugofyra
    tjugofem" (class "year"): two years in a row after a word naming the
    riksmöte (SESSION_WORDS) are said as the Riksdag says them, the slash
    silent. A season's or a school year's ("säsongen 2024/25", "läsåret
    2025/26") are left to the years' rule ("tvåtusentjugofyra tjugofem").

    Risk: a riksmöte written without its word ("motionen från 2024/25") is
    read as a season's years."""
    if "/" not in text or "iks" not in text and "otion" not in text:
        return text
    return sub(_SESSION, _session, text, trace, "year")
