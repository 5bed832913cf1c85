"""Page furniture told by its place and the line classifier, below the lead of a page dump.

- a lone short line, or (after the place of the article's own fact box) a box of lines, below the article's
  last long paragraph that the classifier doubts: teaser lists, opening hours, contact, tip, newsletter and
  subscription boxes (:func:`tail_box_tags`);
- a closing paragraph about the organisation ("Halmstads kommun är Hallands största kommun …"): the article's last
  paragraph, of two sentences or more, opening with a name the page's own furniture carries (:func:`about_tags`);
- the lines of a widget between two of its own lines that a ``label`` rule matches (a poll's question and
  options between "Vad tycker du?" and "Rösta"), in dumps without blank lines too (:func:`widget_tags`);
- a second copy of the article under an easy-read label ("Lättläst"), told by its words (:func:`copy_tags`);
- a photo caption whose credit line is missing: one short sentence without a finite verb, standing alone
  between blank lines (:func:`caption_tags`; the verbs are data, ``data/verbs.tsv``), one sentence set apart between
  two runs of the article's paragraphs that stand without blank lines (:func:`_island`), or one that names only people
  and places the article names too, right under the lead or standing alone (:func:`named_caption_tags`).

These hold on any site: they use the page's layout (blank lines, order) and the classifier's probability,
never a site's words. The thresholds lie in the gap between the article boxes and the furniture boxes of the
golden and blind sets (``tests/data/extract``). Not here: the rules by line (:mod:`audiocast.ingest.boilerplate`)
and the parse itself (:mod:`audiocast.ingest.text`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from importlib import resources
from typing import Protocol

from .announced import announced_item, announced_list_tags
from .barecaptions import bare_caption_tags, scene_caption_tags, scene_shaped
from .blockcaptions import block_caption_tags
from .closings import closing_line
from .creditcaptions import credited_caption_tags
from .linecuts import cut
from .lineshape import SENTENCE_BREAK, TOPIC_TAG, closes_sentence, content_words, is_quote, is_title_like, words
from .signoff import is_sign_off


class TaggedLine(Protocol):
    """A line of a dump as the parser tags it (``text._Line``)."""

    text: str
    blank_before: bool
    tag: str | None
    rule: str | None
    p: float | None
    label: bool
    """The line is a box's label by a ``label`` rule ("Fler evenemang", "Senaste inlägg")."""


P_TAIL_LINE = cut("furniture.P_TAIL_LINE", 0.15)
"""Below the article's last long paragraph, a line standing alone (blank lines around it) that the classifier
gives less than this is page furniture: a button, a caption, a form's thank-you."""
P_TAIL_BOX = cut("furniture.P_TAIL_BOX", 0.35)
"""Below the article's last long paragraph and below a first box of several lines (the place of the article's
own fact box), a box whose lines the classifier gives a mean probability under this is furniture: teaser lists,
opening hours, contact, newsletter and subscription boxes. Both thresholds lie in the gap between the golden
and blind sets' article boxes and furniture boxes (``tests/test_extract_signals.py`` names the cases)."""
_RULED = frozenset({"drop", "link", "menu"})
"""Tags of lines the rules took: a box of several of them (a share row, a teaser list) marks the article's end as a
first box of its own does. A picture's caption and credit are no such box (the article goes on below a picture)."""
_MEDIA_RULES = frozenset({"embed", "social-embed", "social-time", "social-reactions", "video", "video-embed"})
"""The rules of an embedded post's or player's lines (:mod:`audiocast.ingest.records`, :mod:`audiocast.ingest.videos`):
a box of them is the article's media, and the article goes on under it."""
TAIL_LONG_WORDS = 15
"""A line of at least this many words ending a sentence is a long paragraph: the article's body."""


EXCERPT_RULE = "more-link"
"""The rule (``data/boilerplate.tsv``) of a link to the whole of what a box shows an excerpt of ("Se alla öppettider",
"Visa hela tabellen"): a box ending in one below the article's last long paragraph is the excerpt of another page
(opening hours, a lunch menu, a league table, a calendar), whatever its lines say."""


def _long_paragraph(line: str) -> bool:
    return is_quote(line) or (words(line) >= TAIL_LONG_WORDS and line[-1] in ".!?…\"”»")


TAG_ITEMS = 3
"""A box of topic tags below the article ("Berörda linjer" over the lines it names) has at least this many items."""
TAG_WORDS = 3
"""A topic tag is a name of at most this many words."""
_TAG = TOPIC_TAG


def page_tail(lines: Sequence[TaggedLine]) -> int:
    """Where the page's tail begins: the first line the rules stop at (comments, the footer), else the end."""
    return next((i for i, ln in enumerate(lines) if ln.tag in {"stop", "footer"}), len(lines))


