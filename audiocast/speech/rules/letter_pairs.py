"""Letters joined by a slash or a plus: licence classes ("gärna C/CE" ->
"ce eller ce e", "truckkort A+B" -> "a plus be"), and a vehicle's letters
before its model number ("Bv 206" -> "be ve 206"). Called by
``words.lone_letters`` before it reads lone capitals.

The tables are in ``speech/data/letter_pair_words.py``.
"""

from __future__ import annotations

import re

from ..data.letter_pair_words import LETTER_SPAN_WORDS, LICENCE_CLASSES, LICENCE_WORDS, MODEL_LETTERS, PARKING_TAILS
from ..data.words import PARTIES
from ..report import Trace
from .machinery import alternation, spell, sub, word_start

_CLASS = alternation(LICENCE_CLASSES)
LETTER_RANGE_HINT = re.compile(r"\d ?[A-ZÅÄÖa-h]\s?[–-]")
"""LETTER_RANGE's gate: a house letter after a number before a dash ("5 A–C"; the digit first, a fast scan)."""
# House letters joined by a dash after a number: "5 A–C" -> "a till ce", and glued to it, "9A–C" (it was "a–ce");
# an exercise's or a paragraph's parts in small letters too, the first before the last: "övning 3 a–c" (session 30).
# Read by words.lone_letters.
LETTER_RANGE = re.compile(r"(?<=\d) ?(?:(?P<a>[A-ZÅÄÖ])\s?[–-]\s?(?P<b>[A-ZÅÄÖ])|(?P<sa>[a-h])[–-](?P<sb>[a-h]))(?![\w])")


def letter_range(m: re.Match[str]) -> str | None:
    """A match of :data:`LETTER_RANGE` said "a till ce"; small letters out of order ("4 c–a") are no range of parts."""
    if m.group("sa") and m.group("sa") >= m.group("sb"):
        return None
    return f" {spell(m.group('a') or m.group('sa'))} till {spell(m.group('b') or m.group('sb'))}"
_CLASS_SLASH = re.compile("(?P<a>" + word_start(LICENCE_CLASSES, r"\w/+-") + rf")(?P<rest>(?:/(?:{_CLASS}))+)(?![\w/+])")
# "ett P/E-tal", "A/B-lag": two single capitals joined by a slash, no licence's choice, are a pair of letters.
_LETTER_SLASH = re.compile(r"(?P<a>[A-ZÅÄÖ])(?<![\w/+.-].)/(?P<b>[A-ZÅÄÖ])(?![\w/+]|-\d)")
_CAPITALS_PLUS = re.compile(r"(?<![\w/+-])(?P<a>[A-ZÅÄÖ]\d?)(?P<rest>(?:\+[A-ZÅÄÖ]\d?)+)(?![\w/+])")
_MODEL_HINT = re.compile(alternation(MODEL_LETTERS))
_MODEL = re.compile(rf"(?<![\w-])(?P<m>{alternation(MODEL_LETTERS)})(?= ?\d)")
# "kl. B", "i kl. H21": "kl." before a class's letter (a capital, a one- or two-digit age after it) is the class.
_CLASS_LABEL = re.compile(r"(?P<k>[Kk])(?<![\w.].)l\.\s(?=[A-ZÅÄÖ]\d{0,2}(?![\w/-]|[.:]\d|:\w))")


def _spelled_pair(m: re.Match[str], word: str) -> str:
    parts = [m.group("a"), *re.split(r"[/+]", m.group("rest"))[1:]]
    return f" {word} ".join(spell(p) for p in parts)


def _letter_slash(m: re.Match[str]) -> str | None:
    """Two single capitals joined by a slash, read one after the other, spelled: "ett P/E-tal" -> "pe e-tal", "A/B-lag"
    -> "a be-lag" (session 27: the slash was left silent and the first letter unspelled, "P E-tal"). Party letters
    ("S/V") are left to the parties' rule."""
    if m.group("a") in PARTIES and m.group("b") in PARTIES:
        return None
    return f"{spell(m.group('a'))} {spell(m.group('b'))}"


