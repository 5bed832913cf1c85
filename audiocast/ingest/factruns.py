"""A fact box copied one item to a paragraph: its heading and its "Label: value" items each between blank lines.

A browser's copy of a fact box set as paragraphs or spaced list items gives every line a blank line of its own:

    Kaj-Kaféet

    Startade: 1984

    Anställda: 2 året runt, 9 på sommaren

The passes that judge the lines under the article's last paragraph see each item as a lone line, and a lone short line
the classifier doubts is the page's (a button, a caption): the box was lost item by item. A run of such items is one
box on any site: :data:`RUN_ITEMS` lines or more in a row, each a short label with its value (or a programme's time
and its item), the article's text above them. :func:`spaced_fact_tags` glues the run (and the heading standing alone
right over it) into one box, as a copy without the spacing gives it, before the other passes judge the lines; the
dump parser's fact box then reads it.

Not a fact box: a contact card (its items name a phone number, an e-mail or a web address: "Telefon: 0521-450 00",
"E-post: …"; the page's, under :mod:`audiocast.ingest.contacts`), a question and its answer ("Fråga: …?"), lines of the
rules' furniture between. An item said word for word on a line of its own above the box goes there (the listener
hears it in the box). Used by the dump parser (:mod:`audiocast.ingest.text`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..calendar_sv import MONTHS
from .furniture import TaggedLine
from .lineshape import TIMED_ITEM, is_quote, is_title_like, words

RUN_ITEMS = 2
"""A spaced run holds at least this many items, under a heading of its own or not."""
ITEM_WORDS = 14
"""A fact box's item (label and value) is at most this many words ("I rollerna: Karl Petter Alm, Maja Hellström, …")."""
LABEL_WORDS = 4
"""Its label is at most this many words ("Antal lägenheter", "Bästa platsen på Öland")."""
HEADING_WORDS = 8
"""The box's heading ("Kaj-Kaféet", "Om projektet", "Utfall per grupp") is at most this many words."""
_ITEM = re.compile(r"(?P<label>(?-i:[A-ZÅÄÖÉ])[^:!?]{0,40}?):\s+(?P<value>\S.*)")
_DATED = re.compile(rf"(?:\d{{1,2}}\s+(?:{'|'.join(MONTHS)})|\d{{1,2}}/\d{{1,2}}):\s+\S.*", re.IGNORECASE)
"""Session 31 (extract113): a programme's item labelled by its date ("9 november: Tosca (Puccini)", "14/12: Julkonsert")."""
_CHANNEL = re.compile(
    r"(?i)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:se|nu|com|org|net|eu)\b"
    r"|(?<!\d)(?:\+46|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?!\d)")
"""A way to reach someone: an e-mail or web address, a phone number (a contact card's item)."""
_ITEM_RULES = frozenset({"byline", "fact-item"})
"""An item the rules took for a byline ("Av: Molière", "Regi: …"): between items of a run it is the box's (the dump
parser's :func:`audiocast.ingest.byline.fact_bylines` untags it once the box is glued); at the run's end it is the
writer's ("Text: Josefin Hed")."""


def fact_item(ln: TaggedLine) -> bool:
    """A fact box's item standing as its own paragraph: a short label, a colon and a value (:data:`ITEM_WORDS`,
    :data:`LABEL_WORDS`), or a programme's item opened by its time (:data:`~.lineshape.TIMED_ITEM`) or labelled by its date (:data:`_DATED`); no question, no quote, kept or
    taken for a byline."""
    if not (ln.tag is None or ln.rule in _ITEM_RULES) or is_quote(ln.text) or ln.text[-1] == "?":
        return False
    if words(ln.text) > ITEM_WORDS:
        return False
    m = _ITEM.fullmatch(ln.text)
    return (m is not None and words(m.group("label")) <= LABEL_WORDS) or TIMED_ITEM.fullmatch(ln.text) is not None or (
        _DATED.fullmatch(ln.text) is not None)


def _reaches(ln: TaggedLine) -> bool:
    m = _ITEM.fullmatch(ln.text)
    return m is not None and _CHANNEL.search(m.group("value")) is not None


def _heading(ln: TaggedLine) -> bool:
    return ln.tag is None and ln.blank_before and is_title_like(ln.text) and words(ln.text) <= HEADING_WORDS and (
        not is_quote(ln.text))


