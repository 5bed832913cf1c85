"""The rules: small ``str -> str`` functions, one per kind of written form.

Each rule takes the line and an optional :class:`~.report.Trace` that
records what it changed. The docstring of each rule names its risk: the
written forms it may misread. Rules run in the order of :data:`PIPELINE`
(in ``normalize.py``); later rules see the words earlier rules produced, so
every rule writes plain lowercase words that no later rule matches.
The tables they read live in ``data.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import data as D
from .numbers import cardinal, decimal, digits, fraction_denominator, ordinal, year
from .report import Trace

# --- machinery shared by the rules ----------------------------------------

INT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?!\d|\.\d)|\d+"
NUM = rf"(?:{INT})(?:,\d+)?"
_WORD_AFTER = re.compile(r"[\s\u00a0]*([A-Za-zÅÄÖåäöéüÉ]+)")
_NOT_NOUN = frozenset("""
och eller till i på för med om mot vid under över efter före som är var blev
har hade kan ska skulle av från ut in upp ner men så att den det de där när
""".split())

Replacer = Callable[[re.Match[str]], str | None]


def _sub(pattern: re.Pattern[str], fn: Replacer, text: str, trace: Trace | None, rule: str) -> str:
    """Replace every match of ``pattern`` by ``fn(match)``; None keeps the match."""

    def repl(m: re.Match[str]) -> str:
        out = fn(m)
        if out is None:
            return m.group(0)
        if trace is not None:
            trace.change(m.group(0).strip(), out.strip(), rule)
        return out

    return pattern.sub(repl, text)


def _int(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def next_word(m: re.Match[str], skip: int = 0) -> str:
    """The word right after a match, as written, or "" if none follows."""
    pos = m.end()
    for _ in range(skip + 1):
        w = _WORD_AFTER.match(m.string, pos)
        if not w:
            return ""
        pos = w.end()
    return w.group(1)


def prev_words(m: re.Match[str], n: int = 1) -> list[str]:
    """Up to ``n`` lowercased words before a match, nearest last."""
    before = m.string[: m.start()]
    return [w.lower() for w in re.findall(r"[\wÅÄÖåäö:.]+", before)[-n:]]


def is_ett_noun(word: str) -> bool:
    """True if ``word`` (or the tail of the compound) takes "ett"; a genitive
    counts as its noun ("1 års fängelse" -> "ett års").

    Risk: a common-gender noun ending in -s whose stem is a neuter noun
    ("vals" -> "val") is taken for a genitive.
    """
    w = word.lower()
    if w in D.ETT_EXACT or w in D.ETT_NOUNS:
        return True
    if any(w[i:] in D.ETT_NOUNS for i in range(1, len(w) - 2)):
        return True
    if len(w) >= 3 and w.endswith("s") and not w.endswith("ss"):
        stem = w[:-1]
        return stem in D.ETT_EXACT or any(stem[i:] in D.ETT_NOUNS for i in range(0, len(stem) - 2))
    return False


def gender_after(m: re.Match[str]) -> str:
    """ "en" or "ett" for a number, from the noun after it.

    Risk: an adjective between number and noun ("1 stort hus") is seen through
    only when it ends in -t; a number with no noun gets the counting form "ett".
    A word of six letters or more in -ett is a (common-gender) noun, not an
    adjective: "1 biljett", "1 tablett", "1 toalett".
    """
    w = next_word(m)
    if not w or w[0].isupper():
        return "ett"
    before = prev_words(m)
    if before and before[-1] in D.LABEL_NOUNS:
        return "ett"
    lw = w.lower()
    if lw == "av":
        return "en"
    if lw in _NOT_NOUN:
        return "ett"
    if is_ett_noun(lw):
        return "ett"
    if lw.endswith("t") and not (lw.endswith("ett") and len(lw) >= 6):
        nxt = next_word(m, 1)
        if lw.endswith("tt") or (nxt and is_ett_noun(nxt)):
            return "ett"
    return "en"


def say_number(s: str, gender: str = "ett") -> str:
    """A written number ("21 000", "3,5", "007") in words."""
    s = re.sub(r"[ \u00a0\u202f.]", "", s)
    if "," in s:
        whole, frac = s.split(",", 1)
        return decimal(int(whole or "0"), frac, gender)
    if len(s) > 1 and s.startswith("0"):
        return digits(s)
    if len(s) > 15:
        return digits(s)
    return cardinal(int(s), gender)


def _is_one(s: str) -> bool:
    return re.sub(r"\D", "", s) == "1"


_SIGNS = {"-": "minus ", "–": "minus ", "−": "minus ", "+": "plus "}


def _sign(m: re.Match[str]) -> str:
    return _SIGNS.get(m.group("sign") or "", "")


SIGN = r"(?P<sign>(?<![\w.,])[-–−+](?=\d))?"
START = r"(?<![\w,.:/])"


def _alternation(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# --- letters and pronounceability ------------------------------------------


def spell(word: str) -> str:
    """Letter names: "SVT" -> "ess ve te"; digits are read as a number."""
    parts: list[str] = []
    for chunk in re.findall(r"\d+|[^\d]", word):
        if chunk.isdigit():
            parts.append(cardinal(int(chunk)))
        elif chunk.lower() in D.LETTER_NAMES:
            parts.append(D.LETTER_NAMES[chunk.lower()])
    return " ".join(parts)


def pronounceable(word: str) -> bool:
    """Can ``word`` be read as a Swedish word rather than spelled?

    Risk: a guess from syllable shape (vowels, start and end clusters); short
    words (three letters or fewer) are always spelled unless listed.
    """
    w = word.lower()
    if len(w) < 4 or not w.isalpha():
        return False
    vowel_at = [i for i, c in enumerate(w) if c in D.VOWELS]
    if not vowel_at:
        return False
    onset, coda = w[: vowel_at[0]], w[vowel_at[-1] + 1 :]
    if onset and onset not in D.ONSETS:
        return False
    if coda and coda not in D.CODAS:
        return False
    for cluster in re.findall(r"[^aeiouyåäö]+", w[vowel_at[0] : vowel_at[-1] + 1]):
        if len(cluster) > 3:
            return False
    return len(vowel_at) / len(w) >= 0.25


def _short_word(word: str) -> bool:
    """A two- or three-letter word with a vowel and a Swedish shape ("ek", "bo")."""
    w = word.lower()
    if not 2 <= len(w) <= 3 or not w.isalpha():
        return False
    vowel_at = [i for i, c in enumerate(w) if c in D.VOWELS]
    if not vowel_at:
        return False
    onset, coda = w[: vowel_at[0]], w[vowel_at[-1] + 1 :]
    return (not onset or onset in D.ONSETS) and (not coda or coda in D.CODAS)


# --- rules -----------------------------------------------------------------

_CLEAN = [
    (re.compile(r"[\u00a0\u202f\u2009\u2007]"), " "),
    (re.compile(r"[\u00ad\u200b\u200c\u200d\ufeff]"), ""),
    (re.compile(r"[—―]"), "–"),
    (re.compile(r"…"), "..."),
    (re.compile(r"[“”„«»‹›\"]"), ""),
    (re.compile(r"(?<![\w])[‘’'](?=\w)|(?<=\w)[‘’'](?![\w])"), ""),
    (re.compile(r"\s+"), " "),
]


def clean(text: str, trace: Trace | None = None) -> str:
    """Typography to plain text: no-break spaces, em dashes, quotation marks.

    Risk: drops every double quotation mark (the voice cannot say them).
    """
    for pattern, repl in _CLEAN:
        text = pattern.sub(repl, text)
    return text.strip()


_SHOUT_TOKEN = re.compile(r"(?<![\w])(?P<w>[A-ZÅÄÖÉ]+)(?P<suf>:[A-ZÅÄÖa-zåäö]+)?(?![\w])")
_ALL_WORDS = re.compile(r"\b[A-Za-zÅÄÖåäöÉé]{2,}\b")
_CAPS_ONLY = re.compile(r"\b[A-ZÅÄÖÉ]{2,}\b")


def shouting(text: str, trace: Trace | None = None) -> str:
    """A line written all in capitals (a headline) is read as words:
    "TÅGET STOD STILL I TVÅ TIMMAR" -> "tåget stod still i två timmar",
    "KARL XII FIRAS" -> "Karl XII firas" (so the regnal rule still sees it).

    Risk: in such a line a known spelled acronym (ACRONYM_SPELLED) or a word
    without a vowel stays in capitals; any other acronym there is read as
    a word.
    """
    caps = _CAPS_ONLY.findall(text)
    if len(caps) < 3 or len(caps) < 0.6 * len(_ALL_WORDS.findall(text)):
        return text
    tokens = list(_SHOUT_TOKEN.finditer(text))
    out: list[str] = []
    pos = 0
    for i, m in enumerate(tokens):
        w, suf = m.group("w"), (m.group("suf") or "").lower()
        nxt = tokens[i + 1].group("w") if i + 1 < len(tokens) else ""
        prev = tokens[i - 1].group("w").capitalize() if i else ""
        regnal_names = D.REGNAL_MALE | D.REGNAL_FEMALE
        if w.capitalize() in regnal_names and _is_roman(nxt):
            word = w.capitalize()
        elif prev in regnal_names and _is_roman(w):
            word = w
        elif w in D.SHOUTED_WORDS:
            word = w.lower()
        elif w in D.ACRONYM_SPELLED or (len(w) > 1 and not any(c in "AEIOUYÅÄÖÉ" for c in w)):
            word = w
        else:
            word = w.lower()
        out.append(text[pos:m.start()] + word + suf)
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    if trace is not None and result != text:
        trace.change(text, result, "shouting")
    return result


_TEMPERATURE_AHEAD = r"\d+(?:,\d+)?\s?(?:°|grader\b(?!\s+(?:kallt|varmt))|grad\b|minusgrader\b)"
_DASH_MINUS = re.compile(rf"(?:^|(?<=:))\s*[–—-]\s+(?={_TEMPERATURE_AHEAD})")
_QUOTE_OPEN = re.compile(r"^\s*[–—-]\s+(?!\d)|^\s*[–—-](?=[A-Za-zÅÄÖåäö])|^\s*[–—-]\s+(?=\d)")
_QUOTE_AFTER_STOP = re.compile(r"(?<=[.!?:])\s+[–—-]\s+")
_SPACED_DASH = re.compile(r"(?<!\d)\s+[–-]\s+(?!\d)|(?<=\d)\s+[–-]\s+(?=[^\d\s])|(?<=[^\d\s])\s+[–-]\s+(?=\d)(?!\d+\s*[–-])")
_DIGIT_DASH = re.compile(r"(?<=\d)\s+–\s+(?=\d)")


def quote_dash(text: str, trace: Trace | None = None) -> str:
    """The dash that opens a quote is dropped; a dash set off by spaces
    becomes a comma (a pause). Neither is ever read as "minus".

    A spaced dash at the start of the line or after a colon, before a
    temperature ("– 5 grader", "Temperatur: – 7 °C"), is a minus sign.

    A dash after a colon opens a quote too ("Han säger: – Vi ska vinna."):
    it is dropped, not turned into a comma after the colon.

    Risk: a quote that opens with a temperature ("– 5 grader är för kallt")
    is read with "minus"; "– 15 grader kallt" keeps the dash a quote dash.
    """
    text = _sub(_DASH_MINUS, lambda m: (" " if m.start() else "") + "−", text, trace, "quote_dash")
    text = _sub(_QUOTE_OPEN, lambda m: "", text, trace, "quote_dash")
    text = _sub(_QUOTE_AFTER_STOP, lambda m: " ", text, trace, "quote_dash")
    text = _DIGIT_DASH.sub("–", text)
    text = _sub(_SPACED_DASH, lambda m: ", ", text, trace, "quote_dash")
    return text


_TLD = _alternation(list(D.TOP_DOMAINS)) + "|" + _alternation([t.upper() for t in D.TOP_DOMAINS])
_URL = re.compile(
    rf"(?<![\w@.])(?:[Hh][Tt][Tt][Pp][Ss]?://)?(?:[Ww][Ww][Ww]\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:{_TLD})\b"
    r"(?:/[\w\-./?=&%#~+]*[\w/])?"
)
_EMAIL = re.compile(r"(?<![\w.])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?<!\.)")


def _say_label(label: str, tld: bool = False) -> str:
    low = label.lower()
    if tld and low in D.TOP_DOMAINS:
        return D.TOP_DOMAINS[low]
    if low in D.URL_WORDS:
        return D.URL_WORDS[low]
    if low in D.SERVICE_NUMBERS:
        return D.SERVICE_NUMBERS[low]
    parts = []
    for piece in re.split(r"(-|_)", label):
        if piece == "-":
            parts.append("bindestreck")
        elif piece == "_":
            parts.append("understreck")
        elif piece.isdigit():
            parts.append(say_number(piece))
        elif piece:
            lp = piece.lower()
            if lp.upper() in D.ACRONYM_WORDS:
                parts.append(D.ACRONYM_WORDS[lp.upper()].lower())
            elif lp.upper() in D.ACRONYM_SPELLED:
                parts.append(D.ACRONYM_SPELLED[lp.upper()] or spell(lp))
            elif pronounceable(lp) or _short_word(lp) or (len(lp) >= 6 and any(c in D.VOWELS for c in lp)):
                parts.append(lp)
            else:
                parts.append(spell(lp))
    return " ".join(p for p in parts if p)


def _say_host(host: str) -> str:
    labels = host.split(".")
    return " punkt ".join(
        _say_label(lab, tld=(i == len(labels) - 1)) for i, lab in enumerate(labels) if lab
    ).strip()


def urls_emails(text: str, trace: Trace | None = None) -> str:
    """Web and e-mail addresses read out: "www.svt.se" -> "ve ve ve punkt ess ve te
    punkt se", "@" -> "snabel-a", "/" -> "snedstreck"; "https://" is not said.

    Risk: a name is read as a word when it has vowels, spelled otherwise.
    """

    def email(m: re.Match[str]) -> str:
        local, host = m.group(0).split("@", 1)
        return f"{_say_host(local)} snabel-a {_say_host(host)}"

    def url(m: re.Match[str]) -> str:
        s = re.sub(r"^https?://", "", m.group(0), flags=re.IGNORECASE)
        host, _, path = s.partition("/")
        out = _say_host(host)
        if path:
            segs = [p for p in re.split(r"[/]", path) if p]
            out += " snedstreck " + " snedstreck ".join(_say_host(p) for p in segs)
        return out

    text = _sub(_EMAIL, email, text, trace, "url_email")
    return _sub(_URL, url, text, trace, "url_email")


_COMPASS = re.compile(
    rf"(?<![\w/(.-])(?P<c>{_alternation(list(D.COMPASS_POINTS))})(?![\w/)-])"
    r"(?=\s+(?P<vind>vind\b|vindar\b)|\s*,?\s*\d+(?:[,.]\d+)?(?:\s*[–-]\s*\d+(?:[,.]\d+)?)?"
    r"(?:\s*\(\d+\))?\s*(?:m/s|sekundmeter|meter per sekund)(?![\w/]))"
)


def wind_directions(text: str, trace: Trace | None = None) -> str:
    """A compass abbreviation before a wind speed is the direction:
    "SV 5–10 m/s" -> "sydväst fem till tio meter per sekund", "NV vind" ->
    "nordvästlig vind"; written-out directions ("nordlig") are left alone.

    Risk: a capital "S", "V", "N" or "O" right before a speed in m/s (or
    before "vind") is always a direction, never a party or a name.
    """

    def repl(m: re.Match[str]) -> str:
        noun, adjective = D.COMPASS_POINTS[m.group("c")]
        return adjective if m.group("vind") else noun

    return _sub(_COMPASS, repl, text, trace, "wind")


_SECTION = re.compile(r"(?<![\w,.:/])(?P<n>\d{1,3}(?:\.\d{1,3})+)(?![\w]|[.,:]\d)")


def section_numbers(text: str, trace: Trace | None = None) -> str:
    """A dotted number after a section label is a section: "kapitel 3.2" ->
    "kapitel tre punkt två", "avsnitt 4.1.2", "version 2.1"; never a decimal
    or a time.

    Risk: only right after a label in SECTION_LABELS; "3.5 procent" and a
    bare "3.2" are left to the decimal rule.
    """

    def repl(m: re.Match[str]) -> str | None:
        before = prev_words(m)
        if not before or before[-1] not in D.SECTION_LABELS:
            return None
        return " punkt ".join(cardinal(int(p)) for p in m.group("n").split("."))

    return _sub(_SECTION, repl, text, trace, "section")


_POINT_UNITS = _alternation(
    [u for u in D.UNITS_OF_MEASURE if not u[0].isalpha() or len(u) > 1]
    + list(D.MAGNITUDES) + list(D.CURRENCIES) + list(D.SCALED_CURRENCIES)
    + ["%", "‰", "procent", "procentenheter", "procentenhet", "promille", "grader", "meter", "kilo"]
)
_DECIMAL_POINT = re.compile(
    r"(?<![\w,.:/])(?P<a>\d+)\.(?P<b>\d(?!\d|\.\d)|\d\d(?=\s?(?:" + _POINT_UNITS + r")(?![\w])))(?![\d]|\.\d)"
)


def decimal_point(text: str, trace: Trace | None = None) -> str:
    """An English decimal point is a Swedish decimal comma: "3.5 procent" ->
    "3,5 procent", "skalvet mätte 6.1" -> "6,1"; with two decimals only
    before a unit, percent or amount ("2.25 %"), since "14.30" is a time.

    Risk: "kapitel 3.2" after a label noun is left alone; any other "n.d"
    is read as a decimal.
    """

    def repl(m: re.Match[str]) -> str | None:
        before = prev_words(m)
        if before and before[-1].rstrip(".") in D.LABEL_NOUNS | {"kap", "kapitel", "avsnitt", "version", "den"}:
            return None
        return f"{m.group('a')},{m.group('b')}"

    return _sub(_DECIMAL_POINT, repl, text, trace, "decimal")


_BORN = re.compile(r"(?<![\w.])(?P<f>[fF])\.\s(?=(?:den\s)?\d)")


def born(text: str, trace: Trace | None = None) -> str:
    """"f. 1952" in an obituary or caption is "född 1952".

    Risk: an "f." standing alone right before a number is always "född".
    """
    return _sub(_BORN, lambda m: "född " if m.group("f") == "f" else "Född ", text, trace, "abbreviation")


_SERVICE = re.compile(
    rf"(?<![\w,.:+-])(?P<n>{_alternation(list(D.SERVICE_NUMBERS))})(?![\w,]|[.:]\d|\s\d)"
)
_PHONE_INTL = re.compile(
    r"(?<![\w+])\+\s?(?P<cc>\d{1,3})[\s-]*(?:\(0\)\s*)?(?P<rest>\d{1,4}(?:[\s-]\d{1,4}){1,5})(?![\d])"
)
_PHONE_NATIONAL = re.compile(
    r"(?<![\w,.:/+-])(?<!\d )(?P<area>0\d{1,3})(?:\s*[-–/]\s*|\s)(?P<rest>\d{2,8}(?:\s\d{2,3}){0,3})(?![\d])"
)


# An unbroken mobile or Stockholm number: "0701234567", "0812345678".
_PHONE_UNBROKEN = re.compile(r"(?<![\w,.:/+-])(?P<n>07\d{8}|08\d{7,8}|0[1-69]\d{8})(?![\w]|[.,]\d)")
# Any digits right after a call word: "ring 90 000", "ring 123 45".
_PHONE_AFTER_CALL = re.compile(r"(?<![\w,.:/+-])(?P<n>\d{2,4}(?:[ -]\d{2,4}){0,3})(?![\w]|[.,:]\d|-\w)")


def _groups(num: str) -> list[str]:
    """Long digit runs split the way Swedes say them: 1234567 -> 123 45 67."""
    out: list[str] = []
    for g in re.split(r"[\s-]+", num.strip()):
        while len(g) > 4:
            cut = 3 if len(g) in (5, 7, 8) else 2
            out.append(g[:cut])
            g = g[cut:]
        if g:
            out.append(g)
    return out


def phone_numbers(text: str, trace: Trace | None = None) -> str:
    """Phone numbers read digit by digit in their groups, with commas between:
    "08 530 623 60" -> "noll åtta, fem tre noll, sex två tre, sex noll";
    service numbers "112", "1177", "114 14" the customary way.

    Risk: a number starting with 0 and with 7–10 digits in space groups is
    taken for a phone number; "112 personer" is a count, "ring 112" a number.
    An unbroken "07xxxxxxxx" (mobile), "08…" or other ten-digit "0…" run is a
    phone number, cut after "070"/"08"/the first three digits (a four-digit
    area code such as 0470 is grouped one digit off). Any number right after
    a call word ("ring", "ringde", "tfn") is dialled, in digit groups, unless
    a lower-case noun follows ("ringde 300 gånger"); round service numbers
    that are also counts ("90 000") need the call word.
    """

    def intl(m: re.Match[str]) -> str:
        groups = _groups(m.group("rest"))
        return "plus " + digits(m.group("cc")) + ", " + ", ".join(digits(g) for g in groups)

    def national(m: re.Match[str]) -> str | None:
        total = len(re.sub(r"\D", "", m.group(0)))
        if not 7 <= total <= 11:
            return None
        groups = [m.group("area")] + _groups(m.group("rest"))
        return ", ".join(digits(g) for g in groups)

    def service(m: re.Match[str]) -> str | None:
        key = m.group("n")
        w = next_word(m)
        before = prev_words(m, 2)
        if key in D.SERVICE_ALSO_COUNTS and not (before and before[-1] in D.CALL_WORDS):
            return None  # "publiken var 90 000": a count
        if (w and w[0].islower() and w not in D.SERVICE_FOLLOWERS
                and not any(b in D.PHONE_CONTEXT for b in before)):
            return None
        return D.SERVICE_NUMBERS[key]

    def unbroken(m: re.Match[str]) -> str:
        num = m.group("n")
        cut = 2 if num.startswith("08") else 3
        rest = num[cut:]
        sizes = {5: (3, 2), 6: (2, 2, 2), 7: (3, 2, 2), 8: (3, 3, 2)}[len(rest)]
        groups = [num[:cut]]
        for n in sizes:
            groups.append(rest[:n])
            rest = rest[n:]
        return ", ".join(digits(g) for g in groups)

    def dialled(m: re.Match[str]) -> str | None:
        if not (prev_words(m) and prev_words(m)[-1] in D.CALL_WORDS):
            return None
        if m.group("n") in D.SERVICE_NUMBERS:
            return None  # said the customary way below
        w = next_word(m)
        if w and w[0].islower() and w not in D.SERVICE_FOLLOWERS:
            return None  # "ringde 300 gånger"
        return ", ".join(digits(g) for g in _groups(m.group("n")))

    text = _sub(_PHONE_INTL, intl, text, trace, "phone")
    text = _sub(_PHONE_NATIONAL, national, text, trace, "phone")
    text = _sub(_PHONE_UNBROKEN, unbroken, text, trace, "phone")
    text = _sub(_SERVICE, service, text, trace, "phone")
    return _sub(_PHONE_AFTER_CALL, dialled, text, trace, "phone")


_ALL_DAY = re.compile(r"(?<![\d/])24/7(?![\d/])")
_MIXED_FRACTION = re.compile(
    rf"(?<![\w,])(?P<n>\d+)?\s?(?P<f>[{''.join(D.FRACTIONS)}])"
    rf"(?:\s?(?P<u>{_alternation(list(D.UNITS_OF_MEASURE))})(?![\w²³/]))?"
)
# "4 x 100 meter", "3×4 m": a multiplication (relay, dimensions) between numbers.
_TIMES = re.compile(r"(?<=\d)\s?[x×]\s?(?=\d)")
_ORDINAL_SECTION = re.compile(r"(?<![\w,.])(?P<n>\d{1,3})\s?(?P<k>§|kap\.)(?!§)")
_SYMBOL_WORDS = re.compile(r"\b(?P<a>[A-Z])\s?&\s?(?P<b>[A-Z])\b")
_SYMBOL = re.compile(
    r"(?P<para>§§?)\s*(?=\d)|(?P<plus>\+)(?=\s?\d)|(?<=\d)(?P<trailplus>\+)"
    r"|(?<=\s)(?P<sym>[&+=×±≈~<>→#©™®§])(?=\s|$)|(?P<hash>#)(?=[A-Za-zåäöÅÄÖ])|(?P<tight>[&±≈~×©™®])"
)


def symbols(text: str, trace: Trace | None = None) -> str:
    """Symbols said as words: § paragraf, & och, + plus, ½ en halv,
    "1½" "en och en halv"; "24/7" "dygnet runt"; "och/eller" "och eller";
    a unit after a fraction is read with it ("2 ½ dl" -> "två och en halv
    deciliter", "½ kg" -> "ett halvt kilo"), and before another noun the
    part is a genitive ("¼ timme" -> "en fjärdedels timme"). "x" between
    two numbers is "gånger" ("4 x 100 meter").

    Risk: "x" between digits is always multiplication (no hex, no "3x" as
    "tre gånger" without a second number).

    Risk: "+" directly before a number is read "plus", so "+46 ..." must be
    taken by the phone rule first.
    """

    def fraction(m: re.Match[str]) -> str:
        num, den = D.FRACTIONS[m.group("f")]
        plural = num > 1
        unit = D.UNITS_OF_MEASURE.get(m.group("u") or "")
        part = f"{cardinal(num, 'en')} {fraction_denominator(den, plural)}"
        neuter = unit[2] == "ett" if unit else is_ett_noun(next_word(m) or "x")
        if den == 2 and num == 1 and not m.group("n") and not unit and next_word(m) == "av":
            return "hälften"  # "½ av eleverna" -> "hälften av eleverna"
        if den == 2 and num == 1:
            part = "ett halvt" if neuter else "en halv"
            before = prev_words(m)
            if not m.group("n") and before and before[-1] in ("en", "ett"):
                part = part.split()[1]  # "ett ½ år": the article is written
        if m.group("n"):
            whole = say_number(m.group("n"), "ett" if neuter else "en") if unit else say_number(m.group("n"), gender_after(m))
            part = f"{whole} och {part}"
        w = next_word(m)
        if not unit and den != 2 and w and w[0].islower() and w != "av" and w not in _NOT_NOUN:
            # "¼ timme" -> "en fjärdedels timme": before a noun the part is a genitive
            part = part.replace(fraction_denominator(den, plural), fraction_denominator(den, False) + "s")
        if unit:  # "2 ½ dl" -> "två och en halv deciliter" (singular after "halv")
            if den != 2:  # "¾ l" -> "tre fjärdedels liter"
                part = part.replace(fraction_denominator(den, plural), fraction_denominator(den, False) + "s")
            part += " " + unit[0]
        return part

    def symbol(m: re.Match[str]) -> str:
        if m.group("para"):
            return "paragraferna " if len(m.group("para")) == 2 else "paragraf "
        if m.group("plus"):
            return "plus "
        if m.group("trailplus"):
            return " plus"
        if m.group("hash"):
            return "hashtagg "
        if m.group("sym"):
            return D.SYMBOLS.get(m.group("sym"), "")
        word = D.SYMBOLS.get(m.group("tight"), "")
        return f" {word} " if word else " "

    text = _sub(_ALL_DAY, lambda m: "dygnet runt", text, trace, "symbol")
    text = _sub(_ORDINAL_SECTION, lambda m: f"{ordinal(int(m.group('n')))} {'paragrafen' if m.group('k') == '§' else 'kapitlet'}",
                text, trace, "symbol")
    text = _sub(_SYMBOL_WORDS, lambda m: f"{spell(m.group('a'))} och {spell(m.group('b'))}", text, trace, "symbol")
    text = _sub(_MIXED_FRACTION, fraction, text, trace, "symbol")
    text = _sub(_TIMES, lambda m: " gånger ", text, trace, "symbol")
    text = _sub(_SYMBOL, symbol, text, trace, "symbol")
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_REGNAL = re.compile(
    rf"\b(?P<name>{_alternation(D.REGNAL_MALE | D.REGNAL_FEMALE)})\s+(?P<num>[IVXLC]+)(?P<gen>:s)?(?![\w])"
)


# "kapitel IV", "Del II": a numbered part, read as a plain number. A lone "I"
# only where no word follows that would make it the preposition ("del I av").
_ROMAN_NUMBERED = re.compile(
    rf"\b(?P<noun>(?i:{_alternation(D.ROMAN_NUMBERED_NOUNS)}))\s+"
    r"(?P<num>[IVXL]{2,}|[VXL]|I(?=\s+(?:av|och)\b|\s*[^\sA-Za-zÅÄÖåäö]|\s*$))(?![\w])"
)


def _is_roman(s: str) -> bool:
    return bool(s) and set(s) <= set(_ROMAN_VALUES) and roman_value(s) is not None


def roman_value(s: str) -> int | None:
    """The value of a Roman numeral, or None if it is not a canonical one."""
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN_VALUES[c]
        if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if not 0 < total < 90:
        return None
    # canonical spelling only (rules out "IIII", "VX" ...)
    tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX"]
    ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    return total if tens[total // 10] + ones[total % 10] == s else None


def roman_regnal(text: str, trace: Trace | None = None) -> str:
    """Regnal numbers after a ruler's name: "Karl XII" -> "Karl den tolfte",
    "Karl XII:s torg" -> "Karl den tolftes torg", "Gustav II Adolf" ->
    "Gustav den andre Adolf". "I Tumba" is left alone.

    After a noun that numbers parts ("kapitel IV", "del II", "fas III") the
    numeral is a plain number: "kapitel fyra".

    Risk: only names in the regnal table are read this way; a Roman numeral
    after another word is left to the acronym rule (spelled).
    """

    def repl(m: re.Match[str]) -> str | None:
        n = roman_value(m.group("num"))
        if n is None:
            return None
        name = m.group("name")
        male = name not in D.REGNAL_FEMALE
        word = ordinal(n, male=male)
        return f"{name} den {word}{'s' if m.group('gen') else ''}"

    text = _sub(_REGNAL, repl, text, trace, "roman")
    return _sub(_ROMAN_NUMBERED, lambda m: f"{m.group('noun')} {cardinal(roman_value(m.group('num')))}"
                if roman_value(m.group("num")) else None, text, trace, "roman")


_MONTH_WORD = _alternation(list(D.MONTHS)) + "|" + "|".join(
    rf"{a}\.?" for a in sorted(D.MONTH_ABBREVIATIONS, key=len, reverse=True)
)
_WEEKDAY_ANY = _alternation(
    list(D.WEEKDAYS) + [w.capitalize() for w in D.WEEKDAYS]
    + list(D.WEEKDAY_ABBREVIATIONS) + [w.capitalize() for w in D.WEEKDAY_ABBREVIATIONS]
)
_ISO_DATE = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
_DAY_MONTH = re.compile(
    rf"(?:(?<![\w])(?P<wd>{_WEEKDAY_ANY})\.?,?\s+(?P<den>den\s+)?)?(?<![\w,.])(?P<d>\d{{1,2}})(?::[ae])?\.?"
    rf"(?:\s*[–-]\s*(?P<d2>\d{{1,2}})(?::[ae])?)?\s+(?P<mon>{_MONTH_WORD})(?![\w])"
    rf"(?:\s+(?P<y>1[0-9]\d\d|20\d\d)(?![\w,]|[.]\d))?",
    re.IGNORECASE,
)
# The first days of a coordinated date, "den 1 och 3 juni", "5, 6 och 7 maj":
# each day before the one the month follows is a date too.
_DAY_LIST = re.compile(
    rf"(?<![\w,.])(?P<d>\d{{1,2}})(?::[ae])?(?=(?:,\s*\d{{1,2}}(?::[ae])?)*\s+(?:och|eller|resp\.|respektive|till)\s+"
    rf"\d{{1,2}}(?::[ae])?\s+(?:{_MONTH_WORD})(?![\w]))",
    re.IGNORECASE,
)
# A month abbreviation with its period and no day, after a preposition:
# "i slutet av aug.", "från okt. till dec.", or before a year: "jan. 2025".
# Not "jul." (Christmas) nor "mar".
_MONTH_ABBR_ALONE = re.compile(
    r"(?P<pre>(?<![\w.])(?i:av|i|från|till|under|sedan|före|efter|om|inför|per|och|t\.o\.m\.|fr\.o\.m\.) )?"
    r"(?<![\w.])(?P<mon>jan|febr?|apr|aug|sept?|okt|nov|dec)\.(?!\w)(?P<y>(?=\s(?:1[89]|20)\d\d\b))?"
)


def _month_alone(m: re.Match[str]) -> str | None:
    if m.group("pre") is None and m.group("y") is None:
        return None
    return (m.group("pre") or "") + D.MONTHS[_month_number(m.group("mon")) - 1] + _keep_stop(m, m.group("y") is None)
_SLASH_DATE = re.compile(rf"(?:(?<![\w])(?P<wd>{_WEEKDAY_ANY})\.?,?\s+(?:den\s+)?)?(?<![\w/.,])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:[-/](?P<y>\d{{4}}|\d{{2}}))?(?![\w/]|[.,]\d)")
_WEEKDAY_RANGE = re.compile(
    rf"(?<![\w])(?P<a>{_WEEKDAY_ANY})\.?\s*[–-]\s*(?P<b>{_WEEKDAY_ANY})\.?(?![\w])"
)
_MONTH_DASH = re.compile(
    rf"\b(?P<mon>{_alternation(list(D.MONTHS))})\s*[–-]\s*(?=(?:\w+\s+)?(?:{_alternation(list(D.MONTHS))})\b)"
)
_MONTH_RANGE = re.compile(
    rf"(?<![\w])(?P<a>{_alternation(list(D.MONTHS))})\s*[–-]\s*(?P<b>{_alternation(list(D.MONTHS))})(?![\w])",
    re.IGNORECASE,
)
_DATE_BEFORE = frozenset("""
den från till fr.o.m. t.o.m. senast före efter sedan per mellan och
""".split()) | frozenset(D.WEEKDAYS) | frozenset(D.WEEKDAY_ABBREVIATIONS)


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    if w in D.MONTHS:
        return D.MONTHS.index(w) + 1
    return D.MONTH_ABBREVIATIONS[w]


def _weekday(word: str) -> str:
    w = word.lower().rstrip(".")
    if w in D.WEEKDAYS:
        return w
    return D.WEEKDAYS[D.WEEKDAY_ABBREVIATIONS[w]]


def _keep_stop(m: re.Match[str], consumed_dot: bool) -> str:
    """A period eaten as part of an abbreviation that also ended the sentence."""
    if not consumed_dot:
        return ""
    rest = m.string[m.end():]
    return "." if (not rest.strip() or re.match(r"\s+[A-ZÅÄÖ–-]", rest)) else ""


# A weekday abbreviation on its own: "fre 8–15", "senast fre.", "Mån: Pasta".
# "mån" is also a word ("i viss mån"), and the two-letter forms are words
# ("må", "to"), so those are read as weekdays only before a colon, a time or
# a number, or next to another weekday abbreviation.
_WD_ALWAYS = ("tis", "ons", "tors", "fre", "lör", "sön")
_WD_CAPITALISED = ("Tis", "Ons", "Fre", "Lör", "Sön")  # not "Tors" (Tor's)
_WD_ALL = _alternation([w for w in D.WEEKDAY_ABBREVIATIONS if len(w) >= 3])
_WEEKDAY_ALONE = re.compile(
    rf"(?<![\w.:/@-])(?<!punkt )(?P<w>{_alternation(_WD_ALWAYS + _WD_CAPITALISED)})(?P<dot>\.)?(?![\w:/@-]|\.\w| punkt\b)"
    rf"|(?<![\w.:/@-])(?P<c>(?i:{_WD_ALL}|{_alternation([w for w in D.WEEKDAY_ABBREVIATIONS if len(w) == 2])}))\.?"
    rf"(?=\s*:\s|\s*:$|\s+(?:kl\b|klockan\b|\d)|,?\s+(?:och\s+)?(?i:{_WD_ALL})\b)"
)


def _weekday_alone(m: re.Match[str]) -> str:
    w = m.group("w") or m.group("c")
    day = _weekday(w)
    if w[0].isupper():
        day = day.capitalize()
    return day + _keep_stop(m, bool(m.group("dot")))


def dates(text: str, trace: Trace | None = None) -> str:
    """Dates: "5 april" -> "femte april", "den 1 maj" -> "den första maj",
    "2024-05-25", "22/11", "3 jan.", "lördag 25 maj" -> "lördag den tjugofemte
    maj", "10–12 maj" -> "tionde till tolfte maj", "mån–fre" -> "måndag till
    fredag".

    Risk: "1/2" is a date unless a noun or "av" follows and the first number
    is the smaller, then a fraction ("en halv"); before "av" a proper
    fraction with a denominator up to 10 is a part even after "och"/"från"
    ("1/2 av" -> "hälften av", "3/4 av" -> "tre fjärdedelar av"), except
    after "den" or a weekday; "24/7" is "dygnet runt".
    A weekday abbreviation alone ("fre 8–15", "Mån: Pasta") is a weekday;
    "mån" and two-letter forms only before a colon, a time or another weekday.
    Days joined to a date by "och"/"eller" ("den 1 och 3 juni", "5, 6 och 7
    maj") are dates too; a lower-case month abbreviation with its period
    after a preposition ("i slutet av aug.") is the month; a count right before a date ("fick 2 och 3 maj ...")
    would be misread, which news text does not write.
    """

    def iso(m: re.Match[str]) -> str | None:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        den = "" if prev_words(m) == ["den"] else "den "
        return f"{den}{ordinal(d)} {D.MONTHS[mo - 1]} {year(y)}"

    def day_month(m: re.Match[str]) -> str | None:
        d = int(m.group("d"))
        if not 1 <= d <= 31:
            return None
        mon_word = m.group("mon")
        if mon_word[0].isupper() and mon_word.lower().rstrip(".") not in D.MONTHS and not m.group("wd"):
            return None  # "5 Jan" as a name: leave it
        month = D.MONTHS[_month_number(mon_word) - 1]
        out = ordinal(d)
        if m.group("d2"):
            out += " till " + ordinal(int(m.group("d2")))
        out += " " + month
        if m.group("y"):
            out += " " + year(int(m.group("y")))
        if m.group("wd"):
            out = f"{_weekday(m.group('wd'))} den {out}"
        dot = mon_word.endswith(".") and not m.group("y")
        return out + _keep_stop(m, dot)

    def slash(m: re.Match[str]) -> str | None:
        d, mo = int(m.group("d")), int(m.group("m"))
        before = prev_words(m)
        w = next_word(m)
        if (w == "av" and 0 < d < mo <= 10 and not m.group("y") and not m.group("wd")
                and not (before and before[-1] in ("den", *D.WEEKDAYS))):
            # "3/4 av pengarna", also after "och": a part, not the third of April
            return "hälften" if (d, mo) == (1, 2) else f"{cardinal(d, 'en')} {fraction_denominator(mo, d > 1)}"
        if not m.group("y") and not m.group("wd") and (w == "av" or (w and w[0].islower() and d < mo and w not in _NOT_NOUN
                                               and w not in ("kl", "klockan"))) and (
                not before or before[-1] not in _DATE_BEFORE):
            if mo == 0:
                return None
            return f"{cardinal(d, 'en')} {fraction_denominator(mo, d > 1)}"
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return None
        out = f"{ordinal(d)} {D.MONTHS[mo - 1]}"
        if m.group("y"):
            y = m.group("y")
            out += " " + (year(int(y)) if len(y) == 4 else year(2000 + int(y)))
        if m.group("wd"):
            out = f"{_weekday(m.group('wd'))} den {out}"
        return out

    def weekday_range(m: re.Match[str]) -> str:
        return f"{_weekday(m.group('a'))} till {_weekday(m.group('b'))}"

    text = _sub(_ISO_DATE, iso, text, trace, "date")
    text = _sub(_WEEKDAY_RANGE, weekday_range, text, trace, "range")
    text = _sub(_DAY_LIST, lambda m: ordinal(int(m.group("d"))) if 1 <= int(m.group("d")) <= 31 else None,
                text, trace, "date")
    text = _sub(_DAY_MONTH, day_month, text, trace, "date")
    text = _sub(_SLASH_DATE, slash, text, trace, "date")
    text = _sub(_MONTH_ABBR_ALONE, _month_alone,
                text, trace, "date")
    text = _sub(_MONTH_RANGE, lambda m: f"{m.group('a')} till {m.group('b')}", text, trace, "range")
    text = _sub(_WEEKDAY_ALONE, _weekday_alone, text, trace, "date")
    return _MONTH_DASH.sub(lambda m: m.group("mon") + " till ", text)


_PRICE_COLON = re.compile(
    r"(?<![\w,.:/–-])(?P<a>\d{1,3}(?: \d{3})*):(?P<b>\d\d)(?![\d:]|[.,]\d)"
    r"(?:(?P<kr>\s?(?:kr|kronor|:-))(?:/(?P<krper>st|kg|l)\b)?(?![\w/])|(?P<per>/st\b|/kg\b|\s(?:st|/st)\b))?"
)


def colon_prices(text: str, trace: Trace | None = None) -> str:
    """A price tag "29:90" is kronor and öre: "kostar 29:90" -> "kostar
    tjugonio och nittio", "29:90 kr" -> "tjugonio kronor och nittio öre".

    Risk: "a:bb" is a price only with "kr"/":-" after it, a price word before
    it ("kostar", "pris", "endast" ...), or "öre" above 59 (no time has them);
    otherwise "16:31" stays a time and "45:30" a race time.
    """

    def repl(m: re.Match[str]) -> str | None:
        before = prev_words(m)
        a, b = _int(m.group("a")), int(m.group("b"))
        if not (m.group("kr") or m.group("per") or b > 59 or (before and before[-1] in D.PRICE_CONTEXT)):
            return None
        if m.group("kr"):
            kronor = f"{cardinal(a, 'en')} {'krona' if a == 1 else 'kronor'}"
            out = kronor if b == 0 else f"{kronor} och {cardinal(b)} öre"
            per = {"st": " per styck", "kg": " per kilo", "l": " per liter"}.get(m.group("krper") or "", "")
            return out + per
        out = cardinal(a, "en") if b == 0 else f"{cardinal(a, 'en')} och {cardinal(b)}"
        per = m.group("per")
        if per:
            out += " per styck" if "st" in per else " per kilo"
        return out

    return _sub(_PRICE_COLON, repl, text, trace, "money")


_KL = r"(?P<kl>\b[Kk]l\.?\s*|\b[Kk]lockan\s+)"
_T1 = r"(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d))?"
_T2 = r"(?:\s*(?:[–-]|till|och)\s*(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>[0-5]\d))?)?"
_TIME_KL = re.compile(rf"{_KL}{_T1}{_T2}(?![\d]|[.:,]\d)")
_TIME_BARE = re.compile(
    r"(?<![\w.,:/–-])(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)"
    r"(?:\s*[–-]\s*(?P<h2>[01]?\d|2[0-4])[.:](?P<m2>[0-5]\d))?(?![\w]|[.:,]\d)"
)


def say_time(h: int, m: int | None) -> str:
    """14, 30 -> "fjorton och trettio"; 8, 5 -> "åtta noll fem"; 9, 0 -> "nio"."""
    out = cardinal(h)
    if m:
        out += f" noll {cardinal(m)}" if m < 10 else f" och {cardinal(m)}"
    return out


def clock_times(text: str, trace: Trace | None = None) -> str:
    """Clock times: "kl. 14.30" -> "klockan fjorton och trettio", "08.15",
    "16:31", "kl 9", "kl. 10–14" -> "klockan tio till fjorton".

    Risk: a bare "hh.mm" with hours 0–23 and minutes 00–59 is taken for a
    time ("3.45" in an English-style decimal would be misread).
    """

    def repl(m: re.Match[str]) -> str | None:
        h = int(m.group("h"))
        mi = int(m.group("m")) if m.group("m") else None
        out = say_time(h, mi)
        if m.group("h2"):
            sep = m.string[m.end("m") if m.group("m") else m.end("h"): m.start("h2")]
            link = " och " if "och" in sep else " till "
            out += link + say_time(int(m.group("h2")), int(m.group("m2")) if m.group("m2") else None)
        if "kl" in m.groupdict() and m.group("kl"):
            prefix = "Klockan " if m.group("kl")[0] == "K" else "klockan "
            return prefix + out
        return out

    text = _sub(_TIME_KL, repl, text, trace, "time")
    return _sub(_TIME_BARE, repl, text, trace, "time")


# Not the second number of a score or range ("2–1-seger", "5–10-åringar"):
# those rules read both numbers and join the compound themselves.
_COMPOUND = re.compile(r"(?<![\w,.:])(?<!\d[–-])(?<!\d [–-])(?P<n>\d{1,3}(?: \d{3})+|\d+)-(?P<w>[a-zåäö]+)")
_ALNUM = re.compile(
    r"(?<![\w])(?P<l>[A-ZÅÄÖ]{1,3})(?P<n>\d{1,3})(?::(?P<suf>an|ans|s|or|orna)|-(?P<hsuf>an|ans))?(?![\w])"
)


def number_compounds(text: str, trace: Trace | None = None) -> str:
    """A number in a compound: "5-åring" -> "femåring", "1970-talet" ->
    "nittonhundrasjuttiotalet", "90-talet" -> "nittiotalet", "80-talist";
    letter+number names "E4" -> "e fyra", "E4:an" and "E4-an" -> "e fyran".

    Risk: "1-" takes "en" only before the heads in EN_COMPOUND_HEADS
    ("enrumslägenhet"), "ett" otherwise ("ettåring").
    """

    def compound(m: re.Match[str]) -> str:
        n, w = m.group("n"), m.group("w")
        if w.startswith("tal"):
            if _int(n) in (100, 1000):
                head = "hundra" if _int(n) == 100 else "tusen"
            elif " " in n:
                head = cardinal(_int(n))
            elif len(n) == 4:
                head = year(int(n))
            elif n == "00":
                head = "nollnoll"
            else:
                head = cardinal(int(n))
            return head + w
        value = int(n)
        gender = "en" if value % 10 == 1 and w.startswith(D.EN_COMPOUND_HEADS) else "ett"
        head = say_number(n, gender)
        if head.endswith(w[0]) and len(head) > 1 and head[-2] == w[0]:
            return head + w[1:]
        return head + w

    def alnum(m: re.Match[str]) -> str | None:
        letters, n, suf = m.group("l"), int(m.group("n")), m.group("suf") or m.group("hsuf")
        key = letters + m.group("n")
        if key in D.ACRONYM_SPELLED and D.ACRONYM_SPELLED[key]:
            base = D.ACRONYM_SPELLED[key]
        else:
            base = f"{spell(letters)} {cardinal(n)}"
        if suf in ("an", "ans"):
            noun = D.NUMBER_NOUNS.get(n, cardinal(n) + "an")
            base = f"{spell(letters)} {noun}" + ("s" if suf == "ans" else "")
        elif suf == "s":
            base += "s"
        elif suf:
            base += suf
        return base

    text = _sub(_COMPOUND, compound, text, trace, "decade")
    return _sub(_ALNUM, alnum, text, trace, "acronym")


_UNIT = _alternation(list(D.UNITS_OF_MEASURE))
_UNITS = re.compile(
    rf"{SIGN}{START}(?P<a>{NUM})(?:\s*[–-]\s*(?P<b>{NUM}))?\s?(?P<u>{_UNIT})(?![\w²³/])"
)
_CUR_SUFFIX = _alternation(list(D.CURRENCIES) + list(D.SCALED_CURRENCIES))
_MAG = _alternation(list(D.MAGNITUDES))
_MONEY_SUFFIX = re.compile(
    rf"{SIGN}{START}(?P<a>{NUM})(?:\s*[–-]\s*(?P<b>{NUM}))?(?:\s+(?P<mag>{_MAG}))?\s?(?P<cur>{_CUR_SUFFIX})(?![\w/]|\.\w)"
)
_MONEY_PREFIX = re.compile(
    rf"(?<![\w])(?P<cur>[€$£]|USD|EUR|SEK|GBP|NOK|DKK)\s?(?P<sign>)(?P<a>{NUM})(?:\s*[–-]\s*(?P<b>{NUM}))?(?:\s+(?P<mag>{_MAG}))?(?![\w]|,\d)"
)


def _amount(a: str, b: str | None, forms: tuple[str, str, str, str], mag: str | None) -> str:
    singular, plural, gender, hundredth = forms
    if mag:
        mag_word = D.MAGNITUDES[mag]
        if mag_word != "tusen":
            one = _is_one(a) and not b
            mag_word = mag_word.removesuffix("er") if one else mag_word
            if not one and not mag_word.endswith(("er", "tusen")):
                mag_word += "er"
            mag_gender = "en"
        else:
            mag_gender = "ett"
        out = say_number(a, mag_gender)
        if b:
            out += " till " + say_number(b, mag_gender)
        return f"{out} {mag_word} {plural}"
    if b:
        return f"{say_number(a, gender)} till {say_number(b, gender)} {plural}"
    if "," in a:
        whole, frac = re.sub(r"\s", "", a).split(",", 1)
        if len(frac) == 2 and hundredth:
            w = int(whole)
            head = f"{cardinal(w, gender)} {singular if w == 1 else plural}"
            cents = int(frac)
            if w == 0 and cents:
                return f"{cardinal(cents, 'ett')} {hundredth}"
            return head if cents == 0 else f"{head} och {cardinal(cents, 'ett')} {hundredth}"
        return f"{say_number(a, gender)} {plural}"
    return f"{say_number(a, gender)} {singular if _is_one(a) else plural}"


def money(text: str, trace: Trace | None = None) -> str:
    """Amounts: "25 000 kr" -> "tjugofemtusen kronor", "12,50 kr" -> "tolv
    kronor och femtio öre", "1 500:-", "5 mkr" -> "fem miljoner kronor",
    "2,5 mdkr", "50 tkr", "€50", "$3", "£2", "100 USD", "NOK", "SEK".

    Risk: a bare "kr" after a number is always kronor (never "kronan").
    """

    def repl(m: re.Match[str]) -> str:
        cur = m.group("cur")
        a, b, mag = m.group("a"), m.group("b"), m.group("mag")
        if cur in D.SCALED_CURRENCIES:
            factor, _ = D.SCALED_CURRENCIES[cur]
            if factor == 1000:
                if "," in a or b:
                    out = say_number(a, "ett") + (f" till {say_number(b, 'ett')}" if b else "")
                    return _sign(m) + out + " tusen kronor"
                return _sign(m) + cardinal(_int(a) * 1000, "en") + " kronor"
            mag = "miljon" if factor == 10**6 else "miljard"
            if not (_is_one(a) and not b):
                mag += "er"
            return _sign(m) + _amount(a, b, D.CURRENCIES["kr"], mag)
        forms = D.CURRENCIES[cur]
        return _sign(m) + _amount(a, b, forms, mag)

    text = _sub(_MONEY_SUFFIX, repl, text, trace, "money")
    return _sub(_MONEY_PREFIX, repl, text, trace, "money")


_PERCENT = re.compile(
    rf"{SIGN}{START}(?P<a>{NUM})(?:\s*[–-]\s*(?P<b>{NUM}))?\s?"
    r"(?P<p>%-enheter|%-enhet|procentenheter|procentenhet|procent|%|‰|promille)(?![\w])"
)


def percent(text: str, trace: Trace | None = None) -> str:
    """Percent and per mille: "3,5 %" -> "tre komma fem procent", "2%",
    "0,5 procentenheter", "%-enheter", "0,2 ‰" -> "noll komma två promille".

    Risk: none known; "en procent" (common gender) throughout.
    """

    def repl(m: re.Match[str]) -> str:
        p = m.group("p")
        word = {"%": "procent", "‰": "promille", "%-enheter": "procentenheter",
                "%-enhet": "procentenhet"}.get(p, p)
        out = say_number(m.group("a"), "en")
        if m.group("b"):
            out += " till " + say_number(m.group("b"), "en")
        return f"{_sign(m)}{out} {word}"

    return _sub(_PERCENT, repl, text, trace, "percent")


def units(text: str, trace: Trace | None = None) -> str:
    """Units after a number, in the right number: "1 km" -> "en kilometer",
    "5 kg" -> "fem kilo", "−5 °C" -> "minus fem grader", "m²", "km/h",
    "1,20 kr/kWh" -> "en krona och tjugo öre per kilowattimme".

    Risk: one-letter units (m, g, l, h, V, W) are only read right after a
    number, so "5 m" is meters even where an m meant something else.
    """

    def repl(m: re.Match[str]) -> str:
        unit = m.group("u")
        singular, plural, gender = D.UNITS_OF_MEASURE[unit]
        a, b = m.group("a"), m.group("b")
        cents = re.fullmatch(r"(\d+),(\d\d)", a) if unit.startswith("kr/") and not b else None
        if cents:
            whole, ore = int(cents.group(1)), int(cents.group(2))
            per = plural.split(" ", 1)[1]
            if whole == 0:
                return f"{_sign(m)}{cardinal(ore)} öre {per}"
            head = f"{cardinal(whole, 'en')} {'krona' if whole == 1 else 'kronor'}"
            return f"{_sign(m)}{head} och {cardinal(ore)} öre {per}" if ore else f"{_sign(m)}{head} {per}"
        out = say_number(a, gender)
        if b:
            out += " till " + say_number(b, gender)
        one = _is_one(a) and not b
        return f"{_sign(m)}{out} {singular if one else plural}"

    return _sub(_UNITS, repl, text, trace, "unit")


_ORDINAL = re.compile(r"(?<![\w,.])(?P<n>\d+):(?P<s>a|e|de|te|nde|onde|dje|rde)(?P<gen>s)?(?![\w])")


def _flat(m: re.Match[str]) -> bool:
    """A "3:a" that is a flat ("en 3:a på 78 kvm", "en stor 4:a i Majorna"):
    "en" before it (an adjective may come between) and no noun after it."""
    before = prev_words(m, 2)
    if not before or not (before[-1] == "en" or (len(before) == 2 and before[0] == "en" and before[1].isalpha())):
        return False
    after = m.string[m.end():]
    w = next_word(m)
    return not re.match(r"\s*[A-Za-zÅÄÖåäö]", after) or (w or "").lower() in D.FLAT_FOLLOWERS


def ordinals(text: str, trace: Trace | None = None) -> str:
    """Ordinals: "1:a" -> "första", "3:e" -> "tredje", "20:e" -> "tjugonde",
    "21:a" -> "tjugoförsta", "1:e vice ordförande" -> "förste"; a flat after
    "en" is a noun: "en 3:a på 78 kvm" -> "en trea".

    Risk: "2:e" is read "andre" (the masculine form) as written; "en 1:a"
    with no noun after it is taken for a flat ("etta").
    """

    def repl(m: re.Match[str]) -> str:
        n = int(m.group("n"))
        if m.group("s") == "a" and 1 <= n <= 9 and not m.group("gen") and _flat(m):
            return D.FLAT_NOUNS[n - 1]
        male = m.group("s") == "e" and n % 100 in (1, 2)
        return ordinal(n, male=male) + ("s" if m.group("gen") else "")

    return _sub(_ORDINAL, repl, text, trace, "ordinal")


_ID_NUMBER = re.compile(r"(?<![\w,.:/–-])(?P<n>[1-9]\d{3})(?![\w]|[.,:]\d|\s\d)")


def identifiers(text: str, trace: Trace | None = None) -> str:
    """A four-digit number after an identifier word ("lgh", "box", "rum",
    "nr", "linje") is a label read in pairs, never a year: "lgh 1102" ->
    "elva noll två", "box 1234" -> "tolv trettiofyra", "rum 1200" ->
    "tolvhundra".

    Risk: only after a word in ID_LABELS; shorter numbers ("linje 172") are
    read as plain numbers by the cardinal rule.
    """

    def repl(m: re.Match[str]) -> str | None:
        before = prev_words(m)
        if not before or before[-1] not in D.ID_LABELS:
            return None
        n = m.group("n")
        head, tail = int(n[:2]), n[2:]
        if tail == "00":
            return cardinal(head) + "hundra"
        return f"{cardinal(head)} {'noll ' + cardinal(int(tail[1])) if tail[0] == '0' else cardinal(int(tail))}"

    return _sub(_ID_NUMBER, repl, text, trace, "identifier")


_YEAR_RANGE = re.compile(
    r"(?<![\w,.:/–-])(?P<a>1[0-9]\d\d|20\d\d)\s*(?:[–-]|/)\s*(?P<b>1[0-9]\d\d|20\d\d|\d\d)(?![\w]|[.:,]\d|\s\d)"
)
_YEAR = re.compile(r"(?<![\w,.:/–-])(?P<a>1[1-9]\d\d|20\d\d)(?P<gen>:s)?(?![\w]|[.:/,]\d|\s\d{3}(?!\d))")


def _looks_like_count(m: re.Match[str]) -> bool:
    before = prev_words(m)
    if before and before[-1] in D.YEAR_CONTEXT:
        return False
    w = next_word(m)
    if not w or not w[0].islower() or w == "års":  # "1809 års regeringsform"
        return False
    if w in D.COUNT_NOUNS:
        return True
    if w in D.NOT_COUNT_VERBS:
        return False
    return w.endswith(("er", "ar", "or", "na")) and len(w) > 4 or is_ett_noun(w)


def years(text: str, trace: Trace | None = None) -> str:
    """Years: "1809" -> "artonhundranio", "2024" -> "tjugohundratjugofyra",
    "2020–2024" and "1990–95" -> "... till ...", "2024:s".

    Risk: a four-digit number 1100–2099 is a year unless a count noun follows
    ("1500 personer"); write large counts with a space ("1 500"). Before
    "års" it is always a year ("2024 års budget").
    """

    def one(m: re.Match[str]) -> str | None:
        if _looks_like_count(m):
            return None
        return year(int(m.group("a"))) + ("s" if m.group("gen") else "")

    def span(m: re.Match[str]) -> str | None:
        a, b = m.group("a"), m.group("b")
        if _looks_like_count(m):
            return None
        if len(b) == 2:
            if int(b) <= int(a[2:]) and "/" not in m.group(0):
                return None
            return f"{year(int(a))} till {cardinal(int(b))}"
        if int(b) < int(a):
            return None
        return f"{year(int(a))} till {year(int(b))}"

    text = _sub(_YEAR_RANGE, span, text, trace, "year")
    return _sub(_YEAR, one, text, trace, "year")


_SCORE = re.compile(r"(?<![\w,.:–-])(?P<a>\d{1,3})\s?[–-]\s?(?P<b>\d{1,3})(?![\w]|[,.:]\d|\s?[–-]\d)")
_SCORE_AFTER = re.compile(
    r"\s+(?:i\s+(?:halvtid|paus|förlängning|första|andra|tredje|sista|finalen|matchen|derbyt)"
    r"|(?:efter|vid)\s+(?:förlängning|straffar|full\s+tid)|vid\s+(?:halvtid|paus|periodpausen?)|mot\s+[A-ZÅÄÖ]|hemma|borta|på\s+hemmaplan|på\s+bortaplan)"
)


# A result after the two teams: "Tumba IF–Hammarby IF 2–2", "Sverige–Norge: 3–1".
_TEAMS_BEFORE = re.compile(
    r"[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s[A-ZÅÄÖ]{1,4})?\s?[–-]\s?[A-ZÅÄÖ][\wåäöÅÄÖ]*(?:\s[A-ZÅÄÖ]{1,4})?\s*:?\s*$"
)

# A result with the half-time score in brackets: "1–2 (0–1)".
_HALFTIME_AFTER = re.compile(r"\s*\(\d{1,3}\s?[–-]\s?\d{1,3}\)")
_HALFTIME_BEFORE = re.compile(r"(?<![\w,.:–-])\d{1,3}\s?[–-]\s?\d{1,3}\s*\($")

_AFTER_SCORE_WORDS = frozenset("""
i mot efter på och till när för med hemma borta inför trots men då så som var det sedan
under och efter eller vid
""".split())


def _counted_noun(w: str) -> bool:
    """Could ``w`` be what a range counts ("veckor", "år", "mål", "kronor")?
    A verb after a score ("3–0 säkrade guldet") is not."""
    lw = w.lower()
    if lw in D.COUNT_NOUNS or lw in D.UNITS_OF_MEASURE or is_ett_noun(lw):
        return True
    if lw in D.NOT_COUNT_VERBS or lw in D.SCORE_VERBS:
        return False
    return not lw.endswith(("ade", "ande", "ende"))


_SCORE_COMPOUND = re.compile(
    r"-(?:seger|segern|vinst|vinsten|förlust|förlusten|ledning|ledningen|match|matchen|"
    r"kryss|krysset|mål|målet|resultat|resultatet)\b"
)


def _say_score(m: re.Match[str]) -> str:
    return f"{cardinal(int(m.group('a')))} {cardinal(int(m.group('b')))}"


def scores(text: str, trace: Trace | None = None) -> str:
    """Sports results: "vann med 3–1" -> "tre ett" (a score, not a range).

    Spoken as a newsreader says it, the two numbers after each other; the
    dash is not written out, so no voice reads it as "till" or "streck".

    Risk: a small "a–b" (up to three digits: basketball) is a score only with
    a sports word shortly before it (vann, förlorade, slutade, matchen ...)
    or a telltale after it ("i halvtid", "mot AIK"); otherwise it is a range.
    A counted noun after it ("2–3 veckor") makes it a range; a verb does not.
    A result followed by the half-time score in brackets, "1–2 (0–1)", or
    right after two capitalised names joined by a dash ("Tumba IF–Hammarby
    IF 2–2") is a score without any sports word, and so is a tie ("2–2",
    "0–0") unless a counted noun follows: a range from a number to itself
    is never written. A falling pair ("2–1", first number larger) that opens
    the line or quote and is followed by a verb ("– 2–1 var rättvist") is a
    score too; a rising one there ("– 1–2 var rättvist", "– 5–10 personer
    kom") stays a range.
    """

    def repl(m: re.Match[str]) -> str | None:
        before = [w.strip(".,:") for w in prev_words(m, 6)]
        if _HALFTIME_AFTER.match(m.string, m.end()) or _HALFTIME_BEFORE.search(m.string, 0, m.start()):
            return _say_score(m)
        if m.group("a") == m.group("b"):
            # "2–2", "0–0": a range from a number to itself means nothing, so a tie
            w = next_word(m)
            if not (w and w[0].islower() and w not in _AFTER_SCORE_WORDS and _counted_noun(w)):
                return _say_score(m)
        w = next_word(m)
        if (not m.string[: m.start()].strip(" \t\"'”»") and int(m.group("a")) > int(m.group("b"))
                and w in D.RESULT_VERBS | D.SCORE_VERBS):
            # "– 2–1 var rättvist": a falling pair opening the line (a quote)
            # and followed by a verb; a range is never written falling
            return _say_score(m)
        head = _SCORE_COMPOUND.match(m.string, m.end())
        if head:  # "en 2–1-seger", "3–0-ledningen": a score whatever comes before
            return _say_score(m)
        if not (any(w in D.SCORE_CONTEXT for w in before) or _SCORE_AFTER.match(m.string, m.end())
                or _TEAMS_BEFORE.search(m.string, max(0, m.start() - 60), m.start())):
            return None
        w = next_word(m)
        if w and w[0].islower() and w not in _AFTER_SCORE_WORDS and _counted_noun(w):
            return None  # "2–3 veckor": a range
        return _say_score(m)

    return _sub(_SCORE, repl, text, trace, "score")


_RANGE = re.compile(rf"{START}(?P<a>{NUM})\s?[–-]\s?(?P<b>{NUM})(?![\w]|[,.]\d)")


# "5–10-åringar" -> "fem till tioåringar": the head joins the second number.
_RANGE_COMPOUND = re.compile(r"(?<![\w,.:])(?P<a>\d{1,3})\s?[–-]\s?(?P<b>\d{1,3})-(?P<w>[a-zåäö]+)")


def ranges(text: str, trace: Trace | None = None) -> str:
    """Number ranges: "5–10 personer" -> "fem till tio personer".

    Risk: a hyphen between two numbers is always "till" here; scores and
    phone numbers must be taken by their own rules first.
    """

    def repl(m: re.Match[str]) -> str:
        g = gender_after(m)
        link = "och" if prev_words(m) == ["mellan"] else "till"
        return f"{say_number(m.group('a'), g)} {link} {say_number(m.group('b'), g)}"

    def compound(m: re.Match[str]) -> str:
        w = m.group("w")
        g = "en" if w.startswith(D.EN_COMPOUND_HEADS) else "ett"
        return f"{say_number(m.group('a'), g)} till {say_number(m.group('b'), g)}{w}"

    text = _sub(_RANGE_COMPOUND, compound, text, trace, "range")
    return _sub(_RANGE, repl, text, trace, "range")


_NUMBER = re.compile(rf"{SIGN}{START}(?P<n>{NUM})(?P<gen>:s|:or|:orna|:an)?(?![\w]|[,.]\d)")


def cardinals(text: str, trace: Trace | None = None) -> str:
    """Plain numbers with en/ett agreement: "1 person" -> "en person",
    "1 barn" -> "ett barn", "21 000 000" -> "tjugoen miljoner", "-5" ->
    "minus fem", "3,5" -> "tre komma fem", "5 miljoner" -> "fem miljoner".

    Risk: the gender comes from the next word and the ett-noun table; a noun
    missing from the table gets "en".
    """

    def repl(m: re.Match[str]) -> str:
        s = m.group("n")
        nxt = next_word(m)
        if nxt in ("miljon", "miljoner", "miljard", "miljarder"):
            g = "en"
        else:
            g = gender_after(m)
        word = say_number(s, g)
        suffix = m.group("gen") or ""
        if suffix == ":s":
            word += "s"
        elif suffix:
            word += suffix[1:]
        return _sign(m) + word

    return _sub(_NUMBER, repl, text, trace, "cardinal")


_LEFT_DIGITS = re.compile(r"\S*\d\S*")


def _short_or_digits(run: str) -> str:
    """Up to two digits as a number ("12" -> "tolv"), longer runs digit by digit."""
    return cardinal(int(run)) if len(run) <= 2 else digits(run)


def leftover_digits(text: str, trace: Trace | None = None) -> str:
    """Digits no rule could classify are read one by one and reported.

    Risk: this is the fallback; what it says is understandable but rarely
    what a newsreader would say.
    """

    def repl(m: re.Match[str]) -> str:
        token = m.group(0)
        if trace is not None:
            trace.doubt(token.strip(".,;:!?"), "number not recognised; read digit by digit")
        token = re.sub(r"(?<=\d)[.:/](?=\d)", " ", token)
        return re.sub(r"\d+", lambda d: f" {_short_or_digits(d.group(0))} ", token)

    return _sub(_LEFT_DIGITS, repl, text, trace, "cardinal")


_PARTY = re.compile(rf"\s?\((?P<p>{_alternation(list(D.PARTIES) + [p.lower() for p in D.PARTIES])})\)")


_PARTY_TOKEN = _alternation(list(D.PARTIES))
_PARTY_LIST = re.compile(
    rf"(?<![\w(])(?:{_PARTY_TOKEN})(?:(?:,\s*|\s+och\s+|\s+eller\s+|\s*/\s*|\s+\+\s+)(?:{_PARTY_TOKEN}))+(?![\w)])"
)
_PARTY_HYPHEN = re.compile(r"(?<![\w-])(?P<p>[SMCLV])-(?=[a-zåäö]{3,})")


def parties(text: str, trace: Trace | None = None) -> str:
    """Party letters after a politician: "Anna Ek (S)" -> "Anna Ek,
    socialdemokrat,"; party letters in a list are spelled, the one-letter ones
    included ("S, M och KD" -> "ess, emm och kå de"), as is a one-letter party
    before a hyphenated word ("S-ledda" -> "ess-ledda").

    Risk: any one of these letters alone in parentheses is taken for a party;
    a list of these capitals that is not parties (sizes "S, M och L") is
    spelled too, which is how it is read anyway; "C-" / "L-" before any
    word is spelled ("C-uppsats" -> "ce-uppsats").
    """
    text = _sub(_PARTY, lambda m: f", {D.PARTIES[m.group('p').upper()]},", text, trace, "acronym")
    text = _sub(_PARTY_LIST, lambda m: re.sub(r"[A-Z]+", lambda t: spell(t.group()), m.group()), text, trace, "acronym")
    return _sub(_PARTY_HYPHEN, lambda m: spell(m.group("p")) + "-", text, trace, "acronym")


_CAPS = re.compile(r"(?<![\w])(?P<w>[A-ZÅÄÖ]{2,})(?::(?P<suf>[a-zåäö]+))?(?:(?P<hy>-)(?=\w)|(?![\w]))")
_CAPS_WORD = re.compile(r"\b[A-ZÅÄÖ]{2,}\b")
_ANY_WORD = re.compile(r"\b[A-Za-zÅÄÖåäö]{2,}\b")


def acronyms(text: str, trace: Trace | None = None) -> str:
    """All-capital words: spelled letter by letter ("SVT" -> "ess ve te",
    "SVT:s" -> "ess ve tes") unless listed as read as words (NATO, IKEA) or
    pronounceable (a made-up "TÅGET" -> "tåget"). A line written all in
    capitals is read as words.

    Risk: an unknown all-capital word is guessed from its shape and
    reported as unsure; add it to ACRONYM_WORDS, ACRONYM_SPELLED or the
    lexicon.
    """
    caps = _CAPS_WORD.findall(text)
    shouting = len(caps) >= 3 and len(caps) >= 0.6 * len(_ANY_WORD.findall(text))

    def repl(m: re.Match[str]) -> str:
        w, suf, hy = m.group("w"), m.group("suf") or "", m.group("hy")
        if w in D.ACRONYM_WORDS:
            out = D.ACRONYM_WORDS[w] + suf
            return out + ("-" if hy else "")
        if w in D.ACRONYM_SPELLED:
            out = (D.ACRONYM_SPELLED[w] or spell(w)) + suf
        elif shouting and (pronounceable(w) or len(w) <= 3 and any(c in "AEIOUYÅÄÖ" for c in w)):
            return w.lower() + suf + ("-" if hy else "")
        elif pronounceable(w):
            if trace is not None:
                trace.doubt(w, "unknown all-capital word, read as a word; add it to the lexicon if wrong")
            return w.capitalize() + suf + ("-" if hy else "")
        else:
            if trace is not None:
                trace.doubt(w, "unknown all-capital word, spelled letter by letter; add it to the lexicon if wrong")
            out = spell(w) + suf
        return out + (" " if hy else "")

    return _sub(_CAPS, repl, text, trace, "acronym")


def _abbreviation_table() -> dict[str, str]:
    table = dict(D.ABBREVIATIONS)
    for key, value in D.ABBREVIATIONS.items():
        cap = key[0].upper() + key[1:]
        if cap not in table:
            table[cap] = value[0].upper() + value[1:] if value else value
    return table


_ABBR_TABLE = _abbreviation_table()
_ABBR = re.compile(rf"(?<![\w.:])(?P<a>{_alternation(list(_ABBR_TABLE))})(?![\w]|(?<=\w)[.:]\w)")


# Words after which "ev." stands before a noun (an adjective: "för ev. skador"),
# not inside a clause (an adverb: "mötet kan ev. flyttas").
_EV_ADJECTIVE_AFTER = frozenset("""
för om med på av vid och eller samt till i inga alla utan mot från efter före
under vid kring angående inför rörande
""".split())


def _eventuell(m: re.Match[str]) -> str:
    """ "ev." as the adjective it stands for: "ev. ändringar" -> "eventuella",
    "ev. avgift" -> "eventuell", "ev. överskott" -> "eventuellt"; as an
    adverb ("kan ev. flyttas") "eventuellt"."""
    before = prev_words(m)
    at_start = not before or m.string[: m.start()].rstrip().endswith((",", ":", ";", "(", "."))
    w = next_word(m).lower()
    if not w or not (at_start or before[-1].rstrip(".,") in _EV_ADJECTIVE_AFTER) or w in _NOT_NOUN:
        return "eventuellt"
    if re.search(r"(?:ar|er|or|na|en)$", w) and len(w) > 4 and not is_ett_noun(w):
        return "eventuella"
    return "eventuellt" if is_ett_noun(w) else "eventuell"


def abbreviations(text: str, trace: Trace | None = None) -> str:
    """Abbreviations from the table: "t.ex." -> "till exempel", "bl.a.",
    "m.fl.", "osv.", "fr.o.m.", "S:t" -> "Sankt", "ca" -> "cirka".

    Risk: "s." is "sidan" and "st." "stycken" wherever they stand alone;
    an abbreviation's period that also ends the sentence is kept. "ev." is
    inflected from the words around it (eventuell/eventuellt/eventuella): a
    plural is guessed from the ending (-ar, -er, -or, -na, -en).
    """

    def repl(m: re.Match[str]) -> str:
        key = m.group("a")
        out = _ABBR_TABLE[key]
        if key.lower() == "ev.":
            out = _eventuell(m)
            out = out.capitalize() if key[0] == "E" else out
        if key.lower() in ("s.k.", "s k"):
            before = prev_words(m)
            article = before[-1] if before else ""
            # "en så kallad", "ett så kallat" (not "kalladt"), "den så kallade"
            out = out[:-2] + {"en": "d", "ett": "t"}.get(article, "de")
        final = key.endswith(".") and key.lower() not in D.NON_FINAL_ABBREVIATIONS and key not in D.NON_FINAL_ABBREVIATIONS
        return out + _keep_stop(m, final)

    return _sub(_ABBR, repl, text, trace, "abbreviation")


_TIDY = [
    (re.compile(r"[()\[\]{}]"), ","),
    (re.compile(r"[*_|•·]"), " "),
    (re.compile(r"(?<=\s)[/–-](?=\s)"), ","),
    (re.compile(r"/"), " "),
    (re.compile(r"\s+"), " "),
    (re.compile(r"\s+([,.;:!?])"), r"\1"),
    (re.compile(r",(?:\s*,)+"), ","),
    (re.compile(r",\s*([.;:!?])"), r"\1"),
    (re.compile(r"^[\s,;:]+"), ""),
    (re.compile(r"[\s,;]+$"), ""),
    (re.compile(r",(?=\S)"), ", "),
]


def tidy(text: str, trace: Trace | None = None) -> str:
    """Final spacing and punctuation: brackets become pauses (commas), no
    doubled commas, no space before punctuation.

    Risk: brackets lose their content's aside tone; that is what a reader does.
    """
    for pattern, repl in _TIDY:
        text = pattern.sub(repl, text)
    return text.strip()
