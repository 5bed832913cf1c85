"""A mailed newsletter's web view: what stands between the letter's signature and the mail platform's footer.

A newsletter read in its web view (Mailchimp, Substack, beehiiv, MailerLite, a newsroom's own tool) ends the same way
on every site: the letter is signed ("/Sara", "Varma hälsningar," over the names, "Anna Ek, redaktör"), then comes the
letter's furniture — a feedback question with its thumbs ("Vad tyckte du om veckans brev?" / "👍 Bra" / "👎 Mindre bra"),
a colophon of who makes it and how it is paid for, a support or advertising button, a call to share it with a friend —
and then the platform's own footer: the unsubscribe and settings links, why the reader gets the mail, "Powered by …",
the terms and the privacy policy (rows of kind ``footer`` in ``data/viewer_chrome.tsv``). Read aloud, the furniture
between the two anchors was read as the article's last lines.

The two anchors together tell it, whatever the furniture's words: a signature line (a greeting, a sign-off, a slash
and a name) past the page's first paragraph of prose, and a footer row at most :data:`SPAN` lines under it, with at
most :data:`PROSE_LINES` line of running prose between them (a colophon is one). The lines between go, but for a
postscript ("PS. …"), which is the letter's; the signature stays (the passes that read a letter's close judge it).

Risk: a letter that goes on after its signature with a second piece of prose keeps it (two paragraphs of prose stop
the pass); a letter's own short list after its signature (its dates, its links) goes with the furniture. Without a
footer row under it a signature cuts nothing here (a separator under a signature is :mod:`.signedend`'s).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .letterclose import GREETING
from .lineshape import closes_sentence, words
from .signoff import is_sign_off

SPAN = 14
"""The footer row stands at most this many lines under the signature."""
PROSE_LINES = 1
"""Between the signature and the footer at most this many lines of running prose (a colophon)."""
PROSE_WORDS = 10
"""A line of running prose has at least this many words and closes a sentence."""
SIGN_WORDS = 8
"""A signature's line has at most this many words."""
_SLASH_NAME = re.compile(r"/\s?(?-i:[A-ZÅÄÖÉ])[\w'’-]+(?:[ ,&]+[\w'’-]+){0,5}")
_POSTSCRIPT = re.compile(r"(?i)p\.?\s?s\.?\s")
LINK_SEPARATOR = re.compile(r"\s+[·|•]\s+")
"""The separator of a footer's row of links ("Avsluta prenumeration · Uppdatera inställningar")."""


def _prose(text: str) -> bool:
    return closes_sentence(text, PROSE_WORDS)


def is_signature(text: str) -> bool:
    """A letter's signature line: a greeting ("Varma hälsningar,"), a sign-off ("Anna Ek, redaktör") or a slash and a
    name ("/Sara")."""
    t = text.strip()
    return 0 < words(t) <= SIGN_WORDS and bool(
        is_sign_off(t) or GREETING.fullmatch(t) or _SLASH_NAME.fullmatch(t))


SIGNER_LINES = 2
"""Under a greeting the letter's signers stand on at most this many lines (the names, a role)."""
_NAMES = re.compile(r"(?-i:[A-ZÅÄÖÉ])[\w'’.-]*(?:(?:\s+|,\s*)(?:och|&|von|af|de|(?-i:[A-ZÅÄÖÉ])[\w'’.-]*))*")
_ROLE = re.compile(r"(?-i:[a-zåäöé])[\w-]*(?:\s+[\w-]+){0,3}")


def _signers_end(lines: Sequence[TaggedLine], s: int, first: int) -> int:
    """The last of the signers' lines under the greeting ``lines[s]``: the names in capitals joined by "och" on the line
    under it ("Karin och Anders Nordlöf"), and a role in lower case under them ("ordförande"); the letter's signature.
    A second line in capitals is the sender's name in the footer ("Hagens gård"), not a signer."""
    end = s
    for j in range(s + 1, min(first, s + 1 + SIGNER_LINES)):
        t = lines[j].text.strip()
        if (j == s + 1 and _NAMES.fullmatch(t)) or (j > s + 1 and end == j - 1 and _ROLE.fullmatch(t)):
            end = j
        else:
            break
    return end


def footer_run_cuts(lines: Sequence[TaggedLine], footers: Sequence[bool]) -> set[int]:
    """The indices between a signature and the first ``footer`` row under it (``footers[i]``; module docstring)."""
    first = next((i for i, f in enumerate(footers) if f), None)
    if first is None:
        return set()
    opened = next((i for i, x in enumerate(lines[:first]) if _prose(x.text)), None)
    if opened is None:
        return set()
    prose = 0
    for s in range(first - 1, max(opened, first - 1 - SPAN), -1):
        text = lines[s].text
        if is_signature(text):
            s = _signers_end(lines, s, first) if GREETING.fullmatch(text.strip()) else s
            return {j for j in range(s + 1, first) if not _POSTSCRIPT.match(lines[j].text.strip())}
        if _prose(text):
            prose += 1
            if prose > PROSE_LINES:
                return set()
    return set()
