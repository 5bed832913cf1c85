"""Sports results (``scores``): "vann med 3–1" -> "tre mot ett", told apart from
a range ("2–3 veckor", read by ``numerals.ranges``).

The reading convention: a score's dash and the dash between two teams are
said "mot" ("fyra mot två", "Djurgården mot Hammarby",
``machinery.SCORE_DASH``), as the writers of the evaluation sets accept most
(session 54; sessions 17-53 kept the dash silent); a council's vote says
"mot" too ("bifölls med 41–20" -> "fyrtioett mot tjugo",
``data/sport.VOTE_WORD``), and a range keeps "till".

The words that make "a–b" a score live in ``speech/data/sport.py``.
"""

from __future__ import annotations

import re

from ...calendar_sv import MONTHS, WEEKDAYS
from ..data.calendar import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from ..data.nouns import COUNT_NOUNS, NOT_COUNT_VERBS, NOT_COUNTED_WORDS
from ..data.quantities import UNITS_OF_MEASURE
from ..data.sport import (
    AFTER_SCORE_WORDS,
    CHESS_PIECES,
    CLUB_MARKERS,
    DECISION_AFTER,
    DECISION_VERBS,
    DECISION_WINDOW,
    DECISION_WORDS,
    HALF_POINT_WORD,
    MATCH_WORDS,
    PAGE_LABELS,
    PENALTY_WORDS,
    PLACING_WORDS,
    RANGE_LABELS,
    RESULT_VERBS,
    SCORE_AFTER,
    SCORE_COMPOUND_HEADS,
    SCORE_CONTEXT,
    SCORE_VERBS,
    VOTE_AFTER_WORDS,
    VOTE_CONTEXT,
    VOTE_WORD,
)
from ..data.words import LETTER_NAMES, STREET_ENDINGS
from ..numbers import cardinal, digits, ordinal
from ..report import Trace
from .machinery import (
    SAID_SCORE,
    SCORE_DASH,
    alternation,
    case_number_pair,
    compound_score,
    has_digit,
    is_ett_noun,
    next_word,
    prev_words,
    say_number,
    say_score,
    score_said,
    sub,
)

# The lookbehind stands after the first digit (widened by that digit, the
# same test): a pattern that opens with a digit class gets re's fast scan
# for a first character; one that opens with a lookbehind is tried at every position.
_SCORE = re.compile(
    r"(?P<a>\d(?<![\w,.:–-]\d)(?<!\d \d)\d{0,2})\s?[–-]\s?(?P<b>\d{1,3})(?![\w]|[,.:]\d|\s?[–-]\d|\s\d{3}\b)")
# A result over a thousand, its thousands set off by a space (bowling, a series of points): "tog serien 1 024–987".
_GROUPED_PAIR = re.compile(
    r"(?<![\w,.:–-])(?<!\d )(?P<a>\d{1,3}(?: \d{3})*)\s?–\s?(?P<b>\d{1,3}(?: \d{3})*)(?![\w]|[,.:]\d|\s\d)")
_GROUPED_HINT = re.compile(r"\d \d{3}\s?–|–\s?\d{1,3} \d{3}")
_SCORE_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(r"\s+".join(re.escape(w) for w in phrase.split())
               for phrase in sorted(SCORE_AFTER, key=len, reverse=True))
    + r"|mot\s+[A-ZÅÄÖ])"  # "mot AIK": against a named opponent
)
# A result after the two teams: "Tumba IF–Hammarby IF 2–2", "Sverige–Norge: 3–1".
_TEAMS_BEFORE = re.compile(
    r"[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s[A-ZÅÄÖ]{1,4})?\s?[–-]\s?[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s[A-ZÅÄÖ]{1,4})?\s*:?\s*$"
)
# A result with the half-time score in brackets: "1–2 (0–1)".
# "(1–0)" after a score, or "efter 1–4 i paus": the half-time score after the final one
_HALFTIME_AFTER = re.compile(r"\s*\(\d{1,3}\s?[–-]\s?\d{1,3}\)|\s+efter\s+\d{1,3}\s?[–-]\s?\d{1,3}\s+(?:i|vid)\s+(?:paus|halvtid)")
_HALFTIME_BEFORE = re.compile(r"(?<![\w,.:–-])\d{1,3}\s?[–-]\s?\d{1,3}\s*\($")
_SCORE_COMPOUND = re.compile(rf"-(?:{alternation(SCORE_COMPOUND_HEADS)})\b")
_VERBS_AFTER_RESULT = RESULT_VERBS | SCORE_VERBS
_QUOTE_MARKS = " \t\"'”»"


def _counted_noun(w: str) -> bool:
    """Could ``w`` be what a range counts ("veckor", "år", "mål", "kronor")? A verb after a score ("3–0 säkrade") is not."""
    lw = w.lower()
    if lw in COUNT_NOUNS or lw in UNITS_OF_MEASURE or is_ett_noun(lw):
        return True
    if lw in NOT_COUNT_VERBS or lw in SCORE_VERBS or lw in NOT_COUNTED_WORDS:
        return False  # (a preposition or a conjunction counts nothing: "röstsiffrorna 35–26 enligt § 14")
    return not lw.endswith(("ade", "ande", "ende", "des"))  # ("0–2 vändes till 3–2": a verb's passive, session 61)


def _range_noun_after(m: re.Match[str]) -> bool:
    """Does a counted noun follow ("2–3 veckor"), which makes it a range?"""
    if _SCORE_AFTER.match(m.string, m.end()):  # "7–6 e.f.", "2–1 efter straffar"
        return False
    w = next_word(m)
    return bool(w and w[0].islower() and w not in AFTER_SCORE_WORDS and _counted_noun(w))


