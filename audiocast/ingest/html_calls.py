"""The site's standing call to its readers, set apart under the article, is not read.

A local history site closes every story with "Har du egna minnen eller bilder från fisket? Kontakta byalaget, vi tar
gärna emot!", a newsroom with "Vet du mer? Hör av dig till oss på tips@…": a question to the reader and where to send
an answer, asking for the readers' own material, not telling them anything of the article's. The rule table
(``data/boilerplate.tsv``, ``tips``) knows the newsroom's wordings ("Kontakta redaktionen"); any other sender or
wording went through. On a page it is told by shape and by markup together:

- the line (at most :data:`CALL_MAX_CHARS`) opens with a question to the reader ("Har/Vet/Känner/Minns/Kan du/ni …?")
  and goes on with a call to get in touch (:data:`_CALL`: kontakta, hör av dig, mejla, skicka, ring, tipsa …);
- the page sets it apart from the text: in smaller type (``<small>``, ``<font size=1>``, a font-size style), all in
  italics, after a rule (``<hr>``) or an empty spacer paragraph, or in a box of its own (an element holding only it
  where the text's paragraphs stand bare);
- no running prose of the article follows it.

Guards (kept): the article's own call in a paragraph like the others ("Har du barn som ska börja i förskolan? Ansök
senast 1 april …", "Frågor? Kontakta hamnkaptenen …"), a call followed by more of the text.
"""

from __future__ import annotations

import re

from lxml import etree

from .structured import element_text

CALL_MAX_CHARS = 220
PROSE_CHARS = 80
"""A paragraph this long ending a sentence is the article's running prose."""
_CALL = re.compile(
    r"(?i)^(?:Har|Vet|Känner|Minns|Kan|Hittar|Hittade) (?:du|ni)\b[^?]{3,120}\?\s*"
    r"(?:\S+\s+){0,3}?(?:kontakta|hör av (?:dig|er)|mejla|maila|e-posta|skicka|ring|tipsa|skriv till|berätta för|dela med)\b")
_SMALL_STYLE = re.compile(r"(?i)font-size\s*:\s*(?:x{0,2}-?small|smaller|0?\.\d+\s*(?:em|rem)|[0-9]\s*px|1[0-2]\s*px)|font-style\s*:\s*italic")
_APART_TAGS = frozenset({"small", "em", "i", "font", "sub"})


def _only_child_text(el: etree._Element) -> etree._Element | None:
    """The one child element holding all of an element's text (``<p><small>…</small></p>``), if any."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) == 1 and not (el.text or "").strip() and not (kids[0].tail or "").strip():
        return kids[0]
    return None


def _styled_apart(el: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None:
        if node.tag in _APART_TAGS and (node.tag != "font" or node.get("size", "3").strip() in {"1", "2", "-1", "-2"}):
            return True
        if _SMALL_STYLE.search(node.get("style", "")):
            return True
        node = _only_child_text(node)
    return False


def _previous(el: etree._Element) -> etree._Element | None:
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def _after_a_break(el: etree._Element) -> bool:
    """After a rule or an empty spacer (a paragraph of a no-break space, an empty div)."""
    prev = _previous(el)
    return prev is not None and (prev.tag == "hr" or prev.find(".//hr") is not None or (
        prev.tag in {"p", "div", "br"} and not element_text(prev) and prev.find(".//img") is None))


def _own_box(el: etree._Element) -> bool:
    """In an element of its own while the text's paragraphs stand bare beside that element."""
    box = el.getparent()
    if box is None or box.tag not in {"div", "section", "aside"} or element_text(box) != element_text(el):
        return False
    outer = box.getparent()
    return outer is not None and len([p for p in outer if isinstance(p.tag, str) and p.tag == "p"]) >= 2


def _prose_follows(el: etree._Element) -> bool:
    for nxt in el.itersiblings():
        if isinstance(nxt.tag, str):
            text = element_text(nxt)
            if len(text) >= PROSE_CHARS and re.search(r"[.!?…”\"]$", text):
                return True
    parent = el.getparent()
    return parent is not None and parent.tag not in {"body", "article", "main", "td"} and _only_child_text(parent) is el \
        and _prose_follows(parent)


def drop_reader_calls(root: etree._Element) -> None:
    """Remove the site's standing calls to its readers set apart under the article (see the module's docstring)."""
    for el in list(root.iter("p", "div")):
        if el.getparent() is None or el.find(".//p") is not None:
            continue
        text = element_text(el)
        if not text or len(text) > CALL_MAX_CHARS or not _CALL.match(text):
            continue
        if (_styled_apart(el) or _after_a_break(el) or _own_box(el)) and not _prose_follows(el):
            el.drop_tree()
