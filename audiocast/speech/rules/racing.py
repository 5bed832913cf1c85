"""Race times (``race_times``): "1.52,40" -> "en femtiotvå komma fyrtio",
"3:52:07" -> "tre timmar femtiotvå minuter och sju sekunder", a trotting
kilometre time, a gap behind the winner, told apart from a clock time by the
words around them (``speech/data/sport.py``). Split from ``sport.py``.
"""

from __future__ import annotations

import re

from ..data.sport import (
    CLOCK_SECONDS_BEFORE,
    DURATION_AFTER,
    GAME_PARTS,
    GAP_AHEAD,
    GAP_BEHIND,
    HUNDREDTHS_CONTEXT,
    PLACING_WORDS,
    RACE_CONTEXT,
    RACER_NOUNS,
    SKI_STYLES,
    TIMING_VERBS,
    TROT_CONTEXT,
    TROT_SUFFIXES,
)
from ..numbers import cardinal, digits
from ..report import Trace
from .machinery import alternation, keep_stop, next_word, point_part, prev_words, sub, word_start

# "1.52,40": minutes, seconds and hundredths; "3:52:07": hours too.
_RACE_MS_HUNDREDTHS = re.compile(
    r"(?P<m>\d(?<![\w.,:]\d)\d?)\.(?P<s>[0-5]\d),(?P<f>\d{1,3})(?P<t>[avg]{1,2}(?![\w]))?(?![\w]|[.,]\d)"
    r"(?:/\s?(?P<dist>\d\s?\d{3}|\d{3,4})(?:\s?m(?![\w²³])|(?=[\s,;)]|\.(?!\d)|$)))?"  # "1.13,8a/2 140 m", "/2140"
)
_TROT_WORD = re.compile(rf"(?<![\w-])(?:{alternation(TROT_CONTEXT)})(?![\w-])", re.IGNORECASE)
# A lap's or a track's record before a time in tenths ("varvrekordet 1.30,8"): motor sport, the minute's "en" (s53)
_LAP_WORD = re.compile(r"\b(?:varv|banrekord|kvaltid)", re.IGNORECASE)
_RACE_HMS = re.compile(
    r"(?P<h>\d(?<![\w.,:]\d)\d?):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:,(?P<f>\d{1,2}))?(?![\w]|[.,:]\d)"
)
# "1.24.12": hours, minutes and seconds with dots (a half marathon, a ski
# race), said compactly as a reporter reads a result list.
_DOT_DIGITS = re.compile(r"\.\d\d\.")  # a cheap test before the pattern
_RACE_HMS_DOTS = re.compile(
    r"(?P<h>\d(?<![\w.,:]\d)\d?)\.(?P<m>[0-5]\d)\.(?P<s>[0-5]\d)(?:,(?P<f>\d{1,2}))?(?![\w]|[.,]\d)"
)
_RACE_MS = re.compile(r"(?P<m>\d(?<![\w.,:]\d)\d?):(?P<s>[0-5]\d)(?![\w]|[.,:]\d)")
# "2:14.33,4": hours with a colon, minutes and seconds with a point, tenths with a comma (a ski marathon);
# a motor race's thousandths too ("1:35.12,456").
_RACE_H_COLON_MS = re.compile(
    r"(?P<h>\d)(?<![\w.,:]\d):(?P<m>[0-5]\d)\.(?P<s>[0-5]\d),(?P<f>\d{1,3})(?![\w]|[.,:]\d)"
)
# "1:32,415": a lap time with a colon and a decimal part (no clock has one);
# "1:48.23", "13:12.45": the international way, a point before the hundredths.
_RACE_MS_COLON_FRACTION = re.compile(r"(?<![\w.,:])(?P<m>\d{1,2}):(?P<s>[0-5]\d)[,.](?P<f>\d{1,3})(?![\w]|[.,:]\d)")
_COLON_FRACTION_HINT = re.compile(r":[0-5]\d[.,]\d")
# What _RACE_MS_HUNDREDTHS needs ("1.13,8") and what _RACE_HMS and _RACE_MS need ("1:13", "2:14:33"): each a
# separator first (a fast scan) where "," and "." or a colon anywhere in the line let most lines through.
_HUNDREDTHS_HINT = re.compile(r"\.[0-5]\d,\d")
_COLON_MS_HINT = re.compile(r":(?<=\d:)[0-5]\d")
# "1.34 min", "0.45 min.": minutes and seconds with a point before "min" (no decimal has a point in Swedish).
_MS_BEFORE_MIN = re.compile(r"(?<![\w.,:])(?P<m>\d{1,2})\.(?P<s>[0-5]\d)\s?(?P<u>min\b\.?)(?!\w)")
# The placing nouns before a time in a result list ("tvåa Per Ek 15:58") that
# are no number words ("fyra", "åtta", "elva" are).
_PLACING_NOUNS = frozenset(w for w in PLACING_WORDS if w not in ("fyra", "åtta", "elva"))
_PLACING_HINT_WORD = re.compile(rf"{word_start(_PLACING_NOUNS)}\b")  # a cheap test before "38.02"


