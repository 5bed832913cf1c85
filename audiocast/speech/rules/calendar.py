"""The calendar: dates and weekdays (``dates``), clock times
(``clock_times``) and years (``years``).

The weekday and month names come from ``audiocast/calendar_sv.py``; the
written abbreviations and the words around dates and years from
``speech/data/calendar.py``. Decades ("90-talet") are number compounds
(``numerals.py``); a price "29:90" is money (``quantities.py``).
"""

from __future__ import annotations

import re

from ...calendar_sv import MONTHS, WEEKDAYS
from ..data.calendar import (
    DATE_BARE_AFTER,
    DATE_BEFORE,
    DECILITRE_NOUNS,
    FRACTION_BEFORE,
    FRACTION_MEASURE_NOUNS,
    GRADE_NOUNS,
    ISSUE_LABELS,
    MONTH_ABBREVIATIONS,
    MONTH_ABBREVIATIONS_ALONE,
    MONTH_ALONE_AFTER,
    RATING_BEFORE,
    RATING_SCALES,
    REVIEW_STEM,
    ROUTE_BEFORE,
    WEEKDAY_ABBREVIATIONS,
    YEAR_CONTEXT,
)
from ..data.nouns import COUNT_NOUNS, NOT_COUNT_VERBS, NOT_NOUN
from ..data.quantities import UNITS_OF_MEASURE
from ..data.session_words import SEASON_WORDS
from ..data.sport import FIELD_EVENTS, FIELD_VERBS
from ..numbers import cardinal, fraction_denominator, ordinal, year
from ..report import Trace
from .change_parts import changed_by_part
from .day_lists import day_in_list, day_lists, said_day_lists
from .daymonth import ISO_HINT, after_weekday, broadcast_time, clock_after_weekday, day_month_dotted, not_a_day
from .genders import is_bare_genitive
from .machinery import (
    alternation,
    has_digit,
    is_ett_noun,
    keep_stop,
    next_word,
    plural_adjective,
    point_part,
    prev_words,
    sub,
    word_start,
)
from .month_spans import MONTH_ABBR_RANGE, MONTH_RANGE, month_abbr_range, month_name, month_range
from .parts import (
    FRACTION_COMPOUND,
    FRACTION_FINE,
    FRACTION_UNIT,
    among_parts,
    article_written,
    common_part_before_noun,
    date_by_neighbours,
    dated_span_side,
    fraction_before_noun,
    fraction_compound,
    fraction_fine,
    fraction_unit,
    in_sum,
    out_of_series,
    part_after_date_word,
    part_said,
    shots_of,
    sub_slash,
    whole_named_before,
)
from .weekdays import day_as_written, weekdays_alone
from .weekdays import weekday_name as _weekday

# --- dates -------------------------------------------------------------------

_MONTH_WORD = alternation(list(MONTHS)) + "|" + "|".join(
    rf"{a}\.?" for a in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)
)
_WEEKDAY_ANY = alternation(
    list(WEEKDAYS) + [w.capitalize() for w in WEEKDAYS]
    + list(WEEKDAY_ABBREVIATIONS) + [w.capitalize() for w in WEEKDAY_ABBREVIATIONS]
)
_ISO_DATE = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
# "2021-03-01–2022-06-30": a dash between two ISO dates is a period, "till".
_ISO_DATE_RANGE = re.compile(
    r"(?<![\w-])(?P<a>\d{4}-\d{2}-\d{2})\s?[–-]\s?(?P<b>\d{4}-\d{2}-\d{2})(?![\w-])")
