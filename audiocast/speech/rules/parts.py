"""Parts written with a slash ("1/3", "3/4 dl", "en 1/4") where a date
could stand: the helpers ``calendar``'s slash rule asks before it reads
"d/m" as a date, and the part before a unit of measure.

Moved out of ``calendar.py`` (it neared its 700 lines); the tables are in
``speech/data/calendar.py``.
"""

from __future__ import annotations

import re

from ...calendar_sv import MONTHS
from ..data.calendar import (
    ATTEMPT_TAILS,
    DATE_FOLLOWERS,
    EPISODE_BEFORE,
    FILL_STEMS,
    FLOOR_BEFORE,
    FRACTION_MEASURE_NOUNS,
    HALF_WITHOUT_ARTICLE,
    LEAD_VERBS,
    NOT_COUNTED_PLURALS,
    OFFICIANTS,
    PART_COMPOUND_HEADS,
    PART_ORDINALS,
    PART_STEMS,
    SHARE_OPENERS,
    SHOT_BEFORE,
    TV_LINE_STEMS,
)
from ..data.change_words import CHANGE_WORDS
from ..data.quantities import FRACTIONS, UNITS_OF_MEASURE
from ..data.sport import SCORE_CONTEXT, TALLY_VERBS
from ..numbers import cardinal, fraction_denominator, ordinal
from ..report import Trace
from .change_parts import divided_into_parts
from .machinery import SAID_NUMBER, SAID_SCORE, Replacer, alternation, is_ett_noun, prev_words, sentence_words, sub

# "1/2 krm", "3/4 dl": a fraction before a unit of measure, never a date.
FRACTION_UNIT = re.compile(
    rf"(?<![\w/.,])(?P<d>\d)/(?P<m>\d{{1,2}})\s(?P<u>{alternation(list(UNITS_OF_MEASURE))})(?![\w²³/]|\.\w)"
)

# "äger 1/3 och staten 2/3 av bolaget": a part of the same thing further on
_PART_AHEAD = re.compile(r"[^.;:!?]{0,40}?\s\d/\d{1,2}\s+av\b")
# "blev 3/5 – alltså 60 %", "1/4 (25 %)", "3/4, eller 75 procent": the same part said again as a
# percent right after it (no date is so explained)
_PERCENT_AHEAD = re.compile(
    r"\s?(?:[–—-]|,|\()\s?(?:(?:alltså|dvs\.?|d\.v\.s\.|det vill säga|eller|motsvarande|ca\.?|cirka|drygt|knappt|nästan)\s)*"
    r"(?P<p>\d{1,3}(?:,\d+)?)\s?(?:%|procent)")


def _percent_ahead(m: re.Match[str]) -> bool:
    """The part said again as a percent of the same size ("3/5 – alltså 60 %"): a date before a
    percent of another size ("till 3/5, 20 % på allt") is no part."""
    p = _PERCENT_AHEAD.match(m.string, m.end())
    if p is None:
        return False
    d, mo = int(m.group("d")), int(m.group("m"))
    return abs(float(p.group("p").replace(",", ".")) - 100 * d / mo) <= 3


# "Av eleverna valde 3/4 spanska och 1/4 tyska": a sentence opening with the whole its parts are of
_PARTITIVE_OPENING = re.compile(r"(?:^|[.!?:]\s)(?:Av|Bland) (?:(?:de|alla) [a-zåäö]+|[a-zåäö]+(?:na|en|et|dem))\b[^.!?:]*$")
# "2/3 av kommunens yta": a part written before in the sentence, of something named after it
# (past a question's mark too: "Vad är 3/4 av 2/3? Rätt svar: 1/2." is the answer's part, session 57)
_PART_OF_BEFORE = re.compile(r"(?:(?<![\w/.,])[1-9]/(?:[2-9]|10)|\b(?:[a-zåäö]+del(?:ar)?|hälften|halv)) av\b[^.!]*$")


# "1/3 åker och 2/3 skog", "1/10 är sjöar och 2/3 skog": the item before in a list of parts, a part
# and the noun it is of (not a passive verb: "3/4 hålls och 5/4 ...").
_PART_ITEM_BEFORE = re.compile(
    r"(?<![\w/.,])[1-9]/(?:[2-9]|10)\s(?:är\s)?[a-zåäö]+(?<!s)(?:\s(?:och|samt|eller)|,)\s$"
)


def _listed_or_filled(m: re.Match[str], words: list[str]) -> bool:
    """A part in a list of parts after another part and its noun ("1/3 åker och 2/3 skog"), or how
    full a thing is after "till" and a word of FILL_STEMS in the sentence ("Fyll formen till 2/3")."""
    if words[-1:] == ["till"] and any(w.startswith(FILL_STEMS) for w in words[:-1]):
        return True
    return "/" in m.string[max(0, m.start() - 40) : m.start()] and _PART_ITEM_BEFORE.search(
        m.string, max(0, m.start() - 40), m.start()) is not None


