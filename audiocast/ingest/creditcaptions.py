"""A picture's caption of two sentences glued over its credit line between the article's paragraphs.

A news page writes a picture's caption and, right under it, the credit alone ("Foto: Anna Ek"). The credit goes by
the rule table (``photo-credit``), and a caption of one sentence or a few words over it goes with it
(``text._caption_title_tags``). A caption of two sentences ("Skolbussen vid hållplatsen i Näsviken. Från augusti går
färre turer på linje 612.") was read as a paragraph: it ends in a stop, has verbs, and most dumps have no blank lines
to set it apart. What holds on any site is its place, all of:

- right over a credit line with nothing but the credit (:func:`audiocast.ingest.credits.is_credit_only`), glued to it;
- the article's running prose glued right above it (the line right over it is a kept paragraph), or the lead with
  nothing between but the head's short lines the rules took (byline, date, share buttons: the top picture) and a
  player's counters (session 28, "1x"); a line
  right under a box the rules took inside the text ("Läs även: …") is the article going on, not a caption;
- the article's running prose going on under the credit: the nearest kept line within :data:`BELOW_WINDOW` lines, with
  only the head's short lines (byline, e-mail address, date lines, buttons) between: the picture stands inside the
  text, not at its end;
- its own form: a statement of at most :data:`CAPTION_WORDS` words ending in a stop (or a sentence and a clip's short
  title after it, session 28), no quote and no question.

Measured before the rule (session 22, lines read at main, every dump of the golden set and of the opened sets
extract58 … 79): a kept line glued over a credit-only line, 45 times in the annotated dumps, 17 boilerplate; with prose
above and below, 10 times, all boilerplate, in 8 set folders (golden rounds b34, b35, b40, b46, b47, b57; extract61,
extract79); over the golden dumps without a boilerplate annotation, once more on the article's paragraph right under a
"Läs även" teaser the rules took (b3). With the prose glued right above, or only the head's lines up to the lead (this
rule): 9 times in 9 boilerplate, in 8 set folders. Without prose both sides (the article's last lines over the site's
photo credit, a vox pop's answer over the next person's picture) the line is the article's 28 times in 35: never taken.

Risk: a paragraph of the article of at most two short sentences glued between two paragraphs right over a credit whose
picture has no caption is dropped; a site that sets the credit over its caption ("Foto: …" / caption) keeps it.
Rule ``caption-over-credit``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lineshape import closes_sentence, is_quote, words

if TYPE_CHECKING:  # furniture calls this pass from its caption rules
    from .furniture import TaggedLine

RULE = "caption-over-credit"
CAPTION_WORDS = 30
"""A caption over its credit is at most this many words (one or two sentences)."""
PROSE_WORDS = 10
"""A paragraph of running prose around the picture has at least this many words and ends a sentence."""
BELOW_WINDOW = 12
"""The article's prose goes on within this many lines under the credit (the head's byline, the writer's role or e-mail
address, the date lines, the share and listen buttons between: the top picture's caption under the lead)."""
META_WORDS = 6
"""A line the rules took between the credit and the prose under it is at most this many words (a byline, a date)."""
NAME_WORDS = 3
"""A kept writer's name between the credit and the prose under it (a live report's next entry) is this short."""
HEADING_WORDS = 8
"""... and the entry's heading under the name at most this long, without a stop."""


_ENTRY_CLOCK = re.compile(r"(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d")
"""A live report's entry stamped with its clock time alone on its line."""


def _prose(ln: TaggedLine) -> bool:
    return ln.tag is None and (is_quote(ln.text) or closes_sentence(ln.text, PROSE_WORDS))


def _caption_form(line: str) -> bool:
    """A statement of at most :data:`CAPTION_WORDS` words ending in a stop, or a sentence and a short title after it
    without one ("Frosten fick träden att knastra. Se bilderna från Tännäs i morse": a clip's caption; session 28)."""
    t = line.rstrip()
    if not t or words(t) > CAPTION_WORDS or is_quote(t) or "?" in t:
        return False
    return t[-1] == "." or (". " in t and t[-1].isalnum() and words(t.rsplit(". ", 1)[1]) <= TITLE_TAIL_WORDS)


TITLE_TAIL_WORDS = 8
"""A caption's short title after its sentence, without a stop, is at most this many words."""


def _head_chrome(ln: TaggedLine) -> bool:
    """A line of the head the rules took (a byline, a date, a button), or a player's label or counter none took yet
    ("Video", "1x", "0:00 / 6:41": one word, or two holding a digit, no sentence): what stands between the lead and
    its picture."""
    t = ln.text.strip()
    if ln.tag is not None:
        return words(t) <= META_WORDS
    return t[-1:] not in ".!?" and (words(t) <= 1 or (words(t) <= 2 and any(c.isdigit() for c in t)))


def _prose_above(lines: Sequence[TaggedLine], i: int, under_lead: bool) -> bool:
    if all(_head_chrome(ln) for ln in lines[:i]):
        return under_lead  # the top picture: only the head's byline, date and buttons between the lead and it
    return _prose(lines[i - 1])


def _prose_below(lines: Sequence[TaggedLine], credit: int) -> bool:
    from .records import is_name_shaped  # records imports furniture, which calls this pass

    entry = False
    for ln in lines[credit + 1:credit + 1 + BELOW_WINDOW]:
        if ln.tag is None and not entry and (words(ln.text) <= NAME_WORDS and is_name_shaped(ln.text.strip()) or (
                _ENTRY_CLOCK.fullmatch(ln.text.strip()))):
            entry = True  # a live report's next entry: its reporter's name (session 30) or its clock time (session 37,
            continue  # extract157: "19:52" / "MÅL! 2–1 Hyttbo" / its text) over its heading and text
        if ln.tag is None and entry and words(ln.text) <= HEADING_WORDS and ln.text.rstrip()[-1:] not in ".:":
            entry = False  # the entry's heading ("SLUT! Hyttbo BK är svenska mästare")
            continue
        if ln.tag is None:
            return _prose(ln)
        if words(ln.text) > META_WORDS:
            return False  # a box or a paragraph the rules took: the text does not go on under the picture
    return False


def credited_caption_tags(lines: Sequence[TaggedLine], under_lead: bool = False) -> None:
    """Drop a caption of one or two sentences glued over its credit-only line between the article's paragraphs
    (``lines`` are those under the lead; with ``under_lead`` the lead stands over the first of them)."""
    from .credits import is_credit_only  # credits imports furniture, which calls this pass

    for i in range(len(lines) - 1):
        ln, credit = lines[i], lines[i + 1]
        if ln.tag is not None or credit.tag is None or credit.blank_before or not is_credit_only(credit.text.strip()):
            continue
        if _caption_form(ln.text) and _prose_above(lines, i, under_lead) and _prose_below(lines, i + 1):
            ln.tag, ln.rule = "drop", RULE
