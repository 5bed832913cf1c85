"""Listings read as whole expressions: clock times in a list ("visas 18.00
och 21.15", "avgår 07.30 och 17.45", "kl. 8.10, 12.40 och 16.20"), before
``calendar.clock_times`` reads each time on its own; a TV listing's labels
written short before their numbers ("säs. 11, avsn. 6"); prices of one
entry for different visitors ("Entré 70/40 kr"); a fixture's two teams
before its starting time ("AIK–Djurgården 15.00").
"""

from __future__ import annotations

import math
import re

from ...calendar_sv import WEEKDAYS
from ..data.listing_words import FIXTURE_CLUB_MARKS, FIXTURE_STEMS, LIST_JOINERS, LISTING_LABELS
from ..data.nouns import NOT_NOUN
from ..numbers import cardinal
from ..report import Trace
from .calendar import say_time
from .machinery import alternation, prev_words, say_score, sub

_KL = r"(?P<kl>\b[Kk]l\.?\s*|\b[Kk]lockan\s+)?"
_TIME = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
_JOIN = rf"(?:,\s|\s(?:{alternation(LIST_JOINERS)})\s)"
_END = r"(?![\w]|[.:,]\d|\s?[–-]\s?\d|:[ae]\b)"  # (not an ordinal's number: "kl. 9.30 och 2:a åket", session 60)
_CLOCK_LIST = re.compile(rf"(?<![\w.,:/–-]){_KL}(?P<times>{_TIME}(?:{_JOIN}{_TIME}{_END})+){_END}")
# After "kl." an item may be a whole hour without minutes ("kl. 18 och 20.30").
_HOUR_OR_TIME = r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?"
_KL_LIST = re.compile(
    rf"(?P<kl>\b[Kk]l\.?\s*|\b[Kk]lockan\s+)(?P<times>{_HOUR_OR_TIME}(?:{_JOIN}{_HOUR_OR_TIME}{_END})+){_END}"
)
_LIST_HINT = re.compile(rf"[.:][0-5]\d\s(?:{alternation(LIST_JOINERS)})\s")
_COMMA_HINT = re.compile(r"[.:][0-5]\d,\s\d{1,2}[.:][0-5]\d")
_LIST_HINT_KL = re.compile(rf"(?:{alternation(LIST_JOINERS)})\s\d{{1,2}}[.:][0-5]\d")  # a cheap test before the pattern
_ONE_TIME = re.compile(r"(?<![\d.:])(?P<h>\d{1,2})(?:[.:](?P<m>\d\d))?(?!\d)")
_WEEKDAY_FORMS = frozenset(WEEKDAYS) | frozenset(w + "ar" for w in WEEKDAYS)


_BETWEEN_BEFORE = re.compile(r"\b[Mm]ellan\s(?:kl\.?\s|klockan\s)?$")


def _clock_list(m: re.Match[str]) -> str | None:
    body = m.group("times")
    items = list(_ONE_TIME.finditer(body))
    if items[-1].group("m") is None:
        nxt = re.match(r"\s+([a-zåäö]+)", m.string[m.end():])
        if nxt and nxt.group(1) not in NOT_NOUN:
            return None  # "kl. 02.17 och 12 personer": the last number counts a noun
    times = [(int(t.group("h")), int(t.group("m") or 0)) for t in items]
    if all(mi == 0 for _, mi in times):
        return None  # whole hours only: "tio och fjorton" is clear
    said: list[str] = []
    pos = 0
    # each time keeps its own "och" ("08.15, 10.45 och 16.30": "åtta och femton, tio och fyrtiofem och sexton och
    # trettio"; the writers' own readings, session 64: 14 such lists only so, 3 only compact), unless one has minutes
    # under ten ("noll fem": all compact, as ``calendar.clock_times`` says such times alike) or the pair is a span after
    # "mellan" ("mellan 22.00 och 04.30": "tjugotvå och fyra trettio")
    between = _BETWEEN_BEFORE.search(m.string, max(0, m.start() - 10), m.start()) is not None
    compact = between or any(0 < mi < 10 for _, mi in times)
    for t, (h, mi) in zip(_ONE_TIME.finditer(body), times, strict=True):
        said.append(body[pos : t.start()])
        said.append(say_time(h, mi, compact=compact))
        pos = t.end()
    out = "".join(said) + body[pos:]
    kl = m.group("kl")
    if kl:
        out = ("Klockan " if kl[0] == "K" else "klockan ") + out
    else:
        before = prev_words(m)
        if before and before[-1].rstrip(",") in _WEEKDAY_FORMS and times[0][1] == 0:
            out = "klockan " + out  # "sön 10.00 och 18.30": a whole hour after a weekday, as ``clock_times``
    return out