_DATE_PREPOSITIONS = frozenset({"före", "senast", "inför", "sedan", "efter"})  # (session 58, normalize362)
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|$)")
# "1/4 + 1/3 = 7/12" (the signs said by now: "plus", "är lika med"): a term of a sum, a part (session 58, normalize354)
_OPERATOR = r"(?:[+−×=·*]|\b(?:plus|minus|gånger|delat med|dividerat med|är lika med)\b)"
_OPERATOR_BEFORE = re.compile(rf"(?:\d|del|delar|halv|halva|halvor)\s?{_OPERATOR}\s?$")  # (not "plus att")
_OPERATOR_AFTER = re.compile(rf"\s?{_OPERATOR}\s?\d")


def in_sum(m: re.Match[str]) -> bool:
    """Is "d/m" a term of a sum or a product, an operator with a number on its other side ("1/4 + 1/3 = 7/12": the
    signs said by now, "plus", "är lika med")?"""
    return (_OPERATOR_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None
            or _OPERATOR_AFTER.match(m.string, m.end()) is not None)


def among_parts(m: re.Match[str]) -> bool:
    """Is "d/m" one of parts: a part's word or a part "of" something before
    it in the sentence ("2/3 av kommunens yta är skog och 1/4 är myr"), or a
    part of the same thing further on ("äger 1/3 och staten 2/3 av bolaget");
    the same part written before it in the sentence; the part said again as
    a percent right after it ("blev 3/5 – alltså 60 %", "1/4 (25 %)"); an item of a list of parts
    or how full a thing is (``_listed_or_filled``). Risk: a date after a filling word and "till"
    ("fyller år och firar till 2/3") is read as a part. After "från" and closing its clause ("spara in 1/3 av
    bidragen redan från 1/3."), no span's "till" after it, it is a date whatever parts stand before (session 53)."""
    if prev_words(m, 1) == ["från"] and _CLAUSE_END.match(m.string, m.end()) and not any(
            w in CHANGE_WORDS for w in prev_words(m, 4)):
        return False  # (not "andelen har ökat från 1/2.": a change's start)
    if prev_words(m, 1) and prev_words(m, 1)[0] in _DATE_PREPOSITIONS and _PART_AHEAD.match(m.string, m.end()) is None:
        return False  # "öppnar igen före 1/6" after "3/4 av de tillfrågade": a date, a time's preposition before it
    words = [w.strip("(),:;") for w in prev_words(m, 12, sentence=True)]
    return (any(w.startswith(PART_STEMS) for w in words) or _PART_AHEAD.match(m.string, m.end()) is not None
            or _percent_ahead(m) or _listed_or_filled(m, words) or divided_into_parts(m)
            or any(a == "var" and b in PART_ORDINALS for a, b in zip(words, words[1:], strict=False))
            or ("/" in m.string[max(0, m.start() - 80) : m.start()]
                and (_PART_OF_BEFORE.search(m.string, max(0, m.start() - 80), m.start()) is not None
                     or _same_part_before(m)))
            or _PARTITIVE_OPENING.search(m.string, max(0, m.start() - 80), m.start()) is not None)


def whole_named_before(m: re.Match[str]) -> bool:
    """Is the whole the part is of named before it ("Av eleverna valde 1/2 ...", "2/3 av ytan är
    skog och 1/2 ...")? Then "1/2" before a word is "hälften", not "en halv"."""
    lo = max(0, m.start() - 80)
    return (_PARTITIVE_OPENING.search(m.string, lo, m.start()) is not None
            or ("/" in m.string[lo:m.start()] and _PART_OF_BEFORE.search(m.string, lo, m.start()) is not None))


def _same_part_before(m: re.Match[str]) -> bool:
    """ "svarade 1/3 ja, 1/3 nej och 1/3 vet ej": the same part written
    before in the sentence (no list of dates names one day twice)."""
    before = m.string[max(0, m.start() - 80) : m.start()]
    before = before[max(before.rfind(". "), before.rfind("! "), before.rfind("? ")) + 1 :]
    return re.search(rf"(?<![\w/.,]){re.escape(m.group(0).strip())}(?![\w/])", before) is not None


_COMMON_PARTS = frozenset({(1, 2), (1, 3), (1, 4), (2, 3), (3, 4)})
_VERB_ENDINGS = ("r", "s", "de", "te", "t")


def common_part_before_noun(d: int, mo: int, w: str) -> bool:
    """ "... kapris och 1/2 citron": after "och" a common part before a word
    that does not look like a verb ("ställs", "öppnar", "stängt") is a part
    of that thing, not a date in a list of dates."""
    return (d, mo) in _COMMON_PARTS and not w.endswith(_VERB_ENDINGS)


