"""Results lines and tables read as whole expressions, before the rules that
see one pair of numbers at a time (``sport.scores``, ``numerals.ranges``):

- a league table's row ("3. IFK Värnamo 12 8 2 2 24–10 26");
- a vote counted in votes or in brackets after the body that took it
  ("med 33–28 röster", "Socialnämnden (7–4)");
- a score joined to its noun by a hyphen ("ett 6–0-ryck", "0–3-underläget");
- a tennis or padel match's sets ending in a match tie-break or a long
  final set ("6–3, 4–6, 10–7");
- a goal line's running score with the game time in brackets ("1–0 (3.14)
  Lundkvist");
- a result in half points ("Grandelius–Carlsen ½–½", "2½–1½");
- a result summing two matches ("gick vidare med sammanlagt 3–2");
- a result after "med" or a comma, ending a sentence about a match however
  far back its verb ("Hammarby vann i går kväll det stora derbyt ... med 3–1");
- a note in brackets after a result or a scorer ("0–3 (w.o.)", "(str)");
- a review's grade before who gave it ("fick betyget 4/5 av vår recensent");
- a race's gap before a rival ("vann ..., 1.12 före Kalevan Rasti").

The words that confirm each shape are in ``speech/data/result_words.py``.
"""

from __future__ import annotations

import re

from ..data.calendar import RATING_BEFORE
from ..data.nouns import COUNT_NOUNS
from ..data.quantities import UNITS_OF_MEASURE
from ..data.result_words import (
    AGGREGATE_WORDS,
    BARE_RESULT_NOTES,
    CLOCK_VERBS,
    DECIDING_BODY_ENDINGS,
    FINAL_SET_MIN,
    GAP_VERBS,
    GAP_WORDS,
    GRADE_SCALES,
    MATCH_SENTENCE_WORDS,
    MATCH_VERBS,
    RACE_SENTENCE_WORDS,
    RESULT_NOTES,
    REVIEWER_WORDS,
    SCORE_NOUN_ENDS,
    SCORE_NOUN_SUFFIXES,
    SET_WON,
    TABLE_WORDS,
    VOTE_NOUNS,
)
from ..data.span_words import SPAN_UNITS
from ..data.sport import DECISION_WORDS, HALF_POINT_WORD, PLACING_WORDS, SCORE_CONTEXT, VOTE_CONTEXT
from ..numbers import cardinal, decimal, ordinal
from ..report import Trace
from .machinery import (
    alternation,
    case_number_pair,
    compound_score,
    has_digit,
    next_word,
    prev_words,
    say_score,
    score_said,
    sentence_words,
    sub,
)
from .racing import gap_said

# --- a league table's row ----------------------------------------------------

_TEAM_WORD = r"[A-ZÅÄÖ][\wåäöÅÄÖé&'.-]*"
_TABLE_ROW = re.compile(
    r"(?P<pre>^|[:;,]\s*)"
    r"(?:(?P<place>[1-9]\d?)[.)]?\s+)?"
    rf"(?P<team>{_TEAM_WORD}(?:\s{_TEAM_WORD}){{0,3}})"
    r"(?P<counts>(?:\s\d{1,3}){3,6})"
    r"\s(?P<f>\d{1,4})\s?[–-]\s?(?P<a>\d{1,4})"
    r"(?:\s(?P<sign>[+−–-])?(?P<diff>\d{1,4}))?"
    r"\s(?P<pts>\d{1,3})(?P<p>\s?(?:p|pts)(?=[\s.,;)]|$)|\spoäng)?"
    r"(?=\s*(?:$|[,;.)]))"
)
_TABLE_HINT = re.compile(r"\d\s\d{1,4}\s?[–-]\s?\d{1,4}\s[+−–-]?\d")  # a cheap test before the pattern
_SIGN_WORDS = {"+": "plus ", "−": "minus ", "–": "minus ", "-": "minus "}


def _table_row(m: re.Match[str]) -> str | None:
    counts = [int(c) for c in m.group("counts").split()]
    adds_up = sum(counts[1:]) == counts[0]  # played = won + drawn + lost (+ the overtime columns)
    if not adds_up and not any(w.strip(".,:") in TABLE_WORDS for w in prev_words(m, 6)):
        return None
    out = [m.group("pre")]
    if m.group("place"):
        n = int(m.group("place"))
        out.append((PLACING_WORDS[n - 1] if n <= len(PLACING_WORDS) else ordinal(n)) + " ")
    out.append(m.group("team"))
    said = [cardinal(c) for c in counts] + [cardinal(int(m.group("f"))), cardinal(int(m.group("a")))]
    if m.group("diff"):
        said.append(_SIGN_WORDS.get(m.group("sign") or "", "") + cardinal(int(m.group("diff"))))
    said.append(cardinal(int(m.group("pts"))) + (" poäng" if m.group("p") else ""))  # "30 p"
    return "".join(out) + " " + " ".join(said)


