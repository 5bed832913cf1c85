"""A picture set between two sections: its caption glued under a section's last paragraph, over the next subheading.

A page copied with select-all puts a picture's caption where the picture stood. Between two sections that is right
under the section's last paragraph and right over the next section's subheading; with no credit line under it, the
caption reads as the section's closing sentence. The scene rule (:func:`audiocast.ingest.barecaptions.scene_caption_tags`)
knows a verbless caption there only over a subheading with running prose under it and without a question's mark;
a caption whose sentence has a verb ("Gunnel Ek sorterar porslin i butiken.") no rule knew at all. The largest class
of lines still read aloud on the never-read sets of session 36 (extract152, extract154, extract155: 8 of their 41).

Told here by what holds on any site, together:

- its place: under a paragraph of running prose (or a quote), right over a subheading (a short line without a
  sentence's stop, a question allowed, not an item's number) with the article going on under it: the seam between two
  sections, where a page sets its pictures;
- its form: one sentence closed by a stop, at most :data:`MAX_WORDS` words, no quote, no label's colon;
- what it says: either a verbless scene opening with what its picture shows, named or placed (the scene rule's shape,
  :func:`audiocast.ingest.barecaptions.scene_shaped`), or a person at work: a person's first name and surname (after a
  title word perhaps: "Ordförande Göran Sjöberg", "Orgelbyggaren Anders Wallin"), alone or with a companion, then a
  verb in the present tense that shows what they do (:data:`_NOT_SHOWN`: never one that reports, judges, can or must),
  nothing that ties the sentence to the story around it (:data:`_TIED`: "därför", "också", "inte", a date or a
  clock time: the narrative's words and an announcement's), and the same person named in full elsewhere in the
  article: a caption names in full the one the article is about; a paragraph introducing someone new in a section's
  last line names them once.

Measured before the rule over the annotated dumps (the golden set and the blind sets opened so far): the kept
sentences of that place and form opening with a person at work, 13 captions and 2 of the article's ("Johanna Alm
signerar sin bok … lördag 19 oktober kl 13." is an announcement: its date ties it; "Wilmer Ek sitter på kanten …"
over an interviewer's question: a question under the line is taken for a subheading only under a verbless scene).

Risk: an article's section closing on a short present-tense sentence about a person named in full elsewhere ("Karin
Holm leder arbetet.") right over the next subheading is dropped. Rule ``caption-section``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .barecaptions import _NAME, MAX_WORDS, SCENE_PROSE_WORDS, scene_shaped
from .lineshape import SENTENCE_BREAK, closes_sentence, is_quote, words

if TYPE_CHECKING:  # furniture calls this pass from its caption rules
    from .furniture import TaggedLine

RULE = "caption-section"
HEAD_WORDS = 9
"""A subheading under the caption has at most this many words."""
_AT_WORK = re.compile(
    rf"^(?:[A-ZÅÄÖ][a-zåäö]+\s+)?(?P<name>{_NAME}\s+{_NAME})(?:\s+och\s+(?:{_NAME}\s+{_NAME}|[a-zåäö]+\s+{_NAME}))?"
    r"\s+(?P<verb>[a-zåäö]+(?:ar|er|ir|år|ör|ur))\s")
"""A person by first name and surname (a title word before perhaps), a companion perhaps ("och jämthunden Tyra"),
then a word with a present tense's ending."""
_NOT_SHOWN = frozenset("""är har säger vill kan ska får blir menar tycker tror anser berättar hoppas vet kommer behöver
    måste brukar heter bor lever verkar känner minns förklarar konstaterar uppger understryker påpekar betonar medger
    beskriver skriver svarar frågar undrar tvivlar önskar planerar räknar välkomnar efterlyser kräver föreslår
    lovar varnar tackar tror gillar älskar hatar saknar förstår avfärdar tillhör kallar""".split())
"""Verbs that report, judge, can or must, or tell a state: a paragraph's, never what a picture shows."""
_TIED = re.compile(
    r"(?i)\b(?:därför|därmed|också|även|dock|ändå|alltså|nu|då|sedan|därefter|redan|fortfarande|inte|aldrig|heller|"
    r"kl|klockan|(?:i\s+)?(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*)\b")
"""A word that ties a sentence to the story around it or to a time (an announcement's)."""


def _subheading(x: TaggedLine, question: bool) -> bool:
    """A kept short line without a sentence's stop (a question's mark only if ``question``), no item's number."""
    t = x.text.strip()
    ends = ".!:;,\"”»" + ("" if question else "?")
    return x.tag is None and bool(t) and words(t) <= HEAD_WORDS and t[-1] not in ends and not t[0].isdigit() and t[0] != "§"


def _at_work(text: str, others: str) -> bool:
    """A person at work, named in full elsewhere in the article (module docstring)."""
    m = _AT_WORK.match(text)
    if m is None or m.group("verb") in _NOT_SHOWN or _TIED.search(text):
        return False
    return m.group("name") in others


def section_caption_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a caption glued between a section's last paragraph and the next subheading (module docstring)."""
    for i in range(1, len(lines) - 2):
        x, above, below = lines[i], lines[i - 1], lines[i + 1]
        t = x.text.strip()
        if x.tag is not None or t[-1:] != "." or words(t) > MAX_WORDS or is_quote(t) or SENTENCE_BREAK.search(t[:-1]):
            continue
        if ":" in t or any(q in t for q in "\"”“»«") or above.tag is not None or lines[i + 2].tag is not None:
            continue
        if not (closes_sentence(above.text, SCENE_PROSE_WORDS) or is_quote(above.text)):
            continue
        if _subheading(below, question=True) and scene_shaped(t):
            x.tag, x.rule = "drop", RULE
        elif _subheading(below, question=False):
            others = " ".join(y.text for k, y in enumerate(lines) if k != i and y.tag is None)
            if _at_work(t, others):
                x.tag, x.rule = "drop", RULE
