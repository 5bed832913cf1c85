"""Abbreviations (``abbreviations``): "t.ex." -> "till exempel", titles
before a name, generations after one, compounds with a short form, and the
short forms read only in a place (before a number, a word, a name).

The tables are in ``speech/data/abbreviations.py``. Acronyms, initials and
letters are read by ``words.py``, which also hands this rule to the pipeline.

The choices made from the words around a short form:

"vik." before a noun is "vikarierande", before no noun "vikariat" ("avser
vik. under 6 mån"), the bay when it ends the sentence.

A royal style ("H.K.H.", "H.M.") is read his or hers before this, by
``royal_styles.py``.

A plural written short is singular after "per" or one (SINGULAR_AFTER_PER:
"per pers." -> "per person", "kr/medl." -> "per medlem", "1 pers." ->
"en person"); a noun written
short is definite after an ordinal (DEFINITE_AFTER_ORDINAL: "3:e uppl."
-> "tredje upplagan"). A title before a name only (NAME_TITLES: "Hr
Berg" -> "herr Berg", "red. Anna Lind" -> "redaktör").

"ev." is inflected from the words around it
(eventuell/eventuellt/eventuella), and so are the other adjectives written
short (ADJECTIVE_ABBREVIATIONS: "övr. info" -> "övrig", "de övr.
deltagarna" -> "övriga", "särsk. avgift" -> "särskild"; a country's
adjective before a definite noun is weak: "Sv. kyrkan" -> "Svenska"). "o." between two
words is "och" ("mån. o. tis."; a bare "o" is read by ``words.initials``). "ex." is "exempelvis", and "exempel"
before "på" ("ex. på åtgärder"); "avg." is "avgång", "avgift" before an
amount ("Avg. 3 890 kr/mån"). "anm." is "anmälan" before a word of when,
where or how one registers (REGISTRATION_AFTER: "Anm. senast fre", "anm.
till kansliet") or after "ingen"/"utan", otherwise "anmärkning" (a note:
"Anm.: ..."). "em." is "eftermiddag" ("lör em."), "emeritus" before a name
("prof. em. Karin Lund"). "sol." before a full name is a concert's soloist
("sol. Anna Björk" -> "solist Anna Björk") where a list item starts before
it or the line speaks of music (MUSIC_STEMS; risk: a weather line's sun
before a name in a line that also names a choir is read "solist"). "dir."
is "dirigent" in a line about music, else "direktör"; "alt." before a
number is "alternativ".
"""

from __future__ import annotations

import re

from ..data.abbreviation_common import RECOMMENDATION_VERBS
from ..data.abbreviations import (
    ABBREVIATIONS,
    ADJECTIVE_ABBREVIATIONS,
    APPENDIX_AFTER,
    CHOIR_WORDS,
    COMPOUND_HEAD_ABBREVIATIONS,
    COMPOUND_TAIL_ABBREVIATIONS,
    DEFINITE_AFTER_ORDINAL,
    EV_ADJECTIVE_AFTER,
    HYPHEN_ONLY_ABBREVIATIONS,
    LOWERCASE_ONLY_ABBREVIATIONS,
    MEASURE_GENITIVES,
    MEASURED_NOUNS,
    MUSIC_STEMS,
    NAME_SUFFIXES,
    NAME_TITLES,
    NON_FINAL_ABBREVIATIONS,
    NUMBER_ABBREVIATIONS,
    OMG_AT_ONCE_AFTER,
    PERFORMER_LIST_BEFORE,
    PERFORMER_TITLES,
    REGISTRATION_AFTER,
    REGISTRATION_BEFORE,
    SINGULAR_AFTER,
    SINGULAR_AFTER_PER,
    WORD_AFTER_ABBREVIATIONS,
    WORD_LIKE_ABBREVIATIONS,
)
from ..data.ad_words import AD_ADJECTIVES, EV_ADVERB_BEFORE, EV_ADVERB_ENDINGS, EV_MODALS, EV_PEOPLE, EV_PEOPLE_NEXT
from ..data.admin import CASE_LABEL_WORDS
from ..data.grade_short_words import ALPINE_LINE, GRADE_AHEAD, GRADE_VERB_ABBREVIATIONS, SCHOOL_LINE
from ..data.nouns import NOT_NOUN
from ..data.sentence_words import CLAUSE_END_SHORT_FORMS, POSSESSIVES, SENTENCE_OPENERS
from ..data.short_readings import (
    ADVERBS_AFTER_SHORT,
    BEST_BEFORE,
    DEFINITE_TAIL_VERBS,
    FEE_BEFORE,
    IMPERATIVES_BEFORE_SHORT,
    LANGUAGE_ADJECTIVES,
    LICENCE_AFTER,
    PARTICIPLE_ENDINGS,
    PAST_VERB_ABBREVIATIONS,
    PLURAL_AFTER_COUNT,
    SAINT_ABROAD,
    SAINT_STEMS,
    STORA_PLACES,
    STORA_STREET_ENDINGS,
    SUBJECT_PRONOUNS,
)
from ..data.sport import SWIM_STROKES
from ..data.verb_short_words import VERB_SHORT_FORMS, VERB_SUBJECTS
from ..data.words import ACRONYM_SPELLED, ACRONYM_WORDS, LETTER_NAMES
from ..numbers import ordinal
from ..report import Trace
from .duration_heads import is_duration_head
from .genders import noun_gender
from .letter_endings import ENDING_HINT, join_ending
from .letter_stops import letter_o_stop
from .machinery import alternation, is_ett_noun, keep_stop, next_word, prev_words, spell, sub, trie_alternation
from .machinery import last_first as _last_first
from .readings import departure_verb, owner_before, predicative, readings, title_before_name
from .shortform_readings import BEFORE_CLAUSE, NUMBER_AHEAD, NUMBER_WORD, counted, counted_above_one, noun_or_adverb
from .so_called import so_called
from .unit_tails import kept_indefinite


def _abbreviation_table() -> dict[str, str]:
    """The abbreviations and the case-number labels ("dnr", "målnr"), each
    also with a capital first letter ("T.ex.", "Målnr")."""
    words = ABBREVIATIONS | CASE_LABEL_WORDS
    table = dict(words)
    for key, value in words.items():
        if key in LOWERCASE_ONLY_ABBREVIATIONS:
            continue
        cap = key[0].upper() + key[1:]
        if cap not in table:
            table[cap] = value[0].upper() + value[1:] if value else value
    return table


