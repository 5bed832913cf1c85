"""Page furniture told by the records it is made of, below the lead of a page dump.

- an embedded social media post (X, Instagram, Facebook): its text stands between the embed's own chrome lines
  (the handle, "Visa det här inlägget på Instagram", the time stamp, the counts), its poster's name right above
  the handle (:func:`embed_tags`);
- a comment thread: each comment a record of a name line, a date line, the comment and a reply button
  ("Svara"), dropped whole from the button back to the name (:func:`reply_tags`);
- a bare label over its box's own title that says it again ("Fakta" over "Fakta: …") (:func:`echo_label_tags`);
- a pitch box (a paywall's offer, a membership or subscription pitch): a box that holds a subscription or
  membership button of the rule table, its other lines doubted by the classifier (:func:`pitch_tags`);
- a call-to-action box below the article (a booking, a donation, an offer): a heading over a few short lines ending in
  its button or channel (:func:`cta_tags`);
- a service box below the article, once the page's furniture has begun there: a heading addressed to the reader
  ("Har du information?", "Så skickar du in …", "Kontakta oss") over an instruction naming a channel (a phone
  number, an e-mail address, a form, "Mina sidor") (:func:`service_tags`);
- a match's scoreboard (teams, a bare result, the periods' results) (:func:`scoreboard_tags`), and an author's box
  under the article (name, presentation, e-mail address) (:func:`author_box_tags`);
- a media clip's title right under its duration ("1:42 min") (:func:`clip_tags`);
- a heading left alone: a short title-like line opening a box whose other lines all went as furniture
  ("Kontakt" over a contact box, "Kalender" over a calendar) goes with them (:func:`orphan_tags`).

These hold on any site: they use the order of a record's lines, the page's boxes (lines without a blank line
between them), the rule table's certain lines and the classifier's probability, never a site's words. Not here:
the rules by line (:mod:`audiocast.ingest.boilerplate`), furniture by place (:mod:`audiocast.ingest.furniture`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .articleend import is_running_prose
from .furniture import SIGNED, TaggedLine, page_tail
from .headline import shape_of
from .letterclose import GREETING
from .linecuts import cut
from .lineshape import CLIP_LENGTH, FACT_ITEM, is_quote, is_title_like, words

EMBED_RULES = frozenset({"social-embed", "social-time", "comment-link"})
"""The rules (``data/boilerplate.tsv``) that match an embedded post's chrome: handles, time stamps, counts, links."""
FOOTER_RULES = frozenset({"social-embed", "social-time", "social-reactions", "social-furniture", "comment-count",
                          "share", "comments", "reply-button", "number-only", "video-embed"})
"""The rules of an embedded post's footer (its counts and buttons: "👍 45", "3 kommentarer", "Gilla", "Kommentera",
"Dela"): right under the post's chrome, with no blank line between, they are the post's, not the page's furniture."""
EMBED_SPAN = 6
"""An embedded post's text stands at most this many lines below one of its chrome lines and above the next."""
EMBED_TEXT_LINES = 3
"""An embedded post's text is at most this many lines (a tweet, an Instagram caption)."""
POST_WORDS = 60
"""A line of an embedded post or a comment is at most this many words (a post of 280 characters is ~45)."""
_NAME = re.compile(r"(?-i:[A-ZÅÄÖÉ][\w'’.-]*)(?:\s+(?-i:[A-ZÅÄÖÉ][\w'’.-]*)){0,3}")


def blank_boxes(lines: Sequence[TaggedLine], cut: int) -> Iterator[tuple[int, int]]:
    """The boxes of a dump above ``cut``: runs of lines between blank lines, as ``(first, end)`` index pairs."""
    start = 0
    for end in range(1, cut + 1):
        if end < cut and not lines[end].blank_before:
            continue
        yield start, end
        start = end


def is_name_shaped(line: str) -> bool:
    """One to four capitalized words, initials allowed ("Margareta S", "Lennart Ö.", "Mira Ek"): a poster's name."""
    return bool(_NAME.fullmatch(line)) and len(line) <= 40


def is_poster_shaped(line: str) -> bool:
    """An organisation's name as a post's poster ("Vimmerby kommun"): at most four words, opening with a capital, no
    sentence's end."""
    return words(line) <= 4 and line[0].isupper() and line[-1] not in ".!?:;,"


def _handle(ln: TaggedLine) -> bool:
    return ln.rule in EMBED_RULES and ln.text.startswith("@")


def embed_tags(lines: Sequence[TaggedLine]) -> None:
    """The text of an embedded post between two of its chrome lines (within :data:`EMBED_SPAN` lines, no blank
    line between, at most :data:`EMBED_TEXT_LINES` lines of at most :data:`POST_WORDS` words, never a quote), and
    the poster's name right above the post's handle line."""
    for i, ln in enumerate(lines):
        if ln.rule not in EMBED_RULES:
            continue
        if _handle(ln) and i > 0 and lines[i - 1].tag is None and not ln.blank_before and is_name_shaped(lines[i - 1].text):
            lines[i - 1].tag, lines[i - 1].rule = "drop", "embed"
        j = next((k for k in range(i + 1, min(len(lines), i + EMBED_SPAN + 1)) if lines[k].rule in EMBED_RULES), None)
        if j is None or any(x.blank_before for x in lines[i + 1:j + 1]):
            continue
        inner = [x for x in lines[i + 1:j] if x.tag is None]
        if 0 < len(inner) <= EMBED_TEXT_LINES and all(words(x.text) <= POST_WORDS and not is_quote(x.text) for x in inner):
            for x in inner:
                x.tag, x.rule = "drop", "embed"
    _embed_footer_tags(lines)


