"""Quantities: wind directions before a speed (``wind_directions``), the
English decimal point (``decimal_point``), price tags (``colon_prices``),
units (``units``), money (``money``) and percent (``percent``).

Symbols and fractions are in ``symbols.py``; plain counts in ``numerals.py``.
"""

from __future__ import annotations

import re

from ..data.calendar import DOTTED_DATE_AFTER, WEEKDAY_ABBREVIATIONS
from ..data.nouns import LABEL_NOUNS
from ..data.quantities import (
    CLOSED_COMPOUND_UNITS,
    COMPASS_BEFORE,
    COMPASS_POINTS,
    COUNTED_UNITS,
    CURRENCIES,
    DECIMAL_LABELS,
    DECIMAL_UNIT_WORDS,
    GENITIVE_COMPOUND_UNITS,
    GENITIVE_PLURAL_COMPOUND_UNITS,
    HALF_NOUNS,
    MAGNITUDES,
    MONEY_PER,
    PAGE_CONTEXT,
    PER_SECOND,
    PER_UNIT_WORDS,
    PERCENT_WORDS,
    PLACES_AFTER_COMPASS,
    PREFIX_CURRENCIES,
    PRICE_CONTEXT,
    PRICE_PER,
    PUBLISHER_BEFORE_PAGES,
    SCALED_CURRENCIES,
    SPEED_PAIR_UNITS,
    STOPLESS_SYMBOLS,
    UNITS_OF_MEASURE,
    WEATHER_WORDS,
)
from ..data.sentence_words import SENTENCE_OPENERS, SENTENCE_SMALL_WORD
from ..numbers import cardinal, ordinal
from ..report import Trace
from .attributive import measure_genitive
from .calendar import DOTTED_DATE_RANGE, dotted_range_said
from .machinery import (
    INT,
    NUM,
    SIGN,
    START,
    alternation,
    is_one,
    keep_stop,
    prev_words,
    say_number,
    sign_word,
    sub,
    to_int,
    trie_alternation,
)
from .moneynotes import scale_after_bracket
from .pressures import blood_pressures, stopless_ages
from .smallprint import about_a_book
from .unit_readings import counted_flats, duration_form, verb_ha, with_fittings

_COMPASS = re.compile(
    rf"(?<![\w/(.-])(?P<c>{alternation(list(COMPASS_POINTS))})(?![\w/)-])"
    r"(?=\s+(?P<vind>vind\b|vindar\b)|\s*,?\s*\d+(?:[,.]\d+)?(?:\s*[–-]\s*\d+(?:[,.]\d+)?)?"
    r"(?:\s*\(\d+\))?\s*(?:m/s|sekundmeter|meter per sekund)(?![\w/]))"
)


def _compass(m: re.Match[str]) -> str:
    noun, adjective = COMPASS_POINTS[m.group("c")]
    return adjective if m.group("vind") else noun


_COMPASS_HINT = re.compile(r"[NSOVÖ](?<!\w[NSOVÖ])[NSOVÖ]{0,2}\b")  # (\b[NSOVÖ]{1,3}\b, the letter first: a fast skip)
_COMPASS_WORD_HINT = re.compile(alternation(COMPASS_BEFORE))
_COMPASS_MULTI = alternation([c for c in COMPASS_POINTS if len(c) > 1])
# "vetter mot SV", "i läge NO", "vrider till NV": after a word of direction; "vänder vinden till N" (session 30).
_COMPASS_AFTER_WORD = re.compile(
    rf"(?P<pre>\b(?i:{alternation(COMPASS_BEFORE)})(?:\s+(?:vinden|vindarna|vindriktningen))?(?:\s+(?:mot|åt|till|från|i))?\s+)"
    rf"(?P<c>{alternation(list(COMPASS_POINTS))})(?![\w/)&+-]|\.\w)"
)
# "NV om byn", "3 km N om Kiruna", "12 km ssv. om Kiruna": a direction from a place.
_COMPASS_FROM_PLACE = re.compile(
    rf"(?<![\w/(.-])(?:(?P<c>{_COMPASS_MULTI})|(?<=km |il | m )(?P<c1>[NSOVÖ]|[nsovö]{{2,3}}\.?))(?=\s+om\s+(?:[A-ZÅÄÖ]|(?:{alternation(PLACES_AFTER_COMPASS)})\b))"
)
# "drar in från NO", "mot SV" in a line about weather.
_COMPASS_AFTER_PREPOSITION = re.compile(
    rf"(?P<pre>\b(?:från|mot|till|åt) )(?P<c>{_COMPASS_MULTI})(?![\w/)&+-]|\.\w)"
)


def _compass_points(text: str, trace: Trace | None) -> str:
    """A compass abbreviation after a word of direction (COMPASS_BEFORE:
    "vetter mot SV" -> "sydväst", "i läge NO"), before "om" and a place
    ("NV om byn", "3 km N om Kiruna"; a single letter only after a
    distance), or after a preposition in a line about weather
    (WEATHER_WORDS: "ovädret drar in från NO") is the direction."""
    low = text.lower()
    if _COMPASS_WORD_HINT.search(low):
        text = sub(_COMPASS_AFTER_WORD, lambda m: m.group("pre") + COMPASS_POINTS[m.group("c")][0], text, trace, "wind")
    if " om " in text:
        text = sub(_COMPASS_FROM_PLACE, lambda m: COMPASS_POINTS.get((m.group("c") or m.group("c1")).rstrip(".").upper(),
                   (m.group(0),))[0], text, trace, "wind")  # "12 km ssv. om Kiruna": small letters after a distance too
    if any(w in low for w in WEATHER_WORDS):
        text = sub(_COMPASS_AFTER_PREPOSITION, lambda m: m.group("pre") + COMPASS_POINTS[m.group("c")][0],
                   text, trace, "wind")
    return text


