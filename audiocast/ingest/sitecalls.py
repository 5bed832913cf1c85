"""The site's standing call to send something in, set under the article's end: "Vill du också skriva en insändare?
Max 2 000 tecken. Skicka till insandare@….", "Skicka in din föreningsnotis" over "Har din förening något på gång?
Mejla …", "Så tipsar du oss" over "Skicka ditt tips till tips@… eller ring …".

A newsroom sets the same call under every article of a kind (letters, notices, results, family news, a column's
questions); on any site it is told by its shape and its place, not by what it asks for:

- a line of at most :data:`CALL_WORDS` words that speaks to the reader ("du", "din", "ni", …, or, since session 26,
  an imperative of sending that opens it, "Skicka till insandare@…", to the newsroom's own address) and gives an
  e-mail address, no quote;
- set apart as a box: under a heading of its own (at most :data:`HEADING_WORDS` words, title-like, speaking to the
  reader or opened by a verb of sending: "Skriv en insändare", "Skicka in resultat", "Så tipsar du oss"; since
  session 26 perhaps with the call's terms to the reader glued between the heading and the address line, when the
  address is the newsroom's own), or alone
  between blank lines in a dump whose blank lines part boxes (the lines above it are glued together);
- the newsroom's own: its e-mail domain is the site's name (one of the page's first lines, a run of its words each
  whole or by its initial: "tallbodirekt" for "Tallbo Direkt", "mdt" for "Mellersta Dalarnas Tidning") and at most
  a quarter of its line's content words are the article's; or, to any address, at most a quarter of its and its
  heading's are, and its heading's own words are none of the article's;
- nothing of the article's running prose under it (only the page's furniture follows).

Guards (kept): the article's own call closing its text in its paragraph ("Vill du nominera någon? Mejla …" glued
under the text, in a dump without blank lines between boxes); a closing section of the article in its words ("Så
ansöker du" over "Mejla ansökan till …" after a text about the grant); a call with the article's prose under it.
Not here: a question to the reader on its own line over an address (:mod:`audiocast.ingest.readercalls`), boxes
ending in buttons (:mod:`audiocast.ingest.actionbox`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import MAIL as _MAIL
from .lineshape import READER as _READER
from .lineshape import content_words, is_quote, is_title_like, words

RULE = "site-call"
CALL_WORDS = 45
"""A standing call is at most this many words."""
HEADING_WORDS = 6
"""A call's heading is at most this many words ("Så skriver du en insändare")."""
ARTICLE_SHARE = 1 / 4
"""A call shares at most this share of its content words (with its heading's) with the article's text above it (an
organisation's own call to its members, "Har du synpunkter på studiemiljön på campus? Mejla …", shares more); a call
to the site's own address, the same share of its own line's words (a sports desk's call for results under its
heading "Rapportera din match" says "match" and "spelat" as its report does; a money column's "Har du en fråga om
privatekonomi? Mejla …" says "fråga" and "frågor" as the column does, and one blind set reads it as the column's)."""
_SEND = re.compile(r"(?i)(?:skicka|skriv|mejla|maila|e-posta|tipsa|berätta|nominera|hör|sänd|lämna)\b")
"""A verb of sending opening a call's heading ("Skicka in resultat", "Tipsa sporten")."""


def _short_kept(ln: TaggedLine) -> bool:
    return ln.tag is None and words(ln.text) <= CALL_WORDS and not is_quote(ln.text)


def _call(ln: TaggedLine) -> bool:
    """A line with an e-mail address that speaks to the reader: by a pronoun ("Mejla din bild till …") or, session 26,
    by an imperative of sending that opens it ("Skicka till insandare@…")."""
    text = ln.text
    return _short_kept(ln) and bool(_MAIL.search(text)) and bool(_READER.search(_MAIL.sub(" ", text)) or _SEND.match(text))


def _pitch(ln: TaggedLine) -> bool:
    """The call's terms between its heading and its address line, speaking to the reader ("Vi tar gärna emot
    insändare på högst 2 000 tecken. Skriv ditt namn och din ort …"), with no address of its own."""
    return _short_kept(ln) and not _MAIL.search(ln.text) and bool(_READER.search(ln.text))


