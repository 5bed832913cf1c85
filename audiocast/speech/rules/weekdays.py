"""Weekdays written short on their own ("fre 8–15", "senast fre.", "Mån:
Pasta") and weekdays that stand together: two coordinated weekdays agree in
number ("tis och tors 18–20" in a course: "tisdagar och torsdagar", not
"tisdag och torsdagar"). Called by ``calendar.dates``; split from
``calendar.py``.
"""

from __future__ import annotations

import re

from ...calendar_sv import MONTHS, WEEKDAYS
from ..data.calendar import (
    MONDAY_BEFORE,
    SHORT_DAY_BEFORE,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_LINKS,
    WEEKDAY_STATUS_WORDS,
    WEEKDAYS_ALONE,
    WEEKDAYS_ALONE_CAPITALISED,
    WEEKEND_NOT_AFTER,
    WEEKEND_SHORT,
)
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, keep_stop, sub, word_start
from .weeklists import week_list_days

_WEEKDAY_FIRST = "".join(sorted({w[0].lower() for w in list(WEEKDAYS) + list(WEEKDAY_ABBREVIATIONS)}))
_WD_ALL = alternation([w for w in WEEKDAY_ABBREVIATIONS if len(w) >= 3])
# A weekday already said ("onsdag", "onsdagar": an earlier rule read it with its date or hours).
_WD_SAID = alternation([*WEEKDAYS, *(w + "ar" for w in WEEKDAYS)])
_LINK = rf"(?:,|\s+(?:{alternation(WEEKDAY_LINKS)}))"

# A weekday abbreviation on its own: "fre 8–15", "senast fre.", "Mån: Pasta"; a short form
# that is also a word ("mån", "to") only before a colon, a time (after a comma too: "varannan mån., kl. 17", session
# 40), a number, a word of
# opening hours or another weekday ("mån och ons 17–19", "mån och onsdagar", "mån. resp. ons.").
_WEEKDAY_ALONE = re.compile(  # (the lookaheads first: a word of 2-5 letters opening as a weekday does)
    rf"(?=(?i:[{_WEEKDAY_FIRST}]))(?<![\w.:/@-])(?=\w{{2,5}}\b)(?:(?<!punkt )(?P<w>{alternation(WEEKDAYS_ALONE + WEEKDAYS_ALONE_CAPITALISED)})"
    rf"(?P<dot>\.)?(?![\w:/@-]|\.\w| punkt\b)"
    rf"|(?P<c>(?i:{_WD_ALL}|{alternation([w for w in WEEKDAY_ABBREVIATIONS if len(w) == 2])}))\.?"
    rf"(?=\s*:\s|\s*:$|\s+(?:kl\b|klockan\b|\d|{alternation(WEEKDAY_STATUS_WORDS)}\b)|(?<!viss mån)(?<!den mån),\s+(?:kl\b|klockan\b)"
    rf"|,?\s+(?:och\s+|o\.\s+|&\s+|resp\.?\s+|respektive\s+)?(?i:{_WD_ALL})\b|(?<!viss mån)(?<!den mån)(?:,|\s+och|\s+o|\s+&)\s+(?i:{_WD_SAID})\b))"
)
# Its gate, on the line in small letters: one of its short forms as a whole word (both its branches want one;
# "İ" lowers to two characters and "ſ" stays, yet the pattern's (?i) reads them as "i" and "s": such a line runs it).
_ALONE_HINT = re.compile(word_start(sorted({w.lower() for w in [*WEEKDAYS_ALONE, *WEEKDAY_ABBREVIATIONS]}), r"\w.:/@-") + r"\b")

# "fr.o.m. mån.", "t.o.m. tors": a bound's day, the weekday even where the short form is also a word ("mån" -
# "mån om") or ends the sentence; "natt mot mån" too, and the bound opening a sentence ("Fr.o.m. mån stängs ...").
_WEEKDAY_AFTER_BOUND = re.compile(
    rf"(?:(?<=och med )|(?<=fr\.o\.m\. )|(?<=t\.o\.m\. )|(?<=fr\.o\.m )|(?<=t\.o\.m )|(?<=Fr\.o\.m\. )|(?<=T\.o\.m\. )|(?<=Fr\.o\.m )|(?<=T\.o\.m )|(?<=natt mot )|(?<=Natt mot )|(?<=natten mot )|(?<=Natten mot ))"
    rf"(?P<w>{_WD_ALL})(?P<dot>\.)?(?![\w:/@-]|\.\w)"
)

