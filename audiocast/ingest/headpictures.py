"""A picture set between the article's date line and its headline, in a page dump: its caption is no lead, and the place
under it is no headline.

Some sites (a critic's portfolio, a workshop's diary, a museum) set the article's picture above its headline: "Sara
Lundh, Utan titel (vattnet minns), 2024. Olja och vax på linne." / "Foto: Västerviks konsthall" / headline / text. The
caption stood where a lead stands and the headline under it was never looked at, or the picture's place ("Hejde
kyrka, Gotland") under the caption outscored the headline beside the date. Told by layout alone: the caption has its
credit glued under it, the place is a name with its region right under a caption, and under both stands a headline
over running prose. Used by :mod:`audiocast.ingest.headcands`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .byline import person_role
from .furniture import TaggedLine, is_caption
from .headline import shape_of
from .headshapes import salutation
from .lineshape import is_title_like, words

CAPTION_WORDS = 25
"""A picture's caption over the head is at most this many words."""
PROSE_WORDS = 8
RUNNING_TEXT = 2
TEXT_WINDOW = 8
_PICTURE_LINES = frozenset({"gallery", "separator"})


def _prose(ln: TaggedLine) -> bool:
    return ln.tag is None and not is_title_like(ln.text) and words(ln.text) >= PROSE_WORDS


def opens_text(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether lines[k] is a headline over running prose: title-like, three words or more, no label, button or menu
    shape, no writer's name, and the next line and one more within :data:`TEXT_WINDOW` lines running prose."""
    ln = lines[k]
    if ln.tag is not None or not is_title_like(ln.text) or words(ln.text) < 3 or shape_of(ln.text) is not None:
        return False
    if person_role(ln.text) is not None or k + 1 >= len(lines) or not _prose(lines[k + 1]):
        return False
    return sum(_prose(x) for x in lines[k + 1:k + 1 + TEXT_WINDOW]) >= RUNNING_TEXT


def caption_over_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i], a paragraph of at most :data:`CAPTION_WORDS` words, is a picture's caption over the article's
    head: its credit glued under it (a line the caption rules tagged, "Foto: Västerviks konsthall") or the picture's
    place under it (:data:`_PLACE`, "Lövö kyrka, Västergötland"), then, past more of the picture's lines, a headline
    over running prose (:func:`opens_text`). The caption and its place are dropped."""
    ln = lines[i]
    if ln.tag is not None or words(ln.text) > CAPTION_WORDS or i + 1 >= len(lines) or is_title_like(ln.text):
        return False
    nxt = lines[i + 1]
    if not ((nxt.tag == "caption" and not nxt.blank_before) or _place(nxt)):
        return False
    k = i + 1
    while k < len(lines) and (lines[k].tag == "caption" or lines[k].rule in _PICTURE_LINES or _place(lines[k])):
        k += 1
    if k >= len(lines) or not opens_text(lines, k):
        return False
    ln.tag, ln.rule = "drop", "caption-over-head"
    for x in lines[i + 1:k]:
        if x.tag is None:
            x.tag, x.rule = "drop", "caption-place"
    return True


_PLACE = re.compile(
    r"(?-i:[A-ZÅÄÖ])[\w-]+(?: (?:[a-zåäö]+|(?-i:[A-ZÅÄÖ])[\w-]+)){0,2}, (?-i:[A-ZÅÄÖ])[\w-]+(?: (?-i:[A-ZÅÄÖ])[\w-]+)?")
"""A place with its region ("Hejde kyrka, Gotland", "Lövö kyrka, Västergötland", "Norra kajen, Grebbestad")."""


def _place(ln: TaggedLine) -> bool:
    return ln.tag is None and _PLACE.fullmatch(ln.text.strip()) is not None


def _caption_like(ln: TaggedLine) -> bool:
    """A picture's caption: tagged so, or a dropped sentence of a few words (the caption rules' or the head's drop)."""
    return ln.tag == "caption" or (ln.tag == "drop" and not is_title_like(ln.text) and words(ln.text) <= CAPTION_WORDS
                                   and ln.text.rstrip()[-1:] in ".!")


