"""A feed of the site's set inside the article's text: a box of entries each stamped with a date and a time.

A news site sets its running feeds into an article's text: a live report's latest entries ("Senaste om vårfloden" /
"11:20 Väg 583 förblir avstängd …" / "Till liveflödet"), a news ticker's, "Senaste nytt". Each entry of such a feed
is marked up as the site marks up a post: a list item opened by a ``<time>`` element whose ``datetime`` holds a date
and a time (``2025-04-16T11:20``). Read aloud, the entries are other news, not the article; the box goes whole (its
heading, its entries, its link to the feed).

Told on any site by its markup, not its words: at least :data:`MIN_ENTRIES` list items opened by a time stamped with
a date and a time, in a box that links, beside its entries, to the feed's own page (an article's own timeline of
stamped events under its subheading, "Valnatten i korthet", links nowhere and is read). The box is the list and the
elements it makes up most of (more than :data:`MAX_SHARE` of their text), short of one that holds a paragraph of
running prose beside it, so the article's own container never goes; and the page's running prose outside it
(paragraphs of :data:`PROSE_CHARS` or more) is longer than the box, so a live report whose stamped entries are its
text is read.

Risk: a box of the article's own with stamped entries and a link to another page (a timeline with "Läs hela
rapporten") is dropped; a time alone (``datetime="10:00"``) or no ``datetime`` never counts.
"""

from __future__ import annotations

import re

from lxml import etree

from .structured import element_text

MIN_ENTRIES = 2
"""A feed box holds at least this many stamped entries."""
MAX_SHARE = 0.5
"""The box holds at most this share of the text of the element around it."""
PROSE_CHARS = 80
"""A paragraph this long beside the box is the article's prose: the box never grows over it."""
_STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
_BOX_TAGS = frozenset({"div", "section", "aside", "ul", "ol"})


def _stamped(item: etree._Element) -> bool:
    """Whether a list item opens with a <time> stamped with a date and a time."""
    text = element_text(item)
    for t in item.iter("time"):
        said = element_text(t)
        return bool(_STAMP.match(t.get("datetime") or "")) and bool(said) and text.startswith(said)
    return False


def _prose_beside(scope: etree._Element, box: etree._Element) -> list[int]:
    """The lengths of the paragraphs of running prose (:data:`PROSE_CHARS` or more) in ``scope``, outside ``box``."""
    inside = set(box.iter())
    return [n for p in scope.iter("p") if p not in inside and (n := len(element_text(p))) >= PROSE_CHARS]


def _links_out(box: etree._Element, lst: etree._Element) -> bool:
    """Whether the box, beside its list, links to a page of its own ("Till liveflödet", "Se alla händelser")."""
    inside = set(lst.iter())
    return any(a.get("href") and a not in inside and element_text(a) for a in box.iter("a"))


def _box(lst: etree._Element) -> etree._Element:
    """The list and what is set around it with it: the elements it makes up most of, short of the article's prose."""
    box = lst
    while (up := box.getparent()) is not None and up.tag in _BOX_TAGS and not _prose_beside(up, box):
        if len(element_text(box)) <= MAX_SHARE * len(element_text(up)):
            break
        box = up
    return box


def drop_feed_boxes(root: etree._Element, keep: etree._Element | None) -> None:
    """Remove each box of stamped entries (see the module's docstring); ``keep`` (the headline) is never inside one."""
    for lst in [e for e in root.iter("ul", "ol") if sum(_stamped(li) for li in e.findall("li")) >= MIN_ENTRIES]:
        if lst.getparent() is None:
            continue
        box = _box(lst)
        if not _links_out(box, lst):
            continue  # "Valnatten i korthet" over the night's stamped events: the article's own timeline
        if keep is not None and any(keep is d for d in box.iter()):
            continue
        if sum(_prose_beside(root, box)) < len(element_text(box)):
            continue  # a live report whose stamped entries are its text: the article itself
        if box.getparent() is not None:
            box.getparent().remove(box)