def _heading(ln: TaggedLine) -> bool:
    text = ln.text.strip()
    return (ln.tag is None and words(text) <= HEADING_WORDS and is_title_like(text) and not _MAIL.search(text)
            and (bool(_READER.search(text)) or _SEND.match(text) is not None))


def _alone(lines: Sequence[TaggedLine], i: int, cut: int) -> bool:
    """lines[i] stands between blank lines (or the page's furniture under it), and the lines right above the blank
    line are glued together: blank lines part the page's boxes, not the article's paragraphs."""
    if not lines[i].blank_before or i < 2 or lines[i - 1].blank_before:
        return False
    nxt = lines[i + 1] if i + 1 < cut else None
    return nxt is None or nxt.blank_before or nxt.tag is not None


def _foreign(said: set[str], call: str, share: float) -> bool:
    own = content_words(_MAIL.sub(" ", call))
    return bool(own) and len(own & said) <= share * len(own)


_FOLD = str.maketrans("åäöéü", "aaoeu")


def _forms(name: str) -> set[str]:
    """The forms a site's name takes in its e-mail domain: a run of its words, each whole or by its initial, letters
    only ("Kuriren Mölndal–Härryda": "kurirenmolndalharryda", "kurirenmh"; "del av Tidaholms Nyheter":
    "tidaholmsnyheter"; "Mellersta Dalarnas Tidning": "mdt"); one word alone of five letters or more."""
    parts = [w for w in re.split(r"[^\w]+", name.casefold().translate(_FOLD)) if w.isalpha()]
    if len(parts) > SITE_WORDS:
        return set()
    out: set[str] = {w for w in parts if len(parts) == 1 and len(w) >= 5}
    for a in range(len(parts)):
        forms = {parts[a], parts[a][0]}
        for w in parts[a + 1:]:
            forms = {f + x for f in forms for x in (w, w[0])}
            out |= forms
    return out


SITE_WORDS = 5
"""A site's name line is at most this many words."""


SITE_LINES = 6
"""The site's name is among the page's first lines (under a skip link or a cookie banner's buttons)."""


def _site_address(top: Sequence[TaggedLine], call: str) -> bool:
    """Whether the call's e-mail domain is the site's own name (:func:`_forms` of one of the page's first lines):
    the newsroom's address ("insandare@tallbodirekt.se" under "Tallbo Direkt"), not the article's organisation's."""
    domains = {m.split("@")[1].split(".")[0] for m in _MAIL.findall(call)}
    return any(domains & _forms(ln.text) for ln in top[:SITE_LINES] if ln.tag != "cookie")


def site_call_tags(lines: Sequence[TaggedLine], body_from: int, said: str) -> None:
    """Drop the site's standing call under the article (see the module docstring); ``said`` is the headline and lead."""
    body = lines[body_from:]
    cut = page_tail(body)
    for i in range(1, cut):
        ln = body[i]
        if not _call(ln) or any(is_running_prose(x) for x in body[i + 1:cut]):
            continue
        head = body[i - 1] if _heading(body[i - 1]) else None
        pitch = None
        if head is None and i >= 2 and _heading(body[i - 2]) and _pitch(body[i - 1]) and not body[i - 1].blank_before:
            head, pitch = body[i - 2], body[i - 1]  # the heading, the call's terms, then its address (session 26)
        if head is None and not _alone(body, i, cut):
            continue
        site = _site_address(lines[:body_from], ln.text)
        if (pitch is not None or not _READER.search(_MAIL.sub(" ", ln.text))) and not site:
            continue  # the call's terms between heading and address, or an imperative alone: to the newsroom's own address only
        above = body[:i - (2 if pitch is not None else 1)] if head is not None else body[:i]
        article = content_words(_MAIL.sub(" ", " ".join([said] + [x.text for x in above if x.tag is None])))
        said_call = " ".join(x.text for x in (ln, head, pitch) if x is not None)
        own = _foreign(article, ln.text, ARTICLE_SHARE) and site or (
            _foreign(article, said_call, ARTICLE_SHARE) and not (head is not None and content_words(head.text) & article))
        if own:
            for x in (head, pitch, ln):
                if x is not None:
                    x.tag, x.rule = "drop", RULE
