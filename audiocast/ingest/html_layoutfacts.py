"""A layout page's fact box in the row under the article's cell: "Räddningstjänsten i Hova" over "Antal
deltidsbrandmän: 14", "Antal larm 2008: 112", set in a bordered table of its own under the text.

On an old table layout the article's container is the cell with the most running prose
(:mod:`audiocast.ingest.html_layout`); a fact box set in the next row of the grid stands outside that cell and was
lost, while plain trafilatura (reading every cell) kept it. The box is the article's when it follows the container's
last line directly, stands in one block of its own, opens with a bold or title-like line over lines most of which
are "label: value", holds no links, no running prose and no contact details (a phone, an e-mail address), and
shares content words with the article's text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .boilerplate import default_rules, first_match
from .lineshape import is_title_like

if TYPE_CHECKING:
    from lxml import etree

    from .html_layout import Line

MAX_LINES = 12
"""A fact box is at most this many lines."""
LABELLED_SHARE = 0.5
"""This share of the box's lines under its title is "label: value"."""
SHARED_STEMS = 2
_STEM = re.compile(r"\w{5,}")
_CONTACT = re.compile(r"(?i)@|\b(?:telefon|tel|e-?post|e-?mail|mobil|fax)\b")


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _STEM.findall(text)}


def facts_after(lines: list[Line], last: int, body: list[Line]) -> list[Line]:
    """The lines of the fact box right after ``lines[last]`` (the container's last line), or none (see the module)."""
    box: list[Line] = []
    for line in lines[last + 1:last + 1 + MAX_LINES]:
        if line.block is None or line.linked or line.links or (box and line.block is not box[0].block):
            break
        box.append(line)
    if len(box) < 3 or box[0].block is lines[last].block:
        return []
    title, items = box[0], box[1:]
    if not (title.bold_chars >= 0.8 * max(title.chars, 1) or is_title_like(title.text)) or any(x.prose and len(x.text.split()) >= 15 for x in items):
        return []
    if first_match(default_rules(), title.text) or _CONTACT.search(" ".join(x.text for x in items)):
        return []  # the site's contact box ("Kontakta oss", a phone number, an e-mail address)
    labelled = sum(1 for x in items if 0 < x.text.find(":") <= 40)
    shared = set().union(*(_stems(x.text) for x in box)) & set().union(*(_stems(x.text) for x in body))
    return box if labelled >= LABELLED_SHARE * len(items) and len(shared) >= SHARED_STEMS else []


def named_fact_boxes(body: etree._Element, text: list[Line]) -> list[etree._Element]:
    """Session 38 (extract172: a page builder's ``<div class="lst-factbox">`` under a notice box, a table layout's
    ``<table class="faktaruta">`` under the text): the boxes a layout page names fact boxes by their class or id, which
    the page's article, rebuilt from its lines, would lose; they are read as the class-named fact boxes of a page with
    paragraph markup are (:func:`audiocast.ingest.html._fact_boxes`, anywhere on the page), unless the article's lines
    hold them already or they stand in the page's furniture (a menu, a header, a footer, a box its class names so)."""
    from .html_classes import is_boilerplate_el, names_fact_box

    read = {x.text for x in text}
    boxes: list[etree._Element] = []
    for el in body.iter():
        if not isinstance(el.tag, str) or not names_fact_box(el) or any(b in el.iterancestors() for b in boxes):
            continue
        if any(a.tag in ("nav", "header", "footer") or is_boilerplate_el(a) for a in el.iterancestors()):
            continue
        texts = [" ".join(t.split()) for t in el.itertext() if t.strip()]
        if texts and not any(t in read for t in texts) and not el.xpath(".//a[@href]"):
            boxes.append(el)
    return boxes
