"""Pages without paragraph markup: old table layouts, ``<font>``/``<center>`` pages, ``<br>``-only blogs, div soup.

Such a page puts its article in a table cell or a ``<div>`` among the site's menu, banner, donation box and
footer cells, its paragraphs separated by ``<br><br>``, its headline a line in a larger or bold ``<font>``.
trafilatura reads every cell of such a page as a table. Here the page is read as its reader sees it:

1. **Visual lines.** The page is cut into the lines a browser shows (at block elements and ``<br>``), each
   with its share of link text and how it is set: heading level, font size (``<font size>``, ``<big>``,
   ``style="font-size"``), bold (``<b>``, ``<strong>``, a ``<th>`` as a browser sets it). Hidden elements and elements whose names say boilerplate (menus, sidebars,
   comments …, :func:`audiocast.ingest.html_classes.is_boilerplate_el`) are left out.
2. **Is this such a page?** Only when most of the page's running prose is *not* in ``<p>``/``<li>``/
   ``<blockquote>`` markup (:data:`MIN_UNMARKED_SHARE`), or when the article's container is a cell of a layout
   grid whose other cells hold a menu or a sidebar (old pages with unclosed ``<P>``: trafilatura reads the grid
   as a table and takes those cells along); another page with paragraphs is left to trafilatura.
3. **The article's container** is the block element (cell, div) with the most running prose less everything
   else in it (text density): the prose of the article counts for it, menus, link lists, counters against.
4. **The headline** is the most prominent line (heading level, font size, bold, a title-like class) before
   the container's first paragraph, inside the container first, else just above it; never a link, a date, a
   sentence or the masthead (the site's name and slogan above the site's menu, the name the page states, a line
   in a masthead block, the page's first line coming back in its footer); a date under a line counts for it.
5. **The article's lines**: from the headline to the end of the container, less a footer block after the
   text (a closing sentence in a <p>, "Välkomna!", stays), link lists (two or more lines of links, a row of
   links, and the short heading over them, "Tidigare nyheter"), visitor counters and image captions named by a
   label (:func:`audiocast.ingest.figures.is_caption_line`); hard-wrapped sentences are joined again. A data
   table in the text (:func:`is_data_table`: a programme, a result list) is read row by row, as a box's items;
   a post line with a date between the headline and the text is the date. They replace
   the page's body as ``<article><h1>…</h1><p>…</p></article>``, which the usual HTML path then reads (its
   rules end the text at a "Kommentarer" heading and take bylines and dates out).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from lxml import etree

from .dates import is_date_line, parse_date
from .dumpclean import clean_line, labels_next
from .figures import drop_image_captions, is_caption_line
from .headline import shape_of
from .html_classes import BOILERPLATE_TAGS, is_boilerplate_el, names_fact_box, role_tokens
from .html_headline import headline_without_h1, is_hidden, named_heading, site_names, statements
from .html_headline import words as fold_words
from .html_layoutfacts import facts_after, named_fact_boxes
from .html_layoutsite import named_line, site_line
from .lineshape import is_title_like, words
from .signoff import cut_after_sign_off
from .structured import element_text

BLOCK_TAGS = frozenset("""
    address article aside blockquote body caption center dd div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul
