"""The article's headline on an HTML page, chosen by evidence rather than by position.

The first ``<h1>`` is the headline on most pages, but page builders and themes also put the site's name (a logo
link in a header widget), a section label ("Debatt") or a sidebar widget's title ("Kommande evenemang") in an
``<h1>``, and some set the post's title as an ``<h2>``/``<h3>`` under a site-name ``<h1>`` while the ``<title>``
names only the site. The heading :func:`audiocast.ingest.html_heads.article_h1` finds is kept unless the page
says it is the site's name or a label; then every heading of the page is a candidate and the one with the most
evidence of naming the article wins:

- its words are those of the page's own statements about the article: ``<title>`` (less the site's name),
  ``og:title``/``twitter:title``, the JSON-LD ``headline``, a microdata ``itemprop="headline"``, the slug of the page's URL or of the permalink the
  heading links to;
- it is set as a title (``entry-title``, ``post-title``, ``itemprop=headline``) and a date or byline follows it;
- it is not the site's name (``og:site_name``, the JSON-LD publisher, a link to the home page, a masthead), not
  a label (a few words that are also a menu or breadcrumb link, or a class saying section/category), and not in
  a box the page names as furniture (a sidebar, related posts, a comment form).

Without such evidence the first heading stays: a guess by position is no better for being moved.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from urllib.parse import urlparse

from lxml import etree

from .dates import is_date_line, parse_date
from .headline import shape_of
from .html_classes import BOILERPLATE_TAGS, is_boilerplate_el, role_tokens
from .html_heads import is_masthead
from .structured import element_text, json_ld, meta, microdata_headlines

_WORD = re.compile(r"\w+", re.UNICODE)
_HEADINGS = ("h1", "h2", "h3", "h4")
_LEVEL = {"h1": 2.0, "h2": 1.5, "h3": 1.0, "h4": 0.5}
_TITLE_TOKENS = frozenset({"entry-title", "post-title", "article-title", "story-title", "page-title", "headline",
                           "article__title", "article__headline", "story__title", "post__title", "blog-post-title",
                           "title", "rubrik"})
_LABEL_WORDS = frozenset({"section", "category", "kicker", "label", "vignette", "eyebrow", "overline", "department",
                          "avdelning", "sektion", "tag"})
_SEPARATORS = re.compile(r"\s+[|»«–—·-]\s+|\s*&raquo;\s*")
LABEL_MAX_WORDS = 3
"""A label is a few words: "Debatt", "Lokala nyheter", "Kultur & nöje"."""
MIN_SIMILARITY = 0.5
"""A heading sharing this share of words with a statement of the page's (``og:title`` …) names the article."""
UNNAMED_SIMILARITY = 0.3
"""A first heading sharing less than this with every statement of the page's is not what the page says it is
about ("Nyheter" over a page whose <title> and og:title name a library's reopening)."""
NAMED_SIMILARITY = 0.8
"""Such a heading gives way only to one the statements name nearly word for word."""


def words(text: str) -> list[str]:
    """Lowercase word tokens, accents folded (a URL slug writes "vaxthus" for "växthus")."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


def similarity(a: str, b: str) -> float:
    """Shared words over the longer of the two (1.0: the same words; a site name inside a long title is low)."""
    x, y = Counter(words(a)), Counter(words(b))
    if not x or not y:
        return 0.0
    return sum((x & y).values()) / max(sum(x.values()), sum(y.values()))


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_TOKENS = frozenset({"screen-reader-text", "sr-only", "visually-hidden"})


def is_hidden(el: etree._Element) -> bool:
    """An element the browser does not show (``hidden``, ``aria-hidden``, ``display: none``, a screen-reader class)."""
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style", ""))) or bool(set(role_tokens(el)) & _HIDDEN_TOKENS))


def _unseen(el: etree._Element) -> bool:
    """The element or one around it is hidden (a mobile menu's copy of the site's name)."""
    return any(is_hidden(a) for a in (el, *el.iterancestors()) if isinstance(a.tag, str))


def site_names(doc: etree._Element) -> set[str]:
    """The site's names the page states (og:site_name, application-name, JSON-LD publisher), as word strings."""
    names = {meta(doc, "og:site_name"), meta(doc, "application-name")}
    ld = json_ld(doc)
    pub = ld.get("publisher")
    if isinstance(pub, dict) and isinstance(pub.get("name"), str):
        names.add(pub["name"])
    return {" ".join(words(n)) for n in names if n and words(n)}


