"""The gender of a noun, for "en"/"ett" before it and the form of an adjective written short ("ev.", "s.k.").

A newspaper counts people, votes, years, kronor, jobs, flats, beds, seats, classes, goals and points; the lone one
before such a noun agrees with it ("1 erbjudande" -> "ett", "1 röst" -> "en"), and so does the one that stands for
a noun counted elsewhere ("1 av 4 bostadsområden" -> "ett av fyra"). The tables are ``data/nouns.py``
(``ETT_NOUNS``, ``ETT_EXACT``) and ``data/noun_genders.py`` (more neuter nouns, the common nouns that end like a
neuter one, the neuter suffixes, the endings of the plural and definite forms).

How a word is read (:func:`singular_gender`): a table's word whole, else the longest tail a table knows (the last
part of a compound decides: "idrottsförbund" as "förbund", "brandkår" as "kår", common, although "år" is neuter),
else a genitive's noun ("1 års fängelse"), else a neuter suffix ("-eri", "-skap", "-ment", "-ium", ...; not
"-ande", said of people too: "1 av 3 svarande"), else a common suffix ("-ning", "-het", "-tion", ...), else
unknown. A plural or definite form (:func:`noun_gender`) is read back to its singular: "-ar"/"-or" and "-arna"/
"-orna" are plurals of common nouns only; "-et" is a neuter's definite ("beslutet", "området") when its stem is a
known neuter noun; "-en" is a neuter's plural definite or a neuter in -e's plural ("husen", "områden") when its stem
is one, else a common noun's definite ("rösten"); "-ier"/"-eer" go back to "-i", "-ium", "-eum" ("partier",
"stipendier", "museer").

Unknown nouns: None, which every caller reads as common gender, "en" (the documented default: most nouns are).

Risk: a common noun ending like a neuter noun missing from ``COMMON_NOUNS`` is said "ett" (a new person word in
-ande); a participle in -ande before its noun is seen through only where a word follows that may be the noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data.noun_genders import (
    COMMON_NOUNS,
    COMMON_SUFFIXES,
    ETT_SUFFIXES,
    MORE_ETT_EXACT,
    MORE_ETT_NOUNS,
    NOT_NOUN_AFTER_ANDE,
    VERB_ENDINGS,
)
from ..data.nouns import ETT_EXACT, ETT_NOUNS

_ETT = ETT_NOUNS | MORE_ETT_NOUNS


def _table_gender(w: str) -> str | None:
    """The word whole or its longest tail of three letters or more in a table; None if none is."""
    if w in COMMON_NOUNS:
        return "en"
    if w in ETT_EXACT or w in _ETT or w in MORE_ETT_EXACT:
        return "ett"
    for i in range(1, len(w) - 2):
        tail = w[i:]
        if tail in COMMON_NOUNS:
            return "en"
        if tail in _ETT:
            return "ett"
    return None


@lru_cache(maxsize=8192)  # pure: the same nouns come back line after line
def singular_gender(w: str) -> str | None:
    """ "ett", "en" or None (unknown) for a noun in the singular indefinite, lower case.

    >>> singular_gender("idrottsförbund"), singular_gender("brandkår"), singular_gender("vårdplats")
    ('ett', 'en', 'en')
    >>> singular_gender("snöskoter") is None
    True
    """
    g = _table_gender(w)
    if g is not None:
        return g
    if _neuter_genitive(w):  # a genitive: "1 års fängelse"
        return "ett"
    if len(w) > 4 and w.endswith(ETT_SUFFIXES):
        return "ett"
    if len(w) > 4 and w.endswith(COMMON_SUFFIXES):
        return "en"
    return None


def _neuter_genitive(w: str) -> bool:
    """ "års", "trycks": a neuter noun's stem (the tables') with a genitive's "s"."""
    if len(w) < 3 or not w.endswith("s") or w.endswith("ss"):
        return False
    stem = w[:-1]
    return stem in ETT_EXACT or any(stem[i:] in _ETT for i in range(0, len(stem) - 2))