""".split())
"""Elements that start a new line in a browser."""
MARKED_TAGS = frozenset({"p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt"})
"""Paragraph markup: prose in these is a page trafilatura reads well."""
POLL_CHOICES = 2
POLL_CHARS = 400
"""A small element holding at least this many radio buttons or check boxes (and at most this many characters) is a
poll or a form's choices, never the article's text: no reader of a page answers it aloud."""
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "select", "option",
                        "button", "input", "textarea", "iframe", "object", "map"})
MIN_UNMARKED_SHARE = 0.5
"""The page is read by layout when at least this share of its running prose stands outside paragraph markup."""
MIN_PROSE_CHARS = 300
"""Nor when it has less running prose than this (a front page, a list)."""
MIN_OTHER_CELL_CHARS = 40
"""The other cells of a layout grid hold at least this much text (a menu of a few items)."""
HEAD_LOOKBACK = 6
"""How many lines above the container are searched for the headline when the container has none."""
_COUNTER = re.compile(r"(?i)\b(?:du är besökare|besökare (?:nr|nummer)|antal besök(?:are)?|besöksräknare|"
                      r"you are visitor|visitors?(?: since \S+)?\s*:?\s*\d)")
"""A visitor counter ("Du är besökare nr 048213", "Antal besök: 20 417"), the furniture of old pages."""
_TITLE_CLASS = re.compile(r"(?:^|[-_])(?:title|headline|rubrik|heading)(?:$|[-_])")
_FONT_PX = re.compile(r"font-size\s*:\s*([\d.]+)\s*(px|pt|em|rem|%)", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)


@dataclass
class Line:
    """One line of the page as a browser shows it."""

    text: str = ""
    """The line's text, spaces cleaned."""
    block: etree._Element | None = None
    """The block element the line stands in."""
    chars: int = 0
    """Characters of text (without spaces)."""
    link_chars: int = 0
    """Of which inside links."""
    links: int = 0
    """How many links the line holds."""
    bold_chars: int = 0
    """Of which bold."""
    size: float = 0.0
    """The largest font step of its text, relative to the page's normal text (0: normal)."""
    heading: int = 0
    """The heading level it stands in (1 for <h1> … 6, 0 for none)."""
    titled: bool = False
    """Inside an element whose class or id says title/headline/rubrik."""
    marked: bool = False
    """Inside paragraph markup (:data:`MARKED_TAGS`)."""
    row: bool = False
    """A row of a data table, its cells joined with dashes (:func:`is_data_table`)."""
    parts: list[str] = field(default_factory=list)

    @property
    def linked(self) -> bool:
        """Mostly link text (a menu item, a teaser)."""
        share = LINKED_DATED_SHARE if _DATED_TAIL.search(self.text) else LINKED_SHARE
        return self.chars > 0 and self.link_chars >= share * self.chars

    @property
    def prose(self) -> bool:
        """Running prose: a sentence or more of text, not links."""
        n = words(self.text)
        if len(_RUN_SEPARATOR.split(self.text)) >= RUN_PARTS:
            return False  # a footer's run of facts ("Föreningen X · Ansluten till Y · Webbansvarig: Z")
        return self.link_chars < 0.3 * max(self.chars, 1) and n >= 6 and (not is_title_like(self.text) or n >= 15)

    @property
    def prominence(self) -> float:
        """How much the line stands out from the text: heading level, size, bold, a title class."""
        p = (7 - self.heading if self.heading else 0) + max(self.size, 0.0)
        if self.chars and self.bold_chars >= 0.8 * self.chars:
            p += 1
        return p + (2 if self.titled else 0)


LINKED_SHARE = 0.6
"""A line with this share of its text in links is a link line (a menu item, a teaser)."""
LINKED_DATED_SHARE = 0.4
"""A link with its date in brackets after it ("Årsmötet 2019 (2019-03-03)", an archive's item) needs less."""
_DATED_TAIL = re.compile(r"\(\s*\d[\d\s./-]*\)\s*$")
_RUN_SEPARATOR = re.compile(r"\s[·|•]\s")
RUN_PARTS = 3
"""A line of this many parts set apart by "·" or "|" is a run of facts, not a sentence."""


@dataclass
class _Style:
    link: bool = False
    bold: bool = False
    size: float = 0.0
    heading: int = 0
    titled: bool = False
    marked: bool = False
    row: bool = False


_CELL_TAGS = frozenset({"td", "th"})
DATA_CELL_MAX_WORDS = 15
"""A cell of a data table holds a value or a name, not a paragraph."""


def _cells(row: etree._Element) -> list[etree._Element]:
    return [c for c in row if isinstance(c.tag, str) and c.tag.lower() in _CELL_TAGS]


def is_data_table(table: etree._Element) -> bool:
    """A table of data (a programme, a grant list, opening hours), not a layout grid: two rows or more, most
    of them of two cells or more, every cell short (no paragraph, no nested table). Its rows are read as
    lines, the cells of a row joined, as a reader reads a table row by row."""
    if table.xpath(".//table"):
        return False
    rows = [r for r in table.iter("tr", "TR") if _cells(r)]
    if len(rows) < 2 or sum(len(_cells(r)) >= 2 for r in rows) * 2 < len(rows):
        return False
    return all(words(" ".join(c.itertext())) <= DATA_CELL_MAX_WORDS and not c.xpath(".//p|.//div|.//ul|.//ol")
               for r in rows for c in _cells(r))


