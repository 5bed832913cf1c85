"""The article's own list of records, each closed by the same button: a library's summer tips (a title, a blurb, who
tipped it, "Reservera"), a study association's courses ("Boka plats"), a live report's posts ("Dela inlägg").

The button is the page's chrome, repeated on every record; the records are the article's. Passes that judge a box by
its shape took such records for calls to action (a heading, a sentence, a button) or for the page's boxes below the
article's end, and left the button read when it was no phrase of the rules. The list is told on any site by its
structure:

- a short line (at most :data:`BUTTON_WORDS` words, no sentence's end, no digit) repeated identically
  :data:`MIN_RECORDS` times or more above the page's tail, each time the LAST line of its record: the line under it
  opens the next record (a blank line before it, a line the rules took such as a post's clock time, or the end);
- every record holds a sentence (:data:`SENTENCE_WORDS` words or more, a sentence's end) or a quote.

When the repeated line is a button by its shape (a button's verb, an imperative in -a, or a line a rule took already),
its lines go (rule ``record-button``); a repeated fact ("Fri entré") stays with its records. When the first record opens right under the article's text (the lead
or a kept line above it, no label between) and the button does not lead to another page ("Läs mer"), the records'
lines that box passes took by their place or shape (:data:`PLACE_RULES`) are the article's again, and so is a
paragraph right under the last record that such a pass took: the list's closing words ("Alla böcker finns att låna
…"). A repeated label that opens its record (an FAQ's "Svar" over the answer) has the record's text under it and is
no button. In a dump without blank lines, where no record's end shows, a line shaped as a button repeated so, each
time right under its record's sentence or one line below it, goes alone (session 43, extract211: a library's
"Reservera" under each book's blurb, a format's line "Finns även som ljudbok" under some of them).

Records without any sentence, each closed by the same button, below the article's running prose are a widget of the
page's (a ticket seller's dates and venues, "Få kvar", "Köp"; a club's next matches): all of them go (rule
``record-widget``), with their heading and the first record glued right under the article's last paragraph
(:func:`_widget_tags`).

A live report's posts are records too, each opened by its time stamp (a bare clock time, or a name and a time:
"11:48", "Anna Berg · 14 juni 15.10", a sentence under it within two lines): with :data:`MIN_RECORDS` stamps or more
above the page's tail, the first post kept as the article's (:data:`KEPT_POSTS`), the later posts are the
article's as those are, however short and doubted their text ("Första start har gått i Berga by."): their sentences
that a pass took by their place go back (:func:`stamped_post_tags`); the last post at most as many lines as the
longest post above; a post's heading ("Träd över vägen") goes back with it. A reporter's name right under or over
each stamp, the same names coming back, is the posts' byline and goes (rule ``post-byline``), and so does the feed's
label right over its sort buttons above the first stamp ("Senaste uppdateringarna" over "Nyast först"). A list of the site's news
with clock times, none of it kept, stays out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from .actionbox import is_button
from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import is_quote, is_title_like, words
from .records import is_name_shaped

RULE = "record-button"
WIDGET_RULE = "record-widget"
BUTTON_WORDS = 4
"""A record's button is at most this many words ("Reservera", "Dela inlägg", "Boka plats")."""
MIN_RECORDS = 3
"""A list of records has at least this many, each closed by the same button."""
SENTENCE_WORDS = 5
"""A record's text holds a sentence of at least this many words."""
PLACE_RULES = frozenset({"cta", "pitch", "action-box", "after-end", "tail", "tail-box", "glued-box", "model", "orphan"})
"""Rules of the passes that judge a box by its place or shape; a phrase rule's line (a credit, a share row) stays out."""
_ELSEWHERE = re.compile(r"(?i)(?:läs|visa|se|gå till)\s+(?:mer|hela|artikeln|inlägget|nyheten)\b")
"""A button leading to another page: the records are teasers of other pages, not the article's list."""
_SENTENCE_END = ".!?…\"”»"


