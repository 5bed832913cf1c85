"""An ad's slot at the article's end: the line glued under an ad's bare label ("Annons", "Reklam") is the ad (session 20).

A site sets one ad slot under its text, before its lists, and a dump carries the ad's line ("Glassbaren X – 32 smaker.
Öppet till 22.") right under the label. The classifier gives such a line 0.4-0.7, so the article's end
(:mod:`audiocast.ingest.articleend`) took it for the last paragraph or the first box under it for the article's own.
Of 273 lines under a bare ad label in the annotated dumps of the golden and opened sets (about ten writers), the 130
with no article text after them were all the ad; the article's own text there (27: an ad slot between paragraphs, an
advice list after it) always had more of the article after it. Risk: an ad slot right over the article's last
paragraph, glued to it with no blank line, loses that paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .headline import shape_of
from .lineshape import FACT_ITEM, PHONE_NUMBER, closes_sentence, is_quote, words

P_UNDER_AD = 1.01
"""A line glued under an ad's bare label never ends the article, whatever the classifier gives it."""


def glued_ad(lines: Sequence[TaggedLine], i: int, alone_among: frozenset[str | None] | None = None) -> bool:
    """Line ``i`` is glued under an ad's bare label (rule ``ad``). With ``alone_among`` (the tags a box of the
    article's holds): also kept, and no such line glued under it (an ad's label over one line alone, 43 in the
    annotated dumps, none the article's, opens no box of the article's)."""
    if not (i > 0 and lines[i - 1].label and lines[i - 1].rule == "ad" and not lines[i].blank_before):
        return False
    return alone_among is None or lines[i].tag is None and (
        i + 1 >= len(lines) or lines[i + 1].blank_before or lines[i + 1].tag not in alone_among)


HEAD_AD_WORDS = 40
"""An ad's line in the head's slot is at most this many words ("Värnamo Bil – Höstkampanj! Räntefritt i 12 månader").
Session 23: 14 at first; of the lines glued under a bare ad label above the lead in the annotated dumps, the 8 longer
ones (an advertiser's offer of two or three sentences, 15 to 20 words) were all the ad's too."""
_ANCHOR_TAGS = frozenset({"date", "published", "updated", "byline"})


def head_ad_tags(lines: Sequence[TaggedLine]) -> list[int]:
    """The ad's line glued under a bare ad label above the article's first paragraph: dropped, so it is never
    the headline (session 22). A site's banner slot over the head carries the advertiser's one line right under
    "Annons"; it has a headline's length and often a verb, so the scorer could take it for the headline when the
    head below it was hard to read. In the head of the golden and opened dumps (sets by some twenty writers) the
    short line glued under a bare ad label was the ad's (or a menu item) 58 times and the headline once: a
    sponsored article whose own head stands under the label, its byline or date line within two lines below. So
    a line with a date line or byline glued within two lines under it is left to the scorer. Searched until the
    first paragraph of running prose (eight words or more ending a sentence).

    Risk: a sponsored article with neither byline nor date under its headline loses its headline to the next
    candidate. The indices of the lines dropped."""
    found: list[int] = []
    for i in range(1, len(lines)):
        ln = lines[i]
        if _opens_text(ln) and not glued_ad(lines, i):
            break
        if not glued_ad(lines, i) or ln.tag is not None or len(ln.text.split()) > HEAD_AD_WORDS:
            continue
        if any(x.tag in _ANCHOR_TAGS for x in lines[i + 1:i + 3]):
            continue  # a sponsored article's own head under the label: its byline or date line follows
        if _lead_glued(lines, i):
            continue  # the article's headline under an empty slot's label: its lead glued under it
        ln.tag, ln.rule = "drop", "ad-slot"
        found.append(i)
    return found


def _opens_text(ln: TaggedLine) -> bool:
    """A kept paragraph of running prose (eight words or more ending a sentence): the article's text has begun."""
    return ln.tag is None and len(ln.text.split()) >= 8 and ln.text.rstrip()[-1:] in ".!?"


LEAD_WORDS = 15
"""A lead glued under a headline is a paragraph of at least this many words ending a sentence."""


