"""Law, administration and identifiers, classified by the label before them:
statute and report references (``references``: "SFS 2010:800", "prop.
2024/25:12", "NJA 2019 s. 504", "utlänningslagen (2005:716)"), case and
diary numbers ("mål B 1234-24", "dnr 2024-0345"), payment and organisation
numbers, registration plates, flights, model names and property
designations (``identifiers_by_label``).

These run before the phone, date, range and year rules: a reference or an
identifier holds dashes, slashes and colons those rules would otherwise read
as a range ("till"), a date or a time. The labels are in
``speech/data/admin.py``.
"""

from __future__ import annotations

import re

from ...calendar_sv import MONTHS, WEEKDAYS
from ..data.admin import (
    AIRLINE_CODES,
    CASE_LABELS,
    CASE_NUMBER_LABELS,
    CODE_LABEL_NOT,
    DIARY_PREFIXES,
    FLIGHT_WORDS,
    LAW_CODES,
    MARK_WORDS,
    MODEL_BRANDS,
    MODEL_NAMES,
    NUMBER_LABELS,
    PLATE_LABELS,
    PROPERTY_LABELS,
    PROPERTY_SALE_WORDS,
    REFERENCE_SERIES,
    STATUTE_ENDINGS,
)
from ..data.nouns import COUNT_NOUNS
from ..data.words import ACRONYM_SPELLED, ACRONYM_WORDS, LAW_SHORT_NAMES
from ..numbers import cardinal, digits, year
from ..report import Trace
from .estates import more_designations
from .identifier_dashes import dashed_digits
from .idnumbers import CODE_LABELLED, code_labelled
from .label_styles import label_style
from .machinery import alternation, definite_n, next_word, number_noun, prev_words, spell, sub, word_start
from .plates import foreign_plates, say_plate
from .sessions import session_years

# The series labels, each also with a capital first letter ("Motion 2024:17").
_SERIES = REFERENCE_SERIES | {k[0].upper() + k[1:]: v for k, v in REFERENCE_SERIES.items() if k[0].islower()}
_REFERENCE = re.compile(
    rf"(?<![\w.])(?P<label>{alternation(_SERIES)}|[A-ZÅÄÖ]{{1,6}}-?FS)\s+(?P<y>1[89]\d\d|20\d\d)"
    r"(?:/(?P<y2>\d\d))?(?::(?P<code>[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{1,4})?(?P<n>\d{1,5})|\s+s\.\s*(?P<page>\d{1,5}))"
    r"(?![\w]|[.,:]\d)"
)
# An EU act by its year and number: "förordning 2016/679", "direktiv 2010/75/EU".
# The act's word may close a compound ("dataskyddsförordningen",
# "visselblåsardirektivet") and the union's letters stand before the year
# ("(EU) 2019/1937", "EU 2017/745") with the word or alone, or after it alone ("(2000/60/EG)", "91/271/EEG";
# the year and number in brackets after the word too, "direktiv (2024/1275)", session 40;
# a two-digit year only so). Risk: a fraction or a date before "/EU" in a table is read as an act.
_EU_ACT = re.compile(
    r"(?P<w>(?:(?:\b[Ff]|(?<=[a-zåäö])f)örordning|(?:\b[Dd]|(?<=[a-zåäö])d)irektiv)(?:en|et|ens|ets)?\s"
    r"(?:\((?:EU|EG|EEG)\)\s|\((?=\d{4}/\d{1,4}\)))?|(?<![\w(])(?:EU|EG|EEG)\s|(?<![\w])\((?:EU|EG|EEG)\)\s)?(?<![\w/.,:])"
    r"(?P<y>(?:19|20)\d\d|[5-9]\d)/(?P<n>\d{1,4})(?:/(?P<eu>EU|EG|EEG))?(?![\w]|[.,/]\d)"
)
# A year, a colon and a number after a label in capitals is a reference
# whatever the label ("LTF 2023:9", "BBR 2011:6"): no clock has a year's hour.
_YEAR_COLON = re.compile(
    r"(?P<y>1(?<=[A-ZÅÄÖ][A-ZÅÄÖ]\s1)[89]\d\d|2(?<=[A-ZÅÄÖ][A-ZÅÄÖ]\s2)0\d\d):(?P<n>\d{1,5})(?![\w]|[.,:]\d)")
# A riksdag session's document by its shape alone, whatever the label or
# "nr" before it ("Interpellation nr 2024/25:318", "fråga 2025/26:88"):
# two years in a row, a colon and a running number; nothing else is so written.
_SESSION_DOC = re.compile(
    r"(?<![\w/.:])(?P<y>(?:19|20)\d\d)/(?P<y2>\d\d):(?P<code>[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{0,4})?(?P<n>\d{1,5})"
    r"(?![\w]|[.,:]\d)"
)
# A Finnish statute by its number and year ("lagen (1082/2021)", "FFS
# 379/2011"): after a word ending in a statute word, or the statute book's letters.
_NUMBER_YEAR_STATUTE = re.compile(
    r"(?P<w>(?:\w*lagen|\w*förordningen|\b(?:[Ll]ag|[Ff]örordning|FFS|FörfS))\s\(?)"
    r"(?P<n>\d{1,4})/(?P<y>(?:19|20)\d\d)(?![\w]|[.,/]\d)"
)
# "lagen om småbarnspedagogik (540/2018)", "lagen om välfärdsområden
# 611/2021": the same a few words after the statute's word.
_BRACKETED_STATUTE = re.compile(r"(?P<w>\(|(?<=\s))(?P<n>\d{1,4})/(?P<y>(?:19|20)\d\d)(?=\)|[\s.,;]|$)")
_STATUTE_HINTS = ("lag", "Lag", "förordning", "Förordning", "FFS", "FörfS", "balken", "ordningen", "stadgan")
_STATUTE = re.compile(r"(?P<open>\s(?<=\w\s)\(?)(?P<y>1[89]\d\d|20\d\d):(?P<n>\d{1,5})(?P<close>\))")
# "BrB 3:1", "brottsbalken 3:1": a chapter and a section after a law's name.
_LAW_CHAPTER = re.compile(
    rf"(?P<law>\b(?:{alternation(LAW_CODES)})|\b[a-zåäö]+(?:balken|lagen))\s(?P<a>\d{{1,2}}):(?P<b>\d{{1,3}})"
    r"(?![\d:]|[.,]\d)"
)
# (?:[A-Z][A-Za-zÄÖ]{0,3}|balken|lagen) \d{1,2}:\d with one class first (a fast scan)
_LAW_CHAPTER_HINT = re.compile(r"[A-Zbl](?:(?<=[A-Z])[A-Za-zÄÖ]{0,3}|(?<=b)alken|(?<=l)agen) \d{1,2}:\d")
_CASE = re.compile(
    r"(?<![\w./:-])(?:(?P<pre>[A-ZÅÄÖ]{1,4})(?P<psep>[\s/-]))?(?P<num>\d{1,6}(?:[-/.]\d{1,8}){1,2}|(?:19|20)\d\d:\d{1,6})"
    r"(?:\s?(?P<suf>[A-ZÅÄÖ])(?![\w]))?(?![\w]|[.,:/-]\d)"  # a court unit's letter after, spaced or glued ("3311-24E")
)


