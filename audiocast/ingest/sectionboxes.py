"""A box of the other items of the article's own section, column or series under the article: a heading that names
what the page named over the article ("Fem snabba" over the head, "Fler Fem snabba" under it; a series' name
"Hemvändarna" as its kicker and again over its parts; the section "Kultur" in the menu and over three culture
headlines), or a heading that says there are more of some items ("Fler insändare", "Läs tidigare delar", "Tidigare i
serien") or points to them ("Läs också", whose rule takes only the first), over the items' titles.

On any site such a box is told by what repeats on the page and by its shape, not by its words: the heading, at most
:data:`HEAD_WORDS` words, is a label of the page's head (a line over the article's text, the menu's too), perhaps
after a word of "more / earlier / other" ("Fler", "Mer", "Läs fler", "Tidigare"), or a compound that opens with such
a label ("Familjesidan" under "Familj"), or a word of more over a plural ("Fler insändare"); under it at least
:data:`MIN_TITLES` title-like lines of :data:`TITLE_WORDS` words or more (headlines, questions, quoted headlines; no
sentence's end), only dates between them, and nothing of the article's running prose after them (a blank line, a
line the rules took, or the page's end). The heading and its titles go, below the article's running prose only.

Guards (kept): the article's own subheading naming its section over a paragraph; a subheading over short items
(names, "1. Alice, 5"), contact cards ("Anna Ek, projektledare" over a phone number) or over labelled facts that end as sentences ("Bästa med bygden: Tystnaden."); a heading over
title-like lines the article's prose goes on after (the article's own list); a ranked list ("1. Alice, 5") under any
heading; a fact box's rows ("Beställare: Skelleftehem AB") under a heading that opens with a label ("Projektfakta").

Session 30: the items may be cards (a title, its blurb, its writer's signature: "Fler insändare" over three letters),
whatever their lines; the box is then told by its two ends naming the same items: the heading of more and, within
:data:`BRACKET_LINES` lines under it, the link to all of them ("Fler insändare" … "Visa alla insändare"), with the
page's lines only between (no stop, footer or line the editor kept). :func:`_bracket_end`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .headrank import name_card, name_led
from .lineshape import is_title_like, words

RULE = "section-box"
READ_ALSO = "read-also"
"""The rule of a "Läs också" heading, which takes the one line under it."""
HEAD_WORDS = 5
"""A box's heading has at most this many words."""
MIN_TITLES = 2
TITLE_WORDS = 3
"""An item's title has at least this many words with letters (a name, a number or a list's short item has fewer)."""
PLURAL_TITLE_WORDS = 4
"""Under a heading of more of a plural ("Fler insändare"), whose words the page did not set over the article."""
LABEL_STEM = 4
"""A label of the head opening a one-word heading as a compound ("Familj" in "Familjesidan") is this long at least."""
_MORE = re.compile(
    r"(?i)(?:läs\s+)?(?:fler|mer|flera|andra|tidigare|äldre|övriga|senaste|more|other|earlier)"
    r"(?:\s+(?:från|i|om|ur|av|from|in))?\s+(?P<rest>.+?)\s*:?")
_PLURAL = re.compile(r"(?i)\w+(?:ar|er|or|na|delar|nde|are)")
"""A plural noun's ending ("insändare", "delar", "krönikor", "frågorna"); "i serien" is the series' parts."""
_QUOTED_TITLE = re.compile(r"[”“\"»«](?P<inner>[^”“\"»«]{3,150})[”“\"»«]")
_DATE_TAGS = frozenset({"date"})
_LETTER = re.compile(r"[^\W\d_]")
_RANKED = re.compile(r"\d+[.)]\s")
_FIELD = re.compile(r"[^\W\d]+(?:[ -][^\W\d]+)?:\s")
"""A fact box's row ("Beställare: Skelleftehem AB", "Byggstart: mars 2027"): a label of one or two words without digits
(a series' "Del 3: …" has one); a run of them under several labels is a fact box under its heading ("Projektfakta"),
never teasers, whose label, if any, is the same on each ("Veckans profil: …")."""


def _key(text: str) -> str:
    return " ".join(text.casefold().rstrip(":").split())


def _is_title(text: str, least: int) -> bool:
    """A teaser's title of ``least`` words or more: title-like, or a headline wholly in quotes ("”Behåll biblioteket i
    Vittsjö”")."""
    if sum(1 for t in text.split() if _LETTER.search(t)) < least or _RANKED.match(text):
        return False  # a ranked list's item ("1. Alice, 5", "2. Lejonen 14") is a list's, the article's too
    if name_card(text) or name_led(text):
        return False  # a contact's card ("Anna Ek, projektledare, Norrviks kommun") is a contact box's
    if is_title_like(text):
        return True
    m = _QUOTED_TITLE.fullmatch(text.strip())
    return m is not None and (is_title_like(m["inner"]) or m["inner"][-1:] in "?!")