def _short(text: str) -> bool:
    return words(text) <= BUTTON_WORDS and text[-1] not in _SENTENCE_END + ":," and not any(c.isdigit() for c in text)


def _sentence(ln: TaggedLine) -> bool:
    return is_quote(ln.text) or (words(ln.text) >= SENTENCE_WORDS and ln.text[-1] in _SENTENCE_END)


def _closes_record(lines: Sequence[TaggedLine], k: int) -> bool:
    """The line at ``k`` ends its record: not set apart above, and the next record (or the end) under it."""
    if lines[k].blank_before:
        return False
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    return nxt is None or nxt.blank_before or nxt.tag is not None


def _records(lines: Sequence[TaggedLine], at: Sequence[int]) -> list[tuple[int, int]]:
    """The records closed by the lines at ``at``: the first one from its box's start (a blank line) or as long as the
    second, the others between two buttons."""
    size = at[1] - at[0] - 1
    start = max(0, at[0] - size)
    start = max((k for k in range(start, at[0]) if lines[k].blank_before), default=start)
    spans = [(start, at[0])]
    spans += [(a + 1, b) for a, b in zip(at, at[1:], strict=False)]
    return spans


def record_list_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the button repeated on every record of the article's list and keep its records (see the module
    docstring)."""
    cut = page_tail(lines)
    seen: dict[str, list[int]] = defaultdict(list)
    for k in range(cut):
        if _short(lines[k].text):
            seen[lines[k].text].append(k)
    for text, at in seen.items():
        if len(at) < MIN_RECORDS:
            continue
        if not all(_closes_record(lines, k) for k in at):
            if all(is_button(lines[k]) and any(_sentence(x) for x in lines[max(0, k - 2):k]) for k in at):
                for k in at:  # a dump without blank lines: the button glued under each record's blurb
                    lines[k].tag, lines[k].rule = "drop", RULE
            continue
        spans = _records(lines, at)
        if not any(_sentence(x) for a, b in spans for x in lines[a:b]):
            if all(is_button(lines[k]) for k in at):
                _widget_tags(lines, at, spans)
            continue
        if not all(any(_sentence(x) for x in lines[a:b]) for a, b in spans):
            continue
        if all(is_button(lines[k]) for k in at):
            for k in at:
                lines[k].tag, lines[k].rule = "drop", RULE
        first = spans[0][0]
        if _ELSEWHERE.match(text) or (first > 0 and lines[first - 1].tag is not None):
            continue
        for a, b in spans:
            _keep(lines[a:b + 1])  # the closing line too, when it is a fact and no button
        _keep_closing(lines, at[-1] + 1, cut)


WIDGET_HEAD = 6
"""A widget's first record and its heading, glued under the article's last paragraph, are at most this many lines."""


def _widget_tags(lines: Sequence[TaggedLine], at: Sequence[int], spans: Sequence[tuple[int, int]]) -> None:
    """Records without a sentence, each closed by the same button, below the article's running prose: a widget of the
    page's (a ticket seller's dates, a club's next matches, a course's dates); all of it goes, and its heading and
    first record glued right under the article's last paragraph with it."""
    last = max((k for k in range(at[0]) if is_running_prose(lines[k])), default=None)
    if last is None:
        return
    first = spans[0][0]
    if at[0] - (last + 1) <= WIDGET_HEAD and not any(x.blank_before for x in lines[last + 2:at[0]]):
        first = last + 1
    for x in lines[first:at[-1] + 1]:
        if x.tag in (None, "menu", "date"):
            x.tag, x.rule = "drop", WIDGET_RULE


_STAMP = re.compile(r"(?:[^.!?]{0,40}[ ·|,–-]\s*)?(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d")
STAMP_WORDS = 8


def _stamp(text: str) -> bool:
    return words(text) <= STAMP_WORDS and bool(_STAMP.fullmatch(text))


