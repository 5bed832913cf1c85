"""The article's last paragraph announcing its next meeting, which the page's tail rules took by its place.

A municipality's or an association's article about a plan, a consultation or a club's matter closes with the next time
the public can come: "Nästa informationsmöte hålls den 12 mars i Folkets hus klockan 18.00." Under the article's last
lines (often a fact box or a list, not a long paragraph) and over the page's tail, the classifier doubts it (a date, a
clock time, a place: an event box's shape) and the tail's passes take it. It is the article's when it stands right
under a line the article kept and is a sentence (:data:`MIN_WORDS` to :data:`MAX_WORDS` words, ending in a full stop)
that announces a coming meeting (:data:`NEXT_EVENT`: "nästa", "ett nytt", "kommande" before a meeting's noun) at a
clock time (:data:`CLOCK`). Risk: a site's standing notice of its next open meeting, set right under every article in
a sentence of its own, is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

MIN_WORDS = 7
MAX_WORDS = 45
NEXT_EVENT = re.compile(
    r"(?i)\b(?:nästa|ett nytt|ytterligare ett|kommande|nytt|nya|andra)\b(?:\s+[\wåäö-]+){0,3}?\s+[\wåäö-]*(?:möte|möten"
    r"|mötet|träff|träffen|sammanträde|sammanträdet|stämma|stämman|dialog|dialogen|visning|visningen|föreläsning|"
    r"samråd|samrådet|öppet hus|informationskväll|kväll)\b")
"""A coming meeting named ("Nästa informationsmöte", "ett nytt samrådsmöte", "kommande träff")."""
CLOCK = re.compile(r"(?i)\b(?:klockan|kl\.?)\s*\d{1,2}(?:[.:]\d{2})?\b")
RULE = "next-meeting"


def next_meeting_tags(lines: Sequence[TaggedLine]) -> None:
    """Take back the article's closing announcement of its next meeting (module docstring)."""
    for i in range(1, len(lines)):
        ln = lines[i]
        t = ln.text.strip()
        if ln.tag not in {"drop", "tail"} or lines[i - 1].tag is not None:
            continue
        if MIN_WORDS <= words(t) <= MAX_WORDS and t[-1:] in ".!" and NEXT_EVENT.search(t) and CLOCK.search(t):
            ln.tag, ln.rule = None, RULE
