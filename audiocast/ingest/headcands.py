"""The headline's candidates in a page dump: the title-like lines above the lead, with their context
(:class:`audiocast.ingest.headline.Candidate`), and the paragraphs above the article's head that are page furniture
(a cookie notice, a banner, a "Du är här:" line). The choice among the candidates is :mod:`audiocast.ingest.headline`'s;
the parse is :mod:`audiocast.ingest.text`'s."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .byline import person_role
from .dates import parse_date
from .furniture import TaggedLine, dated_head_below, first_of_items
from .headdigest import first_notice, interview_question, question_lead, sentence_head, standfirst, top_caption
from .headfacts import field_run
from .headkickers import CREDIT_LINE, under_column, under_kicker
from .headline import PICTURE_MARK, Candidate, core, fact_list, furniture_shape, line_words, shape_of
from .headmenus import glued_menu_item, in_anchor_block, in_listed_block, in_menu_run, in_page_header, section_line
from .headmeta import (
    ANCHORS,
    HEAD_SCAN,
    dated_meta_tags,
    head_furniture,
    head_meta_rows,
    life_date_tags,
    meta_badge_tags,
    name_role_rows,
    sentence_head_over_meta,
)
from .headpictures import caption_over_head, caption_under_head, picture_place
from .headshapes import age_notice
from .headstatus import status_over_head
from .headwidgets import widget_box
from .lineshape import content_words, is_quote, is_title_like, words
from .serieslists import series_list_tags

_ANCHORS = ANCHORS


def candidates(lines: Sequence[TaggedLine]) -> tuple[list[Candidate], int | None]:
    """The title-like lines above the lead, and the index of the lead (None when there is no body).

    A paragraph above the article's head (a title-like line next to the date
    line or byline, below it) is page furniture - a cookie notice, a banner -
    when no headline-like line stands above it: it is dropped and the search
    goes on.
    """
    has_blanks = any(ln.blank_before for ln in lines)
    series_list_tags(lines)  # a series' list of its parts, over the head (its name is no headline) or under the text
    _heads_after_boxes(lines)
    life = life_date_tags(lines) + dated_meta_tags(lines) + head_meta_rows(lines) + name_role_rows(lines)
    _heads_over_pictures(lines)  # after the meta rows: the head goes on under a picture with its byline too
    anchors = sorted({i for i, ln in enumerate(lines) if ln.tag in _ANCHORS} | set(life))
    if has_blanks:
        _consent_tags(lines, anchors[0] if anchors else len(lines))
    found: list[tuple[int, bool]] = []
    joined: dict[int, str] = {}
    pictured: list[tuple[int, bool]] = []
    for i, ln in enumerate(lines):
        if _picture_title(lines, i):
            pictured.append((i, ln.blank_before))
        if ln.tag is not None:
            continue
        if found and found[-1][0] == i - 1 and _continues(lines, i):
            ln.tag, ln.rule = "drop", "headline-continuation"  # its words are the headline's (joined below)
            joined[i - 1] = f"{lines[i - 1].text} {ln.text}"
            continue
        if _label(ln.text) or age_notice(ln.text):
            ln.tag, ln.rule = "drop", "above-head"  # "Du är här:" over a breadcrumb, "Artikeln är över ett år gammal"
            continue
        if not _headed(lines, found) and (picture_place(lines, i) or caption_over_head(lines, i)):
            continue  # a picture over the head: its caption is no lead, its place no headline
        if found and caption_under_head(lines, i):
            continue  # a picture between the headline and the byline: its caption is no lead
        box = widget_box(lines, i)
        if box is not None:
            for k in box:
                lines[k].tag, lines[k].rule = "drop", "widget-box"  # rows of a value by place over the head
            found = [f for f in found if f[0] not in box]
            continue
        if PICTURE_MARK.match(ln.text):
            ln.tag, ln.rule = "drop", "picture-mark"  # a caption by its mark ("🖼 Barnen i snön"): no headline, no lead
            continue
        if (is_title_like(ln.text) or _crumb(ln.text) or sentence_head_over_meta(lines, i, _headed(lines, found))) \
                and not (found and SALUTATION.fullmatch(ln.text) and not (
                i + 1 < len(lines) and lines[i + 1].tag in _ANCHORS)) \
                and not _address_line(lines, i, found) and not question_lead(lines, found, i):
            found.append((i, ln.blank_before or (i == 0 and has_blanks)))
            continue
        if _greeting_over_head(lines, i):
            continue
        if _dismissable_banner(lines, i):
            continue
        if found and found[-1][0] == i - 1 and _notice_in_head(lines, i):
            ln.tag, ln.rule = "drop", "notice-in-head"
            continue
        if status_over_head(lines, i):
            continue  # a site's status line and its stamp over the article's head
        if dated_head_below(lines, i) and not _interview_below(lines, i) or _head_past_furniture(lines, i, anchors) or _notice_over_dated_head(lines, i) or not any(
            words(lines[j].text) >= 3 and shape_of(lines[j].text) is None and not in_menu_run(lines, j, True) for j, _ in found
        ) and (
            # Nothing at all above a paragraph (a notice banner topping the page): the head is looked for further down.
            _head_below(lines, i, anchors, HEAD_WINDOW if found else None) or _doubted_lead(lines, i)
            or _notice_over_head(lines, i) or _unrelated_notice_over_head(lines, i)
        ):
            ln.tag, ln.rule = "drop", "above-head"
            continue
        i = top_caption(lines, found, i) or i  # the top picture's caption over the lead
        if (opens := first_notice(lines, found, i) or standfirst(lines, found, i)) is not None:
            # a digest's first notice (its title opens the text) or the headline's standfirst (the lead)
            found, pictured, i = [f for f in found if f[0] != opens], [f for f in pictured if f[0] != opens], opens
        meta_badge_tags(lines, i)  # "Ölandsbladet Plus" closing the head's meta block under the lead
        _repeated_head_tags(lines, found, i)
        return _with_context(lines, _merged(found, pictured), anchors, i, joined, pictured), i
    return _with_context(lines, _merged(found, pictured), anchors, None, joined, pictured), None


def _repeated_head_tags(lines: Sequence[TaggedLine], found: list[tuple[int, bool]], lead: int) -> None:
    """Drop the head said again under the lead: a line that says what a candidate of three words or more above the lead
    says, right over a date line ("Kokningsrekommendation i Långshyttan" / "Publicerad 12 augusti 2025" under the
    updates a live notice sets first). The headline is read once; the repeated head opens the original text."""
    heads = {line_words(lines[j].text) for j, _ in found if words(lines[j].text) >= 3}
    for k in range(lead + 1, len(lines) - 1):
        ln = lines[k]
        if ln.tag is None and line_words(ln.text) in heads and lines[k + 1].tag in _ANCHORS:
            ln.tag, ln.rule = "drop", "head-repeated"


CONSENT_BOX_LINES = 8
"""A consent dialog is a box of at most this many lines: its title, its text, its buttons."""
_CONSENT_RULES = frozenset({"cookie", "cookie-choices"})


def _consent_tags(lines: Sequence[TaggedLine], end: int) -> None:
    """A box above the page's first date line or byline (lines without a blank line between, at most
    :data:`CONSENT_BOX_LINES`) that holds a cookie button the rules know ("Neka", "Godkänn alla", "Anpassa cookies") is
    the consent dialog: its title ("Vi värnar om din integritet") and its text, however worded (a consent platform's
    "Vi och våra 187 partner …"), are the dialog's, never the headline or the lead."""
    start = 0
    for k in range(1, end + 1):
        if k < end and not lines[k].blank_before:
            continue
        box = lines[start:k]
        start = k
        buttons = [k for k, ln in enumerate(box) if ln.rule in _CONSENT_RULES]
        if len(box) <= CONSENT_BOX_LINES and buttons:
            for ln in box[:buttons[-1]]:  # the dialog's text stands above its buttons; what follows them is not its
                if ln.tag is None:
                    ln.tag, ln.rule = "drop", "consent"


