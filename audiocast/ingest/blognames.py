"""A blog's name or tagline over its post: the site's, not the post's headline.

A blog's head says it is one: its name ("Vår klassblogg", "Lisas trädgårdsblogg") or its tagline in lower case ("en
blogg om att cykla i en stad ..."). Such a line, short, over the post's own title (a headline-shaped line further
down, before any paragraph), is the site's name line: it goes (rule ``blog-name``) and is never a headline candidate;
a run of short lines between it and the title is the blog's menu and goes with it, and the site's name right over
it (the two set apart at the page's top) too.

Guards: the word in its definite or plural form ("Bloggen som blev en bok", "Fem bloggar värda att läsa") is a
headline's; a blog line with no title-shaped line under it before the first paragraph stays for the headline rules.

A blog's tagline need not say "blogg" (session 16, the perturbation bench's blog heads: 42 headlines of 400 lost, the
tagline or the name chosen): a short line under a short name line that speaks as the site does, not as news does
(:func:`is_tagline`: the writer's first person, "Här skriver jag om …", "Min vardag med …"; the reader addressed as the
site's guest, "Inspiration för dig som …", "Välkommen in i …"; a subtitle glued to the name by an opening dash,
"– mat, recept och resor"), the two over the post's title before the first paragraph, are the site's head: both go
(:func:`site_head_tags`). Risk: a post's own first-person title ("Min första vecka med höns") under a one-line kicker
and over a second title-shaped line (a subheading before any paragraph) would be taken; a quote in the first person
is a quote and never a tagline, and a line ending a sentence is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .headcounters import L, without_lines
from .hints import LineScorer
from .lineshape import is_title_like, words

RULE = "blog-name"
NAME_WORDS = 6
"""A blog's name has at most this many words."""
TAGLINE_WORDS = 16
"""A blog's tagline ("en blogg om ...") has at most this many words."""
LOOK = 12
"""Lines under the blog's line searched for the post's title."""
PARAGRAPH_WORDS = 15
"""A line of at least this many words ending a sentence is a paragraph: the head ends above it."""
TITLE_WORDS = 3
"""The post's title under the blog's line has at least this many words."""
MENU_WORDS = 3
"""A menu item between the blog's line and the post's title has at most this many words."""
MENU_RUN = 2
"""Short lines at least between them that make a menu."""
_NAME = re.compile(r"(?:.*\s)?\w*blogg(?:\s.*)?", re.IGNORECASE)
"""A line with the word 'blogg' in its indefinite singular (alone or in a compound: 'klassblogg', 'matblogg')."""
_TAGLINE = re.compile(r"(?-i:[a-zåäö])\S*(?:\s+\S+){0,2}?\s+blogg\s+(?:om|för|med|från|där)\s.+|en blogg\b.*",
                      re.IGNORECASE)
"""A tagline in lower case that calls the site a blog ('en blogg om ...', 'min lilla blogg om ...')."""


def _paragraph(x: TaggedLine) -> bool:
    return words(x.text) >= PARAGRAPH_WORDS and x.text.rstrip()[-1:] in (".", "!", "?")


def is_blog_line(text: str) -> bool:
    """The line calls the site a blog: a short name with 'blogg', or a tagline in lower case."""
    t = text.strip()
    if t[:1].islower() and _TAGLINE.fullmatch(t) is not None:
        return words(t) <= TAGLINE_WORDS
    return words(t) <= NAME_WORDS and _NAME.fullmatch(t) is not None and t[-1:] not in (".", "?", "!")


TAGLINE_SIGN_WORDS = 12
"""A tagline told by its voice (not by the word 'blogg') has at most this many words."""
DASH_TAGLINE_WORDS = 8
"""A subtitle glued to the name by an opening dash has at most this many words (a quote's line is longer)."""
_WRITER = re.compile(r"(?i)\b(?:jag|mig|min|mitt(?! (?:i|på|under|emot|över|framför|bland|ute|inne)\b)|mina)\b")
"""The writer's own voice: a site's tagline speaks in the first person singular; news headlines do in quotes only
("mitt i säsongen" is "in the middle of", no one's; session 34)."""
_GUEST = re.compile(r"(?i)^välkommen\b|\bför dig som\b|\bdig som (?:gillar|älskar|vill|är)\b")
"""The reader addressed as the site's guest ("Välkommen in i …", "för dig som gillar …")."""
_DASH_OPEN = re.compile(r"^[–—-]\s+\S")
_QUOTE_MARKS = "\"”“»«'"
_SAYS = re.compile(r"(?i)\b(?:säger|sa|berättar|menar|tycker)\b")


def is_tagline(text: str) -> bool:
    """A site's tagline told by its voice (module docstring): the writer's first person, the reader as a guest, or a
    subtitle opened by a dash; short, no quotation marks, not ending a sentence (a "!" of welcome may close it)."""
    t = text.strip()
    n = words(t)
    if not t or n > TAGLINE_SIGN_WORDS or any(q in t for q in _QUOTE_MARKS) or t[-1] in ".?…:;,":
        return False
    if _DASH_OPEN.match(t):
        return n <= DASH_TAGLINE_WORDS + 1 and _SAYS.search(t) is None
    return bool(_WRITER.search(t) or _GUEST.search(t))


