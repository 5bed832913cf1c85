"""Cards a site repeats under an article: a crowdfunding page's rewards (a price, what the giver gets, "87 har
valt"), an event list's seats ("12 platser kvar"), a list of reports ("1 avvikelse"). Each card is a few short lines
ending or turning on a counter of what readers did or what is left; what tells the cards on any site is that counter
coming back in every card with only its number changed ("87 har valt", "64 har valt", "21 har valt"), at the same
place in each card: every :data:`MAX_PERIOD` lines at most. The cards around those counters go. An article's own
records (property transfers, results) carry data fields ("Köpare: …", "212 kvm"), not counters of the page's readers.

Session 38: a date alone on its line coming back in every card is such a counter too (an event list's "Måndag 24 mars
18:00" between the event's kind, title, place and button; a list of teasers' "3 februari 2025"), unless a card's line
tells what happens on the day (a sentence, a programme's item after its clock time: a timeline's, a diary's, a
programme's days are the article's).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from .dates import is_date_line
from .furniture import TaggedLine
from .lineshape import is_quote, is_title_like, words
from .records import REPLY_RULE

MIN_CARDS = 3
MAX_PERIOD = 5
CARD_LINE_WORDS = 16
"""No line of a card is longer than this (a card's description is a line, not a paragraph)."""
MASK_WORDS = 5
_DIGITS = re.compile(r"\d(?:[\d  ,.:/]*\d)?")


_COUNTER = re.compile(
    r"0 (?:(?:personer? )?har (?:valt|köpt|anmält sig|skrivit under|bidragit|gillat|svarat)|kommentar(?:er)?|svar|"
    r"visningar|läsningar|gillar|tittare|deltagare|bidragsgivare|avvikelser?|anmärkningar|rapporter|(?:platser |biljetter )?kvar|"
    r"av 0 kvar|sålda|anmälda|intresserade|comments?|views|backers|claimed|left)")


DATE_MASK = "<date>"
"""The mask of a line that is only a date: an event card's or a teaser's date ("Måndag 24 mars 18:00", "3 feb 2025")."""


def _mask(text: str) -> str | None:
    """A short counter line with its number made alike ("87 har valt": "0 har valt"), a date line alike with every
    other (:data:`DATE_MASK`), else None."""
    if words(text) > MASK_WORDS or not re.search(r"\d", text):
        return None
    if is_date_line(text):
        return DATE_MASK
    masked = _DIGITS.sub("0", text.lower()).strip()
    return masked if _COUNTER.fullmatch(masked) else None


def _runs(positions: list[int]) -> list[tuple[int, int, int]]:
    """Runs of :data:`MIN_CARDS` positions or more at one gap of 2 to :data:`MAX_PERIOD`: (first, last, gap)."""
    out = []
    k = 0
    while k + 2 < len(positions):
        gap = positions[k + 1] - positions[k]
        end = k + 1
        while end + 1 < len(positions) and positions[end + 1] - positions[end] == gap:
            end += 1
        if 2 <= gap <= MAX_PERIOD and end - k + 1 >= MIN_CARDS:
            out.append((positions[k], positions[end], gap))
        k = max(end, k + 1)
    return out


_AT_SOURCE = re.compile(r"(?i)(?:läs|lyssna|se|titta|läs mer|läs hela (?:artikeln|texten)|read|listen|watch)"
                        r"(?: mer)? (?:hos|på|från|at|on) (.{2,60})")
SOURCE_CARD_LINES = 3
"""A link card of an aggregator: the source's name, the linked title, and a button naming the source again ("Läs hos
Hälleby Tidning"): at most this many lines from the name to the button."""


def source_card_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop an aggregator's link cards: a button that sends the reader to a source ("Läs hos X", "Lyssna hos X") with
    the source's name X standing alone a few lines above it (no blank line between), and the lines between."""
    for i, ln in enumerate(lines):
        m = _AT_SOURCE.fullmatch(ln.text.strip())
        if m is None:
            continue
        for k in range(i - 1, max(-1, i - SOURCE_CARD_LINES), -1):
            if lines[k].text.strip().lower() == m.group(1).strip().lower():
                if not any(x.blank_before for x in lines[k + 1:i + 1]) and all(
                        x.tag is not None or (words(x.text) <= CARD_LINE_WORDS and not is_quote(x.text)) for x in lines[k:i]):
                    for x in lines[k:i + 1]:
                        x.tag, x.rule = "drop", "cards"
                break
            if lines[k + 1].blank_before:
                break


ALIKE_WORDS = 8
"""Two lines at the same place of two cards are alike when both are this short."""


_FIELD = re.compile(r"[\w/-]+:\s")
"""A fact's field: one word and a colon ("Regi: …", "Land/år: …"); an event's "Stina Lund: Mörkret i Norrmarken" is
its title."""


def _alike(a: TaggedLine, b: TaggedLine) -> bool:
    """Two lines at the same place in two dated cards: both short, neither a sentence, both or neither a fact's field
    (a fact box's "Regi: …" over a list of screenings is none of its cards)."""
    ta, tb = a.text.strip(), b.text.strip()
    return (0 < words(ta) <= ALIKE_WORDS and 0 < words(tb) <= ALIKE_WORDS and ta[-1] not in ".!?" and tb[-1] not in ".!?"
            and bool(_FIELD.match(ta)) == bool(_FIELD.match(tb)))


_CLOCK_FIRST = re.compile(r"(?:kl\.?\s*)?\d{1,2}[.:]\d\d\s+\S")


def _told(text: str) -> bool:
    """A line of a dated run that tells what happened or happens on the day: a sentence ("Grävmaskinerna rullar in …
    torget."), or a programme's item opening with its clock time ("10.00 Öppet bad för alla"). A card's lines are
    titles, places and buttons."""
    t = text.strip()
    return t[-1:] in ".!?" or bool(_CLOCK_FIRST.match(t))


def card_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop an aggregator's link cards (:func:`source_card_tags`) and a run of repeated cards (see the module docstring) and the short heading right over it ("Välj en
    belöning")."""
    source_card_tags(lines)
    where: dict[str, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        mask = _mask(ln.text)
        if mask is not None:
            where[mask].append(i)
    spans: list[tuple[int, int, bool]] = []
    for mask, positions in where.items():
        for first, last, gap in _runs(positions):
            if mask == DATE_MASK:  # a date may open its card, close it or stand inside: the card's lines as far as
                # they match line for line the next card's (or the one before's) at the same place
                back = next((j for j in range(1, gap) if first - j < 0
                             or not _alike(lines[first - j], lines[first + gap - j])), gap)
                ahead = next((j for j in range(1, gap) if last + j >= len(lines)
                              or not _alike(lines[last + j], lines[last - gap + j])), gap)
                spans.append((max(0, first - back + 1), last + ahead - 1, True))
            else:
                spans.append((max(0, first - gap + 1), min(len(lines) - 1, last + gap - 1), False))
    for first, last, dated in spans:
        start = min(a for a, b, _ in spans if a <= last and b >= first)
        region = lines[start:last + 1]
        if any(ln.blank_before for ln in region[1:]) or any(
                ln.tag is None and (words(ln.text) > CARD_LINE_WORDS or is_quote(ln.text)) for ln in region):
            continue
        if dated and (any(ln.rule == REPLY_RULE or ln.tag is None and _told(ln.text) for ln in region)
                      or all(ln.tag is not None for ln in region if ln.tag != "date")):  # a teaser list the rules took
            continue  # dated comments over their reply buttons: the comment passes' (``threads``); a timeline's,
            # a diary's or a programme's days over what happened or happens then: the article's
        above = lines[start - 1] if start > 0 else None
        if above is not None and above.tag is None and is_title_like(above.text) and not re.search(r"\d", above.text) and (
                words(above.text) <= MASK_WORDS) and not (dated and (":" in above.text or not above.text[:1].isupper())):
            above.tag, above.rule = "drop", "cards"
        for ln in region:
            if ln.tag is None:
                ln.tag, ln.rule = "drop", "cards"