def _size_of(el: etree._Element, parent: float) -> float:
    """The font step an element sets: <font size=4> is +1 over the default 3, 18px is about +1."""
    tag = el.tag.lower()
    if tag == "font" and el.get("size"):
        raw = el.get("size", "").strip()
        try:
            return parent + float(raw) if raw[:1] in "+-" else float(raw) - 3
        except ValueError:
            return parent
    if tag == "big":
        return parent + 1
    if tag == "small":
        return parent - 1
    m = _FONT_PX.search(el.get("style", ""))
    if m:
        value, unit = float(m.group(1)), m.group(2).lower()
        px = value * {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "%": 0.16}[unit]
        return (px - 14) / 4
    return parent


class _Cutter:
    """Cuts a page into :class:`Line` objects (see :func:`visual_lines`)."""

    def __init__(self, keep_share: int, polls: frozenset[etree._Element] = frozenset()) -> None:
        self.lines: list[Line] = []
        self.current = Line()
        self.keep_share = keep_share
        self.polls = polls

    def flush(self) -> None:
        line = self.current
        line.text = clean_line(" ".join(line.parts))
        if line.text:
            self.lines.append(line)
        self.current = Line()

    def add(self, text: str | None, style: _Style, block: etree._Element) -> None:
        if not text or not text.strip():
            return
        line = self.current
        n = len(re.sub(r"\s", "", text))
        if not line.parts:
            line.block, line.marked, line.row = block, style.marked, style.row
        line.parts.append(text)
        line.chars += n
        line.link_chars += n if style.link else 0
        line.bold_chars += n if style.bold else 0
        line.size = max(line.size, style.size) if line.parts[1:] else style.size
        line.heading = line.heading or style.heading
        line.titled = line.titled or style.titled

    def skip(self, el: etree._Element, tag: str) -> bool:
        if tag in _SKIP_TAGS or is_hidden(el):
            return True
        if el in self.polls:
            return True  # a poll's question over its choices (session 37: "Har du … drabbats av inbrott?" / Ja / Nej)
        if (tag in BOILERPLATE_TAGS or (tag != "body" and is_boilerplate_el(el))) and not names_fact_box(el):
            # An element named "sidebar" or "comments" is left out, unless it holds much of the page; an <aside> named
            # a fact box is the article's (session 37).
            return len(re.sub(r"\s", "", " ".join(el.itertext()))) < self.keep_share
        return False

    def visit(self, el: etree._Element, style: _Style, block: etree._Element) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or self.skip(el, tag):
            return
        if tag == "a" and not style.link:
            self.current.links += 1
        if tag == "br":
            self.flush()
            return
        cell = style.row and tag in _CELL_TAGS
        if cell and self.current.parts and not labels_next(self.current.parts[-1]):
            self.current.parts.append("–")  # the next cell of a data table's row (a label's cell: its value follows)
        is_block = tag in BLOCK_TAGS and not cell
        if is_block:
            self.flush()
            block = el
        bold = style.bold or tag in {"b", "strong", "th"} or bool(tag[:1] == "h" and tag[1:].isdigit()) or bool(
            _BOLD_STYLE.search(el.get("style", "")))
        heading = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else style.heading
        inner = _Style(link=style.link or tag == "a", bold=bold, size=_size_of(el, style.size), heading=heading,
                       titled=style.titled or any(_TITLE_CLASS.search(t) for t in role_tokens(el)),
                       marked=style.marked or tag in MARKED_TAGS,
                       row=style.row or (tag == "table" and is_data_table(el)))
        self.add(el.text, inner, block)
        for child in el:
            self.visit(child, inner, block)
            if is_block and child.tail and child.tail.strip() and isinstance(child.tag, str) and (
                    child.tag.lower() in BLOCK_TAGS):
                self.flush()
            self.add(child.tail, inner, block)
        if is_block:
            self.flush()


def visual_lines(body: etree._Element) -> list[Line]:
    """The lines a browser shows for ``body``, in reading order."""
    total = len(re.sub(r"\s", "", " ".join(body.itertext())))
    cutter = _Cutter(keep_share=int(0.4 * total), polls=_polls(body))
    cutter.visit(body, _Style(), body)
    cutter.flush()
    return cutter.lines