def wind_directions(text: str, trace: Trace | None = None) -> str:
    """A compass abbreviation before a wind speed is the direction:
    "SV 5–10 m/s" -> "sydväst fem till tio meter per sekund", "NV vind" ->
    "nordvästlig vind"; written-out directions ("nordlig") are left alone.

    Risk: a capital "S", "V", "N" or "O" right before a speed in m/s (or
    before "vind") is always a direction, never a party or a name.
    """
    if _COMPASS_HINT.search(text) or (" om " in text and "m " in text):  # small letters after a distance ("km ssv.")
        text = _compass_points(text, trace)
    if "vind" not in text and "m/s" not in text and "sekund" not in text:
        return text  # a direction is only read before a speed or "vind"
    return sub(_COMPASS, _compass, text, trace, "wind")


_POINT_UNITS = alternation(
    [u for u in UNITS_OF_MEASURE if not u[0].isalpha() or len(u) > 1]
    + list(MAGNITUDES) + list(CURRENCIES) + list(SCALED_CURRENCIES)
    + list(DECIMAL_UNIT_WORDS)
)
# (lookbehinds after the first character, widened by it: the same tests, and re
# scans fast for a pattern that opens with a character class)
_DECIMAL_POINT = re.compile(
    r"(?P<a>\d(?<![\w,.:/]\d)\d*)\.(?P<b>\d(?!\d|\.\d)|\d\d(?=\s?(?:" + _POINT_UNITS + r")(?![\w])))(?![\d]|\.\d)"
)
_NOT_DECIMAL_AFTER = LABEL_NOUNS | DECIMAL_LABELS


_CLOCK_LABELS = frozenset({"kl", "klockan", "kl:"})
_RANGE_START_BEFORE = re.compile(r"(?<![\w.,:])[0-3]?\d\.(?:0?[1-9]|1[0-2])\.?\s?[–-]\s?$")


def _date_range_at(m: re.Match[str]) -> bool:
    """Is the match either end of a range of days and months ("14.2–30.3")?"""
    r = DOTTED_DATE_RANGE.match(m.string, m.start())
    if r is None:
        head = _RANGE_START_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
        r = DOTTED_DATE_RANGE.match(m.string, head.start()) if head else None
    return r is not None and dotted_range_said(r) is not None
_WEEKDAY_SPAN = re.compile(r"\s?(?:" + "|".join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) + r")\.?\s?[–-]")
_CLOCK_SPAN_START = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-4])[.:][0-5]\d\s?[–-]\s?$")  # "8.30–11.30 v. 42" (session 62)


def _decimal_point(m: re.Match[str]) -> str | None:
    if _date_range_at(m):
        return None  # "pågår 14.2–30.3": two dates, read by the date rule
    before = prev_words(m)
    if before and (before[-1].rstrip(".") in _NOT_DECIMAL_AFTER or before[-1].rstrip(".") in _CLOCK_LABELS):
        return None  # "kl. 15.10" is a clock time
    if (before and before[-1].rstrip(".") in DOTTED_DATE_AFTER and m.string.startswith(".", m.end())
            and not m.string.startswith(".", m.end() + 1) and not m.string[m.end() + 1 : m.end() + 2].isalnum()):
        return None  # "från 1.4.": day and month with both periods, a date (calendar)
    if _WEEKDAY_SPAN.match(m.string, m.end()) or _CLOCK_SPAN_START.search(m.string, max(0, m.start() - 9), m.start()):
        return None  # "15.10 mån–fre": a time before weekdays ("mån" no month); a clock span's end ("v." no volt)
    return f"{m.group('a')},{m.group('b')}"


def decimal_point(text: str, trace: Trace | None = None) -> str:
    """An English decimal point is a Swedish decimal comma: "3.5 procent" -> "3,5 procent", "skalvet mätte 6.1" ->
    "6,1"; with two decimals only before a unit, percent or amount ("2.25 %"), since "14.30" is a time.

    Risk: "kapitel 3.2" after a label noun is left alone, and so are day and month with both periods after a word
    of dates ("från 1.4.", a date), and a number after "kl."/"klockan" or before a span of weekdays ("15.10
    mån–fre": a clock time, though "mån" is also the unit month) or after a clock time and a dash ("8.30–11.30 v.
    42": a span's end before the week, no volts); any other "n.d" is read as a decimal.
    """
    return sub(_DECIMAL_POINT, _decimal_point, text, trace, "decimal") if _POINT_IN_NUMBER.search(text) else text


# (lookbehinds after the first character, widened by it: the same tests; re scans fast for a pattern opening with a class)
_PRICE_COLON = re.compile(
    r"(?P<a>\d(?<![\w,.:/–-]\d)\d{0,2}(?: \d{3})*):(?P<b>\d\d)(?![\d:]|[.,]\d)"
    r"(?:(?P<kr>\s?(?:kr|kronor|:-))(?:/(?P<krper>st|kg|l|hg|[a-zåäö]{3,}|[kMG]Wh|m[²³])(?![\w²³])(?:(?<=st)\.(?=\s[a-zåäö]))?)?(?![\w/])"
    r"|(?P<per>/(?:st|kg|l|hg)\b|\s(?:st|/st)\b|/[a-zåäö]{3,}(?![\w/]))(?:(?<=st)\.(?=\s[a-zåäö]))?)?"  # "49:90/ask": per a word too
)


_PER_HUNDRED, _TAX_WORDS = re.compile(r"\s(?:per|/)\s?(?:intjänad\s)?hundralapp"), ("skattesats", "skatten", "kommunalskatt")
# "4:12 kr (3:87)": last year's figure in brackets after a price in kronor, in the same unit.
_COLON_KRONOR_BEFORE = re.compile(r"\d:\d\d\s?(?:kr|kronor)\b[^()]{0,30}\($")


