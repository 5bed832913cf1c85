"""A widget's box glued under the article's last paragraph, told by the shape of its lines and the page's line closing it.

Phenomenon: under the article's last paragraph, before the footer, a page sets a box of its own: a heading that names
the box, not a fact ("Lediga jobb hos …", "Biljetter", "Ur senaste numret", "Medlemsförmåner", "Leverantörsnytt",
"Intresseanmälan volontär") over a few lines whose shape differs from the article's paragraphs and from its fact box's
items: job titles with a place and a closing day, an event's name, day and status, teaser titles, a form's field
names. The page closes the box with a line of its own: a link to the whole list ("Se alla 6 jobb"), a form's button
("Skicka"), a button to read or subscribe ("Läs e-tidningen"), a list of the site's items, the footer's first line.
Read as the first box under the end (:func:`audiocast.ingest.articleend.end_tags`), the place of the article's fact
box, it was spoken; in a dump without blank lines it was glued under the article's real fact box ("Nästa medlemsmöte"
with its day, place and sign-up sentence, then "Medlemsförmåner").

Told on any site by the shape, not the words, in the first box under the end: a heading glued to the line above (a
dump without blank lines, where the page's boxes and the article's are not set apart; a box set apart by a blank
line stays the place of the article's fact box), title-like, at most :data:`HEAD_WORDS` words, no digit, no colon,
no sentence's end, neither a greeting nor a name (a signature); under it at most :data:`MAX_ITEMS` kept lines none of
which is the article's kind of line: a sentence (a final stop or exclamation mark), a quote, a fact box's item (a
short label and its value: "Datum: 12 maj", :data:`FACT_ITEM`), a result's rank ("1. Anna Berg"), a phone number (a
contact card, the contact passes'); the classifier doubting the heading and its lines (:data:`P_WIDGET`); and the
box closed by the page's line that lists more or asks the reader to act (:data:`CLOSING_RULES`). Where the box opens
with the article's fact box or closing line, the widget begins at the first heading under a line of the article's
kind. A form closed by its own button kept as a line is left to :mod:`.articlenotes`, which drops its call too.

Risk: an article closing on a heading over a bare list (a concert's set list, a team's line-up) glued over a "more"
line in a dump without blank lines loses the list when the classifier doubts it; none in the golden set or the
opened sets. Not caught: a widget whose lines the classifier trusts ("Lediga jobb hos …" over job titles, 0.6 on
average), a widget over an ad's label, and the page's boxes above a later sentence taken for the article's last
paragraph (the end is found below them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articlenotes import BUTTON as FORM_BUTTON
from .articlenotes import BUTTON_WORDS
from .contacts import is_person_line
from .furniture import TaggedLine
from .letterclose import GREETING
from .lineshape import PHONE_NUMBER, is_quote, is_title_like, words

HEAD_WORDS = 6
"""A widget's heading names its box in at most this many words ("Lediga jobb hos Kils Trä AB")."""
MAX_ITEMS = 8
"""A widget's box under the article holds at most this many kept lines under its heading."""
SINGLE_ITEM_WORDS = 4
"""A widget's box of one line under its heading says at least this many words ("Rabatt på Folktandvården, glasögon
och försäkringar"); a shorter one is a grade or a role ("4 av 5", "Ordförande")."""
P_WIDGET = 0.35
"""The classifier gives the widget's heading and lines less than this on average (the opened sets' widgets: 0.05 to
0.27; the article's own lists glued under its text that the other signals leave: 0.4 to 0.55, "Svåra ord",
"Cirklar i höst")."""
FACT_ITEM = re.compile(r"(?-i:[A-ZÅÄÖ0-9])[^:.!?]{0,40}?:\s+\S.*")
"""A fact box's item, a short label and its value ("Festivalpass: 650 kr", "Ålder: 7–15 år"); the label's words are
counted by :data:`LABEL_WORDS`."""
LABEL_WORDS = 4
"""A fact's label is at most this many words (a form's question, "Jag kan tänka mig att jobba med: …", is longer)."""
_RANK = re.compile(r"\d{1,3}[.)]\s")
_NAMES = re.compile(r"(?:(?-i:[A-ZÅÄÖ])[\w'’-]+|och|&)(?:\s+(?:(?-i:[A-ZÅÄÖ])[\w'’-]+|och|&)){1,4}")
"""Words all capitalized but a joiner: names, a signature's "Bengt och Ulla Nyström", not a box's name."""
_PHONE = re.compile(r"(?<![\d,.])(?=0)" + PHONE_NUMBER)  # a trunk number only ("+46" stays a figure here)
_DIGIT = re.compile(r"\d")
_KEEP_END = ".!…\"”»"