# A golfer's rounds and their total: "68-70-67 = 205", "70–68 = 138".
_ROUND_TOTAL = re.compile(
    r"(?<![\w,.:/–-])(?P<r>[5-9]\d(?:\s?[–-]\s?[5-9]\d){1,4})\s?=\s?(?P<t>\d{3})(?![\w]|[.,]\d)")
_ROUND_SPLIT = re.compile(r"\s?[–-]\s?")


def _round_total(m: re.Match[str]) -> str | None:
    rounds = [int(r) for r in _ROUND_SPLIT.split(m.group("r"))]
    if sum(rounds) != int(m.group("t")):
        return None  # not a sum: something else joined by dashes
    return ", ".join(cardinal(r) for r in rounds) + f", totalt {cardinal(int(m.group('t')))}"


def round_totals(text: str, trace: Trace | None = None) -> str:
    """A golfer's rounds joined by dashes and their total after "=" are said
    as a list and its total: "Lind 68-70-67 = 205" -> "sextioåtta, sjuttio,
    sextiosju, totalt tvåhundrafem" (it was "... är lika med ...", and two
    rounds "70-68" a score "sjuttio mot sextioåtta"; class "score"). Runs
    after ``sport.placings`` (a placing's name is known by the number after it).

    Risk: only rounds from 50 to 99 that add up to the total.
    """
    if "=" not in text or ("–" not in text and "-" not in text):
        return text
    return sub(_ROUND_TOTAL, _round_total, text, trace, "score")


# "Luleå 45 p (20 m)": in a line of points, "m" in brackets after a count is the matches played.
# ("(12 m)"; "Luleå 28 m, 58 p": before a count of points after a comma, session 60, normalize419)
# ("Mjällby 24 s, 52–21, 55 p": "s", "spelade", with the goals between; session 61, normalize433: it was "sekunder")
_MATCHES_PLAYED = re.compile(
    r"(?:(?<=\()|(?<=[A-Za-zåäö] ))(?P<n>\d{1,2}) (?P<l>[ms])(?=\)|,\s?(?:\d{1,3}\s?[–-]\s?\d{1,3},\s?)?\d{1,3}\s?p\b)")
_POINTS_HINT = re.compile(r"\d p\b")


# A standings row of a placing, the team, the games played and the points, the goal difference in brackets after
# them ("1. Skellefteå 52 110 (+43)"): two numbers, not "femtiotvåtusen..." (session 59, normalize382).
_PLAYED_POINTS = re.compile(r"(?<=[A-Za-zåäö] )(?P<g>\d{1,2}) (?P<p>\d{3})(?= \([+−±–-]\d{1,3}\))")
_PLACING_ITEM = re.compile(r"(?:^|[:,;] )\d{1,2}[.)] [A-ZÅÄÖ]")


def _matches_played(m: re.Match[str]) -> str | None:
    if m.string[m.start() - 1] == " " and not m.string[: m.start()].split()[-1][:1].isupper():
        return None  # a team's name before the games ("Luleå 28 m, 58 p"), not a verb ("kastade 28 m, 58 p")
    return f"{m.group('n')} {'matcher' if m.group('l') == 'm' else 'spelade'}"


def table_rows(text: str, trace: Trace | None = None) -> str:
    """A league table's row: a placing, the team, its counts (played, won,
    drawn, lost, and the overtime columns), goals for and against, an
    optional goal difference and the points, each number said on its own:
    "3. IFK Värnamo 12 8 2 2 24–10 26" -> "trea IFK Värnamo tolv åtta två
    två tjugofyra tio tjugosex" (class "table"). Goals for and against are
    said without a word between them, as a table is read aloud; the digits
    of the columns never join into one number ("1 7 512" is no "sjutusen").

    The row is a table's when its counts after the first add up to the
    first (the games played), or a table word (TABLE_WORDS) stands shortly
    before it. It starts the line or follows a colon, a comma or a semicolon;
    it may lack the placing ("Hammarby 12 7 3 2 22–11 24").

    In a line of placings, the games played and the points before a goal difference in brackets are two numbers:
    "1. Skellefteå 52 110 (+43)" -> "femtiotvå hundratio (+43)" (a thin space keeps them apart for the number rules).

    In a line of points ("45 p"), "m" in brackets after a count is the
    matches played: "Luleå 45 p (20 m)" -> "(tjugo matcher)" (it was "meter"), and "s" before the goals and the
    points is the games played: "Mjällby 24 s, 52–21, 55 p" -> "tjugofyra spelade".

    Risk: a capitalised word followed by three to six small numbers, a
    dashed pair and a number, with the counts adding up, is read as a row.
    """
    if " (" in text and _PLACING_ITEM.search(text):
        text = sub(_PLAYED_POINTS, lambda m: f"{m.group('g')}\u2009{m.group('p')}", text, trace, "table")  # kept apart
    if (" m)" in text or " m," in text or " s," in text or " s)" in text) and _POINTS_HINT.search(text):
        text = sub(_MATCHES_PLAYED, _matches_played, text, trace, "table")
    if ("–" not in text and "-" not in text) or not _TABLE_HINT.search(text):
        return text
    return sub(_TABLE_ROW, _table_row, text, trace, "table")