def _embed_footer_tags(lines: Sequence[TaggedLine]) -> None:
    """The counts and buttons right under an embedded post's chrome (rules :data:`FOOTER_RULES`, no blank line between)
    are the post's: a comment button among them ("Kommentera") does not stop the article (an embedded post is the
    article's media; the text goes on under it)."""
    for i, ln in enumerate(lines):
        if ln.rule not in EMBED_RULES and ln.rule != "embed" and ln.rule != "social-reactions":
            continue
        k = i + 1
        while k < len(lines) and not lines[k].blank_before and lines[k].tag is not None and lines[k].rule in FOOTER_RULES:
            if lines[k].tag == "stop":  # "Kommentera" under the post is its button, not the page's comments
                lines[k].tag = "drop"
            k += 1


REPLY_RULE = "reply-button"
"""The rule (``data/boilerplate.tsv``) that matches a comment's reply button ("Svara")."""
COMMENT_SPAN = 8
"""A comment's record (name, date, text) ends at most this many lines above its reply button."""
_DATED = frozenset({"date", "published"})


def reply_tags(lines: Sequence[TaggedLine]) -> None:
    """A comment above its reply button: back from the button, within :data:`COMMENT_SPAN` lines and with no blank
    line between, to the comment's head (a date line with a name-shaped line right above it), all of it dropped.
    Without such a head nothing but the button goes."""
    for i, ln in enumerate(lines):
        if ln.rule != REPLY_RULE:
            continue
        for k in range(i - 1, max(0, i - COMMENT_SPAN) - 1, -1):
            if lines[k + 1].blank_before:
                break
            if lines[k].tag in _DATED and k > 0 and not lines[k].blank_before and is_name_shaped(lines[k - 1].text):
                record = lines[k - 1:i]
                if all(x.tag is not None or (words(x.text) <= POST_WORDS and not is_quote(x.text)) for x in record):
                    for x in record:
                        if x.tag in (None, "date", "published", "byline"):
                            x.tag, x.rule = "drop", "comment"
                break


def echo_label_tags(lines: Sequence[TaggedLine]) -> None:
    """A bare label ("Fakta") right above a line opening with the same label and a colon ("Fakta: Glasbruket"): the
    page's label over the box's own title, which says it again."""
    for ln, nxt in zip(lines, lines[1:], strict=False):
        label = ln.text.rstrip(":").strip()
        if ln.tag is None and nxt.tag is None and words(label) <= 2 and not nxt.blank_before and (
            nxt.text.lower().startswith(label.lower() + ":")
        ):
            ln.tag, ln.rule = "drop", "echo-label"


PITCH_RULES = frozenset({"subscribe", "paywall", "offer"})
"""The rules (``data/boilerplate.tsv``) that match a subscription or membership button ("Bli medlem", "Logga in"),
an offer's price for a period or its buy button ("3 månader för 99 kr", "Köp nu") or a paywall's notice ("Läs
vidare för 1 kr")."""
P_PITCH = cut("records.P_PITCH", 0.35)
"""A pitch box's other lines: the classifier gives them a mean probability of article text under this (the
golden and blind sets' pitch boxes score 0.33 and less; an article's box holding a login line does not occur)."""
PITCH_WORDS = 30
"""A pitch box's sentence is at most this many words."""
COUNTER_WORDS = 3
"""A post's counter or button under a pitch's button ("12 gillamarkeringar", "Dela") is at most this many words."""
PITCH_LINES = 4
"""A box ending in a subscription or membership button is a pitch box whatever the classifier says when it has at
most this many other lines (a heading, an appeal, a price, a buy button); so is a box opened by one ("Prenumerera för
1 kr") whose other lines name a price or an offer (:data:`OFFER`)."""
OFFER = re.compile(r"(?i)\bkr\b|kronor|/mån\b|\berbjudande|provperiod|bindningstid|\bprenumer")
"""A line of an offer: a price, a period, the offer itself ("Därefter 149 kr/mån. Ingen bindningstid.",
"Ta del av erbjudandet")."""


