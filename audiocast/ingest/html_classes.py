"""What an HTML element is, from its tag and the words of its naming attributes (class, id, role, data-*).

Boilerplate elements (cookie banners, share tools, captions, bylines, comments, related and most-read lists,
ads, newsletter boxes, menus, sidebars) are recognised here; :mod:`audiocast.ingest.html` decides whether one
is dropped (never when it holds much of the article's text).
"""

from __future__ import annotations

import re

from lxml import etree

from .structured import element_text
from .structured import element_text as _text

BOILERPLATE_TAGS = ("nav", "footer", "figure", "figcaption", "form", "button", "script", "style",
                    "noscript", "iframe", "svg", "aside", "dialog", "template", "select", "input")
BOILERPLATE_CLASS_WORDS = frozenset("""
    cookie cookies consent gdpr banner share sharing social related relaterat comments comment
    kommentarer kommentar byline byline__author author authors writer reporter caption figcaption
    bildtext imagetext credit credits photographer fotograf ad ads advert adverts advertisement annons
    annonser sponsored sponsor newsletter nyhetsbrev teaser teasers latest senaste popular mostread
    trending nav navigation menu meny breadcrumb breadcrumbs footer sidebar kicker vignette label
    eyebrow overline tags tag paywall subscribe subscription prenumerera promo toolbar tools
    date dates timestamp dateline readalso lasocksa recommended modal popup overlay login skip
    section-label topics badge video player audio embed instagram contact kontakt
    complementary contentinfo epic feedback submeta promo-box richlink links-block likes
    swish donate donation donations fundraising pagination pager paginering
""".split())
BOILERPLATE_CLASS_PHRASES = ("most-read", "mest-last", "read-also", "las-ocksa", "las-aven", "read-more",
                             "las-mer", "more-news", "fler-nyheter", "section-label", "image-text", "most-popular",
                             "mostpopular", "read-next", "readnext", "relatedposts", "more-on-this", "sharedaddy",
                             "comment-", "newsletter-", "signup", "sign-up", "stod-oss", "support-us",
                             # a contact box named as one word (session 49, extract266: SiteVision's "lj-contactbox")
                             "contactbox", "contact-box", "kontaktbox", "kontaktruta")


FACTBOX_CLASS = re.compile(r"fakta|factbox|fact-box|facts|faktaruta|infobox|info-box", re.I)
"""A fact box's name in its class, id or data-type."""


def names_fact_box(el: etree._Element) -> bool:
    """Whether an element names itself a fact box: by its class or id, or (session 37, extract159: a React page's
    ``<aside data-type="factbox">`` between the article's paragraphs) by its ``data-type``, or by its title
    (:func:`fakta_titled`)."""
    return bool(FACTBOX_CLASS.search(f"{el.get('class', '')} {el.get('id', '')} {el.get('data-type', '')}")) or (
        fakta_titled(el))


FAKTA_TITLE = re.compile(r"(?:Fakta\b|[A-ZÅÄÖ][a-zåäö]*fakta\b).{0,60}")
"""A Swedish fact box's title: "Fakta: Ekbacken", "Fakta om …", "Matchfakta"."""
FAKTA_BOX_CHARS = 800
"""A box titled so holds at most this many characters (a column or a page holding one is more)."""


def fakta_titled(el: etree._Element) -> bool:
    """Session 37 (extract161, after its never-read figures): a box whose first child is its title, "Fakta: …" or
    "Matchfakta", and that holds a short text, is a fact box whatever its class says (a page builder's widgets, a
    React page's ``role="complementary"``), as the Swedish label says on any site; never one inside an element named as
    the page's furniture (a sidebar's "Fakta om församlingen"), nor one mostly of links."""
    if el.tag not in ("div", "aside", "section") or len(el) < 2 or not isinstance(el[0].tag, str):
        return False
    title = _text(el[0])
    if not (FAKTA_TITLE.fullmatch(title) and len(title.split()) <= 6 and len(_text(el)) <= FAKTA_BOX_CHARS):
        return False
    if sum(len(_text(a)) for a in el.iter("a")) >= LEAD_LINK_SHARE * len(_text(el)):
        return False  # a box of links titled so ("Fakta om trafiken" over links to other pages): the page's
    return not any(is_boilerplate_el(a) for a in el.iterancestors())  # a sidebar's box; a bare <aside> holds fact boxes


NAMING_ATTRS = ("class", "id", "role", "data-component", "data-testid", "data-test-id", "data-gu-name", "itemprop")
"""Attributes whose words say what an element is (sites with generated class names use data-* instead)."""


def attrs(el: etree._Element) -> str:
    """The naming attributes of an element, joined with spaces."""
    return " ".join(el.get(a, "") for a in NAMING_ATTRS)


