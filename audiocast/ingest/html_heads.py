"""Which heading of an HTML page is the article's: the site's name in an <h1> is not.

Blogs and old CMS themes set the site's name as the page's ``<h1>`` (a link to the home page in the header)
and the post's title as an ``<h2>``/``<h3>``; the ``<title>`` names both ("Byalaget » Vägen asfalteras",
"Gårdsliv: Första lammen"). An <h1> outside ``<article>``/``<main>`` that looks like a masthead (it links to
the home page, it is the site's name, or it stands in the page header) and does not match the ``<title>``
beyond the site's name gives way to the first <h2>–<h4> whose text is the rest of the ``<title>``.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from lxml import etree

from ..models import Block, BlockKind
from .headcands import SALUTATION
from .html_classes import role_tokens
from .structured import element_text, meta

_SEPARATORS = re.compile(r"\s+[|»«–—·:-]\s+|:\s+|\s*&raquo;\s*")
_HOME = frozenset({"", "/", "./", "index.html", "index.htm", "index.php", "/index.html", "/index.htm", "/index.php"})
_MASTHEAD_WORDS = frozenset({"header", "masthead", "branding", "site-title", "sitetitle", "logo", "banner",
                             "blog-title", "site-name", "sitename", "title-area"})


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _title_parts(doc: etree._Element) -> list[str]:
    """The parts of the page's <title> and og:title, split at the separators sites put between name and headline."""
    parts: list[str] = []
    title_el = doc.find(".//title")
    for raw in (element_text(title_el) if title_el is not None else "", meta(doc, "og:title") or ""):
        if raw:
            parts.append(_norm(raw))
            parts.extend(_norm(p) for p in _SEPARATORS.split(raw) if _norm(p))
    return parts


def _links_home(el: etree._Element) -> bool:
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href in _HOME or urlparse(href).path in _HOME and urlparse(href).netloc:
            return True
    return False


def _in_header(el: etree._Element) -> bool:
    for a in el.iterancestors():
        if a.tag == "header" or a.get("role") == "banner" or set(role_tokens(a)) & _MASTHEAD_WORDS:
            return True
    return bool(set(role_tokens(el)) & _MASTHEAD_WORDS)


def is_masthead(h1: etree._Element, doc: etree._Element) -> bool:
    """Whether an <h1> is the site's name rather than the article's headline."""
    if h1.xpath("ancestor::article|ancestor::main|ancestor::*[@role='main']"):
        return False  # (an element of role "main" too: a Google Sites page wraps it in its banner, session 30)
    text = _norm(element_text(h1))
    site = _norm(meta(doc, "og:site_name", "application-name") or "")
    return bool(text) and (text == site or _links_home(h1) or _in_header(h1))


def article_h1(doc: etree._Element) -> etree._Element | None:
    """The heading that names the article: the first <h1> (in <article>, <main>, else the page), unless it is the
    site's masthead and another heading is the rest of the <title>."""
    h1s = doc.xpath("//article//h1") or doc.xpath("//main//h1") or doc.xpath("//h1")
    h1 = h1s[0] if h1s else None
    if h1 is None or not is_masthead(h1, doc):
        return h1
    parts = _title_parts(doc)
    name = _norm(element_text(h1))
    rest = [p for p in parts if p != name]
    if not rest or parts[:1] == [name]:
        return h1  # the <title> is the site's name alone: nothing better to go by
    for el in doc.iter("h2", "h3", "h4"):
        if _norm(element_text(el)) in rest and not el.xpath("ancestor::aside|ancestor::nav|ancestor::footer"):
            return el
    return h1


def greeting_texts(blocks: list[Block]) -> list[Block]:
    """A newsletter's greeting set as a heading ("<h2>Hej alla medlemmar!</h2>", "<h3>Kära seglare,</h3>") is the
    letter's first line, not a subheading: it is a paragraph again (and the lead, when it opens the text), so the page
    keeps its lead and no chapter starts at "Hej"."""
    return [Block(BlockKind.PARAGRAPH, b.text) if b.kind is BlockKind.HEADING and SALUTATION.fullmatch(b.text) else b
            for b in blocks]
