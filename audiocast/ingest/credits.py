"""Photo credits without a label, told by the page repeating them: the photographer's bare name under each picture.

A reader view or a plain template writes a picture's caption and, on the line right under it, the photographer's name
alone ("Kent Ivarsson"), with no "Foto:". One such line cannot be told from a name opening a box; the page's repetition
tells it: a name-shaped line that stands :data:`CREDIT_REPEATS` times or more below the lead, each time right under a
short line that ends a sentence (the caption) and right over the article's next paragraph, is a credit. It goes at every place, with the caption above it. An
interview's speaker stands over an answer, under a question ("?"), and a live report's writer signs each post over the
next post's time stamp: neither is taken.

This holds on any site: it uses the page's repetition and the order of caption and credit, never a name list. Not here:
credits with a label ("Foto: …", the rule table), captions standing alone (:mod:`audiocast.ingest.furniture`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from .furniture import TaggedLine, is_caption
from .lineshape import SENTENCE_BREAK, is_quote, words
from .records import is_name_shaped
from .wraps import LIST_ITEM_WORDS

CREDIT_REPEATS = 2
"""A bare name is a credit when it stands under a caption at least this many times."""
CAPTION_WORDS = 30
"""A caption above a bare credit is at most this many words (one or two sentences)."""
TEXT_WORDS = 8
"""The article's paragraph right under a credit is a sentence of at least this many words."""
CREDIT_RULE = "credit-repeat"
_PICTURE_FROM_WORDS = r"Arkivbild|Arkivfoto|Genrebild|Bilden (?:är tagen|är från|togs|kommer (?:ur|från)|är hämtad (?:ur|från))"
"""Where or when a picture was taken, or where it comes from (session 50 added "kommer ur/från", "är hämtad ur/från")."""


def _under_caption(lines: Sequence[TaggedLine], i: int) -> bool:
    """lines[i] stands right under a kept caption-shaped line (no blank line between): a sentence's end, short."""
    if i == 0 or lines[i].blank_before:
        return False
    above = lines[i - 1]
    text = above.text
    return above.tag is None and text[-1] == "." and words(text) <= CAPTION_WORDS and not is_quote(text)


def _text_under(lines: Sequence[TaggedLine], i: int) -> bool:
    """The article's text goes on right under lines[i]: a kept sentence of :data:`TEXT_WORDS` words or more, or a quote.
    (A live report's posts end in their writer's name over the next post's time stamp.)"""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return nxt.tag is None and (is_quote(nxt.text) or (words(nxt.text) >= TEXT_WORDS and nxt.text[-1] in ".!?…\"”»"))