# The pair before in the same list, before its scorer's name ("0–1 Eriksson (12), ").
_GOAL_BEFORE = re.compile(r"(?<![\w,.:–-])(?P<a>\d{1,2})\s?[–-]\s?(?P<b>\d{1,2}) (?:\(\d{1,3}(?:\+\d{1,2})?\) )?[A-ZÅÄÖ][^.!?;\d]{0,60}(?:\(\d{1,3}\)[^.!?;\d]{0,6})?$")
_GOAL_MINUTE_NAME = re.compile(r" \(\d{1,3}(?:\+\d{1,2})?\) [A-ZÅÄÖ]")  # "0–1 (31) Ahmed Qasem": the minute, the scorer


def _goal_list(m: re.Match[str]) -> bool:
    """ "Målen: 0–1 Eriksson (12), 1–1 Ali (57), 2–1 Berg (88)": a pair right before a capitalised name (or its minute
    in brackets and the name: "0–1 (31) Ahmed Qasem") that is one goal more than the pair before its own name shortly
    before in the sentence, or the first goal, is the running score of a list of goals (ranges in a list never step
    so: "10–12 Lördag, 13–15 Söndag")."""
    minute = _GOAL_MINUTE_NAME.match(m.string, m.end())
    if minute and {m.group("a"), m.group("b")} == {"0", "1"}:
        return True  # a list's first goal, its minute in brackets before its scorer (session 61, normalize436)
    if not minute and (m.string[m.end() : m.end() + 1] != " " or not m.string[m.end() + 1 : m.end() + 2].isupper()):
        return False
    before = _GOAL_BEFORE.search(m.string, max(0, m.start() - 90), m.start())
    if before is None:
        return False
    a, b, x, y = int(before.group("a")), int(before.group("b")), int(m.group("a")), int(m.group("b"))
    return (x, y) in ((a + 1, b), (a, b + 1))


# A score already said earlier in the sentence ("kvitterade till ett mot ett
# och gick sedan upp till 1–2"): the next pair in it is one too.
# (any number below a hundred: a handball score, "ledde med tjugoett mot tretton i paus men tappade till 29–30"; up
# to "tolv" until session 55)
_SAID_SCORE_BEFORE = re.compile(rf"{SAID_SCORE}(?![^.!?;]*[.!?;]\s)")


_SCORE_LEFT = re.compile(r"\d\s?[–-]\s?\d")


def _say_score(m: re.Match[str]) -> str:
    return score_said(m, int(m.group("a")), int(m.group("b")))


def _grouped_score(m: re.Match[str]) -> str | None:
    """A pair with a number over a thousand (its thousands set off by a space) is a result when it falls or a score
    word stands before it ("vann 1 112–1 045" -> "tusenetthundratolv mot tusenfyrtiofem"); a rising one elsewhere is
    left to the ranges ("från 1 200–1 500 invånare")."""
    if " " not in m.group("a") and " " not in m.group("b"):
        return None
    a, b = int(m.group("a").replace(" ", "")), int(m.group("b").replace(" ", ""))
    before = [w.strip(".,:") for w in prev_words(m, 6, sentence=True)]
    if a <= b and not any(w in SCORE_CONTEXT for w in before) or _range_noun_after(m):
        return None
    return say_score(cardinal(a), cardinal(b))  # "1 024–987 mot Falun": "tusentjugofyra–niohundraåttiosju mot Falun"


# "hämtade upp från 0–2", "kom tillbaka från 1–3": the score a team came back from (session 57, normalize324)
_COMEBACK_BEFORE = re.compile(r"\b(?:hämta|kom|tog sig)\w* (?:upp|tillbaka|igen) från\s$")
# A turnaround: one result to another ("tappade 2–0 till 2–3", "vände 1–3 till 4–3").
_PAIR_TO_PAIR = re.compile(
    r"(?<![\w,.:–-])(?P<a>\d{1,2})\s?[–-]\s?(?P<b>\d{1,2}) till (?P<c>\d{1,2})\s?[–-]\s?(?P<d>\d{1,2})(?![\w]|[,.:–-]\d)")


def _pair_to_pair(m: re.Match[str]) -> str | None:
    """Two pairs joined by "till" are two results when either falls or ties ("tappade 2–0 till 2–3" ->
    "två mot noll till två mot tre"): a range of ranges is never written falling; two rising pairs
    ("från 2–3 till 4–5 kronor") and a counted noun after them stay ranges."""
    a, b, c, d = (int(m.group(k)) for k in "abcd")
    if (a < b and c < d) or _range_noun_after(m):
        return None
    return f"{say_score(cardinal(a), cardinal(b))} till {say_score(cardinal(c), cardinal(d))}"


def _score(m: re.Match[str]) -> str | None:
    before = [w.strip(".,:") for w in prev_words(m, 6, sentence=True)]
    if before[-1:] and before[-1] in RANGE_LABELS:
        return None  # "mötet med § 8–12": parts of a document, a range
    if _HALFTIME_AFTER.match(m.string, m.end()) or _HALFTIME_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return _say_score(m)
    if _SCORE_COMPOUND.match(m.string, m.end()):  # "en 2–1-seger", "3–0-ledningen": the score's dash kept
        return compound_score(int(m.group("a")), int(m.group("b")))
    if m.group("a") == m.group("b") and not _range_noun_after(m):
        # "2–2", "0–0": a range from a number to itself means nothing, so a tie
        return _say_score(m)
    if (not m.string[max(0, m.start() - 8) : m.start()].strip(_QUOTE_MARKS) and not m.string[: m.start()].strip(_QUOTE_MARKS) and int(m.group("a")) > int(m.group("b"))
            and next_word(m) in _VERBS_AFTER_RESULT):
        # "– 2–1 var rättvist": a falling pair opening the line (a quote)
        # and followed by a verb; a range is never written falling
        return _say_score(m)
    if _SCORE_AFTER.match(m.string, m.end()):
        return _say_score(m)  # "3–2 efter förlängning", "2–1 e.str.": a telltale, not a counted noun
    if _goal_list(m):
        return _say_score(m)
    if before[-1:] and before[-1].lower() in _HOUR_WORDS and int(m.group("a")) < int(m.group("b")) <= 24:
        return None  # "röjer leder lör 10–15", "spelar sön 14–16": a day's hours, rising, whatever sport is near
    if not (any(w in SCORE_CONTEXT for w in before) or _COMEBACK_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
            or _TEAMS_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
            or _SAID_SCORE_BEFORE.search(m.string, max(0, m.start() - 80), m.start())):
        return None
    if _range_noun_after(m):
        return None  # "2–3 veckor": a range
    return _say_score(m)


