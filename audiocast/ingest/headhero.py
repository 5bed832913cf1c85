"""A hero box's or welcome box's paragraph over the article's dated head of a page dump, which is no lead.

Phenomenon: many sites (municipalities, associations, schools, clubs) set a box over every news page: a short title,
a paragraph that presents the site or a campaign, a button or a section label under it ("Vi söker fler familjehem" /
"Just nu behöver vi …" / "Gör en intresseanmälan"; "Välkommen till …" / "Vi är en ideell förening …" / "Nyheter").
The article's head comes right under it: its headline, the date line (and byline) under the headline, and the running
prose of the article under those. The box's paragraph is taken for the lead, and the real headline, standing below
that "lead", is never a candidate. The box's paragraph is on the article's subject (the site's own business), so the
test of :func:`audiocast.ingest.headnotices.notice_over_dated_head` (a notice names nothing the article tells) does
not hold; what tells it is the layout, the same on any site:

- nothing dates the page above the paragraph (no date line or byline over it);
- the paragraph stands alone: no running prose under it before the head, at most :data:`HERO_GAP` short lines (a
  button, a label) between it and the headline;
- the headline below is a dated head: a full headline (:data:`HEADLINE_WORDS` words or more, opened by a capital or a
  quote, no label, button or menu shape, no writer's name and role)
  with a date or publication line in the meta block right under it (the byline, an update line, a picture's caption
  and the head's buttons may stand in that block too);
- under that block, the article's running prose: at least :data:`BODY_PROSE` paragraphs among the next
  :data:`BODY_WINDOW` lines, more prose than the box holds.

The article's own head read in the usual order (headline, lead, date line, body) is not touched: its lead has a
dated head under it only when a teaser follows the lead, and then the lead's body (running prose) stands between.

Risk: an undated article of a single paragraph followed, with at most a button between, by a dated post of three
paragraphs or more, would lose its paragraph to that post; the single paragraph with nothing dating it is rare as a
whole article, and the rescue (:mod:`audiocast.ingest.rescue`) still weighs a lost run of prose.
"""

from __future__ import annotations

from collections.abc import Sequence

from .byline import person_role
from .furniture import TaggedLine
from .headbylines import writer_line
from .headlayout import PROSE_WORDS, headline_like, prose
from .headline import shape_of
from .headmeta import ANCHORS, head_furniture
from .lineshape import is_title_like, words

HERO_GAP = 3
"""At most this many short lines (a button, a label) between the box's paragraph and the headline ..."""
GAP_WORDS = 4
"""... each of at most this many words, or a button's shape."""
META_LINES = 4
"""The head's meta block under the headline (date line, byline, update line, caption) is at most this many lines."""
BODY_PROSE = 3
"""The article's running prose under its head: at least this many paragraphs ..."""
BODY_WINDOW = 5
"""... among this many lines under the meta block."""
_DATED = frozenset({"date", "published"})
HEADLINE_WORDS = 5
"""The headline of the dated head under the box has at least this many words (a writer's "Av Karin Wallin" or a
review's "Betyg: 4 av 5" between a standfirst and its date line is none)."""
_QUOTES = "”\"«»'’“"


def _dated_head(lines: Sequence[TaggedLine], k: int) -> int | None:
    """The index of the first line under the meta block when lines[k] is a dated head's headline (a date or
    publication line in the block of anchors, captions and head furniture right under it), else None."""
    j, dated, meta = k + 1, False, 0
    while j < len(lines) and meta < META_LINES:
        ln = lines[j]
        if ln.tag in ANCHORS:
            dated, meta = dated or ln.tag in _DATED, meta + 1
        elif ln.tag == "caption":
            meta += 1
        elif not head_furniture(ln):
            break
        j += 1
    return j if dated else None


def _paragraph(ln: TaggedLine) -> bool:
    """A paragraph of prose, untagged or already dropped by a rule of its words (a call box, a series' blurb)."""
    return (ln.tag is None or ln.tag == "drop") and words(ln.text) >= PROSE_WORDS and not is_title_like(ln.text)


def hero_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Tag the hero or welcome box over the article's dated head (module docstring): its paragraph, and the box's
    short lines under it (its button, a section's label), which are no headline over the head's standfirst, are tagged
    ``drop`` / ``hero-over-head``. Only paragraphs above the page's first date line or byline are looked at."""
    for i, ln in enumerate(lines):
        if ln.tag in ANCHORS:
            return
        if _paragraph(ln) and hero_over_dated_head(lines, i):
            return


def hero_over_dated_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i], a paragraph with no date line or byline above it, is a hero or welcome box's text over the
    article's dated head (module docstring); when it is, it and the box's short lines under it are tagged."""
    ln = lines[i]
    if not _paragraph(ln) or any(x.tag in ANCHORS for x in lines[:i]):
        return False
    gap = 0
    for k in range(i + 1, len(lines)):
        cand = lines[k]
        if head_furniture(cand):
            continue
        if cand.tag in ANCHORS or prose(cand):
            return False  # a date line or running text first: lines[i] is the head's own lead
        if cand.tag is None and _headline(cand.text):
            body = _dated_head(lines, k)
            if body is None:
                gap += 1  # the box's button ("Gör en intresseanmälan"): the head may come next
                if gap > HERO_GAP or not _short(cand):
                    return False
                continue
            after = [x for x in lines[body:body + BODY_WINDOW] if not head_furniture(x)]
            if sum(prose(x) for x in after) < BODY_PROSE:
                return False
            for x in (ln, *(x for x in lines[i + 1:k] if x.tag is None)):
                x.tag, x.rule = "drop", x.rule if x is ln and x.tag == "drop" else "hero-over-head"
            return True
        gap += 1
        if gap > HERO_GAP or not _short(cand):
            return False
    return False


def _headline(text: str) -> bool:
    """A full headline's form: headline-like, at least :data:`HEADLINE_WORDS` words, opened by a capital, a digit or a
    quote, and no writer's name and role (a byline's name or a role line over the date line is no headline), nor the
    writers' names listed over it (a live report's three reporters, session 27)."""
    first = text.lstrip()[:1]
    writers = writer_line(text)
    return (headline_like(text) and words(text) >= HEADLINE_WORDS and (first.isupper() or first.isdigit()
            or first in _QUOTES) and person_role(text) is None
            and not (writers is not None and writers[1]))  # the writers' names listed ("Jonas Ek, Lina Berg, …")


def _short(ln: TaggedLine) -> bool:
    """A box's button or a section's label between its paragraph and the head: a short line or a button's shape (a
    longer title there may be the article's own headline over a second title line)."""
    return words(ln.text) <= GAP_WORDS or shape_of(ln.text) == "button"
