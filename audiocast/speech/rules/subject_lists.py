"""School subjects and languages written short in a list of them ("proven i
sv och ma", "guidning på sv, eng och arabiska"): each short form is the
subject's or the language's name. The table is SCHOOL_SUBJECTS in
``speech/data/words.py``; the words that make a short form a subject alone
(after "lärare i") are read by ``words.acronyms``.
"""

from __future__ import annotations

import re

from ..data.words import SCHOOL_SUBJECTS, SUBJECT_KEYS, SUBJECT_LIST_LABELS
from ..report import Trace
from .machinery import alternation, sub

# Short forms that are also words or another thing's letters ("ge", "re", "no", "so", "fr", "sp"): never
# read in a list here (a list of them with a known one is too rare to weigh against "ge och ta").
_NOT_IN_LISTS = frozenset({"ge", "re", "no", "so", "fr", "sp", "bild", "musik", "teknik", "slöjd"})
# written in small letters or with a capital, as school papers write them ("betyg i Sv, En eller Ma"; session 51)
_SHORT_WORDS = [w for k in SCHOOL_SUBJECTS if k not in _NOT_IN_LISTS for w in (k, k.capitalize())]
_SHORT = alternation(_SHORT_WORDS)
_FULL = alternation({v for v in SCHOOL_SUBJECTS.values() if " " not in v} | {"arabiska", "finska", "somaliska",
                                                                          "persiska", "spanska", "franska", "tyska"})
# A short form may keep its stop ("sv.", "hkk.": session 16), never before a letter ("bl.a.").
_ITEM = rf"(?:(?:{_SHORT})\.?(?!\w)|{_FULL}|[a-zåäö]{{3,}}iska)"
# "i sv och ma", "på sv, eng och arabiska", "Ämnen: eng., hkk. och bl.": two or more items, one of them at
# least a short form, after "i", "på" or a word naming the subjects (SUBJECT_LIST_LABELS)
# English written "en" after another subject of the list ("i sv, ma och en"; session 49, normalize181), never first:
# "i en …" is the article.
_LATER = rf"(?:{_ITEM}|[eE]n(?=[\s.,;:)]|$))"
_LIST = re.compile(
    rf"(?<![\w.])(?P<p>[iI]|på|På|(?i:{alternation(SUBJECT_LIST_LABELS)}):?)\s"
    rf"(?P<l>{_ITEM}(?:,\s{_LATER})*\s(?:och|eller|samt|&)\s{_LATER})(?![\w/-]|\.\w)"
)
_LATER_EN = re.compile(r"(?:(?<=, )|(?<= och )|(?<= eller )|(?<= samt )|(?<= & ))[eE]n(?=,|$| (?:och|eller|samt|&) )")
_ONE = re.compile(rf"(?<![\w-])(?P<a>{_SHORT})(?P<s>\.?)(?![\w-])")
# A stop that ends the sentence after the list's last item: the line's end or a capital after it.
_SENTENCE_ON = re.compile(r"\s*(?:$|[A-ZÅÄÖ])")


def _lookbehind(words: list[str], after: str) -> str:
    """(?<=...) of the short forms opening a word, then ``after``, one lookbehind per length (a fixed width each)."""
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    return "(?:" + "|".join(f"(?<=(?<![\\w.])(?:{alternation(ws)}){after})" for _, ws in sorted(by_len.items())) + ")"


# The gate of _LIST, (?<![\w.])(?:SHORT)(?:,| och| eller| samt| &), with its separator first: a short form
# before a comma (the comma first, a fast scan), or before " och", " eller", " samt", " &" (searched only
# when one is in the line): the same lines pass
_HINT_COMMA = re.compile(rf",{_lookbehind(_SHORT_WORDS, ',')}")
_HINT_WORD = re.compile(rf" {_lookbehind(_SHORT_WORDS, ' ')}(?:och|eller|samt|&)")