def _colon_price(m: re.Match[str]) -> str | None:
    before = prev_words(m)
    a, b = to_int(m.group("a")), int(m.group("b"))
    last_year = m.string.startswith(")", m.end()) and _COLON_KRONOR_BEFORE.search(m.string, max(0, m.start() - 50), m.start())
    word_per = m.group("per") and m.group("per").strip(" /") not in PRICE_PER and b <= 59  # "45:30/varv": a lap
    tax = _PER_HUNDRED.match(m.string, m.end()) or any(w.startswith(_TAX_WORDS) for w in prev_words(m, 8, sentence=True))
    if word_per or not (m.group("kr") or m.group("per") or b > 59 or last_year or tax or (before and before[-1] in PRICE_CONTEXT)):
        return None
    if m.group("kr") or last_year:
        kronor = f"{cardinal(a, 'en')} {'krona' if a == 1 else 'kronor'}"
        out = kronor if b == 0 else f"{cardinal(b)} öre" if a == 0 else f"{kronor} och {cardinal(b)} öre"  # "0:98 kr"
        per_word = m.group("krper") or ""  # "29:90 kr/paket": per a word too (session 35)
        return out + (PRICE_PER.get(per_word) or (" " + MONEY_PER.get(per_word, "per " + per_word) if per_word else ""))
    out = cardinal(a, "en") if b == 0 else f"{cardinal(b)} öre" if a == 0 else f"{cardinal(a, 'en')} och {cardinal(b)}"
    per = m.group("per")
    if per:
        p = per.strip(" /")
        out += PRICE_PER[p] if p in PRICE_PER else " " + MONEY_PER.get(p, "per " + p)
    return out


# "Äpplen 24,90/kg", "12,90/st": kronor and öre with a decimal comma before a unit price, no currency written.
_PRICE_COMMA_PER = re.compile(r"(?<![\w,.:/])(?P<a>\d{1,3}(?: \d{3})*),(?P<b>\d\d)/(?P<per>st|kg|l|hg|liter|kilo|styck|hekto)\b")


def _comma_price(m: re.Match[str]) -> str:
    a, b = to_int(m.group("a")), int(m.group("b"))
    kronor = f"{cardinal(a, 'en')} {'krona' if a == 1 else 'kronor'}"
    return (kronor if b == 0 else f"{kronor} och {cardinal(b)} öre") + PRICE_PER[m.group("per")]


def colon_prices(text: str, trace: Trace | None = None) -> str:
    """A price tag "29:90" is kronor and öre: "kostar 29:90" -> "kostar
    tjugonio och nittio", "29:90 kr" -> "tjugonio kronor och nittio öre".

    A unit price after it is said: "62:40/kg" -> "sextiotvå och fyrtio per kilo" ("/st", "/l", "/hg" too, and a word:
    "49:90/ask" -> "per ask", "29:90 kr/paket" -> "... öre per paket"), also after a comparison price ("jfr-pris").

    Risk: "a:bb" is a price only with "kr"/":-" or a unit price after it, a
    price word before it ("kostar", "pris", "endast", "jfr-pris" ...), or
    "öre" above 59 (no time has them), a tax rate ("till 22:05 per hundralapp", a word of "skatt" in the sentence; session
    52); " st." before a small letter is the unit and its stop ("st. eller"); otherwise "16:31" stays a time and "45:30"
    a race time.

    A decimal comma with two decimals before a unit price is a price too: "24,90/kg" -> "tjugofyra kronor och nittio
    öre per kilo" (it was "tjugofyra komma nittio kg"; risk: a measure per kilo without its unit, "0,45/kg", is kronor).
    """
    if "/" in text and "," in text:
        text = sub(_PRICE_COMMA_PER, _comma_price, text, trace, "money")
    return sub(_PRICE_COLON, _colon_price, text, trace, "money") if ":" in text else text


_UNIT = trie_alternation(list(UNITS_OF_MEASURE))  # (a trie: the same matches, found faster)
# "5 km/10 km", "3 dl/5 dl": two measures with a slash between are two
# choices (a race's distances, a pack's sizes), "och", not a measure per another.
_UNIT_CHOICE = re.compile(rf"(?P<a>{START}{NUM}\s?(?:{_UNIT}))/(?=\d[\d ]*\s?(?:{_UNIT})(?![\w²³/]))")
_UNITS = re.compile(
    rf"{SIGN}{START}(?P<a>{NUM})(?:\s*[–-]\s*(?P<b>{NUM}))?\s?(?P<u>{_UNIT})"
    r"(?:(?:(?<=[a-zåäö])\.)?/(?P<per>[a-zåäö]{3,})(?![\w/]|\.\w))?(?![\w²³/]|\.\w|-(?:moll|dur)\b)"
    r"(?P<dot>(?<![.])\.(?=\s+(?!\d{1,2}[.)]\s)[a-zåäöàé0-9]|\s–\s[a-zåäö]|[,;:)]))?"  # (not a list's "2. ", "2) ")
)
# What every match of _UNITS holds, a digit and its unit (a digit first: a fast scan): a cheap test before it
# (half the lines with a digit have none, and _UNITS tries its sign, number shapes and range at every digit).
_UNIT_AFTER_DIGIT = re.compile(rf"\d\s?(?:{_UNIT})")
_WORD = re.compile(r"[a-zåäö]+")
_SENTENCE_GOES_ON = re.compile(r"\s*[^\sA-ZÅÄÖ]")
# Dotted units that count a named thing after them ("14 st. Volkswagen", "500 ex. Nya
# Testamentet"): their period before a capital does not end the sentence.
_COUNT_BEFORE_NAME = frozenset({"st.", "ex."})
_CAPITAL_NEXT = re.compile(r"\s+(?P<w>[A-ZÅÄÖ][a-zåäö]*)\b(?P<low>" + SENTENCE_SMALL_WORD + ")?")  # (a small word after: a sentence)


