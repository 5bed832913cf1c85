"""An embedded social media post in a box of its own between the article's paragraphs, told by its chrome.

"polisen_vasternorrland", "Instagram", "Polisen Västernorrland", the post's text, "1 245 gilla-markeringar"; or the
page's name, "Facebook", the text, "Gilla", "Kommentera", "Dela". A post embedded in the article is set apart by blank
lines; its text is the poster's, not the article's. On any site the box is told by its chrome, whatever the post says:

- a box (lines between blank lines) of at most :data:`BOX_LINES` lines with blank lines around it;
- at least :data:`CHROME_LINES` lines of an embed's chrome in it: a platform's name alone ("Instagram", "X"), a handle
  ("@trafikkontoret", "noralind.sings", "polisen_vasternorrland"), or a line the rules took as an embed's chrome, time
  stamp, counts or buttons (:data:`audiocast.ingest.records.EMBED_RULES`, ``FOOTER_RULES``);
- one of them a platform's name standing untaken or a rule's embed line, or the post's text standing between chrome
  lines (the poster over it, "Gilla", "Kommentera", "Dela" under it); a share row under paragraphs is no post.

The box goes whole but for a quote of the article's. Guards (kept): the article's sentence naming a platform ("Instagram är nästa
steg"), a share row under the article's last paragraph with no post in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine, page_tail
from .lineshape import is_quote, words
from .records import EMBED_RULES, FOOTER_RULES, blank_boxes

RULE = "embed-box"
BOX_LINES = 8
CHROME_LINES = 2
_PLATFORM = re.compile(r"(?i)instagram|facebook|x|twitter|tiktok|youtube|threads|linkedin|bluesky|mastodon")
_HANDLE = re.compile(r"@?[a-z0-9](?:[a-z0-9._]*[._][a-z0-9._]*|[a-z0-9]*)|@\w[\w.]*")
"""A handle alone on its line: "@trafikkontoret", or a lower-case account name with a dot or an underscore."""
_POST_RULES = EMBED_RULES | FOOTER_RULES | {"embed"}


def _handle(text: str) -> bool:
    """A handle alone on its line (:data:`_HANDLE`), letters in it (a clock time "09.15" is none)."""
    return bool(_HANDLE.fullmatch(text)) and bool(re.search(r"[a-z]", text)) and (
        text.startswith("@") or any(c in text for c in "._"))


def _chrome(ln: TaggedLine) -> bool:
    return bool(_PLATFORM.fullmatch(ln.text)) or ln.rule in _POST_RULES or _handle(ln.text)


def embed_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Embedded posts in boxes of their own go (module docstring; rule ``embed-box``)."""
    cut = page_tail(lines)
    for start, end in blank_boxes(lines, cut):
        box = lines[start:end]
        if start == 0 or not box[0].blank_before or len(box) > BOX_LINES or (end < len(lines) and not lines[end].blank_before):
            continue
        chrome = [x for x in box if _chrome(x)]
        anchored = any((_PLATFORM.fullmatch(x.text) and x.tag is None) or x.rule in EMBED_RULES or x.rule == "embed"
                       for x in box)
        if len(chrome) < CHROME_LINES or not (anchored or _between(box)):
            continue
        for x in box:
            if x.tag in (None, "menu", "date") and not (is_quote(x.text) and words(x.text) >= QUOTE_WORDS):
                x.tag, x.rule = "drop", RULE


QUOTE_WORDS = 6
"""A quote in the box of at least this many words stays (the article quoting); a shorter one is a signature ("– Anna, 2
juni")."""
TEXT_LINES = 3
POST_WORDS = 45


def _between(box: Sequence[TaggedLine]) -> bool:
    """The post's text stands between its chrome: kept lines (at most :data:`TEXT_LINES`, each of at most
    :data:`POST_WORDS` words) with the post's head above them (a platform's name, a handle, an embed's rule line; no
    time stamp: a live report's posts stand between their times and "Dela") and chrome below (its buttons); a share
    row under the article's paragraphs has chrome below them only."""
    marks = [k for k, x in enumerate(box) if _chrome(x)]
    tops = [k for k in marks if _PLATFORM.fullmatch(box[k].text) or box[k].rule in EMBED_RULES or _handle(box[k].text)]
    if not tops or marks[-1] <= tops[0]:
        return False
    inner = [x for x in box[tops[0] + 1:marks[-1]] if x.tag is None and not _chrome(x)]
    return 0 < len(inner) <= TEXT_LINES and all(words(x.text) <= POST_WORDS for x in inner)
