"""HTML news pages: trafilatura for the main text, Swedish rules on top.

Steps, in order:

1. Parse the page with lxml. Read what the page says about itself: the
   ``<html lang>``, headline (the ``<h1>`` unless it is the site's name, a label or a box's, then the heading
   the page's statements name, :mod:`audiocast.ingest.html_headline`; else og:title/JSON-LD/``<title>``),
   publication time (``article:published_time``, JSON-LD ``datePublished``,
   ``<time datetime>``, or Swedish text "Publicerad 12 mars 2024 kl. 08.15"),
   author (meta, JSON-LD, byline elements, "Text: …"), site name.
2. Take out what we place ourselves: the lead (an element whose class or id
   says lead/ingress/preamble/standfirst) and fact boxes (class
   fakta/factbox/faktaruta), remembering the paragraph each box followed.
3. Remove boilerplate elements by tag (nav, figure, aside, form, …) and by the
   words in their class and id (:data:`audiocast.ingest.html_classes.BOILERPLATE_CLASS_WORDS`: cookie
   banners, share tools, captions, bylines, comments, related/most-read lists,
   ads, newsletter boxes, section labels); a <figure> holding a data table and no picture is content
   (:func:`audiocast.ingest.html_classes.is_table_figure`). Guard: an element holding much of the
   text plain trafilatura finds on the page (:data:`MAX_DROP_SHARE`,
   :data:`MAX_DROP_PROSE`) is never dropped whole, whatever its class says
   (real pages name article containers "widget", "tag-kommentar", "…--Ads").
4. Run ``trafilatura.extract(..., output_format="xml", include_comments=False)``
   on what is left and turn its ``<p>``, ``<head>``, ``<quote>`` and
   ``<list>`` into blocks (less the short lines from outside the headline's article element,
   :mod:`audiocast.ingest.html_scope`), passing each through the same boilerplate rule table
   as the text dumps (photo credits, "Läs också", "Annons", "Mest läst" …).
   Safety net: when our blocks hold less than :data:`MIN_COVERAGE` of plain
   trafilatura's text, trafilatura is run on the uncleaned page instead.
5. Check the result is an article (enough text) and tell its language
   (``Article.language``); only with ``require_swedish`` is a page in another
   language an error.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import lxml.html
from lxml import etree

from ..errors import IngestError
from ..models import Article, Block, BlockKind
from .boilerplate import BoilerplateRule, default_rules, first_match
from .byline import split_byline
from .confidence import assess_page
from .dates import is_date_line, parse_date
from .dumpclean import clean_line, join_cells, slugify
from .gaps import fill_gaps
from .headfacts import is_fact_row
from .headline import shape_of
from .headshapes import age_notice
from .html_about import cut_about
from .html_authorline import drop_author_line
from .html_bodyhead import head_from_body
from .html_boxes import clear_boxes, merged_paragraphs, separated_copy
from .html_classes import (
    BOILERPLATE_TAGS,
    attrs,
    is_boilerplate_el,
    is_table_figure,
    names_fact_box,
)
from .html_classes import is_quote_figure as _quote_figure
from .html_ends import STOP_HEADINGS as _STOP_HEADINGS
from .html_ends import list_label_ends, names_site, when_row
from .html_ends import running as _running
from .html_firsthead import first_heading
from .html_flow import claim_article_flow
from .html_headline import choose_headline, headline_text, headline_without_h1, names_only_site, site_names, statements
from .html_heads import article_h1, greeting_texts
from .html_hidden import as_shown
from .html_insets import inset_boxes, list_items
from .html_layout import drop_captions_keep_title, relayout
from .html_opening import review_headline
from .html_paywall import drop_paywall_boxes
from .html_posts import drop_later_posts, names_headline
from .html_records import cut_records
from .html_repeats import drop_repeats
from .html_scope import scope_pairs
from .html_sections import prelude_pairs, table_box, table_pairs
from .html_splits import more_containers, read_apart
from .html_standfirst import lead_element, standfirst, with_standfirst
from .html_takeback import take_back
from .html_updates import read_as_text
from .lang import ensure_swedish, language_name, language_of
from .lineshape import is_quote, is_title_like
from .structured import element_text as _text
from .structured import json_ld as _json_ld
from .structured import ld_author as _ld_author
from .structured import meta as _meta
from .structured import published as _published
from .text import normalize_quote, strip_bullet

MIN_ARTICLE_CHARS = 150
"""Less body text than this (lead included) and the page is not an article. Real short posts
(a notice, a two-paragraph blog entry) have 150–300 characters; front pages and paywalls are caught by
what is left after the boilerplate rules, not by this floor."""

_KEEP_TAGS = {"html", "body", "main", "article"}

_SECTION_RULES = frozenset({"related-any", "more-items"})
"""Rules (data/boilerplate.tsv) for box labels that drop one line in a text dump; as an HTML heading
("You may also like", "Om författaren", "Fler evenemang") they open the page's related section: the end."""

