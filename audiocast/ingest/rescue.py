"""A lost article: the page read again when the article chosen is thin beside a run of running prose left out.

The reader chooses the headline first and takes the body from under it. When that choice goes wrong - a site's call
("Skicka in din bild") under a closing date line taken for the headline, so that the article above it is dropped as
furniture over the head; a row of counters in the head taken for the comment section's start, so that the article
ends before it begins - the whole article is lost, silently but for a doubt ("more prose left out than kept").

This is the safety net for any such misreading, whatever its cause: when the page holds a run of running prose (lines
of a sentence, quotes; two paragraphs or more) that was left out and that outweighs the prose kept
(:data:`OUTWEIGH`), the page is read again in two windows, each the page with the misleading part cut away:

- the page down to the run's end (the head is looked for above the run: what stands under the article, a closing
  date line and a site's call, can no more take the head);
- the page with the lines between the chosen head and the run cut out (what stood between them, a counter row or a
  box, can no more end the article before the run).

A reading is taken only when it keeps most of the run (:data:`COVER`) and more of the page's prose than the first
one; the article then says it was read again (:data:`RESCUED`). A short notice beside a comment thread or the site's
other posts keeps its reading: a comment or an excerpt of one paragraph is no run, the second window never cuts under
a paragraph the first reading kept nor under a heading of the run's own, and in the first window the thread's records
are still told by their shape. On the dev dumps (extract10-47, 905 pages) it fires once, on the page that lost its
article. Not here: the parse itself (:mod:`audiocast.ingest.text`), the doubt (:mod:`audiocast.ingest.confidence`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import IngestError
from .dates import parse_date
from .furniture import TaggedLine
from .lineshape import is_quote, is_title_like

if TYPE_CHECKING:
    from ..models import Article
    from .hints import Explained

Reading = tuple["Explained", Sequence[TaggedLine], int]
"""One reading of a page: the article explained, the page's tagged lines, the index of the headline's line (-1)."""

RUN_WORDS = 40
"""A lost run has at least this many words of running prose."""
RUN_PARAGRAPHS = 2
"""... in at least this many lines: one paragraph alone is a record's (a comment, a teaser's excerpt), and a notice
of one paragraph is read as it stands."""
OUTWEIGH = 1.5
"""A run outweighs the kept body when its words are at least this many times the kept words."""
COVER = 0.8
"""A new reading is taken when it keeps at least this share of the run's words."""
P_PROSE = 0.5
"""With the classifier, a run's lines score at least this on the mean (an article's paragraphs score 0.9 and more;
what a window keeps is what decides)."""
GAP = 1
"""A run goes on over at most this many short lines between its paragraphs (a subheading, a caption)."""
RESCUED = "article read again from running prose the first reading left out"
"""The doubt an article read again carries (an editor may check the head)."""
PENALTY = 0.15
"""The confidence an article read again loses."""
PARAGRAPH_WORDS = 15
"""The glued window starts at the run's first paragraph of at least this many words: a box's sentence over its button
("Alla fröpåsar till halva priset hela mars ut.", "Till butiken") may open the run."""
SHORT_WORDS = 6
"""A byline or a kicker over a heading has at most this many words."""
HEADING_WORDS = 4
"""A heading of the run's own has at least this many words (a counter or a button has fewer)."""
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = ".!?…\"”»"


@dataclass(frozen=True)
class Run:
    """Lines ``start``..``end`` (inclusive) of the page, left out, with ``words`` words of running prose in
    ``paragraphs`` lines."""

    start: int
    end: int
    words: int
    paragraphs: int


def _prose(text: str) -> int:
    """The words of a line of running prose (8 words or more ending a sentence, or a quote of 6), else 0."""
    n = len(_WORD.findall(text))
    if (n >= 8 and text.rstrip()[-1:] in _SENTENCE_END) or (n >= 6 and is_quote(text)):
        return n
    return 0


def lost_run(lines: Sequence[TaggedLine], said: set[str], kept_words: int) -> Run | None:
    """The longest run of running prose left out (not in ``said``), when it outweighs the ``kept_words``."""
    best: Run | None = None
    i = 0
    while i < len(lines):
        if lines[i].text in said or not _prose(lines[i].text):
            i += 1
            continue
        start = end = i
        words = paragraphs = gap = 0
        k = i
        while k < len(lines) and lines[k].text not in said:
            n = _prose(lines[k].text)
            if n:
                words, paragraphs, end, gap = words + n, paragraphs + 1, k, 0
            else:
                gap += 1
                if gap > GAP:
                    break
            k += 1
        run = Run(start, end, words, paragraphs)
        if best is None or run.words > best.words:
            best = run
        i = end + 1
    if best is None or best.words < max(RUN_WORDS, OUTWEIGH * kept_words) or best.paragraphs < RUN_PARAGRAPHS:
        return None
    probs = [p for ln in lines[best.start:best.end + 1] if (p := getattr(ln, "p", None)) is not None]
    if probs and sum(probs) / len(probs) < P_PROSE:
        return None
    return best