def is_bare_genitive(w: str) -> bool:
    """True if ``w`` (lower case) takes "ett" only as a neuter noun's genitive, no table naming it a noun of its own
    ("trycks" from "tryck", "köps" from "köp"; "hus" is a noun): after a number it is as likely a verb in the passive
    ("1978 trycks om", "1964 köps in") as a count's genitive (session 38)."""
    return _table_gender(w) is None and _neuter_genitive(w)


@lru_cache(maxsize=8192)
def noun_gender(w: str) -> str | None:
    """Like :func:`singular_gender`, for a plural or definite form too ("vårdplatserna", "husen", "beslutet",
    "områdena", "partier").

    >>> [noun_gender(w) for w in ("bostadsområden", "hyresrätter", "partier", "beslutet", "skolorna")]
    ['ett', None, 'ett', 'ett', 'en']
    """
    g = singular_gender(w)
    if g is not None or len(w) < 5:
        return g
    if w.endswith(("ierna", "ier", "eer", "eerna")):
        stem = w[: w.rindex("e")]  # "partier" -> "parti", "museer" -> "muse"
        for cand in (stem, stem + "um", stem.removesuffix("i") + "ium"):
            if singular_gender(cand) == "ett":
                return "ett"
        return None
    if w.endswith(("arna", "orna", "ar", "or")):
        return "en"  # only common nouns take these plurals ("kronor", "dagarna"; "kontor" is in the table)
    if w.endswith("ena") and singular_gender(w[:-2]) == "ett":
        return "ett"  # "områdena"
    if w.endswith("na") and singular_gender(w[:-2]) == "ett":
        return "ett"  # "äpplena"
    if w.endswith("et") and (singular_gender(w[:-2]) == "ett" or singular_gender(w[:-1]) == "ett"):
        return "ett"  # "beslutet", "området"
    if w.endswith("en") and (singular_gender(w[:-2]) == "ett" or singular_gender(w[:-1]) == "ett"):
        return "ett"  # "husen", "områden"
    return None


def participle_gender(word: str, after: str) -> str | None:
    """The gender an -ande/-ende word after a count takes from the noun after it, when it stands before one as its
    participle or adjective ("1 spännande match" -> "en", "1 kommande möte" -> "ett", "1 avgörande match" -> "en"
    though "ett avgörande" is a noun); None when no noun follows ("1 erbjudande per kund", "1 yrkande om"), or a
    word in a verb's endings (VERB_ENDINGS: "1 sökande fick", "1 erbjudande gäller"), and the -ande word's own
    gender decides. A lower-case word of unknown gender after it is a noun of the default gender ("1 avgörande
    landskamp" -> "en"). Risk: an -ande noun before a verb not in those endings ("1 meddelande kom") is read "en".
    """
    if not word.endswith(("ande", "ende")) or len(after) < 3 or not after.isalpha() or not after[0].islower():
        return None
    if after in NOT_NOUN_AFTER_ANDE:
        return None
    gender = noun_gender(after)
    if gender is None and after.endswith(VERB_ENDINGS):
        return None
    return gender or "en"


# "3 av 4 företag …, medan 1 av 5 planerar": an earlier share in the sentence and the noun it counts (in digits or
# said by now), which a later share with no noun of its own shares (session 64, normalize493).
_SHARE_NUMBER = r"(?:\d+|\b(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|[a-zåäö]*(?:ton|tio|hundra|tusen)))"
_SHARE_BEFORE = re.compile(rf"{_SHARE_NUMBER} av {_SHARE_NUMBER} (?P<noun>[a-zåäö]{{3,}})\b(?=[^.!?]*$)")


def share_noun_before(text: str, start: int) -> str | None:
    """The noun an earlier share in the sentence counts ("3 av 4 företag tror ..., medan" -> "företag"), None when
    there is none within the 120 characters before ``start``."""
    found = list(_SHARE_BEFORE.finditer(text, max(0, start - 120), start))
    return found[-1].group("noun") if found else None
