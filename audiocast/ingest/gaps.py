"""Headings and lists that trafilatura leaves out between two paragraphs it keeps.

On some pages (a municipal CMS's text portlets) trafilatura keeps the paragraphs of the article and leaves out
the subheadings and bullet lists between them. Between two kept paragraphs that are siblings in the page, what
stands between them is the same article: its <h2>-<h4> headings, its list items and paragraphs are put back, in
the page's order, and so is a box of prose set as a <div> between them (a callout card of Ghost or a block
editor: a sentence or two, no link, no heading of its own), less the icon that opens it. The same holds between a
kept paragraph and the kept subheading after it. Nothing is added outside the article's own paragraphs (before
the first kept paragraph or after the last one), so a menu or a related-links list never comes back this way.
Session 34 (extract126, a page builder's widgets): the two paragraphs each in a wrapper of its own, the wrappers
siblings, and between them only wrappers each holding one heading and nothing else (or nothing, a spacer): those
headings are put back too (:func:`_wrapped_headings`).
"""

from __future__ import annotations

import re

from lxml import etree

from .html_headline import site_names, words
from .structured import element_text

_HEADS = {"h2", "h3", "h4"}
_LISTS = {"ul", "ol"}
MAX_GAP = 8
"""At most this many elements between two kept paragraphs are put back (a longer gap is not one article)."""


def _between(a: etree._Element, b: etree._Element, sites: set[str]) -> list[tuple[str, str]] | None:
    """The (kind, text) pairs of the elements between siblings ``a`` and ``b``, or None when one cannot be read.
    ``sites``: the site's names (a box naming the site is its pitch: "Kvarnbybladet är en oberoende nyhetssajt")."""
    between = _siblings_between(a, b)
    if between is None:
        return None
    out: list[tuple[str, str]] = []
    for el in between:
        tag = el.tag.lower()
        if tag in _HEADS:
            out.append(("head", element_text(el)))
        elif tag in _LISTS:
            out.extend(("item", element_text(li)) for li in el.iter("li") if element_text(li))
            out.append(("endlist", ""))
        elif tag == "p":  # an empty one is a spacer ("<p>&nbsp;</p>" over a subheading, session 37): nothing to read
            out.extend([("p", element_text(el))] if element_text(el) else [])
        elif tag == "div" and (note := _callout(el, sites)):
            out.append(("p", note))
        else:
            return None
    return out


def _siblings_between(a: etree._Element, b: etree._Element) -> list[etree._Element] | None:
    """The elements between siblings ``a`` and ``b``, or None when more than :data:`MAX_GAP` stand there, one is no
    element (a comment), or ``b`` does not follow ``a``."""
    out: list[etree._Element] = []
    el = a.getnext()
    while el is not None and el is not b:
        if len(out) == MAX_GAP or not isinstance(el.tag, str):
            return None
        out.append(el)
        el = el.getnext()
    return out if el is b else None


CALLOUT_MIN_CHARS = 40
_ICON = re.compile(r"^[^\w\s\"'“”„(]+\s*")


def _callout(el: etree._Element, sites: set[str]) -> str:
    """The prose of a callout box between two paragraphs: sentences (ending a sentence, :data:`CALLOUT_MIN_CHARS`
    characters or more) in a <div> without links, headings, lists or media of text, not naming the site (its own
    pitch), less a leading icon; "" otherwise."""
    if any(f" {name} " in f" {' '.join(words(element_text(el)))} " for name in sites) or el.xpath(".//a|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//ul|.//ol|.//table|.//form|.//button|.//iframe"):
        return ""
    text = _ICON.sub("", element_text(el)).strip()
    return text if len(text) >= CALLOUT_MIN_CHARS and text[-1:] in ".!?…" else ""