def spaced_fact_tags(lines: Sequence[TaggedLine]) -> None:
    """Glue each spaced run of fact items below the lead (``lines``: the body's) into one box with its heading: the
    blank line before each item but the heading's goes. A run is :data:`RUN_ITEMS` items or more (under a
    heading of its own or not), each a paragraph of its own, fewer than half of them ways to reach someone (a contact card's), kept
    article text above it (the article's sentence or box)."""
    i = 1
    while i < len(lines):
        stop = i
        while stop < len(lines) and lines[stop].blank_before and fact_item(lines[stop]):
            stop += 1
        while stop > i and lines[stop - 1].tag is not None:
            stop -= 1  # a byline under the box ("Text: Josefin Hed") closes the article, not the box
        run = lines[i:stop]
        if not run:
            i += 1
            continue
        prev = lines[i - 1]
        # The box's heading standing alone over the run, or its first item glued under the heading.
        head = (_heading(prev) and not fact_item(prev)) or (fact_item(prev) and not prev.blank_before)
        top = i - 1 if head else i
        enough = len(run) + (1 if head and fact_item(prev) else 0) >= RUN_ITEMS
        channels = sum(_reaches(x) for x in run)
        if enough and 2 * channels < len(run) and top > 0 and lines[top - 1].tag is None:
            for x in run if head else run[1:]:
                x.blank_before = False
            _echo_tags(lines[:top], run)
        i = stop


def _echo_tags(above: Sequence[TaggedLine], run: Sequence[TaggedLine]) -> None:
    """An item of the box said already above it, word for word, on a line of its own (a review's grade under its date
    line, "Betyg: 4 av 5", and again in its fact box): the listener hears it in the box."""
    items = {x.text for x in run}
    for ln in above:
        if ln.tag is None and ln.text in items:
            ln.tag, ln.rule = "drop", "echo"


def continues_box(lines: Sequence[TaggedLine], i: int) -> bool:
    """An item glued under a kept item of a box (no blank line between, both :func:`fact_item`): the box goes on
    below the article's end, however long the item (a cast list the dump parser's fact box does not take as its line).
    Session 30: so does a ranked row under a ranked row of the same form (:func:`ranked_rows`), and a group's heading
    glued under the box's last item when it has the form of a heading kept
    higher in the same box (:func:`repeats_group_heading`: "P17, 72 km" under "Herrar elit, 144 km" and its ranks)."""
    if not (0 < i and not lines[i].blank_before and lines[i].tag is None and lines[i - 1].tag is None):
        return False
    return fact_item(lines[i]) and fact_item(lines[i - 1]) or ranked_rows(lines[i - 1].text, lines[i].text) or (
        repeats_group_heading(lines, i))


_RANKED = re.compile(r"\d{1,3}[.)]\s+\S")


def ranked_rows(above: str, line: str) -> bool:
    """Two rows of one ranked list, glued: each opens with its rank and they have as many commas ("2. Axel Ström, SK
    Norrvind, s.t." over "3. Erik Sand, Idre SK, +0.40"), short (:data:`ITEM_WORDS`); a results list goes on."""
    return all(_RANKED.match(t) and words(t) <= ITEM_WORDS for t in (above, line)) and above.count(",") == line.count(
        ",") > 0


GROUP_WINDOW = 12
"""A group's heading repeats the form of a heading at most this many glued lines higher in its box."""
_WORDISH = re.compile(r"[^\W\d_][\w'’.-]*|\d+")


def line_form(text: str) -> str:
    """A line's form: each word a letter ("a", a run of words one), each number "9", punctuation as it stands
    ("Damer elit, 96 km" and "P17, 72 km" are both "a, 9 a"; "1. Wilma Åkesson, CK Tranan, 2.31.44" is "9. a, a,
    9.9.9")."""
    form = _WORDISH.sub(lambda m: "9" if m[0].isdigit() else "a", text.strip())
    return re.sub(r"a(?: a)+", "a", form)


def repeats_group_heading(lines: Sequence[TaggedLine], i: int) -> bool:
    """A short kept line with no sentence's end glued under a box's item (no blank line above) whose form a kept
    heading higher in the same glued run has, with items under it: the box's next group."""
    ln = lines[i]
    if words(ln.text) > HEADING_WORDS or ln.text.rstrip()[-1:] in ".!?" or not any(c.isdigit() for c in ln.text):
        return False
    form = line_form(ln.text)
    if form == line_form(lines[i - 1].text):
        return False
    for k in range(i - 2, max(-1, i - 1 - GROUP_WINDOW), -1):
        if lines[k].tag is not None or lines[k + 1].blank_before:
            return False
        if line_form(lines[k].text) == form:
            return k + 1 < i - 1  # its group held items under it
    return False
