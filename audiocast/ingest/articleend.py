"""Where the article ends in a page dump, and what below that end is still the article's.

A page puts its side boxes after the article: league tables, event calendars, opening hours, lunch menus, a site's
FAQ accordion, a comment form, a donation box, recent posts, a contact box, a summary in another language, a print
stamp and the page's address. Rules by phrase cannot know them all; the end can be told on any site:

- the article's last paragraph of running prose is the last line below the lead that is a quote, or a sentence of
  :data:`END_PROSE_WORDS` words or more that the line classifier trusts (:data:`P_END_PROSE`), written in the
  article's language (a "Summary in English" is no continuation);
- below it, the lines are the page's, unless they are positively the article's: a closing sentence right under the
  end that the classifier trusts ("Varmt välkomna!"), or a box (a title-like heading over its items, as the dump
  parser's fact box finds it) that is the article's fact box by its label ("Fakta", "FAKTA:") or by its vocabulary:
  at least :data:`TIE_SHARE` of its content words (names, places, numbers) the article has said already.

The guard cases stand above the end and are untouched: a results list or a table that is the article's body, with
prose after it; an article's own FAQ, with its answers; a live report's posts. Not here: boxes told by the rules or
by their place among furniture (:mod:`audiocast.ingest.furniture`, :mod:`audiocast.ingest.records`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from .accordion import accordion_tags
from .adslots import P_UNDER_AD, glued_ad, ticket_card_tags
from .announced import continues_calendar, named_box_end
from .appeals import gift_box_tags
from .contacts import is_address_box, is_service_line
from .endwidgets import widget_from
from .factruns import continues_box
from .furniture import TaggedLine, continues_programme, is_caption, page_tail
from .headline import shape_of
from .labelboxes import labelled_box_end
from .lang import detect_language
from .letterclose import GREETING as _GREETING
from .letterclose import SIGNATURE_LINES, glued_box_sentence, keep_signed_close, signature_end
from .linecuts import cut
from .lineshape import APPEAL as _APPEAL
from .lineshape import FACT_ITEM, SENTENCE_BREAK, TOPIC_TAG, content_words, is_quote, is_title_like, said_mostly, words
from .linklabels import is_link_label
from .postclose import post_close_tags
from .postlists import post_list_at
from .readercalls import share_row_call_tags
from .sharedbox import SHARE_RULE, box_over_share_row
from .signoff import is_sign_off
from .updates import is_update_note

END_PROSE_WORDS = 6
"""A line of running prose has at least this many words and ends a sentence."""
P_END_PROSE = cut("articleend.P_END_PROSE", 0.25)
"""The classifier gives running prose at least this (the side boxes' sentences after the end of extract sets'
articles score 0.2 and less: "Sportflödet samlar nyheter …", "Swisha valfritt belopp …")."""
P_CLOSING = 0.5
"""A closing sentence right under the last paragraph ("Varmt välkomna ut på banan!") is kept when the classifier
gives it at least this."""
TIE_SHARE = 0.5
"""A box under the end is the article's when at least this share of its content words the article has said (a fact
box about the article shares 0.5 and more; a calendar, a table of the league, opening hours a third and less)."""
P_BOX_TRUSTED = 0.4
"""A box (lines between blank lines) below the end whose every line the classifier gives at least this stays: it
trusts the box as article text (the side boxes of the extract sets have lines under 0.35, as
:data:`audiocast.ingest.furniture.P_TAIL_BOX` says)."""
FOREIGN_WORDS = 15
"""A paragraph of at least this many words is checked for its language (a shorter one cannot be told)."""
_PITCH = re.compile(r"(?i)\bkr\b|swish|prenumer|erbjudande|@|https?://|www\.|\b[\w-]{2,}\.(?:se|nu|com|org|net|eu)(?:/|\b)")
"""A long sentence the classifier doubts is still running prose unless it asks for money or points elsewhere (a
donation box's appeal, an offer, an address; session 46, extract243: a web address without "www", "chatta via
svenskakyrkan.se/sos"): the classifier doubts an article's paragraph beside a widget."""
ROW_NUMBERS = 4
"""A table's row holds at least this many numbers (a league table's games, wins, goals, points)."""
_NUMBER = re.compile(r"(?<![\w,.])\d+(?:[–-]\d+)?(?![\w,])")
CALENDAR_ITEMS = 2
"""A first box under the end with at least this many lines opening with a day's date is a calendar of what comes
(events, concerts, races), not the article's fact box."""
_DATED_ITEM = re.compile(
    r"(?i)\d{1,2}(?:[–-]\d{1,2})?\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?(?:\s|$)")
SCHEDULE_ITEMS = 3
"""Lines naming a date or a clock time under the end, before the page's furniture, that make a schedule."""
_CLOCK = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.,]\d)")
_URL = re.compile(r"(?i)(?:https?://|www\.)\S+")
_FAKTA = re.compile(r"(?i)fakta\b|fakta:|bra att veta\b|praktisk information\b")
_SENTENCE_END = ".!?…\"”»"