def _tag_list(kept: Sequence[TaggedLine], said: str) -> bool:
    """A heading over at least :data:`TAG_ITEMS` topic tags: names of at most :data:`TAG_WORDS` words, without digits or
    punctuation, each opening with a word the article above has said (inflected or not: "Pågatåg Röd" after
    "Pågatågen"). What it lists the listener has heard: the box names the article's topics ("Berörda linjer",
    "Ämnen") and says nothing new."""
    items = kept[1:]
    return len(items) >= TAG_ITEMS and is_title_like(kept[0].text) and all(
        _TAG.fullmatch(ln.text) and words(ln.text) <= TAG_WORDS and re.search(
            r"\b" + re.escape(ln.text.split()[0][:max(4, len(ln.text.split()[0]) - 2)]), said)
        for ln in items
    )


GLUED_SENTENCE_WORDS = 5
"""A line of at least this many words ending a sentence, glued under the article's last long paragraph, is the
article's own short closing paragraph ("Tack till alla som ställde upp!"), not a line of the box below it."""


def _glued_sentences(lines: Sequence[TaggedLine], start: int, stop: int) -> int:
    """How many lines opening the box ``lines[start:stop]`` are the article's own closing paragraphs: when the dump
    has no blank line between the article and the box under it (a teaser list or a log closed by "Visa alla"), the
    box's first lines, up to its own heading, are short sentences the rules left (ending in a stop, of at least
    :data:`GLUED_SENTENCE_WORDS` words; a question may be the box's heading). A box set apart by a blank line
    keeps none: it is the box."""
    if start == 0 or lines[start].blank_before:
        return 0
    k = start
    while k < stop and lines[k].tag is None and words(lines[k].text) >= GLUED_SENTENCE_WORDS \
            and lines[k].text[-1] in ".!…":
        k += 1
    return k - start if k < stop else 0


_PAGE_META_RULES = frozenset({"date-label", "page-owner"})
"""The rules (``data/boilerplate.tsv``) of the page's own meta lines under the article ("Sidansvarig: …")."""


def _excerpt_from(box: Sequence[TaggedLine]) -> int:
    """Where the excerpt closed by its link to the whole (``box[-1]``) begins: below the last line above the link that
    is the page's meta (its date line "Senast uppdaterad …", its owner "Sidansvarig: …"), a picture's credit, or, in a
    box glued to the article, a kept sentence (the article's: a list's items end in no stop; a box set apart by a blank
    line is the box, its sentences too). In a dump without blank
    lines the "box" runs from the article's last long paragraph down to the footer, and only the lines under the
    page's meta can be the excerpt's; the article's short closing section above it is not."""
    k = len(box) - 1
    while k > 0 and box[k - 1].tag not in {"published", "updated", "caption"} and box[k - 1].rule not in _PAGE_META_RULES \
            and not (box[k - 1].tag is None and box[k - 1].text[-1] in ".!" and not box[0].blank_before):
        k -= 1
    return k


_EXCERPT_LINK = re.compile(r"(?i)(?:Se|Visa)\s+(?:alla|hela|samtliga|fler|fullständiga?)\b.*")
"""A link to the whole of what a list shows ("Se alla 46 uppdrag", "Visa hela listan"), by the rule ``more-link``."""
EXCERPT_ITEMS = 3
"""A list closed by its link to the whole holds at least this many lines (its heading and two items)."""


EXCERPT_TIE = 0.5
"""A list closed by its link whose content words the article has said this much is the article's fact box."""


def excerpt_tags(lines: Sequence[TaggedLine], head: str = "") -> None:
    """A list glued over its link to the whole of what it lists ("Våra kurser i sommar", three courses, "Se alla 31
    kurser"; :data:`_EXCERPT_LINK`): the lines right above the link, no blank line between, none ending a sentence, at
    least :data:`EXCERPT_ITEMS`, the first title-like, under a line of the article above. Another page's excerpt,
    wherever it stands below the lead: in a dump without blank lines it is glued to the article's last paragraph, and
    the site's own sentence under it hides where the article ends. The article's sentences above its heading stay, and
    so does a list whose words the article has mostly said (:data:`EXCERPT_TIE`; ``head``: the headline and lead): the
    article's fact box, closed by a link to a whole ("Se hela tidtabellen"). A bare number the rules dropped among
    the list's lines (a board's clock time, "06.10") does not end it (session 40)."""
    from .labelboxes import labelled_box_end  # it reads boxes with this module's line type

    for i, ln in enumerate(lines):
        if ln.rule != EXCERPT_RULE or ln.blank_before or not _EXCERPT_LINK.fullmatch(ln.text):
            continue
        k = i
        while k > 1 and (lines[k - 1].tag in (None, "menu", "date") or lines[k - 1].rule == "number-only") and (
                lines[k - 1].text[-1] not in ".!?…\"”»") and (
                not is_quote(lines[k - 1].text)) and not lines[k].blank_before:
            k -= 1
        run = [x for x in lines[k:i] if x.tag is None]
        said: set[str] = content_words(head)
        for x in lines[:k]:
            if x.tag is None:
                said |= content_words(x.text)
        if (box := labelled_box_end(lines, k, i, said)) is not None and box < i:  # the article's fact box over it stays
            k, run = box, [x for x in lines[box:i] if x.tag is None]
        vocab = {w for x in run for w in content_words(x.text)}
        if vocab and len(vocab & said) >= EXCERPT_TIE * len(vocab):
            continue  # the article's own fact box closed by a link ("Så åker du" … "Se hela tidtabellen")
        if len(run) >= EXCERPT_ITEMS and is_title_like(lines[k].text) and any(x.tag is None for x in lines[:k]):
            for x in lines[k:i]:
                if x.tag in (None, "menu", "date"):
                    x.tag, x.rule = "drop", "excerpt"


