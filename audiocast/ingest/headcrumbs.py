"""The floor of a page dump's head: where the article's part of the page begins, and what stands above it is the site's
header, never the article.

A site prints its breadcrumb ("Hem > Medlemsnytt > Nyhetsbrev augusti") where the article's own part of the page
begins: on every annotated page whose breadcrumb the boilerplate table took (101 pages of 1,986, counted in session
42, the never-read sets left out), the headline stands below it (one to six lines), and no line of the headline, lead
or text stands above it. Above it stand the site's name, its menu and what the header carries beside them: a price
table, an opening-hours box, a notice. Those lines are dropped before the headline's candidates are looked for, so
a menu's last item is no headline and a header's box is no lead (session 42, extract196: a farmers' cooperative's
price table under its menu was taken for the lead and the menu's "Medlemsnytt" for the headline).

The floor is the first of (:func:`above_crumb_tags`): a line the table takes for a breadcrumb (:data:`FLOOR_RULES`: one
with arrows, one of spaced slashes, or a mailing's link to its web copy, over which a mail client sets the preheader);
a breadcrumb laid out one item a line between separator lines (:func:`_stacked_crumb`); a trail of the menu's words
said again over the first paragraph (:func:`_said_again_trail`). Run over the annotated pages the floors drop some
4,000 lines, none of them the article's.

Only a floor over the article's text counts: running prose under it (within :data:`PROSE_WINDOW` lines) and more
words of running prose under it than over it. A breadcrumb repeated in the footer has the article over it and is no
floor; a post's signed and dated row that looks like a breadcrumb ("Skrivet av Kalle » 2 mars 2026") is none either.
The same module drops a post's categories said again under its byline (:func:`category_repeat_tags`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .headlayout import prose
from .headmeta import ANCHORS
from .lineshape import CRUMB_SEPARATOR, is_title_like, words

FLOOR_RULES = frozenset({"breadcrumb", "breadcrumb-slash", "view-in-browser"})
"""The rows that stand where the article's part of the page begins: a breadcrumb, a mailing's link to its web copy
("Visa detta mejl i din webbläsare", over which a mail client sets the mail's preheader and the archive's menu)."""
PROSE_WINDOW = 12
"""Running prose stands at most this many lines under the breadcrumb (its headline, kicker, byline and picture
between)."""


_SIGNED_ROW = re.compile(r"(?i:.*\bav) [A-ZÅÄÖ]|.*[»›>|/]\s*(?:\d{1,2} \w+ \d{4}|\d{4}-\d\d-\d\d)\b[^»›>|/]*$")
"""A post's signed and dated row that the breadcrumb's rule takes for its separators ("Skrivet av Kalle » 2 mars
2026"): a writer after "av", or a whole date in its last part. It is the head's byline, no floor."""


def _prose_words(lines: Sequence[TaggedLine]) -> int:
    return sum(words(ln.text) for ln in lines if prose(ln))


SEPARATORS = frozenset({"/", ">", "»", "›", "|"})
"""A breadcrumb's separator standing alone on its line: the crumb laid out one item a line ("Medlemsnytt" / "/" /
"2025" / "/" / "Produktionen 2024")."""
ITEM_WORDS = 8
"""An item of a breadcrumb laid out so is at most this many words."""


_META_TAGS = ANCHORS | {"caption"}
_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?:19|20)\d\d")  # an archive's year ("Medlemsnytt" / "/" / "2025")
_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?")
"""A person's first and last name: a writer's byline in a meta row, no breadcrumb's item."""


def _item(ln: TaggedLine) -> bool:
    """A breadcrumb's item: a few words with a letter, no tab, not the head's date or byline (a meta row laid out so,
    "17 jan 2025" / "/" / "Nyheter" / "/" / "Henrik Ståhl", is no breadcrumb, nor a player's "0:00" / "/" / "2:14")."""
    return (ln.text.strip() not in SEPARATORS and "\t" not in ln.text and 1 <= words(ln.text) <= ITEM_WORDS
            and ln.tag not in _META_TAGS and (_LETTER.search(ln.text) is not None or _YEAR.fullmatch(ln.text.strip()) is not None))


def _stacked_crumb(lines: Sequence[TaggedLine]) -> tuple[int, int] | None:
    """The first breadcrumb laid out one item a line, items joined by separator lines: its first item and its last
    (inclusive); None without one. Counted over the annotated dumps (session 42, extract200): 177 such runs, the
    headline under the first item in every one (the last item in 49), no item the article's text."""
    for i in range(1, len(lines) - 1):
        if i >= 2 and lines[i - 2].text.strip() in SEPARATORS:
            continue  # the row goes on from an item that is none (a date): a meta row
        if lines[i].text.strip() in SEPARATORS and _item(lines[i - 1]) and _item(lines[i + 1]):
            end = i + 1
            while end + 2 < len(lines) and lines[end + 1].text.strip() in SEPARATORS and _item(lines[end + 2]):
                end += 2
            run = lines[i - 1:end + 1:2]
            if not any(x.tag in _META_TAGS or _NAME.fullmatch(x.text.strip()) for x in run):
                return i - 1, end
    return None


