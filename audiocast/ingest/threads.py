"""Comment threads and forum replies under an article: records of a head (the writer's name, a rank or a role, a time
stamp), the comment's text and its buttons (Gilla, Svara, Citera, Reply) with their counts ("14 reaktioner").

On any site a record is told by that structure, not by its words: walking back from a run of thread buttons, within
:data:`THREAD_SPAN` lines and no blank line between, to the record's time stamp (a time ago, "1 v", "2 days ago", or a
date with its clock, "2024-10-03, 22:31", "14 juli 2024 21:03"), then up over the short lines of its head (at most
:data:`HEAD_LINES`: the name, "• 2:a", "Medlem", "#2") to a blank line or a sentence. With a name-shaped line (or a
user name of one word, "tomatmaja") in the head and no line of the text longer than a comment's, the record goes,
with the counts right under its buttons. The article itself (a forum thread's opening post) has no time stamp between
its text and its buttons, so it stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import is_date_line
from .furniture import TaggedLine
from .lineshape import is_quote, words
from .records import EMBED_RULES, is_name_shaped

THREAD_SPAN = 16
HEAD_LINES = 4
HEAD_WORDS = 8
COMMENT_WORDS = 100
"""A line of a comment or a forum reply is at most this many words (a reply's paragraph runs to 60 and more)."""
_BUTTON = re.compile(r"(?i)(?:svara|reply|respond|citera|quote|anmäl|report|rapportera|gilla|like)")
_REPLY = re.compile(r"(?i)svara|reply|respond|citera|quote")
"""A comment's or a reply's own button: a record with one is a comment, not an embedded post."""
_AGO = re.compile(
    r"(?i)(?:för )?(?:\d+|en|ett|one|an?)\s*(?:s|sek|m|min|h|t|tim|d|v|w|y|mån|år|sekunder|minuter|timmar|timme|dagar|dag|"
    r"veckor|vecka|månader|månad|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\.?(?: sedan| ago)?(?: ·)?"
    r"(?: \(?(?:redigerad|edited)\)?)?|i ?går|yesterday|just now|nyss")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2},?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}")
_COUNT = re.compile(r"(?i)\d[\d  ]*\s*(?:reaktioner|reaktion|reactions?|likes?|gillar|gillningar|svar|replies|repl(?:y|ies)|"
                    r"kommentarer|comments?|claps?)?")


_CLOCK = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b")
_MONTH_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}")
"""A platform's English stamp of a comment's day without its year ("Mar 14", Substack's; session 27)."""
_HANDLE = re.compile(r"@?[\w.-]{3,30}")
"""A forum's user name, one word however cased ("tomatmaja", "odlar_olle"): a record's head names its poster so."""


def _stamp(ln: TaggedLine) -> bool:
    """A record's time stamp; an embedded post's own ("8:14 fm · 4 mars 2025", as X prints it, matched by the post
    chrome's rules) too, so that a record read back from the post's buttons ends at the post's stamp and never reaches
    up over the article's paragraphs to the article's own date line."""
    text = ln.text.strip()
    return bool(_AGO.fullmatch(text) or _STAMP.fullmatch(text) or (is_date_line(text) and _CLOCK.search(text))
                or (ln.rule in EMBED_RULES and _CLOCK.search(text)) or _MONTH_DAY.fullmatch(text))


def _button(ln: TaggedLine) -> bool:
    return bool(_BUTTON.fullmatch(ln.text.strip()))


def _record_start(lines: Sequence[TaggedLine], end: int) -> int | None:
    """The first line of the record whose buttons end at ``end`` (see the module docstring), or None."""
    for k in range(end - 1, max(-1, end - THREAD_SPAN - 1), -1):
        if lines[k + 1].blank_before:
            return None
        if _stamp(lines[k]):
            start = k
            while start > 0 and k - start < HEAD_LINES and not lines[start].blank_before:
                above = lines[start - 1].text
                if words(above) > HEAD_WORDS or above[-1] in ".!?":
                    break
                start -= 1
            head = [ln for ln in lines[start:k + 4] if ln is not lines[k]]
            return start if any(is_name_shaped(ln.text) or _HANDLE.fullmatch(ln.text) for ln in head) else None
    return None


