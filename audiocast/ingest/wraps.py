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


def _block_widths(lines: list[str]) -> list[int]:
    """For each line, the length of the longest line of its block (the run of lines between blank lines)."""
    widths = [0] * len(lines)
    start = 0
    for end in range(len(lines) + 1):
        if end == len(lines) or not lines[end].strip():
            width = max((len(x) for x in lines[start:end]), default=0)
            for k in range(start, end):
                widths[k] = width
            start = end + 1
    return widths


def join_wrapped(lines: list[str]) -> list[str]:
    """Re-join hard-wrapped paragraph lines (a line continuing in lowercase; a date line in lowercase, "mån 14 okt
    2024 06:00", a byline or a relative date, "av Per Sund", "i går 14:32", stands alone).

    Session 45: a line is joined to the next only where a wrapper filling its block's width (the longest line between
    blank lines) broke it, the next line's first word not fitting on it, and never inside a list under a line ending
    in a colon (:data:`LIST_ITEM_WORDS`), unless it ends as a part of one sentence (:func:`_goes_on`). Over the
    annotated dumps 54 of the 58 joins made before were wrong: lists of items in small letters under a colon, a hymn's
    lines, a footer's rows; the four right ones were a hard-wrapped dump's paragraphs, still joined. Left joined: lines
    ending in a comma or an "och" that go on in small letters (18 of the joins left, a list's items or a hymn's lines,
    the same words in one line)."""
    out: list[str] = []
    widths = _block_widths(lines)
    listed = False  # the lines since a line ending in a colon are a list's short items
    for i, line in enumerate(lines):
        if (
            out and out[-1] and line and line[0].islower() and i > 0
            and (_goes_on(lines[i - 1]) or not listed and len(lines[i - 1]) + 1 + len(line.split(None, 1)[0]) > widths[i])
            and out[-1][-1] not in ".!?:;…" and words(out[-1]) >= 6 and not is_date_line(line)
            and not _DATE_OPENING.match(line) and not _dated_meta(line) and not _BARE_ADDRESS.fullmatch(line)
            and not _stands_alone(lines, i)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
            stripped = line.rstrip()
            if stripped:  # (a blank line between the colon and its items keeps the list)
                limit = LIST_ITEM_WORDS + (6 if stripped.endswith(",") else 0)
                listed = stripped.endswith(":") or (listed and words(stripped) <= limit and stripped[-1] not in ".!?")
    return out


def _goes_on(item: str) -> bool:
    """Whether a line ends as a part of one sentence the next line goes on in small letters, a list's item or not
    ("göra en ny bedömning av sträckan," over "återinföra skolskjutsen …, och"; "Kommunal kräver att" over its
    demands): the lines are read as that sentence, joined as before session 45, whatever the block's width."""
    return item.rstrip().endswith((",", " och", " samt", " eller"))


LIST_ITEM_WORDS = 10
"""An item of a list under a line ending in a colon ("Det här är förbjudet:" over "tvätt av bilar på tomten") is at
most this many words (and six more when it ends in a comma, as a demand's items do: "att vårdnadshavare ska få sms
senast klockan 06.30 om en tur ställs in,"); such items are never joined as a wrapped paragraph's lines, but for
the items of one sentence, each ending in a comma or an "och" (:func:`_goes_on`)."""