def picture_place(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether lines[k] is a picture's place (:data:`_PLACE`) right under its caption (:func:`_caption_like`) and right
    over a headline with running prose under it (:func:`opens_text`): the picture's, never the headline. It is
    dropped."""
    if k == 0 or k + 1 >= len(lines) or not _place(lines[k]) or not _caption_like(lines[k - 1]):
        return False
    if not opens_text(lines, k + 1):
        return False
    lines[k].tag, lines[k].rule = "drop", "caption-place"
    return True


HEAD_CAPTION_WORDS = 18
"""A picture's caption between the headline and the lead is at most this many words (a lead is longer)."""
_HEAD_ANCHORS = frozenset({"byline", "date", "published", "updated"})
_SENTENCES = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÅÄÖÉ–—\d])")


SHORT_DEK_WORDS = 6
"""A verbless line of at most this many words that names nothing ("En park i stället för parkering.") is a dek."""


def _short_dek(text: str) -> bool:
    """A short verbless dek under the head ("En park i stället för parkering.", "Ett torg för alla åldrar."): at most
    :data:`SHORT_DEK_WORDS` words, no name, number or place after its first word; a caption without its credit
    names what the picture shows ("Isen på älven utanför Törefors en morgon i mars.")."""
    tokens = re.findall(r"\w+", text)
    return len(tokens) <= SHORT_DEK_WORDS and not any(t[0].isupper() or t[0].isdigit() for t in tokens[1:])


def caption_under_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i], under the headline, is the picture's caption, not the lead: its first sentence has no finite
    verb (:func:`audiocast.ingest.furniture.is_caption`: "Amir Haddad i köket på Pizzeria Torget.", "Butiken på
    Vallentunavägen 12 i sista skedet av renoveringen."), it has at most :data:`HEAD_CAPTION_WORDS` words, and either
    its photo credit is glued under it ("Foto: Emma Sjödin") with the byline or date line and then running prose below,
    or it stands alone between blank lines (or under its credit, "Foto: Lina Berg" / the caption) right over running
    prose; or it is the caption glued under a gallery's counter (:func:`_gallery_caption`). It is dropped; a lead has
    a verb."""
    ln = lines[i]
    if _gallery_caption(lines, i):
        ln.tag, ln.rule = "drop", "caption-under-head"
        return True
    if ln.tag is not None or words(ln.text) > HEAD_CAPTION_WORDS or is_title_like(ln.text) or i + 2 >= len(lines):
        return False
    if salutation(ln.text):
        return False  # a letter's salutation ("Bästa kommunalråd Tomas Lundmark,") has no verb either: it opens the text
    first = _SENTENCES.split(ln.text, maxsplit=1)[0]
    if not is_caption(first if first.endswith(".") else first + "."):
        return False
    k = i + 1
    while k < len(lines) and lines[k].tag == "caption" and not lines[k].blank_before:
        k += 1
    meta = k
    while k < len(lines) and lines[k].tag in _HEAD_ANCHORS:
        k += 1
    credited = k > meta > i + 1
    credit_over = not ln.blank_before and lines[i - 1].tag == "caption"  # "Foto: Lina Berg" / the caption
    alone = (ln.blank_before or credit_over) and k == i + 1 and lines[k].blank_before and first == ln.text and (
        credit_over or not _short_dek(ln.text))
    if not (credited or alone) or k >= len(lines) or not _prose(lines[k]):
        return False
    ln.tag, ln.rule = "drop", "caption-under-head"
    return True


_COUNTER = re.compile(r"(?i)(?:bild\s+)?\d{1,3}\s*(?:av|/)\s*\d{1,3}")
"""A gallery's counter ("Bild 1 av 4", "2 / 5"): the picture's caption stands glued under it."""


def _gallery_caption(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a picture's caption glued under its gallery's counter ("Bild 1 av 4" / "Smedjan i vintras"),
    title-like or not, with running prose within two lines under it: the picture's words, never the headline under a
    kicker (the head's date line stands right above the gallery) nor the lead."""
    ln = lines[i]
    if ln.tag is not None or i == 0 or ln.blank_before or lines[i - 1].rule != "gallery":
        return False
    if not _COUNTER.fullmatch(lines[i - 1].text.strip()):
        return False  # under the gallery's buttons ("Visa alla bilder", "Nästa bild") the head goes on
    return words(ln.text) <= HEAD_CAPTION_WORDS and any(_prose(x) for x in lines[i + 1:i + 3])