_WEEKDAY_FIRST = "".join(sorted({w[0].lower() for w in list(WEEKDAYS) + list(WEEKDAY_ABBREVIATIONS)}))
_DAY_MONTH = re.compile(  # (a match opens with a weekday or a day's digit: the lookahead tests that at once)
    rf"(?=[\d{_WEEKDAY_FIRST}])(?:(?<![\w/])(?P<wd>{_WEEKDAY_ANY})\.?,?\s+(?P<den>den\s+)?)?(?<![\w,.])(?P<d>\d{{1,2}})(?::[ae])?\.?"
    rf"(?:\s*[–-]\s*(?P<d2>\d{{1,2}})(?::[ae])?)?\s+(?P<mon>{_MONTH_WORD})(?![\w])"
    rf"(?:\s+(?P<y>1[0-9]\d\d|20\d\d)(?![\w,]|[.]\d))?",
    re.IGNORECASE,
)
# The first days of a coordinated date, "den 1 och 3 juni", "5, 6 och 7 maj": each day before the one the month
# follows is a date too ("resp" with or without its stop); ranges so listed: ``day_lists.py``.
_DAY_LIST = re.compile(
    rf"(?<![\w,.])(?P<d>\d{{1,2}})(?::[ae])?(?=(?:,\s*\d{{1,2}}(?::[ae])?)*\s+(?:och|eller|resp\.?|respektive|till)\s+"
    rf"(?:den\s+)?\d{{1,2}}(?::[ae])?\s+(?:{_MONTH_WORD})(?![\w]))",  # "från den 1 till den 15 augusti"
    re.IGNORECASE,
)
# A month abbreviation with its period and no day, after a preposition:
# "i slutet av aug.", "från okt. till dec.", or before a year: "jan. 2025".
_MONTH_ABBR_ALONE = re.compile(
    rf"(?P<pre>(?<![\w.])(?i:{alternation(MONTH_ALONE_AFTER)}) )?"
    rf"(?<![\w.])(?P<mon>{alternation(MONTH_ABBREVIATIONS_ALONE)})\.(?!\w)(?P<y>(?=\s(?:1[89]|20)\d\d\b))?"
)
_MONTH_ABBR_DOT = re.compile(rf"(?:{alternation(MONTH_ABBREVIATIONS_ALONE)})\.")
# "24–26/12": a range of days before one month, "tjugofjärde till tjugosjätte december".
_DAY_RANGE_SLASH = re.compile(r"(?<![\w/.,–-])(?P<a>\d{1,2})\s?[–-]\s?(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\w/]|[.,]\d|\s?[–-]\d)")
_SLASH_DATE = re.compile(
    rf"(?:(?<![\w/])(?P<wd>{_WEEKDAY_ANY})\.?,?\s+(?:den\s+)?)?(?<![\w/.,])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
    rf"(?:[-/](?P<y>\d{{4}}|\d{{2}}))?(?![\w/]|[.,]\d)"
)
# "fr. 18.30", "Fr. 3 mars", "fr. tis. till ons.": "från" before a time, a date or a weekday that "till" follows (a weekday in a range, "må–fr. 9–17", stays the weekday).
_FROM_SHORT = re.compile(rf"(?<![\w.–-])(?P<f>[Ff])r\.\s(?=\d|(?:{_WEEKDAY_ANY})\.?\s+till\b)")
# "nr 3/2025": an issue and its year.
_ISSUE = re.compile(rf"(?<![\w])(?P<l>{alternation(ISSUE_LABELS)})\s(?P<n>\d{{1,3}})/(?P<y>(?:19|20)\d\d)(?![\w/]|[.,]\d)")
_WEEKDAY_RANGE = re.compile(
    rf"(?P<a>{word_start(_WEEKDAY_ANY.split('|'))})\.?\s*[–-]\s*(?P<b>{_WEEKDAY_ANY})\.?(?![\w])"
)
# The words of a date phrase between the dash and the month ("juli–sön 14 juli", "– den första juni"), none of a
# clause ("19 juli – biljetter släpps 1/6": no span, session 58, normalize378).
_DATE_WORD = r"(?:den|ungefär|cirka|ca|omkring|\d{1,2}|[A-ZÅÄÖa-zåäö]+dag(?:en)?|[a-zåäö]+(?:de|te|dje|dra|sta|nde)|sön|mån|tis|ons|tors|fre|lör)"
# A dash after a month, before another date phrase: "maj–juni", "22/11–24/11" once said, "fre 12 juli–sön 14 juli" ("... juli till söndag den fjortonde juli").
_MONTH_DASH = re.compile(
    rf"(?P<mon>{word_start(list(MONTHS))})\s*[–-]\s*(?=(?:{_DATE_WORD}\s+){{0,3}}(?:{alternation(list(MONTHS))})\b)"
)
# "3.4.2025", "12.10.1950": day, month and year with periods.
_DOTTED_DATE = re.compile(
    r"(?<![\w.,:])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>1[89]\d\d|20\d\d)(?![\w]|[.,]\d)"
)
# "tisdag 4.3", "fre 14.3.": day and month after a weekday, no year.
_WEEKDAY_DOTTED = re.compile(
    rf"(?<![\w/])(?P<wd>{_WEEKDAY_ANY})\.?,?\s+(?:den\s+)?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?P<dot>\.(?!\d))?(?![\w]|[.,]\d)"
)
# "gäller från 1.4.", "senast 30.6.": day and month with both periods after a word of dates, no year.
_BOUND_DOTTED = re.compile(
    r"(?<![\w.])(?P<pre>(?i:från|fr\.o\.m\.|t\.o\.m\.|senast|före|efter|sedan|den)) "
    r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?![\w]|\d)"
)
_MONTH_STEMS = tuple(sorted({m[:3] for m in MONTHS} | set(MONTH_ABBREVIATIONS)))
_WEEKDAY_STEMS = tuple(sorted({w[:2] for w in WEEKDAYS} | {w[:2] for w in WEEKDAY_ABBREVIATIONS}))
_DIGIT_DOT_DIGIT = re.compile(r"\.(?<=\d\.)\d")  # (the dot first: a fast skip to the dots)
# Substring tests as one C-level search each (cheaper than a Python loop of "in").
_MONTH_STEM = re.compile(alternation(_MONTH_STEMS))
_WEEKDAY_STEM = re.compile(word_start(_WEEKDAY_STEMS))  # a stem opening a word (every pattern it gates wants one)


def _month_alone(m: re.Match[str]) -> str | None:
    if m.group("pre") is None and m.group("y") is None:
        return None
    return (m.group("pre") or "") + month_name(m.group("mon")) + keep_stop(m, m.group("y") is None)


# "bäst före 2026-03": a year and a month; "2002-03" (the next year's two digits) is a season; two joined by a dash a
# span ("tillverkad 2023-01–2023-09": session 65, normalize525).
_ISO_MONTH = re.compile(r"(?P<y>(?:1(?<![\w./–-]1)9|2(?<![\w./–-]2)0)\d\d)-(?P<m>0[1-9]|1[0-2])"
                        r"(?:\s?[–-]\s?(?P<y2>(?:19|20)\d\d)-(?P<m2>0[1-9]|1[0-2]))?(?![\w/]|[-–.,:]\d)")


def _iso_month(m: re.Match[str]) -> str | None:
    """ "bäst före 2026-03" -> "mars tvåtusentjugosex", "2023-01–2023-09" -> "januari ... till september ...". Risk: a
    season written so is a month unless its second part is the next year's ("2002-03")."""
    y, mo = int(m.group("y")), int(m.group("m"))
    if m.group("y2"):
        return f"{MONTHS[mo - 1]} {year(y)} till {MONTHS[int(m.group('m2')) - 1]} {year(int(m.group('y2')))}"
    return None if mo == (y + 1) % 100 else f"{MONTHS[mo - 1]} {year(y)}"


def _iso(m: re.Match[str]) -> str | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    den = "" if prev_words(m) == ["den"] else "den "
    return f"{den}{ordinal(d)} {MONTHS[mo - 1]} {year(y)}"


def _iso_range(m: re.Match[str]) -> str | None:
    """ "2021-03-01–2022-06-30" -> "den första mars ... till den trettionde juni
    ...": each date as an ISO date, the dash between them "till"."""
    a, b = _ISO_DATE.fullmatch(m.group("a")), _ISO_DATE.fullmatch(m.group("b"))
    sa, sb = (_iso(a) if a else None), (_iso(b) if b else None)
    if sa is None or sb is None:
        return None
    if prev_words(m) == ["den"]:
        sa = sa.removeprefix("den ")
    return f"{sa} till {sb}"


_DAY_BEFORE_CLOCK = re.compile(r"(?<=\bden )(?P<d>[1-9]|[12]\d|3[01])(?=,? (?:kl\.?|klockan) ?\d)")  # (session 52)
_MONTH_SPAN_AFTER = re.compile(rf"(?:\.?\s?[–-]\s?|\still\s)(?:{_MONTH_WORD})(?![\w])", re.IGNORECASE)  # (said by now)