SALUTATION = re.compile(
    r"(?i)(?:Hej|Hejsan|Hallå|Kära|Bästa|God (?:morgon|kväll|dag))(?! då\b)(?:,? (?:alla|allihop(?:a)?|på er))?"
    r"(?: [\w-]+){0,3}\s*[!,]")
"""A letter's salutation ("Hej alla odlare!", "Kära medlemmar,"): under a headline it opens the text, never a headline."""
_CONTENTS = re.compile(r"[^.!?]*?:\s*[^.!?]+(?:\s+[·|•,]\s+[^.!?]+){1,}")
"""A newsletter's contents line ("I detta nummer: Filmklubben · Ny utställning · Hemsidan")."""
GREETING_WINDOW = 6


def _greeting_over_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a newsletter's greeting over the head of its first story ("Hej kulturvän!" / "I detta
    nummer: …" / "◆ ◆ ◆" / "HUVUDNYHET" / headline / text): a salutation that no sentence follows, with the story's
    headline (title-like, two words or more, no button or menu shape) within :data:`GREETING_WINDOW` lines, running
    prose within two lines under it, and the issue's furniture set between (a separator, a label, a contents line) or
    the story's meta row under its headline ("Kjell Ek, ordförande"). The greeting and the contents line are dropped:
    they are the issue's, not the story's lead. A letter's greeting over its text (a sentence right under it) stays."""
    if not SALUTATION.fullmatch(lines[i].text):
        return False
    between: list[TaggedLine] = []
    for k in range(i + 1, min(len(lines), i + 1 + GREETING_WINDOW)):
        ln = lines[k]
        if ln.tag is None and _prose(ln):
            return False  # a sentence before any headline: the greeting opens the text
        if ln.tag is None and is_title_like(ln.text) and words(ln.text) >= 2 and shape_of(ln.text) not in {"button", "nav", "label"}:
            under = [x for x in lines[k + 1:k + 3] if x.tag is None]
            if not any(_prose(x) for x in under):
                between.append(ln)
                continue
            meta = bool(under) and (person_role(under[0].text) is not None or lines[k + 1].tag in _ANCHORS)
            furniture = any(x.rule == "separator" or shape_of(x.text) == "label" or _CONTENTS.fullmatch(x.text)
                            for x in between)
            if not (furniture or meta):
                return False
            for x in [lines[i], *between]:
                if x.tag is None and not is_title_like(x.text):
                    x.tag, x.rule = "drop", "greeting-over-head"
            return True
        between.append(ln)
    return False


