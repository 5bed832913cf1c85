"""A list of the site's other posts under the article, by their titles alone: no dates, a heading of any wording or none.

Dated teaser lists and lists under a known label ("Läs också", "Fler nyheter") are the rules' and
:mod:`audiocast.ingest.articleend`'s. A list of bare titles under a heading no rule knows ("Relaterade kurser", "Mer i
ämnet", "Andra har också läst"), or under none, was kept when its titles shared words with the article (they are about
the same subject). On any site it is told by its shape and by the line classifier:

- below the article's running prose, glued under its last paragraph or in a box of its own, closing its box;
- at least :data:`TITLES` lines shaped as titles: :data:`TITLE_MIN_WORDS` to :data:`TITLE_MAX_WORDS` words, no
  sentence's end (a question may end one), no label with its colon, no number in the list (a fact box's items carry
  prices, phone numbers and dates);
- the classifier doubts it: a mean under :data:`P_TITLES` over its lines, the heading included, none it trusts
  (:data:`P_TITLE_MAX`);
- no running prose of the article below it.

Guards (kept): advice to the reader in short lines ("Så gör du om isen brister", "Ring 112 när du är uppe": a
teaser list whose titles speak to the reader is left to the other passes); a fact box's items with numbers; a packing list of one- and two-word items; a list the article's prose
goes on under.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..calendar_sv import MONTHS as MONTH_NAMES
from .actionbox import prose_below
from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .headline import shape_of
from .letterclose import signature_end
from .linecuts import cut
from .lineshape import is_quote, is_title_like, words
from .records import blank_boxes

RULE = "teaser-titles"
TITLES = 3
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 12
HEADING_WORDS = 6
P_TITLES = cut("teasertitles.P_TITLES", 0.4)
"""The classifier's mean for the list's lines is under this (teaser titles 0.02-0.35; the article's lines score higher)."""
P_TITLE_MAX = cut("teasertitles.P_TITLE_MAX", 0.7)
"""No line of the list is one the classifier trusts this much (a paragraph of the article)."""
_READER = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni|er)\b")


_BARE_DATE = re.compile(
    rf"(?i)(?:\d{{1,2}} (?:{'|'.join(MONTH_NAMES)})(?: \d{{4}})?|\d{{4}}-\d\d-\d\d"
    r"|(?:i dag|idag|i går|igår)(?: (?:kl\.? )?\d\d[:.]\d\d)?)")
"""A bare date line: a day and a month's whole name (a year may follow), an ISO date, "i dag"/"igår" with a time."""
_CLOCK_FIRST = re.compile(r"\d{1,2}[:.]\d\d\b")
DATED_TEASER_RULE = "dated-teaser"


def _bare_date(line: TaggedLine) -> bool:
    return _BARE_DATE.fullmatch(line.text) is not None


def dated_teaser_tags(lines: Sequence[TaggedLine]) -> None:
    """A teaser list's title between two bare date lines under the article's first paragraph ("Läs också" /
    "Hyrläkarna kostar regionen 240 miljoner" / "2 november 2024" / "Protestlistor mot nedläggning i Mörrum" /
    "18 oktober 2024"): the label's rule takes the first title only, the others were read. Session 23: measured
    first over the annotated dumps, of the lines below the headline with a bare date line on either side, 259 were
    boilerplate, one the lead (over a picture counter "1/2" read as a date; the lead is not looked at here), one
    the headline and one a meta line, in 46 folders. The dates are bare (:data:`_BARE_DATE`): with a weekday or a
    month written short ("Lör 14 juni", "1 jun") they head a calendar's or a diary's entries, the article's own (a
    museum's summer programme, a tour diary). A programme's item (a clock time first) under its day's date is kept.
    Rule ``dated-teaser``. Run last (:func:`audiocast.ingest.recordpasses.late_record_tags`), once the
    page's boxes are told: a title dropped earlier breaks the box the end's passes take whole. Risk: a programme of
    one line a day with no clock time."""
    for i in range(2, len(lines) - 1):
        ln = lines[i]
        if ln.tag is None and _bare_date(lines[i - 1]) and _bare_date(lines[i + 1]) and not _bare_date(ln) \
                and not _CLOCK_FIRST.match(ln.text):
            ln.tag, ln.rule = "drop", DATED_TEASER_RULE


def teaser_title_tags(lines: Sequence[TaggedLine]) -> None:
    """Lists of bare titles under the article (module docstring) go (rule ``teaser-titles``), and runs of the site's
    posts each with its excerpt and its link (:func:`read_more_run_tags`)."""
    read_more_run_tags(lines)
    cut = page_tail(lines)
    prose_above = False
    for start, end in blank_boxes(lines, cut):
        box = lines[start:end]
        last = max((k for k, x in enumerate(box) if is_running_prose(x)), default=None)
        at = last + 1 if last is not None else (0 if prose_above else None)
        if at is not None:
            # A button or two over the list ("Boka sotning" over "Nyheter" and its titles) go with it.
            lead = at
            while lead < len(box) - 1 and lead - at < BUTTONS and box[lead].tag is None and _button(box[lead].text):
                lead += 1
            if lead > at and not _title_list(box[lead:]):
                lead = at
        if at is not None and last is not None and signature_end(lines, start + last, cut) is not None:
            at = None  # a letter's close and its signers under its last paragraph ("För föreningen" / "Eva Ek, ordförande")
        if at is not None and _title_list(box[lead:]) and not prose_below(lines, end, cut):
            for x in box[at:]:
                if x.tag in (None, "menu"):
                    x.tag, x.rule = "drop", RULE
        prose_above = prose_above or last is not None