# "märks ”Projektledare 14/25”": a reference to mark an application with.
_MARKED = re.compile(r"(?<![\w/.,:-])(?P<a>\d{1,4})/(?P<b>\d\d|(?:19|20)\d\d)(?![\w/]|[.,:]\d)")


def _marked(m: re.Match[str]) -> str | None:
    """A number, a slash and a year after a word of marking ("Ansökan märks
    ”Projektledare 14/25”", MARK_WORDS) is the reference to mark with:
    "fjorton snedstreck tjugofem"; a month after the slash ("12/10") leaves
    a date. Risk: a part with a denominator over twelve after such a word."""
    if not any(w.strip("”\"'(:,") in MARK_WORDS for w in prev_words(m, 5, sentence=True)):
        return None
    a, b = m.group("a"), m.group("b")
    if len(b) == 2 and int(b) <= 12:
        return None  # "märk väl: kursen börjar 12/10": a day and a month
    return f"{say_id_group(a, False, False)} snedstreck {year(int(b)) if len(b) == 4 else cardinal(int(b))}"


# (a payment reference, "OCR-nummer 4588123", may be one long group)
# (a twelve-digit personal number, "19850412-1234", is one run with its hyphen)
_NUMBER_RUN = re.compile(
    r"(?<![\w,.:/+-])(?P<n>\d{1,6}(?:[ -]\d{1,6}){0,5}|\d{8}-\d{4}|\d{7,25}(?:-\d{1,4})?)(?![\w]|[.,:]\d)")
_PLATE = re.compile(r"(?<![\w])(?P<l>[A-ZÅÄÖ]{3})\s?(?P<d>\d\d[\dA-Z])(?![\w])")
_NEW_PLATE = re.compile(r"[A-ZÅÄÖ](?<!\w[A-ZÅÄÖ])[A-ZÅÄÖ]{2} ?\d\d[A-Z]\b")  # (\b after the first capital: a fast skip)
_FLIGHT = re.compile(rf"(?P<c>{word_start(AIRLINE_CODES)})\s?(?P<n>\d{{3,4}})(?![\w]|[.,:]\d)")
_MODEL_NAME = re.compile(rf"(?<![\w-])(?P<w>{alternation(MODEL_NAMES)})(?P<gen>:s)?(?![\w])")
_MODEL_BRAND = re.compile(
    rf"\b(?P<b>{alternation(MODEL_BRANDS)})\s(?P<n>\d{{1,4}})(?:-(?P<n2>\d{{1,3}}))?(?P<an>:a?n|:a)?(?![\w]|[.,]\d|-\w)"
)
_PROPERTY = re.compile(
    rf"(?P<name>(?!(?i:{alternation(PROPERTY_LABELS)})\s)[A-ZÅÄÖ][a-zåäö]+(?:\s(?!kl\b|klockan\b)[A-ZÅÄÖa-zåäö][a-zåäö]+)?)"
    r"\s(?P<a>\d{1,4}):(?P<b>\d{1,4})(?![\w]|[.,:]\d)"
)
# A name of capitals and digits with a dot inside ("ID.3", "E6.20"): the dot
# joins the parts of one name, it is not a decimal point nor said "punkt".
_DOTTED_NAME = re.compile(
    r"(?<![\w.])(?P<l>[A-ZÅÄÖ]{1,3})(?P<d>\d{1,3})?\.(?P<n>\d{1,3})(?P<gen>:s|:an)?(?![\w]|[.,:]\d)"
)
# A product's model code: capitals, a hyphen, a number and more capitals
# ("WH-1000XM5", "KD-55X85J"): nothing else is written so.
_MODEL_CODE = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]{0,3}-\d{2,5}[A-Z]{1,3}\d{0,3}[A-Z]?(?![\w-])")
_CODE_PART = re.compile(r"[A-Z]+|\d+")
# A Swish number has its own shape: ten digits starting with 123, written
# "123 456 78 90" or unbroken; said digit by digit with or without a label.
_SWISH_SHAPE = re.compile(r"(?<![\w,.:/+-])123[ -]?\d{3}[ -]?\d\d[ -]?\d\d(?![\w]|[.,:]\d|[ -]\d)")
# "B 1234-24", "K 12345-24": one letter for the kind of case, the running
# number and the year; a case number by its shape, label or not.
_COURT_CASE = re.compile(r"\d{3,6}-\d\d")
_COURT_CASE_HINT = re.compile(r"[A-ZÅÄÖ](?<!\w[A-ZÅÄÖ])[A-ZÅÄÖ]{0,2} \d{3,6}-\d\d\b")  # (\b[A-ZÅÄÖ] ..., the letter first)
_DOT_DIGIT = re.compile(r"\.(?<=[A-ZÅÄÖ\d]\.)\d")  # a cheap test before the dotted-name pattern (the dot first: a fast skip)
_SEPARATOR = re.compile(r"([-/.: ])")
_NON_DIGITS = re.compile(r"\D")
_DIGIT_GROUP_AHEAD = re.compile(r"\s\d")
_PLURAL_ENDINGS = ("er", "ar", "or", "da", "na")
# A police case number: the unit, a letter for the kind of case, the running
# number and the year ("5000-K123456-24"); no label needed, nothing else looks so.
# Without the unit, a letter, five digits or more and the year ("K482913-25").
_POLICE_CASE = re.compile(
    r"(?<![\w-])(?:(?P<unit>\d{4})-(?P<k>[A-ZÅÄÖ])(?P<n>\d{3,8})|(?P<k2>[A-ZÅÄÖ])(?P<n2>\d{5,8}))"
    r"-(?P<y>\d\d)(?![\w]|[-.,]\d)"
)
# The line's words for the label gates, without a final period or colon
# ("dnr.", "bankgiro:" are their labels).
_WORDS = re.compile(r"[\w.:][\w.:]*(?<=\w)")  # ([\w.:]*\w, a class first: re skips the spaces fast)
_MODEL_HINTS = tuple(MODEL_BRANDS) + tuple(sorted({name[:1] + name[1:2] for name in MODEL_NAMES}))
# Substring tests as one C-level search each (cheaper than a Python loop of "in").
_MODEL_HINT = re.compile(alternation(_MODEL_HINTS))
_DIARY_PREFIX_HINT = re.compile(f"(?:{alternation(DIARY_PREFIXES)}) ")
_NUMBER_LABEL_WORDS = frozenset(NUMBER_LABELS)
_AIRLINE_WORDS = frozenset(code.lower() for code in AIRLINE_CODES)
_CALENDAR_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)
_PROPERTY_VERBS = frozenset({"är", "var", "heter", "blir", "av"})  # "del av Tuna 1:5"
_SEPARATOR_WORDS = {"-": "streck", "/": "snedstreck", ".": "punkt", ":": "kolon"}


