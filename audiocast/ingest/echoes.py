"""A line that says again what the article said: a pull quote, a press room's "Citat" card, a quote box.

A page repeats a sentence of its article in a box of its own (a quote card under a press release, a pull quote between
paragraphs). The listener has heard it: a kept line of :data:`ECHO_WORDS` words or more whose words stand, at least
:data:`ECHO_SHARE` of them, in one line kept above it (the headline and lead included) is the page's echo of it. It
goes, with the card's label right above it ("Citat", a short title-like line opening its box) and the attribution
right under it ("Ingela Strömberg, vd, Ånge Energi": a name, a role; no sentence). The article's text is never lost:
the line said first stays.

This holds on any site: it is the page repeating itself, whatever its words. Not here: an easy-read copy of the article
under its label (:func:`audiocast.ingest.furniture.copy_tags`), lines the site repeats across its pages
(:mod:`audiocast.ingest.sites`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .announced import glued_item
from .factruns import fact_item
from .furniture import TaggedLine
from .lineshape import is_title_like, words

ECHO_WORDS = 8
"""A line shorter than this is not checked (short lines repeat by chance: "Läs mer", a team's name)."""
ECHO_SHARE = 0.85
"""At least this share of the line's words (counted with their repeats) stand in one line said above it."""
LABEL_WORDS = 3
"""A quote card's label ("Citat", "Pressbild och citat") is at most this many words."""
ATTRIBUTION_WORDS = 10
"""An attribution under a quote ("Ingela Strömberg, vd, Ånge Energi") is at most this many words."""
ECHO_RULE = "echo"
_WORD = re.compile(r"\w+")
_NAME_START = re.compile(r"[–—-]?\s*(?-i:[A-ZÅÄÖÉ])[\w'’.-]+(?:\s+(?-i:[A-ZÅÄÖÉ])[\w'’.-]+){0,3}(?:,|$)")


def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def _attribution(ln: TaggedLine) -> bool:
    """A name and perhaps a role after commas, no sentence: "Ingela Strömberg, vd, Ånge Energi", "– Anna Ek"."""
    text = ln.text
    return ln.tag is None and words(text) <= ATTRIBUTION_WORDS and text[-1] not in ".!?" and bool(_NAME_START.match(text))


LIST_SIBLINGS = 2
"""A list's item stands among at least this many other kept title-like lines, no blank line between."""


def _list_item(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a title-like line with at least :data:`LIST_SIBLINGS` kept title-like lines of three words or
    more right above and below it in its box (no blank line between): an item of a list. Session 31 (extract115): a
    fact box's labelled items count too ("24 mars: Informationsmöte i Ramsjö bygdegård kl. 18.30." in a "Tidsplan" of
    dated items summing up the text's sentences). Session 46 (extract247): so does an item in small letters of a list
    its line ending in a colon announces ("Det är förbjudet att:" over "elda i skog och mark, även på …"), however
    many items it has."""
    if glued_item(lines, i):
        return True
    if not (is_title_like(lines[i].text) or fact_item(lines[i])):
        return False
    siblings = 0
    k = i
    while k > 0 and not lines[k].blank_before and _sibling(lines[k - 1]):
        siblings += 1
        k -= 1
    k = i
    while k + 1 < len(lines) and not lines[k + 1].blank_before and _sibling(lines[k + 1]):
        siblings += 1
        k += 1
    return siblings >= LIST_SIBLINGS


def _sibling(ln: TaggedLine) -> bool:
    return ln.tag is None and (is_title_like(ln.text) or fact_item(ln)) and words(ln.text) >= 3


class _Said:
    """The lines said so far, with an index from each word to the lines holding it, so that a line is compared only
    with the lines sharing one of its rarest words (a line said again shares all but a few of its words; at most
    :data:`CANDIDATES` of the latest such lines per word: the work stays linear on long pages)."""

    def __init__(self) -> None:
        self.lines: list[Counter[str]] = []
        self.sets: list[frozenset[str]] = []
        self.index: dict[str, list[int]] = {}

    def add(self, own: Counter[str]) -> None:
        for w in own:
            self.index.setdefault(w, []).append(len(self.lines))
        self.lines.append(own)
        self.sets.append(frozenset(own))

    def holds(self, own: Counter[str]) -> bool:
        """Whether one line said holds at least :data:`ECHO_SHARE` of the words of ``own`` (with their repeats)."""
        total = sum(own.values())
        distinct = sorted(own, key=lambda w: len(self.index.get(w, ())))
        rare = distinct[:int((1 - ECHO_SHARE) * len(distinct)) + 1]  # a line holding the share holds one of these
        candidates = {k for w in rare for k in self.index.get(w, ())[-CANDIDATES:]}
        keys, least = own.keys(), len(own) - (1 - ECHO_SHARE) * total  # the words a line holding the share must hold
        return any(len(keys & self.sets[k]) >= least and sum((own & self.lines[k]).values()) >= ECHO_SHARE * total
                   for k in candidates)


CANDIDATES = 200
"""At most this many of the latest lines holding a word are compared with a line (see :class:`_Said`)."""


def echo_tags(lines: Sequence[TaggedLine], head: str = "") -> None:
    """Drop the kept lines below the lead that say again a line kept above them (see the module docstring); ``head``:
    the headline and the lead, said above ``lines``."""
    said, heads = _Said(), _Said()
    for h in head.split("\n"):
        if h.strip():
            said.add(_words(h))
            heads.add(_words(h))
    for i, ln in enumerate(lines):
        if ln.tag is not None:
            continue
        own = _words(ln.text)
        # A list's item (a fact box's "Stensjöns bastuförening – ny kamin, 8 000 kr") may sum up a sentence of the text
        # in its own short words: it is the list's, an echo only of the headline or lead (a teaser list's title).
        if words(ln.text) >= ECHO_WORDS and (heads if _list_item(lines, i) else said).holds(own):
            ln.tag, ln.rule = "drop", ECHO_RULE
            above = lines[i - 1] if i > 0 and not ln.blank_before else None
            if above is not None and above.tag is None and above.blank_before and is_title_like(above.text) and (
                    words(above.text) <= LABEL_WORDS):
                above.tag, above.rule = "drop", ECHO_RULE
            below = lines[i + 1] if i + 1 < len(lines) and not lines[i + 1].blank_before else None
            if below is not None and _attribution(below):
                below.tag, below.rule = "drop", ECHO_RULE
            continue
        if not _WHOLE_QUOTE.fullmatch(ln.text.strip()):  # a pull quote is judged against the paragraph below it
            said.add(own)
    _pulled_ahead(lines)


_WHOLE_QUOTE = re.compile(r"[”“\"«»„][^”“\"«»„]{10,}?[.!?…] (?-i:[A-ZÅÄÖ])[^”“\"«»„]{5,}[”“\"«»](?:\s*[–—-]\s*[^.!?]{2,60})?")
"""A line that is one quotation of two sentences or more in quotation marks, perhaps with its speaker after a dash: a
pull quote's shape. A subheading in quotation marks is one sentence ("”Hur ska jag ta mig dit i januari?”")."""


def _pulled_ahead(lines: Sequence[TaggedLine]) -> None:
    """A pull quote set above the paragraph it is taken from ("”Jag har aldrig tänkt på mig själv som konstnär. Jag gör
    skålar.”" over "– Jag vet inte vad jag ska säga om det. Jag har aldrig tänkt …"): a kept line of
    :data:`ECHO_WORDS` words or more, one quotation in quotation marks (:data:`_WHOLE_QUOTE`), whose words stand, at
    least :data:`ECHO_SHARE` of them, in one kept line below it. The listener hears them there, in the speaker's
    paragraph (session 33, extract122: a weekend interview). A subheading in quotation marks taken from the section
    under it is one sentence, and stays (golden set b47-u05, b57-u06: "”Det var en ren tur att ingen stod under taket den
    natten.”"); so does a pull quote of one sentence (the risk: it is heard twice). Such a line is never the line said
    first that makes the speaker's paragraph under it an echo (:func:`echo_tags` does not count it said; session 36,
    extract151: a hospice volunteer's quote lost its paragraph, and the article's end moved up over the last section)."""
    below = _Said()
    for ln in reversed(lines):
        if ln.tag is not None:
            continue
        own = _words(ln.text)
        if words(ln.text) >= ECHO_WORDS and _WHOLE_QUOTE.fullmatch(ln.text.strip()) and below.holds(own):
            ln.tag, ln.rule = "drop", ECHO_RULE
            continue
        below.add(own)