def _day_month(m: re.Match[str]) -> str | None:
    d = int(m.group("d"))
    if not 1 <= d <= 31 or not_a_day(m) or m.group("d2") and _MONTH_SPAN_AFTER.match(m.string, m.end()):
        return None  # "sön 13–16 juni–aug": a day's hours over a season of months, no span of dates
    mon_word = m.group("mon")
    if mon_word[0].isupper() and mon_word.lower().rstrip(".") not in MONTHS and not m.group("wd"):
        return None  # "5 Jan" as a name: leave it
    month = month_name(mon_word)
    if month == "december" and not (m.group("d2") or m.group("wd") or m.group("y")) and next_word(m) in DECILITRE_NOUNS:
        return f"{cardinal(d, 'en')} deciliter"  # "3 dec. grädde": a recipe's measure (DECILITRE_NOUNS)
    p, before = prev_words(m)[-1:], m.string[:m.start()].rstrip()  # a lone date after a word ("öppnar den första juni"), not a range's part or one in brackets
    apart = m.group("d2") or before.endswith(("–", "-", "(", "/")) or re.match(r"\.?\s*[–-]", m.string[m.end():])
    out = ("" if m.group("wd") or apart or not p or p[0].lower().rstrip(".") in DATE_BARE_AFTER or p[0].endswith(
        "aste") else "den ") + ordinal(d)  # after a superlative none: "Varmaste 10 juni sedan …"
    if m.group("d2"):
        out += " till " + ordinal(int(m.group("d2")))
    out += " " + month
    if m.group("y"):
        out += " " + year(int(m.group("y")))
    if m.group("wd"):
        out = f"{day_as_written(m.group('wd'))} den {out}"
    dot = mon_word.endswith(".") and not m.group("y")
    return out + keep_stop(m, dot)


# "2/3 till barnfamiljer": "till" and a plural noun of people or groups (no day, month or number after it).
_SHARE_TO = re.compile(r"\s+till\s+(?![a-zåäö]*(?:jul|påsk|midsommar|nyår|sommar|höst|vår|vinter))[a-zåäö]{4,}(?:er|ar|or|na)\b")
# "hoppade 6.42 i längd": a jump's or a throw's metres and centimetres with a point, no clock (session 53).
_FIELD_AFTER = re.compile(rf"\s+i\s+(?:{alternation(FIELD_EVENTS)})\b")
_FIELD_BEFORE = re.compile(rf"\b(?:{alternation(FIELD_VERBS)})\s+$")


def _field_mark(m: re.Match[str]) -> bool:
    """ "hoppade 6.42 i längd", and another in brackets in the same line ("bakom estniskan (6.51)")."""
    bracketed = m.string[m.start() - 1 : m.start()] == "(" and m.string.startswith(")", m.end())
    return not m.group("h2") and (_FIELD_AFTER.match(m.string, m.end()) is not None
                                  or _FIELD_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None
                                  or bracketed and _FIELD_AFTER.search(m.string) is not None)


_ROUND_PARTS = frozenset({16, 20, 25, 32, 50, 64, 100, 1000})
_ARTICLES = ("en", "ett")  # "Födda: 3/5 en son": a date; no part is counted before an article


_MAX_MIN, _YEAR_LABEL = re.compile(r"(?i:\bmax\s?/\s?min\b)"), re.compile(r"\s+år\s+(?:1[89]|20)\d\d\b")
_MONTH_NAMED = {n: re.compile(rf"(?i:\b{MONTHS[n - 1]}\b)") for n in range(1, 13)}