def _race_ms_hundredths(m: re.Match[str]) -> str | None:
    said = _race_ms_said(m)
    if said is not None and m.group("dist"):  # "1.13,8a/2 140 m" -> "... auto över tvåtusenetthundrafyrtio meter"
        said += f" över {cardinal(int(m.group('dist').replace(' ', '')))} meter"
    return said


_GAP_AFTER = re.compile(r"\s+(?:efter|bakom|före)\b")
"""A race time followed by these is a gap to another competitor ("1.07,4 efter segraren")."""


def _race_ms_said(m: re.Match[str]) -> str | None:
    letters = m.group("t")
    if letters and not all(c in TROT_SUFFIXES for c in letters):
        return None
    # A time in tenths (a trotting kilometre time "1.13,5a", "km-tid 1.11,8",
    # any other "1.12,4") is said with the counting form, as a commentator
    # does: "ett tretton komma fem"; hundredths (the track, the pool) with the
    # minute's "en": "en femtiotvå komma fyrtio". A gap (before "efter",
    # "bakom", "före") is said in full, below, whatever its decimals.
    trotting = bool(letters) or _TROT_WORD.search(m.string, max(0, m.start() - 80), m.start()) is not None or (
        _TROT_WORD.search(m.string, m.end(), m.end() + 30) is not None)  # "på 1.09,2 (voltstart 1.11,0)" (session 64)
    gap = (not trotting and _GAP_AFTER.match(m.string, m.end()) is not None and m.group("m").strip("0") != ""
           and not m.string[max(0, m.start() - 3):m.start()] == "på ")  # "vann på 16.12,40 före Ek": her time
    lap = not trotting and _LAP_WORD.search(m.string, max(0, m.start() - 40), m.start()) is not None
    trot = trotting or (len(m.group("f")) == 1 and not gap and not lap)
    if not trot and (m.group("s")[0] == "0" or gap):
        # "1.08,43": the compact "en noll åtta" sounds like a number; the minute and the seconds are named ("en
        # minut och åtta komma fyrtiotre sekunder"), as the blind writers said a time under ten seconds; so is a gap
        # behind or ahead of another, in tenths too ("1.07,4 efter segrande Vittozzi", session 24).
        return (f"{_unit_count(int(m.group('m')), 'minut', 'minuter')} och {cardinal(int(m.group('s')), 'en')}"
                f" komma {point_part(m.group('f'))} sekunder")
    # "1.52,40" in hundredths: compact, the minute's "en", "en femtiotvå komma fyrtio", as a commentator says it.
    # Session 54 counted what the writers accept, not their first reading (session 38 named the minute, "en minut
    # femtiotvå komma fyrtio", on 19 first readings against 9): the compact form is among the writers' own readings
    # in 32 of the evaluation set's 46 such rows, the named minute in 22; in the fresh sets 17 of 23 against 12.
    minute = cardinal(int(m.group("m"))) if trot else _common_one(int(m.group("m")))  # "trettioen fyrtiotvå"
    said = f"{minute} {point_part(m.group('s'))} komma {point_part(m.group('f'))}"
    if m.group("m").strip("0") == "" and not letters:  # "0.38,2": no minute, the seconds alone
        said = f"{cardinal(int(m.group('s')))} komma {point_part(m.group('f'))}"
    # the start's letters said in full after the time, never as units ("1.14,2v": not the unit volt)
    return f"{said} {' '.join(TROT_SUFFIXES[c] for c in letters)}" if letters else said


def _common_one(n: int) -> str:
    """``n`` with a compound's one in the common gender, as the writers say a race's minutes and seconds: "trettioen
    minuter" (session 37: 11 times, "-ett" 5), "trettioen fyrtiotvå" (session 54); a lone one "en"."""
    said = cardinal(n, "en")
    return said[:-3] + "en" if said.endswith("oett") else said


def _unit_count(n: int, one: str, many: str) -> str:
    return f"{cardinal(n, 'en')} {one if n == 1 else many}"


def _clock_seconds(m: re.Match[str]) -> str | None:
    """ "kom i mål 11:47:12" -> "elva fyrtiosju och tolv": the clock's time with its seconds."""
    h, mi, se = int(m.group("h")), int(m.group("m")), int(m.group("s"))
    if h > 23 or m.group("f"):
        return None
    if not mi and not se:
        return cardinal(h)  # "starten gick 09:00:00" -> "nio"
    minutes = cardinal(mi) if mi >= 10 else f"noll {cardinal(mi)}"
    return f"{cardinal(h)} {minutes}" + (f" och {cardinal(se)}" if se else "")


def _clock_with_seconds(m: re.Match[str]) -> str | None:
    """ "kom i mål 11:47:12": the clock's time after CLOCK_SECONDS_BEFORE (class "time"), else None."""
    before = tuple(w.rstrip(",") for w in prev_words(m, 2))
    return _clock_seconds(m) if any(before[-len(words):] == words for words in CLOCK_SECONDS_BEFORE) else None


