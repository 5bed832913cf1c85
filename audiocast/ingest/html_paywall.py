"""A paywall's offer under the article's free part goes whole: its question, pitch, prices and buttons.

News sites cut a locked article after a paragraph or two and set their offer there, in a box of their own whose
classes say nothing on a generated or utility-class site (``pw svelte-5kq0zp``, ``x7f2``): "Vill du läsa hela
artikeln?", "Lås upp artikeln", "Fortsätt läsa", over "Bli prenumerant …", "Första månaden 1 kr", "Köp nu",
"Redan prenumerant? Logga in". The rule table (``data/boilerplate.tsv``: ``paywall``, ``subscribe``, ``offer``) knows
the pitch and the buttons line by line; the box's own question or heading ("Vill du läsa hela artikeln?") it does not,
and it was read. On any site the box is told by its lines: an element holding an offer line (:data:`_OFFER_RULES` or
:data:`_PAYWALL`) is the offer's box, and so is each element around it whose text outside the offer lines is short
(:data:`OTHER_MAX_CHARS`) and whose whole text is a box's (:data:`BOX_MAX_CHARS`); the largest such goes.

Guards (kept): the article's paragraphs beside the box (the element holding them has more text of its own), an
article about subscriptions ("Vill du läsa hela tidningen digitalt kostar det från nästa månad 149 kronor …": a
sentence of running prose is no offer line), the headline (``keep``).
"""

from __future__ import annotations

import re

from lxml import etree

from .boilerplate import BoilerplateRule, first_match
from .structured import element_text

BOX_MAX_CHARS = 600
"""A paywall's box holds a question, a pitch, a price or two and buttons; more is the article's."""
OTHER_MAX_CHARS = 200
"""Text in the box beside its offer lines (a price's small print, "Ingen bindningstid.")."""
LINE_MAX_CHARS = 160
_OFFER_RULES = frozenset({"paywall", "subscribe", "offer"})
_PAYWALL = re.compile(
    r"(?i)(?:Vill du (?:läsa|fortsätta läsa) (?:hela|vidare|resten|mer)\b|Läs hela (?:artikeln|texten)\b|"
    r"Fortsätt läsa\b|Lås upp (?:artikeln|texten|hela)\b|Som (?:prenumerant|medlem|kund) (?:får|kan) du\b|"
    r"Redan (?:prenumerant|kund|medlem)\b|Se (?:våra )?erbjudanden\b|Continue reading\b|Subscribe to (?:read|continue)\b|"
    r"Already a subscriber\b).{0,120}$")
_LINE_TAGS = frozenset({"p", "div", "span", "a", "h2", "h3", "h4", "h5", "h6", "strong", "b", "li", "button"})
_BLOCK_TAGS = ("p", "div", "h2", "h3", "h4", "h5", "h6", "li", "section")


def _offer_line(el: etree._Element, rules: tuple[BoilerplateRule, ...]) -> bool:
    text = element_text(el)
    if not text or len(text) > LINE_MAX_CHARS:
        return False
    if _PAYWALL.match(text):
        return True
    hit = first_match(rules, text)
    return hit is not None and hit[0].name in _OFFER_RULES


def _wall_line(el: etree._Element, rules: tuple[BoilerplateRule, ...]) -> bool:
    """A line only a paywall says (its question, "Redan prenumerant?", the rule table's paywall line)."""
    text = element_text(el)
    hit = first_match(rules, text)
    return bool(_PAYWALL.match(text)) or (hit is not None and hit[0].name == "paywall")


def _lines(el: etree._Element) -> list[etree._Element]:
    """The innermost line elements of an element (those holding no block of their own)."""
    return [x for x in el.iter() if isinstance(x.tag, str) and x.tag in _LINE_TAGS and element_text(x)
            and not any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in x.iterdescendants())]


def _is_offer_box(el: etree._Element, offers: set[etree._Element]) -> bool:
    text = element_text(el)
    if not text or len(text) > BOX_MAX_CHARS:
        return False
    other = sum(len(element_text(x)) for x in _lines(el) if x not in offers and not any(a in offers for a in x.iterancestors()))
    return other <= OTHER_MAX_CHARS


def drop_paywall_boxes(root: etree._Element, rules: tuple[BoilerplateRule, ...], keep: etree._Element | None) -> bool:
    """Remove the paywall's offer boxes (see the module's docstring); whether any went."""
    offers = {x for x in _lines(root) if _offer_line(x, rules)}
    if not any(_wall_line(x, rules) for x in offers):
        return False  # a subscribe button alone (a newsletter box, the masthead's) is left to the other passes
    dropped = False
    for line in list(offers):
        if line.getparent() is None:
            continue
        box = None
        for a in [line, *line.iterancestors()]:
            if not isinstance(a.tag, str) or a.tag in {"body", "html", "main", "article"}:
                break
            if keep is not None and (a is keep or keep in a.iterdescendants()):
                break
            if not _is_offer_box(a, offers):
                break
            box = a
        if box is not None and box.getparent() is not None:
            box.drop_tree()
            dropped = True
    return dropped