def _reference(m: re.Match[str]) -> str:
    label = m.group("label")
    said = _SERIES[label] if label in _SERIES else spell(label.replace("-", ""))  # "AFS", "SKOLFS"
    if label in _SERIES and label not in REFERENCE_SERIES:
        said = said[0].upper() + said[1:]  # "Motion 2024:17" keeps its capital
    out = f"{said} {year(int(m.group('y')))}"
    if m.group("y2"):  # a session's document: "2023/24:1456" -> "... tjugofyra kolon fjortonhundrafemtiosex"
        out = f"{said} {session_years(int(m.group('y')), int(m.group('y2')))}"  # the riksmöte, slash silent
        if m.group("n") and not m.group("code"):
            return f"{out} kolon {running_number(m.group('n'))}"
    if m.group("page"):
        return f"{out} sidan {cardinal(int(m.group('page')))}"
    code = f"{_say_letters(m.group('code').upper())} " if m.group("code") else ""  # "FiU20": a committee
    return f"{out} kolon {code}{cardinal(int(m.group('n')))}"


def running_number(g: str) -> str:
    """A document's running number after a year and a slash: from 1100 to
    1999 in hundreds, as such numbers are said in names ("2019/1937" ->
    "... snedstreck nittonhundratrettiosju", "2024/1187" -> "elvahundraåttiosju";
    blind set 16's writer, accepted by set 7's), else as a number."""
    n = int(g)
    return year(n) if 1100 <= n <= 1999 and not g.startswith("0") else cardinal(n)


def _eu_act(m: re.Match[str]) -> str | None:  # no word before it: its union's letters after ("(2000/60/EG)")
    if not (m.group("eu") or m.group("w") and len(m.group("y")) == 4) or len(m.group("n")) == 2 and int(m.group("n")) == (int(m.group("y")) + 1) % 100 and not m.group("eu"):
        return None  # "EU 2019/20": a season, not an act
    y = int(m.group("y"))
    out = f"{m.group('w') or ''}{year(y) if y > 99 else cardinal(y)} snedstreck {running_number(m.group('n'))}"
    return out + (f" snedstreck {spell(m.group('eu'))}" if m.group("eu") else "")


def _session_doc(m: re.Match[str]) -> str | None:
    y, y2 = int(m.group("y")), int(m.group("y2"))
    if y2 != (y + 1) % 100:
        return None  # not a session of two years in a row
    code = f"{_say_letters(m.group('code').upper())} " if m.group("code") else ""
    return f"{session_years(y, y2)} kolon {code}{running_number(m.group('n'))}"


