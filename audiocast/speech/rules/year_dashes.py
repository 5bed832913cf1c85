"""A year, a dash set off by spaces, and a count that is no end of a span
from it ("2022 – 872" in a table of claims per year, "sedan 2001 – 118
kommuner krympte" in a headline): the dash becomes a comma, a pause
between a year and its count ("tvåtusentjugotvå, åttahundrasjuttiotvå").

``cleanup.quote_dash`` joins a spaced dash between two numbers ("10 – 14"
-> "10–14") so the ranges, scores and spans read them as one expression.
After a year the second number is often a count of the year's things, not a
year that ends a span; joined, it was read as a range ("tvåtusennio till
femtiosju företag") or the dash was left glued between two number words
("tvåtusentjugotvå–åttahundrasjuttiotvå").
"""

from __future__ import annotations

import re

from ..data.nouns import LABEL_NOUNS, SECTION_LABELS
from .machinery import alternation

# A year before the dash: four digits 1xxx or 20xx, not the end of a grouped number or of a longer code.
# (after a date's day and month it is the date's year: "28/9 1994 – 852 omkom", session 64)
_YEAR_BEFORE = re.compile(r"(?:(?<![\d,.:/-])(?<!\d[ \u00a0])|(?<=\d/\d )|(?<=\d/\d\d ))(1[5-9]\d\d|20\d\d)$")
# The number after the dash: its digits and, grouped, the next group ("1 146").
_NUMBER_AFTER = re.compile(r"(\d+)(?:[ \u00a0]\d{3})*(?![\d.:]|,\d)")  # (a list's comma after it: "2024 – 2, 3 och 5 juni")
# A date written day/month before the dash ("17–21/4 – 120 utställare"), and a date after it ("10/4 – 12/4" is a span).
_DATE_BEFORE = re.compile(r"(?<![\d,.:/])\d{1,2}/(?:1[0-2]|0?[1-9])$")
_DATE_AFTER = re.compile(r"\d{1,2}/\d")
# A gap after the dash ("25,91 – 0,3 sek från VM-kvalet", "– 2 poäng efter ledaren"): no range's end.
_GAP_AFTER = re.compile(
    r"(?:(?P<n>\d+(?:,\d+)?)\s?(?:sek(?:under)?\.?|s|min(?:uter)?\.?|poäng|p|hundradelar|tiondelar)|(?P<d>\d+,\d+))"
    r"\s+(?:från|efter|före|bakom|ifrån|under|över)\b"  # (without a unit, a decimal: "3 – 2 efter förlängning" is a score)
)  # ("under", "över": "58,12 – 0,08 under det gamla rekordet", session 52, normalize197)
# A measure and a comparative after the dash ("stötte 19,12 – 24 cm längre än segern i fjol"): how much more than
# another, no span's end (session 62, normalize457).
_COMPARED_AFTER = re.compile(
    r"\d+(?![\d,])\s?[a-zåäö]{0,9}\.?\s+(?:längre|kortare|högre|lägre|mer|mindre|fler|färre|bättre|sämre|snabbare"
    r"|långsammare|tyngre|lättare|större|äldre|yngre|varmare|kallare|dyrare|billigare)\b")
_DECIMAL_BEFORE = re.compile(r"(?<![\d,])\d+,\d+$")
# A thing named by its number before the dash ("avsnitt 112", "linje 4") and a measure after it ("45 min", "30
# km"): the named thing's length, size or price, no span from its number.
_NAMED_BEFORE = re.compile(rf"\b(?:{alternation(LABEL_NOUNS | SECTION_LABELS)}) \d+$", re.IGNORECASE)
_COUNT_AFTER = re.compile(r"\d\s[a-zåäö]{2,}")  # a single digit and a word it counts ("2 lag går upp")
_NOT_A_SCORE = 25
"""A number this great before a dash and a single digit: no score falls so far (nor an hour of the day)."""
_MEASURE_AFTER = re.compile(r"(?P<n>\d+(?:,\d+)?)\s?(?:min|minuter|tim|timmar|h|sek|sekunder|km|mil|m|kr|kronor)\b")
_NUMBER_BEFORE = re.compile(r"(?<![\d,])(\d+(?:,\d+)?)$")
# A time before the dash: a race's ("15.48,33", "1.52,40": minutes, seconds and their parts) or the clock's ("15.20").
# A duration in hours and minutes ("– 18 tim 36 min dagsljus"): after a clock time no span's end (session 65).
_HOURS_MINUTES_AFTER = re.compile(r"\d{1,2}\s?(?:tim\.?|h|timmar|timme)\s?(?:och\s)?\d{1,2}\s?(?:min|minuter)\b")
_TIME_BEFORE = re.compile(r"(?<![\d,.:])\d{1,2}[.:][0-5]\d(?P<f>,\d{1,3})?$")
_TIME_AFTER = re.compile(r"\d{1,2}[.:][0-5]\d")
# A race time in hours, minutes and seconds before the dash ("sprang på 3:41:26 – 12 min. snabbare", session 64): what
# follows is a measure of another kind unless it is another time.
_HMS_BEFORE = re.compile(r"(?<![\d,.:])\d{1,2}[.:][0-5]\d[.:][0-5]\d(?:,\d{1,3})?$")
# A span before the dash ("kl. 11–16 – 60 utställare", session 64): no span goes on past its end.
_SPAN_BEFORE = re.compile(r"(?<![\d,.:/–-])\d{1,2}(?:[.:]\d\d)?\s?[–-]\s?\d{1,2}(?:[.:]\d\d)?$")  # (no ISO date's "01-15")
# A time after the dash that is a gap to the time before it ("34.12 – 1.05 före tvåan"): the word of a lead or a lag.
_TIME_GAP_AFTER = re.compile(r"(?P<t>\d{1,2}[.:][0-5]\d)(?:,\d{1,3})?\s+(?:från|efter|före|bakom|ifrån)\b")