def _race_hms(m: re.Match[str]) -> str | None:
    if prev_words(m)[-1:] in (["kl"], ["kl."], ["klockan"]):
        return None
    h, mi, se = int(m.group("h")), int(m.group("m")), int(m.group("s"))
    return _hms_said(h, mi, _unit_count(se, "sekund", "sekunder") if not m.group("f") else (
        f"{cardinal(se)} komma {point_part(m.group('f'))} sekunder"))


def _hms_said(h: int, mi: int, seconds: str) -> str:
    """Hours, minutes and the seconds said by now: no "noll timmar" ("00:45:12"), no "noll minuter" ("2.00.12": "två
    timmar och tolv sekunder"; session 63, normalize475)."""
    if h and not mi:  # "1.00.00": the whole hours
        return _unit_count(h, "timme", "timmar") + ("" if seconds == "noll sekunder" else f" och {seconds}")
    hours = f"{_unit_count(h, 'timme', 'timmar')} " if h else ""
    return f"{hours}{_unit_count(mi, 'minut', 'minuter')} och {seconds}"


_RACE_NAME_ENDINGS = ("loppet", "rundan", "vasan", "maran", "milen")


def _race_word(w: str) -> bool:
    """A word that makes a time a race's: a race word, a race's name
    ("halvmaran", "Vasaloppet") or a kind of time ("vinnartiden")."""
    return w in RACE_CONTEXT or w.endswith(_RACE_NAME_ENDINGS) or w.endswith(("tiden", "varvet"))


_PLACED_ON = re.compile(r"\d{1,2}:[ae]\s+på\s$")
"""A placing right before the time ("7:a på 8.12.05"): the time it finished on."""


_RACERS = tuple(RACER_NOUNS)  # a racer's noun, alone or ending a compound ("etappvinnaren")


def _race_hms_dots(m: re.Match[str]) -> str | None:
    # (ten hours and more, "12.41.33", a relay's: a race's context too, as a clock time with seconds has none; s60)
    if not m.group("f") and (int(m.group("m")) <= 12 or len(m.group("h")) == 2) and not any(
            _race_word(w := x.strip(".,:;")) or w in _PLACING_NOUNS or w.endswith(_RACERS)
            for x in prev_words(m, 8, sentence=True)) and not any(
                _race_named(w.strip(".,:;")) for w in _words_after(m)) and not _PLACED_ON.search(
                    m.string, max(0, m.start() - 12), m.start()) and not _timed_beside(m):
        return None  # "3.05.22" could be a date; only minutes above twelve, a race word or a placing say time
    h, mi, se = int(m.group("h")), int(m.group("m")), int(m.group("s"))
    # said in full, as the colon form and as every writer of the blind sets said it
    if m.group("f"):  # "2.04.36,4": tenths of the seconds too; "0.38.12,5" without the hours
        return _hms_said(h, mi, f"{cardinal(se)} komma {point_part(m.group('f'))} sekunder")
    return _hms_said(h, mi, _unit_count(se, "sekund", "sekunder"))


def _timed_beside(m: re.Match[str]) -> bool:
    """Whether another time of hours, minutes and seconds in the line can be no date (minutes above twelve, or its
    tenths): the line lists race times, and "på 4.01.43" beside "vann på 3.28.57" is one too (session 49,
    normalize180: it was "fyra ett fyrtiotre")."""
    return any(o.start() != m.start() and (o.group("f") or int(o.group("m")) > 12) for o in _RACE_HMS_DOTS.finditer(m.string))


_REST_OF_SENTENCE = re.compile(r"[^.!?]{0,60}")


def _race_named(w: str) -> bool:
    """A race named after its time ("på maratonet", "i Berlin Marathon",
    "i Vasaloppet"): a race's name, not any race word ("i", "mål")."""
    return w.endswith(_RACE_NAME_ENDINGS) or w.startswith(("maraton", "marathon", "halvmara"))


def _words_after(m: re.Match[str]) -> list[str]:
    """The words after a match up to its sentence's end, lowercased ("till
    2.11.05 på maratonet": the race named after the time)."""
    rest = _REST_OF_SENTENCE.match(m.string, m.end())
    return rest.group(0).lower().split() if rest else []


# A distance in metres in the sentence ("200 m frisim", "I 800 m vann hon"): a track's or a pool's race.
_METRES = re.compile(r"\d\s?(?:m|meter)\b")
_SENTENCE_AROUND = re.compile(r"[^.!?]*")
# A distance in kilometres or Swedish miles in the sentence ("3 × 10 km", "9 mil"): a road's or a trail's race.
_KILOMETRES = re.compile(r"\d\s?(?:km|kilometer|mil)\b")
# A race of hours named by its kind (session 56, normalize291: "Maratonsegraren sprang på 2:18.44" was "två arton komma
# fyrtiofyra", the course record's word taken for a track's)
_ENDURANCE = re.compile(r"(?i:marat|halvmara|vasalopp|ultralopp|triathlon|ironman)")


