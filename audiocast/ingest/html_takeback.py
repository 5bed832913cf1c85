"""The article's running prose that a cut lost, taken back: the text goes on in the same container after a line that
looked like its end.

Several rules end an HTML article at a line: a heading naming comments or related items ("Kommentarer från
politiken"), a subheading worded like a box of more items ("Fler jobb i inlandet"), a press release's "Om <sender>" over
its presentation, a boilerplate line whose rule stops the text. On a
new site such a line can stand in the middle of the article, and everything under it is lost, silently: the listener
hears an article cut off in the middle. Whatever rule made the cut, the cut is taken back when what follows is plainly
more of the same article, by signals that hold on any page:

- containment: the lines after the cut stand in the same element as the article's last paragraph kept (siblings of
  it; a comment thread, an author box, a related list or a newsletter box is its own element, with its own records);
- prose shape: among them is running prose (sentences of fifteen words or more, :func:`html_ends.running`) beyond the
  first paragraph after the cut (a sender's presentation is one paragraph, then contacts), and no run of short
  record lines (a commenter's name, a date, "Svara") stands between them;
- shared words: that prose shares content words with the kept article.

What comes back is read as the rest was (headings, paragraphs, quotes), up to the first line outside the container.
"""

from __future__ import annotations

import re

from lxml import etree

from ..models import Block, BlockKind
from .boilerplate import BoilerplateRule, first_match
from .html_ends import running
from .structured import element_text

MORE_LABELS = frozenset({"more-items"})
"""The rules whose heading may still be the article's own subheading: "Fler jobb i inlandet", "Fler elever i
klasserna" say what the next paragraphs are about as well as a teaser box's "Fler nyheter" does; the signals below
(the same container, running prose sharing the article's words, no linked titles) tell them apart. "Relaterat", "Om
skribenten" and the stop rules stay a certain end."""
SHARED_WORDS = 2
"""The prose taken back shares at least this many content words (their first five letters) with the kept article."""
RECORD_LINES = 2
"""This many short lines (no sentence, not a heading) among the lines after the cut make them records, not the text."""
_WORD = re.compile(r"\w{5,}")
_NONWORD = re.compile(r"\W+")
_TEXT_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "div", "section")


def _squash(text: str) -> str:
    return _NONWORD.sub("", text).lower()  # a quote's dash set as quotation marks matches


def _elements(root: etree._Element) -> dict[str, etree._Element]:
    """The innermost text element of each squashed text (the first one in reading order)."""
    found: dict[str, etree._Element] = {}
    for el in root.iter(*_TEXT_TAGS):
        key = _squash(element_text(el))
        if key and key not in found:
            found[key] = el
        elif key in found and found[key] in el.iterancestors():
            found[key] = el
    return found


def _content_words(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(text)}  # a stem: 'beslutet' shares 'beslutade'


def _continuation(pairs: list[tuple[str, str]], start: int, parent: etree._Element,
                  where: dict[str, etree._Element]) -> list[tuple[str, str]]:
    """The pairs from ``start`` on whose elements are children of ``parent``, up to the first one that is not."""
    rest: list[tuple[str, str]] = []
    for kind, text in pairs[start:]:
        el = where.get(_squash(text))
        if kind not in {"p", "head", "quote"} or el is None or el.getparent() is not parent:
            break
        rest.append((kind, text))
    return rest


def _is_article_prose(rest: list[tuple[str, str]], kept_words: set[str]) -> bool:
    body = [t for k, t in rest if k != "head"]
    records = sum(1 for t in body if not running(t) and len(t.split()) < 8 and t.rstrip()[-1:] not in ".!?…")
    later = [t for t in body[1:] if running(t)]
    shared = set().union(*(_content_words(t) for t in body)) & kept_words
    return records < RECORD_LINES and bool(later) and len(shared) >= SHARED_WORDS


def _furniture(rest: list[tuple[str, str]], where: dict[str, etree._Element]) -> bool:
    """Whether the lines after the cut are boxes, not the text: the cut line's shape repeated over another box ("Om
    <Name>" again, a second presentation), or a title set as a link (a teaser's card)."""
    opening = rest[0][1].split()[0].lower()
    if any(k == "head" and t.split()[0].lower() == opening for k, t in rest[1:]):
        return True
    for _, text in rest:
        el = where[_squash(text)]
        linked = "".join("".join(a.itertext()) for a in el.iter("a"))
        if len(_squash(linked)) >= 0.5 * len(_squash(text)):
            return True
    return False


def take_back(blocks: list[Block], pairs: list[tuple[str, str]], root: etree._Element,
              rules: tuple[BoilerplateRule, ...]) -> list[Block]:
    """The blocks, with the article's continuation after a cut appended (see the module); unchanged otherwise."""
    kept = {_squash(b.text) for b in blocks if b.kind in {BlockKind.PARAGRAPH, BlockKind.QUOTE}}
    last = max((i for i, (k, t) in enumerate(pairs) if k in {"p", "quote"} and _squash(t) in kept), default=None)
    if last is None or last + 1 >= len(pairs):
        return blocks
    where = _elements(root)
    anchor = where.get(_squash(pairs[last][1]))
    parent = anchor.getparent() if anchor is not None else None
    if parent is None:
        return blocks
    tail = [(k, t) for k, t in pairs[last + 1:]]
    hit = first_match(rules, tail[0][1])
    if hit is not None and not (tail[0][0] == "head" and hit[0].name in MORE_LABELS):
        return blocks  # a line a rule names whole ("Relaterat", "Om skribenten"): a certain end
    rest = _continuation(tail, 0, parent, where)
    if not rest or all(_squash(t) in kept for _, t in rest) or _furniture(rest, where):
        return blocks
    kept_words = set().union(*(_content_words(b.text) for b in blocks))
    if not _is_article_prose(rest, kept_words):
        return blocks
    while rest and rest[-1][0] == "head":
        rest.pop()
    kinds = {"p": BlockKind.PARAGRAPH, "head": BlockKind.HEADING, "quote": BlockKind.QUOTE}
    opened = hit is not None  # the subheading worded like a box of more items is read with its section
    back = [Block(kinds[k], t) for n, (k, t) in enumerate(rest)
            if _squash(t) not in kept and (first_match(rules, t) is None or (opened and n == 0))]
    return [*blocks, *back]