LISTED_TITLES = 2
"""Under a list's heading (a menu word of the page, "Tidigare nyheter", "Senaste från föreningen") two titles are a list."""
_LISTY = re.compile(r"(?i)(?:tidigare|äldre|senaste|fler|andra|mer|övriga|liknande)\b.*")


def _title_list(run: Sequence[TaggedLine]) -> bool:
    first = run[0] if run else None
    listed = first is not None and first.tag in (None, "menu") and (first.tag == "menu" or bool(
        _LISTY.fullmatch(first.text))) and words(first.text) <= HEADING_WORDS and first.text[-1] not in ".!?:"
    kept = [x for x in run if x.tag is None or (listed and x is first)]
    if not kept or any(x.p is None or x.p >= P_TITLE_MAX or is_quote(x.text) or ":" in x.text for x in kept):
        return False
    if sum(x.p or 0.0 for x in kept) >= P_TITLES * len(kept):
        return False
    if any(_READER.search(x.text) for x in kept):
        return False  # advice to the reader ("Så gör du om isen brister", "Vänd dig mot hållet du kom ifrån")
    head = kept[0] if listed or (not _title(kept[0]) and is_title_like(kept[0].text) and words(kept[0].text) <= HEADING_WORDS) else None
    items = [x for x in kept if x is not head]
    if listed:
        # Under a list's heading, two titles are a list, and a title may hold a number ("Nya regler från 2028").
        return len(items) >= LISTED_TITLES and all(_title(x) for x in items)
    return len(items) >= TITLES and all(_title(x) for x in items) and not any(
        any(c.isdigit() for c in x.text) for x in kept)


BUTTONS = 2
"""At most this many buttons stand over a list of titles and go with it."""


def _button(text: str) -> bool:
    """A button's short line (``data/headline.tsv``: "Boka sotning", "Se alla nyheter")."""
    return words(text) <= 4 and text[-1] not in ".!?" and shape_of(text) == "button"


def _title(ln: TaggedLine) -> bool:
    text = ln.text
    return TITLE_MIN_WORDS <= words(text) <= TITLE_MAX_WORDS and text[-1] not in ".!,;…" and text[0].isupper() and (
        is_title_like(text))


_READ_MORE = re.compile(r"(?i)(?:läs (?:mer|hela(?: \w+)?|vidare)|fortsätt läsa|visa mer)\s*[»›→]*")
"""A teaser's link to its post ("Läs mer »", "Läs hela inlägget", "Fortsätt läsa")."""
EXCERPT_LINES = 2
"""A teaser's excerpt between its title and its link is at most this many lines."""
READ_MORE_UNITS = 2
"""A run of teasers holds at least this many titles each with its excerpt and its link."""


def _read_more(x: TaggedLine) -> bool:
    return x.tag is not None and words(x.text) <= 5 and bool(_READ_MORE.fullmatch(x.text.strip()))


def read_more_run_tags(lines: Sequence[TaggedLine]) -> None:
    """A run of the site's other posts under the article, each a title, an excerpt of a line or two and its link
    ("Julmarknad i bygdegården 7 december" / "Nu är det dags att anmäla sig …" / "Läs mer »"), at least
    :data:`READ_MORE_UNITS` in a row, no blank line between: the excerpts and titles go whatever they say (session 33,
    extract127: a village association's earlier posts, their excerpts read as the article's prose). The units are told
    by their links (:data:`_READ_MORE`, taken by a rule) one title and at most :data:`EXCERPT_LINES` lines apart, the
    title a short line without a stop. Guard: an article's own paragraph under its subheading has no such link under
    it, and a single "Läs mer" closing the article's last paragraph is no run. Rule ``teaser-titles``."""
    links = [i for i, x in enumerate(lines) if _read_more(x)]
    units: list[tuple[int, int]] = []  # (title, link) of each unit, in order
    for i in links:
        for title in range(i - 2, max(-1, i - 2 - EXCERPT_LINES), -1):
            t = lines[title]
            excerpt = lines[title + 1:i]
            if (is_title_like(t.text) and not t.text.rstrip().endswith(".") and words(t.text) <= 12
                    and excerpt and all(x.tag is None and not is_quote(x.text) for x in excerpt)
                    and not any(x.blank_before for x in lines[title + 1:i + 1])):
                units.append((title, i))
                break
    run: list[tuple[int, int]] = []
    for unit in units + [(-1, -1)]:
        if run and unit[0] == run[-1][1] + 1 and not lines[unit[0]].blank_before:
            run.append(unit)
            continue
        if len(run) >= READ_MORE_UNITS:
            for title, link in run:
                for x in lines[title:link]:
                    if x.tag in (None, "menu"):
                        x.tag, x.rule = "drop", RULE
        run = [unit]