def _opener_next(m: re.Match[str]) -> bool:
    """Is the capital word after "3 st." one that opens sentences, never a counted name ("Köp 3 st.
    Det räcker", "2 000 ex. Nästa nr utkommer": a small word after it, the stop ends the sentence)?"""
    ahead = _CAPITAL_NEXT.match(m.string, m.end())
    return ahead is not None and (ahead.group("w").lower() in SENTENCE_OPENERS or ahead.group("low") is not None)


_PAGE_LOOK_BACK = 160
# Units that are a label before a number: "Åsvägen 12 lgh 1102" is flat 1102 at number 12.
# "port" without its stop is portions after two or more before a colon, a comma, a bracket or the end ("Till 4
# port:"); risk: "4 port," meaning gates is read portions.
_PORT_END = re.compile(r"\s?(?:[:,;()]|$)")
_LABEL_UNITS = frozenset({"lgh", "lgh.", "v."})  # (the flat's, the week's number after it)
_NUMBER_NEXT = re.compile(r"\s?\d")
_WEEK_NEXT = re.compile(r"\s?(?:[1-9]|[1-4]\d|5[0-3])(?!\d)")  # a week's number, at most 53 ("12 v. 2023" counts weeks, s64)
_PUBLISHER = re.compile(PUBLISHER_BEFORE_PAGES)
# Not the second number of a range ("2–2,5 timmar"): the range reads both.
# (lookbehinds after the first character, widened by it: the same tests, and re
# scans fast for a pattern that opens with a character class)
_HALF = re.compile(rf"(?P<w>[1-9](?<![\w,.:/][1-9])(?<![–-][1-9])(?<![–-] [1-9])\d*),5\s(?P<n>{alternation(list(HALF_NOUNS))})(?![\wåäö/²³])"
                   r"(?P<dot>\.(?=\s+[a-zåäö0-9]|\s–\s[a-zåäö]|[,;:)]))?")


def _half(m: re.Match[str]) -> str:
    singular, gender = HALF_NOUNS[m.group("n")]
    part = "ett halvt" if gender == "ett" else "en halv"
    return f"{cardinal(int(m.group('w')), gender)} och {part} {singular}"
_CROWNS_AND_ORE = re.compile(r"(\d+),(\d\d)")


def _about_pages(m: re.Match[str]) -> bool:
    """Is a book or a text what the sentence before "412 s." is about (a
    word of PAGE_CONTEXT), or does a publisher's name come right before it
    ("Bonniers, 288 s.")?"""
    if _PUBLISHER.search(m.string, max(0, m.start() - 40), m.start()):
        return True
    before = m.string[max(0, m.start() - _PAGE_LOOK_BACK) : m.start()].lower()
    return any(w in PAGE_CONTEXT for w in _WORD.findall(before)) or about_a_book(m)


def _unit(m: re.Match[str]) -> str | None:
    unit = m.group("u")
    if unit == "p" and m.string.startswith("-", m.end()) or unit == "m" and with_fittings(m):
        return None  # "5 p-platser": parking, not points; "av 4 m. hiss": "med" (``unit_readings.with_fittings``)
    if unit in _LABEL_UNITS and (_WEEK_NEXT if unit == "v." else _NUMBER_NEXT).match(m.string, m.end()) and not (unit != "v." and counted_flats(m)):
        return None  # "Åsvägen 12 lgh 1102", "201 v. 9", "väg 35 v. 20–24": a label before its number, no count
    if unit == "ha" and verb_ha(m):
        return None  # "ska under 2019–2022 ha förskingrat": the verb after a year, no hectares
    if unit == "port" and (is_one(m.group("a")) or not _PORT_END.match(m.string, m.end())):
        return None  # "1 port mot gatan", "8 port switch": a gate, a socket; "Till 4 port:" portions
    singular, plural, gender = UNITS_OF_MEASURE[unit]
    if unit == "s" and m.string.startswith(".", m.end() - len(m.group("dot") or "")) and _about_pages(m):
        singular, plural = "sida", "sidor"  # "en roman på 412 s.": pages
    a, b = m.group("a"), m.group("b")
    cents = _CROWNS_AND_ORE.fullmatch(a) if unit.startswith("kr/") and not b else None
    if cents:
        whole, ore = int(cents.group(1)), int(cents.group(2))
        per = plural.split(" ", 1)[1]
        if whole == 0:
            return f"{sign_word(m)}{cardinal(ore)} öre {per}"
        head = f"{cardinal(whole, 'en')} {'krona' if whole == 1 else 'kronor'}"
        return f"{sign_word(m)}{head} och {cardinal(ore)} öre {per}" if ore else f"{sign_word(m)}{head} {per}"
    dec = gender if singular in COUNTED_UNITS else "en"  # "1,5 kg": "en komma fem kilo" (s53: 762 of 822 writers)
    out = say_number(a, dec if "," in a else gender)
    if b and not m.group("sign") and _value(b) < _value(a):
        out += " – " + say_number(b, dec if "," in b else gender)  # "58,94 – 0,21 sek. bättre": a pause (s44)
        a = b
        b = None
    elif b:
        out += " till " + say_number(b, dec if "," in b else gender)
    one = is_one(a) and not b
    said = duration_form(m, singular if one else plural, plural)
    if not said.endswith("s") and measure_genitive(m, unit, singular):
        said += "s"  # "2 min mellanrum" -> "två minuters mellanrum", "115 hk utombordare" (attributive.py)
    if m.group("per"):  # "2 st/hushåll" -> "två stycken per hushåll"
        per = m.group("per")
        if "/" in unit and per in PER_SECOND:  # "kr/m²/mån" -> "... per kvadratmeter och månad"
            said += " och " + PER_SECOND[per]
        else:
            said += " per " + PER_SECOND.get(per, per)
    if unit.endswith(".") and (unit not in _COUNT_BEFORE_NAME or not m.string[m.end():].strip() or _opener_next(m)) and (
            _SENTENCE_GOES_ON.match(m.string, m.end()) is None) or m.group("dot") and (unit in (singular, plural) or (
            unit.rsplit("/", 1)[-1] in STOPLESS_SYMBOLS and _NUMBER_NEXT.match(m.string, m.end()))):
        said += "."  # "för 4 port. Tillagningstid", "trycks i 500 ex.", a unit in full or a symbol before a number (s61)
    return f"{sign_word(m)}{out} {said}"