def _slug(url: str) -> str:
    path = urlparse(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    return re.sub(r"\.(?:html?|php|aspx?)$", "", last)


def statements(doc: etree._Element, sites: set[str]) -> list[str]:
    """What the page says its article is called: <title> (and its parts, less the site's name), og:title,
    twitter:title, the JSON-LD headline, the microdata headline of an article's item, the slug of its canonical URL."""
    found: list[str] = []
    title_el = doc.find(".//title")
    raw = element_text(title_el) if title_el is not None else ""
    if raw:
        found.append(raw)
        found.extend(p for p in _SEPARATORS.split(raw) if " ".join(words(p)) not in sites)
        found.extend(_less_end(raw))
    for name in ("og:title", "twitter:title"):
        value = meta(doc, name)
        if value:
            found.append(value)
    head = json_ld(doc).get("headline")
    if isinstance(head, str):
        found.append(head)
    found.extend(_microdata_headline(doc))
    for el in doc.xpath('//link[@rel="canonical"]|//meta[@property="og:url"]'):
        slug = _slug(el.get("href") or el.get("content") or "")
        if len(words(slug)) >= 3:
            found.append(slug)
    return [s for s in found if words(s) and " ".join(words(s)) not in sites]


def _microdata_headline(doc: etree._Element) -> list[str]:
    """The article's own microdata headline, the first not in a box of the page's furniture (a teaser list's) nor
    hidden; [] without one."""
    return [t for el, t in microdata_headlines(doc) if not _in_furniture(el) and not _unseen(el)][:1]


_END_SEPARATORS = (" | ", " · ", " » ", " – ", " — ", " - ")


def _less_end(raw: str) -> list[str]:
    """The <title> less its last part, cut at its outermost separator (a bar before a dash): the headline that holds a
    dash of its own ("Midsommarkaos på Vätterleden – 12 kilometer kö | Kvällsposten Jönköping")."""
    for sep in _END_SEPARATORS:
        if sep in raw:
            head = raw.rsplit(sep, 1)[0].strip()
            return [head] if any(x in head for x in _END_SEPARATORS) else []
    return []


def _links_permalink(el: etree._Element) -> bool:
    """The heading links to a post whose slug is its own words ("/2025/05/19/tomatplantorna/")."""
    own = set(words(element_text(el)))
    for a in el.iter("a"):
        slug = words(_slug(a.get("href") or ""))
        if slug and sum(w in own for w in slug) >= max(1, 0.6 * len(slug)):
            return True
    return False


def _titled(el: etree._Element) -> bool:
    tokens = set(role_tokens(el))
    return bool(tokens & _TITLE_TOKENS) or el.get("itemprop") == "headline" or any(
        t.endswith(("-title", "__title", "_title", "-headline", "__headline")) for t in tokens)


def _date_follows(el: etree._Element) -> bool:
    """A date or a byline among the few texts after the heading (the headline's post line)."""
    for nxt in el.xpath("following::*[normalize-space(text())][position() <= 4]"):
        if nxt.tag == "time":
            return True
        text = element_text(nxt)
        if len(text) <= 80 and (is_date_line(text) or parse_date(text) is not None or _SLASH_DATE.search(text)):
            return True
    return False


_SLASH_DATE = re.compile(r"(?<![\d/])(?:[0-3]?\d/[01]?\d/(?:19|20)\d\d|(?:19|20)\d\d/[01]?\d/[0-3]?\d)(?![\d/])")
"""A page builder's date written with slashes ("12/04/2024", "2024/04/12"), which the date line rules leave alone (the
day and the month may come in either order; here only that it is a date counts)."""


def _menu_texts(doc: etree._Element) -> set[str]:
    """The texts of the page's links: a label is also a menu item, a breadcrumb or a category link."""
    return {" ".join(words(element_text(a))) for a in doc.iter("a")} - {""}


def is_site(el: etree._Element, doc: etree._Element, sites: set[str]) -> bool:
    """The heading is the site's name: stated as such, or a masthead (a home link, the page header)."""
    return " ".join(words(element_text(el))) in sites or is_masthead(el, doc)


def declared(doc: etree._Element) -> list[str]:
    """The article's names the page declares outright: og:title, twitter:title, the JSON-LD headline (not the
    <title>, whose parts are as often the section as the headline)."""
    found = [meta(doc, "og:title") or "", meta(doc, "twitter:title") or ""]
    head = json_ld(doc).get("headline")
    sites = site_names(doc)
    return [s for s in (*found, head if isinstance(head, str) else "") if words(s) and not section_only(s, doc, sites)]


SECTION_SITE_MAX_WORDS = 6
"""The site's name beside a section's label in a <title> is a few words ("Hedsjö IBK", "Joyful Voices Gospelkör
Lidköping")."""


def section_only(text: str, doc: etree._Element, sites: set[str]) -> bool:
    """Whether a statement of the page's ("Nyheter", "Hedsjö IBK - Nyheter", "Blogg | Kennel Granliden") names only
    a section and the site: a part of a section label's shape (data/headline.tsv: "Nyheter", "Aktuellt", "Blogg"),
    every other part the site's name (stated as such, or a few words that no heading of the page says: a headline
    beside the label, "Nyheter - Damerna vann cupen", is the page's own heading). Such a statement names no article."""
    parts = [p for p in _SEPARATORS.split(text) if words(p)]
    labels = [p for p in parts if shape_of(p.strip()) in {"label", "nav"}]
    if not labels:
        return False
    heads = [element_text(h) for h in doc.iter(*_HEADINGS)]
    for part in parts:
        if part in labels or " ".join(words(part)) in sites:
            continue
        if len(words(part)) > SECTION_SITE_MAX_WORDS or any(similarity(part, h) >= NAMED_SIMILARITY for h in heads):
            return False
    return True


def is_label(el: etree._Element, menu: set[str], says: list[str], names: list[str] | None = None) -> bool:
    """The heading is a section label: a few words that are also a link of the page's menu or breadcrumb, or set
    in a class saying section/category, or a section's word the dumps' label table knows ("Aktuellt"), and not what the page's statements call the article (a short headline
    the og:title names, "Ny rektor", is no label even when the breadcrumb links it)."""
    text = element_text(el)
    n = len(words(text))
    if not n or n > LABEL_MAX_WORDS or any(similarity(text, s) >= 0.8 for s in says if len(words(s)) > n):
        return False
    if any(similarity(text, s) >= 0.8 for s in names or []):
        return False
    parts = {p for t in role_tokens(el) for p in re.split(r"[-_]+", t)}
    named_label = shape_of(text) == "label" and not text.isupper()  # "Aktuellt", "Nyheter", "Debatt" (data/headline.tsv)
    return " ".join(words(text)) in menu or bool(parts & _LABEL_WORDS) or named_label


def _in_furniture(el: etree._Element) -> bool:
    """Inside a box the page names as furniture (a sidebar, a teaser card, a comment form), or inside a link."""
    for a in el.iterancestors():
        if not isinstance(a.tag, str) or a.tag in {"body", "html"}:
            continue
        if a.tag == "form" and wraps_page(a):
            continue
        if a.tag in BOILERPLATE_TAGS or a.tag == "a" or (is_boilerplate_el(a) and len(element_text(a)) < 2000
                                                          and not _holds_main(a)):
            return True
    return False


def _holds_main(el: etree._Element) -> bool:
    """Whether the element holds the page's main content (a <main> or an element of role "main"): a wrapper named as a
    banner around it (a Google Sites page, session 30) is no furniture."""
    return next(el.iterfind(".//main"), None) is not None or bool(el.xpath(".//*[@role='main']"))


PAGE_FORM_SHARE = 0.5
"""A <form> holding at least this share of the body's text, three paragraphs or more, wraps the page."""


def wraps_page(form: etree._Element) -> bool:
    """The <form> wraps the whole page (ASP.NET WebForms' ``aspnetForm``): it holds three paragraphs or more and at
    least :data:`PAGE_FORM_SHARE` of the body's text. Such a form is no comment or search form."""
    if len(form.findall(".//p")) < 3:
        return False
    body = next((a for a in form.iterancestors("body")), None)
    return body is None or len(element_text(form)) >= PAGE_FORM_SHARE * len(element_text(body))


def _likeness(el: etree._Element, says: list[str]) -> float:
    """The heading's likeness to the closest of the page's statements."""
    text = element_text(el)
    return max((similarity(text, s) for s in says), default=0.0)


def evidence(el: etree._Element, says: list[str]) -> float:
    """How strongly a heading names the article: its likeness to the page's statements, its level, a title
    class, a permalink of its own words, a date or byline under it."""
    text = element_text(el)
    sim = max((similarity(text, s) for s in says), default=0.0)
    score = 4 * sim + _LEVEL.get(el.tag, 0.0)
    if _titled(el):
        score += 1
    if _links_permalink(el):
        score += 2
    if _date_follows(el):
        score += 1
    return score


def _strong(el: etree._Element, says: list[str]) -> bool:
    """Enough evidence to move the headline away from the first heading: the page's statements name it, or its
    permalink does, or it is set as a title with a date under it, or a statement opens it (:func:`_opens_with`)."""
    text = element_text(el)
    return (max((similarity(text, s) for s in says), default=0.0) >= MIN_SIMILARITY or _links_permalink(el)
            or (_titled(el) and _date_follows(el)) or _opens_with(el, says))


OPENING_WORDS = 3
"""A statement of the page's of at least this many words that opens a heading word for word names it: the <title>
carries a long headline's first part ("Nu installerar vi laddboxar" of "Nu installerar vi laddboxar – vi är
certifierade")."""


def _opens_with(el: etree._Element, says: list[str]) -> bool:
    """Whether one of the page's statements (:data:`OPENING_WORDS` words or more) opens the heading word for word."""
    own = words(element_text(el))
    return any(len(w) >= OPENING_WORDS and own[:len(w)] == w for w in map(words, says))


def choose_headline(doc: etree._Element, first: etree._Element | None) -> etree._Element | None:
    """The heading that names the article: ``first`` (the page's first <h1> as :func:`article_h1` reads it) unless
    it is the site's name or a label and another heading has the evidence (see the module's docstring), or, without
    one, an element set as the title with its date under it (:func:`headline_without_h1`: a page builder's post title
    in a <div> under the site's name in an <h1>); on a page without <h1>, a heading the page's statements name nearly
    word for word, else None."""
    sites = site_names(doc)
    says = statements(doc, sites)
    menu = _menu_texts(doc)
    named = first is not None and _likeness(first, says) >= UNNAMED_SIMILARITY
    unnamed = _names_only_site(doc, sites)
    fallback: etree._Element | None = None
    if first is None:
        if not says:
            return None
        need = NAMED_SIMILARITY  # no <h1>: a lower heading the statements name nearly word for word is the headline
        if unnamed:
            return _opening_heading(doc, sites, menu, says)
    elif (is_site(first, doc, sites) or is_label(first, menu, says, declared(doc)) or _unseen(first)
          or (_in_furniture(first) and not named)):
        need = 0.0  # the first heading is the site's, a label or a box's ("Vi använder kakor"): any evidence will do
        fallback = headline_without_h1(doc)  # no other heading: a title-classed element with its date under it
    elif says and not named:
        need = NAMED_SIMILARITY  # the statements do not name it: only a heading they do name replaces it
    else:
        return first
    best: etree._Element | None = None
    best_score = 0.0
    for el in doc.iter(*_HEADINGS):
        if el is first or len(words(element_text(el))) < 2 or _in_furniture(el) or _unseen(el):
            continue
        if is_site(el, doc, sites) or is_label(el, menu, says) or (_likeness(el, says) < need and not _opens_with(el, says)):
            continue
        if not _strong(el, says) and not (unnamed and need == 0.0 and _opens_text(el)):
            continue
        score = evidence(el, says)
        if score > best_score or (best is None and need == 0.0):  # a label's page: the first heading opening the text
            best, best_score = el, score
    return best if best is not None else fallback if fallback is not None else first


def named_heading(doc: etree._Element) -> etree._Element | None:
    """The first heading (h1-h3) of two words or more that the page's statements name nearly word for word
    (:data:`NAMED_SIMILARITY`), shown and not the site's name; None without one. The layout reader takes it for the
    article's title where it found no head of its own (session 36, extract153: a forum's topic title in an <h2> over
    posts set without paragraph markup)."""
    sites = site_names(doc)
    says = statements(doc, sites)
    return next((el for el in doc.iter("h1", "h2", "h3")
                 if len(words(element_text(el))) >= 2 and not _unseen(el) and not is_site(el, doc, sites)
                 and _likeness(el, says) >= NAMED_SIMILARITY), None)


LABEL_PART_MAX_WORDS = 3
"""A part of the <title> this short is a section's or a page's name ("Nyheter", "Aktuellt", "Om oss")."""


def _names_only_site(doc: etree._Element, sites: set[str]) -> bool:
    """Whether the page's <title> and og:title name only the site and a section ("Nyheter | Kennel Granliden",
    "Aktuellt — Restaurang Bryggan"), every part the site's name or a few words, and no JSON-LD
    headline nor an article's microdata headline (a Joomla page titled by its category, "Aktuellt", its headline an
    <h2 itemprop="headline"> over the article's tool row, session 36) says more: the page's statements then say nothing
    of the article."""
    raws = [element_text(t) for t in doc.iter("title")] + [meta(doc, "og:title") or ""]
    if isinstance(json_ld(doc).get("headline"), str) or _microdata_headline(doc):
        return False
    parts = [" ".join(words(p)) for raw in raws for p in _SEPARATORS.split(raw)]
    parts = [p for p in parts if p]
    # A longer part that a link of the page holds too is no section's name: it is the article's own title, which a
    # sidebar's "Mest läst" list links as well.
    return bool(parts) and all(p in sites or len(p.split()) <= LABEL_PART_MAX_WORDS for p in parts)


def names_only_site(doc: etree._Element) -> bool:
    """Whether the page's <title> and og:title name only the site and a section (:func:`_names_only_site`)."""
    return _names_only_site(doc, site_names(doc))


OPENING_LOOKAHEAD = 4
"""How many texts after a heading are looked at for the paragraph it opens (a date line may come between)."""


def _opens_text(el: etree._Element) -> bool:
    """The heading opens the page's running text: a paragraph of prose follows within a few texts, no other
    heading between."""
    for nxt in el.xpath(f"following::*[normalize-space(text())][position() <= {OPENING_LOOKAHEAD}]"):
        if nxt.tag in _HEADINGS:
            return False
        text = element_text(nxt)
        if len(text) >= _PROSE_CHARS and text.rstrip()[-1:] in ".!?…\"”":
            return True
    return False


def _opening_heading(doc: etree._Element, sites: set[str], menu: set[str], says: list[str]) -> etree._Element | None:
    """On a page without <h1> whose statements name only the site and a section: the first heading that opens the
    running text (the page's title set as an <h2>), not a label, the site's name or a box's, and above the text's
    first paragraph (a subheading further down is not the title); None without one."""
    for el in doc.iter(*_HEADINGS):
        if len(words(element_text(el))) < 2 or _in_furniture(el) or _unseen(el):
            continue
        if is_site(el, doc, sites) or is_label(el, menu, says):
            continue
        if any(len(element_text(p)) >= _PROSE_CHARS and not _in_furniture(p) for p in el.xpath("preceding::p")):
            return None  # the text has begun above it (not a cookie box's): a subheading, not the page's title
        if _opens_text(el):
            return el
    return None


_TITLE_PARTS = frozenset({"title", "headline", "rubrik", "heading"})
_NOT_TITLE_PARTS = frozenset({"sub", "subtitle", "site", "widget", "section", "cta", "meta", "card", "teaser", "list"})
_ARTICLE_PARTS = frozenset({"post", "entry", "article", "artikel", "news", "nyhet", "nyhets", "story", "blog", "inlagg"})
"""Words of the article glued to a title's word in an old template's class ("posttitle", "entrytitle",
"nyhetsrubrik"; session 19): the article's title, as "post-title" is (never "sitetitle", "widgettitle")."""
TITLED_MAX_CHARS = 200
"""A headline set in a title-classed element holds a line, not a paragraph."""
_PROSE_CHARS = 100


def _title_named(el: etree._Element) -> bool:
    """Set in an element whose class names a title ("post-title-large", "rubrik"), not a site's, a widget's or a
    subtitle's."""
    for token in role_tokens(el):
        parts = set(re.split(r"[-_]+", token))
        parts |= {t for p in parts for t in _TITLE_PARTS for a in _ARTICLE_PARTS if p == a + t or p == a + "s" + t}
        if parts & _TITLE_PARTS and not parts & _NOT_TITLE_PARTS:
            return True
    return False


def headline_without_h1(doc: etree._Element) -> etree._Element | None:
    """On a page with no heading for its article, the element set as its title: the first element above the text
    whose class names a title, holding a headline-long line, with the post's date under it, shares a word with
    the page's statements; None when there is none (the page's <title>/og:title is then all there is)."""
    body = doc.find("body")
    if body is None:
        return None
    sites = site_names(doc)
    says = statements(doc, sites)
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "p" and len(element_text(el)) >= _PROSE_CHARS:
            return None  # the text has begun: no title above it
        if el.tag not in _HEADINGS and _titles_page(el, says, sites):
            return el  # the <title>'s headline set in bold or a plain element above the text
        if el.tag in _HEADINGS or not _title_named(el):
            continue
        text = element_text(el)
        if len(text) > TITLED_MAX_CHARS or not 3 <= len(words(text)) <= 25 or _in_furniture(el):
            continue
        if is_site(el, doc, sites) or not _date_follows(el) or not _shares_word(text, [*says, _first_prose(el)]):
            continue
        return el
    return None


TITLE_PART_WORDS = 3
"""A part of the <title> of at least this many words that an element says word for word is the article's headline."""


def _titles_page(el: etree._Element, says: list[str], sites: set[str]) -> bool:
    """Whether the element says, word for word, a part of :data:`TITLE_PART_WORDS` words or more of what the page
    calls itself (<title> less the site's name, og:title), is no site's name, holds no link, stands in no box of
    furniture and opens the text (:func:`_opens_text`; a masthead's name has the menu under it): the headline set in a <strong> or a <div> ("<p><strong>Bygdegården rustas upp</strong></p>" under a <title>
    "Bygdegården rustas upp - Vallby Bygdeförening")."""
    own = " ".join(words(element_text(el)))
    if len(own.split()) < TITLE_PART_WORDS or own in sites or len(own) > TITLED_MAX_CHARS or el.xpath(".//a"):
        return False  # a link (the masthead's name, a teaser) names no article of its own
    return any(own == " ".join(words(s)) for s in says) and not _in_furniture(el) and _opens_text(el)


def _first_prose(el: etree._Element) -> str:
    """The first paragraph of running text after an element: a <p>, or a <div> holding its text itself (a page
    builder's paragraphs are <div>s)."""
    for p in el.xpath("following::*[self::p or self::div[normalize-space(text())]]"):
        text = element_text(p)
        if len(text) >= _PROSE_CHARS:
            return text
    return ""


STEM_CHARS = 5
"""Two words of this many letters or more that begin alike are one word inflected ("tillverkningen",
"tillverkning", "tillverkas")."""


def _stems(text: str) -> set[str]:
    return {w[:STEM_CHARS] for w in words(text) if len(w) >= STEM_CHARS}


def _shares_word(text: str, says: list[str]) -> bool:
    """At least one word of five letters or more in common (inflections alike) with a statement of the page's or
    with the first paragraph of its text."""
    own = _stems(text)
    return any(own & _stems(s) for s in says)


_KICKER_WORDS = _LABEL_WORDS | frozenset({"type", "kicker", "badge", "flag", "genre", "etikett", "typ"})
KICKER_MAX_WORDS = 4
"""A label set inside the headline element ("NYHET", "Just nu", "Debatt:") is a few words."""


def headline_text(el: etree._Element, says: list[str]) -> str:
    """The headline element's text less a label set inside it before or after the headline (``<h1><span
    class="type">NYHET</span> Vägen stängs</h1>``): an element of a few words whose class says label/type/kicker,
    or whose leaving out makes the text closer to what the page's statements call the article."""
    full = element_text(el)
    best = max((similarity(full, s) for s in says), default=0.0)
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        label = element_text(child)
        if not label or label == full or len(words(label)) > KICKER_MAX_WORDS:
            continue
        if full.startswith(label):
            rest = full[len(label):]
        elif full.endswith(label):
            rest = full[: -len(label)]
        else:
            continue
        rest = " ".join(rest.strip(" :|–—-").split())
        if len(words(rest)) < 3:
            continue
        parts = {p for t in role_tokens(child) for p in re.split(r"[-_]+", t)}
        if parts & _KICKER_WORDS or max((similarity(rest, s) for s in says), default=0.0) > best:
            return rest
    return full
