"""Boxes set inside an article's text that its class names do not give away, and embedded posts' chrome.

Sites built with utility classes (``rounded-lg bg-gray-100 p-4``) or generated ones (``sc-1x9fk2``) say nothing
about their boxes by class. A box is then told by what it says: a small block (:data:`BOX_MAX_CHARS`, a few lines)
whose first line is a box label of the rule table (``data/boilerplate.tsv``, action ``label``: "Få X:s
nyhetsbrev", "Har du ett tips?", "Swisha en gåva", "Fler evenemang") goes whole, its pitch and contact lines
with it ("De viktigaste nyheterna varje morgon, gratis.", "Ring eller sms:a redaktionen på …").

An embedded X post (``<blockquote class="twitter-tweet">``) is read for its text; its attribution ("— Polisen
Gävleborg (@polisen_gavleborg) 14 maj 2025") and its picture link ("pic.x.com/…") are the embed's chrome.
"""

from __future__ import annotations

import re

from lxml import etree

from .boilerplate import BoilerplateRule, first_match
from .structured import element_text

BOX_MAX_CHARS = 400
"""A box inside the text holds a label and a line or two of pitch; more than this is the article's own text."""
BOX_MAX_LINES = 5
LABEL_MAX_CHARS = 60
_BOX_TAGS = ("div", "section", "aside")
_LINE_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "strong", "b", "span", "a", "div"})


def _first_line(box: etree._Element) -> str:
    """The box's first line of text (its first text, up to the end of the element holding it)."""
    for el in box.iter():
        if isinstance(el.tag, str) and (el.text or "").strip():
            return element_text(el)
    return ""


def _lines(box: etree._Element) -> int:
    return sum(1 for el in box.iter() if isinstance(el.tag, str) and el.tag in _LINE_TAGS and (el.text or "").strip())


def drop_labelled_boxes(root: etree._Element, rules: tuple[BoilerplateRule, ...], keep: etree._Element | None) -> None:
    """Remove the small boxes whose first line is a box label (see the module's docstring); ``keep`` (the
    headline) and what holds it are never removed."""
    for box in list(root.iter(*_BOX_TAGS)):
        if box.getparent() is None or any(a.get("data-audiocast-gone") for a in box.iterancestors()):
            continue
        if keep is not None and (box is keep or keep in box.iterdescendants()):
            continue
        text = element_text(box)
        if not text or len(text) > BOX_MAX_CHARS or _lines(box) > BOX_MAX_LINES:
            continue
        first = _first_line(box)
        if not first or len(first) > LABEL_MAX_CHARS or first == text:
            continue  # a box is its label and what follows it; a lone line is left to the line rules
        hit = first_match(rules, first)
        if hit is not None and hit[0].action == "label":
            box.set("data-audiocast-gone", "1")
    for box in root.xpath('//*[@data-audiocast-gone="1"]'):
        if box.getparent() is not None:
            box.drop_tree()


_PIC_LINK = re.compile(r"^\s*(?:pic\.(?:twitter|x)\.com|https?://t\.co)/\S*\s*$")


def clean_post_embeds(root: etree._Element) -> None:
    """Keep an embedded X post's text, less its attribution line and its picture link (the embed's chrome)."""
    for quote in list(root.xpath('//blockquote[contains(concat(" ", normalize-space(@class), " "), " twitter-tweet ")]')):
        paras = quote.findall(".//p")
        if not paras:
            continue
        for p in paras:
            for a in list(p.iter("a")):
                if _PIC_LINK.match(element_text(a)) and a.getparent() is not None:
                    a.drop_tree()
        for child in list(quote):
            if child not in paras:
                quote.remove(child)
        for p in paras:
            p.tail = None
        quote.text = None