def _lead_glued(lines: Sequence[TaggedLine], i: int) -> bool:
    """Session 42 (extract203): lines[i], of three words or more, has a lead glued right under it (a paragraph of
    :data:`LEAD_WORDS` words or more): it is the article's headline under an empty ad slot's label, not the ad's
    line. Counted over the annotated dumps: of 46 lines glued under a bare label over the head, 3 have such a
    paragraph under them, 2 the headline and one a one-word day's name ("LÖRDAG", kept out by its length)."""
    if i + 1 >= len(lines) or len(lines[i].text.split()) < 3:
        return False
    nxt = lines[i + 1]
    return (nxt.tag is None and not nxt.blank_before and len(nxt.text.split()) >= LEAD_WORDS
            and nxt.text.rstrip()[-1:] in ".!?”")


AD_PITCH = re.compile(r"[A-ZÅÄÖ0-9][^–.!?]{1,60} – \S")
"""An advertiser and its pitch joined by a spaced en dash, no sentence ended before it ("Järvsö Bil & Däck –
Dags att byta till sommardäck?", "Vinterdäck från 499 kr/st – boka montering")."""


AD_PRICE = re.compile(r"\d+(?:[ ,.]\d+)? ?(?:kr\b|:-|kronor\b)")
AD_PHONE = re.compile(r"(?<!\d)" + PHONE_NUMBER)
AD_WORDS = re.compile(r"(?i)\b(?:välkomm\w*|öppet)\b")
ADVERTISER_WORDS = 5
"""An advertiser's name over its pitch is at most this many words ("Gimo Sport & Fritid", "Hudiksvalls Bilcenter")."""


def ad_copy(text: str) -> bool:
    """An advertiser's copy by the marks of selling: two or more of an exclamation, a price ("3 för 99 kr", "1 495:-"),
    a welcome or the opening hours ("Välkommen!", "Öppet alla dagar 10–18"), a phone number. Session 44: of the lines
    glued under a bare ad label in the annotated dumps (golden and opened sets, some thirty writers), the 4 with two
    marks or more and no pitch's dash were all the ad's, none the article's (with one mark: 18 the ad's, 2 the
    article's)."""
    marks = ("!" in text) + bool(AD_PRICE.search(text)) + bool(AD_WORDS.search(text)) + bool(AD_PHONE.search(text))
    return marks >= 2


def _advertiser_over_pitch(lines: Sequence[TaggedLine], i: int) -> bool:
    """Line ``i`` is an advertiser's name (a few words, no sentence) glued over its pitch or copy ("Gimo Sport &
    Fritid" / "Nya löparskor från 899 kr – gå in och testa …"). Session 44: of the 25 such pairs under a bare label in
    the annotated dumps, all were the ad's but two, a section's kicker over the headline in the head (where the rule
    does not look)."""
    text = lines[i].text.strip()
    if len(text.split()) > ADVERTISER_WORDS or text[-1:] in ".!?:" or is_quote(text) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return nxt.tag is None and not nxt.blank_before and bool(AD_PITCH.match(nxt.text) or ad_copy(nxt.text))


def pitch_ad_tags(lines: Sequence[TaggedLine]) -> None:
    """The ad's line glued under a bare ad label anywhere on the page, when it has an ad's shape: an advertiser
    and its pitch joined by a dash (:data:`AD_PITCH`), or an advertiser's copy (:func:`ad_copy`), or, under the
    article's first paragraph, an advertiser's name over such a line (:func:`_advertiser_over_pitch`). Dropped (rule ``ad-pitch``), also between the article's
    paragraphs, where the line under the label may be the article's own (an ad slot whose picture the dump lost:
    31 lines in the annotated dumps, none of this shape). Session 23: measured first over the golden and opened
    dumps, 77 lines glued under a bare ad label had this shape in 30 folders, 76 the ad's and one a newsletter's
    offer, none the article's (36 of them between the article's paragraphs).

    Risk: an article paragraph glued under an empty ad slot that opens "Name – …" with no stop before the dash."""
    prose = False  # the page's first paragraph of running prose is passed
    for i in range(1, len(lines)):
        ln = lines[i]
        if ln.tag is None and glued_ad(lines, i) and (AD_PITCH.match(ln.text) or ad_copy(ln.text)) \
                and (prose or not _lead_glued(lines, i)):
            ln.tag, ln.rule = "drop", "ad-pitch"  # (over the text, a line with its lead glued under it is the headline)
        elif ln.tag is None and prose and glued_ad(lines, i) and _advertiser_over_pitch(lines, i):
            for x in lines[i:i + 2]:
                x.tag, x.rule = "drop", "ad-pitch"
        prose = prose or _opens_text(ln)


