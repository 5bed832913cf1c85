"""Numbers joined into a compound that the compounds' rule would read as something else.

- A unit written short between a whole number and a noun, each joined by a hyphen ("87-kg-klassen",
  "10-km-loppet", "500-g-förpackning"): one word with the unit in its genitive ("åttiosjukilosklassen"); the
  compounds' rule read "87-kg" as a decade's kind of compound, "åttiosjukg-klassen", the unit left in letters.
- A decade's "-talet" right before a plural noun ("från 90-talet länder", "med 40-talet artister") is an
  approximate count, "ett nittiotal länder": a decade is said before a verb, a preposition or a stop ("på
  70-talet var"), and its noun takes the genitive ("70-talets filmer").

Tables: ``data/count_compound_words.py``.
"""

from __future__ import annotations

import re

from ..data.count_compound_words import (
    AGENT_ENDING,
    COUNTED_PLURALS,
    DECADE_ONLY_BEFORE,
    HYPHENED_UNIT_GENITIVES,
    PLURAL_ENDINGS,
)
from ..numbers import cardinal, ordinal
from ..report import Trace
from .genders import singular_gender
from .machinery import alternation, prev_words, spell, sub

_UNIT_HYPHENS = re.compile(
    rf"(?<![\w,.:/-])(?P<n>\d{{1,4}})-(?P<u>{alternation(HYPHENED_UNIT_GENITIVES)})-(?P<w>[a-zåäö]{{3,}})"
)
_UNIT_HINT = re.compile(r"\d-[kmcgldth]")  # a cheap scan: a digit, a hyphen and a unit's first letter

_DECADE_COUNT = re.compile(r"(?<![\w,.:/-])(?P<n>[1-9]0)-talet (?P<w>[a-zåäö]{3,})\b(?![-:])")


def _unit_hyphens(m: re.Match[str]) -> str:
    return f"{cardinal(int(m.group('n')))}{HYPHENED_UNIT_GENITIVES[m.group('u')]}{m.group('w')}".replace(" ", "")


def _counted_plural(w: str) -> bool:
    """A plural noun: a table's word, an agent noun in "-are", or an ending of the plural on a stem whose
    gender the tables know ("artister", "bilar", "skolor"); a verb in "-er"/"-ar" has no such stem ("kommer")."""
    if w in COUNTED_PLURALS:
        return True
    if w.endswith(AGENT_ENDING) and len(w) > 5:
        return True
    if not (w.endswith(PLURAL_ENDINGS) and len(w) > 5):
        return False
    gender = singular_gender(w[:-2])
    # a neuter stem takes no plural in "-ar" or "-or": "spelar" after "på 80-talet" is a verb ("spel" is neuter;
    # session 55, normalize283: it was "ett åttiotal spelar")
    return gender is not None and not (gender == "ett" and w.endswith(("ar", "or")))


def _decade_count(m: re.Match[str]) -> str | None:
    if not _counted_plural(m.group("w")) or set(w.lower() for w in prev_words(m, 1)) & DECADE_ONLY_BEFORE:
        return None
    return f"ett {m.group('n')}-tal {m.group('w')}"


# "VW Golf 1.4 TSI aut., 5-d, 2019": a car's doors, an item between an ad's commas (session 57, normalize337)
_DOORS = re.compile(r"(?<=[,:] )(?P<n>[2-5])-d(?=[,;]|\.(?:\s|$)|$)")
# "visas i 3-d", "klass 4-b": a number and one letter after its hyphen, the letter said by its name (it was "tred")
_ORDINAL_HYPHEN = re.compile(r"(?<![\w,.:/-])(?P<n>\d{1,2})-(?P<e>[ae])(?![\wåäö-])")  # an ordinal's ending after a hyphen
_NUMBER_LETTER = re.compile(r"(?<![\w,.:/-])(?P<n>\d{1,2})-(?P<l>[b-df-zåäö])(?![\wåäö]|-\d|:\w)")  # ("5-a": an ordinal's)

_ORDINAL_HEAD = re.compile(r"(?<![\w,.:/-])(?P<n>\d{1,2}):[ae]-(?P<w>(?:plats|placering|pris)\w*)")


def count_compounds(text: str, trace: Trace | None = None) -> str:
    """ "i 87-kg-klassen" -> "i åttiosjukilosklassen" (class "unit"), "från 90-talet länder" -> "från ett
    90-tal länder" (said "ett nittiotal" by the compounds' rule; class "approximate count"); "en 2:a-plats" ->
    "en andraplats" (class "ordinal"); a car's doors between an ad's commas, ", 5-d," -> "femdörrars" (class "count");
    any other number and one letter after its hyphen by the letter's name, "i 3-d" -> "tre de" (class "name"), an
    ordinal's "a" or "e" written after a hyphen as after a colon, "kom 5-a" -> "5:a" (class "ordinal").

    Risk: a decade before a plural noun that is its attribute ("70-talet bilar var ..." for "70-talets") or an
    object after a decade put before it ("köpte på 80-talet bilar") is read as a count; a plural noun outside the
    table whose stem the genders' tables do not know ("knallar") leaves the decade; a verb in "-er"/"-ar" whose stem is a known noun ("80-talet mår") as a plural noun.
    """
    if "-" not in text:
        return text
    if _UNIT_HINT.search(text):
        text = sub(_UNIT_HYPHENS, _unit_hyphens, text, trace, "unit")
    if "0-talet " in text:
        text = sub(_DECADE_COUNT, _decade_count, text, trace, "approximate count")
    if "-d" in text:  # "5-d": "femdörrars"
        text = sub(_DOORS, lambda m: cardinal(int(m.group("n"))) + "dörrars", text, trace, "count")
    text = sub(_NUMBER_LETTER, lambda m: f"{cardinal(int(m.group('n')))} {spell(m.group('l'))}", text, trace, "name")
    text = sub(_ORDINAL_HYPHEN, lambda m: f"{m.group('n')}:{m.group('e')}", text, trace, "ordinal")  # "5-a": "5:a"
    if ":a-" in text or ":e-" in text:  # "en 2:a-plats": "andraplats"
        text = sub(_ORDINAL_HEAD, lambda m: ordinal(int(m.group("n"))) + m.group("w"), text, trace, "ordinal")
    return text
