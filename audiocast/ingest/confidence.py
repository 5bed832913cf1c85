"""How sure the extractor is of an article, and why not more.

The confidence starts at 1 and loses, for each reason for doubt:

- ``headline uncertain``: the headline won by less than :data:`HEADLINE_MARGIN`
  points of evidence over another line, or it is a line of one or two words, or it shares no word with the
  article's text (:func:`shares_word`, session 22), or the learned ranker
  (:mod:`audiocast.ingest.headrank`) and the rules disagree strongly (the other's pick is named);
- ``unknown template``: fewer than two other pages of the site have been read,
  so what the site repeats is not known (a text dump without a site profile);
- ``short lines kept``: three or more short lines without sentence punctuation
  kept as paragraphs in the body (menus and labels look like that; list items
  and fact boxes are not counted);
- ``classifier doubts``: the line classifier's mean probability of the kept
  lines is below :data:`MODEL_MEAN` (only when the model is there);
- ``more prose left out than kept``: the page's running prose (lines of eight words or more ending a sentence)
  that was left out outweighs, in words, all the body that was kept: the article may have been missed, or a
  short notice stands beside long prose that is not the article (a comment thread, other posts). On the 966
  annotated dev dumps it is said of 21 pages, all of them short notices rightly read; it matters most when the
  extractor read the wrong block, which loses the whole article silently.

An HTML page's article doubts its headline only (:func:`assess_page`).
An article below :data:`LOW` is flagged by ``audiocast extract`` in one line
(:func:`flag_line`). Not here: the signals themselves (:mod:`audiocast.ingest.headline`,
:mod:`audiocast.ingest.sites`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Article, Block, BlockKind

if TYPE_CHECKING:  # the types only; headline does not import this module
    from .headline import Candidate, Choice

HEADLINE_MARGIN = 1.5
MODEL_MEAN = 0.2
"""Calibrated on the golden set: its correct extractions keep lines of mean probability 0.24 and up
(fact boxes and short quotes are what the classifier doubts most)."""
LOW = 0.6
PENALTY = {"headline": 0.35, "template": 0.15, "short": 0.1, "model": 0.2, "thin": 0.3}
PROSE_WORDS = 8
"""A line of at least this many words that ends a sentence is running prose."""
_SENTENCE_END = ".!?…:;\"”»)"
_WORD = re.compile(r"\w+", re.UNICODE)


def _short_paragraphs(blocks: Sequence[Block]) -> int:
    return sum(
        1 for b in blocks
        if b.kind is BlockKind.PARAGRAPH and len(b.text.split()) <= 4 and b.text[-1:] not in _SENTENCE_END
    )


def prose_words(lines: Sequence[str]) -> int:
    """The words of the running prose among ``lines``: lines of :data:`PROSE_WORDS` words or more ending a sentence."""
    return sum(
        len(words) for line in lines
        if len(words := _WORD.findall(line)) >= PROSE_WORDS and line.rstrip()[-1:] in ".!?…\"”»"
    )


def assess(
    choice: Choice, candidates: Sequence[Candidate] | None, known_template: bool,
    blocks: Sequence[Block], probabilities: Sequence[float | None], left_out: Sequence[str] = (), lead: str = "",
) -> tuple[float, tuple[str, ...]]:
    """The confidence (0..1) and the reasons for doubt. ``candidates`` is None when the editor set the headline;
    ``left_out`` is the page's lines that are neither the headline, nor the ``lead``, nor kept in the body."""
    doubts: list[str] = []
    penalty = 0.0
    if candidates is not None:
        if choice.rival is not None:  # the learned ranker and the rules disagree strongly (headrank.decide)
            doubts.append(f"headline uncertain (the learned ranker prefers {choice.rival!r})")
            penalty += PENALTY["headline"]
        elif choice.margin < HEADLINE_MARGIN:
            runner = max((c for c in choice.scores if c[0] != choice.text), key=lambda c: c[1], default=None)
            other = f" (or {runner[0]!r})" if runner else ""
            doubts.append(f"headline uncertain{other}")
            penalty += PENALTY["headline"]
        elif len(choice.text.split()) <= 2:
            doubts.append("headline uncertain (one or two words)")
            penalty += PENALTY["headline"]
        elif not shares_word(choice.text, [lead, *(b.text for b in blocks)]):
            doubts.append("headline uncertain (it shares no word with the text)")
            penalty += PENALTY["headline"]
    if not known_template:
        doubts.append("unknown template (fewer than two other pages of the site read)")
        penalty += PENALTY["template"]
    short = _short_paragraphs(blocks)
    if short >= 3:
        doubts.append(f"{short} short lines kept near the body")
        penalty += PENALTY["short"] * min(3, short - 2)
    known = [p for p in probabilities if p is not None]
    if known and sum(known) / len(known) < MODEL_MEAN:
        doubts.append(f"classifier doubts the kept lines (mean {sum(known) / len(known):.2f})")
        penalty += PENALTY["model"]
    kept = len(_WORD.findall(" ".join([lead, *(b.text for b in blocks), *(i for b in blocks for i in b.items)])))
    outside = prose_words(left_out)
    if outside > kept:
        doubts.append(f"more prose left out than kept ({outside} words of running prose left out, {kept} kept)")
        penalty += PENALTY["thin"]
    return round(max(0.0, 1.0 - penalty), 2), tuple(doubts)


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
STEM = 5
"""Words are compared by their first five letters (an inflection or a compound's head: "simhallen", "simhall")."""


def shares_word(title: str, texts: Sequence[str]) -> bool:
    """Whether the headline shares a word of four letters or more (by its first :data:`STEM` letters) with the
    article's text, or has no such word. An article's headline names what its text is about; a line that shares
    nothing with it is the page's: a section's name ("Barn och unga"), a site's button ("Fråga mig något"), a
    widget's value. Measured (session 22) over the golden and opened dumps: of 1,769 headlines chosen right, 22 share
    no word with their text (short, figurative headlines: "Vårens stora dag"); of 15 chosen wrong, 4 (and 3 of them
    carried no other doubt). A doubt for the editor, never a choice."""
    words = {w.lower()[:STEM] for w in _CONTENT_WORD.findall(title)}
    if not words:
        return True
    text = {w.lower()[:STEM] for t in texts for w in _CONTENT_WORD.findall(t)}
    return bool(words & text)


def _agree(a: str, b: str) -> bool:
    """Whether two headlines are the same one (most words of the shorter in the longer)."""
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    small = min(wa, wb, key=len)
    return bool(small) and len(wa & wb) >= 0.6 * len(small)


def assess_page(title: str, stated: str | None, has_h1: bool) -> tuple[float, tuple[str, ...]]:
    """The confidence of an HTML page's article: its headline is certain when the page's <h1> and its
    own statement (JSON-LD headline, Open Graph title) agree, uncertain when they disagree or the page
    has neither. The body's boilerplate on HTML is the structure's and trafilatura's job (no doubt here)."""
    if stated and has_h1 and not _agree(title, stated):
        return 1.0 - PENALTY["headline"], (f"headline uncertain (the page's metadata says {stated!r})",)
    if not stated and not has_h1:
        return 1.0 - PENALTY["headline"], ("headline uncertain (no <h1> and no headline in the metadata)",)
    return 1.0, ()


def flag_line(article: Article) -> str | None:
    """One line for ``audiocast extract`` when the article's confidence is low, else None."""
    if article.confidence >= LOW:
        return None
    return f"low confidence ({article.confidence:.2f}): {'; '.join(article.doubts)} - check with an editor"
