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
- Date over the title (session 13: a Wix news page sets each post as a box of its date, a box of its title and a box of
  its text, all of one class): when the headline's box and a later title box each have a date line right above them,
  the next post starts at the later one's date: it and everything after it go.
- The page names a post under others (``named``: the <title>/og:title names the headline, on a blog's front page whose
  newest post is another): the posts before the headline's, wrapped or dated over their titles, go too.

Guards (kept): an article's own sections (a subheading of the headline's tag and class is not followed by a date
line; a section of the text has no date of its own), a headline with no date line under it (nothing is known of
posts).
"""

from __future__ import annotations

from lxml import etree

from .dates import is_date_line
from .html_headline import NAMED_SIMILARITY, similarity, site_names, statements
from .structured import element_text

DATE_LINES = 4
"""The date line stands among the first this many lines of a post (under its title, maybe after a category)."""


def names_headline(doc: etree._Element, title: str) -> bool:
    """Whether the page's own statements (<title> or its parts, og:title, JSON-LD) name the headline nearly word for
    word: the page is about that post, wherever it stands among others."""
    return bool(title) and any(similarity(title, s) >= NAMED_SIMILARITY for s in statements(doc, site_names(doc)))


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


def _above(el: etree._Element) -> etree._Element | None:
    """The element right above ``el`` among its siblings, passing over empty ones (a divider)."""
    for prev in el.itersiblings(preceding=True):
        if isinstance(prev.tag, str) and element_text(prev):
            return prev
    return None


def _dated_above(el: etree._Element) -> bool:
    above = _above(el)
    return above is not None and is_date_line(element_text(above))


def _drop_from(start: etree._Element, stop: etree._Element | None = None) -> None:
    """Remove ``start`` and its later siblings, up to ``stop`` (kept) or the end."""
    run = [start]
    for s in start.itersiblings():
        if s is stop:
            break
        run.append(s)
    for s in run:
        s.drop_tree()


def _drop_dated_above(post: etree._Element, later: list[etree._Element], earlier: list[etree._Element]) -> bool:
    """Posts whose title boxes have their date line right above them: the next post starts at the later one's date,
    the ones before the headline's from the first earlier date line up to the headline's date."""
    nxt = next((s for s in later if _dated_above(s)), None)
    first = next((s for s in reversed(earlier) if _dated_above(s)), None)
    own = _above(post)
    if (nxt is None and first is None) or own is None:
        return False
    if nxt is not None and (start := _above(nxt)) is not None:
        _drop_from(start)
    if first is not None and (start := _above(first)) is not None:
        _drop_from(start, own)
    return True


def drop_later_posts(head: etree._Element | None, named: bool = False) -> bool:
    """Remove the posts set after the headline's own on a page of several posts, and with ``named`` (the page's
    title names the headline) the ones before it (see the module's docstring); whether any was removed."""
    if head is None:
        return False
    if _flat_dated(head):
        first = next((s for s in head.itersiblings() if _same(head, s) and _flat_dated(s)), None)
        if first is not None:
            _drop_from(first)
            return True
    for post in [head, *head.iterancestors()]:
        if post.tag in {"body", "html", "main"} or post.getparent() is None:
            return False
        later = [s for s in post.itersiblings() if _same(post, s) and _heads_like(s, head)]
        earlier = [s for s in post.itersiblings(preceding=True) if _same(post, s) and _heads_like(s, head)] if named else []
        if not later and not earlier:
            continue
        if post is head:
            return False
        if _dated(post) and any(_dated(s) for s in later + earlier):
            for s in later + earlier:
                s.drop_tree()
            return True
        return _dated_above(post) and _drop_dated_above(post, later, earlier)
    return False