def pitch_tags(lines: Sequence[TaggedLine]) -> None:
    """A box (lines without a blank line between) holding a subscription or membership button of the rule table,
    its other lines doubted by the classifier (mean under :data:`P_PITCH`), or the button closing a box of at most
    :data:`PITCH_LINES` other lines, or opening one whose lines name a price or an offer, none a quote or longer than
    :data:`PITCH_WORDS` words: the paywall's offer, the membership pitch. All of it goes. A paywall notice that
    stops the article takes the title-like lines right above it in its box (the offer's heading) with it. Only in dumps with
    blank lines (without them the whole page is one box), above the page's footer (a box ends there)."""
    if not any(ln.blank_before for ln in lines[1:]):
        return
    cut = page_tail(lines)
    if cut < len(lines) and lines[cut].rule in PITCH_RULES:
        # The paywall's notice stops the article; the title-like lines right above it in its box are its heading.
        k = cut
        while k > 0 and not lines[k].blank_before and lines[k - 1].tag is None and is_title_like(lines[k - 1].text):
            k -= 1
            lines[k].tag, lines[k].rule = "drop", "pitch"
    lines = lines[:cut]
    for first, end in blank_boxes(lines, len(lines)):
        box = lines[first:end]
        kept = [ln for ln in box if ln.tag is None]
        if not kept or not any(ln.rule in PITCH_RULES for ln in box):
            continue
        probs = [ln.p for ln in kept if ln.p is not None]
        doubted = len(probs) == len(kept) and sum(probs) / len(probs) < P_PITCH
        closed = box[-1].rule in PITCH_RULES and len(kept) <= PITCH_LINES
        offer = box[0].rule in PITCH_RULES and len(kept) <= PITCH_LINES and any(OFFER.search(ln.text) for ln in kept)
        if not (doubted or closed or offer):
            # The button closes the pitch when only the post's counters and buttons follow it in its box ("Prenumerera"
            # over "12 gillamarkeringar", "Dela") and the lines above it name the offer: they are the pitch.
            last = max(k for k, ln in enumerate(box) if ln.rule in PITCH_RULES)
            above = [ln for ln in box[:last] if ln.tag is None]
            if not above or len(above) > PITCH_LINES or not any(OFFER.search(ln.text) for ln in above) or not all(
                ln.tag is not None or words(ln.text) <= COUNTER_WORDS for ln in box[last + 1:]
            ):
                continue  # the pitch names its offer ("bli betalande prenumerant"); an article's closing line does not
            kept = above
        facts = [ln for ln in kept if _FIELD_ROW.fullmatch(ln.text.strip()) and not OFFER.search(ln.text)]
        if len(facts) >= 2:  # an article's fact rows over a service's buttons ("Gäller från: måndag 23 september")
            kept = [ln for ln in kept if ln not in facts]
        if all(words(ln.text) <= PITCH_WORDS and not is_quote(ln.text) for ln in kept):
            for ln in kept:
                ln.tag, ln.rule = "drop", "pitch"


_FIELD_ROW = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){0,3}: \S[^.!?]{0,80}")
"""A fact row, a label and its value ("Gäller från: måndag 23 september", "Berörda linjer: 201, 204, 210"): two or more
in a box ending in a subscribe button are the article's facts over the service's buttons, no pitch (session 34,
extract130: a bus company's notice of a detour); a pitch has sentences and offers."""


CTA_RULES = frozenset({"cta-ticket", "booking", "gift-box", "donate", "subscribe"})
"""The rules (``data/boilerplate.tsv``) of a call to action's button or channel: "Boka nu", "Köp biljett", "Swisha till
…", "Bankgiro …", "Bli medlem"."""
CTA_LINES = 4
"""A call-to-action box holds at most this many lines besides its button (a heading, an appeal, a price)."""
BUTTON_WORDS = 4
"""A button repeating its box's heading ("Boka parkering" under "Boka parkering i förväg – från 60 kr/dygn") is at most
this many words."""


def _button(ln: TaggedLine, heading: TaggedLine, box: Sequence[TaggedLine] = ()) -> bool:
    """A call to action's button: a rule's (:data:`CTA_RULES`), or a short line the box's heading opens with, or a
    short line without a sentence's end that is button-shaped ("Se öppettider", "Boka tid för rådgivning") or whose
    words the box's other lines all say ("Skicka idé" under "Skicka in din idé här.")."""
    if ln.rule in CTA_RULES:
        return True
    if ln is heading or words(ln.text) > BUTTON_WORDS:
        return False
    if heading.text.lower().startswith(ln.text.lower() + " "):
        return True
    if ln.text[-1] in ".!?:" or is_quote(ln.text):
        return False
    said = {w for x in box if x is not ln for w in re.findall(r"\w+", x.text.lower())}
    if ln.rule == "share":
        return False  # a share row's "Dela" closes a post of the text, no call to action
    return shape_of(ln.text) == "button" or (len(box) > 1 and set(re.findall(r"\w+", ln.text.lower())) <= said)


_FACT_LABEL = re.compile(r"(?i)fakta\b.*")


def _facts(kept: Sequence[TaggedLine]) -> bool:
    """A fact box, however it closes ("Fakta: Vegavallen" over "Invigd: 1978", "Publikplatser: 1 200", "Se kartan"):
    a 'Fakta' heading, or two items or more of a label and its value. Its items are the article's; no call to
    action."""
    return bool(_FACT_LABEL.fullmatch(kept[0].text)) or sum(bool(FACT_ITEM.fullmatch(ln.text)) for ln in kept) >= 2


