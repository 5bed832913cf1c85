"""A summary in several languages under a page dump's article (a line in Swedish, one in English, one in Arabic: "English:
The language café moves to …"): a box of the page's, for visitors who read another language, saying again what the
article says. A box below the article's running prose whose lines are written in two languages or more, half of them
or more in a language other than the article's (the function words tell Latin script apart; a line mostly of another
script - Arabic, Tigrinya, Cyrillic - is another language by that alone), no quote among them. An English sentence
in a Swedish paragraph's box, or a quote in English, stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lang import detect_language
from .lineshape import is_quote
from .records import blank_boxes

_OTHER_SCRIPT = "other-script"


def _language(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isascii() or c in "åäöéüÅÄÖÉÜ" for c in letters) * 2 < len(letters):
        return _OTHER_SCRIPT
    return detect_language(text)


def multilingual_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a summary box in several languages under the article's text (see the module docstring)."""
    if not any(ln.blank_before for ln in lines[1:]):
        return
    cut = page_tail(lines)
    seen_prose = False
    for first, end in blank_boxes(lines, cut):
        box = [ln for ln in lines[first:end] if ln.tag is None]
        if seen_prose and len(box) >= 2 and not any(is_quote(ln.text) for ln in box):
            langs = [_language(ln.text) for ln in box]
            foreign = [x for x in langs if x not in {"sv", "unknown"}]
            if len(set(langs) - {"unknown"}) >= 2 and 2 * len(foreign) >= len(box):
                for ln in box:
                    ln.tag, ln.rule = "drop", "summary-languages"
                continue
        seen_prose = seen_prose or any(is_running_prose(ln) and _language(ln.text) == "sv" for ln in box)
