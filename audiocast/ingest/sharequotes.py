"""A share's quote card copied with a business article: the company's name, its price and its day's change.

A business site sets a card beside or inside the article for each listed company it names: "Voltrum B" / "48,10
SEK" / "+3,21 %" / "Se aktien". Read aloud it is a ticker's row that says nothing to a listener, and it breaks the
article's prose where it stands. Told by its shape on any site, together:

- a price alone on its line, a number with two decimals and a currency (:data:`PRICE`: "48,10 SEK", "312,50 kr"),
  right over or under a signed change alone on its line (:data:`CHANGE`: "+3,21 %", "−3,4 %"); a price alone never
  stands in an article's prose, and a fact box writes its label with it ("Pris: 48 kr");
- the company's name right over the pair: a short line of at most :data:`NAME_WORDS` words with no sentence's stop
  ("Voltrum B", "X Norrfors Trä B");
- the chart's period tabs under the pair, each alone on its line (:data:`PERIOD`: "Idag", "1 mån", "1 år", "Max",
  session 29);
- a button to the share under the pair (or under its tabs): a short line of at most :data:`BUTTON_WORDS` words that names the share or
  the quote ("Se aktien", "Till kursen", "Följ bolaget"; :data:`BUTTON`); never a subheading, which names no share.

A card on one line ("Voltrum B 48,10 SEK +3,21 %", :data:`ONE_LINE`) is dropped whole.

Risk: a line of a company's name of up to four words without a stop right over such a pair is dropped even when it
was the article's subheading; none was in the annotated dumps (session 28: 3 quote cards in blind sets extract98 and
extract100, no price of that shape alone in any annotated article's text). Rule ``share-quote``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

RULE = "share-quote"
_CURRENCY = r"(?:SEK|EUR|USD|NOK|DKK|GBP|kr|€|\$)"
PRICE = re.compile(rf"\d{{1,3}}(?:[  ]\d{{3}})*,\d{{2}}\s?{_CURRENCY}")
"""A share's price alone on its line: two decimals and a currency."""
CHANGE = re.compile(r"[+−–-]\s?\d+(?:,\d+)?\s?%(?:\s*\(.{1,20}\))?")
"""The day's change alone on its line: a sign, a number and a percent sign."""
ONE_LINE = re.compile(rf".{{1,40}}\s{PRICE.pattern}\s+{CHANGE.pattern}")
"""A whole card on one line: a name, a price and a change."""
NAME_WORDS = 4
"""The company's name over the pair: at most this many words."""
BUTTON_WORDS = 3
"""The button under the pair: at most this many words ..."""
BUTTON = re.compile(r"(?i).*\b(?:aktie|aktien|aktiens|kurs|kursen|kursutveckling|bolaget|bolagets)\b.*")
"""... naming the share, its quote or the company."""
PERIOD = re.compile(r"(?i)i ?dag|\d{1,2} ?(?:d|dag|dagar|v|vecka|veckor|m|mån|månad|månader|år)|hittills i år|i år|ytd|max|allt")
"""A tab of the quote's chart alone on its line: the period it shows."""
_STOP = ".!?…:"


def share_quote_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a share's quote card: its price, change, name and button (see the module docstring)."""
    for i, x in enumerate(lines):
        t = x.text.strip()
        if ONE_LINE.fullmatch(t):
            x.tag, x.rule = "drop", RULE
            continue
        if not PRICE.fullmatch(t):
            continue
        if i + 1 < len(lines) and CHANGE.fullmatch(lines[i + 1].text.strip()):
            top, bottom = i, i + 1
        elif i > 0 and CHANGE.fullmatch(lines[i - 1].text.strip()):
            top, bottom = i - 1, i
        else:
            continue
        for y in lines[top:bottom + 1]:
            y.tag, y.rule = "drop", RULE
        if top > 0 and _short(lines[top - 1], NAME_WORDS):
            lines[top - 1].tag, lines[top - 1].rule = "drop", RULE
        while bottom + 1 < len(lines) and lines[bottom + 1].tag in (None, "drop") \
                and PERIOD.fullmatch(lines[bottom + 1].text.strip()):
            bottom += 1
            lines[bottom].tag, lines[bottom].rule = "drop", RULE
        if bottom + 1 < len(lines) and _short(lines[bottom + 1], BUTTON_WORDS) \
                and BUTTON.fullmatch(lines[bottom + 1].text.strip()):
            lines[bottom + 1].tag, lines[bottom + 1].rule = "drop", RULE


def _short(x: TaggedLine, most: int) -> bool:
    t = x.text.strip()
    return x.tag in (None, "drop") and bool(t) and words(t) <= most and t[-1] not in _STOP