# --- votes ----------------------------------------------------------------------

_PAIR_CORE = r"(?P<a>\d{1,3})\s?[–-]\s?(?P<b>\d{1,3})"
_PAIR = r"(?<![\w,.:–/-])" + _PAIR_CORE
_VOTE_COUNTED = re.compile(rf"{_PAIR}(?=\s(?P<noun>\w+))")
_BODY_VOTE = re.compile(rf"(?P<body>\b\w+)\s\({_PAIR_CORE}\)")


def _say_vote(a: str, b: str) -> str:
    return f"{cardinal(int(a))} mot {cardinal(int(b))}"  # a vote keeps "mot" (data/sport.VOTE_WORD): not sport


def _say_score(a: str, b: str) -> str:
    return say_score(cardinal(int(a)), cardinal(int(b)))  # "två mot ett" (machinery.SCORE_DASH)


def _vote_counted(m: re.Match[str]) -> str | None:
    if m.group("noun") not in VOTE_NOUNS:
        return None
    before = prev_words(m)
    if int(m.group("a")) < int(m.group("b")) and not (before and before[-1] == "med"):
        return None  # "får 2–4 röster": a range (a vote is written winners first, or after "med")
    return _say_vote(m.group("a"), m.group("b"))


# A vote with a part of three digits ("röstade 112–71"), read before the
# phone rule takes "112" for the emergency number.
_BIG_VOTE = re.compile(
    r"(?<![\w,.:–/-])(?=\d{3}\s?[–-]|\d{1,3}\s?[–-]\s?\d{3}(?!\d))" + _PAIR_CORE + r"(?!\d|[.,:]\d|\s?[–-]\d)"
)


_THREE_DIGIT_PAIR = re.compile(r"\d(?:\d{2}\s?[–-]\s?\d|\s?[–-]\s?\d{3})")  # (\d{3}\s?[–-]\s?\d|\d\s?[–-]\s?\d{3})  # a cheap test before the pattern


def _big_vote(m: re.Match[str]) -> str | None:
    if case_number_pair(m) or not any(w.strip(".,:") in VOTE_CONTEXT for w in prev_words(m, 10, sentence=True)):
        return None  # "yrkade fängelse i mål B 877-25": a case's number
    after = next_word(m)
    if int(m.group("a")) < int(m.group("b")) and after[:1].islower() and after not in _AFTER_VOTE:
        return None  # "yrkade på 100–150 nya platser": a rising pair before what it counts is a range
    return _say_vote(m.group("a"), m.group("b"))


_AFTER_VOTE = frozenset({"för", "mot", "emot", "i", "och", "vid", "när", "efter", "sedan", "men", "röster"})


def _body_vote(m: re.Match[str]) -> str | None:
    if not m.group("body").lower().endswith(DECIDING_BODY_ENDINGS):
        return None
    return f"{m.group('body')} ({_say_vote(m.group('a'), m.group('b'))})"


# --- a score joined to its noun ------------------------------------------------

_SCORE_COMPOUND = re.compile(rf"{_PAIR}-(?P<head>[a-zåäö]+)\b")
_COMPOUND_HINT = re.compile(r"\d-[a-zåäö]")
_SCORE_NOUN = re.compile(
    rf"\w*(?:{alternation(SCORE_NOUN_ENDS)})(?:{alternation(s for s in SCORE_NOUN_SUFFIXES if s)})?"
)


def _score_compound(m: re.Match[str]) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if a < b and not _SCORE_NOUN.fullmatch(m.group("head")):
        return None  # "3–4-rumslägenhet", "10–12-åringar": a range joined to its noun
    return f"{compound_score(a, b)}-{m.group('head')}"


# --- a match's sets with a final tie-break --------------------------------------

