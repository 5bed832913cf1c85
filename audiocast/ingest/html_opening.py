"""A check on the HTML headline: the title that opens the article's text.

:func:`audiocast.ingest.html_headline.choose_headline` weighs the page's headings against what the page says it is
called (``<title>``, og:title, the JSON-LD headline). On fresh sites that goes wrong when the statements are no
help: the ``<title>`` holds the site's name as one of its parts (which then "names" the site's ``<h1>`` as well as
the headline), og:title or the JSON-LD headline is a search-engine wording that differs from the visible headline,
the ``<title>`` names only a section, or a teaser list's titles, linked to their own posts, outscore the article's
own heading. What holds on any page is where the headline stands: right above the article's first paragraphs, with
at most a date, a byline or a picture between (the *opening title*), never a title of a teaser list (many sibling
titles, each linking to another page) and never the site's name or a section label.

:func:`review_headline` compares the chosen heading with the opening title and moves the headline when the chosen
one is weak: a teaser's title, a heading standing below the text's start, a heading that a teaser list separates
from the text, or one the statements back no better than the opening title while the opening title has the post's
date under it and the chosen one does not. Without a heading chosen, an opening title with a date under it or named
by the statements replaces the og:title/<title> fallback. A heading the statements name better is always kept.
"""

from __future__ import annotations

import re

from lxml import etree

from .dates import is_date_line, parse_date
from .html_classes import role_tokens
from .html_headline import (
    MIN_SIMILARITY,
    NAMED_SIMILARITY,
    _in_furniture,
    _menu_texts,
    _slug,
    _unseen,
    declared,
    is_label,
    is_site,
    similarity,
    site_names,
    statements,
    words,
)
from .structured import element_text

