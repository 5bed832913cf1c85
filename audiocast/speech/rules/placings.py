"""A placing written as an ordinal with "a" ("slutade 5:a", "Karlsson 5:a på 15 km", "ligger Önnered nu 7:a"): said as
its noun ("femma", "tvåa", "sjua") by ``numerals.ordinals``; moved out of ``numerals.py`` in session 26."""

from __future__ import annotations

import re

from ..data.abbreviations import MUSIC_STEMS
from ..data.nouns import NOT_NOUN
from ..data.short_readings import SUBJECT_PRONOUNS
from ..data.sport import (
    CONTEST_PARTS,
    PLACING_ADVERBS,
    PLACING_VERBS,
    PLACING_WHEN_ADVERBS,
    PLACING_WHEN_NOUNS,
    PLACING_WORDS,
    STANDING_WORDS,
)
from .machinery import alternation, next_word, number_noun, prev_words

# A name right before "5:a", not opening the sentence: "Skidor: Karlsson 5:a".
# (a club's letters may open or close the name: "Jukola: IFK Göteborg 7:a på 8.12.05", "Malmö OK 4:a")
_NAME_BEFORE = re.compile(
    r"(?:[:,;]\s|[a-zåäö,]\s)(?:[A-ZÅÄÖ]{2,4}\s)?[A-ZÅÄÖ][a-zåäöéü]+(?:\s[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s[A-ZÅÄÖ]{2,4})?\s$")


# "4:a i VM och 2:a": a placing and "och" right before another "N:a" (numbers between: "3:a i 50 km i VM 2023 och"),
# or a comma ("blev 1:a, 2:a och 3:a": the list's members alike, session 55).
# "3:a i heatet, 5:a i", "slutade 3:a resp. 5:a" (session 65, normalize517: the second was "femte")
_PLACING_AND_BEFORE = re.compile(r"(?<![\w,.])\d{1,2}:a(?:\b[^.!?;:]{0,45}(?:\soch|\seller|\srespektive|\sresp\.?|,))\s$")
# "kom 1:a i tävlingen och hennes klasskompis 3:a.": the second placing's verb left out after its subject (session 52)
_PLACING_GAPPED = re.compile(r"(?<![\w,.])\d{1,2}:a\b[^.!?;:]{0,60}\soch\s(?:[a-zåäöA-ZÅÄÖ]+\s){1,3}$")
# "Mahlers 2:a och 8:e symfoni": another ordinal ("e", no placing's ending) and the noun both count, after "och".
_ORDINAL_PAIR_AHEAD = re.compile(r"\s(?:och|eller|resp\.|respektive)\s\d{1,3}:e\s[a-zåäö]")
# "var 1:a, 2:a och 3:a gången": a list of them sharing the noun after its last.
_LIST_NOUN_AHEAD = re.compile(r"(?:,\s?\d{1,2}:a)*,?\s(?:och|eller|resp\.|respektive)\s\d{1,2}:a\s(?P<w>[a-zåäö]+)")
# "MX2: 3:a i första heatet": a contest's part after "i" (a heat, a final, a run, a championship): the placing in it,
# whatever stands before (session 56, normalize291; it was "tredje").
_CONTEST_AFTER = re.compile(rf"\si\s(?:(?:första|andra|tredje|fjärde|femte|sista)\s)?(?:{alternation(CONTEST_PARTS)})\b")
_NOT_PLACING_BEFORE = frozenset("den det sin sitt sina hans hennes deras dess".split())
_WHEN_AFTER = re.compile(rf"\s(?:{alternation(PLACING_WHEN_NOUNS)})\s(?:{alternation(PLACING_WHEN_ADVERBS)})\b")
_ORDINAL_AT = re.compile(r"(?P<n>\d{1,2}):(?P<s>a)")
# "; 2:a blev Lars Åkesson": the placing opening its clause, a verb of finishing after it.
_CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s|,\s)$")
# "Emil Persson, IFK Mora SK, 9:a i mål": the placing after the athlete's name and club, set off by a comma.
_APPOSITION_BEFORE = re.compile(r"[A-ZÅÄÖ][\wåäöé-]*(?:\s[A-ZÅÄÖ][\wåäöé-]*){0,3},\s[A-ZÅÄÖ][\wåäöé-]*(?:\s[A-ZÅÄÖ][\wåäöé-]*){0,3},\s$")
# A person's full name and a comma right before "N:a i" and a contest's capitalised name ("Kocken Ali Haddad, 2:a i
# Årets Kock 2023"): the apposition says where the person placed (session 64, normalize469).
_PERSON_COMMA_BEFORE = re.compile(r"\b[A-ZÅÄÖ][a-zåäöéü]+\s[A-ZÅÄÖ][a-zåäöéü]+,\s$")
_CAPITAL_CONTEST_AFTER = re.compile(r"\si\s[A-ZÅÄÖ]")