_ADDRESS = re.compile(r"Till:? (?!och\b)\w[\w.,&/ -]*")


def _address_line(lines: Sequence[TaggedLine], i: int, found: list[tuple[int, bool]]) -> bool:
    """An open letter's address ("Till barn- och utbildningsnämnden i X", "Till: Styrelsen") under its headline: a
    line opened by 'Till' that starts the block the letter's text runs on in (the next line follows without a blank
    line and is prose), below a headline-like candidate. It opens the text, it is no headline."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if any(line_words(lines[j].text) == line_words(lines[i].text) for j, _ in found):
        return False  # the headline said again at the head's place ("Till dig som bor på Kvarnholmen" twice)
    return (
        bool(_ADDRESS.fullmatch(lines[i].text)) and nxt is not None and not nxt.blank_before and nxt.tag is None
        and _prose(nxt)
        and any(words(lines[j].text) >= 3 and shape_of(lines[j].text) is None for j, _ in found)
    )
def _picture_title(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a title-like line of three words or more that the caption rules took for the picture's alt
    text or caption title, because a photo credit or caption follows it ("Hilda Lundqvist fick Tonfallet att hålla
    andan" over "Hilda Lundqvist vid flygeln. Foto: Mats Ring"). The article's headline often stands right over its
    picture: such a line stays a candidate (scored down, :data:`audiocast.ingest.headline.W_PICTURE`), though it is
    no evidence of a head for the paragraphs above it."""
    ln = lines[i]
    if ln.tag != "drop" or ln.rule is not None or words(ln.text) < 3 or not is_title_like(ln.text):
        return False
    nxt = lines[i + 1:i + 3]
    return bool(nxt) and not nxt[0].blank_before and (
        nxt[0].tag == "caption" or (len(nxt) == 2 and nxt[0].rule == "gallery" and nxt[1].tag == "caption"))


def _heads_after_boxes(lines: Sequence[TaggedLine]) -> None:
    """A title-like line of three words or more in the page's head (:data:`HEAD_SCAN` lines) that the teaser rule
    dropped as the title after a box's "Läs mer", though a blank line sets it apart from that box, is untagged again:
    the box ended at its link, and the line opens the next block - often the article's headline right under an ad
    ("Annons" / its line / "Läs mer" / blank line / headline)."""
    for j in range(1, min(len(lines), HEAD_SCAN)):
        ln = lines[j]
        if ln.tag != "drop" or ln.rule is not None or not ln.blank_before or lines[j - 1].tag != "link":
            continue
        if words(ln.text) >= 3 and is_title_like(ln.text) and shape_of(ln.text) is None:
            ln.tag = None


def _heads_over_pictures(lines: Sequence[TaggedLine]) -> None:
    """A picture's title (:func:`_picture_title`) in the page's head is the article's headline over its picture, and is
    untagged again, when the head goes on under the picture's caption and credit (the next line is a date line, a
    byline or running prose) and no headline-like line stands in the three lines above it (a picture's title under its
    headline stays the picture's). Else the caption rules' drop left the head without its headline, and the lead was
    looked for above it."""
    for j in range(min(len(lines), HEAD_SCAN)):
        if not (_picture_title(lines, j) or _short_title_over_picture(lines, j)):
            continue
        k = j + 1
        while k < len(lines) and (lines[k].tag == "caption" or lines[k].rule in {"gallery", "separator"}
                                  or _furniture(lines[k])):
            k += 1  # the picture's caption, its gallery's counter and arrows ("1 / 4", "‹", "›")
        if k >= len(lines) or not (lines[k].tag in _ANCHORS or _prose(lines[k])):
            continue
        above = [x for x in lines[max(0, j - 3):j] if x.tag is None]
        if any(is_title_like(x.text) and words(x.text) >= 3 and shape_of(x.text) is None and not fact_list(x.text)
               for x in above):
            continue
        lines[j].tag = None


