"""Numbers read from their context: section numbers (``section_numbers``),
Roman numerals (``roman_regnal``, in ``roman.py``), numbers in compounds
(``number_compounds``), ordinals (``ordinals``), identifiers
(``identifiers``, in ``idnumbers.py``), ranges (``ranges``), plain counts with en/ett
(``cardinals``), and the fallback for digits no rule took
(``leftover_digits``).

Numbers with a unit, a currency or a date around them are read earlier, by
``quantities.py``, ``calendar.py``, ``contact.py`` and ``sport.py``.
"""

from __future__ import annotations

import re

from ..data.calendar import HOUR_VERBS
from ..data.designation_words import VEHICLE_MAKES
from ..data.letter_pair_words import LETTER_SPAN_WORDS, LICENCE_WORDS
from ..data.nouns import (
    EN_COMPOUND_HEADS,
    FLAT_FOLLOWERS,
    FLAT_NOUNS,
    HALF_YEAR_WORDS,
    HALF_YEARS,
    MAGNITUDE_NOUNS,
    MAGNITUDE_SHORT,
    MASCULINE_ORDINAL_TITLES,
    SCHOOL_SPAN_BEFORE,
    SCHOOL_WORDS,
    SECTION_LABELS,
    SECTION_SHORT,
)
from ..data.sport import (
    COLONLESS_ORDINAL_BEFORE,
    COLONLESS_ORDINAL_HEADS,
    PLACING_ADVERBS,
    PLACING_VERBS,
    PLACING_WORDS,
)
from ..data.words import ACRONYM_SPELLED, EMPHASIS_WORDS, STREET_ENDINGS
from ..numbers import cardinal, digits, ordinal, year
from ..report import Trace
from .elided_counts import decimal_one_gender
from .idnumbers import identifiers as identifiers
from .machinery import (
    NUM,
    NUM_REST,
    SAID_SCORE,
    SECOND_SPAN_AFTER,
    SIGN,
    START,
    definite_n,
    gender_after,
    has_digit,
    is_label_noun,
    next_word,
    number_noun,
    prev_words,
    say_number,
    score_said,
    sign_word,
    spell,
    split_of_hundred,
    sub,
    to_int,
)
from .number_heads import COMPOUND as _COMPOUND
from .number_heads import compound as _compound
from .placings import placing_noun
from .roman import roman_regnal as roman_regnal

# (the lookbehind after the first digit, widened by it: the same test; re scans fast for a character class)
_POINT_IN_NUMBER = re.compile(r"\.(?<=\d\.)\d")  # what _SECTION needs (the point first: a cheap test)
_SECTION = re.compile(
    r"(?P<n>\d(?<![\w,.:/]\d)\d{0,2}(?:\.\d{1,3})+)(?P<g>[a-h](?![\w]|\.\w))?"  # a point's letter glued: "regel 14.3c"
    r"(?:\s?[–-]\s?(?P<n2>\d{1,3}(?:\.\d{1,3})+))?(?![\w]|[.,:]\d)"
    r"(?:\s(?P<l>[a-h])(?![\w]|\.\w))?"  # "kap. 3.1–3.4": a span of sections, "till" (session 59)
)


def _section(m: re.Match[str]) -> str | None:
    before = prev_words(m)
    if not before or before[-1] not in SECTION_LABELS:
        return None
    said = " punkt ".join(cardinal(int(p)) for p in m.group("n").split("."))
    if m.group("n2"):
        said += " till " + " punkt ".join(cardinal(int(p)) for p in m.group("n2").split("."))
    # "artikel 6.1 f": the point's letter, said by its name
    return f"{said} {spell(m.group('l') or m.group('g'))}" if m.group("l") or m.group("g") else said


# "p. 4.2", "art. 6.1 e", "fig. 4": a part of a text named short before its number ("3 p." is points in a table).
_POINT_SHORT = re.compile("(?P<w>" + "|".join(  # (?<![\w.])(?<!\d )(?:alternation), the lookbehinds after each first letter
    f"{re.escape(w[0])}(?<![\\w.]{re.escape(w[0])})(?<!\\d {re.escape(w[0])}){re.escape(w[1:])}" for w in sorted(SECTION_SHORT, key=len, reverse=True)) + r")\s(?=\d)")


# "§ 23–§ 31", "kap. 3–kap. 5", "s. 12–s. 15": the same label at each end of a range, the dash said "till".
_LABEL_RANGE = re.compile(
    r"(?P<l>§|(?<![\w.])(?:kap\.|kapitel|s\.|sid\.|sidan|avsnitt|punkt|p\.|art\.|artikel|bilaga))"
    r"\s?(?P<a>\d{1,4}\s?[a-h]?)\s?[–-]\s?(?P=l)(?=\s?\d)"
)


_LABEL_RANGE_HINT = re.compile(r"[–-]\s?(?:§|[ksSpPaAbB][a-zåäö]{0,7}\.?\s?\d)")  # a cheap test before the pattern


