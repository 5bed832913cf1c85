"""A news page showing several posts: the article is the post whose title was chosen as the headline, not the ones
under it.

A page builder's or a blog's news page (Elementor, Wix, a theme's archive) sets its posts one under the other, each a
title, a date and its paragraphs; the headline is the newest post's title, and trafilatura read every post as one
text. On any site the posts are told by their repetition: the headline's element and the elements after it that have
the same tag and class, each holding (or, set flat, opening) a post of its own with a date line under its title.

- Wrapped posts: the nearest element around the headline that has later siblings of the same tag and class, each
  holding a heading of the headline's tag and class; when the headline's post and a later one have a date line, the
  later ones are taken out.
- Flat posts: a later sibling heading of the headline's tag and class with a date line right under it starts the
  next post: it and everything after it in that element go.

Guards (kept): an article's own sections (a subheading of the headline's tag and class is not followed by a date
line; a section of the text has no date of its own), a headline with no date line under it (nothing is known of
posts).
"""

from __future__ import annotations

from lxml import etree

from .dates import is_date_line
from .structured import element_text

DATE_LINES = 4
"""The date line stands among the first this many lines of a post (under its title, maybe after a category)."""


def _same(a: etree._Element, b: etree._Element) -> bool:
    return isinstance(b.tag, str) and a.tag == b.tag and (a.get("class") or "") == (b.get("class") or "")


def _lines(el: etree._Element) -> list[str]:
    return [t for t in (element_text(x) for x in el.iter() if isinstance(x.tag, str) and (x.text or "").strip()) if t]


def _dated(post: etree._Element) -> bool:
    return any(is_date_line(t) for t in _lines(post)[:DATE_LINES])


def _heads_like(el: etree._Element, head: etree._Element) -> bool:
    return any(_same(head, x) for x in el.iter())


def _flat_dated(head: etree._Element) -> bool:
    nxt = head.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt is not None and is_date_line(element_text(nxt))


def drop_later_posts(head: etree._Element | None) -> bool:
    """Remove the posts set after the headline's own on a page of several posts (see the module's docstring); whether
    any was removed."""
    if head is None:
        return False
    if _flat_dated(head):
        first = next((s for s in head.itersiblings() if _same(head, s) and _flat_dated(s)), None)
        if first is not None:
            for s in [first, *first.itersiblings()]:
                s.drop_tree()
            return True
    for post in [head, *head.iterancestors()]:
        if post.tag in {"body", "html", "main"} or post.getparent() is None:
            return False
        later = [s for s in post.itersiblings() if _same(post, s) and _heads_like(s, head)]
        if not later:
            continue
        if post is head or not _dated(post) or not any(_dated(s) for s in later):
            return False
        for s in later:
            s.drop_tree()
        return True
    return False
