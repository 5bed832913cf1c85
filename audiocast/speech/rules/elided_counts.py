"""A lone "1" whose noun (and often its verb) is left out, standing for a noun counted before it (s21-N23).

"4 förare misstänks för rattfylleri och 1 för drograttfylleri" -> "och en för" (one of the drivers), "11 gjorda
mål, 1 insläppt" -> "ett insläppt" (one goal). The numbers' own rule takes a lone count's gender from the word after
it: a preposition gives the counting form "ett", a participle is taken for a noun of common gender. Here a "1"
right after "och", "men" or a comma, before a preposition (``ELIDED_ONE_PREPOSITIONS``) or before a participle that
ends its clause and is no known noun, takes the gender of the noun counted last before it in its sentence.

Risk: a "1" that counts something new after a preposition ("och 1 i månaden") takes the gender of the noun counted
before (the same word is said, "en" or "ett", the listener hears the number either way); with no count before it
the rule leaves the number to the numbers' rule. Cheap gate: "1 " after "och", "men", "samt", "eller" or a comma.
"""

from __future__ import annotations

import re

from ..data.elided_count_words import (
    ELIDED_ONE_JOINS,
    ELIDED_ONE_PREPOSITIONS,
    PARTICIPLE_ENDINGS,
    PAST_VERB_ENDINGS,
    STRONG_PAST_VERBS,
)
from ..data.nouns import NOT_NOUN
from ..data.quantities import COUNTED_UNITS, UNITS_OF_MEASURE
from ..data.sport import FIELD_EVENT_WORDS
from ..report import Trace
from .genders import noun_gender
from .machinery import alternation, next_word, sentence_words, sub

_HINT = re.compile(r"(?:,|\b(?:och|men|samt|eller)) 1 [a-zåäö]")
_ONE = re.compile(
    r"(?:(?<=,)|\b(?P<join>[a-zåäö]+)(?<=\w)) (?P<one>1) (?P<w>[a-zåäö]+)(?P<end>\s*(?:[.;:!?)]|,\s|$))?"
)


# After an adjective in the neuter ("7 gula kort och 1 rött i derbyt", session 51, normalize193): the clause's end
# or a preposition (the noun it agrees with is the one counted before).
_CLAUSE_GOES_ON = re.compile(rf"\s*(?:[.;:!?),]|$|(?:{'|'.join(sorted(ELIDED_ONE_PREPOSITIONS))})\b)")
_COUNT_AND_NOUN = re.compile(
    r"(?:(?<![\w,.])\d[\d\s]*|\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)) (?P<a>[a-zåäö]{3,})\b(?: (?P<b>[a-zåäö]{3,})\b)?"
)
_SENTENCE_START = re.compile(r".*[.!?]\s+(?=[A-ZÅÄÖ\d])", re.DOTALL)  # (not an abbreviation's stop: "2 p.g.a. brister")


def _counted_gender(text: str) -> str | None:
    """The gender of the noun counted last in ``text`` (the sentence before the "1"): the first word after the count
    whose gender the noun tables know, the noun after an adjective ("11 gjorda mål" -> "ett"); None when none is."""
    head = _SENTENCE_START.match(text)
    gender = None
    for c in _COUNT_AND_NOUN.finditer(text, head.end() if head else 0):
        for w in (c.group("a"), c.group("b")):
            if w and (g := noun_gender(w)) is not None:
                gender = g
                break
    return gender


def _one(m: re.Match[str]) -> str | None:
    join, w = m.group("join"), m.group("w")
    if join is not None and join not in ELIDED_ONE_JOINS:
        return None
    if w in ELIDED_ONE_PREPOSITIONS:
        pass  # "och 1 för drograttfylleri": the noun and the verb of the clause before left out
    elif noun_gender(w) is None and (w in STRONG_PAST_VERBS or len(w) > 4 and w.endswith(PAST_VERB_ENDINGS)):
        pass  # "och 1 förlorade körkortet", "och 1 drogs tillbaka": the count the subject of a verb in the past
    elif not (m.group("end") is not None and len(w) > 4 and w.endswith(PARTICIPLE_ENDINGS) and noun_gender(w) is None) \
            and not (w.endswith("t") and noun_gender(w) is None and (
                m.group("end") is not None or _CLAUSE_GOES_ON.match(m.string, m.end()))):  # "1 rött;" (s53)
        return None  # "och 1 bil", "och 1 hund": the count's own noun decides
    gender = _counted_gender(m.string[max(0, m.start("one") - 200) : m.start("one")])
    if gender is None:
        return None  # no noun counted before it: the numbers' rule says it
    return m.group(0)[: m.start("one") - m.start()] + gender + m.group(0)[m.end("one") - m.start() :]