def _names_section(head: str, labels: frozenset[str]) -> int:
    """The fewest words of the box's titles when the heading names one of the head's labels, perhaps after a word of
    more, or says there are more of a plural (then :data:`PLURAL_TITLE_WORDS`: "Tidigare vinnare" over names is a fact
    box); 0 when it is no such heading."""
    if words(head) > HEAD_WORDS or not is_title_like(head) or any(ch.isdigit() for ch in head):
        return 0
    key = _key(head)
    if key in labels:
        return TITLE_WORDS
    more = _MORE.fullmatch(head.strip())
    if more:
        rest = _key(more["rest"])
        if rest in labels or rest == "serien":
            return TITLE_WORDS
        return PLURAL_TITLE_WORDS if _PLURAL.fullmatch(rest.split()[-1]) else 0
    compound = " " not in key and any(len(lab) >= LABEL_STEM and " " not in lab and key.startswith(lab) and key != lab
                                      for lab in labels)
    return TITLE_WORDS if compound else 0


BRACKET_LINES = 16
"""The link to all the items closes a box of cards within this many lines under its heading."""
_ALL_LINK = re.compile(r"(?i)(?:visa|se|läs|till|gå till)?\s*(?:alla|fler|samtliga|mer)\b(?P<rest>.+?)\s*[›»→>]?")


def _bracket_end(lines: Sequence[TaggedLine], i: int, cut: int) -> int:
    """The end (past the link) of a box of cards under the heading of more at ``i`` closed by the link to all the items
    it names ("Fler insändare" … "Visa alla insändare"), or ``i`` when it is none."""
    more = _MORE.fullmatch(lines[i].text.strip())
    if more is None:
        return i
    items = set(_key(more["rest"]).split())
    for j in range(i + 1, min(cut, i + 1 + BRACKET_LINES)):
        ln = lines[j]
        if ln.tag in ("stop", "footer"):
            return i
        link = _ALL_LINK.fullmatch(ln.text.strip())
        if link and words(ln.text) <= HEAD_WORDS and items & set(_key(link["rest"]).split()):
            return j + 1 if j > i + MIN_TITLES else i
    return i


def _titles_end(lines: Sequence[TaggedLine], start: int, cut: int, least: int) -> int:
    """The end of the run of titles (and their dates) under a heading at ``start - 1``, or ``start`` when it is none:
    at least :data:`MIN_TITLES` titles, and no running prose of the article right after them."""
    j, titles, fields = start, 0, []
    while j < cut:
        ln = lines[j]
        if j > start and ln.blank_before:
            break
        if ln.tag in _DATE_TAGS:
            j += 1
            continue
        if ln.tag not in (None, "drop") or not _is_title(ln.text, least):
            break  # a title the rules took already (the first under "Läs också") is one of the box's
        titles += 1
        field = _FIELD.match(ln.text)
        fields += [field[0].casefold()] if field else []
        j += 1
    facts = 2 * len(fields) >= titles and len(set(fields)) > 1  # rows of several labels; one label is the series'
    if titles < MIN_TITLES or facts or (j < cut and not lines[j].blank_before and is_running_prose(lines[j])):
        return start
    return j


def section_box_tags(lines: Sequence[TaggedLine], body_from: int, title: str) -> None:
    """Drop a box of the section's or series' other items under the article (see the module docstring)."""
    labels = frozenset(_key(ln.text) for ln in lines[:body_from] if 0 < words(ln.text) <= HEAD_WORDS) - {_key(title)}
    body = lines[body_from:]
    cut = page_tail(body)
    prose = False
    for i in range(cut):
        ln = body[i]
        least = 0
        if prose and ln.rule == READ_ALSO:
            least = PLURAL_TITLE_WORDS  # "Läs också": the rule takes the line under it, the box holds more
        elif prose and ln.tag in (None, "menu"):
            least = _names_section(ln.text, labels)
        if least:
            end = _titles_end(body, i + 1, cut, least)
            if end <= i + 1 and ln.rule != READ_ALSO:
                end = _bracket_end(body, i, cut)
            if end > i + 1:
                for x in body[i:end]:
                    x.tag, x.rule = "drop", RULE
                continue
        prose = prose or is_running_prose(ln)