# Two teams joined by a dash right before their result: "Örebro SK–Brage
# (1–1)", "Tumba IF–Hammarby IF 2–2", "Sverige–Norge: 3–1".
_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBREVIATIONS) | frozenset(MONTHS) | frozenset(
    MONTH_ABBREVIATIONS)
_HOUR_WORDS = _CALENDAR_WORDS | frozenset({"start", "starten", "öppet", "samling", "insläpp"})  # ("start 10–12", s60)
# A team after a match word: one capitalised word and its letters ("Örebro
# SK", "IFK Göteborg").
_TEAM_SHORT = r"(?:[A-ZÅÄÖ]{2,4}\s)?[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s[A-ZÅÄÖ]{1,4})?"
# A team before its result: up to three capitalised words ("Malmö FF", "IFK Göteborg", "Villa Lidköping"), the
# first may join two clubs with a slash ("Visby/Roma", a combined team).
_TEAM = r"[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:[/-][A-ZÅÄÖ][\wåäöÅÄÖ]*)?(?:\s[A-ZÅÄÖ][\wåäöÅÄÖ]*){0,2}"
# The first team with "(?<![\w-])" after its capital (a fast scan); two parts with a hyphen one ("Arameisk-Syrianska")
_FIRST_TEAM = r"[A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])[\wåäöÅÄÖ]*(?:-[A-ZÅÄÖ][\wåäöÅÄÖ]*)?(?:\s[A-ZÅÄÖ][\wåäöÅÄÖ]*){0,2}"
_TEAMS_SCORE = re.compile(
    rf"(?P<a>{_FIRST_TEAM})(?P<dash>\s?–\s?)(?P<b>{_TEAM})(?P<sep>\s*:?\s*\(?)"
    r"(?P<x>\d{1,3})\s?[–-]\s?(?P<y>\d{1,3})(?P<close>\)?)(?![\w]|[,.:]\d|\s?[–-]\d)"
    r"(?P<half>\s*\((?P<hx>\d{1,3})\s?[–-]\s?(?P<hy>\d{1,3})\))?"
)


def _teams_score(m: re.Match[str]) -> str | None:
    if not m.group("half") and _range_noun_after(m):
        return None  # "Stockholm–Göteborg 3–4 timmar": a route and a range
    if m.group("a").lower().rstrip(".") in _CALENDAR_WORDS or m.group("b").lower().rstrip(".") in _CALENDAR_WORDS:
        return None  # "Mån–Fre 08–17": opening hours, not a match
    out = (f"{say_score(m.group('a'), m.group('b'))}{m.group('sep')}"
           f"{say_score(cardinal(int(m.group('x'))), cardinal(int(m.group('y'))))}{m.group('close')}")
    if m.group("half"):  # "2–1 (1–0)": the half-time score after it
        out += f" ({say_score(cardinal(int(m.group('hx'))), cardinal(int(m.group('hy'))))})"
    return out


# Two teams joined by a dash after a match word, with no result after them.
_MATCH_TEAMS = re.compile(
    rf"(?<![\w-])(?P<a>{_TEAM_SHORT})\s?–\s?(?P<b>{_TEAM_SHORT})(?![\w–-]|\s*:?\s*\(?\d)"
)


# "Hammarby–Djurgården slutade 0–0": the pair the subject of a verb of a match's end and its result.
# (the result before a stop or a small word of when or where, no noun it counts: "blev 2–3 timmar" is a range)
_RESULT_AFTER = re.compile(
    r"\s(?:slutade|slutar|blev|stod|stannade på)\s(?:[a-zåäö]+\s)?\d{1,2}\s?[–-]\s?\d{1,2}"
    r"(?=\s*(?:[.,;:!?()]|$)|\s(?:i|inför|efter|och|på|mot|vid|men|trots|när|där|sedan|hemma|borta)\b)")


# The end of a pair of clubs: a stop or a small word after it, no more of the second club's name ("DFF–FC
# Rosengård 1–4" is read with its result).
_CLUB_PAIR_END = re.compile(r"\s*(?:[,.;:()]|$)|\s+[a-zåäö]")


_TOURNAMENTS = frozenset("vm em sm os dm nm".split())
_MATCH_AFTER = re.compile(r",?\s(?:[A-ZÅÄÖ]{2,3}-)?(?:kval|kvalet|final|finalen|semifinal|match|matchen|derby|derbyt)\b")