_TAXONOMY_TOKEN = re.compile(r"(?:tag|category|post-tag|post_tag|format|status|type)-\S+")
_FIELD_TOKEN = re.compile(r"field-?-(?:type|label)-\S+")
"""Drupal field classes (``field--type-text-with-summary field--label-hidden``) say how a field is
stored and whether its label shows, not what it is."""
_POST_MARKER = re.compile(r"hentry|type-\w+|status-publish|post-\d+|(?:post|node)--?type-\S+")
"""A post container's classes (WordPress ``post_class()``: ``post-12 type-post status-publish hentry
category-video tag-kommentar``); their ``tag-*``/``category-*`` words are the editors' topics
("kommentar", "video"), not what the element is."""


def role_tokens(el: etree._Element) -> list[str]:
    """The lowercased words of an element's naming attributes, less storage and taxonomy classes."""
    tokens = [t for t in attrs(el).lower().split() if not _FIELD_TOKEN.fullmatch(t)]
    if any(_POST_MARKER.fullmatch(t) for t in tokens):
        return [t for t in tokens if not _TAXONOMY_TOKEN.fullmatch(t)]
    return tokens


def _words_of(el: etree._Element) -> set[str]:
    found: set[str] = set()
    for token in role_tokens(el):
        found.add(token)
        found.update(p for p in re.split(r"[-_]+", token) if p)
    return found


def is_table_figure(el: etree._Element) -> bool:
    """A <figure> that holds a data table and no picture or player (WordPress' ``wp-block-table``, a
    CMS's table block): the table is the article's content, not an illustration, so the tag alone does not
    make it boilerplate (its class words still may: a sidebar's or an ad's figure goes as before)."""
    return (isinstance(el.tag, str) and el.tag.lower() == "figure" and el.find(".//table") is not None
            and not el.xpath(".//img|.//picture|.//video|.//iframe|.//svg"))


def is_quote_figure(el: etree._Element) -> bool:
    """A <figure> that holds a quotation and no picture or player (WordPress' ``wp-block-pullquote``, a CMS's quote
    block): the article's words set large, not an illustration, so the tag alone does not make it boilerplate. A pull
    quote repeating a paragraph of the page word for word stays boilerplate: it would be read twice."""
    if not (isinstance(el.tag, str) and el.tag.lower() == "figure" and el.find(".//blockquote") is not None
            and not el.xpath(".//img|.//picture|.//video|.//iframe|.//svg|.//table")):
        return False
    quote = _squash_words(" ".join(" ".join(q.itertext()) for q in el.iter("p")) or _text(el.find(".//blockquote")))
    if not quote:
        return False
    inside = set(el.iter())
    return not any(quote in _squash_words(" ".join(p.itertext())) for p in el.getroottree().iter("p") if p not in inside)


def _squash_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


_VALUE_WORDS = frozenset({"value", "data", "number", "amount", "figure", "count", "varde"})


def _labels_a_value(el: etree._Element) -> bool:
    """A label beside its value (``<span class="stat__label">Valdeltagande</span> <span class="stat__value">``,
    an infobox's ``infobox-label`` cell): one figure of the article's, not a section label or a kicker."""
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt is not None and bool(_words_of(nxt) & _VALUE_WORDS)


def _labels_its_line(el: etree._Element) -> bool:
    """A field's label ending in a colon with its value written after it in the same line
    (``<span class="event-details__label">Tid:</span> 18.30–19.30``): the row's first words, which a browser shows
    as one line "Tid: 18.30–19.30"; dropped, the value is read without what it is.

    Measured (session 25, every annotated HTML page, golden and blind sets): 6 such labels, on one page, each in a line
    of the article's facts; the other "label" classes have no text after them in their line."""
    return _text(el).endswith(":") and bool((el.tail or "").strip()) and len(el) == 0


_DATE_WORDS = frozenset({"date", "dates", "timestamp", "dateline"})
_SUMMARY_PROPS = frozenset({"description", "abstract"})
_ARTICLE_TYPES = re.compile(r"(?i)schema\.org/(?:\w*Article|BlogPosting|Report)\b")


def articles_own_summary(el: etree._Element) -> bool:
    """The article's own summary by its microdata: ``itemprop="description"`` (or ``abstract``) whose item is the
    article (the nearest ``itemscope`` above is a schema.org Article, NewsArticle, BlogPosting): a CMS's news record
    calls its lead a "teaser" (TYPO3 tx_news ``teaser-text``), which the class words take for a teaser card. A related
    list's card is an item of its own (its own ``itemscope``) and keeps its class's word."""
    if not _SUMMARY_PROPS & set(el.get("itemprop", "").lower().split()):
        return False
    scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    return scope is not None and bool(_ARTICLE_TYPES.search(scope.get("itemtype", "")))


_LOCKED_PARTS = frozenset({"paywall", "paywalled"})
_TEXT_PARTS = frozenset({"content", "body"})
_HASH_PART = re.compile(r"[a-z]*\d[a-z0-9]*")
_MODULE_HASH = re.compile(r"__[a-z0-9]*\d[a-z0-9]*$")
"""A CSS module's hash after the class (``Paywall_content__aB3x9``)."""