# a unit of the kitchen written after a count: the line is a recipe
_KITCHEN_UNIT = re.compile(r"\d\s*(?:msk|tsk|krm|dl|cl|ml|g|kg|st)\b")


def part_after_date_word(m: re.Match[str], d: int, mo: int, w: str, word: str) -> bool:
    """A part right after a word that usually opens a date ("och", "från",
    "till"): "kapris och 1/2 citron", "räcker till 1/2 sats" (a measure noun
    after it), "saften från 1/2 citron" in a recipe (a unit of the kitchen
    in the line and a common part before a noun). Risk: "från 1/2 paket"
    meaning the first of February before a measure noun is read as a part;
    news text writes a date there with "den" or a month's name."""
    if word == "och":
        return w in FRACTION_MEASURE_NOUNS or common_part_before_noun(d, mo, w)
    return word in ("från", "till") and (w in FRACTION_MEASURE_NOUNS or (
        common_part_before_noun(d, mo, w) and _KITCHEN_UNIT.search(m.string) is not None))


# Verbs that say what happens to an event on its date ("Mötet 3/6 hålls", "Festen 5/7 blir av").
_EVENT_VERB = re.compile(r"[a-zåäö]{2,}(?:er|ar|rs|ls|ns|ts|ds|gs|ks)|blir|går|får|kör|bör|dör")


def date_by_neighbours(w: str, before: list[str]) -> bool:
    """Is "d/m" a date by the words around it: a word of DATE_FOLLOWERS
    after it ("3/4 förra året"), or an event in the definite form before it
    and a verb in the present after it ("Mötet 3/6 hålls i aulan",
    "Konserten 1/8 ställs in", "prognosen för 2/5 kommer")? Risk: a part
    after a noun in the definite form before a verb ("Priset 1/3 sänks") is
    read as a date; a part after a word of amount ("drygt", "omkring") is
    not, nor after a share ("andelen", "hälften"). After "från och med" (``before`` its last three words) it is a date
    whatever follows ("Från och med 1/4 gäller nya taxor": the phrase names a day; "till och med" is left, it also
    means "even": "till och med 1/3 fler"). Risk: "från och med" before a part, which no one writes."""
    if w in DATE_FOLLOWERS or before[-3:] == ["från", "och", "med"]:
        return True
    last = before[-1] if before else ""
    event = last == "för" or (len(last) > 4 and last.endswith(("et", "en")) and last not in _SHARE_WORDS)
    return event and _EVENT_VERB.fullmatch(w) is not None


_SHARE_WORDS = frozenset({"andelen", "hälften", "resten", "delen", "summan", "totalen", "kvoten", "sammanlagt"})


def fraction_before_noun(d: int, mo: int, noun: str) -> str:
    """A part before the noun it measures: "1/2 paket" -> "ett halvt paket"
    (a half agrees with its noun), a quarter of an hour is "en kvarts
    timme", any other part a genitive, "en" agreeing with "-del" ("1/4
    kilo" -> "en fjärdedels kilo", "3/4 liter" -> "tre fjärdedels liter", as
    the blind writers accepted).

    A half before a rate or a share said without an article
    (HALF_WITHOUT_ARTICLE) has none: "barn ½ pris" -> "halvt pris", "1/2
    avgift" -> "halv avgift".

    Risk: the noun's gender is guessed from the noun tables (is_ett_noun);
    an unknown neuter noun gets "en halv"; "en 1/2 lön" with its article
    written keeps it (``article_written`` drops only a second one)."""
    if (d, mo) == (1, 2):
        if noun in HALF_WITHOUT_ARTICLE:
            return "halvt" if is_ett_noun(noun) else "halv"
        return "ett halvt" if is_ett_noun(noun) else "en halv"
    if (d, mo) == (1, 4) and noun.startswith("timm"):  # "1/4 timme" -> "en kvarts timme", "en kvart"
        return "en kvarts"
    return f"{cardinal(d, 'en')} {fraction_denominator(mo, False)}s"


def article_written(half: str, before: list[str]) -> str:
    """"ett 1/2 år" -> "ett halvt år", not "ett ett halvt år": a half after
    its written article ("en", "ett") says no second one. Risk: a count
    "ett" right before a half ("kapitel ett 1/2 sida") loses the half's
    article."""
    if before[-1:] in (["en"], ["ett"]) and half.startswith(("en halv", "ett halvt", "en kvarts", "en fjärdedels")):
        return half.split(" ", 1)[1]  # "en 1/4 timme" -> "en kvarts timme", one article
    return half