_SET_PAIR = re.compile(r"(?P<a>\d{1,2})\s?[–-]\s?(?P<b>\d{1,2})")
_SET_LIST = re.compile(
    r"\d(?<![\w,.:(–/-]\d)\d?\s?[–-]\s?\d{1,2}(?:,\s\d{1,2}\s?[–-]\s?\d{1,2}){2,4}(?![\w]|[,.:–-]\d)"
)


def _set_list(m: re.Match[str]) -> str | None:
    pairs = [(int(p.group("a")), int(p.group("b"))) for p in _SET_PAIR.finditer(m.group(0))]
    *sets, (x, y) = pairs
    if not all((max(a, b), min(a, b)) in SET_WON for a, b in sets):
        return None
    if max(x, y) < FINAL_SET_MIN or x == y:
        return None  # the last is no tie-break or long set: left to the set rule of ``sport``
    return ", ".join(say_score(cardinal(a), cardinal(b)) for a, b in pairs)  # "sex mot tre, fyra mot sex, tio mot sju"


# --- a goal line --------------------------------------------------------------

# (or a list of the running scores alone: "4–2 (41.02), 5–2 (41.33)", session 60)
_GOAL_TIME = re.compile(rf"{_PAIR}\s\((?P<mm>\d{{1,3}})[.:](?P<ss>[0-5]\d)\)(?=\s+[A-ZÅÄÖ]|[,;]\s+\d|\.?$)")


# "1–0 Ek (Berg, Lind) 12.34": the running score, the scorer (and the passers) and the match time.
_GOAL_AFTER_NAME = re.compile(
    rf"{_PAIR_CORE}\s(?P<who>[A-ZÅÄÖ][\wåäöéÅÄÖ-]+(?:\s\([^()]{{1,40}}\))?)\s(?P<mm>\d{{1,2}})[.:](?P<ss>[0-5]\d)"
    r"(?![\d]|[.,:]\d)")
_GOAL_LINE_HINT = re.compile(r"\d[–-]\d{1,2} [A-ZÅÄÖ]")
# "2–2; 0–1 Ali Musa 34', 1–1 Eko 56'": a goals list's item, the running score before the scorer and the goal's
# minute (said by now, "trettiofjärde minuten"), a score even rising (session 46, normalize159: "noll till ett").
_GOAL_MINUTE_AFTER_NAME = re.compile(
    rf"(?:(?<=^)|(?<=[:;,] )){_PAIR_CORE}(?=\s(?:[A-ZÅÄÖ]\.\s?)?[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+){{0,2}}"
    r"\s(?:i\s)?[a-zåäö]+(?:de|nde|te|a)\sminuten\b)")


def _match_time(mm: int, ss: int) -> str:
    return cardinal(mm) + ("" if not ss else f" noll {cardinal(ss)}" if ss < 10 else f" {cardinal(ss)}")


def _goal_time(m: re.Match[str]) -> str:
    return f"{_say_score(m.group('a'), m.group('b'))} ({_match_time(int(m.group('mm')), int(m.group('ss')))})"


def _goal_after_name(m: re.Match[str]) -> str | None:
    if m.start() > 0 and m.string[m.start() - 1] not in " (":
        return None
    if not (m.start() < 2 or m.string[: m.start()].rstrip().endswith((":", ","))):
        return None  # a goal line's item opens the line, follows its colon or the last item's comma
    who = m.group("who")
    return f"{_say_score(m.group('a'), m.group('b'))} {who} {_match_time(int(m.group('mm')), int(m.group('ss')))}"


# --- half points and sums of two matches ---------------------------------------

_HALF_NUMBER = r"\d{0,2}½|\d{1,2}"
_NAME = r"[A-ZÅÄÖ][\wåäöÅÄÖé.-]*(?:\s[A-ZÅÄÖ][\wåäöÅÄÖé.-]*){0,2}"
_HALF_POINTS = re.compile(
    rf"(?<![\w-])(?:(?P<x>{_NAME})\s?–\s?(?P<y>{_NAME})\s+)?"
    rf"(?<![\w,.:–/-])(?P<a>{_HALF_NUMBER})\s?[–-]\s?(?P<b>{_HALF_NUMBER})(?![\w½]|[,.:]\d)"
)
_AGGREGATE = re.compile(
    rf"\b(?P<w>{alternation(AGGREGATE_WORDS)})\s(?<![\w,.:–/-]){_PAIR_CORE}(?![\w]|[,.:]\d|\s?[–-]\d)"
)
_SENTENCE_START = re.compile(r".*[.!?]\s+(?=[A-ZÅÄÖ])", re.DOTALL)
_WORDS = re.compile(r"[a-zåäöé]+")


