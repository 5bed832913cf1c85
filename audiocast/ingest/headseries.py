"""A column's or series' standing furniture over the article's head: its name and its blurb, no headline and no lead.

A site sets a column's or a series' name over each of its articles, often with a sentence or two about the series
("DU FRÅGAR – VI SVARAR" / "Här svarar vår jurist på läsarnas frågor.", "Vi reder ut" / "Varje vecka reder vi ut en
fråga", a vet's column bio). Read as the article, the name became the headline and the blurb the lead. Two signals
that hold on any site tell them:

- **position** (:func:`blurb_over_dated_head`): the article's head is a headline-like line right over its date line or
  byline, with running prose under that; short lines above it, with no date line or byline above them, are the
  column's furniture, however worded;
- **what the blurb says** (:func:`series_blurb`, words in :data:`SERIES_WORDS`): a line over the head that speaks of
  the series itself ("i den här serien", "varje vecka", "svarar på läsarnas frågor", "skriver varannan vecka om") is
  its blurb even without a date line under the head.

Risk: a page whose own lead is short and stands over a second, dated post's head (a news page of several posts) loses
that lead; such a lead is then the section's, which is what a listener of the dated post wants. A lead that speaks of
a series in its own words ("Serien om Kalle Anka fyller 90") is no blurb: the blurb's words must stand over a head and
under no date line, and the article's prose must follow the head.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .headlayout import prose
from .headline import shape_of
from .headmeta import _BARE_NAME as BARE_NAME
from .headmeta import ANCHORS, head_furniture
from .lineshape import is_title_like, words

BLURB_WORDS = 32
"""A line of a series' blurb has at most this many words."""
BLURB_LINES = 3
"""At most this many blurb lines between the series' furniture and the article's head."""
LABEL_WORDS = 5
"""A column's name over its blurb has at most this many words ("DU FRÅGAR – VI SVARAR", "Kyrkoherden har ordet"); a
longer line right over the blurb is the article's headline, and the line under it its lead."""
LABEL_REACH = 3
"""How near over the blurb a title-like line stands to be its label (or the headline, when it is long)."""
PROSE_AFTER = 3
"""The article's running prose starts within this many lines under the head's date line or byline."""

SERIES_WORDS = re.compile(
    r"(?i)\b(?:(?:i |av |om |del av )?(?:den här|denna|vår|våra|hela) (?:serie|serien|krönikeserie|artikelserie)"
    r"|i serien\b|en serie (?:där|om|med|av)|(?:varje|varannan|var fjärde|en gång i) (?:vecka|månad|fredag|måndag|tisdag"
    r"|onsdag|torsdag|lördag|söndag)|svarar (?:på )?(?:dina|läsarnas|era|tittarnas|lyssnarnas) frågor"
    r"|(?:skicka|mejla|maila|mejl[a]?) (?:in )?(?:din|er|dina) fråg"
    r"|har du (?:en|någon) fråga (?:om|till|kring)|krönikör(?:en|erna)? (?:skriver|svarar|står)"
    r"|skriver (?:varannan|varje|en gång i) (?:vecka|månad)|ger (?:råd|tips) (?:om|kring) .{0,40}\b(?:varje|varannan)\b)")
"""What a series' blurb says of the series itself: its name ("i den här serien"), its rhythm ("varje vecka",
"varannan fredag"), its readers' questions ("svarar på läsarnas frågor", "Mejla din fråga"), its writers
("krönikörerna skriver")."""


def _head_at(lines: Sequence[TaggedLine], h: int) -> bool:
    """Whether lines[h] is the article's head: headline-like, right over its date line or byline (head furniture
    between no matter), with running prose within :data:`PROSE_AFTER` lines under that."""
    ln = lines[h]
    if ln.tag is not None or not is_title_like(ln.text) or words(ln.text) < 2 or shape_of(ln.text) is not None or (
            BARE_NAME.fullmatch(ln.text)):
        return False  # a bare name over the date line is the byline: the line over it is the headline
    k = h + 1
    while k < len(lines) and head_furniture(lines[k]):
        k += 1
    if k >= len(lines) or lines[k].tag not in ANCHORS:
        return False
    return any(prose(x) for x in lines[k + 1:k + 1 + PROSE_AFTER])


