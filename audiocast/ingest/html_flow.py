"""The article's own text in a container whose class names it furniture, told by where it stands.

A page builder names its modules as it likes: the article's middle paragraphs may sit in a module called
"sidebar-text" or "widget" between the lead and the rest of the text (blind set extract109, session 30: half an
article lost so, by trafilatura too). The class word drops it (:func:`audiocast.ingest.html_classes.is_boilerplate_el`)
unless plain trafilatura found much of the text inside it, which it does not when it trusts the same class word.

What holds on any page is the flow: an element holding paragraphs of running prose of its own, with the article's text
(what trafilatura keeps) in a sibling after it inside the same parent and the article's text or its headline (<h1>)
before it, is a part of the article,
whatever its class says. A sidebar stands beside the article's column, not between two of its parts; a related box
between the parts is a list of links, not paragraphs of prose.

Risk: a box of the site's prose set between two parts of the article in the same container (an advertorial written as
paragraphs without links) is read.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from .lineshape import closes_sentence

PROSE_PARAGRAPHS = 2
"""The element holds at least this many paragraphs of running prose of its own."""
PROSE_CHARS = 300
"""... of at least this many characters together."""
PARAGRAPH_WORDS = 8
"""A paragraph of running prose has at least this many words and ends a sentence."""
LINKED_SHARE = 0.2
"""... and at most this share of its text is inside links."""


def _prose_paragraphs(el: etree._Element) -> tuple[int, int]:
    count = chars = 0
    for p in el.iter("p"):
        text = " ".join(" ".join(p.itertext()).split())
        linked = sum(len(" ".join(a.itertext())) for a in p.iter("a"))
        if text and closes_sentence(text, PARAGRAPH_WORDS) and linked <= LINKED_SHARE * len(text):
            count, chars = count + 1, chars + len(text)
    return count, chars


def claim_article_flow(el: etree._Element, holds_article: Callable[[etree._Element], bool]) -> bool:
    """Claim ``el`` for the article when it holds running prose of its own under the article's headline or text and
    over a sibling that holds the article's text (``holds_article``: trafilatura's text found in it): then its class
    and id are removed (they would make trafilatura drop it by the same word) and True is returned; else the element
    is left as it is and False is returned."""
    parent = el.getparent()
    if parent is None:
        return False
    count, chars = _prose_paragraphs(el)
    if count < PROSE_PARAGRAPHS or chars < PROSE_CHARS:
        return False
    siblings = [s for s in parent if isinstance(s.tag, str)]
    i = siblings.index(el)
    above = any(map(holds_article, siblings[:i])) or bool(el.xpath("preceding::h1"))
    if not (above and any(map(holds_article, siblings[i + 1:]))):
        return False
    for name in ("class", "id"):
        el.attrib.pop(name, None)  # trafilatura would drop it by the same word
    return True
