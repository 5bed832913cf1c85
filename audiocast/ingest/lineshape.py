"""The shape of one line of a page: its words, whether it is a quote. Shared by the dump parser
(:mod:`audiocast.ingest.text`) and the furniture signals (:mod:`audiocast.ingest.furniture`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

READER = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|ert|era)\b")
"""A word addressing the reader (a call, a pitch, a question to the reader: "Vill du …", "din bild")."""
MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""An e-mail address in a line (a call's or a box's channel)."""
PHONE_NUMBER = r"(?:\+46|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?!\d)"
"""A Swedish phone number in its groups ("08-123 45 67", "+46 70 123 45 67"), as a pattern to build on: each caller adds
what may not stand before it and the short numbers its lines hold (a tip line's "114 14", an SMS number "72 000")."""

QUOTE_START = re.compile(r"^[–—―−-]\s+")
TOPIC_TAG = re.compile(r"(?-i:[A-ZÅÄÖÉ])[^\W\d_]*(?:[ -][^\W\d_]+){0,2}")
"""A topic tag's shape: a capitalized name of at most three words, no digit or punctuation ("Hälleby",
"Region Gävleborg", "Vänerstrands BK"); read by the passes for tag boxes, tag runs and a follow button's topics."""

SENTENCE_BREAK = re.compile(r"[.!?…]\s+[A-ZÅÄÖÉ–—\d]")
"""The end of a sentence and the start of the next one within a line."""


def words(line: str) -> int:
    """Number of words in a line."""
    return len(line.split())


SENTENCE_STOPS = ".!?…\"”»"
"""What closes a sentence at a line's end, a closing quote included."""


def closes_sentence(line: str, least: int) -> bool:
    """A line of running prose: at least ``least`` words and a sentence's stop at its end ("Bygget börjar i maj.")."""
    t = line.rstrip()
    return words(t) >= least and t[-1:] in SENTENCE_STOPS


def is_quote(line: str) -> bool:
    """A paragraph opened by a quote dash ("– Det är …")."""
    return bool(QUOTE_START.match(line)) and (line[0] != "-" or words(line) >= 6)


SENTENCE_END = ".!?…:;,\"”’)»"
"""What a line ending a sentence ends with (a title-like line does not)."""


LEGAL_FORM_END = re.compile(r"(?:^|\s)[A-ZÅÄÖ][\w&-]*\s(?i:ek\.\s?för|ekon\.\s?för|u\.\s?p\.\s?a|i\.\s?f)\.$")
"""A name closed by its legal form's abbreviation ("Maskinring Roslagen ek. för.", "Fiberföreningen Åsen ek.för.",
"Bygdegårdsföreningen Ås u.p.a."), the word before it a name's (a capital): the stop is the abbreviation's, no
sentence's. Sweden's cooperatives and associations (fibre, machine rings, village halls, water) set it after their
name in their own sites' name line."""
LEGAL_FORM_WORDS = 8
"""... in a line of at most this many words (a sentence ending in a cooperative's name is longer)."""


DASHED_TITLE_WORDS = 20
"""A line without a sentence's end made of two clauses joined by a spaced dash is title-like up to this many words."""


def is_title_like(line: str) -> bool:
    """A short line without closing sentence punctuation: headline, subheading, label."""
    if not line or is_quote(line) or len(line) > 160:
        return False
    n = words(line)
    if n <= LEGAL_FORM_WORDS and LEGAL_FORM_END.search(line):
        return True
    if line[-1] in "?!":
        return n <= 12 or (n <= 16 and " – " in line)  # "Villa såldes för 9 miljoner – veckans dyraste affär?": two
        # clauses joined by a dash, a headline's form at a longer headline's length (session 28, head perturbation bench)
    if line[0] in _QUOTES and line[-1] in _CLOSING_QUOTES and line[-2:-1] in {"?", "!"} \
            and sum(line.count(q) for q in _QUOTES) == 2:
        return n <= 12  # a question or a cry wholly in quotes ("”Varför blir jag yr när jag reser mig?”"): a headline's form
    if line[-1] in _CLOSING_QUOTES and line[-2:-1] not in _QUOTED_END and sum(line.count(q) for q in _QUOTES) >= 2:
        # A title ending in a quoted name or a quoted headline ("Författarkväll om romanen ”Vinterhamn”"), or in a
        # quote of the person it is about (longer: "Gunvor, 90, … – ”Jag tänker inte sluta så länge jag kan …”").
        return n <= QUOTED_TITLE_WORDS
    if _ASIDE_END.fullmatch(line) or _CRY_END.fullmatch(line):
        return n <= QUOTED_TITLE_WORDS  # "Sex saker ... (och som inte kostar skjortan)", 'Besök – "Vi drack ...!"'
    # two clauses joined by a spaced dash are a headline's form at a longer length too ("Ett kort ögonblick av
    # ouppmärksamhet – sedan tog Piteå över och KIF åkte på säsongens tyngsta förlust", 17 words; session 49)
    return line[-1] not in SENTENCE_END and (n <= 16 or (n <= DASHED_TITLE_WORDS and " – " in line))


