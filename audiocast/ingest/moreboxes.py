"""A box of the site's other items under the article: a heading that says there are more of them ("Fler berättelser",
"Tidigare nyheter", "Andra inlägg", "Liknande artiklar", "Mer från arkivet", the writer's other texts: "Fler texter av
Olof Grahn", "Mer av Siri Ek") over the items' titles, perhaps with their dates.

On any site such a box is told by its heading's shape - a word of "more / earlier / other / similar" and a word for
the site's items (news, stories, posts, pictures …), nothing else but perhaps where they come from ("från
föreningen") - and by what is under it: at least :data:`MIN_TITLES` title-like lines of :data:`TITLE_WORDS` words or
more (headlines, verbs allowed, no sentence's end), only dates between them. The heading and its titles go, below the
article's running prose only. Guards (kept): such a heading over a paragraph (the article's subheading "Fler åtgärder"
over its text); a heading over names or short items (a fact box "Tidigare vinnare" over "Anna Ek, Ås"). Right under
the article's share row, where the article is over, the heading's box goes whatever its items ("Fler familjenotiser"
over birthday and death notices, session 28), and so does any short heading's there ("Kalender" over a parish's
events, session 29).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .data.live_words import CURRENT_KIND, LIVE_HEAD, NOW
from .dates import is_date_line
from .furniture import TaggedLine, page_tail
from .headfacts import LABELLED_ROW
from .lineshape import content_words, is_quote, is_title_like, said_mostly, words

RULE = "more-box"
MIN_TITLES = 2
TITLE_WORDS = 4
"""A teaser's title has at least this many words (a name or a short item has fewer)."""
_ITEMS = (r"\w*(?:nyheter|nyhet|artiklar|berättelser|inlägg|reportage|intervjuer|notiser|texter|händelser|"
          r"evenemang|aktiviteter|bilder|brev|blad|krönikor|recensioner|tips|recept|avsnitt|poddar|"
          r"pressmeddelanden|puffar|porträtt|utgåvor|stories|posts|news|articles)(?:na|en)?")
"""The site's items, compounds too ("ordförandebrev", "kyrkoblad", "klubbnyheter", "blogginlägg")."""
_BY_WRITER = (r"(?:läs\s+)?(?:fler|mer|more)\s+(?:\w+\s+)?(?:av|från|by|from)"
              r"\s+(?-i:[A-ZÅÄÖÉ][\w'’.-]*)(?:\s+(?-i:[A-ZÅÄÖÉ][\w'’.-]*)){0,3}\s*:?")
"""A heading over the writer's other texts that names the writer, with or without a word for the items ("Fler texter av
Olof Grahn", "Mer av Siri Ek", "Läs mer från Siri Ek"): the name's words capitalised ("Mer av det goda" is none)."""
_HEAD = re.compile(
    r"(?i)(?:fler|mer|flera|andra|tidigare|äldre|nyare|senaste|liknande|övriga|relaterade|populära|utvalda|aktuella|"
    r"more|other|related|latest|recent|older)\s+(?:\w+\s+)?" + _ITEMS + r"(?:\s+(?:från|i|om|ur|av|from|in|by)\s+\S+(?:\s+\S+){0,2})?"
    r"\s*:?|" + _BY_WRITER)


def is_more_head(line: str) -> bool:
    """A heading over the site's other items ("Fler berättelser", "Tidigare nyheter", "Fler bilder ur arkivet")."""
    return bool(_HEAD.fullmatch(line.strip()))


def _is_date(ln: TaggedLine) -> bool:
    return ln.tag == "date"


def _titles(lines: Sequence[TaggedLine], start: int, cut: int) -> int:
    """The end of the run of titles (and their dates) under a heading at ``start - 1``, or ``start`` when it is none."""
    j, titles = start, 0
    while j < cut:
        ln = lines[j]
        if _is_date(ln):
            j += 1
            continue
        if ln.tag is not None or not is_title_like(ln.text) or words(ln.text) < TITLE_WORDS:
            break
        titles += 1
        j += 1
    return j if titles >= MIN_TITLES else start


def more_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a box of the site's other items under the article's running prose (see the module docstring)."""
    cut = page_tail(lines)
    prose = False
    for i in range(cut):
        ln = lines[i]
        more = is_more_head(ln.text)
        if (ln.tag is None or (ln.tag == "menu" and not more)) and prose and (more or _box_heading(ln.text)):
            end = _titles(lines, i + 1, cut) if more else i + 1
            if end == i + 1 and _after_share_row(lines, i):
                end = _box_end(lines, i + 1, cut)
            if end > i + 1:
                for x in lines[i:end]:
                    if x.tag is None or x.tag in ("date", "menu"):
                        x.tag, x.rule = "drop", RULE
                continue
        prose = prose or is_running_prose(ln)
    see_all_box_tags(lines)


HEADING_WORDS = 4
"""Under the share row a box's heading of any words ("Kalender", "Aktuellt i församlingen") has at most this many."""