_RECORD_RULES = frozenset({"post-quote", "comment", "embed", "video", "video-embed"})
"""Lines the records of a feed took (:mod:`audiocast.ingest.records`) and an embedded player's box
(:mod:`audiocast.ingest.videos`): a thread's order and the article's own media, not the page's furniture."""
_POST_RULES = frozenset({"embed", "social-embed", "social-time", "social-reactions"})
"""The lines of an embedded social media post (its poster, handle, time stamp, counts: "Visa den här publikationen på
Instagram", "126 gilla-markeringar"): under a post the article embeds, its text may go on (:data:`P_END_PROSE`)."""
_COMMENT_RULE = "comment"
"""The rule of a comment's or a forum reply's record (:mod:`audiocast.ingest.threads`): the article stood above it."""
_TABLE_RULE = "table"
"""The rule of a league table's or a result list's lines (:mod:`audiocast.ingest.tables`): a box holding them is a data
table, not the article's fact box."""
_OWNER_RULE = "page-address"
"""The rule (``data/boilerplate.tsv``) of the page owner's address lines and registration number."""

FactBox = Callable[[Sequence[TaggedLine], int], tuple[object | None, int]]
"""The dump parser's fact box finder: the box starting at a line (or None) and how many lines it uses."""


def is_running_prose(ln: TaggedLine) -> bool:
    """A kept quote, or a kept sentence of :data:`END_PROSE_WORDS` words or more the classifier trusts, in Swedish."""
    text = ln.text
    if ln.tag is not None:
        return False
    if is_quote(text) or is_update_note(text):
        return True  # a quote; an update note of the article's ("Tillägg kl. 14.00: Grävarbetet har börjat.")
    long = words(text) >= FOREIGN_WORDS and not _PITCH.search(text)
    if words(text) < END_PROSE_WORDS or text[-1] not in _SENTENCE_END or (ln.p is not None and ln.p < P_END_PROSE and not long):
        return False
    return words(text) < FOREIGN_WORDS or detect_language(text) in {"sv", "unknown"}


_PAGE_TAGS = frozenset({"drop", "link", "stop", "footer"})
_PICTURE_RULES = frozenset({"photo-credit", "photo-credit-en", "caption-label", "gallery", SHARE_RULE})


def _sandwiched(lines: Sequence[TaggedLine], i: int, cut: int) -> bool:
    """A sentence glued between two of the page's lines (a box's label or form field above, its field or button below,
    no blank line between): the box's own sentence ("Prenumerera på vårt nyhetsbrev", "Få nyheterna i din inkorg
    varje vecka.", "Din e-postadress"), neither the article's last paragraph nor its closing line. A picture's credit,
    an ad's label or the share row does not make a box."""
    if i == 0 or i + 1 >= cut or lines[i].blank_before or lines[i + 1].blank_before:
        return False
    above, below = lines[i - 1], lines[i + 1]
    return above.tag in _PAGE_TAGS and above.rule not in _PICTURE_RULES | _AD_RULES and (
        below.tag in _PAGE_TAGS and below.rule not in _PICTURE_RULES | _AD_RULES | _CUT_OUT)


def _closing(ln: TaggedLine) -> bool:
    """A short sentence (under :data:`FOREIGN_WORDS` words) the classifier trusts, or an appeal (``lineshape.APPEAL``)."""
    return ln.tag is None and ln.text[-1] in ".!?" and 2 <= words(ln.text) < FOREIGN_WORDS and (
        ln.p is None or ln.p >= P_CLOSING or _APPEAL.match(ln.text) is not None)



def end_tags(lines: Sequence[TaggedLine], head: str, fact_box: FactBox) -> None:
    """The kept lines below the article's last paragraph of running prose go as the page's boxes, but for a closing
    sentence right under it and the boxes tied to the article (see the module docstring). ``head``: the headline and
    the lead, said above ``lines``; ``fact_box``: the parser's fact box finder."""
    if all(ln.p is None for ln in lines):
        return  # without the classifier's trust nothing tells running prose from a box's sentence
    cut = page_tail(lines)
    end = _article_end(lines, cut)
    if end is None:
        return
    said = content_words(head)
    for ln in lines[:end + 1]:
        if ln.tag is None:
            said |= content_words(ln.text)
    i, gone = _first_box(lines, end, cut, head, labelled_box_end(lines, end + 1, cut, said))
    if (signed := keep_signed_close(lines, end, cut)) is not None:
        i, gone = signed, True  # the letter's close and signature stay; what the page sets under them is judged
    while i < cut:
        ln = lines[i]
        if ln.tag == "menu":  # a menu word below the end: the site's menu again
            ln.tag, ln.rule = "drop", "after-end"
        if ln.tag is not None:
            i += 1
            continue
        if ln.text[-1] == "." and not is_title_like(ln.text) and not _sandwiched(lines, i, cut) and (
                (signed is None and (_closing(ln) or _closing_line(lines, i))) or _postscript(lines, end, i)):
            i += 1  # a short sentence the classifier trusts: the article's closing line ("Invigningen hålls i juni."; once
            # a letter has closed with its signature, only its postscript)
            continue
        if continues_programme(lines, i) or continues_box(lines, i) or continues_calendar(lines, i):
            i += 1  # a programme's items under the article's last paragraph, a box's under its kept item: it goes on
            continue
        if (named := named_box_end(lines, i, end, cut, head)) is not None:
            i = named  # a box under a heading the article named word for word ("I avsnittet"): the article's list
            continue
        group = _group(lines, i, cut)
        # An offer's card (its heading, the product, the price, the button); a list of the site's posts with their dates.
        stop = _product_card(lines, i, cut, glued=lines[i - 1].rule == SHARE_RULE)
        if stop is None and ln.blank_before and _dated_list(group):
            stop = i + len(group)
        if stop is None:
            stop = post_list_at(lines, i, cut)
        if stop is not None:
            _drop(lines[i:stop])
            gone, i = True, stop
            continue
        if ln.blank_before and sum(x.tag is None for x in group) >= 2 and not _foreign_box(group) and all((x.p or 0.0) >= P_BOX_TRUSTED for x in group if x.tag is None):
            i += len(group)  # a box the classifier trusts line by line
            continue
        if is_title_like(ln.text):
            if not gone and (labelled := labelled_box_end(lines, i, cut, said)) is not None:
                i = labelled  # the article's labelled fact box under its media (an embedded post), no box of the page's
                continue
            box, used = fact_box(lines, i)
            # A box right under a date line (one of two lines up) holding the next date: a calendar's entries (date,
            # event, place), whatever the events name; the article's own schedule stands under its text. A box right
            # under a list's label ("Senaste inlägg", "Fler evenemang") is that list; a box holding the page owner's
            # address or registration number is the site's. Such a box goes whole.
            listed = lines[i - 1].label or any(x.rule == _OWNER_RULE for x in lines[i:i + used]) or any(
                x.tag == "date" for x in lines[i:i + used]) and any(x.tag == "date" for x in lines[max(end + 1, i - 2):i])
            if box is not None and listed:
                _drop(lines[i:i + used])
                i += used
                continue
            tied = box is not None and _tied(lines[i:i + used], said, by_label=gone)
            if tied or (shared := box_over_share_row(lines, i, gone)) is not None:
                i = i + used if tied or shared is None else shared  # tied to the article, or its own box over its share row
                continue
        ln.tag, ln.rule = "drop", "after-end"
        gone = True
        i += 1
    ticket_card_tags(lines, end, cut)  # a ticket's card glued under the article's fact box
    post_close_tags(lines)  # a blog post's own closing lines right over its byline