_META_ACTIONS = frozenset({"byline", "published", "updated"})
_Pairs = list[tuple[str, str]]
_Read = tuple[list[Block], str | None, datetime | None]


def _meta_of(action: str, m: re.Match[str], author: str | None, published: datetime | None) -> tuple[str | None, datetime | None]:
    """The author and publication date with a byline or publication line's (the first found wins)."""
    if action == "byline":
        name, when = split_byline(m.group(1))
        return author or name, published or when
    if action == "published" and published is None:
        return author, parse_date(m.group(1))
    return author, published


def _drop(el: etree._Element) -> None:
    """Remove an element, keeping the text that follows it (its tail)."""
    if el.getparent() is not None:
        el.drop_tree()


_NAME_ATTR = re.compile(r"(?i)(?:^|[-_\s])(?:fn|name|\w*(?:contributor|author)-?name\w*)(?:$|[-_\s])")


def _byline_name(el: etree._Element) -> etree._Element:
    """The element holding the author's name inside a byline, or the byline itself."""
    for sub in el.iterdescendants():
        if isinstance(sub.tag, str) and (sub.get("rel") == "author" or _NAME_ATTR.search(attrs(sub))):
            return sub
    return el


def _author_from_byline(doc: etree._Element) -> str | None:
    for el in doc.xpath('//*[@rel="author"] | //*[contains(concat(" ", normalize-space(@class), " "), "author")]'
                        ' | //*[contains(@class, "byline")] | //*[contains(@data-testid, "yline")]'
                        ' | //*[contains(@data-test-id, "yline")] | //*[contains(@data-component, "yline")]'):
        if el.tag == "figcaption" or el.xpath("ancestor::figure | ancestor::figcaption"):
            continue  # a photographer's credit ("<figcaption class="author">Foto: …"), not the writer
        text = _text(_byline_name(el))
        if re.match(r"(?i)(?:foto|bild|fotograf|photo|illustration|grafik)\s*:", text):
            continue
        text = re.sub(r"\S+@\S+", "", text).strip()
        text = re.sub(r"(?i)^(?:text|av|by|skribent|reporter)\s*:?\s+", "", text)
        # A date or a weekday after the name ends it ("Jane Dalton Tuesday 22 April 2025").
        text = re.split(r"(?i)\s+(?=\d|(?:mån|tis|ons|tors|fre|lör|sön)dag\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", text, maxsplit=1)[0]
        text = re.split(r"\s*(?:[|•,]|\b(?:reporter|redaktör|journalist|foto:|publicerad)\b)", text, maxsplit=1, flags=re.I)[0]
        if 1 <= len(text.split()) <= 5:
            return text.strip()
    return None


_BYLINE_TEXT = re.compile(r"(?:Text|Av|By|Skribent)\s*:\s*((?-i:[A-ZÅÄÖÉ][\w'’-]+)(?:\s+(?-i:[A-ZÅÄÖÉ][\w'’-]+)){1,3})", re.I)


def _author_from_label(doc: etree._Element) -> str | None:
    """The name in a short "Av: Namn" / "Text: Namn" element."""
    for el in doc.iter("span", "div", "p", "li"):
        own = clean_line(el.text or "")
        m = _BYLINE_TEXT.fullmatch(own)
        if m:
            return m.group(1)
    return None


