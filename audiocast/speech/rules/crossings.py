"""Two streets or roads at a crossing or a corner, joined by a dash or a slash ("i korsningen Kungsgatan–Drottninggatan",
"korsningen Lv 118/Rv 50", "trafikplatsen vid E20/väg 49"): said with "och". Called by ``symbols.symbols``; split from ``symbols.py`` in session 55.
"""

from __future__ import annotations

import re

from ..data.quantities import SLASH_STREET_ENDINGS
from ..report import Trace
from .machinery import ROAD, alternation, sub

# "korsningen Kungsgatan–Drottninggatan": two streets joined by a dash after a word of their crossing.
_CROSSING = re.compile(
    rf"\b(?P<w>[Kk]orsningen|[Kk]orsning|[Hh]örnet|(?:[Tt]rafikplatsen|[Cc]irkulationsplatsen|[Rr]ondellen) vid) (?P<a>{ROAD}|(?:[A-ZÅÄÖ](?:[a-zåäö]+|\.) )?[A-ZÅÄÖ][a-zåäö]+)\s?[–/-]\s?"
    rf"(?P<b>{ROAD}|[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]*(?:{alternation(SLASH_STREET_ENDINGS)}))?)\b")


def _crossing(m: re.Match[str]) -> str | None:
    """ "i korsningen Kungsgatan–Drottninggatan" -> "Kungsgatan och Drottninggatan": at a crossing or a corner the
    dash joins the two streets that meet, as the slash does ("Kungsgatan/Drottninggatan"); both must end as a street
    (SLASH_STREET_ENDINGS) or be a road's number ("korsningen E4/väg 83": "e fyra och väg åttiotre", normalize125).
    A road's number is tried before a name ("korsningen Lv 118/Rv 50": "Rv" was taken for a street), and a street's
    name may be two words ("Ö. Ringvägen/Södra vägen"; session 55, normalize280).
    Risk: a stretch of one street between two others after "korsningen" is read so too."""
    a, b = m.group("a"), m.group("b")
    if not all(x.lower().endswith(SLASH_STREET_ENDINGS) or x[-1].isdigit() for x in (a, b)):
        return None
    return f"{m.group('w')} {a} och {b}"


def crossings(text: str, trace: Trace | None = None) -> str:
    """Two streets at a crossing joined by a dash or a slash (:func:`_crossing`)."""
    if ("orsning" in text or "örnet" in text or "platsen vid" in text or "ondellen vid" in text) and (
            "–" in text or "-" in text or "/" in text):
        text = sub(_CROSSING, _crossing, text, trace, "symbol")
    return text
