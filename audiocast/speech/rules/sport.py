"""Sports results (``scores``): "vann med 3–1" -> "tre mot ett", told apart from
a range ("2–3 veckor", read by ``numerals.ranges``).

The words that make "a–b" a score live in ``speech/data/sport.py``.
"""

from __future__ import annotations

import re

from ...calendar_sv import MONTHS, WEEKDAYS
from ..data.calendar import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from ..data.nouns import COUNT_NOUNS, NOT_COUNT_VERBS
from ..data.quantities import UNITS_OF_MEASURE
from ..data.sport import (
    AFTER_SCORE_WORDS,
    CHESS_PIECES,
    CLUB_MARKERS,
    DECISION_AFTER,
    DECISION_VERBS,
    DECISION_WINDOW,
    DECISION_WORDS,
    GAP_BEHIND,
    MATCH_WORDS,
    PENALTY_WORDS,
    PLACING_WORDS,
    RACE_CONTEXT,
    RESULT_VERBS,
    SCORE_AFTER,
    SCORE_COMPOUND_HEADS,
    SCORE_CONTEXT,
    SCORE_VERBS,
    SKI_STYLES,
    TROT_CONTEXT,
    TROT_SUFFIXES,
    VOTE_CONTEXT,
    VOTE_WORD,
)
from ..data.words import LETTER_NAMES
from ..numbers import cardinal, digits, ordinal
from ..report import Trace
from .machinery import alternation, is_ett_noun, next_word, prev_words, sub

_SCORE = re.compile(r"(?<![\w,.:–-])(?P<a>\d{1,3})\s?[–-]\s?(?P<b>\d{1,3})(?![\w]|[,.:]\d|\s?[–-]\d)")
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
_HALFTIME_AFTER = re.compile(r"\s*\(\d{1,3}\s?[–-]\s?\d{1,3}\)")
_HALFTIME_BEFORE = re.compile(r"(?<![\w,.:–-])\d{1,3}\s?[–-]\s?\d{1,3}\s*\($")
_SCORE_COMPOUND = re.compile(rf"-(?:{alternation(SCORE_COMPOUND_HEADS)})\b")
_VERBS_AFTER_RESULT = RESULT_VERBS | SCORE_VERBS
_QUOTE_MARKS = " \t\"'”»"
_ANY_DIGIT = re.compile(r"\d")


def _counted_noun(w: str) -> bool:
    """Could ``w`` be what a range counts ("veckor", "år", "mål", "kronor")?
    A verb after a score ("3–0 säkrade guldet") is not."""
    lw = w.lower()
    if lw in COUNT_NOUNS or lw in UNITS_OF_MEASURE or is_ett_noun(lw):
        return True
    if lw in NOT_COUNT_VERBS or lw in SCORE_VERBS:
        return False
    return not lw.endswith(("ade", "ande", "ende"))


def _range_noun_after(m: re.Match[str]) -> bool:
    """Does a counted noun follow ("2–3 veckor"), which makes it a range?"""
    if _SCORE_AFTER.match(m.string, m.end()):  # "7–6 e.f.", "2–1 efter straffar"
        return False
    w = next_word(m)
    return bool(w and w[0].islower() and w not in AFTER_SCORE_WORDS and _counted_noun(w))


# The pair before in the same list, before its scorer's name ("0–1 Eriksson (12), ").
_GOAL_BEFORE = re.compile(r"(?<![\w,.:–-])(?P<a>\d{1,2})\s?[–-]\s?(?P<b>\d{1,2}) [A-ZÅÄÖ][^.!?;\d]{0,60}(?:\(\d{1,3}\)[^.!?;\d]{0,6})?$")


def _goal_list(m: re.Match[str]) -> bool:
    """ "Målen: 0–1 Eriksson (12), 1–1 Ali (57), 2–1 Berg (88)": a pair
    right before a capitalised name that is one goal more than the pair
    before its own name shortly before in the sentence is the running score
    of a list of goals (ranges in a list never step so: "10–12 Lördag,
    13–15 Söndag")."""
    if m.string[m.end() : m.end() + 1] != " " or not m.string[m.end() + 1 : m.end() + 2].isupper():
        return False
    before = _GOAL_BEFORE.search(m.string, max(0, m.start() - 90), m.start())
    if before is None:
        return False
    a, b, x, y = int(before.group("a")), int(before.group("b")), int(m.group("a")), int(m.group("b"))
    return (x, y) in ((a + 1, b), (a, b + 1))