def _seconds(t: str) -> int:
    mins, secs = re.split(r"[.:]", t)
    return int(mins) * 60 + int(secs)
_DECIMAL_AFTER = re.compile(r"\d+,\d")
_COUNT_COMPOUND_AFTER = re.compile(r"\d{1,3}-(?!tiden)[a-zåäö]")  # "kl. 06.48 – 7-åringar ska": a compound, no time's end (s64)
_ABOUT_AFTER = re.compile(r"\d+-tal(?!\w)")  # a count in tens, hundreds ("40-tal", "100-tal"), no span's end
# A number grouped in thousands after a time: no span of times ends so ("kl. 11.11 – 2 890 g ren lycka", session 56).
_GROUPED_AFTER = re.compile(r"\d{1,3}[ \u00a0]\d{3}(?!\d)")
# An hour after "kl." before the dash and a count of a thing after it ("kl. 14 – 5 församlingar", "kl. 18 – 40
# deltagare", session 66): no hour of the day is over 24, and a span of hours falls only overnight, to a word of time.
_CLOCK_HOUR_BEFORE = re.compile(r"(?<![\w.])[Kk](?:l\.?|lockan)\s?(?P<h>[01]?\d|2[0-4])(?:[.:][0-5]\d)?$")
_RATE_AFTER = re.compile(r"\d\d\s?(?:%|procent\b|(?:[a-zåäö]+\s)?per\b)")  # a rate, a share: "2025 – 28 (sökande) per plats"
_NIGHT = 18  # a span of hours that falls starts in the evening ("kl. 22 – 2"): one from an earlier hour is a count
_COUNTED_AFTER = re.compile(r"(?P<n>\d{1,3})\s(?!(?:och|eller|samt|till|på|i|om|vid|med|under|efter|före|natten|natt)\b)[a-zåäö]{3,}")


def _value(s: str) -> float:
    return float(s.replace(",", "."))
_SHORT_SPAN = 20  # "2019 – 23": a two-digit end at most this many years after the year is the span's end


def _after_time(text: str, start: int, end: int) -> bool:
    """The pauses of :func:`keeps_pause` after a time: a clock's or a race's time before the dash and a number of
    another kind after it."""
    hour, counted = _CLOCK_HOUR_BEFORE.search(text, 0, start), _COUNTED_AFTER.match(text, end)
    if hour and counted and (int(counted.group("n")) > 24 or int(counted.group("n")) <= int(hour.group("h")) < _NIGHT):
        return True  # "kl. 14 – 5 församlingar": a time, then a count (it was "fjorton till fem församlingar", s66)
    time = _TIME_BEFORE.search(text, 0, start)
    if time is None:
        return False
    if (_DECIMAL_AFTER.match(text, end) or _GROUPED_AFTER.match(text, end) or _COUNT_COMPOUND_AFTER.match(text, end)
            or (time.group("f") and not _TIME_AFTER.match(text, end))):
        return True  # "15.48,33 – 11 s under sitt PB", "kl. 15.20 – 0,9° varmare": a time, then a measure of another kind
    if _HOURS_MINUTES_AFTER.match(text, end):
        return True  # "ned 22.07 – 18 tim 36 min dagsljus": a time, then a length of time (it was glued, "sju–arton")
    time_gap, gap = _TIME_GAP_AFTER.match(text, end), _GAP_AFTER.match(text, end)
    if time_gap and _seconds(time_gap.group("t")) < _seconds(time.group(0).split(",")[0]):
        return True  # "34.12 – 1.05 före tvåan": a time, then how far ahead of the next (a span of times grows)
    return bool(gap and gap.group("n"))  # "sprang på 68.12 – 41 sek före tvåan": a lead in a unit (it was glued, s66)


