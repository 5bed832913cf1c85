"""Hard-wrapped paragraphs in a page dump, joined again: a line continuing in lowercase is the line above's end.

Not joined: a line above that ends a sentence or is short, a date line in lowercase ("mån 14 okt 2024 06:00"), a
fixture list's day ("sön 27/4"). Not here: the cleaning of spaces and invisible characters
(:func:`audiocast.ingest.text.clean_text`).
"""

from __future__ import annotations

import re

from .dates import is_date_line
from .lineshape import words

_DATE_OPENING = re.compile(
    r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors?|fre|lör|sön)\.?,?\s+\d{1,2}"
    r"(?:\.?\s+[a-zåäö]{3}|/\d{1,2}\b)")
"""A date line opened by a weekday in lower case ("tis 9 sep 2025 07:41", a fixture list's "sön 27/4"): a headline's
date or a list's day, not a line's wrapped end."""

_BARE_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")
"""An e-mail or web address alone on its line: a contact card's line, never a wrapped sentence's tail."""


def join_wrapped(lines: list[str]) -> list[str]:
    """Re-join hard-wrapped paragraph lines (a line continuing in lowercase; a date line in lowercase, "mån 14 okt
    2024 06:00", stands alone)."""
    out: list[str] = []
    for line in lines:
        if (
            out and out[-1] and line and line[0].islower()
            and out[-1][-1] not in ".!?:;…" and words(out[-1]) >= 6 and not is_date_line(line)
            and not _DATE_OPENING.match(line) and not _BARE_ADDRESS.fullmatch(line)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