def elided_ones(text: str, trace: Trace | None = None) -> str:
    """A lone "1" after "och" or a comma standing for a noun counted before it: that noun's "en" or "ett"
    ("3 chaufförer anmäldes för fortkörning och 1 för olovlig körning" -> "en för").

    So before a verb in the past ("fick böter och 1 förlorade körkortet", "2 förkastades och 1 drogs tillbaka":
    the count its subject; session 54).

    Risk: a "1" counting something new after a preposition takes the gender of the noun counted before it; with
    no noun counted before, the numbers' rule decides. Cheap gate: "1 " after a joining word or a comma."""
    if "1 " not in text or not _HINT.search(text):
        return text
    return sub(_ONE, _one, text, trace, "cardinal")


# The units as said ("meter", "kilo"): a measure's unit said earlier in the sentence is the unit of a decimal whose
# unit is left out.
_SAID_UNITS = frozenset(said for one, many, _gender in UNITS_OF_MEASURE.values() for said in (one, many)
                        if " " not in said) - COUNTED_UNITS
_SAID_MEASURE = re.compile(r"(?<=[\w]) (?P<u>[a-zåäö]+)\b")
_STOP = re.compile(r"[.!?;]\s")
_TIMES = frozenset({"gång", "gånger"})  # how many times, no measure a later bare decimal shares
_TIME_UNITS = frozenset("gång gånger minut minuter månad månader timme timmar vecka veckor sekund sekunder dygn".split())
# A unit of measure heading a compound after the number's hyphen ("-liters", "-gradersmålet", "-tumsskärm"); not a
# unit of time ("1,5-timmarsmöte" is left to the counting form).
_UNIT_COMPOUND = re.compile(
    rf"-(?:{alternation(u for u in _SAID_UNITS if len(u) >= 3 and u not in _TIME_UNITS)}|tum)s?(?=[a-zåäö]|\b)")


def decimal_one_gender(m: re.Match[str]) -> str | None:
    """A decimal of one and a part ("1,5") said with a measure's "en", whatever the unit's gender: before a unit's
    word ("1,5 kilo": "en komma fem kilo", as the writers' first readings say it, 762 of 822, session 53), with its
    unit left out after one said before it in the sentence ("6,42 m i längd och 1,88 i höjd"), or in a sentence with
    a field event's word (FIELD_EVENT_WORDS: "Höjdhopp: … 1,78", "klarade 1,71 i höjdhoppet": a height in metres);
    None elsewhere, where a bare number
    keeps the counting form ("oddset 1,85", "(+1,4)": "ett komma ...").

    Risk: a decimal that is no measure in a sentence about a jump or a throw ("hoppade 1,92 och fick betyget 1,5")
    says "en" too."""
    w = next_word(m)
    if w in _SAID_UNITS or _UNIT_COMPOUND.match(m.string, m.end()):
        return "en"  # "1,5 kilo"; "en 1,5-liters form", "1,5-gradersmålet" (a unit heading a compound; session 54)
    if w and w not in NOT_NOUN:
        return None
    start = max(0, m.start() - 80)
    for brk in _STOP.finditer(m.string, start, m.start()):
        start = brk.end()
    if any(u.group("u") in _SAID_UNITS and u.group("u") not in _TIMES for u in _SAID_MEASURE.finditer(
            m.string, start, m.start())):
        return "en"  # (not "gånger": "rev tre gånger på 1,97" shares no unit, session 55, normalize270)
    return "en" if not sentence_words(m).isdisjoint(FIELD_EVENT_WORDS) else None  # its own sentence, both sides
