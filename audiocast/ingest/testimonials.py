"""A testimonial or quote card in a page dump: a quoted line with its speaker after a dash, on one line.

Sites selling courses, camps, trips or memberships set their customers' words beside the article: ”Bästa veckan på
hela sommaren!” – Alva, 11 år. The article quotes its people otherwise: a paragraph opened by a dash ("– Det var …,
säger …"), or a quote followed by the verb of saying (”…”, säger Jonas). On any site the card is told by its shape:

- the line opens with a quotation mark, the quote closes with one, and after it come only a dash and the speaker
  (a capitalised name or a description, at most :data:`SPEAKER_WORDS` words: "Sofia, 34 år", "Henrik, kursdeltagare");
- the whole is short (:data:`CARD_WORDS` words at most);
- a picture's caption glued right under the card (a short line without a verb of its own) is the card's picture.

Guards (kept): a subheading in quotation marks without a speaker; a quote followed by "säger …"; a pull quote, one
card whose speaker is a full name and a role in small letters, alone in the article's text, running prose on one side of it and the article's lines on both (:func:`_pull_quote`: "”Vi har väntat länge” – Eva
Lind, ordförande" between two paragraphs is the article's; a course site's cards stand two or more together, or
beside its lists). Risk of that guard: a single customer's card set between two paragraphs of a course's description
is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine, is_caption
from .lineshape import is_wholly_quoted, words

RULE = "testimonial"
CARD_WORDS = 35
SPEAKER_WORDS = 8
CAPTION_WORDS = 12
_OPEN = "”\"»“„‘'«"
_CLOSE = "”\"«»“'’"
_CARD = re.compile(rf"[{_OPEN}][^{_CLOSE}]{{2,240}}[{_CLOSE}]\s*[–—-]\s*(?P<who>[A-ZÅÄÖÉ][^.!?]*)")
_SAYING = re.compile(r"(?i)\b(?:säger|sa|sade|berättar|menar|skriver|tycker|förklarar|konstaterar)\b")


def is_testimonial(line: str) -> bool:
    """A quote card: a quoted line, a dash and its speaker (module docstring)."""
    m = _CARD.fullmatch(line)
    return m is not None and words(line) <= CARD_WORDS and words(m.group("who")) <= SPEAKER_WORDS and not _SAYING.search(
        m.group("who"))


_ROLE_SPEAKER = re.compile(r"[A-ZÅÄÖÉ][\w'’-]+(?: [A-ZÅÄÖÉ][\w'’-]+)+,\s+[a-zåäöé][^,\d]{1,60}")
"""A pull quote's speaker: a full name and a role in small letters ("Annika Sjödin, kommunalråd"); a customer's card
names a first name, an age or a place ("Birgitta, 67 år", "Leif Holm, Kumla")."""
PROSE_WORDS = 10
"""A paragraph of running prose around a pull quote has at least this many words."""
ALONE = 3
"""No other card within this many lines of a pull quote."""


def _running(ln: TaggedLine) -> bool:
    t = ln.text.strip()
    return ln.tag is None and words(t) >= PROSE_WORDS and t[-1:] in ".!?”\"" and not is_testimonial(t)


def _pull_quote(lines: Sequence[TaggedLine], i: int) -> bool:
    """The card at lines[i] stands alone in the article's text, running prose over or under it: the article's pull quote."""
    if i < 1 or i + 1 >= len(lines) or lines[i - 1].tag is not None or lines[i + 1].tag is not None:
        return False
    if not (_running(lines[i - 1]) or _running(lines[i + 1])):
        return False
    m = _CARD.fullmatch(lines[i].text)
    if m is None or not _ROLE_SPEAKER.fullmatch(m.group("who").strip()):
        return False
    near = [*lines[max(0, i - ALONE):i], *lines[i + 1:i + 1 + ALONE]]
    return not any(is_testimonial(x.text) for x in near)


_SOURCE = re.compile(r"[–—-]\s*[A-ZÅÄÖÉ].{1,80}")
"""A card's speaker or source on the line under its quote ("– Östra Nytt om ”Den inbillade sjuke”, 2023")."""
SPLIT_CARDS = 2
"""Cards whose quote and source stand on two lines are told together: at least this many, glued one under another."""
HEADING_WORDS = 6


