"""The agreement of "s.k." ("så kallad", "så kallat", "så kallade") with the
article before it or the noun after it; called by the abbreviations
(``shortforms.py``, split from it in session 16 as it passed 700 lines)."""

from __future__ import annotations

import re

from ..data.noun_genders import SINGULAR_COMMON_HEADS, SINGULAR_COMMON_SUFFIXES
from .genders import noun_gender, singular_gender
from .machinery import is_ett_noun, prev_words


def _sk_article(before: list[str]) -> str:
    """The article that inflects "så kallad": the word before, or the subject's number before a copula
    ("Hon är s.k. förstagångsköpare" -> "så kallad", "De är s.k. …" -> "så kallade")."""
    if len(before) >= 2 and before[-1] in ("är", "var", "blev", "blir") and before[-2] in _SUBJECT_NUMBER:
        return _SUBJECT_NUMBER[before[-2]]
    return before[-1] if before else ""


# A subject before a copula and "s.k.": one person ("Hon är s.k. …") or several ("De är s.k. ensamkommande barn",
# session 66: a neuter noun's plural is the same word, so the subject decides).
_SUBJECT_NUMBER = {"han": "en", "hon": "en", "hen": "en", "de": "de", "dessa": "de", "dom": "de", "vi": "de", "ni": "de"}


# Words before "s.k." that settle its form themselves (an article, a determiner, a possessive).
_SK_DETERMINERS = frozenset("""en ett de den det dom dessa denna detta sin sitt sina min mitt mina din ditt dina
vår vårt våra er ert era hans hennes deras dess varje någon något några ingen inget inga""".split())
_SK_NOUN_AHEAD = re.compile(r"\s+(?P<w>[a-zåäöé]+(?:[ -][a-zåäöé]+)*?-(?P<h>[a-zåäö]+)|(?P<n>[a-zåäö]+))\b")


def _sk_noun_gender(m: re.Match[str]) -> str:
    """With no article before "s.k.", the noun after it: "ett" ("så
    kallat") for a neuter noun the gender table knows ("s.k. early
    bird-pris": the head of a compound after its hyphen), "en" ("så kallad")
    for a common noun whose suffix is the singular's (SINGULAR_COMMON_SUFFIXES, "s.k.
    strukturrationalisering") or whose last part is a common noun whose plural
    ends otherwise (SINGULAR_COMMON_HEADS: "s.k. samrådsform" as "form"), else ""
    ("så kallade", the plural, the form said most often with no article). Risk: a
    compound whose last letters only look like such a head ("s.k. kompisgrupp" is
    right, but an unknown plural ending in "tid" would be read singular). Risk: a neuter noun in the plural ("s.k.
    nätverk" meaning several) is said "så kallat"."""
    ahead = _SK_NOUN_AHEAD.match(m.string, m.end())
    if ahead is None:
        return ""
    w = ahead.group("h") or ahead.group("n")
    if ahead.group("n") and (said := _adjective_before_noun(w, m.string, ahead.end())) is not None:
        return said
    neuter = is_ett_noun(w)
    if not neuter and len(w) > 5 and w.endswith(SINGULAR_COMMON_SUFFIXES):
        return "en"  # "s.k. strukturrationalisering", "s.k. dubbelbeskattning": one thing
    if not neuter and any(w[i:] in SINGULAR_COMMON_HEADS for i in range(len(w) - 1)):
        return "en"  # "s.k. samrådsform", "s.k. arbetsmodell": a compound read by its last part, one thing
    return "ett" if neuter and not (w.endswith(("en", "et", "na")) and len(w) > 5) else ""


def so_called(m: re.Match[str], out: str) -> str:
    """ "så kallad" inflected: "en så kallad", "ett så kallat" (not
    "kalladt"), "den så kallade"; with no article the noun after decides
    ("s.k. early bird-pris" -> "så kallat")."""
    article = _sk_article(prev_words(m, 2))
    if article not in _SK_DETERMINERS:
        article = _sk_noun_gender(m)
    return out[:-2] + {"en": "d", "ett": "t"}.get(article, "de")


_NEXT_WORD = re.compile(r"\s+([a-zåäö]{2,})\b")


def _adjective_before_noun(w: str, text: str, end: int) -> str | None:
    """An adjective between "s.k." and its noun agrees with the noun, and so does "så kallad" (session 57,
    normalize321): "s.k. underkylt regn" -> "så kallat" (the adjective's "-t" before a neuter noun), "s.k. digital
    vård" -> "så kallad" (a common noun in the singular), "s.k. gröna obligationer" -> "så kallade"; None when the
    word after "s.k." is a noun itself (the gender tables know it) or no noun of a known gender follows."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or singular_gender(w) is not None:
        return None
    noun = nxt.group(1)
    neuter = is_ett_noun(noun)
    common = not neuter and (noun_gender(noun) == "en" and not noun.endswith(("ar", "or", "er", "na"))
                             or len(noun) > 5 and noun.endswith(SINGULAR_COMMON_SUFFIXES))
    if not (neuter or common):
        return None
    if len(w) > 5 and w.endswith(("ande", "ende")):  # a present participle has one form: the noun decides
        return "ett" if neuter else "en"  # "s.k. kompletterande omfördelningsstöd" -> "så kallat" (session 66)
    if w.endswith("a") or w.endswith("e") and not w.endswith("sse"):
        return ""  # a plural's or a definite's adjective
    if w.endswith("t"):
        return "ett" if neuter else None
    return "en" if common else None
