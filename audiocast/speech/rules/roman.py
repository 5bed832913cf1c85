"""Roman numerals read from the word before them (``roman_regnal``): a ruler's number ("Karl XII": "Karl den
tolfte"), a numbered part ("kapitel IV": "kapitel fyra") and a sequel's or ruling's number after a name
("Schrems II"). Split from ``numerals.py``, which re-exports the rule; its place in the pipeline is unchanged.
"""

from __future__ import annotations

import re

from ..data.number_words import (
    REGNAL_FEMALE,
    REGNAL_MALE,
    ROMAN_ALWAYS_AFTER,
    ROMAN_COMPOUND_TAILS,
    ROMAN_NUMBERED_NOUNS,
)
from ..numbers import cardinal, ordinal
from ..report import Trace
from .machinery import alternation, roman_value, sub

_REGNAL = re.compile(
    rf"\b(?P<name>{alternation(REGNAL_MALE | REGNAL_FEMALE)})\s+(?P<num>[IVXLC]+)(?P<gen>:s)?(?![\w])"
)
# "kapitel IV", "Del II": a numbered part, read as a plain number. A lone "I"
# only where no word follows that would make it the preposition ("del I av").
_ROMAN_NUMBERED = re.compile(
    rf"\b(?P<noun>(?i:(?:[a-zåäö]{{2,}}(?=(?:{alternation(ROMAN_COMPOUND_TAILS)})\s))?(?:{alternation(ROMAN_NUMBERED_NOUNS)})))\s+"
    r"(?P<num>[IVXL]{2,}|[VXL]|I(?=\s+(?:av|och)\b|\s*[^\sA-Za-zÅÄÖåäö]|\s*$))(?![\w])"
    r"(?:(?P<join>\s?[–-]\s?|\s(?:av|och|eller)\s)(?P<num2>[IVXL]+)(?![\w]))?"  # "del I–III", "del I av II"
)
# "klass I stoppades": after these nouns a lone "I" is the numeral, whatever follows.
_ROMAN_ONE_ALWAYS = re.compile(rf"\b(?P<noun>(?i:{alternation(ROMAN_ALWAYS_AFTER)}))\s+(?P<num>I)(?![\w])")


_ROMAN_DIGIT = re.compile(r"[IVXLC](?<=\s[IVXLC])[IVXLC]*(?!\w)")  # what every pattern below needs: a numeral after a space
# "Schrems II", "Rocky III-filmen", "Rocky IV": a Roman numeral of two or
# more letters (up to LXXXIX) after a capitalised name is its number (a film,
# a game, a ruling: "Rocky fyra"); not "XL" (a size), not a regnal name.
_ROMAN_AFTER_NAME = re.compile(
    r"(?P<name>\b[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]{2,}))\s(?P<num>X{0,3}(?:IX|IV|V?I{1,3}|V)(?<=[IVX]{2})|X{2,3}"
    r"|LX{0,3}(?:IX|IV|V?I{0,3})(?<=[LIVX]{2}))(?![\w])"  # (fifty and more since session 52: "Super Bowl LIX")
)

# "Den XVII:e upplagan", "XXI:a": a Roman numeral of two or more letters with an ordinal's ending.
_ROMAN_ORDINAL = re.compile(r"(?<![\w:])(?P<num>[IVXLC]{2,7}):(?:e|a)(?![\w:])")
# "den V:e i ordningen", "X:e": a numeral of one letter only as "V" or "X" with ":e" after an article or a
# preposition ("C:a" is "cirka", "I:a" and "L:e" too seldom an ordinal to read).
_ROMAN_ORDINAL_ONE = re.compile(r"(?P<pre>\b(?i:den|det|sin|för|i|på) )(?P<num>[VX]):e(?![\w:])")
# "de XXXIII i ordningen", "den XIV upplagan": a numeral of two letters or more right after the definite article
# is the ordinal even without its ending (an article counts nothing); "I", "V" and "X" only, as a count of editions
# or games ("CV", "MC" and "DI" are words of capitals), never "VI" ("det VI vill": "vi" stressed) nor before a
# capitalised word ("den XX Elit").
# "Fjäll I–III", "volym II–IV": two Roman numerals joined by a dash, rising, one of them two letters or more, after a
# word or a quote: a range of numbered parts whatever the noun ("ett till tre"); the letter rules would spell them.
_ROMAN_RANGE = re.compile(r"(?<=[\w”\"’] )(?P<a>[IVX]{1,5})\s?[–-]\s?(?P<b>[IVX]{1,5})(?![\w–-])")
_ROMAN_AFTER_ARTICLE = re.compile(r"(?P<pre>\b(?:[Dd]en|[Dd]et|[Dd]e) )(?P<num>(?!VI\b)[IVX]{2,6})(?![\w:-])(?!\s+[A-ZÅÄÖ])")


# "(s. vii–xii)", "sid. xiv": a book's front matter numbered in small Roman numerals after the page's label (the
# letters were left as written, "sidan vii–xii"; session 53, normalize225). Not "vi" alone (the pronoun).
_ROMAN_PAGES = re.compile(
    r"(?<![\w.])(?:[Ss]\.|[Ss]id\.|sidan|sidorna)\s(?P<a>[ivx]{1,6})(?:\s?[–-]\s?(?P<b>[ivx]{1,6}))?(?![\w–-])")


_PAGES_HINT = re.compile(r"(?:[Ss]\.|[Ss]id\.|sidan|sidorna)\s[ivx]")