def _short_title_over_picture(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a headline of one or two words ("Fölningsnatt", "Isfiske") that the caption rules took for
    its picture's title (a photo credit or caption glued under it), at the head's place: the date line right above it,
    or its words standing nowhere else on the page (a menu's item or a section's name over the head stands twice).
    :func:`_heads_over_pictures` untags it when the head goes on under the caption."""
    ln = lines[i]
    if ln.tag != "drop" or ln.rule is not None or not 1 <= words(ln.text) <= 2 or not is_title_like(ln.text):
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.blank_before or nxt.tag != "caption" or shape_of(ln.text) is not None:
        return False
    if i > 0 and lines[i - 1].tag in {"date", "published"}:
        return True
    said = line_words(ln.text)
    return sum(line_words(x.text) == said for x in lines) == 1


def _merged(found: list[tuple[int, bool]], pictured: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    return sorted(set(found) | set(pictured))


CONTINUATION_WORDS = 8
"""A headline's second line (an <h1> broken by a <br>, a narrow column's wrap) is at most this many words."""
_CONTINUATION = re.compile(r"(?:[–—-]\s+)?[a-zåäöéü]")
"""A line that goes on from the one above: opened by a lowercase word, or by a dash and a lowercase word (a dash and a
capital opens a quote: "– Jag lärde mig …")."""

_META_OPENER = re.compile(
    r"(?i)(?:av|text|foto|bild|publicerad|publicerat|uppdaterad|uppdaterat|senast|källa|läs|dela|klicka|by)\b")
_CLOCK = re.compile(r"\b[0-2]?\d[.:][0-5]\d\b")


def _continues(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is the second half of the headline candidate right above it, broken over two lines ("Så
    förkultiverar jag pumpa" / "– utan växtlampa", "… pumpa –" / "utan växtlampa"): glued to it (no blank line), it
    opens with a lowercase word (after a dash), or the line above ends in a dash, a comma or a colon; it is short and
    ends no sentence, the line above opens with a capital (or a digit or quote) and has two words or more and stands in
    no menu (a menu in lowercase is a run of such lines), and the line under it is no third such line. A quote's line
    ("– Jag …") or a lead (a sentence) never continues a headline."""
    above, ln = lines[i - 1], lines[i]
    if ln.blank_before or not ln.text or words(ln.text) > CONTINUATION_WORDS or ln.text[-1] in ".…:;,":
        return False
    if words(above.text) < 2 or not (above.text[0].isupper() or above.text[0].isdigit() or above.text[0] in "\"”“»«"):
        return False
    if _META_OPENER.match(ln.text) or _CLOCK.search(ln.text) or parse_date(ln.text) is not None or shape_of(ln.text):
        return False  # a date line, a byline or a button in lowercase ("onsdag 3 juni 2026, Mikael Åberg", "av Eva Ek")
    opens = bool(_CONTINUATION.match(ln.text)) or (above.text[-1] in "–—-,:" and not is_quote(ln.text))
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    closes = nxt is not None and not nxt.blank_before and (nxt.tag in _ANCHORS or _BYLINE_NAME.fullmatch(nxt.text))
    if not opens or (in_menu_run(lines, i - 1, without_anchor=True) and not closes):
        return False  # in a dump without blank lines the broken head stands in the menu's run, over its byline
    return not (nxt is not None and not nxt.blank_before and nxt.tag is None and words(nxt.text) <= CONTINUATION_WORDS
                and _CONTINUATION.match(nxt.text) is not None)


_BYLINE_NAME = re.compile(r"(?-i:[A-ZÅÄÖ][a-zåäöé]+)(?: (?-i:[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)){1,2}")
"""A writer's bare name under the head ("Anna Ek"): a broken headline's second line over it closes the head."""


_CRUMB = re.compile(r"[^\W\d][\w-]*(?: [\w-]+)?(?:\s+[›»>/|]\s+[^›»>/|]+){2,}")


def _crumb(text: str) -> bool:
    """A breadcrumb however long its last part ("Hem / Aktuellt / Vårt svar på trafikplanen: bra mål, men var är
    cykelvägarna?"): a word or two, then two parts or more after a separator. A candidate, never a lead: its last part
    is the page's title (:func:`audiocast.ingest.headline.choose`)."""
    return _CRUMB.fullmatch(text) is not None and shape_of(text) == "nav"


LABEL_WORDS = 4
"""A line of at most this many words ending in a colon above the lead is a label ("Du är här:", "Dela:")."""


def _label(line: str) -> bool:
    return line.endswith(":") and words(line) <= LABEL_WORDS


P_LEAD = 0.1
"""A paragraph above the head that the classifier gives less than this is no lead (a notice, a "Du är här:"
line) when the article's head follows: the golden and blind sets' leads score 0.3 and up."""