def _fact_boxes(root: etree._Element, rules: tuple[BoilerplateRule, ...] = ()) -> list[tuple[Block, str | None]]:
    """Fact boxes as blocks, each with the text of the paragraph it followed; removed from the tree.

    A box titled by a line ``rules`` drop or name a box's label ("Skicka in minnesord", "Tipsa oss") is the page's
    widget in a fact box's dress: removed, not read. Measured (session 25, every annotated HTML page, golden and the
    blind sets, 66 boxes): 1 such title, its box all boilerplate; no box of the article's facts had one."""
    boxes: list[tuple[Block, str | None]] = []
    last_p: str | None = None
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag == "p" and el.getparent() is not None and not _in_factbox(el):
            t = _text(el)
            if t:
                last_p = t
            continue
        if el.tag in _KEEP_TAGS or not names_fact_box(el) or _in_factbox(el.getparent()):
            continue
        title_el = next(iter(el.xpath(".//h2|.//h3|.//h4|.//h5|.//*[contains(@class,'title')]|.//strong")
                             or el.xpath(".//*[contains(@class,'label')][not(ancestor::tr)]")), None)  # a field's label ("Fakta: …")
        title = _text(title_el) if title_el is not None else ""
        items = list_items(el, title_el)  # its list, with its source under it
        if not items and el.xpath(".//tr"):
            items = _box_rows(el, title)
        rows = None if items else table_box(el)
        if rows is not None:
            title, items = title or rows[0], rows[1]
        if not items:
            for p in el.xpath(".//p|.//div[not(.//p)]"):
                if title_el is not None and p is title_el:
                    continue  # a title inside the box's only paragraph ("<p><strong>…</strong><br>…"): its lines, not it
                lines = [clean_line(x) for x in p.itertext()]
                items.extend(x for x in lines if x and x != title)
        items = [strip_bullet(i) for i in items if i]
        if items and not _widget_title(title, rules):
            boxes.append((Block(BlockKind.FACTBOX, re.sub(r":$", "", title).strip(), tuple(items)), last_p))
        el.set("data-audiocast-factbox", "1")
    for el in root.xpath('//*[@data-audiocast-factbox="1"]'):
        if el.getparent() is not None:
            _drop(el)
    return boxes


def _widget_title(title: str, rules: tuple[BoilerplateRule, ...]) -> bool:
    hit = first_match(rules, title) if title else None
    return hit is not None and hit[0].action in {"drop", "stop", "label"}


def _box_rows(box: etree._Element, title: str) -> list[str]:
    """A fact box holding a table: its paragraphs and its rows in document order, a row's cells joined with dashes
    (as :func:`audiocast.ingest.html_sections.table_pairs` reads a table of the article)."""
    items: list[str] = []
    for el in box.iter("p", "tr", "caption"):
        if el.tag == "tr":
            cells = [c for c in (_text(td) for td in el.iter("td", "th")) if c]
            if cells:
                items.append(join_cells(cells))
        elif next(el.iterancestors("table"), None) is None:
            items.extend(x for x in (clean_line(t) for t in el.itertext()) if x and x != title)
    return items


def _in_factbox(el: etree._Element | None) -> bool:
    while el is not None:
        if el.get("data-audiocast-factbox") == "1":
            return True
        el = el.getparent()
    return False


_TEXTLESS_TAGS = ("style", "template", "svg")
_NOSPACE = re.compile(r"\s+")
MAX_DROP_SHARE = 0.4
"""A boilerplate element holding this share of the text plain trafilatura finds is kept (its parts
are still checked): on real pages a class word such as "widget" or "video" can name the article's
own container, and no caption, byline or teaser list is that large."""
MAX_DROP_PROSE = 400
"""Nor is an element dropped whole when it holds this many characters of the running prose plain
trafilatura finds (lines of sentences, not headlines): a "TestReport__Section--Ads" section or a
``<noscript>`` swallowing a broken page is article text with boilerplate inside."""


def _squash(text: str) -> str:
    return _NOSPACE.sub("", text).lower()


def _main_lines(html: str | bytes) -> list[tuple[str, bool]]:
    """The lines plain trafilatura extracts from the whole page (comments left out), squashed,
    each with whether it is running prose (a sentence, not a headline or a label)."""
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False) or ""
    except Exception:  # a guard only; the real extraction reports errors
        return []
    lines = []
    for raw in re.split(r"\n|\s\|\s|^\|\s|\s\|$", text, flags=re.M):  # table cells come as "| a | b |"
        sq = _squash(raw)
        if len(sq) >= 25:
            raw = raw.strip()
            lines.append((sq, len(raw) >= 80 and bool(re.search(r"[.!?…:;\"”»)]$|[.!?] ", raw))))
    return lines


