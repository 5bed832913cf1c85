"""A slash between two nouns or names that the general slash rules
(``symbols._word_slash``: "kontant/kort" -> "eller", streets and crews ->
"och") do not read right (``noun_slashes``; tables in
``speech/data/slash_pair_words.py``)."""

from __future__ import annotations

import re

from ..data.quantities import SLASH_STREET_ENDINGS
from ..data.slash_pair_words import FITTINGS, PLACE_PREPOSITIONS, POLLSTERS
from ..report import Trace
from .machinery import alternation, prev_words, sub, word_start

_FITTING = f"(?:{alternation(FITTINGS)})"
_NOT_BEFORE = r"\w/-"
# (each with the lookbehind after its first letter: a fast scan)
_FITTINGS = re.compile(rf"(?P<l>{word_start(FITTINGS, _NOT_BEFORE)}(?:/{_FITTING})+)(?![\w/-])")
_PLACE = r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?"
_PLACES = re.compile(rf"(?P<l>[A-ZÅÄÖ](?<![\w/-].)[a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?(?:/{_PLACE})+)(?![\w/-]|\s?\d)")
# "Novus/SVT", "Ipsos/DN": a polling institute and the medium its poll was made for, a name in capitals after it
# (not another institute: "Novus/Sifo-mätningarna" are two).
_POLL = re.compile(rf"(?<![\w/-])(?P<p>{alternation(POLLSTERS)})/(?=[A-ZÅÄÖ])(?!(?:{alternation(POLLSTERS)})\b)")
# "luft/vatten-värmepump": two words in small letters joined by a slash heading a compound after a hyphen.
_COMPOUND_HEAD = re.compile(r"(?<![\w/-])(?P<a>[a-zåäö]{2,})/(?P<b>[a-zåäö]{2,})-(?=[a-zåäö]{3,})")


def _joined(items: list[str], last: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]


def _fittings(m: re.Match[str]) -> str | None:
    parts = m.group("l").split("/")
    if all(p.isupper() and p not in ("WC",) for p in parts) and not {"TM", "TT", "DM"} >= set(parts):
        return None  # capitals that are no fittings' codes together
    return _joined([FITTINGS[p] for p in parts], "och")


_LINE_HEADS = ("banan", "linjen", "leden", "kanalen", "stråket")
"""Heads of a line's name whose first part is two places with a slash ("Norge/Vänerbanan", "Mälar/Hjälmarleden")."""


def _places(m: re.Match[str]) -> str | None:
    before = prev_words(m)
    if not before or before[-1] not in PLACE_PREPOSITIONS:
        return None  # "Ek/Sjöberg", "Visby/Roma": a crew or a team, read by the other rules
    if any(p.lower().endswith(SLASH_STREET_ENDINGS) for p in m.group("l").split("/")):
        return None  # "på Malmövägen/Kalmarvägen": a crossing, "och" (symbols)
    parts = m.group("l").split("/")
    if parts[-1].lower().endswith(_LINE_HEADS) and not any(p.lower().endswith(_LINE_HEADS) for p in parts[:-1]):
        return None  # "på Norge/Vänerbanan": one line's name, its places sharing the head (session 58, normalize348)
    return _joined(m.group("l").split("/"), "eller")


def noun_slashes(text: str, trace: Trace | None = None) -> str:
    """A slash between:

    - a housing ad's fittings (FITTINGS): all of them, "och" ("badrum med
      WC/dusch" -> "ve ce och dusch", "tvättstuga (TM/TT)" -> "tvättmaskin och
      torktumlare"), the codes read out only in such a pair;
    - two places after a preposition of place (PLACE_PREPOSITIONS): one or the
      other, "eller" ("bytes mot 3 rok i Stuvsta/Snättringe" -> "Stuvsta eller
      Snättringe"), not the places before a line's head ("på Norge/Vänerbanan": one line, the slash silent);
    - a polling institute (POLLSTERS) and the medium that ordered its poll: "för" ("Novus/SVT" -> "Novus för ess
      ve te"; it was silent, two names side by side);
    - two words heading a compound after a hyphen: silent, the two words
      one kind ("luft/vatten-värmepump" -> "luft vatten-värmepump", not "luft
      eller vatten").

    Risk: two places after "i" that are one team ("spelar i Visby/Roma") are
    read "eller"; two words before a compound that are alternatives
    ("bil/båt-mässa") lose their "eller".
    """
    if "/" not in text:
        return text
    text = sub(_FITTINGS, _fittings, text, trace, "symbol")
    text = sub(_POLL, lambda m: m.group("p") + " för ", text, trace, "symbol")
    text = sub(_PLACES, _places, text, trace, "symbol")
    if "-" in text:
        text = sub(_COMPOUND_HEAD, lambda m: f"{m.group('a')} {m.group('b')}-", text, trace, "symbol")
    return text