def cta_tags(lines: Sequence[TaggedLine]) -> None:
    """A call-to-action box below the article: lines between blank lines under a title-like heading ("Boka tid för ditt
    barn", "Stöd vårt arbete!") that end in its button or channel (:func:`_button`), at most :data:`CTA_LINES` other
    lines of at most :data:`PITCH_WORDS` words, no quote, with no running prose of the article below it
    (:func:`audiocast.ingest.articleend.is_running_prose`; a booking,
    a donation, a parking offer). All of it goes. Only in dumps with blank lines, above the page's footer."""
    if not any(ln.blank_before for ln in lines[1:]):
        return
    cut = page_tail(lines)
    prose = [i for i in range(cut) if is_running_prose(lines[i])]
    for first, end in blank_boxes(lines, cut):
        box = lines[first:end]
        kept = [ln for ln in box if ln.tag is None]
        if first == 0 or not kept or len(kept) > CTA_LINES or any(i >= end for i in prose):
            continue
        if len(box) < 2 and not (box[0].tag is None and shape_of(box[0].text) == "button" and box[0].text[-1] not in ".!?:"):
            continue  # a button alone in its box ("Boka tid för rådgivning") is a call to action of its own
        if len(box) > 1 and (not is_title_like(box[0].text) or not _button(box[-1], box[0], box) or _facts(kept)):
            continue
        if box[-1].rule == "live-furniture":
            continue  # a live report's pager under its first entry ("Visa fler inlägg", session 30): no call to action
        if all(words(ln.text) <= PITCH_WORDS and not is_quote(ln.text) for ln in kept):
            for ln in box:
                if ln.tag in (None, "menu"):
                    ln.tag, ln.rule = "drop", "cta"


_SCORE = re.compile(r"\d{1,3}\s*[–-]\s*\d{1,3}")
_PERIODS = re.compile(r"\(\s*\d{1,3}\s*[–-]\s*\d{1,3}(?:\s*[,;]\s*\d{1,3}\s*[–-]\s*\d{1,3})*\s*\)")
SCOREBOARD_WORDS = 4
"""A scoreboard's line (a team, a status: "Hallviks HC", "Slut", "Period 3") is at most this many words."""


def scoreboard_tags(lines: Sequence[TaggedLine]) -> None:
    """A match's scoreboard: a box (lines between blank lines) of three lines or more holding a bare result ("4 – 2"),
    its other lines the teams and the state of play (at most :data:`SCOREBOARD_WORDS` words, none ending a sentence)
    or the periods' results ("(1–1, 1–0, 2–1)"). The article says the result in words; the widget's lines read aloud
    are a list of names and numbers. Only in dumps with blank lines (without them every line is one box)."""
    if not any(ln.blank_before for ln in lines[1:]):
        return
    for first, end in blank_boxes(lines, len(lines)):
        box = lines[first:end]
        kept = [ln for ln in box if ln.tag is None]
        if len(kept) < 3 or not any(_SCORE.fullmatch(ln.text) for ln in kept):
            continue
        if all(_SCORE.fullmatch(ln.text) or _PERIODS.fullmatch(ln.text) or (
            words(ln.text) <= SCOREBOARD_WORDS and ln.text[-1] not in ".!?:") for ln in kept):
            for ln in kept:
                ln.tag, ln.rule = "drop", "scoreboard"


AUTHOR_BOX_LINES = 4
"""An author's box under the article: the name, a line or two about the author, the address."""
AUTHOR_RULES = frozenset({"email-only", "byline-role"})
"""The rules (``data/boilerplate.tsv``) of an author's e-mail address or role line ("Reporter")."""


def author_box_tags(lines: Sequence[TaggedLine]) -> None:
    """An author's box below the article's running prose (none after it): a box (lines between blank lines) of at most
    :data:`AUTHOR_BOX_LINES` lines opened by a name-shaped line ("Leo Karlsson") and holding the author's e-mail address
    or role line (rules :data:`AUTHOR_RULES`), its other lines short (at most :data:`PITCH_WORDS` words, no quote): a
    presentation of the writer ("Reporter på Campusbladet. Läser journalistik …"), never the news. All of it goes."""
    if not any(ln.blank_before for ln in lines[1:]):
        return
    cut = page_tail(lines)
    prose = [i for i in range(cut) if is_running_prose(lines[i])]
    for first, end in blank_boxes(lines, cut):
        box = lines[first:end]
        if not 2 <= len(box) <= AUTHOR_BOX_LINES or not any(i < first for i in prose) or any(i >= end for i in prose):
            continue
        if box[0].tag not in (None, "byline") or not is_name_shaped(box[0].text) or not any(
                ln.rule in AUTHOR_RULES for ln in box[1:]):
            continue
        if all(ln.tag is not None or (words(ln.text) <= PITCH_WORDS and not is_quote(ln.text)) for ln in box[1:]):
            for ln in box:
                if ln.tag in (None, "menu", "byline"):
                    ln.tag, ln.rule = "drop", "author-box"




