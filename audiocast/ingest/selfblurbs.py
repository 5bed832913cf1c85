"""The site describing itself under the article: its own name as the subject of a standing sentence, set apart from
the article's text.

"Hembygdsföreningen Ek är en ideell förening som sedan 1952 …", "Norrlandsposten ges ut av …", "Vi är en ideell
förening som …": an "Om oss" blurb, a paper's colophon line, a club's presentation in the page's foot, often boxed
with the site's standing calls ("Stöd vårt arbete", "Vår jourtelefon är öppen …", "Har du gamla brev? Vi tar emot
…"). Told by signals that hold on any site:

- the subject is the site's own name: the words before a standing predicate (:data:`~.data.self_words.SELF_VERBS`,
  the present tense of what the site always is or does) stand on one of the page's short lines above the
  headline (the masthead) or as a short line of its furniture below the blurb (the footer's name, "© …"); or the
  site classes itself in the first person ("Vi är en ideell förening …");
- the line is set apart from the article: scanning up from it over the box's own lines (short headings, lines in
  the site's voice, "vi", "vår", "du", and the site's name alone), the first line reached is one the page's other
  passes dropped (a widget, a teaser list, an ad, a caption, a share row), never a kept paragraph of the article;
- nothing under it is the article going on (a quote, a sentence of :data:`GOES_ON_WORDS` words or more that is no
  colophon line) but other blurbs of the kind.

The blurb goes with the box's lines over it and the colophon's short lines kept under it ("Kontakt: …",
"Annonsbokning: …"). Risk: an article whose last paragraphs, after a picture's caption, open with the site's own
name in the present tense ("Föreningen har i dag 300 medlemmar.") where the box's other lines are in the site's voice
too; the article's own sentences about the organisation without such a separation (a press release's body naming
its sender) stay. Not told: a column's blurb glued right under the article's last paragraph ("Ung röst är …s
krönikeserie …"), with nothing dropped between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .data.self_words import SELF_PRONOUN_STARTS, SELF_VERBS
from .lineshape import is_quote, words

if TYPE_CHECKING:
    from .furniture import TaggedLine

RULE = "self-blurb"
NAME_WORDS = 5
"""The site's name as the blurb's subject is at most this many words ("Kumla & Hallsberg Nu")."""
NAME_LINE_WORDS = 8
"""A line that carries the site's name (masthead, footer) is at most this many words."""
MASTHEAD_WORDS = 5
"""A masthead's line naming the site is at most this many words ("Emigranthuset i Brovik"); a headline is longer."""
HEAD_LINES = 12
"""The masthead is among the page's first this many lines, above the headline."""
HEADING_WORDS = 6
"""A box's heading over the blurb is at most this many words, with no stop but a question's or a cry's."""
GOES_ON_WORDS = 8
"""A sentence of at least this many words under the blurb, no colophon line, is the article going on."""
TAIL_WORDS = 12
"""A colophon's line kept under the blurb (a contact, a distribution note) is at most this many words."""
_VOICE = re.compile(r"(?i)\b(?:vi|vår|vårt|våra|oss|du|dig|din|ditt|dina|ni|er|era)\b")
"""The site's voice: speaking of itself or to the reader."""
_CHANNEL = re.compile(r"@|\d{2,}[ -]?\d{2}")
"""An e-mail address or a phone number: a colophon's channel."""
_LEADING = re.compile(r"^[\"”»“]")


def _subject(text: str) -> str | None:
    """The words before the line's first standing predicate, when they are 1 to :data:`NAME_WORDS` words and the
    first is capitalized ("Attention Norrbrå" in "Attention Norrbrå är en ideell förening …")."""
    toks = text.split()
    if not toks or not toks[0][:1].isupper() or _LEADING.match(toks[0]):
        return None
    for k in range(1, min(NAME_WORDS, len(toks) - 1) + 1):
        if toks[k].lower() in SELF_VERBS and toks[k][:1].islower():
            return " ".join(toks[:k])
    return None


