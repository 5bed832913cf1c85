"""Whether a line of a layout page (:mod:`audiocast.ingest.html_layout`) is the site's name rather than a headline:
the name the page states, a line in a block named as the masthead, or the page's first line said again further down.
Split from ``html_layout`` (session 39) when that module reached its size limit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .html_classes import role_tokens
from .html_headline import words as fold_words
from .lineshape import words

if TYPE_CHECKING:
    from .html_layout import Line

_MASTHEAD_TOKENS = frozenset({"logo", "logotyp", "masthead", "branding", "brand", "site-title", "sitetitle",
                              "site-name", "sitename", "header", "top", "topp", "banner", "sidhuvud"})


MASTHEAD_MAX_CHARS = 300
"""A masthead block holds the site's name and a slogan, a few lines at most."""


def site_line(lines: list[Line], k: int, sites: frozenset[str]) -> bool:
    """Whether a line is the site's name, not a headline: the name the page states (og:site_name …), a line in a
    block named as the masthead (logo, header, top), or the page's first line when its text comes back in a
    later line (the footer's "Föreningen X · Storgatan 12", the copyright line)."""
    line = lines[k]
    key = " ".join(fold_words(line.text))
    if key in sites:
        return True
    block = line.block
    for el in (block, *block.iterancestors()) if block is not None else ():
        if el.tag in {"body", "html"}:
            break
        if set(role_tokens(el)) & _MASTHEAD_TOKENS and len(" ".join(el.itertext())) <= MASTHEAD_MAX_CHARS:
            return True  # a small block: a page wrapper named "top" (the "back to top" anchor) is no masthead
    if k > 0 and any(x.prose or x.linked for x in lines[:k]):
        return False
    return any(key in " ".join(fold_words(x.text)) for x in lines[k + 1:] if x.block is not block and not x.prose
               and x.text != line.text and words(x.text) > words(line.text))


NAMED_PART_WORDS = 4
"""A statement of at least this many words that opens a line names it: a <title> cut short ("Valbo BTK tog DM-guld
efter rysare" over the cell "Valbo BTK tog DM-guld efter rysare mot Ockelbo"; session 47, extract253)."""


def named_line(text: str, named: frozenset[str]) -> bool:
    """Whether the page's statements (folded, :func:`audiocast.ingest.html_headline.statements`) name a line: one says
    it word for word, or one of :data:`NAMED_PART_WORDS` words or more opens it (a site shortens its <title>)."""
    key = " ".join(fold_words(text))
    return key in named or any(len(n.split()) >= NAMED_PART_WORDS and (key + " ").startswith(n + " ") for n in named)