_HEADINGS = ("h1", "h2", "h3", "h4")
OPEN_DATE_TEXTS = 4
"""How many texts under a title are looked at for its date (a byline or a picture's credit may come first)."""
PROSE_CHARS = 100
"""A paragraph of running text holds at least this many characters and ends a sentence."""
LOOKBACK = 6
"""How many texts above the article's first paragraph are looked at for its title (a date, a byline, a caption)."""
TITLE_MAX_WORDS = 25
TEASER_MIN = 3
"""A linked title is a teaser when the page holds at least this many linked titles of its kind (a list of posts)."""
_TITLE_PART = re.compile(r"(?:^|[-_])(?:title|headline|rubrik|heading)(?:$|[-_])")
_NOT_TITLE_PART = re.compile(r"(?:^|[-_])(?:sub|subtitle|site|widget|section|meta|card|teaser|list)(?:$|[-_])")
_LARGE_STYLE = re.compile(r"font-size\s*:\s*(?:(?:1[89]|[2-9]\d)(?:\.\d+)?px|(?:1\.[3-9]|[2-9])(?:\.\d+)?r?em)"
                          r"|font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_BYLINE = re.compile(r"(?i)^(?:av|text|foto|bild|by|skribent|publicerad|uppdaterad)\b")


def _is_prose(el: etree._Element) -> bool:
    if el.tag not in {"p", "div"} or (el.tag == "div" and not (el.text or "").strip()):
        return False
    text = element_text(el)
    return len(text) >= PROSE_CHARS and text.rstrip()[-1:] in ".!?…\"”"


def _self_urls(doc: etree._Element) -> set[str]:
    found = {el.get("href") or el.get("content") or "" for el in
             doc.xpath('//link[@rel="canonical"]|//meta[@property="og:url"]')}
    return {_slug(u) for u in found if u}


def _links_away(el: etree._Element, own: set[str]) -> bool:
    """The element links to another page (not the page itself, not an anchor)."""
    for a in (*el.iter("a"), *el.iterancestors("a")):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")) and _slug(href) not in own:
            return True
    return False


def teaser_titles(doc: etree._Element) -> set[etree._Element]:
    """Titles of teaser lists: titles linking to another page, of a tag the page repeats :data:`TEASER_MIN` times
    or more with links, or twice in cards alike (the same tag and class around each: a row of two teasers). A title
    linking to its own post, named by the page's statements, is the article's (a blog without a canonical URL)."""
    own = _self_urls(doc)
    says = statements(doc, site_names(doc))
    by_tag: dict[str, list[etree._Element]] = {}
    by_card: dict[tuple[str, str, str], list[etree._Element]] = {}
    for el in doc.iter(*_HEADINGS):
        if not _links_away(el, own) or _likeness(el, says) >= MIN_SIMILARITY:
            continue
        by_tag.setdefault(el.tag, []).append(el)
        parent = el.getparent()
        card = (el.tag, parent.tag, parent.get("class", "")) if parent is not None else (el.tag, "", "")
        by_card.setdefault(card, []).append(el)
    found = {el for els in by_tag.values() if len(els) >= TEASER_MIN for el in els}
    return found | {el for els in by_card.values() if len(els) >= 2 for el in els}


def _in_card(el: etree._Element, teasers: set[etree._Element]) -> bool:
    """The element stands in a teaser's card: the nearest element around it (up to three levels) that holds a teaser's
    title holds that one alone (a column holding a list of teasers and the article is no card)."""
    for k, a in enumerate(el.iterancestors()):
        if k >= 3 or a.tag in {"body", "html", "main", "article"}:
            return False
        held = sum(t in teasers for t in a.iter(*_HEADINGS))
        if held:
            return held == 1
    return False


def first_text(doc: etree._Element, teasers: set[etree._Element]) -> etree._Element | None:
    """The article's first paragraph: running prose followed closely by more prose, outside furniture and cards."""
    body = doc.find("body")
    if body is None:
        return None
    for el in body.iter("p", "div"):
        if not _is_prose(el) or _in_furniture(el) or _unseen(el) or _in_card(el, teasers):
            continue
        if any(_is_prose(n) for n in _next_blocks(el)):
            return el
    return None


_SEEN_TEXT = "following::*[normalize-space(translate(text(), '\u200b\ufeff\u2060\u00a0', ''))]"
NEXT_BLOCKS = 3


def _next_blocks(el: etree._Element) -> list[etree._Element]:
    """The :data:`NEXT_BLOCKS` blocks of text after the element: each text holder read as its paragraph (a page
    builder's <p><span>…</span></p>), a spacer holding only zero-width or no-break spaces (Wix) no text."""
    found: list[etree._Element] = []
    for holder in el.xpath(_SEEN_TEXT):
        block = next((a for k, a in enumerate((holder, *holder.iterancestors())) if k <= 2 and a.tag in {"p", "div"}),
                     holder)
        if any(x is el for x in block.iterancestors()) or any(block is f for f in found):
            continue
        found.append(block)
        if len(found) >= NEXT_BLOCKS:
            break
    return found


def _styled(el: etree._Element) -> bool:
    """Set as a title without a heading's tag: a class naming a title, a large or bold inline style, or a block whose
    whole text is bold."""
    tokens = role_tokens(el)
    if any(_TITLE_PART.search(t) and not _NOT_TITLE_PART.search(t) for t in tokens):
        return True
    if _LARGE_STYLE.search(el.get("style", "")):
        return True
    kids = [c for c in el if isinstance(c.tag, str)]
    return (len(kids) == 1 and kids[0].tag in {"strong", "b"} and not (el.text or "").strip()
            and element_text(kids[0]) == element_text(el))


def _title_of(el: etree._Element) -> etree._Element | None:
    """The title element a text holder belongs to (itself or an ancestor up to two levels), if it is set as one."""
    for k, cand in enumerate((el, *el.iterancestors())):
        if k > 2 or cand.tag in {"body", "html", "main", "article"}:
            return None
        if cand.tag in _HEADINGS or (cand.tag in {"div", "span", "p", "strong", "b"} and _styled(cand)):
            return cand
    return None


def _title_shaped(el: etree._Element) -> bool:
    text = element_text(el)
    n = len(words(text))
    return (2 <= n <= TITLE_MAX_WORDS and len(text) <= 200 and not text.rstrip().endswith(".")
            and not is_date_line(text) and parse_date(text) is None and not _BYLINE.match(text))


def opening_title(doc: etree._Element, prose: etree._Element, teasers: set[etree._Element]) -> etree._Element | None:
    """The title right above the article's first paragraph (:data:`LOOKBACK` texts at most: a date, a byline, a
    caption may come between), skipping teaser titles; None when the nearest title is the site's or a label."""
    sites = site_names(doc)
    says = statements(doc, sites)
    menu = _menu_texts(doc)
    seen: set[etree._Element] = set()  # the elements themselves: an id() of a dropped lxml proxy is reused
    for holder in list(prose.xpath("preceding::*[normalize-space(text())]"))[::-1][:LOOKBACK]:
        el = _title_of(holder)
        if el is None or el in seen:
            continue
        seen.add(el)
        if el in teasers or _in_card(el, teasers) or _unseen(el) or _in_furniture(el):
            continue
        if is_site(el, doc, sites) or is_label(el, menu, says):
            return None
        if _title_shaped(el):
            return el
    return None


def _likeness(el: etree._Element, says: list[str]) -> float:
    text = element_text(el)
    return max((similarity(text, s) for s in says), default=0.0)


def _teaser_between(chosen: etree._Element, opening: etree._Element, teasers: set[etree._Element]) -> bool:
    """A teaser's title stands between the chosen heading and the opening title: the chosen heads a list."""
    later = set(opening.xpath("preceding::*"))
    return any(t in later and any(x is chosen for x in t.xpath("preceding::*")) for t in teasers)


def review_headline(doc: etree._Element, chosen: etree._Element | None) -> etree._Element | None:
    """The headline element after the check against the opening title (see the module's docstring)."""
    teasers = teaser_titles(doc)
    prose = first_text(doc, teasers)
    if prose is None:
        return chosen
    opening = opening_title(doc, prose, teasers)
    if opening is None or opening is chosen:
        return chosen
    if chosen is not None and (any(x is chosen for x in opening.iterancestors())
                               or any(x is opening for x in chosen.iterancestors())):
        return chosen
    says = statements(doc, site_names(doc))
    op_like = _likeness(opening, says)
    dated = own_date(opening)
    if chosen is None:
        named = bool(says) and op_like >= MIN_SIMILARITY
        return opening if dated or named else None
    ch_like = _likeness(chosen, says)
    over_menu = (ch_like < NAMED_SIMILARITY or _title_is(doc, chosen)) and _menu_between(chosen, opening)
    if is_site(chosen, doc, site_names(doc)) or _label(doc, chosen, says) or over_menu:
        return opening  # the site's name (the menu under it) or a section's label is no headline, whatever <title> says
    if ch_like >= NAMED_SIMILARITY and op_like < ch_like:
        return chosen  # what the page's og:title or <title> names nearly word for word (a cookie box's prose above it)
    if chosen in teasers or _after(chosen, prose):
        return opening  # a teaser's title or a heading under the text's start is no headline
    if op_like > ch_like and op_like >= MIN_SIMILARITY:
        return opening
    if op_like < ch_like and (ch_like >= NAMED_SIMILARITY or not dated):
        return chosen  # the statements name the chosen heading better
    if _teaser_between(chosen, opening, teasers):
        return opening  # the chosen heading is a list's: teasers stand between it and the text
    if op_like >= MIN_SIMILARITY and op_like >= ch_like:
        return opening  # two parts of the <title>: the site's name stands over the page, the article's over its text
    return opening if dated and not own_date(chosen) else chosen


_MENU_WORDS = re.compile(r"(?:^|[-_])(?:nav|navbar|navigation|menu|meny|mainmenu|main-menu)(?:$|[-_])")
MENU_LINKS = 3
_CRUMBS = re.compile(r"(?i)crumb|smul|sökväg|path")


def _menu_between(chosen: etree._Element, opening: etree._Element) -> bool:
    """The site's menu stands between the chosen heading and the opening title: a <nav> (or an element named as the
    menu) of :data:`MENU_LINKS` links or more to the site's pages, not anchors of a table of contents. The heading
    over the menu is the site's name, the title under it the article's."""
    before = set(opening.xpath("preceding::*"))
    for el in chosen.xpath("following::*"):
        if el not in before:
            return False
        if not (el.tag == "nav" or el.get("role") == "navigation" or any(_MENU_WORDS.search(t) for t in role_tokens(el))):
            continue
        if _CRUMBS.search(" ".join([*role_tokens(el), el.get("aria-label", "")])):
            continue  # a breadcrumb under the headline ("Hem › Nyheter") names the page's place, not the site
        hrefs = [(a.get("href") or "").strip() for a in el.iter("a")]
        if sum(bool(h) and not h.startswith(("#", "javascript:")) for h in hrefs) >= MENU_LINKS:
            return True
    return False


def _title_is(doc: etree._Element, el: etree._Element) -> bool:
    """The page's <title> is the element's text alone (no headline beside it: a site's name on every page)."""
    title = doc.find(".//title")
    return title is not None and words(element_text(title)) == words(element_text(el))


def _label(doc: etree._Element, el: etree._Element, says: list[str]) -> bool:
    return is_label(el, _menu_texts(doc), says, declared(doc))


def own_date(el: etree._Element) -> bool:
    """A date or a byline under the element before any other title (a site's name over the headline has the
    headline's date further down, under the headline)."""
    for nxt in el.xpath(f"following::*[normalize-space(text())][position() <= {OPEN_DATE_TEXTS}]"):
        title = _title_of(nxt)
        if title is not None and title is not el and _title_shaped(title):
            return False
        text = element_text(nxt)
        if nxt.tag == "time" or (len(text) <= 80 and (is_date_line(text) or parse_date(text) is not None)):
            return True
    return False


def _after(el: etree._Element, prose: etree._Element) -> bool:
    """The element stands below the article's first paragraph (a subheading, a teaser under the text)."""
    return any(x is prose for x in el.xpath("preceding::*"))