ABBR_TABLE = _abbreviation_table()
# (not after an apostrophe: "McDonald's." is no "s." for "sidan")
_ABBR_BODY = rf"(?P<a>{trie_alternation(list(ABBR_TABLE))})(?![\w]|(?<=\w)[.:]\w)"
_ABBR = re.compile(rf"(?<![\w.:'’]){_ABBR_BODY}")
# _ABBR after the character before it (what its lookbehind lets through): the line's first match is
# one after this one's start, or at the start of the line (_ABBR.match). A class first lets re skip
# to the spaces and signs, where _ABBR tries its lookbehind at every character of the line.
_ABBR_AFTER = re.compile(rf"[^\w.:'’]{_ABBR_BODY}")
_COMPOUND_HEAD = re.compile(
    rf"(?<![\w.:])(?P<a>(?i:{alternation(COMPOUND_HEAD_ABBREVIATIONS)}))(?:\.?-|\.)(?=[a-zåäö]{{3,}})"
)

_JOINED_AFTER_DOT = re.compile(r"\.[a-zåäö]{3}")  # [.-][a-zåäö]{3} as two searches, each with
_JOINED_AFTER_DASH = re.compile(r"-[a-zåäö]{3}")  # its character first (a fast scan)
_COMPOUND_TAIL_HINT = re.compile(_last_first(list(COMPOUND_TAIL_ABBREVIATIONS)))  # one search for a loop of "in"
# A spelled short form in small letters with an ending after a colon ("gps:en", "Cd:n",
# "pdf:erna"): the ending joins the last letter's name, as "VD:n" -> "ve den".
_LETTER_NAME_SET = frozenset(LETTER_NAMES.values())
_SPELLED_KEYS = [k for k, v in ABBR_TABLE.items() if k.isalpha() and v and all(p in _LETTER_NAME_SET for p in v.lower().split())]
_SPELLED_ENDING = re.compile(rf"(?<![\w.:])(?P<a>{alternation(_SPELLED_KEYS)}):(?P<e>[a-zåäö]{{1,5}})(?![\w])")
# The same for a short form of the acronyms' lexicon written in small letters ("Ufo:t", "Ai:n", "Eu:s", "Nato:s").
_LEXICON_ENDING = re.compile(r"(?<![\w.:])(?P<a>[A-ZÅÄÖa-zåäö][a-zåäö]{1,4}):(?P<e>[a-zåäö]{1,5})(?![\w])")


def _lexicon_ending(m: re.Match[str]) -> str | None:
    """ "Ufo:t" -> "Ufot", "Ai:n" -> "A in": a short form in small letters that the lexicon says as a word
    or spells takes its ending as the capitals do ("VD:n" -> "ve den")."""
    key = m.group("a").upper()
    if key in ACRONYM_WORDS:
        said = ACRONYM_WORDS[key].lower()
    elif key in ACRONYM_SPELLED:
        said = ACRONYM_SPELLED[key] or spell(key)
    else:
        return None
    said = join_ending(said, m.group("e"))
    return said[0].upper() + said[1:] if m.group("a")[0].isupper() else said


def _compound_head(m: re.Match[str]) -> str:
    said = COMPOUND_HEAD_ABBREVIATIONS[m.group("a").lower()]
    return said[0].upper() + said[1:] if m.group("a")[0].isupper() else said


_COMPOUND_NR = re.compile(r"(?<![\w.])(?P<w>[a-zåäöA-ZÅÄÖ][a-zåäö]{2,})nr\.?(?![\w])")

_UNITS_ALONE = frozenset({"km", "kvm"})
# Before "ex." that is a noun ("sitt ex."), not "for example" ("som ex. Umeå").
_POSSESSIVE = [["sitt"], ["mitt"], ["ditt"], ["vårt"], ["ert"], ["hans"], ["hennes"], ["deras"], ["ett"]]
# After a period: the line's end or a new sentence (a capital, a quote).
_ENDS_SENTENCE = re.compile(r"\s*$|\s+(?:[A-ZÅÄÖ\"”']|–(?!\s[a-zåäö]))|[”\"’)»]")  # (a closing quote or bracket; not "etc. – allt")
# Nothing before an abbreviation but the line's start or a sentence's end.
_SENTENCE_HEAD = re.compile(r"(?:.*[.!?:]\s+)?[\s\"”'(–-]*", re.DOTALL)
# A capitalised word (a name) right before: "Karlsson jr".
# (or the other suffix joined by "och": "Olsson jr och sr", "sr och jr" after a name)
_NAME_BEFORE = re.compile(r"(?:[A-ZÅÄÖ][\wåäö-]*|\b(?:junior|senior|[JjSs]r\.?)),?\s+\(?(?:(?:och|samt|&|eller)\s+)?$")
# An amount right after (already in words once the money rule has run).
_AMOUNT_AHEAD = re.compile(r"\s?(?:[\d\s]+(?:,\d+)?\s?(?:kr|:-)|[a-zåäö]+(?: [a-zåäö]+){0,3} kronor\b)")
# An ordinal (said by now) before "vån." or "uppl." makes the noun definite: "fjärde våningen".
_FLOOR_ORDINALS = frozenset(ordinal(n) for n in range(1, 41))
# A currency right before "st." makes it a price per piece.
_PRICE_WORDS = frozenset({"kr", "kronor", "krona", "euro", "dollar", ":-"})
# A language said just before "och"/"eller"/a comma ("svenska och eng."): the next short form is one too.
_LANGUAGE_TEXT_AFTER = re.compile(  # "sv. och eng. text": languages joined before the noun they describe
    rf"(?:\s(?:och|eller|el\.)\s(?:{alternation(LANGUAGE_ADJECTIVES)}))*\s(?P<n>text|textning|tal)\b")
_LANGUAGE_BEFORE = re.compile(r"\b(?:svenska|engelska|tyska|franska|spanska|finska|arabiska|sv\.|eng\.)(?:,| och| eller) $")
_PLURAL_ENDING = re.compile(r"(?:ar|er|or|(?<!in)na|en|iga|ade|da)$")  # "anhöriga", "anställda": plurals too
# A definite noun's genitive ("kyrkans", "föreningens", "husets"): the adjective before it is weak.
_DEFINITE_GENITIVE = re.compile(r"(?:ans|ens|ets|nas)$")
_DEFINITE_ARTICLES = frozenset({"de", "den", "det", "dom"})


