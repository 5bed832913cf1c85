"""A kicker over the headline, in a page dump: which candidate is the headline under it.

A short line over the headline names a section, a report or a column, and the headline stands under it: between the
head's date line and its lead under a kicker over the date line (:func:`under_kicker`: "Rapport från provningen 14
november" / date line / "Islay i kväll – torv, tång och en överraskning från Jura" / lead), or as a quote or a question
right over the byline, glued under a column's name (:func:`under_column`: "Fråga om pengar" / "”Måste jag betala för
min sons skulder?”" / byline). Used by :mod:`audiocast.ingest.headcands` for
:attr:`audiocast.ingest.headline.Candidate.under_kicker`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import parse_date
from .furniture import TaggedLine
from .headdigest import sentence_head
from .headline import furniture_shape, shape_of
from .lineshape import words

KICKER_HEAD_WORDS = 5
"""A headline of at least this many words between the date line and the lead is the head's, even under a candidate over
the date line: that one is a kicker ("Rapport från provningen 14 november" / "Postad av Ronny 2026-11-17" / "Islay i
kväll – torv, tång och en överraskning från Jura" / lead). A shorter line there is a byline's name or a greeting."""


CREDIT_LINE = re.compile(r"(?:[A-ZÅÄÖ][a-zåäöé]+\s+)?(?:av|by)\s+(?-i:[A-ZÅÄÖÉ])"
                          r"|[A-ZÅÄÖ][a-zåäöé]{4,}(?:ad|at|ade|ats|en|et|d|t)\s+av\s+[\w-]+(?:\s+[\w-]+){0,2}$")
"""A writer's or an editor's credit ("Sammanställt av Gunilla Ahl, rapportkommittén", "Text av …", "Faktagranskad av
redaktionen", a participle and 'av' and a word or three): no headline under a kicker."""


_NAME_JOINS = frozenset({"och", "&", "von", "van", "af", "de", "der", "del"})
"""The words in lowercase that join names ("Micke och Tina", "Anna von Post"): no sign of a headline's sentence."""


def under_kicker(text: str) -> bool:
    """Whether a line between the date line and the lead, under a candidate over that date line, is the headline under
    its kicker: :data:`KICKER_HEAD_WORDS` words or more, or three or more with a word in lowercase (not a name: "Anna
    Karin Ek"); no writer's credit, no salutation, no issue line or field row, no date (a greeting, a name or a second
    meta row stands there too)."""
    n = words(text)
    sized = n >= KICKER_HEAD_WORDS or (n >= 3 and any(w[:1].islower() and w not in _NAME_JOINS for w in text.split()[1:]))
    return (sized and not CREDIT_LINE.match(text) and not furniture_shape(text) and parse_date(text) is None
            and _SLASH_DAY.search(text) is None)


_SLASH_DAY = re.compile(r"\b[0-3]?\d/[01]?\d\b")
"""A day written with a slash ("18/4 2026"): a meta line's date, never in a headline under a kicker."""


_SPOKEN_HEAD = re.compile(r"[”\"«].+[”\"»][.!?]?|.+\?")
"""A headline set as a quote or a question ("”Måste jag betala för min sons skulder?”", "Vem ärver stugan?")."""
COLUMN_NAME_WORDS = 4
"""A column's or a series' name over its headline is at most this many words ("Fråga om pengar", "Veckans profil")."""


def under_column(lines: Sequence[TaggedLine], i: int, found: set[int]) -> bool:
    """Whether lines[i], a quote or a question of three words or more (:data:`_SPOKEN_HEAD`) standing right over the
    byline or date line, is the headline under its column's name: the candidate glued right above it is a phrase of at
    most :data:`COLUMN_NAME_WORDS` words with no verb, no name after its first word and no closing stop ("Ekonomi" /
    "Fråga om pengar" / "”Måste jag betala för min sons skulder?”" / "Ulrika Westin"). The column's name shares its
    words with a lead that presents the column ("Varje lördag svarar … på läsarnas frågor om pengar"), and outscored
    the headline."""
    ln = lines[i]
    if ln.blank_before or i == 0 or (i - 1) not in found or not _SPOKEN_HEAD.fullmatch(ln.text.strip()):
        return False
    above = lines[i - 1].text.strip()
    if any(w[:1].isupper() for w in above.split()[1:]):
        return False  # a name in it ("Sista skiftet på Dalsbruk", "Brand i Åby"): the news' headline over a quote
    return (words(ln.text) >= 3 and 0 < words(above) <= COLUMN_NAME_WORDS and above[-1:] not in ".!?:"
            and not _SPOKEN_HEAD.fullmatch(above) and not sentence_head(above) and shape_of(above) is None)
