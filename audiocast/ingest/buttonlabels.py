"""A button's or link's label left kept at the foot of the article's text, over the page's chrome.

Under (or inside) an article a page sets its buttons and links as short lines of their own: what the reader is asked
to do with the page ("Anmäl ditt lag", "Logga in med BankID", "Visa karta", "Dela krönikan", "Gör en
djurskyddsanmälan"). The rules drop the chrome under them (the share row, the next box's label, a map's consent
note), but the label itself, worded differently on every site, was read as the article's last line. What holds on
any site, all of:

- it opens with an imperative of the reader's action on the page (``data/button_verbs.txt``: the whole class, signing
  up, booking, buying, logging in, reading on, sharing, seeing a map, downloading, writing, giving);
- it is a label, not a sentence: at most :data:`LABEL_WORDS` words, no stop, colon or comma at its end, and no number,
  e-mail address or web address (the article's own advice names them: "Ring 112 om …", "Ansök på … inom tre
  månader");
- the line right under it is one the rules took (the page's chrome), or the page ends: a subheading of the same form
  ("Anmäl döda vilda fåglar", "Spara kor med kalv") has its paragraph kept under it;
- it is not the last of a list of instructions: the kept line right over it neither has the same form nor announces
  a list with a colon ("Så här bokar du:" / "Boka via kalendern" / "Hämta nyckeln i receptionen").

Measured before the rule (session 22, lines read at main, every dump of the golden set and of the opened sets
extract58 … 79): kept lines opening with such a verb, short, without a stop, a number or an address, 57 in the
annotated dumps (31 boilerplate, 26 the article's: subheadings over their paragraph, a list of song titles); with the
line under them taken by the rules, 16, all boilerplate, in 14 set folders (golden rounds b9, b14, b18, b42 x2, b48,
b53; extract64, 65, 69, 72, 73 x2, 75, 76, 78). As shipped (with the list's guard) it takes those 16 read lines and no
other read line in any dump; it fires on 25 more lines past the article's end (not read either way), all boilerplate:
41 in 41, in 30 set folders.

Session 38: at a section's end a longer label too (:func:`_section_link`), over a question heading the next section
too, and an offer's box of short lines over its button there (:func:`_offer_box`); a membership pitch's heading glued
over its promise (row ``membership-pitch``).

Risk: a subheading of the article opening with such a verb whose paragraph under it a rule took (a fact box's
heading, "Boka din plats", over a box that went) is dropped with it; so is one right over a second subheading
(:func:`_heads_nothing`). Run last, once the tail's passes are done.
Rule ``button-label``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .lineshape import FACT_ITEM, TOPIC_TAG, closes_sentence, is_title_like, words
from .sharedbox import SHARE_RULE

if TYPE_CHECKING:
    from .furniture import TaggedLine

RULE = "button-label"
LABEL_WORDS = 7
"""A button's label is at most this many words."""
_NOT_A_LABEL = re.compile(r"\d|@|\w\.(?:se|nu|com|org|net|fi|no|dk|eu|info)\b")
"""A number, an e-mail address or a web address: the article's own advice ("Ring 1177 först"), not a button."""
_END = ".!?:;,\"”»"