def _say_half(s: str) -> str:
    whole = s.removesuffix("½")
    if not s.endswith("½"):
        return cardinal(int(s))
    return f"{cardinal(int(whole), 'en')} och en halv" if whole else "en halv"  # "1½": "en och en halv" (s53)


def _half_points(m: re.Match[str]) -> str | None:
    if "½" not in m.group("a") + m.group("b"):
        return None
    if not m.group("x") and _measured(next_word(m)):
        return None  # "i 1–1½ tim.", "1½–2 dl": a range of a measure, read by the fraction rules ("till")
    said = f"{_say_half(m.group('a'))} {HALF_POINT_WORD} {_say_half(m.group('b'))}"  # "en halv mot en halv"
    if m.group("x"):
        said = f"{say_score(m.group('x'), m.group('y'))} {said}"
    return said


def _measured(word: str) -> bool:
    """A unit a range measures, of measure or of time written short or whole ("dl", "km", "tim", "timmar", "år":
    ``data/span_words.SPAN_UNITS``, the units a span's ends carry); a half-point score is said of "poäng", no unit."""
    w = word.rstrip(".")
    return w in UNITS_OF_MEASURE or word in UNITS_OF_MEASURE or w.lower() in SPAN_UNITS


def _aggregate(m: re.Match[str]) -> str | None:
    after = re.match(r"\s+([a-zåäö]+)", m.string[m.end():])
    if after and after.group(1) in COUNT_NOUNS:
        return None  # "sammanlagt 20–30 personer": a range
    words = sentence_words(m)
    if not words & (MATCH_SENTENCE_WORDS | SCORE_CONTEXT):
        return None
    return f"{m.group('w')} {_say_score(m.group('a'), m.group('b'))}"


# A pair after "med" or a comma at the end of its clause ("... med 3–1.",
# ", 28–25.", ", 4–2 borta mot Skellefteå"), not one of a list of pairs
# ("6–4, 3–6, 7–5", "(1–0, 0–1, 2–0)": read by the list rules).
_FAR_RESULT = re.compile(  # (?:(?<=med )|(?<=[^\d)], ))_PAIR_CORE with the lookbehinds after the first digit (a fast scan)
    r"(?P<a>\d(?:(?<=med \d)|(?<=[^\d)], \d))\d{0,2})\s?[–-]\s?(?P<b>\d{1,3})"
    r"(?=\s*(?:[.!?;]|$|,\s(?!\d))|\s(?:borta|hemma|efter|mot|på|i)\b)"
)


def _far_result(m: re.Match[str]) -> str | None:
    head = _SENTENCE_START.match(m.string, 0, m.start())
    before = set(_WORDS.findall(m.string[head.end() if head else 0 : m.start()].lower()))
    if not before & MATCH_VERBS:
        return None  # "Priset sänks med 10–20 kronor" has no match
    if sentence_words(m) & (VOTE_CONTEXT | DECISION_WORDS):
        return None  # "Yrkandet föll med 12–9", "Efter votering vann nej-sidan med 38–23": left to sport.votes ("mot")
    return score_said(m, int(m.group("a")), int(m.group("b")))