_ASIDE_END = re.compile(r"[^.!?:;()\"”»]{8,}\s\([^\W\d_]+(?:\s[^\W\d_]+)+\)")
"""A title closed by an aside in parentheses (words only: a file's "(jpg, 2,1 MB)" is a link's label), nothing ending a
sentence before it."""
_CRY_END = re.compile(r"[^.!?:;\"”»]{8,}\s[–-]\s[\"”»][^\"”».!?]{3,100}[!?][\"”»]")
"""A title, a dash and a cry or question in quotes ('Studiebesök på vattenverket – "Vi drack vatten ...!"')."""
QUOTED_TITLE_WORDS = 20
"""A title ending in a quote is at most this many words."""
_QUOTES = "\"”“»«"
_CLOSING_QUOTES = "\"”»"
_QUOTED_END = set(".!?…,:;")
_OPEN_MARKS = "\"”“»«„"
_CLOSE_MARKS = "\"”“«»"


def is_wholly_quoted(line: str) -> bool:
    """One quotation alone on its line in quotation marks, perhaps with its stop after the closing mark ("”Han valde
    mig”", "”En sommarkväll att minnas.”"): a subheading quoting the text, or a card's quote; no speaker with it."""
    t = line.strip().rstrip(".!")
    return len(t) > 2 and t[0] in _OPEN_MARKS and t[-1] in _CLOSE_MARKS and not any(
        q in t[1:-1] for q in _OPEN_MARKS + _CLOSE_MARKS)


_STOP = frozenset("""från över till inte eller efter under mellan sedan också genom innan alla andra detta dessa denna
    deras våra vårt vara varit blir blev hade har kommer kunna ska skall måste även bara sina sitt några något många
    mycket därför där här vilket vilka""".split())


def content_words(text: str) -> set[str]:
    """The line's content words for comparing vocabularies: numbers, and words of four letters or more (no function
    words) cut to their first five letters ("avbrottet", "avbrott": "avbro")."""
    out: set[str] = set()
    for w in re.findall(r"\w+", text.lower()):
        if w.isdigit():
            out.add(w)
        elif len(w) >= 4 and w not in _STOP:
            out.add(w[:5])
    return out


def said_mostly(texts: Iterable[str], said: set[str], share: float, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether ``said`` (the article's content words) holds at least ``share`` of these lines' content words
    (:func:`content_words`, less ``ignore``); False for lines without any: a box that repeats the article's words is
    the article's own."""
    own = set().union(*(content_words(t) for t in texts)) - ignore
    return bool(own) and len(own & said) >= share * len(own)


FACT_ITEM = re.compile(r"[A-ZÅÄÖ][\w -]{1,25}:\s+\S.*")
"""A fact box's row, a short label and its value ("Byggd: 1931", "Arrangör: Hedby IK", "Gör helst: Dansar")."""
TIMED_ITEM = re.compile(r"(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[–-]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?\s+\S.*")
"""A programme's item opened by its time ("09.00 Samling vid bryggan", "kl. 12.00–13.00 Lunch")."""
CLIP_LENGTH = re.compile(r"(?:\d+:)?\d{1,2}:\d\d(?:\s*min(?:uter)?)?|\d{1,3}\s*min(?:uter)?")
"""A media clip's length alone on its line ("1:42 min", "01:12", "3 min")."""


CRUMB_SEPARATOR = re.compile(r"\s+[›»>/|]\s+")
"""The separator between a breadcrumb's parts ("Hem › Nyheter › Byggkontroller i Blekinge")."""


APPEAL = re.compile(r"(?i)(?:\w+\s){0,3}(?:beslutet|beslut|domen|domarna|avgörandet)\s(?:\w+\s)?kan överklagas\b")
"""A decision's or a judgment's appeal notice ("Beslutet kan överklagas till regeringen senast …", "Nämndens beslut kan
överklagas …"): the article's, in the annotated dumps 24 times of 24, wherever it stands under the text (session 46,
extract247: under a fact box it was taken for the page's)."""
