"""The machinery every rule shares: the rule type, the substitution that
records what changed, the number patterns, and the helpers that look at the
words around a match (gender of the noun after a number, the words before).

What is *not* here: the rules themselves (one module per domain beside this
one) and the tables they read (``speech/data/``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..data.admin import CASE_LABELS
from ..data.noun_genders import PART_OF_WORDS
from ..data.nouns import (
    COUNTING_FORM_NOUNS,
    ELIDED_COUNT_BEFORE,
    ELIDED_OBJECT_VERBS,
    ELIDED_SUBJECT_VERBS,
    LABEL_NOUNS,
    MAGNITUDE_NOUNS,
    NOT_NOUN,
    PLURAL_ADJECTIVE_ENDINGS,
    PLURAL_ADJECTIVES,
    VERBS_AFTER_SHARE,
)
from ..data.number_words import NUMBER_NOUNS, ROMAN_VALUES, SIGN_WORDS, YEAR_WORD_HEADS
from ..data.quantities import CURRENCIES, UNITS_OF_MEASURE
from ..data.words import LETTER_NAMES
from ..numbers import cardinal, decimal, digits
from ..report import Trace
from .genders import is_bare_genitive, noun_gender, participle_gender, share_noun_before, singular_gender
from .syllables import pronounceable as pronounceable
from .syllables import short_word as short_word

SpeechRule = Callable[[str, Trace | None], str]
"""A rule: the line and an optional trace in, the rewritten line out.

Named apart from ``audiocast.ingest.rules.Rule`` (a boilerplate pattern)."""

Replacer = Callable[[re.Match[str]], str | None]
"""What a rule does with one match: the spoken words, or None to keep it."""

INT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?!\d|\.\d)|\d+"
"""A whole number, with or without thousands separators ("21 000", "21.000")."""
NUM = rf"(?:{INT})(?:,\d+)?"
"""A whole number or a decimal with a Swedish comma."""
SIGN = r"(?=[-–−+\d])(?P<sign>(?<![\w.,])[-–−+](?=\d))?"
"""An optional sign right before a number (group ``sign``). Every pattern
that opens with it goes on with a number, so a match starts at a sign or a
digit: the lookahead says so first, and every other position fails at once
(an optional group first is otherwise tried in full at every position)."""
START = r"(?<![\w,.:/])"
"""A number starts here: not inside a word, a decimal, a time or a path."""
NUM_REST = r"(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d{0,2}(?:\.\d{3})+(?!\d|\.\d)|\d*)(?:,\d+)?"
"""NUM after its first digit: ``rf"\\d(?<![\\w,.:/]\\d){NUM_REST}"`` is START then NUM with the
lookbehind after the first digit (widened by it: the same test), so re scans fast for a digit
instead of trying the lookbehind at every position of the line."""

_WORD_AFTER = re.compile(r"[\s\u00a0]*([A-Za-zÅÄÖåäöéüÉ]+)")
_LOOK_BACK = 160
_NEAR = 48  # prev_words looks this far back first (most matches need a word or two)
_NEAR_ONE = 20  # and this far for one word (most words before a match are shorter)
"""How far back (in characters) the helpers look for the words before a match."""
_AV_ENDS = re.compile(r"\s+av\s+\d{1,3}(?:\s\d{3})*\s*(?:[.;:!?)]|,\s|$)")  # "drygt 1 av 25.": nothing counted after
_COUNTED_AFTER_AV = re.compile(r"\s+av\s+(?:(?:de|dessa|alla)\s+)?(?:\d{1,3}(?:\s\d{3})*\s+)?([a-zåäö]+)(?:\s+([a-zåäö]+))?")
_WORD_BEFORE = re.compile(r"[\wÅÄÖåäö:.]+")
_NON_DIGIT = re.compile(r"\D")
_NUMBER_SEPARATORS = re.compile(r"[ \u00a0\u202f.]")
_DIGITS_OR_LETTER = re.compile(r"\d+|[^\d]")
_SENTENCE_GOES_ON = re.compile(r"\s+(?:[A-ZÅÄÖ](?![,;)])|[–-](?!\s[a-zåäö\d]))")
"""What opens a new sentence after an abbreviation's stop: a capital (not a letter standing alone before a comma:
"uppg. A, och" is an entrance's letter, session 32), a dash not before small letters or a number ("etc. – allt", "6 nov. – 393 år" go on)."""
_NAMED_LETTERS = frozenset(LETTER_NAMES[c] for c in "abcdefghjklmnpqrstvwxz")
"""A letter said after a number ("14 be", a line's "1 eks") leaves the number's counting form: it names, counts
nothing (session 45, normalize152: "Röd express 1X" was "en eks"). Not the letters whose names are words too ("i",
"o", "u", "y")."""
_CANONICAL_TENS = ("", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX")
_CANONICAL_ONES = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")

# --- substitution and trace --------------------------------------------------


def sub(pattern: re.Pattern[str], fn: Replacer, text: str, trace: Trace | None, rule: str, pos: int = 0) -> str:
    """Replace every match of ``pattern`` by ``fn(match)``; None keeps the match.
    Each replacement is recorded in ``trace`` under the category ``rule``.

    Most calls find no match (a rule's patterns run on every line its gate lets through): one search answers them,
    without making the replacement function or running re's substitution (about half the cost of a call that finds
    nothing). A line with a match is scanned on from that match (``finditer`` from its start: the matches
    ``pattern.sub`` finds, the lookbehinds still seeing the line before it), not searched from its start again: re's
    slowest patterns cost most per character scanned. ``pos``: where the caller knows the first match is, or before it
    (the line before it still looked behind)."""
    first = pattern.search(text, pos)
    if first is None:
        return text
    parts: list[str] = []
    last = 0
    for m in pattern.finditer(text, first.start()):
        out = fn(m)
        start, end = m.span()
        if out is None:
            out = text[start:end]
        elif trace is not None:
            trace.change(m.group(0).strip(), out.strip(), rule)
        parts.append(text[last:start])
        parts.append(out)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


Trie = dict[str, "Trie"]


def trie_alternation(words: list[str]) -> str:
    """The regex alternation of ``words`` as a trie ("t.ex." and "t.o.m." share "t\\."): the same matches as
    :func:`alternation` (the longest word whose lookahead holds), found without trying hundreds of words at every
    position of a line."""
    trie: Trie = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: Trie) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # a word ends here: the longer words first (greedy), then this one
            return f"(?:{body})?"
        return body

    return build(trie)