def result_pairs(text: str, trace: Trace | None = None) -> str:
    """Pairs of numbers whose whole expression says what they are:

    - a pair before "röster" is a vote, "med 33–28 röster" -> "trettiotre
      mot tjugoåtta röster", when it falls (a range rises: "får 2–4
      röster" stays) or follows "med" (class "vote");
    - a pair with a part of three digits after a vote word (``sport``'s
      VOTE_CONTEXT) up to ten words before it in its sentence is a vote:
      "röstade 112–71" -> "hundratolv mot sjuttioett" (before the phone rule
      reads "112"; a rising pair before a word it counts, "yrkade på
      100–150 nya platser", stays a range; risk: a rising range of hundreds
      before a capitalised word or a stop in such a sentence is a vote; a
      pair cut out of a longer number is none: "dnr 526-3412-24" after
      "avslog" is a diary number, its groups whole, session 17);
    - a pair in brackets right after a deciding body (DECIDING_BODY_ENDINGS)
      is its vote: "Socialnämnden (7–4)" -> "(sju mot fyra)";
    - a pair joined to a noun by a hyphen is a score when it falls or ties
      (a range never does), or when the noun is a result's
      (SCORE_NOUN_ENDS): "ett 6–0-ryck" -> "sex–noll-ryck", "ett
      0–3-underläge" -> "noll–tre-underläge" (``machinery.compound_score``); "3–4-rumslägenhet" stays;
    - three to five pairs in a row whose all but the last are won sets (6
      or 7 games) and whose last is a match tie-break or a long final set
      ("10–7", "12–10") are a match's sets, said as the numbers after each
      other: "6–3, 4–6, 10–7" -> "sex mot tre, fyra mot sex, tio mot sju";
    - a pair before the game time in brackets and a scorer's name is a
      goal: "1–0 (3.14) Lundkvist" -> "ett mot noll (tre fjorton)" (class
      "score");
    - a pair in half points is a result, and two names joined by a dash
      before it its players or teams: "Grandelius–Carlsen ½–½" ->
      "Grandelius mot Carlsen en halv mot en halv", "4½–3½" -> "fyra och en
      halv mot tre och en halv" (the players' dash "mot", as two teams';
      a half-point score's "mot" is ``data/sport.HALF_POINT_WORD``);
    - a pair after "med" or a comma that ends its clause, in a sentence
      with a word of a played match anywhere before it (MATCH_VERBS), is
      the match's result however far back the word: "Hammarby vann i går
      kväll det stora derbyt mot AIK inför fullsatt arena med 3–1" ->
      "tre mot ett" (``sport``'s convention, a vote's "mot" too), unless a vote's
      or a decision's word stands in the sentence ("Yrkandet föll med 12–9": left to ``sport.votes``);
    - a pair after a word of summing (AGGREGATE_WORDS) in a sentence about
      a match (MATCH_SENTENCE_WORDS, ``sport``'s SCORE_CONTEXT) is the two
      matches' sum: "gick vidare med sammanlagt 3–2" -> "tre mot två"; a
      counted noun after it leaves a range ("sammanlagt 20–30 personer").

    Risk: a falling pair hyphened to a noun that is no result is read as a
    score.
    """
    if not has_digit(text) and "½" not in text:
        return text  # not in NEEDS_DIGIT: "½–½" holds no digit
    if "–" not in text and "-" not in text:
        return text
    if "röst" in text:
        text = sub(_VOTE_COUNTED, _vote_counted, text, trace, "vote")
    if _THREE_DIGIT_PAIR.search(text):
        text = sub(_BIG_VOTE, _big_vote, text, trace, "vote")
    if "(" in text:
        text = sub(_BODY_VOTE, _body_vote, text, trace, "vote")
        text = sub(_GOAL_TIME, _goal_time, text, trace, "score")
    if _GOAL_LINE_HINT.search(text):
        text = sub(_GOAL_AFTER_NAME, _goal_after_name, text, trace, "score")
        text = sub(_GOAL_MINUTE_AFTER_NAME, lambda m: _say_score(m.group("a"), m.group("b")), text, trace, "score")
    if _COMPOUND_HINT.search(text):
        text = sub(_SCORE_COMPOUND, _score_compound, text, trace, "score")
    if ", " in text:
        text = sub(_SET_LIST, _set_list, text, trace, "score")
    if "½" in text:
        text = sub(_HALF_POINTS, _half_points, text, trace, "score")
    if "amman" in text or "otal" in text or "ummera" in text:
        text = sub(_AGGREGATE, _aggregate, text, trace, "score")
    if "med " in text or ", " in text:
        text = sub(_FAR_RESULT, _far_result, text, trace, "score")
    return text



# --- notes after a result, and a review's grade ----------------------------------

_NOTE = re.compile(
    rf"(?<=[\w'’)] )\((?P<n>\d\s)?(?P<note>{alternation(RESULT_NOTES)})\)"
)
_BARE_NOTE_HINT = re.compile(rf"\d\s(?:{alternation(BARE_RESULT_NOTES)})")  # its gate: the pair's last digit, a space, the note
_BARE_NOTE = re.compile(
    rf"(?<![\w,.:–/-])(?P<pair>\d{{1,3}}\s?[–-]\s?\d{{1,3}})\s(?P<note>{alternation(BARE_RESULT_NOTES)})"
    r"(?:\.(?=\s[a-zåäö]))?(?![\wåäöÅÄÖ-])"  # "2–1 e.sd. och ligger trea": the short form's stop, not the sentence's
)
_GRADE = re.compile(r"(?<![\w,.:/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?=\s+av\s+(?P<who>\w+))")


def _note(m: re.Match[str]) -> str:
    said = RESULT_NOTES[m.group("note")]
    if m.group("n"):
        said = f"{cardinal(int(m.group('n')), 'en')} {said}"  # "(1 str)": "en straff"
    return f"({said})"


