"""An embedded card of another service's data, framed by its source's name over it and its source line under it.

A news page embeds a live card from an agency ("Trafikverket" / "Trafikstörning" / "Väg 84 Brännmyra–Kvarnby" /
"Olycka. Vägen är avstängd …" / "Beräknas vara åtgärdad: 19.30" / "Källa: Trafikverket"; SMHI's warnings, a
transit company's departures). Its rows are short, some sentences, and the rules read them as the article's. What
holds on any site is the frame: the card opens with the source's name alone on its line and closes with the same name
after "Källa:". An article's own fact box closing with its source ("Källa: SCB") does not open with the source's bare
name. The lines from the name to the source line go, rule ``source-card`` (session 31, extract117). Risk: an article
whose paragraph opens with the agency's bare name as a subheading and closes with "Källa: <agency>" within
:data:`CARD_LINES` lines is cut there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

RULE = "source-card"
CARD_LINES = 8
"""A card's source line stands at most this many lines under its name."""
ROW_WORDS = 20
"""Each of a card's rows is at most this many words."""
_SOURCE = re.compile(r"(?i)källa\s*:\s*(?P<name>\S.{0,60}?)\s*\.?")


def source_card_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the embedded cards framed by their source's name and source line (the module docstring)."""
    for k, ln in enumerate(lines):
        m = _SOURCE.fullmatch(ln.text.strip())
        if m is None:
            continue
        name = m.group("name").casefold()
        top = next((j for j in range(k - 2, max(-1, k - CARD_LINES - 1), -1)
                    if lines[j].text.strip().casefold() == name), None)
        if top is None or any(words(x.text) > ROW_WORDS for x in lines[top:k]):
            continue
        for x in lines[top:k + 1]:
            x.tag, x.rule = "drop", RULE