def _main_text_in(el: etree._Element, main: list[tuple[str, bool]], main_total: int) -> tuple[float, int]:
    """The share of the main text inside an element, and how many characters of it are prose."""
    if not main_total:
        return 0.0, 0
    own = _squash(" ".join(el.itertext()))
    if len(own) < 25:
        return len(own) / main_total, 0
    found = [(x, prose) for x, prose in main if x in own]
    return sum(len(x) for x, _ in found) / main_total, sum(len(x) for x, prose in found if prose)


def _clean_tree(root: etree._Element, h1: etree._Element | None, main: list[tuple[str, bool]] | None = None) -> None:
    main = main or []
    main_total = sum(len(x) for x, _ in main)
    for el in list(root.iter(*_TEXTLESS_TAGS)):
        if el.getparent() is not None:
            _drop(el)
    for el in list(root.iter("script")):
        # JSON-LD stays: trafilatura falls back on its articleBody/description when a page has no body markup.
        if el.getparent() is not None and "ld+json" not in (el.get("type") or "") and (
            _main_text_in(el, main, main_total)[0] < MAX_DROP_SHARE
        ):
            _drop(el)
    total = len(clean_line(" ".join(root.xpath(".//text()[not(parent::script)]")))) or 1
    dropped: set[etree._Element] = set()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.getparent() in dropped:
            if isinstance(el.tag, str) and el.getparent() in dropped:
                dropped.add(el)
            continue
        if el.tag == "script":
            continue
        if el.tag in _KEEP_TAGS:
            continue
        if h1 is not None and (el is h1 or h1 in el.iterdescendants()):
            continue
        el.tag = "div" if _quote_figure(el) else el.tag  # a pull quote's block: trafilatura leaves every <figure> out
        if el.tag == "footer" and el.xpath("ancestor::blockquote"):
            el.tag = "p"  # a quote's attribution ("Olle, 12 år, sjunger i kören"), not the page's footer
        tag_says = el.tag in BOILERPLATE_TAGS and not is_table_figure(el)
        if tag_says or (el.tag == "header" and not el.xpath("ancestor::article")) or is_boilerplate_el(el):
            # A wrapper such as <div class="content with-sidebar"> holding most of the page is no boilerplate, nor prose between article parts.
            if not tag_says and len(el.findall(".//p")) >= 3 and len(_text(el)) > 0.5 * total:
                continue
            share, prose = _main_text_in(el, main, main_total)
            if share >= MAX_DROP_SHARE or prose >= MAX_DROP_PROSE or claim_article_flow(el, lambda s: _main_text_in(s, main, main_total)[1] > 0):
                continue  # (claim_article_flow also clears the class words that would make trafilatura drop it)
            dropped.add(el)
            _drop(el)


_LINK_LABEL = re.compile(r"(?i)(?:läs|se)\s+\w+|read (?:more|also)|also read|see also|more on this story")


def _link_only(el: etree._Element) -> bool:
    """An element whose text is all inside links (a teaser title, a list of links)."""
    text = _squash(" ".join(el.itertext()))
    linked = _squash(" ".join(t for a in el.iter("a") for t in a.itertext()))
    return bool(text) and len(linked) >= 0.9 * len(text) and len(_text(el)) <= 300


def _drop_link_labels(root: etree._Element, rules: tuple[BoilerplateRule, ...]) -> None:
    """A "Läs också" / "Read more" label standing alone, and the links right under it."""
    for el in list(root.iter("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b")):
        if el.getparent() is None or len(el) > 1:
            continue
        text = _text(el)
        hit = first_match(rules, text) if len(text) <= 40 else None
        if hit is None or hit[0].action != "link" or not _LINK_LABEL.fullmatch(text.rstrip(":.… ")):
            continue
        nxt = el.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None and _link_only(nxt):
            _drop(nxt)
        _drop(el)


