"""The article's extent on the page, taken from its headline: what trafilatura adds from outside it is not read.

On a page with no ``<article>``/``<main>`` and the article's paragraphs as plain ``<p>`` beside those of the
sidebar and the footer, trafilatura takes every paragraph of the page: the sidebar's "Skriv en insändare – max
2 000 tecken", the footer's publisher line, a note set above the headline ("Insändare är läsarnas egna
åsikter."). Once the headline is known (:mod:`audiocast.ingest.html_headline`), the article is the smallest
element around it that holds nearly all the running prose trafilatura found (:data:`SCOPE_PROSE_SHARE`): a short
line from outside that element, or a short line set above the headline inside it, is the page's, not the
article's. Running prose is never dropped this way (a page whose article is split across columns keeps it), nor
is anything dropped when no element around the headline holds the prose (the headline stands apart from the text).
"""

from __future__ import annotations

import re

from lxml import etree

from .html_classes import is_boilerplate_el
from .structured import element_text

SCOPE_PROSE_SHARE = 0.9
"""The element around the headline holding this share of the running prose is the article's extent."""
PROSE_MIN_CHARS = 100
"""A line this long that ends a sentence is running prose, and stays wherever it stands."""
_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub("", text).lower()


def _prose(text: str) -> bool:
    return len(text) >= PROSE_MIN_CHARS and bool(re.search(r"[.!?…\"”»]$", text.strip()))


def _scope(h1: etree._Element, prose: list[str]) -> etree._Element | None:
    total = sum(len(p) for p in prose)
    if not total:
        return None
    for el in h1.iterancestors():
        if not isinstance(el.tag, str) or el.tag in {"body", "html"}:
            return None
        own = _squash(" ".join(el.itertext()))
        if sum(len(p) for p in prose if p in own) >= SCOPE_PROSE_SHARE * total:
            return el
    return None


def _before(h1: etree._Element, scope: etree._Element) -> str:
    """The squashed text inside ``scope`` that comes before the headline in reading order."""
    parts: list[str] = []
    for node in scope.iter():
        if node is h1:
            break
        if isinstance(node.tag, str) and node.text and h1 not in node.iterancestors():
            parts.append(node.text)
        if node.tail and node is not scope and not any(a is h1 for a in node.iterancestors()):
            parts.append(node.tail)
    return _squash(" ".join(parts))


CELL_GAP = 40
"""A table row's next cell stands at most this many (squashed) characters after the cell before it."""


def _find(inside: str, text: str) -> int:
    """Where a line stands in the squashed text, or -1; a table row's cells (joined with dashes by the reader)
    are looked for one by one, in order and close together (a side column's "12 april – Arbetsdag" is not found
    in the text's "arbetsdagen den 12 april"), the row standing where its first cell does."""
    at = inside.find(_squash(text))
    if at >= 0 or " – " not in text:
        return at
    cells = [_squash(c) for c in text.split(" – ") if _squash(c)]
    start = inside.find(cells[0]) if cells else -1
    while start >= 0:
        end = start + len(cells[0])
        for cell in cells[1:]:
            nxt = inside.find(cell, end)
            if nxt < 0 or nxt - end > CELL_GAP:
                break
            end = nxt + len(cell)
        else:
            return start
        start = inside.find(cells[0], start + 1)
    return -1


def scope_pairs(h1: etree._Element | None, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs less short lines from outside the headline's article element and short lines above the headline
    (see the module's docstring); the pairs unchanged when the headline is unknown or apart from the text."""
    if h1 is None or h1.getparent() is None:
        return pairs
    prose = [_squash(t) for _, t in pairs if _prose(t)]
    scope = _scope(h1, prose)
    if scope is None:
        return pairs
    inside = _squash(" ".join(scope.itertext()))
    after_start = _squash(" ".join(h1.itertext()))
    before = _before(h1, scope)
    head_at = inside.find(after_start) if after_start else -1
    out: list[tuple[str, str]] = []
    for kind, text in pairs:
        sq = _squash(text)
        if kind == "endlist" or not sq or _prose(text):
            out.append((kind, text))
            continue
        at = _find(inside, text)
        if at < 0:
            continue  # the page's line, from outside the article's element
        if sq in before and head_at >= 0 and at < head_at and inside.find(sq, head_at) < 0:
            continue  # a note or a label set above the headline
        out.append((kind, text))
    return out


SMALL_BOX_MAX_CHARS = 600
"""A box around an element holding no more text than this is the element's own box, not a wrapper of the page
(``<div class="content with-sidebar">``)."""
_PAGE_TAGS = frozenset({"html", "body", "main", "article"})


def in_small_box(el: etree._Element) -> bool:
    """Inside a small box the page names as furniture: a subscribe widget's "preamble" ("Tack för att du läser …
    Prenumerera gratis …"), a teaser's "excerpt" in a related list; a lead class there names the box's own text,
    not the article's lead."""
    for a in el.iterancestors():
        if a.tag in _PAGE_TAGS:
            return False
        if is_boilerplate_el(a) and len(element_text(a)) <= SMALL_BOX_MAX_CHARS:
            return True
    return False