RESUME_WITHIN = 6
"""An ad slot's resume marker stands at most this many lines under its label."""


def bracketed_ad_tags(lines: Sequence[TaggedLine]) -> None:
    """The lines between a bare ad label and the marker under it that the article goes on ("Annons" ... "Artikeln
    fortsätter nedan", rule ``ad-notice``): the ad's, whatever they say (session 29, blind set extract104: an
    advertiser's offer and its phone and web address between the two). Dropped, rule ``ad-slot``. Both ends are the
    site's own words for the slot, on any site. Risk: none known; the marker names the article going on after it."""
    for i, ln in enumerate(lines):
        if not (ln.label and ln.rule == "ad"):
            continue
        for j in range(i + 1, min(len(lines), i + 2 + RESUME_WITHIN)):
            if lines[j].rule == "ad-notice":
                for x in lines[i + 1:j]:
                    if x.tag is None:
                        x.tag, x.rule = "drop", "ad-slot"
                break
            if j <= i + LINK_WITHIN and lines[j].tag not in ("stop", "footer") and not lines[j].blank_before \
                    and (_AD_LINK.fullmatch(lines[j].text.strip()) or _MORE_LINK.fullmatch(lines[j].text.strip())) and all(
                    x.tag is None and not x.blank_before and not is_quote(x.text) for x in lines[i + 1:j]):
                for x in lines[i + 1:j + 1]:
                    x.tag, x.rule = "drop", "ad-slot"
                break


LINK_WITHIN = 3
"""Session 30 (blind set extract108): an ad's text closed by the advertiser's web address ("Läs mer på listerhus.se")
or by a bare click-through ("Läs mer", :data:`_MORE_LINK`) within this many lines under the bare label is the ad's,
the link its last line."""
_MORE_LINK = re.compile(r"(?i)(?:läs mer|mer info(?:rmation)?|läs mer här|till erbjudandet|se erbjudandet)\s*[→›»]?")
"""An ad's bare click-through under its text ("Läs mer"), closing the ad under its label (session 30, extract111)."""
_AD_LINK = re.compile(r"(?i)(?:(?:läs|se|mer info|mer information|info|besök oss|besök|boka|beställ|handla)\w*"
                      r"(?: mer)?(?: (?:på|hos|via))?:?\s*)?(?:https?://)?(?:www\.)?[\w-]+\.(?:se|nu|com|net|org|eu|fi)"
                      r"(?:/\S*)?\s*[→›»]?")


PITCH_WORDS = 25
"""A promotion's pitch over its button is at most this many words."""
_TO_SHOP = re.compile(r"(?i)till (?:webbshopen|webbutiken|butiken|shopen|kassan|biljetterna|biljettköpet|erbjudandet|"
                      r"anmälan|bokningen)\s*[→›»]?")


_READER = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|ert|era)\b")


def _names_button(pitch: str, button: str) -> bool:
    """Session 30: a pitch that asks the reader (du, dig, ni) for the button's own action, naming the button's thing
    (its last word), either as a question with the button's verb in it ("Funderar du på att sälja? Boka en kostnadsfri
    värdering så berättar vi …" over "Boka värdering", extract108) or opening with the verb as an imperative ("Köp ditt
    skipass senast dagen före och få 10 % rabatt." over "Köp skipass", extract110). Its caller also wants the article
    going on under the button (:func:`_goes_on`), as the article's own call closing its text has none under it."""
    said, parts = pitch.lower().split(), button.lower().split()
    if len(parts) < 2 or _READER.search(pitch) is None or not any(w.strip(".,!?").startswith(parts[-1]) for w in said):
        return False
    return ("?" in pitch and parts[0] in said) or said[:1] == parts[:1]