def _licence_choice(m: re.Match[str]) -> str | None:
    sentence = m.string[max(0, m.start() - 80) : m.end() + 40].lower()
    with_e = any(p.endswith("E") for p in m.group(0).split("/"))
    if not with_e and not any(w in sentence for w in LICENCE_WORDS):
        return None  # "A/B": no licence in sight (read by _LETTER_SLASH)
    return _spelled_pair(m, "eller")


# "P-platsen", "p-avgiften": the parking compound (PARKING_TAILS, with any ending).
_PARKING_FEE = re.compile(r"(?:^|(?<=[,.;:(] )|(?<=\())P(?= \d{1,3} ?(?:kr\b|:-)| gratis\b| avgiftsfri\b)")
_PARKING = re.compile(rf"(?<![\w.:/-])(?P<p>[Pp])-(?P<t>(?:{alternation(PARKING_TAILS)})[a-zåäö]{{0,5}})\b")


# "trapphus 1A–3C", "lgh 4A–4F": a span of entrances or flats, each end a number and a house letter.
# "betyg A–F", "energiklass A–G": two capitals joined by a dash, the second later in the alphabet.
_LETTER_SPAN = re.compile(r"(?P<a>[A-ZÅÄÖ](?<![\w.,/–-][A-ZÅÄÖ]))\s?[–-]\s?(?P<b>[A-ZÅÄÖ])(?![\w/–-])")


_GRADES = "ABCDEF"


def _letter_span(m: re.Match[str]) -> str | None:
    sentence = m.string.lower()
    if not any(w in sentence for w in LETTER_SPAN_WORDS):
        return None  # "S–V", "M-L": parties or names, not a scale
    if m.group("b") <= m.group("a") and not (m.group("a") in _GRADES and m.group("b") in _GRADES and "betyg" in sentence):
        return None  # a falling pair only as the school's grades, from the lowest up ("betygen F–A")
    return f"{spell(m.group('a'))} till {spell(m.group('b'))}"


# "Per-Olof (P-O) Ek", "kallad H-G": a double name's two initials standing alone (no word after
# the hyphen, no name after them: those are read by ``words.initials``); two party letters are left.
_NAME_PAIR = re.compile(r"(?P<a>[A-ZÅÄÖ](?<![\w/+–-][A-ZÅÄÖ]))-(?P<b>[A-ZÅÄÖ])(?![\w/+–-]|\s[A-ZÅÄÖ][a-zåäö])")


_HOUSE_SPAN = re.compile(r"(?P<n1>\d(?<![\w.,/-]\d)\d{0,2})\s?(?P<a>[A-ZÅÄÖ])\s?[–-]\s?(?P<n2>\d{1,3})\s?(?P<b>[A-ZÅÄÖ])(?![\w-])")


# "Rättviks GoIF", "Alviks BoIS", "Forsa SoIK": a club's letters with the small "o" of "och" (Godtemplarnas och
# Idrottsföreningen), spelled letter by letter ("ge o i eff"); not a word ("GoPro" has small letters after).
_CLUB_O = re.compile(r"(?<![\w-])(?P<c>[BCDFGHKLMNPRSTVÖ]o[A-ZÅÄÖ]{2,3})(?![\w-])")