def result_notes(text: str, trace: Trace | None = None) -> str:
    """A note in brackets after a result or a scorer's name is said in full:
    "Malmköping–Flen 0–3 (w.o.)" -> "(walkover)", "Aho 78' (str)" ->
    "(straff)", "Ek (sjm)" -> "(självmål)", "(1 str)" -> "(en straff)",
    "(sd)", "(ö.t.)" (RESULT_NOTES; class "score"); after a goal's minute
    and its scorer a comma's "str"/"sjm" too: "2–1 (78) Persson, str." ->
    "Persson, straff."; so a note after a scorer's minute in a line of goals: "Mål: Johansson 78 str., Ekdal 86" ->
    "sjuttioåtta straff," (session 59).

    A note without brackets right after a result says how the match was
    won (BARE_RESULT_NOTES): "Kalix–Piteå 3–2 sd" -> "3–2 sudden death",
    "4–3 ÖT" -> "4–3 efter förlängning", "3–2 SO" -> "efter
    straffläggning"; the pair and the teams are then read as a score.

    Risk: only the whole bracket, right after a word, a number or a bracket;
    "(pp)" or "(str)" in another sense in brackets would be read so; "OT",
    "SO" or "sd" right after a dashed pair are read as a match's note.
    """
    if ("–" in text or "-" in text) and _BARE_NOTE_HINT.search(text):
        text = sub(_BARE_NOTE, lambda m: f"{m.group('pair')} {BARE_RESULT_NOTES[m.group('note')]}",
                   text, trace, "score")
    if (" str" in text or " sjm" in text) and _GOAL_LINE.search(text):  # "Mål: ... Johansson 78 str., Ekdal 86"
        text = sub(_MINUTE_NOTE, _scorer_note, text, trace, "score")
    if "(" not in text:
        return text
    if " s" in text:  # "2–1 (78) Persson, str.": a scorer's note after a comma (or none: "(38) Jonas Lindberg str.")
        text = sub(_SCORER_NOTE, _scorer_note, text, trace, "score")
    return sub(_NOTE, _note, text, trace, "score")


# "1–0 (12) Jonsson, str.", "(78') Ek, sjm": a goal's minute in brackets, the scorer and the note.
_SCORER_NOTE = re.compile(
    r"(?P<head>\(\d{1,3}'?\) [A-ZÅÄÖ][\wÅÄÖåäö-]+(?: [A-ZÅÄÖ][\wÅÄÖåäö-]+)?,? )(?P<note>str|sjm)(?P<stop>\.?)"
    r"(?=[,;]?(?:\s|$))(?!\s\d)")  # (the scorer by one name or two: "(77) Ali Hassan, str.")


# "Mål: Ali 23, Johansson 78 str., Ekdal 86": a note after a scorer's minute, without brackets, in a line of goals.
_MINUTE_NOTE = re.compile(r"(?P<head>\b[A-ZÅÄÖ][\wåäö-]+ \d{1,3}'? )(?P<note>str|sjm)(?P<stop>\.?)(?=[,;]?(?:\s|$))(?!\s\d)")
_GOAL_LINE = re.compile(r"\b(?:Mål|Målen|Målskyttar|Målgörare)\b")


def _scorer_note(m: re.Match[str]) -> str:
    stop = m.group("stop") if not m.string[m.end():].strip() else ""  # the line's stop stays
    return m.group("head") + RESULT_NOTES[m.group("note")] + stop


def _grade(m: re.Match[str]) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    who = m.group("who")
    if b not in GRADE_SCALES or not 0 <= a <= b:
        return None
    if not (who[0].isupper() or who.lower() in REVIEWER_WORDS):
        return None  # "4/5 av eleverna": a part of them
    if not any(w.strip(".,:") in RATING_BEFORE for w in prev_words(m, 6, sentence=True)):
        return None
    return f"{cardinal(a)} av {cardinal(b)}"


_DECIMAL_GRADE = re.compile(r"(?<![\w,.:/])(?P<a>\d{1,2}),(?P<f>\d{1,2})/(?P<b>5|6|10)(?![\w/]|[.,]\d)")


def _decimal_grade(m: re.Match[str]) -> str | None:
    if float(f"{m.group('a')}.{m.group('f')}") > int(m.group("b")) or not any(
            w.strip(".,:") in RATING_BEFORE or w.strip(".,:").endswith(("betyg", "betyget"))
            for w in prev_words(m, 6, sentence=True)):
        return None  # "Priset 4,2/5 kr": no grade's word before it
    return f"{decimal(int(m.group('a')), m.group('f'))} av {cardinal(int(m.group('b')))}"