def word_start(words: Iterable[str], before: str = r"\w") -> str:
    """``(?<![before])(?:w1|w2|...)``: the alternation of literal ``words`` (longest first) not right after a character
    of the set ``before``, written as one branch per first character with the lookbehind after it. The same matches,
    found faster: re scans for a pattern's first characters only when it opens with them, and tries a pattern that
    opens with an assertion in full at every position of the line.

    >>> bool(re.search(word_start(["tis", "ons"]), "på tis"))
    True
    >>> bool(re.search(word_start(["tis", "ons"]), "artis"))
    False
    """
    return "(?:" + "|".join(word_start_branches(words, before)) + ")"


def word_start_branches(words: Iterable[str], before: str = r"\w", after: str = "") -> list[str]:
    """The branches of :func:`word_start`, each followed by ``after``: joined by "|" at the top of a
    pattern, every branch opens with its literal and re scans fast for the first characters (a group
    of them followed by more pattern opens with a group, and is tried at every position)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, rests in by_first.items():
        c = re.escape(first)
        tail = alternation(rests)  # longest first, as the whole alternation orders them
        branches.append(f"{c}(?<![{before}]{c})" + (f"(?:{tail})" if tail else "") + after)
    return branches


def last_first(words: Iterable[str]) -> str:
    """A pattern found in a line where one of the literal ``words`` is in it (a gate's test, its match not the word):
    each word's last character first, the word itself looked behind from there (``\\.(?:(?<=ret\\.|avg\\.)|(?<=port\\.))``).
    re scans fast for a few last characters ("." of clipped words) where an alternation of words is tried everywhere.

    >>> bool(re.search(last_first(["avg.", "port."]), "3 avg. i dag"))
    True
    >>> bool(re.search(last_first(["avg.", "port."]), "avgång. Port"))
    False
    """
    by_last: dict[str, dict[int, list[str]]] = {}
    for w in words:
        by_last.setdefault(w[-1], {}).setdefault(len(w), []).append(w)
    branches = []
    for last, by_len in by_last.items():
        behind = "|".join(f"(?<={'|'.join(re.escape(w) for w in sorted(ws))})" for _, ws in sorted(by_len.items()))
        branches.append(f"{re.escape(last)}(?:{behind})")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

# --- numbers as written --------------------------------------------------------

_ANY_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Is a digit in the line (what ``\\d`` finds: any Unicode decimal digit)? The ten ASCII
    digits by "in" (a C-level scan each, several times faster than re's class test at every
    character); a line with none of them holds another decimal digit only past U+00FF (Latin-1
    has none but 0-9), so only a line that does not encode to Latin-1 is searched.

    >>> has_digit("kl. 9"), has_digit("Mötet är i morgon."), has_digit("Sida \u0663"), has_digit("–")
    (True, False, True, False)
    """
    if ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text or "6" in text
            or "7" in text or "8" in text or "9" in text):
        return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _ANY_DIGIT.search(text) is not None
    return False



def to_int(s: str) -> int:
    """The digits of ``s`` as one number: "21 000" -> 21000."""
    return int(_NON_DIGIT.sub("", s))


def is_one(s: str) -> bool:
    """Is the written number exactly one ("1", not "1,5" or "21")?"""
    return _NON_DIGIT.sub("", s) == "1"