def page_text(lines: Sequence[TaggedLine]) -> str:
    """The page again from its lines (a blank line where one stood)."""
    return "\n".join(("\n" if ln.blank_before and k else "") + ln.text for k, ln in enumerate(lines)) + "\n"


_HEAD_META = frozenset({"date", "byline", "published", "updated"})
_DROPPED = frozenset({"drop", "caption", "link", "menu"})


def windows(lines: Sequence[TaggedLine], run: Run, head: int | None, said: set[str]) -> list[str]:
    """The page read again: down to the run's end; and with the lines between the chosen head (index ``head``)
    and the run cut out but for the head's date line and byline and the prose left out, when the head stands above
    the run and the first reading kept no running prose between them (what stands between ended the text before it
    began; under a paragraph kept it may be a comment's or a post's record head, which is no place to cut)."""
    out = [page_text(lines[:run.end + 1])]
    if head is not None and head < run.start and not _headed(lines[head + 1:run.start]) and not any(
            _prose(ln.text) and ln.text in said for ln in lines[head + 1:run.start]):
        between = [ln for ln in lines[head + 1:run.start]
                   if ln.tag in _HEAD_META or parse_date(ln.text) or _prose(ln.text)]
        out.append(page_text([*lines[:head + 1], *between, *lines[run.start:]]))
    elif head is not None and head < run.start:
        out.extend(_past_kept(lines, run, head, said))
    return out


def _past_kept(lines: Sequence[TaggedLine], run: Run, head: int, said: set[str]) -> list[str]:
    """The windows when the first reading kept prose under its head and then ended (a sidebar or another item's
    list stood between its lead and the run). With a heading of the run's own over it, the run is an item of its
    own: the page without the first reading's article (its head and what it said), so the run's head can be found.
    Without one, the run goes on the article: the page with what stood between the last line said and the run's first
    paragraph cut out, unless a date stands there (a comment's or a post's record head, which is no place to glue)."""
    last = max((k for k in range(head, run.start) if lines[k].text in said), default=head)  # (a head said as cut)
    between = lines[last + 1:run.start]
    if _headed(between):
        heading = top = last + 1 + max(k for k, ln in enumerate(between) if ln.tag not in _DROPPED)
        while top - 1 > last and _over_head(lines[top - 1]):
            top -= 1
        dated = [ln for ln in lines[top:heading] if ln.tag in _HEAD_META or parse_date(ln.text) is not None]
        return [page_text([*dated, *lines[heading:]])]
    if any(parse_date(ln.text) for ln in between):
        return []
    start = next((k for k in range(run.start, run.end + 1) if _prose(lines[k].text) >= PARAGRAPH_WORDS), run.start)
    return [page_text([*lines[:last + 1], *lines[start:]])]


def _over_head(ln: TaggedLine) -> bool:
    """A line of a head's own above its heading: a date line, a byline, a short line that ends no sentence."""
    return ln.tag in _HEAD_META or parse_date(ln.text) is not None or (
        ln.tag != "stop" and len(_WORD.findall(ln.text)) <= SHORT_WORDS and ln.text.rstrip()[-1:] not in _SENTENCE_END)


def _headed(between: Sequence[TaggedLine]) -> bool:
    """Whether the run has a heading of its own over it: the last line above it that no rule dropped (a clip's
    link, a byline's reading time between are passed over; a counter, a button or the comments' label is no
    heading)."""
    last = next((ln for ln in reversed(between) if ln.tag not in _DROPPED), None)
    return last is not None and own_heading(last)


def own_heading(ln: TaggedLine) -> bool:
    """A heading of the run's own right over it (a teaser's or another post's title, :data:`HEADING_WORDS` words or
    more; no date line, byline or line with a date): then the run is another item, and the head above is not its
    head."""
    return ln.tag not in _HEAD_META and is_title_like(ln.text) and len(_WORD.findall(ln.text)) >= HEADING_WORDS and (
        parse_date(ln.text) is None)


def covered(run_lines: Sequence[str], said: str) -> float:
    """The share of the run's words in lines the new reading says."""
    total = sum(_prose(t) for t in run_lines)
    return sum(_prose(t) for t in run_lines if t in said) / total if total else 0.0


def _said(article: Article) -> set[str]:
    return {article.title, article.lead or ""} | {b.text for b in article.blocks} | {
        i for b in article.blocks for i in b.items}