def _site_name(text: str) -> bool:
    """A site's name line: short, title-shaped, no sentence punctuation, no colon."""
    t = text.strip()
    return 0 < words(t) <= NAME_WORDS and t[-1] not in ".!?:;," and not any(q in t for q in _QUOTE_MARKS)


HEAD_RULE = "site-tagline"
"""The rule of a site's name and tagline told by the tagline's voice; these lines are cut out before the layout is read."""


_DATED = frozenset({"date", "published", "updated"})


def site_head_tags(lines: Sequence[TaggedLine]) -> None:
    """A site's name over its tagline (:func:`is_tagline`, or a 'blogg' tagline the rule above took), the two glued
    over the post's title before the first paragraph: both go (rule :data:`HEAD_RULE`), never headline candidates. Two
    lines in the voice (an age gate's "Jag är över 25 år" over "Jag är under 25 år") are no name and its tagline; a
    tagline without its name over it stays for the headline rules."""
    for i, x in enumerate(lines):
        if _paragraph(x):
            return
        told = x.rule == RULE and x.text[:1].islower()  # "en blogg om …", taken by the 'blogg' rule
        if not (told or (x.tag is None and is_tagline(x.text))) or _title_under(lines, i) is None:
            continue
        over = lines[i - 1] if i > 0 else None
        if over is None or over.tag is not None or x.blank_before or not _site_name(over.text) or is_tagline(over.text):
            continue
        if i + 1 < len(lines) and lines[i + 1].tag in _DATED:
            continue  # the post's title over its date line ("Därför luftar vi greenerna …" / "23 augusti 2024"), session 34
        for y in (over, x):
            y.tag, y.rule = "drop", HEAD_RULE


def without_blog_heads(lines: list[L], scorer: LineScorer | None = None) -> list[L]:
    """The page with a blog's name line tagged (:func:`blog_name_tags`) and without the site's name and tagline told by
    the tagline's voice (:func:`site_head_tags`): two lines of the site's over the post's title are nothing of the
    head's layout (the headline's distance to its date line), so they are cut out before it is read, as the head's
    counter row is (:func:`audiocast.ingest.headcounters.without_head_counters`); the line classifier (``scorer``),
    which reads each line with its neighbours, reads the page again without them."""
    blog_name_tags(lines)
    cut = {i for i, x in enumerate(lines) if x.rule == HEAD_RULE}
    if not cut:
        return lines
    kept = without_lines(lines, cut)
    if scorer is not None and kept:
        probs = scorer([x.text for x in kept], [x.rule == "template" for x in kept])
        for x, p in zip(kept, probs, strict=True):
            x.p = p
    return kept


def _title_shaped(text: str) -> bool:
    """A headline's form (:func:`is_title_like`, which the head's candidates must have), of some words."""
    t = text.rstrip()
    return TITLE_WORDS <= words(t) and is_title_like(t)


def _title_under(lines: Sequence[TaggedLine], i: int) -> int | None:
    """The index of the post's title under the blog's line at ``lines[i]``, if one stands before the first paragraph."""
    for k in range(i + 1, min(len(lines), i + 1 + LOOK)):
        x = lines[k]
        if _paragraph(x):
            return None
        if x.tag is None and not is_blog_line(x.text) and _title_shaped(x.text):
            return k
    return None


def _name_over(lines: Sequence[TaggedLine], i: int) -> list[TaggedLine]:
    """The site's name right over its blog line, the two set apart as the page's first lines or by a blank line
    ("Klass 5B på Backaskolan" over "Vår klassblogg", "Cykelstaden" over its tagline)."""
    if i == 0 or lines[i].blank_before:
        return []
    y = lines[i - 1]
    top = i == 1 or y.blank_before
    return [y] if top and y.tag is None and words(y.text) <= NAME_WORDS and y.text.rstrip()[-1:] not in ".!?:" else []


def _menu_items(lines: Sequence[TaggedLine], i: int, k: int) -> list[TaggedLine]:
    """The blog's menu between its line and the post's title: the short lines there, when they are a run of at least
    :data:`MENU_RUN` (a kicker alone over the title stays for the head's rules)."""
    short = [x for x in lines[i + 1:k] if x.tag is None and words(x.text) <= MENU_WORDS
             and x.text.rstrip()[-1:] not in ".!?:"]
    return short if len(short) >= MENU_RUN else []


def blog_name_tags(lines: Sequence[TaggedLine]) -> None:
    """Tag a blog's name or tagline over its post's title ``drop`` (module docstring); only in the page's head."""
    _blog_word_tags(lines)
    site_head_tags(lines)


def _blog_word_tags(lines: Sequence[TaggedLine]) -> None:
    """A name or tagline saying 'blogg' over the post's title, with the site's name over it and the menu under it."""
    for i, x in enumerate(lines):
        if _paragraph(x):
            return
        k = _title_under(lines, i) if x.tag is None and is_blog_line(x.text) else None
        if k is not None:
            for y in [*_name_over(lines, i), x, *_menu_items(lines, i, k)]:
                y.tag, y.rule = "drop", RULE
