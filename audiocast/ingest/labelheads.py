"""A subheading of the article whose words are a box's label, read again over the article's own prose (session 19,
body recall).

The rule table's labels open the site's boxes of more items ("Fler kurser", "Kommande evenemang", "Aktuella
aktiviteter"), and a label's line is dropped with its box. An article uses the same words for its own subheading
("Fler kurser i vår" over "Styrelsen har också beslutat att under våren erbjuda …"): the prose under it is kept, being
no box's item, and only the heading was lost, so the listener hears a new section begin without its title.

Told on any site by the lines around it, not by its words: the label stands between the article's running prose
(a kept sentence or quote right above it, no blank line or widget between) and a kept paragraph of running prose right
under it (:data:`MIN_PROSE_WORDS` words or more, ending a sentence, trusted by the classifier at :data:`P_PROSE`), is
title-like and short (:data:`MAX_HEAD_WORDS`), and the classifier itself reads it as the article's
(:data:`P_HEAD`). A box of the site's items under such a label is titles and dates, not a paragraph of prose, and
stays dropped. Risk: a site's box of more items whose first item is a long blurb sentence the classifier trusts, glued
under the article's last paragraph, gets its label read as a heading (its blurb was kept already).
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import closes_sentence, is_quote, is_title_like, words

RULE = "label-heading"
MAX_HEAD_WORDS = 8
"""A subheading is at most this many words."""
MIN_PROSE_WORDS = 12
"""The paragraph under the subheading has at least this many words."""
P_HEAD = 0.5
"""The classifier reads the label's line as article text at least this much (a box's label scores far less)."""
P_PROSE = 0.8
"""The classifier trusts the paragraph under it at least this much."""
_AD_RULES = frozenset({"ad", "sponsor"})
"""An ad's label ("Annons") stands between the article's paragraphs, trusted by the classifier, and is never its
heading."""
_SKIPPED = frozenset({"caption"})
"""Tags of lines the article's prose runs past (a picture's caption and credit between paragraphs)."""


def label_heading_tags(lines: Sequence[TaggedLine]) -> None:
    """Read again a label's line that is the article's subheading over its own prose (module docstring)."""
    for i in range(1, len(lines) - 1):
        ln = lines[i]
        if not ln.label or ln.tag != "drop" or ln.rule in _AD_RULES or not is_title_like(ln.text):
            continue
        if words(ln.text) > MAX_HEAD_WORDS:
            continue
        if (ln.p or 0.0) < P_HEAD:
            continue
        below = lines[i + 1]
        if below.tag is not None or below.blank_before and not ln.blank_before or not _prose(below):
            continue
        k = i - 1
        while k > 0 and lines[k].tag in _SKIPPED:
            k -= 1
        above = lines[k]
        if above.tag is not None or not (is_quote(above.text) or _sentence(above.text)):
            continue
        ln.tag, ln.rule, ln.label = None, RULE, False


def _prose(ln: TaggedLine) -> bool:
    return words(ln.text) >= MIN_PROSE_WORDS and ln.text[-1] in ".!?" and (ln.p or 0.0) >= P_PROSE


def _sentence(text: str) -> bool:
    return closes_sentence(text, 6)