def _trafilatura_blocks(root: etree._Element, url: str | None, separated: bool = False) -> list[tuple[str, str]]:
    """(kind, text) pairs from trafilatura's XML (p, head, quote, item, listhead); read again with the page's inline runs set apart when it ran blocks together."""
    import trafilatura

    xml = trafilatura.extract(
        etree.tostring(root, encoding="unicode"), url=url, output_format="xml", include_comments=False,
        with_metadata=True, include_tables=True, include_images=False,
    )
    pairs: list[tuple[str, str]] = []
    if not xml:
        return pairs
    tree = etree.fromstring(xml.encode("utf-8"))
    main = tree.find("main")
    if main is None:
        return pairs
    if not separated and merged_paragraphs(main):
        return _trafilatura_blocks(separated_copy(root), url, True)
    for el in main:
        if el.tag == "table":
            pairs.extend(table_pairs(el))
            continue
        if el.tag == "list":
            for item in el.iter("item"):
                text = clean_line(" ".join(item.itertext()))
                if text:
                    pairs.append(("item", text))
            pairs.append(("endlist", ""))
            continue
        text = clean_line(" ".join(el.itertext()))
        if not text:
            continue
        if el.tag == "head":
            pairs.append(("head", text))
        elif el.tag == "quote":
            pairs.append(("quote", text))
        else:
            for line in (clean_line(x) for x in text.split("\n")):
                if line:
                    pairs.append(("p", line))
    return pairs


MIN_COVERAGE = 0.6
"""Below this share of plain trafilatura's main text in our blocks, our element rules went wrong."""


def _coverage(pairs: list[tuple[str, str]], main: list[tuple[str, bool]]) -> float:
    """The share of plain trafilatura's main text (squashed lines) found in the pairs."""
    total = sum(len(x) for x, _ in main)
    if total < MIN_ARTICLE_CHARS:
        return 1.0
    ours = _squash(" ".join(t for _, t in pairs))
    return sum(len(x) for x, _ in main if x in ours) / total


def _uncleaned(html: str | bytes) -> etree._Element:
    """The page parsed afresh, with only the lead and the fact boxes (which we place ourselves) taken out."""
    doc = lxml.html.document_fromstring(html)
    root = doc.find("body") if doc.find("body") is not None else doc
    h1s = doc.xpath("//article//h1") or doc.xpath("//main//h1") or doc.xpath("//h1")
    lead_el = lead_element(root, h1s[0] if h1s else None)
    if lead_el is not None:
        _drop(lead_el)
    _fact_boxes(root)
    return doc


def _fallback_pairs(root: etree._Element) -> list[tuple[str, str]]:
    scope = next(iter(root.xpath("//article|//main")), root)
    pairs: list[tuple[str, str]] = []
    for el in scope.iter("p", "h2", "h3", "blockquote"):
        text = _text(el)
        if text:
            pairs.append(("head" if el.tag in {"h2", "h3"} else "quote" if el.tag == "blockquote" else "p", text))
    return pairs


MAX_CAPTION_CHARS = 250
_TRAILING_CREDIT = re.compile(r"(?<=[.!?…\"”)])\s*\(?(?:Foto|Bild|Fotograf|Photo|Photograph|Illustration|Grafik|Bildkälla)\s*:\s*\S.{0,80}$")


