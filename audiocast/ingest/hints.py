"""What is known about a page dump besides its text, and what its reading left out.

:class:`Hints` carries the site's template (line keys from the site profile),
the editor's sidecar decisions, names of the article (file name, URL) and the
line classifier; :class:`Explained` is an extracted article with the lines
left out as template, by the editor or by the classifier. :func:`line_key`
and :func:`template_key` say when two lines are the same line. Not here: the
parser (:mod:`audiocast.ingest.text`) and the profiles (:mod:`audiocast.ingest.sites`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..models import Article

_SPACES = re.compile(r"[ \t\u00a0\u202f\u2007\u2009\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


_KEY_WORD = re.compile(r"\w+", re.UNICODE)


def line_key(line: str) -> str:
    """A line's words, lowercase, one space between: how template and editor lines are matched."""
    return " ".join(w.lower() for w in _KEY_WORD.findall(_SPACES.sub(" ", line.translate(_INVISIBLE))))


def template_key(line: str) -> str:
    """A short hash of :func:`line_key`: how a site profile stores a line without its text."""
    key = line_key(line)
    return hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest() if key else ""


LineScorer = Callable[[list[str], "list[bool] | None"], list[float]]
"""The line classifier's interface: lines (and whether each is template) -> P(article text) per line."""


@dataclass(frozen=True)
class Hints:
    """What is known about a dump besides its text: the site's template, the editor's sidecar, names."""

    template: frozenset[str] = frozenset()
    """Keys (:func:`template_key`) of the lines the site repeats on its other pages, wherever they stand here."""
    template_places: tuple[tuple[str, frozenset[int]], ...] = ()
    """Keys that are template at some of their places on the page only (the article's own headline, listed again in
    the site's "Senaste inläggen" box beside it): the key and which of its occurrences (0 for the first)."""
    known_template: bool = False
    """Whether the site's template is known (enough other pages of the site have been read)."""
    drop: frozenset[str] = frozenset()
    """Keys of lines the editor dropped (sidecar)."""
    keep: frozenset[str] = frozenset()
    """Keys of lines the editor kept (sidecar); wins over every rule."""
    title: str | None = None
    """The editor's headline (sidecar), instead of the chosen one."""
    site: str | None = None
    names: tuple[str, ...] = ()
    """Text naming the article: the file name, the URL's slug, the page's <title>."""
    scorer: LineScorer | None = None
    """The line classifier, when its model is there."""

    def is_template(self, lines: Sequence[HasText], i: int) -> bool:
        """Whether line ``i`` of the page is the site's template (:attr:`template`, :attr:`template_places`)."""
        if not self.template and not self.template_places:
            return False
        key = template_key(lines[i].text)
        if key in self.template:
            return True
        places = dict(self.template_places).get(key) if key else None
        return places is not None and sum(1 for ln in lines[:i] if template_key(ln.text) == key) in places


class HasText(Protocol):
    text: str


LAYOUT_RULES = frozenset({
    "tail-box", "caption-alone", "caption-named", "about-org", "copy", "after-end", "cta", "scoreboard",
    "author-box", "summary-languages", "clip", "caption-island", "echo", "table", "comment-teaser", "credit-repeat",
    "writer-card", "caption-under-credit", "excerpt", "contact-card", "gift-appeal", "sponsored-box", "other-language",
    "more-box", "caption-bare", "pitch-box", "repeated", "chart", "share-quote", "booking-card", "product-card",
    "caption-said",
})
"""What ``audiocast extract`` reports as dropped by layout: the signals of place, shape and the classifier."""


@dataclass
class Explained:
    """An extracted article and why lines were left out."""

    article: Article
    template: list[str] = field(default_factory=list)
    """Lines dropped because the site repeats them on its other pages."""
    editor: list[str] = field(default_factory=list)
    """Lines dropped by the editor's sidecar."""
    model: list[str] = field(default_factory=list)
    """Lines dropped on the line classifier's word."""
    layout: list[str] = field(default_factory=list)
    """Lines dropped by their place on the page and the classifier's doubt (boxes below the article, lone
    captions; :mod:`audiocast.ingest.furniture`)."""
