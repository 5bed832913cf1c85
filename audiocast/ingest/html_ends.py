"""Where an HTML article's text begins and ends: the site's name set as a line over the headline (a page builder's logo
text), the label of a list box closing the article ("Senaste inläggen", "Relaterat") set as a plain line rather than a
heading, and the part of the page above the article's running text, where its lead may stand. Not here: the lines themselves (:mod:`audiocast.ingest.html`)
and the article's extent by its headline (:mod:`audiocast.ingest.html_scope`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml import etree

from .html_headline import words
from .html_scope import PROSE_MIN_CHARS
from .structured import element_text

STOP_HEADINGS = re.compile(
    r"(?i)(?:kommentarer|kommentera|mest lästa?|senaste nyhet\w*|fler nyheter|relaterat|relaterade artiklar"
    r"|(?:senaste|fler|liknande|andra|populära|tidigare) inlägg(?:en)?)\b.*")
"""Headings that open the page's related section or comments: the article has ended."""


def running(text: str) -> bool:
    """A sentence of running text: fifteen words or more, ending a sentence."""
    return len(text.split()) >= 15 and text[-1] in ".!?…\"”»"


SITE_LINE_WORDS = 8
"""A line naming the site over the article (a page builder's logo text) is at most this many words."""


def names_site(text: str, sites: set[str]) -> bool:
    """Whether a short line without a sentence's end holds the whole of one of the site's stated names ("FÖRBUNDET UNGA
    BYGDER SKARABORG" on the site "Unga Bygder Skaraborg"): the site's banner, not the article's lead."""
    said = " ".join(words(text))
    if not said or len(said.split()) > SITE_LINE_WORDS or text.rstrip()[-1:] in ".!?…":
        return False
    return any(name and f" {name} " in f" {said} " for name in sites)


LIST_LABEL_WORDS = 4


def list_label_ends(kind: str, text: str, blocks: int, rest: list[tuple[str, str]]) -> bool:
    """Whether a line is the label of a list box closing the article (a teaser list's "Senaste inläggen", "Relaterat",
    set as a plain line by a page builder rather than a heading): it names such a list (:data:`STOP_HEADINGS`), the
    article's text stands above (``blocks``: two or more) and no running prose follows it. A subheading of that name
    over the article's own paragraphs stays."""
    return (
        kind != "head" and blocks >= 2 and len(text.split()) <= LIST_LABEL_WORDS and bool(STOP_HEADINGS.fullmatch(text))
        and not any(running(t) for _, t in rest)
    )


LEAD_AFTER_PROSE = 2
"""A lead-classed element after this many paragraphs of running prose under the headline is no lead: it is a teaser's
excerpt in a post list under the article ("elementor-post__excerpt")."""


def before_text(root: etree._Element, h1: etree._Element | None) -> Iterator[etree._Element]:
    """The elements of the page in reading order until the article's text has begun under the headline
    (:data:`LEAD_AFTER_PROSE` paragraphs of running prose): where its lead may stand. All of them without a headline."""
    passed_head = h1 is None
    prose = 0
    for el in root.iter():
        if el is h1:
            passed_head = True
        if h1 is not None and prose >= LEAD_AFTER_PROSE:
            return
        if passed_head and el.tag == "p" and len(element_text(el)) >= PROSE_MIN_CHARS:
            prose += 1
        yield el


_CLOCK = re.compile(r"\b(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d\b")


def when_row(pairs: Sequence[tuple[str, str]], k: int, blocks: int) -> bool:
    """Session 30 (blind set extract109): a date line with its clock time among the short rows of a box under the text
    ("Vårkonsert i Ekeby kyrka" / "Söndag 21 april kl. 16.00" / "Fri entré …"), the event's when-line, not the page's
    date line: the text begun (``blocks``: two or more), the line over it and the line under it short, no running
    prose. ``k``: the index of the date line in ``pairs``."""
    if blocks < 2 or not 0 < k < len(pairs) - 1 or not _CLOCK.search(pairs[k][1]):
        return False
    return all(not running(t) and len(t.split()) <= 10 for _, t in (pairs[k - 1], pairs[k + 1]))
