"""The article's fact box of labelled items glued under its last paragraph, told apart from the widget glued under it.

Phenomenon: a match report's "Matchfakta", a building project's "Projektfakta", a news item's count per municipality
("Nya solcellsanläggningar 2024" over "Borås: 894", "Mark: 411", …, "Källa: …") close the article as a heading over
lines of a label and its value. In a dump without blank lines the page's next widget is glued right under them (a
league table, "Projektradar – senast tillagda" with its own "Place: project" items, a calendar of events), and the
passes that tell where the article ends took the fact box with the widget as one box of the page's (a box holding a
table's rows, a list closed by its link to the whole, a calendar): the article lost its facts.

The box is found by its shape: a heading (a title-like line, no label's colon) over at least :data:`MIN_ITEMS` kept
items of a label and its value (:data:`LABELLED`: "Domare: Mattias Sköld", "Yta: ca 70 000 kvm"), two thirds of its
items at least (a result line without a label may stand among them: "Ystad IF–Lugi 26–24 (12–13)"). It ends at the
first line the rules took (a table's row, a link), at a blank line, at running prose, or at the next heading once
items have been read (the widget's own heading: "Tabell Handbollsligan", "Informationskvällar i maj"). It is the
article's when its heading is a fact box's ("…fakta", "Fakta om …") or the article has said the heading's words or
half of the items' (:data:`TIE_SHARE`; the heading's numbers not counted, session 32: "Öppettider säsongen 2024/25"
under an article on the season's start); an address box (:func:`audiocast.ingest.contacts.is_address_box`) and a
schedule (items labelled by days or dates: a week's school menu, opening hours) never are. A list closed by its link
to the whole (:func:`audiocast.ingest.furniture.excerpt_tags`) keeps such a box only above the list's own heading.

Risk: a site's widget of labelled lines glued under the article whose heading repeats the article's words (a
"Väder i Borås" box under an article about Borås, its lines "Idag: 4°") stays as the article's; the widgets the rules
know (weather, opening hours, service boxes) are tagged before and end the box at their first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .contacts import is_address_box
from .furniture import TaggedLine
from .lineshape import content_words, is_quote, is_title_like, words

MIN_ITEMS = 3
"""A labelled fact box holds at least this many items of a label and its value."""
ITEM_SHARE = 2 / 3
"""At least this share of the box's items are a label and its value."""
TIE_SHARE = 0.5
"""The article has said at least this share of the heading's content words, or of the items' (as
:data:`audiocast.ingest.articleend.TIE_SHARE`)."""
LABELLED = re.compile(r"(?-i:[A-ZÅÄÖ])[\w ,./()&–-]{0,30}?:\s+\S.*")
"""An item of a label and its value: "Byggherre: Nordport", "Ystad Arena, publik: 2 100", "Borås: 894"."""
_FACT_HEADING = re.compile(r"(?i)\w*fakta|fakta(?: om\b|\s*:\s)\s*\S.*")
"""A fact box's heading by its word: "Matchfakta", "Projektfakta", "FAKTA", "Fakta om bygget", "Fakta: Länsväg 812"
(session 35: a "Fakta:" heading is shaped as a label and its value, yet heads the box)."""
_SENTENCE_END = ".!?…\"”»"
_DAY_LABEL = re.compile(
    r"(?i)(?:mån|tis|ons|tors|fre|lör|sön)(?:dag(?:ar)?)?\b.{0,20}:|(?:vardagar|helgdagar|helger|dagligen)\b.{0,20}:"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)")
"""A label that is a day or a date ("Måndag:", "Mån–fre:", "12 maj"): its items are a schedule (a week's menu,
opening hours, a calendar), the page's widget whatever words it shares with the article."""


def labelled_box_end(lines: Sequence[TaggedLine], i: int, cut: int, said: set[str]) -> int | None:
    """Where the article's labelled fact box opening at ``lines[i]`` ends (the index after its last item), or None
    when no such box opens there (see the module docstring). ``said``: the content words of the article above."""
    if i >= cut:
        return None
    head = lines[i]
    if head.tag is not None or not is_title_like(head.text) or (LABELLED.fullmatch(head.text) and not _FACT_HEADING.fullmatch(
            head.text)) or head.text[-1] == ":":
        return None
    k, labelled = i + 1, 0
    while k < cut:
        ln = lines[k]
        if ln.tag is not None or ln.blank_before or is_quote(ln.text) or (
                words(ln.text) >= 8 and ln.text[-1] in _SENTENCE_END):
            break
        item = bool(LABELLED.fullmatch(ln.text))
        if not item and labelled and is_title_like(ln.text):
            break  # the next box's heading, glued under the items
        labelled += item
        k += 1
    days = sum(bool(_DAY_LABEL.match(x.text)) for x in lines[i + 1:k])
    if not labelled_shape(lines[i:k]) or is_address_box(lines[i:k]) or days >= 2:
        return None
    return k if _tied(lines[i:k], said) else None


def labelled_shape(box: Sequence[TaggedLine]) -> bool:
    """A heading over items of a label and its value (at least :data:`MIN_ITEMS`, :data:`ITEM_SHARE` of them): the
    shape of a labelled fact box, whatever it is tied to."""
    if not box or (LABELLED.fullmatch(box[0].text) and not _FACT_HEADING.fullmatch(box[0].text)):
        return False
    labelled = sum(bool(LABELLED.fullmatch(x.text)) for x in box[1:])
    return labelled >= MIN_ITEMS and labelled >= ITEM_SHARE * (len(box) - 1)


def _tied(box: Sequence[TaggedLine], said: set[str]) -> bool:
    """The box is the article's: a fact box's heading, or the article's words in its heading or its items."""
    if _FACT_HEADING.fullmatch(box[0].text):
        return True
    heading = {w for w in content_words(box[0].text) if not w.isdigit()}  # "2024/25" says nothing of the topic
    if heading and len(heading & said) >= TIE_SHARE * len(heading):
        return True
    vocab: set[str] = set()
    for ln in box[1:]:
        vocab |= content_words(ln.text)
    return bool(vocab) and len(vocab & said) >= TIE_SHARE * len(vocab)