def section_numbers(text: str, trace: Trace | None = None) -> str:
    """A dotted number after a section label is a section: "kapitel 3.2" ->
    "kapitel tre punkt två", "avsnitt 4.1.2", "version 2.1"; never a decimal
    or a time. A small letter after it names a point: "artikel 6.1 f" ->
    "artikel sex punkt ett eff". "p.", "art.", "fig.", "tab." before a
    number are "punkt", "artikel", "figur", "tabell" ("enligt p. 4.2" ->
    "enligt punkt fyra punkt två").

    The same label at each end of a range says its dash: "§ 23–§ 31" ->
    "§ 23 till § 31", "kap. 3–kap. 5" (class "range").

    Risk: only right after a label in SECTION_LABELS; "3.5 procent" and a
    bare "3.2" are left to the decimal rule. A sentence ending in "art." (a
    species) before one opening with a digit would be read "artikel".
    """
    if ("–" in text or "-" in text) and _LABEL_RANGE_HINT.search(text):
        text = sub(_LABEL_RANGE, lambda m: f"{m.group('l')} {m.group('a').strip()} till {m.group('l')}", text, trace,
                   "range")
    if ". " in text:
        text = sub(_POINT_SHORT, lambda m: SECTION_SHORT[m.group("w")] + " ", text, trace, "abbreviation")
    if "v" in text or "V" in text:
        text = sub(_VERSION_V, lambda m: "version ", text, trace, "abbreviation")  # "routern NX-300 v2.1"
    return sub(_SECTION, _section, text, trace, "section") if _POINT_IN_NUMBER.search(text) else text


_VERSION_V = re.compile(r"(?<![\w.])[vV]\.?(?=\d{1,3}(?:\.\d{1,3})+(?![\d.]))")
"""A version's "v" before its dotted number ("v2.1", "v.3.0.2": "version", session 34, normalize110)."""


# (lookbehinds after the first character, widened by it: the same tests, and re
# scans fast for a pattern that opens with a character class)
_ALNUM = re.compile(
    r"(?P<l>[A-ZÅÄÖ](?<![\w].)[A-ZÅÄÖ]{0,3})(?P<n>\d{1,3})(?P<dec>,\d(?![\d,]))?(?P<t>[a-z](?=-)|(?!an|or)[a-z]{3}(?!\w))?"
    r"(?::(?P<suf>an|ans|s|or|orna|n)|-(?P<hsuf>an|ans))?(?![\w])"
    r"(?P<join>-(?=[a-zåäö]{3}))?(?P<yr>-(?=(?:19|20)\d\d(?![\d-])))?"  # "H1-2026": the period and its year
)


_YEAR_NEXT = re.compile(r"\s?[-–]?\s?(?:19|20)\d\d\b")
_LOWER_WORD = re.compile(r"[a-zåäö]+")


_MAKES = frozenset(w.lower() for w in VEHICLE_MAKES)


def _half_year(m: re.Match[str]) -> bool:
    """ "H1 2025", "under H2 steg vinsten": a half-year, by the year after it, "under" or "inför" before it, or a word
    of business in the line (HALF_YEAR_WORDS); "lägenhet H1" stays letters, and so does a model after its make
    ("Audi Q4 e-tron")."""
    if m.group("suf") or m.group("hsuf") or m.group("t") or m.group("join"):
        return False
    if prev_words(m)[-1:] and prev_words(m)[-1] in _MAKES:
        return False  # "Audi Q4 e-tron": a model after its make
    if _YEAR_NEXT.match(m.string, m.end()) or prev_words(m)[-1:] in (["under"], ["inför"]):
        return True  # "under H2": a time, the half-year (session 31, normalize96: "anställa 8 operatörer under H2")
    return any(w in HALF_YEAR_WORDS for w in _LOWER_WORD.findall(m.string.lower()))


def _alnum(m: re.Match[str]) -> str | None:
    letters, n, suf = m.group("l"), int(m.group("n")), m.group("suf") or m.group("hsuf")
    key = letters + m.group("n")
    if key in HALF_YEARS and _half_year(m):
        return HALF_YEARS[key] + (" " if m.group("yr") else "")
    spelled = ACRONYM_SPELLED.get(key)
    if spelled and spelled.endswith("kvartalet") and prev_words(m)[-1:] and prev_words(m)[-1] in _MAKES:
        spelled = None  # "Audi Q4 e-tron": the model, not the quarter
    if m.group("dec"):  # "PM2,5" -> "pe emm två komma fem": a decimal in a name
        spelled = f"{spell(letters)} {cardinal(n)} komma {cardinal(int(m.group('dec')[1]))}"
    raw = m.group("n")  # "F09", "P05": a leading zero is said ("eff noll nio", a team born 2009)
    said = " ".join(["noll"] * (len(raw) - len(raw.lstrip("0")))) + (f" {cardinal(n)}" if n else "") if raw[0] == "0" else cardinal(n)
    base = spelled if spelled else f"{spell(letters)} {said.strip()}"
    if m.group("yr"):  # "Q3-2025" -> "tredje kvartalet tvåtusentjugofem", a name's dash kept ("E4-2025")
        return base + (" " if base.endswith("kvartalet") else "-")
    if suf in ("an", "ans"):
        noun = number_noun(n)
        base = f"{spell(letters)} {noun}" + ("s" if suf == "ans" else "")
    elif suf == "n":
        base = definite_n(base)  # "V70:n" -> "ve sjuttion"
    elif suf:
        base += suf  # "s", "or", "orna"
    if m.group("t"):  # "X15p-tåg": a type letter, said by its name; "A320neo": a model's suffix, a word
        base += " " + (m.group("t") if len(m.group("t")) > 1 else spell(m.group("t")))
    if m.group("join"):
        # "CO2-utsläpp" -> "koldioxidutsläpp": a name said as one word joins
        # the compound; spelled letters keep the hyphen ("E4-bron"); a quarter heading a compound is its letter
        # and number, "Q2-rapporten" -> "ku två-rapporten" (it was "andra kvartalet-rapporten")
        if base.endswith("kvartalet"):
            return f"{spell(letters)} {cardinal(n)}-"
        return base + ("" if spelled and " " not in spelled else "-")
    return base