def fill_gaps(root: etree._Element, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pairs`` (trafilatura's reading) with the headings and lists left out between two kept sibling
    paragraphs put back. Pairs are unchanged when a paragraph's text is found at two places in the page."""
    sites = site_names(root.getroottree().getroot())
    where: dict[str, etree._Element | None] = {}
    for el in root.iter("p", *_HEADS):
        text = element_text(el)
        if text:
            where[text] = None if text in where else el
    out: list[tuple[str, str]] = []
    for k, (kind, text) in enumerate(pairs):
        out.append((kind, text))
        if kind == "p" and k + 1 < len(pairs) and pairs[k + 1][0] == "item" and (at := where.get(text)) is not None:
            out.extend(_heading_over_table(root, at, pairs[k + 1][1]))
        if kind != "p" or k + 1 >= len(pairs) or pairs[k + 1][0] not in {"p", "head"}:
            continue
        a, b = where.get(text), where.get(pairs[k + 1][1])
        if a is None or b is None:
            continue
        if a.getparent() is not b.getparent():
            out.extend(_wrapped_headings(a, b))
            continue
        gap = _between(a, b, sites)
        if gap and all(t for kd, t in gap if kd != "endlist"):
            out.extend(gap)
    return out


def _heading_over_table(root: etree._Element, a: etree._Element, row: str) -> list[tuple[str, str]]:
    """Session 37 (extract159, a SiteVision page): the subheading between a kept paragraph and the data table right
    after it (the table's rows read as items, "Anläggning – Avstånd", its heading left out by trafilatura): the
    headings standing alone between the paragraph and the table's wrapper, its siblings."""
    first = row.split(" – ")[0]
    cell = next((c for c in root.iter("td", "th") if element_text(c) == first), None)
    table = next(cell.iterancestors("table"), None) if cell is not None else None
    if table is None:
        return []
    wrapper = next((x for x in [table, *table.iterancestors()] if x.getparent() is a.getparent()), None)
    between = _siblings_between(a, wrapper) if wrapper is not None and wrapper is not a else None
    if not between or any(el.tag.lower() not in _HEADS for el in between if element_text(el)):
        return []
    return [("head", element_text(el)) for el in between if element_text(el)]


WRAP_DEPTH = 6
"""How far up from a kept paragraph its wrapper may stand (a page builder's widget: section, column, widget, container)."""


def _wrapper_pair(a: etree._Element, b: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """The ancestors of ``a`` and ``b`` (or themselves) that are siblings, within :data:`WRAP_DEPTH` levels."""
    ups = [a, *list(a.iterancestors())[:WRAP_DEPTH]]
    for wb in [b, *list(b.iterancestors())[:WRAP_DEPTH]]:
        parent = wb.getparent()
        wa = next((x for x in ups if x.getparent() is parent and x is not wb), None)
        if wa is not None:
            return wa, wb
    return None


def _last_text(box: etree._Element, el: etree._Element, first: bool = False) -> bool:
    """Whether ``el`` is the last (with ``first``, the first) element holding text in ``box``."""
    texts = [x for x in box.iter("p", *_HEADS, "li") if element_text(x)]
    return bool(texts) and (texts[0] if first else texts[-1]) is el


def _wrapped_headings(a: etree._Element, b: etree._Element) -> list[tuple[str, str]]:
    """The headings standing alone in sibling wrappers between the wrappers of two kept paragraphs (module docstring);
    [] when anything else stands between them or the paragraphs do not close and open their wrappers."""
    pair = _wrapper_pair(a, b)
    if pair is None:
        return []
    wa, wb = pair
    if not (_last_text(wa, a) and _last_text(wb, b, first=True)):
        return []
    between = _siblings_between(wa, wb)
    if between is None:
        return []
    out: list[tuple[str, str]] = []
    for el in between:
        heads = [h for h in el.iter(*_HEADS)] if el.tag.lower() not in _HEADS else [el]
        if el.xpath(".//a|.//ul|.//ol|.//img|.//form|.//iframe") or len(heads) > 1:
            return []
        text = element_text(el)
        if heads and element_text(heads[0]) == text and text:
            out.append(("head", text))
        elif text:
            return []
    return out