# A verb of finishing, a capitalized name (one or two words) and the adverbs of PLACING_ADVERBS right before "N:a".
_VERB_NAME_BEFORE = re.compile(
    rf"\b(?:{alternation(PLACING_VERBS)})\s+[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+)?"
    rf"(?:\s+(?:{alternation(PLACING_ADVERBS)}))*\s+$")


def _counts_noun(w: str) -> bool:
    """Is the word after an "N:a" a noun it counts ("2:a kvartalet"), not a small word, a name or a verb of finishing?"""
    return not (w.lower() in NOT_NOUN or w[0].isupper() or w in PLACING_ADVERBS or w in PLACING_VERBS)


def _placing_at(text: str, colon: int) -> bool:
    """Is the "N:a" whose colon stands at ``colon`` a placing by its own words?"""
    start = colon - 1
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    m = _ORDINAL_AT.match(text, start)
    return m is not None and is_placing(m)


# A work's number after its composer in a line about music ("spelar Sibelius 2:a": his second symphony, session 62).
_COMPOSER_BEFORE = re.compile(r"[A-ZÅÄÖ][a-zåäöé]{2,}\s$")


def is_placing(m: re.Match[str]) -> bool:
    """A "5:a" after a verb of finishing and before no noun ("slutade 5:a i
    stafetten", "är nu 3:a", also with its subject's name after the verb: "ligger Önnered nu 7:a"), or right after
    a name not opening the sentence ("Skidor: Karlsson 5:a på 15 km"), opening its clause before a verb of finishing
    ("; 2:a blev Lars Åkesson"), or after a name and a club set off by commas ("Emil Persson, IFK Mora SK, 9:a i
    mål"): a placing.

    A composer's name before it in a line about music makes it the work: "spelar Sibelius 2:a" its ordinal ("andra":
    ":a" is the ordinal's ending after one and two only), "Sibelius 5:a" the number's noun, as a listener knows
    "Beethovens femma" (session 63, normalize468).

    Risk: a verb of finishing, a capitalized word and "N:a" ("blev Karin 3:a") is a placing even where the capital
    word is no subject; a singer's placing after her name in a line about a song contest ("sjöng … Lind 2:a") is read as
    an ordinal; a flat after a full name and a comma ("Anna Ek, 2:a i Lund") is read as a placing."""
    if _COMPOSER_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) and any(
            w in m.string.lower() for w in MUSIC_STEMS):
        return int(m.group("n")) > 2  # "spelar Sibelius 2:a": the work's ordinal, "andra"; "Sibelius 5:a": "femma"
    if _ORDINAL_PAIR_AHEAD.match(m.string, m.end()):
        return False  # "Mahlers 2:a och 8:e symfoni": ordinals sharing a noun (session 53, normalize225)
    if (shared := _LIST_NOUN_AHEAD.match(m.string, m.end())) and _counts_noun(shared.group("w")):
        return False  # "var 1:a, 2:a och 3:a gången": ordinals sharing the list's noun (session 55)
    w = next_word(m)
    if w in STANDING_WORDS:
        return True  # "20.41,6, 4:a totalt": a standing's placing
    if w == "el" and m.string.startswith(" el.", m.end()):
        w = "eller"  # "kom 4:a el. 5:a i loppet": "el." is "eller", no noun (session 56)
    if _WHEN_AFTER.match(m.string, m.end()):
        w = ""  # "och 5:a året därpå": a time's adverbial after it, no noun it counts (session 51, normalize193)
    if m.string[m.start() - 1 : m.start()] == "(" and m.string.startswith(")", m.end()):
        return True  # "2.10,45 (3:a)", "bäste svensk (9:a)": a result's placing in brackets (session 59, normalize382)
    if w in ("efter", "bakom", "på") and m.string[: m.start()].rstrip().endswith(","):
        return True  # "tid 20.41,3, 2:a efter Julia Simon", "Ella Nordin, 3:a på 212 slag" (session 59)
    if w and _counts_noun(w):
        return False  # a noun after it: "2:a kvartalet" (a verb of finishing is no noun: "; 2:a kom kören", session 50)
    if _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return True  # "Karlsson 5:a på 15 km": a result line, the placing after the name
    if _CONTEST_AFTER.match(m.string, m.end()) and not set(prev_words(m, 1)) & _NOT_PLACING_BEFORE:
        return True  # "MX2: 3:a i första heatet" (not "den 3:a i finalen", "hennes 2:a i VM")
    if prev_words(m, 1) in (["delad"], ["delat"]):
        return True  # "..., delad 3:a inför sista dagen": a shared place, whatever stands before (session 56)
    if w in PLACING_VERBS and _CLAUSE_START.search(m.string, max(0, m.start() - 2), m.start()):
        return True  # "; 2:a blev Lars Åkesson" (session 47, normalize164)
    if w in ("i", "på", "") and _APPOSITION_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        return True  # "Emil Persson, IFK Mora SK, 9:a i mål" (session 47, normalize164)
    if _CAPITAL_CONTEST_AFTER.match(m.string, m.end()) and _PERSON_COMMA_BEFORE.search(
            m.string, max(0, m.start() - 40), m.start()):
        return True  # "Ali Haddad, 2:a i Årets Kock"
    if _PLACING_AND_BEFORE.search(m.string, max(0, m.start() - 55), m.start()) and _placing_at(
            m.string, m.string.rindex(":a", max(0, m.start() - 55), m.start())):
        return True  # "slutade 4:a i VM och 2:a i EM", "blev 1:a, 2:a och 3:a": the next placing of the pair or list
    gapped = _PLACING_GAPPED.search(m.string, max(0, m.start() - 90), m.start())
    if gapped and w in ("", "i", "på") and _placing_at(m.string, m.string.index(":a", gapped.start())):
        return True  # "kom 1:a i tävlingen och hennes klasskompis 3:a": the same verb, left out
    for i, word in enumerate(reversed(prev_words(m, 3))):
        if word in PLACING_VERBS or (i == 0 and word == "som"):  # "till final som 6:a", "i mål som 3:a" (s21-N23)
            return True
        if word not in PLACING_ADVERBS and word not in SUBJECT_PRONOUNS and not (i == 0 and _definite_subject(m, word)):
            break  # "slutade hon 7:a" (session 53), "blev 19-åringen 3:a" (a definite noun the subject, session 55)
    # "i tabellen ligger Önnered nu 7:a": the team named after its verb (the subject after the verb, as Swedish puts
    # it after an adverbial opening the clause), adverbs between
    return _VERB_NAME_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) is not None