def _doubted_lead(lines: Sequence[TaggedLine], i: int, window: int = 12) -> bool:
    """Whether lines[i] is a paragraph the classifier doubts, with a headline-like line and then a paragraph it
    trusts within ``window`` lines below: the article's head is further down."""
    p = lines[i].p
    if p is None or p >= P_NOTICE:
        return False
    below = lines[i + 1:i + 1 + window]
    head = next((k for k, ln in enumerate(below) if ln.tag is None and is_title_like(ln.text) and words(ln.text) >= 3), None)
    if head is None:
        return False
    trusted = [ln for ln in below[head + 1:] if ln.tag is None and not is_title_like(ln.text) and (ln.p or 0.0) >= 0.5]
    if p < P_LEAD:
        return bool(trusted)
    return _notice_box(lines, i, below[head + 1:], trusted)


NOTICE_WORDS = 25
"""A notice over the head is one sentence of at most this many words."""
NOTICE_PROSE_WINDOW = 8


def _notice_over_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a one-sentence notice in a box of its own right over the article's headline ("Den här
    artikeln är mer än ett år gammal.", "Texten är maskinöversatt."): a blank line above and below it, the line under
    it a headline-like line (three words or more, no label, button or menu shape) opening a block with two paragraphs
    of running prose within :data:`NOTICE_PROSE_WINDOW` lines. Asked only when no headline-like line stands above
    lines[i]: a lead has its headline above it, and a page whose only title stands under its first paragraph is a
    notice's, not a lead's."""
    ln = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or not ln.blank_before or not nxt.blank_before or nxt.tag is not None:
        return False
    if words(ln.text) > NOTICE_WORDS or _SENTENCE_BREAK.search(ln.text):
        return False
    if not (is_title_like(nxt.text) and words(nxt.text) >= 3 and shape_of(nxt.text) is None):
        return False
    if first_of_items(lines, i + 1) or interview_question(lines, i + 1):
        return False  # a minutes' first item ("§ 1 Mötet öppnas") or an interview's first question is no headline
    below = lines[i + 2:i + 2 + NOTICE_PROSE_WINDOW]
    return sum(_prose(x) for x in below) >= RUNNING_TEXT


def _unrelated_notice_over_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a notice of at most :data:`NOTICE_WORDS` words set right over the article's headline, blank
    line or none ("Obs! Texten uppdateras löpande.", "Den här artikeln är mer än ett år gammal."): the next line (past a
    section's label or a breadcrumb, :func:`audiocast.ingest.headmenus.section_line`) is a headline with its lead (running prose) right under it or under its date line, byline and tools, and the notice names none of the content words (names,
    places, numbers, stems) of that headline and the first two paragraphs under it, as a lead would; set apart from the
    headline by a blank line, it is one sentence. Asked only when no headline-like line stands above lines[i]."""
    ln = lines[i]
    if ln.tag is not None or words(ln.text) > NOTICE_WORDS or i + 2 >= len(lines) or SALUTATION.match(ln.text):
        return False  # a letter's greeting opens its text
    h = next((k for k in range(i + 1, min(len(lines), i + 4)) if not section_line(lines[k]) or _dated_next(lines, k)),
             i + 1)  # past a crumb or a label; a short line over the date line is the headline
    head = lines[h]
    if (head.blank_before or h > i + 1) and _SENTENCE_BREAK.search(ln.text.split(None, 1)[-1]):
        return False  # a paragraph of its own with more than one sentence ("Obs!" is none) may open the text
    short_dated = _dated_next(lines, h) and words(head.text) == 2 and is_title_like(head.text) and not shape_of(head.text)
    if head.tag is not None or not (_headline_like(head.text) or short_dated) or person_role(head.text) is not None \
            or parse_date(head.text):
        return False  # a writer's name or a meta row ("Insatsrapport · 2026-02-16") under a headline in capitals
    k = h + 1
    while k < len(lines) and (lines[k].tag in _ANCHORS or lines[k].tag == "caption" or _furniture(lines[k])):
        k += 1  # the head's date line, byline, tools and picture credit
    text = [x for x in lines[k:k + NOTICE_PROSE_WINDOW] if _prose(x)][:RUNNING_TEXT]
    if not text or text[0] is not lines[min(k, len(lines) - 1)]:
        return False  # the headline's lead, right under it or under its meta lines
    said = content_words(head.text).union(*(content_words(x.text) for x in text))
    own = content_words(ln.text)
    return bool(own) and not own & said