def clip_tags(lines: Sequence[TaggedLine]) -> None:
    """A media clip's title: the title-like line ("Lars Hedin, driftchef: ”Vi behöver gräva upp hela korsningen”")
    right under the clip's duration ("1:42 min"), with no blank line between, which the rules took as a player's
    line. The player shows it; the article says it in its own words. When a title-like line stands right over the
    player's lines instead and the line under the duration opens running prose, the title is the one over the player
    and the line under it the article's next subheading (session 36, extract150: "Trailer: Jubileumsveckan på Bio
    Fyren" over "Spela upp video" / "01:12", and the section "Ideell förening tog över 2009" was lost); so it is too
    between the player's play button and its duration with the player's own button under them ("Spela" / "Vargspår
    nära bostäder i Storbyn" / "1:48 min" / "Lägg till i Min lista")."""
    for i, ln in enumerate(lines[:-1]):
        if ln.tag is None or not CLIP_LENGTH.fullmatch(ln.text):
            continue
        nxt = lines[i + 1]
        if nxt.tag is None and not nxt.blank_before and is_title_like(nxt.text):
            k = i
            while k > 0 and lines[k - 1].tag is not None and not lines[k].blank_before:
                k -= 1  # up the player's lines
            over = lines[k - 1] if k > 0 and not lines[k].blank_before else None
            if over is not None and over.tag is None and is_title_like(over.text) and i + 2 < len(lines) and (
                    is_running_prose(lines[i + 2])):
                nxt = over
            nxt.tag, nxt.rule = "drop", "clip"
        elif nxt.tag is not None and 1 < i and not ln.blank_before and not lines[i - 1].blank_before and (
                lines[i - 1].tag is None and is_title_like(lines[i - 1].text) and lines[i - 2].tag is not None):
            lines[i - 1].tag, lines[i - 1].rule = "drop", "clip"  # "Spela" / the title / "1:48 min" / the player's button


ORPHAN_WORDS = 6
"""A heading left alone over its box's furniture is at most this many words."""
_GONE = frozenset({"drop", "link", "caption"})
_BARE_LABEL = re.compile(r"(?-i:[^\W\d_a-zåäöé])[^\d,;:()]*")
"""A label without a blank line above it: words alone opened by a capital, no number, comma or colon (those are a list's
items; a line in lower case goes on the line above it: a letter's signature, "med alla medarbetare på …")."""


_LATE_LABEL = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?: [a-zåäöé]+){0,3}")
"""A heading the second round takes: one to four words of letters alone, the first capitalised ("Berörda linjer")."""


def orphan_tags(lines: Sequence[TaggedLine], late: bool = False) -> None:
    """A short title-like line opening a box (a blank line above it) whose other lines all went as furniture: the
    box's heading ("Kontakt", "Kalender", "Öppettider") goes with them. A box of the heading alone stays (a
    subheading over the next paragraph). Below the article's last running prose the heading needs no blank line
    above it: a letter's "Bilagor" right under its signature, over the attachment's file name and the read-receipt
    buttons. ``late``: the round after the late passes (session 47), which takes a plain label alone
    (:data:`_LATE_LABEL`) under prose or furniture (not "Fri entré" under the kept lines of a fact box), and with no
    blank line down to the page's end counts the footer's lines as gone too
    ("Berörda linjer" over "27", "28", the page's boxes and footer). And a short sentence left alone in such a box
    (:func:`_stray_tags`)."""
    prose = [i for i, ln in enumerate(lines) if is_running_prose(ln)]
    last_prose = prose[-1] if prose else -1
    for i, ln in _orphan_order(lines):
        if late and not (_LATE_LABEL.fullmatch(ln.text.strip()) and (
                i == 0 or lines[i - 1].tag in _GONE or is_running_prose(lines[i - 1]))):
            continue  # once the late passes have run: a plain label opening its box, no closing wish, no kept box's item
        if ln.tag is not None or not is_title_like(ln.text) or words(ln.text) > ORPHAN_WORDS or _signers_role(lines, i) \
                or (ln.rule == "signature" and (is_name_shaped(ln.text) or ln.text.strip().istitle() and words(ln.text) == 1)):
            continue  # a letter's signer kept by its close (letterclose.signature_end: "Ha en fin sommar!" / "Niklas")
        if not ln.blank_before and (i < last_prose or not _BARE_LABEL.fullmatch(ln.text)):
            continue  # a list's last item ("5. Ali Hassan, Sjöhaga IF, 31.24") over the page's links is no label
        if not ln.blank_before and i > 0 and is_running_prose(lines[i - 1]) and ln.text[-1] in ".!":
            continue  # the article's closing line glued under its last paragraph ("Lycka till med beskärningen!")
        end = i + 1
        while end < len(lines) and not lines[end].blank_before:
            end += 1
        rest = lines[i + 1:end]
        gone = _GONE | {"footer", "stop"} if late and end == len(lines) else _GONE  # no blank line to the end: footer
        if rest and all(x.tag in gone for x in rest) and any(x.tag in _GONE for x in rest):
            ln.tag, ln.rule = "drop", "orphan"
    if not late:
        _stray_tags(lines)


def _signers_role(lines: Sequence[TaggedLine], i: int) -> bool:
    """A letter's signer's role under the signer's bare name ("Birgitta Nyman" / "Ordförande" over the picture's credit),
    or the signers' names glued under the letter's greeting (session 19): the letter's, not a box's orphaned heading (a
    label under a sign-off with its role, "Bilagor", is one)."""
    from .contacts import is_person_line

    prev = lines[i - 1] if i > 0 else None
    if prev is not None and prev.tag is None and GREETING.fullmatch(prev.text.strip()) and not lines[i].blank_before:
        return True  # the signers' names right under the letter's greeting ("Varma hälsningar" / "Lisa och Per Dahl")
    return lines[i].rule == SIGNED and prev is not None and prev.rule == SIGNED and "," not in prev.text and (
        is_person_line(prev.text))