_FEE_BEFORE = [[w] for w in FEE_BEFORE]  # "395 kr + avg.": a fee after a price
# "Begr. i Ådalskyrkan 7/3 kl. 11", "begr. sker i …": the funeral's place or its verb after it, no noun the adjective
# "begränsad" is said with (session 49, normalize180: it was "Begränsat i Ådalskyrkan").
_FUNERAL_AFTER = re.compile(r"\s+(?:i\s+(?:\S+\s+)?\S*(?:kyrka|kyrkan|kapell|kapellet)\b|sker\b|äger rum\b)")
_NEVER_ADVERBS = frozenset({"begr.", "obl.", "leg.", "veg.", "prod.", "eff.", "utv.", *LANGUAGE_ADJECTIVES})
_ADJECTIVES = {**ADJECTIVE_ABBREVIATIONS, **LANGUAGE_ADJECTIVES, **AD_ADJECTIVES}


def _adjective(m: re.Match[str], forms: tuple[str, str, str, str]) -> str:
    """An adjective written short (ADJECTIVE_ABBREVIATIONS) inflected for the
    noun after it: "ev. ändringar" -> "eventuella", "ev. avgift" ->
    "eventuell", "ev. överskott" -> "eventuellt", "de övr. deltagarna" ->
    "övriga" (definite after "de", "den", "det"); not before a noun (an
    adverb, "kan ev. flyttas", or a noun left out, "och övr.") the fourth
    form."""
    common, neuter, plural, alone = forms
    if m.group("a").lower() == "begr." and _FUNERAL_AFTER.match(m.string, m.end()):
        return "begravning"  # "Begr. i Ådalskyrkan 7/3": the funeral's where, no adjective
    raw = m.string[max(0, m.start() - 40) : m.start()].split()[-1:]  # "SCB:s prel. siffror": the weak form (s65)
    if raw and owner_before(raw[0]) and (w0 := next_word(m)).isalpha() and w0.islower() and w0 not in NOT_NOUN:
        return plural
    if m.group("a").lower() in ("prel.", "renov.", "nyrenov.") and (said := predicative(m, forms)):
        return said  # "Resultaten är prel.", "Fritidshus …, renov. 2019": it agrees with the subject or the ad's head
    if _names_an_institution(m):
        return plural  # "Sv. Kyrkan", "Sv. Turistföreningen": the weak form in a name ("Svenska Kyrkan")
    if next_word(m)[:1].isupper() and m.group(0).endswith("."):
        return alone  # "Hon talar eng. Hennes far ...": the sentence ends, no noun follows
    if m.group("a").lower() in LANGUAGE_ADJECTIVES and (text := _LANGUAGE_TEXT_AFTER.match(m.string, m.end())):
        return neuter if text.group("n") == "tal" else common  # "med sv. och eng. text": both before the noun (s61)
    if m.group("a").lower() in LANGUAGE_ADJECTIVES and _LANGUAGE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return alone  # "kunskaper i sv. och eng. krävs": a language joined to a language
    before = prev_words(m)
    at_start = not before or m.string[: m.start()].rstrip().endswith(BEFORE_CLAUSE)
    w = next_word(m, noun=True).lower()  # "ev. kvarvarande platser": the noun after a participle
    if w not in ("en", "ett") and NUMBER_WORD.fullmatch(w):
        return alone  # "övr. 150 kr" -> "övriga": the others pay; "ev. 200 kr tillkommer" -> "eventuellt"
    attributive = m.group("a").lower() in _NEVER_ADVERBS  # "begr. möjligheter": before its noun wherever it stands
    if m.group("a").lower() == "särsk." and w.endswith(PARTICIPLE_ENDINGS):
        return alone  # "särsk. inbjudna gäster": the adverb before a participle
    if m.group("a").lower() in ("ev.", "ev") and w in EV_PEOPLE:  # "ev. anhöriga kontaktas": people, plural
        after = next_word(m, 1).lower()
        return plural if not after or after in EV_PEOPLE_NEXT or after.endswith("s") else alone
    if m.group("a").lower() in ("ev.", "ev") and (w in EV_ADVERB_BEFORE or len(w) > 4 and w.endswith(EV_ADVERB_ENDINGS)):
        return alone  # "ev. trasig", "ev. egen sekatör", "ev. en pressad klyfta": the adverb before an adjective
    subject = len(w) > 4 and (bool(before) and before[-1].lower() in EV_MODALS and w.endswith(("ar", "or")) and noun_gender(
        w) == "en" or m.group("a").lower() in ("ev.", "ev") and w.endswith(("en", "ar", "or", "er")) and bool(noun_gender(w)))
    # ("när ska ev. pengar gå": the subject after a modal; "söker ev. vittnen": a known noun's plural after a verb, s56)
    if not w or not (at_start or attributive or subject or before[-1].rstrip(".,") in EV_ADJECTIVE_AFTER
                     or before[-1].lower() in IMPERATIVES_BEFORE_SHORT
                     or before[-1] in _DEFINITE_ARTICLES or before[-1] in ("en", "ett")) or w in NOT_NOUN or (
            w in ADVERBS_AFTER_SHORT):
        return alone  # "ev. redan nästa år": an adverb before an adverb
    if before and not at_start and (before[-1] in _DEFINITE_ARTICLES or before[-1] not in ("en", "ett")
                   and NUMBER_WORD.fullmatch(before[-1])):
        return plural  # "de övr. deltagarna", "det ev. beslutet", "två leg. läkare": definite or after a number
    if len(w) > 5 and w.endswith(("an", "en", "et")) and next_word(m, 1)[:1].isupper():
        return plural  # "leg. sjuksköterskan Eva Berg": a definite title before a name takes the weak form
    if m.group("a").lower() in LANGUAGE_ADJECTIVES and len(w) > 4 and w.endswith(("an", "en", "et")):
        return plural  # "Sv. kyrkan Luleå" -> "Svenska kyrkan": a definite noun after a country's adjective
    if _PLURAL_ENDING.search(w) and len(w) > 4 and not is_ett_noun(w) or _DEFINITE_GENITIVE.search(w) and len(w) > 5 or (
            w.endswith("are") and len(w) > 5 and m.group("a").lower() in ("övr.", "ev.")):  # "övr. deltagare": plural
        return plural  # "Sv. kyrkans": before a definite noun the weak form ("Svenska kyrkans")
    neuter_noun = is_ett_noun(w)
    return neuter if neuter_noun or before[-1:] == ["ett"] else common  # "ett utv. sortiment": the article says it