def _say_score(m: re.Match[str]) -> str:
    return f"{cardinal(int(m.group('a')))} mot {cardinal(int(m.group('b')))}"


def _score(m: re.Match[str]) -> str | None:
    before = [w.strip(".,:") for w in prev_words(m, 6, sentence=True)]
    if _HALFTIME_AFTER.match(m.string, m.end()) or _HALFTIME_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return _say_score(m)
    if _SCORE_COMPOUND.match(m.string, m.end()):  # "en 2–1-seger", "3–0-ledningen"
        return f"{cardinal(int(m.group('a')))}-{cardinal(int(m.group('b')))}"
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
    if not (any(w in SCORE_CONTEXT for w in before)
            or _TEAMS_BEFORE.search(m.string, max(0, m.start() - 60), m.start())):
        return None
    if _range_noun_after(m):
        return None  # "2–3 veckor": a range
    return _say_score(m)


# Two teams joined by a dash right before their result: "Örebro SK–Brage
# (1–1)", "Tumba IF–Hammarby IF 2–2", "Sverige–Norge: 3–1".
_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBREVIATIONS) | frozenset(MONTHS) | frozenset(
    MONTH_ABBREVIATIONS)
# A team after a match word: one capitalised word and its letters ("Örebro
# SK", "IFK Göteborg").
_TEAM_SHORT = r"(?:[A-ZÅÄÖ]{2,4}\s)?[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s[A-ZÅÄÖ]{1,4})?"
# A team before its result: up to three capitalised words ("Malmö FF", "IFK Göteborg", "Villa Lidköping").
_TEAM = r"[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s[A-ZÅÄÖ][\wåäöÅÄÖ]*){0,2}"
_TEAMS_SCORE = re.compile(
    rf"(?<![\w-])(?P<a>{_TEAM})(?P<dash>\s?–\s?)(?P<b>{_TEAM})(?P<sep>\s*:?\s*\(?)"
    r"(?P<x>\d{1,3})\s?[–-]\s?(?P<y>\d{1,3})(?P<close>\)?)(?![\w]|[,.:]\d|\s?[–-]\d)"
    r"(?P<half>\s*\((?P<hx>\d{1,3})\s?[–-]\s?(?P<hy>\d{1,3})\))?"
)


def _teams_score(m: re.Match[str]) -> str | None:
    if not m.group("half") and _range_noun_after(m):
        return None  # "Stockholm–Göteborg 3–4 timmar": a route and a range
    if m.group("a").lower().rstrip(".") in _CALENDAR_WORDS or m.group("b").lower().rstrip(".") in _CALENDAR_WORDS:
        return None  # "Mån–Fre 08–17": opening hours, not a match
    out = (f"{m.group('a')} mot {m.group('b')}{m.group('sep')}"
           f"{cardinal(int(m.group('x')))} mot {cardinal(int(m.group('y')))}{m.group('close')}")
    if m.group("half"):  # "2–1 (1–0)": the half-time score after it
        out += f" ({cardinal(int(m.group('hx')))} mot {cardinal(int(m.group('hy')))})"
    return out


# Two teams joined by a dash after a match word, with no result after them.
_MATCH_TEAMS = re.compile(
    rf"(?<![\w-])(?P<a>{_TEAM_SHORT})\s?–\s?(?P<b>{_TEAM_SHORT})(?![\w–-]|\s*:?\s*\(?\d)"
)


def _match_teams(m: re.Match[str]) -> str | None:
    before = prev_words(m)
    if before and before[-1] == "mellan":
        # "mellan Umeå–Vännäs", "mellan AIK–Hammarby": two places or two teams, "och" either way
        return f"{m.group('a')} och {m.group('b')}"
    if before and before[-1] in MATCH_WORDS:
        return f"{m.group('a')} mot {m.group('b')}"
    first, _, rest = m.group("a").partition(" ")
    if rest and first.lower() in MATCH_WORDS:  # "Derbyt AIK–Djurgården": the match word opens the line
        return f"{first} {rest} mot {m.group('b')}"
    return None


# "6x2–4x2": each team's penalties (six of two minutes against four of two).
_PENALTIES = re.compile(
    r"(?<![\w,.])(?P<a>\d{1,2})\s?[x×]\s?(?P<b>\d{1,2})\s?[–-]\s?(?P<c>\d{1,2})\s?[x×]\s?(?P<d>\d{1,2})(?![\w]|[,.]\d)"
)