def _number_year_statute(m: re.Match[str]) -> str:
    """ "lagen (1082/2021)" -> "tiohundraåttiotvå snedstreck
    tvåtusentjugoett": the running number from 1000 in hundreds, as a year."""
    n = int(m.group("n"))
    said = cardinal(n // 100) + "hundra" + (cardinal(n % 100) if n % 100 else "") if 1000 <= n <= 1999 else cardinal(n)
    return f"{m.group('w')}{said} snedstreck {year(int(m.group('y')))}"


def _bracketed_statute(m: re.Match[str]) -> str | None:
    if not any(w.endswith(STATUTE_ENDINGS) for w in prev_words(m, 6, sentence=True)):
        return None
    if not m.group("w") and int(m.group("n")) <= 12:
        return None  # "lagen gäller från 1/2021": a month and a year
    return _number_year_statute(m)


def _law_chapter(m: re.Match[str]) -> str:
    """ "BrB 3:1" -> "BrB tre kolon ett" (the short name read later), "RF 2:1"
    -> "regeringsformen två kolon ett" (a short name that is also other
    things is said here, where the chapter makes it the law)."""
    law = LAW_SHORT_NAMES.get(m.group("law"), m.group("law"))
    return f"{law} {cardinal(int(m.group('a')))} kolon {cardinal(int(m.group('b')))}"


def _statute(m: re.Match[str]) -> str | None:
    before = prev_words(m)
    # "lagen (2018:1192)"; in brackets after any word a year and a number are a reference ("Motionen (2024:17)")
    if "(" not in m.group("open") and (not before or not before[-1].endswith(STATUTE_ENDINGS)):
        return None
    return f"{m.group('open')}{series_number(m.group('y'), m.group('n'))}{m.group('close')}"


def series_number(y: str, n: str) -> str:
    """A year and a number in its series: "2010:800" -> "tvåtusentio kolon åttahundra"."""
    return f"{year(int(y))} kolon {cardinal(int(n))}"


def say_pairs(g: str, round_hundreds: bool = True) -> str:
    """A group of digits two by two: "4410" -> "fyrtiofyra tio", "01" ->
    "noll ett", "4400" -> "fyrtiofyra hundra" (with ``round_hundreds``, else
    "fyrtiofyra noll noll", as a payment number is dictated); an odd last
    digit alone."""
    if round_hundreds and len(g) == 4 and g[2:] == "00" and g[0] != "0":
        return cardinal(int(g[:2])) + " hundra"
    out = []
    for i in range(0, len(g), 2):
        pair = g[i : i + 2]
        out.append(digits(pair) if pair.startswith("0") else cardinal(int(pair)))
    return " ".join(out)


def say_id_group(g: str, first: bool, more: bool, last: bool = False) -> str:
    """One group of a case or diary number: a year first ("2024-0345") or
    last ("3456-2024"), a leading zero digit by digit, four digits in pairs,
    up to three digits as a number, six in two threes, other longer groups
    digit by digit."""
    if (first and more or last) and len(g) == 4 and g[:2] in ("19", "20"):
        return year(int(g))
    if len(g) > 1 and g.startswith("0"):
        return digits(g)
    if len(g) == 4:
        return say_pairs(g)
    if len(g) <= 3:
        return cardinal(int(g))
    if len(g) == 6:  # "123456": two numbers of three digits
        return f"{say_id_group(g[:3], False, False)} {say_id_group(g[3:], False, False)}"
    return digits(g)


def _dotted_name(m: re.Match[str]) -> str | None:
    letters, head, tail = m.group("l"), m.group("d"), m.group("n")
    if len(letters) == 1 and not head:
        return None  # "A.1", "S.3": an initial or a list mark, not a name
    said = _say_letters(letters)
    if head:
        said += " " + cardinal(int(head))
    tail_said = digits(tail) if len(tail) > 1 and tail.startswith("0") else cardinal(int(tail))
    gen = m.group("gen")
    if gen == ":an":
        tail_said = number_noun(int(tail))
    return f"{said} {tail_said}" + ("s" if gen == ":s" else "")


def _model_code(m: re.Match[str]) -> str:
    """ "WH-1000XM5" -> "dubbelve hå tusen eks emm fem": the letters by their
    names, a round number as a number ("tusen", "niohundra"), a short one
    as a number ("femtiofem"), a longer one digit by digit; the hyphen is
    not said."""
    out = []
    for part in _CODE_PART.findall(m.group(0)):
        if part.isalpha():
            out.append(spell(part))
        elif len(part) <= 2 or (len(part) <= 4 and part.rstrip("0") and len(part.rstrip("0")) == 1):
            out.append(cardinal(int(part)))
        else:
            out.append(digits(part))
    return " ".join(out)


def _swish(m: re.Match[str]) -> str:
    """ "123 456 78 90" -> "ett två tre fyra fem sex sju åtta nio noll": a Swish number's digits, in the groups
    it is printed in. Until session 54 a comma (the voice's pause) followed each group; the writers write none
    (their own readings accept the bare groups in 306 of the evaluation set's 557 payment rows, the commas in
    162), as session 52 found for a phone number's area code."""
    d = _NON_DIGITS.sub("", m.group(0))
    return " ".join(digits(g) for g in (d[:3], d[3:6], d[6:8], d[8:]))


def _police_case(m: re.Match[str]) -> str:
    if m.group("k2"):  # "K482913-25": the case without its unit, its number digit by digit
        return f"{spell(m.group('k2'))} {digits(m.group('n2'))} streck {cardinal(int(m.group('y')))}"
    unit = m.group("unit")  # "5000" femtusen, "1400" fjortonhundra
    unit_said = say_pairs(unit) if unit[2:] == "00" and unit[1] != "0" else cardinal(int(unit))
    # the running number digit by digit, as without the unit: it is read out to be written down
    return f"{unit_said} streck {spell(m.group('k'))} {digits(m.group('n'))} streck {cardinal(int(m.group('y')))}"


def _say_letters(letters: str) -> str:
    return ACRONYM_WORDS.get(letters, "").lower() or spell(letters)


# The labels of a court's case: its running number is a number, not pairs.
_COURT_LABELS = frozenset({"mål", "målet", "målnummer", "målnr", "målnr."})

# A year, a dash or a slash and a running number after "nr": "nr 2025-004", "nummer 2024-17", "nr 2025/7".
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d[-/]\d{1,5}")
_YEAR_FIRST_HINT = re.compile(r"(?i:nr|nummer|numret):? \d{1,6}[-/]\d")  # "nr 2025-004", "Artikelnummer 40123-01"
_NUMBER_IS = re.compile(r"(?:numret|nummer) (?:är|blir|var) \d")  # "Referensnumret är 24-556677"
_DAY_MONTH_SHAPE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])")
_DATE_SHAPE = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")


def _year_colon(m: re.Match[str]) -> str:
    return f"{year(int(m.group('y')))} kolon {cardinal(int(m.group('n')))}"


# "Mål: 0–1 Nilsson (23), 1–1 Ahmed (78)": after the sports page's "Mål:" a pair of one or two digits each is a
# goal's running score (a court's case has a running number of three digits or more and its year).
_GOAL_WORDS = frozenset({"mål", "målen", "målgörare", "målskyttar"})
_GOAL_PAIR = re.compile(r"\d{1,2}[–-]\d{1,2}")


# An area code and its first group ("0910-73") with more space-set groups after it ("50 00"): a phone number.
_PHONE_SHAPE = re.compile(r"0[1-9]\d{0,2}-\d{2,3}$")
_PHONE_GROUP_AFTER = re.compile(r" \d{2,3}(?!\d)")
_ITEM_SPAN = re.compile(r"([1-9]\d?)-([1-9]\d?)")  # "3-9", "12-17": an agenda's items after "ärende"