def _orphan_order(lines: Sequence[TaggedLine]) -> Iterator[tuple[int, TaggedLine]]:
    """The lines in order, then once more those a blank line opens: a box's heading over a line that went only as an
    orphan itself ("Boka monter" over "Utställarportalen", the heading of a file's link) goes too. Without blank
    lines no second round: a signature's lines over "Bifogade filer" are no headings of one another."""
    yield from enumerate(lines)
    yield from ((i, ln) for i, ln in enumerate(lines) if ln.blank_before)


STRAY_WORDS = 15
"""A line left alone in a box of furniture is short: under this many words."""


def _stray_tags(lines: Sequence[TaggedLine]) -> None:
    """One short sentence left in a box whose heading and at least two other lines went as furniture ("Kontakt",
    "Rådman … nås via tingsrättens presskontakt.", "Presskontakt: …", "Beställ handlingar: …"), with no running prose
    of the article after the box: the box's own line. Only in dumps with blank lines."""
    if not any(ln.blank_before for ln in lines[1:]):
        return
    cut = page_tail(lines)
    for first, end in blank_boxes(lines, cut):
        box = lines[first:end]
        kept = [ln for ln in box if ln.tag is None]
        if len(kept) != 1 or box[0].tag not in _GONE or not is_title_like(box[0].text) or kept[0] is box[0]:
            continue
        if sum(ln.tag in _GONE for ln in box) < 3 or words(kept[0].text) >= STRAY_WORDS or is_quote(kept[0].text):
            continue
        if not any(is_running_prose(ln) for ln in lines[end:cut]):
            kept[0].tag, kept[0].rule = "drop", "stray"


SERVICE_HEAD_WORDS = 8
"""A service box's heading ("Behöver du göra en felanmälan?", "Kontakta oss") is at most this many words."""
SERVICE_WORDS = 30
"""A service box's instruction is at most this many words a line."""
SERVICE_HEAD_RULES = frozenset({"contact-footer", "contact-box"})
"""The rules (``data/boilerplate.tsv``) of a contact heading ("Kontakta oss", "Har du frågor?")."""
_IN_ARTICLE = frozenset({None, "date", "caption"})
_AD_RULES = frozenset({"ad", "sponsor"})
"""A picture's credit and an ad's label stand inside an article too: no sign that the article has ended."""
P_ARTICLE = 0.5
"""A long paragraph the classifier gives at least this is the article's text: the article goes on there."""
_READER = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni)\b")
_CHANNEL = re.compile(
    r"(?i)[\w.+-]+@[\w-]+\.\w|\b(?:Mina sidor|formulär(?:et)?|e-tjänst(?:en)?)\b"
    r"|(?<!\d)(?:\+46|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?!\d)|(?<!\d)1\d{2}\s?\d{2}(?!\d)"
)


def _trusted(ln: TaggedLine) -> bool:
    return ln.tag is None and (is_quote(ln.text) or (
        words(ln.text) >= 15 and ln.text[-1] in ".!?…\"”»" and (ln.p is None or ln.p >= P_ARTICLE)))


def _service_box(box: Sequence[TaggedLine]) -> bool:
    """A heading addressed to the reader (or a contact heading) over lines of which one names a contact channel."""
    head, rest = box[0], box[1:]
    if not rest or head.tag not in (None, "menu", "drop") or words(head.text) > SERVICE_HEAD_WORDS or head.text[-1] in ".!":
        return False
    if not (head.rule in SERVICE_HEAD_RULES or _READER.search(head.text)):
        return False
    return all(ln.tag is not None or (words(ln.text) <= SERVICE_WORDS and not is_quote(ln.text)) for ln in rest) and any(
        ln.tag is None and _CHANNEL.search(ln.text) for ln in rest)


def service_tags(lines: Sequence[TaggedLine]) -> None:
    """A service box (:func:`_service_box`: a felanmälan, tip, contact or submission box) below the article's last
    trusted paragraph, with page furniture between (a credit, a link label, the page's date line, a dropped box) and
    no trusted paragraph below it. Right under the article, with nothing between, such a box is the article's own
    call (the police's "Har du information?" under its report): it stays."""
    cut = page_tail(lines)
    trusted = [i for i in range(cut) if _trusted(lines[i])]
    if not trusted:
        return
    for first, end in blank_boxes(lines, cut):
        box = lines[first:end]
        before = [i for i in trusted if i < first]
        if not before or any(i >= end for i in trusted) or not _service_box(box):
            continue
        if any(ln.tag not in _IN_ARTICLE and ln.rule not in _AD_RULES for ln in lines[before[-1] + 1:first]):
            for ln in box:
                if ln.tag in (None, "menu"):
                    ln.tag, ln.rule = "drop", "service"


FORM_FIELD_WORDS = 2
"""A form's field label ("Ankomst", "Antal gäster") is at most this many words."""
FORM_FIELDS = 2
"""A form holds at least this many field labels over its button."""
P_FIELD = 0.1
"""The classifier doubts a form's field labels: each under this."""
_SUBMIT = re.compile(r"(?i)(?:Sök|Skicka|Boka|Beställ|Anmäl|Registrera|Prenumerera|Logga in|Betala|Beräkna|Hitta|Visa)\b")
"""A form's button sends it ("Sök lediga platser", "Skicka"); a share row's "Dela" is no form's."""
FORM_HEADING_WORDS = 6
"""A form's heading ("Boka din vistelse") is at most this many words."""