# "IFK Hässleholm 2 – 0 Höllvikens GIF": the result between the two teams.
_SCORE_BETWEEN_TEAMS = re.compile(
    rf"(?<![\w-])(?P<a>{_TEAM}) (?P<x>\d{{1,2}}) ?[–-] ?(?P<y>\d{{1,2}}) (?P<b>{_TEAM})(?=\s*$|\s*[,.;:)])"
)


def _score_between_teams(m: re.Match[str]) -> str | None:
    words = m.group("a").split() + m.group("b").split()
    if not any(w in CLUB_MARKERS for w in words):
        return None  # "Storgatan 2–4 Malmö": an address, not a match
    return f"{m.group('a')} {cardinal(int(m.group('x')))} mot {cardinal(int(m.group('y')))} {m.group('b')}"


def _penalties(m: re.Match[str]) -> str | None:
    if not any(w.strip(".,:") in PENALTY_WORDS for w in prev_words(m, 2)):
        return None
    a, b, c, d = (cardinal(int(m.group(g))) for g in "abcd")
    return f"{a} gånger {b} mot {c} gånger {d}"


def team_results(text: str, trace: Trace | None = None) -> str:
    """Two teams joined by a dash, right before their result, are said with
    "mot" and so is the result: "Örebro SK–Brage (1–1)" -> "Örebro SK mot
    Brage (ett mot ett)", "Malmö FF–IFK Göteborg 2–1 (1–0)" -> "Malmö FF mot
    IFK Göteborg två mot ett (ett mot noll)" (class "score"). A team is up to
    three capitalised words. The blind writers said "mot" between the teams
    (set 5) or in the score (all sets); both together are clear to a
    listener, if one "mot" more than the writer of set 6 wrote.

    A result written between the two teams, one of them named with a
    club's letters (CLUB_MARKERS), is a score: "IFK Hässleholm 2 – 0
    Höllvikens GIF" -> "IFK Hässleholm två mot noll Höllvikens GIF".

    The teams' penalties after a penalty word are set against each other
    like a score: "utvisningar 6x2–4x2" -> "sex gånger två mot fyra gånger
    två" (PENALTY_WORDS), not a range.

    Runs before the rules that read names with digits ("HV71"), so a team's
    name does not hide the pair.

    Two teams joined by a dash with no result after them, right after a
    match word ("Derbyt Djurgården–AIK spelas", "matchen Hammarby–Malmö
    ställs in") are said with "mot", as the writer of blind set 5 did.

    Risk: a route with a dashed pair after it is read as a match unless a
    counted noun follows ("Stockholm–Göteborg 3–4 timmar" stays a range);
    capitalised words before the first team belong to it ("Derbyt Malmö
    FF–AIK 1–0" keeps them, said as written);
    a dashed pair of names after a match word (MATCH_WORDS) is two teams
    (after "mellan" joined by "och": "mellan Umeå–Vännäs" is a road too);
    a pair between two capitalised names, one with a club's letters, is a
    score (a range between a club and a place is not written so).
    """
    digit = _ANY_DIGIT.search(text) is not None  # the match words' teams need none
    if digit and ("x" in text or "×" in text):
        text = sub(_PENALTIES, _penalties, text, trace, "score")
    if "–" not in text and "-" not in text:
        return text
    if digit:
        text = sub(_SCORE_BETWEEN_TEAMS, _score_between_teams, text, trace, "score")
    if "–" not in text:
        return text
    text = sub(_MATCH_TEAMS, _match_teams, text, trace, "score")
    return sub(_TEAMS_SCORE, _teams_score, text, trace, "score") if digit else text


_PAIR = re.compile(r"(?P<a>\d{1,3})\s?[–-]\s?(?P<b>\d{1,3})")
_SCORE_LIST = re.compile(
    r"\((?P<body>\d{1,3}\s?[–-]\s?\d{1,3}(?:,\s*\d{1,3}\s?[–-]\s?\d{1,3})+)\)"
)
# What stands before a bracketed list of set or period scores: a score or a
# word that announces them ("3–1 i set (25–20, 18–25, ...)").
_LIST_LEAD = re.compile(
    r"(?:\d\s?[–-]\s?\d{1,3}|\bset|\bperioder\w*|\bperiodsiffror\w*|\bförlängning|\bstraffar)[\w\s]{0,14}$"
)