def _polls(body: etree._Element) -> frozenset[etree._Element]:
    """The page's polls: for each group of radio buttons or check boxes, the smallest element above them holding
    :data:`POLL_CHOICES` of them, when it holds at most :data:`POLL_CHARS` characters."""
    found: set[etree._Element] = set()
    for box in body.iterfind(".//input"):
        if box.get("type") not in ("radio", "checkbox"):
            continue
        for up in box.iterancestors():
            if up is body or len(up.xpath(".//input[@type='radio' or @type='checkbox']")) >= POLL_CHOICES:
                if up is not body and len(" ".join(up.itertext())) <= POLL_CHARS:
                    found.add(up)
                break
    return frozenset(found)


def is_layout_page(lines: list[Line]) -> bool:
    """Whether most of the page's running prose stands outside paragraph markup."""
    prose = [x for x in lines if x.prose]
    total = sum(x.chars for x in prose)
    unmarked = sum(x.chars for x in prose if not x.marked)
    if total < MIN_PROSE_CHARS:
        return False
    if unmarked >= MIN_UNMARKED_SHARE * total:
        return True
    box = _container(lines)
    return box is not None and _in_layout_cell(box, lines)


def _in_layout_cell(box: etree._Element, lines: list[Line]) -> bool:
    """Whether the article's container is a cell of a layout grid (or stands in one) whose other cells hold
    text of their own: a menu, a sidebar, a banner. trafilatura reads such a grid as a table and takes those
    cells in with the article, even when its prose is in <p> markup (old pages, unclosed <P>)."""
    # The grid may be an outer one: the article's own cell can stand in a padding table of one cell.
    for cell in (el for el in (box, *box.iterancestors()) if isinstance(el.tag, str) and el.tag.lower() in _CELL_TAGS):
        table = next((el for el in cell.iterancestors() if isinstance(el.tag, str) and el.tag.lower() == "table"), None)
        if table is None:
            return False
        others = [x for x in lines if x.block is not None and not _inside(x, cell) and _inside(x, table)]
        if sum(x.chars for x in others) >= MIN_OTHER_CELL_CHARS:
            return True
    return False


def _container(lines: list[Line]) -> etree._Element | None:
    """The block element with the most running prose less all its other text."""
    score: dict[etree._Element, int] = defaultdict(int)
    for line in lines:
        if line.block is None:
            continue
        weight = line.chars if line.prose else -line.chars
        for el in (line.block, *line.block.iterancestors()):
            score[el] += weight
    if not score:
        return None
    return _article_cell(max(score, key=lambda el: score[el]), lines)


_GRID_TAGS = frozenset({"table", "tbody", "thead", "tfoot", "tr"})
ARTICLE_CELL_SHARE = 0.6
"""A cell holding this share of a grid's running prose is the article's column; the rest is a sidebar's blurb."""


def _article_cell(box: etree._Element, lines: list[Line]) -> etree._Element:
    """The cell of a layout grid that holds most of the grid's running prose, when the best block is the grid
    itself (its row or table): a sidebar's "Om föreningen" blurb counts for the row, but the article is a column."""
    while isinstance(box.tag, str) and box.tag.lower() in _GRID_TAGS:
        prose = [x for x in lines if x.prose and _inside(x, box)]
        total = sum(x.chars for x in prose)
        cells = box.xpath("./tr/td|./tr/th|./td|./th|./tbody/tr/td|./tbody/tr/th")
        best = max(cells, key=lambda c: sum(x.chars for x in prose if _inside(x, c)), default=None)
        if best is None or not total or sum(x.chars for x in prose if _inside(x, best)) < ARTICLE_CELL_SHARE * total:
            return box
        box = best
    return box


def _inside_el(el: etree._Element, box: etree._Element) -> bool:
    return el is box or any(a is box for a in el.iterancestors())


def _inside(line: Line, box: etree._Element | None) -> bool:
    return line.block is not None and box is not None and _inside_el(line.block, box)


def _masthead(lines: list[Line]) -> int:
    """How many of the page's first lines are its masthead (the site's name, a slogan): those above the
    site's menu (a line of two or more links, or two link lines in a row) when the menu comes before any prose."""
    for k, line in enumerate(lines):
        if line.prose:
            return 0
        if line.linked and (line.links >= 2 or (k + 1 < len(lines) and lines[k + 1].linked)):
            return k
    return 0