# "covid-19", "V64-1": a name (a word, or letters and digits) and its number
# joined by a hyphen, the number ending the word; said apart, as a name and
# its number are ("covid nitton", "ve sextiofyra ett").
# ((?<![\w-])[A-Za-zÅÄÖåäö]\w+-...: the lookbehind after the first letter, a fast scan; the word's letters
# possessive, never given back one by one to find a hyphen that only follows the whole word)
_NAME_NUMBER = re.compile(r"(?P<w>[A-Za-zÅÄÖåäö](?<![\w-].)\w++)-(?P<n>\d{1,3})(?![\w-]|[.,:]\d|:[a-zåäö])")


def _name_number(m: re.Match[str]) -> str:  # "covid-nitton"; capitals and a game's leg apart ("AK-47", "V75-4")
    return f"{(w := m.group('w'))}{' ' if w.isupper() or w[0] == 'V' and w[1:].isdigit() else '-'}{say_number(m.group('n'))}"


_QUARTERS = re.compile(r"\b(första|andra|tredje|fjärde) kvartalet–(?=(?:andra|tredje|fjärde) kvartalet\b)")
# "truckkort A1–B3", "nivå B1–C2": a span of classes or levels, each a capital and a digit, rising, in a sentence of
# classes or licences (LETTER_SPAN_WORDS, LICENCE_WORDS): "till" (session 63, normalize471: the dash was left, a pause).
_CODE_SPAN = re.compile(r"(?<![\w.,/–-])(?P<a>[A-Z][1-9])[–-](?P<b>[A-Z][1-9])(?![\w/–-]|[.,]\d)")


def _code_span(m: re.Match[str]) -> str | None:
    low = m.string.lower()
    if m.group("a") >= m.group("b") or not any(w in low for w in (*LETTER_SPAN_WORDS, *LICENCE_WORDS)):
        return None
    return f"{m.group('a')} till {m.group('b')}"


def number_compounds(text: str, trace: Trace | None = None) -> str:
    """A number in a compound: "5-åring" -> "femåring", "1970-talet" ->
    "nittonhundrasjuttiotalet", "90-talet" -> "nittiotalet", "80-talist";
    letter+number names "E4" -> "e fyra", "E4:an" and "E4-an" -> "e fyran", up to four capitals ("OMXS30-index",
    session 26: the digits were read one run at a time, "trettio -index");
    one said as a word joins a compound: "CO2-utsläpp" -> "koldioxidutsläpp"; "Q1–Q3" -> "första till tredje kvartalet".

    An hour written with its zero before "-tiden" is the hour: "02-tiden" -> "tvåtiden".

    A name and its number joined by a hyphen, the number ending the word, keep the hyphen: "covid-19" -> "covid-nitton"
    (session 57: the writers since session 50, 18 times to 6); capitals and a game's leg do not ("AK-47": "a kå
    fyrtiosju", 4 to 4; "V64-1" -> "ve sextiofyra ett"); a compound after the number keeps its hyphens ("covid-19-fall":
    "covid-nitton-fall", session 58: 15 rows of 18; it was "covid-nittonfall").

    A four before the heads that take the old combining form is "fyr-"
    ("4-takt" -> "fyrtakt", "4-hjulsdrift", "4-cylindrig"; FYR_COMPOUND_HEADS).

    Risk: "1-" takes "en" only before the heads in EN_COMPOUND_HEADS
    ("enrumslägenhet"), "ett" otherwise ("ettåring"); a word, a hyphen and
    a number of up to three digits is always a name and its number (a
    case or a phone number with letters before it is read earlier); a single
    letter before the hyphen stays with its number ("F-16").
    """
    if "-" in text:  # (both need a hyphen)
        text = sub(_NAME_NUMBER, _name_number, text, trace, "name and number")
        text = sub(_COMPOUND, _compound, text, trace, "decade")
    if "-" in text or "–" in text:
        text = sub(_CODE_SPAN, _code_span, text, trace, "range")
    text = sub(_ALNUM, _alnum, text, trace, "acronym")
    return sub(_QUARTERS, lambda m: f"{m.group(1)} till ", text, trace, "range") if "kvartalet–" in text else text


# (lookbehinds after the first character, widened by it, as above) "10–15:e": a range ending in an ordinal, both ordinals.
_ORDINAL_RANGE = re.compile(r"(?P<a>\d(?<![\w,.]\d)\d{0,2})(?::(?:a|e))?\s?[–-]\s?(?=\d{1,3}:(?:e|a|de|te|nde|onde|dje|rde|dra)(?![\w]))")
_ORDINAL = re.compile(r"(?P<n>\d(?<![\w,.]\d)(?:\d{0,2}(?: \d{3})+(?=:)|\d*)):(?P<s>a|e|de|te|nde|onde|dje|rde|dra)(?P<gen>s)?(?![\w])")  # "2:dra": "andra"
_ORDINAL_MINUTE = re.compile(r"(?<=\d:e) min(?:\.(?=\s[a-zåäö]))?(?![\wåäö])")
_LETTER_AHEAD = re.compile(r"\s*[A-Za-zÅÄÖåäö]")
# "möblerad 1:a, 32 kvm", "2:a om 54 m²": a floor area right after makes it a flat (read by then: "kvadratmeter").
_FLOOR_AREA_AHEAD = re.compile(
    r",?\s(?:om\s|på\s)?(?:ca\s|cirka\s)?(?:\d{1,3}(?:[,.]\d)?|[a-zåäö]+(?: komma [a-zåäö]+)?)\s?"
    r"(?:kvm|m²|m2|kvadratmeter)\b"
)