def _dated_next(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether the next real line under lines[k] is the head's date line or byline."""
    n = _next_real(lines, k)
    return lines[k].tag is None and n is not None and lines[n].tag in _ANCHORS


_CLOSE = re.compile(r"(?i)[×✕✖xX]|(?:stäng|dölj|göm)(?: (?:meddelandet?|rutan|notisen|bannern))?|ok(?:ej)?|jag förstår|close")
"""A banner's close button ("×", "Stäng", "Dölj meddelandet", "OK")."""


def _dismissable_banner(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a banner's message over its close button ("Just nu: Höga flöden i ån. Håll avstånd …" /
    "×", "Störning i elnätet …" / "Dölj"): at most :data:`NOTICE_WORDS` words, the close button glued under it, and a
    headline-like line (three words or more, no label, button or menu shape) with running prose under it within
    :data:`HEAD_WINDOW` lines below. The message and its button are dropped; no lead has a close button."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.blank_before or not _CLOSE.fullmatch(nxt.text.strip()) or words(lines[i].text) > NOTICE_WORDS:
        return False
    for k in range(i + 2, min(len(lines), i + 2 + HEAD_WINDOW)):
        ln = lines[k]
        if _prose(ln):
            return False  # running text before any headline: the line is no banner over the head
        if ln.tag is None and is_title_like(ln.text) and words(ln.text) >= 3 and shape_of(ln.text) is None:
            under = [x for x in lines[k + 1:k + 4] if x.tag is None or x.tag in _ANCHORS]
            if not any(_prose(x) for x in under):
                continue
            lines[i].tag, lines[i].rule = "drop", "banner"
            nxt.tag, nxt.rule = "drop", "banner-close"
            return True
    return False


HEAD_NOTICE_WORDS = 15
"""A notice set inside the article's head is at most this many words ("Obs! Sidan uppdateras löpande.")."""


def _notice_in_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i], right under a headline candidate, is a notice inside the article's head ("Obs! Sidan
    uppdateras löpande när vi vet mer.", "Denna artikel är endast för prenumeranter."): at most
    :data:`HEAD_NOTICE_WORDS` words, the head's date line or byline right under it, running prose right under that, and
    none of its content words (names, places, numbers, stems) in the headline above or the text below - a lead set over
    the date line (headline, lead, byline, text: a paper's classic head) names what the article tells."""
    if words(lines[i].text) > HEAD_NOTICE_WORDS or lines[i].tag is not None:
        return False
    k = _next_real(lines, i)
    if k is None or lines[k].tag not in _ANCHORS:
        return False
    if k + 1 >= len(lines) or not _prose(lines[k + 1]):
        return False
    text = [x for x in lines[k + 1:k + 1 + NOTICE_PROSE_WINDOW] if _prose(x)]
    if len(text) < RUNNING_TEXT:
        return False
    said = content_words(lines[i - 1].text).union(*(content_words(x.text) for x in text))
    own = content_words(lines[i].text)
    return bool(own) and not own & said


_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(?-i:[A-ZÅÄÖ])")


P_NOTICE = 0.5
"""A one-line box above the head that the classifier gives less than this (and :data:`P_LEAD` and up) is a notice when it
shares no word with the text below (:func:`_notice_box`); the classifier cannot tell a notice's sentence from a lead's
(0.2-0.45 on the viewer notices seen), the words it shares with the text can."""


def _notice_box(lines: Sequence[TaggedLine], i: int, under_head: Sequence[TaggedLine], trusted: list[TaggedLine]) -> bool:
    """Whether lines[i], a sentence the classifier doubts, is a notice in a box of its own (a blank line above and
    below: "Texten är automatiskt framtagen och kan innehålla fel.", "Den här artikeln är mer än ett år gammal.") over
    a headline with a block of two trusted paragraphs right under it: the notice names none of the content words
    (names, places, numbers) of those paragraphs, as a lead does."""
    alone = lines[i].blank_before and (i + 1 == len(lines) or lines[i + 1].blank_before)
    run = list(itertools.takewhile(lambda ln: not ln.blank_before, under_head))
    text = [ln for ln in run if any(ln is t for t in trusted)]
    if not alone or len(text) < RUNNING_TEXT or len(text) < len(run) - 1:
        return False
    said = set().union(*(content_words(ln.text) for ln in text))
    return not content_words(lines[i].text) & said


HEAD_WINDOW = 12
"""How many lines below a paragraph the article's head is looked for."""


def _headline_like(text: str) -> bool:
    return is_title_like(text) and words(text) >= 3 and shape_of(text) is None


def _headed(lines: Sequence[TaggedLine], found: list[tuple[int, bool]]) -> bool:
    """Whether a headline-like candidate stands above: three words or more, no label, button or menu shape, no issue
    line or field row (:func:`audiocast.ingest.headline.furniture_shape`), in no menu."""
    return any(_headline_like(lines[j].text) and not furniture_shape(lines[j].text) and not in_menu_run(lines, j, True)
               for j, _ in found)


def _notice_over_dated_head(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i], a paragraph of at most :data:`NOTICE_WORDS` words, is the site's notice over the article's head
    ("Välkommen till vår hemsida! Sidan uppdateras av Bengt.", "Nästa öppet hus: Söndag 9 mars kl. 11–15."): below
    it, before any running prose, a headline-like line (three words or more, no label, button or menu shape) with its
    byline or date line right beside it (the line above or below, untagged lines between the parts being none), and
    two paragraphs of running prose under that head; and the paragraph names none of the content words (names,
    places, numbers, stems) of that headline and those two paragraphs, as a lead does. A site's "Uppdaterad" line
    above it is no matter: it dates the page, not the article."""
    if lines[i].tag is not None or words(lines[i].text) > NOTICE_WORDS:
        return False
    above = lines[i - 1] if i > 0 else None
    if above is not None and not lines[i].blank_before and above.tag is None and _headline_like(above.text):
        return False  # right under a headline: a notice inside the head, or the lead
    for k in range(i + 1, min(len(lines), i + 1 + HEAD_WINDOW)):
        ln = lines[k]
        if _prose(ln):
            return False  # running text before any head: lines[i] leads it
        if ln.tag is not None or not _headline_like(ln.text) or person_role(ln.text) is not None \
                or first_of_items(lines, k) or interview_question(lines, k):
            continue  # a writer's name beside the date line is the byline; a minutes' first item, an interview's
            # first question no head
        beside = [x for x in (lines[k - 1], lines[k + 1] if k + 1 < len(lines) else None) if x is not None]
        if not any(x.tag in {"date", "published", "byline"} for x in beside):
            continue
        text = [x for x in lines[k + 1:k + 1 + NOTICE_PROSE_WINDOW] if _prose(x)][:RUNNING_TEXT]
        if len(text) < RUNNING_TEXT:
            return False
        said = content_words(ln.text).union(*(content_words(x.text) for x in text))
        own = content_words(lines[i].text)
        if bool(own) and not own & said:
            lines[i].tag, lines[i].rule = "drop", "notice-over-head"
            return True
        return False
    return False
PROSE_WORDS = 8
"""A paragraph of running prose under the article's headline has at least this many words."""


def _head_past_furniture(lines: Sequence[TaggedLine], i: int, anchors: list[int]) -> bool:
    """Whether lines[i] is a sentence standing in the page's menu block, with the article's head below: no date line
    or byline above lines[i]; lines[i] stands in a run of short lines without blank lines between
    (:func:`in_menu_run`: a menu, a logged-in bar with the user's name); below, anywhere, the article's head (a
    headline-like line of three words or more within two lines of a date line or byline) with a paragraph of running
    prose within three lines under it, and no running prose between. Or lines[i] stands in a box of its own above the
    menu block, the classifier doubts it (:data:`P_MENU_CROSSED`) and the head below the menu is a dated one. A site's
    welcome banner and tagline over its menu, or a menu item with a counter ("Meddelanden (3)"), is no lead: the lead
    stands under the head, however long the menu above it."""
    if any(a < i for a in anchors):
        return False
    in_menu = first_in_menu = in_menu_run(lines, i, without_anchor=True)
    p = lines[i].p
    if not in_menu and (p is None or p >= P_MENU_CROSSED):
        return False
    rank = _ranks(lines)
    for j in range(i + 1, len(lines)):
        ln = lines[j]
        if not in_menu and ln.blank_before and in_menu_run(lines, j, True):
            in_menu = True  # the page's menu (a block of its own) stands between lines[i] and what follows
        if ln.tag is not None:
            continue
        if _prose(ln):
            return False  # running text comes first: lines[i] leads it (a teaser's head further down is no matter)
        if not (is_title_like(ln.text) and words(ln.text) >= 3 and shape_of(ln.text) is None):
            continue
        near = [a for a in anchors if abs(rank[a] - rank[j]) <= 2]
        if near and any(_prose(x) for x in [x for x in lines[j + 1:j + 12] if not _furniture(x)][:3]):
            # Across a menu only to a dated head (a byline beside a subheading is the article's own).
            return in_menu and (first_in_menu or any(lines[a].tag in {"date", "published"} for a in near))
    return False


P_MENU_CROSSED = 0.3
"""A paragraph standing alone above the page's menu (a banner's tagline in a box of its own) is passed over for a dated
head below the menu only when the classifier gives it less than this (the golden and blind sets' leads score 0.3 and
up); one standing in the menu block itself needs no classifier."""


def _furniture(ln: TaggedLine) -> bool:
    return head_furniture(ln)


def _ranks(lines: Sequence[TaggedLine]) -> list[int]:
    """Each line's place counting only the lines that are no furniture (:func:`_furniture`): the head's parts (headline,
    date line, lead) stay neighbours with a "Lyssna på artikeln" or a share row between them."""
    return list(itertools.accumulate(not _furniture(ln) for ln in lines))


def _next_real(lines: Sequence[TaggedLine], i: int) -> int | None:
    return next((k for k in range(i + 1, len(lines)) if not _furniture(lines[k])), None)


def _next_past_picture(lines: Sequence[TaggedLine], i: int) -> int | None:
    """The next real line (:func:`_next_real`), past a picture's caption glued under lines[i] with its gallery's
    counter and arrows (or a line opened by a picture's mark, :data:`audiocast.ingest.headline.PICTURE_MARK`): a
    headline over its picture has its lead under the caption."""
    def picture(ln: TaggedLine) -> bool:  # a caption, or a line opened by a picture's mark ("🖼 Barnen i snön")
        return ln.tag == "caption" or PICTURE_MARK.match(ln.text) is not None

    k = _next_real(lines, i)
    if k is None or k != i + 1 or not picture(lines[k]) or lines[k].blank_before:
        return k
    while k < len(lines) and (picture(lines[k]) or lines[k].rule in {"gallery", "separator"} or _furniture(lines[k])):
        k += 1
    return k if k < len(lines) else None


def _prev_real(lines: Sequence[TaggedLine], i: int) -> int | None:
    return next((k for k in range(i - 1, -1, -1) if not _furniture(lines[k])), None)


def _prose(ln: TaggedLine) -> bool:
    return ln.tag is None and not is_title_like(ln.text) and words(ln.text) >= PROSE_WORDS




def _head_below(lines: Sequence[TaggedLine], i: int, anchors: list[int], window: int | None = HEAD_WINDOW) -> bool:
    """Whether the article's head (a headline-like line beside a date line or byline) comes below lines[i], within
    ``window`` lines (None: anywhere below)."""
    if any(a < i for a in anchors):
        return False
    stop = len(lines) if window is None else min(len(lines), i + window)
    rank = _ranks(lines)
    prose = 0
    for j in range(i + 1, stop):
        ln = lines[j]
        prose += _prose(ln)
        if prose >= RUNNING_TEXT or (prose and (ln.label or ln.tag in {"stop", "footer"})):
            return False  # lines[i] opens running text, or a list's label ("Fler evenemang") follows it: a teaser's head
        if ln.tag is None and is_title_like(ln.text) and words(ln.text) >= 3 and any(abs(rank[a] - rank[j]) <= 2 for a in anchors):
            return not interview_question(lines, j)  # an interview's first question under the head is no head
    return False


def _interview_below(lines: Sequence[TaggedLine], i: int, window: int = HEAD_WINDOW) -> bool:
    """Whether the first title-like line under lines[i] (within ``window`` lines) is an interview's first question
    (:func:`audiocast.ingest.headdigest.interview_question`): under the date line it looks like a dated head, and
    lines[i] is the head's standfirst, not a notice over it."""
    for j in range(i + 1, min(len(lines), i + window)):
        if lines[j].tag is None and is_title_like(lines[j].text):
            return interview_question(lines, j)
    return False


RUNNING_TEXT = 2
"""A paragraph followed by this many more paragraphs of prose before any dated head opens the article's text (a
notice or a cookie banner above the head is one or two paragraphs over its buttons)."""


def _with_context(
    lines: Sequence[TaggedLine], found: list[tuple[int, bool]], anchors: list[int], lead: int | None,
    joined: dict[int, str] | None = None, pictured: list[tuple[int, bool]] | None = None,
) -> list[Candidate]:
    at = {i for i, _ in found if not in_menu_run(lines, i, True)}  # a menu's last item over the date line is no kicker
    kickers = {i for i in at if not sentence_head(lines[i].text)}  # a headline with a verb over the date line is none
    # A separator's own line ('·', '|') between the date line and a section label is no distance: the dump broke one
    # row of the head ("Publicerat 15 september 2026 · Nyheter") into lines.
    rank = _ranks(lines)
    # A line over its picture's caption stands in no menu (no menu item has a photo credit), and its lead is under it.
    nxt = {i: _next_past_picture(lines, i) for i, _ in found}
    prev = {i: _prev_real(lines, i) for i, _ in found}
    return [
        Candidate(
            index=i, text=core((joined or {}).get(i, lines[i].text)), blank_before=blank, near_anchor=any(abs(rank[a] - rank[i]) <= 2 for a in anchors),
            anchor_next=nxt[i] in anchors,
            # between the date and the lead, unless the date line is a headline's above it and this line is short (a
            # name, a greeting): a long one is the headline under a kicker
            dated_head=prev[i] in anchors and lead is not None and lead == nxt[i] and not CREDIT_LINE.match(lines[i].text)
            and (_prev_real(lines, prev[i] or 0) not in at or (_prev_real(lines, prev[i] or 0) in kickers
                                                               and under_kicker(lines[i].text))),
            under_kicker=prev[i] in anchors and lead is not None and lead == nxt[i]
            and _prev_real(lines, prev[i] or 0) in kickers and under_kicker(lines[i].text)
            or nxt[i] in anchors and under_column(lines, i, {k for k, _ in found}),
            in_menu_run=(in_menu_run(lines, i, without_anchor=True) or glued_menu_item(lines, i)) and nxt[i] == _next_real(lines, i),
            probability=lines[i].p, over_picture=(i, blank) in (pictured or ()),
            head_block=blank and lead is not None and lead == nxt[i] and not lines[lead].blank_before,
            anchor_block=in_anchor_block(lines, i, anchors), in_header=in_page_header(lines, i),
            listed=in_listed_block(lines, i), in_fields=field_run(lines, i),
        )
        for i, blank in found
    ]
