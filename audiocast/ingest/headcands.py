"""The headline's candidates in a page dump: the title-like lines above the lead, with their context
(:class:`audiocast.ingest.headline.Candidate`), and the paragraphs above the article's head that are page furniture
(a cookie notice, a banner, a "Du är här:" line). The choice among the candidates is :mod:`audiocast.ingest.headline`'s;
the parse is :mod:`audiocast.ingest.text`'s."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .adslots import (
    booking_card_tags,
    bracketed_ad_tags,
    call_box_tags,
    head_ad_tags,
    pitch_ad_tags,
    product_card_tags,
    promo_button_tags,
)
from .byline import person_role
from .dates import parse_date
from .entrystamps import writer_entry_tags
from .furniture import TaggedLine
from .headblocks import dated_head_below
from .headbylines import byline_rows
from .headcalls import call_box_over_head
from .headcontents import contents_tags
from .headcounters import COUNTER
from .headcrumbs import above_crumb_tags, category_repeat_tags, stacked_trail_end
from .headdigest import first_notice, interview_question, question_lead, sentence_head, standfirst, top_caption
from .headevents import event_box_tags
from .headfacts import field_run
from .headhero import hero_box_tags
from .headkickers import CREDIT_LINE, under_column, under_kicker
from .headlayout import (
    HEAD_WINDOW,
    RUNNING_TEXT,
    headline_like,
    next_real,
    prev_real,
    prose,
    ranks,
)
from .headlayout import SALUTATION as SALUTATION  # read by text.py and html_heads.py
from .headline import PICTURE_MARK, Candidate, core, fact_list, furniture_shape, line_words, shape_of
from .headmenus import glued_menu_item, in_anchor_block, in_listed_block, in_menu_run, in_page_header
from .headmeta import (
    ANCHORS,
    HEAD_SCAN,
    dated_meta_tags,
    day_stamps,
    head_furniture,
    head_meta_rows,
    issue_title_tags,
    life_date_tags,
    meta_badge_tags,
    sentence_head_over_meta,
)
from .headnoticebox import notice_box
from .headnotices import (
    dismissable_banner,
    doubted_lead,
    notice_in_head,
    notice_over_dated_head,
    notice_over_head,
    unrelated_notice_over_head,
)
from .headpictures import caption_over_head, caption_under_head, picture_place
from .headrepeats import repeated_head_tags, said_again
from .headseries import series_furniture
from .headshapes import age_notice
from .headstatus import status_over_head
from .headtaglines import tagline
from .lineshape import is_quote, is_title_like, words
from .moreboxes import echoed_box_tags
from .placedates import place_date_tags
from .serieslists import series_list_tags
from .sourcecards import source_card_tags
from .tables import archive_tags
from .tickers import ticker_tags
from .videos import player_run_tags
from .widgetnotes import widget_tags


def _records_in_page(lines: Sequence[TaggedLine]) -> None:
    """Records told over the whole page before the head is looked for, none of them a headline."""
    series_list_tags(lines)  # a series' list of its parts, over the head (its name is no headline) or under the text
    writer_entry_tags(lines)  # a diary's entries, each with its writer's name under its date: no head
    player_run_tags(lines)  # a web-TV player glued under the head or into the text: its play button and controls
    echoed_box_tags(lines)  # a box named by its label and its link to all its items ("Visa alla störningar")


TEMPLATE_RETRIES = 3
"""How many lines over a head the site's template hid are passed over (:func:`candidates`)."""