def _flat(m: re.Match[str]) -> bool:
    """A "3:a" that is a flat ("en 3:a på 78 kvm", "en stor 4:a i Majorna"):
    "en" before it (an adjective may come between) and no noun after it (an ad's flats: ``smallprint._flat``)."""
    if _FLOOR_AREA_AHEAD.match(m.string, m.end()):
        return True
    before = prev_words(m, 2)
    if not before or not (before[-1] == "en" or (len(before) == 2 and before[0] == "en" and before[1].isalpha())):
        return False
    after = m.string[m.end():]
    w = next_word(m)
    return not _LETTER_AHEAD.match(after) or (w or "").lower() in FLAT_FOLLOWERS


def _ordinal(m: re.Match[str]) -> str:
    n = int(m.group("n").replace(" ", ""))
    if m.group("s") == "a" and 1 <= n <= 9 and not m.group("gen") and _flat(m):
        return FLAT_NOUNS[n - 1]
    if m.group("s") == "a" and not m.group("gen") and (noun := placing_noun(m, n)):
        return noun  # "slutade 5:a" -> "femma", "gick en 74:a" -> "sjuttiofyra"
    # "förste"/"andre" only before an office ("1:e vice ordförande"), not
    # before a thing or a rank in a list ("1:e pris", "1:e reserv")
    w = next_word(m).lower()  # an office in its definite form too ("1:e violinisten", "2:e ordföranden")
    male = m.group("s") == "e" and n % 100 in (1, 2) and bool({w, w[:-2], w[:-1]} & MASCULINE_ORDINAL_TITLES)
    return ordinal(n, male=male) + ("s" if m.group("gen") else "")


# "3e", "11e", "21a": an ordinal written without its colon; the ending must be the number's own ("1a", "2a",
# "21a"; "3e", "11e", "12e"), read only in a context of ordinals (``_colonless``).
_PLACING_ALONE = PLACING_ADVERBS - {"till", "som", "sig"}
_FLOOR_AREA_AFTER = re.compile(r"[^.;:!?]{0,40}?(?:\b\d+(?:,\d+)?\s?(?:m²|m2|kvm)(?!\w)|\bkvadratmeter\b)")  # (said by now)
_COLON_ORDINAL_NEAR = re.compile(r"\d:(?:a|e)(?![\w])")
_COLONLESS_HINT = re.compile(r"\d[ae] ")
_COLONLESS = re.compile(r"(?<![\w,.:/–-])(?P<n>\d{1,3})(?P<s>[ae]) (?=(?P<next>[a-zåäö]+)(?![\w]))")


def _colonless(m: re.Match[str]) -> str | None:
    n, s, after = int(m.group("n")), m.group("s"), m.group("next")
    before = (prev_words(m, 1) or [""])[-1]
    if n == 0 or m.group("n")[0] == "0" or before.endswith(STREET_ENDINGS):
        return None  # "Åsgatan 2a, 60 kvm": a house's letter
    first_two = n % 10 in (1, 2) and n % 100 not in (11, 12)
    # "kom 5a", "är nu 3a", "en 3a på 70 kvm" (not "till 5a", "som 3a": a span's or a list's house numbers)
    placing = before in PLACING_VERBS or before in _PLACING_ALONE or before == "en"
    # "Uthyres: 3a på 78 m²": a flat by its floor area after it (not a street's house, "Åsgatan 2a, 60 kvm")
    flat = s == "a" and n <= 9 and bool(_FLOOR_AREA_AFTER.match(m.string, m.end()))
    if s == "a" and not first_two and not ((placing and n <= 12) or flat):
        return None
    if s == "a" and (flat or before == "en") and n <= 9:
        return FLAT_NOUNS[n - 1] + " "  # said as the flat's noun at once ("tvåa", "trea")
    if s == "a" and placing and n <= len(PLACING_WORDS) and after not in COLONLESS_ORDINAL_HEADS:
        return PLACING_WORDS[n - 1] + " "  # "kom 5a" -> "femma"
    office = after == "vice" or after in MASCULINE_ORDINAL_TITLES
    if s == "e" and first_two and not (office or after in COLONLESS_ORDINAL_HEADS):
        return None  # "1e"/"2e": "förste"/"andre" before an office, "första"/"andra" before a head ("1e reserv")
    # an ordinal with its colon near it: "slutade 2:a i SM och 14e i VM", "i 34e och 58:e minuten"
    near = _COLON_ORDINAL_NEAR.search(m.string, max(0, m.start() - 50), m.end() + 30)
    genitive = len(before) > 3 and before.endswith("s") and before.isalpha()  # "stadens 11e", "Beethovens 9e"
    if not (after in COLONLESS_ORDINAL_HEADS or office or before in COLONLESS_ORDINAL_BEFORE or placing or genitive
            or flat or near):
        return None
    return f"{m.group('n')}:{s} "