def _box_heading(line: str) -> bool:
    """A box's heading of any words: short, title-like (session 29: "Kalender" over a parish's events under the share
    row; the article is over there, so its heading needs no word of "more")."""
    t = line.strip()
    return bool(t) and words(t) <= HEADING_WORDS and is_title_like(t) and t[-1:] != ":"


_POST_RULES = frozenset({"embed-box", "social-time", "social-furniture"})
"""The rules of a social post embedded in the text: a share row under it is the post's, and the article goes on under
it (session 43, extract215: the section under a municipality's Facebook post was dropped as the site's box)."""
SHARE_RULE = "share"
"""The rule of a share row's buttons ("Dela", "Facebook", "Kopiera länk"; ``data/boilerplate.tsv``)."""
MIN_SHARE = 2


def _after_share_row(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether the heading at lines[i] stands right under the article's share row: the lines between the last kept line
    and it all taken by the rules (or buttons of a word or two), :data:`MIN_SHARE` of them or more a share row's
    buttons. The article is over there, so the box under such a heading is the site's whatever its items (family
    notices, short news), session 28."""
    shares = 0
    for k in range(i - 1, -1, -1):
        ln = lines[k]
        if ln.rule in _POST_RULES:
            return False  # the buttons of a post embedded between the paragraphs ("Gilla" / "Dela" / "Visa på Facebook")
        if ln.tag is None:
            t = ln.text.strip()
            if words(t) <= 2 and t[-1:] not in ".!?":
                continue  # a button no rule took yet ("Mejl")
            return shares >= MIN_SHARE and is_running_prose(ln) and not _head_row(lines, k)
        shares += ln.rule == SHARE_RULE
    return False


HEAD_REACH = 1
"""A share row set under the head has its byline or date right over the prose line right above it (a short article's
three paragraphs under its date end over a share row of the page's foot, session 28)."""


def _head_row(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether the share row under lines[k] is the head's (session 38, extract169: "Dela" / "Spara" / "Lyssna" under a
    byline, a date and a note on the figures' source, over a list of property sales under their places' names): the
    article's byline or date stands right over the prose line above the row, so the article has only begun."""
    return any(x.tag in ("byline", "date", "published") for x in lines[max(0, k - HEAD_REACH):k])


def _box_end(lines: Sequence[TaggedLine], start: int, cut: int) -> int:
    """The end of the box under a heading set under the share row: up to the next line the rules took as a box, a stop
    or the footer (a call to send something in, the site's address), at most :data:`MAX_BOX` lines."""
    j = start
    while j < min(cut, start + MAX_BOX) and lines[j].tag in (None, "date", "menu", "drop") \
            and lines[j].rule not in BOX_ENDS:
        j += 1
    return j


BOX_ENDS = frozenset({"call-form", "box", "more-link"})
"""The rules whose lines end such a box: the site's call to send something in, its address box, its "see all" link."""
MAX_BOX = 20
"""A box of the site's items under the share row holds at most this many lines."""


SEE_ALL = re.compile(r"(?i)(?:se|visa) alla\b")
"""A box's closing link to the whole list ("Se alla objekt i området", "Visa alla evenemang")."""
SEE_ALL_RULE = "see-all-box"
MIN_SEE_ALL = 3
"""A box closed by its link holds at least this many lines over it (a heading and its items)."""
TIE_SHARE = 0.5
"""A box whose content words the article's prose has said at least this share of is the article's."""


def see_all_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Session 39 (extract176): a box of listings set between two parts of the article and closed by its link to the
    whole list ("Till salu i Norra Ekbacken" / an address / "Villa · 6 rum · 142 kvm" / "Utgångspris 6 150 000 kr" /
    … / "Se alla objekt i området", then the article's next section). Over all annotated dumps the lines of such a
    box (short lines with no sentence's end between the article's prose and a "Se alla"/"Visa alla" link with the
    article going on under it) are 82 the site's and 0 an article's; a results box closed by "Alla resultat" was the
    article's (9 lines), so the link must say "se" or "visa". The box is the lines over the link up to the article's
    last running prose; a box with a field row ("Bolån 3 mån: 3,14 %", "Invånare: 6 300") is left to the fact boxes'
    rules, and so is one whose content words the article's prose has mostly said (:data:`TIE_SHARE`: a course's box
    naming its teacher and its last day to apply, both in the text, is the article's fact box though a link closes it:
    session 18's guard)."""
    said: set[str] | None = None
    for i, ln in enumerate(lines):
        if ln.rule != "more-link" or not SEE_ALL.match(ln.text.strip()) or not _goes_on(lines, i + 1):
            continue
        k = i - 1
        while k >= 0 and not is_running_prose(lines[k]) and lines[k].text.strip()[-1:] not in ".!?" \
                and lines[k].tag in (None, "drop", "menu") and i - k <= MAX_BOX:
            k -= 1
        box = lines[k + 1:i]
        if k < 0 or not is_running_prose(lines[k]) or len(box) < MIN_SEE_ALL \
                or any(x.tag is None and LABELLED_ROW.fullmatch(x.text.strip()) for x in box):
            continue
        said = said if said is not None else set().union(*(content_words(x.text) for x in lines if is_running_prose(x)))
        if said_mostly((x.text for x in box if x.tag is None), said, TIE_SHARE):
            continue
        for x in box:
            if x.tag is None or x.tag == "menu":
                x.tag, x.rule = "drop", SEE_ALL_RULE


def _goes_on(lines: Sequence[TaggedLine], j: int) -> bool:
    """Whether the article goes on under a box's link: its running prose within the next two lines (a subheading
    between)."""
    return any(is_running_prose(x) for x in lines[j:j + 2])


ECHO_RULE = "echoed-box"
_ALL_OF = re.compile(r"(?i)(?:visa|se|läs)?\s*alla\s+(?P<n>\w+)\s*[›»→>]?")
"""A box's link to all its items, naming them ("Visa alla störningar", "Alla nyheter ›", "Se alla aktiviteter")."""
ECHO_REACH = 12
"""The box's label stands at most this many lines over its link."""
LABEL_WORDS = 6
"""The label is a short line ("Trafikstörningar just nu", "3 aktuella störningar", "Kommande aktiviteter")."""
PROSE_WORDS = 20
"""A sentence of this many words is running text: the boxes are looked for above the first."""
_HEAD_TAGS = frozenset({"date", "byline", "published", "updated"})


def _live_label(label: str) -> bool:
    """A live widget's heading that says its data is current ("Trafikläget just nu", "Avgångar", "Väder": a kind of
    live data with a word of now, or a kind current by itself; :mod:`.data.live_words`), no colon's label: over a link
    to all its items ("Se alla händelser") the box is named though the link's noun is not the label's (session 43,
    extract195: a traffic box's rows over the head were read as its headline and lead)."""
    return label[-1:] != ":" and LIVE_HEAD.search(label) is not None and (
        NOW.search(label) is not None or CURRENT_KIND.search(label) is not None)


def echoed_box_tags(lines: Sequence[TaggedLine]) -> None:
    """A box named twice, by its label and by its link to all its items ("Trafikstörningar just nu" … "Visa alla
    störningar"; the link's noun said again in the label): the label, the link and every line between are the box's
    (rule ``echoed-box``), whatever their shape. The box's items are titles with a line of text each, a departure's
    time, a status ("Pågår"), which no rule of their own takes all of: an item left in the middle of a traffic page's
    box over the head was taken for the headline and its lead (session 41, extract188).

    Told over the page above its first line of running text (a sentence of :data:`PROSE_WORDS` words, or a quote):
    a link of :data:`_ALL_OF` with a label over it within :data:`ECHO_REACH` lines, short (:data:`LABEL_WORDS` words),
    no sentence, holding the link's noun (its stem: "störningar" in "Trafikstörningar") or naming current live data
    (:func:`_live_label`; counted over every annotated dump, session 43: 5 more boxes, 30 lines, none the article's). Guard (kept): a box holding a
    date line or the head's meta is an article under its section's label ("Nyheter" over the head). Counted over every
    annotated dump (the never-read sets aside): above the running text 18 such boxes, 110 lines, none the article's
    (one held a copy of the headline, which stands again over its lead), the guard keeping 2 more. Under the running
    text an article's own fact box or results list may close with such a link ("Skrivarlinjen hösten 2026" … "Visa
    alla linjer", "Alla resultat"): not read there. Risk: a page whose lead is shorter than :data:`PROSE_WORDS` words
    with no quote before such a box of its own."""
    prose = next((i for i, ln in enumerate(lines) if ln.tag is None and (is_quote(ln.text) or (
        words(ln.text) >= PROSE_WORDS and ln.text.rstrip()[-1:] in ".!?"))), len(lines))
    for i, ln in enumerate(lines[:prose]):
        m = _ALL_OF.fullmatch(ln.text.strip())
        if m is None:
            continue
        noun = m.group("n").lower()
        stem = noun[:max(5, len(noun) - 3)]
        for k in range(i - 2, max(-1, i - ECHO_REACH - 1), -1):
            label = lines[k].text.strip()
            if words(label) <= LABEL_WORDS and label[-1:] not in ".!?" and (stem in label.lower() or _live_label(label)):
                box = lines[k:i + 1]
                if not any(x.tag in _HEAD_TAGS or is_date_line(x.text) for x in box):
                    for x in box:
                        if x.tag is None or x.tag == "menu":
                            x.tag, x.rule = "drop", ECHO_RULE
                break
