"""A list the article announces, its items one short sentence each between blank lines (issue #9: body recall).

Advice and instructions are set as a run of short sentences, each a paragraph of its own, under a line that announces
them: "Så minskar du risken att smittas:" over "Stanna hemma i minst två dygn efter att du blivit frisk.", "Om du kör på
ett vilt" over "Sätt ut varningstriangel och ring 112.". Such an item has a caption's form (one short sentence without a
finite verb after its first word: the imperative opens it), so :func:`audiocast.ingest.furniture.caption_tags` took it
as a picture's caption whose credit was missing, and the listener lost the advice the article had promised. An item is
the article's when the line over its run announces a list: it ends in a colon, or it is a heading that turns to the
reader ("Om det börjar brinna hos dig", "Det här kan ni göra"). A picture's caption stands under a paragraph or a
heading that names a thing, a gallery's captions under the gallery's counter: neither announces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..calendar_sv import WEEKDAYS
from .dates import MONTHS
from .lineshape import TIMED_ITEM, content_words, is_quote, is_title_like, words

if TYPE_CHECKING:
    from .furniture import TaggedLine

ITEM_WORDS = 25
"""An item of an announced list is one sentence of at most this many words."""
ANNOUNCE_WORDS = 14
"""The line announcing the list is at most this many words."""
_YOU = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|era|man)\b")
_ITEM_RULES = frozenset({"caption-alone", "tail-box"})
"""The rules that take an item by its form or place: its caption's form, or a lone short line below the article's last
long paragraph (:func:`audiocast.ingest.furniture.tail_box_tags`; an earlier item of the run may have been judged so)."""
_BY_PLACE = "tail-box"
LIST_ITEMS = 2
"""Below the article's last long paragraph, where the announcing line itself was taken by its place, the list it
announces has at least this many items."""


def _item(ln: TaggedLine) -> bool:
    text = ln.text
    return (ln.tag is None or ln.rule in _ITEM_RULES) and text[-1] in ".!" and words(text) <= ITEM_WORDS and (
        not is_quote(text))


def _announces(ln: TaggedLine) -> bool:
    text = ln.text
    if (ln.tag is not None and ln.rule != _BY_PLACE) or words(text) > ANNOUNCE_WORDS or is_quote(text):
        return False
    return text.endswith(":") or (is_title_like(text) and _YOU.search(text) is not None)


def announced_item(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is an item of a list the line over its run of items announces (see the module docstring)."""
    if not _item(lines[i]):
        return False
    k = i - 1
    while k >= 0 and _item(lines[k]) and lines[k + 1].blank_before:
        k -= 1
    return k >= 0 and _announces(lines[k]) and lines[k].tag is None


