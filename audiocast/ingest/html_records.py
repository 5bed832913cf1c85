"""Records set after the article's text in its own container, with no class to tell them: the readers' comments and
the site's next post.

A small site's page (a blog theme, a hand-made page, a builder's text box) sets its comments as plain paragraphs under
the text, often after an ``<hr>`` and with no heading ("Lena Ek skrev 14 mars 2026:" over the comment), or the next
post as a title over its date and its text. trafilatura reads them with the article; on any site they are told by
their records:

- a comment thread: two records or more, each a writer's line (a name, a handle, with "skrev"/"säger"/"svarade" and a
  date, or a name over a date line) followed by the comment's prose, up to the end of the text: the thread goes from
  its first record;
- a next post: a title-shaped line (no sentence's end, not a date) over a date line carrying a year over prose, after
  three paragraphs of the article's running prose, the title shape occurring nowhere above in the text: the post goes
  from its title.

- a contact card closing the page: the last lines of the text, all short and none a sentence (:data:`CARD_LINES` at
  most, perhaps under a heading "Kontakt"), holding a person's line and a phone number or an e-mail address, or only
  opening hours and numbers (a side column's "Öppettider"): the card goes (annotators count a page's contact lines
  as its furniture);
- a shop's products under the text: the last lines, each a heading or a product's name ending in its price ("Rysk
  salvia ’Blue Spire’ 99 kr", no label and colon: "Entré: 120 kr" is the article's fact), two prices at least: the
  listing goes.

Guards (kept): an interview's speakers (no date), a diary's or a timeline's dated entries ("12 maj" over a section:
no writer, no year, or the shape repeated from the text's start), a single dated line under the text (an update note,
a sign-off).
"""

from __future__ import annotations

import re

from .contacts import is_person_line
from .dates import is_date_line
from .html_headline import words
from .records import is_name_shaped

_WROTE = re.compile(
    r"(?P<who>@?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)\s*(?:\s(?:skrev|säger|sa|svarar|svarade|kommenterade|wrote|says)"
    r"(?:\s+den)?|[,·|–-])\s+(?P<when>.+?)\s*:?")
"""A writer's line: a name or a handle, a verb of writing or a separator, a date ("Lena Ek skrev 14 mars 2026:")."""
MIN_RECORDS = 2
"""A thread holds at least this many comments."""
COMMENT_LINES = 3
"""A comment is at most this many paragraphs under its writer's line."""
PROSE_WORDS = 8
"""A comment's or a post's text: a paragraph of at least this many words."""
ARTICLE_PARAGRAPHS = 3
"""A next post stands under at least this many paragraphs of the article's running prose."""
TITLE_WORDS = 14
CARD_LINES = 6
"""A contact card is at most this many lines: a heading, a name, a role, phone numbers, an e-mail address."""
CARD_LINE_WORDS = 8
_CHANNEL = re.compile(r"(?i)(?:\+?\d[\d \u00a0-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
_DAY = r"(?:mån|tis|ons|tors?|fre|lör|sön)(?:dag(?:ar)?)?\.?"
_HOURS = re.compile(
    rf"(?i)(?:(?:öppet|öppettider|telefontid)\s*:?\s*)?(?:vardagar|alla dagar|{_DAY}(?:\s*[–-]\s*{_DAY})?)\s*:?\s*"
    r"(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*[–-]\s*\d{1,2}(?:[.:]\d{2})?|(?i:stängt)")
"""A line of opening hours ("Mån–fre 10–19", "Lördag kl. 11.00–16.00")."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

Pairs = list[tuple[str, str]]


def _writer(pairs: Pairs, i: int) -> int:
    """How many lines the writer's record at ``i`` takes (1: "Name skrev <date>:", 2: a name over a date line), or
    0."""
    text = pairs[i][1].strip()
    m = _WROTE.fullmatch(text)
    if m is not None and is_name_shaped(m.group("who").lstrip("@")) and is_date_line(m.group("when")):
        return 1
    if is_name_shaped(text) and i + 1 < len(pairs) and is_date_line(pairs[i + 1][1].strip().rstrip(":")):
        return 2
    return 0


def _prose(text: str) -> bool:
    return len(words(text)) >= PROSE_WORDS


def _thread_from(pairs: Pairs, start: int) -> bool:
    """Whether the text from ``start`` to its end is a thread of comments (:data:`MIN_RECORDS` records at least)."""
    i, records = start, 0
    while i < len(pairs):
        size = _writer(pairs, i)
        if not size:
            return False
        i += size
        said = 0
        while i < len(pairs) and not _writer(pairs, i) and said < COMMENT_LINES and _prose(pairs[i][1]):
            i, said = i + 1, said + 1
        if not said:
            return False
        records += 1
        if i < len(pairs) and pairs[i][0] in {"endlist"}:
            i += 1
    return records >= MIN_RECORDS


def _title_shaped(kind: str, text: str) -> bool:
    return (kind in {"p", "head"} and 0 < len(words(text)) <= TITLE_WORDS and text.rstrip()[-1:] not in ".!?:;,…"
            and not is_date_line(text))


def _next_post_at(pairs: Pairs, i: int) -> bool:
    if i + 2 >= len(pairs) or not _title_shaped(*pairs[i]):
        return False
    date = pairs[i + 1][1].strip()
    return is_date_line(date) and bool(_YEAR.search(date)) and _prose(pairs[i + 2][1])


def _card_from(pairs: Pairs, i: int) -> bool:
    """Whether the text from ``i`` to its end is a contact card (see the module's doc)."""
    card = [t for k, t in pairs[i:] if k != "endlist"]
    if not 2 <= len(card) <= CARD_LINES or any(len(words(t)) > CARD_LINE_WORDS or t.rstrip()[-1:] in ".!?" for t in card):
        return False
    if any(is_person_line(t) for t in card) and any(_CHANNEL.search(t) for t in card):
        return True
    return any(_HOURS.fullmatch(t) for t in card) and all(
        _HOURS.fullmatch(t) or _CHANNEL.fullmatch(t) or k == "head" for k, t in pairs[i:] if k != "endlist")


_PRICE = re.compile(r"(?i).*\d[\d  ]*(?:[.,]\d{2})?\s*(?:kr|kronor|sek|:-)\.?")
WARES_LINES = 12
"""A shop's listing under the text is at most this many lines."""


def _wares_from(pairs: Pairs, i: int) -> bool:
    """Whether the text from ``i`` to its end is a shop's listing (see the module's doc)."""
    box = [(k, t) for k, t in pairs[i:] if k != "endlist"]
    priced = [t for k, t in box if k != "head" and _PRICE.fullmatch(t) and len(words(t)) <= CARD_LINE_WORDS
              and ":" not in t]  # "Entré: 120 kr" is the article's own fact
    return 2 <= len(priced) and len(box) <= WARES_LINES and len(priced) == sum(k != "head" for k, _ in box)


def cut_records(pairs: Pairs) -> Pairs:
    """``pairs`` (trafilatura's blocks as kind and text) less a comment thread or a next post set after the article's
    text in its container (see the module's doc)."""
    prose = 0
    for i, (kind, text) in enumerate(pairs):
        if prose >= ARTICLE_PARAGRAPHS:
            if _writer(pairs, i) and _thread_from(pairs, i):
                return pairs[:i]
            if _next_post_at(pairs, i) and not any(_next_post_at(pairs, j) for j in range(i)):
                return pairs[:i]
            if _card_from(pairs, i) or _wares_from(pairs, i):
                return pairs[:i]
        if kind == "p" and _prose(text) and text.rstrip()[-1:] in ".!?”\"»":
            prose += 1
    return pairs