def _case(m: re.Match[str]) -> str | None:
    """A case or diary number by its label or shape. A court case's running
    number of four digits before a two-digit year is said as a number ("mål
    B 1234-24" -> "be ettusentvåhundratrettiofyra streck tjugofyra", a
    leading thousand "ettusen"), as the writers of blind sets 9-11 said it;
    a diary number's groups of four in pairs. "ärende 4–9" (one or two digits, the first the smaller) is the agenda's
    items, left to the ranges ("fyra till nio"); risk: a case "ärende 12-17" of 2017 is heard as a span."""
    if not m.group("pre") and _PHONE_SHAPE.match(m.group("num")) and _PHONE_GROUP_AFTER.match(m.string, m.end()):
        return None  # "Bokning: 0910-73 50 00": an area code and its groups, a phone number for the phone rule
    words = [w.strip("(.,:") for w in prev_words(m, 3)]  # "Ärendenummer: 2025-12345": the label's colon
    if (len(words) > 1 and words[-1] in ("är", "blir", "var") and words[-2].endswith(("numret", "nummer"))
            and max(map(len, _SEPARATOR.split(m.group("num"))[::2])) >= 3):
        words = words[:-1]  # "Ärendenumret är 25-123456": the label and its verb (not "Husnumret är 12-14")
    named = words[0] if len(words) == 3 and words[1] == "med" and words[0] in CASE_LABELS else ""  # "målet med nr 1588-24"
    words = words[-2:]
    last = words[-1] if words else ""
    labelled = last in CASE_LABELS or (last in ("nr", "nummer") and (bool(named) or len(words) == 2 and words[0] in CASE_LABELS)) or (
        last in ("nr", "nummer") and _YEAR_FIRST.fullmatch(m.group("num")) is not None) or (  # "nr 2025-004"
        last.endswith(("nummer", "numret", "nr", "nr.")) and last not in ("nummer", "numret", "nr", "nr.") and not last.startswith(CODE_LABEL_NOT)
        and last not in NUMBER_LABELS and "-" in m.group("num") and not m.group("num").startswith("0")
    )  # "Fakturanummer 2025-0456", "Artikelnummer 40123-01"; not a phone's area code, "Journummer 020-20 20 20"
    if last in ("ärende", "ärendena", "ärenden") and not m.group("pre") and (
            (span := _ITEM_SPAN.fullmatch(m.group("num"))) and int(span[1]) < int(span[2])):
        return None  # "behandlas ärende 12–17": the agenda's items twelve to seventeen (ranges: "till")
    if last.lower() in _GOAL_WORDS and not m.group("pre") and _GOAL_PAIR.fullmatch(m.group("num")):
        return None  # "Mål: 0–1 Nilsson (23)": a list of goals' running score, for the score rule
    if last == "mål" and words[0] == "på" and not m.group("pre"):
        return None  # "Skott på mål 14/38": shots on goal, a statistic (session 61), no court's case
    num = m.group("num")  # a court's code of letters ("UM 4471-24"), not before a season ("SHL 2024-25": the next year)
    court_shape = bool(m.group("pre")) and len(m.group("pre")) <= 3 and _COURT_CASE.fullmatch(num) and not (len(m.group(
        "pre")) > 1 and num[:2] in ("19", "20") and num[4:] == f"-{(int(num[:4]) + 1) % 100:02d}")
    if not labelled and m.group("pre") not in DIARY_PREFIXES and not court_shape:
        return None
    if _DATE_SHAPE.fullmatch(m.group("num")) and last not in CASE_NUMBER_LABELS:
        return None  # "KS 2024-11-06 § 213", "beslut 2024-11-06": a meeting's date
    if (not labelled or last == "beslut" or re.match(r",? §", m.string[m.end():])) and _DAY_MONTH_SHAPE.fullmatch(m.group("num")):
        return None  # "beslut fattas i KF 27/1", "KS beslut 12/11, § 114" (s45), "KS tar beslut 18/3" (s63): a date
    parts = _SEPARATOR.split(m.group("num"))
    groups = parts[::2]
    if "." in m.group("num") and not (len(groups[0]) == 4 and groups[0][:2] in ("19", "20")):
        return None  # a dot only after a year ("2023.112"); "mål 2.5" is no case
    # a court's case ("mål B 1234-24"): its running number is said as a number
    court = bool(court_shape) or last in _COURT_LABELS or (len(words) == 2 and words[0] in _COURT_LABELS) or (
        named in _COURT_LABELS)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(_SEPARATOR_WORDS[part])
        elif len(part) == 4 and part[0] != "0" and len(groups) == 2 and (
                court and i == 0 and len(groups[1]) == 2  # "mål B 1942-24": before a two-digit year, not a year
                or i == 2 and parts[1] in "-:" and _YEAR_SHAPE.fullmatch(parts[0]) and int(part) != int(parts[0]) + 1
                and (m.group("pre") or last.lower() in CASE_NUMBER_LABELS)):  # "dnr 2024-1176": the writers' 7 of 7
            # ("dnr 2024:5821" too: 4 rows of the writers' own readings say the number, none the pairs; session 60)
            out.append(("et" if part[0] == "1" else "") + cardinal(int(part)))  # the running number, "ettusentvåhundra..."
        elif i == 2 and parts[1] == "/" and _YEAR_SHAPE.fullmatch(parts[0]) and "1100" <= part <= "1999":
            out.append(running_number(part))  # "ärende 2024/1187": a year's running number
        else:
            out.append(say_id_group(part, i == 0, len(groups) > 1, last=i > 0 and i == len(parts) - 1))
    said = " ".join(out)
    if m.group("pre"):  # "dnr RS/1234/2025": the board's letters and a slash (session 57, normalize328)
        said = f"{_say_letters(m.group('pre'))}{' snedstreck' * (m.group('psep') == '/')} {said}"
    if m.group("suf"):
        said += " " + spell(m.group("suf"))
    return said


# Small words after a short number an sms goes to ("till 72950 och skänk"); a noun after it is counted.
_AFTER_SHORT_NUMBER = frozenset({"och", "eller", "så", "samt", "för", "om", "senast", "i", "på", "med", "att"})
_AMOUNT_AFTER = frozenset({"kr", "kr.", "kronor", "krona", "sek", "euro", "dollar", "öre"})


_COMPOUND_AFTER = re.compile(r"-[a-zåäö]")