CLOSING_RULES = frozenset({
    "more-link", "see-also", "more-items", "latest-news", "section-box", "glued-box", "after-end",
    "signup-box", "offer", "poll", "cta", "action-box", "box"})
"""The rules (``data/boilerplate.tsv`` and the record passes) of the page's lines that close a widget's box: a link to
the whole list ("Se alla 6 jobb", "Läs mer om förmånerna"), the site's next list ("Fler nyheter", "Andra evenemang"),
a form's or an offer's button ("Skicka", "Köp biljett"), a poll. The lines that close the article's own boxes as
often (the share row, a document's link, the writer's e-mail, the topic tags, an update stamp) are not among them."""


def widget_from(lines: Sequence[TaggedLine], start: int, stop: int) -> int | None:
    """Where the page's widget begins in the first box under the article's end, ``lines[start:stop]`` (``stop``: the
    page's first line of furniture under it, or the page's tail), or None when the box holds none (see the module
    docstring)."""
    kept = [k for k in range(start, stop) if lines[k].tag is None]
    if not kept or not _closing_furniture(lines, stop):
        return None
    last = lines[kept[-1]].text
    if words(last) <= BUTTON_WORDS and FORM_BUTTON.fullmatch(last):
        return None  # a form closed by its own button: its call and fields are told by :mod:`.articlenotes`
    for n, h in enumerate(kept):
        items = kept[n + 1:]
        # A heading glued to the line above (the dump sets no blank line between the article and the page's boxes),
        # over the widget's lines, under the article's own fact box or closing line when it is not the box's first.
        if lines[h].blank_before or not _heading(lines[h].text) or not items or len(items) > MAX_ITEMS:
            continue
        if n and all(_widget_item(lines[k].text) for k in kept[:n]):
            continue  # a list's items all through: a later "heading" is one of them ("Öppna landskap")
        if len(items) == 1 and words(lines[items[0]].text) < SINGLE_ITEM_WORDS:
            continue  # a grade, a name's role ("Betyg" / "4 av 5")
        probs = [lines[k].p for k in [h, *items]]
        if any(p is None for p in probs) or sum(p or 0.0 for p in probs) / len(probs) >= P_WIDGET:
            continue  # the classifier reads the box as text
        if all(_widget_item(lines[k].text) for k in items) and not any(_contact(lines[k].text) for k in items):
            return h
    return None


def _heading(text: str) -> bool:
    """A box's name: title-like, at most :data:`HEAD_WORDS` words, no digit, no colon, no sentence's end; neither a
    letter's greeting nor a person's name (a signature: "Med vänliga hälsningar", "Lisa Ahlgren" over "Nyhetschef")."""
    return (is_title_like(text) and words(text) <= HEAD_WORDS and not _DIGIT.search(text) and ":" not in text
            and text[-1] not in ".!?" and not GREETING.fullmatch(text) and "hälsning" not in text.lower()
            and not is_person_line(text) and not _NAMES.fullmatch(text))


def _contact(text: str) -> bool:
    """A contact card's phone number ("0481-450 00"): the box is the contact passes' (:mod:`.contacts`), as annotators
    read such boxes both ways."""
    return bool(_PHONE.search(text))


def _widget_item(text: str) -> bool:
    """A line under a widget's heading: neither a sentence, a quote, a fact's item nor a result's rank."""
    if text[-1] in _KEEP_END or is_quote(text) or _RANK.match(text):
        return False
    fact = FACT_ITEM.fullmatch(text) and text[-1] != "?"  # "Tema: Vattnet – en bristvara?" titles a teaser
    return not (fact and words(text.split(":", 1)[0]) <= LABEL_WORDS)


def _closing_furniture(lines: Sequence[TaggedLine], stop: int) -> bool:
    """The line under the box is the page's and points to more of the site's items or asks the reader to act
    (:data:`CLOSING_RULES`)."""
    return stop < len(lines) and lines[stop].rule in CLOSING_RULES
