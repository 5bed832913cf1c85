"""A menu glued to the article's head: items of a run of short lines, told by the run whatever their words.

A dump copied from a page whose menu, breadcrumb and head have no blank line between them ("Equmeniakyrkan X" /
"Gudstjänster" / "Barn & unga" / "Körer" / "Veckobrev" / "Veckobrev vecka 37" / date line / byline) is one block
with the head's date line in it, so it is no menu by :func:`audiocast.ingest.headcands.in_menu_run` (a block with a
date line is the head). Its short lines still form a run: a line of a few words with another such line under it, in
a run of :data:`MENU_RUN_LINES` or more, is an item of the menu (or of the breadcrumb); the run's last two lines,
right above the date line or the text, stand at the head's place and are no items by this sign.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .headline import SECTION_WORDS, shape_of
from .headmeta import ANCHORS
from .headshapes import real_words
from .lineshape import is_title_like, words

MENU_ITEM_WORDS = 3
"""A menu's item is at most this many words ("Barn & unga" is two: a sign between words is no word)."""
MENU_RUN_LINES = 4
"""A run of at least this many short lines glued together is a menu (a kicker, a headline and a date are three)."""


def _short(ln: TaggedLine) -> bool:
    return ln.tag in (None, "menu") and 0 < real_words(ln.text) <= MENU_ITEM_WORDS


