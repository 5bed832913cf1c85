"""A month and its year written with a slash in the small print of ads and notices: "besiktigad t.o.m. 10/25" ->
"oktober tjugofem", "bäst före 03/27" -> "mars tjugosju" (they were "tio tjugofem", the slash's pair read as two
numbers). The words of a validity are in ``speech/data/month_year_words.py``.
"""

from __future__ import annotations

import re

from ..data.month_year_words import MONTH_NAMES, VALID_UNTIL_WORDS
from ..numbers import cardinal, year
from ..report import Trace
from .machinery import alternation, sub

_VALID = alternation(VALID_UNTIL_WORDS)
# The validity word, up to three words (a "t.o.m.", "till och med", "till") between, then MM/YY: a month (1-12)
# and a two-digit year that is no month (13 and over), so never a day and a month.
_MONTH_YEAR = re.compile(
    rf"(?P<pre>(?<![\w.])(?i:{_VALID})(?:\s+\S+){{0,3}}\s+)"
    r"(?:(?P<mo>0?[1-9]|1[0-2])/(?P<yy>1[3-9]|[2-9]\d|(?:19|20)\d\d)|(?P<mo2>0[1-9]|1[0-2])\.(?P<yy2>(?:19|20)\d\d))"
    r"(?![\d/]|[.,]\d|\s(?:av|delar)\b)"
)
_HINT = re.compile(r"\d[/.]\d\d")


def _month_year(m: re.Match[str]) -> str:
    yy = m.group("yy") or m.group("yy2")  # a two-digit year as a number ("tjugofem"); four digits as a year ("06/2025")
    month = MONTH_NAMES[int(m.group("mo") or m.group("mo2")) - 1]  # "bäst före 03.2026": a point, four digits (s56)
    return f"{m.group('pre')}{month} {year(int(yy)) if len(yy) == 4 else cardinal(int(yy))}"


def month_years(text: str, trace: Trace | None = None) -> str:
    """ "besiktigad t.o.m. 10/25" -> "besiktigad t.o.m. oktober tjugofem": after a word of validity
    (VALID_UNTIL_WORDS: an inspection, a tax, a guarantee, a best-before) within three words, a month and a
    two-digit year over twelve (class "date"), or a year in four digits ("t.o.m. 06/2025" -> "juni tjugohundratjugofem"
    as ``numbers.year`` says it), with a point too when the month has two digits ("Bäst före 03.2026").

    Risk: a fraction or a score after such a word is read as a month and a year (not before "av": "gäller 3/20
    av platserna" is a part);
    a year of twelve or less ("10/12") is left to the date rules (a day and a month).
    """
    if not _HINT.search(text):
        return text
    return sub(_MONTH_YEAR, _month_year, text, trace, "date")
