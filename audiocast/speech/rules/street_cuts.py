"""Street names cut after their "g" or "v" where the older street rule in
``words.lone_letters`` leaves them (session 19): after a preposition of
place ("på Ekv. i Kvicksund", "vid Bäckv.", "längs Åsg. mot torget"), with
the street's part word before them ("via Östra Ringv.", "Norra Skolg."),
at a sentence's end as well as inside it; and a cut form a table reads as
another word before a house number ("Kyrkog. 21" -> "Kyrkogatan 21").
Words in ``data/street_cut_words.py``.

Runs before ``lone_letters`` and the abbreviations (which would read
"Kyrkog." as "kyrkogård" or leave "Ringv." as written).

Risk: a capitalised word ending in "g." or "v." after "på"/"vid" is taken
for a street; town-like stems ("-borg", "-berg", "-ing") and a day ("-dag")
are left; after "via"/"mot"/"från" only a name with its part word is taken.
The cut's stop is kept when it ends the sentence (a capital, or the end,
after it); there the name needs its part word ("på Teg.", "vid Kungälv."
are places: a stop before a word in small letters is never a sentence's).
"""

from __future__ import annotations

import re

from ..data.street_cut_words import (
    NOT_STREET_STEM_ENDINGS,
    STREET_OVER_CLIPPED,
    STREET_PART_WORDS,
    STREET_PREPOSITIONS,
)
from ..report import Trace
from .machinery import alternation, sub

_SUFFIX = {"g": "gatan", "v": "vägen"}
# "på Ekv.", "via Östra Ringv.", "Kyrkog. 21": a capitalised stem and its g or v, then a stop.
_CUT = re.compile(
    rf"(?<![\w.-])(?P<pre>(?i:{alternation(STREET_PREPOSITIONS)}|via|mot|från|till) )?"
    rf"(?P<part>(?:{alternation(STREET_PART_WORDS)}) )?"
    r"(?P<w>[A-ZÅÄÖ][a-zåäö]{1,30})(?P<s>[gv])\.(?P<after>\s?\d|\s+[a-zåäö]|\s*[,;)]|\s+[A-ZÅÄÖ\"]|\s*$)"
)


def _cut(m: re.Match[str]) -> str | None:
    pre, part, stem, after = m.group("pre") or "", m.group("part") or "", m.group("w"), m.group("after")
    cut = (stem + m.group("s") + ".").lower()
    number = after.strip()[:1].isdigit()
    if cut in STREET_OVER_CLIPPED and number:
        pass  # "Kyrkog. 21": a street before its house number
    elif not part and (not pre or pre.strip().lower() not in STREET_PREPOSITIONS):
        return None  # "Storg. 5" without a preposition: the older rule's; "via Kiev.": a town
    elif stem.lower().endswith(NOT_STREET_STEM_ENDINGS) or len(stem) + len(part) < 2:
        return None  # "på Helsingborg.", "vid Linköping.": a town
    if cut in STREET_OVER_CLIPPED and not number:
        return None  # "vid Asby kyrkog.": the churchyard
    ends = not after.strip() or after.strip()[:1].isupper() or after.strip()[:1] == '"'
    if ends and not part and not number:
        return None  # "hos Circle K på Teg.", "vid Kungälv.": a place's name ending the sentence, not a cut street
    stop = "." if ends else ""
    return f"{pre}{part}{stem}{_SUFFIX[m.group('s')]}{stop}{after}"


def street_cuts(text: str, trace: Trace | None = None) -> str:
    """A street name cut after its g or v is the street: "på Ekv. i
    Kvicksund" -> "på Ekvägen i Kvicksund", "via Östra Ringv." -> "via
    Östra Ringvägen.", "Kyrkog. 21" -> "Kyrkogatan 21" (see the module).

    Risk: a capitalised word ending in "g." or "v." after "på"/"vid" or
    after a street's part word is taken for a street; town-like and
    day-like stems are left (``NOT_STREET_STEM_ENDINGS``).
    """
    if "g." not in text and "v." not in text:
        return text
    return sub(_CUT, _cut, text, trace, "abbreviation")