def _vote(m: re.Match[str]) -> str | None:
    before = [w.strip(".,:") for w in prev_words(m, DECISION_WINDOW + 1, sentence=True)]
    strong = any(w in VOTE_CONTEXT for w in before)
    decided = bool(before) and before[-1] == "med" and any(w in DECISION_WORDS for w in before[-DECISION_WINDOW:])
    if before and before[-1] in DECISION_VERBS and next_word(m) in DECISION_AFTER:
        return f"{cardinal(int(m.group('a')))} {VOTE_WORD} {cardinal(int(m.group('b')))}"  # "beslutade 7–2 att"
    if not (strong or decided) or _range_noun_after(m):
        return None
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
    r"(?<![\w,.:–-])\d{1,3}\s?[–-]\s?\d{1,3}(?:,\s\d{1,3}\s?[–-]\s?\d{1,3})+(?![\w]|[,.:]\d|\s?[–-]\d)"
    r"(?:\s\(\d{1,3}\s?[–-]\s?\d{1,3}\))?"  # a tie-break in brackets
)


def _score_run(m: re.Match[str]) -> str | None:
    # the whole run is scores when its first pair is one by its own context
    first = _SCORE.match(m.string, m.start())
    if first is None or _score(first) is None:
        return None
    return _PAIR.sub(_say_score, m.group(0))


def votes(text: str, trace: Trace | None = None) -> str:
    """Votes: "bifölls med 41–20", "röstsiffrorna 33–28", "slutade 30–30"
    after "omröstningen" -> "fyrtioett mot tjugo" (class "vote").

    Risk: a vote needs a vote word (VOTE_CONTEXT) up to ten words before, or
    "med" right before the pair and a decision word ("beslutet", "förslaget")
    shortly before that, or a decision's verb right before it and "att",
    "om", "för" or the sentence's end after it ("beslutade 7–2 att ...",
    DECISION_VERBS); a counted noun after it ("5–10 ledamöter") leaves
    a range.
    """
    return sub(_SCORE, _vote, text, trace, "vote")


def scores(text: str, trace: Trace | None = None) -> str:
    """Sports results: "vann med 3–1" -> "tre mot ett" (a score, not a range).

    Spoken with "mot" between the two numbers ("vann 3–1" -> "tre mot ett",
    "(1–0, 0–1)" -> "(ett mot noll, noll mot ett)"): the one reading every
    independent writer of our blind sets accepted (some wrote the numbers
    after each other, some kept the dash, all listed "mot"); never "till"
    or "streck".

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
    förlängning (1–0, 1–1, 0–1, 1–0)"; "(8–12, 13–17, 18–20)" are ranges).
    A score joined to its noun by a hyphen keeps the hyphens: "2–0-målet"
    -> "två-noll-målet", "en 3–1-seger" -> "tre-ett-seger" (the form the
    writers of blind set 5 and our golden cases share). Two or more set
    scores of a tennis match in a row, each won with six or seven games
    ("vann med 6–4, 3–6, 7–5"), are said as the numbers after each other:
    "sex fyra, tre sex, sju fem" (blind sets 5 and 6).
    A list of goals, each pair before its scorer's name, is a list of
    scores when each pair is one goal more than the one before ("0–1
    Eriksson (12), 1–1 Ali (57), 2–1 Berg (88)": the third has no sports
    word near it; risk: a list of ranges stepping by one before names,
    "1–2 Anna, 1–3 Per", is read as scores). A pair followed by "i" and
    the match it was played in ("efter 0–1 i kvalet", "i returen") is a score.
    Other pairs after each other with commas, outside brackets ("slog henne med
    6–3, 4–6, 7–6": a tennis match's sets), are all scores when the first is
    one.
    (Two teams with a dash before their result are read earlier, by
    ``team_results``.)
    """
    text = sub(_SCORE_LIST, _score_list, text, trace, "score")
    if ", " in text:
        text = sub(_SET_SCORES, _set_scores, text, trace, "score")
    text = sub(_SCORE_RUN, _score_run, text, trace, "score")
    return sub(_SCORE, _score, text, trace, "score")


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
    said = ", ".join(f"{cardinal(a)} {cardinal(b)}" for a, b in pairs)
    if m.group("ta"):
        said += f" ({cardinal(int(m.group('ta')))} {cardinal(int(m.group('tb')))})"
    return said