# "Svar till E.L. i Kisa", "Signaturen K.A. skriver": initials standing for a person with no surname after them
# (a word in small letters, a stop or a comma next), spelled; an abbreviation of the table ("P.S.") is read first.
_BARE_INITIALS = re.compile(r"(?<![\w.])(?P<i>(?:[A-ZÅÄÖ]\.){2,3})(?=\s[a-zåäö]|[,;:)]|\s*$)")
# "Anna B. har ordet": a surname's initial after a first name, a word in small letters next: the stop is the
# initial's, not the sentence's.
_SURNAME_INITIAL = re.compile(r"(?P<n>(?<![\w.-])[A-ZÅÄÖ][a-zåäö]+ )(?P<l>[A-ZÅÄÖ])\.(?= [a-zåäö])")
# Their gates (what every match holds, its stop first: re's fast scan for one character).
_INITIALS_HINT = re.compile(r"\.(?<=[A-ZÅÄÖ]\.)[A-ZÅÄÖ]\.")
_SURNAME_INITIAL_HINT = re.compile(r"\.(?<=[a-zåäö] [A-ZÅÄÖ]\.) [a-zåäö]")
_CLUB_O_HINT = re.compile(r"o(?<=[BCDFGHKLMNPRSTVÖ]o)[A-ZÅÄÖ]{2}")


# "USB-C", "Typ-C": a single capital after a short form's hyphen is a letter (not two party letters: "KD-L").
# ((?<![\w-])(?:[A-ZÅÄÖ]{2,5}|[Tt]yp)-...: one class first and the lookbehind after it, a fast scan)
_HYPHEN_LETTER = re.compile(r"(?P<a>[A-ZÅÄÖt](?<![\w-].)(?:(?<=[A-ZÅÄÖ])[A-ZÅÄÖ]{1,4}|(?<=[Tt])yp))-(?P<l>[A-ZÅÄÖ])(?![\w]|-\d)")

# "LA:B", "MsvA:B"-like classes with capitals on both sides of a colon: a class and its letter (an
# ending after a colon is small: "VD:n", "SMS:et").
_COLON_CAPITALS = re.compile(r"(?P<a>[A-ZÅÄÖ](?<![\w:].)[A-ZÅÄÖ]{0,3}):(?P<b>[A-ZÅÄÖ]{1,2})(?![\w:])")  # (the lookbehind after the first capital)


def _hyphen_letter(m: re.Match[str]) -> str | None:
    if m.group("a") in PARTIES and m.group("l") in PARTIES:
        return None  # "S-V", "KD-L": a list of parties, read by the parties' rule
    return f"{m.group('a')}-{spell(m.group('l'))}"


def _bare_initials(m: re.Match[str]) -> str:
    said = " ".join(spell(c) for c in m.group("i") if c != ".")
    return said + ("." if not m.string[m.end():].strip() else "")  # "i Washington D.C.": the line's stop kept