def _blocks_from_pairs(pairs: _Pairs, rules: tuple[BoilerplateRule, ...], title: str, sites: set[str]) -> _Read:
    blocks: list[Block] = []
    author: str | None = None
    published: datetime | None = None
    skip_link_title = False
    items: list[str] = []
    i = 0
    while i < len(pairs):
        kind, text = pairs[i]
        i += 1
        if kind == "endlist":
            if items:
                box_title = ""
                if blocks and blocks[-1].kind is BlockKind.HEADING:
                    box_title = blocks.pop().text
                blocks.append(Block(BlockKind.FACTBOX, box_title, tuple(items)))
            items = []
            skip_link_title = False
            continue
        if len(blocks) <= 2 and (text == title or (
            text.endswith(" " + title) and len(text[: -len(title)].split()) <= 2
        )):
            # The headline again, perhaps with its label glued on ("Nyhet Ambulansen i …").
            continue
        if not blocks and not items and (shape_of(text) == "label" or names_site(text, sites)):
            continue  # a kicker label above the headline ("Reportage", "NYHET"), the site's name over it
        hit = None if _read_as_text(pairs, i - 1, rules, bool(blocks)) else first_match(rules, text)
        if hit is not None and hit[0].action == "caption" and len(text) > MAX_CAPTION_CHARS:
            # A paragraph with a credit glued on ("… Kartellbehörden.Foto: photocase.de") or
            # inside it is article text: keep it, without a trailing credit.
            text = _TRAILING_CREDIT.sub("", text)
            hit = None
        if hit is not None:
            rule, m = hit
            if rule.action == "stop" or (kind == "head" and (_STOP_HEADINGS.fullmatch(text) or rule.name in _SECTION_RULES)) \
                    or list_label_ends(kind, text, len(blocks), pairs[i:]):
                break
            if rule.action in _META_ACTIONS and len(blocks) >= 2 and not any(
                    _running(t) or k in {"item", "quote"} for k, t in pairs[i:]):
                # The byline or date line under the article with no running text, list or quote after it: the article
                # has ended (what follows is the page's: a contact column, the footer's address).
                author, published = _meta_of(rule.action, m, author, published)
                break
            if rule.action in {"byline", "published"}:
                author, published = _meta_of(rule.action, m, author, published)
            elif rule.action == "link":
                # Only a bare label ("Läs också") has its link title on the next line;
                # "Read more: Title" carries it, and the next line is the article again.
                skip_link_title = bool(_LINK_LABEL.fullmatch(text.rstrip(":.… ")))
                # A "Läs också" list: skip the list that follows.
                while i < len(pairs) and pairs[i][0] in {"item", "endlist"}:
                    i += 1
            continue
        if (kind == "head" and _STOP_HEADINGS.fullmatch(text)) or list_label_ends(kind, text, len(blocks), pairs[i:]):
            break
        if skip_link_title and kind == "p" and is_title_like(text):
            skip_link_title = False
            continue
        skip_link_title = False
        if (is_date_line(text) and not when_row(pairs, i - 1, len(blocks))) or (len(blocks) <= 1 and age_notice(text)):
            continue  # a date line (not an event's in its box, html_ends.when_row); the site's notice of its age in its head
        if kind == "item":
            items.append(strip_bullet(text))
        elif kind == "head":
            blocks.append(Block(BlockKind.HEADING, text))
        elif kind == "quote":
            blocks.append(Block(BlockKind.QUOTE, normalize_quote(text) if is_quote(text) else text))
        elif is_quote(text):
            blocks.append(Block(BlockKind.QUOTE, normalize_quote(text)))
        elif (
            is_title_like(text) and len(text.split()) <= 10 and i < len(pairs)
            and pairs[i][0] == "p" and not is_title_like(pairs[i][1]) and first_match(rules, pairs[i][1]) is None
        ):
            # A short bold line between paragraphs: a subheading.
            blocks.append(Block(BlockKind.HEADING, text))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, text))
    while blocks and blocks[-1].kind is BlockKind.HEADING:
        blocks.pop()
    return blocks, author, published


def _read_as_text(pairs: _Pairs, k: int, rules: tuple[BoilerplateRule, ...], under_text: bool) -> bool:
    """pairs[k] is text whatever rule names it: an update note (:func:`read_as_text`); under the text a fact's "Av …"."""
    return read_as_text(pairs, k, rules) or (under_text and _fact_item(pairs, k, rules))


def _fact_item(pairs: _Pairs, k: int, rules: tuple[BoilerplateRule, ...]) -> bool:
    """A byline over a "Label: value" paragraph the rules leave alone ("Av August Strindberg" over "Regi: Amira
    Haddad"): a work's credit in a fact box, as :func:`audiocast.ingest.byline.fact_bylines` reads a dump's."""
    hit = first_match(rules, pairs[k][1])
    if hit is None or hit[0].action != "byline" or k + 1 >= len(pairs) or pairs[k + 1][0] != "p":
        return False
    nxt = pairs[k + 1][1]
    return is_fact_row(nxt) and first_match(rules, nxt) is None


def _place_boxes(blocks: list[Block], boxes: list[tuple[Block, str | None]], lead: str | None) -> list[Block]:
    out = list(blocks)
    for box, anchor in boxes:
        pos = len(out)
        if anchor is not None:
            if anchor == lead:
                pos = 0
            for k, b in enumerate(out):
                if b.text == anchor:
                    pos = k + 1
                    break
        out.insert(pos, box)
    return out