def _undated(lines: Sequence[TaggedLine], i: int, anchors: Sequence[int]) -> bool:
    """Whether no date line or byline over lines[i] is the article's own: none stands over it, or the nearest one
    stands over a column's short name (:data:`LABEL_WORDS`) and nothing else before it (a site that dates the page over
    the column's name: "10 juni 2025" / "Veckans fråga" / blurb / headline)."""
    above = [a for a in anchors if a < i]
    if not above:
        return True
    between = [x for x in lines[max(above) + 1:i] if x.tag is None]
    return len(between) == 1 and all(words(x.text) <= LABEL_WORDS and is_title_like(x.text) for x in between)


def _labelled(lines: Sequence[TaggedLine], i: int, found: Sequence[int]) -> bool:
    """Whether nothing over lines[i] is a headline of the article: the title-like line nearest over it (within
    :data:`LABEL_REACH` lines), if any, is a column's short name (:data:`LABEL_WORDS`)."""
    near = [j for j in found if 0 < i - j <= LABEL_REACH]
    return not near or words(lines[max(near)].text) <= LABEL_WORDS


def blurb_over_dated_head(lines: Sequence[TaggedLine], i: int, anchors: Sequence[int], found: Sequence[int]) -> bool:
    """Whether lines[i], a line the head's search would take for the lead, is a series' blurb over the article's
    dated head: no date line or byline above it, it is short (:data:`BLURB_WORDS`), and within :data:`BLURB_LINES`
    short lines under it (no date line, byline or running prose between) stands a head (:func:`_head_at`), and no
    headline stands right over it (:func:`_labelled`)."""
    if not _undated(lines, i, anchors) or words(lines[i].text) > BLURB_WORDS or not _labelled(lines, i, found):
        return False
    seen = 0
    for h in range(i + 1, len(lines)):
        ln = lines[h]
        if ln.tag in ANCHORS or prose(ln):
            return False
        if ln.tag is not None:
            continue
        if _head_at(lines, h):
            return True
        seen += 1
        if seen > BLURB_LINES or words(ln.text) > BLURB_WORDS:
            return False
    return False


def series_blurb(lines: Sequence[TaggedLine], i: int, anchors: Sequence[int], found: Sequence[int]) -> bool:
    """Whether lines[i] is a series' blurb by its words (:data:`SERIES_WORDS`): short, no date line or byline above
    it, not itself right over one, no headline right over it (:func:`_labelled`), and a headline-like line within
    :data:`BLURB_LINES` lines under it over running prose."""
    ln = lines[i]
    if not _undated(lines, i, anchors) or words(ln.text) > BLURB_WORDS or not SERIES_WORDS.search(ln.text) or (
            not _labelled(lines, i, found)):
        return False
    nxt = next((x for x in lines[i + 1:] if not head_furniture(x)), None)
    if nxt is not None and nxt.tag in ANCHORS:
        return False
    seen = 0
    for h in range(i + 1, len(lines)):
        x = lines[h]
        if x.tag in ANCHORS:
            return False
        if x.tag is not None:
            continue
        if is_title_like(x.text) and words(x.text) >= 2 and shape_of(x.text) is None and not SERIES_WORDS.search(x.text):
            below = [y for y in lines[h + 1:h + 1 + PROSE_AFTER + 1] if not head_furniture(y)]
            if any(prose(y) for y in below):
                return True
        seen += 1
        if seen > BLURB_LINES:
            return False
    return False


RULE = "series-blurb"


def series_furniture(lines: Sequence[TaggedLine], i: int, anchors: Sequence[int], found: Sequence[int]) -> bool:
    """Tag lines[i] ``drop`` (rule :data:`RULE`) when it is a series' blurb over the head, by its words or by its
    place over a dated head (module docstring); ``found`` are the indexes of the headline candidates over it."""
    ln = lines[i]
    if series_blurb(lines, i, anchors, found) or (
            not is_title_like(ln.text) and words(ln.text) >= 4 and blurb_over_dated_head(lines, i, anchors, found)):
        ln.tag, ln.rule = "drop", RULE
        return True
    return False