def letter_pairs(text: str, trace: Trace | None = None) -> str:
    """Licence classes joined by a slash are a choice: "gärna C/CE" -> "ce
    eller ce e", "B/BE" (a class with a trailer, "E", or a word of licences
    in the sentence: LICENCE_WORDS); capitals joined by a plus are both:
    "truckkort A+B" -> "a plus be"; a vehicle's letters before its model
    number are spelled: "Bv 206" -> "be ve 206" (MODEL_LETTERS; not
    "bottenvåning"). "P-platsen" is "parkeringsplatsen" (PARKING_TAILS;
    risk: a "P-" compound with one of those heads that is no parking). "kl." before a capital letter (an age class's digits
    after it allowed) is the class, not the clock: "i kl. B" -> "i klass
    be", "kl. H21" -> "klass hå tjugoett". A span whose ends are a number and a house letter
    is a range: "trapphus 1A–3C" -> "ett a till tre ce" (it was "ett a–tre ce"),
    and so are two capitals in alphabetical order in a sentence of grades or
    classes ("betygsskala A–F" -> "a till eff"; LETTER_SPAN_WORDS), and two
    grade letters falling in a sentence about grades ("betygen F–A" -> "eff
    till a", session 17). A double
    name's two initials joined by a hyphen and standing alone are spelled
    ("Per-Olof (P-O) Ek" -> "pe o"; two party letters are left). A club's letters with the small "o" of
    "och" are spelled ("Rättviks GoIF" -> "ge o i eff", "BoIS"). Capitals on
    both sides of a colon are spelled, both: "LA:B" (a show-jumping class) ->
    "ell a be" (the letter after it was read as an ending, "ell abe").

    A lone "P" opening a clause before a fee, or "gratis", is the parking ("Fri entré, P 20 kr" -> "parkering tjugo kronor").

    Risk: a slash between two single letters of LICENCE_CLASSES in a
    sentence that names a licence word for something else ("klass A/B") is
    read "eller".
    """
    if "p-" in text or "P-" in text:  # "samling på P-platsen": "parkeringsplatsen"
        text = sub(_PARKING, lambda m: ("P" if m.group("p") == "P" and _opens(m) else "p") + "arkerings" + m.group("t"),
                   text, trace, "abbreviation")
    if "P " in text:  # "Fri entré, P 20 kr": the parking's fee (session 61, normalize427: it was "pe")
        text = sub(_PARKING_FEE, lambda m: "Parkering" if _opens(m) else "parkering", text, trace, "abbreviation")
    if "/" in text:
        text = sub(_CLASS_SLASH, _licence_choice, text, trace, "acronym")
        text = sub(_LETTER_SLASH, _letter_slash, text, trace, "acronym")
    if "+" in text:
        text = sub(_CAPITALS_PLUS, lambda m: _spelled_pair(m, "plus"), text, trace, "acronym")
    if "–" in text or "-" in text:  # "trapphus 1A–3C" -> "1 a till 3 ce" (the numbers are said later)
        text = sub(_HOUSE_SPAN, lambda m: f"{m.group('n1')} {spell(m.group('a'))} till {m.group('n2')} {spell(m.group('b'))}",
                   text, trace, "range")
        text = sub(_LETTER_SPAN, _letter_span, text, trace, "range")  # "betyg A–F" -> "a till eff"
        text = sub(_NAME_PAIR, lambda m: None if m.group("a") in PARTIES and m.group("b") in PARTIES
                   else f"{spell(m.group('a'))} {spell(m.group('b'))}", text, trace, "acronym")
    if "." in text and _INITIALS_HINT.search(text):
        text = sub(_BARE_INITIALS, _bare_initials, text, trace, "acronym")
    if "." in text and _SURNAME_INITIAL_HINT.search(text):
        text = sub(_SURNAME_INITIAL, lambda m: m.group("n") + m.group("l"), text, trace, "acronym")
    if "-" in text:
        text = sub(_HYPHEN_LETTER, _hyphen_letter, text, trace, "acronym")  # "USB-C" -> "USB-ce"
    if ":" in text:
        text = sub(_COLON_CAPITALS, lambda m: f"{spell(m.group('a'))} {spell(m.group('b'))}", text, trace, "acronym")
    if _CLUB_O_HINT.search(text):
        text = sub(_CLUB_O, lambda m: spell(m.group("c").upper()), text, trace, "acronym")  # "GoIF" -> "ge o i eff"
    if _MODEL_HINT.search(text):  # (one of MODEL_LETTERS)
        text = sub(_MODEL, lambda m: spell(m.group("m")), text, trace, "acronym")
    return text


def _opens(m: re.Match[str]) -> bool:
    """Does the match open its sentence (the line's start, or after a stop)?"""
    head = m.string[: m.start()].rstrip()
    return not head or head.endswith((".", "!", "?", ":"))


def class_labels(text: str, trace: Trace | None = None) -> str:
    """ "kl." before a class's letter (a capital, an age's one or two digits
    after it allowed) is the class, not the clock: "i kl. B" -> "i klass B",
    "kl. H21" -> "klass H21" (then read as any label's letter). Called by
    ``words.initials`` first, so "i kl. B. Det var ..." is a label's letter
    ending a sentence, not an initial.

    Risk: "kl." before an initial and a name ("kl. A Ek") would be "klass";
    no one writes the clock so.
    """
    if "l. " not in text:
        return text
    return sub(_CLASS_LABEL, lambda m: m.group("k") + "lass ", text, trace, "abbreviation")