PITCH_LINES = 3
"""A pitch closing the first box under the end holds at most this many kept lines: its heading, a sentence or two."""


def _pitch_from(lines: Sequence[TaggedLine], start: int, stop: int, cut: int) -> int:
    """Where a pitch closing the first box under the end (``lines[start:stop]``) begins; the pitch goes. The first box
    stops at the page's furniture; when that line is a button (button-shaped, or the rules' call to action: "Bli
    medlem") and a title-like line of the box opens with the button's words ("Bli medlem i Skog & Trä"), that heading,
    at most :data:`PITCH_LINES` kept lines from the button, and the lines between are the site's pitch, glued under the
    article in a dump without blank lines; so is a sentence right over the button that opens with its verb ("Anmäl dig
    till vår sms-tjänst …" over "Anmäl dig här"), with the heading glued over it. What stays above is the first box; ``stop`` when there is no pitch."""
    if stop >= cut or stop <= start:
        return stop
    button = lines[stop].text.rstrip(" !›»→").lower()
    if not button or not (_button_like(lines[stop].text) or lines[stop].rule in _CTA_RULES):
        return stop
    verb = _HERE.sub("", button)  # "Anmäl dig här" asks what "Anmäl dig till vår sms-tjänst …" asked
    for k in range(stop - 1, max(start, stop - PITCH_LINES) - 1, -1):
        ln = lines[k]
        kept = ln.tag is None or ln.rule in _CTA_RULES
        titled = kept and is_title_like(ln.text) and ln.text.lower().startswith(button + " ")
        echoed = kept and k == stop - 1 and verb != button and ln.text[-1] == "." and ln.text.lower().startswith(verb + " ")
        if echoed and not (k - 1 > start and lines[k - 1].tag is None and is_title_like(lines[k - 1].text) and not (
                lines[k].blank_before)):
            return stop  # an article's closing sentence over its button ("Anmäl dig senast …"): no heading of a pitch
        if titled or echoed:
            k -= 1 if echoed else 0  # the pitch's heading over its sentence ("Få sms vid vattenavbrott")
            if any(is_quote(x.text) for x in lines[k:stop] if x.tag is None):
                return stop
            _drop(lines[k:stop])
            return k
    return stop


_HERE = re.compile(r"\s+(?:här|nu|direkt|i dag|idag)$")
"""A button's last word pointing at itself ("Anmäl dig här", "Boka nu"): without it, the verb the pitch opens with."""


_CTA_RULES = frozenset({"cta-ticket", "booking", "gift-box", "donate", "subscribe"})
"""The rules (``data/boilerplate.tsv``) of a call to action's button (as :data:`audiocast.ingest.records.CTA_RULES`)."""


def _drop(lines: Sequence[TaggedLine]) -> bool:
    """Drop the kept lines (and menu words) as the page's below the article's end; whether any went."""
    gone = False
    for x in lines:
        if x.tag in (None, "menu"):
            x.tag, x.rule = "drop", "after-end"
            gone = True
    return gone