@lru_cache(maxsize=1)
def button_verbs() -> frozenset[str]:
    """The imperatives of ``data/button_verbs.txt``, lowercase."""
    text = resources.files("audiocast.ingest").joinpath("data/button_verbs.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def is_button_label(text: str) -> bool:
    """Whether a line has a button's label's form (module docstring): an action's imperative first, short, no stop,
    no number or address."""
    t = text.strip()
    if not t or t[-1] in _END or words(t) > LABEL_WORDS or _NOT_A_LABEL.search(t):
        return False
    return t.split()[0].lower() in button_verbs()


SHARE_BUTTON_WORDS = 3
"""A share row's button the rules do not know ("BlogThis!", "Strava", "SMS") is at most this many words."""


def _in_share_row(lines: Sequence[TaggedLine], i: int) -> bool:
    """Session 42 (extract197): a kept short line glued between two buttons of the share row ("Skicka med e-post" /
    "BlogThis!" / "Dela på X") is a button of that row, whatever its name. Counted first over the annotated dumps: 14
    short lines between two of the row's, all the page's (14 of 14), in 13 folders (one ends in a colon, "Gilla det
    här:", and is left to the label rules)."""
    if i == 0 or i + 1 >= len(lines) or lines[i].blank_before or lines[i + 1].blank_before:
        return False
    return (lines[i].tag is None and words(lines[i].text) <= SHARE_BUTTON_WORDS and lines[i - 1].rule == SHARE_RULE
            and lines[i + 1].rule == SHARE_RULE and lines[i].text.rstrip()[-1:] not in ".:,;")


FOLLOW = re.compile(r"(?:\+\s*)?Följ(?: (?:ämnet|ämnen|ämne|taggen|taggar))?")
"""A follow button under a page's topic tags ("Följ", "+ Följ", "Följ ämnen")."""
TOPIC_WORDS = 3
"""A topic tag is at most this many words."""


def _follow_topics(lines: Sequence[TaggedLine], i: int, least: int = 1) -> None:
    """Session 42 (extract200): the topics a reader can follow, each a capitalized name of a few words, right over the
    follow button ("Bandy" / "Vänerstrands BK" / "Sjötorps IF" / "Allsvenskan" / "Följ"), glued under the article's
    fact box, were read. Counted first over the annotated dumps: 169 such lines over a follow button (143 of them
    left by the other passes), all the page's. The same over the share row's first button, two topics or more
    (``least``; extract205: "Ljusdal" / "Region Gävleborg" / "Sjukvård" / "Dela artikeln" were read as a fact box's
    items): 516 lines, all the page's."""
    k = i - 1
    while k >= 0 and lines[k].tag in (None, "drop") and words(lines[k].text) <= TOPIC_WORDS \
            and TOPIC_TAG.fullmatch(lines[k].text.strip()) and not lines[k + 1].blank_before:
        k -= 1
    if i - 1 - k < least:
        return
    for x in lines[k + 1:i]:
        if x.tag is None:  # (one another pass took already stays taken)
            x.tag, x.rule = "drop", "topic-tags"


def _button_rows(lines: Sequence[TaggedLine]) -> None:
    """Session 42 (extract205): two button labels or more glued one under the other, each opening with the same action
    ("Reservera Isvinter" / "Reservera Mörkertid" / "Reservera Snöljus" under a library's book tips), are a row of the
    page's buttons, whatever stands around them. Counted first over the annotated dumps: 425 lines in such runs, all
    the page's."""
    i = 0
    while i < len(lines):
        verb = _label_verb(lines[i])
        k = i + 1
        while verb and k < len(lines) and not lines[k].blank_before and _label_verb(lines[k]) == verb:
            k += 1
        if k - i >= 2:
            for x in lines[i:k]:
                if x.tag is None:
                    x.tag, x.rule = "drop", RULE
        i = k


def _label_verb(ln: TaggedLine) -> str | None:
    """The action a button's label opens with (:func:`is_button_label`), or None."""
    return ln.text.split()[0].lower() if is_button_label(ln.text) else None


def button_label_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a kept button's label right over a line the rules took, or closing the page (``lines``: under the head);
    a share row's unknown button between two of its known ones (:func:`_in_share_row`); the topic tags over a follow
    button (:func:`_follow_topics`)."""
    _button_rows(lines)
    for i, ln in enumerate(lines):
        if FOLLOW.fullmatch(ln.text.strip()):
            _follow_topics(lines, i)
        elif ln.rule == SHARE_RULE and i and lines[i - 1].rule != SHARE_RULE:
            _follow_topics(lines, i, 2)
        if _in_share_row(lines, i):
            ln.tag, ln.rule = "drop", RULE
            continue
        if ln.rule == "membership-pitch" and i and not ln.blank_before and lines[i - 1].tag is None \
                and is_title_like(lines[i - 1].text) and words(lines[i - 1].text) <= OFFER_WORDS:
            lines[i - 1].tag, lines[i - 1].rule = "drop", RULE  # the pitch's heading ("Tillsammans är vi starkare")
        if ln.tag is None and not is_button_label(ln.text) and _section_link(ln.text) and _heads_nothing(lines, i, True):
            ln.tag, ln.rule = "drop", RULE
            continue
        if ln.tag is not None or not is_button_label(ln.text):
            continue
        above = lines[i - 1] if i > 0 else None
        if above is not None and above.tag is None and (is_button_label(above.text) or above.text.rstrip()[-1:] == ":"):
            continue  # the last of a list of instructions ("Så här gör du:" / "Boka …" / "Betala …" / "Hämta …")
        if above is not None and above.tag is None and FACT_ITEM.fullmatch(ln.text) and FACT_ITEM.fullmatch(above.text):
            continue  # a fact box's row under its row ("Bor: Virserum" / "Gör helst: Dansar gammeldans", session 44)
        if i + 1 == len(lines) or lines[i + 1].tag is not None or _HERE.search(ln.text) or _heads_nothing(lines, i, True):
            ln.tag, ln.rule = "drop", RULE
        elif box := _offer_box(lines, i):
            for x in (*box, ln):
                x.tag, x.rule = "drop", RULE


PROSE_WORDS = 10
"""A paragraph of running prose around a label that heads nothing has at least this many words and ends a sentence."""
HEAD_WORDS = 9
"""The next section's subheading under such a label is at most this many words."""


SECTION_LINK_WORDS = 10
"""A link's label set at a section's end is at most this many words ("Logga in på Mina sidor för att se din
återbäring")."""


def _section_link(text: str) -> bool:
    """A link's label of a longer form, told only at a section's end (:func:`_heads_nothing`, session 38, extract168):
    up to :data:`SECTION_LINK_WORDS` words, or opening with "Till" ("Till e-tjänsten Ansök om bygglov"). Measured
    first over the annotated dumps with a question heading the next section too: 178 lines in that place, all
    boilerplate."""
    t = text.strip()
    if not t or t[-1] in _END or words(t) > SECTION_LINK_WORDS or _NOT_A_LABEL.search(t):
        return False
    first = t.split()[0].lower()
    return first == "till" or first in button_verbs()


def _heads_nothing(lines: Sequence[TaggedLine], i: int, question: bool = False) -> bool:
    """Session 37 (extract162, "Ansök om skolskjuts" between a paragraph and the next section's subheading): a label
    glued under a paragraph of running prose and over the next section's subheading (a short kept line without a stop,
    running prose under it) heads nothing, as a heading would: it is a link set at the section's end. Measured before
    the rule over the annotated dumps (golden and opened blind sets), lines of a button's label's form in that place:
    38 in 38 boilerplate ("Köp skipass", "Boka hembesök", "Se lediga jobb", "Bli medlem")."""
    if not 0 < i < len(lines) - 2:
        return False
    above, head, text = lines[i - 1], lines[i + 1], lines[i + 2]
    h = head.text.strip()
    return (above.tag is None and closes_sentence(above.text.strip(), PROSE_WORDS) and head.tag is None and 0 < words(h) <= HEAD_WORDS
            and (h[-1] not in _END or question and h[-1] == "?") and not h.startswith("–") and text.tag is None
            and closes_sentence(text.text.strip(), PROSE_WORDS))


OFFER_LINES = 4
"""An offer's box over its button between two sections is at most this many lines ("Sparkonto Plus" / "3,10 % ränta" /
"Rörlig ränta från första kronan. Insättningsgaranti gäller." over "Öppna konto")."""
OFFER_WORDS = 10
"""Each of them at most this many words."""


def _offer_box(lines: Sequence[TaggedLine], i: int) -> list[TaggedLine]:
    """Session 38 (extract166, a bank's account offer glued between two sections of a story): a label of two words or
    more, found once on the page, under a box of short kept lines that follows a paragraph of running prose, and over
    the next section's subheading (as :func:`_heads_nothing`): the label and its box are the offer's. Measured before
    the rule over the annotated dumps, the lines of such boxes where the next section is the article's: 158 in 158
    boilerplate (a one-word label, "Dela", "Reservera" under each of a list's books, stays to the other rules). The box
    opens with its title, no sentence ("Inför sista perioden ledde Kvarnby med 63–62." over a clip's link is the
    section's last line)."""
    label = lines[i].text.strip()
    if words(label) < 2 or sum(x.text.strip() == label for x in lines) > 1 or i < 2:
        return []
    k = i - 1
    while k >= 0 and i - k <= OFFER_LINES and (lines[k].tag == "drop" or lines[k].tag is None and 0 < words(
            lines[k].text) <= OFFER_WORDS and not lines[k].text.lstrip().startswith(("–", "”", '"'))):
        k -= 1  # (a line of the offer a rule took already, "Som medlem får du …", is the box's too)
    box = [x for x in lines[k + 1:i] if x.tag is None]
    if not box or k < 0 or lines[k].tag is not None or not closes_sentence(lines[k].text.strip(), PROSE_WORDS) \
            or words(lines[k].text) <= OFFER_WORDS:
        return []
    if box[0].text.strip()[-1:] in _END:
        return []  # the box opens with its title ("Sparkonto Plus"); a short sentence there is the paragraph's
    probe = [*lines[:k + 1], *lines[i:]]  # the label as if right under the paragraph
    return box if _heads_nothing(probe, k + 1) else []


_HERE = re.compile(r"(?<!\ssåhär)(?<!\sså)\s(?:här|nedan)\s*[!→›»]?\s*$", re.IGNORECASE)
"""A link's label ending in its anchor word ("Anmäl dig till resan här", "Boka din plats här →"): the word "här" is
what the reader clicks, so the line is a link wherever it stands, whatever is under it (session 31, extract114); "Gör
så här" is a heading over the steps."""
