"""Sport lines whose numbers the date, year and clock rules misread:

- two seasons joined by a dash, "1979/80–1983/84": each is one season ("nittonhundrasjuttionio åttio"), the
  dash "till" (the year rule read the first season and left "åttio-tusenniohundraåttiotre åttiofyra");
- a second tally of attempts after "mot" in a line that counts attempts ("straffar: 5/5 för Modo mot 4/5 för
  BIF"): "fyra av fem", never "fjärde maj";
- a long race's time after its distance in kilometres ("klarade 315 km på 8.42"): hours and minutes, and a
  clock time (a shorter race's "36.42" is left to the race rules: "trettiosex fyrtiotvå").
"""

from __future__ import annotations

import re

from ..data.calendar import SHOT_BEFORE
from ..numbers import cardinal, year
from ..report import Trace
from .machinery import prev_words, sub

_SEASON_SPAN = re.compile(
    r"(?<![\w/.,:–-])(?P<a>(?:19|20)\d\d)/(?P<b>\d\d)\s?[–-]\s?(?P<c>(?:19|20)\d\d)/(?P<d>\d\d)(?![\w/]|[.,:]\d)"
)
_TALLY_AFTER_MOT = re.compile(r"(?<=\bmot )(?P<n>\d{1,2})/(?P<m>\d{1,2})(?= för [A-ZÅÄÖ])")
_RACE = re.compile(
    r"(?P<km>\d{1,3}(?:[ ,]\d{1,3})?)\s?km\b(?P<mid>[^.;:!?\d]{0,30}?\bpå )(?P<h>\d{1,2})\.(?P<mm>[0-5]\d)"
    r"(?![\d.,:]\d|\d|\s?(?:min|tim|sek|h\b|s\b))"
)


def _season(m: re.Match[str]) -> str | None:
    a, b, c, d = (int(m.group(k)) for k in "abcd")
    if b != (a + 1) % 100 or d != (c + 1) % 100 or c < a:
        return None  # not two seasons one after the other's start
    return f"{year(a)} {cardinal(b)} till {year(c)} {cardinal(d)}"


def _tally(m: re.Match[str]) -> str | None:
    n, shots = int(m.group("n")), int(m.group("m"))
    if not 0 <= n <= shots <= 10:
        return None
    if not any(w.rstrip(":") in SHOT_BEFORE for w in prev_words(m, 12, sentence=True)):
        return None
    return f"{cardinal(n)} av {cardinal(shots)}"


def _race(m: re.Match[str]) -> str | None:
    km = float(m.group("km").replace(" ", "").replace(",", "."))
    h, mm = int(m.group("h")), int(m.group("mm"))
    head = f"{m.group('km')} km{m.group('mid')}"
    if km >= 50 and 1 <= h <= 30:
        return f"{head}{cardinal(h, 'en')} {'timme' if h == 1 else 'timmar'} och {cardinal(mm, 'en')} minuter"
    return None


def tallies(text: str, trace: Trace | None = None) -> str:
    """ "säsongerna 1987/88–1991/92" -> "nittonhundraåttiosju åttioåtta till nittonhundranittioett nittiotvå";
    "straffar: 5/5 för Luleå mot 3/5 för Frölunda" -> "... mot tre av fem för Frölunda"; "cyklade 300 km på
    9.05" -> "nio timmar och fem minuter".

    Risk: a real date in May after "mot" in a sentence that counts attempts ("mot 4/5 för Modo" meaning the
    fourth of May) is read as a tally; a clock time after "på" within thirty characters of a distance of 50 km
    or more ("kör 60 km på 8.30 i morgon") is read as hours and minutes. Shorter distances are left (a
    marathon's "2.14" or a clock).
    """
    if "/" in text:
        if "–" in text or "-" in text:
            text = sub(_SEASON_SPAN, _season, text, trace, "year")
        if "mot " in text:
            text = sub(_TALLY_AFTER_MOT, _tally, text, trace, "score")
    if "km" in text and "på " in text:
        text = sub(_RACE, _race, text, trace, "race time")
    return text