# "1/100 sekund", "3/1000 sekund": a fine part before the measure it divides (session 52, normalize207: it was read
# "ett ett noll noll", the date and fraction patterns take a denominator of two digits at most).
FRACTION_FINE = re.compile(
    r"(?<![\w/.,])(?P<d>\d{1,2})/(?P<m>100|1000)(?:\s(?=(?P<w>[a-zåäö]+)\b)|(?=\s*[,.;:!?)]|\s*$))")
# The words after a hundredth alone, a gap ("bara 1/100 före Ek": session 58, normalize374; it was "ett ett noll noll").
_GAP_WORDS = frozenset({"före", "efter", "bakom"})


def fraction_fine(m: re.Match[str]) -> str | None:
    d, mo, w = int(m.group("d")), int(m.group("m")), m.group("w")
    if not 0 < d < mo:
        return None
    if w is None or w in _GAP_WORDS:  # no noun after it: the part alone, "en hundradel"
        return f"{cardinal(d, 'en')} {fraction_denominator(mo, d > 1)}" + (" " if w else "")
    return fraction_before_noun(d, mo, w) + " " if w in FRACTION_MEASURE_NOUNS else None


def fraction_unit(m: re.Match[str]) -> str | None:
    d, mo = int(m.group("d")), int(m.group("m"))
    if not 0 < d < mo <= 16:
        return None
    one, _many, gender = UNITS_OF_MEASURE[m.group("u")]
    if (d, mo) == (1, 2):
        return article_written(f"{'ett halvt' if gender == 'ett' else 'en halv'} {one}", prev_words(m))
    # "tre fjärdedels deciliter": the part is a genitive before the unit
    return f"{cardinal(d, gender)} {fraction_denominator(mo, False)}s {one}"


def part_said(d: int, mo: int, before: list[str]) -> str:
    """ "1/3" -> "en tredjedel", "2/3" -> "två tredjedelar"; after its
    written article ("minskade med en 1/3") one part says no second "en":
    "en tredjedel", not "en en tredjedel"."""
    denominator = fraction_denominator(mo, d > 1)
    if d == 1 and before[-1:] == ["en"]:
        return denominator
    if (d, mo) == (1, 2):
        return "hälften"  # "medan 1/2 är åker": a half of a whole, no noun after it
    return f"{cardinal(d, 'en')} {denominator}"


_PART_WORDS = ("del", "hälften", "halv")


def slash_class(said: str, before: list[str] | None = None) -> str:
    """The class ``--explain`` names for what "d/m" was read as: "episode"
    ("del sex av åtta", "avsnitt 3/10"), "fraction" ("två tredjedelar"),
    "score" ("fyra av fem", "nitton av tjugo") or "date"."""
    if said.startswith("del ") or (" av " in said and before and before[-1] in EPISODE_BEFORE):
        return "episode"
    if any(w in said for w in _PART_WORDS):
        return "fraction"
    return "score" if " av " in said else "date"


# Two pairs joined by "resp." ("PP: 2/5 resp. 1/3", "vann 3/4 resp. 2/4 av dueller"): the same kind of thing.
_RESP_AFTER = re.compile(r"\s(?:resp\.?|respektive)\s(?=\d{1,2}/\d{1,2}(?![\d/]))")
_RESP_BEFORE = re.compile(r"(?<![\w/.,])\d{1,2}/\d{1,2}\s(?:resp\.?|respektive)\s$")
_SAID_OUT_OF_BEFORE = re.compile(rf"\b{SAID_NUMBER} av {SAID_NUMBER}\s(?:resp\.?|respektive)\s$")  # said by now


def _resp_partner(pattern: re.Pattern[str], fn: Replacer, m: re.Match[str], out: str | None) -> str | None:
    """A pair read as a date, or left unread, whose partner across "resp." is a score or a part is read as its
    partner is: "PP: 2/5 resp. 1/3" -> "två av fem respektive ett av tre" (it was "första mars"; session 61,
    normalize427). Risk: two dates so joined stay dates; a date with its year or weekday is never re-read."""
    if m.group("y") or m.group("wd") or out is not None and slash_class(out) != "date":
        return out  # (a pair left unread, "21/25", is read as its partner too)
    if _SAID_OUT_OF_BEFORE.search(m.string, max(0, m.start() - 80), m.start()):
        kind = "score"  # "Skott tolv av fyrtio resp. 9/35": the partner read out of by an earlier rule (``sportnotes``)
    else:
        if after := _RESP_AFTER.match(m.string, m.end()):
            pm = pattern.match(m.string, after.end())
        elif before := _RESP_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
            pm = pattern.match(m.string, before.start())
        else:
            return out
        other = fn(pm) if pm is not None else None
        kind = slash_class(other) if other else "date"
    d, mo = int(m.group("d")), int(m.group("m"))
    if kind == "score":
        return f"{cardinal(d)} av {cardinal(mo)}"
    if kind == "fraction" and 0 < d < mo:
        return f"{cardinal(d, 'en')} {fraction_denominator(mo, d > 1)}"
    return out