def candidates(lines: Sequence[TaggedLine]) -> tuple[list[Candidate], int | None]:
    """The title-like lines above the lead, and the index of the lead (None when there is no body) (:func:`_candidates`).

    When no candidate stands above the first paragraph and the site's template took lines there, that paragraph is
    no lead: it is a notice the site sets over its pages (an outage list under a "Driftinformation" banner the
    template took), and the head is looked for below it, at most :data:`TEMPLATE_RETRIES` times. Without the
    template such a page is read as before.
    """
    above_crumb_tags(lines)  # the site's header over its breadcrumb: never the headline or the lead
    category_repeat_tags(lines)  # the menu's words said again under the head's date line: a post's categories
    issue_title_tags(lines)  # a newsletter issue's name right over the head's date line: its headline
    archive_tags(lines)  # a blog's archive of months, "mars 2024 (1)", in its sidebar over the head: never the lead
    head_ad_tags(lines)  # the ad's line under "Annons" over the head: never the headline
    pitch_ad_tags(lines)  # and an advertiser's pitch under it anywhere on the page: never read
    bracketed_ad_tags(lines)  # and all an ad slot holds between its label and the article's going on
    promo_button_tags(lines)  # and a promotion's cry over its button between the paragraphs
    booking_card_tags(lines)  # and a booking widget with its seats left over its button between them
    product_card_tags(lines)  # and a web shop's product card over its cart button
    call_box_tags(lines)  # and a service's call box in its own voice over its buttons between them
    ticker_tags(lines)  # a live ticker's box of match events under their minutes, beside the article
    source_card_tags(lines)  # an agency's card framed by its name and its 'Källa:' line
    repeated_head_tags(lines)  # the headline said twice in the head: its repeat dropped, the first a candidate
    found, start = _candidates(lines)
    for _ in range(TEMPLATE_RETRIES):
        if found or start is None or not any(ln.rule == "template" for ln in lines[:start]):
            break
        lines[start].tag, lines[start].rule = "drop", "above-head"
        found, start = _candidates(lines)
    return _without_shortened(lines, found), start


def _tagline_dropped(ln: TaggedLine) -> bool:
    """Session 34 (extract131): the site's tagline under its name (:func:`audiocast.ingest.headtaglines.tagline`, "– en
    lokal krets för natur och miljö sedan 1971") where the lead would be is no lead: dropped, the search goes on."""
    if not tagline(ln.text):
        return False
    ln.tag, ln.rule = "drop", "tagline"
    return True


def _without_shortened(lines: Sequence[TaggedLine], found: list[Candidate]) -> list[Candidate]:
    """Session 31 (extract117): a candidate the line right under it says again and goes on from ("Nu invigs den nya
    lekplatsen i Ekparken" over "Nu invigs den nya lekplatsen i Ekparken – med klätterborg och vattenlek") is the
    headline shortened, a breadcrumb's last item or a teaser's title: the full line is the headline; the short one goes."""
    below = {c.index: lines[c.index].text.strip() for c in found}
    short = {c.index for c in found if (full := below.get(c.index + 1)) is not None
             and full.startswith(lines[c.index].text.strip() + " ") and words(full) >= words(lines[c.index].text) + 2}
    for k in short:
        lines[k].tag, lines[k].rule = "drop", "head-shortened"
    return [c for c in found if c.index not in short]


