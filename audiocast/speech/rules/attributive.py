"""When a measure is said in the genitive: before a noun it qualifies.

Called by ``quantities.units`` for a number and a unit ("3 tim. väntan",
"115 hk utombordare", "en 2 kg påse"); the tables are in
``data/measure_words.py`` and ``data/quantities.py``.

A noun of time in the plural counts too ("15 min. förseningar" -> "femton
minuters förseningar"). Risk: a noun after a bare measure that is not what it measures ("gav 80 hk
motorn ..." is rare); a word after "en 3 m" that is an adjective not in
MEASURE_ADJECTIVES ("en 3 m grund") would take a wrong genitive.
"""

from __future__ import annotations

import re

from ..data.measure_words import (
    CONTAINER_HEADS,
    CONTAINER_UNITS,
    LENGTH_HEADS_ALWAYS,
    MEASURE_ADJECTIVES,
    POWER_HEAD_ENDS,
    POWER_UNITS,
    TIME_HEADS,
)
from ..data.quantities import DEGREE_HEADS, GENITIVE_HEADS, LENGTH_HEAD_UNITS, LENGTH_HEADS, TIME_UNITS
from .machinery import next_word, prev_words

# "på 80 m avstånd", "inom 5 km radie": a length as a genitive after these ("4 m djup" alone is the adjective).
_LENGTH_HEAD_AFTER = frozenset({"på", "inom", "från", "i", "över", "under"})
_ARTICLE_BEFORE = re.compile(r"(?<![\w.])(?:[Ee]n|[Ee]tt)\s$")  # "en 5 kg säck": the article right before
_NOUN = re.compile(r"[a-zåäö]{3,}")


def _plural_of_head(word: str) -> bool:
    """Is ``word`` the plural of a noun of time a measure qualifies ("15 min.
    förseningar", "20 min. pauser", "två tim. resor"): "-ar", "-er" or "-or"
    for a singular's "-a" off a head of GENITIVE_HEADS or TIME_HEADS?"""
    if len(word) < 6 or not word.endswith(("ar", "er", "or")):
        return False
    stem = word[:-2]
    return any(w in GENITIVE_HEADS or w in TIME_HEADS for w in (stem, stem + "a"))


def measure_genitive(m: re.Match[str], unit: str, singular: str) -> bool:
    """Is the measure "number unit" at ``m`` said in the genitive: before a
    noun of time (GENITIVE_HEADS, TIME_HEADS: "två timmars väntan"), of heat
    ("nittiosex graders innertemperatur"), of distance after a preposition
    ("på åttio meters avstånd"), a machine after a unit of power ("hundrafemtio
    hästkrafters dieselmotor"; after an article, its make too: "en sextio
    hästkrafters Yamaha"), a container after a unit of volume or weight
    ("sextio liters säck"), or any noun between an article and the
    measure ("en tre kilowatts värmepump", unless an adjective of size
    follows: "en tio meter lång bro")?"""
    nxt = next_word(m)
    if not nxt or m.group("per"):
        return False
    if unit in TIME_UNITS and (nxt in GENITIVE_HEADS or nxt in TIME_HEADS or _plural_of_head(nxt)):
        return True
    if singular == "grad":
        return nxt in DEGREE_HEADS
    if unit in LENGTH_HEAD_UNITS and nxt in LENGTH_HEADS_ALWAYS:
        return True  # "2,4 m takhöjd" -> "två komma fyra meters takhöjd"
    if unit in LENGTH_HEAD_UNITS and nxt in LENGTH_HEADS:
        return bool(set(prev_words(m)) & _LENGTH_HEAD_AFTER)
    if unit in POWER_UNITS and nxt.endswith(POWER_HEAD_ENDS):
        return True
    if unit in CONTAINER_UNITS and nxt in CONTAINER_HEADS:
        return True  # "60 l säck" -> "sextio liters säck"
    if unit in POWER_UNITS and nxt[:1].isupper() and nxt[1:].islower() and _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
        return True  # "en 60 hk Yamaha": an engine named by its make after an article
    if m.group("b") or nxt in MEASURE_ADJECTIVES or _NOUN.fullmatch(nxt) is None:
        return False
    return _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 5), m.start()) is not None