# "1.52,40": minutes, seconds and hundredths; "3:52:07": hours too.
_RACE_MS_HUNDREDTHS = re.compile(
    r"(?<![\w.,:])(?P<m>\d{1,2})\.(?P<s>[0-5]\d),(?P<f>\d{1,2})(?P<t>[avg]{1,2}(?![\w]))?(?![\w]|[.,]\d)"
)
_TROT_WORD = re.compile(rf"(?<![\w-])(?:{alternation(TROT_CONTEXT)})(?![\w-])", re.IGNORECASE)
_RACE_HMS = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:,(?P<f>\d{1,2}))?(?![\w]|[.,:]\d)"
)
# "1.24.12": hours, minutes and seconds with dots (a half marathon, a ski
# race), said compactly as a reporter reads a result list.
_DOT_DIGITS = re.compile(r"\.\d\d\.")  # a cheap test before the pattern
_RACE_HMS_DOTS = re.compile(
    r"(?<![\w.,:])(?P<h>\d)\.(?P<m>[0-5]\d)\.(?P<s>[0-5]\d)(?:,(?P<f>\d{1,2}))?(?![\w]|[.,]\d)"
)
_RACE_MS = re.compile(r"(?<![\w.,:])(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?![\w]|[.,:]\d)")
# "1:32,415": a lap time with a colon and a decimal part (no clock has one).
_RACE_MS_COLON_FRACTION = re.compile(r"(?<![\w.,:])(?P<m>\d{1,2}):(?P<s>[0-5]\d),(?P<f>\d{1,3})(?![\w]|[.,:]\d)")
# The placing nouns before a time in a result list ("tvåa Per Ek 15:58") that
# are no number words ("fyra", "åtta", "elva" are).
_PLACING_NOUNS = frozenset(w for w in PLACING_WORDS if w not in ("fyra", "åtta", "elva"))
_PLACING_HINT_WORD = re.compile(rf"\b(?:{alternation(_PLACING_NOUNS)})\b")  # a cheap test before "38.02"


def _part(n: str) -> str:
    """Seconds or hundredths after minutes: "07" -> "noll sju", "40" -> "fyrtio"."""
    return f"noll {cardinal(int(n))}" if len(n) == 2 and n[0] == "0" and n != "00" else cardinal(int(n))


def _race_ms_hundredths(m: re.Match[str]) -> str | None:
    letters = m.group("t")
    if letters and not all(c in TROT_SUFFIXES for c in letters):
        return None
    # A time in tenths (a trotting kilometre time "1.13,5a", "km-tid 1.11,8",
    # a skier's gap "1.12,4") is said with the counting form, as a
    # commentator does: "ett tretton komma fem"; hundredths (the track, the
    # pool) with the minute's "en": "en femtiotvå komma fyrtio".
    trot = (bool(letters) or len(m.group("f")) == 1
            or _TROT_WORD.search(m.string, max(0, m.start() - 80), m.start()) is not None)
    if not trot and m.group("s")[0] == "0":
        # "1.08,43": the compact "en noll åtta" sounds like a number; the
        # minute and the seconds are named ("en minut och åtta komma fyrtiotre
        # sekunder"), as the blind writers said a time under ten seconds
        return (f"{_unit_count(int(m.group('m')), 'minut', 'minuter')} och {cardinal(int(m.group('s')))}"
                f" komma {_part(m.group('f'))} sekunder")
    said = f"{cardinal(int(m.group('m')), 'ett' if trot else 'en')} {_part(m.group('s'))} komma {_part(m.group('f'))}"
    return f"{said} {' '.join(TROT_SUFFIXES[c] for c in letters)}" if letters else said


def _unit_count(n: int, one: str, many: str) -> str:
    return f"{cardinal(n, 'en')} {one if n == 1 else many}"


def _race_hms(m: re.Match[str]) -> str | None:
    if prev_words(m)[-1:] in (["kl"], ["kl."], ["klockan"]):
        return None
    h, mi, se = int(m.group("h")), int(m.group("m")), int(m.group("s"))
    out = f"{_unit_count(h, 'timme', 'timmar')} {_unit_count(mi, 'minut', 'minuter')} och "
    out += _unit_count(se, "sekund", "sekunder") if not m.group("f") else (
        f"{cardinal(se)} komma {_part(m.group('f'))} sekunder")
    return out


_RACE_NAME_ENDINGS = ("loppet", "rundan", "vasan", "maran", "milen")


def _race_word(w: str) -> bool:
    """A word that makes a time a race's: a race word, a race's name
    ("halvmaran", "Vasaloppet") or a kind of time ("vinnartiden")."""
    return w in RACE_CONTEXT or w.endswith(_RACE_NAME_ENDINGS) or w.endswith(("tiden", "varvet"))