def keeps_pause(text: str, start: int, end: int) -> bool:
    """Is the spaced dash between ``text[:start]`` and ``text[end:]`` a pause
    (``cleanup.quote_dash`` keeps it a spaced dash, as the writers do in 14 of 20 such rows, a comma in 6; the rules
    see a figure dash, ``cleanup.PAUSE_DASH``, so none joins the numbers; session 59) rather than a dash to join? True after a year when the number after it cannot end a span from
    it: not four digits ("2019 – 2023" is a span), not a two-digit year's end
    up to 20 years on ("2024 – 25", "1995 – 99"), so a count of one, three or
    grouped digits ("2021 – 412", "2023 – 1 208") or of two digits behind or
    far ahead of the year ("2009 – 57 företag", "2020 – 75").

    A gap after the dash (a number smaller than the one before it, a unit
    of time or points, or a decimal without one, and "från", "efter", "före": "25,91 – 0,3 sek från
    VM-kvalet", "31,88 – 0,12 från"; not "3 – 2 efter förlängning", a score) is no range's end either ("10 – 15 min
    efter" grows: a range), nor a single digit counting a word after a number of :data:`_NOT_A_SCORE` or more
    ("Västerås SK 52 – 2 lag går upp"), nor a decimal after a year ("sedan 1947 – 31,4 °C"). Nor is a
    smaller measure after a thing named by its number (LABEL_NOUNS, SECTION_LABELS: "avsnitt 112 – 45 min", "linje 14 – 9 km"). After a date written day/month the number after is a count too ("påsk
    17–21/4 – 120 utställare"), unless it is a date ("10/4 – 12/4": a span).

    A time before the dash and a number of another kind after it is no span either (session 46, normalize159): a
    race time and anything but another time ("15.48,33 – 11 s under sitt PB"), a clock time and a decimal ("kl.
    15.20 – 0,9° varmare") or a number grouped in thousands ("kl. 11.11 – 2 890 g", session 56); "kl. 18.00 – 20"
    stays a span of hours. Nor is a smaller time before a word of a lead or a lag ("på 34.12 – 1.05 före tvåan";
    session 49, normalize176: the dash was left glued between the two times).

    Nor is a whole measure followed by a comparative after a decimal ("19,12 – 24 cm längre än i fjol": a result, then
    how much more; "10 – 15 kr mer" and "2,5 – 3,5 procent högre" stay spans).

    A race time in hours, minutes and seconds before the dash and no time after it, and a span's end before it,
    keep the pause too ("på 2:14:07 – 3 min snabbare", "kl. 11–16 – 60 utställare"; session 64: the dash was
    glued between the two numbers); so does a date's year ("28/9 1994 – 852 omkom").

    Risk: a span written with its end's last digits far ahead ("1950 – 99")
    is read as a year and a count, with a pause; a span of race times whose end is written in seconds alone
    ("1.52,40 – 55,10") is read as two.
    """
    if _ABOUT_AFTER.match(text, end):
        return True  # "kl. 12 – 40-tal utställare": no span runs to a count in tens (session 60: "tolv–fyrtiotal")
    if _COMPARED_AFTER.match(text, end) and _DECIMAL_BEFORE.search(text, max(0, start - 12), start):
        return True  # "19,12 – 24 cm längre än": a result, then a comparison (but "10 – 15 kr mer": a span of how much)
    if _HMS_BEFORE.search(text, max(0, start - 12), start) and not _TIME_AFTER.match(text, end):
        return True  # "på 3:41:26 – 12 min. snabbare": a race time, then a measure of another kind
    if _SPAN_BEFORE.search(text, max(0, start - 14), start):
        return True  # "kl. 11–16 – 60 utställare": a span's end, then a count
    if _after_time(text, start, end):
        return True
    gap, before = _GAP_AFTER.match(text, end), _NUMBER_BEFORE.search(text, 0, start)
    if gap and before and _value(gap.group("n") or gap.group("d")) < _value(before.group(1)):
        return True  # "fritt 25,91 – 0,3 sek från VM-kvalet": a result, then how far from a mark (a range grows)
    count = _COUNT_AFTER.match(text, end)
    if count and before and before.group(1).isdigit() and int(before.group(1)) >= _NOT_A_SCORE:
        return True  # "Västerås SK 52 – 2 lag går upp": a single digit counting a noun after a greater number (no span falls)
    measure = _MEASURE_AFTER.match(text, end)
    if (measure and before and _value(measure.group("n")) < _value(before.group(1))
            and _NAMED_BEFORE.search(text, max(0, start - 40), start)):
        return True  # "avsnitt 112 – 45 min": a numbered thing, then its length (a span from a name's number grows)
    year = _YEAR_BEFORE.search(text, 0, start)
    if year and _DECIMAL_AFTER.match(text, end):
        return True  # "sedan 1947 – 31,4 °C": no span runs from a year to a decimal
    after = _NUMBER_AFTER.match(text, end)
    if year is None and after is not None and _DATE_BEFORE.search(text, 0, start):
        return _DATE_AFTER.match(text, end) is None  # "17–21/4 – 120 utställare": a date, then its count
    if year is None or after is None:
        return False
    digits = after.group(1)
    if len(digits) == 4 and after.end() == end + 4:
        return False
    if len(digits) == 2 and after.end() == end + 2:
        if _RATE_AFTER.match(text, end):
            return True  # "HT 2025 – 28 per plats": a rate or a share after a year, no span's end (session 66)
        yy = int(year.group(1)) % 100
        return not yy < int(digits) <= yy + _SHORT_SPAN
    return True


__all__ = ["keeps_pause"]