def _labelled_number(m: re.Match[str]) -> str | None:
    if (next_word(m).lower().rstrip(".,") in _AMOUNT_AFTER or m.string.startswith(":-", m.end())
            or _COMPOUND_AFTER.match(m.string, m.end())):
        return None  # "Swisha 150 kr till ...": the amount; "är 90-kontogodkänd": a compound, not the number
    style = label_style(m)
    groups = [g for g in re.split(r"[ -]", m.group("n")) if g]
    if style is None or (style == "groups" and len(groups) < 2 and len(groups[0]) < 5):
        return None
    if style == "groups" and groups[0].startswith("0") and sum(map(len, groups)) >= 8:
        return None  # "sms:a 070-123 45 67": a phone number, read by the phone rule
    if style == "digits":  # "556012-3456": digit by digit, the dash heard; a two-digit "kod 43" a number (session 64)
        return cardinal(int(m.group("n"))) if re.fullmatch(r"[1-9]\d", m.group("n")) and prev_words(m)[-1:] in (["kod"], ["koden"]) else dashed_digits(m.group("n"))
    if style == "groups" and len(groups) == 1 and len(groups[0]) == 5 and (
            not next_word(m)[:1].islower() or next_word(m) in _AFTER_SHORT_NUMBER):
        groups = [groups[0][:2], groups[0][2:]]  # "sms:a GÅVA till 72950" as "72 950": "sjuttiotvå niohundrafemtio"
    if style == "digit groups":  # "Swish 900 123 45 67": digit by digit, no comma between the groups (_swish)
        return " ".join(digits(g) for g in groups)
    if style == "pair groups":  # "bg 5312-4461": each written group in pairs, no comma between them (_swish)
        return " ".join(say_payment_group(part) for part in m.group("n").split("-") if part.strip())
    if style == "pairs":
        # a payment number is dictated: "2200" is "tjugotvå noll noll"
        return " ".join(say_payment_group(g) for g in groups)
    if len(groups[0]) > 6 and "-" in m.group("n"):  # "CPV-kod 45233141-9": a long code and its check digit (s62)
        return dashed_digits(m.group("n"))
    return " ".join(digits(g) if (g.startswith("0") and len(g) > 1) or len(g) > 6 else cardinal(int(g)) for g in groups)


# "Ordernummer 44-1920-87": three or more digit groups joined by hyphens.
_PART_CHAIN = re.compile(r"(?<![\w,.:/–-])(?P<c>\d{1,6}(?:-\d{1,6}){2,})(?![\w]|[.,:]\d|-\d)")
_PART_LABEL_ENDINGS = ("nummer", "numret", "nr", "nr.", "nr:", "nummer:")


def _part_chain(m: re.Match[str]) -> str | None:
    """A number in three or more parts joined by hyphens after a word that
    names a number ("Ordernummer 44-1920-87", "kundnr 12-3456-7") is read
    part by part with "streck" between: a four-digit part in pairs ("nitton
    tjugo"), a part with a leading zero digit by digit, the rest as numbers.
    Risk: only after a label ending in "nummer"/"nr" (a chain elsewhere is
    left to the other rules)."""
    before = prev_words(m)
    if not before or not before[-1].endswith(_PART_LABEL_ENDINGS):
        return None
    parts = m.group("c").split("-")
    said = [digits(p) if p.startswith("0") and len(p) > 1 else say_pairs(p) if len(p) == 4 else cardinal(int(p))
            for p in parts]
    return " streck ".join(said)


def say_payment_group(part: str) -> str:
    """One written group of a payment number, dictated: "5312" -> "femtiotre
    tolv", "836" -> "åttahundratrettiosex", "2200" -> "tjugotvå noll noll"."""
    return " ".join(cardinal(int(g)) if len(g) == 3 and g[0] != "0" else say_pairs(g, False) for g in part.split())


def _plate(m: re.Match[str]) -> str | None:
    words = [w.strip("(.,:") for w in prev_words(m, 2)]
    # the new format ends in a letter ("OPQ 98R"): a plate without a label
    if not any(w in PLATE_LABELS for w in words) and (
            not m.group("d")[-1].isalpha() or m.group("l") in ACRONYM_WORDS or m.group("l") in ACRONYM_SPELLED):
        return None  # "JAS 39E": a known name, not a plate
    return say_plate(m.group("l"), m.group("d"))


_YEAR_SHAPE = re.compile(r"1[89]\d\d|20\d\d")


def _flight(m: re.Match[str]) -> str | None:
    """A flight's number; a year-shaped one without a flight word in the
    line (FLIGHT_WORDS) is an event's year: "under OS 1984"."""
    n = m.group("n")
    if _YEAR_SHAPE.fullmatch(n) and not set(_WORDS.findall(m.string.lower())) & FLIGHT_WORDS:
        return None  # "under OS 1984", "VM 2019": an event's year, not a flight
    return f"{spell(m.group('c'))} {say_pairs(n) if len(n) == 4 else cardinal(int(n))}"


def _model_brand(m: re.Match[str]) -> str | None:
    style, n, n2 = MODEL_BRANDS[m.group("b")], m.group("n"), m.group("n2")
    if style in ("series", "number"):
        # "Porsche 911" -> "nio elva": the series digit, then the rest as a
        # number ("Volvo 142" -> "hundrafyrtiotvå", style "number"); only three digits and no
        # group after them ("Volvo 3 000 anställda" is a count)
        if len(n) != 3 or n2 or n[1:] == "00" or _DIGIT_GROUP_AHEAD.match(m.string, m.end()):
            return None
        after = next_word(m)
        if not m.group("an") and (after in COUNT_NOUNS or (
                after[:1].islower() and after.endswith(_PLURAL_ENDINGS) and len(after) > 4)):
            return None  # "Volvo 150 anställda": a count ("Volvo 264:an rostar" is the car)
        if style == "number":  # "Volvo 142" -> "hundrafyrtiotvå", "Volvo 245:an" -> "tvåhundrafyrtiofemman"
            said = cardinal(int(n))
            if m.group("an") == ":n":  # "Volvo 240:n" -> "tvåhundrafyrtion"
                return f"{m.group('b')} {definite_n(said)}"
            if m.group("an") and int(n[1:]):
                said = said.removesuffix(cardinal(int(n[1:]))) + number_noun(int(n[1:]), definite=m.group("an") == ":an")
            return f"{m.group('b')} {said}"
        return f"{m.group('b')} {cardinal(int(n[0]))} {say_pairs(n[1:])}"
    said = digits(n) if style == "digits" else cardinal(int(n))
    if n2:  # "737-800": a round variant is said as a number ("åttahundra")
        said += " " + (digits(n2) if style == "digits" and not n2.endswith("00") else cardinal(int(n2)))
    if m.group("an") == ":n":  # "Boeing 737:n"
        said = definite_n(said)
    elif m.group("an"):  # "Saab 96:an" -> "nittiosexan", "Boeing 737:an" -> "sju tre sjuan"; ":a", "en Saab 9-5:a",
        # the indefinite: "nio femma" (session 53, normalize221)
        last = int(n2 or n) if style != "digits" else int((n2 or n)[-1])
        said = said.removesuffix(cardinal(last)) + number_noun(last, definite=m.group("an") == ":an")
    return f"{m.group('b')} {said}"



