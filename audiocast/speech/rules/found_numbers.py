"""Numbers read by their context, found on fresh sentences (session 16, N5): a fraction that is a
share of a group, a player's shots and goals in a results line, placings joined by dashes, a
betting row and an odds list, a duration in days, "N+" before a unit, a dose's "x", Advent's
Sundays, a clock time after a day's name in a notice. The words are in
``speech/data/found_number_words.py``.
"""

from __future__ import annotations

import re

from ..data.found_number_words import (
    DAY_NAME_ENDS,
    DOSE_UNITS,
    FRACTION_GLYPHS,
    NOT_DAY_NAMES,
    PLACING_WORDS,
    PLUS_ONE_NOUNS,
    PLUS_UNITS,
    SHARE_AFTER,
    SHARE_BEFORE,
    SHOT_LINE_WORDS,
    WEEKDAY_NAMES,
)
from ..numbers import cardinal, fraction_denominator, ordinal
from ..report import Trace
from .cleanup import PAUSE_DASH
from .machinery import alternation, next_word, prev_words, sub

_GLYPHS = "".join(FRACTION_GLYPHS)
_GLYPH = re.compile(f"[{re.escape(_GLYPHS)}]")  # one of them in the line (one search for a loop of substring tests)
_SHARE = re.compile(rf"(?<![\w/.,-])(?:(?P<n>\d)/(?P<m>\d{{1,2}})(?![\d/]|[.,]\d)|(?P<g>[{_GLYPHS}]))(?=\s)")
_OF_A_GROUP = re.compile(r"(?i)\bav (?:de |dem |alla )?(?:\d[\d  ]*|[a-zåäö]+a) ?[a-zåäö]+")


def _share_said(n: int, m: int) -> str:
    if m == 2 and n == 1:
        return "hälften"
    return f"{cardinal(n, 'en')} {fraction_denominator(m, n > 1)}"


def _share(m: re.Match[str]) -> str | None:
    n, d = FRACTION_GLYPHS[m.group("g")] if m.group("g") else (int(m.group("n")), int(m.group("m")))
    if not 0 < n < d <= 10:
        return None
    after, before = next_word(m).lower(), [w.lower() for w in prev_words(m)]
    head = m.string[: m.start()]
    group = _OF_A_GROUP.search(head[head.rfind(".") + 1:]) is not None
    if after not in SHARE_AFTER or not (group or (before and before[-1] in SHARE_BEFORE)):
        return None
    return _share_said(n, d)


def shares(text: str, trace: Trace | None = None) -> str:
    """ "Av 1 800 sökande kom 3/4 från kommunen och ¼ utifrån" -> "tre fjärdedelar ... en fjärdedel"
    (it was "tredje april", "en kvarts"; class "fraction"): a fraction of one digit over at most ten,
    written with a slash or as a glyph, that is a share of a group: a word of its group after it
    (SHARE_AFTER: "från", "av", "var") and before it a verb of share or a small word (SHARE_BEFORE:
    "kom", "var", "och") or, earlier in its sentence, a group counted after "av" ("Av 300 elever").

    Risk: a date after "kom" and before "från" ("kom 3/4 från Malmö", the third of April) is read as a
    share; a share with no such word around it stays a date."""
    if "/" not in text and not _GLYPH.search(text):
        return text
    return sub(_SHARE, _share, text, trace, "fraction")


_PLAYER = re.compile(r"(?<![\w.])(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?) (?P<med>med )?(?P<n>\d{1,2})/(?P<m>\d{1,2})"
                     r"(?![\d/]|[.,]\d)")
_LINE_WORDS = re.compile(rf"(?i){alternation(SHOT_LINE_WORDS)}")


def player_shots(text: str, trace: Trace | None = None) -> str:
    """ "Gottfridsson 7/9, Ek 5/6" -> "Gottfridsson sju av nio, Ek fem av sex" (it was "sjunde
    september"; class "score"): a player's goals out of shots after a surname in a results line, no
    more goals than shots, at most 30 shots; in a line with two such pairs or with a word of the
    game (SHOT_LINE_WORDS: "handboll", "skott", "målskytt"); "Persson med 6/9" too.

    Runs before ``sport_notes`` (whose "Ek 9/3" is goals and penalties among them: "Holm 3/3" here
    is three of three). Risk: dates after a place's name in a line of two such ("Lund 5/6, Malmö 7/6") are read as
    shots; a lone pair in a line without a word of the game stays a date."""
    if "/" not in text:
        return text
    found = [m for m in _PLAYER.finditer(text) if int(m.group("n")) <= int(m.group("m")) <= 30]
    if not found or (len(found) < 2 and not _LINE_WORDS.search(text)):
        return text

    def said(m: re.Match[str]) -> str | None:
        n, shots = int(m.group("n")), int(m.group("m"))
        if not 0 < shots <= 30 or n > shots:
            return None
        return f"{m.group('name')} {m.group('med') or ''}{cardinal(n)} av {cardinal(shots)}"

    return sub(_PLAYER, said, text, trace, "score")