_CHOIR = re.compile(rf"(?:{alternation(CHOIR_WORDS)})\b")


def about_music(line: str) -> bool:
    """Does the line speak of music (MUSIC_STEMS, or a choir: "kören",
    "kyrkokör"; not "körde")?"""
    low = line.lower()
    return any(w in low for w in MUSIC_STEMS) or ("kör" in low and _CHOIR.search(low) is not None)


def _opens_list_item(m: re.Match[str]) -> bool:
    """Does an item of a list start right before the match: the line's
    start, a comma, a colon or "och"/"samt"/"med" ("kören, org. Per Ek och
    sol. Anna Björk")?"""
    head = m.string[: m.start()].rstrip()
    if not head or head.endswith((",", ":", ";", "(")):
        return True
    before = prev_words(m)
    return bool(before) and before[-1] in PERFORMER_LIST_BEFORE


def _registration(m: re.Match[str]) -> bool:
    """Is this "anm." a registration: before a word of when, where or how
    (REGISTRATION_AFTER: "Anm. senast", "anm. till") or after "ingen",
    "utan" (REGISTRATION_BEFORE)?"""
    after = m.string[m.end():].lstrip()
    if after.startswith(":"):
        return False  # "Anm.: ..." opens a note
    if next_word(m).lower() in REGISTRATION_AFTER:
        return True
    before = prev_words(m)
    return bool(before) and before[-1] in REGISTRATION_BEFORE


def _measured_noun(m: re.Match[str]) -> bool:
    """A noun a time measures right after a measure written short, a number
    before it ("25 dgr semester"): no stop or comma between, a noun of
    DURATION_GENITIVE_NOUNS (or a "-tid" compound, ``duration_heads``) or MEASURED_NOUNS."""
    w = next_word(m)
    if not w or not m.string.startswith(" ", m.end()) or m.group("a").endswith("."):
        return False
    return (is_duration_head(w) or w in MEASURED_NOUNS) and bool(_NUMBER_BEHIND.search(m.string, 0, m.start()))


# A number said by now right before a measure ("tjugofem dgr").
_NUMBER_BEHIND = re.compile(r"(?:\d|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|ton|tio|tjugo|hundra|tusen)\s$")


# A capitalised word ahead that opens a sentence and is no name ("tfn. Vi svarar"); a full name ahead ("el. Per Lind").
_WORD_AHEAD = re.compile(r"\s+[\"”']?(?P<w>[A-ZÅÄÖ][a-zåäö]*)\b")
_FULL_NAME_AHEAD = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s[A-ZÅÄÖ][a-zåäö]+")


def _opener_ahead(m: re.Match[str]) -> bool:
    """Does a capitalised word that opens sentences and is no name come next ("tfn. Vi svarar")?"""
    ahead = _WORD_AHEAD.match(m.string, m.end())
    return ahead is not None and ahead.group("w").lower() in SENTENCE_OPENERS


_LAST_OF_LIST = re.compile(r",\s[a-zåäö]+\s$")  # "Kontant, kort el. Swish.": a list's last "eller" (s54)


def _the_word_ends_sentence(key: str, m: re.Match[str]) -> bool:
    """Is a short form that is also a word (WORD_LIKE_ABBREVIATIONS) the word ending its sentence?
    Not "ex." after a word that makes it a copy, "bil." after "se" (an appendix), "el." before a
    full name after it ("tel. 070-..., el. Per Lind, tel. ..."; "värme, vatten, el. Parkering ..." ends)."""
    if key in PAST_VERB_ABBREVIATIONS and prev_words(m)[-1:] and prev_words(m)[-1] in SUBJECT_PRONOUNS:
        return bool(_ENDS_SENTENCE.match(m.string, m.end()))  # "när hon rev.": the verb in the past
    if key == "pers." and prev_words(m)[-1:] and prev_words(m)[-1] in BEST_BEFORE:
        return bool(_ENDS_SENTENCE.match(m.string, m.end()))  # "slog sitt pers.": an athlete's best, not persons
    if key not in WORD_LIKE_ABBREVIATIONS or not _ENDS_SENTENCE.match(m.string, m.end()):
        return False
    if key == "ex." and m.string[m.end():].strip() and prev_words(m)[-1:] not in _POSSESSIVE:
        return False
    if key == "ex." and counted(m):
        return False  # "finns nu i tjugo ex.": copies counted, not a former partner (session 27)
    if key == "bil." and prev_words(m)[-1:] and prev_words(m)[-1] in APPENDIX_AFTER:
        return False
    return not (key == "el." and (_LAST_OF_LIST.search(m.string, max(0, m.start() - 30), m.start())  # "kort el. Swish."
                                  or _FULL_NAME_AHEAD.match(m.string, m.end()) and not _opener_ahead(m)))


_DEFINITE_NAME_END = re.compile(r"[^\W\d_]{2,}(?:en|an|et|n)$")


def _names_an_institution(m: re.Match[str]) -> bool:
    """Does a capitalised noun in the definite form follow ("Sv. Kyrkan",
    "Sv. Kennelklubben", "Sv. Missionsrådet"): an institution's name, not
    a new sentence? Risk: a sentence opening with a definite noun after an
    adjective written short that ends the one before ("på sv. Kyrkan är
    ...") is read as the name."""
    w = next_word(m)
    return w[:1].isupper() and not w.isupper() and bool(_DEFINITE_NAME_END.fullmatch(w.lower())) and w.lower() not in SENTENCE_OPENERS


# "Leg. 18 år" (the numbers said by now): a number and "år" after the licence, an age limit's. Risk: a licence held
# for years written so ("varit leg. 12 år") is read as the card too.
_AGE_AHEAD = re.compile(r"\s+[a-zåäö]+\s+år\b")


def _licence_at_door(m: re.Match[str]) -> bool:
    """Is "leg." after an age ("18 år leg.") or a word of showing or holding it ("Innehåller leg.", "med leg.") the licence:
    before no noun (a capital, a word of NOT_NOUN, a genitive) or before the
    entry fee ("20 år, leg. 120 kr")?"""
    w = next_word(m)
    before = prev_words(m)[-1:]
    if before and before[0] in ("innehåller", "visa", "visar", "uppvisa", "medtag", "glöm", "krävs", "giltig", "med"):
        return not w[:1].islower() or w in NOT_NOUN  # "Innehåller leg.", "Visa leg. i entrén": the card, no noun after
    return bool(prev_words(m)[-1:]) and prev_words(m)[-1] in LICENCE_AFTER and (
        not w[:1].islower() or w in NOT_NOUN or w.endswith("s") or NUMBER_WORD.fullmatch(w) is not None)