def _page_title_only(doc: etree._Element, ld: dict[str, Any]) -> bool:
    """Whether the page names its article only in <title> (no JSON-LD headline, no og:title or one of the site alone)."""
    return not isinstance(ld.get("headline"), str) and (not _meta(doc, "og:title") or names_only_site(doc))


def _headline(doc: etree._Element, ld: dict[str, Any], h1: etree._Element | None, site: str | None) -> str:
    """The <h1>, else og:title, the JSON-LD headline or <title> without the site's name."""
    title = headline_text(h1, statements(doc, site_names(doc))) if h1 is not None else ""
    if not title:
        raw_title = (_meta(doc, "og:title") or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
                     or (_text(doc.find(".//title")) if doc.find(".//title") is not None else ""))
        title = _strip_site(clean_line(raw_title or ""), site)
    return title


def _strip_site(title: str, site: str | None) -> str:
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and (site is None or site.lower() in parts[-1].lower() or len(parts[-1].split()) <= 3):
        return " – ".join(parts[:-1]) if site else title
    return title


def _parse_page(html: str, source: str) -> tuple[str, etree._Element]:
    """The page as given (less an XML declaration, which lxml refuses in a str) and its parsed tree; both less what the
    markup says the browser does not show (:mod:`audiocast.ingest.html_hidden`: a paywall's locked part sent along),
    a word split across inline elements joined (:mod:`audiocast.ingest.html_inline`)."""
    if not html or not html.strip():
        raise IngestError(source, "the page is empty")
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html.lstrip("\ufeff")) if isinstance(html, str) else html
    try:
        doc = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(source, f"cannot parse the HTML ({exc})") from exc
    return (etree.tostring(doc, encoding="unicode") if as_shown(doc) else html), doc


def _article_pairs(doc: etree._Element, html: str, url: str | None, main: list[tuple[str, bool]]) -> list[tuple[str, str]]:
    """The article's blocks as (tag, text): trafilatura's, on our cleaned tree or on the page as it is."""
    pairs = _trafilatura_blocks(doc, url)
    coverage = _coverage(pairs, main)
    if coverage < MIN_COVERAGE:
        # Our element rules cost most of what plain trafilatura finds (they can steer its choice of
        # the main block, too): take trafilatura's reading of the page as it is, text rules still on.
        plain = _trafilatura_blocks(_uncleaned(html), url)
        if _coverage(plain, main) >= coverage + 0.2:
            pairs = plain
    if sum(len(t) for _, t in pairs) < MIN_ARTICLE_CHARS:  # a very short page: our own fallback, if longer
        fallback = _fallback_pairs(doc)
        return fallback if sum(len(t) for _, t in fallback) > sum(len(t) for _, t in pairs) else pairs
    return pairs


def _check_is_article(source: str, title: str, lead: str | None, blocks: list[Block]) -> None:
    """Refuse a page with no headline or too little text to be an article."""
    if not title:
        raise IngestError(source, "no headline found on the page; is it an article page?")
    chars = len(lead or "") + sum(len(b.text) + sum(map(len, b.items)) for b in blocks)
    if chars < MIN_ARTICLE_CHARS:
        raise IngestError(source, f"not an article: only {chars} characters of article text (front page, list or paywall?)")


def _take_lead(root: etree._Element, h1: etree._Element | None,
               rules: tuple[BoilerplateRule, ...]) -> tuple[str | None, str | None]:
    """The lead a class word or its place names, taken out of the page (we place it ourselves); else the text of a lead
    under the headline that nothing names (:func:`audiocast.ingest.html_standfirst.standfirst`), left in place."""
    lead_el = lead_element(root, h1)
    if lead_el is None:
        return None, standfirst(h1, rules)
    lead = _text(lead_el)
    _drop(lead_el)
    return lead, None


