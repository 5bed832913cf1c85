"""Short forms read from what their line is about: "rep." in a choir's notice is "repetition", "koll." in a
church notice "kollekt", "pred." and "lit." there its preacher and liturgist (the table is
``speech/data/line_reading_words.py``). Runs before the abbreviation tables, which give the reading elsewhere
("rep." -> "repris").
"""

from __future__ import annotations

import re

from ..data.line_reading_words import LINE_READINGS, LISTING_STEMS, NAME_TITLES
from ..report import Trace
from .machinery import alternation, keep_stop, last_first, sub

_SHORT = re.compile(rf"(?<![\w.])(?P<a>(?i:{alternation(list(LINE_READINGS))}))(?![\w.])")
# One of the short forms, either case (one search, its last character first, for a Python loop of substring tests)
_GATE = re.compile(last_first(sorted({k for k in LINE_READINGS} | {k.capitalize() for k in LINE_READINGS})))


def _reading(m: re.Match[str]) -> str | None:
    low = m.string.lower()
    written = m.group("a")
    if written.lower() == "rep." and any(s in low for s in LISTING_STEMS):
        return None  # a broadcast's "repris"
    for stems, said in LINE_READINGS[written.lower()]:
        if any(s in low for s in stems):
            said = said.capitalize() if written[0].isupper() else said
            if written.lower() in NAME_TITLES and m.string[m.end():].strip():
                return said  # a title before its name: "pred. Per Ås"
            return said + keep_stop(m, True)
    return None


def line_readings(text: str, trace: Trace | None = None) -> str:
    """ "Kyrkokören ... rep. tis. 19–21" -> "repetition", "Högmässa ..., koll. till ..." -> "kollekt" (class
    "abbreviation"); in a church's notice "pred." and "lit." before a name are its preacher and liturgist
    ("predikant", "liturg", the stop dropped). Risk: a line that names a choir or a church beside a broadcast's "rep." or another "koll."
    (a check, "kolla") reads the line's subject, as does a "lit." meaning litres or literature in a line
    about a church; a TV listing's line keeps "repris"."""
    if not _GATE.search(text):
        return text
    return sub(_SHORT, _reading, text, trace, "abbreviation")