def split_of_hundred(a: str, b: str) -> bool:
    """Two decimals, the greater first, making a hundred ("52,4–47,6"): the shares of a vote or a poll, a split said
    "mot", not a range (session 52, normalize209)."""
    if "," not in a or "," not in b:
        return False
    x, y = (float(n.replace(" ", "").replace(",", ".")) for n in (a, b))
    return x > y and abs(x + y - 100) < 0.01


def sign_word(m: re.Match[str]) -> str:
    """ "minus "/"plus " for the ``sign`` group of a match, or ""."""
    return SIGN_WORDS.get(m.group("sign") or "", "")


SCORE_DASH = " mot "
"""What joins a score's two numbers and a match's two teams in the spoken text: "mot" ("tre mot ett", "Brynäs mot
Skellefteå"), since session 54. Sessions 17-53 kept the en dash, silent ("tre–ett"), on the writers' first
readings; counted as what the writers accept, "mot" reads more rows right: of the evaluation set's 1,144 rows with
a score, the writers' own readings accept "mot" in 766, the dash in 332 and a space in 409; over the session's 35
fresh sets the opened rows read right went from 4,941 to 4,995 of 5,250 (words: 5,072 to 5,071). Said before an
opponent's own "mot" too ("förlorade ett mot fyra mot Västerås": of the two readings this one read 3 more rows of
the fresh sets right). A council's vote says "mot" as well (``data/sport.VOTE_WORD``). A score heading a compound
keeps the dash ("två–noll-segern"). Risk: a later rule reading number words joined by "mot" as something else:
``word_ranges`` runs before the scores, so none sees these."""


SECOND_SPAN_AFTER = re.compile(r"(?:\s?[^\W\d]{1,9}\.?)?\s?(?:,|\s(?:och|samt|eller))\s(?:(?:kl\.|klockan)\s?)?"
                               r"(?:\d+(?:[.:,]\d+)*\s?[–-]\s?\d|[a-zåäö]+ till [a-zåäö])")
"""What follows the first of two spans that "mellan" governs, matched right after its second number: "och" or a
comma and another span ("mellan kl. 7–9 och 15–18", "mellan 10–12, 13–16"). Two windows, each said with "till":
"mellan sju och nio och femton till arton" would join the wrong numbers (session 51, normalize188)."""


def say_score(a: str, b: str) -> str:
    """Two sides of a score or two teams, said: "två mot ett", "Djurgården mot Hammarby" (:data:`SCORE_DASH`)."""
    return f"{a}{SCORE_DASH}{b}"


def compound_score(a: int, b: int) -> str:
    """A score heading a compound, its dash kept ("en 2–1-seger" -> "två–ett-seger": 11 of 13 writers who kept a mark
    there wrote the dash; "två mot ett-seger" joins no word), the head read on by the caller (session 54)."""
    return f"{cardinal(a)}–{cardinal(b)}"


def score_said(m: re.Match[str], a: int, b: int) -> str:
    """A score's pair, the match ``m`` ending where the pair does: "a mot b" ("förlorade 2–3 mot Brynäs" -> "två
    mot tre mot Brynäs"; "vann 3–1" -> "tre mot ett"; see :data:`SCORE_DASH`)."""
    return say_score(cardinal(a), cardinal(b))


@lru_cache(maxsize=4096)  # pure: the same written numbers come back line after line
def say_number(s: str, gender: str = "ett", agree: bool = False) -> str:
    """A written number ("21 000", "3,5", "007") in words; with ``agree`` a
    decimal's last one agrees with the noun too (see ``numbers.decimal``)."""
    s = _NUMBER_SEPARATORS.sub("", s)
    if "," in s:
        whole, frac = s.split(",", 1)
        return decimal(int(whole or "0"), frac, gender, agree)
    if len(s) > 1 and s.startswith("0"):
        return digits(s)
    if len(s) > 15:
        return digits(s)
    return cardinal(int(s), gender)


def number_noun(n: int, definite: bool = True) -> str:
    """The noun of a number: 4 -> "fyran", 96 -> "nittiosexan", 20 ->
    "tjugan" (a final o of the tens gives way to the ending), 45 ->
    "fyrtiofemman" (the ones' own noun), 18 -> "artonan", 900 -> "niohundran"; not ``definite``, its indefinite
    form without the "n": "femma", "sjuttiofyra", "tvåhundrafyrtia" ("en 67:a", "delad T4", "en Saab 9-5:a")."""
    if not definite:
        return number_noun(n).removesuffix("n")
    if n in NUMBER_NOUNS:
        return NUMBER_NOUNS[n]
    if 100 <= n < 1000:  # "900:an" -> "niohundran", "142:an" -> "hundrafyrtiotvåan"
        return cardinal(n) + "n" if n % 100 == 0 else cardinal(n - n % 100) + number_noun(n % 100)
    if 20 < n < 100 and n % 10:
        return cardinal(n - n % 10) + NUMBER_NOUNS[n % 10]
    return cardinal(n).removesuffix("o") + "an"