def extract_html(html: str, source: str, url: str | None = None, slug: str | None = None,
                 rules: tuple[BoilerplateRule, ...] | None = None, require_swedish: bool = False) -> Article:
    """An Article from an HTML news page, in any language; ``Article.language`` says which.

    Raises IngestError when the page is empty or is not an article (too little
    text), and, with ``require_swedish``, when it is not in Swedish (see
    :func:`audiocast.ingest.lang.ensure_swedish`).
    """
    rules = default_rules() if rules is None else rules
    html, doc = _parse_page(html, source)

    lang_attr = (doc.get("lang") or doc.get("xml:lang") or "").strip().lower() or None
    ld = _json_ld(doc)
    site = _meta(doc, "og:site_name", "application-name") or (
        clean_line(ld["publisher"]["name"]) if isinstance(ld.get("publisher"), dict) and ld["publisher"].get("name") else None
    )
    published = _published(doc, ld)
    author = _meta(doc, "author", "article:author") or _ld_author(ld)
    if author and (author.startswith("http") or author == author.lower()):
        # A profile URL or a word such as "redaktionen" is not a name; the byline may have one.
        author = None
    if author is None:
        author = _author_from_byline(doc) or _author_from_label(doc)
    drop_captions_keep_title(doc)  # before the layout's lines: a <br> blog's captions too
    if relayout(doc):  # a page without paragraph markup (a table layout, a <br> blog): its article alone
        html = etree.tostring(doc, encoding="unicode")
        published = published or _published(doc, ld)
    h1 = choose_headline(doc, article_h1(doc))
    h1 = h1 if h1 is not None else headline_without_h1(doc)  # no heading: a title-classed element with a date under it
    h1 = review_headline(doc, h1)  # the title opening the text, when the chosen heading is a teaser, the site's or a list's
    title = _headline(doc, ld, h1, site)
    if drop_later_posts(h1, names_headline(doc, title)):  # a news page of several posts: the headline's post alone
        html = etree.tostring(doc, encoding="unicode")

    body = doc.find("body")
    root = body if body is not None else doc
    if drop_paywall_boxes(root, rules, h1):  # before the page is read plainly: no reading may bring the offer back
        html = etree.tostring(doc, encoding="unicode")
    lead, unnamed_lead = _take_lead(root, h1, rules)
    boxes = _fact_boxes(root, rules)
    main = _main_lines(html)
    _clean_tree(root, h1, main)
    clear_boxes(root, rules, h1)
    _drop_link_labels(root, rules)

    pairs = prelude_pairs(root, h1, scope_pairs(h1, _article_pairs(doc, html, url, main)))
    pairs = first_heading(root, fill_gaps(root, pairs))  # the first section's heading, as the others'
    read = cut_records(drop_repeats(drop_author_line(pairs, author), lead))  # a byline; a pull quote once; comments
    blocks, byline_author, text_date = _blocks_from_pairs(cut_about(read, site_names(doc)), rules, title, site_names(doc))
    blocks = take_back(blocks, read, root, rules)  # the text going on in its container after a line taken for its end
    blocks = more_containers(blocks, html, title, lead, rules, apart := read_apart([b for b, _ in boxes]))  # around it
    blocks = inset_boxes(blocks, html, rules, apart)  # an <aside> of its own between its paragraphs (no fact box again)
    author = author or byline_author
    published = published or text_date
    if h1 is None and _page_title_only(doc, ld) and lead is None:
        title, blocks = head_from_body(blocks, title, doc)
    blocks = with_standfirst(blocks, lead, unnamed_lead)  # a lead under the headline no class names, lost
    if lead is not None:
        blocks = [b for b in blocks if b.text != lead]
    elif (blocks := greeting_texts(blocks)) and blocks[0].kind is BlockKind.PARAGRAPH:
        lead = blocks.pop(0).text
    blocks = _place_boxes(blocks, boxes, lead)

    _check_is_article(source, title, lead, blocks)
    sample = " ".join([title, lead or ""] + [b.text for b in blocks])
    language = language_of(sample, lang_attr)
    if slug is None:
        slug = slugify(title)
    article = Article(
        slug=slug, title=title, published=published, source=source, author=author,
        url=url, lead=lead, blocks=blocks, site_name=site, language=language,
    )
    stated = _meta(doc, "og:title") or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
    article.confidence, article.doubts = assess_page(title, _strip_site(clean_line(stated), site) if stated else None, h1 is not None)
    if require_swedish:
        if language != "sv" and lang_attr:
            raise IngestError(source, f"the article is not in Swedish; it looks like {language_name(language)} "
                                      f"(the page says lang={lang_attr!r}), and audiocast reads Swedish only")
        ensure_swedish(article)
    return article

