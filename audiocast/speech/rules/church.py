"""A church's notices: the numbers of the hymns sung ("Ps. 21, 249",
"Psalmer: 100, 200:4–6, 749") and the Sundays of advent written short
("1:a adv.") or by their season ("15 e. tref."). The words are in ``speech/data/church_words.py``.
"""

from __future__ import annotations

import re

from ..data.bible_words import BIBLE_BOOKS
from ..data.church_words import (
    CHURCH_DAYS,
    CHURCH_SEASONS,
    HYMN_LABELS,
    ORDINAL_SHORT,
    PSALTER_PSALMS,
    SEASON_PREPOSITIONS,
)
from ..numbers import cardinal, ordinal
from ..report import Trace
from .machinery import alternation, sub

_LABEL = alternation(HYMN_LABELS)
_ITEM = r"\d{1,3}(?::\d{1,2}(?:\s?[–-]\s?\d{1,2})?)?"
# A label, then a list of hymns' numbers joined by commas or "och"; an item after the first ends before a stop,
# a comma, "och", a bracket, the line's end or a capital (never before a noun it counts: "psalm 5, 10 personer").
_NUMBERED_BOOK = alternation(sorted({b.split(" ", 1)[1] for b in BIBLE_BOOKS if b[:1].isdigit()}))
"""A numbered book of the Bible after its number ("2 Kor. 5:17"): the number is the book's, no hymn's (session 34)."""
_HYMNS = re.compile(
    rf"(?<![\w.])(?P<label>{_LABEL})(?P<colon>:?)\s(?P<list>{_ITEM}"
    rf"(?:(?:,\s|\s(?:och|&)\s){_ITEM}(?=[,.;)]|\s(?:och|&)\s|\s(?!(?:{_NUMBERED_BOOK})\b)[A-ZÅÄÖ(]|$))*)(?![\w:]|[.,]\d)"
    # the verses sung of the last hymn written short after it ("Ps 297, v. 1–4", session 64)
    r"(?:(?P<vc>,?)\s(?:v|vv|vers)\.?\s?(?P<v>\d{1,2})(?:\s?[–-]\s?(?P<v2>\d{1,2}))?(?![\w:]|[.,]\d))?"
)
_ONE = re.compile(r"(?P<n>\d{1,3})(?::(?P<v>\d{1,2})(?:\s?[–-]\s?(?P<v2>\d{1,2}))?)?")


def _hymn(item: re.Match[str]) -> str:
    said = cardinal(int(item.group("n")))
    if item.group("v"):
        # no comma before the verse: the writers' own readings, 19 rows accept none, 12 a comma (session 60)
        said += f" vers {cardinal(int(item.group('v')))}"
        if item.group("v2"):
            said += f" till {cardinal(int(item.group('v2')))}"
    return said


def _hymns(m: re.Match[str]) -> str | None:
    label = m.group("label")
    first = _ONE.match(m.group("list"))
    if first is None:
        return None
    if label.startswith(("Ps", "ps")) and not label.lower().startswith("psalm"):
        # "Ps. 23:1" with a verse and a number of the Psalter is the Bible's book: left to bible_references
        if first.group("v") and int(first.group("n")) <= PSALTER_PSALMS:
            return None
        if m.string[max(0, m.start() - 3) : m.start()] == "ur " and first.group(0) == m.group("list") and (
                int(first.group("n")) <= PSALTER_PSALMS):
            return f"Psaltaren {cardinal(int(first.group('n')))}"  # "hämtas ur Ps 23": a text read from the Psalter
    items = _ONE.sub(_hymn, m.group("list"))
    if m.group("v"):  # "Ps 297, v. 1–4": the verses of the hymn before
        items += f"{m.group('vc')} vers {cardinal(int(m.group('v')))}"
        items += f" till {cardinal(int(m.group('v2')))}" if m.group("v2") else ""
    return f"{HYMN_LABELS[label]}{m.group('colon')} {items}"


def hymn_numbers(text: str, trace: Trace | None = None) -> str:
    """A hymn's number after its label: "Ps. 21, 249" -> "psalm tjugoett,
    tvåhundrafyrtionio" (the short form was spelled "pe ess"), "Ps. 297:1–3"
    -> "psalm tvåhundranittiosju vers ett till tre" (it was "Psaltaren
    kapitel ..."), "Psalmer: 100, 200:4–6" -> "... tvåhundra vers fyra
    till sex" (it was "tvåhundra: fyra –sex"; class "hymn"); the verses written short after
    a hymn, "Ps 297, v. 1–4" -> "psalm tvåhundranittiosju, vers ett till fyra" (it was "vecka"); a lone "Ps 23"
    after "ur" is a text read from the Psalter, "hämtas ur Ps 23" -> "Psaltaren tjugotre" (session 64).

    Risk: "Ps." with a number over 150 and a verse is read as a hymn, never
    the Psalter (which has 150 psalms); "Ps. 23:1" is left to the Bible's
    references; a hymn's number after "ur" ("ur Ps 23") is read as the Psalter's. A number after "psalm" that counts the noun after it ("psalm
    5, 10 personer") is not taken into the list (an item after the first ends
    before a stop, a comma, "och", a bracket or a capital).
    """
    if "salm" not in text and "Ps" not in text and "ps" not in text:
        return text
    return sub(_HYMNS, _hymns, text, trace, "hymn")