def _stora_ahead(word: str) -> bool:
    """Is the capitalised word after "St." a street or a place named "Stora"
    ("Nygatan", "Torget", "Essingen"), not a saint's ("Eriksgatan", "Olofs",
    "Petersburg": "Sankt")? Risk: a street whose first part is a saint's name
    missing from SAINT_STEMS is said "Stora"."""
    w = word.lower()
    if not word[:1].isupper() or w.startswith(SAINT_STEMS) and w not in STORA_PLACES:
        return False
    return w.endswith(STORA_STREET_ENDINGS) or w in STORA_PLACES


def _stora_or_saint(word: str) -> str | None:
    """ "St." before a street or a place named "Stora": "Stora" ("St. Nygatan"); before a place abroad named in
    English or French (SAINT_ABROAD): "Saint" ("St. Louis"); None for the default, "Sankt"."""
    if _stora_ahead(word):
        return "Stora"
    return "Saint" if word.lower() in SAINT_ABROAD else None


def _retired(m: re.Match[str]) -> bool:
    """Is "pens." a person's state: before a noun in small letters ("pens.
    lärare") or after a copula ("är pens. sedan 2019")?"""
    w = next_word(m)
    before = prev_words(m)[-1:]
    noun_after = bool(w) and w[0].islower() and w not in NOT_NOUN and not NUMBER_WORD.fullmatch(w) and w not in (
        "och", "eller", "samt")
    return noun_after and m.string.startswith(" ", m.end()) or before in (["är"], ["var"], ["blev"], ["blir"])


def _name_missing(key: str, m: re.Match[str]) -> bool:
    """Is a short form read only beside a name out of its place: a title
    before no name ("dr" is "doktor" before a name only), "ft." not between
    two names ("30 ft." is feet), a credit before no full name ("org. Per
    Ek"), a performer's title outside a list or a line about music ("Det blev
    sol. Anna Ek ..."), a generation after no name ("jr")?"""
    low = key.lower()
    if low in NAME_TITLES and not next_word(m)[:1].isupper():
        return True
    if low == "ft." and not "".join(m.string[: m.start()].split()[-1:])[:1].isupper():
        return True
    if low in ("org.", "led.", "red.", "just.", *PERFORMER_TITLES) and not (
            next_word(m)[:1].isupper() and next_word(m, 1)[:1].isupper()):
        return True
    if low in PERFORMER_TITLES and not (_opens_list_item(m) or about_music(m.string)):
        return True
    return low in NAME_SUFFIXES and not _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start())


_RATE_WORDS = re.compile(r"ränt|%|procent")


def _out_of_place(key: str, m: re.Match[str]) -> bool:
    """Is a short form that is read only in one kind of line out of it: "bla" repeated ("bla bla":
    the chatter, not "bland annat"), "eff." in a line with no rate ("eff. 150 hk" is no interest) or after a
    spelled letter ("största parti i KF.": "kå eff", not the rate) or an article ("sex procent ett F.", a grade)?"""
    low = key.lower()
    if low == "bla":
        return m.string.startswith(" bla", m.end()) or prev_words(m)[-1:] == ["bla"]
    # after an article a grade ("6 % ett F."); the rate stands by its figure ("3,95 % eff."), not "9 % fick F."
    return low == "eff." and (not _RATE_WORDS.search(m.string) or "".join(prev_words(m)[-1:]) in _LETTER_NAME_SET
                              or prev_words(m)[-1:] in (["en"], ["ett"]) or prev_words(m)[-1:] != ["procent"]
                              and not _RATE_WORDS.search(m.string, m.end(), m.end() + 40))


def _verb_or_grade(key: str, m: re.Match[str], out: str) -> str | None:
    """A short form that is a verb by its place: "åk" is the verb where no school year follows ("& åk
    stegbil", "Åk med oss"; "åk 7", "åk F–6" is the year), "motsv." after a relative is "motsvarar"
    ("vilket motsv. ca 3 Mkr"); "rek." after an analyst's verb is the noun ("höjer rek. till köp"); None leaves it
    as written."""
    if key in GRADE_VERB_ABBREVIATIONS and (not GRADE_AHEAD.match(m.string, m.end()) or ALPINE_LINE.search(m.string)
                                              and not SCHOOL_LINE.search(m.string)):
        return None  # (a run of a slalom, "efter åk 1", is the noun "åk")
    if key.lower() in VERB_SHORT_FORMS and prev_words(m)[-1:] and prev_words(m)[-1] in VERB_SUBJECTS:
        return VERB_SHORT_FORMS[key.lower()]
    if key == "rek." and prev_words(m)[-1:] and prev_words(m)[-1] in RECOMMENDATION_VERBS:
        return "rekommendationen"  # "höjer rek. till köp": the object of an analyst's verb, the advice (session 62)
    return out