def stacked_trail_end(lines: Sequence[TaggedLine]) -> tuple[int, str] | None:
    """The last item of the first breadcrumb laid out one item a line, when it is of a title's length (at least
    :data:`~audiocast.ingest.headline.CRUMB_END_WORDS` words): a trail ends in the page's own title, so the line that
    says it again is the headline (session 48, extract259: a municipality's trail "Startsida" / "/" / … / "/" /
    "Kokrekommendation för …" over the same line, the headline, and its lead over the date line; the first
    subheading under the date line was taken). Its index and its text; the line saying it again stands below."""
    from .headline import CRUMB_END_WORDS  # headline imports lineshape only; this module is imported by headcands

    crumb = _stacked_crumb(lines)
    if crumb is None or words(lines[crumb[1]].text) < CRUMB_END_WORDS:
        return None
    return crumb[1], lines[crumb[1]].text.strip()


TRAIL_WORDS = 6
"""A line of a trail said again is at most this many words."""
FIRST_PROSE_WORDS = 15
"""The page's first paragraph of running text: at least this many words and a sentence's end."""


_HOME = re.compile(r"(?:Startsida|Startsidan|Start|Hem|Förstasidan|Home)")
"""A trail's first item, the site's home: over a menu's word said again it opens the trail (session 49, extract265:
"Startsida" / "Kommun och politik" / "Trygghet och säkerhet" / … under the menu that holds the second)."""


def _said_again_trail(lines: Sequence[TaggedLine]) -> int | None:
    """The first of two lines or more in a row, each of at most :data:`TRAIL_WORDS` words and each the text of a line
    above them, standing above the page's first paragraph (:data:`FIRST_PROSE_WORDS`): a breadcrumb without its
    separators, its items the menu's words said again ("Sjölands sjukhus" / "Patient och närstående" under the menu
    that holds both), or the home's item over one of them (:data:`_HOME`). Not under the head's date line or byline (a blog's author and category said again under its
    date). Checked over the annotated dumps (session 42, extract202) by the golden set's headlines, none lost."""
    texts = [ln.text.strip() for ln in lines]
    first = next((n for n, t in enumerate(texts) if words(t) >= FIRST_PROSE_WORDS and t[-1:] in ".!?”"
                  and lines[n].tag is None), len(texts))  # (not the cookie banner's prose the rules took)
    seen: set[str] = set()
    for i in range(first):
        if lines[i].tag in _META_TAGS:
            return None  # the head's date line or byline stands over it: the trail, if any, is under the head
        if i + 1 < first and (texts[i] in seen or _HOME.fullmatch(texts[i])) and texts[i + 1] in seen | {texts[i]} \
                and texts[i + 1] != texts[i] and words(texts[i]) <= TRAIL_WORDS and words(texts[i + 1]) <= TRAIL_WORDS:
            return i
        seen.add(texts[i])
    return None


def _said_again_items(lines: Sequence[TaggedLine], trail: int) -> list[int]:
    """The items of a trail without separators that the site's home opens: the home's item, the menu's words said again
    and the trail's last item when a headline stands under it over the article's first paragraph (session 49: with the
    menu over the trail dropped, a menu's word said again in the trail, "Kultur och fritid", lost the twin that marked
    it a section's name and was taken for the headline; so was a section page's name ending the trail, "Energi- och
    klimatrådgivning", over "Nyheter från …" and the headline). A trail found by its words said again alone keeps its
    items: they may be the head said again ("Boktips" / "Sommarens boktips från bibliotekarierna")."""
    if not _HOME.fullmatch(lines[trail].text.strip()):
        return []
    above = {ln.text.strip() for ln in lines[:trail]}
    items = [trail]
    k = trail + 1
    while k < len(lines) and lines[k].tag in (None, "menu") and words(lines[k].text) <= TRAIL_WORDS \
            and lines[k].text.strip() in above:
        items.append(k)
        k += 1
    if k < len(lines) and lines[k].tag is None and words(lines[k].text) <= TRAIL_WORDS and _titled_below(lines, k, True):
        items.append(k)
    return items


TITLE_BELOW_WORDS = 4
"""A headline under a breadcrumb laid out one item a line, past the date line, has at least this many words."""