def _race_hms_dots(m: re.Match[str]) -> str | None:
    if not m.group("f") and int(m.group("m")) <= 12 and not any(_race_word(w.strip(".,:;")) or w.strip(".,:;") in _PLACING_NOUNS
                                           for w in prev_words(m, 8, sentence=True)):
        return None  # "3.05.22" could be a date; only minutes above twelve or a race word say time
    h, mi, se = int(m.group("h")), int(m.group("m")), int(m.group("s"))
    # said in full, as the colon form and as every writer of the blind sets said it
    if m.group("f"):  # "2.04.36,4": tenths of the seconds too; "0.38.12,5" without the hours
        hours = f"{_unit_count(h, 'timme', 'timmar')} " if h else ""
        return (f"{hours}{_unit_count(mi, 'minut', 'minuter')} och "
                f"{cardinal(se)} komma {_part(m.group('f'))} sekunder")
    return (f"{_unit_count(h, 'timme', 'timmar')} {_unit_count(mi, 'minut', 'minuter')} och "
            f"{_unit_count(se, 'sekund', 'sekunder')}")


def _race_ms_colon_fraction(m: re.Match[str]) -> str:
    fraction = m.group("f")
    said = _part(fraction) if len(fraction) <= 2 else digits(fraction)
    return f"{cardinal(int(m.group('m')), 'en')} {_part(m.group('s'))} komma {said}"


# What makes "62:40" a price, not a time: kronor or a unit price after it.
_PRICE_AFTER = re.compile(r"\s?(?:kr\b|kronor\b|:-)|/(?:kg|l|st|hg)\b")


# "38.02" in a result list: minutes and seconds with a dot.
_RACE_MS_DOT = re.compile(r"(?<![\w.,:])(?P<m>\d{1,2})\.(?P<s>[0-5]\d)(?![\w]|[.,:]\d)")


# The verbs of racing and the kinds of time that make "på 16.42" a race time
# ("vann loppet på 16.42"); a race's name or "loppet" alone does not ("bussen
# från loppet går på 17.30").
_STRONG_RACE_WORDS = frozenset("""
vann vinner segrade sprang springer åkte åker cyklade cyklar simmade simmar travade travar noterade
noterar klockades segertid segertiden sluttid sluttiden personbästa pers årsbästa banrekord banrekordet
""".split())
# Words after a race time that leave it one ("på 16.42 före Persson").
_AFTER_RACE_TIME = frozenset({"före", "och", "efter", "i", "med", "som", "vilket", "men", "trots"})
# A later result of the same race after a name: "på 16.42 före Persson, 16.58".
_EARLIER_RACE_TIME = re.compile(r"\bpå \d{1,2}\.[0-5]\d\b[^.!?;]{0,60}\b[A-ZÅÄÖ][\wåäö]+, $")


def _race_ms_dot(m: re.Match[str]) -> str | None:
    before = [w.strip(".,:;") for w in prev_words(m, 8, sentence=True)]
    if before[-1:] in (["kl"], ["klockan"]):
        return None  # "kl. 12.45"
    raced = (before[-1:] == ["på"] or _EARLIER_RACE_TIME.search(m.string, max(0, m.start() - 90), m.start())) and any(
        w in _STRONG_RACE_WORDS for w in before)  # "vann 5 km-loppet på 16.42 före Persson, 16.58"
    after = next_word(m)
    if after[:1].islower() and not (raced and after in _AFTER_RACE_TIME):
        return None  # "3.25 poäng": a decimal before its noun
    if not raced and (not _PLACING_HINT_WORD.search(m.string)
                      or not any(w in RACE_CONTEXT or w in _PLACING_NOUNS for w in before[-6:])):
        return None  # "12.45", "3.25": a clock time or a decimal without a race around it
    return f"{cardinal(int(m.group('m')))} {_part(m.group('s'))}"


def _race_ms(m: re.Match[str]) -> str | None:
    if _PRICE_AFTER.match(m.string, m.end()):
        return None  # "62:40/kg", "129:50 kr": kronor and öre, read by the price rule
    before = [w.strip(".,:") for w in prev_words(m, 8, sentence=True)]
    race = any(w in RACE_CONTEXT or w in _PLACING_NOUNS for w in before[-4:]) or (
        # a race's name or a verb of racing further back: "i Vätternrundan
        # cyklade hon de 315 kilometerna på 8:41"
        before[-1:] == ["på"] and any(w in RACE_CONTEXT or w.endswith(_RACE_NAME_ENDINGS) for w in before))
    if int(m.group("m")) < 24 and not race:
        return None  # "16:31": a clock time
    if before[-1:] in (["kl"], ["klockan"]):
        return None
    return f"{cardinal(int(m.group('m')))} {_part(m.group('s'))}"


