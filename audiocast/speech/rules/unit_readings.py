"""How a unit after a number is said from the words around it: a duration's genitive before the noun it measures
("tolv månaders bindningstid"), a duration's or a distance's definite plural after "de första"/"de sista" ("de första
sex månaderna", "de sista tre kilometrarna", session 28; a distance after "de" alone too, "åkte de trettio
kilometrarna"), and "ha" that is the verb, not hectares (session 28).

Risk: "de sista 3 km" is definite wherever "första", "sista", "senaste", "kommande" or "närmaste" stands right before
the number; "ha" after a number is the verb only with a modal before it in the sentence and a supine's ending after
it ("ska 2019 ha tagit"), never before a neuter adjective of size ("ett 20 ha stort område").
"""

from __future__ import annotations

import re

from ..data.nouns import NOT_NOUN
from ..data.quantities import DEFINITE_BEFORE, DISTANCE_DEFINITE, DURATION_DEFINITE, HOME_FITTINGS
from .duration_heads import is_duration_head, minutes_after_hours
from .machinery import next_word, prev_words

_OWNER_BEFORE = re.compile(r"\b[a-zåäö]{2,}s (?:" + "|".join(DEFINITE_BEFORE) + r")$")
"""A genitive before "första" ("årets första 9 mån.", "hans sista 3 år"): the owner makes the noun indefinite."""


def _definite(before: str) -> bool:
    """ "de första", "första", "de kommande": the definite plural follows; "kommande" without "de" takes the
    indefinite ("tror på ökad försäljning kommande 12 mån": "tolv månader", session 65, normalize534)."""
    if before.endswith("kommande") and not before.endswith(("de kommande", "dom kommande")):
        return False
    return before.endswith(DEFINITE_BEFORE) and _OWNER_BEFORE.search(before) is None


_NOT_MEASURED = NOT_NOUN | {"kvar", "innan", "hem", "bort", "runt", "längs", "framåt", "bakåt"}


def measured_noun_after(m: re.Match[str]) -> bool:
    """A noun the distance measures after it ("de 1 900 km grusväg": "kilometer grusväg", session 57, normalize324;
    it was "kilometrarna"): a word in small letters, no function word, adverb or verb's ending."""
    w = next_word(m)
    return bool(w) and w[0].islower() and w not in _NOT_MEASURED and not w.endswith(("de", "te", "ar", "er", "ör"))


def duration_form(m: re.Match[str], said: str, plural: str) -> str:
    """A time unit as the words around it want it: the genitive before a noun
    it qualifies ("tolv månaders bindningstid"), the definite plural after
    "de första" ("de första sex månaderna"), a distance's too ("de sista tre kilometrarna"), but not after an owner's
    genitive ("årets första nio månader", session 32; it was "månaderna"); else as it is."""
    if plural not in DURATION_DEFINITE:
        if said == plural and plural in DISTANCE_DEFINITE and not m.group("b"):
            before = m.string[max(0, m.start() - 24) : m.start()].lower().rstrip()
            definite = _definite(before) or before == "de" or before.endswith(" de")  # "åkte de 30 km"
            return DISTANCE_DEFINITE[plural] if definite and not measured_noun_after(m) else said
        return said
    head = next_word(m)
    if is_duration_head(head) and not (head.endswith("tid") and minutes_after_hours(m)):
        return said + "s"  # also after the unit's period: "6 mån. fängelse", "18 mån. byggtid"; not "4 tim. och 12 min. väntetid"
    before = m.string[max(0, m.start() - 24) : m.start()].lower().rstrip()
    if said == plural and _definite(before):
        return DURATION_DEFINITE[plural]
    return said


_MODAL_BEFORE = re.compile(r"(?i)\b(?:ska|skall|skulle|bör|borde|kan|kunde|måste|lär|tycks|verkar|uppges|påstås|anses"
                           r"|misstänks|sägs|torde|måtte|vill|ville)\b[^.!?;]*$")
_SUPINE = re.compile(r"[a-zåäö]{2,}(?:at|it|tt|rt|lt|nt|dd|ut)")
_SIZE_ADJECTIVES = frozenset({"stort", "brett", "långt", "högt", "djupt", "totalt", "sammanlagt", "tätt", "glest"})


# A determiner opening what "ha" has ("bör senast 2030 ha en plan": session 65, normalize518; an area's noun has none).
_DETERMINERS = frozenset({"en", "ett", "någon", "något", "några", "ingen", "inget", "inga", "sin", "sitt", "sina"})


def verb_ha(m: re.Match[str]) -> bool:
    """Whether "ha" after the number of ``m`` is the verb: a supine or a determiner after it and a modal before it in
    the sentence ("ska under perioden 2019–2022 ha förskingrat", "lär 2015 ha sålt", "bör senast 2030 ha en plan"),
    not hectares ("40 ha skog")."""
    before = prev_words(m)
    if before and before[-1].rstrip(".") in _SCHOOL_YEAR_LABELS:
        return True  # "elever i åk 4–6 ha minst 60 min": school years, never an area (session 34, normalize111)
    w = next_word(m)
    if not w or not (_SUPINE.fullmatch(w) or w in _DETERMINERS) or w in _SIZE_ADJECTIVES:
        return False
    return _MODAL_BEFORE.search(m.string, max(0, m.start() - 80), m.start()) is not None


_SCHOOL_YEAR_LABELS = frozenset({"åk", "årskurs", "årskurserna", "klass", "klasserna"})


_THOUSANDS = re.compile(r"\d[ \u00a0\u202f]\d{3}")
_NAME_BEFORE = re.compile(r"[A-ZÅÄÖ][\w-]*\s+$")
_YEAR_NEXT = re.compile(r"\s(?:19|20)\d\d(?![\d:/-]|[,.]\d)")


def counted_flats(m: re.Match[str]) -> bool:
    """Whether a number before "lgh" and another number counts flats ("byggde 6 240 lgh 2024": "lägenheter" and a
    year) rather than a house number before a flat's label ("Åsvägen 12 lgh 1102"): the count has its thousands
    written, or a year follows with no street's name before the count (session 44, normalize150). Risk: a flat
    numbered like a year after a house number without its street ("nr 4 lgh 2001") is read as a count."""
    return bool(_THOUSANDS.search(m.group("a"))) or (
        _YEAR_NEXT.match(m.string, m.end()) is not None and _NAME_BEFORE.search(m.string, 0, m.start("a")) is None)



def with_fittings(m: re.Match[str]) -> bool:
    """Whether "m." after a number is "med" before a home's fitting ("4 m. hiss", "2 rok m. balkong"), not metres."""
    return m.group(0).endswith("m.") and next_word(m).lower() in HOME_FITTINGS