def _titled_below(lines: Sequence[TaggedLine], last: int, past_any: bool = False) -> bool:
    """Whether a headline stands under the stacked breadcrumb's last item, past the head's date or byline lines (with
    ``past_any`` past any line the rules took), right over the article's first paragraph ("Nyheter" / "/" / "Ny
    sexstolslift till Toppen" / "2026-02-17" / "Sexstol ersätter Toppliften – klar till säsongen 2026/27" / the lead;
    session 47, extract254): then the last item is the page's short title in the trail, not the headline."""
    k = last + 1
    while k < len(lines) and (lines[k].tag in _META_TAGS or past_any and lines[k].tag is not None):
        k += 1
    head = lines[k] if k < len(lines) else None
    return (head is not None and k + 1 < len(lines) and head.tag is None and is_title_like(head.text)
            and words(head.text) >= TITLE_BELOW_WORDS and prose(lines[k + 1]))


def above_crumb_tags(lines: Sequence[TaggedLine]) -> list[int]:
    """Drop the untagged lines above the page's first breadcrumb when the article's text runs under it (and the items
    of a breadcrumb laid out one a line, but for its last, which may be the headline); the indexes dropped."""
    crumb = next((i for i, ln in enumerate(lines) if ln.rule in FLOOR_RULES), None)
    if crumb is not None and _SIGNED_ROW.match(lines[crumb].text):
        crumb = None
    stacked = _stacked_crumb(lines)
    items: list[int] = []
    last = crumb
    if stacked is not None and (crumb is None or stacked[0] < crumb):
        crumb, last = stacked
        items = [k for k in range(crumb, last + 1 if _titled_below(lines, last) else last, 2) if lines[k].tag is None]
    trail = _said_again_trail(lines)
    if trail is not None and (crumb is None or trail < crumb):
        crumb, last, items = trail, trail, _said_again_items(lines, trail)
    if not crumb or last is None:
        return []
    below = last + 1
    if not any(prose(ln) for ln in lines[below:below + PROSE_WINDOW]):
        return []
    if _prose_words(lines[:crumb]) >= _prose_words(lines[below:]):
        return []  # the article over it: a footer's breadcrumb
    dropped = [i for i in range(crumb) if lines[i].tag is None]
    for i in dropped:
        lines[i].tag, lines[i].rule = "drop", "above-crumb"
    for i in items:
        lines[i].tag, lines[i].rule = "drop", "breadcrumb"
    return dropped + items + _under_crumb_tags(lines, crumb, below)


NAMED_WORDS = 2
"""A breadcrumb's last part that names the page's headline has at least this many words (a section's name is one)."""


def _under_crumb_tags(lines: Sequence[TaggedLine], crumb: int, below: int) -> list[int]:
    """Drop the untagged lines between a one-line breadcrumb and the headline its last part names, said again as a
    whole line within :data:`PROSE_WINDOW` lines under it ("Hem » Nyheter » Byggkontroller i Blekinge" over a box of
    member benefits over "Byggkontroller i Blekinge"): a box the site sets between its breadcrumb and the article's
    head, never the article (session 45, extract236: the box's last heading was read as the headline and its line
    as the lead). Counted over the annotated dumps, the never-read sets left out: 19 pages with lines between such a
    crumb and its repeat, 33 lines, 24 the page's (a section's label, a box, a calendar leaf) and 9 the head's date
    lines, all tagged as dates by then and kept; none of the article's. The indexes dropped."""
    if crumb + 1 != below:
        return []  # a crumb laid out one item a line: its last item may itself be the headline
    parts = CRUMB_SEPARATOR.split(lines[crumb].text.strip())
    named = parts[-1].strip().casefold() if len(parts) >= 2 else ""
    if len(named.split()) < NAMED_WORDS:
        return []
    end = next((j for j in range(below, min(len(lines), below + PROSE_WINDOW))
                if lines[j].text.strip().casefold() == named), None)
    if end is None or not any(prose(ln) for ln in lines[end + 1:end + 1 + PROSE_WINDOW]):
        return []
    dropped = [i for i in range(below, end) if lines[i].tag is None]
    for i in dropped:
        lines[i].tag, lines[i].rule = "drop", "under-crumb"
    return dropped


CATEGORY_WORDS = 3
"""A category repeated under the head's meta is at most this many words."""


def category_repeat_tags(lines: Sequence[TaggedLine]) -> list[int]:
    """Drop the short lines glued right under the head's date line or byline that say again a line of the page above
    it ("22 oktober 2024" / "Av Maja Lindqvist" / "Utställningar" / "Samlingar", both in the menu): the post's
    categories, the menu's words, never the headline or the text. Counted over the annotated dumps (session 42,
    extract206: a museum blog's categories under its byline kept its tagline for the lead and its menu for the
    headline): 81 such lines, all the page's. The indexes dropped."""
    texts = [ln.text.strip() for ln in lines]
    dropped: list[int] = []
    for i in range(1, len(lines)):
        if lines[i - 1].tag not in ANCHORS:
            continue
        k = i
        while k < len(lines) and lines[k].tag is None and not lines[k].blank_before \
                and words(texts[k]) <= CATEGORY_WORDS and texts[k] in texts[:i - 1]:
            lines[k].tag, lines[k].rule = "drop", "category-repeat"
            dropped.append(k)
            k += 1
    return dropped
