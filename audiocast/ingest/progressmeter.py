"""A progress meter set beside the article in a page dump: a campaign's counter or a fundraiser's thermometer, its
label over its tally and its share ("Insamlat" / "512 600 kr" / "Mål: 450 000 kr" / "114 %"), often with its button
or thanks under it ("Skriv under digitalt", "Tack alla givare!").

Petitions, fundraisers, membership drives and volunteer calls show how far they have come as a bar with its figures;
a dump reads the bar's figures as lines of their own, glued between the lead and the body or under the text, and they
are read aloud as a string of bare numbers. On any site the meter is told by its shape, not its words:

- a line that is a bare share alone ("77 %", "114,5 %");
- right next to it, lines made of numbers with at most a label and a unit ("2 318 av 3 000", "Mål: 450 000 kr",
  "512 600 kr"), two of whose numbers give that share (the part over the whole, rounded: the figures of one bar agree
  with each other, which an article's fact box of shares does not need to);
- with the meter, the one short line over it that has no sentence's end (its label) and the one short line under it
  that is a button or ends in "!" (its call or thanks).

Risk: an article's own box of a count and its share ("Valdeltagande" / "8 412 av 10 220" / "82 %") is dropped with
its label; the text tells the figures in its sentences in such cases, and a box of several shares in a row (an
election's results) has no two numbers giving every share. Not here: a poll's options with percentages
(:mod:`audiocast.ingest.servicewidgets`), cards repeated around a counter (:mod:`audiocast.ingest.cards`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine
from .lineshape import words

RULE = "progress-meter"
LABEL_WORDS = 6
"""The meter's label over it and its call under it have at most this many words."""
BUTTON_WORDS = 3
"""A line under the meter without "!" is its button when it has at most this many words and no sentence's end."""
FIGURE_WORDS = 2
"""A figure line keeps at most this many words besides its numbers, its unit and a label ending in ':'."""
_SHARE = re.compile(r"^(\d{1,3}(?:[,.]\d)?)\s?%$")
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[,.]\d+)?")
_UNIT = re.compile(r"(?i)\b(?:kr|kronor|sek|st|%|av)\b|[%:]")
_LABEL = re.compile(r"^[^\d:]{1,30}:\s*")


def _value(token: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f]", "", token).replace(",", "."))


def _figures(text: str) -> list[float] | None:
    """The numbers of a figure line ("Mål: 450 000 kr" -> [450000]), or None when the line says more than figures."""
    numbers = _NUMBER.findall(text)
    if not numbers or _SHARE.match(text):
        return None
    rest = _UNIT.sub(" ", _NUMBER.sub(" ", _LABEL.sub("", text)))
    if words(rest) > FIGURE_WORDS or text.rstrip()[-1:] in ".!?":
        return None
    return [_value(n) for n in numbers]


def _agrees(share: float, values: Sequence[float]) -> bool:
    """Two of the meter's numbers give its share: the part over the whole, rounded (to within one point)."""
    return any(whole > 0 and part != whole and abs(100 * part / whole - share) <= 1.0
               for part in values for whole in values)


def _free(ln: TaggedLine) -> bool:
    return ln.tag is None and not is_running_prose(ln)


def _label(ln: TaggedLine) -> bool:
    text = ln.text.strip()
    return _free(ln) and words(text) <= LABEL_WORDS and text[-1] not in ".!?:;,"


def _call(ln: TaggedLine) -> bool:
    text = ln.text.strip()
    if not _free(ln) or words(text) > LABEL_WORDS:
        return False
    return text.endswith("!") or (words(text) <= BUTTON_WORDS and text[-1] not in ".?:;,")


def progress_meter_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a progress meter's share, figures, label and call (module docstring)."""
    for i, ln in enumerate(lines):
        m = _SHARE.match(ln.text.strip())
        if not m or ln.tag is not None:
            continue
        lo = i
        while lo > 0 and _free(lines[lo - 1]) and _figures(lines[lo - 1].text.strip()) is not None:
            lo -= 1
        hi = i + 1
        while hi < len(lines) and _free(lines[hi]) and _figures(lines[hi].text.strip()) is not None:
            hi += 1
        values = [v for x in lines[lo:hi] if x is not ln for v in (_figures(x.text.strip()) or [])]
        if not _agrees(_value(m.group(1)), values):
            continue
        if lo > 0 and _label(lines[lo - 1]) and _figures(lines[lo - 1].text.strip()) is None:
            lo -= 1
        if hi < len(lines) and _call(lines[hi]):
            hi += 1
        for x in lines[lo:hi]:
            x.tag, x.rule = "drop", RULE