def form_tags(lines: Sequence[TaggedLine]) -> None:
    """A form on the page (a booking, a search, a sign-up): at least :data:`FORM_FIELDS` field labels of at most
    :data:`FORM_FIELD_WORDS` words, no punctuation, that the classifier doubts (:data:`P_FIELD`), glued right over a
    button that sends it (button-shaped and :data:`_SUBMIT`: "Sök lediga platser", "Skicka"), and the form's heading right above the
    fields when it is title-like ("Boka din vistelse"). Below the article's first running prose only. A list of the
    article's short items ends in no button."""
    prose = next((i for i, ln in enumerate(lines) if is_running_prose(ln)), None)
    if prose is None:
        return
    for i in range(prose + 1, len(lines)):
        button = lines[i]
        if button.tag not in (None, "drop") or button.blank_before or shape_of(button.text) != "button" or (
                button.text[-1] in ".!?:") or not _SUBMIT.match(button.text):
            continue
        k = i
        while k > prose + 1 and lines[k - 1].tag is None and not lines[k].blank_before and _field(lines[k - 1]):
            k -= 1
        if i - k < FORM_FIELDS:
            continue
        if k > prose + 1 and lines[k - 1].tag is None and not lines[k].blank_before and is_title_like(lines[k - 1].text) and (
                words(lines[k - 1].text) <= FORM_HEADING_WORDS):
            k -= 1  # the form's heading
        for ln in lines[k:i + 1]:
            if ln.tag is None or ln is button:
                ln.tag, ln.rule = "drop", "form"


def _field(ln: TaggedLine) -> bool:
    return words(ln.text) <= FORM_FIELD_WORDS and re.fullmatch(r"[^\W\d_][^\d.,!?:;()]*", ln.text) is not None and (
        ln.p is not None and ln.p < P_FIELD)


PAYWALL_BOX_LINES = 10
"""A paywall's offer box under its notice holds at most this many lines."""
_SUBSCRIBE_RULES = frozenset({"subscribe", "offer", "paywall"})


def paywall_box_end(lines: Sequence[TaggedLine], i: int) -> int:
    """The end (exclusive) of the offer box under a paywall's notice at lines[i] ("Det här är en låst artikel" over
    "Bli prenumerant …", "1 kr första månaden", "Redan prenumerant?", "Logga in"): up to its last line of an offer
    (:data:`OFFER`) or a subscribe button (:data:`_SUBSCRIBE_RULES`), within :data:`PAYWALL_BOX_LINES` lines, each
    short (:data:`PITCH_WORDS`); ``i + 1`` when no such line follows. Session 29, blind set extract105: a dump whose text
    goes on under the box (a subscriber's copy with the box still in it) is read on past it."""
    end = i + 1
    for j in range(i + 1, min(len(lines), i + 1 + PAYWALL_BOX_LINES)):
        ln = lines[j]
        if ln.rule in _SUBSCRIBE_RULES or (ln.tag is None and words(ln.text) <= PITCH_WORDS and OFFER.search(ln.text)):
            end = j + 1
        elif ln.tag is None and not (words(ln.text) <= 3 and ln.text[-1:] not in ".!?"):
            break
    return end


RELATED_LABEL = re.compile(r"(?i)relaterat|relaterade (?:artiklar|nyheter|länkar)|mer om (?:ämnet|detta)|läs mer om (?:ämnet|detta)")
"""A related-links box's bare label: a ``stop`` row ends the page there unless the article goes on under its titles."""
RELATED_TITLES = 3
SUBHEADING_WORDS = 4


GOES_ON = 3
"""Lines under a box searched for the article's running prose going on."""


def linked_label_tags(lines: Sequence[TaggedLine], i: int) -> None:
    """A menu word's line at lines[i] between the article's paragraphs over a list its own link closes ("Kalender" /
    three dated events / "Hela kalendern": :func:`linked_box_end`): a sidebar's box, which goes with its label, the
    article going on under it (session 36, extract151: a society's sidebar calendar glued into the text was read)."""
    ln = lines[i]
    if ln.rule == "menu" and ln.tag in (None, "menu") and (end := linked_box_end(lines, i)) is not None and any(
            is_running_prose(x) for x in lines[:i]) and any(is_running_prose(x) for x in lines[end:end + GOES_ON]):
        for x in lines[i:end]:
            if x.tag in (None, "menu"):
                x.tag, x.rule = "drop", "linked-box"


_LIVE_RULES = frozenset({"live-furniture", "live-feed"})
"""The rows of a live report's own controls (session 51, extract277: "Senaste nytt" over the feed's "Uppdatera"
button, the page's end taken at its own feed and four fifths of the text lost)."""