def _article_end(lines: Sequence[TaggedLine], cut: int) -> int | None:
    """The article's last line of running prose above ``cut`` (:func:`_last_prose`), once the boxes that hide it went:
    a paywall's pitch, a FAQ accordion, a help box under the signature, an offer's card opened by a question to the
    reader, a pitch whose sentence stands right over its button (:func:`_pitch_from`). -1 when a thread's replies follow the lead alone; the paragraph a paywall cuts off when there is one."""
    _after_pitch_tags(lines, cut)
    share_row_call_tags(lines, cut)  # a call to the reader between the share row and its button
    accordion_tags(lines, cut, is_running_prose)
    _signed_help_tags(lines, cut)
    gift_box_tags(lines, cut, is_running_prose)  # a gift box under the text, its appeal a sentence the classifier trusts
    end = _last_prose(lines, cut)
    if end is None and any(ln.rule == _COMMENT_RULE for ln in lines[:cut]):
        end = -1  # no prose below the lead above a thread's replies: the lead was the article (a one-paragraph post)
    if cut > 0 and _cut_by_paywall(lines, cut - 1, cut) and (end is None or end < cut - 1):
        end = cut - 1
    if end is not None and lines[end].text[-1] == "?" and (card := _product_card(lines, end, cut)) is not None:
        # The offer's card opens with a question to the reader ("Vill du också ut på fjärden?"): no running prose.
        _drop(lines[end:card])
        end = _last_prose(lines, cut)
    if end is not None and 0 <= end < cut - 1 and _pitch_from(lines, max(0, end - PITCH_LINES + 1), end + 1, cut) <= end:
        end = _last_prose(lines, cut)  # the pitch's own sentence over its button ("Bli stödmedlem") was no article's
    return _signed_end(lines, end, cut)


P_AFTER_SIGNATURE = 0.5
"""Below a letter's close and signature, a paragraph of :data:`FOREIGN_WORDS` words or more that the classifier gives
at least this (or a quote) is the article going on: the close was a letter quoted in it."""


def _signed_end(lines: Sequence[TaggedLine], end: int | None, cut: int) -> int | None:
    """The article's end moved up to the paragraph over a letter's close and signature (:func:`_signature_end`) when
    what stands under the signature is no paragraph of the article's (:data:`P_AFTER_SIGNATURE`): a newsletter's
    calendar, its attendance figures, its motto are the page's, however long."""
    if end is None or end < 1:
        return end
    for k in range(1, end):
        if not is_running_prose(lines[k - 1]) or lines[k].tag is not None:
            continue
        signed = signature_end(lines, k - 1, cut)
        if signed is None or signed > end:
            continue
        if any(x.tag is None and (is_quote(x.text) or (words(x.text) >= FOREIGN_WORDS and (x.p or 0.0) >= P_AFTER_SIGNATURE))
               for x in lines[signed:cut]):
            return end
        return k - 1
    return end


def _first_box(lines: Sequence[TaggedLine], end: int, cut: int, head: str, labelled: int | None = None) -> tuple[int, bool]:
    """Where the line-by-line judgement under the article's end begins, and whether a box of the page's went already:
    the first box under the end stays as the place of the article's fact box or closing lines, unless it is the page's
    by its shape (:func:`_page_box`: all of it goes), a box foreign to the article or a calendar (it is judged line by
    line), or opens with an offer's card (the card goes; glued to the last paragraph, the card must be all of it).
    ``labelled``: where the article's labelled fact box opening the first box ends (:mod:`.labelboxes`); when the box
    would go or be judged line by line, that verdict is the lines' under the fact box, which stays."""
    i = _first_box_end(lines, end + 1, cut)
    # The share row under the article ("Dela") closes it: what the box holds below it (a next match's card, a widget)
    # is judged line by line.
    i = next((k for k in range(end + 1, i) if lines[k].rule == SHARE_RULE), i)
    i = _pitch_from(lines, end + 1, i, cut)
    # Earlier posts end it (below the article's labelled fact box: its items dated in brackets are no posts' titles).
    i = next((k for k in range(labelled or end + 1, i) if post_list_at(lines, k, cut) is not None), i)
    said = "\n".join([head] + [ln.text for ln in lines[:end + 1] if ln.tag is None])
    start = end + 1
    if labelled is not None and labelled <= i and (_page_box(lines[start:i], said) or _foreign_box(lines[start:i]) or (
            _calendar(lines[start:_furniture_from(lines, start, cut)]))):
        if labelled == i:
            return i, False  # the fact box is the first box (its result lines hold a table's count of numbers)
        start = labelled  # the fact box stays; the table, the list, the calendar glued under it are judged
    if _page_box(lines[start:i], said):
        # The page's box by its shape (a league table, topic tags): all of it, though it names the article's words.
        return i, _drop(lines[start:i])
    if _foreign_box(lines[start:i]) or _calendar(lines[start:_furniture_from(lines, start, cut)]):
        return start, False
    if (widget := widget_from(lines, start, i)) is not None:
        return i, _drop(lines[widget:i])  # a widget's box closed by the page's line (:mod:`.endwidgets`)
    card = _product_card(lines, end + 1, cut, glued=True) if end + 1 < cut else None
    if card is not None and (card <= i or (card == i + 1 and lines[i].tag is not None)) and (
            lines[end + 1].blank_before or card >= i):
        _drop(lines[end + 1:card])
        return card, True
    return i, False


P_AFTER_PITCH = 0.5
"""Below a paywall's pitch box, a line the classifier gives at least this is the article going on (a subscriber's
copy) when it is a sentence (:data:`END_PROSE_WORDS` words or more; a figure such as "+2,1 %" is no text); without
one, what follows the pitch is the page's boxes."""


def _after_pitch_tags(lines: Sequence[TaggedLine], cut: int) -> None:
    """A paywall's pitch box ("Du har sett 5 av 23 affärer", "Logga in eller bli medlem för att se alla …", taken by
    :func:`audiocast.ingest.records.pitch_tags`) ends what the page shows of the article: the kept lines below it, down
    to the footer, go as the page's, unless one of them is text the classifier trusts (:data:`P_AFTER_PITCH`)."""
    at = next((i for i in range(cut) if lines[i].rule == "pitch"), None)
    if at is None:
        return
    end = at
    while end + 1 < cut and lines[end + 1].tag is not None and not lines[end + 1].blank_before:
        end += 1
    below = [ln for ln in lines[end + 1:cut] if ln.tag is None]
    if not below or any(((ln.p or 0.0) >= P_AFTER_PITCH and words(ln.text) >= END_PROSE_WORDS) or is_quote(ln.text)
                        for ln in below):
        return
    for ln in below:
        ln.tag, ln.rule = "drop", "after-end"