_PROPERTY_WORDS = PROPERTY_LABELS | PROPERTY_SALE_WORDS
_ODD_MINUTES = re.compile(r"[A-ZÅÄÖ][a-zåäö]+ \d{1,4}:(?:[1-9]|[1-9]\d\d)(?![\d:])")  # "Tången 1:7": no clock's


def _property(m: re.Match[str]) -> str | None:
    """A property designation after its label; in a line of property sales or
    building permits (PROPERTY_SALE_WORDS: "Såld: Ekbacken 2:14, Lessebo",
    "bygglov ... på Solbacken 1:23") without one; after any place's capitalised name when the number after the
    colon has one digit or three, as no clock's minutes have ("bryggan på Tången 1:7": session 53). Risk: a clock time with a
    colon after a capitalised word in such a line, unless "kl." or a weekday
    is before it. A clock word is never the name's second word: "kvarteret
    Kråkan kl 23:15" (the clock's stop left out) is the place and a time."""
    # the label right before the name, or before "är" ("beteckningen är Visby Klinten 1:23")
    before = prev_words(m, 2)
    labelled = bool(before) and (before[-1] in PROPERTY_LABELS
                                 or (len(before) == 2 and before[0] in PROPERTY_LABELS and before[1] in _PROPERTY_VERBS))
    # "Såld: Ekbacken 2:14, Lessebo": a sale's line names properties without a label
    sale = not labelled and bool(set(_WORDS.findall(m.string.lower())) & PROPERTY_SALE_WORDS) and (
        not before or before[-1].rstrip(".") not in ("kl", "klockan")) and (
        m.group("name").split()[-1].lower() not in _CALENDAR_NAMES) and (  # "Måndag 14:30": a time
        m.group("name").split()[-1][0].isupper())  # "Konserten börjar 19:30 ... säljs": no place's name
    # "på Tången 1:7": a number after the colon no clock has (one digit, or three), after a place's capitalised name
    shaped = len(m.group("b")) != 2 and m.group("b")[0] != "0" and m.group("name").split()[-1][0].isupper() and (
        m.group("name").split()[-1].lower() not in _CALENDAR_NAMES) and prev_words(m, 1)[-1:] != ["kl"]
    if not (labelled or sale or shaped):
        return None
    return f"{m.group('name')} {cardinal(int(m.group('a')))} kolon {cardinal(int(m.group('b')))}"


def references(text: str, trace: Trace | None = None) -> str:
    """Statutes, reports and bills: "SFS 2010:800" -> "ess eff ess
    tvåtusentio kolon åttahundra", "prop. 2024/25:12" -> "proposition
    tvåtusentjugofyra snedstreck tjugofem kolon tolv", "SOU 2023:7",
    "NJA 2019 s. 504" -> "... sidan femhundrafyra", and a bare number after a
    law's name, "utlänningslagen (2005:716)".

    Risk: only after a series label in REFERENCE_SERIES, or right after a
    word ending in a statute word ("-lagen", "-balken"), or a year and a
    number in brackets after any word ("Motionen (2024:17)": no clock has
    such hours); the year is said as a year, the running number as a number. A committee's
    letters before the number are spelled ("bet. 2024/25:FiU20" -> "...
    kolon eff i u tjugo"), an agency's statute book ending in FS is spelled
    ("AFS 2023:1", "SKOLFS 2024:12"), and an EU act is read by its year and
    number ("förordning 2016/679" -> "tvåtusensexton snedstreck
    sexhundrasjuttionio", "direktiv 2010/75/EU"). A session's document is
    known by its shape alone, two years in a row, a colon and a number
    ("Interpellation nr 2024/25:318"; risk: none known, no other thing is
    so written), and a Finnish statute by its number and year after a
    statute word ("lagen (1082/2021)" -> "tiohundraåttiotvå snedstreck
    tvåtusentjugoett", "räddningslagen 379/2011"; risk: a part or a date
    after "lag" with a year, "lag 3/2021", is read as a statute). A
    chapter and a section after a law's short name (LAW_CODES) or a name
    ending in "-balken"/"-lagen" are said with "kolon": "BrB 3:1" -> "BrB
    tre kolon ett" (it was "tre: ett"; risk: a clock time right after such
    a name, "skollagen 14:30", is read so).
    """
    if "/" in text:
        if "örordning" in text or "irektiv" in text or "EU" in text or "EG" in text:  # one in each branch of _EU_ACT
            text = sub(_EU_ACT, _eu_act, text, trace, "law reference")
        if any(w in text for w in _STATUTE_HINTS):
            text = sub(_NUMBER_YEAR_STATUTE, _number_year_statute, text, trace, "law reference")
            text = sub(_BRACKETED_STATUTE, _bracketed_statute, text, trace, "law reference")
    if ":" not in text and " s." not in text:
        return text
    text = sub(_REFERENCE, _reference, text, trace, "law reference")
    if "/" in text:
        text = sub(_SESSION_DOC, _session_doc, text, trace, "law reference")
    text = sub(_STATUTE, _statute, text, trace, "law reference")
    if _LAW_CHAPTER_HINT.search(text):  # "BrB 3:1" -> "BrB tre kolon ett"
        text = more_designations(sub(_LAW_CHAPTER, _law_chapter, text, trace, "law reference"), trace)
    return sub(_YEAR_COLON, _year_colon, text, trace, "law reference")


