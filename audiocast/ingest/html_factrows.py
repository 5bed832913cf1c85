"""The article's fact rows set right after its text in a container of their own: "Tid: 18.30–19.30", "Plats:
Stadsbiblioteket", "Pris: Fri entré", each a ``<div>`` (or a list item) of a label and its value.

An event's, a play's or a sale's facts close the article on many CMSs (Drupal's field rows, a page builder's "meta"
block). trafilatura reads prose and drops such short rows, so the listener lost when and where the event is. The rows
are the article's when, on any page:

- the container follows the article's last paragraph's container (:mod:`audiocast.ingest.html_splits` looks there);
- every row of it opens with a label and a colon ("Datum:", "Biljetter:"), at least half of them short
  (:func:`audiocast.ingest.headfacts.is_fact_row`), and none is a line the rule table names;
- it holds no link, no form, and no class names it furniture (a contact card, a share row, a newsletter).

Not here: a label dropped apart from its value (``html_classes._labels_its_line`` keeps it), fact boxes a class names
(``html._fact_boxes``).
"""

from __future__ import annotations

from lxml import etree

from .boilerplate import BoilerplateRule, first_match
from .headfacts import LABELLED_ROW, is_fact_row
from .structured import element_text

MIN_ROWS, MAX_ROWS = 2, 12
"""A box of the article's facts has this many rows."""
_ROW_TAGS = ("div", "p", "li", "span")
_BLOCKS = frozenset({"div", "p", "li", "ul", "ol", "table", "section", "dl", "h2", "h3", "h4", "h5", "h6"})


def _rows(box: etree._Element) -> list[str]:
    """The box's lines as a browser shows them: each innermost block element's text, inline labels joined to it."""
    out: list[str] = []
    for el in box.iter(*_ROW_TAGS):
        if el.tag == "span" or any(d.tag in _BLOCKS for d in el.iterdescendants() if isinstance(d.tag, str)):
            continue
        if text := element_text(el):
            out.append(text)
    return out


def fact_rows(box: etree._Element, rules: tuple[BoilerplateRule, ...]) -> list[str] | None:
    """The box's rows when it is a box of the article's facts (see the module), else None."""
    if box.xpath(".//a|.//form|.//input|.//button"):
        return None
    rows = _rows(box)
    if not MIN_ROWS <= len(rows) <= MAX_ROWS or not all(LABELLED_ROW.fullmatch(r) for r in rows):
        return None
    if 2 * sum(1 for r in rows if is_fact_row(r)) < len(rows) or any(first_match(rules, r) for r in rows):
        return None
    return rows