_UNIT_COMPOUND = re.compile(
    rf"{START}(?P<a>{NUM})\s?(?P<u>{alternation(GENITIVE_COMPOUND_UNITS | GENITIVE_PLURAL_COMPOUND_UNITS)})"
    r"-(?=[a-zåäö]{3,})(?!moll\b|dur\b)"  # (not a key: "nr 40 g-moll", session 64)
)


def _unit_compound(m: re.Match[str]) -> str:
    singular, plural, _ = UNITS_OF_MEASURE[m.group("u")]
    if m.group("u") in GENITIVE_PLURAL_COMPOUND_UNITS and not is_one(m.group("a")):
        singular = plural  # "500 Wh-batteri" -> "femhundra wattimmars batteri"
    genitive = singular if singular.endswith("s") else singular + "s"
    return f"{say_number(m.group('a'), UNITS_OF_MEASURE[m.group('u')][2])} {genitive} "


# "25 m-bassäng": a whole number, a length or a time and a hyphen before a word.
_CLOSED_COMPOUND = re.compile(
    rf"{START}(?P<a>{INT})\s?(?P<u>{alternation(CLOSED_COMPOUND_UNITS)})-(?P<w>[a-zåäö]{{3,}})"
)


def _closed_compound(m: re.Match[str]) -> str:
    number = say_number(m.group("a"), "en").replace(" ", "")
    return f"{number}{CLOSED_COMPOUND_UNITS[m.group('u')]}{m.group('w')}"


# "13,450 poäng": a points total with three decimals (a gymnast's, a judge's).
_POINTS_THOUSANDTHS = re.compile(r"(?<![\w,.])(?P<a>\d{1,3}),(?P<f>[1-9]\d\d)(?=\s?poäng\b)|"
                                 r"(?<![\w,.])(?P<pa>\d{1,3}),(?P<pf>[1-9]\d\d)\s?p(?![\w])")
_POINT_IN_NUMBER, _THREE_DECIMALS = re.compile(r"\.(?<=\d\.)\d"), re.compile(r",(?<=\d,)[1-9]\d\d")  # cheap tests


def _points_thousandths(m: re.Match[str]) -> str:
    if m.group("a"):
        return f"{cardinal(int(m.group('a')))} komma {cardinal(int(m.group('f')))}"
    return f"{cardinal(int(m.group('pa')))} komma {cardinal(int(m.group('pf')))} poäng"


_SPEED_PAIR = re.compile(
    rf"{START}(?P<a>{INT})/(?P<b>{INT})\s?(?P<u>{alternation(SPEED_PAIR_UNITS)})(?![\w/])"
)