def glued_item(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is an item in small letters of an announced list set without blank lines ("Det är förbjudet
    att:" over "elda i skog och mark", "skjuta fyrverkerier"): it and the items in small letters glued above it stand
    right under a line that announces (session 46, extract247)."""
    k = i
    while k > 0 and not lines[k].blank_before and lines[k].tag is None and lines[k].text[:1].islower():
        k -= 1
    return k < i and not lines[k + 1].blank_before and _announces(lines[k])


def announced_list_tags(lines: Sequence[TaggedLine]) -> None:
    """Give back an announced list the page tail's rule took by its place, line by line: the announcing line and its
    :data:`LIST_ITEMS` items or more, each alone between blank lines."""
    for k, ln in enumerate(lines):
        if ln.rule != _BY_PLACE or not _announces(ln):
            continue
        stop = k + 1
        while stop < len(lines) and lines[stop].blank_before and _item(lines[stop]):
            stop += 1
        if stop - k - 1 >= LIST_ITEMS:
            for x in lines[k:stop]:
                if x.rule == _BY_PLACE:
                    x.tag, x.rule = None, None


NAMED_WORDS = (2, 6)
"""A box's heading the article names in its own words ("I avsnittet") is two to six words."""
_OF_TEXT = re.compile(r"(?i)(?:i|om|ur|från|inför|under|efter)\s+(?-i:[a-zåäö])")
"""Such a heading opens with a preposition and a common noun or a determiner ("I avsnittet", "I det här avsnittet", "Om
förslaget"): a part of the article's matter. A place or an organisation the article names ("Vikbyns bibliotek" over
its opening hours) or a button repeating its call ("Gör hälsodeklarationen") is the page's box, however the article
says it."""


def named_heading(lines: Sequence[TaggedLine], i: int, end: int) -> bool:
    """Whether the kept heading lines[i] under the article's end, a preposition and a common noun (:data:`_OF_TEXT`), is a
    phrase the article's own text (``lines[:end + 1]``) says word for word: "I avsnittet" over a podcast's chapters, under "I avsnittet möter du ...". The article has
    announced the box: it is the article's list (its chapters, the points of its proposal), however new their words."""
    title = lines[i].text
    low, high = NAMED_WORDS
    if lines[i].tag is not None or not low <= words(title) <= high or title[-1] in ".!?:" or not _OF_TEXT.match(title):
        return False
    phrase = re.compile(r"(?<!\w)" + re.escape(title.lower()) + r"(?!\w)")
    return any(ln.tag is None and ln.text != title and phrase.search(ln.text.lower()) for ln in lines[:end + 1])


def named_box_end(lines: Sequence[TaggedLine], i: int, end: int, cut: int, head: str = "") -> int | None:
    """Where the box under a heading the article named (:func:`named_heading`) ends: at the first line the rules took
    or the first blank line, once it has :data:`LIST_ITEMS` kept lines under the heading; None when lines[i] opens no
    such box. ``head``: the headline and the lead, said above ``lines``."""
    if not named_heading(lines, i, end):
        return _series_box_end(lines, i, end, cut) or _programme_box_end(lines, i, end, cut, head)
    stop = i + 1
    while stop < cut and lines[stop].tag is None and not lines[stop].blank_before:
        stop += 1
    return stop if stop - i - 1 >= LIST_ITEMS else None


_PROGRAMME_HEAD = re.compile(r"(?i)(?:\w+ )?(?:program(?:met)?|schema|tidsplan)(?: [\wåäö]+){0,3}:?")
"""A programme's heading ("Program", "Program i urval", "Program för invigningen", "Dagens schema")."""
_OF_PROGRAMME = re.compile(r"(?i)\b(?:hela )?(?:programmet|schemat|tidsplanen)\b.*[.!]$")


_DAY_MONTH = re.compile(r"(?i)\b\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                        + r")\b")
_DAY_NAMES = frozenset(content_words(" ".join(WEEKDAYS)))
EVENT_HEAD_WORDS = 6
"""An event's heading over its programme ("Invigningen lördag 12 april") is at most this many words."""


def _event_head(lines: Sequence[TaggedLine], i: int, end: int, head: str) -> bool:
    """A heading of the article's own event over its programme (session 47, extract252): a day and month and at most
    :data:`EVENT_HEAD_WORDS` words, no sentence's end, every content word of it said in the article above
    ("Invigningen lördag 12 april" under a lead that says "Den 12 april öppnar … Invigningen sker …"; ``head``: the
    headline and the lead). A site's calendar names other events, in words the article has not said."""
    title = lines[i].text.strip()
    if words(title) > EVENT_HEAD_WORDS or title[-1] in ".!?" or not _DAY_MONTH.search(title):
        return False
    said = content_words(head).union(*(content_words(ln.text) for ln in lines[:end + 1] if ln.tag is None))
    return content_words(title) - _DAY_NAMES <= said  # (the date's weekday need not be said: "lördag")


def _programme_box_end(lines: Sequence[TaggedLine], i: int, end: int, cut: int, head: str) -> int | None:
    """Session 43 (extract215): a programme's heading over items each opened by a clock time, :data:`LIST_ITEMS` or
    more, under the article's last paragraph is the article's programme (over the annotated dumps such a heading over
    timed items is the article's 5 times of 5); the box ends at the first line that is no timed item, or under it when
    that line is a sentence about the programme ("Hela programmet publiceras i slutet av juni."). So is the article's own
    event's heading over them (:func:`_event_head`). None when lines[i] opens no such box. Risk: a site's own event
    calendar under a heading "Program" with times."""
    if lines[i].tag is not None or not (_PROGRAMME_HEAD.fullmatch(lines[i].text.strip()) or _event_head(lines, i, end, head)):
        return None
    stop = i + 1
    while stop < cut and lines[stop].tag is None and TIMED_ITEM.match(lines[stop].text):
        stop += 1
    if stop - i - 1 < LIST_ITEMS:
        return None
    note = lines[stop] if stop < cut else None  # the programme's own closing note ("Hela programmet publiceras …")
    return stop + 1 if note is not None and note.tag is None and _OF_PROGRAMME.search(note.text) else stop


SERIES_HEAD_WORDS = 8
_DASH = re.compile(r"\s[–-]\s")


def _series_box_end(lines: Sequence[TaggedLine], i: int, end: int, cut: int) -> int | None:
    """Session 30 (blind set extract111): a heading that opens with a name the article's text says word for word
    ("Kärrby läser – höstens program" under "… bibliotekets höstserie Kärrby läser …") over items that name what the
    text names ("7 november kl 18.30: Henrik Palm" under "… den 7 november, då … Henrik Palm kommer"): the article's
    programme, not the page's box (half its items at least share a word with the text: a widget's labels and values
    under a name the text says, "Wilma Åkesson – Ramsjö GP" over "Distans" / "96,4 km", do not). The box ends at a line of a button's, a label's or a menu's shape ("Sök i
    katalogen", "Kontakt") or one the rules took. A place's box under its name ("Vikbyns bibliotek" over opening
    hours) names nothing the text does and stays the page's."""
    from .headline import shape_of  # headline reads furniture, which imports this module

    head = lines[i]
    if head.tag is not None or words(head.text) > SERIES_HEAD_WORDS or head.text.rstrip()[-1:] in ".!?:":
        return None
    name = _DASH.split(head.text, maxsplit=1)[0].strip()
    phrase = re.compile(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)")
    if words(name) < NAMED_WORDS[0] or not any(ln.tag is None and phrase.search(ln.text.lower()) for ln in lines[:end + 1]):
        return None
    said = set().union(*(content_words(ln.text) for ln in lines[:end + 1] if ln.tag is None))
    stop = i + 1
    while stop < cut and lines[stop].tag is None and not lines[stop].blank_before and shape_of(lines[stop].text.strip()) is None:
        stop += 1
    items = lines[i + 1:stop]
    named = sum(len(content_words(x.text) & said) >= 2 for x in items)
    sharing = sum(bool(content_words(x.text) & said) for x in items)
    return stop if len(items) >= LIST_ITEMS and named >= 1 and 2 * sharing >= len(items) else None


DATE_ITEM_WORDS = 8
"""An item of an announced list of dates ("Lördag 8 mars kl. 19.00 (premiär)") is at most this many words."""


def announced_date_tags(lines: Sequence[TaggedLine]) -> None:
    """Give back the date lines of a list the article's text announces: under the article's head, a kept line ending
    in a colon ("De nya speldatumen är:") over a run of short lines, each a date or an item without a sentence's stop
    ("Lördag 8 mars kl. 19.00 (premiär)", "Söndag 9 mars kl. 15.00"). Such a date is an item the article promised
    (the performances, the meetings), not the page's date line, which stands in the head or under the text and
    follows no colon. ``lines`` are the lines under the article's head.

    Measured (session 25, every annotated dump, golden and blind sets, 1,539 pages): 3 date lines under such a run,
    on one page, all the article's; no line of the page's meta stood so."""
    for i, ln in enumerate(lines):
        if ln.tag != "date" or ln.rule is not None:
            continue
        k = i - 1
        while k >= 0 and (lines[k].tag == "date" or (
                lines[k].tag is None and words(lines[k].text) <= DATE_ITEM_WORDS and lines[k].text[-1] not in ".!?:")):
            k -= 1
        if k >= 0 and lines[k].tag is None and lines[k].text.endswith(":") and not is_quote(lines[k].text):
            ln.tag = None


CALENDAR_LOOK_UP = 4
"""A week's calendar goes on over at most this many day lines and items between a kept timed item and the next."""
_DAY_LINE = re.compile(rf"(?i)(?:{'|'.join(WEEKDAYS)})(?:en)? \d{{1,2}} [a-zåäö]+\.?(?:\s+[–-]\s+\S.{{0,40}})?")
"""A calendar's day line ("Tisdag 25 mars", "Söndag 30 mars – Midfastosöndagen")."""


def continues_calendar(lines: Sequence[TaggedLine], i: int) -> bool:
    """Session 44 (extract234, a parish's weekly letter, its heading "Veckans kalender"): a week's calendar under the
    article's last paragraph, each day's line over items opened by their clock time, goes on past its first days (the
    article's end was taken at the second day's line, tagged a date): lines[i] is a timed item or a day line, and
    walking up over day lines and timed items within :data:`CALENDAR_LOOK_UP` lines reaches a kept timed item."""
    text = lines[i].text.strip()
    if not (TIMED_ITEM.match(text) or _DAY_LINE.fullmatch(text)):
        return False
    for k in range(i - 1, max(-1, i - 1 - CALENDAR_LOOK_UP), -1):
        above = lines[k].text.strip()
        if lines[k].tag is None and TIMED_ITEM.match(above):
            return True
        if not (_DAY_LINE.fullmatch(above) or TIMED_ITEM.match(above)) or lines[k].blank_before:
            return False
    return False