# "mån" ("månad", "mån om") is Monday when the next item of a comma list opens
# with another weekday: "Skolmaten: mån fiskgratäng, tis köttbullar".
_MONDAY_IN_LIST = re.compile(
    r"(?<![\w.])(?P<w>[Mm]ån)\.?(?! om\b)(?= [^,.;:\d]{1,40}, (?i:tis|ons|tors|fre|lör|sön|tisdag|onsdag|torsdag|fredag)\b)"
)

# "provtagning igen mån.", "tis eller mån": "mån" after a word of when or a weekday and a link.
_MONDAY_AFTER = re.compile(  # ("mån" first, the words before it looked back at from its end: a fast scan)
    r"(?P<w>mån)(?:" + "|".join(f"(?<=\\b{w} mån)" for w in MONDAY_BEFORE + tuple(w.capitalize() for w in MONDAY_BEFORE))
    + "|" + "|".join(f"(?<={d} {link} mån)" for d in WEEKDAYS for link in ("och", "eller")) + ")"
    r"(?P<dot>\.)?(?![\w:/@-]|\.\w| om\b| av\b)"
)
# A weekday said in the singular before one said in the plural with its hours ("tisdag och
# torsdagar 18–20", "måndag, onsdagar kl. 17"): both are every such day.
_SINGULAR_BEFORE_PLURAL = re.compile(
    rf"(?<![\w])(?P<a>(?i:{alternation(list(WEEKDAYS))}))(?=(?:{_LINK}\s*(?i:{alternation(list(WEEKDAYS))}))*"
    rf"{_LINK}\s*(?i:{alternation(list(WEEKDAYS))})ar\s+(?:kl\b|klockan\b|\d))(?!ar)"
)

# "på må.", "stängt på sö": a two-letter day after a word of when, ending its clause (a stop, a comma, the end).
_SHORT_DAY_AFTER = re.compile(
    rf"(?<![\w.])(?P<p>(?i:{alternation(SHORT_DAY_BEFORE)})\s)(?P<w>(?:må|ti|on|to|fr|lö|sö))(?P<dot>\.)?(?=\s*$|[,;)]|\.?\s+[A-ZÅÄÖ])"
)
# "Motionssim må, on, fr 06.30–08.00": two-letter days listed by commas or "och", each the day (session 47,
# normalize169: "må" and "on" were left; a list of two such days or more is no verb's or English word's).
_SHORT_DAY = r"(?:[mM]å|[tT]i|[oO]n|[tT]o|[fF]r|[lL]ö|[sS]ö)"
_SHORT_DAY_LIST = re.compile(rf"(?<![\w.]){_SHORT_DAY}(?:(?:\s*,\s*|\s+(?:och|&)\s+){_SHORT_DAY})+(?![\w:/@-]|\.\w)")
_SHORT_DAY_WORD = re.compile(_SHORT_DAY + r"\b")
# "Lö −5/−14, sö −2/−9", "lö sol, sö regn": the weekend's short forms, no word but the day.
_WEEKEND = re.compile(
    rf"(?<![\w.:/@-])(?<!{')(?<!'.join(w + ' ' for v in WEEKEND_NOT_AFTER for w in (v, v.capitalize()))})(?P<w>{alternation(WEEKEND_SHORT)})(?P<dot>\.)?"
    r"(?=\s+[\w−+–-]|\s*[,;:]|\s*$)(?!\s+[–-]\s|\s+om\b)"
)


def weekday_name(word: str) -> str:
    """ "tis", "Tisd.", "tisdag" -> "tisdag". A letter the patterns' case-insensitive matching takes for another
    ("İ" for "i", "ſ" for "s") is folded the same way; a word still unknown is left as written."""
    w = word.casefold().replace("\u0307", "").rstrip(".")
    if w in WEEKDAYS:
        return w
    return WEEKDAYS[WEEKDAY_ABBREVIATIONS[w]] if w in WEEKDAY_ABBREVIATIONS else word


