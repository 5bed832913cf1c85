"""Numbers after a label that names, not counts: four digits ("lgh 1102",
"rum 1205", "tåg 8842"): read in pairs, never as a year. Split from
``numerals.py`` (re-exported there as ``identifiers``). And a code after a
"-nummer" label ("kundnummer 884213", "batchnr 23A417"), used by
``admin.identifiers_by_label``.
"""

from __future__ import annotations

import re

from ..data.admin import CODE_LABEL_NOT, NUMBER_LABELS
from ..data.nouns import ID_LABEL_TAILS, ID_LABEL_VERBS, ID_LABELS, MARCH_HEADS
from ..numbers import cardinal, digits
from ..report import Trace
from .machinery import prev_words, sub

_FOUR_DIGITS = re.compile(r"[1-9]\d{3}")
# (the lookbehind after the first digit, widened by it: the same test, and
# re scans fast for a pattern that opens with a character class)
_ID_NUMBER = re.compile(r"(?P<n>[1-9](?<![\w,.:/–-][1-9])\d{3})(?![\w]|[.,:]\d|\s\d)")


_HYPHEN_TAIL = re.compile(r"\w-\w+\s$")


def _train_compound(word: str, n: str) -> bool:
    """ "pågatåg 1048": a compound naming a train before its number, unless
    the number may be a year ("luciatåg 2024")."""
    head = word.removesuffix("et").removesuffix("tåg")
    return word.endswith(ID_LABEL_TAILS) and len(word) > 5 and n[:2] not in ("19", "20") and not head.endswith(MARCH_HEADS)


def _identifier(m: re.Match[str]) -> str | None:
    before = prev_words(m, 3)
    listed = (len(before) == 3 and before[-1] in ("och", "eller") and _FOUR_DIGITS.fullmatch(before[-2].rstrip(","))
              and (before[-3] in ID_LABELS or _train_compound(before[-3], before[-2].rstrip(","))))
    # "tåg 8842 och 8844": the second of two labelled numbers
    n = m.group("n")
    if not before or not (before[-1] in ID_LABELS or listed or _train_compound(before[-1], n)):
        return None
    if m.string.startswith("(", m.start() - 1):
        return None  # "Röda rummet (1879)": a bracket between the word and the number, a year (session 65, normalize514)
    if len(before) > 1 and before[-2] in ID_LABEL_VERBS.get(before[-1], ()):
        return None  # "ägde rum 1317": took place, the year
    if before[-1] in ID_LABELS and _HYPHEN_TAIL.search(m.string, max(0, m.start() - 40), m.start()):
        if n[:2] in ("19", "20"):
            return None  # "nya Zefiro-tåg 2026": a kind of train and a year, as "Luciatåg 2024"
    if before[-1] == "box":
        return cardinal(int(n))  # a post box: "Box 2045" -> "tvåtusenfyrtiofem", as blind writers say it
    head, tail = int(n[:2]), n[2:]
    if tail == "00":
        return cardinal(head) + "hundra"
    return f"{cardinal(head)} {'noll ' + cardinal(int(tail[1])) if tail[0] == '0' else cardinal(int(tail))}"


def identifiers(text: str, trace: Trace | None = None) -> str:
    """A four-digit number after an identifier word ("lgh", "box", "rum",
    "nr", "linje") is a label read in pairs, never a year: "lgh 1102" ->
    "elva noll två", "rum 1200" ->
    "tolvhundra". A post box is said as a number, as the writers of blind
    sets 2, 4, 14 and 16 said it: "Box 5012" -> "box femtusentolv".

    The second of two joined by "och"/"eller" after the label is one too:
    "tåg 8842 och 8844" -> "åttioåtta fyrtiotvå och åttioåtta fyrtiofyra".

    A compound naming a train counts as the label "tåg": "Pågatåg 1048" ->
    "tio fyrtioåtta", "Öresundståg 1123" (ID_LABEL_TAILS).

    A label word in a verb phrase is no label (ID_LABEL_VERBS): "ägde rum 1317"
    -> "trettonhundrasjutton" (it was "tretton sjutton", a room).

    Risk: only after a word in ID_LABELS (or a compound ending in "tåg",
    whose number is not one from 1900 to 2099: "Luciatåg 2024" is a year, so
    a train numbered 2041 after such a compound is read as a number);
    shorter numbers ("linje 172") are read as plain numbers by the cardinal
    rule.
    """
    return sub(_ID_NUMBER, _identifier, text, trace, "identifier")


# "kundnummer 884213", "Artikelnr: 40123", "IMO 9235517": a code after a
# "-nummer" compound or a ship's IMO label, one group of five digits or more,
# or digits with capitals inside ("batchnr 23A417", "Lotnummer 7B2209").
CODE_LABELLED = re.compile(
    r"(?P<label>\b(?i:[a-zåäö]{3,}(?:nummer|numret|nr)\.?)|\bIMO(?:-nummer|-numret)?)(?P<sep>:?\s)"
    r"(?:(?P<n>\d{5,12})|(?P<code>\d{1,6}[A-Z]{1,2}\d{1,6}(?:[A-Z]{1,2}\d{1,6})?|\d{4,12}[A-Z]{1,2}))(?![\w]|[.,:]\d|[ -]\d)"
)
_CODE_PARTS = re.compile(r"\d+|[A-Z]")


def code_labelled(m: re.Match[str]) -> str | None:
    """A code after its "-nummer" label (:data:`CODE_LABELLED`) digit by digit; a code of digits and capitals part by
    part. Risk: a phone's or a fax's label leaves it to the phone rule (CODE_LABEL_NOT)."""
    label = m.group("label").lower()
    if label.startswith(CODE_LABEL_NOT) or (label.rstrip(".") in NUMBER_LABELS and not m.group("code")):
        return None  # (a number label's digits are read by ``_labelled_number``; its code of digits and capitals here)
    if m.group("code"):  # "batchnr 23A417", "24118B": a code of digits and capitals, each said (sessions 33, 63)
        return f"{m.group('label')}{m.group('sep')}" + " ".join(
            digits(p) if p.isdigit() else p for p in _CODE_PARTS.findall(m.group("code")))
    return f"{m.group('label')}{m.group('sep')}{digits(m.group('n'))}"