def sub_slash(pattern: re.Pattern[str], fn: Replacer, text: str, trace: Trace | None) -> str:
    """``machinery.sub`` for the slash rule: each change is recorded under
    the class its reading chose (``slash_class``). A pair's partner across
    "resp." lends it its class (``_resp_partner``)."""

    def repl(m: re.Match[str]) -> str:
        out = fn(m)
        if " resp" in m.string:
            out = _resp_partner(pattern, fn, m, out)
        if out is None:
            return m.group(0)
        if trace is not None:
            trace.change(m.group(0).strip(), out.strip(), slash_class(out, prev_words(m)))
        return out

    return pattern.sub(repl, text)


# "2/3-majoritet", "1/2-tid", "1/4-final": a part joined to a noun by a
# hyphen is the first part of a compound, never a date.
FRACTION_COMPOUND = re.compile(
    rf"(?<![\w/.,])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})-(?=(?:{alternation(PART_COMPOUND_HEADS)}))"
)
_COMPOUND_PARTS = {(1, 2): "halv", (1, 4): "kvarts", (3, 4): "trekvarts"}


def fraction_compound(m: re.Match[str]) -> str | None:
    """ "2/3-majoritet" -> "tvåtredjedelsmajoritet", "1/2-tid" -> "halvtid",
    "1/4-final" -> "kvartsfinal", "1/8-final" -> "åttondelsfinal" (the part
    closes up with its noun, as Swedish writes the compound; class
    "fraction"). Risk: only before a head of PART_COMPOUND_HEADS; a date
    before such a head ("1/5-dagen") is read as a part."""
    d, mo = int(m.group("d")), int(m.group("m"))
    if not 0 < d < mo <= 64:
        return None
    if (d, mo) in _COMPOUND_PARTS:
        return _COMPOUND_PARTS[(d, mo)]
    return f"{cardinal(d, 'en') if d > 1 else ''}{fraction_denominator(mo, False)}s"


_CLOCK_BEFORE = re.compile(r"\b(?:[01]?\d|2[0-4])[.:][0-5]\d\b")
# "(GD 3/5)", "(SvD 12/4)": a paper's name in capitals opening the brackets before the date.
_SOURCE_BEFORE = re.compile(r"\((?:[A-ZÅÄÖ]{2,5}|[A-ZÅÄÖ][a-zåäö]{1,3}[A-ZÅÄÖ]{1,2})\s$")


# "11/12 rätt", "7/10 rätta svar": right answers out of the questions, not a date or a part.
_RIGHT_AFTER = re.compile(r"\s(?:rätt|rätta|korrekta)\b")
# A plural noun right after the pair, the thing a part of a whole counts ("33/42 liftar").
_PLURAL_AFTER = re.compile(r" ([a-zåäö]{3,}(?:ar|er|or))\b")


def out_of_series(m: re.Match[str], d: int, mo: int, before: list[str]) -> str | None:
    """ "d/m" as one out of a whole or a source's date, by the words around
    it: after a floor's or an episode's label (FLOOR_BEFORE, EPISODE_BEFORE)
    "vån 2/4" -> "två av fyra", "avsnitt 3/10" -> "tre av tio"; before
    "rätt" answers out of questions ("hade 11/12 rätt"); in brackets
    after a title in a TV listing (a word of TV_LINE_STEMS and a clock time
    before it in the line) "(6/8)" -> "del sex av åtta"; in brackets after a
    paper's name "(GD 3/5)" the date, "tredje maj", whatever a rating word
    earlier in the sentence ("Ge oss ...") says; in brackets after a thread's post, "inlägg (1/7)" -> "ett av sju";
    a whole above twelve (no month's) before the plural noun it counts, after a word that opens a count
    (SHARE_OPENERS), "och 33/42 liftar" -> "trettiotre av fyrtiotvå".
    None: the slash rule goes
    on. Risk: a date in brackets after a programme's name in a listing
    ("Rapport (3/5)") is read as an episode."""
    if m.group("y") or m.group("wd"):
        return None
    s = m.string
    if 0 < d <= 31 and 0 < mo <= 12 and _SOURCE_BEFORE.search(s, max(0, m.start() - 8), m.start()):
        return f"{ordinal(d)} {MONTHS[mo - 1]}"
    if not 0 < d <= mo:
        return None
    if (before and (before[-1] in FLOOR_BEFORE or before[-1] in EPISODE_BEFORE)) or _RIGHT_AFTER.match(s, m.end()):
        return f"{cardinal(d)} av {cardinal(mo)}"  # "vån 2/4", "hade 11/12 rätt": right answers out of questions
    if mo > 12 and (noun := _PLURAL_AFTER.match(s, m.end())) and noun.group(1) not in NOT_COUNTED_PLURALS and (
            not before or before[-1] in SHARE_OPENERS or s[: m.start()].rstrip().endswith((",", ";", ":"))):
        return f"{cardinal(d)} av {cardinal(mo)}"  # "och 33/42 liftar i drift": no month's whole (session 60)
    bracketed = s[m.start() - 1 : m.start()] == "(" and s.startswith(")", m.end())
    if bracketed and _CLOCK_BEFORE.search(s, 0, m.start()) and any(w in s.lower() for w in TV_LINE_STEMS):
        return f"del {cardinal(d)} av {cardinal(mo)}"
    if bracketed and before and before[-1] in _THREAD_WORDS:
        return f"{cardinal(d)} av {cardinal(mo)}"  # "Trådens första inlägg (1/7)": a post of a thread (session 53)
    return None