def thread_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the records of a comment thread or a forum's replies (see the module docstring)."""
    for i, ln in enumerate(lines):
        if not _button(ln) or (i + 1 < len(lines) and _button(lines[i + 1]) and not lines[i + 1].blank_before):
            continue
        run = i
        while run > 0 and _button(lines[run - 1]) and not lines[run].blank_before:
            run -= 1
        if not any(_REPLY.fullmatch(x.text.strip()) for x in lines[run:i + 1]):
            continue  # a post's like button alone: an embedded post, which the article may quote
        start = _record_start(lines, run)
        if start is None:
            continue
        record = lines[start:i + 1]
        if any(x.tag is None and (words(x.text) > COMMENT_WORDS or is_quote(x.text)) for x in record):
            continue
        stop = i + 1
        while stop < len(lines) and not lines[stop].blank_before and _COUNT.fullmatch(lines[stop].text.strip()):
            stop += 1
        for x in lines[start:stop]:
            if x.tag != "stop" and x.tag != "footer":
                x.tag, x.rule = "drop", "comment"


TEASER_LINES = 6
"""A comment section's teaser holds at most this many lines besides its label and its links (a comment or two)."""
TEASER_WORDS = 40
"""A line of a teaser (a reader's comment, its attribution) is at most this many words."""
LABEL_WORDS = 4
"""A teaser's label ("Senaste kommentaren", "Läsarna tycker") is at most this many words."""
_TEASER_LINKS = frozenset({"comment-link", "comments", "comment-count"})
"""The rules (``data/boilerplate.tsv``) of a link to the comments ("Läs alla 14 kommentarer", "Skriv en kommentar")."""
_COMMENT_WORD = re.compile(r"(?i)kommentar|comment")
_DATED_NAME = re.compile(
    r"(?i)[–—-]?\s*(?-i:[A-ZÅÄÖÉ])[\w'’.-]*(?:\s+(?-i:[A-ZÅÄÖÉ])[\w'’.-]*){0,3},?\s+(?:\d{1,2}\s+[a-zåäö]{3,9}\.?"
    r"(?:\s+\d{4})?|\d{4}-\d\d-\d\d|(?:för )?\d+\s+\w+ sedan|i ?går|i dag|idag)(?:,?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d\d)?")
"""A comment's attribution: a name and when ("– Anna, 2 juni", "Göran S. för 2 timmar sedan")."""


def teaser_tags(lines: Sequence[TaggedLine]) -> None:
    """A comment section's teaser: a box (lines between blank lines) opened by a short title-like label and holding a
    link to the comments (rules :data:`_TEASER_LINKS`), its label naming the comments ("Senaste kommentaren") or its
    lines holding a comment's attribution (:data:`_DATED_NAME`), at most :data:`TEASER_LINES` other lines of at most
    :data:`TEASER_WORDS` words: a reader's comment shown above the link, quoted or not. All of it goes."""
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].blank_before:
            continue
        box, first = lines[start:end], start
        start = end
        label = box[0]
        if first == 0 or not label.blank_before or label.tag is not None or words(label.text) > LABEL_WORDS:
            continue
        if label.text[-1] in ".!?" or not any(ln.rule in _TEASER_LINKS for ln in box[1:]):
            continue
        kept = [ln for ln in box[1:] if ln.tag is None]
        if not (_COMMENT_WORD.search(label.text) or any(_DATED_NAME.fullmatch(ln.text) for ln in kept)):
            continue
        if len(kept) <= TEASER_LINES and all(words(ln.text) <= TEASER_WORDS for ln in kept):
            for ln in [label, *kept]:
                ln.tag, ln.rule = "drop", "comment-teaser"
