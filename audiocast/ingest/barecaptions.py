"""A picture's caption with neither a credit nor a sentence's end, set between the article's paragraphs.

The rules know a caption by its credit ("… Foto: Anna Ek", :mod:`audiocast.ingest.credits`), by a mark of its own
(:mod:`audiocast.ingest.picturelines`), or, when it is one verbless sentence closed by a stop, by its shape
(:func:`audiocast.ingest.furniture.is_caption`). A caption copied without its credit and without a stop ("Maja
Ström och Kalle Nord vid invigningen", "Eleverna i klass 5C bygger fågelholkar") has a subheading's form, and was
read: the perturbation bench's uncredited captions (tools/perturb_extract.py, class ``caption``) were read on 73 % of
400 pages. Told here by what holds on any site, together:

- its place: alone between two paragraphs of running prose (or between the lead and the first paragraph), never in
  a run of short lines (a list, a programme), never in a run of records or sections each a short line over its
  paragraph (the line two above or two below it short too: a book list's "Titel av Namn" over its blurb), never
  continued by the paragraph under it (a content word shared, :data:`HEADS_SHARED`: a subheading's), and never over a
  quote, which it would lead into;
- its form: no sentence's end, no colon, no number or paragraph sign opening it, never a question, a cry or a quote,
  never to the reader ("Så kan du …", "Råd till dig som …": a subheading's), of at least :data:`MIN_WORDS` words
  (most subheadings are shorter) and at most :data:`MAX_WORDS`;
- it opens with what its picture shows, named (:func:`names_its_subject`): a person by first name and surname or a
  thing or group in the definite form ("Eleverna …", "Den nya bron …"); a subheading opens with an indefinite or
  abstract noun, a number or a function word ("Fem råd för …", "Ny ordförande i …", "Inte bara …");
- the line classifier, which reads each line with its neighbours, doubts it as article text (under :data:`P_CAPTION`):
  on the bench's pages the subheadings between two paragraphs of five words or more score under it 9 times in
  417 (a minutes' "§ 8 …", guarded by form, "Ny ordförande i PRO Järvsö", guarded by its subject), the uncredited
  captions 236 times in 400.

Risk: a subheading of five words or more opened by a name or a definite noun ("Biblioteket i Norrvik får nya
öppettider"), that the classifier doubts, between two paragraphs, and that the paragraph under it does not go on with,
is dropped. A caption that the classifier trusts, one shorter than :data:`MIN_WORDS` words, or one opened otherwise
("Här ska de nya bostäderna byggas") is still read. Rule ``caption-bare``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .linecuts import cut
from .lineshape import READER as _READER
from .lineshape import closes_sentence, content_words, is_quote, words

if TYPE_CHECKING:  # furniture calls this pass from its caption rules
    from .furniture import TaggedLine

RULE = "caption-bare"
MIN_WORDS = 5
"""A caption told by this pass has at least this many words."""
MAX_WORDS = 20
"""... and at most this many (a caption is one line; longer is the article's)."""
PROSE_WORDS = 10
"""A paragraph of running prose around it has at least this many words and ends a sentence."""
P_CAPTION = cut("barecaptions.P_CAPTION", 0.5)
"""The classifier's probability of article text under which such a line is a caption (module docstring)."""
_OPENS = re.compile(r"^(?:§|\d|[•·*–—-]\s)")
"""A paragraph sign, a number (a list's or a minutes' item) or a bullet opening the line: an item's or a subheading's."""
_END = ".!?…:;,\"”’)»"


@lru_cache(maxsize=1)
def _swedish_stopwords() -> frozenset[str]:
    """The shipped Swedish stop words, read once; imported here, not at the module's top: ``linefeatures`` loads
    numpy, which a no-op render must not (tests/test_perf_noop.py)."""
    from .linefeatures import load_stopwords

    return load_stopwords().get("sv", frozenset())


def running_prose(x: TaggedLine, least: int = PROSE_WORDS) -> bool:
    """A kept line of running prose: a quote, or a sentence of at least ``least`` words closed by its stop."""
    return x.tag is None and (is_quote(x.text.rstrip()) or closes_sentence(x.text, least))


def bare_caption(text: str, p: float | None) -> bool:
    """Whether a line has an uncredited caption's form and the classifier doubts it (module docstring)."""
    t = text.strip()
    if p is None or p >= P_CAPTION or not MIN_WORDS <= words(t) <= MAX_WORDS:
        return False
    if t[-1] in _END or ":" in t or _OPENS.match(t) or is_quote(t) or any(q in t for q in "\"”“»«"):
        return False
    return _READER.search(t) is None and names_its_subject(t)


_NAME = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_PERSON = re.compile(rf"^{_NAME}\s+{_NAME}\b")
"""A person's first name and surname opening the line ("Maja Ström visar …", "Per-Olof Berg och …")."""
_DEFINITE = re.compile(
    r"^(?:(?:Den|Det|De)\s+\w+\s+(\w{2,}(?:en|et|an|na|ns|ts|rn|ln))|([A-ZÅÄÖ]\w{2,}(?:en|et|an|na|ns|ts)))\b")
"""A noun in its definite form (or its genitive) opening the line, alone or after "Den/Det/De" and an adjective:
"Eleverna …", "Brandkåren …", "Skolan …", "Föreningens medlemmar …", "Den nya bron …"; after the adjective, the
definite of a noun ending in -or, -er or -el too ("Den nya traktorn …", "Den gamla cykeln …", session 37: the
determiner and the adjective already say the form, where "-rn" alone opening a line is also "Barn …")."""


def names_its_subject(text: str) -> bool:
    """The line opens with what its picture shows, named: a person by first name and surname, or a definite thing or
    group ("Eleverna i klass 5C …"), as a caption does; a subheading opens with an indefinite or abstract noun, a
    number or a function word ("Fem råd för …", "Ny ordförande i …", "Inte bara …", "Vad gäller …")."""
    m = _DEFINITE.match(text)
    if m is not None and (m.group(1) or m.group(2)).lower() not in _swedish_stopwords():
        return True
    m = _PERSON.match(text)
    return m is not None and not any(w.lower() in _swedish_stopwords() for w in m.group(0).split())


def bare_caption_tags(lines: Sequence[TaggedLine], under_lead: bool = False) -> None:
    """Drop a caption without credit or stop between two paragraphs (``lines`` are those under the lead; with
    ``under_lead`` the first of them has the lead over it)."""
    for i, x in enumerate(lines):
        if x.tag is not None or not bare_caption(x.text, x.p):
            continue
        above = running_prose(lines[i - 1]) if i > 0 else (under_lead and i == 0)
        below = i + 1 < len(lines) and running_prose(lines[i + 1]) and not is_quote(lines[i + 1].text)
        if above and below and not _in_records(lines, i) and not _heads(x.text, lines[i + 1].text):
            x.tag, x.rule = "drop", RULE


HEADS_SHARED = 1
"""A line sharing at least this many content words with the paragraph under it heads that paragraph (one is enough:
"Svävaren går två gånger om dagen" over "Trafikverket sätter in en svävare …", a held-out golden page)."""


def _heads(line: str, below: str) -> bool:
    """Whether the paragraph under the line goes on with its matter, as under a subheading ("Biblioteket i Norrvik får
    nya öppettider" over "… Norrviks bibliotek …"): a caption is not continued by the prose under it."""
    return len(content_words(line) & content_words(below)) >= HEADS_SHARED


def _short(x: TaggedLine) -> bool:
    t = x.text.rstrip()
    return x.tag is None and words(t) <= MAX_WORDS and t[-1:] not in ".!?…\"”»"


def _in_records(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether the line is one of a run of records or sections, a short line over each paragraph (a book list's "Titel
    av Namn" over its blurb and "Tipsat av Maja"): the line two above it or two below it is a short line too."""
    return any(0 <= k < len(lines) and _short(lines[k]) for k in (i - 2, i + 2))


SCENE_RULE = "caption-scene"
SCENE_PROSE_WORDS = 15
"""The paragraphs around a glued scene caption are running prose of at least this many words each."""
_RELATIVE_TAIL = re.compile(r",\s+(?:där|som|när|dit|varifrån)\s[^,]*\.$|\s+som\s+\w+(?:ats|its|tts|ts|des|tes)\b[^.,!?]*\.$")
"""A relative clause closing a caption after a comma ("…, där de har bott sedan 1979."), or "som" without one and its
verb in the supine or past passive right after it ("… framför den första NT 220:an som levererats till Skellefteå.",
session 31; "Nationerna som brukar ha … får dela …" has its own verb after the clause): the caption's head before it has no verb, the
clause's verb is the place's, the time's or the thing's."""
_LABEL_COLON = re.compile(r":(?:\s|$)")
"""A label's colon ("Plats: …"); a genitive's or an ending's colon inside a word ("NT 220:an", "KTH:s") is none."""
_COUPLE = re.compile(rf"^{_NAME}\s+och\s+{_NAME}\s+{_NAME}\b")
"""Two people by their given names and one surname ("Birgitta och Sven-Erik Hedberg …"), a couple's picture."""
HEAD_CHROME_WORDS = 6
"""A line the rules took between the lead and the top picture's caption is at most this many words (a player's
button, a reading time)."""


def scene_shaped(text: str, most: int | None = None) -> bool:
    """A scene caption's form: one verbless sentence closed by a stop (``furniture.is_caption``, at most ``most``
    words, else its own limit), perhaps with a relative clause after a comma (:data:`_RELATIVE_TAIL`), opening with its
    subject named, no label's colon."""
    from .furniture import CAPTION_WORDS, is_caption  # furniture imports this module

    most = CAPTION_WORDS if most is None else most
    t = text.strip()
    head = _RELATIVE_TAIL.sub(".", t)
    named = names_its_subject(t) or _COUPLE.match(t) is not None or _placed(head)
    return _LABEL_COLON.search(t) is None and (is_caption(t, most) or (head != t and is_caption(head, most))) and named


_PLACE = re.compile(r"\s(?:i|på|vid|med|över|under|bakom|framför|utanför|inne i|intill|bredvid|mellan|längs|från)\s")
"""A scene's place or company in a caption ("Saga med en av ungarna i munnen.", "Morgondimma över Stora Vären på dag
två."): a preposition of where or with whom (not "om": "Berätta om turnén." is an interviewer's prompt)."""


def _placed(text: str) -> bool:
    """A verbless sentence opening with a word of its own (not a function word: "Inte bara …", "Ett välkommet besked
    …") that places its subject (:data:`_PLACE`), as a picture's caption does (session 35: measured over the annotated
    dumps, verbless sentences glued between running prose that the subject rules did not take, 4 captions with such a
    preposition, 2 without one, and 0 of the article's: its 3 were a label's colon or an interviewer's "Berätta om …")."""
    first = text.split()[0].lower() if text.split() else ""
    return first not in _swedish_stopwords() and _PLACE.search(text) is not None


def _goes_on(lines: Sequence[TaggedLine], k: int) -> bool:
    """The article's running prose glued at ``lines[k]`` (a paragraph or a quote), or under a subheading there (a short
    line, no stop)."""
    if k >= len(lines) or lines[k].blank_before or lines[k].tag is not None:
        return False
    if closes_sentence(lines[k].text, SCENE_PROSE_WORDS) or (is_quote(lines[k].text) and words(lines[k].text) >= SCENE_PROSE_WORDS):
        return True  # a quote of the article's goes on too (a caption with its stop leads into no quote)
    t = lines[k].text.strip()
    return words(t) <= MAX_WORDS and t[-1:] not in _END and k + 1 < len(lines) and lines[k + 1].tag is None and (
        closes_sentence(lines[k + 1].text, SCENE_PROSE_WORDS))


def scene_caption_tags(lines: Sequence[TaggedLine], under_lead: bool = False) -> None:
    """Session 30 (blind sets extract106 and extract108, five of their last leaks): a caption closed by a stop, one
    sentence without a finite verb after its first word (:func:`audiocast.ingest.furniture.is_caption`: "Sandra
    Pettersson utanför huset i Norrhyttan.", "Wilma Åkesson ensam i Skogsbacken på sista varvet."), glued under a
    paragraph of running prose (:data:`SCENE_PROSE_WORDS` words or more) or, the top picture's, under the lead with only
    the head's short lines the rules took between (``under_lead``), and over the article's prose going on (perhaps under
    a subheading: the picture stands inside the text), opening with what its picture shows, named
    (:func:`names_its_subject`); the paragraph under it may name its subject too (a caption is no subheading, which has
    no stop). ``caption_tags`` takes such a line only with blank lines around it; a dump copied without blank lines
    glues it to the paragraphs. Measured before the rule over the annotated dumps (golden set and the opened blind
    sets to extract108): lines of that form, wherever they stood, 37 captions and 3 article lines. Since the held-out
    set extract107 (round 2): a relative clause after its comma ("…, där de har bott sedan 1979.") and a subheading
    under it. Risk: an article's verbless sentence opening with a name between two long paragraphs ("Välkommen till
    …" is no name) is dropped. Rule ``caption-scene``."""
    for i, x in enumerate(lines):
        if x.tag is not None or x.blank_before or not scene_shaped(x.text):
            continue
        chrome = all(y.tag is not None and words(y.text) <= HEAD_CHROME_WORDS for y in lines[:i])
        above = (i > 0 and lines[i - 1].tag is None and closes_sentence(lines[i - 1].text, SCENE_PROSE_WORDS)) or (
            under_lead and chrome)
        if above and _goes_on(lines, i + 1):
            x.tag, x.rule = "drop", SCENE_RULE