def point_part(n: str) -> str:
    """Seconds or hundredths after minutes (a race time), centimetres after metres (a jump's "6.42"): "07" -> "noll
    sju", "40" -> "fyrtio"; thousandths (a lap in motor sport, "1.19,327") digit by digit, "tre två sju"."""
    if len(n) == 3:
        return digits(n)
    return f"noll {cardinal(int(n))}" if len(n) == 2 and n[0] == "0" and n != "00" else cardinal(int(n))


def definite_n(word: str) -> str:
    """A number's word with the definite ending written ":n" ("Volvo 240:n", "V70:n"): "n" after a
    vowel ("tvåhundrafyrtion", "sjuttion"), "en" after a consonant ("tusenen")."""
    return word + ("n" if word[-1:] in "aeiouyåäö" else "en")


def roman_value(s: str) -> int | None:
    """The value of a Roman numeral, or None if it is not a canonical one."""
    total = 0
    for i, c in enumerate(s):
        v = ROMAN_VALUES[c]
        if i + 1 < len(s) and ROMAN_VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if not 0 < total < 90:
        return None
    # canonical spelling only (rules out "IIII", "VX" ...)
    return total if _CANONICAL_TENS[total // 10] + _CANONICAL_ONES[total % 10] == s else None


def is_roman(s: str) -> bool:
    """Is ``s`` a canonical Roman numeral below 90?"""
    return bool(s) and set(s) <= set(ROMAN_VALUES) and roman_value(s) is not None


# --- the words around a match --------------------------------------------------


def next_word(m: re.Match[str], skip: int = 0, noun: bool = False) -> str:
    """The word right after a match, as written, or "" if none follows. With ``noun``, past a participle in
    -ande/-ende to the noun it stands before ("ev. kvarvarande platser" -> "platser"; ``genders.participle_gender``)."""
    pos, word = m.end(), ""
    for _ in range(skip + 1):
        w = _WORD_AFTER.match(m.string, pos)
        if not w:
            return ""
        pos, word = w.end(), w.group(1)
    if noun and word.lower().endswith(("ande", "ende")) and (after := _WORD_AFTER.match(m.string, pos)):
        nxt = after.group(1)  # a plural in -er is a noun here too ("ev. kvarvarande platser"), not a verb
        if participle_gender(word.lower(), nxt) is not None or (nxt.endswith("er") and nxt.islower() and len(nxt) > 4):
            return nxt
    return word


_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])")


def prev_words(m: re.Match[str], n: int = 1, sentence: bool = False) -> list[str]:
    """Up to ``n`` lowercased words before a match, nearest last; with
    ``sentence`` only those of the match's own sentence (from after the last
    stop followed by a capital)."""
    # A bounded window keeps this linear on very long lines; the cut first
    # word is dropped when the window starts inside a word.
    end = m.start()
    near_width = _NEAR_ONE if n == 1 else _NEAR
    if not sentence and end > near_width:
        # The near window first: with more than n words in it, its last n are whole (only its first
        # may be cut) and are the last n of the wide window too.
        near = _WORD_BEFORE.findall(m.string, end - near_width, end)
        if len(near) > n:
            return [w.lower() for w in near[-n:]]
    start = max(0, m.start() - _LOOK_BACK)
    if sentence:
        for brk in _SENTENCE_BREAK.finditer(m.string, start, m.start()):
            start = brk.end()
    words = _WORD_BEFORE.findall(m.string, start, m.start())
    if start and words and m.string[start - 1 : start].strip() and m.string.startswith(words[0], start):
        words = words[1:]
    return [w.lower() for w in words[-n:]]


_SENTENCE_HEAD = re.compile(r".*[.!?]\s+(?=[A-ZÅÄÖ])", re.DOTALL)
_SENTENCE_END = re.compile(r"[.!?](?:\s+[A-ZÅÄÖ]|\s*$)")
_LOWER_WORD = re.compile(r"[a-zåäöé]+")


def _sentence_start(m: re.Match[str]) -> int:
    head = _SENTENCE_HEAD.match(m.string, 0, m.start())
    return head.end() if head else 0


def sentence_words(m: re.Match[str]) -> set[str]:
    """The lowercased words of the match's sentence, both sides of it."""
    stop = _SENTENCE_END.search(m.string, m.end())
    end = stop.start() if stop else len(m.string)
    return set(_LOWER_WORD.findall(m.string[_sentence_start(m):end].lower()))


def sentence_words_before(m: re.Match[str]) -> set[str]:
    """The lowercased words of the match's sentence before it."""
    return set(_LOWER_WORD.findall(m.string[_sentence_start(m):m.start()].lower()))


def keep_stop(m: re.Match[str], consumed_dot: bool) -> str:
    """A period eaten as part of an abbreviation that also ended the sentence."""
    if not consumed_dot:
        return ""
    rest = m.string[m.end():]
    return "." if (not rest.strip() or _SENTENCE_GOES_ON.match(rest)) else ""