def _hundredths_race(m: re.Match[str]) -> bool:
    """Is "m:ss.hh" minutes and hundredths here: minutes of ten and more, or
    a distance in metres or a pool's or a track's word in the sentence? A
    distance in kilometres without one in metres makes it hours, minutes and
    seconds ("Stafett 3 × 10 km: ... 1:32.40", a relay of skiers; risk: a
    swimmer's time in a sentence that also names a distance in km only)."""
    if len(m.group("m")) == 2 or len(m.group("f")) == 3:  # "1:34.812": thousandths, a lap (no h:mm.ss has three)
        return True
    start = max(m.string.rfind(". ", 0, m.start()), m.string.rfind("? ", 0, m.start()), -1) + 1
    end = _SENTENCE_AROUND.match(m.string, m.end())
    sentence = m.string[start : end.end() if end else len(m.string)]
    if _KILOMETRES.search(sentence) is not None and _METRES.search(sentence) is None:
        return False  # "Stafett 3 × 10 km: ... 1:32.40": a race of kilometres lasts hours (a relay word is no pool's)
    if _ENDURANCE.search(sentence) is not None:
        return False  # "Maratonsegraren sprang på 2:18.44": a marathon lasts hours, whatever its course record
    return _METRES.search(sentence) is not None or any(
        w.strip(".,:;()") in HUNDREDTHS_CONTEXT for w in sentence.lower().split())


def _race_ms_colon_fraction(m: re.Match[str]) -> str | None:
    """ "1:32,415" -> "en trettiotvå komma fyra ett fem"; "1:48.23" with a
    distance in metres or a pool's word -> "en fyrtioåtta komma tjugotre"
    (seconds under ten named: "två minuter och ett komma trettiofyra
    sekunder"); "3:58.12" without them -> "tre femtioåtta tolv"."""
    fraction = m.group("f")
    if m.string[m.end("s")] == "." and not _hundredths_race(m):
        # "Vasaloppet: 3:58.12": hours, minutes and seconds, said compactly
        # (so is "1:48.23" with no distance or pool around it: "ett fyrtioåtta tjugotre")
        return f"{cardinal(int(m.group('m')))} {point_part(m.group('s'))} {point_part(fraction)}" if len(fraction) == 2 else None
    said = point_part(fraction) if len(fraction) <= 2 else digits(fraction)
    if m.group("s")[0] == "0":  # "2:01.34": the minute and the seconds named, as "1.08,43" above
        return f"{_unit_count(int(m.group('m')), 'minut', 'minuter')} och {cardinal(int(m.group('s')))} komma {said} sekunder"
    return f"{cardinal(int(m.group('m')), 'en')} {point_part(m.group('s'))} komma {said}"


def _ms_before_min(m: re.Match[str]) -> str | None:
    """ "1.34 min" -> "en minut och trettiofyra sekunder": a point between
    minutes and seconds before "min" (not "kl. 1.34 min")."""
    if prev_words(m)[-1:] in (["kl"], ["kl."], ["klockan"]):
        return None
    said = gap_said(int(m.group("m")), int(m.group("s"))) or "noll sekunder"
    return said + keep_stop(m, m.group("u").endswith("."))


# What makes "62:40" a price, not a time: kronor or a unit price after it.
_PRICE_AFTER = re.compile(r"\s?(?:kr\b|kronor\b|:-)|/(?:kg|l|st|hg)\b")
# Words before "87:50" in its sentence that make it a price in kronor and öre, not minutes: a share's, a thing's.
_PRICE_STEMS = ("aktie", "kurs", "pris", "kostar", "kostade", "betalade", "betalt")


# "38.02" in a result list: minutes and seconds with a dot.
_RACE_MS_DOT = re.compile(r"(?P<m>\d(?<![\w.,:]\d)\d?)\.(?P<s>[0-5]\d)(?![\w]|[.,:]\d)")


# The verbs of racing and the kinds of time that make "på 16.42" a race time
# ("vann loppet på 16.42"); a race's name or "loppet" alone does not ("bussen
# från loppet går på 17.30").
_STRONG_RACE_WORDS = frozenset("""
vann vinner segrade sprang springer åkte åker cyklade cyklar simmade simmar travade travar noterade
noterar segertid segertiden sluttid sluttiden personbästa pers årsbästa banrekord banrekordet
snabbast snabbaste snabbare segrare segraren vinnare vinnaren vinnartid vinnartiden vanns
""".split()) | TIMING_VERBS  # (anywhere in the sentence before "på" and the time: "Snabbast på 5 km i ... var Lind på 17.48")
# A race's time named before it, with or without its verb ("segertiden blev 17.42", "snabbaste tid var 17.42",
# session 59; a strong race word must stand in the sentence too: "Tid: 18.00" in an invitation is a clock time).
_TIME_NOUNS = frozenset("tid tiden segertid segertiden vinnartid vinnartiden sluttid sluttiden rekordtid rekordtiden".split())
_TIME_VERBS = frozenset({"var", "blev", "är", "blir", "landade", "stannade"})
_TIME_NOUN_HINT = re.compile(rf"tid(?:en)?\s(?:(?:{alternation(_TIME_VERBS)})\s)?\d")  # (a cheap test first)
# Words after a race time that leave it one ("på 16.42 före Persson").
_AFTER_RACE_TIME = frozenset({"före", "och", "efter", "i", "med", "som", "vilket", "men", "trots", "på"})
# A later result of the same race after a name: "på 16.42 före Persson, 16.58".
_EARLIER_RACE_TIME = re.compile(r"\bpå \d{1,2}\.[0-5]\d\b[^.!?;]{0,60}\b[A-ZÅÄÖ][\wåäö]+, $")


