"""A comment thread under the article in a page dump, opened by its counter and made of name-and-text records.

Blogs, club pages, wikis and page builders put their comments under the article in shapes of their own, in Swedish or
in English, with no time stamps and no buttons per comment (what :mod:`audiocast.ingest.threads` walks back from). On
any site the thread is told by its opening and its records:

- a line of its own counting the comments ("3 kommentarer", "💬 2 comments", "Kommentarer (4)", "2 svar"), below the
  article's running prose;
- right under it a record: a name-shaped line (the commenter) over the comment's text, or (a wall's or a chat's
  thread, session 19) two comments in a row each on one line after its commenter and a colon ("Elias 8C: …",
  "Anonym: …"; :func:`inline_comments`).

From the counter on, the box is the thread's; the boxes after it that open with another commenter's name, or that hold
only short lines (the comment field "Skriv en kommentar…", the page's name), are the thread's or the page's too.

Guards (kept): an embedded post's counter with the article's paragraph right under it (no commenter's name); a sentence
of the article that mentions comments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import words
from .records import blank_boxes, is_name_shaped

RULE = "thread-run"
COMMENT_WORDS = 100
"""A comment's line is at most this many words."""
SHORT_WORDS = 6
"""A box after the thread holding only lines of at most this many words is the thread's field or the page's chrome."""
_COUNTER = re.compile(
    r"(?i)[^\w(]*(?:(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|one|two|three|four|five)\s+"
    r"(?:kommentar(?:er)?|comments?|svar|repl(?:y|ies)|responses?|tankar|thoughts|inlägg)"
    r"(?:\s+(?:på|till|om|on|to)\s+[”“\"«»'].{1,160})?|(?:kommentarer|comments)\s*\(\d+\))\W*")


def is_thread_counter(line: str) -> bool:
    """A line counting the comments below it, its emoji allowed ("💬 2 comments", "Kommentarer (3)"), perhaps naming the
    post in quotes (a blog's "Ett svar på ”Title”", "3 tankar om ”Title”")."""
    return bool(_COUNTER.fullmatch(line))


def thread_run_tags(lines: Sequence[TaggedLine]) -> None:
    """A comment thread opened by its counter (module docstring) goes (rule ``thread-run``)."""
    cut = page_tail(lines)
    at = next((i for i in range(1, cut - 2) if is_thread_counter(lines[i].text)
               and (_record(lines, i + 1) or inline_comments(lines, i + 1))
               and any(is_running_prose(x) for x in lines[:i])), None)
    if at is None:
        return
    boxes = [(s, e) for s, e in blank_boxes(lines, cut) if e > at]
    for n, (start, end) in enumerate(boxes):
        box = lines[max(start, at):end]
        if n and not (_record(lines, start) or inline_comments(lines, start) or all(words(x.text) <= SHORT_WORDS or is_commenter(x.text) for x in box)):
            break
        for x in box:
            if x.tag in (None, "menu", "date"):
                x.tag, x.rule = "drop", RULE


def _record(lines: Sequence[TaggedLine], i: int) -> bool:
    """A commenter's name over the comment's text at ``lines[i]``."""
    if i + 1 >= len(lines) or lines[i + 1].blank_before:
        return False
    name, text = lines[i].text, lines[i + 1].text
    return is_commenter(name) and not is_name_shaped(text) and words(text) <= COMMENT_WORDS


INLINE_NAME_WORDS = 4
"""A commenter's name before the colon of a one-line comment has at most this many words."""
_INLINE = re.compile(r"(?P<name>[\w@][^:.!?]{0,39}?):\s+(?P<text>\S.*)")


def _inline_comment(line: str) -> bool:
    """One comment on its line after its commenter and a colon: a name (:func:`records.is_name_shaped`) or a handle
    with a digit, an underscore or an @ ("Elias 8C", "8B_Wilma och Hugo") of at most :data:`INLINE_NAME_WORDS`
    words."""
    m = _INLINE.fullmatch(line.strip())
    if m is None or words(m.group("text")) > COMMENT_WORDS:
        return False
    name = m.group("name").strip()
    handle = any(c.isdigit() or c in "_@" for c in name) and (name[0].isupper() or name[0] in "@0123456789")
    return words(name) <= INLINE_NAME_WORDS and (is_name_shaped(name) or handle)


def inline_comments(lines: Sequence[TaggedLine], i: int) -> bool:
    """Two one-line comments in a row at ``lines[i]`` (:func:`_inline_comment`), no blank line between: a wall's or a
    chat's thread. One alone is no thread (a fact's label and value has the same shape: "Källa: …")."""
    return (i + 1 < len(lines) and not lines[i + 1].blank_before
            and _inline_comment(lines[i].text) and _inline_comment(lines[i + 1].text))


_SAYS = re.compile(r"(.+?)\s+(?:sa|säger|skrev|skriver|svarade|svarar|said|says|wrote|writes)\s*(?:\.{2,}|…|:)")
"""A commenter's line in a blog's template: the name and a verb of saying ("Anonym sa...", "Britt i Borås skriver:",
"Karin said...")."""


_MONTH = r"(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zé]*\.?"
_WHEN = re.compile(
    rf"(?i)(?:\d{{1,2}}\.?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}\s+\d{{4}})"
    r"(?:,?\s*(?:kl\.?|klockan|at|@)?\s*\d{1,2}[.:]\d\d(?:\s*[AP]M)?)?")
"""When a comment was written: a date (Swedish or English), perhaps with its clock ("26 augusti 2024 kl. 08:11")."""


def _dated_name(line: str) -> bool:
    """A comment's head in a blog's template: the commenter's name and when (:data:`_WHEN`; "Gun K. 26 augusti 2024 kl.
    08:11", "Britt, 2024-06-12 18:30", "Sue June 11, 2024 at 8:15 AM")."""
    for m in re.finditer(r"\s", line):
        name, when = line[:m.start()].rstrip(" ,·|•–-"), line[m.end():].strip()
        if name and _WHEN.fullmatch(when):
            return is_name_shaped(name)
    return False


def is_commenter(line: str) -> bool:
    """A commenter's name alone, with a verb of saying after it (:data:`_SAYS`; "Maja i Hudik sa...") or with the
    comment's date and time (:func:`_dated_name`)."""
    m = _SAYS.fullmatch(line)
    return is_name_shaped(line) or (m is not None and words(m.group(1)) <= 4 and m.group(1)[0].isupper()) or (
        _dated_name(line))
