"""Structured sources of an HTML page: JSON-LD (NewsArticle, Article, …), microdata (``itemprop="headline"``),
<meta> (Open Graph, Dublin Core, article:*), <time>: the page's own statement of its headline, date and author, read
before anything is guessed from the layout. Not here: the body text (:mod:`audiocast.ingest.html`).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from lxml import etree

from ..calendar_sv import STOCKHOLM
from .dates import parse_date
from .dumpclean import clean_line


def element_text(el: etree._Element) -> str:
    """An element's text, spaces cleaned."""
    return clean_line(" ".join(el.itertext()))


def json_ld(doc: etree._Element) -> dict[str, Any]:
    """The first JSON-LD object that looks like an article (NewsArticle, Article …)."""
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            if "@graph" in item and isinstance(item["@graph"], list):
                stack.extend(item["@graph"])
            kind = item.get("@type", "")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds):
                return item
    return {}


def microdata_headlines(doc: etree._Element) -> list[tuple[etree._Element, str]]:
    """The headlines the page states in microdata, each with its element: an element with ``itemprop="headline"``
    (its ``content`` for a <meta>) inside an item of an article's type (``itemtype`` schema.org Article, NewsArticle,
    BlogPosting …), as a CMS's template writes it (session 35, extract135: an <h2 itemprop="headline"> under the
    site's name in an <h1>). A teaser list may state its posts' headlines so too: the caller tells them apart."""
    found: list[tuple[etree._Element, str]] = []
    for el in doc.xpath('//*[@itemprop="headline"]'):
        item = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        kind = (item.get("itemtype") or "") if item is not None else ""
        if not kind.rstrip("/").endswith(("Article", "Posting")):
            continue
        text = clean_line(el.get("content") or "") if el.tag == "meta" else element_text(el)
        if text:
            found.append((el, text))
    return found


def meta(doc: etree._Element, *names: str) -> str | None:
    """The content of the first <meta> with one of these names (property, name or itemprop; any case)."""
    wanted = [n.lower() for n in names]
    found: dict[str, str] = {}
    for el in doc.iter("meta"):
        content = el.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = (el.get(attr) or "").lower()
            if key in wanted and key not in found:
                found[key] = clean_line(content)
    return next((found[n] for n in wanted if n in found), None)


def _is_person(author: object) -> bool:
    return not (isinstance(author, dict) and "Organization" in str(author.get("@type", "")))


def ld_author(ld: dict[str, Any]) -> str | None:
    author = ld.get("author")
    if isinstance(author, list):
        candidates = [a.get("name") if isinstance(a, dict) else a for a in author if _is_person(a)]
        names = [n for n in candidates if isinstance(n, str) and n.strip()]
        return " och ".join(names) if names else None
    if isinstance(author, dict):
        author = author.get("name") if _is_person(author) else None
    return clean_line(author) if isinstance(author, str) and author.strip() else None


def as_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return parse_date(value)
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=STOCKHOLM)


def published(doc: etree._Element, ld: dict[str, Any]) -> datetime | None:
    for value in (
        meta(doc, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created"),
        ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None,
    ):
        dt = as_datetime(value)
        if dt is not None:
            return dt
    for t in doc.xpath("//time"):
        dt = as_datetime(t.get("datetime")) or parse_date(element_text(t))
        if dt is not None:
            return dt
    for el in doc.xpath('//*[contains(@class, "date") or contains(@class, "publi") or contains(@class, "time")]'):
        text = element_text(el)
        if len(text) <= 80 and not re.search(r"(?i)uppdater", text):
            dt = parse_date(text)
            if dt is not None:
                return dt
    body_text = element_text(doc.find("body")) if doc.find("body") is not None else ""
    for label in ("Publicerad", "Publicerat", "Publ."):
        pos = body_text.find(label)
        if pos >= 0:
            dt = parse_date(body_text[pos:pos + 80])
            if dt is not None:
                return dt
    return None