def _headline_at(lines: list[Line], start: int, first_prose: int, sites: frozenset[str] = frozenset(),
                 named: frozenset[str] = frozenset()) -> int | None:
    """The most prominent headline-shaped line in ``lines[start:first_prose]`` (the nearest of equals), never the
    site's name (:func:`audiocast.ingest.html_layoutsite.site_line`); a line with the post's date right under it
    counts one step more, and so does a line the page's own statements name (``named``: its <title>, og:title, JSON-LD
    headline, folded, word for word or opening it, :func:`audiocast.ingest.html_layoutsite.named_line`), a candidate even
    set without emphasis (session 39, extract177: a Joomla page's title in a plain table cell under a login box's
    header cell, "Logga in", which was taken). So is a plain line the post's date line stands right under, without
    the step that gives an emphasised line (session 40, extract182: a plain span over "2024-11-29 | Upplagd av: …"
    lost to a side box's "LOGGA IN"; "Skrivet av …" over a date is no headline beside a bold title)."""
    best: int | None = None
    best_score = 0.0
    for k in range(max(start, _masthead(lines)), first_prose):
        line = lines[k]
        said = named_line(line.text, named)
        dated = _dated(lines, k)
        if (line.prominence < 1 and not said and not dated) or is_date_line(line.text) or not 2 <= words(line.text) <= 25:
            continue
        if line.linked and not (line.links <= 1 and _dated(lines, k)):
            continue  # a link is a menu item or a teaser, unless a post's date line stands under it (its permalink)
        if not is_title_like(line.text) and not line.heading:
            continue
        if site_line(lines, k, sites):
            continue
        plain = line.prominence < 1 and not said  # a candidate by its date line alone: no step more for it
        score = max(line.prominence, 1) + (1 if dated and not plain else 0) + (NAMED_STEP if said else 0)
        if best is None or score >= best_score:
            best, best_score = k, score
    return best


NAMED_STEP = 20
"""How many steps of prominence a line the page's statements name is worth (:func:`_headline_at`): more than any
emphasis (session 47, extract253: a login box's "Logga in" set as <h3> outweighed the title's plain cell)."""


def _dated(lines: list[Line], k: int) -> bool:
    """A date line or a post line with a date among the two lines under a line."""
    return any(is_date_line(x.text) or _post_line(x) for x in lines[k + 1:k + 3])


RUNNING_NEXT = 2
"""The article's text begins at a prose line with more prose among the next lines this many: a side box's lone
sentence above the headline ("250 kr. Plusgiro 45 67 89-0.") is no start of the text."""


def article_lines(lines: list[Line], sites: frozenset[str] = frozenset(), named: frozenset[str] = frozenset(),
                  ) -> tuple[Line | None, Line | None, list[Line]] | None:
    """The headline, a date line beside it, and the article's lines of a layout page; None when not found.
    ``sites``: the site's names the page states (folded words, :func:`audiocast.ingest.html_headline.site_names`);
    ``named``: what the page says its article is called, folded (:func:`_headline_at`)."""
    box = _container(lines)
    if box is None:
        return None
    idx = [k for k, x in enumerate(lines) if _inside(x, box)]
    first_prose = next((k for k in idx if lines[k].prose and any(x.prose for x in lines[k + 1:k + 1 + RUNNING_NEXT])),
                       next((k for k in idx if lines[k].prose), None))
    if first_prose is None:
        return None
    head = _headline_at(lines, idx[0], first_prose, sites, named)
    if head is None:
        head = _headline_at(lines, max(0, idx[0] - HEAD_LOOKBACK), idx[0], sites, named)
    start = head + 1 if head is not None else idx[0]
    # The lines between a headline found above the container and the container go along when they stand in
    # the headline's own block, which holds the container too (a post line in the same cell, not a side cell).
    outer = lines[head].block if head is not None else None
    between = [lines[k] for k in range(start, idx[0])] if outer is not None and _inside_el(box, outer) else []
    body = [x for x in between if _inside(x, outer)] + [lines[k] for k in idx if k >= start]
    if outer is not None and not between:
        body = _column_lead(lines, start, idx[0], outer, box) + body
    at = head if head is not None else start
    near = [lines[k] for k in range(max(0, at - 2), min(len(lines), at + 3))]
    date = next((x for x in near if is_date_line(x.text) and parse_date(x.text) is not None), None)
    if date is None:  # a post line between the headline and the text: "Upplagd 2024-08-20 av Bengt Hallberg"
        date = next((x for x in body if x in lines[start:first_prose] and _post_line(x)), None)
    body = _drop_link_lists(_drop_footer([x for x in body if x is not date]))
    body = body[:_next_post(body, date)] if date is not None else body
    body = body[: cut_after_sign_off([x.text for x in body], [x.prose and not x.row for x in body])]
    if body and body[-1] is lines[idx[-1]]:  # the text read to its cell's end: a fact box may stand in the next row
        body += facts_after(lines, idx[-1], body)
    return (lines[head] if head is not None else None), date, body