def _race_ms_dot(m: re.Match[str]) -> str | None:
    before = [w.strip(".,:;") for w in prev_words(m, 14, sentence=True)]
    if before[-1:] in (["kl"], ["klockan"]):
        return None  # "kl. 12.45"
    if before[-1:] and before[-1] in TIMING_VERBS:
        return _minutes_seconds(m)  # "vinnaren klockade 19.47 på 5 km": the clock's verb names a race time
    named = before[-1:] and (before[-1] in _TIME_NOUNS or before[-1] in _TIME_VERBS and before[-2:-1] and before[-2] in _TIME_NOUNS)
    raced = (before[-1:] in (["på"], ["tiden"]) or named or _EARLIER_RACE_TIME.search(m.string, max(0, m.start() - 90), m.start())) and any(
        w in _STRONG_RACE_WORDS for w in before)  # "vann 5 km-loppet på 16.42 före Persson, 16.58", "simmade på tiden 16.05"
    after = next_word(m)
    if after[:1].islower() and not (raced and after in _AFTER_RACE_TIME):
        return None  # "3.25 poäng": a decimal before its noun
    if not raced and (not _PLACING_HINT_WORD.search(m.string)
                      or not any(w in RACE_CONTEXT or w in _PLACING_NOUNS for w in before[-6:])):
        return None  # "12.45", "3.25": a clock time or a decimal without a race around it
    return _minutes_seconds(m)


def _race_ms(m: re.Match[str]) -> str | None:
    if _PRICE_AFTER.match(m.string, m.end()):
        return None  # "62:40/kg", "129:50 kr": kronor and öre, read by the price rule
    before = [w.strip(".,:") for w in prev_words(m, 8, sentence=True)]
    race = any(w in RACE_CONTEXT or w in _PLACING_NOUNS for w in before[-4:]) or (
        # a race's name or a verb of racing further back: "i Vätternrundan
        # cyklade hon de 315 kilometerna på 8:41"
        before[-1:] == ["på"] and (any(w in RACE_CONTEXT or w.endswith(_RACE_NAME_ENDINGS) for w in before) or _raced_sentence(m)))
    if int(m.group("m")) < 24 and not race:
        return None  # "16:31": a clock time (or a price under 24 kronor, the price rules')
    if not race and (any(w.startswith(_PRICE_STEMS) for w in before) or ":-" in m.string):
        # "Aktien föll … till 87:50": a price (s56); "Pizza 119:-, stor stark 79:50": a line priced so (s57)
        return f"{cardinal(int(m.group('m')))} och {cardinal(int(m.group('s')))}"
    if before[-1:] in (["kl"], ["klockan"]):
        return None
    return _minutes_seconds(m)


SENTENCE_WORDS = 40
"""How far back in its sentence a race time looks for a verb of racing."""


def _raced_sentence(m: re.Match[str]) -> bool:
    """A verb of racing or a kind of race time earlier in the sentence ("vann … på tiden 17:42, medan … kom 2:a på
    18:05")."""
    before = [w.strip(".,:;") for w in prev_words(m, SENTENCE_WORDS, sentence=True)]
    return any(w in _STRONG_RACE_WORDS or w.endswith("tiden") for w in before)


def _minutes_seconds(m: re.Match[str]) -> str:
    """A race's minutes and seconds named, as every writer of the blind sets said them (19 times in 19: "på 52:07" ->
    "femtiotvå minuter och sju sekunder") where nothing else can be meant: minutes of 24 or more (no clock has them)
    or ten or more with a verb of racing or a kind of race time earlier in the sentence (:data:`_STRONG_RACE_WORDS`,
    "tiden", "segertiden");
    else the compact "femtiotvå noll sju", which a clock time's reading also is ("gick 04:12": a weaker race word,
    "gick", is the alarm's too) and hours and minutes' too ("cyklade hon de 315 kilometerna på 8:41")."""
    mi, se = int(m.group("m")), int(m.group("s"))
    if mi >= 24 or mi >= 10 and _raced_sentence(m):
        said = f"{_common_one(mi)} minuter"
        return said + (f" och {_common_one(se)} {'sekund' if se == 1 else 'sekunder'}" if se else "")
    return f"{cardinal(mi)} {point_part(m.group('s'))}"


# "+1.12,4", "+0.45": a plus sign before minutes and seconds (a gap in a result list).
_PLUS_GAP = re.compile(r"(?<![\w+])\+(?=\d{1,2}[.:][0-5]\d,\d{1,2}(?![\d]|[.,:]\d))")
_PLUS_GAP_MS = re.compile(r"(?<![\w+])\+(?P<m>\d{1,2})[.:](?P<s>[0-5]\d)(?!\d|,\d|[.:]\d)")  # a list's comma may follow