# The words a measure or an amount is said with ("meter", "kronor"): after a label noun they still count
# ("ett hål 1 meter djupt" -> "en meter"), they are not named by the number.
_MEASURE_WORDS = frozenset(
    word for forms in (*UNITS_OF_MEASURE.values(), *CURRENCIES.values()) for said in forms[:2] for word in said.split()
) | frozenset(UNITS_OF_MEASURE) | frozenset(CURRENCIES)


_MEASURE_GENDERS = {word: gender for written, (one, many, gender) in UNITS_OF_MEASURE.items() for word in (written, one, many)}
"""A unit's gender by its written short form and its said forms ("min", "minut", "minuter": "en")."""


def is_ett_noun(word: str) -> bool:
    """True if ``word`` (or the tail of the compound) takes "ett"; a genitive
    counts as its noun ("1 års fängelse" -> "ett års"). The tables and suffixes
    are read by ``genders.singular_gender``.

    Risk: a common-gender noun ending in -s whose stem is a neuter noun
    ("vals" -> "val") is taken for a genitive.
    """
    return singular_gender(word.lower()) == "ett"


def _ett_plural(w: str) -> bool:
    """ "ställen", "områden": the plural of a neuter noun in -e ("ställe"); "mejerier", "partier": a neuter's
    plural in -ier; "husen", "beslutet": a neuter's definite forms (``genders.noun_gender``)."""
    return noun_gender(w) == "ett"


def plural_adjective(w: str) -> bool:
    """A plural adjective that may stand between a number and its noun."""
    return w in PLURAL_ADJECTIVES or (len(w) > 4 and w.endswith(PLURAL_ADJECTIVE_ENDINGS))


# A count earlier in the sentence, in digits or already in words, and the noun it counts: "fanns tre biografer" (the
# noun an elided "1" stands for); an ordinal's too, "vart 3:e företag" (session 64).
_COUNT_AND_NOUN = re.compile(
    r"(?:(?<![\w,.])\d[\d\s]*(?::[ae])?|\b(?i:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|[a-zåäö]*(?:tton|tio|hundra|tusen))"
    r"|\b(?i:tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde))"
    r"\s(?P<noun>[a-zåäö]{3,})\b(?:\s(?P<next>[a-zåäö]{3,})\b)?"
)
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?]|,\s|$)")
_SENTENCE_START = re.compile(r".*[.!?]\s", re.DOTALL)


def _elided_gender(m: re.Match[str]) -> str:
    """ "i dag finns 1." after "fanns tre biografer": a count whose noun is left out at the clause's end, after a verb
    or particle of ELIDED_COUNT_BEFORE, takes the gender of the noun counted before it in the sentence ("en"); "ett"
    (the counting form) when none is. A bare number in brackets after an amount takes the amount's gender ("1,4 mdkr
    (1,1)": last year's figure, "en komma ett")."""
    before = prev_words(m)
    if before and before[-1] in _AMOUNT_NOUNS and m.string[m.start() - 1 : m.start()] == "(":
        return "en"  # "1,4 mdkr (1,1)": a report's figure for the year before, in the amount's unit ("en komma ett")
    if not before or not _elided_verb(before[-1]) or not _CLAUSE_END.match(m.string, m.end()):
        return "ett"
    return _counted_before(m)


def _elided_verb(w: str) -> bool:
    """A verb after which a count's noun is left out (ELIDED_COUNT_BEFORE, or a past tense in "-ade": "beviljade 3
    ansökningar, avslog 1 och bordlade 1", ELIDED_OBJECT_VERBS; session 56, normalize306)."""
    return w in ELIDED_COUNT_BEFORE or w in ELIDED_OBJECT_VERBS or len(w) > 5 and w.endswith("ade")


_AMOUNT_NOUNS = MAGNITUDE_NOUNS | {c[1] for c in CURRENCIES.values() if c[2] == "en"}
"""An amount's unit said in full: a bare number in brackets after it repeats the unit (session 52, normalize195)."""


def _counted_before(m: re.Match[str]) -> str:
    """The gender of the noun counted last before ``m`` in its sentence ("fyra ledamöter avstod och 1 var
    frånvarande" -> "en"); "ett", the counting form, when none is."""
    return _gender_counted_before(m) or "ett"


def _gender_counted_before(m: re.Match[str]) -> str | None:
    """The gender of the noun counted last before ``m`` in its sentence, None when no noun is counted there."""
    start = max(0, m.start() - _LOOK_BACK)
    head = _SENTENCE_START.match(m.string, start, m.start())
    nouns = []
    for c in _COUNT_AND_NOUN.finditer(m.string, head.end() if head else start, m.start()):
        noun, nxt = c.group("noun"), c.group("next")
        if nxt and plural_adjective(noun) and nxt not in NOT_NOUN and not _verb_form(nxt):
            noun = nxt  # "tre nya biografer": the noun after the adjective ("9 sökande valdes": the -ande word)
        if noun not in NOT_NOUN and noun != "komma" and not _verb_form(noun):  # not "2024 klarades", "4 komma 1"
            nouns.append(noun)
    if not nouns:
        return None
    return "ett" if is_ett_noun(nouns[-1]) or _ett_plural(nouns[-1]) else "en"