def _cut_by_paywall(lines: Sequence[TaggedLine], i: int, cut: int) -> bool:
    """The paragraph a paywall cuts off mid-sentence: the kept line right above the paywall's notice, a paragraph's
    worth of words (:data:`FOREIGN_WORDS`) the classifier trusts, without its sentence's end ("… där omkring 60
    procent av")."""
    ln = lines[i]
    return (i + 1 == cut < len(lines) and lines[cut].rule == "paywall" and ln.tag is None
            and words(ln.text) >= FOREIGN_WORDS and ln.text[-1] not in _SENTENCE_END and (ln.p or 0.0) >= P_END_PROSE)


def _last_prose(lines: Sequence[TaggedLine], cut: int) -> int | None:
    """The article's last paragraph of running prose above ``cut``. Once :data:`FURNITURE_RUN` lines of the rules'
    furniture (buttons, links, labels; captions and ad labels aside) stand between a sentence and the sentence above,
    each line once on the page (a live report's "Dela" after every post, a forum's "Citera", a post's head are the
    feed's own order, an embedded video player's box the article's own media, not the page's furniture), the
    sentence counts only when the classifier trusts it (:data:`P_CLOSING`; :data:`P_END_PROSE` when an embedded post's
    lines are among them: the article goes on under the post it embeds); a long sentence it doubts does not count
    right under a box's label ("Om skribenten" over the writer's bio)."""
    end: int | None = None
    furniture, post = 0, False
    seen = Counter(ln.text for ln in lines)
    for i in range(cut):
        ln = lines[i]
        if ln.tag not in _IN_ARTICLE and ln.rule not in _NOT_FURNITURE and seen[ln.text] == 1:
            furniture += 1
        post = post or ln.rule in _POST_RULES
        if not is_running_prose(ln) or _sandwiched(lines, i, cut):
            if ln.tag is None and words(ln.text) >= END_PROSE_WORDS and ln.text[-1] in _SENTENCE_END:
                furniture, post = 0, False  # a sentence between (a live report's short post): the furniture's run is broken
            continue
        p = 1.0 if ln.p is None or is_quote(ln.text) else ln.p
        trusted = p >= (P_END_PROSE if post else P_CLOSING)  # under an embedded post, the article's text goes on
        under = (P_UNDER_AD if glued_ad(lines, i) else P_END_PROSE) if i > 0 and lines[i - 1].label else 0.0
        if p < under or (furniture >= FURNITURE_RUN and not trusted):
            continue
        end, furniture, post = i, 0, False
    return end


FURNITURE_RUN = 3
"""Lines of furniture (results and download links, a search field's button) after which a sentence the classifier
doubts is the page's (a gallery's blurb), not the article's next paragraph."""


_IN_ARTICLE = frozenset({None, "menu", "caption", "date", "byline"})
_PICTURE_SLOT = frozenset({"gallery", "separator", "caption-marked"})
"""A gallery's counter ("Bild 1 av 6"), its arrows and its marked caption: a picture slot between the article's
paragraphs, not the page's furniture (session 25, extract94: the results under a club's gallery were lost)."""
_AD_RULES = frozenset({"ad", "sponsor", "ad-copy", "gambling-notice"})
_CUT_OUT = frozenset({"call-box", "booking-card", "product-card"})  # widgets cut out mid-text (session 34), no furniture
_NOT_FURNITURE = _AD_RULES | _RECORD_RULES | _PICTURE_SLOT | _CUT_OUT  # lines _last_prose never counts as furniture
_BY_PLACE = frozenset({"tail-box"})
"""Lines the furniture signals took by their place (:func:`audiocast.ingest.furniture.tail_box_tags`): they belong to
the boxes under the end, which a calendar is told by."""


def _first_box_end(lines: Sequence[TaggedLine], start: int, cut: int) -> int:
    """Where the first box under the article's end stops (the place of the article's own fact box, a closing line):
    at the first line the rules or the template took as furniture once the box has begun (an ad's label, a credit,
    a byline or a menu word among its lines do not end it), or at a blank line once the box has two lines or a
    sentence (a closing line, "Varmt välkomna!", is a box of its own: the heading standing alone under it is not its),
    or at an ad's label once the box has two lines (the ad begins)."""
    n, closed = 0, False
    for i in range(start, cut):
        ln = lines[i]
        furniture = ln.tag not in _IN_ARTICLE and ln.rule not in _AD_RULES and ln.rule != _TABLE_RULE
        if (furniture or i + 1 < cut and glued_ad(lines, i + 1, alone_among=_IN_ARTICLE)) and not n:
            return start  # the page's furniture, or an ad's label over its ad, before any line of a box
        if n and (furniture or (ln.blank_before and (n >= 2 or closed)) or (n >= 2 and ln.rule in _AD_RULES)):
            return i
        if ln.tag in (None, "menu"):
            n, closed = n + 1, ln.text[-1] in ".!?"
    return cut


