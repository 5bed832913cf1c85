"""An embedded social media post in a box of its own between the article's paragraphs, told by its chrome.

"polisen_vasternorrland", "Instagram", "Polisen Västernorrland", the post's text, "1 245 gilla-markeringar"; or the
page's name, "Facebook", the text, "Gilla", "Kommentera", "Dela". A post embedded in the article is set apart by blank
lines; its text is the poster's, not the article's. On any site the box is told by its chrome, whatever the post says:

- a box (lines between blank lines) of at most :data:`BOX_LINES` lines with blank lines around it;
- at least :data:`CHROME_LINES` lines of an embed's chrome in it: a platform's name alone ("Instagram", "X"), a handle
  ("@trafikkontoret", "noralind.sings", "polisen_vasternorrland"), or a line the rules took as an embed's chrome, time
  stamp, counts or buttons (:data:`audiocast.ingest.records.EMBED_RULES`, ``FOOTER_RULES``);
- one of them a platform's name standing untaken or a rule's embed line, or the post's text standing between chrome
  lines (the poster over it, "Gilla", "Kommentera", "Dela" under it); a share row under paragraphs is no post.

The box goes whole but for a quote of the article's. Guards (kept): the article's sentence naming a platform ("Instagram är nästa
steg"), a share row under the article's last paragraph with no post in it.

A post glued among the article's paragraphs, no blank line around it (:func:`glued_post_tags`), is told by its head:

- a label naming the platform ("Inlägg från Instagram", "Facebook-inlägg": at most :data:`HEAD_WORDS` words, no
  sentence) with the post's own chrome (a handle, an embed's rule line; a share row is no post's) at most :data:`TEXT_LINES` + 2 lines under it: the label, the
  lines down to the last chrome line of the run go;
- or the post's time stamp with the platforms' middle dot ("1 mars · Delad offentligt", "2 dagar sedan ·": a date or a
  relative time) over at most :data:`TEXT_LINES` lines of the post's text and at least two lines of its footer (counts,
  buttons), one of them a count: the poster's name above the stamp, the stamp and the text go (the text stays when the
  article introduces the post, "Hon skrev på Facebook:"). A live report's post
  ("Anna Berg · 14 juni 15.40" over the post and "Dela") has no counts under it and stays.

A post glued in without a label, as Instagram's and TikTok's embed code sets it (:func:`account_post_tags`), is told by
its account and its link to the platform: the platform's own link under the post ("Visa det här inlägget på Instagram",
"Visa på TikTok", "View this post on Instagram") with the poster's account at most :data:`ACCOUNT_SPAN` lines above it
(a handle alone on its line, "@klubben", "ungilovsta", "ugnenochvinet", or Instagram's "Ett inlägg delat av …" line, or the
post's time stamp under the poster's name, no blank line between; since session 36 a label naming the platform right
over the account). The account, what
stands between (a place, "Verifierad", the caption of at most :data:`TEXT_LINES` lines of at most :data:`POST_WORDS`
words, the sound) and the link go; under the link, past its counts, the account repeated and the post's date under it
("ungilovsta" / "12 juli") go too. Guards (kept): a line of the article over the account ("Så här skrev de på
Instagram:"), a quote of at least :data:`QUOTE_WORDS` words, a link with no account above it (the article's last
paragraph is never taken for a caption). Risk: a lower-case word alone on its line right over a caption, no blank line
between, read as an account.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import is_date_line
from .dumpclean import slugify
from .furniture import TaggedLine, page_tail
from .lineshape import closes_sentence, is_quote, words
from .records import EMBED_RULES, FOOTER_RULES, blank_boxes, is_name_shaped, is_poster_shaped

RULE = "embed-box"
BOX_LINES = 8
CHROME_LINES = 2
_PLATFORM = re.compile(r"(?i)instagram|facebook|x|twitter|tiktok|youtube|threads|linkedin|bluesky|mastodon")
_HANDLE = re.compile(r"@?[a-z0-9](?:[a-z0-9._]*[._][a-z0-9._]*|[a-z0-9]*)|@\w[\w.]*")
"""A handle alone on its line: "@trafikkontoret", or a lower-case account name with a dot or an underscore."""
_POST_RULES = EMBED_RULES | FOOTER_RULES | {"embed"}


def _handle(text: str) -> bool:
    """A handle alone on its line (:data:`_HANDLE`), letters in it (a clock time "09.15" is none)."""
    return bool(_HANDLE.fullmatch(text)) and bool(re.search(r"[a-z]", text)) and (
        text.startswith("@") or any(c in text for c in "._"))


def _chrome(ln: TaggedLine) -> bool:
    return bool(_PLATFORM.fullmatch(ln.text)) or ln.rule in _POST_RULES or _handle(ln.text)


HEAD_WORDS = 4
_PLATFORM_HEAD = re.compile(r"(?i)(?:.*\b)?(?:instagram|facebook|tiktok|youtube|twitter|threads|bluesky|mastodon|x)\b.*"
                            r"|(?:inlägg|inlägget|post|tweet|klipp) (?:från|av) @[\w.]{2,30}")
"""A label naming the platform over a post ("Instagram-inlägg"), or (session 37, extract162: "Inlägg från
@polisen_ostergotland") naming the account by its handle."""
_STAMP = re.compile(r"(?i).{0,40}(?:\d{1,2}\.? (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?|\d+ ?(?:tim|min|"
                    r"d|dag|dagar|v|veckor?|h)\b\.?(?: sedan)?|i ?går|i dag)\b.{0,10}(?:kl\.? ?\d{1,2}[:.]\d\d ?)?·.{0,30}"
                    r"|(?:facebook|instagram|x|linkedin|threads|@[\w.]{2,30})\s*·\s*(?:\d{1,2}\.? (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt"
                    r"|nov|dec)[a-z]*\.?|\d+ ?(?:tim|min|d|h)\b\.?|i ?går|i dag).{0,20}"
                    r"|\d{1,2}[:.]\d\d\s*·\s*(?:\d{1,2}\.? (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?(?: \d{4})?)?")
"""A post's time stamp with the platforms' middle dot ("1 mars · Delad offentligt", "8 juni kl. 18:42 ·", and after the
platform's name, "Facebook · 23 december": session 33; after the poster's handle, "@ekbyif · 2 juni": session 36; X's
clock time before the date, "15:21 · 27 aug. 2024": session 37; a clock time alone before the dot, "22:35 ·": session 38)."""
_INTRODUCED = re.compile(r"(?i)\b(?:skrev|skriver|publicerade|publicerar|delade|delar|lade ut|lägger ut)\b.{0,60}"
                         rf"\b(?:på|i) (?:{_PLATFORM.pattern.removeprefix('(?i)')})\b")
"""The article's own line introducing the post with its platform ("Hon skrev själv om resultatet på Facebook …"): the
post's text is then the article's quote (session 30; as "Hon skrev på Facebook:" with its colon)."""
_COUNT = re.compile(r"\D{0,3}\d[\d  ]*(?:[,.]\d+)?\s*(?:k|tn|K)?\b.*")


_ACCOUNT_HEAD = re.compile(rf"(?i)(?:inlägg|inlägget|post) (?:från|av) \S.{{0,40}} (?:på|i) (?:{_PLATFORM.pattern.removeprefix('(?i)')})")
"""A label naming the account and the platform over a post ("Inlägg från Hällebypartiet på Facebook": session 38)."""


def _platform_label(ln: TaggedLine) -> bool:
    """A label naming the platform over a post ("Inlägg från Instagram", "Facebook-inlägg"): no sentence."""
    return ln.tag is None and ln.text[-1] not in ".!?" and (
        words(ln.text) <= HEAD_WORDS and bool(_PLATFORM_HEAD.fullmatch(ln.text)) or bool(_ACCOUNT_HEAD.fullmatch(ln.text)))


def glued_post_tags(lines: Sequence[TaggedLine]) -> None:
    """Embedded posts glued among the article's lines go (module docstring; rule ``embed-box``)."""
    cut = page_tail(lines)
    for i in range(cut):
        ln = lines[i]
        if _platform_label(ln):
            span = lines[i + 1:min(cut, i + TEXT_LINES + 3)]
            marks = [k for k, x in enumerate(span) if x.rule in EMBED_RULES or x.rule == "embed" or _handle(x.text)]
            if marks and not any(x.blank_before for x in span[:marks[0] + 1]):
                _drop_post(lines[i:i + 2 + marks[0]])
        elif "·" in ln.text and words(ln.text) <= 8 and _STAMP.fullmatch(ln.text):
            k = i + 1
            while k < cut and k <= i + TEXT_LINES and lines[k].tag is None and words(lines[k].text) <= STAMPED_POST_WORDS \
                    and not count_row(lines[k].text):
                k += 1
            foot = k
            while foot < cut and (lines[foot].rule in _FOOT or count_row(lines[foot].text) or lines[foot].tag is not None
                                  and _BUTTON_ROW.fullmatch(lines[foot].text)) and not lines[foot].blank_before:
                foot += 1
            if k > i + 1 and foot - k >= 2 and (any(_COUNT.fullmatch(x.text) for x in lines[k:foot]) or _post_foot(lines[k:foot])):
                poster = int(i > 0 and not ln.blank_before and (is_name_shaped(lines[i - 1].text)
                                                                 or _names_handle(lines[i - 1].text, ln.text)))
                label = lines[i - poster - 1] if i - poster > 0 else None
                if label is not None and _platform_label(label) and not lines[i - poster].blank_before \
                        and not label.text.rstrip().endswith(":") and not _INTRODUCED.search(label.text):
                    poster += 1  # the label naming the post's account and platform over its poster
                above = lines[i - poster - 1] if i - poster > 0 else None
                quoted = above is not None and above.tag is None and (above.text.endswith(":") or _INTRODUCED.search(above.text))
                _drop_post(lines[i - poster:i + 1 if quoted else foot])


def _names_handle(name: str, stamp: str) -> bool:
    """Whether ``name`` is the display name of the account whose handle opens the stamp under it ("Vätterstads kommun"
    over "@vatterstadskommun · 7 juni"): its letters, accents dropped, are the handle's (session 46: an embedded post's
    account over its stamp was read once the article's end moved below the post)."""
    handle = re.match(r"@([\w.]{3,30})", stamp)
    if handle is None:
        return False
    plain = slugify(name).replace("-", "")
    return len(plain) >= 4 and plain == re.sub(r"[\W_]", "", handle.group(1).lower())


def _post_foot(foot: Sequence[TaggedLine]) -> bool:
    """A post's own foot without its counts (session 37, extract157: "Gilla" / "Kommentera" / "Dela" / "Visa på
    Facebook" under a club's post): two of a post's own buttons ("Gilla", "Kommentera", "Svara"; an article's share row
    has "Dela" alone) or the platform's link under it (rule ``social-furniture``)."""
    own = sum(x.text.strip().lower() in _POST_BUTTONS for x in foot)
    return own >= 2 or any(x.rule == "social-furniture" for x in foot)


_POST_BUTTONS = frozenset({"gilla", "kommentera", "svara"})
_FOOT = FOOTER_RULES | {"stat-bar", "social-furniture"}
_BUTTON_ROW = re.compile(r"(?i)(?:gilla|kommentera|dela|svara|spara)(?:\s*[·•|]\s*(?:gilla|kommentera|dela|svara|spara)){1,4}")
"""A post's buttons in one row ("Gilla · Kommentera · Dela"), whatever rule took the row (a menu's pipes)."""


_COUNT_PART = re.compile(r"\W{0,3}\d[\d  ]*(?:[,.]\d+)?\s*(?:k|tn|K)?(?:\s+[\w-]+)?\W{0,3}")


_ICON_COUNTS = re.compile(r"(?:[^\w\s.,:;!?()\"”–-]+\s?\d[\d  ]*(?:[,.]\d+)?\s*[kK]?\s*){2,}")
"""A post's counts each after its icon, spaces between ("👍 214   💬 37": session 38)."""


def count_row(text: str) -> bool:
    """A post's counts in one row ("👍 84 · 12 kommentarer · 9 delningar"), whatever rule took the row (a menu's
    dots): session 34, extract125, a page's post glued in with its counts on one line over "Visa på Facebook"; each
    after its icon with spaces between too (:data:`_ICON_COUNTS`)."""
    if _ICON_COUNTS.fullmatch(text.strip()):
        return True
    parts = re.split(r"\s*[·•|]\s*", text.strip())
    return len(parts) >= 2 and all(_COUNT_PART.fullmatch(p) for p in parts)


def _drop_post(post: Sequence[TaggedLine]) -> None:
    for x in post:
        if x.tag in (None, "menu", "date", "byline") and not (is_quote(x.text) and words(x.text) >= QUOTE_WORDS):
            x.tag, x.rule = "drop", RULE


def embed_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Embedded posts in boxes of their own go (module docstring; rule ``embed-box``)."""
    cut = page_tail(lines)
    for start, end in blank_boxes(lines, cut):
        box = lines[start:end]
        if start == 0 or not box[0].blank_before or len(box) > BOX_LINES or (end < len(lines) and not lines[end].blank_before):
            continue
        chrome = [x for x in box if _chrome(x)]
        anchored = any((_PLATFORM.fullmatch(x.text) and x.tag is None) or x.rule in EMBED_RULES or x.rule == "embed"
                       for x in box)
        if len(chrome) < CHROME_LINES or not (anchored or _between(box)):
            continue
        last = max(k for k, x in enumerate(box) if _chrome(x))
        for k, x in enumerate(box):
            if x.tag in (None, "menu", "date") and not (is_quote(x.text) and words(x.text) >= QUOTE_WORDS) and not (
                    k > last and closes_sentence(x.text, PROSE_AFTER_WORDS)):
                x.tag, x.rule = "drop", RULE


QUOTE_WORDS = 6
PROSE_AFTER_WORDS = 10
"""Session 31 (extract113): a paragraph of this many words or more glued under the post's last chrome line ("Ett
inlägg delat av …") is the article going on, never the post's: a post's text stands above its footer."""
"""A quote in the box of at least this many words stays (the article quoting); a shorter one is a signature ("– Anna, 2
juni")."""
TEXT_LINES = 3
POST_WORDS = 45
STAMPED_POST_WORDS = 90
"""A post's text framed by its time stamp over it and its counted footer under it may be this long (session 31,
extract115: a police post of 47 words between "2 d ·" and "Gilla" / "Kommentera" / "Dela" / "👍 48")."""


def _between(box: Sequence[TaggedLine]) -> bool:
    """The post's text stands between its chrome: kept lines (at most :data:`TEXT_LINES`, each of at most
    :data:`POST_WORDS` words) with the post's head above them (a platform's name, a handle, an embed's rule line; no
    time stamp: a live report's posts stand between their times and "Dela") and chrome below (its buttons); a share
    row under the article's paragraphs has chrome below them only."""
    marks = [k for k, x in enumerate(box) if _chrome(x)]
    tops = [k for k in marks if _PLATFORM.fullmatch(box[k].text) or box[k].rule in EMBED_RULES or _handle(box[k].text)]
    if not tops or marks[-1] <= tops[0]:
        return False
    inner = [x for x in box[tops[0] + 1:marks[-1]] if x.tag is None and not _chrome(x)]
    return 0 < len(inner) <= TEXT_LINES and all(words(x.text) <= POST_WORDS for x in inner)


VIEW_WORDS = 8
"""The platform's link under a post is at most this many words ("Visa den här posten på Instagram")."""
ACCOUNT_SPAN = 6
"""The poster's account stands at most this many lines above the platform's link under the post."""
_VIEW = re.compile(r"(?i)(?:visa|se|öppna|view|see|open)\b.{0,40}\b(?:på|on|in|i)\s+"
                   r"(?:instagram|facebook|x|twitter|tiktok|threads|youtube|bluesky)\W*")
"""The platform's link under an embedded post ("Visa det här inlägget på Instagram", "Visa på TikTok")."""
_ACCOUNT = re.compile(r"@[\w.]{2,30}|[a-z0-9][a-z0-9._]{2,29}")
"""An account alone on its line: a handle, or a name in lower case without spaces ("ungilovsta", "kafe_lind")."""


_SHARED_BY = re.compile(r"(?i)(?:ett inlägg delat av|a post shared by)\s.{1,80}")
"""Instagram's poster line over the post when the platform's link stands over it too ("Ett inlägg delat av Dansstudion
Piruett (@dansstudionpiruett)"): the account, named (session 33, extract124)."""


def _account(ln: TaggedLine) -> bool:
    return (bool(_ACCOUNT.fullmatch(ln.text)) and bool(re.search(r"[a-z]{2}", ln.text))) or bool(
        _SHARED_BY.fullmatch(ln.text))


def _stamp(ln: TaggedLine) -> bool:
    """A post's time stamp alone on its line ("29 september kl. 20:14"), under the poster's name (session 33,
    extract127: a Facebook post glued in with its reactions and "Visa på Facebook" under it)."""
    return words(ln.text) <= 6 and (ln.tag == "date" or is_date_line(ln.text))


_HASHTAG = re.compile(r"(?<![\w&])#[\wåäöÅÄÖ]{2,}")


def _caption_under_poster(lines: Sequence[TaggedLine], cut: int) -> None:
    """The post's text right under Instagram's poster line ("Ett inlägg delat av …") when the platform's link stands
    over that line: a line of at most :data:`POST_WORDS` words carrying the post's hashtags ("TVÅ MÅL I DEBUTEN 🔥 …
    #tallbacka #elitettan"), whatever the article says under it (session 33, extract128), or since session 34 an emoji
    or a cry (:data:`_POSTED`), no quote."""
    for k in range(1, cut - 1):
        x, nxt = lines[k], lines[k + 1]
        if (x.tag is not None and _SHARED_BY.fullmatch(x.text)
                and _VIEW.fullmatch(lines[k - 1].text) and nxt.tag is None and not nxt.blank_before
                and words(nxt.text) <= POST_WORDS and (_HASHTAG.search(nxt.text) or _POSTED.search(nxt.text))
                and not is_quote(nxt.text)):
            _drop_post([nxt])


_POSTED = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|!")
"""A post's caption by an emoji or a cry in it ("Tre guld i DM! 🥇🥇🥇 …", session 34, extract136), as by its hashtags."""


def account_post_tags(lines: Sequence[TaggedLine]) -> None:
    """Embedded posts told by their account over the platform's link go (module docstring; rule ``embed-box``)."""
    cut = page_tail(lines)
    _caption_under_poster(lines, cut)
    for a in range(1, cut):
        if not (_VIEW.fullmatch(lines[a].text) and (lines[a].tag is not None or words(lines[a].text) <= VIEW_WORDS)):
            continue  # the platform's link, which a later pass may tag ("Visa den här posten på Instagram")
        top = next((k for k in range(a - 1, max(-1, a - ACCOUNT_SPAN - 1), -1)
                    if lines[k + 1].blank_before or _account(lines[k]) or _stamp(lines[k])
                    or words(lines[k].text) > POST_WORDS), None)
        if top is None or lines[top + 1].blank_before or not (_account(lines[top]) or _stamp(lines[top])):
            continue
        if _stamp(lines[top]):  # the post's time stamp under its poster's name ("Fiskevårdsföreningen Gimån")
            if top == 0 or lines[top].blank_before or not is_poster_shaped(lines[top - 1].text):
                continue
            top -= 1
        if top > 0 and not lines[top].blank_before and _platform_label(lines[top - 1]):
            top -= 1  # the post's label over its account ("Instagram-inlägg"; session 36, extract151)
        inner = [x for x in lines[top + 1:a] if x.tag is None]
        if len(inner) > TEXT_LINES + 1 or any(is_quote(x.text) and words(x.text) >= QUOTE_WORDS for x in inner):
            continue
        _drop_post(lines[top:a + 1])
        k = a + 1
        while k < cut and not lines[k].blank_before and lines[k].tag is not None and lines[k].rule in _FOOT:
            k += 1
        if k < cut and not lines[k].blank_before and lines[k].text == lines[top].text:
            _drop_post(lines[k:k + 1])
            if k + 1 < cut and not lines[k + 1].blank_before and is_date_line(lines[k + 1].text):
                _drop_post(lines[k + 1:k + 2])


_SIGNATURE = re.compile(r"[—–-]\s*[^()]{1,60}\(@[\w.]{1,30}\)\s+.{0,10}\d.{0,30}")
"""An embedded X (Twitter) post's signature as its embed code writes it under the text: a dash, the account's name,
its handle in brackets and the post's date ("— Kalvsjö IK (@kalvsjoik) 11 februari 2025")."""
SIGNED_TEXT_LINES = 2
"""The post's text over its signature is at most this many lines."""


def signed_post_tags(lines: Sequence[TaggedLine]) -> None:
    """Session 30 (blind set extract107): an X post embedded as its embed code writes it, its text over its signature
    (:data:`_SIGNATURE`), glued: the signature and the text over it (at most :data:`SIGNED_TEXT_LINES` kept lines of
    at most :data:`POST_WORDS` words, up to a line the rules took or a blank line) go, rule ``embed-box``. The
    signature's form (a dash, a name, "(@handle)", a date) is the embed's on any site; an article quoting a post
    writes it in its own sentence. Risk: the article's last paragraph glued right over a post whose text was not
    copied is taken for the post's text."""
    for i, ln in enumerate(lines):
        if ln.tag is not None or not _SIGNATURE.fullmatch(ln.text.strip()):
            continue
        ln.tag, ln.rule = "drop", RULE
        k = i
        while k > 0 and i - k < SIGNED_TEXT_LINES and not lines[k].blank_before:
            above = lines[k - 1]
            if above.tag is not None or words(above.text) > POST_WORDS or is_quote(above.text):
                break
            above.tag, above.rule = "drop", RULE
            k -= 1
