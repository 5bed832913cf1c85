"""A photographer's name alone on its line, when the page credits that name for a picture (session 23).

A dump carries a picture's credit twice where the site sets it twice: once in its credit line ("Foto: Ulf Palm")
and once bare under a caption further down ("Oscar Nyqvist jublar efter 2–1-målet." / "Ulf Palm"). The bare name
has a byline's shape and was read aloud between two paragraphs.

Measured first over the annotated dumps (golden and the opened sets): of the lines that are only a person's name
(two or three capitalised words) equal to a name the same page credits for a picture ("Foto:", "Bild:",
"Fotograf:", "Illustration:", "Grafik:"), 97 were the writer's byline (meta), 41 boilerplate, 2 other page lines and
none article text, in 48 folders. So such a line below the article's start, not yet told, is dropped (rule
``credited-name``). Risk: an article whose text is a list of names and one of them took a picture on the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine

RULE = "credited-name"
_CREDIT = re.compile(r"\b(?:Foto|Bild|FOTO|BILD|Fotograf|Illustration|Grafik)\s*:\s*(?P<name>[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){1,2})\b")
NAME_LINE = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?: [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){1,2}")
"""A person's name alone: two or three capitalised words (a double name joined by a hyphen)."""


def credited_name_tags(lines: Sequence[TaggedLine], body_from: int) -> None:
    """Drop a bare name below ``body_from`` that the page credits for a picture (see the module docstring)."""
    names = {m.group("name") for ln in lines for m in _CREDIT.finditer(ln.text)}
    if not names:
        return
    for ln in lines[body_from:]:
        if ln.tag is None and ln.text in names and NAME_LINE.fullmatch(ln.text):
            ln.tag, ln.rule = "drop", RULE