_LABEL_ENDINGS = ("erna", "arna", "orna", "na", "en", "et", "n")


def is_label_noun(word: str) -> bool:
    """A noun that a number after it names, not counts (LABEL_NOUNS: "linje 4", "årskurs 1"), in any of its
    definite or plural forms too ("årskurserna 1–3", "salongen 2"; session 35: only the forms listed were known)."""
    w = word.lower()
    return w in LABEL_NOUNS or any(w.endswith(e) and w[: -len(e)] in LABEL_NOUNS for e in _LABEL_ENDINGS) or (
        w.endswith(("orna", "or")) and w[: -4 if w.endswith("orna") else -2] + "a" in LABEL_NOUNS)  # "banorna": "bana"


_FACTOR_AFTER = re.compile(r"\s+gånger\s+\d")  # "1 gånger 3": a product's factor ("1 gånger presentkort" counts one)
# "1x5 min", "1 × 2 m": one of a measure (a penalty, a sheet), the measure's gender, "en" as the writers said it
# (session 59, normalize382); the measure written short or said by now ("1 gånger fem minuter").
_FACTOR_OF_MEASURE = re.compile(r"\s+gånger\s+(?:\d+(?:,\d+)?\s?|[a-zåäö]+\s)(?!gånger\b)(?P<u>[^\W\d]+)")  # (not "1 × 4 × 2")


def gender_after(m: re.Match[str]) -> str:
    """ "en" or "ett" for a number, from the noun after it.

    Risk: an adjective between number and noun ("1 stort hus") is seen through
    only when it ends in -t; a number with no noun gets the counting form "ett".
    A word of six letters or more in -ett is a (common-gender) noun, not an
    adjective: "1 biljett", "1 tablett", "1 toalett". A word in -tt is a
    neuter adjective ("1 nytt hus") only when a noun may follow it; with no
    word after it, or a word of NOT_NOUN ("och", "i"), it is the noun
    itself, of common gender ("1 katt", "1 natt i"; risk: a neuter noun in
    -tt missing from the tables, "1 fett", is then "en"); a preposition after a word in -t is no neuter noun
    though "före" and "under" are nouns too ("drygt 1 minut före tvåan" -> "en", session 32; it was "ett"). Before "av" the noun
    counted after it decides: "1 av 5 hushåll" -> "ett", "1 av 3 skolor" -> "en", past an adjective whose gender the
    tables do not know ("1 av 4 nystartade företag" -> "ett", session 34).
    Before a house letter's name ("21 ce") the counting form: "tjugoett".
    A plural adjective between number and noun is seen through ("21 nya
    jobb" -> "tjugoett", "31 lediga platser" -> "trettioen"), and the plural
    in -en of a neuter in -e is neuter ("21 ställen", "31 områden").
    Before a noun of COUNTING_FORM_NOUNS a compound number ending in one
    takes "ett" ("31 poäng" -> "trettioett"), one alone "en" ("1 poäng").
    A number ending its clause with no noun after it takes the gender of
    the noun counted before it in the sentence ("fanns 3 biografer; i dag
    finns 1" -> "en"; risk: a plural whose gender the noun tables do not
    know is taken as common gender), and so does a count standing as the
    subject of a verb of ELIDED_SUBJECT_VERBS ("tre skadades och 1 omkom",
    "4 ledamöter avstod och 1 var frånvarande" -> "en"), and a count after a word
    of PART_OF_WORDS before no noun of a known gender ("40 ansökningar, varav 1
    från Kiruna" -> "en", "25 klagomål, varav 1 gällde" -> "ett"; "varav 1
    dödsolycka" keeps its own noun). The noun's gender, its plural and definite forms read
    back, and an -ande word before a noun: ``genders.py``.
    """
    w = next_word(m)
    if w and w[0].isupper():
        head = _HEAD_AFTER_CAPITALS.match(m.string, m.end())  # "1 US-dollar", "1 SM-guld": the compound's last part
        return "en" if head and noun_gender(head.group(1)) != "ett" else "ett"
    before = prev_words(m)
    if (before and is_label_noun(before[-1]) and w.lower() not in _MEASURE_WORDS
            and not m.string[:m.start()].rstrip().endswith(",")):
        return "ett"  # "vinst 1 nr 4471"; but "ett hål 1 meter djupt" measures ("en meter"), "1 hus, 1 bil" counts
    if before and before[-1] == "dag" and prev_words(m, 2)[:1] != ["i"] and w.lower() not in _MEASURE_WORDS:
        return "ett"  # "efter dag 1" names the day (session 46, normalize159); "i dag 1 av 4" is today's count
    if before and before[-1] in PART_OF_WORDS and (not w or w.lower() in NOT_NOUN or noun_gender(w.lower()) is None):
        return _counted_before(m)  # "40 ansökningar, varav 1 från Kiruna": one of the nouns counted before
    if not w:
        return _elided_gender(m)
    lw = w.lower()
    if lw in COUNTING_FORM_NOUNS and _NON_DIGIT.sub("", m.group(0)) != "1":
        return "ett"  # "trettioett poäng", but "en poäng"
    if lw in ("till", "och") and before[-1:] in (["från"], ["mellan"]) and (said := _span_end_gender(m)):
        return said  # "från 1,8 till 3,9 miljoner kronor": the noun after the span's end (session 55, normalize273)
    if lw == "av":  # "1 av 5 hushåll": the noun counted after "av"
        return _share_gender(m)
    if lw in ELIDED_SUBJECT_VERBS:  # "4 ledamöter avstod och 1 var frånvarande": the noun counted before
        return _counted_before(m)
    if lw in ("och", "eller") and before and _elided_verb(before[-1]):
        return _counted_before(m)  # "avslog 1 och bordlade 1": the noun counted before, left out
    if lw in ("med", "utan", "från", "på", "i", "vid", "hos") and (m.string[:m.start()].rstrip().endswith(",") or (
            lw in ("på", "i", "vid", "hos") and before[-1:] == ["och"])):  # "2 patienter på IVA och 1 på avd." (s65)
        return _counted_before(m)  # "3 personer fördes till sjukhus, 1 med brännskador": "en" (session 58)
    if (factor := _FACTOR_OF_MEASURE.match(m.string, m.end())) and factor.group("u") in _MEASURE_GENDERS:
        return _MEASURE_GENDERS[factor.group("u")]
    if lw in NOT_NOUN or lw in _NAMED_LETTERS or lw == "klockan" or _FACTOR_AFTER.match(m.string, m.end()):
        return "ett"  # ("6 × 1 × 3", said "gånger" by now: a product's factor, counted, session 58, normalize361)
    if lw.endswith(("ande", "ende")) and (said := participle_gender(lw, next_word(m, 1))):
        return said  # "1 spännande match", "1 avgörande möte": the noun after the participle decides
    if is_ett_noun(lw) or _ett_plural(lw):
        return "ett"
    nxt = next_word(m, 1)
    if nxt and nxt[0].islower() and nxt not in NOT_NOUN and plural_adjective(lw):
        # "21 nya jobb", "31 lediga platser": the noun after the adjective decides
        return "ett" if is_ett_noun(nxt) or _ett_plural(nxt) else "en"
    if lw.endswith("t") and not (lw.endswith("ett") and len(lw) >= 6):
        nxt = "" if _SAID_NUMBER.fullmatch(nxt := next_word(m, 1)) else nxt  # "1 lott tio kronor": no noun (s66)
        if nxt and nxt not in NOT_NOUN and (lw.endswith("tt") and nxt[0].islower() or is_ett_noun(nxt)):
            return "ett"  # "1 nytt hus", "1 stort hus"; not "1 minut före" ("före" is a neuter noun and a preposition)
    if noun_gender(lw) is None and _NAMED_BEFORE.search(m.string, 0, m.start()):
        return "ett"  # "Kursen Svenska 1 ges på distans": a number after a name names it, whatever verb follows (s44)
    return "en"