def _abbreviation(m: re.Match[str]) -> str | None:
    key = m.group("a")
    out = ABBR_TABLE[key]
    if key.lower() in _UNITS_ALONE and m.string.startswith("-", m.end()):
        return None  # "km-tiden": the trotting term keeps its letters
    if _the_word_ends_sentence(key.lower(), m):
        return None  # "Flaskan var tom.", "inte ett ord.", "sitt ex. Sedan": the word and the stop
    if key.lower() == "omg." and prev_words(m)[-1:] and prev_words(m)[-1].rstrip(":,") in OMG_AT_ONCE_AFTER:
        out = "omgående"  # "tillträde omg.": at once, not a round
    if key in NUMBER_ABBREVIATIONS and not NUMBER_AHEAD.match(m.string, m.end()):
        return None  # "u." is "under" before a number only ("barn u. 18 år", read "arton" by now)
    if (placed := _verb_or_grade(key, m, out)) is None:
        return None
    out = placed
    if key.lower() in HYPHEN_ONLY_ABBREVIATIONS and not m.string.startswith("-", m.end()):
        return None  # "id-kortet" is spelled, "id" alone (the psyche's) is not
    if key in WORD_AFTER_ABBREVIATIONS and not (next_word(m) and m.string[m.end():m.end() + 2].strip()[:1].isalpha()
                                                or m.string.startswith((" ”", ' "'), m.end())):
        return None  # "m. nattvard" is "med"; "m." before a number or ending a sentence is left
    if key == "t." and prev_words(m)[-1:] and NUMBER_WORD.fullmatch(prev_words(m)[-1]):
        return None  # "2 t. 30 min": hours or tons after a number, not "till"
    if key in ("Sr", "Sr.", "Jr.", "Ass.") and (title := title_before_name(key, m, out)):
        return title  # "Sr Ingrid": a nun's title; "en Sr. Controller": a job's rank before its title; "Ass.:" a label
    if _name_missing(key, m) or _out_of_place(key, m):
        return None  # a title before a name, a generation after one, where no name is; "bla bla"
    if key.lower() in ("anm.", "anm") and _registration(m):
        out = "anmälningar" if prev_words(m)[-1:] == ["emot"] else "Anmälan" if key[0] == "A" else "anmälan"  # "tar emot anm."
    if key.lower() in _ADJECTIVES:
        out = _adjective(m, _ADJECTIVES[key.lower()])
        if key.lower() in LANGUAGE_ADJECTIVES and next_word(m).endswith(("nde", "ligt", "bra", "väl", "obehindrat")):
            out = LANGUAGE_ADJECTIVES[key.lower()][3]  # "talar eng. flytande": the language, an adverb after it
        if key.lower() == "leg." and NUMBER_WORD.fullmatch(next_word(m)) and _AGE_AHEAD.match(m.string, m.end()):
            return "Legitimation" if key[0] == "L" else "legitimation"  # "Leg. 18 år": the age limit's card
        if key.lower() == "leg." and _licence_at_door(m):
            # "18 år leg.": the licence shown at the door; "leg. 120 kr i dörren": a pause before the fee
            return "legitimation" + ("," if NUMBER_WORD.fullmatch(next_word(m)) else keep_stop(m, True))
        out = out.capitalize() if key[0].isupper() else out
    if key.lower() == "em." and next_word(m)[:1].isupper():
        out = "emeritus"  # "prof. em. Karin Lund" (otherwise the afternoon: "lör em.")
    if key == "att." and not (next_word(m)[:1].isupper() and m.string[: m.start()].rstrip()[-1:] in ("", ",", ":")):
        return None  # "Skolan, att. Eva Sund": "attention"; else the word ending a sentence
    if key.lower() == "avg." and (_AMOUNT_AHEAD.match(m.string, m.end()) or prev_words(m)[-1:] in _FEE_BEFORE):
        out = "Avgift" if key[0] == "A" else "avgift"  # "Avg. 3 890 kr/mån": a fee, not a departure
    elif key.lower() in ("avg.", "ank.") and (verb := departure_verb(m, key)):
        out = verb  # "Bussen avg. från hpl Torget": the verb after a vehicle
    if key == "St.":
        out = _stora_or_saint(next_word(m)) or out
    if key.lower() == "st." and prev_words(m)[-1:] and prev_words(m)[-1] in _PRICE_WORDS:
        out = "styck"  # "200 kr st.": the price of one piece, "tvåhundra kronor styck"
    if key.lower() == "dir." and about_music(m.string):
        out = "Dirigent" if key[0] == "D" else "dirigent"  # "Kören. Dir.: Eva Lund": the conductor
    if key.lower() == "pens." and _retired(m):
        out = "Pensionerad" if key[0] == "P" else "pensionerad"  # "Anna Ek, pens. lärare": retired, not "pensionärer"
    if key.lower() == "alt." and NUMBER_AHEAD.match(m.string, m.end()):
        out = "Alternativ" if key[0] == "A" else "alternativ"  # "alt. 2": the option, not "alternativt"
    if key.lower() == "vik." and (not next_word(m) or next_word(m).lower() in NOT_NOUN):
        out = "Vikariat" if key[0] == "V" else "vikariat"  # "avser vik. under 6 mån": the post, not "vikarierande"
    if key.lower() in SINGULAR_AFTER_PER and (pw := prev_words(m, 2))[-1:] and pw[-1] in SINGULAR_AFTER and pw[:-1] != ["komma"]:
        out = SINGULAR_AFTER_PER[key.lower()]  # "200 kr per pers.": one person (not "två komma ett p.e.", session 64)
    if key.lower() in PLURAL_AFTER_COUNT and counted_above_one(m):
        out = PLURAL_AFTER_COUNT[key.lower()]  # "6 avd." -> "sex avdelningar"
    floor = key.lower() in DEFINITE_AFTER_ORDINAL and prev_words(m)[-1:] and prev_words(m)[-1] in _FLOOR_ORDINALS
    if floor and prev_words(m, 2)[:1] and prev_words(m, 2)[0].lower() in POSSESSIVES:
        floor = False  # "i sin tolfte uppl.": after a possessive the noun is indefinite, "upplaga" (session 45)
    if floor:
        out = DEFINITE_AFTER_ORDINAL[key.lower()]  # "på 4:e vån." -> "på fjärde våningen": definite after an ordinal
    if key in MEASURE_GENITIVES and _measured_noun(m):
        out = MEASURE_GENITIVES[key]  # "25 dgr semester" -> "dagars semester"
    if key.lower() in ("ass.", "övers.", "ex.", "uppl.", "rev.", "kap.", "anst."):
        said = noun_or_adverb(m, key.lower())
        if said is None:
            return None
        out = said[0].upper() + said[1:] if key[0].isupper() and said else said or out
    if key.lower() in ("s.k.", "s k", "s. k.", "sk"):
        out = so_called(m, out)
    final = _stop_is_the_sentences(m, key, out, bool(floor))
    if (out[:1].islower() and key[:1].isupper() and len(out.split(" ", 1)[0]) > 2
            and _SENTENCE_HEAD.fullmatch(m.string, 0, m.start())):
        out = out[0].upper() + out[1:]  # "Dr. Lund svarar." opens the sentence: "Doktor Lund"
    return out + keep_stop(m, final)


