"""A noun written short in a place where Swedish says it definite
(``definite_shorts``), and a unit counted after "de" (``definite_units``).

The tables are in ``speech/data/definite_words.py``. The abbreviation and
acronym rules, which run after these, read a short form in its indefinite
form wherever it stands ("Solna TR" -> "Solna tingsrätt", "Förf. Anna Lind");
these rules read it definite where the sentence makes it so.
"""

from __future__ import annotations

import re

from ..data.definite_words import (
    CLAUSE_OPENERS,
    DAY_PART_AFTER,
    DAY_PART_SHORT_FORMS,
    DEFINITE_AFTER,
    DEFINITE_SHORT_FORMS,
    FINITE_VERBS,
    PLACE_SHORT_FORMS,
    RELATIVE_OPENERS,
    SUBJECT_PRONOUNS,
    UNIT_ARTICLE_AFTER,
    UNIT_DEFINITE_PLURALS,
)
from ..data.sentence_words import SENTENCE_OPENERS
from ..report import Trace
from .machinery import SAID_NUMBER, alternation, keep_stop, next_word, prev_words, sub
from .unit_readings import measured_noun_after

_FORMS = {**DEFINITE_SHORT_FORMS, **{k[0].upper() + k[1:]: v for k, v in DEFINITE_SHORT_FORMS.items()}}
_SHORT = re.compile(rf"(?<![\w.:/-])(?P<a>{alternation(_FORMS)})(?:(?P<n>:e?n)|(?P<g>:s))?(?![\w:-]|(?<=\w)\.\w)")
# A name right before the short form makes it the institution's name ("Solna TR:s dom": "Solna tingsrätts").
_NAME_BEFORE = re.compile(r"[A-ZÅÄÖ][\wåäö-]+\s$")
# The line's start or a sentence's end right before (a stop, a colon, an opening quote or bracket).
_CLAUSE_HEAD = re.compile(r"(?:^|[.!?:;]\s+|[(\"”])[\s\"”(]*$")


def _finite_verb(word: str) -> bool:
    return word in FINITE_VERBS or len(word) > 5 and word.endswith("ade")


def _definite_short(m: re.Match[str]) -> str | None:
    key = m.group("a")
    base = key if key in DEFINITE_SHORT_FORMS else key[0].lower() + key[1:]
    definite = _FORMS[key][1]
    if m.group("n"):
        return definite  # "VC:n", "TR:en": the ending says it ("vårdcentralen")
    if m.group("g"):  # "TR:s dom": the court's, "tingsrättens"; after its place's name, "Solna tingsrätts"
        word = prev_words(m)[-1:]
        named = _NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None and not (
            word and (word[0] in DEFINITE_AFTER or word[0] in SENTENCE_OPENERS))  # "Enligt TR:s": no name
        return (_FORMS[key][0] if named else definite) + "s"
    head = m.string[max(0, m.start() - 40) : m.start()]
    before = prev_words(m)
    at_start = bool(_CLAUSE_HEAD.search(head))
    after = next_word(m)
    subject = (at_start or bool(before) and before[-1] in CLAUSE_OPENERS) and _finite_verb(after.lower()) and (
        after[:1].islower())
    place = base in PLACE_SHORT_FORMS and bool(before) and before[-1] in DEFINITE_AFTER and not at_start and (
        not m.string.startswith(":", m.end()))
    if base in DAY_PART_SHORT_FORMS:  # "under em.": a part of the day after a preposition of its time
        subject, place = False, bool(before) and before[-1] in DAY_PART_AFTER
    if not (subject or place):
        return None
    if subject and not place and after in ("är", "var", "blir", "blev") and next_word(m, 1)[:1].isupper():
        return None  # "sekr. är Ahmed Yusuf": the post and who holds it, not the one in it
    capital = at_start and not re.search(r"[:;]\s*$", head)  # "…; sekr. är": no new sentence
    said = definite[0].upper() + definite[1:] if capital else definite
    return said + keep_stop(m, key.endswith("."))


