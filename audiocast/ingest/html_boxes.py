"""Boxes set inside an article's text that its class names do not give away, rows of furniture chips, embedded
posts' chrome, and containers trafilatura runs together.

Sites built with utility classes (``rounded-lg bg-gray-100 p-4``) or generated ones (``sc-1x9fk2``) say nothing
about their boxes by class. A box is then told by what it says: a small block (:data:`BOX_MAX_CHARS`, a few lines)
whose first line is a box label of the rule table (``data/boilerplate.tsv``, action ``label``: "Få X:s
nyhetsbrev", "Har du ett tips?", "Swisha en gåva", "Fler evenemang") goes whole, its pitch and contact lines
with it ("De viktigaste nyheterna varje morgon, gratis.", "Ring eller sms:a redaktionen på …").

A short line of two or more chips each of which the rule table takes for furniture ("Följ utvecklingen ·
Uppdateras automatiskt") goes too. An embedded X post (``<blockquote class="twitter-tweet">``) is read for its
text; its attribution ("— Polisen Gävleborg (@polisen_gavleborg) 14 maj 2025") and its picture link
("pic.x.com/…") are the embed's chrome. When trafilatura reads a container of spans, headings and paragraphs as
one paragraph (a live report's entries run together), the page is read again with each run of inline content
set apart as a browser shows it (:func:`separate_inline_runs`).
"""

from __future__ import annotations

import re

from lxml import etree

from .boilerplate import BoilerplateRule, first_match
from .html_calls import drop_reader_calls
from .html_classes import unname_linkless_boxes
from .html_feeds import drop_feed_boxes
from .html_paywall import drop_paywall_boxes
from .structured import element_text

BOX_MAX_CHARS = 400
"""A box inside the text holds a label and a line or two of pitch; more than this is the article's own text."""
BOX_MAX_LINES = 5
LABEL_MAX_CHARS = 60
_BOX_TAGS = ("div", "section", "aside")
_LINE_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "strong", "b", "span", "a", "div"})


def _first_line(box: etree._Element) -> str:
    """The box's first line of text (its first text, up to the end of the element holding it)."""
    for el in box.iter():
        if isinstance(el.tag, str) and (el.text or "").strip():
            return element_text(el)
    return ""


def _lines(box: etree._Element) -> int:
    return sum(1 for el in box.iter() if isinstance(el.tag, str) and el.tag in _LINE_TAGS and (el.text or "").strip())


def drop_labelled_boxes(root: etree._Element, rules: tuple[BoilerplateRule, ...], keep: etree._Element | None) -> None:
    """Remove the small boxes whose first line is a box label (see the module's docstring); ``keep`` (the
    headline) and what holds it are never removed."""
    seen: dict[str, bool] = {}  # a first line's verdict, asked once per page
    for box in list(root.iter(*_BOX_TAGS)):
        if box.getparent() is None or any(a.get("data-audiocast-gone") for a in box.iterancestors()):
            continue
        if keep is not None and (box is keep or keep in box.iterdescendants()):
            continue
        text = element_text(box)
        if not text or len(text) > BOX_MAX_CHARS or _lines(box) > BOX_MAX_LINES:
            continue
        first = _first_line(box)
        if not first or len(first) > LABEL_MAX_CHARS or first == text:
            continue  # a box is its label and what follows it; a lone line is left to the line rules
        if len("".join(t for a in box.iter("a") for t in a.itertext())) * 2 >= len(text):
            continue  # mostly links: a teaser card or a menu, left to the other passes
        if first not in seen:
            hit = first_match(rules, first)
            seen[first] = hit is not None and hit[0].action == "label"
        if seen[first]:
            box.set("data-audiocast-gone", "1")
    for box in root.xpath('//*[@data-audiocast-gone="1"]'):
        if box.getparent() is not None:
            box.drop_tree()


_PIC_LINK = re.compile(r"^\s*(?:pic\.(?:twitter|x)\.com|https?://t\.co)/\S*\s*$")


_POST_EMBEDS = ("twitter-tweet", "fb-xfbml-parse-ignore")
"""The class a platform's embed code gives the blockquote that carries a post's text in its ``<p>`` and its attribution
beside them (X: "— Name (@handle) date"; Facebook: "Publicerat av <Page> den <date>", "Posted by … on …"). (Bluesky's
and Mastodon's ``…-embed`` blockquotes go whole by the class word "embed".)
Measured (session 22, every annotated HTML page): the text beside the ``<p>`` of such blockquotes, 8 lines on 8 pages
of 6 sets, was never article text (one was read, a Facebook post's "Publicerat av …" glued to its text)."""
_EMBED_XPATH = " | ".join(f'//blockquote[contains(concat(" ", normalize-space(@class), " "), " {c} ")]' for c in _POST_EMBEDS)


