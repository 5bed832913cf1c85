"""Signs of a football pools tip ("Tipstips: 1X2 på Färjestad–Skellefteå,
halvgardering 1X"): each sign said, "X" as "kryss" ("ett kryss två", "ett
kryss", "kryss två"), table ``data/pool_words.py``.
"""

from __future__ import annotations

import re

from ..data.pool_words import FIXTURE_SIGNS, POOL_SIGNS, POOL_WORDS, ROW_WORDS
from ..numbers import cardinal
from ..report import Trace
from .machinery import say_score, sub

_POOL_LINE = re.compile(r"(?i:" + "|".join(POOL_WORDS) + ")")
# Two or three signs with an "X" among them, none twice ("1X2", "1X", "X2"; not "XX" or "2X2").
_SIGNS = re.compile(r"(?<![\w/-])(?P<s>1X2|1X|X2)(?![\w/-])")
# In a row of results, any group of signs ("21X", "112"), not an amount's thousands ("13 rätt gav 112 000 kr").
_ROW_SIGNS = re.compile(r"(?<![\w,.:/-])(?P<s>[12X]{1,13})(?![\w:/-]|[,.]\d|\s[12]*[03-9]|\s?(?:kr|kronor|rätt)\b)")  # ("X12." too)
# The match a sign is put on ("1X2 på Färjestad–Skellefteå"): two teams joined by a dash, said "mot" (machinery.SCORE_DASH).
_MATCH = re.compile(r"(?<=\bpå )(?P<a>[A-ZÅÄÖ][\wåäö]+)–(?P<b>[A-ZÅÄÖ][\wåäö]+)\b")
# A lone sign after a match, closing its item ("Arsenal–Chelsea 1, Leeds–Everton X, Wolves–Fulham 2.").
_FIXTURE_SIGN = re.compile(r"(?P<m>(?<![\w–])[A-ZÅÄÖ][\wåäö]+–[A-ZÅÄÖ][\wåäö]+) (?P<s>[12X])(?=[,;.]|$)(?![,.]\d)"
                           r"|(?<![\w,.:/-])(?P<s2>[12X])(?= på [A-ZÅÄÖ][\wåäö]+–[A-ZÅÄÖ])")  # "spik: 1 på Arsenal–Chelsea"


# The three outcomes listed with their joints ("odds på 1, X och 2"): "X" is the draw, "kryss", in any line
# (session 55, normalize279: it was the letter's name).
_OUTCOMES = re.compile(r"(?<![\w,.:/-])1, X(?P<j>,| och| eller) 2(?![\w:/-]|[.,]\d)")


# A daily double's winning pair of horses after its name ("Dagens Dubbel: 5–11", "DD-raden 4–9", "LD 3–7"): each
# race's winner, the dash silent as the writers read it (session 58: all 3 such rows; it was a range, "fem till elva").
_DOUBLE = re.compile(r"(?P<l>\b(?:(?:[Dd]agens|[Ll]unch) [Dd]ubbel|[Ll]unchdubbel)(?: på [A-ZÅÄÖ][\wåäö]+)?:?\s|\b[DL]D(?:-raden)?:?\s)"
                     r"(?P<a>\d{1,2})\s?[–-]\s?(?P<b>\d{1,2})(?![\w]|[,.:]\d|\s(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))")


# A pools row written as its signs joined by dashes ("Veckans tipsrad: 1–X–2–1–1–X–2", session 59): thirteen or so
# signs, an X among them; each said, the dashes silent ("ett kryss två ett ett kryss två"; it was "två mot ett").
_SIGN_CHAIN = re.compile(r"(?<![\w–-])(?=[12X](?:[–-][12X]){4,}(?![\w–-]))(?=[^ ]*X)(?P<c>[12X](?:[–-][12X]){4,})")


def _fixture_sign(m: re.Match[str]) -> str:
    """ "Arsenal–Chelsea 1" -> "Arsenal–Chelsea etta"; "1 på Arsenal–Chelsea" -> "etta på …"."""
    return f"{m.group('m')} {FIXTURE_SIGNS[m.group('s')]}" if m.group("m") else FIXTURE_SIGNS[m.group("s2")]


def pool_tips(text: str, trace: Trace | None = None) -> str:
    """ "halvgardering 1X" -> "halvgardering ett kryss" (class "code"): the
    signs of a pools tip in a line that names the pools (POOL_WORDS).
    A row of results (ROW_WORDS: "Rätt rad: 1X2 21X 112 X21 2") says every group
    of signs so, "112" too. Risk: a code "1X" or "X2" (a model, a grade) in a line that also says
    "tips" or "spik" is read as signs. Two teams joined by a dash after "på"
    in such a line are the match: "på Färjestad–Skellefteå", the dash kept
    silent as between any two teams (``sport``'s convention). A lone sign after a match in such a line is the sign's
    noun: "Arsenal–Chelsea 1, Leeds–Everton X" -> "etta", "kryss" (FIXTURE_SIGNS); so is one right before "på" and
    a match ("spik: 1 på Arsenal–Chelsea"). Risk: a team pair and a lone digit closing an item in a line that names the
    pools ("Malmö–Gais 1, …" as a count of something) is read as a sign. The three outcomes listed, "1, X och 2",
    are the signs in any line ("ett, kryss och två"). A daily double's pair of horses after its name, "Dagens Dubbel:
    5–11", is said with its dash silent ("fem–elva")."""
    if "X–" in text or "X-" in text:
        text = sub(_SIGN_CHAIN, lambda m: " ".join(POOL_SIGNS[c] for c in re.split("[–-]", m.group("c"))), text, trace,
                   "code")
    if "1, X" in text:
        text = sub(_OUTCOMES, lambda m: f"ett, kryss{m.group('j')} två", text, trace, "code")
    if "ubbel" in text or "D" in text:  # "Dagens Dubbel: 5–11", "DD-raden 4–9": two horses, the dash silent
        text = sub(_DOUBLE, lambda m: f"{m.group('l')}{cardinal(int(m.group('a')))}–{cardinal(int(m.group('b')))}",
                   text, trace, "code")
    if ("X" not in text and "–" not in text) or _POOL_LINE.search(text) is None:
        return text
    if "–" in text:  # "Arsenal–Chelsea 1": the sign's noun, "etta"
        text = sub(_FIXTURE_SIGN, _fixture_sign, text, trace, "code")
    if "X" not in text:
        return text
    signs = _ROW_SIGNS if any(w in text.lower() for w in ROW_WORDS) else _SIGNS  # "Rätt rad: 1X2 21X 112"
    text = sub(signs, lambda m: " ".join(POOL_SIGNS[c] for c in m.group("s")), text, trace, "code")
    if "–" in text:
        text = sub(_MATCH, lambda m: say_score(m.group("a"), m.group("b")), text, trace, "score")
    return text