def units(text: str, trace: Trace | None = None) -> str:
    """Units after a number, in the right number: "1 km" -> "en kilometer",
    "5 kg" -> "fem kilo", "−5 °C" -> "minus fem grader", "m²", "km/h",
    "1,20 kr/kWh" -> "en krona och tjugo öre per kilowattimme".
    Two measures with a slash between are two choices, "och": "5 km/10 km"
    -> "fem kilometer och tio kilometer" (risk: a ratio of two measures
    written so, "100 g/1 l", is read as a choice too).

    A measure per another is "per": "2,3 mg/l" -> "två komma tre milligram
    per liter", "8 500 kWh/år"; kitchen measures "2 msk", "1 krm" -> "ett
    kryddmått"; "500 ex." -> "exemplar". The period of an abbreviated unit is dropped when the sentence
    goes on ("25 min. i ugnen", "3 tr., lgh 12"). A measure of time before
    a noun it measures is a genitive: "2 min mellanrum" -> "två minuters
    mellanrum" (the nouns of GENITIVE_HEADS).

    A half before a noun of time is "och en halv": "1,5 år" -> "ett och ett
    halvt år", "2,5 timmar" -> "två och en halv timme"; as the end of a
    range the half is a decimal, so both ends are said alike: "2–2,5
    timmar" -> "två till två komma fem timmar" (by the range rule).

    The period of "port.", "r.o.k." before a capital also ends the
    sentence ("för 4 port. Tillagningstid" keeps it; "14 st. Volkswagen"
    does not). A unit with a slash and a word is per that word ("max 2 st/hushåll"
    -> "två stycken per hushåll"). A time unit before a noun it qualifies is a genitive ("12 mån
    bindningstid" -> "tolv månaders bindningstid", ``duration_heads``),
    after "de första" a definite plural ("de första 6 mån" -> "de första
    sex månaderna").

    "s." with its period after a number is pages when a book or a text
    (PAGE_CONTEXT: "romanen", "uppsatsen", "omfatta") comes before it in the
    sentence ("romanen är på 412 s." -> "fyrahundratolv sidor"); else seconds.

    A points total with three decimals says them as one number, as a
    judge's score is read: "13,450 poäng" -> "tretton komma fyrahundrafemtio
    poäng" (elsewhere three decimals are read digit by digit).

    A volume or a weight joined to a noun by a hyphen is the measure's
    genitive: "1,5 l-förpackning" -> "en komma fem liters förpackning", "2
    kg-påse" -> "två kilos påse" (GENITIVE_COMPOUND_UNITS); a whole number of
    a length or a time so joined makes one word with the noun: "25
    m-bassäng" -> "tjugofemmetersbassäng" (CLOSED_COMPOUND_UNITS).

    Two numbers with a slash before a connection's speed are the speeds down
    and up: "1 000/1 000 Mbit/s" -> "tusen snedstreck tusen megabit per sekund".

    Degrees before what they measure are a genitive: "20 °C värme" ->
    "tjugo graders värme", "96° innertemperatur" (DEGREE_HEADS); so is a
    length after "på"/"inom" before a distance, a depth (LENGTH_HEADS):
    "på 80 m avstånd" -> "åttio meters avstånd", "inom 5 km radie".

    A blood pressure "under 140/90" -> "hundrafyrtio över nittio", "10 v gamla": rules/pressures.py. "lgh" between two numbers labels the second, the flat's number, so
    the first is no count of flats: "Åsvägen 12 lgh 1102" (risk: "12 lgh
    2025" meaning twelve flats in a year's count is read so too).

    Risk: one-letter units (m, g, l, h, t, V, W) are only read right after a
    number, so "5 m" is meters even where an m meant something else; two
    numbers with a slash before a speed unit are always down and up; a
    volume or weight, a hyphen and a word is always the measure's genitive
    ("2 l-flaska"); three decimals before "poäng" are always one number.
    """
    text = sub(_HALF, _half, text, trace, "quantity") if ",5" in text else text  # (what _HALF needs)
    if " v g" in text or " v," in text or " v!" in text or " v?" in text:  # "10 v gamla", "3 v, 6 tim/dag", "om 6 v!"
        text = stopless_ages(text, trace)
    if "/" in text:  # "5 km/10 km" -> "5 km och 10 km"
        text = sub(_UNIT_CHOICE, lambda m: m.group("a") + " och ", text, trace, "unit")
    if ("po" in text or " p" in text) and _THREE_DECIMALS.search(text):  # "13,450 poäng": the decimals as one number
        text = sub(_POINTS_THOUSANDTHS, _points_thousandths, text, trace, "unit")
    if "-" in text:  # "1,5 l-förpackning": a measure's genitive before its noun
        text = sub(_UNIT_COMPOUND, _unit_compound, text, trace, "unit")
        text = sub(_CLOSED_COMPOUND, _closed_compound, text, trace, "unit")
    if "bit" in text:  # "1 000/1 000 Mbit/s", "100/100 Mbit": the speeds down and up
        text = sub(_SPEED_PAIR, lambda m: f"{say_number(m.group('a'))} snedstreck {say_number(m.group('b'))}"
                   f" {UNITS_OF_MEASURE[m.group('u')][1]}", text, trace, "unit")
    if "/" in text and ("blodtryck" in text.lower() or "Hg" in text):  # (or "140/90 mm Hg")  # "under 140/90": systolic over diastolic
        text = blood_pressures(text, trace)
    if "vån" in text:  # "3 F, 5 vån." -> "femte våningen": the floor, not a count of floors
        text = sub(_FLOOR, _floor, text, trace, "unit")
    return sub(_UNITS, _unit, text, trace, "unit") if _UNIT_AFTER_DIGIT.search(text) else text


# "Storgatan 3, 5 vån.", "2 rok, 4 vån": a floor after its number (a span's end, "i 5–7 vån.", counts floors).
_FLOOR = re.compile(r"(?<![\w,.–-])(?P<n>\d{1,2})\s?vån(?:\.|ing)?(?![\wåäö])")
# "5 vån., 42 lgh": a house's floors and flats; "ett 12 vån. högt hus", "20 vån. och 75 m högt": a height in floors
_FLATS_BEFORE = re.compile(r"\d\s?(?:lgh|lägenheter|bostäder)\b[^;:!?]{0,60}$")  # a house's flats counted before its floors
_FLATS_AFTER = re.compile(r"\.?(?:,\s?\d{1,4}\s?(?:lgh|lägenheter|bostäder)\b|\s(?:och\s[\d\s,]+m\s)?(?:hög|högt|höga)\b)")
# a bound is a count (s40: "får vara högst 4 vån." was "våning fyra"); so is what a building gets (s60: "får 4 vån.")
_FLOOR_COUNT_BEFORE = frozenset("""i med har hade över om alla ca cirka högst minst max maximalt drygt knappt under
får fick blir byggs uppförs totalt""".split())
_BUILDING_TAILS = ("hus", "huset", "byggnad", "byggnaden", "hotell", "hotellet", "fastighet", "villa", "kvarter")


def _floor(m: re.Match[str]) -> str | None:
    """A floor written after its number in an address or an ad is the floor named by its ordinal: "5 vån." ->
    "femte våningen" (the period kept when it also ends the sentence), "på 3 vån." -> "på tredje våningen" (session
    58: the writers accepted the ordinal in all 3 such rows, "våning fem" in 2; it was said so outside "på"). Risk: a count of floors is told only by the word before it ("huset har 5 vån.",
    "flerbostadshus, 4 vån.") or a count of flats or a word of height around it ("Haga 3:14, 5 vån., 42 lgh", "ett
    12 vån. högt hus", "84 lgh i kv. Ek, 6 vån."): the unit rule's."""
    before = prev_words(m)[-1:]
    if (before and (before[0] in _FLOOR_COUNT_BEFORE or before[0].rstrip(",").endswith(_BUILDING_TAILS))
            or _FLATS_AFTER.match(m.string, m.end() - (m.group(0).endswith(".")))
            or _FLATS_BEFORE.search(m.string, 0, m.start())):  # "bygglov för 84 lgh i kv. Kastanjen, 6 vån." (s60)
        return None
    return f"{ordinal(int(m.group('n')))} våningen{keep_stop(m, m.group(0).endswith('.'))}"