def _match_teams(m: re.Match[str]) -> str | None:
    if _RESULT_AFTER.match(m.string, m.end()):
        return say_score(m.group("a"), m.group("b"))  # (session 55, normalize275: the dash was silent)
    if all(any(w in CLUB_MARKERS for w in team.split()) for team in (m.group("a"), m.group("b"))) and (
            _CLUB_PAIR_END.match(m.string, m.end())):
        return say_score(m.group("a"), m.group("b"))  # "BIK Karlskoga–Mora IK fre 19.00": two clubs by their letters
    before = prev_words(m)
    if before and before[-1] == "mellan":
        # "mellan Umeå–Vännäs", "mellan AIK–Hammarby": two places or two teams, "och" either way
        return f"{m.group('a')} och {m.group('b')}"
    if before and (before[-1] in MATCH_WORDS or m.string[:m.start()].rstrip()[-1:] in (":", ",") and (
            before[-1].rstrip(":").rpartition("-")[2] in MATCH_WORDS | _TOURNAMENTS)):
        # "Fotbolls-VM-kval: Sverige–Kosovo", "Fotbolls-VM: Sverige–Brasilien": a heading ending in a match word or
        # a championship's letters (session 55, normalize274, normalize281), or a listing's comma after it
        # ("Hockey-VM, Sverige–Finland", session 58, normalize353)
        return say_score(m.group("a"), m.group("b"))
    if _MATCH_AFTER.match(m.string, m.end()):
        return say_score(m.group("a"), m.group("b"))  # "Sverige–Norge, VM-kval": a match word after it (session 58)
    first, _, rest = m.group("a").partition(" ")
    if rest and first.lower() in MATCH_WORDS:  # "Derbyt AIK–Djurgården": the match word opens the line
        return f"{first} {say_score(rest, m.group('b'))}"
    return None


# "6x2–4x2": each team's penalties (six of two minutes against four of two).
_PENALTIES = re.compile(
    r"(?<![\w,.])(?P<a>\d{1,2})\s?[x×]\s?(?P<b>\d{1,2})\s?[–-]\s?(?P<c>\d{1,2})\s?[x×]\s?(?P<d>\d{1,2})(?![\w]|[,.]\d)"
)


# "IFK Hässleholm 2 – 0 Höllvikens GIF": the result between the two teams.
_SCORE_BEFORE_TEAM = re.compile(r"\d ?[–-] ?\d{1,2} [A-ZÅÄÖ]")  # its gate (digit first: a fast scan)
_SCORE_BETWEEN_TEAMS = re.compile(
    rf"(?P<a>{_FIRST_TEAM}) (?P<x>\d{{1,2}}) ?[–-] ?(?P<y>\d{{1,2}}) (?P<b>{_TEAM})(?=\s*$|\s*[,.;:)])"
)


def _score_between_teams(m: re.Match[str]) -> str | None:
    words = m.group("a").split() + m.group("b").split()
    if not any(w in CLUB_MARKERS for w in words):
        return None  # "Storgatan 2–4 Malmö": an address, not a match
    return f"{m.group('a')} {say_score(cardinal(int(m.group('x'))), cardinal(int(m.group('y'))))} {m.group('b')}"


def _penalties(m: re.Match[str]) -> str | None:
    if not any(w.strip(".,:") in PENALTY_WORDS for w in prev_words(m, 2)):
        return None
    a, b, c, d = (cardinal(int(m.group(g))) for g in "abcd")
    return f"{a} gånger {b} mot {c} gånger {d}"


def team_results(text: str, trace: Trace | None = None) -> str:
    """Two teams joined by a dash, right before their result, are said with "mot", as the result is: "Örebro
    SK–Brage (1–1)" -> "Örebro SK mot Brage (ett mot ett)", "Malmö FF–IFK Göteborg 2–1 (1–0)" -> "Malmö FF mot IFK
    Göteborg två mot ett (ett mot noll)" (class "score"; the module's convention, ``machinery.SCORE_DASH``). A team is
    up to three capitalised words.

    A result written between the two teams, one of them named with a
    club's letters (CLUB_MARKERS), is a score: "IFK Hässleholm 2 – 0
    Höllvikens GIF" -> "IFK Hässleholm två mot noll Höllvikens GIF".

    The teams' penalties after a penalty word are set against each other
    with "mot": "utvisningar 6x2–4x2" -> "sex gånger två mot fyra gånger
    två" (PENALTY_WORDS), not a range (no score: a silent dash between
    "två" and "fyra" would blur the two counts).

    Runs before the rules that read names with digits ("HV71"), so a team's
    name does not hide the pair.

    Two teams joined by a dash with no result after them, right after a
    match word ("Derbyt Djurgården–AIK spelas", "matchen Hammarby–Malmö
    ställs in"), are said with "mot" too ("Djurgården mot AIK"); after
    "mellan" they are joined by "och". Two teams before a verb of a match's end and its result are said with
    "mot" ("Hammarby–Djurgården slutade 0–0", "AIK–Hammarby blev 2–2"), not before a noun the pair counts ("blev
    2–3 timmar": a route), and so are two clubs each named with a club's letters, anywhere ("BIK Karlskoga–Mora
    IK fre 19.00"; session 55, normalize274).

    Risk: a route with a dashed pair after it is read as a match unless a
    counted noun follows ("Stockholm–Göteborg 3–4 timmar" stays a range);
    capitalised words before the first team belong to it ("Derbyt Malmö
    FF–AIK 1–0" keeps them, said as written);
    a dashed pair of names after a match word (MATCH_WORDS) is two teams
    (after "mellan" joined by "och": "mellan Umeå–Vännäs" is a road too);
    a pair between two capitalised names, one with a club's letters, is a
    score (a range between a club and a place is not written so).
    """
    digit = has_digit(text)  # the match words' teams need none
    if digit and ("x" in text or "×" in text):
        text = sub(_PENALTIES, _penalties, text, trace, "score")
    if "–" not in text and "-" not in text:
        return text
    if digit and _SCORE_BEFORE_TEAM.search(text):
        text = sub(_SCORE_BETWEEN_TEAMS, _score_between_teams, text, trace, "score")
    if "–" not in text:
        return text
    text = sub(_MATCH_TEAMS, _match_teams, text, trace, "score")
    return sub(_TEAMS_SCORE, _teams_score, text, trace, "score") if digit else text