def _column_lead(lines: list[Line], start: int, end: int, head: etree._Element, box: etree._Element) -> list[Line]:
    """Session 37 (extract159, a school's table layout): the lead in a cell of its own between the headline's cell and
    the text's, all three rows of one column (``<td class="mitten">``): running prose there, in the smallest element
    holding both the headline and the text, when that is no more than the column (not the page's body). A menu's or
    a side cell's lines are no prose, and stand outside that element."""
    column = next((a for a in head.iterancestors() if _inside_el(box, a)), None)
    if column is None or column.tag in {"body", "html"}:
        return []
    return [lines[k] for k in range(start, end) if lines[k].prose and _inside(lines[k], column)][:1]


POST_LINE_MAX_WORDS = 10


def _shape(text: str) -> str:
    return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "9", text.strip()))


def _next_post(body: list[Line], date: Line) -> int:
    """Where the page's next post begins on a page of posts set one under the other (a club's news page): a date
    line written as the article's own (``date``, "2009-03-15" as "2009-02-28"), then a prominent headline-shaped
    line, then prose, as the article itself began; the end of the body when there is none. An event list inside
    the text ("Lördag 10 maj" over a bold title) is written otherwise than the post's date."""
    for k in range(1, len(body) - 1):
        line, before = body[k], body[k - 1]
        if line.prose or line.prominence < 1 or not is_title_like(line.text) or not 2 <= words(line.text) <= 25:
            continue
        if _shape(before.text) == _shape(date.text) and parse_date(before.text) is not None and any(
                x.prose for x in body[k + 1:k + 3]):
            return k - 1
    return len(body)



def _post_line(line: Line) -> bool:
    """A short line with a date in it, standing between the headline and the text: the post's date line."""
    return not line.prose and not line.linked and words(line.text) <= POST_LINE_MAX_WORDS and (
        parse_date(line.text) is not None)


def _drop_footer(body: list[Line]) -> list[Line]:
    """The lines less a footer after the text: the lines past the last prose line that stand in a block
    of their own without prose ("Senast ändrad …" in a <center> at the end of the page)."""
    last = max((k for k, x in enumerate(body) if x.prose), default=-1)
    if last < 0:
        return body
    prose_blocks = {id(x.block) for x in body if x.prose}
    prose_parents = _holders([x.block for x in body if x.prose and x.block is not None])
    kept = body[: last + 1]
    sign = 0  # lines of a signature still to come under a closing greeting
    for x in body[last + 1:]:
        beside = _beside(x, prose_parents)
        if beside and not x.linked and _GREETING.match(x.text):  # (first: a letter's rows may be a box's too)
            kept.append(x)
            sign = SIGNATURE_LINES
        elif id(x.block) in prose_blocks or _closing(x, prose_parents) or _box_in_text(x, prose_parents):
            kept.append(x)
        elif sign and beside and not x.linked and words(x.text) <= 6 and not re.search(r"\d", x.text):
            kept.append(x)
            sign -= 1
    return kept


_GREETING = re.compile(r"(?i)(?:med )?(?:varma|vänliga|bästa|många|hjärtliga|glada)?\s*hälsningar?\b[^.]{0,40}[,!.]?$|mvh\b")
"""A letter's closing greeting ("Varma hälsningar,", "Med vänlig hälsning", "Mvh"), read with the text."""
SIGNATURE_LINES = 2
"""The short lines under a closing greeting that sign it ("Styrelsen", "Anna och Per")."""