# "lör 06–sön 18": a span from one day's hour to another's, the hours written bare (a zero first, or minutes).
_DAY_HOUR = rf"(?P<{{d}}>(?i:{alternation(list(WEEKDAYS))}|{_WD_ALL}))\.?\s+(?P<{{h}}>[01]\d|2[0-3]|\d)(?P<{{m}}>[.:][0-5]\d)?"
_DAY_HOUR_SPAN = re.compile(r"(?<![\w.])" + _DAY_HOUR.format(d="d1", h="h1", m="m1") + r"\s?[–-]\s?"
                            + _DAY_HOUR.format(d="d2", h="h2", m="m2") + rf"(?![\w/:]|[.,]\d|\s+(?i:{alternation(list(MONTHS))}))")


def _day_hour_span(m: re.Match[str]) -> str | None:
    """ "lör 06–sön 18" -> "lördag klockan sex till söndag klockan arton" (session 47, normalize169: "noll sex–söndag
    arton"); only with an hour written with its zero or its minutes (a month's days are not: "fre 13–sön 15"), or
    with numbers a month's days could not be, the days apart not the numbers apart ("fre 16–mån 8", session 61)."""
    if not any(h.startswith("0") for h in (m.group("h1"), m.group("h2"))) and not (m.group("m1") or m.group("m2")) and (
            (int(m.group("h2")) - int(m.group("h1"))) % 7 == _days_apart(m.group("d1"), m.group("d2"))):
        return None

    def at(d: str, h: str, mins: str | None) -> str:
        said = cardinal(int(h)) + (f" och {cardinal(int(mins[1:]))}" if mins and mins[1:] != "00" else "")
        return f"{day_as_written(d)} klockan {said}"
    return at(m.group("d1"), m.group("h1"), m.group("m1")) + " till " + at(m.group("d2"), m.group("h2"), m.group("m2"))


def _days_apart(a: str, b: str) -> int:
    """How many days from one weekday to the next named ("fre", "mån": three)."""
    return (WEEKDAYS.index(weekday_name(b).lower()) - WEEKDAYS.index(weekday_name(a).lower())) % 7


def weekday_hour_spans(text: str, trace: Trace | None = None) -> str:
    """A span from one weekday's hour to another's, "lör 06–sön 18" -> "lördag klockan sex till söndag klockan arton"
    (class "time"; :func:`_day_hour_span`), before the dates and clock times read either half alone.

    Risk: two days of a month written with a zero after weekdays, no month after them ("fre 06–sön 08" meaning the
    sixth to the eighth), are read as hours."""
    if "–" not in text and "-" not in text:
        return text
    return sub(_DAY_HOUR_SPAN, _day_hour_span, text, trace, "time")


def day_as_written(word: str) -> str:
    """A weekday's name ("tis", "Lör.") with the capital it was written with: "tisdag", "Lördag"."""
    day = weekday_name(word)
    return day.capitalize() if word[0].isupper() else day


def _monday(m: re.Match[str]) -> str:
    return "Måndag" if m.group("w")[0] == "M" else "måndag"


# "1:a onsd. i månaden", "sista fre. varje månad": the weekday of a month's series, written short, said definite
# ("första onsdagen i månaden", session 51, normalize191); one written in full is left as written.
_MONTHLY_DAY = re.compile(
    rf"\b(?P<o>(?i:1:a|första|2:a|andra|3:e|tredje|4:e|fjärde|sista)) (?P<w>{_WD_ALL})\.?(?= (?:i |varje |i varje )månad)")
_COUNT_BEFORE = re.compile(r"\d\s?$")
# "första mån 1 kr", "Första mån. gratis": "mån" after an ordinal is the month, definite (session 61, normalize428: it was
# "måndag", or left); not before a clock time or another weekday ("första mån kl. 18", "första mån och tis").
_ORDINAL_MONTH = re.compile(
    r"\b(?P<o>(?i:första|andra|tredje|sista)) mån(?P<dot>\.)?(?![\w:]| ?(?:kl\b|\d{1,2}[.:]\d)"
    r"|,? (?:och|o|&|eller|resp\.?) (?i:tis|ons|tor|fre|lör|sön))")
# "kl. 10–12 mån & ons": another weekday linked after it, Monday after all.
_DAY_LINK_AFTER = re.compile(rf"\.?(?:,|\s+(?:och|o\.?|&|samt|eller))?\s*[–-]?\s*(?i:{_WD_ALL})\b")


def _weekday_alone(m: re.Match[str]) -> str | None:
    w = m.group("w") or m.group("c")
    if (w.lower() == "mån" and _COUNT_BEFORE.search(m.string, max(0, m.start() - 3), m.start())
            and not _DAY_LINK_AFTER.match(m.string, m.end())):
        return None  # "1 mån 149 kr", "3 mån": months counted, not Monday (the units say "månader")
    day = weekday_name(w)
    if w[0].isupper():
        day = day.capitalize()
    return day + keep_stop(m, bool(m.group("dot")))