def _candidates(lines: Sequence[TaggedLine]) -> tuple[list[Candidate], int | None]:
    """The title-like lines above the lead, and the index of the lead (None when there is no body).

    A paragraph above the article's head (a title-like line next to the date line or byline, below it) is page
    furniture - a cookie notice, a banner - when no headline-like line stands above it: dropped, the search goes on.
    """
    has_blanks = any(ln.blank_before for ln in lines)
    _records_in_page(lines)
    _heads_after_boxes(lines)
    life = life_date_tags(lines) + dated_meta_tags(lines) + place_date_tags(lines) + head_meta_rows(lines) \
        + byline_rows(lines)
    _heads_over_pictures(lines)  # after the meta rows: the head goes on under a picture with its byline too
    boxed = set(event_box_tags(lines))  # an event's box over the head: its when-line dates no head
    hero_box_tags(lines)  # a hero or welcome box's paragraph over the dated head: no lead
    anchors = day_stamps(lines, sorted(({i for i, ln in enumerate(lines) if ln.tag in ANCHORS} | set(life)) - boxed))
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
        box = widget_tags(lines, i)  # rows of a value by place, or cells and their closing note, over the head
        if box is not None:
            found = [f for f in found if f[0] not in box]
            continue
        if PICTURE_MARK.match(ln.text):
            ln.tag, ln.rule = "drop", "picture-mark"  # a caption by its mark ("🖼 Barnen i snön"): no headline, no lead
            continue
        if series_furniture(lines, i, anchors, [j for j, _ in found]):
            continue  # a column's or series' blurb over the head: no headline, no lead
        if _head_shaped(lines, i, found) \
                and not (found and SALUTATION.fullmatch(ln.text) and not (
                i + 1 < len(lines) and lines[i + 1].tag in ANCHORS)) \
                and not _address_line(lines, i, found) and not question_lead(lines, found, i) \
                and not _interview_opens(lines, found, i):
            found.append((i, ln.blank_before or (i == 0 and has_blanks)))
            continue
        if _greeting_over_head(lines, i):
            continue
        if dismissable_banner(lines, i) or _title_said_below(lines, i, found, pictured):
            continue  # a banner to close; a sidebar's teasers that listed the article, whose head is further down
        if call_box_over_head(lines, i, found):
            continue  # a call to the reader with its sentence over the head: the real headline is looked for below
        if found and found[-1][0] == i - 1 and notice_in_head(lines, i):
            ln.tag, ln.rule = "drop", "notice-in-head"
            continue
        if status_over_head(lines, i) or _tagline_dropped(ln):
            continue  # a site's status line and its stamp over the article's head; the site's tagline is no lead
        if dated_head_below(lines, i) and not _interview_below(lines, i) or _head_past_furniture(lines, i, anchors) or notice_over_dated_head(lines, i) or _no_sentence_over_head(lines, i, anchors) or not any(
            words(lines[j].text) >= 3 and shape_of(lines[j].text) is None and not in_menu_run(lines, j, True) for j, _ in found
        ) and (
            # Nothing at all above a paragraph (a notice banner topping the page): the head is looked for further down.
            _head_below(lines, i, anchors, HEAD_WINDOW if found else None) or doubted_lead(lines, i)
            or notice_over_head(lines, i) or unrelated_notice_over_head(lines, i)
        ):
            ln.tag, ln.rule = "drop", "above-head"
            continue
        if contents_tags(lines, i, _headed(lines, found)):
            continue  # a newsletter's greeting over its contents: the first story's heading below is the head
        i = top_caption(lines, found, i) or i  # the top picture's caption over the lead
        if (opens := first_notice(lines, found, i) or standfirst(lines, found, i)) is not None:
            # a digest's first notice (its title opens the text) or the headline's standfirst (the lead)
            found, pictured, i = [f for f in found if f[0] != opens], [f for f in pictured if f[0] != opens], opens
        meta_badge_tags(lines, i)  # "Ölandsbladet Plus" closing the head's meta block under the lead
        _repeated_head_tags(lines, found, i)
        return _with_context(lines, _merged(found, pictured), anchors, i, joined, pictured), i
    return _with_context(lines, _merged(found, pictured), anchors, None, joined, pictured), None


TEASERS = 3
"""Title-like lines found over a paragraph, each of :data:`TEASER_WORDS` words or more: this many or more are a list of
teasers, not a head (a menu's items are shorter; :func:`_title_said_below`)."""
TEASER_WORDS = 4
SAID_BELOW_WINDOW = 12
"""A teaser's title said again at most this many lines under the paragraph: the article's own head (session 28)."""
PROSE_UNDER_REPEAT = 7
"""Running prose stands at most this many lines under the repeated title."""


def _title_said_below(lines: Sequence[TaggedLine], i: int, found: list[tuple[int, bool]],
                      pictured: list[tuple[int, bool]]) -> bool:
    """Whether lines[i], a paragraph under a list of titles, stands over the article's own head: a site whose sidebar
    comes first lists the article among its "Senaste nytt" teasers, then prints the article's headline again (a
    breadcrumb's last item, the heading) over its lead further down. One of :data:`TEASERS` or more titles found over
    the paragraph is said again within :data:`SAID_BELOW_WINDOW` lines under it, with running prose right under
    the repeat (within :data:`PROSE_UNDER_REPEAT` lines, a gallery's counter and caption between): the paragraph is the
    sidebar's (a quiz's blurb) and is dropped, the head is below, and the titles found over it are no candidates
    (``found`` and ``pictured`` are emptied). Not when running prose stands between the paragraph and the repeat: the
    article's text already runs under its lead, and the line said again is a name it lists (session 41, extract192: a
    choir's name, the site's name over its head too, among the concert's performers; the page was refused)."""
    titles = {lines[f].text.strip() for f, _ in found if words(lines[f].text) >= TEASER_WORDS}
    if len(titles) < TEASERS:
        return False
    for j in range(i + 1, min(len(lines), i + 1 + SAID_BELOW_WINDOW)):
        if lines[j].text.strip() in titles:
            if not any(prose(x) for x in lines[j + 1:j + 1 + PROSE_UNDER_REPEAT]) or any(prose(x) for x in lines[i + 1:j]):
                return False  # no text under the repeat; or the text already runs under the paragraph: its lead
            lines[i].tag, lines[i].rule = "drop", "above-head"
            found.clear()
            pictured.clear()
            return True
    return False