_PLACINGS = re.compile(rf"(?i)\b(?P<w>{alternation(PLACING_WORDS)}) (?P<p>\d{{1,2}}(?:[–-]\d{{1,2}})+)(?![\d–-])")


def placing_lists(text: str, trace: Trace | None = None) -> str:
    """ "efter placeringarna 1–2", "heatplaceringar 1-3-2" -> "ett två", "ett tre två" (it was "ett
    till två"; class "placing"): placings after a word of placings (PLACING_WORDS) joined by dashes
    are said one by one, never a range or a score.

    Risk: a span of places after such a word ("placeringarna 4–8 ger poäng") is read as two placings."""
    def said(m: re.Match[str]) -> str:
        return m.group("w") + " " + " ".join(cardinal(int(p)) for p in re.split(r"[–-]", m.group("p")))
    if "lacering" not in text and "LACERING" not in text:  # every word of PLACING_WORDS holds it
        return text
    return sub(_PLACINGS, said, text, trace, "placing")


_BET_ROW = re.compile(r"(?<![\w,.])(?:[12X](?: [12X]){2,})(?![\w,]|\.\d)")
_ODDS = re.compile(r"(?<![\w,.–-])\d{1,3},\d{1,2}(?: ?[–-] ?\d{1,3},\d{1,2}){2,}(?![\w–-]|,\d)")  # (a comma after it: s61)


def betting(text: str, trace: Trace | None = None) -> str:
    """ "1 X 2" -> "ett kryss två" (it was "ett X två"; class "pools"): a row of the pools' signs
    spaced apart, three or more with an X among them and a digit; an odds list of three decimals or more
    joined by dashes ("2,45 – 3,30 – 2,90", the spaces dropped by the cleanup) is a list, said with commas, never a range;
    in a line without odds (a decathlon's events) the dashes stay the writer's pauses.

    Risk: three decimals joined by spaced dashes in a table that are a range and a cell are said as a
    list; a row "1 X 2" that is a product's name is said as signs."""
    def row(m: re.Match[str]) -> str | None:
        signs = m.group(0).split()
        if "X" not in signs or signs == ["X"] * len(signs) or all(s != "X" for s in signs):
            return None
        return " ".join({"1": "ett", "2": "två", "X": "kryss"}[s] for s in signs)

    if " X " in text:
        text = sub(_BET_ROW, row, text, trace, "pools")
    if "," in text and text.count("–") + text.count("-") >= 2:  # an odds list joins three or more by dashes
        # a comma between odds (3 writers of 4); between results that are no odds ("Tiokamp: ... efter 10,98 – 7,21
        # – 14,33", a decathlon's events) the writer's pause, the spaced dash (session 60, normalize406)
        joint = ", " if "odds" in text.lower() else PAUSE_DASH
        text = sub(_ODDS, lambda m: re.sub(r" ?[–-] ?", joint, m.group(0)), text, trace, "list")
    return text


_DAYS = re.compile(r"(?<![\w,.])(?P<n>\d{1,3}) d (?=\d{1,2} (?:tim\b|h\b|timmar\b))")
_PLUS_UNIT = re.compile(rf"(?<![\w,.+])(?P<n>\d{{1,4}})\+ ?(?=(?:{alternation(PLUS_UNITS)})(?![\wåäö]))")
_PLUS_ONE = re.compile(rf"(?<![\w,.+])(?P<a>\d{{1,4}})\+1 (?=(?:{alternation(PLUS_ONE_NOUNS)})\b)")
_DOSE_X = re.compile(rf"(?P<dose>\d[\d,]* (?:{alternation(DOSE_UNITS)})\b[^.;:\d]{{0,40}}?) [x×] (?P<n>\d{{1,2}})(?! ?(?:m|cm|mm|dm|km|m2|m²|kg|g|l|dl|cl|ml)\b)")


