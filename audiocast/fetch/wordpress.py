"""A WordPress site's own article: title, date, excerpt and content from its REST API.

A WordPress page announces its API with ``<link rel="https://api.w.org/" href="…/wp-json/">``
(or the same in a ``Link:`` header), and often links the post's own JSON with
``<link rel="alternate" type="application/json" href="…/wp-json/wp/v2/posts/42">``.
The post's ``content.rendered`` is the article without the theme around it
(menus, widgets, related posts), and ``date_gmt`` is its exact time.

:func:`api_urls` finds where to ask (the post's own link first, then
``/wp/v2/posts?slug=<last path segment>``); :func:`post_from_json` reads the
answer; :func:`post_page` wraps the content in a minimal page with the title
(and a hand-written excerpt as the lead) for
:func:`audiocast.ingest.extract_html`, and :func:`apply_post` puts the post's
own title and date on the extracted article. The fetcher falls back to the
page's own extraction whenever any of this fails.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from ..calendar_sv import STOCKHOLM
from ..models import Article

API_REL = "https://api.w.org/"
_LINK_HEADER = re.compile(r"<([^>]*)>([^,<]*)")
_PARAM = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|([^;\s]*))""")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_AUTO_EXCERPT_END = ("[…]", "[...]", "…", "...")
"""How WordPress ends an excerpt it cut from the content itself (not a written lead)."""


@dataclass
class Post:
    """What the REST API says about one post."""

    title: str
    """Plain text (entities decoded, tags removed)."""
    published: datetime | None
    """``date_gmt`` in Stockholm time (or ``date`` read as Stockholm time)."""
    excerpt: str
    """Plain text of the excerpt; empty when it is only the content's beginning."""
    content_html: str


def _links(link_header: str, page_html: str) -> list[tuple[str, str, str]]:
    """(href, rel, type) of every link in the ``Link`` header and the page's ``<link>`` elements."""
    found: list[tuple[str, str, str]] = []
    for href, params in _LINK_HEADER.findall(link_header):
        values = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                  for m in _PARAM.finditer(params)}
        found.append((href.strip(), values.get("rel", ""), values.get("type", "")))
    try:
        doc = lxml.html.document_fromstring(page_html)
    except (etree.ParserError, ValueError):
        return found
    for el in doc.iter("link"):
        href = el.get("href")
        if href:
            found.append((href.strip(), el.get("rel") or "", el.get("type") or ""))
    return found


def api_urls(page_url: str, link_header: str, page_html: str) -> list[str]:
    """Where to ask for this page's post, best first; empty when the page does not announce the API."""
    links = _links(link_header, page_html)
    root = next((href for href, rel, _ in links if API_REL in rel.split()), None)
    if root is None:
        return []
    urls = [urljoin(page_url, href) for href, rel, kind in links
            if "alternate" in rel.split() and kind.lower() == "application/json" and "/wp/v2/" in unquote(href)]
    slug = slug_of(page_url)
    if slug:
        urls.append(_route(urljoin(page_url, root), "wp/v2/posts", f"slug={quote(slug)}"))
    return urls[:2]


def slug_of(url: str) -> str:
    """The last non-empty path segment of a URL (WordPress's post slug in pretty permalinks)."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return unquote(segments[-1]) if segments else ""


def _route(root: str, route: str, query: str) -> str:
    if "rest_route=" in root:  # plain permalinks: https://site/?rest_route=/
        return f"{root.rstrip('/')}/{route}&{query}"
    return f"{root.rstrip('/')}/{route}?{query}"


def _plain(fragment: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip()


def _rendered(post: dict[str, object], key: str) -> str:
    value = post.get(key)
    if isinstance(value, dict):
        if value.get("protected"):
            raise ValueError(f"the post's {key} is password protected")
        text = value.get("rendered")
        return text if isinstance(text, str) else ""
    return ""


def _date(post: dict[str, object]) -> datetime | None:
    for key, zone in (("date_gmt", UTC), ("date", STOCKHOLM)):
        value = post.get(key)
        if isinstance(value, str) and value:
            try:
                return datetime.fromisoformat(value).replace(tzinfo=zone).astimezone(STOCKHOLM)
            except ValueError:
                continue
    return None


def post_from_json(body: bytes) -> Post:
    """The post in an API answer (one post, or a list from ``?slug=``); ValueError when there is none."""
    data = json.loads(body)
    if isinstance(data, list):
        data = data[0] if data else None
    if not isinstance(data, dict):
        raise ValueError("the API knows no post for this page")
    content = _rendered(data, "content")
    title = _plain(_rendered(data, "title"))
    if not content.strip() or not title:
        raise ValueError("the post has no title or no content")
    excerpt = _plain(_rendered(data, "excerpt"))
    start = _plain(content)[: max(len(excerpt) - 3, 0)]
    if excerpt.endswith(_AUTO_EXCERPT_END) or (excerpt and excerpt[: len(start)] == start):
        excerpt = ""
    return Post(title=title, published=_date(data), excerpt=excerpt, content_html=content)


def post_page(post: Post, lang: str | None) -> str:
    """A minimal page around the post's content, for the HTML extraction."""
    title = html.escape(post.title)
    lang_attr = f' lang="{html.escape(lang)}"' if lang else ""
    lead = f'<p class="ingress">{html.escape(post.excerpt)}</p>' if post.excerpt else ""
    return (f'<!DOCTYPE html><html{lang_attr}><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><article><h1>{title}</h1>{lead}{post.content_html}</article></body></html>")


def apply_post(article: Article, post: Post) -> Article:
    """The post's own title and date on the article extracted from its content."""
    article.title = post.title
    if post.published is not None:
        article.published = post.published
    return article


def page_lang(page_html: str) -> str | None:
    """The ``lang`` of the page's ``<html>`` element, if it says."""
    m = re.search(r"<html\b[^>]*?\blang\s*=\s*[\"']?([\w-]+)", page_html[:4096], re.I)
    return m.group(1) if m else None