def clock_lists(text: str, trace: Trace | None = None) -> str:
    """Two or more clock times joined by commas, "och" or "eller" each keep their own "och": "avgår 08.15, 10.45 och
    16.30" -> "åtta och femton, tio och fyrtiofem och sexton och trettio", "visas 18.00 och 21.15" -> "arton och
    tjugoett och femton" (class "time"; session 64: the writers' own readings, 14 such lists only so, 3 only without
    the "och" inside each time, the convention of sessions 49 to 63). A list with a time of minutes under ten says
    all compact ("19.52 och 20.05": "nitton femtiotvå och tjugo noll fem"), and so does the end of a span after
    "mellan" ("mellan 22.00 och 04.30": "tjugotvå och fyra trettio").
    A "kl." before the list is "klockan", and after it an item may be a
    whole hour ("kl. 18 och 20.30" -> "klockan arton och tjugo och trettio"),
    but not a last one before a noun ("kl. 02.17 och 12 personer"); a
    whole hour first right after a weekday gets "klockan" as
    ``calendar.clock_times`` gives it.

    Whole hours alone ("10.00 och 14.00") are left to
    ``calendar.clock_times``; a time that opens or closes a range
    ("6.30–8.00 och 16–20") ends the list before it.

    Risk: decimals written with a period and joined by "och" ("2.50 och
    3.40") are read as times, as ``clock_times`` reads each alone.
    """
    kl = "kl" in text or "Kl" in text
    if not (_LIST_HINT.search(text) or ("," in text and _COMMA_HINT.search(text)) or (kl and _LIST_HINT_KL.search(text))):
        return text
    if kl:
        text = sub(_KL_LIST, _clock_list, text, trace, "time")
    return sub(_CLOCK_LIST, _clock_list, text, trace, "time")


_LABEL = re.compile(rf"(?<![\w.])(?P<l>(?i:{alternation(LISTING_LABELS)}))\.\s?(?=\d)")


_LABEL_HINT = re.compile(r"[sSnNpP]\.\s?\d")  # a label's last letter, its period and a number


def _label(m: re.Match[str]) -> str:
    word = LISTING_LABELS[m.group("l").lower()]
    return (word.capitalize() if m.group("l")[0].isupper() else word) + " "


_H = r"\d{1,2}(?![\d])(?:[.:][0-5]\d)?"
_PAIR = rf"{_H}\s?[–-]\s?{_H}"
# Spans or pairs joined by slashes: "skift 06–14/14–22", "öppet 9–12/13–18"; "6–4/3–6/7–5" (sets).
_SLASHED_PAIRS = re.compile(rf"(?<![\w.,:/–-])(?P<all>{_PAIR}(?:/{_PAIR}){{1,4}})(?![\w/]|[.,:]\d|[–-]\d)")
_SLASHED_PAIRS_HINT = re.compile(r"\d[–-]\d{1,2}(?:[.:]\d\d)?/\d")
_PAIR_SIDES = re.compile(rf"(?P<a>{_H})\s?[–-]\s?(?P<b>{_H})")