# "3:45 lång", "21.34 i istid": minutes and seconds before a word of length or of time played (DURATION_AFTER).
_DURATION_BEFORE = re.compile(
    rf"(?<![\w.,:+])(?P<m>\d{{1,2}})[.:](?P<s>[0-5]\d)(?![\d]|[.,:]\d)(?=\s+(?:i\s+)?(?:{alternation(DURATION_AFTER)})\b"
    # "efter 2.14 i första perioden", "på 4.32 i andra perioden", "2.14 av övertiden", "3.47 in i sudden death": the
    # game clock (GAME_PARTS)
    rf"|\s+(?:in\s+i|i|av)\s+(?:(?:första|andra|tredje|fjärde|femte|den|sista|[1-5]:[ae])\s+)?(?:{alternation(GAME_PARTS)})\b(?!\s+av\b))"  # ("förlängningen av linjen": no match's)
)


# "42:15 min.", "3:45 min lång": minutes and seconds with a colon before the unit of minutes, a length of time.
_MINUTES_UNIT = re.compile(r"(?<![\w.,:+])(?P<m>\d{1,3}):(?P<s>[0-5]\d)\s?min(?:\.|\b)")


def _minutes_unit(m: re.Match[str]) -> str | None:
    if [w.strip(".") for w in prev_words(m)] in (["kl"], ["klockan"]):
        return None  # "kl. 19:30 min …": a clock time, "min" a pronoun
    return gap_said(int(m.group("m")), int(m.group("s"))) + keep_stop(m, m.group(0).endswith("."))


# "två mål inom loppet av 1.45": minutes and seconds after "inom/under loppet av", a span of time, never the clock.
_WITHIN = re.compile(r"(?:(?<=\binom loppet av )|(?<=\bunder loppet av ))(?P<m>\d{1,2})[.:](?P<s>[0-5]\d)(?![\d]|[.,:]\d)")
# "kvitteringen kom efter 57.36", "sudden death avgjordes redan efter 1.12": the game clock after "efter" in a sentence
# about a match's goals or extra time (session 58, normalize365: a date, "första december", and a bare pair of numbers).
_AFTER_CLOCK = re.compile(r"(?<=\befter )(?P<m>\d{1,2})[.:](?P<s>[0-5]\d)(?![\d]|[.,:]\d)")
_MATCH_CLOCK_WORDS = re.compile(r"\b(?:kvitter\w*|sudden|förlängning\w*|övertid\w*|period\w*|avgjordes|avgjorde"
                                r"|ledningsmål\w*|segermål\w*|powerplay|boxplay"
                                r"|rond\w*|på fall|knockout|[Tt]?KO|RSC|submission"  # a fight's end (session 61)
                                # a goal's verb and the score it made ("gjorde 1–0 redan efter 0.43", session 62)
                                r"|(?:gjorde|satte|nickade|sköt|kvitterade|reducerade|utökade|fastställde)"
                                r" (?:\d{1,2}[–-]\d{1,2}|[a-zåäö]+ mot [a-zåäö]+))\b")
_INTO = re.compile(r"\s+in\s+i\b")
"""The game clock "in i" a part of the match, as the pattern above spells it."""
_DURATION_WORDS = ("lång", "tid", *GAME_PARTS)
"""What the pattern needs after the time: "lång" and "-tid" (DURATION_AFTER), or a part of a match."""


def durations(text: str, trace: Trace | None = None) -> str:
    """Minutes and seconds before a word of length or of time played (DURATION_AFTER) are a length of time,
    said in full: "låten är 3:45 lång" -> "tre minuter och fyrtiofem sekunder lång", "12.07 i istid"; so is the
    game clock before a part of the match (GAME_PARTS): "efter 2.14 i första perioden", "2.14 av övertiden", "3.47 in
    i sudden death" (session 27), the part's ordinal written in digits too ("19.43 in i 3:e perioden", session 49). Minutes and seconds with a colon before the unit of minutes are a length of time
    whatever follows ("42:15 min." -> "fyrtiotvå minuter och femton sekunder", session 48: the unit was read again,
    "min." as "minst"). So are minutes and seconds after "inom loppet av" or "under loppet av" ("två mål inom loppet av
    1.45" -> "en minut och fyrtiofem sekunder"; session 49, normalize176: it was "ett och fyrtiofem"), and after
    "efter" in a sentence about a match's goals or extra time ("sudden death avgjordes efter 1.12", session 58), or
    about a fight's end ("på TKO efter 2.14 i andra ronden", "på fall efter 1.48", session 61); a lead before
    "marginal" ("med 3.12 marginal": "tre minuter och tolv sekunders marginal") and a fight's clock in brackets after
    "ronden" ("i 3:e ronden (1.47)"), session 62.

    Risk: a clock time right before "lång" or "istid" is read so (not after "kl"); a film's "1:52 lång" (hours
    and minutes) is read as minutes and seconds; a clock time after "efter" in a sentence with a word of equalizing
    or extra time ("kvitteringen kom efter 19.30 i kväll") is read as a game clock."""
    if ":" in text and "min" in text:
        text = sub(_MINUTES_UNIT, _minutes_unit, text, trace, "race time")
    if "loppet av" in text:
        text = sub(_WITHIN, lambda m: gap_said(int(m.group("m")), int(m.group("s"))), text, trace, "race time")
    if "efter " in text and _MATCH_CLOCK_WORDS.search(text):
        text = sub(_AFTER_CLOCK, lambda m: gap_said(int(m.group("m")), int(m.group("s"))) or None, text, trace, "race time")
    if "marginal" in text or "ronden (" in text:  # "med 3.12 marginal", "i 3:e ronden (1.47)" (session 62)
        text = sub(_MARGIN_OR_ROUND, lambda m: gap_said(int(m.group("m") or m.group("m2") or m.group("m3")), int(m.group(
            "s") or m.group("s2") or m.group("s3"))) + ("s" if m.group("m2") else ""), text, trace, "race time")
    if not any(w in text for w in _DURATION_WORDS):  # a cheap test before the pattern
        return text
    return sub(_DURATION_BEFORE, _duration, text, trace, "race time")