def _slash(m: re.Match[str]) -> str | None:
    d, mo = int(m.group("d")), int(m.group("m"))
    before = prev_words(m)
    # (s56: "öka till 1/4 år 2040" a year's label, no noun measured; "Max/min …: Ljungby 24/11" two temperatures; "i juli
    # …; 4/7 spelar" the month named nearby, of months six to twelve, so that no share "1/3" is taken for a date)
    w = "" if _YEAR_LABEL.match(m.string, m.end()) else next_word(m)
    if not m.group("y") and _MAX_MIN.search(m.string, max(0, m.start() - 150), m.start()):
        return f"{cardinal(d)} och {cardinal(mo)}"
    if 1 <= d <= 31 and 6 <= mo <= 12 and not m.group("y") and not m.group("wd") and w != "av" and _MONTH_NAMED[mo].search(
            m.string, max(0, m.start() - 120), m.end() + 60):
        return f"{ordinal(d)} {MONTHS[mo - 1]}"
    if before[-1:] and before[-1] in SEASON_WORDS and mo == (d + 1) % 100 and len(m.group("d") + m.group("m")) == 4:
        return f"{point_part(m.group('d'))} {point_part(m.group('m'))}"  # "säsongen 24/25": a season's two years (s57)
    if dated_span_side(m, mo):  # "buss 23/9–6/10 p.g.a.": each side of a span of dates is a date
        return f"{ordinal(d)} {MONTHS[mo - 1]}" if 1 <= d <= 31 else None
    if not m.group("y") and not m.group("wd") and before and before[-1] in ROUTE_BEFORE and m.string[m.start() - 2] != ",":
        return f"{cardinal(d)} och {cardinal(mo)}"  # "väg 34/35": two roads on one stretch
    if not m.group("y") and not m.group("wd") and prev_words(m, 2) in (["spelad", "till"], ["spelades", "till"]):
        return f"{cardinal(d)} mot {cardinal(mo)}"  # "spelad till 7/2": a horse's odds, "sju mot två" (session 52)
    if (w == "av" and 0 < d < mo and (mo <= 10 or mo > 12) and not m.group("y") and not m.group("wd")
            and not (before and before[-1] in ("den", *WEEKDAYS))):  # ("22/30 av vinsten": thirtieths, s56)
        # "3/4 av pengarna", also after "och": a part, not the third of April
        return "hälften" if (d, mo) == (1, 2) else part_said(d, mo, before)  # "en 1/4 av": one "en"
    if not m.group("y") and not m.group("wd") and d <= mo and before[-1:] != ["den"] and (
            mo in RATING_SCALES and before[-1:] and before[-1].rstrip(":") in GRADE_NOUNS or shots_of(m)):
        return f"{cardinal(d)} av {cardinal(mo)}"  # "sköt 19/20": hits out of shots; "Betyg 4/5 för ...": a grade
    if (part := out_of_series(m, d, mo, before)) is not None:
        return part  # "vån 2/4", "avsnitt 3/10", "Mord i Midsomer (6/8)" in a listing, "(GD 3/5)"
    if (not m.group("y") and not m.group("wd") and mo in RATING_SCALES and d <= mo and _scale_before(m, mo)
            and any(b.rstrip(":") in GRADE_NOUNS for b in prev_words(m, 12, sentence=True))):
        return f"{cardinal(d)} av {cardinal(mo)}"  # "betyget 4/5 för maten men bara 2/5 för servicen" (s57)
    two = prev_words(m, 2)
    if (not m.group("y") and not m.group("wd") and 0 < d < mo <= 10 and not m.string.startswith("-", m.end())
            and (any(b in FRACTION_BEFORE for b in two) or changed_by_part(m)
                 or two[-1:] in (["en"], ["ett"]))):
        # "jämfört med 1/5", "priset sänks med 1/3", "varav 1/3", "en 1/4": a part
        if w in FRACTION_MEASURE_NOUNS:
            return article_written(fraction_before_noun(d, mo, w), two)  # "drygt 1/3 paket", "ett 1/2 år"
        return part_said(d, mo, two)  # "jämfört med 1/5": a part
    if not m.group("y") and not m.group("wd") and 0 < d < mo and in_sum(m):
        return f"{cardinal(d, 'en')} {fraction_denominator(mo, d > 1)}"  # "1/2 + 1/6 = 2/3": a sum's terms, in any part (s58)
    if not m.group("y") and not m.group("wd") and 0 < d < mo <= 10 and before[-1:] != ["den"] and among_parts(m):
        if (d, mo) == (1, 2) and w[:1].islower() and w not in NOT_NOUN and not whole_named_before(m):
            return article_written(fraction_before_noun(d, mo, w), before)  # "med 1/2 buljongtärning": "en halv"
        return part_said(d, mo, before) if w else f"{cardinal(d, 'en')} {fraction_denominator(mo, d > 1)}"  # "(1/3)"
    if (not m.group("y") and not m.group("wd") and mo in RATING_SCALES and 0 <= d <= mo and before[-1:] not in (["för"], ["inför"])
            and (not w or w in ("i", "och", "men", "stjärnor", "poäng") or w[0].isupper())
            and (any(b.rstrip(":") in RATING_BEFORE for b in prev_words(m, 7, sentence=True)) or REVIEW_STEM in m.string.lower() and m.string.count(f"/{mo}") > 1  # a review's grades
                 or w == "i" and next_word(m, 1) in ("betyg", "betyget"))):  # "4/5 i betyg" (session 59)
        return f"{cardinal(d)} av {cardinal(mo)}"  # "gav filmen 4/5": a rating
    if not m.group("y") and not m.group("wd") and (w == "av" or (w and w[0].islower() and d < mo and w not in NOT_NOUN and w not in _ARTICLES
                                           and not date_by_neighbours(w, prev_words(m, 3))
                                           and w not in ("kl", "klockan"))) and (
            not before or before[-1] not in DATE_BEFORE or part_after_date_word(m, d, mo, w, before[-1])):
        if mo == 0 or (mo > 12 and mo not in _ROUND_PARTS):
            return None  # "34/35 stängs": no one says thirty-fifths
        if w in FRACTION_MEASURE_NOUNS or (d, mo) == (1, 2) and w != "av" or (
                before and before[-1] == "och" and common_part_before_noun(d, mo, w)):
            return article_written(fraction_before_noun(d, mo, w), before)  # "1/4 kilo", "1/2 paket"
        return f"{cardinal(d, 'en')} {fraction_denominator(mo, d > 1)}"
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    if (w == "till" and 0 < d < mo <= 10 and not m.group("y") and not m.group("wd") and before[-1:] != ["den"]
            and _SHARE_TO.match(m.string, m.end()) and not (before and before[-1] in DATE_BEFORE)):
        return part_said(d, mo, before)  # "300 matkassar, 2/3 till barnfamiljer": a share given to a group (s53)
    out = f"{ordinal(d)} {MONTHS[mo - 1]}"
    if m.group("y"):
        y = m.group("y")
        out += " " + (year(int(y)) if len(y) == 4 else year(2000 + int(y)))
    if m.group("wd"):
        out = f"{day_as_written(m.group('wd'))} den {out}"
    return out


def _scale_before(m: re.Match[str], mo: int) -> bool:
    """A grade on the same scale earlier in the sentence ("betyget 4/5 för maten men bara 2/5 för servicen", s57)."""
    start = max(m.string.rfind(". ", 0, m.start()), m.start() - 80, 0)
    return re.search(rf"(?<![\w/.,])\d{{1,2}}/{mo}(?![\w/])", m.string[start:m.start()]) is not None


def _day_range_slash(m: re.Match[str]) -> str | None:
    a, d, mo = int(m.group("a")), int(m.group("d")), int(m.group("m"))
    if not (1 <= a < d <= 31 and 1 <= mo <= 12):
        return None
    return f"{ordinal(a)} till {ordinal(d)} {MONTHS[mo - 1]}"


# "14.2–30.3", "1.10.–15.11.", "28.11–6.1": two days and months with a dash between. A month is a single digit,
# closed by its period, or after a day above 23: a time's minutes are never so.
DOTTED_DATE_RANGE = re.compile(
    r"(?<![\w.,:])(?P<d>[0-3]?\d)\.(?:(?P<m>[1-9]|1[0-2])(?![\d.])|(?P<mp>0?[1-9]|1[0-2])\.)\s?[–-]\s?"
    r"(?P<d2>[0-3]?\d)\.(?:(?P<m2>[1-9]|1[0-2])(?![\d.])|(?P<mp2>0?[1-9]|1[0-2])\.)(?![\w]|[.,]\d)"
)


