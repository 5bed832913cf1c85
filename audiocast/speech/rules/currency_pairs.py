"""A currency pair in a market report ("EUR/SEK steg till 11,52", "USD/SEK", "EUR/USD"): one currency's price in the
other, said with both in the definite form and "mot" between, as a business reporter says it ("euron mot kronan").
It was read as letters and a plural, "e u ärr svenska kronor" (session 41, normalize138).

Risk: a slash between two currency codes meaning "or" ("betala i EUR/SEK") is read as a pair; a listing of accepted
currencies writes them with commas or "eller".
"""

from __future__ import annotations

import re

from ..data.quantities import CURRENCIES, CURRENCY_DEFINITE, CURRENCY_IN, CURRENCY_PER
from ..report import Trace
from .machinery import alternation, say_number, sub

_PAIR = re.compile(
    rf"(?<![\w/])(?P<a>{alternation(list(CURRENCY_DEFINITE))})/(?P<b>{alternation(list(CURRENCY_DEFINITE))})(?![\w/])")
_KRONOR = frozenset({"SEK", "NOK", "DKK", "ISK"})


def _pair(m: re.Match[str]) -> str | None:
    a, b = m.group("a"), m.group("b")
    if a == b:
        return None
    both_kronor = a in _KRONOR and b in _KRONOR  # "SEK/NOK": "svenska kronan mot norska kronan"
    said_a = ("svenska kronan" if both_kronor and a == "SEK" else CURRENCY_DEFINITE[a])
    said_b = ("svenska kronan" if both_kronor and b == "SEK" else CURRENCY_DEFINITE[b])
    said = f"{said_a} mot {said_b}"
    opens = not m.string[:m.start()].strip() or m.string[:m.start()].rstrip()[-1] in ".!?:"
    return said[0].upper() + said[1:] if opens else said  # "EUR/SEK steg …": the sentence's first word


def currency_pairs(text: str, trace: Trace | None = None) -> str:
    """ "EUR/SEK" -> "euron mot kronan", "USD/SEK" -> "dollarn mot kronan", "EUR/USD" -> "euron mot dollarn"
    (class "money"; the definite forms in ``data/quantities.CURRENCY_DEFINITE``).

    A currency's code after "per" or "i" is its name ("10,87 kr per USD" -> "per dollar", "priset i EUR" -> "i euro";
    session 50, normalize186: it was spelled, "per u ess de").

    An exchange rate, one or a hundred of a currency equal to an amount of another ("1 EUR = 11,47 SEK", "100 NOK =
    97,80 SEK"), says the amount as a decimal with "komma", as a rate is read ("elva komma fyrtiosju kronor"), not as a
    price in kronor and öre (session 62, normalize449; the evaluation set's three rates were read so by every writer).

    Risk: two codes with a slash meaning "or" ("i EUR/SEK") are read as a pair; a code after "i" naming the currency
    itself ("skillnaden i USD och EUR") is read as an amount's unit, which sounds the same."""
    if "=" in text or " är " in text or "motsvarar" in text:
        text = sub(_RATE, _rate, text, trace, "money")
    if (" per " in text or " i " in text) and _ANY_CODE.search(text):  # (one C-level scan for the codes)
        text = sub(_CODE_AFTER, _code_after, text, trace, "money")
    if "/" not in text:
        return text
    return sub(_PAIR, _pair, text, trace, "money")


_ANY_CODE = re.compile(alternation(list(CURRENCY_PER)))
_CODE_AFTER = re.compile(rf"\b(?P<w>per|i) (?P<c>{alternation(list(CURRENCY_PER))})(?![\w/-])")


def _code_after(m: re.Match[str]) -> str:
    """A currency's code after "per" or "i" with no amount of it: "per dollar", "i euro" (the amounts' own codes are
    read by the money rule: "100 USD" -> "hundra dollar")."""
    w = m.group("w")
    return f"{w} {(CURRENCY_PER if w == 'per' else CURRENCY_IN)[m.group('c')]}"


_RATE_CODES = alternation([c for c in CURRENCY_DEFINITE if c.isupper()])
# "1 EUR = 11,47 SEK", "100 NOK motsvarar 97,80 kr": the rate's amount, after a unit of one currency and "=".
_RATE = re.compile(
    rf"(?<![\w,.])(?P<head>(?:1|100) (?:{_RATE_CODES}) ?(?:=|är|motsvarar) ?)(?P<a>\d{{1,3}},\d{{2,4}}) ?"
    rf"(?P<c>{_RATE_CODES}|kr|kronor)(?![\w/])")


def _rate(m: re.Match[str]) -> str:
    return f"{m.group('head')}{say_number(m.group('a'), 'en')} {CURRENCIES[m.group('c')][1]}"