def _split_card(lines: Sequence[TaggedLine], i: int) -> bool:
    """lines[i] is a quote alone on its line and lines[i + 1] its source after a dash, glued under it."""
    if i + 1 >= len(lines) or lines[i].tag is not None or lines[i + 1].tag is not None or lines[i + 1].blank_before:
        return False
    quote, source = lines[i].text.strip(), lines[i + 1].text.strip()
    return (is_wholly_quoted(quote) and words(quote) <= CARD_WORDS and bool(_SOURCE.fullmatch(source))
            and words(source) <= SPEAKER_WORDS + 4 and not _SAYING.search(source) and source[-1:] not in ".!?")


def split_card_tags(lines: Sequence[TaggedLine]) -> None:
    """Quote cards set on two lines, the quote and under it its source after a dash ("”En sommarkväll att minnas.”" /
    "– Östra Nytt om …, 2023"), at least :data:`SPLIT_CARDS` of them glued one under another, with the short heading
    right over the first ("Vad publiken sa förra sommaren"): a site's praise beside the article, whatever they say
    (session 33, extract129: a summer theatre's reviews under its news). One such card alone, the article's pull quote
    with its speaker, stays."""
    i = 0
    while i < len(lines):
        k = i
        while _split_card(lines, k):
            k += 2
        if (k - i) // 2 >= SPLIT_CARDS:
            top = i - 1
            if top >= 0 and lines[top].tag is None and not lines[i].blank_before and 0 < words(lines[top].text) <= (
                    HEADING_WORDS) and lines[top].text.strip()[-1:] not in ".!?:":
                i = top
            for x in lines[i:k]:
                x.tag, x.rule = "drop", RULE
            i = k
        else:
            i += 1


def testimonial_tags(lines: Sequence[TaggedLine]) -> None:
    """Quote cards and the picture glued under each go (rule ``testimonial``); a pull quote stays; cards set on two
    lines each go by :func:`split_card_tags`."""
    split_card_tags(lines)
    voiced_run_tags(lines)
    for i, ln in enumerate(lines):
        if ln.tag is not None or not is_testimonial(ln.text) or _pull_quote(lines, i):
            continue
        ln.tag, ln.rule = "drop", RULE
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and nxt.tag is None and not nxt.blank_before and words(nxt.text) <= CAPTION_WORDS and (
                is_caption(nxt.text)):
            nxt.tag, nxt.rule = "drop", RULE


_VOICES_HEAD = re.compile(r"(?i)(?=.*\b(?:våra|vår|vårt|oss)\b)(?=.*\b(?:säger|sa|tycker|tyckte|berättar|omdömen|röster)\b)"
                          r"[^.!:]{3,50}[?]?")
"""A heading over customers' words in the site's voice ("Vad våra elever säger", "Det här tycker våra deltagare")."""
_GIVEN_NAME_SAYS = re.compile(r"[–—-]\s.{10,300}\bsäger (?-i:[A-ZÅÄÖÉ][a-zåäöéü]+)(?:,\s[^.!?]{1,30})?[.!]")
"""A quote by a speaker named by a given name alone, perhaps with a course or an age ("… säger Lova, jazzdans.")."""
VOICED_QUOTES = 2


def voiced_run_tags(lines: Sequence[TaggedLine]) -> None:
    """Session 34 (extract134): the customers' words a course site sets under a heading in its own voice ("Vad våra
    elever säger" / "– Jag började när jag var fem …, säger Lova, jazzdans." / two more). An article names the people
    it quotes with their full names, or by "hon", "han"; a run of at least :data:`VOICED_QUOTES` quotes, each glued
    to the one above and each by a given name alone, under such a heading, is the site's; all go. Rule ``testimonial``."""
    for i, ln in enumerate(lines):
        if ln.tag is not None or not _VOICES_HEAD.fullmatch(ln.text.strip()):
            continue
        k = i + 1
        while k < len(lines) and lines[k].tag is None and not lines[k].blank_before and _GIVEN_NAME_SAYS.fullmatch(
                lines[k].text.strip()):
            k += 1
        if k - i - 1 >= VOICED_QUOTES:
            for x in lines[i:k]:
                x.tag, x.rule = "drop", RULE