def ordinals(text: str, trace: Trace | None = None) -> str:
    """Ordinals: "1:a" -> "första", "3:e" -> "tredje", "20:e" -> "tjugonde",
    "21:a" -> "tjugoförsta", "1:e vice ordförande" -> "förste"; a flat after
    "en" is a noun: "en 3:a på 78 kvm" -> "en trea", and so is one with its
    floor area right after ("möblerad 2:a, 48 kvm" -> "tvåa"); thousands
    written in groups are one number ("1 000:e" -> "tusende").

    "min" after an ordinal is the minute: "var 10:e min" -> "var tionde
    minut". After a verb of finishing, with no noun after it, "N:a" up to twelve is
    a placing said as its noun: "slutade 5:a i stafetten" -> "femma", "är
    nu 3:a i serien" -> "trea" ("3:e" stays "tredje", as written).

    "1:e"/"2:e" are "förste"/"andre" before an office or rank
    (MASCULINE_ORDINAL_TITLES: "1:e vice ordförande"), "första"/"andra"
    before anything else ("1:e reserv", "2:e gången").

    A range whose end is an ordinal is ordinals: "var 10–15:e minut" ->
    "var tionde till femtonde minut".

    An ordinal written without its colon is read so in a context of ordinals: "kom 3e i loppet",
    "på 11e plats", "den 21a", "stadens 11e mord", "1e vice ordförande", "slutade 5a" (its ending the
    number's own, "a" for any number up to twelve as a placing or a flat; a word of COLONLESS_ORDINAL_BEFORE,
    a placing verb or a genitive before it, or a head of COLONLESS_ORDINAL_HEADS or an office after it:
    data/sport.py), a flat by its floor area after it ("Uthyres: 2a om 45 m²"), or an ordinal with its colon
    near it ("slutade 3:a i SM och 12e i VM").

    Risk: an office missing from the table gets "första"; a house's letter after such a word ("på 2a
    våningen" is right, "bor på 3e" with "e" as the house's letter is read "tredje"; a genitive before a house's
    number with a letter, "Storgatans 3e", too); "en 1:a"
    with no noun after it is taken for a flat ("etta"); "var 2:a" (every
    other) after "är"/"var" with no noun is read "tvåa".
    """
    if _COLONLESS_HINT.search(text):  # "kom 3e i loppet", "på 11e plats" -> "3:e", "11:e"
        text = sub(_COLONLESS, _colonless, text, trace, "ordinal")
    if ":" not in text:
        return text  # each of the three patterns needs the colon of "10:e"
    if " min" in text:
        text = _ORDINAL_MINUTE.sub(" minut", text)  # "var 10:e min" -> "var tionde minut"
    if "–" in text or "-" in text:  # "var 10–15:e minut" -> "var tionde till femtonde minut"
        text = sub(_ORDINAL_RANGE, lambda m: f"{ordinal(int(m.group('a')))} till ", text, trace, "ordinal")
    return sub(_ORDINAL, _ordinal, text, trace, "ordinal")


# "v. 26–v. 33": weeks, the label written twice.
_WEEK_RANGE = re.compile(r"(?<![\w.])[vV]\.\s?(?P<a>\d{1,2})\s?[–-]\s?v\.\s?(?P<b>\d{1,2})(?![\w])")
_RANGE = re.compile(rf"(?P<a>\d(?<![\w,.:/]\d){NUM_REST})\s?[–-]\s?(?P<b>{NUM})(?![\w]|[,.]\d)")
# "5–10-åringar" -> "fem till tioåringar": the head joins the second number.
_RANGE_COMPOUND = re.compile(r"(?P<a>\d(?<![\w,.:]\d)\d{0,2})\s?[–-]\s?(?P<b>\d{1,3})-(?P<w>[a-zåäö]+)")


# Labels that make "23-117" after them a number's parts, not a range.
_NUMBER_LABEL_BEFORE = frozenset({"nr", "nr.", "nummer", "numret", "nummer:", "nr:"})
_NR_TAILS = ("nr", "nr.", "nr:", "nummer", "nummer:")  # "Best.nr 12-345", "artikelnummer 778-12", "Artikelnr 10-2233"


def _id_part(n: str) -> str:
    return digits(n) if len(n) > 1 and n[0] == "0" or len(n) >= 5 else cardinal(int(n))


def _falling_score(a: str, b: str) -> bool:
    """A falling or level pair of small numbers is no range ("Straffar: Ek
    1–0, Berg 1–1, Lind 2–1", "Det blev 1–1 mellan Kalmar och Elfsborg"): a
    score or a vote, said "mot"; hours over midnight ("22–02", "19–3") and
    numbers with a leading zero or a decimal stay."""
    if not (a.isdigit() and b.isdigit()) or len(a) > 2 or len(b) > 2 or a[0] == "0" or b[0] == "0" and b != "0":
        return False
    x, y = int(a), int(b)
    return x >= y and not (x >= 17 and y <= 9)


# "139 (69-70)": a total, then the parts it is made of in brackets (a golfer's rounds).
_TOTAL_BEFORE = re.compile(r"(?<![\d,.])(?P<t>\d{2,4}) \($")
# "78–74, 77–75 och 75–77": a pair after a list of pairs with a falling one among them (judges' cards, sets).
_PAIRS_BEFORE = re.compile(r"(?P<p>(?:\d{1,3}[–-]\d{1,3}, )*\d{1,3}[–-]\d{1,3})(?:,| och) $")


def _among_scores(m: re.Match[str], a: str, b: str) -> str | None:
    """ "139 (69-70)": two numbers in brackets after the total they make are its parts, "sextionio-sjuttio"; a
    rising pair after a list of pairs with a falling one is one more score, "… och 75–77" (session 53,
    normalize234: both were ranges, "till"), and so is a rising pair in brackets after a falling one in brackets, and
    any pair opening brackets right after a score: "4–10 (5 989–6 214)", a bowling match's pins (session 61)."""
    if m.string[m.start() - 1 : m.start()] == "(" and _SCORE_BRACKET.search(m.string, max(0, m.start() - 50), m.start()):
        return score_said(m, int(a.replace(" ", "")), int(b.replace(" ", "")))
    if not (a.isdigit() and b.isdigit()):
        return None
    total = _TOTAL_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    if total and int(total.group("t")) == int(a) + int(b) and m.string.startswith(")", m.end()):
        return f"{cardinal(int(a))}-{cardinal(int(b))}"
    pairs = _PAIRS_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
    if pairs and any(_falling_score(*p.split("–" if "–" in p else "-")) for p in pairs.group("p").split(", ")):
        return score_said(m, int(a), int(b))
    if m.string[m.start() - 1 : m.start()] == "(" and m.string.startswith(")", m.end()) and any(
            _falling_score(x.group(1), x.group(2)) for x in _BRACKET_PAIR.finditer(m.string, 0, m.start())):
        return score_said(m, int(a), int(b))  # "75 (9–3), ... 42 (5–7)": a record as the one before it (session 60)
    return None