def tail_box_tags(lines: Sequence[TaggedLine], head: str = "") -> None:
    """Boxes (lines without a blank line between) below the article's last long paragraph that the classifier
    doubts, by their place: a lone short line anywhere there, a box of several lines only after the first
    such box (or after a box of several lines the rules all took: a share row, a teaser list). A box that ends in
    a link to the whole of what it shows (rule :data:`EXCERPT_RULE`) is an excerpt of another page, and a box of the
    article's topic tags (:func:`_tag_list`; ``head``: the headline and lead, said above ``lines``) says nothing new:
    both go, the first box too, but for the article's own short closing sentences glued over it
    (:func:`_glued_sentences`).
    A box with a quote or a long paragraph is never dropped (the article goes on). A menu word in a dropped box goes
    with it (the search field's button under a journey planner)."""
    excerpt_tags(lines, head)
    end = page_tail(lines)
    last = max((i for i, ln in enumerate(lines[:end]) if ln.tag is None and _long_paragraph(ln.text)), default=None)
    if last is None:
        return
    if not any(ln.blank_before for ln in lines[1:]):
        glued_label_tags(lines[last:end])
    start, seen_box = last + 1, False
    said = " ".join([head] + [ln.text for ln in lines[:start] if ln.tag is None])
    while start < end:
        stop = start + 1
        while stop < end and not lines[stop].blank_before:
            stop += 1
        box = lines[start:stop]
        kept = [ln for ln in box if ln.tag is None]
        probs = [ln.p for ln in kept if ln.p is not None]
        if kept and not any(is_quote(ln.text) or words(ln.text) >= TAIL_LONG_WORDS for ln in kept):
            linked = len(box) > 1 and box[-1].rule == EXCERPT_RULE
            excerpt = linked or _tag_list(kept, said)
            mean = sum(probs) / len(probs) if len(probs) == len(kept) else 1.0
            lone = len(kept) == 1 and mean < P_TAIL_LINE and not closing_line(lines, start, stop, last) and not (
                _GRADE.fullmatch(kept[0].text)) and not (start == last + 1 and _closing_mark_kept(kept[0])) and not (
                kept[0] is lines[last + 1] and is_sign_off(kept[0].text))
            if excerpt or lone or (len(kept) > 1 and seen_box and mean < P_TAIL_BOX):
                first = _glued_sentences(lines, start, stop)
                if linked and not (len(kept) > 1 and seen_box and mean < P_TAIL_BOX):
                    first = max(first, _excerpt_from(box))
                first = max(first, _fact_box_over(lines, start, stop, said))
                for ln in box[first:]:
                    if ln.tag in (None, "menu"):
                        ln.tag, ln.rule = "drop", "tail-box"
        embedded = any(ln.rule in _MEDIA_RULES for ln in box)  # an embedded post or player: the article's media
        seen_box = seen_box or len(kept) > 1 or (stop - start > 1 and all(ln.tag in _RULED for ln in box) and not embedded)
        start = stop



def _fact_box_over(lines: Sequence[TaggedLine], start: int, stop: int, said: str) -> int:
    """How many lines of the box ``lines[start:stop]`` are the article's labelled fact box opening it ("Fakta om
    filmen" / "Regi: …" / "Distributör: …", tied to the article: :func:`.labelboxes.labelled_box_end`), kept over the
    page's lines glued under it (session 33, extract128: a cinema's film facts over its show times)."""
    from .labelboxes import labelled_box_end  # it reads boxes with this module's line type

    end = labelled_box_end(lines, start, stop, content_words(said))
    return end - start if end is not None else 0


def furniture_pieces(lines: Sequence[TaggedLine], start: int, stop: int, junk: Collection[str], embeds: bool) -> int:
    """How many pieces of furniture stand in ``lines[start:stop]`` (lines of the ``junk`` tags): a picture (its caption
    over its credit) is one, and with ``embeds`` so is an embedded post or player (its platform line, its text, its
    counters glued under it: session 32, a person's labelled fact box under an Instagram post was taken as the
    page's)."""
    pieces, embed = 0, False
    for k in range(start, stop):
        x = lines[k]
        if x.tag not in junk or lines[k + 1].tag == "caption":
            embed = embed and x.tag in junk and not x.blank_before
            continue
        if embed and not x.blank_before:
            continue  # the embedded post goes on
        embed = embeds and x.rule in _MEDIA_RULES
        pieces += 1
    return pieces


_GRADE = re.compile(r"(?i)(?:mitt |vårt |vårt samlade )?betyg\s*:?\s*(?:\d+(?:[,.]\d)?\s*(?:/|av)\s*\d+|[★☆✭⭐*]+)\.?")
"""A review's grade standing alone under its text ("Betyg: 4 av 5", "Vårt betyg: ★★★★☆"): the review's verdict, read."""