def _verb_form(word: str) -> bool:
    """A passive in -s no table names a noun but as a neuter's genitive ("1 av 4 berörs": no "rör"), or a past tense
    no table names a noun ("1 av 4 gällde": session 65, normalize525; not "-ande", "1 av 3 svarande")."""
    return len(word) > 4 and (word[-1:] == "s" != word[-2:-1] and (is_bare_genitive(word) or noun_gender(word) is None)
                              or word.endswith(("de", "te")) and not word.endswith("nde") and noun_gender(word) is None)


def _share_gender(m: re.Match[str]) -> str:
    """ "1 av 5 hushåll": the gender of the noun counted after "av", past a plural adjective ("1 av 4 nystartade
    företag"); before a verb (a passive too: "85 av 320 anställda; 1 av 4 berörs", session 62) or a year's "år" ("1 av 10 år
    2019"), the noun counted before in the sentence ("3 av 5 hushåll har fiber, och 1 av 10 saknar", session 59)."""
    counted = _COUNTED_AFTER_AV.match(m.string, m.end())
    adjective = counted and counted.group(2) and counted.group(1)[-1] in "ae" and not noun_gender(counted.group(1)) and (
        not _SAID_NUMBER.fullmatch(counted.group(2)))  # "1 av 10 unga femton till ...": the adjective is the noun
    noun = counted and (counted.group(2) if adjective else counted.group(1))
    verb = counted and (counted.group(1) in VERBS_AFTER_SHARE or _verb_form(counted.group(1)) or counted.group(1) == "år"
                        and (counted.group(2) or "").startswith(YEAR_WORD_HEADS))
    if verb and (shared := share_noun_before(m.string, m.start())) and noun_gender(shared):
        return "ett" if noun_gender(shared) == "ett" else "en"  # "3 av 4 företag …, medan 1 av 5 planerar": "ett"
    if (verb or not counted and _AV_ENDS.match(m.string, m.end())) and (said := _gender_counted_before(m)):
        return said  # also "… bostadsinbrott … klarades upp – drygt 1 av 25.": nothing after it
    return "ett" if noun and noun_gender(noun) == "ett" else "en"