OFFER_HEADING_WORDS = 10


def _offer_heading(ln: TaggedLine, button: str) -> bool:
    """A short heading without a stop over the pitch naming the button's thing ("Boka skipass online och spara 10 %")."""
    t = ln.text.strip()
    thing = button.lower().split()[-1]
    return ln.tag is None and not ln.blank_before and 0 < words(t) <= OFFER_HEADING_WORDS and t[-1:] not in ".!?:" and any(
        w.startswith(thing) for w in t.lower().split())


def _goes_on(lines: Sequence[TaggedLine], k: int) -> bool:
    """The article's running prose goes on at ``lines[k]``, perhaps under a subheading: the pitch stood between its
    paragraphs, not under its last (where it is the article's own call to the reader)."""
    for x in lines[k:k + 2]:
        if x.tag is None and (closes_sentence(x.text, GOES_ON_WORDS) or (
                x.text.rstrip().endswith(":") and words(x.text) >= GOES_ON_WORDS)):
            return True  # a paragraph, perhaps announcing its list with a colon (session 34)
        if x.tag is not None or words(x.text) > GOES_ON_WORDS:
            return False
    return False


GOES_ON_WORDS = 10


def promo_button_tags(lines: Sequence[TaggedLine]) -> None:
    """A promotion set between the article's paragraphs: a pitch closed by "!" glued over its button ("Säsongskort
    2024/25 – köp i webbshopen före premiären och spara 200 kronor!" / "Till webbshopen"), session 29, blind set
    extract104. The button has a button's shape (:func:`.headline.shape_of`: "Köp biljett", "Boka här") or leads to a
    shop (:data:`_TO_SHOP`); an article's sentence is seldom a cry over a button, and never its quote. Both dropped,
    rule ``promo``. Risk: an article's cry glued over a subheading of a button's shape ("Läs mer om …") is dropped. Since
session 30 the pitch may end in a stop when it asks the reader for the button's action (:func:`_names_button`), the
article going on under the button; then the offer's heading glued over the pitch goes too."""
    for i in range(1, len(lines)):
        button, pitch = lines[i], lines[i - 1]
        t, p = button.text.strip(), pitch.text.strip()
        taken = button.tag is not None and button.rule in _BUTTON_RULES  # the rule table's button ("Boka här"), session 34
        if (button.tag is not None and not taken) or pitch.tag is not None or button.blank_before or not t or t[-1] in ".!?:":
            continue
        if not taken and (words(t) > 3 or not (_TO_SHOP.fullmatch(t) or shape_of(t) == "button")):
            continue
        named = _names_button(p, t)
        if taken and not _goes_on(lines, i + 1):
            continue  # the article's closing cry over the rule table's button ("… Välkomna!" / "Köp biljett")
        if (p.endswith("!") or (named and _goes_on(lines, i + 1))) and not is_quote(p) and p[:1] not in "”\"»" and words(p) <= PITCH_WORDS:
            for x in (pitch, button):
                x.tag, x.rule = "drop", "promo"
            if named and i > 1 and _offer_heading(lines[i - 2], t):
                lines[i - 2].tag, lines[i - 2].rule = "drop", "promo"  # the offer's heading over its pitch


_SEATS = re.compile(r"(?i)(?:(?:lediga )?platser kvar|lediga platser|antal platser kvar|få platser kvar)\s*:?\s*\d*|\d+ (?:lediga )?platser kvar|fullbokat?|fullsatt")
"""A booking widget's live availability ("Platser kvar: 6", "3 platser kvar", "Fullbokat")."""
CARD_LINES = 6
"""A booking card between the paragraphs holds at most this many lines over its button."""
_BOOKING_RULES = frozenset({"cta-ticket", "booking"})