def _letter_signed(lines: Sequence[TaggedLine], cut: int) -> int | None:
    """The last line of a letter's close: its greeting (:data:`_GREETING`) right under a paragraph of running prose,
    then at most :data:`SIGNATURE_LINES` kept lines glued under it (the signature)."""
    for k in range(1, cut):
        if lines[k].tag is None and _GREETING.fullmatch(lines[k].text) and is_running_prose(lines[k - 1]):
            last = k
            while last + 1 < cut and last - k < SIGNATURE_LINES and lines[last + 1].tag is None and not (
                    lines[last + 1].blank_before):
                last += 1
            return last
    return None


def _postscript(lines: Sequence[TaggedLine], end: int, i: int) -> bool:
    """A letter's postscript: one sentence of :data:`END_PROSE_WORDS` words or more standing alone under the letter's
    greeting ("Med vänliga hälsningar") and its signature of at most :data:`SIGNATURE_LINES` lines, right under the
    article's last paragraph, pointing nowhere (:data:`_CHANNEL`): "Brevet har också skickats till kommunstyrelsens
    ordförande." A help box under a signature names a phone or an address; a sentence glued under a box's heading
    ("Svar direkt" / "... har erbjudits att svara.") is that box's (:func:`letterclose.glued_box_sentence`)."""
    ln = lines[i]
    if (words(ln.text) < END_PROSE_WORDS or _CHANNEL.search(ln.text) or is_quote(ln.text)
            or glued_box_sentence(lines, i)):
        return False
    above = [k for k in range(end + 1, i) if lines[k].tag is None]
    greeting = next((k for k in above if _GREETING.fullmatch(lines[k].text)), None)
    return greeting is not None and len([k for k in above if k > greeting]) <= SIGNATURE_LINES and all(
        k >= greeting for k in above)


def _closing_line(lines: Sequence[TaggedLine], i: int) -> bool:
    """One short sentence with a finite verb standing alone ("Invigningen hålls i juni."): the article's closing line
    under its box (a caption has no verb, a box's line no full stop)."""
    ln = lines[i]
    alone = ln.blank_before and (i + 1 == len(lines) or lines[i + 1].blank_before)
    return alone and words(ln.text) < END_PROSE_WORDS and not SENTENCE_BREAK.search(ln.text) and not is_caption(ln.text)


def _foreign_box(box: Sequence[TaggedLine]) -> bool:
    """A first box under the end that is not the article's fact box by its shape: a calendar (:data:`CALENDAR_ITEMS`),
    a data table (two rows or more of numbers), the page's box by its shape (:func:`_page_box`), a paragraph in another language (a summary for visitors),
    the page's bare address (a print's stamp), or an address box (:func:`audiocast.ingest.contacts.is_address_box`)."""
    kept = [ln.text for ln in box if ln.tag is None]
    rows = sum(_data_row(t) for t in kept)
    return _page_box(box) or _calendar(box) or is_address_box(box) or rows >= 2 or any(_URL.fullmatch(t) for t in kept) or any(
        words(t) >= FOREIGN_WORDS and detect_language(t) not in {"sv", "unknown"} for t in kept)


TAG_RUN = 3
"""A run of topic tags without a heading under the article's end has at least this many tags."""
P_TAGS = 0.35
"""The classifier gives a run of topic tags a mean probability of article text under this (the tags under the b10
set's blog post score 0.12 on average)."""
_TAG = TOPIC_TAG


TAGS_SAID = 0.4
"""At least this share of the tags the article has said (a tag names its topic: "Hälleby", "Badhus" over an article on
Hälleby's bath house; the b10 set's blog post's tags 0.4, the b11 set's 1.0); a list of the article's own (the new
board's members, the villages a grant covers) names people and places it has not (a quarter and less)."""


def _tag_run(box: Sequence[TaggedLine], said: str) -> bool:
    """The article's topic tags under its end, without a heading ("Hälleby", "Kommunpolitik", "Badhus", "Öppna Data"):
    :data:`TAG_RUN` kept lines or more, each a capitalized name of at most three words without digits or punctuation,
    that the classifier doubts (mean under :data:`P_TAGS`), most of them (:data:`TAGS_SAID`) words the article has
    said (``said``: its text above the box). What they name the listener has heard."""
    kept = [ln for ln in box if ln.tag is None]
    probs = [ln.p for ln in kept if ln.p is not None]
    if len(kept) < TAG_RUN or not all(_TAG.fullmatch(ln.text) for ln in kept) or len(probs) != len(kept) or (
            sum(probs) / len(probs) >= P_TAGS):
        return False
    low = said.lower()
    heard = [ln for ln in kept if _heard(ln.text, low)]
    return len(heard) >= TAGS_SAID * len(kept)


def _heard(tag: str, said: str) -> bool:
    """Every word of four letters or more of the tag stands in the article, inflected or not ("Badhus", "badhuset"),
    and the tag has one."""
    stems = [w.lower()[:max(4, len(w) - 2)] for w in re.findall(r"[^\W\d_]+", tag) if len(w) >= 4]
    return bool(stems) and all(re.search(r"\b" + re.escape(stem), said) for stem in stems)


def _page_box(box: Sequence[TaggedLine], said: str = "") -> bool:
    """A first box under the end that is the page's whatever words it shares with the article: a league table's lines
    (:mod:`audiocast.ingest.tables`), a run of topic tags (:func:`_tag_run`; ``said``: the article's text above), or a
    site's section teaser (a menu word
    over a date: "Evenemang" over "12 juni" and the event). It goes whole (the article's words in it are the table's
    teams, the tags' topics). (A "Kontakt" box over a phone number is not told: one golden page reads it as the
    article's, two blind ones as the page's.)"""
    teaser = bool(box) and box[0].tag == "menu" and any(ln.tag == "date" for ln in box[1:])
    return teaser or _tag_run(box, said) or sum(ln.rule == _TABLE_RULE for ln in box) >= 2 or _action_run(box) or (
        _dated_list(box))