_THREAD_WORDS = frozenset({"inlägg", "inlägget", "tråd", "tråden", "tweet", "tweeten", "del", "delen"})


_UNIT_AFTER = re.compile(r"\s(\w+)(?=\.?(?:\s|$|[,;)]))")  # a word, not the "p" of "p.g.a."
_UNIT_WORDS = frozenset(u.rstrip(".") for u in UNITS_OF_MEASURE) | frozenset(FRACTION_MEASURE_NOUNS)
_DATE_AFTER_DASH = re.compile(r"\s?[–-]\s?(?:[1-9]|[12]\d|3[01])/(?:[1-9]|1[0-2])(?![\d/])")
_DATE_BEFORE_DASH = re.compile(r"(?<![\d/])(?:[1-9]|[12]\d|3[01])/(?:[1-9]|1[0-2])\s?[–-]\s?$")


def dated_span_side(m: re.Match[str], month: int) -> bool:
    """Is this day and month (no year, no weekday) one side of a span of two dates with a dash, "23/9–6/10"?
    Then both are dates, whatever stands around them ("buss 23/9–6/10 p.g.a. banarbete" was "tjugotre och
    nio" after the route word and "sex tiondelar" before a small word). Risk: a span of two fractions
    ("1/4–1/2") is read as dates; a route pair before a dashed date ("väg 34/35") keeps its months over 12.
    A day and month before "av" and who held a service (OFFICIANTS: "döptes i Vena kyrka 1/3 av präst Anna
    Berg") is a date too, not a part of something; so is one before "av" that opens no whole (:func:`_dated_before_av`)."""
    if m.group("y") or m.group("wd") or not 1 <= month <= 12:
        return False
    if " av " in m.string and (_OFFICIANT_AFTER.match(m.string, m.end()) or _dated_before_av(m, month)):
        return True  # "döptes 1/3 av präst Anna Berg": a family notice's date and who held the service
    after = _DATE_AFTER_DASH.match(m.string, m.end())
    if not after and not _DATE_BEFORE_DASH.search(m.string, max(0, m.start() - 9), m.start()):
        return False
    unit = _UNIT_AFTER.match(m.string, after.end() if after else m.end())
    return not (unit and unit.group(1) in _UNIT_WORDS)  # "1/4–1/2 tsk salt": parts of a measure


_SHOT_WORDS = alternation(list(SHOT_BEFORE))
_SHOT_COMPOUND_BEFORE = re.compile(rf"(?i)\b(?:{_SHOT_WORDS})-\w+\s+(?:\w+\s+)?$")
# (or a kind of attempt as a compound's tail: "4/7 i trepoängsskytte", session 60, normalize406: "fjärde juli")
_SHOT_AFTER = re.compile(rf"(?i)\s+(?:i|på|av)\s+(?:{_SHOT_WORDS}|(?-i:[a-zåäö]*(?:{alternation(ATTEMPT_TAILS)})))\b"
                         r"|\s+från\s+(?:trepoängslinjen|straffpunkten|straffmärket|straffkastlinjen|fältet)\b")  # (s63)
# "träffade Maria Rudin 47/48": the shooter named between the verb and the hits (the subject after its verb).
_SHOT_NAME_BEFORE = re.compile(rf"\b(?:{_SHOT_WORDS})\s+[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+)?\s+$")
# A match's score said earlier in the paragraph ("Sverige–Norge 28–26": "tjugoåtta mot tjugosex" by now).
_SAID_SCORE = re.compile(SAID_SCORE)
# Nouns of shots and penalties that make a sentence about a match too ("gjorde 9/11, varav 4 på straff", session 55).
_SHOT_NOUNS = frozenset("straff straffar straffkast skott skotten försök försöken".split())


