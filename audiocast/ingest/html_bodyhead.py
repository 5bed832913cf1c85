"""The headline found in an HTML page's text, when nothing else names it: no <h1>, and a <title> and og:title of the
site and its section alone ("Nyheter | Skomakare Berglund"). Used by :func:`audiocast.ingest.html.extract_html`."""

from __future__ import annotations

from lxml import etree

from ..models import Block, BlockKind
from .dates import is_date_line
from .headline import line_words, shape_of
from .lineshape import is_title_like

HEAD_WINDOW = 5
"""How many of a page's first blocks are searched for its headline when <title> names only the site."""
PICTURE_WORDS = 15
"""A picture's caption over a page builder's headline is a sentence of at most this many words."""


def _over_heading(blocks: list[Block], k: int) -> bool:
    """Whether blocks[k] is a date line or a picture's caption (one short sentence) that may stand over a headline set
    as a heading: a page builder puts the post's picture and date above its title."""
    text = blocks[k].text
    return blocks[k].kind is BlockKind.PARAGRAPH and (
        is_date_line(text) or (len(text.split()) <= PICTURE_WORDS and text.rstrip()[-1:] == "."))


def _head_in_body(blocks: list[Block], title: str) -> int | None:
    """The index of the headline-like line (three words or more, over a paragraph) among the first blocks, with
    only short title-like lines above it (a table layout's menu) - or, for a line set as a heading, a picture's caption
    and a date line too (:func:`_over_heading`) - when the page's <title> does not name it (a <title> of the site and its
    section)."""
    named = set(line_words(title).split())
    passed: list[int] = []
    for k, first in enumerate(blocks[:HEAD_WINDOW]):
        if first.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH) or not is_title_like(first.text):
            if _over_heading(blocks, k):
                passed.append(k)
                continue
            return None
        if len(first.text.split()) < 3 or shape_of(first.text) is not None:
            continue
        if k + 1 >= len(blocks) or blocks[k + 1].kind is not BlockKind.PARAGRAPH or is_title_like(blocks[k + 1].text):
            continue
        if passed and first.kind is not BlockKind.HEADING:
            return None  # only a heading has a page builder's picture and date over it
        if named and len(named & set(line_words(first.text).split())) * 2 >= len(named):
            return None
        return k
    return None


def head_from_body(blocks: list[Block], title: str, doc: etree._Element | None = None) -> tuple[str, list[Block]]:
    """No <h1>, no og:title naming the article: when the <title> names only the site and its section ("Föreningen -
    Nyheter"), the headline is the title-like line opening the text (:func:`_head_in_body`), below the layout's menu
    lines or a page builder's picture caption and date line, which go with it. With the page (``doc``), the blocks
    at the end that stand outside the article's column are dropped (:func:`_outside_tail`)."""
    head = _head_in_body(blocks, title)
    if head is None:
        return title, blocks
    rest = blocks[head + 1:]
    return blocks[head].text, _outside_tail(doc, blocks[head].text, rest) if doc is not None else rest


def _flat(text: str) -> str:
    return " ".join(text.split())


def _column(doc: etree._Element, head: str) -> str | None:
    """The text of the article's column: the nearest element around the headline's that holds two paragraphs of running
    prose (:data:`COLUMN_PROSE_CHARS` characters or more); None when the headline's element is not found."""
    el = None
    for cand in doc.iter("p", "div", "span", "h1", "h2", "h3", "h4", "h5", "strong", "b"):
        text = cand.text_content()
        if len(text) <= 2 * len(head) + 20 and _flat(text) == head:
            el = cand
            break
    if el is None:
        return None
    for anc in el.iterancestors():
        prose = [p for p in anc.iter("p") if len(_flat(p.text_content())) >= COLUMN_PROSE_CHARS]
        if len(prose) >= 2:
            return _flat(anc.text_content())
    return None


COLUMN_PROSE_CHARS = 100


def _outside_tail(doc: etree._Element, head: str, blocks: list[Block]) -> list[Block]:
    """The blocks less those at the end whose text stands outside the article's column (:func:`_column`): a page
    builder's side column under the text in reading order (opening hours, the address, other posts)."""
    column = _column(doc, head)
    if column is None:
        return blocks
    end = len(blocks)
    while end > 0 and _flat(blocks[end - 1].text) not in column and not any(_flat(i) in column for i in blocks[end - 1].items):
        end -= 1
    return blocks[:end] if end > 0 else blocks