def stop_box_end(lines: Sequence[TaggedLine], i: int, paywall: bool) -> int:
    """The end (exclusive) of the box a stop line at lines[i] heads when the box may stand between the article's
    paragraphs: a paywall's offer box (:func:`paywall_box_end`) or, session 29 (blind set extract106: "Relaterat" over
    three titles, the article going on under them, was read as the page's end and two thirds of the text were lost),
    a related-links label's titles, up to :data:`RELATED_TITLES` title-like lines (the last one a subheading of the
    article's when it is short and the titles above it are two or more); a live report's feed label with the feed's
    own furniture glued under it ("Senaste nytt" / "Visa äldsta först": extract202, the page ended at its own feed and
    lost four fifths of its text); ``len(lines)`` for any other stop. The caller
    reads on past the box when the article's text follows it."""
    if paywall:
        return paywall_box_end(lines, i)
    if (linked := linked_box_end(lines, i)) is not None:
        return linked
    if (numbered := numbered_box_end(lines, i)) is not None:
        return numbered
    if i + 1 < len(lines) and lines[i + 1].rule in _LIVE_RULES and not lines[i + 1].blank_before:
        return i + 2  # a live report's own feed under its label ("Senaste nytt" / "Visa äldsta först"), session 42
    if not RELATED_LABEL.fullmatch(lines[i].text.strip()):
        return len(lines)
    j = i + 1
    while j < min(len(lines), i + 1 + RELATED_TITLES) and lines[j].tag is None and is_title_like(lines[j].text):
        j += 1
    if j - i - 1 >= 3 and words(lines[j - 1].text) <= SUBHEADING_WORDS:
        j -= 1  # "Omledning via Industrivägen" over the text: the article's subheading
    return j if j > i + 1 else len(lines)


LINKED_ITEMS = 8
"""A list's box closed by its own link holds at most this many item lines between its label and the link."""
ITEM_WORDS = 12
_LIST_LINKS = frozenset({"nav-arrow", "more-link"})
"""The rules of a list's own closing link ("Alla aktiviteter →", "Se alla evenemang")."""
_WHOLE_LIST = re.compile(r"(?i)hela (?:kalendern|programmet|schemat|arkivet)")
"""A calendar's or programme's bare link to the whole of it ("Hela kalendern"), which no rule tags (below the article
the tail's passes read it with the box it closes): the list's own link for :func:`linked_box_end` (session 36)."""


def linked_box_end(lines: Sequence[TaggedLine], i: int) -> int | None:
    """The end (exclusive) of a list's box under its label at lines[i] that its own link closes ("Kommande i
    kalendern" / two dated rows / "Alla aktiviteter →"): at most :data:`LINKED_ITEMS` short item lines (no sentence of
    :data:`ITEM_WORDS` words or more), then the link. None when no link closes it. Session 34 (extract131): a sidebar's
    calendar set between the article's paragraphs ended the page there and a third of the text was lost; the caller
    reads on when the article's text goes on under the box (:func:`foot_below`)."""
    for j in range(i + 1, min(len(lines), i + 2 + LINKED_ITEMS)):
        ln = lines[j]
        if ln.rule in _LIST_LINKS or (ln.tag is None and _WHOLE_LIST.fullmatch(ln.text.strip())):
            return j + 1 if j > i + 1 else None
        if ln.tag in {"stop", "footer"} or (ln.tag is None and (words(ln.text) >= ITEM_WORDS or is_quote(ln.text))):
            return None
    return None


NUMBERED_ITEMS = 3
"""A list's box of numbered titles under its label ("Mest läst" / "1. …" / "2. …" / "3. …") holds at least this many."""
_NUMBERED = re.compile(r"(\d{1,2})[.)]? +\S")


def numbered_box_end(lines: Sequence[TaggedLine], i: int) -> int | None:
    """The end (exclusive) of a list's box of titles numbered from one under its label at lines[i] (a "Mest läst"
    list: "1. Känd krog på Möllan stänger efter 30 år", "2. …"), at least :data:`NUMBERED_ITEMS` items of fewer than
    :data:`ITEM_WORDS` words, counted 1, 2, 3 … without a gap; None when no such run stands under the label. Session 42
    (extract198: an evening paper sets its most-read list between the article's paragraphs; the page ended there and
    a quarter of the text was lost); the caller reads on when the article's text goes on under the box. Of the 17
    annotated pages with such a list under a stop label, none has the article's text right under it: the page's own
    footer or boxes stand there, and the page ends as before."""
    j, n = i + 1, 1
    while j < len(lines) and lines[j].tag is None and (m := _NUMBERED.match(lines[j].text)) is not None \
            and int(m.group(1)) == n and words(lines[j].text) < ITEM_WORDS:
        j, n = j + 1, n + 1
    return j if n - 1 >= NUMBERED_ITEMS else None


FOOT_TAGS = frozenset({"published", "updated", "date"})
FOOT_PROSE_WORDS = 15


def foot_below(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether the article goes on from lines[i] down to its own foot: a paragraph of running prose (a sentence of
    :data:`FOOT_PROSE_WORDS` words or more), then the article's closing date line ("Publicerad 2024-07-02"), with no
    stop or footer before it. A box between the article's paragraphs is the page's; the text and its dated foot under
    it are the article's (session 34)."""
    prose = False
    for ln in lines[i:]:
        if ln.tag in {"stop", "footer"}:
            return False
        if ln.tag in FOOT_TAGS:
            return prose
        if ln.tag is None and words(ln.text) >= FOOT_PROSE_WORDS and ln.text.rstrip()[-1:] in ".!?":
            prose = True
    return False