LIVE_RULE = "live-furniture"
KEPT_POSTS = 1
"""The first post kept as the article's (and this many in all) makes the report's posts the article's."""
POST_WORDS = 2
"""A live post's text is a sentence of at least this many words ("Vallokalerna stänger nu.")."""


def _post_text(ln: TaggedLine) -> bool:
    return is_quote(ln.text) or (words(ln.text) >= POST_WORDS and ln.text[-1] in ".!?…")


def stamped_post_tags(lines: Sequence[TaggedLine]) -> None:
    """The later posts of a live report, under their time stamps, are the article's (see the module docstring)."""
    cut = page_tail(lines)
    at = [k for k in range(cut) if _stamp(lines[k].text) and any(
        _post_text(x) and (x.tag is None or x.rule in PLACE_RULES) for x in lines[k + 1:k + 3])]
    if len(at) < MIN_RECORDS:
        return
    _feed_label_tags(lines, at[0])
    spans = [(a + 1, b) for a, b in zip(at, at[1:], strict=False)]
    kept = [any(_sentence(x) and x.tag is None for x in lines[a:b]) for a, b in spans]
    if not kept[0] or sum(kept) < KEPT_POSTS:
        return
    longest = max(b - a for a, b in spans)
    spans.append((at[-1] + 1, min(cut, at[-1] + 1 + longest)))
    for a, b in spans:
        for k in range(a, b):
            x = lines[k]
            heading = is_title_like(x.text) and k + 1 < b and _post_text(lines[k + 1])
            if x.tag == "drop" and x.rule in PLACE_RULES and (_post_text(x) or heading):
                x.tag, x.rule = None, None
            elif x.tag is not None and not (k == a and _stamp(x.text)):
                break  # the post ends at the page's furniture
    _post_byline_tags(lines, at)


FEED_LABEL_WORDS = 4


def _feed_label_tags(lines: Sequence[TaggedLine], first: int) -> None:
    """The feed's label ("Senaste uppdateringarna") right over its sort or refresh buttons (the rules' live furniture:
    "Nyast först", "Äldst först") over the first post's stamp: a heading over no text of its own."""
    k = first - 1
    while k >= 0 and lines[k].rule == LIVE_RULE:
        k -= 1
    if k < 0 or k == first - 1:
        return
    label = lines[k]
    if label.tag is None and is_title_like(label.text) and words(label.text) <= FEED_LABEL_WORDS:
        label.tag, label.rule = "drop", "feed-label"


def _post_byline_tags(lines: Sequence[TaggedLine], at: Sequence[int]) -> None:
    """A reporter's name right under (or over) each post's time stamp ("Karin Ek"), the same names coming back: the
    posts' bylines, not their text. Post headings ("Färjan inställd") do not come back."""
    names = [k for a in at for k in (a + 1, a - 1) if 0 <= k < len(lines) and lines[k].tag is None and (
        is_name_shaped(lines[k].text)) and not _stamp(lines[k].text)]
    said = [lines[k].text for k in names]
    if len(names) >= MIN_RECORDS and len(set(said)) < len(said):
        for k in names:
            lines[k].tag, lines[k].rule = "drop", "post-byline"


def _keep(box: Sequence[TaggedLine]) -> None:
    for x in box:
        if x.tag == "drop" and x.rule in PLACE_RULES:
            x.tag, x.rule = None, None


def _keep_closing(lines: Sequence[TaggedLine], start: int, cut: int) -> None:
    """A paragraph right under the last record (its own box) that a pass took by its place: the list's closing words."""
    if start >= cut or not lines[start].blank_before:
        return
    end = next((k for k in range(start + 1, cut) if lines[k].blank_before), cut)
    box = lines[start:end]
    if len(box) <= 2 and all(x.tag == "drop" and x.rule in PLACE_RULES and _sentence(x) and x.text[-1] != "?"
                             for x in box):
        _keep(box)