def booking_card_tags(lines: Sequence[TaggedLine]) -> None:
    """Session 30 (blind set extract111): a booking widget glued between the article's paragraphs - a short heading and
    its rows ("Aktivitet" / "Vandring: Svartsjöleden runt" / "Lör 12 okt kl 09.00" / "Platser kvar: 6") over its button
    ("Boka plats") - told by its live availability row, which no article writes, and the article going on under the
    button. The rows from the last running prose above to the button go, rule ``booking-card``. Session 33
    (extract127): cards glued one under another (a course school's cards) are read as one widget, the article going on
    under the last; a fully booked card closes with its availability instead of a button ("Fullbokad – ställ dig i
    kö"). Risk: the article's own fact box of an event with a seats-left row over a booking button is dropped."""
    cards: list[tuple[int, int]] = []  # (first line, closing line) of each card, in order
    for i, ln in enumerate(lines):
        full = ln.tag is None and _FULL.fullmatch(ln.text.strip()) is not None
        if ln.rule not in _BOOKING_RULES and not full:
            continue
        k = i - 1
        while k >= 0 and i - k <= CARD_LINES and not lines[k + 1].blank_before and (
                lines[k].tag is not None or not closes_sentence(lines[k].text, GOES_ON_WORDS)):
            k -= 1
        card = lines[k + 1:i]
        if full or (card and any(_SEATS.fullmatch(x.text.strip()) for x in card)):
            start = max(k + 1, cards[-1][1] + 1) if cards else k + 1
            cards.append((start, i))
    chain: list[tuple[int, int]] = []
    for span in [*cards, (-1, -1)]:
        if chain and span[0] == chain[-1][1] + 1:
            chain.append(span)
            continue
        if chain and _goes_on(lines, chain[-1][1] + 1):
            for x in lines[chain[0][0]:chain[-1][1] + 1]:
                if x.tag in (None, "date"):
                    x.tag, x.rule = "drop", "booking-card"
        chain = [span]


_FULL = re.compile(r"(?i)(?:fullbokad|fullbokat|fullsatt)(?:\s*[–—-]\s*(?:ställ dig i kö|anmäl intresse|skriv upp dig på "
                   r"väntelistan|väntelista))?[.!]?")
"""A fully booked card's availability closing it instead of a button ("Fullbokad – ställ dig i kö")."""


CALL_BUTTONS = 3
"""A service's call box between the paragraphs closes with at most this many buttons."""
CALL_BUTTON_WORDS = 5
_SITE_VOICE = re.compile(r"(?i)\b(?:vi|oss|vår|våra|vårt)\b")


CALL_VERBS = frozenset("ring boka kontakta mejla maila chatta skicka beställ köp hyr besök anmäl ansök swisha".split())
"""The imperatives of a call box's buttons: to call, book, write, buy or sign up (an advice article's subheadings open
with other imperatives, "Ta bort fästingen rätt", "Använd …")."""
_BUTTON_RULES = frozenset({"cta", "cta-ticket", "booking", "button-label", "subscribe"})


def _call_button(ln: TaggedLine) -> bool:
    """A button of a service's call box: a short line without a stop opening with an imperative of calling, booking or
    writing (:data:`CALL_VERBS`: "Ring 031-44 55 00", "Boka tid online", "Kontakta oss"), or a line a button's rule
    took."""
    t = ln.text.strip()
    if ln.tag is not None:
        return ln.rule in _BUTTON_RULES
    first = t.split()[0].lower() if t else ""
    return 0 < words(t) <= CALL_BUTTON_WORDS and t[-1] not in ".!?:" and (
        first in CALL_VERBS or bool(_JOBS.fullmatch(t)) or bool(TO_PAGE.fullmatch(t)))


TO_PAGE = re.compile(r"(?i)till (?:[a-zåäö]+(?:na|en|et|an|erna|orna|arna|[lr]n))(?: (?:här|nu))?\s*[›»→]?")
"""A link's button to the site's own page of the thing ("Till träningarna", "Till anmälan", "Till erbjudandet";
session 34; an ad's too, :func:`audiocast.ingest.labelruns.ad_copy_tags`)."""