# A lead in minutes and seconds before "marginal" (its genitive: "tre minuter och tolv sekunders marginal"), or after
# "marginalen" ("med segermarginalen 1:45", session 63), a fight's clock in brackets after its round ("i 3:e ronden (1.47)").
_MARGIN_OR_ROUND = re.compile(r"(?<=ronden \()(?P<m>\d{1,2})[.:](?P<s>[0-5]\d)(?=\))|(?<=marginalen )(?P<m3>\d{1,2})[.:](?P<s3>"
                              r"[0-5]\d)(?![\d,:]|\.\d)|(?<![\d.,:])(?P<m2>\d{1,2})[.:](?P<s2>[0-5]\d)(?= marginal\b)")


def _duration(m: re.Match[str]) -> str | None:
    if [w.strip(".") for w in prev_words(m)] in (["kl"], ["klockan"]):
        return None  # "kl. 9.30 lång" is no length
    if int(m.group("m")) >= 20 and _INTO.match(m.string, m.end()):
        return None  # "mål 59.12 in i tredje perioden": the match's running clock, past any period's 20 minutes
    return gap_said(int(m.group("m")), int(m.group("s"))) or None


# "1.12 efter segraren": minutes and seconds behind the winner.
_RACE_GAP = re.compile(
    rf"(?P<m>\d(?<![\w.,:]\d)\d?)[.:](?P<s>[0-5]\d)(?=\s+(?:(?:efter|bakom)\s+(?:{alternation(GAP_BEHIND)})"
    rf"|(?:före|upp\s+till)\s+(?:{alternation(GAP_AHEAD | GAP_BEHIND)})|till\s+godo)\b)"  # "har 1.12 till godo" (s53)
    # "0.35 före Heidi Weng": no clock is said with a zero hour before a name
    r"|(?<![\w.,:])(?P<m0>0)[.:](?P<s0>[0-5]\d)(?=\s+(?:före|efter|bakom)\s+[A-ZÅÄÖ])"
)


def _race_gap(m: re.Match[str]) -> str | None:
    if [w.strip(".") for w in prev_words(m)] in (["kl"], ["klockan"]):
        return None
    zero = "m0" in m.groupdict() and m.group("m0") is not None
    mi, se = (0, int(m.group("s0"))) if zero else (int(m.group("m")), int(m.group("s")))
    return gap_said(mi, se)


def gap_said(minutes: int, seconds: int) -> str:
    """A gap in a race said in full: "en minut och tolv sekunder", "fyrtiofem sekunder" ("" for none)."""
    said = _unit_count(minutes, "minut", "minuter") if minutes else ""
    if seconds:
        said += (" och " if said else "") + _unit_count(seconds, "sekund", "sekunder")
    return said


# "10 km K", "30 km F": the style of a ski race after its distance.
# "Sprint (F), damer", "10 km (K)": a ski race's style in brackets after the race, in a line about skiing.
_SKI_STYLE_BRACKETS = re.compile(r"(?<=[\wåäö]) \((?P<s>[KF])\)(?=[,:.;]|\s[a-zåäö]|$)(?=.*?(?i:sprint|skiathlon|längd|skid|stafett|start|km|\d))")
_BRACKET_STYLES = {"F": "fristil", "K": "klassiskt"}
_SKI_STYLE = re.compile(rf"(?<=\d km )(?P<s>{alternation(SKI_STYLES)})(?=[\s:,;)]|\.\s|\.?$)")