def dotted_range_said(m: re.Match[str]) -> str | None:
    """ "pågår 14.2–30.3" -> "fjortonde februari till trettionde mars": two
    days and months with periods and a dash are a range when they run
    forward (or over the new year) and no unit or percent follows (the
    decimal point rule leaves them); "3.5–4.2", "2.4–2.9 procent" stay
    decimals and "9.10–10.40" times. None when it is no range of dates."""
    d, d2 = int(m.group("d")), int(m.group("d2"))
    mo, mo2 = int(m.group("m") or m.group("mp")), int(m.group("m2") or m.group("mp2"))
    if not (1 <= d <= 31 and 1 <= d2 <= 31):
        return None
    if all(len(month or "") == 2 and day <= 23 for month, day in ((m.group("m"), d), (m.group("m2"), d2))):
        return None  # "9.10–10.11": two times; "28.11" or "3.9" at either end is a date
    if (mo2, d2) <= (mo, d) and not (mo >= 10 and mo2 <= 3):
        return None  # "3.5–4.2": a range of decimals; dates run forward (or over the new year)
    after = m.string[m.end():].lstrip()[:12].lower()
    if after.startswith(("%", "procent", "promille")) or next_word(m) in UNITS_OF_MEASURE:
        return None  # "3.4–3.8 procent", "1.2–1.5 m": decimals before their unit
    first = ordinal(d) if mo == mo2 else f"{ordinal(d)} {MONTHS[mo - 1]}"
    return f"{first} till {ordinal(d2)} {MONTHS[mo2 - 1]}" + keep_stop(m, m.group(0).endswith("."))