def names_locked_text(el: etree._Element) -> bool:
    """A class naming the paywalled part of the article's text: one token (a BEM element's name, less its block's) of a
    paywall's word and a body's or content's word alone (``paywall-content``, ``Paywall_content__aB3x9``, ``article__body--paywall``,
    ``story__paywall-content``), never the offer box's names (``paywall-box``, ``article__paywall-end``, and
    ``paywall-text``, ``Paywall_text__sY0tN``: the offer's pitch, on 3 pages of 3 sets). A locked
    article's free part sits there; the word "paywall" alone dropped it, and the page was read again uncleaned.

    Measured (session 22, every annotated HTML page, golden + extract58 … 79, 82, after the hidden elements and the
    offer boxes are taken out): such a token on 4 pages of 4 sets held 44 article lines and 1 other (a "Läs mer:"
    link line, which the rule table drops)."""
    for token in role_tokens(el):
        token = _MODULE_HASH.sub("", token).rsplit("__", 1)[-1]  # a BEM element's name: its block's names the component
        parts = {p for p in re.split(r"[-_]+", token) if p and not _HASH_PART.fullmatch(p)} - {"article"}
        if parts & _LOCKED_PARTS and parts & _TEXT_PARTS and parts <= _LOCKED_PARTS | _TEXT_PARTS:
            return True
    return False


def is_boilerplate_el(el: etree._Element) -> bool:
    """Whether an element's naming attributes say it is boilerplate (a menu, a caption, a share row …)."""
    attrs = " ".join(role_tokens(el)).replace("_", "-")
    if not attrs.strip() or articles_own_summary(el):
        return False
    if any(p in attrs for p in BOILERPLATE_CLASS_PHRASES):
        return True
    if any(_CTA.fullmatch(w) for w in _words_of(el)):
        return True
    words = _words_of(el) & BOILERPLATE_CLASS_WORDS
    if "paywall" in words and names_locked_text(el):
        words -= {"paywall"}
    if words == {"label"} and (_labels_a_value(el) or _labels_its_line(el)):
        return False
    if words and words <= _DATE_WORDS and not re.search(r"\d", _text(el)):
        return False  # a news dateline names a place ("KOBE –"), which is article text; a date has digits
    if words and words <= _LINK_LIST_WORDS and not el.xpath(".//a[@href]|.//button|.//form"):
        return False  # a teaser's or a related list's name on a box that links nowhere: the article's own box
    return bool(words)


_CTA = re.compile(r"cta(?:block|box|banner|module|section|container|wrapper)?")
"""A call to action's box by its class ("ctablock", "c-cta", "cta-box": session 38, extract167, a union's membership
pitch between the article's paragraphs). Measured first over every annotated HTML page: the texts inside elements so
named, 180 boilerplate, none the article's."""


_LINK_LIST_WORDS = frozenset({"teaser", "teasers", "related", "relaterat", "readalso", "lasocksa", "recommended"})
"""Class words of a box of links to other pages. Session 37 (extract159, an Episerver theme's fact box named
``c-teaser c-teaser--highlight`` between the article's paragraphs, a heading over a list of four sentences): a box so
named that holds no link, button or form points nowhere, and is the article's own."""


def unname_linkless_boxes(root: etree._Element) -> None:
    """Take a list of links' class word (:data:`_LINK_LIST_WORDS`) off the classes of a box that links nowhere, so that
    no reader after ours (trafilatura drops a "teaser" by its class) loses the article's own box."""
    for el in root.iter():
        tokens = el.get("class", "").split() if isinstance(el.tag, str) else []
        kept = [t for t in tokens if not set(re.split(r"[-_]+", t.lower())) & _LINK_LIST_WORDS]
        if len(kept) < len(tokens) and not el.xpath(".//a[@href]|.//button|.//form"):
            el.set("class", " ".join(kept) or "box")


LEAD_LINK_SHARE = 0.5
"""A lead's words are its own: an element with at least this share of its text in links is a list of teasers."""


def is_teaser_block(el: etree._Element) -> bool:
    """A block of teasers whose class says "summary" or "excerpt" (a page builder's summary block of coming events, a
    related-posts excerpt list): it holds a heading of its own, or most of its text is links. A lead is neither."""
    if el.xpath(".//h2|.//h3|.//h4|.//h5|.//h6"):
        return True
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return linked >= LEAD_LINK_SHARE * max(1, len(_text(el)))


_PICTURE_WORDS = frozenset({"image", "img", "photo", "picture", "pic", "bild", "foto", "media"})


def picture_text(el: etree._Element) -> bool:
    """A picture's caption by its place or its name: an element whose class names a picture (Jimdo's
    ``cc-image-subtitle``, ``photo-summary``), or one set beside a picture alone in a wrapper of the two (a lead beside
    the headline's picture in the article's header stands among more). A lead class word there
    ("subtitle", "summary", "intro") names the caption, not the article's lead."""
    if _words_of(el) & _PICTURE_WORDS:
        return True
    parent = el.getparent()
    others = [s for s in parent if isinstance(s.tag, str) and s is not el] if parent is not None else []
    return len(others) == 1 and (others[0].tag in {"img", "picture", "figure"} or (
        others[0].find(".//img") is not None and not element_text(others[0])))