_CUR_SUFFIX = alternation(list(CURRENCIES) + list(SCALED_CURRENCIES))
_MAG = alternation(list(MAGNITUDES))
_MONEY_SUFFIX = re.compile(
    rf"{SIGN}{START}(?P<a>{NUM})(?:\s*[–-]\s*(?P<b>{NUM}))?(?:\s+(?P<mag>{_MAG}))?\s?(?P<cur>{_CUR_SUFFIX})(?:\.(?=\s+[a-zåäö]))?"
    rf"(?:\.?/(?P<per>{alternation(MONEY_PER)}|[a-zåäö]{{3,}})\b(?:\.(?=\s[a-zåäö\d]))?)?(?![\w/]|\.\w)"
)  # "4 500 kr/v. under v. 27": the short form's period before a small letter is its own; "kr./år" too
_MONEY_PREFIX = re.compile(
    "(?P<cur>" + "|".join(f"{re.escape(c[0])}(?<!\\w{re.escape(c[0])}){re.escape(c[1:])}" for c in sorted(PREFIX_CURRENCIES, key=len, reverse=True)) + rf")\s?(?P<sign>)(?P<a>{NUM})(?:\s*[–-]\s*(?P<b>{NUM}))?"
    rf"(?:\s+(?P<mag>{_MAG}))?(?![\w]|,\d)"
)
_SPACE = re.compile(r"\s")
# Something every amount holds (a currency, a scaled currency or a magnitude
# before "kr"): the money patterns run only when one is in the line.
_MONEY_HINTS = tuple(sorted({*CURRENCIES, *SCALED_CURRENCIES, *PREFIX_CURRENCIES}, key=len))
_MONEY_HINT = re.compile(trie_alternation(list(_MONEY_HINTS)))  # one C-level substring search (a trie)


def _scaled(a: str, b: str | None, mag: str) -> str:
    """An amount with a magnitude word: "fem miljoner kronor"."""
    mag_word = MAGNITUDES[mag]
    if mag_word != "tusen":
        one = is_one(a) and not b
        mag_word = mag_word.removesuffix("er") if one else mag_word
        if not one and not mag_word.endswith(("er", "tusen")):
            mag_word += "er"
        mag_gender = "en"
    else:
        mag_gender = "ett"
    # "2,1 miljoner": the decimals agree with the counted "miljon" ("två komma en")
    out = say_number(a, mag_gender, agree=True)
    if b:
        out += " till " + say_number(b, mag_gender, agree=True)
    return out + " " + mag_word


def _amount(a: str, b: str | None, forms: tuple[str, str, str, str], mag: str | None) -> str:
    singular, plural, gender, hundredth = forms
    if mag:
        return f"{_scaled(a, b, mag)} {plural}"
    if b:
        return f"{say_number(a, gender)} till {say_number(b, gender)} {plural}"
    if "," in a:
        whole, frac = _SPACE.sub("", a).split(",", 1)
        if len(frac) == 2 and hundredth:
            w = int(whole)
            head = f"{cardinal(w, gender)} {singular if w == 1 else plural}"
            cents = int(frac)
            if w == 0 and cents:
                return f"{cardinal(cents, 'ett')} {hundredth}"
            return head if cents == 0 else f"{head} och {cardinal(cents, 'ett')} {hundredth}"
        return f"{say_number(a, gender)} {plural}"
    return f"{say_number(a, gender)} {singular if is_one(a) else plural}"


def _money(m: re.Match[str]) -> str:
    said = _money_said(m)
    per = m.groupdict().get("per")
    # "30 Mkr/år" -> "... per år", "2,50 kr/aktie" -> "... per aktie"
    return f"{said} {MONEY_PER.get(per, 'per ' + per)}" if per else said


def _money_said(m: re.Match[str]) -> str:
    cur = m.group("cur")
    a, b, mag = m.group("a"), m.group("b"), m.group("mag")
    if cur in SCALED_CURRENCIES:
        factor, code = SCALED_CURRENCIES[cur]
        if factor == 1000:
            if b and "," not in a + b:  # "32–36 tkr": "trettiotvå till trettiosextusen kronor", as said and written
                return sign_word(m) + f"{say_number(a, 'ett')} till {cardinal(to_int(b) * 1000, 'en')} kronor"
            if "," in a or b:
                out = say_number(a, "ett") + (f" till {say_number(b, 'ett')}" if b else "")
                return sign_word(m) + out + " tusen kronor"
            return sign_word(m) + cardinal(to_int(a) * 1000, "en") + " kronor"
        mag = "miljon" if factor == 10**6 else "miljard"
        if not (is_one(a) and not b):
            mag += "er"
        forms = CURRENCIES[code] if code in CURRENCIES else CURRENCIES["kr"]
        return sign_word(m) + _amount(a, b, forms, mag)
    forms = CURRENCIES.get(cur) or CURRENCIES.get(cur.lower()) or CURRENCIES["kr"]  # "Kr0": a capital's "Kr"
    return sign_word(m) + _amount(a, b, forms, mag)


# "2,75 kr per aktie (1,90)": last year's figure in brackets after an amount in kronor and öre, in the same unit.
_BARE_AMOUNT_IN_BRACKETS = re.compile(r"\((?P<n>\d{1,4},\d\d)\)")
_KRONOR_BEFORE = re.compile(r"\d,\d\d\s?kr\b[^()]{0,30}$")


# "250 kr/150 kr (stud.)": two prices joined by a slash, each with its currency.
_AMOUNT_SLASH = re.compile(r"(?:(?<=\d kr)|(?<=\dkr)|(?<=\d:-))/(?=\d[\d ]*(?:,\d\d)?\s?(?:kr|:-)(?![\w/]))")


def _bare_amount(m: re.Match[str]) -> str | None:
    if not _KRONOR_BEFORE.search(m.string, max(0, m.start() - 50), m.start()):
        return None
    return f"({m.group('n')} kr)"