def _list(m: re.Match[str]) -> str | None:
    items = m.group("l")
    if _ONE.search(items) is None:
        return None  # "i svenska och engelska": nothing short
    last = items.endswith(".") and _SENTENCE_ON.match(m.string, m.end()) is not None
    said = _ONE.sub(lambda s: SCHOOL_SUBJECTS[s.group("a").lower()], items)  # the short forms' stops go with them
    if len(_ONE.findall(items)) >= 2:  # "sv, ma och en": two short forms at least before it ("i ma och en grupp": the article)
        said = _LATER_EN.sub("engelska", said)
    return m.group("p") + " " + said + ("." if last else "")


# "ma/NO", "Sv/Eng", "Sv/SvA": two school subjects joined by a slash.
_PAIR = re.compile(rf"(?<![\w/.@])(?P<a>{alternation(SUBJECT_KEYS)})/(?P<b>{alternation(SUBJECT_KEYS)})(?![\w/]|\.\w)")
_PAIR_HINT = re.compile(r"(?<![\w/])[A-Za-zåäö]{2,6}/[A-Za-zåäö]{2,6}(?![\w/])")


def _pair(m: re.Match[str]) -> str | None:
    a, b = m.group("a").lower(), m.group("b").lower()
    if a == b or (len(a) > 4 and len(b) > 4):
        return None  # "bild/musik" is two words the slash rule leaves to the voice
    return f"{SCHOOL_SUBJECTS[a]} och {SCHOOL_SUBJECTS[b]}"


def subject_pairs(text: str, trace: Trace | None = None) -> str:
    """Two school subjects written short and joined by a slash are both subjects: "lärare i ma/NO" -> "matematik
    och enn o", "Sv/SvA" -> "svenska och svenska som andraspråk", "Ma/Fy" -> "matematik och fysik" (class
    "abbreviation"). Read before the symbols' slash, which made "Ma/Fy" "Ma eller Fy" (session 54; it was in
    ``words.acronyms``, after the slash).

    Risk: any pair of these short forms with a slash is taken for subjects ("fr/ty": "franska och tyska").
    """
    if "/" not in text or not _PAIR_HINT.search(text):
        return text
    return sub(_PAIR, _pair, text, trace, "abbreviation")


def subject_lists(text: str, trace: Trace | None = None) -> str:
    """ "Nationella proven i sv och ma" -> "i svenska och matematik",
    "guidning på sv, eng och arabiska" -> "på svenska, engelska och
    arabiska" (class "abbreviation"): after "i" or "på", a list of school
    subjects or languages (SCHOOL_SUBJECTS, or a language's name ending in
    "-iska") joined by commas and "och" is read whole: each short form is
    the subject's name. Short forms that are also words ("ge", "re", "no")
    are left out. A short form may keep its stop, and a word naming the
    subjects may open the list (session 16: "lärare i sv. och ma." ->
    "lärare i svenska och matematik.", "Ämnen: eng., hkk. och bl." ->
    "Ämnen: engelska, hem- och konsumentkunskap och bild"); the stops go with
    the short forms, but the last one's when it ends the sentence.

    A short form alone before a school year is its subject too: "Nationella prov, sv åk 3" -> "svenska årskurs tre"
    (session 60, normalize420).

    Risk: "i sh och bi" in another sense (two abbreviations of something
    else) is read as school subjects."""
    if " åk" in text or " årskurs" in text:
        text = sub(_BEFORE_YEAR, lambda m: SCHOOL_SUBJECTS[m.group("a").lower()], text, trace, "abbreviation")
    if not (("," in text and _HINT_COMMA.search(text)) or ". och " in text or "., " in text or ". eller " in text
            or ((" och" in text or " eller" in text or " samt" in text or " &" in text) and _HINT_WORD.search(text))):
        return text
    return sub(_LIST, _list, text, trace, "abbreviation")


_BEFORE_YEAR = re.compile(rf"(?<![\w.-])(?P<a>{_SHORT})(?= (?:åk|årskurs) \d)")
