"""Photo captions in HTML pages that mark them by place only: a short line right after an <img>.

Pages built without <figure>/<figcaption> (a table layout, a site with hashed class names) put the caption in
the element right after the picture: ``<img><br><font size="1">Skolhuset efter renoveringen.</font>`` or
``<div><img><div class="x1">Ängen slås med lie.</div></div>``, or a table layout's next row or cell
(``<tr><td><img></td></tr><tr><td><font size="1"><i>Taket har läckt sedan 2022.</i></font></td></tr>``). That element is dropped when it is one short
sentence in an inline or neutral element (never a <p>, a heading or a list: an article's paragraph may follow
its picture) and nothing but white space stands between it and the picture.
"""

from __future__ import annotations

import re

from lxml import etree

from .lineshape import SENTENCE_BREAK, words
from .structured import element_text

CAPTION_LABEL = re.compile(
    r"(?i)^(?:på )?(?:bilden|bilderna|fotot|fotona|bildtext|bild ovan|bilden ovan|ovan|överst|nedan|t\.v\.|t\.h\.)\s*:\s*\S"
    r"|^(?:pictured|above|below|photo caption|caption)\s*:\s*\S")
"""A caption named by its label: "Bilden: Maria Thörn vid överlämningen", "På bilden: …", "Ovan: …"."""
ENLARGE_HINT = re.compile(
    r"(?i)klicka (?:på bilden|på fotot|för (?:en )?större (?:bild|version))|större version|förstora bilden"
    r"|click (?:on the (?:image|picture|photo) )?(?:to|for) (?:enlarge|a larger)")
"""A caption's "click the picture for a larger version" hint."""
CAPTION_LINE_MAX_WORDS = 40


def is_caption_line(text: str) -> bool:
    """A line that is a picture's caption by what it says: opened by a caption label ("Bilden:", "På bilden:")
    or carrying a click-to-enlarge hint. Such a line is one or two sentences, never a paragraph."""
    return words(text) <= CAPTION_LINE_MAX_WORDS and bool(CAPTION_LABEL.search(text) or ENLARGE_HINT.search(text))

CAPTION_TAGS = frozenset({"div", "span", "font", "small", "em", "i", "figcaption"})
"""The elements a caption placed after its picture stands in (a <p> is the article's)."""
CAPTION_MAX_WORDS = 25
_CREDIT_AFTER = re.compile(r"(?<=[.!?…])\s+(?:Foto|Bild|Fotograf|Photo)\s*:\s*\S[^.!?]{0,60}$")
"""A photographer's credit after the caption's sentence ("… takfallet. Foto: Sven Berg") is part of the caption."""
"""A caption is one sentence of at most this many words."""


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


WRAPPER_DEPTH = 3
"""A picture stands wrapped in at most this many elements holding nothing else (a link, a centred <div>)."""
STYLED_TAGS = frozenset({"i", "em", "small"})
"""A caption set in italics or small print may hold two short sentences ("Skolan en vinterdag. Byggd 1952.")."""


def _picture_end(img: etree._Element) -> etree._Element:
    """The outermost element around the picture that holds nothing else (``<a><img></a>``, ``<div><a><img></a></div>``):
    its caption stands right after that."""
    node = img
    for _ in range(WRAPPER_DEPTH):
        parent = node.getparent()
        if node.getnext() is not None or not _blank(node.tail) or parent is None or parent.tag in ("body", "html"):
            break
        if not _blank(parent.text) or len(parent) != 1:
            break
        node = parent
    return node


def _styled(el: etree._Element) -> bool:
    """Whether all of the element's text stands in italics or small print."""
    if el.tag in STYLED_TAGS:
        return True
    inner = [x for x in el.iter(*STYLED_TAGS) if x is not el and not any(a.tag in STYLED_TAGS for a in x.iterancestors())]
    return bool(inner) and sum(words(element_text(x)) for x in inner) >= words(element_text(el))


def _cell_content(el: etree._Element | None) -> etree._Element | None:
    """A table layout's picture in a row or a cell, its caption in the next one (``<tr><td><img></td></tr>
    <tr><td><font size="1"><i>…</i></font></td></tr>``): the element the next row or cell holds alone."""
    while el is not None and isinstance(el.tag, str) and el.tag.lower() in ("tr", "td") and len(el) == 1 and _blank(el.text):
        el = el[0]
    return el


def _caption_after(img: etree._Element) -> etree._Element | None:
    """The element right after the picture (past <br>s and white space), when it has a caption's shape."""
    end = _picture_end(img)
    if not _blank(end.tail):
        return None
    el = end.getnext()
    while el is not None and isinstance(el.tag, str) and el.tag.lower() == "br" and _blank(el.tail):
        el = el.getnext()
    el = _cell_content(el)
    if el is None or not isinstance(el.tag, str) or el.tag.lower() not in CAPTION_TAGS:
        return None
    if el.xpath(".//img|.//p|.//h1|.//h2|.//h3|.//ul|.//ol|.//table"):
        return None
    text = _CREDIT_AFTER.sub("", element_text(el))
    if not text or words(text) > CAPTION_MAX_WORDS or (SENTENCE_BREAK.search(text) and not _styled(el)):
        return None
    return el


def drop_image_captions(root: etree._Element) -> None:
    """Drop the caption right after each picture (keeping the text that follows the caption's element)."""
    for img in list(root.iter("img")):
        el = _caption_after(img)
        parent = el.getparent() if el is not None else None
        if el is None or parent is None:
            continue
        tail = el.tail
        prev = el.getprevious()
        if tail and tail.strip():
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)