def _dotted(m: re.Match[str]) -> str | None:
    d, mo = int(m.group("d")), int(m.group("m"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    den = "" if prev_words(m) == ["den"] else "den "  # as an ISO date: "togs 14.03.2025" -> "togs den ..."
    return f"{den}{ordinal(d)} {MONTHS[mo - 1]} {year(int(m.group('y')))}"


def _weekday_dotted(m: re.Match[str]) -> str | None:
    d, mo = int(m.group("d")), int(m.group("m"))
    if not (1 <= d <= 31 and 1 <= mo <= 12) or broadcast_time(m) or clock_after_weekday(m):
        return None  # "P1 sänder lör 11.03", "Sön 22.10 Ödåkra:": a clock time
    return f"{day_as_written(m.group('wd'))} den {ordinal(d)} {MONTHS[mo - 1]}" + keep_stop(m, bool(m.group("dot")))  # "on 12.3. kl. 18"


# (_DIGIT_DOT_DIGIT, above: a cheap test before the patterns; it was defined here a second time until session 55)
_DIGIT_SLASH_DIGIT = re.compile(r"/(?<=\d/)\d")  # the same before the slash patterns of ``dates``
# A day before a month's name or short form (each begins with one of these stems): what _DAY_LIST and
# _DAY_MONTH need, "12 maj", "3:e mars", "1. jan", the end of "10–12 maj"; a cheap test before them.
_DAY_BEFORE_MONTH = re.compile(r"\d(?::[ae])?\.?\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)")


def weekday_dates(text: str, trace: Trace | None = None) -> str:
    """A weekday, written out or short, and a day and month with a period
    ("tisdag 4.3", "lö 15.3", "on 12.3.") are a date, read before the decimal
    rule takes "15.3" for "femton komma tre" (the Finland-Swedish two-letter
    weekdays "må ti on to fr lö sö" are no decimal labels): "lö 15.3" ->
    "lördag den femtonde mars" (class "date"). So is a day and month with
    both periods before a word ("hålls 12.3. kl. 18", "ordnas 14.11. i Åbo")
    or after "den" ("den 12.3").

    Risk: a two-letter word of WEEKDAY_ABBREVIATIONS before a decimal ("to
    4.3") is read as a weekday and a date; an English decimal ending a
    clause before a lowercase word ("steg 2.5. och") is read as a date.
    """
    if "." not in text or not _DIGIT_DOT_DIGIT.search(text):
        return text
    if _WEEKDAY_STEM.search(text.lower()):
        text = sub(_WEEKDAY_DOTTED, _weekday_dotted, text, trace, "date")
    return day_month_dotted(text, trace)


def _bound_dotted(m: re.Match[str]) -> str | None:
    """"från 1.4." -> "från den första april": day and month with both their
    periods after a word of dates. Risk: a decimal written with a period
    closing a sentence after such a word ("sedan 2.5.") is read as a date."""
    d, mo = int(m.group("d")), int(m.group("m"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    pre = m.group("pre")
    den = "" if pre.lower() == "den" else " den"
    return f"{pre}{den} {ordinal(d)} {MONTHS[mo - 1]}" + keep_stop(m, True)


def _issue(m: re.Match[str]) -> str:
    return f"{m.group('l')} {cardinal(int(m.group('n')))} {year(int(m.group('y')))}"  # "nr 3/2025"


def dates(text: str, trace: Trace | None = None) -> str:
    """Dates: "5 april" -> "femte april", "den 1 maj" -> "den första maj",
    "2024-05-25", "22/11", "3 jan.", "lördag 25 maj" -> "lördag den tjugofemte
    maj", "10–12 maj" -> "tionde till tolfte maj", "mån–fre" -> "måndag till
    fredag".

    "pågår 14.2–30.3": a range of dates (``dotted_range_said``); "2026-03" a year and a month.

    Risk: "1/2" is a date unless a noun or "av" follows and the first number
    is the smaller, then a fraction ("en halv"); before "av" a proper
    fraction with a denominator up to 10 is a part even after "och"/"från"
    ("1/2 av" -> "hälften av", "3/4 av" -> "tre fjärdedelar av"), except
    after "den" or a weekday; "24/7" is "dygnet runt". Out of a rating scale (5, 6, 10) after a rating word
    ("gav föreställningen 4/5", RATING_BEFORE) it is a rating: "fyra av fem", right after a grade's noun whatever
    follows ("Betyg 4/5 för ...", GRADE_NOUNS); after a shooting verb hits out of shots: "sköt 19/20" -> "nitton av tjugo".
    A weekday abbreviation alone ("fre 8–15", "Mån: Pasta") is a weekday;
    "mån" and two-letter forms only before a colon, a time or another weekday.
    Days joined to a date by "och"/"eller" ("den 1 och 3 juni", "5, 6 och 7
    maj") are dates too; a lower-case month abbreviation with its period
    after a preposition ("i slutet av aug.") is the month; "3.4.2025" with
    periods is a date ("tredje april tvåtusentjugofem"), and so is "4.3"
    after a weekday ("tisdag 4.3" -> "tisdag den fjärde mars"); a dash
    between two date phrases is "till" ("fre 12 juli–sön 14 juli", two ISO
    dates "2021-03-01–2022-06-30"); "jan.–mars" a month range ("januari till mars"); a count right before a date ("fick 2 och 3 maj ...")
    would be misread, which news text does not write. "d/m" after a floor
    word is the floor out of the floors ("vån 2/4" -> "två av fyra"), after
    a word that compares or approximates a fraction ("jämfört med 1/5",
    "drygt 1/3" -> "en femtedel", "en tredjedel"); an issue and its year
    after "nr" is read so: "nr 3/2025" -> "nr tre tvåtusentjugofem"; "fr."
    with its period before a time or a date is "från" ("insläpp fr. 18.30"). A fraction before a
    unit of measure is no date ("1/2 krm" -> "ett halvt kryddmått", "3/4 dl"
    -> "tre fjärdedels deciliter"); a range of days before one slash date is
    a range of dates ("24–26/12" -> "tjugofjärde till tjugosjätte december";
    a falling pair is left alone). A day after "den" before a clock time is the month's day: "den 12 kl. 16.30" ->
    "den tolfte klockan …".
    """
    # Each pattern runs only when what it needs is in the line (a substring test is far cheaper).
    if "r. " in text:  # "insläpp fr. 18.30", "fr. 3 mars": from, not Friday
        text = sub(_FROM_SHORT, lambda m: "från " if m.group("f") == "f" else "Från ", text, trace, "abbreviation")
    low = text.lower()
    month = _MONTH_STEM.search(low) is not None
    weekday = _WEEKDAY_STEM.search(low) is not None
    digit = has_digit(text)
    if digit and "-" in text and ISO_HINT.search(text):
        text = sub(_ISO_DATE_RANGE, _iso_range, text, trace, "range")
        text = sub(_ISO_DATE, _iso, text, trace, "date")
        text = sub(_ISO_MONTH, _iso_month, text, trace, "date")
    if digit and _DIGIT_DOT_DIGIT.search(text):  # each of these four needs a day, a period and a month
        text = sub(_DOTTED_DATE, _dotted, text, trace, "date")
        text = sub(DOTTED_DATE_RANGE, dotted_range_said, text, trace, "range")
        text = sub(_WEEKDAY_DOTTED, _weekday_dotted, text, trace, "date") if weekday else text
        text = sub(_BOUND_DOTTED, _bound_dotted, text, trace, "date")
    dash = "–" in text or "-" in text  # what a range needs
    if month and dash:
        text = sub(MONTH_ABBR_RANGE, month_abbr_range, text, trace, "range")
    if weekday and dash:  # "mån–fre." closing the sentence keeps its stop; "Lör–sön" opening one its capital
        text = sub(_WEEKDAY_RANGE, lambda m: f"{day_as_written(m.group('a'))} till "
                   f"{_weekday(m.group('b'))}" + keep_stop(m, m.group(0).endswith(".")), text, trace, "range")
    if digit and month and _DAY_BEFORE_MONTH.search(text):  # what both patterns need (so neither changes a line without it)
        text = day_lists(text, trace, dash)
        text = sub(_DAY_LIST, day_in_list, text, trace, "date")
        text = sub(_DAY_MONTH, _day_month, text, trace, "date")
    if digit and "den " in text and "l" in text:  # "sammanträder den 12 kl. 16.30": the month's day, no month named
        text = sub(_DAY_BEFORE_CLOCK, lambda m: ordinal(int(m.group("d"))), text, trace, "date")
    if digit and "/" in text and _DIGIT_SLASH_DIGIT.search(text):  # what each of the five needs
        text = sub(_ISSUE, _issue, text, trace, "identifier")
        text = sub(FRACTION_UNIT, fraction_unit, text, trace, "fraction")
        text = sub(FRACTION_COMPOUND, fraction_compound, text, trace, "fraction")  # "2/3-majoritet"
        text = sub(FRACTION_FINE, fraction_fine, text, trace, "fraction")  # "1/100 sekund"
        text = sub(_DAY_RANGE_SLASH, _day_range_slash, text, trace, "date")
        text = sub_slash(_SLASH_DATE, _slash, text, trace)  # class "date", "fraction" or "score"
    text = said_day_lists(text, trace) if digit and (" och " in text or " eller " in text or " resp" in text) else text
    if month:
        text = sub(_MONTH_ABBR_ALONE, _month_alone, text, trace, "date") if _MONTH_ABBR_DOT.search(text) else text
        if "–" in text or "-" in text:  # what a range needs
            text = sub(MONTH_RANGE, month_range, text, trace, "range")
    text = weekdays_alone(text, trace) if weekday else text  # (``weekdays.py``)
    if "–" in text or "-" in text:  # month names may come from "22/11–24/11" above
        text = _MONTH_DASH.sub(lambda m: m.group("mon") + " till ", text)
    return text


# --- clock times ---------------------------------------------------------------

_KL = r"(?P<kl>[Kk](?<!\w[Kk])l(?:\.?\s*|ockan\s+))"  # (\b[Kk]l\.?\s*|\b[Kk]lockan\s+), the K first
_T1 = r"(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d))?"
_T2 = r"(?:\s*(?:[–-]|till|och)\s*(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>[0-5]\d))?)?"
# "vid 21.15-tiden": the hyphen before "tiden" is eaten, the words join ("femtontiden").
_TID = r"(?P<tid>-(?=tid))?"
# ("kl. 11 & 20 % på allt": the 20 is a share; "kl. 10.00 och 2:a åket": an ordinal, session 60)
_TIME_KL = re.compile(rf"{_KL}{_T1}{_T2}(?![\d]|[.:,]\d|\s?%|:[ae]\b){_TID}")
_TIME_BARE = re.compile(  # (the hour's first digit before the lookbehind, widened by it: a fast scan for a digit;
    # the hour's branches in the same order: [01]\d, \d, 2[0-3], 24 before ".00")
    r"(?P<h>\d(?<![\w.,:/–-]\d)(?:(?<=[01])\d||(?<=2)[0-3]|(?<=2)4(?=[.:]00)))[.:](?P<m>[0-5]\d)"  # "24.00": midnight, "tjugofyra"
    r"(?:\s*[–-]\s*(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>[0-5]\d))?)?(?![\w]|[.:,]\d)" + _TID
)
# Two whole hours joined by "och"/"till", one written with a leading zero ("mellan 06 och 19",
# "öppet 07 till 22"): no count is written "06", so both are hours.
_ZERO_HOURS = re.compile(
    r"(?<![\w.,:/–-])(?P<a>0\d|1\d|2[0-4])\s(?P<link>och|till)\s(?P<b>0\d|1\d|2[0-4]|\d)(?![\w]|[.,:]\d|\s?%)")
_CHAINED_TIMES = re.compile(  # two times with minutes joined by "och" ("12.00 och 13.15", "9.30 och kl. 14.15")
    r"\d[.:][0-5]\d\s+och\s+(?:[Kk]l\.?\s*|[Kk]lockan\s+)?(?:[01]?\d|2[0-4])[.:][0-5]\d")
# A whole hour to a time with minutes ("18–19.30"): the range is the second's.
_CLOCK_SHAPE = re.compile(r"[.:](?<=\d[.:])[0-5]\d")  # what every match of _TIME_BARE holds (its stop first)
_TIME_HOUR_TO = re.compile(  # (the hour's first digit first, as in _TIME_BARE)
    r"(?P<h>\d(?<![\w.,:/–-]\d)(?:(?<=[01])\d||(?<=2)[0-3]))(?P<m>)\s*[–-]\s*(?P<h2>[01]?\d|2[0-4])[.:](?P<m2>[0-5]\d)"
    r"(?![\w]|[.:,]\d)" + _TID
)


def say_time(h: int, m: int | None, compact: bool = False) -> str:
    """14, 30 -> "fjorton och trettio" ("fjorton trettio" when compact); 8, 5 -> "åtta noll fem"; 9, 0 -> "nio". The
    zero hour is "noll noll" on its own (a bare one in a span, "kl. 00–05", "noll": ``_time``, session 33), before
    minutes "noll och fem", compact too (s12: not four zeros; the writers said "noll och sex", "noll fem")."""
    if h == 0 and not m:
        return "noll noll"
    if h == 0 and m and m < 10:
        return f"noll och {cardinal(m)}"
    out = cardinal(h)
    if m:
        out += f" noll {cardinal(m)}" if m < 10 else (f" {cardinal(m)}" if compact else f" och {cardinal(m)}")
    return out


def _time(m: re.Match[str], compact: bool = False) -> str | None:
    h = int(m.group("h"))
    mi = int(m.group("m")) if m.group("m") else None
    out = say_time(h, mi, compact)
    if m.group("h2"):
        link = " och " if "och" in m.string[m.end("m") if m.group("m") else m.end("h"): m.start("h2")] else " till "
        h2, m2 = int(m.group("h2")), int(m.group("m2")) if m.group("m2") else None  # a bare hour 0 is "noll" in a span
        out = ("noll" if mi is None and h == 0 else out) + link + ("noll" if m2 is None and h2 == 0 else say_time(h2, m2, compact))
    if "kl" in m.groupdict() and m.group("kl"):
        prefix = "Klockan " if m.group("kl")[0] == "K" else "klockan "
        out = prefix + out
    return out  # before "-tiden" the hyphen is gone: "femtontiden"


_HOUR_FOLLOWERS = frozenset({"alla", "varje", "dagligen", "hela", "året", "veckans", "sommartid", "vintertid"})


def _zero_hours(m: re.Match[str]) -> str | None:
    a, b = m.group("a"), m.group("b")
    if not (a.startswith("0") or (b.startswith("0") and len(b) == 2 and prev_words(m)[-1:] in (["mellan"], ["från"]))):
        return None  # "mellan 12 och 19": left to the counts ("mellan tolv och nitton")
    nw = next_word(m)
    if nw[:1].islower() and nw not in NOT_NOUN and nw not in _HOUR_FOLLOWERS and not nw.endswith(("dagar", "helger")):
        return None  # "06 och 08 exemplar", "06 och 08 akter": counted
    return f"{cardinal(int(a))} {m.group('link')} {cardinal(int(b))}"


def clock_times(text: str, trace: Trace | None = None) -> str:
    """Clock times: "kl. 14.30" -> "klockan fjorton och trettio", "08.15",
    "16:31", "kl 9", "kl. 10–14" -> "klockan tio till fjorton", "14:30–16"
    -> "fjorton och trettio till sexton" (the end a whole hour), "18–19.30"
    -> "arton till nitton och trettio" (the start a whole hour; risk: a
    range of decimals written with a period, "3–4.50", is read as times); "vid
    21.15-tiden" -> "vid tjugoett och femtontiden".

    Times in one line are said alike: when one of two or more has minutes under ten ("noll tre"), all are said
    without "och" ("kom 19.52 och var på plats 20.03" -> "nitton femtiotvå ... tjugo noll tre"), as two blind writers
    read them; a time after "kl." with minutes under ten counts among them ("kom 02.47 och kl. 03.05" -> "två
    fyrtiosju ... klockan tre noll fem"; the time after "kl." keeps its "och" otherwise).

    A whole hour right after a weekday is said with "klockan": "sön 14.00"
    -> "söndag klockan fjorton", "fre 00.00" -> "fredag klockan noll noll" ("söndag
    fjorton" alone is no time to a listener; the blind writer of set 13
    said it so). Elsewhere ("startar 19.00", a TV listing) the bare hour stays.

    Two times with minutes joined by "och" are said compact ("10.30–12.00 och 13.15" -> "tio trettio till
    tolv och tretton femton"; not "tolv och tretton och femton", which a listener cannot take apart).

    Two whole hours joined by "och" or "till", the first written with a
    leading zero (or the second, after "mellan"/"från"), are hours: "mellan
    06 och 19" -> "mellan sex och nitton" (it was "noll sex och nitton").

    Risk: a bare "hh.mm" with hours 0–23 and minutes 00–59 is taken for a
    time ("3.45" in an English-style decimal would be misread).
    """
    if " 0" in text:  # "mellan 06 och 19": two whole hours, one with a leading zero
        text = sub(_ZERO_HOURS, _zero_hours, text, trace, "time")
    # a time after "kl." with minutes under ten ("kom 02.47 och kl. 03.05") makes the bare ones compact too
    labelled = [k for k in _TIME_KL.finditer(text) if k.group("m") and 0 < int(k.group("m")) < 10] if "kl" in text else []
    alike = bool(labelled) and len(list(_TIME_BARE.finditer(text))) >= 2
    alike = alike or (" och " in text and _CHAINED_TIMES.search(text) is not None)  # see the docstring
    # each pattern only on a line with what it needs: "kl"/"Kl", a dash
    if "kl" in text or "Kl" in text:
        text = sub(_TIME_KL, (lambda m: _time(m, True)) if alike else _time, text, trace, "time")
    text = sub(_TIME_HOUR_TO, _time, text, trace, "time") if "–" in text or "-" in text else text
    bare = list(_TIME_BARE.finditer(text)) if _CLOCK_SHAPE.search(text) else []  # one scan: the matches are replaced below
    if not bare:
        return text
    compact = alike or (len(bare) >= 2 and any(0 < int(b.group("m")) < 10 for b in bare))
    out: list[str] = []
    end = 0
    for m in bare:
        said = _time(m, compact) if not _field_mark(m) else f"{cardinal(int(m.group('h')))} {point_part(m.group('m'))}"
        if said is None:
            continue
        if m.group("m") == "00" and not m.group("h2") and not m.group("tid") and after_weekday(m):
            said = "klockan " + said  # "sön 14.00": "söndag fjorton" alone is no time to a listener
        if trace is not None:
            trace.change(m.group(0).strip(), said.strip(), "time")
        out += (text[end : m.start()], said)
        end = m.end()
    return "".join(out) + text[end:]


# --- years -----------------------------------------------------------------------

_YEAR_RANGE = re.compile(  # (lookbehinds after the first digit, widened by it: the same tests; a fast scan)
    r"(?P<a>1(?<![\w,.:/–-]1)[0-9]\d\d|2(?<![\w,.:/–-]2)0\d\d)\s*(?:[–-]|/)\s*(?P<b>1[0-9]\d\d|20\d\d|\d\d)(?![\w]|[.:,]\d|\s\d)"
)
_YEAR_DASH_COUNT = re.compile(r"(?P<a>(?<![\w,.:/–-])(?:1[0-9]|20)\d(?P<y>\d))–(?=(?P<b>\d)\s[a-zåäö])")
_YEAR_RANGE_DECADE = re.compile(r"(?<=\w) till (?P<b>\w+)-(?P<tal>tal\w*)")
_YEAR = re.compile(r"(?P<a>1(?<![\w,.:/–-]1)[1-9]\d\d|2(?<![\w,.:/–-]2)0\d\d)(?P<gen>:s)?(?![\w]|[.:/,]\d|\s\d{3}(?!\d))")


def _looks_like_count(m: re.Match[str]) -> bool:
    if (before := prev_words(m)) and before[-1] in YEAR_CONTEXT:
        return False
    w = next_word(m)
    if not w or not w[0].islower() or w == "års":  # "1809 års regeringsform"
        return False
    if w in COUNT_NOUNS:
        return True
    if _EVENT_PLACE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return False  # "Freden i Roskilde 1658 innebar", "OS i Stockholm 1912": an event at a place, and its year
    if w in NOT_COUNT_VERBS or _VERB_BEFORE_NAME.match(m.string, m.end()):
        return False  # "1923 frös Sundet": a verb before its subject's name, the number a time
    if plural_adjective(w) and not w.endswith(("de", "te")) and next_word(m, 1)[:1].islower():
        return True  # "köpte 2024 nya datorer"
    if before and len(b := before[-1]) > 5 and b.endswith(("en", "et")) and b.isalpha():  # "från starten 1975 medverkar"
        return False  # a noun's definite form before it names a time, a verb (not a plural) after
    if w in NOT_NOUN:
        return False  # "1972 eller 1982", "1998 efter examen": a word of function, no plural noun (session 58)
    return w.endswith(("er", "ar", "or", "na", "are")) and len(w) > 4 or is_ett_noun(w) and not is_bare_genitive(w)  # "1987 följare"


def _one_year(m: re.Match[str]) -> str | None:
    return None if _looks_like_count(m) else year(int(m.group("a"))) + ("s" if m.group("gen") else "")


def _year_span(m: re.Match[str]) -> str | None:
    a, b = m.group("a"), m.group("b")
    if _looks_like_count(m):
        return None
    if len(b) == 2:
        if int(b) <= int(a[2:]):  # "Dp 2023/12": a year's running number, no span (s63); "2019-05" a month's
            return f"{year(int(a))} snedstreck {cardinal(int(b))}" if "/" in m.group(0) else None
        if "/" in m.group(0) and int(b) == (int(a) + 1) % 100:
            # "säsongen 2025/26", "läsåret 2024/25": one season, no "till"
            return f"{year(int(a))} {cardinal(int(b))}"
        return f"{year(int(a))} till {cardinal(int(b))}"
    if int(b) < int(a):
        return None
    return f"{year(int(a))} till {year(int(b))}"


def years(text: str, trace: Trace | None = None) -> str:
    """Years: "1809" -> "artonhundranio", "2024" -> "tvåtusentjugofyra",
    "2020–2024" and "1990–95" -> "... till ...", "2024:s"; a season or
    school year over a slash is said without "till": "2025/26" ->
    "tvåtusentjugofem tjugosex" (blind sets 5 and 6).

    Risk: a four-digit number 1100–2099 is a year unless a count noun follows
    ("1500 personer"); write large counts with a space ("1 500"). Before
    "års" it is always a year ("2024 års budget").
    """
    text = sub(_YEAR_RANGE, _year_span, text, trace, "year") if "–" in text or "-" in text or "/" in text else text
    # "1990–2000-talet": the decade ending joins the second year
    text = _YEAR_RANGE_DECADE.sub(lambda m: f" till {m.group('b')}{m.group('tal')}", text) if " till " in text else text
    if "–" in text:  # "1653 – 2 år innan": no range falls, the dash a pause before a count ("... tre, två år")
        text = _YEAR_DASH_COUNT.sub(lambda m: m.group("a") + ", ", text)
    return sub(_YEAR, _one_year, text, trace, "year")


_EVENT_PLACE_BEFORE = re.compile(r"\b(?:i|vid)\s[A-ZÅÄÖ][a-zåäö]+(?<!gatan)(?<!vägen)(?<!torget)\s$")  # (a town's name)
_VERB_BEFORE_NAME = re.compile(r" [a-zåäö]{3,} [A-ZÅÄÖ][a-zåäö]+ [a-zåäö]")  # "1923 frös Sundet till"