def _hour_span(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """A span of the day: rising, or over midnight from the evening ("22–06")."""
    return a < b or (a[0] >= 18 and b[0] <= 9)


def _slashed_pairs(m: re.Match[str]) -> str | None:
    pairs = []
    for p in _PAIR_SIDES.finditer(m.group("all")):
        sides = [_ONE_TIME.fullmatch(p.group(k)) for k in "ab"]
        pairs.append([(int(t.group("h")), int(t.group("m") or 0)) for t in sides if t])
    times = [t for pair in pairs for t in pair]
    minutes = any(mi for _, mi in times)
    if len(pairs) == 2 and all(_hour_span(a, b) for a, b in pairs) and all(h <= 24 for h, _ in times):
        said = [say_time(h, mi or None, compact=minutes) for h, mi in times]
        return f"{said[0]} till {said[1]} och {said[2]} till {said[3]}"
    if minutes:
        return None
    return ", ".join(f"{cardinal(a[0])} {cardinal(b[0])}" for a, b in pairs)


# Clock times joined by slashes: a film's shows "18:00/21:15", "13.00/15.00/17.00".
# Two decimals joined by a slash are two values (the second was read as a list, "femtiosex, tretton"; session 61).
_DECIMAL_PAIR = re.compile(r"(?<![\w,./])(?P<a>\d{1,3},\d{1,3})/(?P<b>\d{1,3},\d{1,3})(?![\w/]|[.,]\d)")
_SLASHED_TIMES = re.compile(rf"(?<![\w.,:/–-]){_TIME}(?:/{_TIME}){{1,4}}(?![\w/]|[.,:]\d)")


def _slashed_times(m: re.Match[str]) -> str:
    times = [(int(t.group("h")), int(t.group("m") or 0)) for t in _ONE_TIME.finditer(m.group(0))]
    minutes = any(mi for _, mi in times)
    said = [say_time(h, mi or None, compact=minutes) for h, mi in times]
    return f"{', '.join(said[:-1])} och {said[-1]}"


def slashed_pairs(text: str, trace: Trace | None = None) -> str:
    """Two spans joined by a slash are two shifts, two openings, two groups:
    "skift 06–14/14–22" -> "sex till fjorton och fjorton till tjugotvå" (it
    was "sex till fjorton fjorton –tjugotvå"), "barn 3–6/7–12 år" -> "tre till
    sex och sju till tolv år" (class "range"). Two decimals so joined are two values, "och": "(52,10/56,13)" (a
    slalom's two runs). Pairs so joined that do not
    both rise are a match's sets, said as a list of scores: "6–4/3–6/7–5" ->
    "sex fyra, tre sex, sju fem" (it was "sex–fjärde mars till sjätte
    juli–fem"). Clock times joined by slashes are a list of times: "Dune
    18:00/21:15" -> "arton och tjugoett femton" (the slash was dropped: "arton
    tjugoett femton"; class "time").

    Risk: two rising scores, "11–13/9–11" is one, are read as spans; a span
    over midnight ("22–06/06–14") is one only with hours to 24.
    """
    if "/" not in text:
        return text
    if "," in text:  # "(52,10/56,13)": two decimals, a slalom's two runs, "femtiotvå komma tio och femtiosex komma tretton"
        text = sub(_DECIMAL_PAIR, lambda m: f"{m.group('a')} och {m.group('b')}", text, trace, "cardinal")
    if ":" in text or "." in text:
        text = sub(_SLASHED_TIMES, _slashed_times, text, trace, "time")
    if not _SLASHED_PAIRS_HINT.search(text):
        return text
    return sub(_SLASHED_PAIRS, _slashed_pairs, text, trace, "range")


def listing_labels(text: str, trace: Trace | None = None) -> str:
    """A listing's labels written short, right before their number: "säs.
    11, avsn. 6" -> "säsong elva, avsnitt sex", "Avsn. 7" -> "Avsnitt sju",
    "ep. 150" -> "episod hundrafemtio" (LISTING_LABELS; class "label").

    Risk: only with a period and a number right after it; "avs." before a
    number is an episode (a sender, "avs.", has no number after it).
    """
    if "." not in text or not _LABEL_HINT.search(text):
        return text
    return sub(_LABEL, _label, text, trace, "label")


_PRICE = r"(?:\d{1,3}(?:\s\d{3})+|\d{1,5})"  # ("2 000/1 000/500 kr": thousands grouped, session 60)
_PRICES = re.compile(
    rf"(?<![\w,.:/])(?<![\w,.:/]\d\s)(?P<all>{_PRICE}(?:/{_PRICE}){{1,3}})\s?(?P<cur>kr\b|kronor\b|:-|SEK\b)"
)


def _prices(m: re.Match[str]) -> str:
    said = [cardinal(int(re.sub(r"\s", "", p)), "en") for p in m.group("all").split("/")]
    return f"{', '.join(said[:-1])} respektive {said[-1]} kronor"


# "5/10 km", "2,5/5/7,5 km", "100/200 m": the measures of a race's or a product's choices before the unit (session 66,
# normalize537: "5/10 km" was "fem tiondels kilometer", "10/5 km" a date); a proper fraction ("3/4 dl") is the part's.
_MEASURE_UNITS = "km mil m cm mm kg g hg ton l dl cl ml ha kvm m² m2 m³ kWh kW MW hk".split()
_MEASURE = r"\d{1,4}(?:,\d{1,2})?"
_MEASURES = re.compile(
    rf"(?<![\w,.:/])(?P<all>{_MEASURE}(?:/{_MEASURE}){{1,3}})\s?(?P<u>{alternation(_MEASURE_UNITS)})(?![\w²³]|/\w|\s?Hg)")  # (not "140/90 mm Hg")


def _measures(m: re.Match[str]) -> str | None:
    values = m.group("all").split("/")
    if len(values) == 2 and "," not in m.group("all"):
        a, b = int(values[0]), int(values[1])
        if 0 < a < b <= 16 and math.gcd(a, b) == 1:
            return None  # "3/4 dl": a part of one unit
    link = "respektive" if len(values) == 2 else "och"  # (the writers: "fem respektive tio", "två komma fem, fem och sju")
    return f"{', '.join(values[:-1])} {link} {values[-1]} {m.group('u')}"


# "från 21,74 till 22,09 kronor": the first of two prices in kronor and öre, the currency written after the second.
_PRICE_SPAN = re.compile(r"(?<![\w,.:])(?P<a>\d{1,4},\d\d)(?= till \d{1,4},\d\d\s?(?:kr|kronor)\b)")


def price_lists(text: str, trace: Trace | None = None) -> str:
    """Two to four prices joined by slashes before the currency are the
    prices of one entry for different visitors: "Entré 70/40 kr" ->
    "sjuttio respektive fyrtio kronor", "150/100/50 kr" -> "hundrafemtio,
    hundra respektive femtio kronor" (class "money").

    A span of two prices in kronor and öre with the currency written once, after the second ("från 21,74 till 22,09
    kronor per hundralapp"): the first is a price too, "tjugoen kronor och sjuttiofyra öre" (session 53,
    normalize223: it was "tjugoett komma sjuttiofyra till tjugotvå kronor och nio öre", two forms in one span).

    Risk: a date before "kr" ("12/6 kr") is read as two prices; a fraction
    of a crown is not written so; a first figure in another unit ("från 21,74 procent till 22,09 kronor") has its
    own word between and is left.
    """
    if " till " in text and "kr" in text:  # "från 21,74 till 22,09 kronor": both prices in kronor
        text = sub(_PRICE_SPAN, lambda m: m.group("a") + " kr", text, trace, "money")
    if "/" not in text:
        return text
    text = sub(_MEASURES, _measures, text, trace, "quantity")
    return sub(_PRICES, _prices, text, trace, "money")


_TEAM = r"[A-ZÅÄÖ][\wåäöÅÄÖé]*(?:\s[A-ZÅÄÖ][\wåäöÅÄÖé]*){0,2}"
_FIXTURE = re.compile(
    rf"(?<![\w-])(?P<a>{_TEAM})–(?P<b>{_TEAM})(?=\s(?:[Kk]l\.?\s?)?\d{{1,2}}(?:[.:][0-5]\d)?(?![\d–-]))"
)


# A fixture standing as its own sentence in a listing ("Champions League.
# Real Madrid–Liverpool. Från Bernabéu."): two names and a stop, no time.
_FIXTURE_ALONE = re.compile(
    rf"(?:(?<=[.:]\s)|^)(?P<a>{_TEAM})–(?P<b>{_TEAM})(?=\.(?:\s|$)|$)"
)

_TEAM_AFTER_DASH = re.compile(r"–[A-ZÅÄÖ]")  # the gate of both: the second team's capital right after the dash


def _fixture(m: re.Match[str]) -> str | None:
    names = m.group("a").split() + m.group("b").split()
    low = m.string.lower()
    if not (set(names) & FIXTURE_CLUB_MARKS or any(stem in low for stem in FIXTURE_STEMS)):
        return None  # "Tåg Stockholm–Göteborg 06.12": a route
    return say_score(m.group("a"), m.group("b"))


def fixtures(text: str, trace: Trace | None = None) -> str:
    """Two teams joined by a dash right before a clock time are a match
    and its start: "Allsvenskan i dag: AIK–Djurgården 15.00" ->
    "AIK mot Djurgården femton" (``sport``'s convention), "SHL i kväll: Luleå–Frölunda 19.00" (class
    "score"), when one name has a club's letters (FIXTURE_CLUB_MARKS) or
    the line names a league, a sport or a match (FIXTURE_STEMS).

    So are two names joined by a dash standing as a sentence of their own
    in such a line: "Fotboll: Champions League. Real Madrid–Liverpool." ->
    "Real Madrid–Liverpool".

    Risk: a route before a departure time in a line about sport is read as
    a match ("Bussen till matchen Umeå–Skellefteå 17.10"); a route in a
    line with none of those words stays ("Tåg Stockholm–Göteborg 06.12").
    """
    if "–" not in text or _TEAM_AFTER_DASH.search(text) is None:
        return text
    text = sub(_FIXTURE, _fixture, text, trace, "score")
    return sub(_FIXTURE_ALONE, _fixture, text, trace, "score")
