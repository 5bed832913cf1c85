"""The article's lead: the element a lead's name or place says it is (:func:`lead_element`, moved from html.py in
session 13), and the lead set right under its headline with nothing naming it a lead, outside the text's container.

Single-page applications (Next.js, Nuxt, styled components) and many themes set the headline, the lead and the
article's text in wrappers of their own whose classes say nothing ("mb-4", "text-lg font-semibold", "sc-bdfBwQ"):
trafilatura reads the text's container and loses the lead above it, and plain trafilatura loses it too. On any site
the lead is told by its place and its shape: the first running prose under the headline, with only short lines
(a kicker, the byline, the date, a label) between them.

:func:`standfirst` finds that element before the page is cleaned; :func:`with_standfirst` reads it as the first
paragraph when the text read holds none of it (so a page whose container holds its lead is read as before).

Guards (never a lead): a caption (in a figure, named a picture, beside a picture alone), an element named as furniture
or in a small furniture box, a teaser (mostly links, or holding a heading), a line a boilerplate rule names (a paywall's
notice, a listening link), the article's age notice; a subheading or a longer line that is not prose met first ends
the search (the text began: nothing below is a lead).
"""

from __future__ import annotations

import re

from lxml import etree

from ..models import Block, BlockKind
from .boilerplate import BoilerplateRule, first_match
from .headshapes import age_notice
from .html_classes import BOILERPLATE_TAGS, is_boilerplate_el, is_teaser_block, picture_text, role_tokens
from .html_classes import articles_own_summary as _own_summary
from .html_ends import before_text
from .html_headline import words
from .html_layout import BLOCK_TAGS
from .html_scope import in_small_box
from .structured import element_text

LEAD_CLASS = re.compile(
    r"(?:^|[-_\s])(?:lead|leadin|lede|leadtext|ingress|ingresstext|preamble|preamble-text|standfirst|intro|deck|dek"
    r"|summary|excerpt|subtitle|sub-title|subheading|strapline)(?:$|[-_\s])", re.I)
"""A lead's class word; a theme's subtitle ("jeg_post_subtitle"), a CMS's lead-in ("article__leadin") is its lead."""
_KEEP_TAGS = {"html", "body", "main", "article"}


def lead_element(root: etree._Element, h1: etree._Element | None) -> etree._Element | None:
    """The element holding the article's lead, before its text begins: a class word says lead (:data:`LEAD_CLASS`),
    microdata says the article's summary, or a heading of running prose stands right under the headline; never a
    caption, furniture, a teaser block or the body itself."""
    for el in before_text(root, h1):  # once the article's text has begun, nothing below is its lead
        if not isinstance(el.tag, str) or el.tag in _KEEP_TAGS or el.tag == "h1":
            continue
        if el.tag in {"h2", "h3"} and len(element_text(el).split()) < 8:
            continue  # a subheading, even when its class says "intro"
        if (
            (LEAD_CLASS.search(" ".join(role_tokens(el))) or _own_summary(el) or _prose_under(el, h1))
            and not is_boilerplate_el(el)
            and len(element_text(el)) >= 40 and len(el.findall(".//p")) < 3  # a paragraph, not the body ("text-with-summary")
            and not el.xpath(".//figure|.//img|.//figcaption|ancestor::figure") and not picture_text(el)
            and not any(a.tag in BOILERPLATE_TAGS for a in el.iterancestors())
            and not in_small_box(el) and not is_teaser_block(el)  # a subscribe widget's "preamble", a teaser block
        ):
            return el
    return None


SUBTITLE_WORDS = 12
"""A heading right under the headline that is running prose of at least this many words, ending a sentence, is the
article's lead set as a subtitle (a theme's ``<h2>`` under the ``<h1>``), whatever its class says."""