_PAIR = re.compile(r"(?P<a>\d{1,3})\s?[–-]\s?(?P<b>\d{1,3})")
_SCORE_LIST = re.compile(
    r"\((?P<body>\d{1,3}\s?[–-]\s?\d{1,3}(?:,\s*\d{1,3}\s?[–-]\s?\d{1,3})+)\)"
)
# What stands before a bracketed list of set or period scores: a score (as
# written or as said by team_results, "tre mot fyra e. förl.") or a word that
# announces them ("3–1 i set (25–20, 18–25, ...)").
_LIST_LEAD = re.compile(
    r"(?:\d\s?[–-]\s?\d{1,3}|\bset|\bperioder\w*|\bperiodsiffror\w*|\bförlängning|\bstraffar|\bförl\.|\bstr\."
    r"|\b[a-zåäö]*(?:noll|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|ton|tjugo)(?: mot |–)[a-zåäö]+)[\w\s.]{0,14}$"
)


_FIGURES = frozenset({"siffrorna", "siffror", "röstsiffrorna"})
_CLAUSE_AFTER = re.compile(r"[^.!?;]{0,60}")


def _words_after(m: re.Match[str]) -> list[str]:
    """The words after the pair up to its sentence's end, at most 60 characters ("8–5 efter votering")."""
    if m.string[m.end() : m.end() + 1] not in ("", " ", ",", ".", ";", ":"):
        return []  # "18–24-åringarna röstade": the pair heads a compound
    tail = _CLAUSE_AFTER.match(m.string, m.end())
    return [w.strip(",:") for w in tail.group(0).lower().split()] if tail else []


def _vote(m: re.Match[str]) -> str | None:
    before = [w.strip(".,:") for w in prev_words(m, DECISION_WINDOW + 1, sentence=True)]
    if before and before[-1].endswith(STREET_ENDINGS):
        return None  # "på Tallvägen 12–16": a street's numbers, whatever the decision said around them (session 32)
    if before and before[-1] in PAGE_LABELS:
        return None  # "återremitterades, se s. 14–17": pages, a span (session 47, normalize167)
    if case_number_pair(m):
        return None  # "yrkade fängelse i mål B 877-25": a case's number after its label, for the identifiers' rule
    strong = any(w in VOTE_CONTEXT for w in before) or any(w in VOTE_AFTER_WORDS for w in _words_after(m))
    if before[-2:-1] == ["med"] and before[-1] in _FIGURES:
        before = before[:-1]  # "togs med siffrorna 45–16": the figures' word between "med" and the pair
    decided = bool(before) and before[-1] == "med" and any(w in DECISION_WORDS for w in before[-DECISION_WINDOW:])
    if before and before[-1] in DECISION_VERBS and next_word(m) in DECISION_AFTER:
        return f"{cardinal(int(m.group('a')))} {VOTE_WORD} {cardinal(int(m.group('b')))}"  # "beslutade 7–2 att"
    rising = int(m.group("a")) < int(m.group("b"))
    if not (strong or decided) or (rising and (_range_noun_after(m) or m.string[m.end():m.end() + 1] == "-")):
        return None  # a range rises: "avslog med 7–4 ansökan om bygglov" is a vote, the noun what was decided; a
        # rising pair heading a compound is an age's span ("röstade 38 % av 18–21-åringarna", session 46)
    return f"{cardinal(int(m.group('a')))} {VOTE_WORD} {cardinal(int(m.group('b')))}"


def _score_list(m: re.Match[str]) -> str | None:
    # three pairs or more in brackets, not all rising, are a match's periods
    # (ranges always rise: "(8–12, 13–17, 18–20)" are opening hours)
    pairs = [(int(p.group("a")), int(p.group("b"))) for p in _PAIR.finditer(m.group("body"))]
    periods = len(pairs) >= 3 and any(a >= b for a, b in pairs)
    if not periods and not _LIST_LEAD.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    return "(" + _PAIR.sub(_say_score, m.group("body")) + ")"


# "med 6–3, 4–6, 7–6": pairs after each other, separated by commas, outside
# brackets (a tennis match's sets, a series of games).
_SCORE_RUN = re.compile(
    r"\d(?<![\w,.:–-]\d)\d{0,2}\s?[–-]\s?\d{1,3}(?:,\s\d{1,3}\s?[–-]\s?\d{1,3})+"
    r"(?:\s(?:och|samt)\s\d{1,3}\s?[–-]\s?\d{1,3})?(?![\w]|[,.:]\d|\s?[–-]\d)"  # the last after "och" (session 49)
    r"(?:\s\(\d{1,3}\s?[–-]\s?\d{1,3}\))?"  # a tie-break in brackets
)


def _score_run(m: re.Match[str]) -> str | None:
    # the whole run is scores when its first pair is one by its own context, or a tie-break closes it ("4–6, 6–7 (5–7)")
    first = _SCORE.match(m.string, m.start())
    if first is None or (_score(first) is None and not m.group(0).endswith(")")):
        return None
    return _PAIR.sub(_say_score, m.group(0))


def votes(text: str, trace: Trace | None = None) -> str:
    """Votes: "bifölls med 41–20", "röstsiffrorna 33–28", "slutade 30–30"
    after "omröstningen" -> "fyrtioett mot tjugo" (class "vote").

    Risk: a vote needs a vote word (VOTE_CONTEXT) up to ten words before, or
    "med" right before the pair and a decision word ("beslutet", "förslaget")
    shortly before that, or a decision's verb right before it and "att",
    "om", "för" or the sentence's end after it ("beslutade 7–2 att ...",
    DECISION_VERBS); a counted noun after a rising pair ("5–10 ledamöter")
    leaves a range, after a falling one it is what was decided ("avslog med
    7–4 ansökan om bygglov", session 32); a pair after a street's name is
    its numbers ("beviljade bygglov … på Tallvägen 12–16", session 32). A vote keeps "mot" when a score's dash is silent (session 17;
    votes are not sport), so the vote's words are read on both sides of the
    pair ("slutade 8–5 efter votering") and "med siffrorna" counts as "med"
    ("Beslutet togs med siffrorna 45–16"); risk: a match's result in a
    sentence that also names a vote ("vann 3–1 efter en omröstning bland
    fansen") is said with "mot".
    """
    if "–" not in text and "-" not in text:  # (what every vote holds)
        return text
    return sub(_SCORE, _vote, text, trace, "vote")


