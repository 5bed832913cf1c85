"""Readers' comments and a chat's messages glued under the article or an embedded post, one record a writer's line over
the message, opened or closed by the comment section's own chrome.

A radio station's listener chat, a Facebook post's comments copied with the post, a comment plugin without buttons:
"Karin_E 08:09" / "Vi har vårt barn på …" / "Jocke73 08:11" / "Ekbacken ligger ju …", or "Annika Berg" / "Köpte vår gran
i dag …" / "Jonas Ek" / "Bästa granarna i stan …". They are people's voices, not the article's. On any site the run is
told by its shape and its frame, not by its words:

- records in a row, at least :data:`MIN_RECORDS`: a writer's line (a name, :func:`audiocast.ingest.records.is_name_shaped`;
  a user name of one word with a digit or an underscore, "Jocke73", "Karin_E"; or any short signature of at most
  :data:`WRITER_WORDS` words before a clock time, "Birgitta i Hult 08:15", "Radio Höglandet 08:12") over one or two
  lines of the message (at most :data:`MESSAGE_WORDS` words each, no writer's line, no blank line inside a record);
- the section's chrome right above the first record (a line the rules took as a login call, "Du måste vara inloggad
  för att skriva.", "Logga in med Facebook"; a comment counter or button, "38 kommentarer", "Kommentera"; an embedded
  post's counts, "👍❤️ 214") or right under the last ("Visa fler kommentarer").

The records go (rule ``comment-run``); the article goes on under the closing line ("Visa på Facebook" over its next
paragraph stays the article's). Guards (kept): an interview's or a Q&A's speakers over their answers, and a contact
list's names over their roles, which have no comment section's chrome around them; a run of one record. Risk: two
named people's short statements set under a share row that counts comments. Since session 30 a live report's pager
("Visa fler inlägg", rule ``live-furniture``) closes no comment section: the reporters' entries over it are the article's.

Readers' or listeners' messages set one a line, each closed by its writer's signature after a slash ("”Ge dem
dieselvärmare i bilarna.” /Rolle, Furudal", "Bra att det blir fasta team! /Karin, avd 23"), at least :data:`MIN_RECORDS`
in a row under a short label ending in a colon ("Lyssnar-sms:", "Ni skriver:") below the article's running prose, go
with their label (:func:`signed_message_tags`). Guards (kept): a question column's reader's question signed so, which
has the answer under it, not another message; a letter's or a newsletter's signature alone ("/Hanna"). Risk: an
article's own vox pop set as signed one-line messages under a label with a colon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import words
from .records import is_name_shaped

RULE = "comment-run"
LIVE_PAGER = "live-furniture"
"""The rule table's row of a live report's own lines: its pager ("Visa fler inlägg") closes no comment section."""
MIN_RECORDS = 2
MESSAGE_LINES = 2
"""A message is at most this many lines under its writer's line."""
MESSAGE_WORDS = 80
WRITER_WORDS = 4
CHROME_SPAN = 4
"""The section's chrome stands at most this many lines (all taken by the rules) above the first record."""
OPEN_RULES = frozenset({"comment-login", "comments", "comment-count", "social-furniture", "social-reactions",
                        "reply-button", "logged-in"})
"""The rules (``data/boilerplate.tsv``) of a comment section's chrome over its first record (an embed's handle or hashtags
are not: the article's speakers may follow a post)."""
_MORE = re.compile(r"(?i)\W*(?:visa|se|läs|ladda|hämta|show|view|load)\s+(?:fler|alla|tidigare|äldre|more|all|previous)"
                   r"(?:\s+\d+)?\s+(?:kommentarer|svar|meddelanden|inlägg|comments|replies|messages)\W*"
                   r"(?<!tidigare inlägg)(?<!äldre inlägg)")
"""The section's line under its last record ("Visa fler kommentarer", "Läs alla 12 kommentarer", "Load more comments");
not a live report's pager, "Visa äldre inlägg", under its reporters' dated entries (session 27)."""
_TIMED = re.compile(r"(?P<who>\S.{0,38}?),?\s+(?:kl\.?\s*)?[0-2]?\d[:.][0-5]\d")
_USER = re.compile(r"@?[A-Za-zÅÄÖåäö][\w.-]{1,29}")


