"""What a newsletter or a letter sets after the article's signature and a separator line: another piece, not the article.

Newsletters, Google Docs and mail archives put several pieces on one page: the main letter, signed ("Hälsningar /
Styrelsen", "Lars Holm, ordförande", "/Maja"), then a separator line ("------", "* * *", "◆ ◆ ◆") and the next piece
("Kort om annat", "Från kassören", a list of short news). On any site the article's end is told by the two together:

- a signature right above the separator: a greeting ("Hälsningar", "Med vänlig hälsning", "Väl mött …,"), a sign-off
  (a name, a comma and a role), a slash and a name, within :data:`SIGN_SPAN` lines;
- a separator line the rules took (nothing but punctuation).

Below it, down to the page's tail, the kept lines are another piece and go, but for a postscript ("PS. …", "P.S."), which
is the letter's. Guards (kept): a separator inside the article with no signature over it (a feature's section break).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import words
from .signoff import is_sign_off

RULE = "after-signature"
SIGN_SPAN = 3
"""The signature stands within this many lines above the separator (a greeting, the name, a role)."""
SIGN_WORDS = 8
"""A greeting's or a signature's line is at most this many words."""
_SEPARATOR = re.compile(r"[\W_]{3,}")
_GREETING = re.compile(
    r"(?i)(?:med\s+)?(?:vänlig(?:a)?|varm(?:a)?|bästa|många|glada|soliga|hjärtliga)?\s*(?:hälsning(?:ar)?|hälsar)\b.*"
    r"|väl mött\b.*|mvh\b.*|kram(?:ar)?\b.*|/\s*\w[\w .-]*")
_POSTSCRIPT = re.compile(r"(?i)p\.?\s?s\.?\s")


def signed_end_tags(lines: Sequence[TaggedLine]) -> None:
    """The pieces after the signed article and its separator (module docstring) go (rule ``after-signature``)."""
    cut = page_tail(lines)
    at = next((i for i in range(1, cut) if _separator(lines[i]) and _signed(lines, i)
               and any(is_running_prose(x) for x in lines[:i])), None)
    if at is None:
        return
    for x in lines[at + 1:cut]:
        if x.tag in (None, "menu", "date") and not _POSTSCRIPT.match(x.text):
            x.tag, x.rule = "drop", RULE


def _separator(ln: TaggedLine) -> bool:
    return ln.tag is not None and bool(_SEPARATOR.fullmatch(ln.text.replace(" ", "")))


def _signed(lines: Sequence[TaggedLine], i: int) -> bool:
    """A greeting or a sign-off among the kept lines right above ``lines[i]``."""
    above = [x for x in lines[max(0, i - SIGN_SPAN):i] if x.tag is None]
    return any(words(x.text) <= SIGN_WORDS and (is_sign_off(x.text) or _GREETING.fullmatch(x.text)) for x in above)