_JOBS = re.compile(r"(?i)(?:se |till |alla (?:våra )?)?lediga (?:jobb|tjänster|platser)|sök (?:jobbet|tjänsten|här)\s*[›»→]?")
"""An employer's button to its vacancies ("Se lediga jobb", session 34), a call box's as much as "Ansök"."""


def _echoes(pitch: str, button: str) -> bool:
    """The pitch says its button's words ("Inte medlem än? Bli medlem idag …" over "Bli medlem"): a button's text of two
    words or more, no stop, not a name."""
    said = button.strip()
    if words(said) < 2 or said[-1] in ".!?:" or all(w[0].isupper() for w in said.split()):
        return False  # a name the paragraph names over the embedded post ("… Annelie Strömberg, lade ut …")
    return said.lower() in pitch.lower()


def call_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Session 31 (blind set extract115): a service's call box set between the article's paragraphs - a sentence in the
    site's own voice to the reader ("Vi har öppet alla dagar 8–22. Ring oss så hjälper vi dig …": "vi", "oss" and
    "du", "dig") glued over one to :data:`CALL_BUTTONS` buttons (:func:`_call_button`, one of them untaken) and, perhaps,
    under a question to the reader as its heading ("Är du orolig för ditt djur?"), with the article going on under the
    buttons (perhaps under a subheading). The article's own sentences speak of the site in the third person or quote it; its last call
    to the reader has no article under it. A pitch that says its button's words over it goes too, in any voice
    ("Inte medlem än? Bli medlem idag – det tar två minuter." over "Bli medlem", session 32; measured over the
    annotated dumps, such lines with the article going on under the button were all the page's, 2 of 2; under the
    article's last paragraph they are the article's closing call, 6 of 7). Under the last paragraph a box goes only
    when a call heads it and opens its button too, the page's furniture under it ("Boka tid i Enköping" / "Välj tid
    direkt i kalendern …" / "Boka nu", session 50, extract270: a clinic's booking widget). All go, rule ``call-box``. Risk: an association's article in its own voice
    with a sentence to the reader over a glued button line between its paragraphs is cut there."""
    for i in range(1, len(lines) - 1):
        pitch = lines[i - 1]
        p = pitch.text.strip()
        if pitch.tag is not None or words(p) > PITCH_WORDS:
            continue
        k = i
        while k < len(lines) and k - i < CALL_BUTTONS and not lines[k].blank_before and (_call_button(lines[k]) or (
                lines[k].tag is None and p[-1] in ".!?" and _echoes(p, lines[k].text)
                and words(lines[k].text) <= CALL_BUTTON_WORDS)):
            k += 1  # a button by its verb or its rule, or one whose words the sentence over it says
        if k == i or is_quote(p):
            continue
        heading = lines[i - 2] if i > 1 and not pitch.blank_before else None
        # a heading that is itself a call over the pitch ("Boka liftkort online" / "Spara 10 % när du köper …" / "Köp
        # liftkort": session 34, extract130): the box speaks for the site whatever its voice
        called = heading is not None and heading.tag is None and _call_button(heading)
        closing = not _goes_on(lines, k)
        if closing and not (called and _page_below(lines, k)):
            continue  # under the last paragraph: the article's own call, unless a call heads the box and the page goes on
        asked = heading is not None and heading.tag is None and heading.text.rstrip().endswith("?") and bool(
            _READER.search(heading.text)) and words(heading.text) <= OFFER_HEADING_WORDS
        # the site's voice to the reader (in the pitch, or in the question heading it: "Är din hund hostig …?" over
        # "Ring vår rådgivning …", session 34), or crying out ("Vi söker fler undersköterskor till Solgården!")
        voiced = (_READER.search(p) or "!" in p or asked) and (_SITE_VOICE.search(p) or called) and (
            asked or called or any(x.tag is None for x in lines[i:k]))
        titled = heading is not None and _box_title(lines, i - 2) and _turns_to_reader(p)
        if not voiced and not titled and not closing and not any(_echoes(p, x.text) for x in lines[i:k]):
            continue
        box = lines[i - 1:k]
        if called or asked or titled:
            box = lines[i - 2:k]
        for x in box:
            x.tag, x.rule = "drop", "call-box"


END_WINDOW = 6
"""Lines under a call box at the article's end that hold no running prose: the page's furniture goes on there."""


def _page_below(lines: Sequence[TaggedLine], k: int) -> bool:
    """No paragraph of :data:`GOES_ON_WORDS` words or more among the :data:`END_WINDOW` lines from lines[k]."""
    return not any(x.tag is None and closes_sentence(x.text, GOES_ON_WORDS) for x in lines[k:k + END_WINDOW])


def _turns_to_reader(pitch: str) -> bool:
    """A pitch that turns to the reader: says "du", "ni", "din" ("Som ny patient får du 20 % rabatt …") or opens with a
    call box's imperative ("Hyr kanot med vagn och paddlar hos …", :data:`CALL_VERBS`)."""
    first = pitch.split()[0].lower() if pitch else ""
    return bool(_READER.search(pitch)) or first in CALL_VERBS