def _table_of(block: etree._Element) -> etree._Element | None:
    """The table a cell stands in (None for a block that is no cell)."""
    if not isinstance(block.tag, str) or block.tag.lower() not in _CELL_TAGS:
        return None
    return next((a for a in block.iterancestors() if isinstance(a.tag, str) and a.tag.lower() == "table"), None)


def _holders(blocks: list[etree._Element]) -> set[int]:
    """What the text's blocks stand in: their parents, and a table two or more of them are cells of (an e-mail
    sets every paragraph in a cell of a row of its own)."""
    found = {id(b.getparent()) for b in blocks if b.getparent() is not None}
    tables = [t for t in (_table_of(b) for b in blocks) if t is not None]
    return found | {id(t) for t in tables if sum(u is t for u in tables) >= 2}


def _beside(line: Line, holders: set[int]) -> bool:
    """Whether a line's block stands beside the text's blocks (the same parent, or the same table of text cells)."""
    if line.block is None:
        return False
    table = _table_of(line.block)
    return id(line.block.getparent()) in holders or (table is not None and id(table) in holders)


BOX_CELLS = 2
"""A box set as a table inside the text's container has at most this many cells in a row (a bordered fact box)."""
BOX_ROWS = 12
"""... and at most this many rows (its title and its facts, a row each)."""


def _box_in_text(line: Line, holders: set[int]) -> bool:
    """Session 30 (blind set extract109): a box the page sets as a small table inside the text's own container under
    its paragraphs (a club's fact box of the exhibition's place, times and fee in a bordered cell), not linked: the
    article's, as the text's own lines are; a footer or a sidebar stands outside that container. Session 39
    (extract126, extract121 opened): such a box set a fact a row ("Fakta om anläggningen" / "Skala: H0 (1:87)" / …),
    at most :data:`BOX_CELLS` cells a row and :data:`BOX_ROWS` rows, is one too; it was dropped as a footer when no
    paragraph of prose stood under it, only a closing line."""
    table = _table_of(line.block) if line.block is not None and not line.linked else None
    if table is None or table.getparent() is None or id(table.getparent()) not in holders:
        return False
    if len(table.xpath(".//td|.//th|.//TD|.//TH")) <= BOX_CELLS:
        return True
    rows = table.xpath(".//tr|.//TR")
    return 0 < len(rows) <= BOX_ROWS and all(len(r.xpath("./td|./th|./TD|./TH")) <= BOX_CELLS for r in rows) and not (
        table.xpath(".//a|.//A"))


def _closing(line: Line, prose_parents: set[int] | None = None) -> bool:
    """A short closing sentence of the text ("Välkomna!", "Vi ser fram emot en härlig vecka med er!"), not a
    footer's line (an address, "Senast ändrad 2024-05-02", a link): in paragraph markup, or in a ``<div>`` of its
    own beside the text's (a page builder's text module sets every paragraph in a ``<div>``)."""
    beside = _beside(line, prose_parents or set())
    return (line.marked or beside) and not line.linked and line.text[-1:] in ".!" and parse_date(line.text) is None and (
        not _COUNTER.search(line.text))


def _drop_link_lists(body: list[Line]) -> list[Line]:
    """The lines less link lists: two or more link lines in a row, a row of links ("Skriv ut | Tipsa en vän"), a
    link line at the end, and the short heading right over them; less captions named by a label, visitor
    counters and lone links shaped as buttons; hard-wrapped sentences joined."""
    keep = [True] * len(body)
    k = 0
    while k < len(body):
        end = k
        while end < len(body) and body[end].linked:
            end += 1
        if end - k >= 2 or (end > k and (end == len(body) or body[k].links >= 2)):
            for j in range(k, end):
                keep[j] = False
            many = end - k >= 2 or body[k].links >= 2  # a list, not one "« Tillbaka" link at the end
            if many and k > 0 and not body[k - 1].prose and is_title_like(body[k - 1].text) and (
                    body[k - 1].text[-1:] not in ".!?…"):  # "Välkomna!" closes the text, it heads no list
                keep[k - 1] = False
        k = max(end, k + 1)
    out: list[Line] = []
    for line, ok in zip(body, keep, strict=True):
        if not ok or is_caption_line(line.text) or _COUNTER.search(line.text):
            continue
        if line.linked and shape_of(line.text) == "button":
            continue  # a lone link that is a button ("Skriv under namninsamlingen här", "Anmäl dig här")
        if out and out[-1].block is line.block and _wrapped(out[-1].text, line.text):
            out[-1].text = f"{out[-1].text} {line.text}"
            continue
        out.append(line)
    return out