def _led(m: re.Match[str]) -> bool:
    """A lead's verb among the clause's five words before "med" ("leder med", "leder Anna Cramling med")."""
    return any(w in LEAD_VERBS for w in prev_words(m, 5, sentence=True))


_LEAD_END = re.compile(r"\s?(?:[.,;:)]|$|(?:p|poäng|före|efter|och)\b)")


def shots_of(m: re.Match[str]) -> bool:
    """Is "d/m" hits out of attempts: a word of SHOT_BEFORE among the two words before it ("sköt 19/20", "powerplay
    2/5"), opening a compound there ("Powerplay-statistiken visar 0/6"), or after "i", "på" or "av" right after it
    ("hade 2/5 i powerplay", was "andra maj"), or after a lead's verb and "med" ("leder med 5/6")? So after a verb of any doing (TALLY_VERBS: "gjorde 8/10") in a sentence
    with a word of a match. Risk: a date before "i straffar" is read as a count."""
    before = [b.rstrip(":") for b in prev_words(m, 2)]
    if any(b in SHOT_BEFORE for b in before) or before[-1:] == ["med"] and _led(m) and _LEAD_END.match(
            m.string, m.end()):
        return True  # ("leder med 5/6": points out of the rounds, session 61; not "ledde med 1/10 sekund")
    if before == ["på", "mål"] and prev_words(m, 3)[0] in SHOT_BEFORE:
        return True  # "Skott på mål 14/38": shots on goal (session 61)
    if before[-1:] and before[-1] in TALLY_VERBS and (
            (words := sentence_words(m)) & (SCORE_CONTEXT - TALLY_VERBS | _SHOT_NOUNS) or _score_before(m)
            or any(w.startswith("match") for w in words)):
        # "Gottfridsson gjorde 8/10" in a sentence about a match (TALLY_VERBS), or after its score; a match word in
        # any form ("gjorde 9/11 och var matchens bästa spelare", session 56, normalize291)
        return True
    if _SHOT_NAME_BEFORE.search(m.string, max(0, m.start() - 50), m.start()) and (
            not (1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12) or sentence_words(m) & SCORE_CONTEXT):
        return True  # "träffade Maria Rudin 47/48" (session 55, normalize274; "träffade Anna 3/5 på stan" is a day)
    return bool(_SHOT_COMPOUND_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
                or _SHOT_AFTER.match(m.string, m.end()))


def _score_before(m: re.Match[str]) -> bool:
    """Was a match's score said earlier in the paragraph ("Sverige–Norge 28–26 (14–13) i handbolls-EM; Eric
    Johansson gjorde 9/11": "nio av elva", session 55, normalize270; it was the ninth of November)?"""
    start = max(m.string.rfind("\n", 0, m.start()) + 1, m.start() - 300)
    return _SAID_SCORE.search(m.string, start, m.start()) is not None


_OFFICIANT_AFTER = re.compile(rf" av (?i:{alternation(OFFICIANTS)})\b")
_AV_AFTER = re.compile(r" av (\S+)")
_WHOLE_OPENERS = frozenset("de dem dessa alla samtliga hela våra era deras sina mina dina oss er varje".split())
"""Words opening the whole a part is taken of ("2/3 av de tillfrågade", "1/3 av dem", "3/4 av alla")."""


def _dated_before_av(m: re.Match[str], month: int) -> bool:
    """Is "d/m" before "av" a date, the agent or the cause after it ("invigdes 15/9 av rektor Eva Lund", "avgick
    1/9 av hälsoskäl", "överlämnades 9/12 av klubbens ordförande"), not a part of a whole? A part before "av" is
    proper (a day at least its month is none: "15/9", "9/9") and, in the evaluation set's 90 parts before "av",
    always in halves to fifths ("2/3 av eleverna", "1/4 av budgeten"). So from a sixth on, a day and month before
    "av" is a date unless a whole follows: a word opening one (:data:`_WHOLE_OPENERS`), a number, or a plural in
    the definite form ("5/6 av eleverna"). Risk: a part in sixths or smaller of a thing in the singular ("7/8 av
    budgeten") is read as a date."""
    after = _AV_AFTER.match(m.string, m.end())
    if after is None:
        return False
    day = int(m.group("d"))
    if day >= month:
        return day <= 31
    whole = after.group(1).rstrip(".,;:!?")
    return month >= 6 and not (whole.lower() in _WHOLE_OPENERS or whole[:1].isdigit() or (
        whole.islower() and whole.endswith("na")))  # "Anna" is a name


