"""Sentence splitting and engine-sized chunks, on written text."""

from __future__ import annotations

import re
from collections.abc import Callable

from .data.abbreviations import NON_FINAL_ABBREVIATIONS
from .data.calendar import MONTH_ABBREVIATIONS
from .data.sentence_words import CLAUSE_END_SHORT_FORMS, LETTER_LABEL_NOUNS, SENTENCE_OPENERS
from .rules.shortforms import about_music

MAX_CHUNK = 220
"""Longest stretch (in spoken characters) sent to the voice in one piece."""

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”»']?\s+(?=[\"“”«–—-]?\s*[A-ZÅÄÖÉ0-9])")
_INITIAL = re.compile(r"(?:^|\s)[A-ZÅÄÖ]\.$")
_FIRST_WORD = re.compile(r"[\"“”«–—-]?\s*(\w+)")
_LABEL_LETTER = re.compile(rf"(?:^|\s)(?:{'|'.join(LETTER_LABEL_NOUNS)})\w{{0,4}}\s[A-ZÅÄÖ]\.$", re.IGNORECASE)
_LAST_TOKEN = re.compile(r"(\S+)$")
_DIGIT_STOP = re.compile(r"\d\.$")
_SPACES = re.compile(r"\s+")
_MONTH_ABBR = re.compile(rf"(?:^|\s)(?:{'|'.join(MONTH_ABBREVIATIONS)})\.$", re.IGNORECASE)


# Short forms that are also words or units ("en vik.", "en bil.", "100
# m."): a sentence may end with them before a capital. "sol." is the sun
# ending a sentence unless it is a soloist before a name, as the normalizer
# reads it: in a list of performers or a line about music.
_ALSO_WORDS = frozenset({"vik.", "bil."})
_UNIT_M = re.compile(r"\d\s?m\.$")
_SOLOIST = re.compile(r"(?:^|[,:;(]|\b(?:och|samt|med))\s*[Ss]ol\.$")


def _sun(before: str) -> bool:
    """Is the "sol." ending ``before`` the sun, not a soloist?"""
    return not (_SOLOIST.search(before) or about_music(before))


def _opens_sentence(after: str) -> bool:
    """Does ``after`` begin with a word that opens a sentence and is no name ("Under", "Det")?

    A single capital letter with a full stop is an initial before a name ("Anna K. Berg") and
    the end of a sentence before such a word ("Eleven fick betyget A. Det var ...", "vitamin
    D. Enligt ..."). Risk: a surname that is also one of these words ("C. Men") would be cut
    after its initial; SENTENCE_OPENERS leaves out the words that are common names.
    """
    m = _FIRST_WORD.match(after)
    return m is not None and m.group(1).lower() in SENTENCE_OPENERS


def _labels_a_thing(before: str) -> bool:
    """Is the capital letter ending ``before`` a label after its noun ("i hus F.", "betyget A.")?

    Such a letter is no initial whatever follows it. Risk: a name after one of these nouns ("laget
    K. Berg ...") is cut after the letter; the nouns are ones a person's name rarely follows.
    """
    return _LABEL_LETTER.search(before) is not None


def _ends_sentence(before: str, after: str) -> bool:
    """Is the period at the end of ``before`` the end of a sentence?"""
    token = _LAST_TOKEN.search(before)
    last = token.group(1).lstrip("(\"“«") if token else ""
    if (last.lower() in _ALSO_WORDS or _UNIT_M.search(before)) and after[:1].isupper():
        return True  # "Båten låg i en vik. Sedan ...", "Hon sprang 100 m. Sedan ..."
    if last.lower() == "sol.":
        return _sun(before)
    if last in NON_FINAL_ABBREVIATIONS or last.lower() in NON_FINAL_ABBREVIATIONS:
        # "via mejl el. tfn. Vi svarar": a noun's short form before a sentence's opener ends it
        return last.lower() in CLAUSE_END_SHORT_FORMS and _opens_sentence(after)
    if _INITIAL.search(before) and after[:1].isupper() and not (_opens_sentence(after) or _labels_a_thing(before)):
        return False  # "J. Andersson"; but "från Sollentuna C. Under helgen ..." ends there
    if _MONTH_ABBR.search(before) and after[:1].isdigit():
        return False  # "3 jan. 2024"
    if _DIGIT_STOP.search(before) and after[:1].isdigit():
        return False
    return True


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences.

    Does not split after abbreviations that cannot end a sentence ("t.ex.",
    "bl.a.", "kl."), after initials ("J. Andersson"), inside times and
    decimals ("kl. 14.30", "3,5") or before a year after a month abbreviation.

    >>> split_sentences("Mötet börjar kl. 14.30 i dag. Bl.a. Anna K. Berg kommer.")
    ['Mötet börjar kl. 14.30 i dag.', 'Bl.a. Anna K. Berg kommer.']
    """
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return []
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _ends_sentence(text[: m.start()], text[m.end() :]):
            piece = text[start : m.start()].strip()
            if piece:
                out.append(piece)
            start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_CUTS = (
    re.compile(r"(?<=;)\s+"),
    re.compile(r"(?<=,)\s+(?=(?:men|och|eller|samt|medan|eftersom|för att|så att|som|när|där|vilket|trots att|utan att|innan|sedan|då)\b)"),
    re.compile(r"(?<=[,:])\s+"),
    re.compile(r"\s+(?=(?:och|men|eller|samt|som|när|där|eftersom)\b)"),
    re.compile(r"\s+"),
)


def chunk(sentence: str, measure: Callable[[str], int] = len, limit: int = MAX_CHUNK) -> list[str]:
    """Split a long sentence at natural boundaries so that every piece
    measures at most ``limit``: semicolon, comma before a conjunction,
    comma, before a conjunction, and as a last resort between words.

    ``measure`` gives a piece's length (pass the spoken length to account
    for numbers written short and said long).
    """
    if measure(sentence) <= limit:
        return [sentence]
    for cut in _CUTS:
        parts = [p for p in cut.split(sentence) if p.strip()]
        if len(parts) < 2:
            continue
        # Greedily pack parts back together up to the limit.
        pieces: list[str] = []
        current = ""
        for part in parts:
            candidate = f"{current} {part}".strip() if current else part
            if current and measure(candidate) > limit:
                pieces.append(current)
                current = part
            else:
                current = candidate
        if current:
            pieces.append(current)
        if len(pieces) < 2:
            continue
        out: list[str] = []
        for piece in pieces:
            out.extend(chunk(piece, measure, limit) if measure(piece) > limit else [piece])
        return out
    return [sentence]