_BRACKET_PAIR = re.compile(r"\((\d{1,2})[–-](\d{1,2})\)")
_SCORE_BRACKET = re.compile(rf"{SAID_SCORE} \($")


def _range(m: re.Match[str]) -> str:
    a_text, b_text = m.group("a"), m.group("b")
    tight = m.string[m.start("a"):m.start("b")] == a_text + "-" and a_text.isdigit() and b_text.isdigit()
    if tight and (len(a_text) >= 5 or prev_words(m)[-1:] and (prev_words(m)[-1] in _NUMBER_LABEL_BEFORE
                                                               or prev_words(m)[-1].endswith(_NR_TAILS))
                  and (max(len(a_text), len(b_text)) >= 3 and len(a_text) >= 2 or int(b_text) <= int(a_text))):
        # (one digit before a longer number is a span of numbers: "Startnummer 1–100", session 53)
        # "objekt nr 23-117": a number in two parts joined by a hyphen; "5000123-25": five digits or more
        # with no space between their thousands are no count a range starts from, an identifier (a police
        # report's number and its year)
        return f"{_id_part(a_text)} streck {_id_part(b_text)}"
    raw = m.string[max(0, m.start() - 40) : m.start()].split()
    if raw and raw[-1][:1].isupper() and raw[-1].lower().endswith(STREET_ENDINGS):
        g = "ett"  # "Storgatan 21–31": house numbers are counted, "tjugoett till trettioett"
    elif prev_words(m)[-1:] and is_label_noun(prev_words(m)[-1]):
        g = "ett"  # "paragraferna 1–14", "sidorna 1–21": numbers that name, the counting form
    else:
        g = gender_after(m)
    link = "och" if prev_words(m) == ["mellan"] and not SECOND_SPAN_AFTER.match(m.string, m.end()) else "till"
    a = m.group("a")
    if split_of_hundred(a, m.group("b")):
        return f"{say_number(a)} mot {say_number(m.group('b'))}"  # "fördelades 52,4–47,6": a vote's split
    if _falling_score(a, m.group("b")):
        return score_said(m, int(a), int(m.group("b")))  # "Lind 2–1": no range falls
    if (among := _among_scores(m, a, m.group("b"))) is not None:
        return among
    b = m.group("b")
    if len(a) == 2 and a[0] == "0" and b.isdigit() and int(b) <= 24:
        a = a[1]  # "08–17": hours of a day, "åtta till sjutton"
    if len(b) == 2 and b[0] == "0" and b != "00" and len(m.group("a")) == 2 and a.isdigit() and int(a) <= 24:
        # "22–07": a night's hours, "tjugotvå till sju"; "06–09", "lör 12–01": the end's zero is no more said
        # than the start's ("sex till nio", not "noll nio"), and an hour is counted ("05–01 alla dagar": "ett");
        # a start of one digit is no clock's ("3–05" keeps its zero)
        b = b[1]
        g = "ett"
    return f"{say_number(a, g)} {link} {say_number(b, g)}"


# "-20–25 grader": a minus sign before a range of temperatures is each end's ("minus tjugo till minus tjugofem").
_MINUS_RANGE = re.compile(r"(?<![\w,.])[-−](?P<a>\d{1,2})\s?[–-]\s?[-−]?(?P<b>\d{1,2})(?=\s(?:minus)?grader\b)")


def _range_compound(m: re.Match[str]) -> str:
    w = m.group("w")
    g = "en" if w.startswith(EN_COMPOUND_HEADS) else "ett"
    return f"{say_number(m.group('a'), g)} till {say_number(m.group('b'), g)}{w}"


def ranges(text: str, trace: Trace | None = None) -> str:
    """Number ranges: "5–10 personer" -> "fem till tio personer", "v. 26–v.
    33" -> "vecka tjugosex till vecka trettiotre".

    A leading zero before an hour is not said: "08–17" -> "åtta till
    sjutton", "06–09" -> "sex till nio", "lör 12–01" -> "tolv till ett"
    (risk: a pair of two-digit numbers with a leading zero at its end is
    always hours here).

    After "nr"/"nummer", two numbers joined by a tight hyphen ("-", not
    "–") are one number in two parts when either has three digits or more
    or the second is not larger: "objekt nr 23-117" -> "tjugotre streck
    hundrasjutton" (class "identifier"). So is a first number of five digits
    or more written without spaces between its thousands, whatever stands
    before it (a count that large is written "5 000 123"; a range does not
    start at an identifier): "händelsenummer är 5000123-25" -> "fem noll noll
    noll ett två tre streck tjugofem", a part of five digits or more said
    digit by digit.

    After a street's name the house numbers take the counting form,
    whatever word follows: "Åsvägen 1–15 resp. ..." -> "ett till femton",
    "Storgatan 21–31 stängs" -> "tjugoett till trettioett".

    A minus sign before a range of degrees is each end's: "-20–25 grader"
    -> "minus tjugo till minus tjugofem".

    Risk: a hyphen between two numbers is always "till" here otherwise;
    scores and phone numbers must be taken by their own rules first; "nr
    100-120" written with a hyphen is read as parts, not a range.
    """
    if "–" not in text and "-" not in text:  # (what every pattern below needs)
        return text
    if "v." in text or "V." in text:
        text = sub(_WEEK_RANGE, lambda m: f"vecka {cardinal(int(m.group('a')))} till vecka {cardinal(int(m.group('b')))}",
                   text, trace, "range")
    if "-" in text:  # (the compound's hyphen)
        text = sub(_RANGE_COMPOUND, _range_compound, text, trace, "range")
    if "grader" in text and ("-" in text or "−" in text):  # "-20–25 grader": both ends below zero
        text = sub(_MINUS_RANGE, lambda m: f"minus {cardinal(int(m.group('a')))} till minus {cardinal(int(m.group('b')))}",
                   text, trace, "range")
    return sub(_RANGE, _range, text, trace, "range")


