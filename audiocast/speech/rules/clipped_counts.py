"""Nouns clipped with a stop after a count or a determiner ("11 ret." ->
"elva returer", "4 dagliga avg." -> "fyra dagliga avgångar", "i sista
sek." -> "i sista sekunden", "varje port." -> "varje portion"). The table
is in ``speech/data/clipped_count_words.py``.

Runs before the unit rules, while the count is still in digits.
"""

from __future__ import annotations

import re

from ..data.clipped_count_words import (
    CLIPPED_COUNT_NOUNS,
    COUNTED_BY_UNITS,
    DEFINITE_BEFORE,
    PLURAL_BEFORE,
    SINGULAR_BEFORE,
    WHOLE_WORD_CLIPPED,
)
from ..report import Trace
from .machinery import SAID_NUMBER, alternation, keep_stop, last_first, plural_adjective, prev_words, sub

_NUMBER_WORDS = SAID_NUMBER
_WRITTEN = {*CLIPPED_COUNT_NOUNS, *(k.capitalize() for k in CLIPPED_COUNT_NOUNS)}  # "Sek." yes, "SEK." never
_NUMBER_WORD = re.compile(_NUMBER_WORDS)
_BEFORE = alternation(DEFINITE_BEFORE | SINGULAR_BEFORE | PLURAL_BEFORE)
# a count or a determiner, up to two plural adjectives ("dagliga", "lediga", "nya"), the clipped noun
_CLIPPED = re.compile(
    rf"(?<![\w.,:/])(?P<c>\d{{1,3}}(?:[ \u00a0]\d{{3}})*|{_NUMBER_WORDS}|(?i:{_BEFORE})|[a-zåäö]{{2,}}[ae])\s"
    rf"(?P<adj>(?:[a-zåäö]{{2,}}[ae]\s){{0,2}})"
    rf"(?P<a>{alternation(_WRITTEN)})(?![\w]|(?<=\.)[\w.])(?!\s?\d+(?!\d|\s?(?:ggr|gånger|x)\b|(?:[ \u00a0]\d{{3}})*\s?(?:kr\b|kronor|:-))|\s{_NUMBER_WORDS}(?:\still\s{_NUMBER_WORDS})?+\b(?!\s(?:ggr|gånger)\b))"
)
_GATE = re.compile(last_first(_WRITTEN))  # one of the clipped nouns, its stop first (a fast scan)


def _read(m: re.Match[str]) -> str | None:
    key = m.group("a").lower()
    if key in WHOLE_WORD_CLIPPED and keep_stop(m, True):
        return None  # "och 3 pass.": the stop ends the sentence, the word is meant
    one, definite, many = CLIPPED_COUNT_NOUNS[key]
    count = m.group("c").lower()
    if count[-1] in "ae" and count not in DEFINITE_BEFORE | SINGULAR_BEFORE | PLURAL_BEFORE and not count[0].isdigit():
        after_article = prev_words(m)[-1:] in (["den"], ["det"])  # "den sena avg.": a weak adjective, definite
        if m.group("adj") or _NUMBER_WORD.fullmatch(count) or not (after_article or plural_adjective(count)):
            return None  # "Färjorna avg. 14.05": a noun before the verb, no adjective of a plural
        said = definite if after_article else many  # "nya avg." -> "nya avgångar"
        return f"{m.group('c')} {said}{keep_stop(m, key.endswith('.'))}"
    if key in COUNTED_BY_UNITS and count[0].isdigit():
        return None  # "2 sek.", "1 min. tillägg": the unit rules say it (its genitive before a noun: "en minuts", s57)
    if count in DEFINITE_BEFORE:
        said = definite
    elif count in SINGULAR_BEFORE:
        said = one
    elif key in COUNTED_BY_UNITS:
        return None  # "2 sek.": the unit rules say it (and its genitive before a noun)
    else:
        said = many
    return f"{m.group('c')} {m.group('adj')}{said}{keep_stop(m, key.endswith('.'))}"


def clipped_counts(text: str, trace: Trace | None = None) -> str:
    """ "Jones 24 p, 11 ret." -> "11 returer", "behåller 4 dagliga avg." ->
    "4 dagliga avgångar", "i sista sek." -> "i sista sekunden", "varje
    port." -> "varje portion" (class "count noun"): a noun clipped with a
    stop (CLIPPED_COUNT_NOUNS) after a number or a word of quantity is
    plural, after an ordinal of place or "sista" definite, after "varje",
    "per" or one singular; up to two plural adjectives may stand between. A
    plural adjective alone before it makes it plural ("nya avg." ->
    "nya avgångar"), definite after "den"/"det" ("den nya avg.").

    A number after the noun makes it a label ("lgh 1203", "avg. 17.05"):
    left to the rules of labels and times; not a number of times ("2 tabl.
    3 ggr/dag", "1–2 tabl. 3–4 ggr/dygn", its span said by now, session 63).

    Risk: a clipped word of another meaning after a number ("3 utv." is
    read "utvisningar", never "utvecklare"; "2 pass." is "passagerare", not
    a passport's "pass"); the stop that ends the sentence is kept."""
    if "." not in text:
        return text
    if _GATE.search(text) is None:
        return text
    return sub(_CLIPPED, _read, text, trace, "count noun")