def _writer(text: str) -> bool:
    """A record's writer's line (module docstring): a name, a user name with a digit or an underscore, or a short
    signature before a clock time."""
    text = text.strip()
    m = _TIMED.fullmatch(text)
    if m is not None:
        who = m.group("who")
        return words(who) <= WRITER_WORDS and who[-1] not in ".!?:;" and (who[0].isupper() or _user(who))
    return is_name_shaped(text) or _user(text)


def _user(text: str) -> bool:
    return bool(_USER.fullmatch(text)) and any(c.isdigit() or c in "_@" for c in text)


def _records(lines: Sequence[TaggedLine], i: int, cut: int) -> tuple[int, int]:
    """The records from ``lines[i]`` on: how many, and the index past the last."""
    n, k = 0, i
    while k < cut and lines[k].tag is None and _writer(lines[k].text):
        m = k + 1
        while m < cut and lines[m].tag is not None and not lines[m].blank_before:  # its date, its badge
            m += 1
        said = m
        while (m < cut and m - said < MESSAGE_LINES and not lines[m].blank_before and lines[m].tag is None
               and not _writer(lines[m].text)):
            if words(lines[m].text) > MESSAGE_WORDS:
                return n, k
            m += 1
        if m == said:
            break
        n, k = n + 1, m
        nxt = m
        while nxt < cut and lines[nxt].tag is not None:  # the record's buttons ("Svara") before the next record
            nxt += 1
        if nxt < cut and lines[nxt].tag is None and _writer(lines[nxt].text):
            k = nxt
    return n, k


def _opened(lines: Sequence[TaggedLine], i: int) -> bool:
    """The section's chrome right above ``lines[i]``: lines the rules took, one of them a comment section's."""
    for k in range(i - 1, max(-1, i - CHROME_SPAN - 1), -1):
        if lines[k].tag is None:
            return False
        if lines[k].rule in OPEN_RULES:
            return True
    return False


def comment_run_tags(lines: Sequence[TaggedLine]) -> None:
    """Runs of comment or chat records in their section's frame go (module docstring; rule ``comment-run``)."""
    cut = page_tail(lines)
    i = 1
    while i < cut:
        if lines[i].tag is not None or not _writer(lines[i].text):
            i += 1
            continue
        n, end = _records(lines, i, cut)
        closed = end < len(lines) and _MORE.fullmatch(lines[end].text) and lines[end].rule != LIVE_PAGER
        if n >= MIN_RECORDS and (_opened(lines, i) or closed):
            for x in lines[i:end]:
                if x.tag in (None, "menu", "date", "byline"):
                    x.tag, x.rule = "drop", RULE
        i = max(end, i + 1)


LABEL_WORDS = 5
"""A label over signed messages has at most this many words."""
SIGNATURE_WORDS = 5
_SIGNED = re.compile(r"(?P<said>.*\w.*[.!?”\"»…)])\s*/\s*(?P<who>(?-i:[A-ZÅÄÖ])[^/.!?]{0,40})")
"""A message closed by its writer's signature after a slash ("… så enkelt.” /Rolle, Furudal")."""


def _signed(text: str) -> bool:
    m = _SIGNED.fullmatch(text.strip())
    return m is not None and words(m.group("who")) <= SIGNATURE_WORDS and words(m.group("said")) <= MESSAGE_WORDS


def signed_message_tags(lines: Sequence[TaggedLine]) -> None:
    """Signed messages in a row under their label go with it (module docstring; rule ``comment-run``)."""
    cut = page_tail(lines)
    for i in range(1, cut - MIN_RECORDS):
        label = lines[i]
        if label.tag is not None or not label.text.rstrip().endswith(":") or words(label.text) > LABEL_WORDS:
            continue
        end = i + 1
        while end < cut and lines[end].tag is None and _signed(lines[end].text):
            end += 1
        if end - i - 1 >= MIN_RECORDS and any(is_running_prose(x) for x in lines[:i]):
            for x in lines[i:end]:
                x.tag, x.rule = "drop", RULE