def money(text: str, trace: Trace | None = None) -> str:
    """Amounts: "25 000 kr" -> "tjugofemtusen kronor", "12,50 kr" -> "tolv
    kronor och femtio öre", "1 500:-", "5 mkr" -> "fem miljoner kronor",
    "2,5 mdkr", "50 tkr", "€50", "$3", "£2", "100 USD", "NOK", "SEK"; a
    period after a slash, "30 Mkr/år" -> "trettio miljoner kronor per år",
    or a noun: "2,50 kr/aktie" -> "två kronor och femtio öre per aktie".

    A bare figure with two decimals in brackets right after an amount in
    kronor and öre is the same unit (last year's figure): "2,75 kr per aktie
    (1,90)" -> "(en krona och nittio öre)"; a scaled currency after such a
    figure is said in words: "12,7 (–3,1) MSEK" -> "... (minus tre komma ett) miljoner kronor".

    Risk: a bare "kr" after a number is always kronor (never "kronan"); a
    bracketed "n,nn" up to 30 characters after such an amount is kronor.
    """
    if not _MONEY_HINT.search(text):
        return text
    if "(" in text and "kr" in text:
        text = sub(_BARE_AMOUNT_IN_BRACKETS, _bare_amount, text, None, "money")
    text = scale_after_bracket(text, trace) if ") " in text else text  # "183,4 (162,9) MSEK"
    if "kr/" in text or ":-/" in text:  # "entré 250 kr/150 kr": two prices, "respektive"
        text = sub(_AMOUNT_SLASH, lambda m: " respektive ", text, trace, "money")
    text = sub(_MONEY_SUFFIX, _money, text, trace, "money")
    return sub(_MONEY_PREFIX, _money, text, trace, "money")


_PERCENT_HINT = re.compile(trie_alternation(list(PERCENT_WORDS)))  # one C-level substring search (a trie)
_PERCENT = re.compile(
    rf"{SIGN}{START}(?P<a>{NUM})(?:\s*[–-]\s*(?P<b>{NUM}))?\s?"
    rf"(?P<p>{alternation(PERCENT_WORDS)})(?![\w])(?P<vol>\s+vol(?P<vstop>\.)?(?![\w]))?"
)


def _percent(m: re.Match[str]) -> str:
    out = say_number(m.group("a"), "en")
    if m.group("b"):
        # a falling pair is a split, not a range: "vann valet med 54–46 procent" -> "femtiofyra mot fyrtiosex"
        link = "mot" if _value(m.group("a")) > _value(m.group("b")) else "till"
        out += f" {link} " + say_number(m.group("b"), "en")
    said = PERCENT_WORDS[m.group("p")]
    if m.group("vol") and said == "procent":  # "4,5 % vol.": alcohol by volume, "volymprocent" (session 35)
        end = "." if m.group("vstop") and not m.string[m.end():].strip() else ""
        return f"{sign_word(m)}{out} volymprocent{end}"
    return f"{sign_word(m)}{out} {said}"


def _value(n: str) -> float:
    return float(_SPACE.sub("", n).replace(".", "").replace(",", "."))


def percent(text: str, trace: Trace | None = None) -> str:
    """Percent and per mille: "3,5 %" -> "tre komma fem procent", "2%",
    "0,5 procentenheter", "%-enheter", "0,2 ‰" -> "noll komma två promille"; a strength by volume, "4,5 % vol.",
    "fyra komma fem volymprocent".

    A falling pair is a split, said "mot" ("54–46 procent" -> "femtiofyra mot
    fyrtiosex procent"); a rising one a range ("till").

    Risk: none known; "en procent" (common gender) throughout.
    """
    if not _PERCENT_HINT.search(text):
        return text
    return sub(_PERCENT, _percent, text, trace, "percent")


# "korn/m³", "CO2/km", "protein/100 g", "per m³": a unit after a slash that
# follows a word, or after "per", with no number of its own before it.
_PER_UNIT = re.compile(
    rf"(?:\s(?<=[^\W\d]\s)/\s?|/(?<=[^\W\d]/)\s?|p(?<!\wp)er\s)(?:(?P<n>\d{{1,4}})\s?)?(?P<u>{alternation(PER_UNIT_WORDS)})"
    rf"(?:/(?P<t>{alternation(PER_SECOND)}))?(?![\w/²³])"
)


def _per_unit(m: re.Match[str]) -> str:
    unit = m.group("u")
    lead = "" if m.group(0).startswith("per") else " "  # "korn/m³": the slash becomes " per "
    if not m.group("n"):
        said = f"{lead}per {PER_UNIT_WORDS[unit]}"
        # "kr/m²/år": a second period after the unit is "och år"
        return f"{said} och {PER_SECOND[m.group('t')]}" if m.group("t") else said
    n = to_int(m.group("n"))
    one, many, gender = UNITS_OF_MEASURE.get(unit, (PER_UNIT_WORDS[unit], PER_UNIT_WORDS[unit], "en"))
    return f"{lead}per {cardinal(n, gender)} {one if n == 1 else many}"


def per_units(text: str, trace: Trace | None = None) -> str:
    """A unit after a slash that follows a word, or after "per", is "per" and
    the unit: "1 000 korn/m³" -> "korn per kubikmeter", "138 g CO2/km" ->
    "... per kilometer", "4,1 g protein/100 g" -> "protein per hundra gram",
    "över 1 000 per m³" -> "per kubikmeter" (blind sets 5 and 6). Runs after
    ``units``, which reads a unit after its number ("5 km/h", "2 mg/l").

    A second period after the unit is joined with "och": "1 450 kr/m²/år"
    -> "... kronor per kvadratmeter och år" (PER_SECOND).

    Risk: only the units of PER_UNIT_WORDS, and only after a letter or
    "per"; "och/eller" or "km/h" standing alone are left to others.
    """
    if "/" not in text and "per " not in text:
        return text
    return sub(_PER_UNIT, _per_unit, text, trace, "unit")