def _definite_subject(m: re.Match[str], word: str) -> bool:
    """A noun in its definite singular by its ending, the subject after its verb ("blev nittonåringen", "ligger
    laget"); not after a copula, whose "-en" is an adjective's ("är öppen 1:a advent")."""
    return (len(word) >= 5 and word.isalpha() and word.islower() and word.endswith(("en", "an", "et"))
            and prev_words(m, 2)[:1] not in (["är"], ["var"], ["vara"]))


def placing_noun(m: re.Match[str], n: int) -> str | None:
    """The noun an "N:a" is said as, or None for its ordinal: a placing up to twelve by its words (``is_placing``:
    "slutade 5:a" -> "femma"); from twenty up, a number whose ordinal ends in "e" ("74:e"), so that its "a" is the
    noun's ending, before no noun and after no date's "den" ("gick en 74:a i första rundan" -> "sjuttiofyra", a
    golfer's round; "slutade 47:a" -> "fyrtiosjua": session 53, normalize222).

    Risk: "den 23:a" alone is a date's ordinal and stays so; "13:a" to "19:a" stay ordinals ("trettonde")."""
    if 1 <= n <= len(PLACING_WORDS):
        return PLACING_WORDS[n - 1] if is_placing(m) else None
    if n < 20 or n % 10 in (1, 2) or n >= 1000 or prev_words(m, 1) == ["den"]:
        return None
    w = next_word(m)
    if w and not (w.lower() in NOT_NOUN or w[0].isupper() or w in PLACING_ADVERBS):
        return None  # "hans 74:a mål": a noun after it, the ordinal written loosely
    return number_noun(n, definite=False)
