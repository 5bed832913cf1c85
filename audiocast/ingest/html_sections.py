"""Parts of an HTML article that trafilatura's reading leaves out: a box laid out as a table, and the sections
between the headline and the part trafilatura chose.

- A fact box (an infobox) laid out as a table of label and value rows is read row by row ("Byggår – 1897"),
  its picture's caption left out; its title is a row of one cell spanning the table.
- A page of several sibling sections under one container (a results page: the figures, the results table,
  then the text) can make trafilatura keep only the section with the most prose. What stands between the
  headline (or the lead under it) and the part it kept, side by side with that part in the same container and
  left after the boilerplate elements were removed, is the article's too: its headings, paragraphs, lists,
  tables (row by row) and label/value lines are put back before the kept text.
- A table of trafilatura's reading is read row by row (:func:`table_pairs`, moved here from ``html.py``).
"""

from __future__ import annotations

from lxml import etree

from .dumpclean import clean_line, join_cells
from .html_classes import is_boilerplate_el
from .html_layout import is_data_table
from .structured import element_text

_HEADS = {"h2", "h3", "h4", "h5"}
_BLOCKS = {"p", "div", "section", "ul", "ol", "table", "dl", "h2", "h3", "h4", "h5", "blockquote", "figure"}
MAX_PRELUDE = 6
"""At most this many sibling elements between the headline and the kept text are put back (more is a page of
several things, not one article's parts)."""
MAX_PRELUDE_CHARS = 3000


def _visible(el: etree._Element) -> bool:
    """An element a reader sees: not hidden, not for screen readers only, not named boilerplate."""
    while el is not None:
        if not isinstance(el.tag, str):
            return False
        if el.get("hidden") is not None or el.get("aria-hidden") == "true" or (
            {"sr-only", "screen-reader-text", "visually-hidden"} & set((el.get("class") or "").split())
        ):
            return False
        el = el.getparent()
    return True


def _cell_text(cell: etree._Element) -> str:
    parts = [t for t in cell.xpath(".//text()") if _visible(t.getparent()) and not _in_caption(t.getparent(), cell)]
    return clean_line(" ".join(" ".join(parts).split()))


def _in_caption(el: etree._Element, stop: etree._Element) -> bool:
    while el is not None and el is not stop:
        if is_boilerplate_el(el):
            return True
        el = el.getparent()
    return False


def table_box(box: etree._Element) -> tuple[str, list[str]] | None:
    """A box laid out as a table: (title, rows), each row its cells joined with dashes; None when it holds no
    row of two cells or more. The title is the first row of one cell, when it comes first."""
    title = ""
    items: list[str] = []
    for row in box.iter("tr"):
        cells = [c for c in (_cell_text(c) for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")) if c]
        if len(cells) >= 2:
            items.append(join_cells(cells))
        elif len(cells) == 1 and not items and not title:
            title = cells[0]
    return (title, items) if items else None


def _read(el: etree._Element) -> list[tuple[str, str]]:
    """An element of the prelude as (kind, text) pairs, as trafilatura's reading gives them."""
    tag = el.tag.lower()
    if not _visible(el):
        return []
    if tag in _HEADS:
        return [("head", element_text(el))]
    if tag == "p":
        return [("p", element_text(el))] if element_text(el) else []
    if tag in ("ul", "ol"):
        return [*(("item", element_text(li)) for li in el.iter("li") if element_text(li)), ("endlist", "")]
    if tag == "table":
        out: list[tuple[str, str]] = []
        caption = el.find("caption")
        if caption is not None and element_text(caption):
            out.append(("p", element_text(caption)))
        box = table_box(el)
        if box is not None:
            out.extend(("item", row) for row in box[1])
            out.append(("endlist", ""))
        return out
    out = []
    children = [c for c in el if isinstance(c.tag, str)]
    if children and all(c.tag.lower() in _BLOCKS for c in children):
        for c in children:
            out.extend(_read(c))
        return out
    text = clean_line(" ".join(" ".join(t for t in el.xpath(".//text()") if _visible(t.getparent())).split()))
    return [("p", text)] if text else []


def _child_towards(ancestor: etree._Element, el: etree._Element) -> etree._Element | None:
    while el is not None and el.getparent() is not ancestor:
        el = el.getparent()
    return el


def _first_kept(root: etree._Element, pairs: list[tuple[str, str]]) -> etree._Element | None:
    """The element of the first paragraph trafilatura kept (found once in the page)."""
    first = next((t for k, t in pairs if k == "p" and len(t) >= 60), None)
    if first is None:
        return None
    found = [el for el in root.iter("p") if element_text(el) == first]
    return found[0] if len(found) == 1 else None


def prelude_pairs(root: etree._Element, top: etree._Element | None, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pairs`` with the sections between ``top`` (the headline, or the lead under it) and the part trafilatura
    kept put back before it, when they are siblings of that part in one container (see the module's doc)."""
    kept = _first_kept(root, pairs)
    if top is None or kept is None:
        return pairs
    container = next((a for a in top.iterancestors() if kept in a.iterdescendants()), None)
    if container is None:
        return pairs
    top, part = _child_towards(container, top), _child_towards(container, kept)
    if top is None or part is None or part is kept:
        return pairs
    between: list[etree._Element] = []
    el = top.getnext()
    while el is not None and el is not part:
        if isinstance(el.tag, str):
            between.append(el)
        el = el.getnext()
    if el is None or not between or len(between) > MAX_PRELUDE:
        return pairs
    prelude = [p for b in between for p in _read(b)]
    if not prelude or sum(len(t) for _, t in prelude) > MAX_PRELUDE_CHARS:
        return pairs
    if not any(is_data_table(t) for b in between for t in b.iter("table")):
        return pairs
    texts = {t for _, t in pairs}
    if any(t in texts for k, t in prelude if k != "endlist"):
        return pairs
    return prelude + pairs


def table_pairs(table: etree._Element) -> list[tuple[str, str]]:
    """A table of trafilatura's XML read row by row: a data row (two cells or more) is an item of a box, its
    cells joined with dashes, as a listener hears a programme or a result list; a row holding paragraphs is a
    layout table's, and its paragraphs are the article's."""
    pairs: list[tuple[str, str]] = []
    items = False
    for row in table.iter("row"):
        if row.find(".//p") is not None or row.find(".//head") is not None:
            for part in row.iter("p", "head", "item", "quote"):
                text = clean_line(" ".join(part.itertext()))
                if text:
                    pairs.append(("head" if part.tag == "head" else "p", text))
            continue
        cells = [c for c in (clean_line(" ".join(c.itertext())) for c in row.iter("cell")) if c]
        if cells:
            items = items or len(cells) >= 2
            pairs.append(("item" if len(cells) >= 2 else "p", join_cells(cells)))
    if items:
        pairs.append(("endlist", ""))
    return pairs