def _names_site(subject: str, lines: Sequence[TaggedLine], head: int, i: int) -> bool:
    """Whether the subject is the site's own name: it stands, as whole words and in its own case (or on a line set in
    capitals), on a short line of the masthead (at most :data:`MASTHEAD_WORDS` words, among the first
    :data:`HEAD_LINES` lines, above ``head``) or on a short line under the blurb that the page's passes left out (the
    footer's name, its copyright). A word of the headline in lowercase ("… stängde simhallen …") is no name."""
    pat = re.compile(r"(?<!\w)" + re.escape(subject) + r"(?!\w)")
    upper = re.compile(r"(?<!\w)" + re.escape(subject.upper()) + r"(?!\w)")
    masthead = [ln for ln in lines[:min(head, HEAD_LINES)] if words(ln.text) <= MASTHEAD_WORDS]
    below = [ln for ln in lines[i + 1:] if (ln.tag is not None or ln.text.startswith("©"))
             and words(ln.text) <= NAME_LINE_WORDS]
    return any(pat.search(ln.text) or upper.search(ln.text) for ln in (*masthead, *below))


def _blurb_subject(ln: TaggedLine, lines: Sequence[TaggedLine], head: int, i: int) -> str | None:
    """The site's name the line describes ("" for "Vi är en …"), or None when the line is no such blurb."""
    text = ln.text
    if ln.tag is not None or is_quote(text) or text[-1:] not in ".!?" or words(text) < 6:
        return None
    if text.lower().startswith(SELF_PRONOUN_STARTS):
        return ""
    subject = _subject(text)
    return subject if subject is not None and _names_site(subject, lines, head, i) else None


def _box_line(ln: TaggedLine, subject: str) -> bool:
    """A line of the blurb's own box over it: a short heading, a line in the site's voice, or the site's name."""
    text = ln.text
    if words(text) <= HEADING_WORDS and text[-1:] not in ".,;:":
        return True
    if words(text) <= NAME_LINE_WORDS and subject and text.lower().startswith(subject.lower()):
        return True
    return bool(_VOICE.search(text)) and not is_quote(text)


def _colophon(text: str) -> bool:
    """A colophon's short line under the blurb: a contact, a channel, a note to the reader, or no sentence at all
    ("Kontakt: …", "Ring 0250-…", "Sidan uppdateras av …" is not; "Utebliven tidning? Ring …" is)."""
    return words(text) <= TAIL_WORDS and (
        ":" in text or bool(_CHANNEL.search(text)) or bool(_VOICE.search(text)) or text[-1:] not in ".!?…\"”»"
    )


def _goes_on(ln: TaggedLine) -> bool:
    """A kept line under the blurb that is the article going on: a quote, or a sentence of :data:`GOES_ON_WORDS`
    words or more that is no colophon line."""
    text = ln.text
    if ln.tag is not None:
        return False
    return is_quote(text) or (words(text) >= GOES_ON_WORDS and text[-1:] in ".!?…\"”»" and not _colophon(text))


def self_blurb_tags(lines: Sequence[TaggedLine], body_from: int) -> None:
    """Drop the site's description of itself set apart under the article, with its box and colophon lines (module
    docstring). ``lines`` is the whole page, ``body_from`` the index of the article's first line under its head."""
    end = next((k for k in range(body_from, len(lines)) if lines[k].tag in {"stop", "footer"}), len(lines))
    for i in range(end - 1, body_from, -1):
        ln = lines[i]
        subject = _blurb_subject(ln, lines, body_from, i)
        if subject is None:
            continue
        if any(_goes_on(x) and _blurb_subject(x, lines, body_from, k) is None for k, x in enumerate(lines[i + 1:end], i + 1)):
            continue
        top = i
        while top - 1 > body_from and lines[top - 1].tag is None and _box_line(lines[top - 1], subject):
            top -= 1
        if top - 1 <= body_from or lines[top - 1].tag is None:
            continue  # glued under a kept paragraph: the article's own sentence about the organisation
        for x in lines[top:i + 1]:
            if x.tag is None:
                x.tag, x.rule = "drop", RULE
        for x in lines[i + 1:end]:
            if x.tag is None and _colophon(x.text):
                x.tag, x.rule = "drop", RULE
        return