_CLOSING_MARK = re.compile(
    r"(?i)(?:källa|källor)\s*:\s*\S.{0,80}|styrelsen(?:\s+(?:i|för)\s+\S.{0,40})?|/\s?(?-i:[A-ZÅÄÖ])[\w -]{1,40}")
"""The article's closing mark: its source ("Källa: Vreta byalag"), a board's signature ("Styrelsen", "Styrelsen i Brf
Eken"), a signature after a slash ("/Sven och styrelsen")."""


def closing_mark(text: str) -> bool:
    """A line closing the article right under its last paragraph: a writer's sign-off ("Sven Holm, ordförande") or
    another closing mark (:data:`_CLOSING_MARK`); kept however the classifier doubts it."""
    from .signoff import is_sign_off

    return is_sign_off(text) or _CLOSING_MARK.fullmatch(text) is not None


def _closing_mark_kept(ln: TaggedLine) -> bool:
    """A closing mark (:func:`closing_mark`) stays; a signature is marked as the letter's (:data:`SIGNED`), so that the
    classifier's doubt of a bare name does not take it later."""
    if not closing_mark(ln.text):
        return False
    if not re.match(r"(?i)källa|källor", ln.text):
        ln.rule = SIGNED
    return True


CAPTION_WORDS = 12
"""A photo caption without a credit line is one short sentence standing alone: at most this many words."""


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    """A word that is (or may be) a finite Swedish verb, from ``data/verbs.tsv``."""
    text = resources.files("audiocast.ingest").joinpath("data/verbs.tsv").read_text(encoding="utf-8")
    table = dict(line.split("\t", 1) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    whole = "|".join(map(re.escape, table["word"].split()))
    endings = "|".join(map(re.escape, table["ending"].split()))
    never = "|".join(map(re.escape, table["not"].split()))
    return re.compile(rf"(?i)(?!(?:{never})$)(?:{whole}|\w+(?:{endings}))")


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """The whole words of ``data/verbs.tsv`` that are finite verbs wherever they stand ("är", "kom", "har")."""
    text = resources.files("audiocast.ingest").joinpath("data/verbs.tsv").read_text(encoding="utf-8")
    table = dict(line.split("\t", 1) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(table["word"].split())


_PREPOSITIONS = frozenset("i på vid med av från under efter till för om mot hos inför utanför bland genom över ur längs".split())
"""Neither one of these ("längs") nor the word right after it ("i höstas", "med hänglavar") is a finite verb."""
_DETERMINERS = frozenset("""en ett min mitt mina din ditt dina sin sitt sina vår vårt våra er ert era alla flera många några
    två tre fyra fem sex sju åtta nio tio nya gamla stora små unga första andra sista hela""".split())
"""The word right after one of these, or after a number, is a noun or an adjective ("två startpallar", "nya
kanoter"), never a finite verb."""


def _never_verb(before: str, word: str, first: bool) -> bool:
    """Whether ``word`` (after ``before``; ``first``: ``before`` opens the line) cannot be a finite verb by its place,
    whatever its ending. A verb of the word list always is one ("Alla är välkomna."), and a determiner or number
    opening the line is the subject ("Två skadades i olyckan.")."""
    low = before.lower()
    if word.lower() in _verb_words():
        return False
    return word[0].isupper() or word.lower() in _PREPOSITIONS or low in _PREPOSITIONS or (
        not first and (low in _DETERMINERS or before.isdigit()))


def is_caption(line: str, most: int = CAPTION_WORDS) -> bool:
    """One short sentence without a finite verb after its first word ("Brushanar vid Kvarnbodarna.",
    "Publiken i Vasaparken en kväll 2023."): what a photo's caption is, and an article's sentence is not. A
    capitalized word inside the sentence is a name ("Vox Borealis", "Backens kyrka"), a word right after a
    preposition, a determiner or a number its noun ("med hänglavar", "i höstas", "två kanoter"): none is taken for a
    verb by its ending (:func:`_never_verb`)."""
    if line[-1] != "." or not 2 <= words(line) <= most or is_quote(line) or SENTENCE_BREAK.search(line):
        return False
    pattern = _verb_pattern()
    tokens = re.findall(r"\w+", line)
    for k, (before, word) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if not _never_verb(before, word, k == 0) and pattern.fullmatch(word):
            return False
    return True


_is_caption = is_caption  # the name the furniture tests use


def caption_tags(lines: Sequence[TaggedLine], under_lead: bool = False) -> None:
    """A caption (a verbless sentence, or a scene with a relative clause after its comma: ``scene_shaped``) standing
    alone between blank lines below the lead (its picture's credit missing) is dropped, or closing a box of paragraphs
    (the picture's caption glued under the paragraph above it, a blank line and the article's next paragraph below), or
    opening the first box under the lead (``under_lead``: the top picture's caption, glued to the paragraph under it),
    and one that names only what the article names (:func:`named_caption_tags`). An announced list's items are no
    captions (:mod:`audiocast.ingest.announced`)."""
    announced_list_tags(lines)
    for i, ln in enumerate(lines):
        alone = ln.blank_before and (i + 1 == len(lines) or lines[i + 1].blank_before)
        # Glued under a paragraph, the article going on under the blank line below it (a list's last item, "14 augusti:
        # Första skoldag.", and a closing line, "Tack till alla ideella krafter.", are no caption).
        closing = 0 < i < len(lines) - 1 and lines[i + 1].blank_before and not ln.blank_before and _prose(lines[i - 1]) and (
            _prose(lines[i + 1]) and ":" not in ln.text + lines[i - 1].text[:40])
        answer = i > 0 and lines[i - 1].tag is None and lines[i - 1].text[-1] == "?"  # "Till midsommar." under its question
        if ln.tag is None and (alone or closing or (under_lead and i == 0 and ln.blank_before)) and (is_caption(ln.text) or scene_shaped(ln.text)) and not answer and (
                not labelled_item(lines, i)) and not record_field(lines, i) and not announced_item(lines, i) and SIGNED not in (
                ln.rule, lines[i + 1].rule if i + 1 < len(lines) else None):
            ln.tag, ln.rule = "drop", "caption-alone"
        elif ln.tag is None and alone and _island(lines, i):
            ln.tag, ln.rule = "drop", "caption-island"
    named_caption_tags(lines, under_lead)
    bare_caption_tags(lines, under_lead)  # without credit or stop, between paragraphs
    scene_caption_tags(lines, under_lead)  # a verbless scene closed by a stop, glued between paragraphs
    credited_caption_tags(lines, under_lead)  # two sentences glued over its credit, between paragraphs
    block_caption_tags(lines, under_lead)  # a sentence opening a block, glued over the paragraph, in a page of blocks


SIGNED = "signature"
"""The rule of a letter's close kept under the article (:data:`audiocast.ingest.letterclose.SIGNATURE_RULE`): its
closing line ("Tack för tio fina år."), or the line right over it, is no caption."""
_ITEM_LABEL = re.compile(r"([^:!?]{1,40}?):\s+\S")
_WHEN_LABEL = re.compile(r"(?i)(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)|.*\d")


def labelled_item(lines: Sequence[TaggedLine], i: int, by_neighbour: bool = True) -> bool:
    """A list's item with its label before a colon, each item a paragraph of its own: a programme's "Tisdag 18 mars kl
    10: Babysång i lillsalen.", "20/3 kl. 14.00: Syförening." (a day or a number in the label), or (``by_neighbour``)
    an item whose neighbour (the line above or below, blank lines between) has a label too ("Vårstädning: …")."""
    m = _ITEM_LABEL.match(lines[i].text)
    if m is None or words(m.group(1)) > LABEL_ITEM_WORDS:
        return False
    if _WHEN_LABEL.match(m.group(1)) or not by_neighbour:
        return bool(_WHEN_LABEL.match(m.group(1)))
    near = [lines[k] for k in (i - 1, i + 1) if 0 <= k < len(lines) and (lines[k].tag is None or lines[k].rule == "caption-alone")]
    return any((n := _ITEM_LABEL.match(x.text)) is not None and words(n.group(1)) <= LABEL_ITEM_WORDS for x in near)


_PICTURE_LABEL = re.compile(r"(?i)(?:arkiv|press)?(?:bild|foto|fotografi)(?:text)?|bildtext|överst|nederst|ovan|nedan")
"""A label that names the picture its caption stands under ("Bild: …", "Ovan: …"): a gallery's captions, never fields."""


def record_field(lines: Sequence[TaggedLine], i: int) -> bool:
    """A field of the article's records ("Pris: 725 kronor.", "Tid: lördag 10–14."): its label opens another kept line of
    the page too, a record's each (a guide's places, each with its price). A caption opens with no label."""
    m = _ITEM_LABEL.match(lines[i].text)
    if m is None or words(m.group(1)) > LABEL_ITEM_WORDS or _PICTURE_LABEL.fullmatch(m.group(1)):
        return False
    label = m.group(0)[:m.end(1) + 1]
    return any(k != i and x.text.startswith(label) and (x.tag is None or x.rule == "caption-alone") for k, x in enumerate(lines))


def continues_programme(lines: Sequence[TaggedLine], i: int) -> bool:
    """A programme's item (a day or a number in its label, :func:`labelled_item`) right under a kept item with a label
    ("Långfredag: Stilla vandring."): the programme goes on, below the article's last paragraph too ("Påskafton kl. 10.00: Äggjakt.")."""
    above = _ITEM_LABEL.match(lines[i - 1].text) if i > 0 and lines[i - 1].tag is None else None
    return above is not None and words(above.group(1)) <= LABEL_ITEM_WORDS and labelled_item(lines, i, by_neighbour=False)


LABEL_ITEM_WORDS = 5
"""A list item's label before its colon is at most this many words ("Tisdag 18 mars kl 10")."""


ISLAND_WORDS = 20
"""A caption standing as an island among the article's runs of paragraphs is one sentence of at most this many words."""
ISLAND_PROSE_WORDS = 8
"""The paragraphs around an island are sentences of at least this many words."""


def _prose(ln: TaggedLine) -> bool:
    return ln.tag is None and (is_quote(ln.text) or closes_sentence(ln.text, ISLAND_PROSE_WORDS))


_NAMED = re.compile(r"(?-i:\b[A-ZÅÄÖÉ][\w-]+|\b\d+[A-ZÅÄÖ]\b)")
"""A name in a caption: a capitalized word ("Moa", "Kyrkvägen") or a class's number and letter ("4B")."""


def _island(lines: Sequence[TaggedLine], i: int) -> bool:
    """A photo caption with a verb and no credit, told by the layout: one sentence (at most :data:`ISLAND_WORDS` words,
    no colon, never a quote) standing alone between blank lines in the middle of an article whose paragraphs follow one
    another without blank lines (the two lines right above it and the two right below it are paragraphs of one box
    each). The page's paragraphs share one container; a line set apart from them between two of their runs is another
    element, the picture's caption ("Eleverna i klass 4B vattnar växthuset varje morgon."). A caption names what the
    picture shows (a person, a place, a class: a capitalized word after the first); a one-line paragraph of news set
    apart without a name ("Polisen utreder händelsen som mordbrand.") is not taken."""
    text = lines[i].text
    if text[-1] != "." or ":" in text or not 4 <= words(text) <= ISLAND_WORDS or is_quote(text) or SENTENCE_BREAK.search(text):
        return False
    if not _NAMED.search(text.split(" ", 1)[1] if " " in text else ""):
        return False
    if i < 2 or i + 2 >= len(lines):
        return False
    above, below = lines[i - 2:i], lines[i + 1:i + 3]
    return all(_prose(x) for x in (*above, *below)) and not above[1].blank_before and not below[1].blank_before


_CAPITALIZED = re.compile(r"(?-i:[A-ZÅÄÖÉ][\w-]+)")
NAMED_CAPTION_NAMES = 2
"""A caption that names what its picture shows names at least this many things (capitalized words: people, places)."""


def _says_again(line: str, others: str) -> bool:
    """Whether every capitalized word of the line (at least :data:`NAMED_CAPTION_NAMES`) stands in the other text too,
    inflected or not ("Hedman", "Hedmans"): the line names only what the article names."""
    names = set(_CAPITALIZED.findall(line))
    return len(names) >= NAMED_CAPTION_NAMES and all(
        re.search(r"\b" + re.escape(name[:max(4, len(name) - 2)]), others) for name in names
    )


def named_caption_tags(lines: Sequence[TaggedLine], under_lead: bool) -> None:
    """A photo caption whose credit line is missing, told by what it names: one short sentence (at most
    :data:`CAPTION_WORDS` words, no colon, never a quote) whose people and places all stand in the article's other
    lines too ("Oscar Hedman jublar efter 3–2-målet."), right under the lead (``under_lead``: ``lines[0]`` is the
    line under it, where the top picture's caption falls) or standing alone between blank lines. A sentence of the
    article among other lines, without a blank line around it, stays, and so does one right over a quote: it leads
    into the quote."""
    kept = [i for i, ln in enumerate(lines) if ln.tag is None]
    for i in kept:
        ln = lines[i]
        text = ln.text
        alone = ln.blank_before and (i + 1 == len(lines) or lines[i + 1].blank_before)
        if not ((under_lead and i == 0) or alone) or text[-1] != "." or ":" in text:
            continue
        if not 3 <= words(text) <= CAPTION_WORDS or is_quote(text) or SENTENCE_BREAK.search(text):
            continue
        if i + 1 < len(lines) and _leads_into(text, lines[i + 1]):
            continue  # the sentence leads into the quote under it ("Karl Lind är mer försiktig." over "– Vi har …")
        if _says_again(text, " ".join(lines[k].text for k in kept if k != i)):
            ln.tag, ln.rule = "drop", "caption-named"


P_ABOUT = cut("furniture.P_ABOUT", 0.5)
"""The organisation's blurb is a paragraph the classifier doubts (under this; the golden and blind sets' blurbs score
0.1 and less): one it trusts is the article's own closing news about the organisation ("Förbundet håller möten …"),
unless its box holds the owner's address or registration number (:func:`_with_owner_lines`)."""
_SAID_BY = re.compile(r"(?i)\b(?:säger|sa|berättar|förklarar|menar|tycker|konstaterar)\s+(\w+)(?:\s+(\w+))?")


def _leads_into(text: str, nxt: TaggedLine) -> bool:
    """Whether a short sentence leads into the quote under it: a kept quote (a dash, or a quotation mark opening it)
    said by the one the sentence names ("säger hon", "säger Karl Lind") or by no one named; a caption over another's
    quote ("säger Olle Sten" under "Nora Falk provar vattnet.") does not."""
    quote = nxt.text
    if nxt.tag is not None or not (is_quote(quote) or quote[0] in "»”\"“"):
        return False
    m = _SAID_BY.search(quote)
    if m is None:
        return True  # no speaker named: the one the sentence has just named speaks
    who = [w for w in m.groups() if w]
    return who[0].lower() in {"hon", "han", "hen", "de", "vi"} or any(w in text.split() for w in who if w[0].isupper())


ORG_NAME_WORDS = 4
"""A name of the site or organisation standing on its own line in the page's furniture: at most this many words."""


_SMALL_WORD = re.compile(r"(?<![\w.@/-])[a-zåäöé]+(?![\w@/-]|\.\w)")
"""A word in small letters in running text, not a part of a web or e-mail address ("krogkollen.se")."""


def about_tags(lines: Sequence[TaggedLine], body_from: int, title: str = "") -> None:
    """The last paragraph (only furniture after it) is an organisation's blurb when it has two sentences or more, the
    classifier doubts it (:data:`P_ABOUT`) and it opens with a name alone on a furniture line ("Halmstads kommun är …"),
    not one the headline says (session 40: "Gunnar Eklund avled …" under "Gunnar Eklund … har avlidit")."""
    end = next((i for i in range(body_from, len(lines)) if lines[i].tag in {"stop", "footer"}), len(lines))
    kept = [i for i in range(body_from, end) if lines[i].tag is None]
    if len(kept) < 3:
        return
    last = lines[kept[-1]]
    if (last.p is not None and last.p >= P_ABOUT and not _with_owner_lines(lines, kept[-1])) or is_quote(last.text) or not SENTENCE_BREAK.search(last.text) or (
        last.text[-1] not in ".!?"
    ):
        return
    names = {
        ln.text for i, ln in enumerate(lines)
        if (i < body_from or ln.tag is not None) and 1 <= words(ln.text) <= ORG_NAME_WORDS and ln.text[0].isupper()
        and ln.tag != "link"  # a link's label ("Nästa" under a post) names no one (session 35, extract147)
    }
    named = [name for name in names if last.text.startswith(name + " ") and name.lower() not in title.lower()]
    if not named:
        return
    # A one-word menu item the page also writes in small letters is a common noun, no one's name ("Biljetter" in a
    # cinema's menu and "köpa biljetter" in its last paragraph; session 36, extract150).
    common = {w for ln in lines for w in _SMALL_WORD.findall(ln.text)}
    if any(" " in name or name.lower() not in common for name in named):
        last.tag, last.rule = "drop", "about-org"


OWNER_RULE = "page-address"
"""The rule (``data/boilerplate.tsv``) of the page owner's address and registration number ("Org.nr 802500-1122")."""


def _with_owner_lines(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i]'s box (no blank line between) holds the page owner's address or registration number: the
    paragraph is the owner's presentation over its details, however much the classifier trusts its sentences."""
    start = i
    while start > 0 and not lines[start].blank_before:
        start -= 1
    end = i + 1
    while end < len(lines) and not lines[end].blank_before:
        end += 1
    return any(ln.rule == OWNER_RULE for ln in lines[start:end])


COPY_SHARE = 0.6
"""Under an easy-read label, a line of which at least this share of word stems the article has already said is the
article again in other words (the golden and blind easy-read copies share 0.7 and more; an appended paragraph of
news far less)."""
COPY_RULE = "easy-read"
"""The name of the rule (``data/boilerplate.tsv``) that matches an easy-read label."""


def _stems(line: str) -> set[str]:
    """The line's words of four letters or more, cut to their first four (a crude stem: 'cykla', 'cyklister')."""
    return {w[:4] for w in re.findall(r"\w+", line.lower()) if len(w) >= 4}


def copy_tags(lines: Sequence[TaggedLine], body_from: int) -> None:
    """The lines under an easy-read label (rule :data:`COPY_RULE`) that say again what the article above said:
    dropped, up to the first line that says something new."""
    label = next((i for i in range(body_from, len(lines)) if lines[i].rule == COPY_RULE), None)
    if label is None:
        return
    said: set[str] = set()
    for ln in lines[:label]:
        if ln.tag is None:
            said |= _stems(ln.text)
    for ln in lines[label + 1:]:
        if ln.tag in {"stop", "footer"}:
            return
        if ln.tag is not None:
            continue
        stems = _stems(ln.text)
        if not stems or len(stems & said) < COPY_SHARE * len(stems):
            return
        ln.tag, ln.rule = "drop", "copy"


WIDGET_SPAN = 8
"""A widget's lines stand at most this many lines apart from one another (a poll: question, options, buttons)."""
WIDGET_LINE_WORDS = 12
"""A widget's line (an option, a result) is short: at most this many words, and never a quote."""


def widget_tags(lines: Sequence[TaggedLine], labels: Sequence[bool]) -> None:
    """Short lines standing between two lines of the same label rule (``labels[i]``: lines[i] is matched by a
    ``label`` rule), within :data:`WIDGET_SPAN` lines: the widget's own lines (a poll's question and options,
    its results between "Resultat" and "1 482 röster"). A quote or a long sentence between them is never
    dropped, and then the lines around it are not either."""
    for i, ln in enumerate(lines):
        if not labels[i] or ln.rule is None:
            continue
        j = next((k for k in range(i + 1, min(len(lines), i + WIDGET_SPAN + 1)) if lines[k].rule == ln.rule), None)
        if j is None:
            continue
        inner = [x for x in lines[i + 1:j] if x.tag is None]
        if inner and all(words(x.text) <= WIDGET_LINE_WORDS and not is_quote(x.text) for x in inner):
            for x in inner:
                x.tag, x.rule = "drop", "widget"


_ITEM_MARK = re.compile(r"(?:§\s*\d+[a-z]?|\d{1,2}|[A-ZÅÄÖ]|(?:Punkt|Fråga|Steg|Tips|Del|Råd|Nyhet)\s+\d+)\s*[.):–-]?\s+\S")
"""An item's mark opening a subheading: a minutes' paragraph ("§ 4 Ny förskola i Limmared"), a number or letter
("2. Entrén kostar 90 kronor"), a numbered label ("Tips 3: Håll kedjan ren")."""
ITEM_HEADS = 2
"""A subheading under the date line with at least this many more subheadings of the same mark, each over a paragraph,
is the first item of the article (minutes, a numbered list), not its headline."""


def _mark(text: str) -> str | None:
    """The kind of an item's mark that opens ``text`` ("§", "1", "Tips"), or its first words up to a number in the
    second or third, the numbers left out ("För 50 år sedan – 1975" as "för #", "Etapp 2: …" as "etapp #:"), or
    None."""
    m = _ITEM_MARK.match(text)
    if m is None:
        opening = [re.sub(r"\d+", "#", w.lower()) for w in text.split()[:3]]
        last = max((k for k, w in enumerate(opening) if "#" in w), default=0)
        return " ".join(opening[:last + 1]) if last else None
    head = text.split()[0]
    return "§" if head.startswith("§") else "1" if head[0].isdigit() else head if len(head) > 2 else "A"


def first_of_items(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether lines[k] opens a run of subheadings with the same kind of mark (at least :data:`ITEM_HEADS` more
    title-like lines below it, each over a paragraph): a minutes' or a list article's first item under its date line,
    with the headline and lead above the date."""
    kind = _mark(lines[k].text)
    if kind is None:
        return False
    more = sum(
        1 for m in range(k + 1, len(lines) - 1)
        if lines[m].tag is None and _mark(lines[m].text) == kind and is_title_like(lines[m].text)
        and lines[m + 1].tag is None and not is_title_like(lines[m + 1].text)
    )
    return more >= ITEM_HEADS


_LIST_LABEL = re.compile(
    r"(?:Fler|Mer|Kommande|Andra|Liknande|Senaste|Populära) (?-i:[a-zåäö])[\w-]+(?: \w+){0,2}")
"""A list's label by its shape ("Fler föreställningar", "Kommande konserter"), whatever it lists."""
GLUED_LIST_LINES = 6
"""Under a list's label in a dump without blank lines, at most this many short lines are the list's."""
GLUED_LIST_ITEMS = 2
"""A label by its shape takes its list only when at least this many items stand under it."""
GLUED_ITEM_WORDS = 8
"""A list's item under its label (a teaser's title, an event and its day) is at most this many words, no stop."""


def glued_label_tags(lines: Sequence[TaggedLine]) -> None:
    """Below the article's last long paragraph in a dump without blank lines (where a ``label`` rule's box, the lines
    up to the next blank line, would be the rest of the page), a list's label (a ``label`` rule's, "Fler evenemang", or
    one by its shape, :data:`_LIST_LABEL`: "Fler föreställningar") takes the short lines right under it that end no sentence
    (teasers' titles, "Körfestival 5 juli"), at most :data:`GLUED_LIST_LINES`; and a box's heading the rules took
    ("Nyhetsbrev") with its form under it (a field or button the rules took) takes the one sentence between them that
    the classifier doubts ("Få tips om kommande konserter direkt i inkorgen."). ``lines``: from the article's last long
    paragraph down to the page's tail."""
    for i, ln in enumerate(lines[1:], 1):
        if ln.label or (ln.tag is None and _LIST_LABEL.fullmatch(ln.text)):
            k = i + 1
            while k < len(lines) and k - i <= GLUED_LIST_LINES and lines[k].tag is None and (
                    words(lines[k].text) <= GLUED_ITEM_WORDS and lines[k].text[-1] not in ".!?:" and not is_quote(lines[k].text)):
                k += 1
            if ln.label or k - i > GLUED_LIST_ITEMS:  # a label by its shape needs its list under it
                for x in lines[i:k]:
                    if x.tag is None:
                        x.tag, x.rule = "drop", "glued-box"
        elif ln.tag is None and 0 < i < len(lines) - 1 and _between_box_lines(lines[i - 1], ln, lines[i + 1]):
            ln.tag, ln.rule = "drop", "glued-box"


P_BOX_SENTENCE = 0.5
"""A sentence between a box's heading and its form is the box's when the classifier gives it less than this."""


def _between_box_lines(above: TaggedLine, ln: TaggedLine, below: TaggedLine) -> bool:
    return (above.tag == "drop" and above.rule not in {None, "model"} and is_title_like(above.text)
            and below.tag == "drop" and below.rule not in {None, "model"} and below.text[-1] not in ".!?"
            and words(ln.text) <= 20 and not is_quote(ln.text) and ln.p is not None and ln.p < P_BOX_SENTENCE)