def _stop_is_the_sentences(m: re.Match[str], key: str, out: str, floor: bool) -> bool:
    """Does the abbreviation's stop also end the sentence (kept after its words)?"""
    low = key.lower()
    final = key.endswith(".") and (low not in NON_FINAL_ABBREVIATIONS and key not in NON_FINAL_ABBREVIATIONS
                                   and low not in AD_ADJECTIVES  # "välsk. Volvo": before a name, no stop
                                   or (low in CLAUSE_END_SHORT_FORMS or low in AD_ADJECTIVES) and _opener_ahead(m)
                                   or low in AD_ADJECTIVES and not m.string[m.end():].strip())
    name = low in _ADJECTIVES and _names_an_institution(m)  # "Sv. Kyrkan": no stop inside the name
    # a doctor's degree before a full name ("Dr. med. Gunnar Holmberg", session 33): a title, no sentence's end
    name = name or low.startswith("dr. ") and next_word(m)[:1].isupper() and next_word(m, 1)[:1].isupper()
    # nothing after the stop but the line's end: it ends the sentence too ("... saknade dnr.", "Hon är leg.")
    final = final or key.endswith(".") and not m.string[m.end():].strip()
    return not name and (final or out in ("omgående", "legitimation", "exemplar") or low in _ADJECTIVES and low not in AD_ADJECTIVES and next_word(m)[:1].isupper()) or floor or low == "bil." and bool(_ENDS_SENTENCE.match(m.string, m.end()))  # "tillträde omg.": an adverb closing the sentence keeps its stop


# "mån. o. tis.", "sol o. bad": "o." between two words is "och" (not after
# spelled letters at the end of a line: "ji o."), also before a name ("Karin
# o. Per") and after a compound's first part ("50- o. 60-talet", "hälso- o. sjukvård").
_O_AND = re.compile(r"(?:(?<=[A-Za-zÅÄÖåäö] )|(?<=- ))o\.(?= [A-ZÅÄÖa-zåäö0-9])(?! (?:s\. ?v|d|dyl)\.)")  # not "o. s. v.", "o. d."


# "50 meter fj" (the distance read by now): a stroke written short after it.
# (not "fr." before a word in small letters: "50 m fr. sjön" is "från")
_SWIM_STROKE = re.compile(rf"(?<=\bmeter )(?P<s>{alternation(SWIM_STROKES)})"
                          r"(?<!fr(?=\.? (?!(?:på|i|och|med|vid|under|efter|före|till|samt)\b)[a-zåäö]))"
                          r"\.?(?![\wåäö])")
# "Vattentemp.", "Barnavd.": an abbreviation ending a compound.
_COMPOUND_TAIL = re.compile(
    rf"(?<![\w.])(?P<w>[A-ZÅÄÖa-zåäö][a-zåäö]{{2,}})(?P<t>{alternation(COMPOUND_TAIL_ABBREVIATIONS)})(?![\w])")


# "Bostadsrättsför. Solgläntan", "hembygdsför.": an association's name cut after a genitive's "s",
# and a parish's ("landsförs."; not "därför.", "varför.", "genomförs.": no "s" before "för").
# ("hembygdsfören.": the association's "fören." too, session 46)
_ASSOCIATION = re.compile(r"(?<![\w.])(?P<w>[A-ZÅÄÖa-zåäö][a-zåäö]{2,}s)för(?:en|(?P<s>s?))\.(?!\w)")


def _compound_tail(m: re.Match[str]) -> str | None:
    if m.group("w").lower() + m.group("t") in ABBR_TABLE:
        return None
    said = m.group("w") + COMPOUND_TAIL_ABBREVIATIONS[m.group("t")]
    if next_word(m).lower() in DEFINITE_TAIL_VERBS and not kept_indefinite(m):  # not "kommunens ekonomiavd. har"
        said += "n" if said.endswith("e") else "en"  # "tills innertemp. är 70°": the subject, "innertemperaturen"
    return said + keep_stop(m, True)


# "/Red." closing a text (a correction, a shortened letter): the newsroom's signature, "Redaktionen" (risk: only at
# the end of a line, after a stop).
# "Välkomna! Styr.": the board signing a notice, a capital "Styr." closing the line after a
# sentence's end ("Kommunen styr." is the verb).
_BOARD_SIGNATURE = re.compile(r"(?:(?<=[.!?)] )|(?<=/)|^)Styr\.(?=\s*$)")
# "Styr. har beslutat": the board opening a sentence before its verb.
_BOARD_SUBJECT = re.compile(r"(?:(?<=[.!?):] )|^)Styr\.(?= (?:har|hade|beslutade|beslöt|meddelar|kallar|föreslår|vill|ska)\b)")
_SIGNATURE = re.compile(r"(?:(?<=[.!?)”\"] )|(?<=^)|(?<=\n))/\s?(?P<r>[Rr]ed)(?=\.?\s*$)", re.MULTILINE)

# "Alt. 1", "bil. 1", "mom. 1": a label's number is the counting form, "ett" (the number rules did not know them).
_LABEL_ONE = re.compile(r"(?<![\w.])(?P<a>(?:[Aa]lt|[Bb]il|[Mm]om)\.\s)en(?![\wåäö])")
_LABEL_ONE_HINT = re.compile(r"\.\sen")  # its gate (the stop first)


# "s. 14 f.", "sidan 22 f.)": the page and the one after it ("ff.", the pages after it, is in the table); "f." after
# a page's number is never "född" (the number said by now, or still digits).
_PAGE_AND_NEXT = re.compile(r"(?<![\w.])(?P<p>(?:[Ss]\.|[Ss]id\.|[Ss]idan|[Ss]idorna) (?:\d+|[a-zåäö]+)) f\.(?=\s*[),;:]|\s*$|\s+[a-zåäö])")


# "s. 24–25", "sid. 12–14": pages from one to another are read "sidorna" (session 43, normalize145: the blind writers
# read "sidorna" ten times of fifteen, "sidan" the others; Swedish says the plural before a range). Risk: none seen.
_PAGE_RANGE = re.compile(r"(?<![\w.])s(?:id)?\.(?= (?:\d+\s?[–-]\s?\d+|[a-zåäö]+ till (?!(?:sidan|sid|s)\b)[a-zåäö]+)(?![\w–-]))")


# "var 3:e mån.", "var 18:e–24:e mån." (the ordinals said by now): a month's short form after "var" and an ordinal
# (or a span of two) is the month counted, "var tredje månad"; a weekday never follows an ordinal.
_EVERY_NTH_MONTH = re.compile(
    rf"(?<![\w])(?P<o>[Vv]ar (?:{alternation(_FLOOR_ORDINALS)})(?: till (?:{alternation(_FLOOR_ORDINALS)}))? )mån\.?(?![\w])")


# "från mån. till fredag", "fr. mån–fre": "mån" opening a span of weekdays whose other end is said by
# now is Monday (the calendar rules leave "mån", also a word, when "fr." stood before it).
_MONDAY_IN_SPAN = re.compile(
    r"(?<=[Ff]r\. )(?P<m>[Mm])ån\.?(?=\s*(?:till|[–-])\s*(?:tisdag|onsdag|torsdag|fredag|lördag|söndag|tis|ons|tors|fre|lör|sön)\b)"
    r"|(?<=[Ff]rån )(?P<m2>[Mm])ån\.?(?= till (?:tisdag|onsdag|torsdag|fredag|lördag|söndag)\b)")