_CHANNEL = re.compile(
    r"(?i)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:www\.)?[\w-]+\.(?:se|nu|com|org|net|eu)\b"
    r"|(?<!\d)(?:\+46|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?!\d)|(?<![\d,.])1177(?![\d,.])")
"""A way to reach someone: an e-mail address, a web address, a phone number, the health line."""


def _signed_help_tags(lines: Sequence[TaggedLine], cut: int) -> None:
    """A box set apart under the writer's sign-off ("Hälsningar Hanna, kurator"; :func:`audiocast.ingest.signoff.
    is_sign_off`, right under a paragraph of running prose; kept, or taken by its place alone; or a letter's greeting and
    signature, :func:`_letter_signed`) that points somewhere else (:data:`_CHANNEL`: "Ring
    1177 eller chatta med BRIS på bris.se"), at most :data:`CTA_BOX_LINES` lines, no quote, with no running prose
    after it: the site's help or contact box, however the classifier trusts its sentence. The signature closed the
    writer's text; a line of the letter's after it (whom it was sent to) names no channel."""
    sign = next((k for k in range(1, cut) if (lines[k].tag is None or lines[k].rule in _BY_PLACE) and is_sign_off(lines[k].text)
                 and is_running_prose(lines[k - 1])), None)
    if sign is None:
        sign = _letter_signed(lines, cut)
    if sign is None:
        return
    start = sign + 1
    if start >= cut or not lines[start].blank_before:
        return
    stop = start + 1
    while stop < cut and not lines[stop].blank_before:
        stop += 1
    kept = [x for x in lines[start:stop] if x.tag is None]
    if not kept or len(kept) > CTA_BOX_LINES or not any(_CHANNEL.search(x.text) for x in kept) or any(
            is_quote(x.text) for x in kept) or any(is_running_prose(x) for x in lines[stop:cut]):
        return
    for x in kept:
        x.tag, x.rule = "drop", "after-end"


CTA_BOX_LINES = 4
"""A help box under the signature holds at most this many lines."""


_TITLE_THEN_DATE = re.compile(
    r"(?i)[^:]{3,100}?\s+(?:\d{4}-\d\d-\d\d|\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?\s+\d{4})")
DATED_ITEMS = 2
"""A list of other posts under the article holds at least this many titles followed by their date."""


def _dated_list(box: Sequence[TaggedLine]) -> bool:
    """A list of the site's other posts under the article, each a title followed by its full date ("Kalvmärkningen
    avslutad 2026-07-20", "Årsstämma 2026 2 april 2026"), no label's colon, no sentence's end: at least
    :data:`DATED_ITEMS` of them, its other kept lines a heading ("Tidigare nyheter"). The article says its own dates in
    sentences or after a label ("Datum: 12 maj 2026"); the classifier trusts such titles as text."""
    kept = [ln for ln in box if ln.tag is None]
    dated = [ln for ln in kept if ln.text[-1] not in _SENTENCE_END and _TITLE_THEN_DATE.fullmatch(ln.text)]
    rest = [ln for ln in kept if ln not in dated]
    return len(dated) >= DATED_ITEMS and len(rest) <= 1 and all(
        is_title_like(ln.text) and ln is kept[0] for ln in rest)


_PRICE = re.compile(r"(?i)(?:(?:från|pris|endast|bara|nu)\s*:?\s*)?\d[\d  ]*(?:[,.]\d+)?\s*(?:kr|kronor|sek|:-)(?:\s*/\s*\w+)?\b.*")
PRICE_WORDS = 6
"""A price's line in a call to action ("1 495 kr inkl. provavgift", "Från 349 kr/mån") is at most this many words."""
BUTTON_LINE_WORDS = 6
"""A button's line opened by a button's verb ("Se lediga tider i Mora") is at most this many words."""


def _button_like(text: str) -> bool:
    """A button's line: no sentence's end, button-shaped (``data/headline.tsv``) by its first four words or opened by
    an offer's verb (:data:`_OFFER_VERB`: "Teckna medlemskap"), at most :data:`BUTTON_LINE_WORDS` words."""
    return text[-1] not in _SENTENCE_END and words(text) <= BUTTON_LINE_WORDS and (shape_of(
        " ".join(text.split()[:4])) == "button" or bool(_OFFER_VERB.match(text)))


_OFFER_VERB = re.compile(r"(?i)(?:Köp|Boka|Beställ|Teckna|Prenumerera|Swisha|Skänk|Handla|Spela|Prova|Testa|Bli|Lägg i)\b")
"""An offer's button buys, books, subscribes or gives ("Köp digitalt", "Teckna medlemskap", "Boka bord")."""
CARD_LINES = 6
"""An offer's card under the article (heading, product, price, note, button) is at most this many lines."""