def _kept_words(article: Article) -> int:
    """The words of running prose the article keeps (lead, paragraphs, quotes, items)."""
    return sum(_prose(t) for t in _said(article) - {article.title})


def reread(first: Reading, read: Callable[[str], Reading]) -> Explained | None:
    """The article read again in a window of the page (:func:`windows`), when the first reading lost it: the
    reading that keeps most of the lost run, or None (the first reading stands)."""
    explained, lines, head = first
    kept, said = _kept_words(explained.article), _said(explained.article)
    run = lost_run(lines, said, kept)
    if run is None:
        return None
    run_lines = [ln.text for ln in lines[run.start:run.end + 1]]
    best: tuple[float, int, Explained] | None = None
    for text in windows(lines, run, head if head >= 0 else None, said):
        try:
            again = read(text)[0]
        except IngestError:
            continue  # a window without an article
        share, words = covered(run_lines, "\n".join(_said(again.article))), _kept_words(again.article)
        if share >= COVER and words > kept and (best is None or (share, words) > best[:2]):
            best = (share, words, again)
    return None if best is None else _doubted(best[2], RESCUED)


def _doubted(explained: Explained, doubt: str) -> Explained:
    """The reading taken again, with its doubt said and :data:`PENALTY` off its confidence."""
    article = explained.article
    article.doubts = (*article.doubts, doubt)
    article.confidence = round(max(0.0, article.confidence - PENALTY), 2)
    return explained


NO_HEADLINE = "no headline found; put the headline on its own line above the text"
"""The reason a page with no headline candidate gives (read again by :func:`headless`)."""


def read_page(text: str, read: Callable[[str], Reading], title_given: bool) -> Explained:
    """The page's reading: the first, or the page read again when the first found no headline (:func:`headless`) or
    lost its article (:func:`reread`); an editor's headline (``title_given``) is never second-guessed."""
    try:
        first = read(text)
    except IngestError as err:
        found = None if err.reason != NO_HEADLINE or title_given else headless(text, read)
        if found is None:
            raise
        return found
    window = None if title_given else reread(first, read)
    return first[0] if window is None else window


HEAD_LINES = 6
"""A head (headline, kicker, byline, date lines) stands at most this many lines over its first paragraph."""
HEADLESS = "headline found only when the page was read again from its first run of running prose"
"""The doubt an article carries when the first reading found no headline at all (:func:`headless`)."""


def headless(text: str, read: Callable[[str], Reading]) -> Explained | None:
    """Session 44 (extract230): the page's first reading found no headline at all (a live-score page whose match
    ticker took its head and lead with it), and the article was lost whole, a clear line but nothing read. When the
    page holds a run of running prose (:data:`RUN_WORDS` words in :data:`RUN_PARAGRAPHS` paragraphs or more), the page
    is read again from a few lines over the run's first paragraph (one to :data:`HEAD_LINES`): whatever stood above,
    the head is looked for there. The reading that keeps most of the run's prose wins (at least :data:`COVER` of it),
    then the surest; it carries the doubt :data:`HEADLESS`. None when there is no run or no window reads."""
    raw = text.splitlines()
    start, run_lines = _first_run(raw)
    if start is None:
        return None
    best: tuple[float, float, int, Explained] | None = None
    for k in range(1, HEAD_LINES + 1):
        if start - k < 0:
            break
        try:
            again = read("\n".join(raw[start - k:]) + "\n")[0]
        except IngestError:
            continue
        share = covered(run_lines, "\n".join(_said(again.article)))
        if share >= COVER and (best is None or (share, again.article.confidence) > best[:2]):
            best = (share, again.article.confidence, k, again)
    return None if best is None else _doubted(best[3], HEADLESS)


def _first_run(raw: Sequence[str]) -> tuple[int | None, list[str]]:
    """The index of the first paragraph of the page's first run of running prose and the run's lines (blank lines
    and at most :data:`GAP` short lines between its paragraphs), or None when no run holds :data:`RUN_WORDS` words in
    :data:`RUN_PARAGRAPHS` paragraphs."""
    i = 0
    while i < len(raw):
        if not _prose(raw[i]):
            i += 1
            continue
        run, words, paragraphs, gap, k = [], 0, 0, 0, i
        while k < len(raw):
            if not raw[k].strip():
                k += 1
                continue
            n = _prose(raw[k])
            if n:
                run.append(raw[k])
                words, paragraphs, gap = words + n, paragraphs + 1, 0
            else:
                gap += 1
                if gap > GAP:
                    break
            k += 1
        if words >= RUN_WORDS and paragraphs >= RUN_PARAGRAPHS:
            return i, run
        i = k
    return None, []