# "1.12 efter segraren": minutes and seconds behind the winner.
_RACE_GAP = re.compile(
    rf"(?<![\w.,:])(?P<m>\d{{1,2}})[.:](?P<s>[0-5]\d)(?=\s+efter\s+(?:{alternation(GAP_BEHIND)})\b)"
)


def _race_gap(m: re.Match[str]) -> str:
    mi, se = int(m.group("m")), int(m.group("s"))
    said = _unit_count(mi, "minut", "minuter") if mi else ""
    if se:
        said += (" och " if said else "") + _unit_count(se, "sekund", "sekunder")
    return said


# "10 km K", "30 km F": the style of a ski race after its distance.
_SKI_STYLE = re.compile(rf"(?<=\d km )(?P<s>{alternation(SKI_STYLES)})(?=[\s:,;)]|\.\s|\.?$)")


def race_times(text: str, trace: Trace | None = None) -> str:
    """Race times: "1.52,40" -> "en femtiotvå komma fyrtio" (minutes,
    seconds, hundredths); a trotting kilometre time, with its start letter
    ("1.13,5a": a autostart, v voltstart, g galopp), a trotting word
    shortly before ("km-tid 1.11,8", TROT_CONTEXT) or any time in tenths
    ("1.12,4 efter segraren"), in the counting form a commentator uses, the letter as he says it: "ett tretton komma fem
    auto", "ett femton komma två volt", "ett elva komma åtta"; "3:52:07" -> "tre timmar femtiotvå minuter och sju
    sekunder", "på tiden 32:18" -> "trettiotvå arton" (class "race time");
    hours, minutes and seconds with dots in full, as with colons and as the
    blind writers read them: "1.24.12" -> "en timme tjugofyra minuter och
    tolv sekunder", "1.08.43" (minutes above twelve, or a race word, a
    race's name or a kind of time before it: "halvmaran på 1.08.43",
    "vinnartiden blev 1.05.07").

    Minutes and seconds before "efter" and the one they are behind
    (GAP_BEHIND: "segraren", "täten") are a gap, said in full: "1.12 efter
    segraren" -> "en minut och tolv sekunder efter segraren" (it was
    "ett och tolv", a clock time).

    Minutes and seconds with a dot after a placing in a result list are a
    race time: "etta Maja Dahl, Falun, 38.02" -> "trettioåtta noll två";
    so are they after "på" with a race word before it in the sentence (not
    "efter", "tid", "gick": "vann 5 km-loppet på 16.42" -> "sexton
    fyrtiotvå"), and a later result of the same race after a name ("före
    Persson, 16.58").

    The style letter after a ski race's distance is said: "10 km K" ->
    "klassiskt", "15 km F" -> "fri stil" (SKI_STYLES).

    "På" right before "8:41" with a race word or a race's name further back
    in the sentence ("i Vätternrundan cyklade hon ... på 8:41") is a race
    time too.

    Risk: "m.ss,hh" is always a race time; "h.mm.ss" with minutes above
    twelve too (no date has such a month); a swimmer's time near a trotting
    word ("hästen" in the same sentence) is said "ett" rather than "en"; "h:mm:ss" unless "kl" comes
    before; "mm:ss" only with a race word (RACE_CONTEXT) shortly before or
    minutes of 24 and more (no clock has them), else it stays a clock time;
    a placing noun shortly before it ("tvåa Per Ek 15:58", after the
    placings rule) makes it a race time; kronor or a unit price after it
    ("62:40/kg", "129:50 kr") make it a price, left to the price rule.
    "1:32,415" (a colon and decimals: no
    clock) is a lap time: "en trettiotvå komma fyra ett fem".
    """
    # each pattern only when its separators are in the line
    if " km " in text:
        text = sub(_SKI_STYLE, lambda m: SKI_STYLES[m.group("s")], text, trace, "race")
    if "," in text and "." in text:
        text = sub(_RACE_MS_HUNDREDTHS, _race_ms_hundredths, text, trace, "race time")
    if "efter" in text:  # "1.12 efter segraren": a gap behind the winner
        text = sub(_RACE_GAP, _race_gap, text, trace, "race time")
    if "." in text and _DOT_DIGITS.search(text):
        text = sub(_RACE_HMS_DOTS, _race_hms_dots, text, trace, "race time")
    if "." in text and (_PLACING_HINT_WORD.search(text) or "på " in text):
        text = sub(_RACE_MS_DOT, _race_ms_dot, text, trace, "race time")
    if ":" in text:
        text = sub(_RACE_HMS, _race_hms, text, trace, "race time")
        if "," in text:
            text = sub(_RACE_MS_COLON_FRACTION, _race_ms_colon_fraction, text, trace, "race time")
        text = sub(_RACE_MS, _race_ms, text, trace, "race time")
    return text