_TENS_PARTS = ("noll|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton"
               "|arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio")
SAID_NUMBER = rf"(?:{_TENS_PARTS}|hundra|tusen)+"
"""A whole number said by now in words ("femtusentvåhundra"): what the rules reading an earlier rule's words match."""
SAID_SCORE = rf"\b(?:{_TENS_PARTS})+{SCORE_DASH}(?:{_TENS_PARTS})+\b"
"""A score said by now ("tjugoåtta mot tjugosex", each side below a hundred): what a later pair looks back for."""
_SPAN_END = re.compile(r"\s(?:till|och)\s([^.;:!?()]{1,80})")
_SPAN_WORD = re.compile(r"\d[\d,]*|[a-zåäö]+|[^\s\w]")
_SAID_NUMBER = re.compile(rf"\d[\d\s]*(?:,\d+)?|komma|{SAID_NUMBER}")
_HEAD_WORD = re.compile(r"(?:^|[.!?]\s+)(?P<w>[A-ZÅÄÖ][a-zåäö]{2,})\b[^.!?]*$")


def sentence_head(m: re.Match[str], width: int = 200) -> str:
    """The first word of the match's sentence in small letters, when it opens with a capital ("Fritidshus vid Vättern,
    …, renov. 2019" -> "fritidshus"): an ad's head noun, what its short participles agree with; "" when none."""
    head = _HEAD_WORD.search(m.string, max(0, m.start() - width), m.start())
    return head.group("w").lower() if head else ""


def _span_end_gender(m: re.Match[str]) -> str | None:
    """The gender of the noun after the end of a span written with words ("från 1 till 3 miljoner", "mellan 1,8 och
    3,9 miljoner kronor", the end said by now or not): the first word past its number, None when it is none the
    noun tables know."""
    end = _SPAN_END.match(m.string, m.end())
    if not end:
        return None
    words = _SPAN_WORD.findall(end.group(1))
    while words and _SAID_NUMBER.fullmatch(words[0]):
        words.pop(0)
    if not words or words[0] in NOT_NOUN:
        return None
    return "en" if words[0] in MAGNITUDE_NOUNS else noun_gender(words[0])  # "miljoner": "en miljon"


_HEAD_AFTER_CAPITALS = re.compile(r"\s*[A-ZÅÄÖ]{2,5}-([a-zåäö]{3,})\b")  # (session 52, normalize215)
_NAMED_BEFORE = re.compile(r"[^\s.!?:;]\s+[A-ZÅÄÖ][a-zåäö]+\s+$")
"""A capitalised word right before the number, not opening its sentence ("Kursen Svenska 1", "på Kanal 5")."""


# --- letters and pronounceability ----------------------------------------------


def spell(word: str) -> str:
    """Letter names: "SVT" -> "ess ve te"; digits are read as a number."""
    parts: list[str] = []
    for chunk in _DIGITS_OR_LETTER.findall(word):
        if chunk.isdecimal():  # not "²" (a digit to isdigit, no number to int)
            parts.append(cardinal(int(chunk)))
        elif chunk.lower() in LETTER_NAMES:
            parts.append(LETTER_NAMES[chunk.lower()])
    return " ".join(parts)


def case_number_pair(m: re.Match[str]) -> bool:
    """Whether a pair stands right after a case's label, or after the label and its court's letters or "nr" ("i mål
    877-25", "mål B 877-25", "mål nr 877-25"): a case's number, for the identifiers' rule, never a vote. (The dash
    written is no sign: ``clean`` has made every dash between digits a hyphen by then.)"""
    before = [w.strip(".,:") for w in prev_words(m, 2)]
    if before and before[-1] in CASE_LABELS:
        return True
    return len(before) > 1 and before[-2] in CASE_LABELS and _CASE_MARK.search(m.string, 0, m.start()) is not None


_CASE_MARK = re.compile(r"(?:\b[A-ZÅÄÖ]{1,2}|\bnr\.?|\bnummer)\s*$")
"""A court's letters or a number's word between a case's label and its number ("mål B", "mål nr")."""


ROAD = r"(?:E\s?\d{1,2}|[Rr]v\.?\s?\d{1,3}|[Ll]v\.?\s?\d{1,4}|(?:[Vv]äg|[Rr]iksväg|[Ll]änsväg) \d{1,4})"
"""A road by its number: a European road ("E4", "E 20"), a national or county road written short ("rv 40", "Lv 1053")
or with its noun ("väg 56", "riksväg 90")."""
