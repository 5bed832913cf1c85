"""The article's short closing line under its last paragraph, which the page's tail rules would take by its place
(issue #9: body recall).

A club's report or a board's letter often ends in one short exclamation of its own, alone under the last paragraph:
"Tack till alla som kom!", "Väl mött den 27:e!", "Varmt välkomna, alla!". Standing alone below the article's last long
paragraph, with the page's taxonomy or share row under it, the classifier doubts it (0.05-0.13 on the blind pages) and
:func:`audiocast.ingest.furniture.tail_box_tags` took it as the page's. It is the article's when it stands right under
the last long paragraph and is a wish, a thanks or a welcome: not a button's call ("Bli medlem idag!", "Följ oss på
Instagram!": the headline table's button shape), not a form's thanks to one reader ("Tack för ditt svar!").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .headline import shape_of
from .lineshape import is_quote, words

if TYPE_CHECKING:
    from .furniture import TaggedLine

WISH_WORDS = 6
"""A letter's closing wish ("Ha en fin helg!", "Heja Hemby!") is at most this many words."""

_FORM_THANKS = re.compile(r"(?i)tack för (?:ditt|din|dina|att du)\b")
"""A form's thanks to the one reader who sent it ("Tack för ditt svar!", "Tack för att du röstade!")."""


def is_wish(text: str) -> bool:
    """One short exclamation of :data:`WISH_WORDS` words or fewer that is no button and no form's thanks."""
    return (text.endswith("!") and 2 <= words(text) <= WISH_WORDS and shape_of(text) != "button" and not is_quote(text)
            and not _FORM_THANKS.match(text))


def closing_wish(lines: Sequence[TaggedLine], start: int, stop: int) -> bool:
    """A letter's closing wish standing alone right over its writer's signature: one short exclamation
    (:func:`is_wish`: "Köp biljetter nu!" is a button) in ``lines[start:stop]``, the line under it a person's name
    or a name and a role (:func:`audiocast.ingest.contacts.is_person_line`). The letter's last line, not the page's."""
    from .contacts import is_person_line

    kept = [ln for ln in lines[start:stop] if ln.tag is None]
    if len(kept) != 1 or stop >= len(lines) or not is_person_line(lines[stop].text):
        return False
    return is_wish(kept[0].text)


def closing_line(lines: Sequence[TaggedLine], start: int, stop: int, last: int) -> bool:
    """The article's closing line in the box ``lines[start:stop]``: a closing wish over its signature
    (:func:`closing_wish`), or a wish, a thanks or a welcome standing alone right under the article's last long paragraph
    ``lines[last]`` ("Tack till alla som kom!")."""
    if closing_wish(lines, start, stop):
        return True
    kept = [ln for ln in lines[start:stop] if ln.tag is None]
    return start == last + 1 and len(kept) == 1 and is_wish(kept[0].text)