# A placing at the head of a result line: "1) Sara Lind", "1. Eva Berg"; the
# line's start or a colon before it ("Herrar 10 km: 1. Johan Ek"), and two
# capitalised words after it (a name, a club) or one and a number (a team and
# its points: "1. Luleå 45 p").
_PLACING = re.compile(r"(?P<pre>^|(?<=:)\s|(?<=[,;])\s|\s)(?P<n>[1-9]\d?)[.)]\s+(?=[A-ZÅÄÖ])")
# What the first placing needs after it (a later one in the same list, one
# more than the last, needs only a capitalised word: "2) Berg 3) Lind.").
_PLACING_HEAD = re.compile(r"[A-ZÅÄÖ][\wåäöéÅÄÖ]*(?:\.?[\s-]+[A-ZÅÄÖ]|\s\d)")


_PLACING_HINT = re.compile(r"\d[.)] +[A-ZÅÄÖ]")  # a cheap test before the pattern


def _placing_word(n: int) -> str:
    return PLACING_WORDS[n - 1] if n <= len(PLACING_WORDS) else ordinal(n)


def placings(text: str, trace: Trace | None = None) -> str:
    """A placing heading a result line is said as a reporter says it: "1)
    Sara Lind, IFK Umeå 2) Eva Berg, Luleå" -> "etta Sara Lind, IFK Umeå,
    tvåa Eva Berg, Luleå"; "1. Eva Berg" -> "etta Eva Berg"; "Herrar 10 km:
    1. Johan Ek" after a colon too (class "placing").

    The first placing stands at the start of the line or after a colon; the
    next ones anywhere on the line, each one more than the last. Each is
    followed by two capitalised words (a name, a club) or by one and a number
    (a table: "1. Luleå 45 p, 2. Skellefteå 42 p"); a later placing of the
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
        first = not before or before.endswith(":")
        if not (first or n == expected):
            continue
        if not (n == expected and n > 1) and not _PLACING_HEAD.match(text, m.end()):
            continue  # the first placing: two capitalised words, or one and a number
        said = _placing_word(n)
        if trace is not None:
            trace.change(m.group(0).strip(), said, "placing")
        lead = m.group("pre") if first or before.endswith((",", ";")) else ", "
        out.append(text[pos : m.start()] + lead + said + " ")
        pos, expected = m.end(), n + 1
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# Chess moves: a move number and a move ("1.e4", "12. Sf3") start the notation;
# each move after it on the line ("c5", "Lxe5", "Dh5+") is a square with an
# optional piece and capture.
_CHESS_START = re.compile(r"(?<![\w.,])\d{1,3}\.\s?(?:[KDTLS]?x?[a-h][1-8]|O-O)")
_CHESS_MOVE = re.compile(
    r"(?<![\w.,])(?:(?P<n>\d{1,3})\.\s?)?(?P<p>[KDTLS])?(?P<x>x)?(?P<f>[a-h])(?P<r>[1-8])(?P<check>\+)?(?![\w])"
)


def _chess_move(m: re.Match[str]) -> str:
    out = [cardinal(int(m.group("n")))] if m.group("n") else []
    if m.group("p"):
        out.append(CHESS_PIECES[m.group("p")])
    if m.group("x"):
        out.append("slår")
    out += [LETTER_NAMES[m.group("f")], cardinal(int(m.group("r")))]
    if m.group("check"):
        out.append("schack")
    return " ".join(out)


def chess_moves(text: str, trace: Trace | None = None) -> str:
    """Chess notation, once a move number and a move start it: "1.e4 c5"
    -> "ett e fyra ce fem", "Sf3" -> "springare eff tre", "Lxe5" ->
    "löpare slår e fem", "+" -> "schack" (class "chess").

    Risk: only from the first numbered move on ("1.e4", "12. Sf3"); a lone
    "c5" or "e4" (a vitamin, a road) elsewhere is left to the other rules.
    """
    start = _CHESS_START.search(text) if "." in text else None
    if start is None:
        return text
    return text[: start.start()] + sub(_CHESS_MOVE, _chess_move, text[start.start():], trace, "chess")