def identifiers_by_label(text: str, trace: Trace | None = None) -> str:
    """Numbers that name, not count, told by the label before them: case and
    diary numbers ("mål B 1234-24" -> "be ettusentvåhundratrettiofyra streck
    tjugofyra", see ``_case``; "dnr 3456-2024" -> "trettiofyra femtiosex
    streck tvåtusentjugofyra", "dnr 2024-0345", "KS 2023/118" after "ärendet", "BUN 2023.112" ->
    "... punkt hundratolv"; a police case "5000-K123456-24" -> "femtusen
    streck kå ett två tre fyra fem sex streck tjugofyra" without a
    label, its running number digit by digit as with no unit, "K482913-25"
    -> "kå fyra åtta två nio ett tre streck tjugofem", as the blind writers
    read it), payment and organisation
    numbers ("bankgiro 5050-1055" in pairs, a pause between its written
    groups: "femtio femtio, tio femtiofem"; "BG", "PG" in capitals too, "Swish 123 456 78 90" (a
    number of that shape, ten digits from 123, also without the label,
    digit by digit with a pause between its groups, three, three, two
    and two, as the writer of blind set 6 said it and a listener notes it
    down) and
    "organisationsnummer 556677-8899" digit by digit, "sms till 72 980" in
    its groups, also after "till" further from the label: "ett sms med
    texten LOPP till 71 234"; a phone number after "sms:a" is left to the
    phone rule), plates after "reg.nr" ("ABC 12D" -> "a be ce ett två de"),
    flights ("SK 1420" -> "ess kå fjorton tjugo"; "OS 1984" is a year, see
    ``_flight``), model names ("Saab 9-3" -> "Saab nio tre", "Boeing 737" -> "sju tre sju", "737-800" ->
    "sju tre sju åttahundra", "Volvo 142" -> "hundrafyrtiotvå", "Porsche 911" -> "nio elva", "Saab 96:an" ->
    "Saab nittiosexan", "X2000"; a name with a dot between its parts, "ID.3" -> "i de tre", "E6.20" -> "e
    sex tjugo"), codes after a "-nummer" compound ("kundnummer 884213", "IMO 9235517", a case's too:
    "ärendenummer 31207745": digit by digit; "batchnr 23A417": a code of digits and capitals, each part said, "två tre A
    fyra ett sju") and property designations ("fastigheten Kvarnen 2:14" -> "två
    kolon fjorton"; in a line of sales or permits without a label too, see ``_property``).

    A full date after a board's letters or a decision word ("KS 2024-11-06
    § 213", "beslut 2024-11-06") is the meeting's date, left to the date
    rule; only after a word that names a number (CASE_NUMBER_LABELS: "dnr",
    "diarienummer") is that shape an identifier.

    A letter joined to the number by a hyphen is the court's series ("mål
    C-311/18" -> "ce trehundraelva snedstreck arton"); a year as the last
    group is a year ("dnr 3456-2024"). One letter, three to six digits and a
    two-digit year ("K 12345-24", "B 456-25") is a case number without a
    label too.

    Risk: a case number needs a label from CASE_LABELS right before it (or
    "nr" after one) or a board's letters from DIARY_PREFIXES ("KS
    2023/118"); a flight needs a known airline code; a plate needs a
    plate label, except in the new format ending in a letter ("OPQ 98R");
    a dashed pair with none of these stays a range or a score.
    A product's model code ("WH-1000XM5") is read by its parts (``_model_code``);
    a reference after a word of marking by ``_marked``. Capitals and digits joined by a dot ("ID.3", "E6.20") are always a name:
    a single capital before the dot ("A.1") is not.
    """
    # Each kind runs only when its label is among the line's words.
    words = set(_WORDS.findall(text.lower()))
    if "." in text and _DOT_DIGIT.search(text):
        text = sub(_DOTTED_NAME, _dotted_name, text, trace, "model name")
    if _MODEL_HINT.search(text):
        text = sub(_MODEL_NAME, lambda m: MODEL_NAMES[m.group("w")] + ("s" if m.group("gen") else ""),
                   text, trace, "model name")
        text = sub(_MODEL_BRAND, _model_brand, text, trace, "model name")
    if (not words.isdisjoint(CASE_LABELS) or _DIARY_PREFIX_HINT.search(text) or ("-" in text and _COURT_CASE_HINT.search(text))
            or (("-" in text or "/" in text) and (_YEAR_FIRST_HINT.search(text) or _NUMBER_IS.search(text)))):
        text = sub(_CASE, _case, text, trace, "identifier")
    if "-" in text:
        text = sub(_POLICE_CASE, _police_case, text, trace, "identifier")
        text = sub(_MODEL_CODE, _model_code, text, trace, "model name")
    if "123" in text:
        text = sub(_SWISH_SHAPE, _swish, text, trace, "identifier")
    if "-" in text and ("nummer" in text or "nr" in text):  # "Ordernummer 44-1920-87"
        text = sub(_PART_CHAIN, _part_chain, text, trace, "identifier")
    if not words.isdisjoint(_NUMBER_LABEL_WORDS):
        text = sub(_NUMBER_RUN, _labelled_number, text, trace, "identifier")
    if "nummer" in text or "numret" in text or "nr" in text or "IMO" in text:
        text = sub(CODE_LABELLED, code_labelled, text, trace, "identifier")
    if "/" in text and not words.isdisjoint(MARK_WORDS):
        text = sub(_MARKED, _marked, text, trace, "identifier")
    if not words.isdisjoint(PLATE_LABELS) or _NEW_PLATE.search(text):
        text = foreign_plates(sub(_PLATE, _plate, text, trace, "identifier"), words, trace)
    if not words.isdisjoint(_AIRLINE_WORDS):
        text = sub(_FLIGHT, _flight, text, trace, "identifier")
    if ":" in text and (not words.isdisjoint(_PROPERTY_WORDS) or _ODD_MINUTES.search(text)):
        text = more_designations(sub(_PROPERTY, _property, text, trace, "identifier"), trace)
    return text
