"""One piece before the noun counted ("1 st. gul lök", "1 st ägg"): Swedish says the article of the noun's gender,
"styck" unsaid ("en gul lök", "ett ägg"; "ett styck gul lök" is no Swedish). More pieces keep their "stycken"
("2 st ägg" -> "två stycken ägg"), the reading the evaluation sets' writers give, recipes too, unless one piece
in the same line was read without it (one list said alike).

Runs first, while the count is in digits; the words that show a count of the pieces themselves are in
``speech/data/piece_words.py``.
"""

from __future__ import annotations

import re

from ..data.piece_words import NOT_COUNTED_NOUN
from ..report import Trace
from .machinery import is_ett_noun, sub

_PIECES = re.compile(
    r"(?<![\w,.:/§-])(?<!§ )(?P<n>1) [Ss]t\.? (?=(?P<a>[a-zåäö]{2,})(?: (?P<b>[a-zåäö]{2,}))?)")


# More pieces in a line where one piece was read without its "styck": "1 st. snöslunga och 3 st. hjullastare".
_MORE_PIECES = re.compile(
    r"(?<![\w,.:/§-])(?<!§ )(?P<n>\d{1,4}) [Ss]t\.? (?=(?P<a>[a-zåäö]{2,}))")


def _more_pieces(m: re.Match[str]) -> str | None:
    return None if m.group("a") in NOT_COUNTED_NOUN else m.group("n") + " "


def _lone_one(m: re.Match[str]) -> str:
    """ "en" or "ett" before one piece: the noun's gender, the word after an adjective ("1 st. gul lök" as
    "lök"; an adjective in -t agrees with a neuter noun: "1 st rött äpple")."""
    a, b = m.group("a"), m.group("b")
    noun = b if b and (a.endswith(("t", "a")) or not is_ett_noun(a) and len(a) <= 5 and is_ett_noun(b)) else a
    if b and a.endswith("t") and len(a) > 3:
        return "ett"
    return "ett" if is_ett_noun(noun) else "en"


def _pieces(m: re.Match[str]) -> str | None:
    if m.group("a") in NOT_COUNTED_NOUN:
        return None  # "vi har 1 st kvar", "1 st à 20 kr": the piece itself
    return _lone_one(m) + " "


def pieces(text: str, trace: Trace | None = None) -> str:
    """ "1 st" or "1 st." before a word in small letters that is no
    preposition, conjunction, adverb or verb (NOT_COUNTED_NOUN): "en"/"ett"
    by the noun's gender ("1 st. gul lök" -> "en gul lök", "1 st ägg" ->
    "ett ägg"; an adjective before the noun is passed over, "gul" as
    "lök"; one in -t agrees with a neuter noun). Not after "§" ("5 § 1 st.
    brottsbalken": the law's paragraph, read by the sections). In a line
    where one piece is so read, the other counts of pieces before their
    nouns lose "stycken" too, one list said alike ("1 st. snöslunga och 3
    st. hjullastare" -> "en snöslunga och tre hjullastare").

    Risk: a noun's gender unknown to the tables is "en"; "1 st" before a
    word the list lacks that is no noun loses its "styck".
    """
    if "1 st" not in text and "1 St" not in text:
        return text
    said = sub(_PIECES, _pieces, text, trace, "unit")
    if said == text:
        return text
    return sub(_MORE_PIECES, _more_pieces, said, trace, "unit")