def review_grades(text: str, trace: Trace | None = None) -> str:
    """A grade on a scale of four, five, six or ten, after a word of grading
    (``calendar``'s RATING_BEFORE) and before "av" and who gave it, is a
    grade, not a fraction of the giver: "fick betyget 4/5 av vår recensent"
    -> "fyra av fem av vår recensent", "fick 8/10 av Gulds guide" (class
    "rating"). A grade with no "av" after it is read by ``calendar.dates``; a mean grade with its decimal after such a
    word, "fick betyg 4,2/5", here: "fyra komma två av fem".

    Risk: "av" and a capitalised word or a reviewer's word (REVIEWER_WORDS)
    after the pair; "4/5 av eleverna" stays a part of the pupils.
    """
    if "/" not in text:
        return text
    if "," in text:  # "betyg 4,2/5": a mean grade with its decimal (session 63, normalize472)
        text = sub(_DECIMAL_GRADE, _decimal_grade, text, trace, "rating")
    if " av " not in text:
        return text
    return sub(_GRADE, _grade, text, trace, "rating")


# --- a race's gap before a rival ---------------------------------------------------

_GAP = re.compile(
    rf"(?<![\w.,:+])(?P<m>\d{{1,2}})[.:](?P<s>[0-5]\d)(?![\d,]|[.:]\d)"
    rf"(?=\s+(?:{alternation(GAP_WORDS)})\s+\w|\s+(?:bakom|efter)\s*(?:[,;.)]|$))"
)
"""A gap before a rival ("1.12 före Kalevan Rasti"), or before "bakom" or "efter" closing its clause, the rival the
winner named before it ("blev 3:a, 1:46 bakom, efter en bom": session 31, normalize94)."""


def _gap(m: re.Match[str]) -> str | None:
    if not sentence_words(m) & RACE_SENTENCE_WORDS:
        return None  # "flyttades 1.12 före jul": no race in the sentence
    before = prev_words(m)
    if before and before[-1] in ("på", "tiden", "tid"):
        return None  # "segrade på 31.07 före Ali": the winner's own time
    if before and before[-1].rstrip(".") in ("kl", "klockan"):
        return None  # "gick i mål kl. 11.39 efter 3 tim.": a clock time (session 45, normalize157)
    if before and before[-1] in CLOCK_VERBS:
        return None  # "slutade 21.30 efter en lång debatt": a clock time
    return gap_said(int(m.group("m")), int(m.group("s"))) or None


# "tappade 1.47 till segraren": minutes and seconds right after a verb of time lost or gained (GAP_VERBS).
_GAP_AFTER_VERB = re.compile(
    rf"\b(?P<v>{alternation(GAP_VERBS)})(?P<who>(?: [A-ZÅÄÖ][\wåäöé-]+){{0,3}}) (?P<m>\d{{1,2}})[.:](?P<s>[0-5]\d)(?![\d,]|[.:]\d)"
    r"(?!\s?(?:min|minuter|minut|sek|sekunder|s|h|tim|timmar)\b)"  # "tappade 1.05 min.": the unit's rule reads it
)
_GAP_VERB_HINT = re.compile(r"\b(?:tapp|förlor|in \d|ryckt|till \d)")


def _gap_after_verb(m: re.Match[str]) -> str | None:
    said = gap_said(int(m.group("m")), int(m.group("s")))
    return f"{m.group('v')}{m.group('who')} {said}" if said else None  # "tappade Ulla Berg 2.13": the runner between


def race_gaps(text: str, trace: Trace | None = None) -> str:
    """Minutes and seconds before "före", "efter" or "bakom" and a rival, in
    a sentence about a race (RACE_SENTENCE_WORDS), are a gap, said in full
    as ``racing`` says one behind the winner: "vann ..., 1.12 före Kalevan
    Rasti" -> "en minut och tolv sekunder före", "tog silver, 1.05 efter
    Diggins", "0.45 före norskan" -> "fyrtiofem sekunder" (class "race
    time"; it was the clock time "ett och tolv").

    A time right after "på" or "tiden" is the winner's own ("segrade på
    31.07 före Ali"), left to ``racing``.

    "bakom" or "efter" closing the clause, no rival named after it, is behind the winner ("blev trea, 1:46
    bakom, efter en bom" -> "en minut och fyrtiosex sekunder bakom"; it was "ett och fyrtiosex", session 31).

    Minutes and seconds right after a verb of time lost or gained (GAP_VERBS: "tappade 1.47 till segraren",
    "knappade in 0.40 på täten", "tappade Ulla Berg 2.13"; the runner's name between) are a gap too, whatever follows
    (session 28).

    Risk: a clock time before "före" or "efter" in a sentence with a word
    of racing ("kom 10.15 före polisen, som vann ...") is read as a gap; so is a
    clock time right after such a verb ("tappade 10.15 sin plånbok": written so in no news text).
    """
    if _GAP_VERB_HINT.search(text):
        text = sub(_GAP_AFTER_VERB, _gap_after_verb, text, trace, "race time")
    if "före" not in text and "efter" not in text and "bakom" not in text:
        return text
    return sub(_GAP, _gap, text, trace, "race time")
