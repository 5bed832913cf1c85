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
    TIME_HEAD_ADJECTIVES,
    TIME_HEADS,
)
from ..data.nouns import NOT_COUNT_VERBS, NOT_NOUN
from ..data.quantities import DEGREE_HEADS, GENITIVE_HEADS, LENGTH_HEAD_UNITS, LENGTH_HEADS, TIME_UNITS
from ..data.span_words import APPROXIMATE_WORDS
from ..data.words import LETTER_NAMES
from .duration_heads import minutes_after_hours
from .machinery import next_word, prev_words

# "på 80 m avstånd", "inom 5 km radie": a length as a genitive after these ("4 m djup" alone is the adjective).
_LENGTH_HEAD_AFTER = frozenset({"på", "inom", "från", "i", "över", "under"})
_ABOUT = frozenset(w.rstrip(".") for w in APPROXIMATE_WORDS) | {"drygt", "knappt", "nästan", "omkring"}
_ARTICLE_BEFORE = re.compile(r"(?<![\w.])(?:[Ee]n|[Ee]tt)\s$")  # "en 5 kg säck": the article right before
# The names of letters that are no Swedish word ("kå", "ce", "eff"; not "i", "a", "de"), and
_SPELLED_LETTERS = frozenset(n for n in LETTER_NAMES.values() if len(n) > 1 and n != "de")
# a letter's name right before "en"/"ett": the digit of a code an earlier rule said ("K1 200 m" -> "kå ett 200 m",
# a canoe class), no article.
_LETTER_THEN_ONE = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(_SPELLED_LETTERS, key=len, reverse=True))
                              + r")\s(?:en|ett)\s$", re.IGNORECASE)
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
        # not the minutes of hours and minutes before a time's "-tid" ("4 tim. och 12 min. väntetid"; session 64)
        return not (nxt.endswith("tid") and minutes_after_hours(m))
    if unit in TIME_UNITS and nxt in TIME_HEAD_ADJECTIVES and _NOUN.fullmatch(head := next_word(m, 1) or "") \
            and head not in NOT_NOUN and head not in NOT_COUNT_VERBS:  # ("3 mån bunden ligger på": no noun, session 51)
        return True  # "3 mån. bunden ränta", "5 veckors betald semester": a period's kind of its noun (session 45)
    if singular == "grad":
        return nxt in DEGREE_HEADS
    if unit in LENGTH_HEAD_UNITS and nxt in LENGTH_HEADS_ALWAYS:
        return True  # "2,4 m takhöjd" -> "två komma fyra meters takhöjd"
    if unit in LENGTH_HEAD_UNITS and nxt in LENGTH_HEADS:
        before = prev_words(m, 2)
        if before[-1:] and before[-1].rstrip(".") in _ABOUT:
            before = before[:-1]  # "på ca 550 km höjd": the preposition before the word of about
        return bool(set(before[-1:]) & _LENGTH_HEAD_AFTER)
    if unit in POWER_UNITS and nxt.endswith(POWER_HEAD_ENDS):
        return True
    if unit in CONTAINER_UNITS and nxt in CONTAINER_HEADS:
        return True  # "60 l säck" -> "sextio liters säck"
    if unit in POWER_UNITS and nxt[:1].isupper() and nxt[1:].islower() and _article_before(m):
        return True  # "en 60 hk Yamaha": an engine named by its make after an article
    if m.group("b") or nxt in MEASURE_ADJECTIVES or _NOUN.fullmatch(nxt) is None or _passive(nxt):
        return False
    return _article_before(m)


_PASSIVE = re.compile(r"[a-zåäöé]{2,}(?:as|gs|ds|ps|ks|vs|ls|js)")


def _passive(word: str) -> bool:
    """A verb in the passive after the measure ("en 3 rok höjs", "ett 2 kg paket skickas"): the measure is the
    subject's, no genitive before it (session 42, normalize143: "en tre rum och köks höjs"). A noun so ending has
    four letters at most ("glas", "gas": "ett 33 cl glas" keeps its genitive), or its ending is no passive's."""
    return _PASSIVE.fullmatch(word) is not None and (len(word) >= 5 or not word.endswith("as"))


def _article_before(m: re.Match[str]) -> bool:
    """Is an article "en"/"ett" right before the measure, not the number word
    of a code said by an earlier rule after its letter ("kå ett 200 m herrar":
    a canoe class K1, so "tvåhundra meter herrar", never "meters")? Risk: an
    article after a word spelled like a letter's name ("på en 5 m") stays one:
    only the names of two letters or more count ("i en 5 m grop" keeps its article)."""
    if _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 5), m.start()) is None:
        return False
    return _LETTER_THEN_ONE.search(m.string, max(0, m.start() - 14), m.start()) is None