def _box_title(lines: Sequence[TaggedLine], h: int) -> bool:
    """A box's own title over its pitch (session 35): a short kept line that closes no sentence ("Tillsammans är vi
    starkare", "Boka en undersökning innan 1 juli", "Tips!"), not a quote, set under a paragraph of running prose or a
    quote (so the box stands between the article's paragraphs, not under a subheading of its own)."""
    head = lines[h]
    t = head.text.strip()
    if head.tag is not None or not t or t[-1] in ".:," or words(t) > OFFER_HEADING_WORDS or is_quote(t):
        return False
    above = lines[h - 1] if h > 0 else None
    return above is not None and above.tag is None and (closes_sentence(above.text, GOES_ON_WORDS) or is_quote(above.text))


_CART = re.compile(r"(?i)(?:lägg (?:i|till i) (?:varukorg(?:en)?|kundvagn(?:en)?|korgen)|till kassan|köp nu|handla nu"
                   r"|köp online|add to (?:cart|basket)|lägg i varukorgen)\s*[›»→]?")
"""A web shop's button on a product's card ("Lägg i varukorg"): no article's line."""
_CARD_PRICE = re.compile(r"(?i)(?:(?:från|pris|nu|ord\.? ?pris)\s*:?\s*)?\d[\d  ]*(?:[,.]\d+)?\s*(?:kr|kronor|sek|:-)"
                         r"(?:\s*/\s*[\wåäö.²³]+)?")
"""A product's bare price on its card ("24,90 kr/m", "89 kr/st", "2 495 kr")."""


_BOOK_BUTTON = re.compile(r"(?i)(?:boka|beställ|köp|hyr)(?: (?:tur|turen|resa|resan|plats|biljett|biljetter|båt|stuga|tid|nu|här|"
                          r"online|direkt))?\s*[›»→]?")
"""A booking button closing a price list ("Boka tur", "Boka nu"): with two priced rows over it, the offer's card."""
_ITEM_BUTTON = re.compile(r"(?i)(?:se|visa|till) (?:bilen|objektet|annonsen|produkten|varan|båten|bostaden|huset|erbjudandet)"
                          r"\s*[›»→]?")
"""A listed item's button ("Se bilen"): over it, a bare price is a dealer's card (session 34, extract136)."""
_PRICE_ROW = re.compile(r"(?i)(?=\D*[a-zåäö])[^.!?]{2,50}?\s(?:[–—:-]\s*)?(?:från\s)?\d[\d  ]*(?:[,.]\d+)?\s*(?:kr|kronor|sek|:-)(?:\s*/\s*\w+)?")
"""A price list's row, its item and its price ("Halvdag 4 tim – 2 900 kr", "Heldag: 4 900 kr", a book's "E-bok 149 kr")."""
PRICE_ROWS = 2


VARIANT_WORDS = 6
"""A product's variant with its price over a cart button ("Inbunden · 249 kr", session 35, extract146) is this short."""