def credit_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the bare credits below the lead and their captions (see the module docstring)."""
    places: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.tag is None and is_name_shaped(ln.text) and 2 <= words(ln.text) <= 4 and _under_caption(lines, i) and (
                _text_under(lines, i)):
            places.setdefault(ln.text, []).append(i)
    counts = Counter({name: len(at) for name, at in places.items()})
    for name, n in counts.items():
        if n < CREDIT_REPEATS:
            continue
        for i in places[name]:
            lines[i].tag, lines[i].rule = "drop", CREDIT_RULE
            lines[i - 1].tag, lines[i - 1].rule = "drop", CREDIT_RULE
    picture_box_tags(lines)
    said_caption_tags(lines)


SAID_CAPTION_RULE = "caption-said"
_PICTURE_FROM = re.compile(rf"(?i)[.!?]\s+(?:{_PICTURE_FROM_WORDS})\b[^.!?]*\.?$")
"""A caption's second sentence, after its first one's stop, saying where or when its picture was taken or where it comes from (not what it shows:
"Bilden visar att …" argues in the text, the guard of tests/test_extract_s34_round2.py)."""


def said_caption_tags(lines: Sequence[TaggedLine]) -> None:
    """A caption with no credit under it: two sentences, the second saying where its picture comes from (:data:`_PICTURE_FROM`:
    "Elever på allmän kurs i början av 1980-talet. Bilden kommer ur skolans arkiv.", "Ägretthägern i vassen. Bilden är
    tagen genom tubkikare."), :data:`CAPTION_WORDS` words at most, a statement. It names the picture it stands under,
    wherever it stands: dropped (session 50, extract270: a school's archive picture under the date line was read as
    the article's first paragraph). A sentence alone that says where a picture was taken is the text's (a reader's
    picture of the week: "Bilden är tagen från Strandvägen …", the golden b50-u23). Risk: an article about a photograph
    with a paragraph of two short sentences ending "Bilden togs 1952." loses that paragraph."""
    for ln in lines:
        if _caption_shaped(ln) and words(ln.text) <= CAPTION_WORDS and _PICTURE_FROM.search(ln.text) and (
                len(SENTENCE_BREAK.findall(ln.text)) + 1 == PICTURE_SENTENCES):
            ln.tag, ln.rule = "drop", SAID_CAPTION_RULE


_CREDIT_WORDS = re.compile(
    r"(?i)(?:privat|press|arkiv|genre)(?:bild|foto)|(?:privat|press) ?bild|(?:bild|foto)\s*:?\s*(?:privat|pressbild|arkiv)"
    r"|(?:bild|foto) från \S.{0,40}|(?:pressbild|arkivbild|privat bild)\s*:\s*\S.{0,60}")
"""A credit that says where the picture comes from ("Privat bild", "Pressbild: Falkenbergs kommun", "Arkivbild")."""
PICTURE_SENTENCES = 2
"""A picture's caption in a box of its own is at most this many sentences."""
_CAPTION_CREDIT_TAGS = frozenset({"caption"})


def _credit_line(ln: TaggedLine) -> bool:
    """A credit closing a picture's box: one the rules took ("Foto: Jonas Lund"), a bare name ("Petra Lind"), a name in
    capitals ("KERSTIN HOLM"), or one that says where the picture comes from (:data:`_CREDIT_WORDS`)."""
    text = ln.text
    if ln.tag in _CAPTION_CREDIT_TAGS or (ln.tag is not None and is_credit_only(text)):
        return True
    if ln.tag is not None:
        return False
    shouted = text.isupper() and 2 <= len(text.split()) <= 4 and all(w.isalpha() or "-" in w for w in text.split())
    return (is_name_shaped(text) and 2 <= words(text) <= 4) or shouted or bool(_CREDIT_WORDS.fullmatch(text))


def picture_box_tags(lines: Sequence[TaggedLine]) -> None:
    """A picture's caption and its credit in a box of their own between the article's paragraphs: a box set apart by
    blank lines, one or two caption sentences (:data:`PICTURE_SENTENCES`, :data:`CAPTION_WORDS` words at most, a
    statement: no question, no quote) over a credit closing the box (:func:`_credit_line`), the article's text going
    on right under the box. Once on the page is enough: the box's shape tells it. A letter's last line over its
    writer's name closes the article (no text under it); a reader's question over the asker's name ends in "?"."""
    for i, ln in enumerate(lines):
        if not ln.blank_before or not _caption_shaped(ln):
            continue
        stop = i
        while stop + 1 < len(lines) and not lines[stop + 1].blank_before:
            stop += 1
        caption, credit = lines[i:stop], lines[stop]
        if not caption or len(caption) > PICTURE_SENTENCES or stop + 1 >= len(lines) or not _credit_line(credit):
            continue
        if not all(_caption_shaped(x) for x in caption) or sum(words(x.text) for x in caption) > CAPTION_WORDS:
            continue
        if sum(1 + len(SENTENCE_BREAK.findall(x.text)) for x in caption) > PICTURE_SENTENCES or not _text_goes_on(lines, stop):
            continue
        for x in lines[i:stop + 1]:
            if x.tag is None:
                x.tag, x.rule = "drop", PICTURE_RULE


PICTURE_RULE = "picture-box"


def _text_goes_on(lines: Sequence[TaggedLine], i: int) -> bool:
    """The article's text goes on under the box ending at lines[i]: after a blank line, a kept quote or a sentence of
    :data:`audiocast.ingest.articleend.END_PROSE_WORDS` words or more."""
    from .articleend import END_PROSE_WORDS

    if i + 1 >= len(lines) or not lines[i + 1].blank_before:
        return False
    nxt = lines[i + 1]
    return nxt.tag is None and (is_quote(nxt.text) or (words(nxt.text) >= END_PROSE_WORDS and nxt.text[-1] in ".!?…\"”»"))


def _caption_shaped(ln: TaggedLine) -> bool:
    """A kept caption sentence: a statement ending in a full stop, no quote."""
    return ln.tag is None and ln.text[-1] == "." and not is_quote(ln.text) and words(ln.text) >= 3


_PICTURE_SAID = re.compile(rf"(?i)(?:^|[.!?]\s+)(?:{_PICTURE_FROM_WORDS}|Bilden visar)\b[^.!?]*\.?$")
_CREDIT_ONLY = re.compile(r"(?i)(?:[^\W\d_]{3,12}\s*/\s*)?(?:Foto|Bild|Fotograf|Photo|Illustration|Grafik|Video|Kuva"
                          r"|Karta|Kartbild|Kartdata|Diagram|Teckning)\s*:\s*[^.!?]{1,80}")
"""A credit alone; a map's, a chart's or a drawing's credit too ("Karta: Vägförvaltning Mellannorr / Lantmäteriet"), its
label perhaps said in a second language first ("Govva / Foto: Jovnna Sara", a Sami site's; session 34)."""
_CREDIT_AFTER = re.compile(r"(?i)(.*?)\s*\b(?:Foto|Bild|Fotograf|Photo)\s*:")


def says_picture(line: str) -> bool:
    """A caption that says it is a picture ("… renoveras. Arkivbild.", "… Bilden är tagen i somras.", "… Bilden kommer ur
    skolans arkiv.": where the picture comes from, session 50)."""
    return bool(_PICTURE_SAID.search(line))


def caption_over_credit(line: str) -> bool:
    """A caption of several sentences over a credit standing alone that says it is a picture (:func:`says_picture`)
    or closes on a verbless sentence saying where ("Plogbilarna har haft fullt upp sedan i morse. Här vid Norra
    infarten." / "Foto: Namn", session 51, extract277): an article's paragraph does not end on a caption's phrase."""
    if says_picture(line):
        return True
    breaks = list(SENTENCE_BREAK.finditer(line.strip()))
    return bool(breaks) and is_caption(line.strip()[breaks[-1].end() - 1:])


def is_credit_only(line: str) -> bool:
    """A credit line with nothing but the credit ("Foto: Namn")."""
    return bool(_CREDIT_ONLY.fullmatch(line))


_LABELLED_CAPTION = re.compile(r"(?i)(?:Bild|Foto|Bildtext)\s*:\s*(\S.*[.!])")
LABELLED_CAPTION_WORDS = 3
"""A caption after the picture's label ("Bild: Hamnmagasinet efter renoveringen.") is a sentence of this many words or
more; a credit ("Foto: Anna Ek") is a name."""


def has_own_caption(line: str) -> bool:
    """A credit line carrying its own caption before the credit ("Petra Sund. Foto: Lars Vik"), or a picture's label
    over its caption sentence ("Bild: Hamnmagasinet efter renoveringen.")."""
    m = _CREDIT_AFTER.match(line)
    if m is not None and words(m.group(1)) >= 1:
        return True
    own = _LABELLED_CAPTION.fullmatch(line)
    return own is not None and words(own.group(1)) >= LABELLED_CAPTION_WORDS


PROSE_WORDS = 8
"""A sentence of running prose has at least this many words."""
FOLLOW_WORDS = 15
FOLLOW_WINDOW = 3
_HEAD_META = frozenset({"byline", "published", "updated", "date"})


def _prose(ln: TaggedLine, min_words: int = PROSE_WORDS) -> bool:
    return ln.tag is None and (is_quote(ln.text) or (words(ln.text) >= min_words and ln.text[-1] in ".!?…\"”»"))


def ends_glued_text(lines: Sequence[TaggedLine], k: int, credit: int) -> bool:
    """Whether lines[k], right over the credit lines[credit], is the last of the article's paragraphs set without blank
    lines between them (a statement of running prose glued right over it, no quote or question), in a dump that has blank lines, with no
    paragraph of the article going on under the credit: the text's last sentence over the article's photo credit
    ("Foto: Sjöfartsverket"), not a picture's caption (a caption glued under the lead has the text going on under it)."""
    above = lines[k - 1] if k >= 1 else None
    if above is None or lines[k].blank_before or is_quote(above.text) or above.text[-1] not in ".!…" or not _prose(above):
        return False  # a quoted headline or a question glued over it is the head's, not a paragraph
    if not any(ln.blank_before for ln in lines):
        return False
    glued = list(itertools.takewhile(lambda ln: not ln.blank_before, lines[credit + 1:credit + 1 + FOLLOW_WINDOW]))
    if any(ln.tag in _HEAD_META for ln in glued):
        return False  # the byline or the date line glued under the picture: the head's picture, its caption over the credit
    below = [ln for ln in lines[credit + 1:credit + 1 + FOLLOW_WINDOW] if ln.tag is None]
    return not any(_prose(ln, FOLLOW_WORDS) for ln in below)


LIST_WINDOW = 8
"""A list's items stand at most this many lines under the line that introduces it with a colon."""


def ends_colon_list(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether lines[k], right over a picture's credit, is the last item of a list the article introduces with a colon
    ("Fynden är annars ganska anspråkslösa, vilket är typiskt för en boplats:" over four items in small letters): two
    items or more, each short (at most :data:`~.wraps.LIST_ITEM_WORDS` words, the wrapped lines' list items), none set apart
    by a blank line, under the introducing line within :data:`LIST_WINDOW` lines. The list's, not the picture's
    caption (session 45, extract195: once the items were no longer joined as a wrapped paragraph, the last was dropped
    as the caption's first line)."""
    for j in range(k - 1, max(-1, k - 1 - LIST_WINDOW), -1):
        ln = lines[j]
        if ln.tag is not None or lines[j + 1].blank_before:
            return False
        if ln.text.rstrip().endswith(":") and words(ln.text) >= 4:
            return k - j >= 2
        if words(ln.text) > LIST_ITEM_WORDS or ln.text[-1] in ".!?":
            return False
    return False