# "4–4–2", "4-2-3-1": a football team's formation, three or four small
# numbers with dashes that add up to the ten outfield players.
_FORMATION = re.compile(r"(?<![\w,.:–-])[1-6](?:[–-][1-6]){2,3}(?![\w]|[,.:–-]\d)")


def _formation(m: re.Match[str]) -> str | None:
    parts = [int(c) for c in m.group(0) if c.isdigit()]
    return " ".join(cardinal(p) for p in parts) if sum(parts) == 10 else None


# "Vårdgarantin 0–3–90–90", "koden 12–34–56": three or more numbers joined by one kind of dash are a chain of
# numbers, said one after the other (no range: it was "noll till tre–nittio till nittio").
_NUMBER_CHAIN = re.compile(r"(?<![\w,.:/–-])\d{1,3}(?P<d>[–-])\d{1,3}(?:(?P=d)\d{1,3})+(?![\w]|[,.:/–-]\d)")


def _number_chain(m: re.Match[str]) -> str | None:
    parts = m.group(0).split(m.group("d"))
    if len(parts) == 3 and all(len(p) == 2 for p in parts) and int(parts[1]) <= 12:
        return None  # "25-05-24": a date written short
    return " ".join(digits(p) if p.startswith("0") and len(p) > 1 else cardinal(int(p)) for p in parts)


def scores(text: str, trace: Trace | None = None) -> str:
    """Sports results: "vann med 3–1" -> "tre mot ett" (a score, not a range).

    Spoken with "mot" between the two numbers (``machinery.SCORE_DASH``: "vann 3–1" -> "tre mot ett", "(1–0, 0–1)"
    -> "(ett mot noll, noll mot ett)", "4–2 mot Luleå" -> "fyra mot två mot Luleå"): the module's convention since
    session 54 (sessions 17-53 kept the dash silent); never "till" or "streck". A vote says "mot" too (``votes``).

    Risk: a small "a–b" (up to three digits: basketball) is a score only with
    a sports word shortly before it (vann, förlorade, slutade, matchen ...)
    or a telltale after it ("i halvtid", "mot AIK"); otherwise it is a range.
    A counted noun after it ("2–3 veckor") makes it a range; a verb does not;
    a telltale after it ("efter förlängning", "e.förl.", "e.str.") makes it
    a score whatever stands before it.
    A result followed by the half-time score in brackets, "1–2 (0–1)", or
    right after two capitalised names joined by a dash ("Tumba IF–Hammarby
    IF 2–2") is a score without any sports word, and so is a tie ("2–2",
    "0–0") unless a counted noun follows: a range from a number to itself
    is never written. A falling pair ("2–1", first number larger) that opens
    the line or quote and is followed by a verb ("– 2–1 var rättvist") is a
    score too; a rising one there ("– 1–2 var rättvist", "– 5–10 personer
    kom") stays a range. A bracketed list of pairs after a score or a set or
    period word, "3–1 i set (25–20, 18–25, 25–22)", is a list of scores, and
    so is any bracketed list of three pairs or more, not all rising ("efter
    förlängning (1–0, 1–1, 0–1, 1–0)"; "(8–12, 13–17, 18–20)" are ranges);
    a said score before the brackets counts ("tre mot fyra e. förl. (1–2,
    2–1)"; risk: "tre mot tre" written in words before ranges in brackets).
    A score joined to its noun by a hyphen keeps its dash and the hyphen: "2–0-målet"
    -> "två–noll-målet", "en 3–1-seger" -> "tre–ett-seger" (``machinery.compound_score``). Two or more set
    scores of a tennis match in a row, each won with six or seven games
    ("vann med 6–4, 3–6, 7–5"), are said as the numbers after each other:
    "sex mot fyra, tre mot sex, sju mot fem" (blind sets 5 and 6).
    A list of goals, each pair before its scorer's name, is a list of
    scores when each pair is one goal more than the one before ("0–1
    Eriksson (12), 1–1 Ali (57), 2–1 Berg (88)": the third has no sports
    word near it; risk: a list of ranges stepping by one before names,
    "1–2 Anna, 1–3 Per", is read as scores). A pair followed by "i" and
    the match it was played in ("efter 0–1 i kvalet", "i returen") is a score.
    Other pairs after each other with commas, outside brackets ("slog henne med
    6–3, 4–6, 7–6": a tennis match's sets), are all scores when the first is
    one.
    A pair later in a sentence whose earlier score was said ("kvitterade
    till 1–1 och gick sedan upp till 1–2") is a score too (a second pass
    sees "ett mot ett", said or written, before it).

    A team's formation, three or four small numbers with dashes adding up
    to ten, is said as its numbers: "spelar 4–4–2" -> "fyra fyra två"
    (class "formation"; it was "fyra till fyra–två"). A pair with a half
    point after a sports word, "vann med 6,5–1,5", is a score too ("sex komma
    fem mot ett komma fem": a half-point score keeps "mot", HALF_POINT_WORD); risk: a range of halves after a score word
    without a counted noun after it is read as a score.
    A rising pair of hours right after a weekday is the day's hours, whatever sports word is near ("röjer leder
    lör 10–15": "tio till femton"; a telltale after it still makes a score).
    (Two teams with a dash before their result are read earlier, by
    ``team_results``.)
    """
    if "–" not in text and "-" not in text:  # (what every pattern below needs)
        return text
    if text.count("–") + text.count("-") >= 2:  # "spelar 4–4–2": a team's formation
        text = sub(_FORMATION, _formation, text, trace, "formation")
        text = sub(_NUMBER_CHAIN, _number_chain, text, trace, "number")
    text = sub(_SCORE_LIST, _score_list, text, trace, "score")
    if ", " in text:
        text = sub(_SET_SCORES, _set_scores, text, trace, "score")
    text = sub(_SCORE_RUN, _score_run, text, trace, "score")
    if " till " in text:
        text = sub(_PAIR_TO_PAIR, _pair_to_pair, text, trace, "score")
    if "–" in text and _GROUPED_HINT.search(text):
        text = sub(_GROUPED_PAIR, _grouped_score, text, trace, "score")
    text = sub(_SCORE, _score, text, trace, "score")
    if ",5" in text:  # "vann med 6,5–1,5": half points
        text = sub(_HALF_POINTS, _half_points, text, trace, "score")
    if SCORE_DASH in text and _SCORE_LEFT.search(text):  # a later pair after a said score
        text = sub(_SCORE, _score, text, trace, "score")
    return text