def definite_shorts(text: str, trace: Trace | None = None) -> str:
    """A noun written short (DEFINITE_SHORT_FORMS) as the subject before
    its verb, at a clause's start ("men TR landade i två år" -> "tingsrätten
    landade", "Förf. har skrivit" -> "Författaren har skrivit"), or a
    place or an institution (PLACE_SHORT_FORMS) right after a preposition
    (DEFINITE_AFTER: "vid stn." -> "vid stationen", "på VC Sjödalen" -> "på
    vårdcentralen Sjödalen"): the definite form. Elsewhere the abbreviation
    and acronym rules read it ("Solna TR", "Förf. Anna Lind"). A definite
    ending after a colon is the definite form wherever it stands ("VC:n"); a genitive after a colon is the definite
    one unless a name stands before it ("TR:s dom": "tingsrättens dom", "Solna TR:s": "Solna tingsrätts"; session
    46, normalize164: it was "tingsrätts dom").

    Risk: a verb is known from FINITE_VERBS or an ending in -ade, so a
    subject before another verb stays indefinite; a preposition before a
    short form that is the first part of a name ("i TR Solna") still makes
    it definite.
    """
    if not ("TR" in text or "VC" in text or "örf." in text or "stn" in text or "ekr." in text or "yrkoh." in text
            or "örv." in text or "ass." in text or "em." in text or "fm." in text):
        return text
    return sub(_SHORT, _definite_short, text, trace, "abbreviation")


_NUMBER_MORPHEMES = SAID_NUMBER
_COUNTED_UNIT = re.compile(
    rf"(?P<de>[Dd]e) (?<![\w-][Dd]e )(?P<n>{_NUMBER_MORPHEMES}(?: komma {_NUMBER_MORPHEMES})?) "
    rf"(?P<u>{alternation(UNIT_DEFINITE_PLURALS)})(?![\wåäö])")


def _counted_unit(m: re.Match[str]) -> str | None:
    before = prev_words(m, 3, sentence=True)
    if not before or next_word(m).lower() in RELATIVE_OPENERS or measured_noun_after(m):
        return None  # "under de 20 minuter den ligger still": a relative clause keeps the indefinite form; so does
        # a noun the unit measures ("av de 1 900 km grusväg", session 57)
    article = before[-1] in UNIT_ARTICLE_AFTER  # "på de 10 km", "av de 300 kronorna"
    # "segraren sprang de 14,2 km": a verb after a noun or a name, "de" its object's article (not "sedan sprang de
    # 5 km" nor "hon sprang de", where "de" may be who ran)
    verb = len(before) >= 2 and before[-1] not in SUBJECT_PRONOUNS and before[-2] not in SUBJECT_PRONOUNS and (
        before[-2].endswith(("en", "et", "na")) and len(before[-2]) > 4 or _name_before(m)) and before[-1].isalpha()
    if not (article or verb):
        return None
    return f"{m.group('de')} {m.group('n')} {UNIT_DEFINITE_PLURALS[m.group('u')]}"


_NAME_TWO_BACK = re.compile(r"(?<=[a-zåäö,] )[A-ZÅÄÖ][a-zåäö]+ [a-zåäö]+ $")


def _name_before(m: re.Match[str]) -> bool:
    """A capitalised name (not the sentence's first word) two words back: "där Lind sprang de 10 km"."""
    return bool(_NAME_TWO_BACK.search(m.string, max(0, m.start() - 60), m.start()))


def definite_units(text: str, trace: Trace | None = None) -> str:
    """A count of a unit (said by now) after "de", the article of a known
    stretch or sum: the unit's definite plural (UNIT_DEFINITE_PLURALS: "segraren
    sprang de 14,2 km" -> "de fjorton komma två kilometerna", "av de 300 kr" ->
    "av de trehundra kronorna"). Only after a preposition, or after a verb
    whose subject, a noun or a name, stands before it.

    Before a relative clause (RELATIVE_OPENERS: "de fem minuter det tar",
    "de 10 km som återstod") Swedish keeps the indefinite form.

    Risk: "de" as the subject after a verb that follows a noun ("i går sprang
    de 5 km" is safe; "loppet sprang de 5 km" is read "kilometerna").
    """
    if "de " not in text and "De " not in text:
        return text
    return sub(_COUNTED_UNIT, _counted_unit, text, trace, "unit")