def measures_found(text: str, trace: Trace | None = None) -> str:
    """Measures written short that lost their reading:

    - "2 d 4 tim." -> "två dygn fyra timmar" (it was "två d"; class "duration"): a "d" between a count
      and hours is days (a whole day and night, "dygn");
    - "30+ m/s" -> "över trettio meter per sekund" (the unit was lost, "m s"; class "number"): a number
      with a plus before a unit's short form (PLUS_UNITS) is "över" that number, the unit read by the
      unit rules (before a word, "16+ är välkomna", it stays "sexton plus");
      "14+1 poäng" -> "fjorton plus ett poäng" (a count of points with one added, PLUS_ONE_NOUNS; "5+1
      spelare" stays "plus en");
    - "500 mg paracetamol x 4" -> "gånger fyra" (it was "x fyra"; class "dose"): an "x" after a dose
      before a count with no unit ("2 x 3 m" is left to the units);
    - "ungdom (–17 år)" -> "(upp till sjutton år)" (it was "minus sjutton"; class "range").

    Risk: "d" between a count and hours that is a day-of-month ("2 d 4 tim."?) is days; "30+" that is
    the age of "30 and over" is "över trettio" (its sense, not its letter); an "x" after a dose that
    names a product ("mg x 4 förp."?) is said "gånger"."""
    if " d " in text:
        text = sub(_DAYS, lambda m: f"{cardinal(int(m.group('n')))} dygn ", text, trace, "duration")
    if "+" in text:
        text = sub(_PLUS_ONE, lambda m: f"{m.group('a')} plus ett ", text, trace, "number")
        text = sub(_PLUS_UNIT, lambda m: f"över {m.group('n')} ", text, trace, "number")
    if " x " in text or " × " in text:
        text = sub(_DOSE_X, lambda m: f"{m.group('dose')} gånger {cardinal(int(m.group('n')))}", text, trace, "dose")
    if "(" in text:  # "ungdom (–17 år)": an open span up to an age, never a minus (session 60, normalize416)
        text = sub(_UP_TO_AGE, lambda m: "upp till ", text, trace, "range")
    return text


_UP_TO_AGE = re.compile(r"(?<=\()[–-]\s?(?=\d{1,2}\s?år\))")


_ADVENT = re.compile(r"(?i)(?<![\w,.])(?:(?P<n0>[1-4])(?::[ae])?\s?[–-]\s?)?(?P<n>[1-4])(?::[ae])?(?: i)? (?P<w>advent)\b(?!s)")
# A word before a bare "dag", "jul": the day's name ("Kristi himmelsfärds dag", "Trettondedag jul").
_DAY_HEAD = re.compile(r"(?:[a-zåäö]s|dag|[Aa]nnandag|[Jj]uldagen?) $")
_CLOCKISH = re.compile(r"[.:](?<=\d[.:])[0-5]\d")  # (\d[.:][0-5]\d, the stop first: a faster scan than for digits)
_DAY_CLOCK = re.compile(rf"(?i)\b(?P<d>\w*(?:{alternation(DAY_NAME_ENDS)})) (?=(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.,:]\d))")
# Its gate: a space with the clock time after it and a day's name's end before it (the space first, a fast
# scan, and each end looked back at: _DAY_CLOCK tries its \w* of a word at every word of the line).
_DAY_CLOCK_GATE = re.compile(
    r"(?i) (?=(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.,:]\d))(?:"
    + "|".join(f"(?<={re.escape(end)} )" for end in sorted(DAY_NAME_ENDS)) + ")")


def church_notices(text: str, trace: Trace | None = None) -> str:
    """Advent's Sundays and a notice's clock times:

    - "den 2 advent", "1:a advent", "3 i advent" -> "andra advent", "första advent", "tredje advent"
      (it was "den två advent"; class "church day"): a number one to four before "advent" is its Sunday; a span of
      them, "1:a–3:e advent" -> "första till tredje advent" (session 33);
    - "Kristi himmelsfärds dag 10.00 i Vallby kyrka" -> "klockan tio" (it was "tio"; class "clock"):
      a clock time right after a day's name (DAY_NAME_ENDS: "dag", "afton", "jul"; not a weekday's,
      WEEKDAY_NAMES, left to the calendar) is the hour of the event, said with "klockan" as after "kl.".

    Risk: a count before "advent" ("3 advent i rad"?) is an ordinal; a decimal after a day's name
    ("Mårtensdagen 10.50 kr"?) with a stop is read as a clock time."""
    if "dvent" in text:
        text = sub(_ADVENT, lambda m: (f"{ordinal(int(m.group('n0')))} till " if m.group("n0") else "")
                   + f"{ordinal(int(m.group('n')))} {m.group('w')}", text, trace, "church day")
    def clock(m: re.Match[str]) -> str | None:
        day = m.group("d").lower()
        if day in WEEKDAY_NAMES or (day in NOT_DAY_NAMES and not _DAY_HEAD.search(m.string, 0, m.start())):
            return None
        return f"{m.group('d')} kl. "

    if not _CLOCKISH.search(text) or not _DAY_CLOCK_GATE.search(text):  # the scan for a day's name runs only
        return text  # where a clock time stands after the end of one
    return sub(_DAY_CLOCK, clock, text, trace, "clock")