def _wrapped(before: str, after: str) -> bool:
    """Whether two lines are one sentence broken by a <br> (no sentence end, the next starts in lower case)."""
    return bool(before) and before[-1] not in ".!?…:;\"”" and after[:1].islower()


def relayout(doc: etree._Element) -> bool:
    """Replace the body of a page without paragraph markup by its article as ``<h1>`` and ``<p>`` elements
    (see the module's docstring); False, and the page unchanged, when it has paragraph markup or no
    article was found."""
    body = doc.find("body")
    if body is None:
        return False
    lines = visual_lines(body)
    if not is_layout_page(lines):
        return False
    sites = site_names(doc)
    found = article_lines(lines, frozenset(sites), frozenset(" ".join(fold_words(x)) for x in statements(doc, sites)))
    if found is None:
        return False
    head, date, text = found
    named = named_heading(doc) if head is None else None  # a forum's topic title the reader found no head under
    title = head.text if head is not None else element_text(named) if named is not None else None
    article = etree.Element("article")
    if date is not None:
        when = parse_date(date.text)
        etree.SubElement(article, "time", datetime=when.isoformat() if when else "").text = date.text
    if title:
        etree.SubElement(article, "h1").text = title
    rows: etree._Element | None = None
    for line in text:
        if line.row:  # a data table's rows, read one by one as the items of a box
            rows = etree.SubElement(article, "ul") if rows is None else rows
            etree.SubElement(rows, "li").text = line.text
            continue
        rows = None
        short_bold = line.chars and line.bold_chars >= 0.8 * line.chars and is_title_like(line.text) and words(line.text) <= 10
        para = etree.SubElement(article, "h2" if short_bold else "p")
        if not short_bold and line.size <= -1:  # small print kept as such (html_calls reads a call set apart by it)
            etree.SubElement(para, "small").text = line.text
        else:
            para.text = line.text
    facts = named_fact_boxes(body, text)  # the fact boxes the page names by their class, read as on any page
    del body[:]
    body.text = None
    body.append(article)
    article.extend(facts)
    return True



_STYLE_LARGE = re.compile(r"font-size\s*:\s*(?:(?:2\d|[3-9]\d)(?:\.\d+)?px|(?:1\.[4-9]|[2-9])(?:\.\d+)?r?em)"
                          r"|font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
"""A style rule that sets a block as a title: large (20 px, 1.4 em or more) or bold."""


def _styled_title(el: etree._Element, css: str) -> bool:
    """An element whose class names a title and that the page's <style> sets large or bold (``.s123-title{font-size:
    28px}``): the post's title however the element is made; a caption is set small."""
    for token in role_tokens(el):
        if not _TITLE_CLASS.search(token):
            continue
        for m in re.finditer(rf"\.{re.escape(token)}(?![\w-])[^{{}}]*\{{([^}}]*)\}}", css):
            if _STYLE_LARGE.search(m.group(1)):
                return True
    return False


def drop_captions_keep_title(doc: etree._Element) -> None:
    """Drop the pictures' captions (:func:`audiocast.ingest.figures.drop_image_captions`), but never the element a page
    sets as its post's title: a title-classed element with the post's date under it
    (:func:`audiocast.ingest.html_headline.headline_without_h1`) or one its <style> sets large or bold
    (:func:`_styled_title`). A post's picture often stands right above its title, where a caption's place is
    (``<div class="post-image"><img></div><div class="x-title">…</div>``)."""
    body = doc.find("body")
    root = body if body is not None else doc
    css = " ".join(x.text or "" for x in doc.iter("style"))
    kept = [el for el in root.iter() if isinstance(el.tag, str) and el.tag in {"div", "span"} and not el.xpath(".//a")
            and css and _styled_title(el, css) and 2 <= words(clean_line(" ".join(el.itertext()))) <= 25]
    title = headline_without_h1(doc)
    kept += [title] if title is not None else []
    tags = [(el, el.tag) for el in kept]
    for el, _ in tags:
        el.tag = "p"  # no caption's element: figures keeps it
    drop_image_captions(root)
    for el, tag in tags:
        el.tag = tag