HALF_POINT_REACH = 6
"""A score in half points has its sports word at most this many words before it ("vann lagmatchen mot Lund med
5,5–2,5": session 33, normalize105; it was three). Risk: a range of halves without a counted noun after it, within
six words after a sports word, is read as a score."""
# "vann med 6,5–1,5": a score in half points (bowling, chess), one side with its half.
_HALF_POINTS = re.compile(r"(?<![\w,.:])(?P<a>\d{1,2}(?:,5)?)\s?[–-]\s?(?P<b>\d{1,2}(?:,5)?)(?![\w]|[,.]\d)")


def _half_points(m: re.Match[str]) -> str | None:
    if ",5" not in m.group(0) or not any(w in SCORE_CONTEXT for w in prev_words(m, HALF_POINT_REACH)) or _range_noun_after(m):
        return None  # "1,5–2,5 meter": a range
    # A score in half points keeps "mot" (HALF_POINT_WORD): a silent dash after "komma fem" blurs the two sides,
    # and every writer of the sets accepted "mot" there; before the opponent's "mot" the pair is said bare.
    link = " " if next_word(m) == "mot" else f" {HALF_POINT_WORD} "  # "4,5–3,5 mot Rockaden": one "mot" in a row
    return f"{say_number(m.group('a'))}{link}{say_number(m.group('b'))}"


# "6–4, 3–6, 7–5": a tennis match's sets, two or more, not in brackets.
_SET_SCORES = re.compile(
    r"(?<![\w,.:(–-])(?P<sets>[0-7]\s?[–-]\s?[0-7](?:,\s[0-7]\s?[–-]\s?[0-7])+)(?![\w)]|[,.:–-]\d)"
    r"(?:\s\((?P<ta>\d{1,2})\s?[–-]\s?(?P<tb>\d{1,2})\))?"  # the last set's tie-break: "7–6 (7–4)"
)


def _set_scores(m: re.Match[str]) -> str | None:
    pairs = [(int(p.group("a")), int(p.group("b"))) for p in _PAIR.finditer(m.group("sets"))]
    if not all(max(a, b) in (6, 7) for a, b in pairs):
        return None  # every set is won with six or seven games
    if not any(a > b for a, b in pairs) and not any(w.strip(".,:") in SCORE_CONTEXT for w in prev_words(m, 6, sentence=True)):
        return None  # ranges all rise ("5–6, 6–7 år"); lost sets after "förlorade" are sets
    if _range_noun_after(m):
        return None
    said = ", ".join(say_score(cardinal(a), cardinal(b)) for a, b in pairs)  # "sex mot tre, fyra mot sex"
    if m.group("ta"):
        said += f" ({say_score(cardinal(int(m.group('ta'))), cardinal(int(m.group('tb'))))})"
    return said


# A placing at the head of a result line: "1) Sara Lind", "1. Eva Berg"; the
# line's start or a colon before it ("Herrar 10 km: 1. Johan Ek"), and two
# capitalised words after it (a name, a club) or one and a number (a team and
# its points: "1. Luleå 45 p").
_PLACING = re.compile(r"(?P<pre>^|(?<=:)\s|(?<=[,;])\s|\s)(?P<n>[1-9]\d?)[.)]\s+(?=[A-ZÅÄÖ])")
# What the first placing needs after it (a later one in the same list, one
# more than the last, needs only a capitalised word: "2) Berg 3) Lind.").
_PLACING_HEAD = re.compile(  # "Flash (Kihlström)", "Ronja (border collie)"; a pair "Ek/Lund", "Ek och Lund", "Ek–Lund"
    r"[A-ZÅÄÖ][\wåäöéÅÄÖ]*(?:\.?[\s-]+[A-ZÅÄÖ]|\s\d|\s\([A-ZÅÄÖa-zåäö][a-zåäö]{2,}|\s\([A-ZÅÄÖa-zåäö]\.?\s[A-ZÅÄÖ]|(?:[/–]|\s(?:och|&)\s)[A-ZÅÄÖ]"
    r"|,\s[A-ZÅÄÖ][\wåäöé]*(?:\s[A-ZÅÄÖ][\wåäöé]*)?,\s\d)")  # a surname, its club, its result: "1) Jonsson, Ätran, 10,84"