def abbreviations(text: str, trace: Trace | None = None) -> str:
    """Abbreviations from the table: "t.ex." -> "till exempel", "bl.a.",
    "m.fl.", "osv.", "fr.o.m.", "S:t" -> "Sankt", "ca" -> "cirka"; the
    labels of case numbers (CASE_LABEL_WORDS): "dnr" -> "diarienummer",
    "målnr" -> "målnummer". An abbreviation that is the first part of a
    compound joins the rest (COMPOUND_HEAD_ABBREVIATIONS): "Jfr-pris" ->
    "Jämförpris".

    Any word ending in "nr" is a number's label: "batchnr" -> "batchnummer",
    "kundnr.". (A compass point's initial before a street name is read by
    ``initials``.) A kilometre or square metres left without a number ("vid
    km 154", the road's kilometre post) are the unit's words.

    An abbreviation that is also a word (WORD_LIKE_ABBREVIATIONS: "tom.",
    "ord.", "ex.", "max.") is the word when its period ends the sentence:
    "Flaskan var tom." stays, "tom. 31/12" is "till och med".

    A swimming stroke written short after its distance is the stroke ("50 m
    fj" -> "femtio meter fjäril", SWIM_STROKES; risk: only right after
    "meter"). An abbreviation ending a compound with its period is said with
    it (COMPOUND_TAIL_ABBREVIATIONS: "Vattentemp." -> "Vattentemperatur";
    risk: a word that merely ends so, with a period, is read as the compound).
    "u." is "under" before a number only ("barn u. 18 år").

    Many short forms are read from the words around them; the choices are
    listed in this module's docstring.

    Risk: "s." is "sidan" and "st." "stycken" wherever they stand alone,
    "styck" right after a currency ("200 kr st.": the price of one piece);
    "vån." after an ordinal is definite, "fjärde våningen" (risk: only the
    ordinals first to fortieth, said by now);
    an abbreviation's period that also ends the sentence is kept; a plural
    is guessed from the ending (-ar, -er, -or, -na, -en, -iga, -ade, -da).
    """
    if "/" in text and "ed" in text:  # "Vi beklagar felet. /Red.": the newsroom signs
        text = sub(_SIGNATURE, lambda m: "Redaktionen",
                   text, trace, "abbreviation")
    if "Styr." in text:
        text = sub(_BOARD_SIGNATURE, lambda m: "Styrelsen.", text, trace, "abbreviation")
        text = sub(_BOARD_SUBJECT, lambda m: "Styrelsen", text, trace, "abbreviation")
    if " o. " in text:
        text = sub(_O_AND, lambda m: None if letter_o_stop(m) else "och", text, trace, "abbreviation")  # not "IVO. Svaret"

    # "Jfr-pris", "Jfr.pris" -> "Jämförpris": the first part of a compound; a
    # match ends in "-" or "." before three small letters (a fast scan for [.-] first)
    if _JOINED_AFTER_DOT.search(text) or ("-" in text and _JOINED_AFTER_DASH.search(text)):
        text = sub(_COMPOUND_HEAD, _compound_head, text, trace, "abbreviation")
    if "nr" in text:
        text = sub(_COMPOUND_NR, lambda m: None if m.group(0) in ABBR_TABLE else m.group("w") + "nummer",
                   text, trace, "abbreviation")  # "persnr" is in the table: "personnummer"
    if "meter " in text:
        text = sub(_SWIM_STROKE, lambda m: SWIM_STROKES[m.group("s")] + keep_stop(m, m.group(0).endswith(".")),
                   text, trace, "abbreviation")
    if _COMPOUND_TAIL_HINT.search(text):
        text = sub(_COMPOUND_TAIL, _compound_tail, text, trace, "abbreviation")
    if "sför." in text or "sförs." in text or "sfören." in text:  # "Bostadsrättsför. Solgläntan", "Umeå landsförs."
        text = sub(_ASSOCIATION, lambda m: m.group("w") + ("församling" if m.group("s") else "förening")
                   + ("" if m.string[m.end():].strip() else "."),
                   text, trace, "abbreviation")  # its stop its own before the association's name
    if " en" in text and _LABEL_ONE_HINT.search(text):
        text = sub(_LABEL_ONE, lambda m: m.group("a") + "ett", text, trace, "abbreviation")
    if "mån" in text and ("r. " in text or "från " in text):  # "fr. mån. till fre." (the other day said by now): Monday, not "i viss mån"
        text = sub(_MONDAY_IN_SPAN, lambda m: (m.group("m") or m.group("m2")) + "åndag", text, trace, "weekday")
    if ("s. " in text or "sid. " in text) and _PAGE_RANGE.search(text):  # "s. 24–25": a range of pages, "sidorna"
        text = sub(_PAGE_RANGE, lambda m: "sidorna", text, trace, "abbreviation")
    if " f." in text and "s" in text:  # "s. 14 f.": the page and the next, "sidan fjorton och följande"
        text = sub(_PAGE_AND_NEXT, lambda m: m.group("p") + " och följande", text, trace, "abbreviation")
    if "ar " in text and " mån" in text:  # "var 3:e mån." (the ordinal said by now): every third month, no Monday
        text = sub(_EVERY_NTH_MONTH, lambda m: m.group("o") + "månad" + keep_stop(m, m.group(0).endswith(".")),
                   text, trace, "abbreviation")
    text = readings(text, trace)  # "ordf. utslagsröst", "ord.pris", "6,8 mdr": read from the words around them
    if _ABBR.match(text):
        text = sub(_ABBR, _abbreviation, text, trace, "abbreviation")
    elif after := _ABBR_AFTER.search(text):
        text = sub(_ABBR, _abbreviation, text, trace, "abbreviation", after.start() + 1)
    if ":" in text and ENDING_HINT.search(text):  # "gps:en" -> "ge pe essen" (after the table, whose "tv:n" is "teven")
        text = sub(_SPELLED_ENDING, lambda m: join_ending(ABBR_TABLE[m.group("a")], m.group("e")), text, trace,
                   "abbreviation")
        text = sub(_LEXICON_ENDING, _lexicon_ending, text, trace, "acronym")  # "Ufo:t", "Ai:n"
    return text