def _product_card(lines: Sequence[TaggedLine], i: int, cut: int, glued: bool = False) -> int | None:
    """An offer's card starting at ``lines[i]`` below the article's end, set apart by a blank line: at most
    :data:`CARD_LINES` short lines glued together ("Vill du också prova lyckan?", "Skraplotten Guld", "30 kr",
    "Högsta vinst 5 000 000 kr") closed by an offer's button (:func:`_button_like` and :data:`_OFFER_VERB`: "Köp
    digitalt"), a bare price among them
    (:data:`_PRICE`: "30 kr", "Från 349 kr/mån"; a fact box says "Pris: 200 kr"), no running prose, no 'Fakta' label,
    not two items of a label and its value (a fact box closed by a booking link).
    Where the card ends (after its button), or None. What follows it (a teaser list glued under it) is judged on its
    own. With ``glued`` the card may stand right under the line above, no blank line between; glued under the share
    row that closed the article, it needs no price."""
    if not (glued or lines[i].blank_before) or _FAKTA.match(lines[i].text):
        return None
    k = i
    while k < min(cut, i + CARD_LINES + 1) and (k == i or not lines[k].blank_before):
        ln = lines[k]
        if (ln.tag is None or ln.tag == "drop") and k > i and _button_like(ln.text):  # not its heading ("Prova på-kurs")
            if not _OFFER_VERB.match(ln.text):
                return None  # a button to read or see more ("Läs tidtabellen"): a fact box may close so
            body = [x for x in lines[i:k] if x.tag is None]
            priced = any(words(x.text) <= PRICE_WORDS and _PRICE.fullmatch(x.text) for x in body)
            short = all(words(x.text) <= PRICE_WORDS + 2 and x.text[-1] not in ".!" and not is_quote(x.text) for x in body)
            facts = sum(bool(FACT_ITEM.fullmatch(x.text)) for x in body) >= 2  # "Byggd: 1931", "Platser: 240"
            # Under the share row that closed the article, a card needs no price ("Nästa hemmamatch", its date and
            # teams, "Köp biljett").
            shared = lines[i - 1].rule == SHARE_RULE and not lines[i].blank_before
            return k + 1 if body and (priced or shared) and short and not facts else None
        k += 1
    return None


def _action_run(box: Sequence[TaggedLine]) -> bool:
    """A call to action glued under the article's last paragraph: every kept line of the first box under the end a
    button ("Boka pass", "Se schemat för Hede", "Boka kurs för förarbevis"; no sentence's end), a price's short line
    ("1 495 kr inkl. provavgift") or a link's label (:func:`audiocast.ingest.linklabels.is_link_label`: "Hindersprövning
    – Skatteverket", "Riktlinjer (pdf)"), one button at least; or a service's buttons, two at least, beside its phone,
    e-mail and opening hours (:func:`audiocast.ingest.contacts.is_service_line`). The article's closing line is a
    sentence; its fact box has a heading over items that say facts, not verbs of the site's."""
    kept = [ln for ln in box if ln.tag is None]
    buttons = [ln for ln in kept if _button_like(ln.text)]
    rest = [ln for ln in kept if ln not in buttons and not is_link_label(ln.text)]  # a file's or another site's link
    prices = [ln for ln in rest if words(ln.text) <= PRICE_WORDS and _PRICE.fullmatch(ln.text)]
    # A service's buttons beside its phone and hours ("Boka tid för videomöte", "Ring oss", "0771-00 00 00", "Vardagar 8–16").
    service = [ln for ln in rest if ln not in prices and is_service_line(ln.text)]
    return bool(buttons) and len(prices) + len(service) == len(rest) and (not service or len(buttons) >= 2)


def _furniture_from(lines: Sequence[TaggedLine], start: int, cut: int) -> int:
    """The first line from ``start`` on that the rules or the template took as furniture (or ``cut``)."""
    return next((i for i in range(start, cut) if lines[i].tag not in _IN_ARTICLE and lines[i].rule not in _AD_RULES
                 and lines[i].rule not in _BY_PLACE), cut)


def _calendar(lines: Sequence[TaggedLine]) -> bool:
    """What comes, under the article's end before the page's furniture: :data:`CALENDAR_ITEMS` lines or more opening
    with a day's date (concerts, races), or :data:`SCHEDULE_ITEMS` lines or more naming a day's date or a clock time
    ("Tisdagsblixt varje tisdag 19.00", "Juniorträning onsdagar 17.30")."""
    dated = [ln for ln in lines if ln.tag == "date" or (ln.tag is None and bool(_DATED_ITEM.match(ln.text)))]
    timed = [ln for ln in lines if (ln.tag in (None, "date") or ln.rule in _BY_PLACE) and (_DATED_ITEM.search(ln.text) or _CLOCK.search(ln.text))]
    return len(dated) >= CALENDAR_ITEMS or len(timed) >= SCHEDULE_ITEMS


def _data_row(line: str) -> bool:
    """A table's row: at least :data:`ROW_NUMBERS` numbers and no sentence ("4. Storfors HK 30 16 4 10 90–81 55")."""
    return line[-1] not in _SENTENCE_END and len(_NUMBER.findall(line)) >= ROW_NUMBERS


def _group(lines: Sequence[TaggedLine], start: int, cut: int) -> Sequence[TaggedLine]:
    """The lines from ``start`` to the next blank line."""
    stop = start + 1
    while stop < cut and not lines[stop].blank_before:
        stop += 1
    return lines[start:stop]


def _tied(box: Sequence[TaggedLine], said: set[str], by_label: bool = False) -> bool:
    """A fact box by its label, or (not ``by_label``: no box of the page's stands between it and the article) one whose
    content words the article has mostly said already (a museum's admission box under its opening hours repeats
    the exhibition's words, "gratis", "entré", and is the page's)."""
    if _FAKTA.match(box[0].text):
        return True
    if by_label:
        return False
    return said_mostly((ln.text for ln in box if ln.tag is None), said, TIE_SHARE)
