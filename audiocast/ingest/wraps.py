"""Hard-wrapped paragraphs in a page dump, joined again: a line continuing in lowercase is the line above's end.

Not joined: a line above that ends a sentence or is short, a date line in lowercase ("mån 14 okt 2024 06:00"), a date
opening a meta line with its writer or section ("april 14, 2025 by Anders Berg", "mars 3, 2025 | Nyheter"), a
fixture list's day ("sön 27/4"), a byline or a relative date glued under a headline ("av Per Sund och Anna Ek",
"i går 14:32"). Not here: the cleaning of spaces and invisible characters
(:func:`audiocast.ingest.dumpclean.clean_text`).
"""

from __future__ import annotations

import re

from .dates import DATE_LINE, is_date_line
from .lineshape import words

_DATE_OPENING = re.compile(
    r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors?|fre|lör|sön)\.?,?\s+\d{1,2}"
    r"(?:\.?\s+[a-zåäö]{3}|/\d{1,2}\b)")
"""A date line opened by a weekday in lower case ("tis 9 sep 2025 07:41", a fixture list's "sön 27/4"): a headline's
date or a list's day, not a line's wrapped end."""

_AFTER_DATE = re.compile(r"(?i)\s*(?:$|[·|•–—-]|(?:by|av|posted by|skriven av|publicerad av)\s)")
"""What follows a date opening a meta line ("april 14, 2025 by Anders Berg", "mars 3, 2025 | Nyheter"): the line's
end, a separator, or the writer."""

_BARE_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")
"""An e-mail or web address alone on its line: a contact card's line, never a wrapped sentence's tail."""

_NAME = r"(?-i:[A-ZÅÄÖÉÜ][\w'’.-]*)"
_BYLINE = re.compile(
    rf"(?i)(?:(?:skriven|skrivet|text|text och foto|text & foto|foto|bild|publicerad|publicerat|uppdaterad|"
    rf"uppdaterat)\s+)?(?:av|by|från)\s+{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:\s*(?:,|&|och|and)\s+{_NAME}(?:\s+{_NAME}){{0,3}})*(?:\s*[,|–-]\s*[\wåäö]+(?:\s+[\wåäö]+)?)?"
    r"(?:\s*[|·•]\s*[^|·•]{1,40}){0,4}"  # its meta parts after a bar: "av Elin Sjöqvist | 15 januari, 2025 | 4 kommentarer"
    rf"|(?:text|foto|bild|text och foto|text & foto)\s*:\s*{_NAME}.{{0,60}}")
"""A byline in lower case: "av Per Sund och Anna Ek", "skriven av Linnea Berg", "från TT", "av Lisa Öberg, reporter",
"text och foto: Maja Lind" - a name (or names) after the word that gives the writer, and at most a role; then the meta
row's parts set apart by bars or dots (session 40, extract184: "av Elin Sjöqvist | 15 januari, 2025 | 4 kommentarer"
had been joined to the headline above it)."""

_RELATIVE_DATE = re.compile(
    r"(?i)(?:(?:publicerad|publicerat|uppdaterad|uppdaterat|senast uppdaterad)\s*:?\s+)?"
    r"(?:i\s?går|i\s?dag|i\s?förrgår|för\s+\d{1,3}\s+(?:min(?:uter)?|minut|tim(?:mar|me)?|h|dagar?|veckor?)\s+sedan)"
    r"(?:,?\s*(?:kl\.?|klockan)?\s*\d{1,2}[.:]\d\d)?")
"""A relative date or time stamp alone on its line ("i går 14:32", "idag 08.15", "för 3 timmar sedan", "uppdaterad i
dag 09:12"): a headline's date line, never a wrapped sentence's end."""


def _dated_meta(line: str) -> bool:
    """A meta line opened by a date in lower case, a blog theme's month first ("april 14, 2025 by Anders Berg",
    "mars 3, 2025 | Nyheter"): a headline's date line with its writer or section, never a wrapped sentence's end."""
    date = DATE_LINE.match(line)
    return date is not None and _AFTER_DATE.match(line, date.end()) is not None


def _head_meta(line: str) -> bool:
    """A byline or a relative date line in lower case ("av Per Sund", "i går 14:32"), ending no sentence."""
    text = line.strip()
    return bool(text) and text[-1] not in ".!?…" and (
        _BYLINE.fullmatch(text) is not None or _RELATIVE_DATE.fullmatch(text) is not None)


def _stands_alone(lines: list[str], i: int) -> bool:
    """Whether lines[i] is a byline or a relative date that closes its run of lines: the next line is blank, opens in
    upper case or is such a line too (a wrapped sentence going on, "… ägdes" / "av Per Sund och" / "hans fru.", is no
    byline)."""
    if not _head_meta(lines[i]):
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return not nxt or not nxt[0].islower() or _head_meta(nxt) or is_date_line(nxt)


def join_wrapped(lines: list[str]) -> list[str]:
    """Re-join hard-wrapped paragraph lines (a line continuing in lowercase; a date line in lowercase, "mån 14 okt
    2024 06:00", a byline or a relative date, "av Per Sund", "i går 14:32", stands alone)."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if (
            out and out[-1] and line and line[0].islower()
            and out[-1][-1] not in ".!?:;…" and words(out[-1]) >= 6 and not is_date_line(line)
            and not _DATE_OPENING.match(line) and not _dated_meta(line) and not _BARE_ADDRESS.fullmatch(line)
            and not _stands_alone(lines, i)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