def _head_shaped(lines: Sequence[TaggedLine], i: int, found: list[tuple[int, bool]]) -> bool:
    """Whether line ``i`` is shaped as a head line: title-like, a breadcrumb, a head said twice
    (:func:`~.headrepeats.said_again`) or a sentence headline over the meta lines."""
    text = lines[i].text
    return is_title_like(text) or _crumb(text) or said_again(lines, i) or sentence_head_over_meta(
        lines, i, _headed(lines, found)) or _unstopped_over_lead(lines, i, found)


def _unstopped_over_lead(lines: Sequence[TaggedLine], i: int, found: list[tuple[int, bool]]) -> bool:
    """A long headline no title test passes (four words or more, no sentence's stop: "Simhallen i Smedsby stängs i ett
    och ett halvt år – simklubben tvingas söka bassängtid i Vasa") right over the lead's running prose, with no
    headline found above it: a lead ends a sentence (all 1,037 annotated leads do, session 24), so this line is the
    headline, not the lead (session 27)."""
    text = lines[i].text.strip()
    if _headed(lines, found) or not 4 <= words(text) <= 30 or text[-1] in ".!?…:;,\"”»" or (
            is_quote(text) and not _QUOTED_HEAD.fullmatch(text)):
        return False
    # (session 31, extract117: the writer's name and role may stand between, "Sara Holm" / "Molnarkitekt" / date)
    nxt = next((x for x in lines[i + 1:i + 6] if x.tag is None and not _meta_word_line(x.text)), None)
    return nxt is not None and words(nxt.text) >= 15 and nxt.text.rstrip()[-1:] in (".", "!", "?", "”")


_QUOTED_HEAD = re.compile(r'[”"«»][^”"«»]{3,120}[”"»] [–-] [^.!?]{3,120}')
"""A headline opened by a quote and going on after a dash ("”Det är musik som inte lämnar någon oberörd” – kören gör
Johannespassionen"): a headline, not a quote's paragraph (session 42: once the breadcrumb dropped the menu over it,
no candidate stood above it and it was taken for the lead)."""


def _meta_word_line(text: str) -> bool:
    """A short line of the head's meta no rule took: a writer's name, a role (at most four words, no stop)."""
    t = text.strip()
    return 0 < words(t) <= 4 and t[-1] not in ".!?:"


def _repeated_head_tags(lines: Sequence[TaggedLine], found: list[tuple[int, bool]], lead: int) -> None:
    """Drop the head said again under the lead: a line that says what a candidate of three words or more above the lead
    says, right over a date line ("Kokningsrekommendation i Långshyttan" / "Publicerad 12 augusti 2025" under the
    updates a live notice sets first). The headline is read once; the repeated head opens the original text."""
    heads = {line_words(lines[j].text) for j, _ in found if words(lines[j].text) >= 3}
    for k in range(lead + 1, len(lines) - 1):
        ln = lines[k]
        if ln.tag is None and line_words(ln.text) in heads and lines[k + 1].tag in ANCHORS:
            ln.tag, ln.rule = "drop", "head-repeated"


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
        if ln.tag is None and prose(ln):
            return False  # a sentence before any headline: the greeting opens the text
        if ln.tag is None and is_title_like(ln.text) and words(ln.text) >= 2 and shape_of(ln.text) not in {"button", "nav", "label"}:
            under = [x for x in lines[k + 1:k + 3] if x.tag is None]
            if not any(prose(x) for x in under):
                between.append(ln)
                continue
            meta = bool(under) and (person_role(under[0].text) is not None or lines[k + 1].tag in ANCHORS)
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


_ADDRESS = re.compile(r"Till:? (?!och\b|minnet? av\b)\w[\w.,&/ -]*")
"""An open letter's address; "Till minne av Gösta Ahlström" is an obituary's headline, no address (session 43)."""