# "född -98", "årsmodell -04": a dash before two digits after a word of
# birth or make is an apostrophe, the year's last digits, never a minus.
_SHORT_YEAR = re.compile(
    r"(?P<w>\b(?:[Ff]ödda?|f|[Åå]rsmodell|[Åå]rgång|[Mm]odell|[Vv]åren|[Ss]ommaren|[Hh]östen|[Vv]intern|[Jj]ulen"
    r"|jan|febr?|apr|aug|sept?|okt|nov|dec)\.? )[-–'’](?P<y>\d\d)(?!\d|[,.]\d)")  # "t.o.m. okt -25" (s56)
_NUMBER = re.compile(rf"{SIGN}(?:{START}|(?<=[a-zåäö]/))(?P<n>{NUM})(?P<gen>:s|:or|:orna|:ans|:an|:n)?(?![\w]|[,.]\d)")
# (a number after a word and a slash is read whole too: "4 fel/36,02" was "fyra fel trettiosex, två", session 45)


def _zero_hour(m: re.Match[str]) -> bool:
    """A lone "07" after a verb of when (HOUR_VERBS), or after "och"/"till" following one or "från"
    within four words ("öppnar 10 och stänger 07", "från 22 till 06"), or after "mellan" and an evening's hour
    ("mellan 22 och 04", session 58), is an hour."""
    n = m.group("n")
    if len(n) != 2 or n[0] != "0" or n == "00" or m.group("sign") or m.group("gen"):
        return False
    before = prev_words(m, 4)
    return bool(before) and (before[-1] in HOUR_VERBS or before[-1] in ("och", "till", "från")
                             and (any(w in HOUR_VERBS or w == "från" for w in before[:-1])  # "från 22 till 06"
                                  or before[-3:-2] == ["mellan"] and before[-2].isdigit() and 18 <= int(before[-2]) <= 23))


CODE_DIGITS = 13
"""A whole number of this many digits or more is a code (a pet's chip, a device's IMEI), said digit by digit: no news
text counts in the trillions in digits (session 30, normalize93: "chip nr 752 098 100 234 567" was "… biljoner …")."""


def _cardinal(m: re.Match[str]) -> str:
    if "," not in m.group("n") and sum(c.isdigit() for c in m.group("n")) >= CODE_DIGITS:
        return sign_word(m) + digits("".join(c for c in m.group("n") if c.isdigit()))
    magnitude = next_word(m) in MAGNITUDE_NOUNS
    short = next_word(m).rstrip(".") in MAGNITUDE_SHORT  # "1,7 milj.": "en komma sju" (its decimals not agreeing, s59)
    gender = "en" if magnitude or short else gender_after(m)
    if "," in m.group("n") and m.group("n").startswith("1,") and not (magnitude or short):
        gender = decimal_one_gender(m) or gender  # "1,5 kilo", "... i längd och 1,88 i höjd" (elided_counts.py)
    word = say_number(m.group("n"), gender, agree=magnitude)
    if _zero_hour(m):
        word = cardinal(int(m.group("n")))  # "stänger 07 på lördagen": the hour, "sju"
    suffix = m.group("gen") or ""
    if suffix in (":an", ":ans") and not m.group("sign") and 0 < to_int(m.group("n")) < 1000 and "," not in m.group("n"):
        # "4:an" -> "fyran", "20:an" -> "tjugan" (a bus, a line); its genitive "3:ans buss" -> "treans" (session 30)
        return number_noun(to_int(m.group("n"))) + ("s" if suffix == ":ans" else "")
    if suffix == ":n":  # "Saab 900:n", "en 240:n": the definite, "niohundran"
        return sign_word(m) + definite_n(word)
    if suffix == ":s":
        word += "s"
    elif suffix:
        word += suffix[1:]
    return sign_word(m) + word


def _two_digit_year(y: str) -> str:
    """ "98" -> "nittioåtta", "04" -> "noll fyra"."""
    return f"noll {cardinal(int(y))}" if y.startswith("0") and y != "00" else cardinal(int(y))


def cardinals(text: str, trace: Trace | None = None) -> str:
    """Plain numbers with en/ett agreement: "1 person" -> "en person",
    "1 barn" -> "ett barn", "21 000 000" -> "tjugoett miljoner", "-5" ->
    "minus fem", "3,5" -> "tre komma fem", "5 miljoner" -> "fem miljoner".

    A dash before two digits after "född" or "årsmodell", or a season
    ("hösten -24", "julen -19"), is the year's last digits, not a minus:
    "född -98" -> "född nittioåtta".

    Risk: the gender comes from the next word and the ett-noun table; a noun
    missing from the table gets "en".
    """
    if "-" in text or "–" in text:
        text = sub(_SHORT_YEAR, lambda m: m.group("w") + _two_digit_year(m.group("y")), text, trace, "year")
    text = sub(_NUMBER, _cardinal, text, trace, "cardinal")
    if "/" in text and has_digit(text):  # "52/56,13": the number after a slash is read whole once the one before is said
        text = sub(_NUMBER, _cardinal, text, trace, "cardinal")
    return text