def product_card_tags(lines: Sequence[TaggedLine]) -> None:
    """Session 34 (extract131): a web shop's product card glued between a store blog's paragraphs: the product's name,
    its bare price, its stock ("Finns i lager i Åmål", "Få kvar i lager – 7 st") over the shop's cart button ("Lägg i
    varukorg"). On any shop's page the card is told by its cart button with a bare price (:data:`_CARD_PRICE`, a line of
    its own) among the short lines glued over it, no running prose between (a sentence of :data:`GOES_ON_WORDS` words
    or more): the lines from the last running prose above to the button go, rule ``product-card``. So too a price list
    of :data:`PRICE_ROWS` rows or more ("Halvdag 4 tim – 2 900 kr" / "Heldag 8 tim – 4 900 kr") over a booking button
    ("Boka tur"): a guide's offer between a fishing report's paragraphs (session 34, extract137). Risk: an article's
    own fact box of a product with its price glued over a cart button is dropped."""
    for i, ln in enumerate(lines):
        booked = _BOOK_BUTTON.fullmatch(ln.text.strip()) is not None
        if not (_CART.fullmatch(ln.text.strip()) or booked or _ITEM_BUTTON.fullmatch(ln.text.strip())):
            continue
        k = i - 1
        while k >= 0 and i - k <= CARD_LINES and not lines[k + 1].blank_before and (
                lines[k].tag is not None or not (closes_sentence(lines[k].text, GOES_ON_WORDS) or is_quote(lines[k].text))):
            k -= 1
        card = lines[k + 1:i + 1]
        cart = _CART.fullmatch(ln.text.strip()) is not None
        bare = any(x.tag is None and (_CARD_PRICE.fullmatch(x.text.strip()) or (cart and words(x.text) <= VARIANT_WORDS and (
            _PRICE_ROW.fullmatch(x.text.strip())))) for x in card[:-1])  # a variant's price over a cart: "Pocket · 99 kr"
        rows = sum(x.tag is None and _PRICE_ROW.fullmatch(x.text.strip()) is not None for x in card[:-1])
        if (bare and not booked) or rows >= PRICE_ROWS:  # a booking button over bare prices: the article's offers too
            for x in card:
                if x.tag is None or x is ln:
                    x.tag, x.rule = "drop", "product-card"


TICKET_CARD_LINES = 3
"""A ticket's card glued under the article's fact box holds at least this many lines over its button."""


def ticket_card_tags(lines: Sequence[TaggedLine], end: int, cut: int) -> None:
    """Session 46 (extract244): a production's ticket card glued under the article's fact box, below the article's
    last paragraph, no blank line to set it apart - the title, the dates, the stage, the age, a price ("SKOTTEN I
    LUNDE" / "8 mars – 12 april 2025" / "Stora scenen" / "Från 15 år" / "Biljetter från 220 kr") over its booking
    button ("Köp biljett"). Told by the button with a price among the short lines over it (no stop, none a label and
    its value) and the fact box's last item right above them: the card's lines and its button go, rule
    ``product-card``; the fact box stays. ``end``: the article's last paragraph; ``cut``: the page's tail. Risk: a
    fact box whose last items, unlabelled, give a price over a booking button loses them."""
    for i in range(end + 2, cut):
        ln = lines[i]
        if ln.tag not in (None, "drop") or _BOOK_BUTTON.fullmatch(ln.text.strip()) is None:
            continue
        k = i - 1
        while k > end and i - k <= CARD_LINES and lines[k].tag is None and not lines[k + 1].blank_before and (
                words(lines[k].text) <= VARIANT_WORDS and lines[k].text[-1] not in ".!?"
                and not is_quote(lines[k].text) and not FACT_ITEM.fullmatch(lines[k].text)):
            k -= 1
        card = lines[k + 1:i]
        if len(card) < TICKET_CARD_LINES or k <= end or lines[k + 1].blank_before or lines[k].tag is not None:
            continue
        if FACT_ITEM.fullmatch(lines[k].text) and any(
                _CARD_PRICE.fullmatch(x.text.strip()) or _PRICE_ROW.fullmatch(x.text.strip()) for x in card):
            for x in (*card, ln):
                x.tag, x.rule = "drop", "product-card"