_DAY = alternation(CHURCH_DAYS)
_ORD = alternation(ORDINAL_SHORT)
_CHURCH_DAY = re.compile(
    rf"(?<![\w:,.–-])(?:(?P<o0>{_ORD})\s?[–-]\s?)?(?P<o>{_ORD}|(?i:första|andra|tredje|fjärde))\s(?P<d>{_DAY})(?![\w])"
)


def church_days(text: str, trace: Trace | None = None) -> str:
    """A Sunday of advent written short after its ordinal: "1:a adv." ->
    "första advent" (it was "första advokat"; class "church day"); a span of
    them, "1:a–3:e advent" -> "första till tredje advent".

    Risk: "adv." after an ordinal or a bare digit up to four is always advent ("andra adv." as "the
    second lawyer", "2 adv." as two lawyers, are read "andra advent"); a stop that ended the sentence
    after "adv." is kept only when a capital follows.
    """
    if "adv" not in text:
        return text

    def say(m: re.Match[str]) -> str:
        o, o0 = m.group("o"), m.group("o0")
        said = f"{ORDINAL_SHORT.get(o, o)} {CHURCH_DAYS[m.group('d')]}"
        if o0:  # "1:a–3:e advent": the Sundays from the one to the other (session 33, normalize105)
            said = f"{ORDINAL_SHORT.get(o0, o0)} till {said}"
        rest = text[m.end():]
        if m.group("d").endswith(".") and re.match(r"\s*(?:[A-ZÅÄÖ]|$)", rest):
            said += "."
        return said

    return sub(_CHURCH_DAY, say, text, trace, "church day")


# "15 e. tref.", "2 i adv.", "3:e e. påsk", "e. tref.": a Sunday of the church year by its season
_SEASON = re.compile(
    rf"(?<![\w:.])(?:(?P<day>(?P<cap>[Ss])ön(?:dag(?:en)?|\.)?\s)?(?P<n>\d{{1,2}})(?::[ae])?\s)?(?P<p>(?<![\w.])(?:e\.|f\.|i))\s?(?P<s>{alternation(CHURCH_SEASONS)})(?![\w])"
)
_SEASON_HINT = re.compile(r"\b(?:tref|trin\.|trett|adv|påsk|fastan|Kr\.\s?himmelsf|pingst)")


def _season(m: re.Match[str]) -> str | None:
    short, prep = m.group("s"), m.group("p")
    if not m.group("n") and (prep == "i" and short in ("påsk", "pingst", "fastan") or prep == "f."):
        return None  # "i påsk" is Easter itself, said as written; "f. fastan" without its number is left
    said = f"{SEASON_PREPOSITIONS[prep]} {CHURCH_SEASONS[short]}"
    if m.group("n"):  # "Sön 3 i adv.": the weekday before the number is the Sunday named, said once
        said = f"{ordinal(int(m.group('n')))} söndagen {said}"
        if m.group("cap") == "S":
            said = said[0].upper() + said[1:]
    if short.endswith(".") and _CAPITAL_OR_END.match(m.string, m.end()):
        said += "."  # the short form's stop also ended the sentence
    return said


_CAPITAL_OR_END = re.compile(r"\s*(?:[A-ZÅÄÖ]|$)")


def church_seasons(text: str, trace: Trace | None = None) -> str:
    """A Sunday of the church year named by its season written short, as a
    parish's notices write it: "15 e. tref." -> "femtonde söndagen efter
    trefaldighet", "2 i adv." -> "andra söndagen i advent", "3 e. påsk" ->
    "tredje söndagen efter påsk", "Sön 3 i adv." -> "Tredje söndagen i
    advent" (the weekday not said twice); without its number the season alone ("e.
    tref." -> "efter trefaldighet", "i adv." -> "i advent"). Table
    CHURCH_SEASONS (class "church day").

    Risk: a number before "e. påsk" that is no Sunday's ("3 e. påsk" as
    "three after Easter") is read as the Sunday; "i adv." is always advent.
    """
    if not ("tr" in text or "adv" in text or "påsk" in text or "fastan" in text or "Kr." in text or "pingst" in text) \
            or not _SEASON_HINT.search(text):  # (substrings first: a C-level scan each, the regex tries \b everywhere)
        return text
    return sub(_SEASON, _season, text, trace, "church day")
