"""A blog's name or tagline over its post: the site's, not the post's headline.

A blog's head says it is one: its name ("Vår klassblogg", "Lisas trädgårdsblogg") or its tagline in lower case ("en
blogg om att cykla i en stad ..."). Such a line, short, over the post's own title (a headline-shaped line further
down, before any paragraph), is the site's name line: it goes (rule ``blog-name``) and is never a headline candidate;
a run of short lines between it and the title is the blog's menu and goes with it, and the site's name right over
it (the two set apart at the page's top) too.

Guards: the word in its definite or plural form ("Bloggen som blev en bok", "Fem bloggar värda att läsa") is a
headline's; a blog line with no title-shaped line under it before the first paragraph stays for the headline rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_title_like, words

RULE = "blog-name"
NAME_WORDS = 6
"""A blog's name has at most this many words."""
TAGLINE_WORDS = 16
"""A blog's tagline ("en blogg om ...") has at most this many words."""
LOOK = 12
"""Lines under the blog's line searched for the post's title."""
PARAGRAPH_WORDS = 15
"""A line of at least this many words ending a sentence is a paragraph: the head ends above it."""
TITLE_WORDS = 3
"""The post's title under the blog's line has at least this many words."""
MENU_WORDS = 3
"""A menu item between the blog's line and the post's title has at most this many words."""
MENU_RUN = 2
"""Short lines at least between them that make a menu."""
_NAME = re.compile(r"(?:.*\s)?\w*blogg(?:\s.*)?", re.IGNORECASE)
"""A line with the word 'blogg' in its indefinite singular (alone or in a compound: 'klassblogg', 'matblogg')."""
_TAGLINE = re.compile(r"(?-i:[a-zåäö])\S*(?:\s+\S+){0,2}?\s+blogg\s+(?:om|för|med|från|där)\s.+|en blogg\b.*",
                      re.IGNORECASE)
"""A tagline in lower case that calls the site a blog ('en blogg om ...', 'min lilla blogg om ...')."""


def _paragraph(x: TaggedLine) -> bool:
    return words(x.text) >= PARAGRAPH_WORDS and x.text.rstrip()[-1:] in (".", "!", "?")


def is_blog_line(text: str) -> bool:
    """The line calls the site a blog: a short name with 'blogg', or a tagline in lower case."""
    t = text.strip()
    if t[:1].islower() and _TAGLINE.fullmatch(t) is not None:
        return words(t) <= TAGLINE_WORDS
    return words(t) <= NAME_WORDS and _NAME.fullmatch(t) is not None and t[-1:] not in (".", "?", "!")


def _title_shaped(text: str) -> bool:
    """A headline's form (:func:`is_title_like`, which the head's candidates must have), of some words."""
    t = text.rstrip()
    return TITLE_WORDS <= words(t) and is_title_like(t)


def _title_under(lines: Sequence[TaggedLine], i: int) -> int | None:
    """The index of the post's title under the blog's line at ``lines[i]``, if one stands before the first paragraph."""
    for k in range(i + 1, min(len(lines), i + 1 + LOOK)):
        x = lines[k]
        if _paragraph(x):
            return None
        if x.tag is None and not is_blog_line(x.text) and _title_shaped(x.text):
            return k
    return None


def _name_over(lines: Sequence[TaggedLine], i: int) -> list[TaggedLine]:
    """The site's name right over its blog line, the two set apart as the page's first lines or by a blank line
    ("Klass 5B på Backaskolan" over "Vår klassblogg", "Cykelstaden" over its tagline)."""
    if i == 0 or lines[i].blank_before:
        return []
    y = lines[i - 1]
    top = i == 1 or y.blank_before
    return [y] if top and y.tag is None and words(y.text) <= NAME_WORDS and y.text.rstrip()[-1:] not in ".!?:" else []


def _menu_items(lines: Sequence[TaggedLine], i: int, k: int) -> list[TaggedLine]:
    """The blog's menu between its line and the post's title: the short lines there, when they are a run of at least
    :data:`MENU_RUN` (a kicker alone over the title stays for the head's rules)."""
    short = [x for x in lines[i + 1:k] if x.tag is None and words(x.text) <= MENU_WORDS
             and x.text.rstrip()[-1:] not in ".!?:"]
    return short if len(short) >= MENU_RUN else []


def blog_name_tags(lines: Sequence[TaggedLine]) -> None:
    """Tag a blog's name or tagline over its post's title ``drop`` (module docstring); only in the page's head."""
    for i, x in enumerate(lines):
        if _paragraph(x):
            return
        k = _title_under(lines, i) if x.tag is None and is_blog_line(x.text) else None
        if k is not None:
            for y in [*_name_over(lines, i), x, *_menu_items(lines, i, k)]:
                y.tag, y.rule = "drop", RULE