def glued_menu_item(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is an item of a run of at least :data:`MENU_RUN_LINES` short lines (at most
    :data:`MENU_ITEM_WORDS` words, untagged or a menu's word) with no blank line between, and not among the run's last
    two lines: two short lines glued under it go on with the menu (a short headline may have one line of its own under
    it, a name or a section's tag, before its date line). A date line, a byline, a longer line or a blank line ends
    the run."""
    if not _short(lines[i]):
        return False
    start = i
    while start > 0 and not lines[start].blank_before and _short(lines[start - 1]):
        start -= 1
    end = i
    while end + 1 < len(lines) and not lines[end + 1].blank_before and _short(lines[end + 1]):
        end += 1
    return end - start + 1 >= MENU_RUN_LINES and i < end - 1


def in_anchor_block(lines: Sequence[TaggedLine], i: int, anchors: Sequence[int]) -> bool:
    """Whether lines[i] stands in the same block (the lines between two blank lines) as one of the head's date lines or
    bylines ``anchors``: the head's own block ("Vårens stora dag" / "3 april 2026"), not a box set apart above it ("Bli
    medlem idag och få rabatt på båtplatsen", blank line, the head). Always False in a dump without blank lines."""
    if not any(ln.blank_before for ln in lines):
        return False
    start, end = _block_of(lines, i)
    return any(start <= a <= end for a in anchors)


SECTION_LINE_WORDS = 2
"""A section's label over a headline is at most this many words ("Aktuellt", "Lokala nyheter")."""


def section_line(ln: TaggedLine) -> bool:
    """Whether the line is a section's label or a breadcrumb over a headline: taken by a rule (a crumb, a menu's word),
    shaped as a label or navigation (data/headline.tsv), or a title-like line of at most :data:`SECTION_LINE_WORDS`
    words."""
    return (ln.tag is not None or shape_of(ln.text) in {"label", "nav"}
            or (is_title_like(ln.text) and real_words(ln.text) <= SECTION_LINE_WORDS))


PROSE_WORDS = 8
"""A line of running prose has at least this many words."""
RUNNING_TEXT = 2
"""A block with this many lines of running prose is the article's text, not a menu's block."""


def in_menu_run(lines: Sequence[TaggedLine], i: int, without_anchor: bool = False) -> bool:
    """Whether lines[i] stands in a run of three or more lines (no blank line between), mostly of three words or
    less (``without_anchor``: and no date line or byline in it - such a run is the article's head)."""
    if not any(ln.blank_before for ln in lines):
        start, end = _run_between_prose(lines, i)
        if end == i and words(lines[i].text) > SECTION_WORDS and i + 1 < len(lines):
            return False  # the run's last line, of four words or more, over prose: the head, not a menu item
    else:
        start, end = _block_of(lines, i)
        if _long_block(lines, start, end):
            # Blank lines only elsewhere (under the article, between its boxes): a block that runs on through prose is
            # bounded by its prose and date lines too, as in a dump without any.
            inner_start, inner_end = _run_between_prose(lines, i)
            if inner_end == i and words(lines[i].text) > SECTION_WORDS and inner_end < end:
                return False  # the run's last line, of four words or more, over prose: the head, not a menu item
            start, end = max(start, inner_start), min(end, inner_end)
    if without_anchor and any(ln.tag in ANCHORS for ln in lines[start:end + 1]):
        return False
    run = [ln for ln in lines[start:end + 1] if ln.tag in (None, "menu")]
    return len(run) >= 3 and sum(words(ln.text) <= 3 for ln in run) * 2 > len(run) or _list_block(lines, start, end)


LIST_BLOCK_LINES = 4
"""A block of at least this many title-like lines and nothing else is a list of links, however long its items."""


def _list_block(lines: Sequence[TaggedLine], start: int, end: int) -> bool:
    """Whether lines[start:end + 1], a block between blank lines in a dump that has them, is a list of links: at least
    :data:`LIST_BLOCK_LINES` lines, every one title-like with no field's colon, no date line or byline among them, and
    a blank line under the block ("Bo och bygga i Västerby" / "Kultur och fritid för alla" / "Omsorg och stöd i
    vardagen" / …: a menu whose items are phrases). A head stacks a kicker, a headline and a dek at most, its date
    line or lead glued under them."""
    block = lines[start:end + 1]
    if len(block) < LIST_BLOCK_LINES or end + 1 >= len(lines) or not lines[end + 1].blank_before:
        return False
    return all(ln.tag in (None, "menu") and is_title_like(ln.text) and ":" not in ln.text for ln in block)


def _long_block(lines: Sequence[TaggedLine], start: int, end: int) -> bool:
    """Whether lines[start:end + 1], a block without blank lines, holds running prose (:data:`RUNNING_TEXT` lines of
    :data:`PROSE_WORDS` words or more): the article's text, not a menu's block. A sentence the rules took (a cookie
    banner's glued over the site's name, tagline and menu) is none of the article's prose."""
    return sum(words(ln.text) >= PROSE_WORDS and ln.tag is None for ln in lines[start:end + 1]) >= RUNNING_TEXT


def _run_between_prose(lines: Sequence[TaggedLine], i: int) -> tuple[int, int]:
    """In a dump with no blank lines at all (a copy that lost them), the run around lines[i] is bounded by lines of
    running prose and by date lines and bylines instead: otherwise the whole page is one run, and every line of it,
    the headline too, stands "in a menu"."""
    def edge(ln: TaggedLine) -> bool:
        return words(ln.text) >= PROSE_WORDS or ln.tag in ANCHORS

    if edge(lines[i]):
        return i, i  # a long line or a date line is no menu item
    start = i
    while start > 0 and not edge(lines[start - 1]):
        start -= 1
    end = i
    while end + 1 < len(lines) and not edge(lines[end + 1]):
        end += 1
    return start, end


HEADER_LINES = 4
"""The page's header (its name, a tagline, a search box) is at most this many lines over the menu's first word."""


def in_page_header(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] stands in the page's header: above the first line the rules take for a menu's word with a short
    line glued under it (the menu's run), which comes within :data:`HEADER_LINES` lines of the top, glued (no blank
    line), with no date line or byline between (the site's
    name and its tagline: "Åby Hembygdsförening" / "Vi bevarar bygdens historia för framtiden" / "Hem" / "Om oss")."""
    for k, ln in enumerate(lines[:HEADER_LINES + 1]):
        if ln.tag in ANCHORS or (k > 0 and ln.blank_before):
            return False
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if ln.tag == "menu" and nxt is not None and not nxt.blank_before and _short(nxt):
            return 0 < k and i < k  # the menu's run begins here ("Hem" / "Om oss"); a search box above is the header's
    return False


LIST_LABEL_RULES = frozenset({"latest-news", "more-items", "related-any", "related-inline"})
"""The rules that take a list's label ("Senaste nytt", "Kommande evenemang", "Mest läst", "Relaterat")."""


def in_listed_block(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is an item of a list under its label: a line of the list's label (:data:`LIST_LABEL_RULES`)
    stands above it in its block (no blank line between) - "Senaste nytt" / "Årsmötet valde ny styrelse" / "Julmarknaden
    slog rekord": teasers' titles, never the page's headline. Always False in a dump without blank lines (its blocks
    say nothing)."""
    if not any(ln.blank_before for ln in lines):
        return False
    k = i
    while k > 0 and not lines[k].blank_before:
        k -= 1
        if lines[k].rule in LIST_LABEL_RULES:
            return True
    return False


def _block_of(lines: Sequence[TaggedLine], i: int) -> tuple[int, int]:
    """The first and last index of the block (lines between blank lines) that holds line ``i``."""
    start = i
    while start > 0 and not lines[start].blank_before:
        start -= 1
    end = i
    while end + 1 < len(lines) and not lines[end + 1].blank_before:
        end += 1
    return start, end