_LEFT_DIGITS = re.compile(r"(?<!\S)\S*\d\S*")
_CODE_HEAD = re.compile(r"^[A-ZÅÄÖ]{1,3}(?=\d)")


def _code_head(m: re.Match[str]) -> str:
    """A code's capitals glued to its digits that spell a word ("EN1234", EMPHASIS_WORDS): spelled, not the word
    the acronyms would say ("en"); other capitals are left to the acronyms. A single capital ("sal N1017", a room's or
    a code's letter; session 30, normalize92) is spelled too: no later rule names a lone letter before number words."""
    head = m.group(0)
    lone = len(head) == 1 and m.string[m.end():].rstrip(".,;:!?").isdigit()  # a letter and digits alone ("A1B2" is no room)
    return spell(head) + " " if head in EMPHASIS_WORDS or lone else head
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[.:/](?=\d)")
_DIGIT_RUN = re.compile(r"\d+")


def _short_or_digits(run: str, zero_said: bool = False) -> str:
    """Up to two digits as a number ("12" -> "tolv"), longer runs digit by
    digit, and with ``zero_said`` a run led by a zero ("36.05": "noll fem",
    as a time's seconds are said)."""
    if len(run) == 2 and run[0] == "0" and zero_said:
        return digits(run)
    return cardinal(int(run)) if len(run) <= 2 else digits(run)


# "36.05", "28.01": two groups, the second led by a zero (a race time's minutes and seconds, not a date's
# "3.05.22"): the zero is said.
_ZERO_LED_PAIR = re.compile(r"\d{1,2}[.:]0\d[.,;:!?)\]]*")  # (a bracket closing after it too: "(… 34.05)", session 61)


_YEAR_RUN = re.compile(r"(?:19|20)\d\d")
_ARTICLE_CODE = re.compile(r"\d{3}\.\d{3}\.\d{2}")  # a store's article number, printed in three dotted groups


def _left_run(d: re.Match[str], zero_said: bool = False) -> str:
    run = d.group(0)
    if d.start() and d.string[d.start() - 1].islower() and _YEAR_RUN.fullmatch(run):
        return f" {year(int(run))} "  # "#valet2026", "melodifestivalen2025": a year glued to a word
    return f" {_short_or_digits(run, zero_said)} "


def leftover_digits(text: str, trace: Trace | None = None) -> str:
    """Digits no rule could classify are read one by one and reported.

    A year glued to a lower-case word (a hashtag's "#valet2026") is said as a
    year.

    Risk: this is the fallback; what it says is understandable but rarely
    what a newsreader would say.
    """

    def repl(m: re.Match[str]) -> str:
        token = m.group(0)
        if trace is not None:
            trace.doubt(token.strip(".,;:!?"), "number not recognised; read digit by digit")
        zero_said = _ZERO_LED_PAIR.fullmatch(token) is not None
        code = token.rstrip(".,;:!?")
        if _ARTICLE_CODE.fullmatch(code):  # "204.321.55": every group digit by digit (session 59)
            return " " + "   ".join(digits(g) for g in code.split(".")) + " " + token[len(code):]
        token = _CODE_HEAD.sub(_code_head, _DIGIT_SEPARATOR.sub(" ", token))
        return _DIGIT_RUN.sub(lambda d: _left_run(d, zero_said), token)

    return sub(_LEFT_DIGITS, repl, text, trace, "cardinal")


# "F–9", "F-6-skolan": förskoleklass to a school year.
_SCHOOL_SPAN = re.compile(r"F(?<![\w-]F)\s?(?P<dash>[–-])\s?(?P<n>[1-9])(?![\d,.:]\d|\d)(?P<school>-(?=skol))?")
_LINE_WORDS = re.compile(r"[a-zåäö]+")


def _school_span(m: re.Match[str]) -> str | None:
    if not m.group("school"):
        words = set(_LINE_WORDS.findall(m.string.lower()))
        hyphen_unlabelled = m.group("dash") != "–" and prev_words(m)[-1:] not in (["åk"], ["årskurs"])
        before_span = m.group("dash") == "–" and (prev_words(m) or [""])[-1] in SCHOOL_SPAN_BEFORE  # "för F–3"
        if hyphen_unlabelled or not (words & SCHOOL_WORDS or "skol" in m.string.lower() or before_span):  # "Byskolan (F–6)"
            return None
    return f"eff till {cardinal(int(m.group('n')))}" + ("-" if m.group("school") else "")


def school_years(text: str, trace: Trace | None = None) -> str:
    """A span of school years from förskoleklass: "F–9-skolan" -> "eff till
    nio-skolan", "skolan har F–6" -> "eff till sex" (class "range"); a span
    of years is read by the range rule ("åk 7–9" -> "årskurs sju till nio").

    Risk: needs a school compound after it ("-skolan") or, with an en dash,
    a school word in the line (SCHOOL_WORDS); "F-16" (two digits) and a
    hyphenated "F-3" without a school compound are left alone (a model, a
    class of licence).
    """
    if "F" not in text:
        return text
    return sub(_SCHOOL_SPAN, _school_span, text, trace, "range")