def race_times(text: str, trace: Trace | None = None) -> str:
    """Race times: "1.52,40" -> "en femtiotvå komma fyrtio" (minutes,
    seconds, hundredths); a trotting kilometre time, with its start letter
    ("1.13,5a": a auto, v volt, g galopp), a trotting word
    shortly before ("km-tid 1.11,8", TROT_CONTEXT) or any time in tenths
    ("1.12,4"; a gap before "efter", "bakom", "före" in full), in the counting form, the letters in full after it
    (TROT_SUFFIXES): "ett tretton komma fem auto", "... auto galopp" (no comma since session 54: the
    writers write none), and the race's distance after a slash ("1.13,8a/2 140 m" -> "... auto över
    tvåtusenetthundrafyrtio meter"; it was split, "två hundrafyrtio"); "3:52:07" -> "tre timmar femtiotvå minuter och sju
    sekunder", "på tiden 32:18" -> "trettiotvå minuter och arton sekunder" (class "race time"; session 37:
    :func:`_minutes_seconds`); hours, minutes and seconds with dots in full, as with colons and as the
    blind writers read them: "1.24.12" -> "en timme tjugofyra minuter och
    tolv sekunder", "1.08.43" (minutes above twelve, or a race word, a
    race's name or a kind of time before it: "halvmaran på 1.08.43",
    "vinnartiden blev 1.05.07").

    A plus before minutes and seconds is a gap, said "plus": "+1.12,4" ->
    "plus ett tolv komma fyra", "+0.45" -> "plus fyrtiofem sekunder" (risk:
    a temperature written "+12.30" with two decimals and a period is read so).

    Minutes and seconds before "efter" and the one they are behind
    (GAP_BEHIND: "segraren", "täten"; GAP_AHEAD after "före": "tvåan") are a gap, said in full: "1.12 efter
    segraren" -> "en minut och tolv sekunder efter segraren" (it was
    "ett och tolv", a clock time); so before "till godo" (a lead: "har 1.12 till godo"), after "bakom", and a zero hour before
    "före", "efter" or "bakom" and a name ("var 0.35 före Heidi Weng" ->
    "trettiofem sekunder före"), never after "kl".

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
    word ("hästen" in the same sentence) is said "ett" rather than "en"; "h:mm:ss" is a duration unless
    "kl" (left to the clock rule) or "i mål" comes before (CLOCK_SECONDS_BEFORE: "kom i mål 11:47:12" -> "elva fyrtiosju och tolv",
    the clock's time of day); "mm:ss" only with a race word (RACE_CONTEXT) shortly before or
    minutes of 24 and more (no clock has them), else it stays a clock time;
    a placing noun shortly before it ("tvåa Per Ek 15:58", after the
    placings rule) makes it a race time; kronor or a unit price after it
    ("62:40/kg", "129:50 kr") make it a price, left to the price rule.
    "1:32,415" (a colon and decimals: no
    clock) is a lap time: "en trettiotvå komma fyra ett fem".
    """
    if "+" in text:  # "+1.12,4", "+0.45": a gap behind the winner, its plus said
        text = sub(_PLUS_GAP, lambda m: "plus ", text, trace, "race time")
        text = sub(_PLUS_GAP_MS, lambda m: "plus " + (_race_gap(m) or ""), text, trace, "race time")
    # each pattern only when its separators are in the line
    if " km " in text:
        text = sub(_SKI_STYLE, lambda m: SKI_STYLES[m.group("s")], text, trace, "race")
    if "(F)" in text or "(K)" in text:  # "Sprint (F), damer": the style in brackets after the race
        text = sub(_SKI_STYLE_BRACKETS, lambda m: ", " + _BRACKET_STYLES[m.group("s")], text, trace, "race")
    if "," in text and "." in text and _HUNDREDTHS_HINT.search(text):
        text = sub(_RACE_MS_HUNDREDTHS, _race_ms_hundredths, text, trace, "race time")
    if "efter" in text or "före" in text or "bakom" in text or "godo" in text or "upp till" in text:  # "1.12 efter segraren"
        text = sub(_RACE_GAP, _race_gap, text, trace, "race time")
    if " min" in text:  # "1.34 min": a minute and thirty-four seconds
        text = sub(_MS_BEFORE_MIN, _ms_before_min, text, trace, "race time")
    if "." in text and _DOT_DIGITS.search(text):
        text = sub(_RACE_HMS_DOTS, _race_hms_dots, text, trace, "race time")
    if "." in text and ("på " in text or _TIME_NOUN_HINT.search(text) or _PLACING_HINT_WORD.search(text)):
        text = sub(_RACE_MS_DOT, _race_ms_dot, text, trace, "race time")
    if ":" in text:
        if "," in text and "." in text:  # "2:14.33,4" -> "två timmar fjorton minuter och trettiotre komma fyra sekunder"
            text = sub(_RACE_H_COLON_MS, _race_hms_dots, text, trace, "race time")
        if _COLON_MS_HINT.search(text):
            text = _race_hms_or_clock(text, trace)
        if _COLON_FRACTION_HINT.search(text):  # ":32,4", ":48.23": a cheap test before the pattern
            text = sub(_RACE_MS_COLON_FRACTION, _race_ms_colon_fraction, text, trace, "race time")
        text = sub(_RACE_MS, _race_ms, text, trace, "race time") if _COLON_MS_HINT.search(text) else text
    return text


def _race_hms_or_clock(text: str, trace: Trace | None) -> str:
    """"2:14:33": a clock time with seconds in a line of a goal or a start ("i mål 14:02:33"), else a race time."""
    text = sub(_RACE_HMS, _clock_with_seconds, text, trace, "time") if " mål " in text or "start" in text else text
    return sub(_RACE_HMS, _race_hms, text, trace, "race time")