def _address_line(lines: Sequence[TaggedLine], i: int, found: list[tuple[int, bool]]) -> bool:
    """An open letter's address ("Till barn- och utbildningsnämnden i X", "Till: Styrelsen") under its headline: a
    line opened by 'Till' that starts the block the letter's text runs on in (the next line follows without a blank
    line and is prose), below a headline-like candidate. It opens the text, it is no headline."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if any(line_words(lines[j].text) == line_words(lines[i].text) for j, _ in found):
        return False  # the headline said again at the head's place ("Till dig som bor på Kvarnholmen" twice)
    return (
        bool(_ADDRESS.fullmatch(lines[i].text)) and nxt is not None and not nxt.blank_before and nxt.tag is None
        and prose(nxt)
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
                                  or head_furniture(lines[k])):
            k += 1  # the picture's caption, its gallery's counter and arrows ("1 / 4", "‹", "›")
        if k >= len(lines) or not (lines[k].tag in ANCHORS or prose(lines[k])):
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
    closes = nxt is not None and not nxt.blank_before and (nxt.tag in ANCHORS or _BYLINE_NAME.fullmatch(nxt.text))
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
    """A label over the head ("Du är här:"), or a button's counter of three words at most
    (:data:`audiocast.ingest.headcounters.COUNTER`, "Favoriter (0)"; over all annotated dumps such lines are 280 the
    site's and 3 an article's, a vote's tally in its text): no lead, whatever follows."""
    return line.endswith(":") and words(line) <= LABEL_WORDS or words(line) <= 3 and bool(COUNTER.fullmatch(line))






def _headed(lines: Sequence[TaggedLine], found: list[tuple[int, bool]]) -> bool:
    """Whether a headline-like candidate stands above: three words or more, no label, button or menu shape, no issue
    line or field row (:func:`audiocast.ingest.headline.furniture_shape`), in no menu."""
    return any(headline_like(lines[j].text) and not furniture_shape(lines[j].text) and not in_menu_run(lines, j, True)
               for j, _ in found)




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
    box_end = notice_box(lines, i)  # a notice box over the menu: across it only to a dated head (below)
    in_menu = in_menu or box_end is not None
    p = lines[i].p
    if not in_menu and (p is None or p >= P_MENU_CROSSED):
        return False
    in_menu = in_menu or _menu_glued_under(lines, i)  # a ticker glued over the menu in a dump without blank lines
    rank = ranks(lines)
    for j in range((box_end or i) + 1, len(lines)):
        ln = lines[j]
        if not in_menu and ln.blank_before and in_menu_run(lines, j, True):
            in_menu = True  # the page's menu (a block of its own) stands between lines[i] and what follows
        if ln.tag is not None:
            continue
        if prose(ln):
            return False  # running text comes first: lines[i] leads it (a teaser's head further down is no matter)
        if not (is_title_like(ln.text) and words(ln.text) >= 3 and shape_of(ln.text) is None):
            continue
        near = [a for a in anchors if abs(rank[a] - rank[j]) <= 2]
        if near and any(prose(x) for x in [x for x in lines[j + 1:j + 12] if not head_furniture(x)][:3]):
            # Across a menu only to a dated head (a byline beside a subheading is the article's own).
            return in_menu and (first_in_menu or any(lines[a].tag in {"date", "published"} for a in near))
    return False


def _menu_glued_under(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether the page's menu is glued right under lines[i] (no blank line): the next line opens a run of short
    lines (:func:`in_menu_run`) of :data:`MENU_GLUED` lines or more. A live ticker or status widget set between the
    site's tagline and its menu ("Just nu: Tåg 2314 … inställt", "Tillgång: God") in a dump without blank lines is
    then page furniture like a paragraph in the menu block; the caller still asks for a dated head below the menu
    (a date line beside a headline, prose under it) before passing it over, and the classifier must doubt the line
    (:data:`P_MENU_CROSSED`). Risk: an article whose one-paragraph
    lead is glued over a list of short lines with a dated teaser below would lose its lead; the dated head and the
    absence of prose in between make that rare."""
    k = i + 1
    if k >= len(lines) or lines[k].blank_before or not in_menu_run(lines, k, True):
        return False
    run = 0
    while k < len(lines) and not lines[k].blank_before and words(lines[k].text) <= MENU_WORDS:
        run, k = run + 1, k + 1
    return run >= MENU_GLUED


MENU_GLUED = 3
"""A run of at least this many short lines glued under a line is the page's menu (see :func:`_menu_glued_under`)."""
MENU_WORDS = 4
"""A menu item has at most this many words ("Rapportera förseningar", "Skogsmulle & barn")."""

P_MENU_CROSSED = 0.3
"""A paragraph standing alone above the page's menu (a banner's tagline in a box of its own) is passed over for a dated
head below the menu only when the classifier gives it less than this (the golden and blind sets' leads score 0.3 and
up); one standing in the menu block itself needs no classifier."""




def _next_past_picture(lines: Sequence[TaggedLine], i: int) -> int | None:
    """The next real line (:func:`next_real`), past a picture's caption glued under lines[i] with its gallery's
    counter and arrows (or a line opened by a picture's mark, :data:`audiocast.ingest.headline.PICTURE_MARK`): a
    headline over its picture has its lead under the caption."""
    def picture(ln: TaggedLine) -> bool:  # a caption, or a line opened by a picture's mark ("🖼 Barnen i snön")
        return ln.tag == "caption" or PICTURE_MARK.match(ln.text) is not None

    k = next_real(lines, i)
    if k is None or k != i + 1 or not picture(lines[k]) or lines[k].blank_before:
        return k
    while k < len(lines) and (picture(lines[k]) or lines[k].rule in {"gallery", "separator"} or head_furniture(lines[k])):
        k += 1
    return k if k < len(lines) else None






_ENDS = ".!?…:;,–—-"
"""How a lead ends, past its closing quotes and brackets: a sentence's stop (or a colon opening a list); a comma or a
dash goes on in the next line (a salutation, a broken quote)."""


def _no_sentence_over_head(lines: Sequence[TaggedLine], i: int, anchors: list[int]) -> bool:
    """Whether lines[i], where the lead would be, is no sentence (no stop at its end, :data:`_ENDS`) and the
    article's head (a headline-like line beside a date line or byline) comes below it: a ticker's result row ("Skövde
    AIK–Oskarshamns AIK 1–1 (slut)"), a widget's value or a banner's words over the head, never its lead (session 24:
    all 1,037 leads annotated in the golden and opened sets end a sentence; the first article lines that do not are a
    letter's salutation or addressee, a field and a subheading, each told before this). The head is looked for as
    :func:`_head_below` does, anywhere below.

    Risk: an article with no lead whose first paragraph has no stop, over a later dated box of the article's own."""
    end = lines[i].text.rstrip().rstrip("\"”’»)")[-1:]
    return end not in _ENDS and _head_below(lines, i, anchors, None)


def _head_below(lines: Sequence[TaggedLine], i: int, anchors: list[int], window: int | None = HEAD_WINDOW) -> bool:
    """Whether the article's head (a headline-like line beside a date line or byline) comes below lines[i], within
    ``window`` lines (None: anywhere below)."""
    if any(a < i for a in anchors):
        return False
    stop = len(lines) if window is None else min(len(lines), i + window)
    rank, past = ranks(lines), ranks(lines, past_pictures=True)
    running = 0
    for j in range(i + 1, stop):
        ln = lines[j]
        running += prose(ln)
        if running >= RUNNING_TEXT or (running and (ln.label or ln.tag in {"stop", "footer"})):
            return False  # lines[i] opens running text, or a list's label ("Fler evenemang") follows it: a teaser's head
        # a picture between the head and its byline below is no distance (never so above it: a list's first item under
        # the byline and a picture is no head, b37-u07)
        if ln.tag is None and is_title_like(ln.text) and words(ln.text) >= 3 \
                and any(abs(past[a] - past[j] if a > j else rank[a] - rank[j]) <= 2 for a in anchors):
            return not interview_question(lines, j)  # an interview's first question under the head is no head
    return False


def _interview_opens(lines: Sequence[TaggedLine], found: Sequence[tuple[int, bool]], i: int) -> bool:
    """Whether lines[i] is the first question of an interview without a lead that opens the text under the head
    (:func:`audiocast.ingest.headdigest.interview_question`, "Vad gjorde du innan?" / "– Jag var …" twice or more),
    with a headline of three words or more over it among the candidates: under the date line it stood where a dated
    head stands and was taken for the headline."""
    return any(words(lines[j].text) >= 3 for j, _ in found) and interview_question(lines, i)


def _interview_below(lines: Sequence[TaggedLine], i: int, window: int = HEAD_WINDOW) -> bool:
    """Whether the first title-like line under lines[i] (within ``window`` lines) is an interview's first question
    (:func:`audiocast.ingest.headdigest.interview_question`): under the date line it looks like a dated head, and
    lines[i] is the head's standfirst, not a notice over it."""
    for j in range(i + 1, min(len(lines), i + window)):
        if lines[j].tag is None and is_title_like(lines[j].text):
            return interview_question(lines, j)
    return False




def _signed_head_over(lines: Sequence[TaggedLine], date: int, at: set[int], anchors: list[int]) -> bool:
    """Whether the head's meta block over the date line lines[date] has the writer's byline in it and a candidate of
    three words or more right over it ("Sport i korthet" / "Patrik Höglund" / e-mail / "Publicerad …"): that line is the
    headline, and the title-like line under the date line the first item's heading, no dated head. Counted over the
    annotated dumps (session 42, extract203: a sports desk's briefs lost their headline to the first brief): of 7
    pages with a headline-like line of three words or more glued over the byline and another under the meta block, the
    headline was the one over the byline on all 7 (a section's one-word label over the byline is no such line)."""
    k, signed = date - 1, False
    while k > 0 and lines[k].tag is not None and (k in anchors or lines[k].tag in ("byline", "drop")):
        signed = signed or lines[k].tag == "byline"
        k -= 1
    return signed and k in at and words(lines[k].text) >= 3


def _with_context(
    lines: Sequence[TaggedLine], found: list[tuple[int, bool]], anchors: list[int], lead: int | None,
    joined: dict[int, str] | None = None, pictured: list[tuple[int, bool]] | None = None,
) -> list[Candidate]:
    at = {i for i, _ in found if not in_menu_run(lines, i, True)}  # a menu's last item over the date line is no kicker
    kickers = {i for i in at if not sentence_head(lines[i].text)}  # a headline with a verb over the date line is none
    # A separator's own line ('·', '|') between the date line and a section label is no distance: the dump broke one
    # row of the head ("Publicerat 15 september 2026 · Nyheter") into lines.
    rank = ranks(lines)
    # A line over its picture's caption stands in no menu (no menu item has a photo credit), and its lead is under it.
    nxt = {i: _next_past_picture(lines, i) for i, _ in found}
    prev = {i: prev_real(lines, i) for i, _ in found}
    trail = stacked_trail_end(lines)  # the page's own title at the end of a trail laid out one item a line
    return [
        Candidate(
            index=i, text=core((joined or {}).get(i, lines[i].text)), blank_before=blank, near_anchor=any(abs(rank[a] - rank[i]) <= 2 for a in anchors),
            anchor_next=nxt[i] in anchors,
            # between the date and the lead, unless the date line is a headline's above it and this line is short (a
            # name, a greeting): a long one is the headline under a kicker
            dated_head=prev[i] in anchors and lead is not None and lead == nxt[i] and not CREDIT_LINE.match(lines[i].text)
            and (prev_real(lines, prev[i] or 0) not in at or (prev_real(lines, prev[i] or 0) in kickers
                                                               and under_kicker(lines[i].text)))
            and not _signed_head_over(lines, prev[i] or 0, {k for k, _ in found}, anchors),
            under_kicker=prev[i] in anchors and lead is not None and lead == nxt[i]
            and prev_real(lines, prev[i] or 0) in kickers and under_kicker(lines[i].text)
            or nxt[i] in anchors and under_column(lines, i, {k for k, _ in found}),
            in_menu_run=(in_menu_run(lines, i, without_anchor=True) or glued_menu_item(lines, i)) and nxt[i] == next_real(lines, i)
            and not (nxt[i] in anchors and words(lines[i].text) >= 3 and _signed_head_over(lines, (nxt[i] or 0) + 1, {i}, anchors)),
            probability=lines[i].p, over_picture=(i, blank) in (pictured or ()),
            head_block=blank and lead is not None and lead == nxt[i] and not lines[lead].blank_before,
            anchor_block=in_anchor_block(lines, i, anchors), in_header=in_page_header(lines, i),
            listed=in_listed_block(lines, i), in_fields=field_run(lines, i),
            crumb_end=trail is not None and i > trail[0] and lines[i].text.strip() == trail[1],
        )
        for i, blank in found
    ]
