"""A box set inside the article's text, between its paragraphs, in an element the page's template drops: an <aside>
holding a background paragraph ("Bakgrund") or the article's facts ("Simhallen i siffror" over "Kostnad: 240 miljoner
kronor"), without a class that names it a fact box.

Every <aside> is dropped before trafilatura reads the page (on most pages it is the sidebar), and trafilatura drops
it too. Set between the article's paragraphs, in the same container, it is the article's own box; it is read in its
place when it reads as the article (:func:`audiocast.ingest.html_splits.reads_on`: running prose sharing the
article's words, no links, no furniture name, no label a rule names, no call to the reader) or is a list of the
article's facts (a heading over short items, most of them "label: value", sharing words with the article, no links).
An inline "Läs också" box of linked titles is neither, nor is a box named as furniture (related, sidebar, ad …).
Under the article's last paragraph, in its container, only a list of facts is read (a "label: value" list, or a list
under a fact box's heading, "Fakta: Ljungöleden", session 32).
Not here: the containers before and after the one trafilatura read (:mod:`audiocast.ingest.html_splits`).
"""

from __future__ import annotations

import re

from lxml import etree

from ..models import Block, BlockKind
from .boilerplate import BoilerplateRule, first_match
from .html_splits import furniture, key, lines_of, page_tree, reads_on, stems
from .structured import element_text

FACT_SHARE = 0.5
"""This share of a fact list's items is "label: value"."""
FACT_STEMS = 2
"""A fact list shares at least this many content words (their first five letters) with the article."""
_DROP_TAGS = ("script", "style", "template", "noscript", "svg", "form", "button", "figure", "nav")
_TEXT_TAGS = frozenset({"p", "div"})


def _fact_list(box: etree._Element, kept_stems: set[str], rules: tuple[BoilerplateRule, ...]) -> bool:
    items = [element_text(li) for li in box.iter("li")]
    heads = [t for tag, t in lines_of(box) if tag[0] == "h"]
    if len(items) < 2 or any(a.get("href") for a in box.iter("a")) or furniture(box):
        return False
    if any(first_match(rules, t) for t in heads):
        return False
    labelled = sum(1 for t in items if 0 < t.find(":") <= 40)
    return labelled >= FACT_SHARE * len(items) and len(set().union(*(stems(t) for t in items + heads)) & kept_stems) >= FACT_STEMS


_FACT_HEAD = re.compile(r"(?i)\w*fakta\b.*|fakta om\b.*|.{3,60}\bi siffror")
"""A fact box's heading by its word: "Fakta: Ljungöleden", "Projektfakta", "Simhallen i siffror"."""


def _named_facts(box: etree._Element) -> bool:
    """A list under a fact box's heading (:data:`_FACT_HEAD`), no links, no furniture's name: the article's facts, also
    when the box closes its text with no paragraph under it (session 32, extract121: "Fakta: Ljungöleden" was lost)."""
    heads = [t for tag, t in lines_of(box) if tag[0] == "h"]
    return bool(heads and _FACT_HEAD.fullmatch(heads[0]) and box.xpath(".//li")) and not any(
        a.get("href") for a in box.iter("a")) and not furniture(box)


def _box_blocks(box: etree._Element, kept: set[str], rules: tuple[BoilerplateRule, ...]) -> list[Block]:
    if box.xpath(".//li"):
        heads = [t for tag, t in lines_of(box) if tag[0] == "h"]
        return [Block(BlockKind.FACTBOX, heads[0] if heads else "", tuple(element_text(li) for li in box.iter("li")))]
    out = []
    for tag, text in lines_of(box):
        if key(text) in kept or first_match(rules, text) is not None:
            continue
        out.append(Block(BlockKind.HEADING if tag[0] == "h" else BlockKind.PARAGRAPH, text))
    return out


def inset_boxes(blocks: list[Block], html: str, rules: tuple[BoilerplateRule, ...],
                known: frozenset[str] = frozenset()) -> list[Block]:
    """The blocks, with the article's own <aside> boxes between its paragraphs read in their place (see the module).
    ``known``: the lines of the fact boxes read apart (:func:`.html_splits.read_apart`); an <aside> that is one of
    them is not read twice (session 25, extract94: a "factbox" aside between two paragraphs was read by both)."""
    kept = {key(b.text) for b in blocks if b.kind in {BlockKind.PARAGRAPH, BlockKind.QUOTE}}
    if len(kept) < 2:
        return blocks
    doc = page_tree(html, _DROP_TAGS)
    if doc is None:
        return blocks
    kept_stems = set().union(*(stems(b.text) for b in blocks))
    after: dict[str, list[Block]] = {}
    for box in doc.iter("aside"):
        parent = box.getparent()
        if parent is None:
            continue
        # the paragraphs beside it, bare or each in a wrapper of its own (a React page's "<div><p>…</p></div>", session 34)
        before = [key(element_text(s)) for s in box.itersiblings(preceding=True) if s.tag in _TEXT_TAGS]
        later = [key(element_text(s)) for s in box.itersiblings() if s.tag in _TEXT_TAGS]
        prev = next((k for k in before if k in kept), None)
        if prev is None:
            continue
        if known and all(key(t) in known for _, t in lines_of(box)):
            continue  # a fact box read apart
        if not any(k in kept for k in later):
            if _fact_list(box, kept_stems, rules) or _named_facts(box):
                after.setdefault(prev, []).extend(_box_blocks(box, kept, rules))  # the facts closing the article's text
            continue
        if reads_on(box, kept, kept_stems, rules) or _fact_list(box, kept_stems, rules):
            after.setdefault(prev, []).extend(_box_blocks(box, kept, rules))
    if not after:
        return blocks
    out: list[Block] = []
    for block in blocks:
        out.append(block)
        out.extend(after.pop(key(block.text), []))
    return out


def list_items(box: etree._Element, title_el: etree._Element | None) -> list[str]:
    """A fact box's list items with the box's own lines around them, in reading order: its source under the list
    ("Källa: Svenska Livräddningssällskapet") or a line over it is the box's too. None without a list."""
    if not box.xpath(".//li"):
        return []
    items = []
    for el in box.iter("li", "p"):
        if el.tag == "p" and (next(el.iterancestors("li"), None) is not None or title_el is not None and (
                el is title_el or title_el in el.iterdescendants() or el in title_el.iterancestors())):
            continue
        if text := element_text(el):
            items.append(text)
    return items