# The winner named without a number after the colon, the list going on from the second ("Eriksson 594 p, 2. Ahl").
_WINNER_BEFORE = re.compile(r":\s*[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+){0,2},?\s\d[\d\s,.]*(?:\s?p\.?)?,$")
_PLACING_HINT = re.compile(r"[.)](?<=\d[.)]) +[A-ZÅÄÖ]")  # a cheap test before the pattern (\d[.)] +[A-ZÅÄÖ], the stop first)
# The head of a numbered agenda or programme before its colon: its items are no placings.
_AGENDA_HEAD = re.compile(r"\b(?i:ärenden|ärendelista|dagordning|föredragningslista|programmet|program|punkter|agenda"
                          r"|beslut|innehåll|innehåller|kursplan|schema)\s*:$")


def _placing_word(n: int) -> str:
    return PLACING_WORDS[n - 1] if n <= len(PLACING_WORDS) else ordinal(n)


# A competition class between the colon and the first placing: "Kiruna Sprint: H21 1) Erik Ek".
_CLASS_AFTER_COLON = re.compile(r":\s*(?:[HDPF]\d{1,2}|[Hh]errar|[Dd]amer|[Pp]ojkar|[Ff]lickor)(?: \d{1,2} km)?$")


def placings(text: str, trace: Trace | None = None) -> str:
    """A placing heading a result line is said as a reporter says it: "1)
    Sara Lind, IFK Umeå 2) Eva Berg, Luleå" -> "etta Sara Lind, IFK Umeå,
    tvåa Eva Berg, Luleå"; "1. Eva Berg" -> "etta Eva Berg"; "Herrar 10 km:
    1. Johan Ek" after a colon too (class "placing").

    The first placing stands at the start of the line or after a colon (and a class: "Sprint: H21 1) Erik Ek"); the
    next ones anywhere on the line, each one more than the last (or any later one after an ellipsis). Each is
    followed by two capitalised words (a name, a club) or by one and a number
    (a table: "1. Luleå 45 p, 2. Skellefteå 42 p") or by one and a bracket
    opening with a capital (a horse and its driver: "1) Flash (Kihlström)
    1.11,9a"; it was "ett) Flash"; a driver with his initial, "(Å. Svanstedt)", too); a later placing of the
    same list, one more than the last, needs only a capitalised word ("2)
    Berg 3) Lind." -> "tvåa Berg, trea Lind."); a pause is put before a
    placing inside the line.

    Risk: a numbered list whose item opens with two capitalised words ("1.
    Region Stockholm ska ...") or a capitalised word and a number ("1.
    Kommunen 2024 ...") is read as placings; a list item opening with
    one capitalised word ("1. Kommunen ska ...") is left to the number rules.
    """
    if not _PLACING_HINT.search(text):
        return text
    out: list[str] = []
    pos, expected = 0, 0
    for m in _PLACING.finditer(text):
        n = int(m.group("n"))
        before = text[: m.start("n")].strip()
        first = not before or before.endswith(":") or _CLASS_AFTER_COLON.search(before) is not None or (
            n == 2 and _WINNER_BEFORE.search(before) is not None)  # "liggande: Eriksson 594 p, 2. Ahl 591" (s56)
        skipped = expected > 1 and n > expected and before.endswith(("…", "..."))  # "3. Färjestad 89 p … 14. Timrå"
        if not (first or n == expected or skipped) or first and _AGENDA_HEAD.search(before):
            continue  # "Ärenden: 1. Budget 2026, 2. Taxor": a numbered agenda, no placings
        if not (n == expected and n > 1) and not _PLACING_HEAD.match(text, m.end()):
            continue  # the first placing: two capitalised words, or one and a number
        said = _placing_word(n)
        if trace is not None:
            trace.change(m.group(0).strip(), said, "placing")
        lead = m.group("pre") if first or before.endswith((",", ";", ".", "!", "?")) else ", "  # a stop is the pause already
        out.append(text[pos : m.start()] + lead + said + " ")
        pos, expected = m.end(), n + 1
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# Chess moves: a move number and a move ("1.e4", "12. Sf3") start the notation;
# each move after it on the line ("c5", "Lxe5", "Dh5+") is a square with an
# optional piece and capture.
_CHESS_START = re.compile(r"\d(?<![\w.,]\d)\d{0,2}\.\s?(?:[KDTLS]?x?[a-h][1-8]|O-O)")
_CHESS_HINT = re.compile(r"\.(?<=\d\.)\s?(?:[KDTLS]?x?[a-h][1-8]|O-O)")  # its gate: the move number's stop first
_CHESS_MOVE = re.compile(
    r"(?<![\w.,])(?:(?P<n>\d{1,3})\.\s?)?(?P<p>[KDTLS])?(?P<x>x)?(?P<f>[a-h])(?P<r>[1-8])(?P<check>[+#])?(?![\w])"
)


def _chess_move(m: re.Match[str]) -> str:
    out = [cardinal(int(m.group("n")))] if m.group("n") else []
    if m.group("p"):
        out.append(CHESS_PIECES[m.group("p")])
    if m.group("x"):
        out.append("slår")
    out += [LETTER_NAMES[m.group("f")], cardinal(int(m.group("r")))]
    if m.group("check"):
        out.append("schack" if m.group("check") == "+" else "matt")  # "Dxf7#": mate (session 61, normalize443)
    return " ".join(out)


def chess_moves(text: str, trace: Trace | None = None) -> str:
    """Chess notation, once a move number and a move start it: "1.e4 c5"
    -> "ett e fyra ce fem", "Sf3" -> "springare eff tre", "Lxe5" ->
    "löpare slår e fem", "+" -> "schack", "#" -> "matt" (class "chess").

    Risk: only from the first numbered move on ("1.e4", "12. Sf3"); a lone
    "c5" or "e4" (a vitamin, a road) elsewhere is left to the other rules.
    """
    start = _CHESS_START.search(text) if "." in text and _CHESS_HINT.search(text) else None
    if start is None:
        return text
    return text[: start.start()] + sub(_CHESS_MOVE, _chess_move, text[start.start():], trace, "chess")