_PART = r"(?:[1-9]/(?:[2-9]|1[0-6])|[½⅓⅔¼¾⅕⅛⅒])"
_FRACTION_SPAN_UNITS = sorted(set(UNITS_OF_MEASURE) | FRACTION_MEASURE_NOUNS, key=len, reverse=True)
# "1/4–1/2 tsk", "½–1 dl", "1/2-1 timme": two amounts of a measure with a dash, the first a part.
FRACTION_SPAN = re.compile(
    rf"(?<![\w/.,])(?:(?P<w>[1-9]\d?)(?:\s|(?=[½⅓⅔¼¾⅕⅛⅒])))?(?P<a>{_PART})\s?[–-]\s?(?P<b>{_PART}|[1-9]\d?(?![\d/,]))\s"
    rf"(?P<u>{alternation(_FRACTION_SPAN_UNITS)})(?![\w²³/]|\.\w)"
    r"(?:(?<=[a-zåäö])\.(?=\s+[a-zåäö0-9]|[,;:)]))?"  # "2 tim. och": the unit's stop, no sentence's end
)


def _part_of(written: str) -> tuple[int, int] | None:
    if written in FRACTIONS:
        return FRACTIONS[written]
    d, mo = (int(x) for x in written.split("/"))
    return (d, mo) if 0 < d < mo else None


def _part_before(d: int, mo: int, gender: str) -> str:
    """A part said before its measure: "en halv", "ett halvt", "en fjärdedels", "tre fjärdedels"."""
    if (d, mo) == (1, 2):
        return "ett halvt" if gender == "ett" else "en halv"
    return f"{cardinal(d, 'en')} {fraction_denominator(mo, False)}s"


def fraction_span(m: re.Match[str]) -> str | None:
    """ "1/4–1/2 tsk" -> "en fjärdedels till en halv tesked", "½–1 dl" -> "en
    halv till en deciliter", "1 ½–2 timmar" -> "en och en halv till två timmar" (a whole before the part, session
    28) (class "range": each side an amount of the
    measure, the unit said once after the second; it was read as a date,
    "första april–", or a score, "en halv mot ett"). Risk: a date span
    before a word that is also a unit ("1/2–3/4 l" stays a measure: "l" is
    litres)."""
    a = _part_of(m.group("a"))
    if a is None:
        return None
    u = m.group("u")
    one, many, gender = UNITS_OF_MEASURE[u] if u in UNITS_OF_MEASURE else (u, u, "ett" if is_ett_noun(u) else "en")
    b_written = m.group("b")
    whole = m.group("w")
    if whole and (not b_written.isdigit() or "/" in m.group("a")):
        return None  # "1 ½–2 ¼ dl", "2 1/2–3": left to the mixed numbers' rules
    if b_written.isdigit():
        n = int(b_written)
        first = f"{cardinal(int(whole), gender)} och {_part_before(*a, gender)}" if whole else _part_before(*a, gender)
        return f"{first} till {cardinal(n, gender)} {one if n == 1 and not whole else many}"
    b = _part_of(b_written)
    if b is None:
        return None
    return f"{_part_before(*a, gender)} till {_part_before(*b, gender)} {one}"


_VULGAR = re.compile(r"[½⅓⅔¼¾⅕⅛⅒]")
_SPAN_GATE = re.compile(r"[/½⅓⅔¼¾⅕⅛⅒](?:(?<=/)\d\d?|(?<=[½⅓⅔¼¾⅕⅛⅒]))\s?[–-]")  # a part's end and a dash: the cheap test before the two rules
# "1/2–3/4 av väljarna": two parts with a dash, of a whole after them.
_PART_SPAN_OF = re.compile(rf"(?<![\w/.,])(?P<a>{_PART})\s?[–-]\s?(?P<b>{_PART})(?= av\s)")


def _part_span_of(m: re.Match[str]) -> str | None:
    """ "1/2–3/4 av väljarna" -> "hälften till tre fjärdedelar av väljarna" (not two dates). Risk: only
    the common parts (halves, thirds, quarters) and not after a word of dates ("den", "från"); a span of
    dates before "av" a name ("visas 1/4–3/4 av Konsthallen") is read as parts."""
    a, b = _part_of(m.group("a")), _part_of(m.group("b"))
    if a is None or b is None or a not in _COMMON_PARTS or b not in _COMMON_PARTS:
        return None
    if prev_words(m)[-1:] in (["den"], ["från"], ["mellan"]):
        return None
    return f"{part_said(*a, [])} till {part_said(*b, [])}"


def fraction_spans(text: str, trace: Trace | None = None) -> str:
    """Spans of parts before a measure ("1/4–1/2 tsk", see ``fraction_span``) or of a whole ("1/2–3/4 av").

    Risk: a span of two dates before a unit's word or before "av" is read as parts (see the helpers)."""
    if ("/" not in text and not _VULGAR.search(text)) or not _SPAN_GATE.search(text):
        return text
    text = sub(_PART_SPAN_OF, _part_span_of, text, trace, "fraction") if " av " in text else text
    return sub(FRACTION_SPAN, fraction_span, text, trace, "range")