# (?<![\w.])(?:[mM]å|ti|on|to|fr|[lLsS]ö)\b with the lookbehind after the first letter (a faster scan)
_SHORT_HINT = re.compile(word_start(["må", "Må", "ti", "on", "to", "fr", "lö", "Lö", "sö", "Sö"], r"\w.") + r"\b")


def weekdays_alone(text: str, trace: Trace | None = None) -> str:
    """Weekdays written short on their own and weekdays that agree with their
    neighbours (class "date"): "mån och ons 17–19" -> "måndag och onsdag"
    ("mån" before a link and a weekday already said is Monday, not "i viss
    mån"); "tis och tors 18–20" -> "tisdagar och torsdagar" once the day before its
    hours is read as every such day (``smallprint``): two coordinated weekdays
    agree in number (WEEKDAY_LINKS: "och", "o", "&", "eller", a comma).

    "mån" after a word of when (MONDAY_BEFORE) or after a weekday and "och"/"eller" is Monday
    even closing the sentence: "provtagning igen mån." -> "igen måndag." (it was left "mån").

    Two-letter days listed by commas or "och" are the days ("må, on, fr 06.30" -> "måndag, onsdag, fredag").
    A two-letter day after a word of when that ends its clause is the day ("sänder på må." ->
    "på måndag", SHORT_DAY_BEFORE); "lö" and "sö", no word at all, are the weekend's days wherever
    they stand alone ("Lö −5/−14, sö −2/−9"), but after a word of wind (WEEKEND_NOT_AFTER).

    "mån" after an ordinal is the month: "första mån 1 kr" -> "första månaden en krona" (not before a clock time or
    another weekday).

    A month's series' weekday written short after its ordinal is said definite, as a newsreader says it: "1:a
    onsd. i månaden" -> "första onsdagen i månaden" (session 51; a weekday written in full is left as written).

    Risk: "på to" in English quoted in a line ends its clause and is read "torsdag"; a
    single day before a plural one that is not coordinated with it
    ("på tisdag och torsdagar 18–20 är det stängt") is made plural too.
    """
    if "mån" in text or "Mån" in text:  # "första mån 1 kr": the first month of a subscription, not Monday
        text = sub(_ORDINAL_MONTH, lambda m: f"{m.group('o')} månaden" + keep_stop(m, bool(m.group("dot"))), text,
                   trace, "abbreviation")
    if "månad" in text:
        text = sub(_MONTHLY_DAY, lambda m: f"{m.group('o')} {weekday_name(m.group('w'))}en", text, trace, "date")
    if _SHORT_HINT.search(text):  # "må, on, fr 06.30": two-letter days listed
        text = sub(_SHORT_DAY_LIST, lambda m: _SHORT_DAY_WORD.sub(lambda d: day_as_written(d.group(0)), m.group(0)), text, trace, "date")
    if "mån" in text or "Mån" in text:  # "mån fiskgratäng, tis köttbullar": a week's list (not "från")
        text = sub(_MONDAY_IN_LIST, _monday, text, trace, "date")
    if "o.m" in text or "och med " in text or "tt mot " in text:  # one in each lookbehind below
        text = sub(_WEEKDAY_AFTER_BOUND, _weekday_alone, text, trace, "date")
    if _ALONE_HINT.search(text.lower()) or "\u0130" in text or "\u017f" in text:  # (İ and ſ: letters its (?i) takes for i, s)
        text = sub(_WEEKDAY_ALONE, _weekday_alone, text, trace, "date")
    if _SHORT_HINT.search(text):
        text = sub(_SHORT_DAY_AFTER, lambda m: m.group("p") + str(_weekday_alone(m)), text, trace, "date")
        text = sub(_WEEKEND, _weekday_alone, text, trace, "date")
    if "mån" in text:
        text = sub(_MONDAY_AFTER, lambda m: "måndag" + keep_stop(m, bool(m.group("dot"))), text, trace, "date")
    if "dagar " in text:
        text = sub(_SINGULAR_BEFORE_PLURAL, lambda m: m.group("a") + "ar", text, trace, "date")
    return week_list_days(text, trace)  # "Lör +14°. Mån +11°": "Mån" in a week's list (``weeklists``)