def clean_post_embeds(root: etree._Element) -> None:
    """Keep an embedded post's text (an X or a Facebook post), less its attribution line and its picture link (the
    embed's chrome, :data:`_POST_EMBEDS`)."""
    for quote in list(root.xpath(_EMBED_XPATH)):
        paras = quote.findall(".//p")
        if not paras:
            continue
        for p in paras:
            for a in list(p.iter("a")):
                if _PIC_LINK.match(element_text(a)) and a.getparent() is not None:
                    a.drop_tree()
        for child in list(quote):
            if child not in paras:
                quote.remove(child)
        for p in paras:
            p.tail = None
        quote.text = None


_BLOCKS = frozenset("""
    address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6
    header hr li main nav ol p pre section table ul
""".split())
_RUN_BREAKS = frozenset({"br", "script", "style", "template", "noscript"})


def _is_block(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and el.tag.lower() in _BLOCKS


def separate_inline_runs(root: etree._Element) -> None:
    """Set each run of inline content standing beside block elements in a ``<div>``/``<section>``/``<main>`` in a
    paragraph of its own, as a browser sets it on a line of its own (an anonymous block box): a live report's
    "14.52" and "Dela" spans between its entries, a "LIVE" span over the <h1>. trafilatura otherwise reads such a
    container as one paragraph, its entries, headings and buttons run together ("…mojnat.Dela14.31")."""
    for box in list(root.iter("div", "section", "main", "article")):
        children = [c for c in box if isinstance(c.tag, str)]
        if not any(_is_block(c) for c in children):
            continue
        runs: list[list[etree._Element]] = []
        current: list[etree._Element] = []
        for child in children:
            if _is_block(child) or child.tag.lower() in _RUN_BREAKS:
                if current:
                    runs.append(current)
                current = []
            else:
                current.append(child)
        if current:
            runs.append(current)
        for run in runs:
            if not "".join("".join(el.itertext()) + (el.tail or "") for el in run).strip():
                continue
            para = etree.Element("p")
            run[0].addprevious(para)
            for el in run:
                para.append(el)  # moves the element, its tail with it


def merged_paragraphs(main: etree._Element) -> bool:
    """Whether trafilatura's XML holds a paragraph with headings inside it: it ran a container's entries,
    headings and buttons together (a live report's ``<div>`` of spans, headings and paragraphs)."""
    return any(p.find("head") is not None for p in main.iter("p"))


def separated_copy(root: etree._Element) -> etree._Element:
    """A copy of the page with its inline runs set apart (:func:`separate_inline_runs`)."""
    import copy

    twin = copy.deepcopy(root)
    separate_inline_runs(twin)
    return twin


ROW_MAX_CHARS = 120
"""A row of chips (a live report's "Följ utvecklingen · Uppdateras automatiskt", a share row) is one short line."""
_CHIP_TAGS = frozenset({"span", "a", "button", "small", "em", "strong", "b", "time"})


def drop_furniture_rows(root: etree._Element, rules: tuple[BoilerplateRule, ...]) -> None:
    """Remove a short line set as two or more chips (spans, links, buttons), each of which the rule table takes for
    furniture on its own ("Följ utvecklingen", "Uppdateras automatiskt"); together, run into one line, no rule
    would know them."""
    seen: dict[str, bool] = {}  # a chip's verdict, asked once per page
    for row in list(root.iter("div", "p", "li", "header")):
        if row.getparent() is None:
            continue
        chips = [c for c in row if isinstance(c.tag, str)]
        text = element_text(row)
        if len(chips) < 2 or not text or len(text) > ROW_MAX_CHARS or (row.text or "").strip():
            continue
        if any(c.tag.lower() not in _CHIP_TAGS or (c.tail or "").strip(" ·|•–-\n\t") for c in chips):
            continue
        texts = [element_text(c) for c in chips if element_text(c)]
        for t in texts:
            if t not in seen:
                hit = first_match(rules, t)
                seen[t] = hit is not None and hit[0].action not in {"caption", "byline", "published", "updated"}
        if texts and all(seen[t] for t in texts):
            row.drop_tree()


def clear_boxes(root: etree._Element, rules: tuple[BoilerplateRule, ...], keep: etree._Element | None) -> None:
    """The passes of this module over the cleaned page, in order: labelled boxes, a paywall's offer
    (:mod:`audiocast.ingest.html_paywall`), the site's calls to its readers (:mod:`audiocast.ingest.html_calls`), rows of furniture chips, embedded
    posts' chrome (``keep``: the headline, never removed), a feed of stamped entries
    (:mod:`audiocast.ingest.html_feeds`), and, last, a box whose class names a list of links but that
    links nowhere loses that name (:func:`audiocast.ingest.html_classes.unname_linkless_boxes`)."""
    drop_labelled_boxes(root, rules, keep)
    drop_paywall_boxes(root, rules, keep)
    drop_reader_calls(root)
    drop_furniture_rows(root, rules)
    clean_post_embeds(root)
    drop_feed_boxes(root, keep)
    unname_linkless_boxes(root)