def _roman_pages(m: re.Match[str]) -> str | None:
    a, b = roman_value(m.group("a").upper()), roman_value((m.group("b") or "").upper()) if m.group("b") else None
    if not a or (m.group("b") and (not b or b <= a)) or (not b and m.group("a") in ("i", "vi")):
        return None
    return f"sidorna {cardinal(a)} till {cardinal(b)}" if b else f"sidan {cardinal(a)}"


_INITIAL_AFTER = re.compile(r"\.\s+[a-zåäö]")


def _roman_ordinal(m: re.Match[str]) -> str | None:
    n = roman_value(m.group("num"))
    return ordinal(n) if n and n <= 100 else None


def _roman_ordinal_one(m: re.Match[str]) -> str | None:
    said = _roman_ordinal(m)
    return m.group("pre") + said if said else None


def _regnal(m: re.Match[str]) -> str | None:
    n = roman_value(m.group("num"))
    if n is None or len(m.group("num")) == 1 and _INITIAL_AFTER.match(m.string, m.end()):
        return None  # "Anna L. i Vännäs": a surname's initial, no ruler (session 53, normalize245)
    name = m.group("name")
    male = name not in REGNAL_FEMALE
    word = ordinal(n, male=male)
    return f"{name} den {word}{'s' if m.group('gen') else ''}"


def _numbered_part(m: re.Match[str]) -> str | None:
    n = roman_value(m.group("num"))
    n2 = roman_value(m.group("num2")) if m.groupdict().get("num2") else None
    if n and n2:  # "del I–III" -> "del ett till tre", "del I av II" -> "del ett av två"
        join = m.group("join").strip()
        return f"{m.group('noun')} {cardinal(n)} {'till' if join in '–-' else join} {cardinal(n2)}"
    return f"{m.group('noun')} {cardinal(n)}" if n else None


def _roman_range(m: re.Match[str]) -> str | None:
    a, b = m.group("a"), m.group("b")
    n, n2 = roman_value(a), roman_value(b)
    if not n or not n2 or n2 <= n or max(len(a), len(b)) < 2:
        return None  # "A–V" is no range; "I–V" could be two letters ("I–V-kurvan")
    return f"{cardinal(n)} till {cardinal(n2)}"


def _numbered_name(m: re.Match[str]) -> str | None:
    n = roman_value(m.group("num"))
    return f"{m.group('name')} {cardinal(n)}" if n else None


def roman_regnal(text: str, trace: Trace | None = None) -> str:
    """Regnal numbers after a ruler's name: "Karl XII" -> "Karl den tolfte",
    "Karl XII:s torg" -> "Karl den tolftes torg", "Gustav II Adolf" ->
    "Gustav den andre Adolf". "I Tumba" is left alone.

    After a noun that numbers parts ("kapitel IV", "del II", "fas III") the
    numeral is a plain number: "kapitel fyra", and after "klass" even a lone
    "I" ("en moped klass I stoppades" -> "klass ett"); so is a numeral of two or more
    letters after any other capitalised name (a sequel, a ruling): "Schrems
    II-domen" -> "Schrems två-domen", "Rocky IV" -> "Rocky fyra". A numeral
    of two or more letters with an ordinal's ending is the ordinal: "den
    XVII:e upplagan" -> "sjuttonde" (it was "sjutton:e"), one letter only
    as "V:e" or "X:e" after an article or a preposition ("den V:e" ->
    "den femte"); two numerals joined by a dash and rising, one of two letters or more, after any word are a
    range of parts ("Fjäll I–III" -> "Fjäll ett till tre"); one of two letters or more right after "den", "det", "de" is the ordinal without its
    ending ("de XXXIII i ordningen" -> "de trettiotredje"); "kap." and "avd."
    number parts as their nouns do ("Kap. IV" -> "Kap. fyra"); a book's pages in small numerals after their label:
    "(s. vii–xii)" -> "sidorna sju till tolv", "sid. xiv" -> "sidan fjorton".

    Risk: only names in the regnal table are read as rulers; a name outside
    it followed by "IV", "VI", "XI" ... is read as a numbered title ("Henrik
    IV" would be "Henrik fyra" were Henrik not in the table); a single "V"
    or "X" after such a name, and "XL", are left to the letter rules; a
    short name in those letters with ":e" or ":a" ("CV:a"?) is read as an
    ordinal.
    """
    if ("s. " in text or "sid" in text) and _PAGES_HINT.search(text):  # "(s. vii–xii)": a book's front matter
        text = sub(_ROMAN_PAGES, _roman_pages, text, trace, "roman")
    if not _ROMAN_DIGIT.search(text):
        return text
    text = sub(_REGNAL, _regnal, text, trace, "roman")
    if ":" in text:
        text = sub(_ROMAN_ORDINAL, _roman_ordinal, text, trace, "roman")
        if "V:e" in text or "X:e" in text:
            text = sub(_ROMAN_ORDINAL_ONE, _roman_ordinal_one, text, trace, "roman")
    text = sub(_ROMAN_AFTER_ARTICLE, _roman_ordinal_one, text, trace, "roman")
    text = sub(_ROMAN_NUMBERED, _numbered_part, text, trace, "roman")
    if "lass" in text:
        text = sub(_ROMAN_ONE_ALWAYS, _numbered_part, text, trace, "roman")
    if "–" in text or "-" in text:
        text = sub(_ROMAN_RANGE, _roman_range, text, trace, "roman")
    text = sub(_ROMAN_AFTER_NAME, _numbered_name, text, trace, "roman")
    return text