def _prose_under(el: etree._Element, h1: etree._Element | None) -> bool:
    """Whether ``el`` is a heading right under the headline (the h1's next element) holding running prose
    (:data:`SUBTITLE_WORDS` words or more, ending in a sentence's end): the standfirst, not a subheading."""
    if h1 is None or el.tag not in {"h2", "h3", "h4"}:
        return False
    nxt = h1.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    text = element_text(el)
    return nxt is el and len(text.split()) >= SUBTITLE_WORDS and text.rstrip()[-1:] in ".!?"


LEAD_WORDS = 12
"""A lead is running prose of at least this many words ending a sentence."""

SHORT_LINE_WORDS = 8
"""Lines between the headline and its lead are short: a kicker, a byline, a date, a label, a listening link."""

MAX_LINES_BETWEEN = 8
"""At most this many short lines stand between the headline and its lead."""

PICTURE_LEVELS = 3
"""A caption's text may sit this many levels down in the wrapper standing beside the picture alone."""

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_STOPS = _HEADINGS | {"ul", "ol", "table", "blockquote", "pre", "dl"}


_INLINE = frozenset({"span", "font", "b", "strong", "em", "i", "small"})


def _line_of_its_own(el: etree._Element) -> bool:
    """A block, or an inline element standing among blocks (a ``<span>`` beside the headline in its wrapper), not in
    a line of text."""
    if el.tag in BLOCK_TAGS:
        return True
    parent = el.getparent()
    return (el.tag in _INLINE and parent is not None and not (parent.text or "").strip()
            and any(isinstance(s.tag, str) and s.tag in BLOCK_TAGS for s in parent))


def _leaf_blocks(h1: etree._Element) -> list[etree._Element]:
    """The blocks after the headline in reading order that hold text of their own and no block inside."""
    found: list[etree._Element] = []
    inside = set(h1.iter())
    root = h1.getroottree().getroot()
    seen_head = False
    for el in root.iter():
        if el is h1:
            seen_head = True
            continue
        if not seen_head or el in inside or not isinstance(el.tag, str) or not _line_of_its_own(el):
            continue
        if el.tag in _STOPS or not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el.iterdescendants()):
            found.append(el)
            if len(found) > MAX_LINES_BETWEEN + 2:
                break
    return found


def _hidden(el: etree._Element) -> bool:
    """In a caption, a picture's text or a box the page names as furniture."""
    chain = [el, *el.iterancestors()]
    chain = [a for a in chain if a.tag not in {"body", "html", "main", "article"}]
    return (any(a.tag in BOILERPLATE_TAGS or is_boilerplate_el(a) for a in chain)
            or any(picture_text(a) for a in chain[:PICTURE_LEVELS]) or in_small_box(el))


def _prose(text: str) -> bool:
    return len(words(text)) >= LEAD_WORDS and text.rstrip()[-1:] in ".!?…\"”»"


def standfirst(h1: etree._Element | None, rules: tuple[BoilerplateRule, ...]) -> str | None:
    """The text of the lead right under the headline ``h1`` that nothing names a lead (see the module's doc), or
    None."""
    if h1 is None:
        return None
    between = 0
    for el in _leaf_blocks(h1):
        text = element_text(el)
        if not text or el.tag == "hr":
            continue
        if el.tag in _STOPS:
            return None
        if _prose(text):
            if _hidden(el) or is_teaser_block(el) or first_match(rules, text) is not None or age_notice(text):
                return None
            return text
        if len(words(text)) > SHORT_LINE_WORDS and not _hidden(el):
            return None
        between += 1
        if between > MAX_LINES_BETWEEN:
            return None
    return None


def _said(text: str) -> str:
    return " ".join(words(text)).lower()


def with_standfirst(blocks: list[Block], lead: str | None, found: str | None) -> list[Block]:
    """``blocks`` with the lead ``found`` under the headline read first, when no lead was read and the text read
    holds none of it."""
    if found is None or lead is not None:
        return blocks
    said = _said(found)
    if any(said in _said(b.text) or (b.text and _said(b.text) in said) for b in blocks):
        return blocks
    return [Block(kind=BlockKind.PARAGRAPH, text=found), *blocks]
